// SPDX-License-Identifier: GPL-3.0-or-later
// Gateway behaviour: signature checks of both clouds with their exact error envelopes, service routing on one port.
#include "InProcessEmulator.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QtTest>

using namespace emu;

namespace {

QJsonObject metadata(const InProcessEmulator::Reply &r)
{
    return r.json.value(QStringLiteral("ResponseMetadata")).toObject();
}

QJsonObject errorOf(const InProcessEmulator::Reply &r)
{
    return metadata(r).value(QStringLiteral("Error")).toObject();
}

// A Volcengine error envelope: metadata fields, Error {Code, CodeN?, Message}, no Result.
void checkVolcError(const InProcessEmulator::Reply &r, int status, const QString &code, int codeN,
                    const QString &service = QString())
{
    QCOMPARE(r.status, status);
    const QJsonObject md = metadata(r);
    static const QRegularExpression requestId(QStringLiteral("^\\d{14}[0-9A-F]{18}$"));
    QVERIFY2(requestId.match(md.value(QStringLiteral("RequestId")).toString()).hasMatch(),
             qPrintable(md.value(QStringLiteral("RequestId")).toString()));
    QVERIFY(md.contains(QStringLiteral("Action")));
    QVERIFY(md.contains(QStringLiteral("Version")));
    QVERIFY(md.contains(QStringLiteral("Service")));
    QCOMPARE(md.value(QStringLiteral("Region")).toString(), QStringLiteral("cn-beijing"));
    if (!service.isEmpty())
        QCOMPARE(md.value(QStringLiteral("Service")).toString(), service);
    const QJsonObject error = md.value(QStringLiteral("Error")).toObject();
    QCOMPARE(error.value(QStringLiteral("Code")).toString(), code);
    if (codeN)
        QCOMPARE(error.value(QStringLiteral("CodeN")).toInt(), codeN);
    else
        QVERIFY(!error.contains(QStringLiteral("CodeN")));
    QVERIFY(!error.value(QStringLiteral("Message")).toString().isEmpty());
    QVERIFY(!r.json.contains(QStringLiteral("Result")));
    QCOMPARE(r.json.keys(), QStringList{QStringLiteral("ResponseMetadata")});
    QVERIFY(!r.raw.header("Date").isEmpty());
}

void checkAcsError(const InProcessEmulator::Reply &r, int status, const QString &code)
{
    QCOMPARE(r.status, status);
    static const QRegularExpression uuid(QStringLiteral("^[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}$"));
    QVERIFY2(uuid.match(r.json.value(QStringLiteral("RequestId")).toString()).hasMatch(),
             qPrintable(r.json.value(QStringLiteral("RequestId")).toString()));
    QCOMPARE(r.json.value(QStringLiteral("Code")).toString(), code);
    QVERIFY(!r.json.value(QStringLiteral("Message")).toString().isEmpty());
    QVERIFY(!r.json.value(QStringLiteral("HostId")).toString().isEmpty());
    QVERIFY(r.json.value(QStringLiteral("Recommend")).toString().startsWith(QLatin1String("https://api.alibabacloud.com/troubleshoot?")));
    QCOMPARE(r.json.keys(), (QStringList{QStringLiteral("Code"), QStringLiteral("HostId"), QStringLiteral("Message"),
                                         QStringLiteral("Recommend"), QStringLiteral("RequestId")}));
    QVERIFY(!r.raw.header("Date").isEmpty());
}

const QByteArray kListBody = R"({"PageSize":1})";

} // namespace

class TstAuthentication : public QObject
{
    Q_OBJECT

private slots:
    void volcSuccessEnvelope()
    {
        InProcessEmulator emu;
        const auto r = emu.volcRaw(QStringLiteral("ListUsers"), QStringLiteral("cloudidentity"), kListBody);
        QCOMPARE(r.status, 200);
        const QJsonObject md = metadata(r);
        QCOMPARE(md.value(QStringLiteral("Action")).toString(), QStringLiteral("ListUsers"));
        QCOMPARE(md.value(QStringLiteral("Version")).toString(), QStringLiteral("2023-01-01"));
        QCOMPARE(md.value(QStringLiteral("Service")).toString(), QStringLiteral("cloudidentity"));
        QCOMPARE(md.value(QStringLiteral("Region")).toString(), QStringLiteral("cn-beijing"));
        QVERIFY(!md.contains(QStringLiteral("Error")));
        QVERIFY(r.json.value(QStringLiteral("Result")).isObject());
        // Request id: Beijing time of the (fixed) clock + 18 hex digits.
        QVERIFY(md.value(QStringLiteral("RequestId")).toString().startsWith(QLatin1String("20250615180000")));
        QCOMPARE(md.value(QStringLiteral("RequestId")).toString().size(), 32);
        QCOMPARE(r.raw.header("Date"), QByteArray("Sun, 15 Jun 2025 10:00:00 GMT"));
        QVERIFY(r.raw.header("Content-Type").startsWith("application/json"));
    }

    void volcMissingAuthentication()
    {
        InProcessEmulator emu;
        HttpRequest r = emu.signer().volc(QStringLiteral("ListUsers"), QStringLiteral("2023-01-01"),
                                          QStringLiteral("cloudidentity"), kListBody, emu.clock().now());
        r.setHeader("Authorization", QByteArray());
        checkVolcError(emu.send(r), 401, QStringLiteral("MissingAuthenticationToken"), 100003);
        HttpRequest unsigned_;
        unsigned_.setMethod("POST");
        unsigned_.setTarget("/?Action=ListUsers&Version=2023-01-01");
        unsigned_.setBody(kListBody);
        checkVolcError(emu.send(unsigned_), 401, QStringLiteral("MissingAuthenticationToken"), 100003, QStringLiteral("cloudidentity"));
        unsigned_.addHeader("Authorization", "Bearer abc");
        checkVolcError(emu.send(unsigned_), 401, QStringLiteral("MissingAuthenticationToken"), 100003);
    }

    void volcWrongSecret()
    {
        InProcessEmulator emu;
        SignedRequestFactory wrong(QString::fromLatin1(InProcessEmulator::AccessKey), "not-the-secret");
        const auto r = emu.send(wrong.volc(QStringLiteral("ListUsers"), QStringLiteral("2023-01-01"),
                                           QStringLiteral("cloudidentity"), kListBody, emu.clock().now()));
        checkVolcError(r, 401, QStringLiteral("SignatureDoesNotMatch"), 100010, QStringLiteral("cloudidentity"));
    }

    void volcUnknownAccessKey()
    {
        InProcessEmulator emu;
        SignedRequestFactory other(QStringLiteral("AKLTunknown"), InProcessEmulator::Secret);
        const auto r = emu.send(other.volc(QStringLiteral("ListUserPools"), QStringLiteral("2025-10-30"),
                                           QStringLiteral("id"), R"({"PageNumber":1,"PageSize":1})", emu.clock().now()));
        checkVolcError(r, 401, QStringLiteral("InvalidAccessKey"), 100009, QStringLiteral("id"));
    }

    void volcTamperedBody()
    {
        InProcessEmulator emu;
        HttpRequest r = emu.signer().volc(QStringLiteral("CreateGroup"), QStringLiteral("2023-01-01"),
                                          QStringLiteral("cloudidentity"),
                                          R"({"GroupName":"g1","JoinType":"Manual"})", emu.clock().now());
        r.setBody(R"({"GroupName":"g2","JoinType":"Manual"})"); // X-Content-Sha256 now disagrees
        checkVolcError(emu.send(r), 401, QStringLiteral("SignatureDoesNotMatch"), 100010);
        // Also when the body hash is not a signed header: the last canonical line is the received body's hash.
        HttpRequest r2 = emu.signer().volc(QStringLiteral("CreateGroup"), QStringLiteral("2023-01-01"),
                                           QStringLiteral("cloudidentity"),
                                           R"({"GroupName":"g1","JoinType":"Manual"})", emu.clock().now(),
                                           QStringLiteral("cn-beijing"), {"host", "x-date"});
        QCOMPARE(emu.send(r2).status, 200);
        HttpRequest r3 = emu.signer().volc(QStringLiteral("CreateGroup"), QStringLiteral("2023-01-01"),
                                           QStringLiteral("cloudidentity"),
                                           R"({"GroupName":"g3","JoinType":"Manual"})", emu.clock().now(),
                                           QStringLiteral("cn-beijing"), {"host", "x-date"});
        r3.setBody(R"({"GroupName":"g4","JoinType":"Manual"})");
        r3.setHeader("X-Content-Sha256", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
        checkVolcError(emu.send(r3), 401, QStringLiteral("SignatureDoesNotMatch"), 100010);
        QVERIFY(!emu.store().ciGroupNames().contains(QStringLiteral("g2")));
        QVERIFY(!emu.store().ciGroupNames().contains(QStringLiteral("g4")));
    }

    void volcSignedHeaderSets()
    {
        InProcessEmulator emu;
        // Node.js SDK style: only x-date and x-content-sha256.
        auto r = emu.send(emu.signer().volc(QStringLiteral("ListUsers"), QStringLiteral("2023-01-01"),
                                            QStringLiteral("cloudidentity"), kListBody, emu.clock().now(),
                                            QStringLiteral("cn-beijing"), {"x-content-sha256", "x-date"}));
        QCOMPARE(r.status, 200);
        // Without x-date: rejected.
        r = emu.send(emu.signer().volc(QStringLiteral("ListUsers"), QStringLiteral("2023-01-01"),
                                       QStringLiteral("cloudidentity"), kListBody, emu.clock().now(),
                                       QStringLiteral("cn-beijing"), {"host", "x-content-sha256"}));
        checkVolcError(r, 401, QStringLiteral("SignatureDoesNotMatch"), 100010);
        // A signed header whose value changed in transit: rejected.
        HttpRequest changed = emu.signer().volc(QStringLiteral("ListUsers"), QStringLiteral("2023-01-01"),
                                                QStringLiteral("cloudidentity"), kListBody, emu.clock().now());
        changed.setHeader("Content-Type", "application/json; charset=UTF-8");
        checkVolcError(emu.send(changed), 401, QStringLiteral("SignatureDoesNotMatch"), 100010);
        // An unsigned header may change freely.
        HttpRequest extra = emu.signer().volc(QStringLiteral("ListUsers"), QStringLiteral("2023-01-01"),
                                              QStringLiteral("cloudidentity"), kListBody, emu.clock().now());
        extra.addHeader("User-Agent", "whatever/1.0");
        QCOMPARE(emu.send(extra).status, 200);
        // host:443 is the same host.
        SignedRequestFactory withPort(QString::fromLatin1(InProcessEmulator::AccessKey), InProcessEmulator::Secret);
        withPort.setHost("open.volcengineapi.com");
        HttpRequest p = withPort.volc(QStringLiteral("ListUsers"), QStringLiteral("2023-01-01"),
                                      QStringLiteral("cloudidentity"), kListBody, emu.clock().now());
        p.setHeader("Host", "open.volcengineapi.com:443");
        QCOMPARE(emu.send(p).status, 200);
    }

    void volcSkewedClock()
    {
        InProcessEmulator emu;
        const QDateTime now = emu.clock().now();
        auto at = [&](qint64 offset) {
            return emu.send(emu.signer().volc(QStringLiteral("ListUsers"), QStringLiteral("2023-01-01"),
                                              QStringLiteral("cloudidentity"), kListBody, now.addSecs(offset)));
        };
        QCOMPARE(at(14 * 60).status, 200);
        QCOMPARE(at(-14 * 60).status, 200);
        checkVolcError(at(16 * 60), 400, QStringLiteral("InvalidTimestamp"), 100006);
        checkVolcError(at(-16 * 60), 400, QStringLiteral("InvalidTimestamp"), 100006);
        // The emulator's own clock can be skewed instead (--clock-skew).
        emu.clock().setSkewSeconds(3600);
        checkVolcError(at(0), 400, QStringLiteral("InvalidTimestamp"), 100006);
        QCOMPARE(at(3600).status, 200);
        // Garbage X-Date.
        emu.clock().setSkewSeconds(0);
        HttpRequest r = emu.signer().volc(QStringLiteral("ListUsers"), QStringLiteral("2023-01-01"),
                                          QStringLiteral("cloudidentity"), kListBody, now);
        r.setHeader("X-Date", "2025-06-15T10:00:00Z");
        checkVolcError(emu.send(r), 400, QStringLiteral("InvalidTimestamp"), 100006);
    }

    void volcMalformedAuthorization()
    {
        InProcessEmulator emu;
        HttpRequest r = emu.signer().volc(QStringLiteral("ListUsers"), QStringLiteral("2023-01-01"),
                                          QStringLiteral("cloudidentity"), kListBody, emu.clock().now());
        r.setHeader("Authorization", "HMAC-SHA256 Credential=AK/20250615/cn-beijing, SignedHeaders=x-date, Signature=00");
        checkVolcError(emu.send(r), 400, QStringLiteral("MissingRequestInfo"), 100004);
        r.setHeader("Authorization", "HMAC-SHA256 Credential=AK/20250615/cn-beijing/cloudidentity/request, SignedHeaders=x-date");
        checkVolcError(emu.send(r), 401, QStringLiteral("MissingSignature"), 100005);
        r.setHeader("Authorization", QByteArray(5000, ','));
        QCOMPARE(emu.send(r).status, 401);
    }

    void volcServiceRouting()
    {
        InProcessEmulator emu;
        // Version 2025-10-30 belongs to id; signing it for cloudidentity is a cross-check failure.
        auto r = emu.send(emu.signer().volc(QStringLiteral("ListUserPools"), QStringLiteral("2025-10-30"),
                                            QStringLiteral("cloudidentity"), R"({"PageNumber":1,"PageSize":1})",
                                            emu.clock().now()));
        checkVolcError(r, 404, QStringLiteral("InvalidActionOrVersion"), 100008, QStringLiteral("cloudidentity"));
        // Unknown version.
        r = emu.send(emu.signer().volc(QStringLiteral("ListUsers"), QStringLiteral("2020-01-01"),
                                       QStringLiteral("cloudidentity"), kListBody, emu.clock().now()));
        checkVolcError(r, 404, QStringLiteral("InvalidActionOrVersion"), 100008);
        // Unknown action.
        r = emu.send(emu.signer().volc(QStringLiteral("ListWidgets"), QStringLiteral("2023-01-01"),
                                       QStringLiteral("cloudidentity"), kListBody, emu.clock().now()));
        checkVolcError(r, 404, QStringLiteral("InvalidActionOrVersion"), 100008);
        QVERIFY(errorOf(r).value(QStringLiteral("Message")).toString().contains(QLatin1String("ListWidgets")));
        // Unknown service in the credential scope.
        r = emu.send(emu.signer().volc(QStringLiteral("ListUsers"), QStringLiteral("2018-01-01"), QStringLiteral("iam"),
                                       kListBody, emu.clock().now()));
        checkVolcError(r, 404, QStringLiteral("ServiceNotFound"), 100007, QStringLiteral("iam"));
        // Missing Action.
        HttpRequest noAction = emu.signer().volc(QStringLiteral("ListUsers"), QStringLiteral("2023-01-01"),
                                                 QStringLiteral("cloudidentity"), kListBody, emu.clock().now());
        noAction.setTarget("/?Version=2023-01-01");
        checkVolcError(emu.send(noAction), 400, QStringLiteral("MissingParameter"), 100002);
        // Same action name, different service: ListUsers of id needs a UserPoolUid, of cloudidentity it does not.
        r = emu.id(QStringLiteral("ListUsers"));
        checkVolcError(r, 400, QStringLiteral("MissingParameter.UserPoolUid"), 0, QStringLiteral("id"));
        QCOMPARE(emu.ci(QStringLiteral("ListUsers")).status, 200);
    }

    void volcGetFormReadsTheQuery()
    {
        InProcessEmulator emu;
        auto r = emu.send(emu.signer().volcGet(QStringLiteral("ListUsers"), QStringLiteral("2023-01-01"), QStringLiteral("cloudidentity"),
                                               {{QStringLiteral("PageSize"), QStringLiteral("5")},
                                                {QStringLiteral("QueryString"), QStringLiteral("a b+c/王")}},
                                               emu.clock().now()));
        QCOMPARE(r.status, 200);
        QCOMPARE(InProcessEmulator::volcResult(r).value(QStringLiteral("PageSize")).toInt(), 5);
        const QString id = emu.store().ciUsers().items().front().id;
        r = emu.send(emu.signer().volcGet(QStringLiteral("GetUser"), QStringLiteral("2023-01-01"), QStringLiteral("cloudidentity"),
                                          {{QStringLiteral("UserId"), id}}, emu.clock().now()));
        QCOMPARE(r.status, 200);
        QCOMPARE(InProcessEmulator::volcResult(r).value(QStringLiteral("UserId")).toString(), id);
        r = emu.send(emu.signer().volcGet(QStringLiteral("ListUsers"), QStringLiteral("2023-01-01"), QStringLiteral("cloudidentity"),
                                          {{QStringLiteral("PageSize"), QStringLiteral("lots")}}, emu.clock().now()));
        QCOMPARE(InProcessEmulator::volcErrorCode(r), QStringLiteral("InvalidParam"));
    }

    void volcRegionEchoed()
    {
        InProcessEmulator emu;
        const auto r = emu.send(emu.signer().volc(QStringLiteral("ListUserPools"), QStringLiteral("2025-10-30"),
                                                  QStringLiteral("id"), R"({"PageNumber":1,"PageSize":1})",
                                                  emu.clock().now(), QStringLiteral("cn-shanghai")));
        QCOMPARE(r.status, 200);
        QCOMPARE(metadata(r).value(QStringLiteral("Region")).toString(), QStringLiteral("cn-shanghai"));
    }

    void acsSuccessEnvelope()
    {
        InProcessEmulator emu;
        const auto r = emu.sso(QStringLiteral("ListDirectories"), {}, false);
        QCOMPARE(r.status, 200);
        QVERIFY(r.json.value(QStringLiteral("RequestId")).toString().size() == 36);
        QVERIFY(!r.json.contains(QStringLiteral("Code")));
        QVERIFY(r.json.value(QStringLiteral("Directories")).isArray());
        QVERIFY(!r.raw.header("Date").isEmpty());
    }

    void acsWrongSecretAndUnknownKey()
    {
        InProcessEmulator emu;
        SignedRequestFactory wrong(QString::fromLatin1(InProcessEmulator::AccessKey), "nope");
        checkAcsError(emu.send(wrong.acs(QStringLiteral("ListDirectories"), {}, emu.clock().now())), 400,
                      QStringLiteral("SignatureDoesNotMatch"));
        SignedRequestFactory unknown(QStringLiteral("LTAIunknown"), InProcessEmulator::Secret);
        checkAcsError(emu.send(unknown.acs(QStringLiteral("ListDirectories"), {}, emu.clock().now())), 404,
                      QStringLiteral("InvalidAccessKeyId.NotFound"));
    }

    void acsTamperedQuery()
    {
        InProcessEmulator emu;
        HttpRequest r = emu.signer().acs(QStringLiteral("GetDirectory"), {{QStringLiteral("DirectoryId"), emu.directoryId()}},
                                         emu.clock().now());
        r.setTarget("/?DirectoryId=d-other");
        const auto reply = emu.send(r);
        checkAcsError(reply, 400, QStringLiteral("SignatureDoesNotMatch"));
        QVERIFY(reply.json.value(QStringLiteral("Message")).toString().contains(QLatin1String("ACS3-HMAC-SHA256\\n")));
        // A body that does not match x-acs-content-sha256.
        HttpRequest b = emu.signer().acs(QStringLiteral("ListDirectories"), {}, emu.clock().now());
        b.setBody("x");
        checkAcsError(emu.send(b), 400, QStringLiteral("SignatureDoesNotMatch"));
    }

    void acsReplayedNonce()
    {
        InProcessEmulator emu;
        const HttpRequest r = emu.signer().acs(QStringLiteral("ListDirectories"), {}, emu.clock().now(), "0123456789abcdef0123456789abcdef");
        QCOMPARE(emu.send(r).status, 200);
        checkAcsError(emu.send(r), 400, QStringLiteral("SignatureNonceUsed"));
        // A failed signature does not burn the nonce.
        SignedRequestFactory wrong(QString::fromLatin1(InProcessEmulator::AccessKey), "nope");
        const HttpRequest bad = wrong.acs(QStringLiteral("ListDirectories"), {}, emu.clock().now(), "feedfacefeedfacefeedfacefeedface");
        checkAcsError(emu.send(bad), 400, QStringLiteral("SignatureDoesNotMatch"));
        const HttpRequest good = emu.signer().acs(QStringLiteral("ListDirectories"), {}, emu.clock().now(), "feedfacefeedfacefeedfacefeedface");
        QCOMPARE(emu.send(good).status, 200);
    }

    void acsSkewedClock()
    {
        InProcessEmulator emu;
        const QDateTime now = emu.clock().now();
        QCOMPARE(emu.send(emu.signer().acs(QStringLiteral("ListDirectories"), {}, now.addSecs(-14 * 60))).status, 200);
        checkAcsError(emu.send(emu.signer().acs(QStringLiteral("ListDirectories"), {}, now.addSecs(-16 * 60))), 400,
                      QStringLiteral("InvalidTimeStamp.Expired"));
        checkAcsError(emu.send(emu.signer().acs(QStringLiteral("ListDirectories"), {}, now.addSecs(16 * 60))), 400,
                      QStringLiteral("InvalidTimeStamp.Expired"));
        HttpRequest r = emu.signer().acs(QStringLiteral("ListDirectories"), {}, now);
        r.setHeader("x-acs-date", "20250615T100000Z");
        checkAcsError(emu.send(r), 400, QStringLiteral("InvalidTimeStamp.Format"));
    }

    void acsRouting()
    {
        InProcessEmulator emu;
        checkAcsError(emu.send(emu.signer().acs(QStringLiteral("ListDirectories"), {}, emu.clock().now(), {},
                                                QStringLiteral("2017-01-01"))),
                      400, QStringLiteral("InvalidVersion"));
        checkAcsError(emu.send(emu.signer().acs(QStringLiteral("ListWidgets"), {}, emu.clock().now())), 404,
                      QStringLiteral("InvalidAction.NotFound"));
        HttpRequest unsigned_;
        unsigned_.setMethod("POST");
        unsigned_.setTarget("/");
        unsigned_.addHeader("x-acs-action", "ListDirectories");
        unsigned_.addHeader("x-acs-version", "2021-05-15");
        checkAcsError(emu.send(unsigned_), 400, QStringLiteral("IncompleteSignature"));
        // host and content-type may stay unsigned (a network stack adds them), but are verified when signed.
        HttpRequest stack = emu.signer().acs(QStringLiteral("ListDirectories"), {}, emu.clock().now());
        stack.addHeader("Content-Type", "application/x-www-form-urlencoded");
        QCOMPARE(emu.send(stack).status, 200);
        HttpRequest typed = emu.signer().acs(QStringLiteral("ListDirectories"), {}, emu.clock().now(), {},
                                             QStringLiteral("2021-05-15"), "application/json");
        typed.setHeader("Content-Type", "text/plain");
        checkAcsError(emu.send(typed), 400, QStringLiteral("SignatureDoesNotMatch"));
        // An x-acs-* header that is not signed.
        HttpRequest extra = emu.signer().acs(QStringLiteral("ListDirectories"), {}, emu.clock().now());
        extra.addHeader("x-acs-security-token", "t");
        checkAcsError(emu.send(extra), 400, QStringLiteral("IncompleteSignature"));
    }

    void dateHeaderFollowsSkewedClock()
    {
        InProcessEmulator emu;
        emu.clock().setSkewSeconds(-7200);
        HttpRequest unsigned_;
        unsigned_.setMethod("POST");
        unsigned_.setTarget("/?Action=ListUsers&Version=2023-01-01");
        const auto r = emu.send(unsigned_);
        QCOMPARE(r.raw.header("Date"), QByteArray("Sun, 15 Jun 2025 08:00:00 GMT"));
    }
};

QTEST_GUILESS_MAIN(TstAuthentication)
#include "tst_authentication.moc"
