// SPDX-License-Identifier: GPL-3.0-or-later
// Signers: every vector of tests/data/test-vectors.json, plus our own canonicalisation edge cases.
#include "api/AcsSigner.h"
#include "api/Crypto.h"
#include "api/PercentEncoding.h"
#include "api/VolcengineSigner.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

class TestSigners : public QObject
{
    Q_OBJECT
private slots:
    void vectors_data();
    void vectors();
    void encoding_data();
    void encoding();
    void canonicalQuerySortsStablyAndKeepsEmptyValues();
    void canonicalPath();
    void volcengineHostDropsDefaultPorts();
    void volcengineSignsSecurityToken();
    void acsSignsSecurityTokenBetweenDateAndNonce();
    void signatureChangesWithEveryInput();
    void constantTimeEquals();

private:
    static QJsonArray loadVectors();
};

QJsonArray TestSigners::loadVectors()
{
    QFile f(QStringLiteral(IDCONSOLE_TEST_DATA_DIR "/test-vectors.json"));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot open test-vectors.json");
    return QJsonDocument::fromJson(f.readAll()).array();
}

void TestSigners::vectors_data()
{
    QTest::addColumn<QJsonObject>("vector");
    const QJsonArray all = loadVectors();
    QVERIFY(all.size() >= 6);
    for (const QJsonValue &v : all)
        QTest::newRow(v.toObject().value(QLatin1String("id")).toString().toUtf8().constData()) << v.toObject();
}

void TestSigners::vectors()
{
    QFETCH(QJsonObject, vector);
    const QJsonObject in = vector.value(QLatin1String("inputs")).toObject();
    const QJsonObject ex = vector.value(QLatin1String("expected")).toObject();

    Credentials cred;
    cred.accessKeyId = in.value(QLatin1String("accessKeyId")).toString();
    cred.secret = in.value(QLatin1String("secret")).toString();

    SigningRequest req;
    req.method = in.value(QLatin1String("method")).toString().toUtf8();
    req.path = in.value(QLatin1String("path")).toString();
    const QJsonObject query = in.value(QLatin1String("query")).toObject();
    for (auto it = query.begin(); it != query.end(); ++it)
        req.query.append({it.key(), it.value().toString()});
    const QJsonObject headers = in.value(QLatin1String("headers")).toObject();
    for (auto it = headers.begin(); it != headers.end(); ++it)
        req.headers.append({it.key().toUtf8(), it.value().toString().toUtf8()});
    req.body = in.value(QLatin1String("body")).toString().toUtf8();
    if (in.contains(QLatin1String("hashedPayload")))
        req.hashedPayload = in.value(QLatin1String("hashedPayload")).toString().toUtf8();

    SignedParts p;
    const QString algorithm = vector.value(QLatin1String("algorithm")).toString();
    if (algorithm == QLatin1String("HMAC-SHA256")) {
        p = VolcengineSigner::sign(req, cred, in.value(QLatin1String("region")).toString(),
                                   in.value(QLatin1String("service")).toString(),
                                   in.value(QLatin1String("date")).toString().toUtf8());
        QCOMPARE(QString::fromUtf8(p.credentialScope), ex.value(QLatin1String("credentialScope")).toString());
        QCOMPARE(QString::fromUtf8(p.signingKeyHex), ex.value(QLatin1String("signingKey")).toString());
    } else {
        QCOMPARE(algorithm, QStringLiteral("ACS3-HMAC-SHA256"));
        p = AcsSigner::sign(req, cred);
    }
    QCOMPARE(QString::fromUtf8(p.payloadHash), ex.value(QLatin1String("payloadSha256")).toString());
    QCOMPARE(QString::fromUtf8(p.canonicalQuery), ex.value(QLatin1String("canonicalQuery")).toString());
    QCOMPARE(QString::fromUtf8(p.signedHeaders), ex.value(QLatin1String("signedHeaders")).toString());
    QCOMPARE(QString::fromUtf8(p.canonicalRequest), ex.value(QLatin1String("canonicalRequest")).toString());
    QCOMPARE(QString::fromUtf8(p.canonicalRequestSha256), ex.value(QLatin1String("canonicalRequestSha256")).toString());
    QCOMPARE(QString::fromUtf8(p.stringToSign), ex.value(QLatin1String("stringToSign")).toString());
    QCOMPARE(QString::fromUtf8(p.signature), ex.value(QLatin1String("signature")).toString());
    QCOMPARE(QString::fromUtf8(p.authorization), ex.value(QLatin1String("authorization")).toString());
}

void TestSigners::encoding_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("space") << QStringLiteral(" ") << QByteArray("%20");
    QTest::newRow("star") << QStringLiteral("*") << QByteArray("%2A");
    QTest::newRow("tilde kept") << QStringLiteral("~") << QByteArray("~");
    QTest::newRow("plus") << QStringLiteral("+") << QByteArray("%2B");
    QTest::newRow("slash") << QStringLiteral("/") << QByteArray("%2F");
    QTest::newRow("reserved") << QStringLiteral("=&:;@") << QByteArray("%3D%26%3A%3B%40");
    QTest::newRow("doc example") << QStringLiteral("a b/c*~+") << QByteArray("a%20b%2Fc%2A~%2B");
    QTest::newRow("unreserved") << QStringLiteral("AZaz09-_.~") << QByteArray("AZaz09-_.~");
    QTest::newRow("percent itself") << QStringLiteral("100%") << QByteArray("100%25");
    QTest::newRow("utf8 chinese") << QStringLiteral("用户池") << QByteArray("%E7%94%A8%E6%88%B7%E6%B1%A0");
    QTest::newRow("emoji 4 bytes") << QString::fromUtf8("\xF0\x9F\x98\x80") << QByteArray("%F0%9F%98%80");
    QTest::newRow("empty") << QString() << QByteArray();
    QTest::newRow("newline") << QStringLiteral("a\nb") << QByteArray("a%0Ab");
}

void TestSigners::encoding()
{
    QFETCH(QString, input);
    QFETCH(QByteArray, expected);
    QCOMPARE(PercentEncoding::encode(input), expected);
    // Upper-case hex, never double-encoded.
    QVERIFY(!PercentEncoding::encode(input).contains("%25") || input.contains(QLatin1Char('%')));
}

void TestSigners::canonicalQuerySortsStablyAndKeepsEmptyValues()
{
    const QueryItems items = {{QStringLiteral("b"), QStringLiteral("2")},
                              {QStringLiteral("a"), QStringLiteral("z")},
                              {QStringLiteral("a"), QStringLiteral("y")},
                              {QStringLiteral("empty"), QString()},
                              {QStringLiteral("Z"), QStringLiteral("upper sorts first")},
                              {QStringLiteral("k k"), QStringLiteral("v*v")}};
    QCOMPARE(PercentEncoding::canonicalQuery(items),
             QByteArray("Z=upper%20sorts%20first&a=z&a=y&b=2&empty=&k%20k=v%2Av"));
    QCOMPARE(PercentEncoding::canonicalQuery({}), QByteArray());
}

void TestSigners::canonicalPath()
{
    QCOMPARE(PercentEncoding::canonicalPath(QString()), QByteArray("/"));
    QCOMPARE(PercentEncoding::canonicalPath(QStringLiteral("/")), QByteArray("/"));
    QCOMPARE(PercentEncoding::canonicalPath(QStringLiteral("/a b/c*d")), QByteArray("/a%20b/c%2Ad"));
}

void TestSigners::volcengineHostDropsDefaultPorts()
{
    Credentials c{QStringLiteral("AK"), QStringLiteral("SK"), QString()};
    const QDateTime t(QDate(2024, 6, 19), QTime(7, 13, 6), Qt::UTC);
    SignedParts a, b, d;
    VolcengineSigner::signJsonPost(QStringLiteral("open.volcengineapi.com:443"), {}, "{}", "application/json", c,
                                   QStringLiteral("cn-beijing"), QStringLiteral("cloudidentity"), t, &a);
    VolcengineSigner::signJsonPost(QStringLiteral("open.volcengineapi.com"), {}, "{}", "application/json", c,
                                   QStringLiteral("cn-beijing"), QStringLiteral("cloudidentity"), t, &b);
    VolcengineSigner::signJsonPost(QStringLiteral("127.0.0.1:8443"), {}, "{}", "application/json", c,
                                   QStringLiteral("cn-beijing"), QStringLiteral("cloudidentity"), t, &d);
    QCOMPARE(a.signature, b.signature);
    QVERIFY(d.canonicalRequest.contains("host:127.0.0.1:8443\n"));
}

void TestSigners::volcengineSignsSecurityToken()
{
    Credentials c{QStringLiteral("AK"), QStringLiteral("SK"), QStringLiteral("sts-token")};
    SignedParts p;
    const HeaderList headers = VolcengineSigner::signJsonPost(
        QStringLiteral("id.cn-beijing.volcengineapi.com"), {{QStringLiteral("Action"), QStringLiteral("ListUserPools")}},
        "{}", "application/json; charset=UTF-8", c, QStringLiteral("cn-beijing"), QStringLiteral("id"),
        QDateTime::currentDateTimeUtc(), &p);
    QCOMPARE(p.signedHeaders, QByteArray("content-type;host;x-content-sha256;x-date;x-security-token"));
    bool sent = false;
    for (const auto &h : headers)
        sent |= h.first == "X-Security-Token" && h.second == "sts-token";
    QVERIFY(sent);
}

void TestSigners::acsSignsSecurityTokenBetweenDateAndNonce()
{
    Credentials c{QStringLiteral("AK"), QStringLiteral("SK"), QStringLiteral("sts")};
    SignedParts p;
    AcsSigner::signRpc("POST", QStringLiteral("cloudsso.cn-shanghai.aliyuncs.com"), {}, {}, QStringLiteral("ListDirectories"),
                       QStringLiteral("2021-05-15"), c, QDateTime::currentDateTimeUtc(), "0123456789abcdef0123456789abcdef", &p);
    QCOMPARE(p.signedHeaders,
             QByteArray("host;x-acs-action;x-acs-content-sha256;x-acs-date;x-acs-security-token;x-acs-signature-nonce;x-acs-version"));
    QVERIFY(p.authorization.startsWith("ACS3-HMAC-SHA256 Credential=AK,SignedHeaders="));
}

void TestSigners::signatureChangesWithEveryInput()
{
    Credentials c{QStringLiteral("AK"), QStringLiteral("SK"), QString()};
    const QDateTime t(QDate(2025, 1, 2), QTime(3, 4, 5), Qt::UTC);
    auto sig = [&](const QByteArray &body, const QString &region, const Credentials &cred, const QDateTime &when) {
        SignedParts p;
        VolcengineSigner::signJsonPost(QStringLiteral("h"), {}, body, "application/json", cred, region,
                                       QStringLiteral("id"), when, &p);
        return p.signature;
    };
    const QByteArray base = sig("{}", QStringLiteral("cn-beijing"), c, t);
    QCOMPARE(base.size(), 64);
    QVERIFY(base != sig("{ }", QStringLiteral("cn-beijing"), c, t));
    QVERIFY(base != sig("{}", QStringLiteral("cn-shanghai"), c, t));
    QVERIFY(base != sig("{}", QStringLiteral("cn-beijing"), Credentials{QStringLiteral("AK"), QStringLiteral("SK2"), {}}, t));
    QVERIFY(base != sig("{}", QStringLiteral("cn-beijing"), c, t.addSecs(1)));
}

void TestSigners::constantTimeEquals()
{
    QVERIFY(Crypto::constantTimeEquals("abc", "abc"));
    QVERIFY(!Crypto::constantTimeEquals("abc", "abd"));
    QVERIFY(!Crypto::constantTimeEquals("abc", "abcd"));
    QCOMPARE(Crypto::randomHex(16).size(), 32);
    QVERIFY(Crypto::randomHex(16) != Crypto::randomHex(16));
    // HMAC against RFC 4231 test case 2.
    QCOMPARE(Crypto::hmacSha256("Jefe", "what do ya want for nothing?").toHex(),
             QByteArray("5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843"));
}

QTEST_GUILESS_MAIN(TestSigners)
#include "tst_signers.moc"
