// SPDX-License-Identifier: GPL-3.0-or-later
// The emulator's own canonicalisation and signing (both algorithms) against tests/data/test-vectors.json.
#include "AcsVerifier.h"
#include "CanonicalEncoding.h"
#include "CredentialStore.h"
#include "CryptoUtil.h"
#include "HttpRequest.h"
#include "VolcengineVerifier.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

#include <algorithm>

using namespace emu;

class TstSigning : public QObject
{
    Q_OBJECT

private:
    QJsonArray m_vectors;

    static QList<QPair<QByteArray, QByteArray>> queryPairs(const QJsonObject &query)
    {
        QList<QPair<QByteArray, QByteArray>> out;
        for (auto it = query.constBegin(); it != query.constEnd(); ++it)
            out.append({it.key().toUtf8(), it.value().toString().toUtf8()});
        return out;
    }
    static QList<QPair<QByteArray, QByteArray>> headerPairs(const QJsonObject &headers)
    {
        QList<QPair<QByteArray, QByteArray>> out;
        for (auto it = headers.constBegin(); it != headers.constEnd(); ++it)
            out.append({it.key().toUtf8(), it.value().toString().toUtf8()});
        return out;
    }

private slots:
    void initTestCase()
    {
        QFile file(QStringLiteral(IDCONSOLE_TEST_DATA_DIR "/test-vectors.json"));
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
        m_vectors = QJsonDocument::fromJson(file.readAll()).array();
        QCOMPARE(m_vectors.size(), 6);
    }

    void percentEncoding_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("space") << QByteArray(" ") << QByteArray("%20");
        QTest::newRow("star") << QByteArray("*") << QByteArray("%2A");
        QTest::newRow("slash") << QByteArray("/") << QByteArray("%2F");
        QTest::newRow("plus") << QByteArray("+") << QByteArray("%2B");
        QTest::newRow("reserved") << QByteArray("=&:;@") << QByteArray("%3D%26%3A%3B%40");
        QTest::newRow("tilde") << QByteArray("~") << QByteArray("~");
        QTest::newRow("mixed") << QByteArray("a b/c*~+") << QByteArray("a%20b%2Fc%2A~%2B");
        QTest::newRow("utf8") << QString::fromUtf8("王").toUtf8() << QByteArray("%E7%8E%8B");
    }
    void percentEncoding()
    {
        QFETCH(QByteArray, input);
        QFETCH(QByteArray, expected);
        QCOMPARE(CanonicalEncoding::percentEncode(input), expected);
    }

    void canonicalQuerySortsAndReEncodes()
    {
        HttpRequest r;
        r.setTarget("/?b=2&a=x%20y&a=1&empty=&Tags.1.Key=k%2Bv&flag");
        QCOMPARE(CanonicalEncoding::canonicalQuery(r.decodedQuery()),
                 QByteArray("Tags.1.Key=k%2Bv&a=x%20y&a=1&b=2&empty=&flag="));
        // The gateways read '+' as a space (form encoding, what the official Python SDKs send); a literal plus
        // arrives as %2B. Either way the canonical form re-encodes: space -> %20, plus -> %2B.
        r.setTarget("/?q=a+b");
        QCOMPARE(CanonicalEncoding::canonicalQuery(r.decodedQuery()), QByteArray("q=a%20b"));
        r.setTarget("/?q=a%2Bb");
        QCOMPARE(CanonicalEncoding::canonicalQuery(r.decodedQuery()), QByteArray("q=a%2Bb"));
        r.setTarget("/?q=a%20b");
        QCOMPARE(CanonicalEncoding::canonicalQuery(r.decodedQuery()), QByteArray("q=a%20b"));
    }

    void volcengineVectors_data()
    {
        QTest::addColumn<QJsonObject>("vector");
        for (const QJsonValue &v : m_vectors) {
            const QJsonObject o = v.toObject();
            if (o.value(QStringLiteral("algorithm")).toString() == QLatin1String("HMAC-SHA256"))
                QTest::newRow(qPrintable(o.value(QStringLiteral("id")).toString())) << o;
        }
    }
    void volcengineVectors()
    {
        QFETCH(QJsonObject, vector);
        const QJsonObject in = vector.value(QStringLiteral("inputs")).toObject();
        const QJsonObject ex = vector.value(QStringLiteral("expected")).toObject();
        const QByteArray body = in.value(QStringLiteral("body")).toString().toUtf8();
        const QByteArray payload = CryptoUtil::sha256Hex(body);
        QCOMPARE(payload, ex.value(QStringLiteral("payloadSha256")).toString().toLatin1());

        const QByteArray query = CanonicalEncoding::canonicalQuery(queryPairs(in.value(QStringLiteral("query")).toObject()));
        QCOMPARE(query, ex.value(QStringLiteral("canonicalQuery")).toString().toLatin1());

        const auto headers = headerPairs(in.value(QStringLiteral("headers")).toObject());
        QList<QByteArray> names;
        for (const auto &h : headers)
            names.append(h.first.toLower());
        std::sort(names.begin(), names.end());
        QCOMPARE(names.join(';'), ex.value(QStringLiteral("signedHeaders")).toString().toLatin1());

        const QByteArray canonical = VolcengineVerifier::canonicalRequest(
            in.value(QStringLiteral("method")).toString().toLatin1(),
            CanonicalEncoding::canonicalUri(in.value(QStringLiteral("path")).toString().toLatin1()), query,
            VolcengineVerifier::canonicalHeaders(headers, names), names.join(';'), payload);
        QCOMPARE(QString::fromUtf8(canonical), ex.value(QStringLiteral("canonicalRequest")).toString());
        QCOMPARE(CryptoUtil::sha256Hex(canonical), ex.value(QStringLiteral("canonicalRequestSha256")).toString().toLatin1());

        const QByteArray xDate = in.value(QStringLiteral("date")).toString().toLatin1();
        const QString region = in.value(QStringLiteral("region")).toString();
        const QString service = in.value(QStringLiteral("service")).toString();
        const QByteArray scope = VolcengineVerifier::credentialScope(xDate.left(8), region, service);
        QCOMPARE(scope, ex.value(QStringLiteral("credentialScope")).toString().toLatin1());
        const QByteArray sts = VolcengineVerifier::stringToSign(xDate, scope, canonical);
        QCOMPARE(QString::fromUtf8(sts), ex.value(QStringLiteral("stringToSign")).toString());
        const QByteArray key = VolcengineVerifier::signingKey(in.value(QStringLiteral("secret")).toString().toUtf8(),
                                                              xDate.left(8), region, service);
        QCOMPARE(key.toHex(), ex.value(QStringLiteral("signingKey")).toString().toLatin1());
        const QByteArray signature = VolcengineVerifier::signatureHex(key, sts);
        QCOMPARE(signature, ex.value(QStringLiteral("signature")).toString().toLatin1());

        const QByteArray authorization = "HMAC-SHA256 Credential=" + in.value(QStringLiteral("accessKeyId")).toString().toUtf8()
                                         + '/' + scope + ", SignedHeaders=" + names.join(';') + ", Signature=" + signature;
        QCOMPARE(authorization, ex.value(QStringLiteral("authorization")).toString().toLatin1());
        // The verifier's parser reads the published header back.
        const auto parsed = VolcengineVerifier::parseAuthorization(authorization);
        QVERIFY(parsed.credentialWellFormed);
        QCOMPARE(parsed.service, service);
        QCOMPARE(parsed.signature, signature);
    }

    // The full verifier accepts each vector as a real request when the clock is set to its X-Date.
    void volcengineVerifierAcceptsVectors_data() { volcengineVectors_data(); }
    void volcengineVerifierAcceptsVectors()
    {
        QFETCH(QJsonObject, vector);
        const QJsonObject in = vector.value(QStringLiteral("inputs")).toObject();
        const QJsonObject ex = vector.value(QStringLiteral("expected")).toObject();
        CredentialStore credentials;
        credentials.add(in.value(QStringLiteral("accessKeyId")).toString(), in.value(QStringLiteral("secret")).toString().toUtf8());
        VolcengineVerifier verifier(credentials, {});
        HttpRequest r;
        r.setMethod(in.value(QStringLiteral("method")).toString().toLatin1());
        const QJsonObject q = in.value(QStringLiteral("query")).toObject();
        QByteArray target = "/?";
        for (auto it = q.constBegin(); it != q.constEnd(); ++it)
            target += CanonicalEncoding::percentEncode(it.key().toUtf8()) + '=' + CanonicalEncoding::percentEncode(it.value().toString().toUtf8()) + '&';
        target.chop(1);
        r.setTarget(target);
        for (const auto &h : headerPairs(in.value(QStringLiteral("headers")).toObject()))
            r.addHeader(h.first, h.second);
        r.setBody(in.value(QStringLiteral("body")).toString().toUtf8());
        r.addHeader("Authorization", ex.value(QStringLiteral("authorization")).toString().toLatin1());
        const QDateTime at = VolcengineVerifier::parseXDate(in.value(QStringLiteral("date")).toString().toLatin1());
        const AuthOutcome outcome = verifier.verify(r, at.addSecs(60));
        QVERIFY2(outcome.ok, qPrintable(outcome.code + QLatin1Char(' ') + outcome.message));
        // One flipped signature character is rejected.
        HttpRequest bad = r;
        QByteArray auth = ex.value(QStringLiteral("authorization")).toString().toLatin1();
        auth[auth.size() - 1] = auth.endsWith('0') ? '1' : '0';
        bad.setHeader("Authorization", auth);
        const AuthOutcome rejected = verifier.verify(bad, at);
        QVERIFY(!rejected.ok);
        QCOMPARE(rejected.code, QStringLiteral("SignatureDoesNotMatch"));
        QCOMPARE(rejected.codeN, 100010);
    }

    void acsVectors_data()
    {
        QTest::addColumn<QJsonObject>("vector");
        for (const QJsonValue &v : m_vectors) {
            const QJsonObject o = v.toObject();
            if (o.value(QStringLiteral("algorithm")).toString() == QLatin1String("ACS3-HMAC-SHA256"))
                QTest::newRow(qPrintable(o.value(QStringLiteral("id")).toString())) << o;
        }
    }
    void acsVectors()
    {
        QFETCH(QJsonObject, vector);
        const QJsonObject in = vector.value(QStringLiteral("inputs")).toObject();
        const QJsonObject ex = vector.value(QStringLiteral("expected")).toObject();
        const QByteArray query = CanonicalEncoding::canonicalQuery(queryPairs(in.value(QStringLiteral("query")).toObject()));
        QCOMPARE(query, ex.value(QStringLiteral("canonicalQuery")).toString().toLatin1());
        const auto headers = headerPairs(in.value(QStringLiteral("headers")).toObject());
        QList<QByteArray> names;
        for (const auto &h : headers) {
            if (!names.contains(h.first.toLower()))
                names.append(h.first.toLower());
        }
        std::sort(names.begin(), names.end());
        QCOMPARE(names.join(';'), ex.value(QStringLiteral("signedHeaders")).toString().toLatin1());
        QByteArray payload = in.value(QStringLiteral("hashedPayload")).toString().toLatin1();
        if (payload.isEmpty())
            payload = CryptoUtil::sha256Hex(in.value(QStringLiteral("body")).toString().toUtf8());
        const QByteArray canonical = AcsVerifier::canonicalRequest(
            in.value(QStringLiteral("method")).toString().toLatin1(),
            CanonicalEncoding::canonicalUri(in.value(QStringLiteral("path")).toString().toLatin1()), query,
            AcsVerifier::canonicalHeaders(headers, names), names.join(';'), payload);
        QCOMPARE(QString::fromUtf8(canonical), ex.value(QStringLiteral("canonicalRequest")).toString());
        QCOMPARE(CryptoUtil::sha256Hex(canonical), ex.value(QStringLiteral("canonicalRequestSha256")).toString().toLatin1());
        const QByteArray sts = AcsVerifier::stringToSign(canonical);
        QCOMPARE(QString::fromUtf8(sts), ex.value(QStringLiteral("stringToSign")).toString());
        const QByteArray signature = AcsVerifier::signatureHex(in.value(QStringLiteral("secret")).toString().toUtf8(), sts);
        QCOMPARE(signature, ex.value(QStringLiteral("signature")).toString().toLatin1());
        const QByteArray authorization = "ACS3-HMAC-SHA256 Credential=" + in.value(QStringLiteral("accessKeyId")).toString().toUtf8()
                                         + ",SignedHeaders=" + names.join(';') + ",Signature=" + signature;
        QCOMPARE(authorization, ex.value(QStringLiteral("authorization")).toString().toLatin1());
        const auto parsed = AcsVerifier::parseAuthorization(authorization);
        QCOMPARE(parsed.accessKeyId, in.value(QStringLiteral("accessKeyId")).toString());
        QCOMPARE(parsed.signedHeaders, names);
    }

    // The full ACS verifier accepts the ECS worked example as a real request (nonce, date window and all).
    void acsVerifierAcceptsDocExample()
    {
        QJsonObject vector;
        for (const QJsonValue &v : m_vectors) {
            if (v.toObject().value(QStringLiteral("id")).toString() == QLatin1String("acs3-doc-ecs-runinstances"))
                vector = v.toObject();
        }
        QVERIFY(!vector.isEmpty());
        const QJsonObject in = vector.value(QStringLiteral("inputs")).toObject();
        CredentialStore credentials;
        credentials.add(in.value(QStringLiteral("accessKeyId")).toString(), in.value(QStringLiteral("secret")).toString().toUtf8());
        AcsVerifier verifier(credentials);
        HttpRequest r;
        r.setMethod("POST");
        r.setTarget("/?ImageId=win2019_1809_x64_dtc_zh-cn_40G_alibase_20230811.vhd&RegionId=cn-shanghai");
        for (const auto &h : headerPairs(in.value(QStringLiteral("headers")).toObject()))
            r.addHeader(h.first, h.second);
        r.addHeader("Authorization", vector.value(QStringLiteral("expected")).toObject().value(QStringLiteral("authorization")).toString().toLatin1());
        const QDateTime at = AcsVerifier::parseAcsDate("2023-10-26T10:22:32Z");
        const AuthOutcome first = verifier.verify(r, at.addSecs(30));
        QVERIFY2(first.ok, qPrintable(first.code + QLatin1Char(' ') + first.message));
        const AuthOutcome replay = verifier.verify(r, at.addSecs(40));
        QVERIFY(!replay.ok);
        QCOMPARE(replay.code, QStringLiteral("SignatureNonceUsed"));
        QCOMPARE(replay.httpStatus, 400);
    }

    void constantTimeCompare()
    {
        QVERIFY(CryptoUtil::constantTimeEquals("abc", "abc"));
        QVERIFY(!CryptoUtil::constantTimeEquals("abc", "abd"));
        QVERIFY(!CryptoUtil::constantTimeEquals("abc", "abcd"));
        QVERIFY(CryptoUtil::constantTimeEquals(QByteArray(), QByteArray()));
    }
};

QTEST_GUILESS_MAIN(TstSigning)
#include "tst_signing.moc"
