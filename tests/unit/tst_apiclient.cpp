// SPDX-License-Identifier: GPL-3.0-or-later
// ApiClient against a scripted local HTTP server: envelopes, malformed bodies, timeouts, cancellation,
// retries and backoff, Retry-After, no retry of ambiguous writes, clock skew, both paging styles,
// per-host concurrency, the wire matching the signature, CloudSSO flattening and percent-encoding,
// CA bundle errors and missing credentials.
#include "api/ApiClient.h"
#include "Envelopes.h"
#include "ScriptedHttpServer.h"
#include "SignatureVerifier.h"

#include <QDir>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QPointer>
#include <QSet>
#include <QTemporaryDir>
#include <QTemporaryFile>
#include <QtTest>

#include <functional>
#include <memory>

using Server = ScriptedHttpServer;
using Resp = ScriptedHttpServer::Response;

Q_DECLARE_METATYPE(Service)

namespace {
const QString AccessKey = QStringLiteral("AKLTtestaccesskey0001");
const QString Secret = QStringLiteral("c2VjcmV0LXRlc3Qta2V5/+=");

QByteArray j(const QJsonObject &o) { return QJsonDocument(o).toJson(QJsonDocument::Compact); }
QByteArray j(const QJsonArray &a) { return QJsonDocument(a).toJson(QJsonDocument::Compact); }

QDateTime pinnedTime()
{
    return QDateTime(QDate(2024, 6, 19), QTime(7, 13, 6), Qt::UTC);
}

QByteArray httpDate(const QDateTime &utc)
{
    return QLocale::c().toString(utc.toUTC(), QStringLiteral("ddd, dd MMM yyyy hh:mm:ss 'GMT'")).toLatin1();
}

QJsonObject volcOk(const QJsonObject &result, const QString &requestId = QStringLiteral("REQ-VOLC-OK"))
{
    return Envelopes::volcOk(result, requestId);
}

QJsonObject volcErr(const QString &code, const QString &message, const QString &requestId = QStringLiteral("REQ-VOLC-ERR"),
                    int codeN = 0)
{
    return Envelopes::volcError(code, message, requestId, codeN);
}

QJsonObject acsOk(const QJsonObject &body, const QString &requestId = QStringLiteral("EE598602-AC67-56EF-B7CC-2927C30AA0A8"))
{
    return Envelopes::acsOk(body, requestId);
}

QJsonObject acsErr(const QString &code, const QString &message,
                   const QString &requestId = QStringLiteral("6B1B0C4B-7F5C-5A1E-9D1B-0A3C2E4F5A6B"))
{
    return Envelopes::acsError(code, message, requestId);
}

Resp okFor(Service s, const QJsonObject &payload = {})
{
    return Envelopes::ok(s, payload);
}

struct Outcome
{
    int count = 0;
    ApiResult result;
    std::function<void()> onFinished;
};

std::shared_ptr<Outcome> watch(ApiCall *call)
{
    auto o = std::make_shared<Outcome>();
    QObject::connect(call, &ApiCall::finished, [o](const ApiResult &r) {
        ++o->count;
        o->result = r;
        if (o->onFinished)
            o->onFinished();
    });
    return o;
}

// Runs a real event loop until the call finished (QTest::qWaitFor sleeps 10 ms between passes, which would add
// tens of milliseconds to every exchange and blur the timing checks).
bool waitDone(const std::shared_ptr<Outcome> &o, int timeoutMs = 15000)
{
    if (o->count > 0)
        return true;
    QEventLoop loop;
    QTimer timer;
    timer.setSingleShot(true);
    QObject::connect(&timer, &QTimer::timeout, &loop, &QEventLoop::quit);
    o->onFinished = [&loop] { loop.quit(); };
    timer.start(timeoutMs);
    loop.exec();
    o->onFinished = nullptr;
    return o->count > 0;
}

QString checkSignature(const Server::Request &req, const Credentials &cred, Service service)
{
    return SignatureVerifier::check(req, cred, service);
}

Credentials testCredentials()
{
    Credentials c;
    c.accessKeyId = AccessKey;
    c.secret = Secret;
    return c;
}
} // namespace

class TestApiClient : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();

    void volcengineSuccessEnvelope();
    void alibabaSuccessEnvelope();
    void errorEnvelopes_data();
    void errorEnvelopes();
    void unauthorizedWithChallengeIsAnApiError();
    void sequentialCallsReuseOneConnection();
    void malformedBodies_data();
    void malformedBodies();
    void timeoutIsReportedAsTimeout();
    void timedOutReadIsRetried();
    void cancelAllCancelsOnlyThatOwner();
    void cancelOnTheCall();
    void ownerDestroyedMeansNoCallback();
    void ownerDestroyedDuringBackoffStopsRetrying();
    void ownerDestroyedDuringListAll();
    void readsRetriedWithBackoff_data();
    void readsRetriedWithBackoff();
    void backoffGrowsExponentially();
    void retriesGiveUpAfterMaxAttempts();
    void notRetried_data();
    void notRetried();
    void retryAfterHonoured_data();
    void retryAfterHonoured();
    void ambiguousWriteNotRetried_data();
    void ambiguousWriteNotRetried();
    void writesRetriedOnThrottlingAnd503_data();
    void writesRetriedOnThrottlingAnd503();
    void writeToClosedPortIsRetriedAndNotAmbiguous();
    void signatureNonceUsedRetriedWithFreshNonce();
    void clockSkewCorrected_data();
    void clockSkewCorrected();
    void clockSkewRetriedOnlyOnce();
    void clockSkewWithoutDateNotRetried();
    void pageNumberPaging_data();
    void pageNumberPaging();
    void tokenPaging();
    void listDirectoriesIsNotPaged();
    void pageFailureFailsListing_data();
    void pageFailureFailsListing();
    void transientPageFailureIsRefetched();
    void repeatedNextTokenStops();
    void concurrencyLimitPerHost_data();
    void concurrencyLimitPerHost();
    void concurrencyLimitAppliesToListAllPages();
    void wireMatchesSignature_data();
    void wireMatchesSignature();
    void cloudSsoFlattening();
    void percentEncodingOnTheWire();
    void caBundleErrors();
    void missingCredentialsNothingSent();
    void exchangeRecordsPerAttemptWithoutSecrets();

    // The retry rule comes from RetryPolicy; the list shapes from ServiceCatalog.
    void writeServerErrorIsAmbiguousAndNotRetried_data();
    void writeServerErrorIsAmbiguousAndNotRetried();
    void notImplementedIsNotRetried();
    void gateway404IsNeitherRetriedNorNotFound();
    void operationConflictTaskIsRetriedLaterForWrites();
    void jitterIsInjectable();
    void listAllOfAnUnknownListFailsAndSendsNothing();
    void listAllUsesTheCatalogEntry_data();
    void listAllUsesTheCatalogEntry();

private:
    std::unique_ptr<ApiClient> makeClient();
    std::unique_ptr<Server> m_server;
};

void TestApiClient::init()
{
    m_server = std::make_unique<Server>();
    QVERIFY(m_server->listen());
}

void TestApiClient::cleanup()
{
    m_server.reset();
}

std::unique_ptr<ApiClient> TestApiClient::makeClient()
{
    auto client = std::make_unique<ApiClient>();
    client->setCredentials(testCredentials());
    for (Service s : ServiceCatalog::all())
        client->setEndpoint(s, m_server->url());
    client->setRetryBaseDelay(10);
    client->setDefaultTimeout(5000);
    client->setAdaptiveRateLimiting(false);
    return client;
}

// ---- Envelopes ------------------------------------------------------------------------------------------

void TestApiClient::volcengineSuccessEnvelope()
{
    auto client = makeClient();
    const QJsonObject result{{QStringLiteral("Data"), QJsonArray{QJsonObject{{QStringLiteral("Uid"), QStringLiteral("pool-1")},
                                                                             {QStringLiteral("Name"), QStringLiteral("用户池一")}}}},
                             {QStringLiteral("TotalCount"), 1}};
    m_server->enqueue(Resp::json(200, volcOk(result, QStringLiteral("20250310192038239127213129F4BF2D"))));
    const QJsonObject params{{QStringLiteral("PageNumber"), 1}, {QStringLiteral("PageSize"), 10}};
    ApiCall *call = client->call(Service::Id, QStringLiteral("ListUserPools"), params);
    QPointer<ApiCall> guard(call);
    auto o = watch(call);
    QCOMPARE(o->count, 0); // never synchronously
    QVERIFY(waitDone(o));
    const ApiResult &r = o->result;
    QVERIFY2(r.ok, qPrintable(r.error.toString()));
    QCOMPARE(j(r.result), j(result));
    QCOMPARE(r.requestId, QStringLiteral("20250310192038239127213129F4BF2D"));
    QCOMPARE(r.httpStatus, 200);
    QCOMPARE(r.attempts, 1);
    QCOMPARE(r.error.kind, ApiError::Kind::None);

    QCOMPARE(m_server->requestCount(), 1);
    const Server::Request req = m_server->request(0);
    QCOMPARE(req.method, QByteArray("POST"));
    QCOMPARE(req.target, QByteArray("/?Action=ListUserPools&Version=2025-10-30"));
    QCOMPARE(req.header("Content-Type"), QByteArray("application/json; charset=UTF-8"));
    QCOMPARE(req.header("Host"), QByteArray("127.0.0.1:") + QByteArray::number(m_server->port()));
    QCOMPARE(j(req.jsonBody()), j(params));
    const QString sig = checkSignature(req, testCredentials(), Service::Id);
    QVERIFY2(sig.isEmpty(), qPrintable(sig));
    QVERIFY(req.header("Authorization").contains("/cn-beijing/id/request, SignedHeaders=content-type;host;x-content-sha256;x-date, "));

    // The call object cleans itself up and finished() came exactly once.
    QTRY_VERIFY(guard.isNull());
    QCOMPARE(o->count, 1);
    QCOMPARE(client->inFlight(), 0);
}

void TestApiClient::alibabaSuccessEnvelope()
{
    auto client = makeClient();
    const QJsonObject directory{{QStringLiteral("DirectoryId"), QStringLiteral("d-00fc2p61pmb")},
                                {QStringLiteral("DirectoryName"), QStringLiteral("示例目录")}};
    m_server->enqueue(Resp::json(200, acsOk(QJsonObject{{QStringLiteral("Directory"), directory}},
                                            QStringLiteral("EE598602-AC67-56EF-B7CC-2927C30AA0A8"))));
    auto o = watch(client->call(Service::CloudSso, QStringLiteral("GetDirectory"),
                                {{QStringLiteral("DirectoryId"), QStringLiteral("d-00fc2p61pmb")}}));
    QVERIFY(waitDone(o));
    const ApiResult &r = o->result;
    QVERIFY2(r.ok, qPrintable(r.error.toString()));
    // The body minus RequestId.
    QCOMPARE(j(r.result), j(QJsonObject{{QStringLiteral("Directory"), directory}}));
    QVERIFY(!r.result.contains(QStringLiteral("RequestId")));
    QCOMPARE(r.requestId, QStringLiteral("EE598602-AC67-56EF-B7CC-2927C30AA0A8"));
    QCOMPARE(r.httpStatus, 200);

    QCOMPARE(m_server->requestCount(), 1);
    const Server::Request req = m_server->request(0);
    QCOMPARE(req.method, QByteArray("POST"));
    QCOMPARE(req.target, QByteArray("/?DirectoryId=d-00fc2p61pmb"));
    QVERIFY(req.body.isEmpty());
    QCOMPARE(req.header("Content-Length"), QByteArray("0"));
    QVERIFY2(!req.hasHeader("Content-Type"), req.header("Content-Type").constData());
    QCOMPARE(req.header("x-acs-action"), QByteArray("GetDirectory"));
    QCOMPARE(req.header("x-acs-version"), QByteArray("2021-05-15"));
    QCOMPARE(req.header("x-acs-content-sha256"), QByteArray("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"));
    QVERIFY(QRegularExpression(QStringLiteral("^[0-9a-f]{32}$")).match(QString::fromLatin1(req.header("x-acs-signature-nonce"))).hasMatch());
    QVERIFY(QRegularExpression(QStringLiteral("^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ$")).match(QString::fromLatin1(req.header("x-acs-date"))).hasMatch());
    const QString sig = checkSignature(req, testCredentials(), Service::CloudSso);
    QVERIFY2(sig.isEmpty(), qPrintable(sig));
}

void TestApiClient::errorEnvelopes_data()
{
    QTest::addColumn<Service>("service");
    QTest::addColumn<QString>("action");
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("message");
    QTest::addColumn<int>("codeN");
    QTest::addColumn<QString>("requestId");

    QTest::newRow("volc 404 business error")
        << Service::CloudIdentity << "GetUser" << 404
        << j(volcErr(QStringLiteral("EntityNotExists.User"), QStringLiteral("用户不存在"), QStringLiteral("REQ-404")))
        << "EntityNotExists.User" << "用户不存在" << 0 << "REQ-404";
    QTest::newRow("volc HTTP 200 with Error.Code is an error")
        << Service::CloudIdentity << "ListUsers" << 200
        << j(volcErr(QStringLiteral("InvalidParameter.PageSize"), QStringLiteral("PageSize must be 1-100"), QStringLiteral("REQ-200")))
        << "InvalidParameter.PageSize" << "PageSize must be 1-100" << 0 << "REQ-200";
    QTest::newRow("volc gateway error with CodeN")
        << Service::Id << "ListUserPools" << 401
        << j(volcErr(QStringLiteral("SignatureDoesNotMatch"), QStringLiteral("The request signature we calculated does not match"),
                     QStringLiteral("REQ-401"), 100010))
        << "SignatureDoesNotMatch" << "The request signature we calculated does not match" << 100010 << "REQ-401";
    QTest::newRow("volc fallback errorcode envelope")
        << Service::Id << "GetUserPool" << 403
        << QByteArray(R"({"HTTPCode":403,"errorcode":"AccessDenied","message":"User is not authorized"})")
        << "AccessDenied" << "User is not authorized" << 0 << "";
    QTest::newRow("volc fallback numeric errorcode")
        << Service::CloudIdentity << "CreateUser" << 400
        << QByteArray(R"({"HTTPCode":400,"errorcode":100023,"message":"bad request"})")
        << "100023" << "bad request" << 0 << "";
    QTest::newRow("alibaba 404")
        << Service::CloudSso << "GetUser" << 404
        << j(acsErr(QStringLiteral("EntityNotExists.User"), QStringLiteral("The specified user does not exist."),
                    QStringLiteral("0C1CB646-1DE4-4AD0-B4A4-7D47DD52E931")))
        << "EntityNotExists.User" << "The specified user does not exist." << 0 << "0C1CB646-1DE4-4AD0-B4A4-7D47DD52E931";
    QTest::newRow("alibaba RAM denial")
        << Service::CloudSso << "DeleteUser" << 403
        << QByteArray(R"({"RequestId":"RID-403","Code":"NoPermission","Message":"You are not authorized to do this operation. Action: cloudsso:DeleteUser","AccessDeniedDetail":{"AuthAction":"cloudsso:DeleteUser","NoPermissionType":"ImplicitDeny"}})")
        << "NoPermission" << "You are not authorized to do this operation. Action: cloudsso:DeleteUser" << 0 << "RID-403";
    QTest::newRow("alibaba lower-case code and message")
        << Service::CloudSso << "ListUsers" << 400
        << QByteArray(R"({"RequestId":"RID-lc","code":"InvalidParameter.MaxResults","message":"MaxResults is invalid"})")
        << "InvalidParameter.MaxResults" << "MaxResults is invalid" << 0 << "RID-lc";
}

void TestApiClient::errorEnvelopes()
{
    QFETCH(Service, service);
    QFETCH(QString, action);
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(QString, code);
    QFETCH(QString, message);
    QFETCH(int, codeN);
    QFETCH(QString, requestId);

    auto client = makeClient();
    m_server->enqueue(Resp::raw(status, "application/json", body));
    m_server->enqueue(okFor(service)); // a wrongful retry would succeed and be caught below
    auto o = watch(client->call(service, action, {{QStringLiteral("Id"), QStringLiteral("x")}}));
    QVERIFY(waitDone(o));
    const ApiResult &r = o->result;
    QVERIFY(!r.ok);
    const ApiError &e = r.error;
    QCOMPARE(e.kind, ApiError::Kind::Api);
    QCOMPARE(e.code, code);
    QCOMPARE(e.message, message);
    QCOMPARE(e.codeN, codeN);
    QCOMPARE(e.httpStatus, status);
    QCOMPARE(r.httpStatus, status);
    QCOMPARE(e.requestId, requestId);
    QCOMPARE(r.requestId, requestId);
    QCOMPARE(e.service, ServiceCatalog::name(service));
    QCOMPARE(e.action, action);
    QVERIFY(!e.ambiguous);
    QCOMPARE(m_server->requestCount(), 1); // client errors are not retried
    QCOMPARE(r.attempts, 1);

    QString expected = code + QStringLiteral(": ") + message + QStringLiteral(" (HTTP %1").arg(status);
    if (!requestId.isEmpty())
        expected += QStringLiteral(", RequestId ") + requestId;
    expected += QLatin1Char(')');
    QCOMPARE(e.toString(), expected);
}

void TestApiClient::unauthorizedWithChallengeIsAnApiError()
{
    // Qt's HTTP stack treats a WWW-Authenticate challenge specially (it may want to re-send with credentials);
    // the client must still report the service's error, and send nothing twice.
    auto client = makeClient();
    m_server->enqueue(Resp::json(401, volcErr(QStringLiteral("SignatureDoesNotMatch"), QStringLiteral("bad signature"), QStringLiteral("R401"), 100010),
                                 {{"WWW-Authenticate", "HMAC-SHA256 realm=\"open.volcengineapi.com\""}}));
    m_server->setHandler([](const Server::Request &) { return okFor(Service::CloudIdentity); });
    auto o = watch(client->call(Service::CloudIdentity, QStringLiteral("CreateGroup"), {{QStringLiteral("GroupName"), QStringLiteral("g")}}));
    QVERIFY(waitDone(o));
    QCOMPARE(o->result.error.kind, ApiError::Kind::Api);
    QCOMPARE(o->result.error.code, QStringLiteral("SignatureDoesNotMatch"));
    QCOMPARE(o->result.error.httpStatus, 401);
    QVERIFY(o->result.error.isAuthProblem());
    QTest::qWait(100);
    QCOMPARE(m_server->requestCount(), 1);
}

void TestApiClient::sequentialCallsReuseOneConnection()
{
    auto client = makeClient();
    for (int i = 0; i < 5; ++i) {
        m_server->enqueue(okFor(i % 2 ? Service::CloudSso : Service::Id, {{QStringLiteral("I"), i}}));
        auto o = watch(client->call(i % 2 ? Service::CloudSso : Service::Id, QStringLiteral("GetUser"), {{QStringLiteral("I"), i}}));
        QVERIFY(waitDone(o));
        QVERIFY2(o->result.ok, qPrintable(o->result.error.toString()));
        QCOMPARE(o->result.result.value(QStringLiteral("I")).toInt(), i);
    }
    QCOMPARE(m_server->requestCount(), 5);
    QCOMPARE(m_server->connectionCount(), 1); // keep-alive
}

void TestApiClient::malformedBodies_data()
{
    QTest::addColumn<Service>("service");
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QStringList>("inMessage");

    const QByteArray html = "<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n<center><h1>502 Bad Gateway"
                            "</h1></center>\r\n<hr><center>nginx/1.22.1</center>\r\n</body>\r\n</html>\r\n"
                            + QByteArray(400, ' ') + "<!-- padding so the body is longer than any excerpt -->";
    const int malformed = int(ApiError::Kind::MalformedResponse);
    QTest::newRow("volc HTML 502 from a proxy") << Service::CloudIdentity << 502 << QByteArray("text/html") << html << malformed
                                                << "MalformedResponse"
                                                << QStringList{QStringLiteral("502"), QStringLiteral("<html> <head><title>502 Bad Gateway</title>")};
    QTest::newRow("alibaba HTML 502 from a proxy") << Service::CloudSso << 502 << QByteArray("text/html") << html << malformed
                                                   << "MalformedResponse"
                                                   << QStringList{QStringLiteral("502"), QStringLiteral("502 Bad Gateway")};
    QTest::newRow("volc empty 200") << Service::Id << 200 << QByteArray("application/json") << QByteArray() << malformed
                                    << "EmptyResponse" << QStringList{QStringLiteral("200")};
    QTest::newRow("alibaba empty 200") << Service::CloudSso << 200 << QByteArray() << QByteArray() << malformed
                                       << "EmptyResponse" << QStringList{QStringLiteral("200")};
    // "If there is no body at all, report service unavailable."
    QTest::newRow("volc empty 503") << Service::CloudIdentity << 503 << QByteArray() << QByteArray()
                                    << int(ApiError::Kind::Api) << "ServiceUnavailable" << QStringList{QStringLiteral("503")};
    QTest::newRow("volc truncated JSON")
        << Service::CloudIdentity << 200 << QByteArray("application/json")
        << QByteArray(R"({"ResponseMetadata":{"RequestId":"R1","Action":"ListUsers"},"Result":{"Users":[{"UserId":"1")")
        << malformed << "MalformedResponse" << QStringList{QStringLiteral("200"), QStringLiteral("{\"ResponseMetadata\"")};
    QTest::newRow("alibaba truncated JSON") << Service::CloudSso << 200 << QByteArray("application/json")
                                            << QByteArray(R"({"RequestId":"R2","Users":[{"UserId":"u-1")")
                                            << malformed << "MalformedResponse" << QStringList{QStringLiteral("{\"RequestId\":\"R2\"")};
    QTest::newRow("volc JSON array") << Service::Id << 200 << QByteArray("application/json") << QByteArray("[1,2,3]")
                                     << malformed << "MalformedResponse" << QStringList{QStringLiteral("[1,2,3]")};
    QTest::newRow("volc object without ResponseMetadata")
        << Service::Id << 200 << QByteArray("application/json") << QByteArray(R"({"Result":{"Data":[]}})")
        << malformed << "MalformedResponse" << QStringList{QStringLiteral("200")};
}

void TestApiClient::malformedBodies()
{
    QFETCH(Service, service);
    QFETCH(int, status);
    QFETCH(QByteArray, contentType);
    QFETCH(QByteArray, body);
    QFETCH(int, kind);
    QFETCH(QString, code);
    QFETCH(QStringList, inMessage);

    auto client = makeClient();
    m_server->enqueue(Resp::raw(status, contentType, body));
    CallOptions options;
    options.maxAttempts = 1; // 5xx reads would be retried (see readsRetriedWithBackoff)
    auto o = watch(client->call(service, QStringLiteral("ListUsers"), {}, options));
    QVERIFY(waitDone(o));
    const ApiResult &r = o->result;
    QVERIFY(!r.ok);
    QCOMPARE(int(r.error.kind), kind);
    QCOMPARE(r.error.code, code);
    QCOMPARE(r.error.httpStatus, status);
    for (const QString &part : inMessage)
        QVERIFY2(r.error.message.contains(part), qPrintable(r.error.message + QStringLiteral(" lacks ") + part));
    QVERIFY2(r.error.message.size() < 400, qPrintable(r.error.message)); // quotes the start, not the whole page
    QCOMPARE(m_server->requestCount(), 1);
}

// ---- Timeout and cancellation ---------------------------------------------------------------------------

void TestApiClient::timeoutIsReportedAsTimeout()
{
    auto client = makeClient();
    m_server->enqueue(Resp::hang());
    CallOptions options;
    options.timeoutMs = 300;
    options.maxAttempts = 1;
    QElapsedTimer t;
    t.start();
    auto o = watch(client->call(Service::CloudIdentity, QStringLiteral("GetUser"), {{QStringLiteral("UserId"), QStringLiteral("1")}}, options));
    QVERIFY(waitDone(o, 5000));
    const qint64 elapsed = t.elapsed();
    const ApiResult &r = o->result;
    QVERIFY(!r.ok);
    QCOMPARE(r.error.kind, ApiError::Kind::Timeout); // not Cancelled
    QCOMPARE(r.error.code, QStringLiteral("Timeout"));
    QCOMPARE(r.error.httpStatus, 0);
    QVERIFY(!r.error.ambiguous); // a read
    QVERIFY2(elapsed >= 280 && elapsed < 3000, qPrintable(QString::number(elapsed)));
    QCOMPARE(m_server->requestCount(), 1);
    QTRY_COMPARE(m_server->inFlight(), 0); // the client closed the connection
}

void TestApiClient::timedOutReadIsRetried()
{
    auto client = makeClient();
    m_server->enqueue({Resp::hang(), Resp::hang(), okFor(Service::CloudSso, {{QStringLiteral("User"), QJsonObject()}})});
    CallOptions options;
    options.timeoutMs = 250;
    auto o = watch(client->call(Service::CloudSso, QStringLiteral("GetUser"), {{QStringLiteral("UserId"), QStringLiteral("u-1")}}, options));
    QVERIFY(waitDone(o, 10000));
    QVERIFY2(o->result.ok, qPrintable(o->result.error.toString()));
    QCOMPARE(o->result.attempts, 3);
    QCOMPARE(m_server->requestCount(), 3);
}

void TestApiClient::cancelAllCancelsOnlyThatOwner()
{
    auto client = makeClient();
    m_server->setHandler([](const Server::Request &req) {
        if (req.jsonBody().value(QStringLiteral("Who")).toString() == QLatin1String("A"))
            return Resp::hang();
        return Resp::json(200, volcOk({{QStringLiteral("Who"), QStringLiteral("B")}})).delayed(300);
    });
    QObject ownerA, ownerB;
    CallOptions a;
    a.owner = &ownerA;
    CallOptions b;
    b.owner = &ownerB;
    auto a1 = watch(client->call(Service::CloudIdentity, QStringLiteral("GetUser"), {{QStringLiteral("Who"), QStringLiteral("A")}}, a));
    auto a2 = watch(client->listAll(Service::CloudIdentity, QStringLiteral("ListUsers"), {{QStringLiteral("Who"), QStringLiteral("A")}}, a));
    auto b1 = watch(client->call(Service::CloudIdentity, QStringLiteral("GetUser"), {{QStringLiteral("Who"), QStringLiteral("B")}}, b));
    QVERIFY(m_server->waitForRequests(3));
    QCOMPARE(client->inFlight(), 3);

    client->cancelAll(&ownerA);
    QVERIFY(waitDone(a1));
    QVERIFY(waitDone(a2));
    for (const auto &o : {a1, a2}) {
        QVERIFY(!o->result.ok);
        QCOMPARE(o->result.error.kind, ApiError::Kind::Cancelled);
        QCOMPARE(o->result.error.code, QStringLiteral("Cancelled"));
    }
    QVERIFY(waitDone(b1));
    QVERIFY2(b1->result.ok, qPrintable(b1->result.error.toString()));
    QTest::qWait(100);
    QCOMPARE(a1->count, 1);
    QCOMPARE(a2->count, 1);
    QCOMPARE(b1->count, 1);
    QCOMPARE(client->inFlight(), 0);
    QTRY_COMPARE(m_server->inFlight(), 0); // the hanging connections were closed
}

void TestApiClient::cancelOnTheCall()
{
    auto client = makeClient();
    m_server->enqueue(Resp::hang());
    ApiCall *call = client->call(Service::CloudSso, QStringLiteral("CreateUser"), {{QStringLiteral("UserName"), QStringLiteral("alice")}});
    auto o = watch(call);
    QVERIFY(m_server->waitForRequests(1));
    call->cancel();
    QVERIFY(waitDone(o));
    QCOMPARE(o->result.error.kind, ApiError::Kind::Cancelled);
    // A write cancelled after it was sent may have happened.
    QVERIFY(o->result.error.ambiguous);
    QTest::qWait(100);
    QCOMPARE(o->count, 1);
    QCOMPARE(m_server->requestCount(), 1);
}

void TestApiClient::ownerDestroyedMeansNoCallback()
{
    auto client = makeClient();
    m_server->enqueue(Resp::hang());
    auto *owner = new QObject;
    CallOptions options;
    options.owner = owner;
    ApiCall *call = client->call(Service::Id, QStringLiteral("ListUserPools"), {}, options);
    QPointer<ApiCall> guard(call);
    int callbacks = 0;
    // A context-free connection, as a careless pane would write it: it must not run once the owner is gone.
    QObject::connect(call, &ApiCall::finished, [&callbacks](const ApiResult &) { ++callbacks; });
    QVERIFY(m_server->waitForRequests(1));
    delete owner;
    QTRY_VERIFY(guard.isNull());
    QTest::qWait(100);
    QCOMPARE(callbacks, 0);
    QCOMPARE(client->inFlight(), 0);
    QTRY_COMPARE(m_server->inFlight(), 0); // the request was aborted, not left running
}

void TestApiClient::ownerDestroyedDuringBackoffStopsRetrying()
{
    auto client = makeClient();
    client->setRetryBaseDelay(5000); // long backoff: we delete the owner while waiting
    m_server->enqueue(Resp::json(503, volcErr(QStringLiteral("ServiceUnavailable"), QStringLiteral("busy"))));
    m_server->setHandler([](const Server::Request &) { return okFor(Service::Id); });
    auto *owner = new QObject;
    CallOptions options;
    options.owner = owner;
    ApiCall *call = client->call(Service::Id, QStringLiteral("ListUserPools"), {}, options);
    int callbacks = 0;
    QObject::connect(call, &ApiCall::finished, [&callbacks](const ApiResult &) { ++callbacks; });
    QVERIFY(m_server->waitForRequests(1));
    QTest::qWait(50);
    delete owner;
    QCOMPARE(client->inFlight(), 0);
    QTest::qWait(300);
    QCOMPARE(callbacks, 0);
    QCOMPARE(m_server->requestCount(), 1);
}

void TestApiClient::ownerDestroyedDuringListAll()
{
    auto client = makeClient();
    // Page 1 says 5 pages; the other pages hang.
    m_server->setHandler([](const Server::Request &req) {
        const int page = req.jsonBody().value(QStringLiteral("PageNumber")).toInt();
        if (page != 1)
            return Resp::hang();
        QJsonArray items;
        for (int i = 0; i < 100; ++i)
            items.append(QJsonObject{{QStringLiteral("UserId"), QString::number(i)}});
        return Resp::json(200, volcOk({{QStringLiteral("Users"), items}, {QStringLiteral("Total"), 500}}));
    });
    auto *owner = new QObject;
    CallOptions options;
    options.owner = owner;
    ApiCall *call = client->listAll(Service::CloudIdentity, QStringLiteral("ListUsers"), {}, options);
    int callbacks = 0;
    int pages = 0;
    QObject::connect(call, &ApiCall::finished, [&callbacks](const ApiResult &) { ++callbacks; });
    QObject::connect(call, &ApiCall::pageArrived, [&pages](const QJsonArray &, int, qint64) { ++pages; });
    QVERIFY(m_server->waitForRequests(5));
    QCOMPARE(pages, 1);
    delete owner;
    QTRY_COMPARE(client->inFlight(), 0);
    QTest::qWait(100);
    QCOMPARE(callbacks, 0);
    QTRY_COMPARE(m_server->inFlight(), 0);
}

// ---- Retries --------------------------------------------------------------------------------------------

void TestApiClient::readsRetriedWithBackoff_data()
{
    QTest::addColumn<Service>("service");
    QTest::addColumn<Resp>("failure");

    const QByteArray html = "<html><body><h1>502 Bad Gateway</h1></body></html>";
    QTest::newRow("volc 500 InternalError") << Service::CloudIdentity
                                            << Resp::json(500, volcErr(QStringLiteral("InternalError"), QStringLiteral("Unknown internal error")));
    QTest::newRow("volc 503 empty body") << Service::Id << Resp::raw(503, QByteArray(), QByteArray());
    QTest::newRow("volc 429 Throttling") << Service::Id
                                         << Resp::json(429, volcErr(QStringLiteral("Throttling"), QStringLiteral("The request is denied due to request throttling.")));
    QTest::newRow("volc 502 HTML") << Service::CloudIdentity << Resp::raw(502, "text/html", html);
    QTest::newRow("volc connection drop") << Service::CloudIdentity << Resp::drop();
    QTest::newRow("volc connection reset") << Service::Id << Resp::reset();
    QTest::newRow("alibaba Throttling.User 400") << Service::CloudSso
                                                 << Resp::json(400, acsErr(QStringLiteral("Throttling.User"), QStringLiteral("Request was denied due to user flow control.")));
    QTest::newRow("alibaba 503 ServiceUnavailable") << Service::CloudSso
                                                    << Resp::json(503, acsErr(QStringLiteral("ServiceUnavailable"), QStringLiteral("service unavailable")));
    QTest::newRow("alibaba 500 InternalError") << Service::CloudSso
                                               << Resp::json(500, acsErr(QStringLiteral("InternalError"), QStringLiteral("unknown error")));
    QTest::newRow("alibaba connection drop") << Service::CloudSso << Resp::drop();
    QTest::newRow("alibaba body cut short") << Service::CloudSso << [] {
        Resp r = Resp::raw(200, "application/json", R"({"RequestId":"R","Users":[{"UserId":"u-)");
        r.contentLength = 400;
        return r;
    }();
}

void TestApiClient::readsRetriedWithBackoff()
{
    QFETCH(Service, service);
    QFETCH(Resp, failure);

    auto client = makeClient();
    // Every attempt gets its own clock reading: each must be signed afresh.
    auto tick = std::make_shared<int>(0);
    client->setClock([tick] { return pinnedTime().addSecs(++*tick); });
    QList<ExchangeRecord> records;
    connect(client.get(), &ApiClient::exchangeFinished, this, [&records](const ExchangeRecord &r) { records << r; });

    const QJsonObject payload{{QStringLiteral("Users"), QJsonArray{QJsonObject{{QStringLiteral("UserId"), QStringLiteral("u-1")}}}}};
    m_server->enqueue({failure, failure, okFor(service, payload)});
    auto o = watch(client->call(service, QStringLiteral("ListUsers"), {{QStringLiteral("DirectoryId"), QStringLiteral("d-1")}}));
    QVERIFY(waitDone(o));
    const ApiResult &r = o->result;
    QVERIFY2(r.ok, qPrintable(r.error.toString()));
    QCOMPARE(j(r.result.value(QStringLiteral("Users")).toArray()), j(payload.value(QStringLiteral("Users")).toArray()));
    QCOMPARE(r.attempts, 3);
    QCOMPARE(m_server->requestCount(), 3);

    // Each attempt re-signed: its own date (and nonce), and each signature valid for what was sent.
    QSet<QByteArray> dates, nonces;
    for (const Server::Request &req : m_server->requests()) {
        const QString sig = checkSignature(req, testCredentials(), service);
        QVERIFY2(sig.isEmpty(), qPrintable(sig));
        if (service == Service::CloudSso) {
            dates << req.header("x-acs-date");
            nonces << req.header("x-acs-signature-nonce");
        } else {
            dates << req.header("X-Date");
        }
    }
    QCOMPARE(dates.size(), 3);
    if (service == Service::CloudSso)
        QCOMPARE(nonces.size(), 3);

    QCOMPARE(records.size(), 3);
    for (int i = 0; i < 3; ++i)
        QCOMPARE(records.at(i).attempt, i + 1);
    QVERIFY(!records.at(0).errorCode.isEmpty());
    QVERIFY(records.at(2).errorCode.isEmpty());
    QCOMPARE(records.at(2).httpStatus, 200);
}

void TestApiClient::backoffGrowsExponentially()
{
    // Full jitter: the wait before attempt n+1 is uniform in [0, base * 2^n]. Check the caps for every gap and the
    // growth of the mean over many calls (the means are 4x apart; the test allows a wide margin).
    const int base = 10;
    const int failures = 4;
    auto client = makeClient();
    client->setRetryBaseDelay(base);
    client->setMaxAttempts(failures + 1);
    QHash<QString, int> seen;
    m_server->setHandler([&seen](const Server::Request &req) {
        if (++seen[req.jsonBody().value(QStringLiteral("Call")).toString()] <= failures)
            return Resp::json(500, volcErr(QStringLiteral("InternalError"), QStringLiteral("try again")));
        return okFor(Service::CloudIdentity);
    });
    const int calls = 18;
    for (int batch = 0; batch < calls / 6; ++batch) { // 6 at a time: below QNetworkAccessManager's per-host limit
        QList<std::shared_ptr<Outcome>> outcomes;
        for (int i = 0; i < 6; ++i)
            outcomes << watch(client->call(Service::CloudIdentity, QStringLiteral("GetUser"),
                                           {{QStringLiteral("Call"), QString::number(batch * 6 + i)}}));
        for (const auto &o : outcomes) {
            QVERIFY(waitDone(o));
            QVERIFY2(o->result.ok, qPrintable(o->result.error.toString()));
            QCOMPARE(o->result.attempts, failures + 1);
        }
    }
    QHash<QString, QList<qint64>> times;
    for (const Server::Request &req : m_server->requests())
        times[req.jsonBody().value(QStringLiteral("Call")).toString()] << req.receivedAtMs;
    QCOMPARE(times.size(), calls);
    QList<double> mean(failures, 0.0);
    for (const QList<qint64> &t : std::as_const(times)) {
        QCOMPARE(t.size(), failures + 1);
        for (int n = 1; n <= failures; ++n) {
            const qint64 gap = t.at(n) - t.at(n - 1);
            const int cap = base * (1 << n);
            QVERIFY2(gap <= cap + 150, qPrintable(QStringLiteral("gap %1 is %2 ms, cap %3 ms").arg(n).arg(gap).arg(cap)));
            mean[n - 1] += double(gap) / calls;
        }
    }
    qInfo("mean waits before attempts 2..5: %.1f %.1f %.1f %.1f ms (expected about %d %d %d %d)", mean[0], mean[1],
          mean[2], mean[3], base, base * 2, base * 4, base * 8);
    QVERIFY2(mean[3] > 2 * mean[0] && mean[3] > 35, "the backoff does not grow");
}

void TestApiClient::retriesGiveUpAfterMaxAttempts()
{
    auto client = makeClient();
    m_server->setHandler([](const Server::Request &) {
        return Resp::json(500, volcErr(QStringLiteral("InternalError"), QStringLiteral("still broken"), QStringLiteral("REQ-LAST")));
    });
    // Default budget: 4 attempts.
    auto o = watch(client->call(Service::Id, QStringLiteral("GetUserPool"), {}));
    QVERIFY(waitDone(o));
    QCOMPARE(o->result.attempts, 4);
    QCOMPARE(m_server->requestCount(), 4);
    QCOMPARE(o->result.error.code, QStringLiteral("InternalError"));
    QCOMPARE(o->result.error.requestId, QStringLiteral("REQ-LAST"));

    // Client-wide and per-call budgets.
    client->setMaxAttempts(2);
    auto o2 = watch(client->call(Service::Id, QStringLiteral("GetUserPool"), {}));
    QVERIFY(waitDone(o2));
    QCOMPARE(o2->result.attempts, 2);
    QCOMPARE(m_server->requestCount(), 6);
    CallOptions options;
    options.maxAttempts = 3;
    auto o3 = watch(client->call(Service::Id, QStringLiteral("GetUserPool"), {}, options));
    QVERIFY(waitDone(o3));
    QCOMPARE(o3->result.attempts, 3);
    QCOMPARE(m_server->requestCount(), 9);
}

void TestApiClient::notRetried_data()
{
    QTest::addColumn<Service>("service");
    QTest::addColumn<QString>("action");
    QTest::addColumn<Resp>("failure");
    QTest::newRow("volc 429 QuotaExceeded") << Service::Id << "ListUserPools"
                                            << Resp::json(429, volcErr(QStringLiteral("QuotaExceeded"), QStringLiteral("Quota exceeded: pools")));
    QTest::newRow("volc 400 InvalidParameter") << Service::CloudIdentity << "ListUsers"
                                               << Resp::json(400, volcErr(QStringLiteral("InvalidParameter"), QStringLiteral("bad")));
    QTest::newRow("volc 401 SignatureDoesNotMatch") << Service::CloudIdentity << "ListUsers"
                                                    << Resp::json(401, volcErr(QStringLiteral("SignatureDoesNotMatch"), QStringLiteral("bad"), QStringLiteral("R"), 100010));
    QTest::newRow("volc 409 on a write") << Service::CloudIdentity << "CreateGroup"
                                         << Resp::json(409, volcErr(QStringLiteral("Duplicated"), QStringLiteral("exists")));
    QTest::newRow("volc 500 on a write") << Service::CloudIdentity << "CreateGroup"
                                         << Resp::json(500, volcErr(QStringLiteral("InternalError"), QStringLiteral("boom")));
    QTest::newRow("alibaba 404") << Service::CloudSso << "GetUser"
                                 << Resp::json(404, acsErr(QStringLiteral("EntityNotExists.User"), QStringLiteral("gone")));
    QTest::newRow("alibaba 500 on a write") << Service::CloudSso << "DeleteUser"
                                            << Resp::json(500, acsErr(QStringLiteral("InternalError"), QStringLiteral("boom")));
}

void TestApiClient::notRetried()
{
    QFETCH(Service, service);
    QFETCH(QString, action);
    QFETCH(Resp, failure);
    auto client = makeClient();
    m_server->enqueue(failure);
    m_server->setHandler([service](const Server::Request &) { return okFor(service); });
    auto o = watch(client->call(service, action, {}));
    QVERIFY(waitDone(o));
    QVERIFY(!o->result.ok);
    QCOMPARE(o->result.attempts, 1);
    QTest::qWait(100);
    QCOMPARE(m_server->requestCount(), 1);
}

void TestApiClient::retryAfterHonoured_data()
{
    QTest::addColumn<Service>("service");
    QTest::addColumn<QString>("action");
    QTest::addColumn<Resp>("throttle");
    QTest::newRow("volc 429 Retry-After read")
        << Service::Id << "ListUserPools"
        << Resp::json(429, volcErr(QStringLiteral("Throttling"), QStringLiteral("throttled")), {{"Retry-After", "1"}});
    QTest::newRow("volc 429 Retry-After write")
        << Service::CloudIdentity << "CreateGroup"
        << Resp::json(429, volcErr(QStringLiteral("Throttling"), QStringLiteral("throttled")), {{"Retry-After", "1"}});
    QTest::newRow("alibaba x-acs-retry-after read")
        << Service::CloudSso << "ListUsers"
        << Resp::json(400, acsErr(QStringLiteral("Throttling.User"), QStringLiteral("flow control")), {{"x-acs-retry-after", "1"}});
    QTest::newRow("alibaba x-acs-retry-after write")
        << Service::CloudSso << "CreateGroup"
        << Resp::json(503, acsErr(QStringLiteral("Throttling"), QStringLiteral("flow control")), {{"x-acs-retry-after", "1"}});
}

void TestApiClient::retryAfterHonoured()
{
    QFETCH(Service, service);
    QFETCH(QString, action);
    QFETCH(Resp, throttle);
    auto client = makeClient();
    client->setRetryBaseDelay(1); // the backoff alone would retry within a few ms
    m_server->enqueue({throttle, okFor(service)});
    auto o = watch(client->call(service, action, {}));
    QVERIFY(waitDone(o));
    QVERIFY2(o->result.ok, qPrintable(o->result.error.toString()));
    QCOMPARE(o->result.attempts, 2);
    QCOMPARE(m_server->requestCount(), 2);
    const qint64 gap = m_server->request(1).receivedAtMs - m_server->request(0).receivedAtMs;
    QVERIFY2(gap >= 1000, qPrintable(QStringLiteral("retried after %1 ms").arg(gap)));
    QVERIFY2(gap < 3000, qPrintable(QStringLiteral("retried after %1 ms").arg(gap)));
}

void TestApiClient::ambiguousWriteNotRetried_data()
{
    QTest::addColumn<Service>("service");
    QTest::addColumn<QString>("action");
    QTest::addColumn<Resp>("failure");
    QTest::addColumn<int>("kind");

    const int network = int(ApiError::Kind::Network);
    const int timeout = int(ApiError::Kind::Timeout);
    Resp cut = Resp::raw(200, "application/json", R"({"ResponseMetadata":{"RequestId":"R"},"Result":{"GroupId":)");
    cut.contentLength = 300;
    QTest::newRow("volc CreateGroup dropped") << Service::CloudIdentity << "CreateGroup" << Resp::drop() << network;
    QTest::newRow("volc CreateGroup reset") << Service::CloudIdentity << "CreateGroup" << Resp::reset() << network;
    QTest::newRow("volc CreateGroup timeout") << Service::CloudIdentity << "CreateGroup" << Resp::hang() << timeout;
    QTest::newRow("volc DeleteUsers dropped after a while") << Service::Id << "DeleteUsers" << Resp::drop(200) << network;
    QTest::newRow("volc CreateGroup answer cut short") << Service::CloudIdentity << "CreateGroup" << cut << network;
    QTest::newRow("alibaba CreateUser dropped") << Service::CloudSso << "CreateUser" << Resp::drop() << network;
    QTest::newRow("alibaba DeleteUser timeout") << Service::CloudSso << "DeleteUser" << Resp::hang() << timeout;
    QTest::newRow("alibaba AddUserToGroup reset") << Service::CloudSso << "AddUserToGroup" << Resp::reset() << network;
}

void TestApiClient::ambiguousWriteNotRetried()
{
    QFETCH(Service, service);
    QFETCH(QString, action);
    QFETCH(Resp, failure);
    QFETCH(int, kind);

    auto client = makeClient();
    m_server->enqueue(failure);
    // If the client wrongly retried, the retry would succeed: the count below catches it.
    m_server->setHandler([service](const Server::Request &) { return okFor(service); });
    CallOptions options;
    options.timeoutMs = 400;
    auto o = watch(client->call(service, action, {{QStringLiteral("GroupName"), QStringLiteral("ops")}}, options));
    QVERIFY(waitDone(o));
    const ApiResult &r = o->result;
    QVERIFY(!r.ok);
    QCOMPARE(int(r.error.kind), kind);
    QVERIFY(r.error.ambiguous);
    QVERIFY2(r.error.toString().contains(QStringLiteral("outcome unknown")), qPrintable(r.error.toString()));
    QVERIFY2(!r.error.message.contains(QStringLiteral("Unknown error")), qPrintable(r.error.message));
    QCOMPARE(r.attempts, 1);
    QTest::qWait(500);
    QCOMPARE(m_server->requestCount(), 1); // exactly one request reached the server
}

void TestApiClient::writesRetriedOnThrottlingAnd503_data()
{
    QTest::addColumn<Service>("service");
    QTest::addColumn<QString>("action");
    QTest::addColumn<Resp>("failure");
    QTest::newRow("volc 429 Throttling") << Service::CloudIdentity << "CreateGroup"
                                         << Resp::json(429, volcErr(QStringLiteral("Throttling"), QStringLiteral("throttled")));
    QTest::newRow("volc 503 ServiceUnavailable") << Service::Id << "CreateUserPool"
                                                 << Resp::json(503, volcErr(QStringLiteral("ServiceUnavailable"), QStringLiteral("temporary failure")));
    QTest::newRow("volc 503 empty") << Service::CloudIdentity << "DeleteGroup" << Resp::raw(503, QByteArray(), QByteArray());
    QTest::newRow("volc ConcurrentException") << Service::CloudIdentity << "AddUserToGroup"
                                              << Resp::json(400, volcErr(QStringLiteral("ConcurrentException"), QStringLiteral("try later")));
    QTest::newRow("alibaba Throttling.User 400") << Service::CloudSso << "CreateUser"
                                                 << Resp::json(400, acsErr(QStringLiteral("Throttling.User"), QStringLiteral("flow control")));
    QTest::newRow("alibaba 503") << Service::CloudSso << "UpdateUserStatus"
                                 << Resp::json(503, acsErr(QStringLiteral("ServiceUnavailable"), QStringLiteral("unavailable")));
}

void TestApiClient::writesRetriedOnThrottlingAnd503()
{
    QFETCH(Service, service);
    QFETCH(QString, action);
    QFETCH(Resp, failure);
    auto client = makeClient();
    m_server->enqueue({failure, okFor(service, {{QStringLiteral("Done"), true}})});
    auto o = watch(client->call(service, action, {{QStringLiteral("Name"), QStringLiteral("x")}}));
    QVERIFY(waitDone(o));
    QVERIFY2(o->result.ok, qPrintable(o->result.error.toString()));
    QCOMPARE(o->result.attempts, 2);
    QCOMPARE(m_server->requestCount(), 2);
    QCOMPARE(m_server->request(0).body, m_server->request(1).body);
    QCOMPARE(m_server->request(0).rawQuery(), m_server->request(1).rawQuery());
}

void TestApiClient::writeToClosedPortIsRetriedAndNotAmbiguous()
{
    // A refused connection proves nothing was sent: even a write may be retried.
    quint16 closedPort = 0;
    {
        Server tmp;
        QVERIFY(tmp.listen());
        closedPort = tmp.port();
    }
    auto client = makeClient();
    client->setEndpoint(Service::CloudIdentity, QUrl(QStringLiteral("http://127.0.0.1:%1").arg(closedPort)));
    client->setMaxAttempts(3);
    QList<ExchangeRecord> records;
    connect(client.get(), &ApiClient::exchangeFinished, this, [&records](const ExchangeRecord &r) { records << r; });
    auto o = watch(client->call(Service::CloudIdentity, QStringLiteral("CreateGroup"), {{QStringLiteral("GroupName"), QStringLiteral("g")}}));
    QVERIFY(waitDone(o));
    QCOMPARE(o->result.error.kind, ApiError::Kind::Network);
    QCOMPARE(o->result.error.code, QStringLiteral("ConnectionRefused"));
    QVERIFY(!o->result.error.ambiguous);
    QCOMPARE(o->result.attempts, 3);
    QCOMPARE(records.size(), 3);
    QCOMPARE(records.last().httpStatus, 0);
}

void TestApiClient::signatureNonceUsedRetriedWithFreshNonce()
{
    auto client = makeClient();
    int n = 0;
    client->setNonceGenerator([&n] { return QByteArray("nonce-") + QByteArray::number(++n); });
    m_server->enqueue({Resp::json(400, acsErr(QStringLiteral("SignatureNonceUsed"), QStringLiteral("Specified signature nonce was used already."))),
                       okFor(Service::CloudSso)});
    auto o = watch(client->call(Service::CloudSso, QStringLiteral("CreateUser"), {{QStringLiteral("UserName"), QStringLiteral("bob")}}));
    QVERIFY(waitDone(o));
    QVERIFY2(o->result.ok, qPrintable(o->result.error.toString()));
    QCOMPARE(m_server->requestCount(), 2);
    QCOMPARE(m_server->request(0).header("x-acs-signature-nonce"), QByteArray("nonce-1"));
    QCOMPARE(m_server->request(1).header("x-acs-signature-nonce"), QByteArray("nonce-2"));
}

// ---- Clock skew -----------------------------------------------------------------------------------------

void TestApiClient::clockSkewCorrected_data()
{
    QTest::addColumn<Service>("service");
    QTest::addColumn<QString>("action");
    QTest::newRow("volc read") << Service::CloudIdentity << "ListUsers";
    QTest::newRow("volc write") << Service::CloudIdentity << "CreateGroup";
    QTest::newRow("volc id") << Service::Id << "ListUserPools";
    QTest::newRow("alibaba read") << Service::CloudSso << "ListUsers";
    QTest::newRow("alibaba write") << Service::CloudSso << "CreateUser";
}

void TestApiClient::clockSkewCorrected()
{
    QFETCH(Service, service);
    QFETCH(QString, action);
    const bool volc = service != Service::CloudSso;

    auto client = makeClient();
    client->setClock([] { return pinnedTime(); }); // the local clock is years behind the server
    const QDateTime serverTime(QDate(2031, 3, 5), QTime(12, 0, 0), Qt::UTC);
    Resp skew = volc ? Resp::json(400, volcErr(QStringLiteral("InvalidTimestamp"), QStringLiteral("The request has expired"),
                                               QStringLiteral("R"), 100006))
                     : Resp::json(400, acsErr(QStringLiteral("InvalidTimeStamp.Expired"),
                                              QStringLiteral("Specified time stamp or date value is expired.")));
    skew.withHeader("Date", httpDate(serverTime));
    m_server->enqueue({skew, okFor(service, {{QStringLiteral("Ok"), true}}), okFor(service)});

    auto o = watch(client->call(service, action, {{QStringLiteral("Name"), QStringLiteral("x")}}));
    QVERIFY(waitDone(o));
    QVERIFY2(o->result.ok, qPrintable(o->result.error.toString()));
    QCOMPARE(m_server->requestCount(), 2);

    auto sentAt = [volc](const Server::Request &req) {
        return volc ? QDateTime::fromString(QString::fromLatin1(req.header("X-Date")), QStringLiteral("yyyyMMdd'T'HHmmss'Z'")).toUTC()
                    : QDateTime::fromString(QString::fromLatin1(req.header("x-acs-date")), Qt::ISODate).toUTC();
    };
    const QDateTime first = sentAt(m_server->request(0));
    const QDateTime second = sentAt(m_server->request(1));
    QVERIFY(first.isValid());
    QVERIFY(second.isValid());
    QCOMPARE(first, pinnedTime());
    QVERIFY2(qAbs(second.secsTo(serverTime)) <= 5, qPrintable(second.toString(Qt::ISODate)));
    QVERIFY(qAbs(client->clockOffsetMs() - pinnedTime().msecsTo(serverTime)) <= 5000);
    for (const Server::Request &req : m_server->requests()) {
        const QString sig = checkSignature(req, testCredentials(), service);
        QVERIFY2(sig.isEmpty(), qPrintable(sig));
    }

    // The next call starts with the corrected clock.
    auto o2 = watch(client->call(service, action, {}));
    QVERIFY(waitDone(o2));
    QVERIFY(o2->result.ok);
    QCOMPARE(o2->result.attempts, 1);
    QVERIFY(qAbs(sentAt(m_server->request(2)).secsTo(serverTime)) <= 5);
}

void TestApiClient::clockSkewRetriedOnlyOnce()
{
    auto client = makeClient();
    client->setClock([] { return pinnedTime(); });
    m_server->setHandler([](const Server::Request &) {
        return Resp::json(400, volcErr(QStringLiteral("InvalidTimestamp"), QStringLiteral("expired"), QStringLiteral("R"), 100006))
            .withHeader("Date", httpDate(QDateTime::currentDateTimeUtc()));
    });
    auto o = watch(client->call(Service::CloudIdentity, QStringLiteral("ListUsers"), {}));
    QVERIFY(waitDone(o));
    QCOMPARE(o->result.error.code, QStringLiteral("InvalidTimestamp"));
    QVERIFY(o->result.error.isClockSkew());
    QCOMPARE(o->result.attempts, 2);
    QTest::qWait(100);
    QCOMPARE(m_server->requestCount(), 2);
}

void TestApiClient::clockSkewWithoutDateNotRetried()
{
    auto client = makeClient();
    Resp r = Resp::json(400, acsErr(QStringLiteral("InvalidTimeStamp.Expired"), QStringLiteral("expired")));
    r.withHeader("Date", ""); // an empty Date: nothing to learn from
    m_server->enqueue(r);
    m_server->setHandler([](const Server::Request &) { return okFor(Service::CloudSso); });
    auto o = watch(client->call(Service::CloudSso, QStringLiteral("ListUsers"), {}));
    QVERIFY(waitDone(o));
    QCOMPARE(o->result.error.code, QStringLiteral("InvalidTimeStamp.Expired"));
    QTest::qWait(100);
    QCOMPARE(m_server->requestCount(), 1);
    QCOMPARE(client->clockOffsetMs(), 0);
}

// ---- Paging ---------------------------------------------------------------------------------------------

void TestApiClient::pageNumberPaging_data()
{
    QTest::addColumn<Service>("service");
    QTest::addColumn<QString>("action");
    QTest::addColumn<QString>("listField");
    QTest::addColumn<QString>("totalField");
    QTest::addColumn<int>("total");
    QTest::addColumn<int>("pageSize");

    QTest::newRow("id ListUserPools 250") << Service::Id << "ListUserPools" << "Data" << "TotalCount" << 250 << 100;
    QTest::newRow("id ListUsers 200") << Service::Id << "ListUsers" << "Data" << "TotalCount" << 200 << 100;
    QTest::newRow("cloudidentity ListUsers 250") << Service::CloudIdentity << "ListUsers" << "Users" << "Total" << 250 << 100;
    QTest::newRow("cloudidentity events 7 by 2") << Service::CloudIdentity << "ListUserProvisioningEvents"
                                                 << "UserProvisioningEvent" << "Total" << 7 << 2;
    QTest::newRow("cloudidentity groups 37") << Service::CloudIdentity << "ListGroups" << "Groups" << "Total" << 37 << 100;
    QTest::newRow("cloudidentity groups empty") << Service::CloudIdentity << "ListGroups" << "Groups" << "Total" << 0 << 100;
}

void TestApiClient::pageNumberPaging()
{
    QFETCH(Service, service);
    QFETCH(QString, action);
    QFETCH(QString, listField);
    QFETCH(QString, totalField);
    QFETCH(int, total);
    QFETCH(int, pageSize);

    const int pages = qMax(1, (total + pageSize - 1) / pageSize);
    auto client = makeClient();
    m_server->setHandler([=](const Server::Request &req) {
        const QJsonObject body = req.jsonBody();
        const int page = body.value(QStringLiteral("PageNumber")).toInt();
        const int size = body.value(QStringLiteral("PageSize")).toInt();
        QJsonArray items;
        for (int i = (page - 1) * size; i < qMin(total, page * size); ++i)
            items.append(QJsonObject{{QStringLiteral("Id"), QStringLiteral("item-%1").arg(i)}, {QStringLiteral("N"), i}});
        const QJsonObject result{{listField, items}, {totalField, total}, {QStringLiteral("PageNumber"), page},
                                 {QStringLiteral("PageSize"), size}};
        // Later pages answer first, so merging by arrival would scramble the order.
        return Resp::json(200, volcOk(result, QStringLiteral("REQ-PAGE-%1").arg(page))).delayed(page == 1 ? 50 : (pages - page) * 40);
    });
    const QJsonObject filter{{QStringLiteral("UserPoolUid"), QStringLiteral("pool-1")}};
    ApiCall *call = client->listAll(service, action, filter, {}, pageSize);
    QList<int> pageIndexes;
    connect(call, &ApiCall::pageArrived, this, [&pageIndexes, total](const QJsonArray &, int index, qint64 t) {
        pageIndexes << index;
        QCOMPARE(t, qint64(total));
    });
    auto o = watch(call);
    QVERIFY(waitDone(o));
    const ApiResult &r = o->result;
    QVERIFY2(r.ok, qPrintable(r.error.toString()));
    QCOMPARE(r.items.size(), total);
    for (int i = 0; i < total; ++i)
        QCOMPARE(r.items.at(i).toObject().value(QStringLiteral("N")).toInt(), i);
    QCOMPARE(r.result.value(totalField).toInt(), total);
    QVERIFY(!r.result.contains(listField));
    QCOMPARE(r.requestId, QStringLiteral("REQ-PAGE-1"));
    QCOMPARE(pageIndexes.size(), pages);

    QCOMPARE(m_server->requestCount(), pages);
    QSet<int> numbers;
    for (const Server::Request &req : m_server->requests()) {
        const QJsonObject body = req.jsonBody();
        QCOMPARE(body.value(QStringLiteral("PageSize")).toInt(), pageSize);
        QCOMPARE(body.value(QStringLiteral("UserPoolUid")).toString(), QStringLiteral("pool-1"));
        numbers << body.value(QStringLiteral("PageNumber")).toInt();
        QCOMPARE(req.queryValue(QStringLiteral("Action")), action);
    }
    QCOMPARE(numbers.size(), pages);
    QCOMPARE(m_server->request(0).jsonBody().value(QStringLiteral("PageNumber")).toInt(), 1);
    // Page 1 first (it tells the total); the rest only after its answer.
    if (pages > 1)
        QVERIFY(m_server->request(1).receivedAtMs >= m_server->request(0).receivedAtMs + 50);
    if (pages > 2)
        QVERIFY2(m_server->maxInFlight() >= 2, "the remaining pages are fetched concurrently");
}

void TestApiClient::tokenPaging()
{
    auto client = makeClient();
    const QStringList tokens = {QString(), QStringLiteral("tok+/=1"), QStringLiteral("tok2")};
    const QList<int> sizes = {100, 100, 37};
    m_server->setHandler([=](const Server::Request &req) {
        const int page = int(tokens.indexOf(req.queryValue(QStringLiteral("NextToken"))));
        if (page < 0)
            return Resp::json(400, acsErr(QStringLiteral("InvalidParameter.NextToken"), QStringLiteral("bad token")));
        int start = 0;
        for (int i = 0; i < page; ++i)
            start += sizes.at(i);
        QJsonArray users;
        for (int i = 0; i < sizes.at(page); ++i)
            users.append(QJsonObject{{QStringLiteral("UserId"), QStringLiteral("u-%1").arg(start + i)}, {QStringLiteral("N"), start + i}});
        const bool last = page == tokens.size() - 1;
        QJsonObject body{{QStringLiteral("Users"), users}, {QStringLiteral("IsTruncated"), !last},
                         {QStringLiteral("MaxResults"), 100}, {QStringLiteral("TotalCounts"), 237}};
        if (!last)
            body.insert(QStringLiteral("NextToken"), tokens.at(page + 1));
        return Resp::json(200, acsOk(body, QStringLiteral("RID-%1").arg(page)));
    });
    int pageSignals = 0;
    ApiCall *call = client->listAll(Service::CloudSso, QStringLiteral("ListUsers"), {{QStringLiteral("DirectoryId"), QStringLiteral("d-1")}});
    connect(call, &ApiCall::pageArrived, this, [&pageSignals](const QJsonArray &, int index, qint64) { QCOMPARE(index, pageSignals++); });
    auto o = watch(call);
    QVERIFY(waitDone(o));
    const ApiResult &r = o->result;
    QVERIFY2(r.ok, qPrintable(r.error.toString()));
    QCOMPARE(r.items.size(), 237);
    for (int i = 0; i < 237; ++i)
        QCOMPARE(r.items.at(i).toObject().value(QStringLiteral("N")).toInt(), i);
    QCOMPARE(r.result.value(QStringLiteral("IsTruncated")).toBool(true), false);
    QVERIFY(!r.result.contains(QStringLiteral("Users")));
    QCOMPARE(r.requestId, QStringLiteral("RID-2"));
    QCOMPARE(pageSignals, 3);

    QCOMPARE(m_server->requestCount(), 3);
    for (int i = 0; i < 3; ++i) {
        const Server::Request req = m_server->request(i);
        QCOMPARE(req.queryValue(QStringLiteral("DirectoryId")), QStringLiteral("d-1"));
        QCOMPARE(req.queryValue(QStringLiteral("MaxResults")), QStringLiteral("100"));
        QCOMPARE(req.queryValue(QStringLiteral("NextToken")), tokens.at(i));
        QCOMPARE(req.rawQuery().contains("NextToken="), i > 0);
        const QString sig = checkSignature(req, testCredentials(), Service::CloudSso);
        QVERIFY2(sig.isEmpty(), qPrintable(sig));
    }
    QVERIFY(m_server->request(1).rawQuery().contains("NextToken=tok%2B%2F%3D1"));
}

void TestApiClient::listDirectoriesIsNotPaged()
{
    auto client = makeClient();
    const QJsonArray dirs{QJsonObject{{QStringLiteral("DirectoryId"), QStringLiteral("d-1")}},
                          QJsonObject{{QStringLiteral("DirectoryId"), QStringLiteral("d-2")}}};
    m_server->enqueue(okFor(Service::CloudSso, {{QStringLiteral("Directories"), dirs}}));
    auto o = watch(client->listAll(Service::CloudSso, QStringLiteral("ListDirectories")));
    QVERIFY(waitDone(o));
    QVERIFY2(o->result.ok, qPrintable(o->result.error.toString()));
    QCOMPARE(j(o->result.items), j(dirs));
    QCOMPARE(m_server->requestCount(), 1);
    QVERIFY(!m_server->request(0).rawQuery().contains("MaxResults"));
}

void TestApiClient::pageFailureFailsListing_data()
{
    QTest::addColumn<Service>("service");
    QTest::addColumn<int>("failingPage");
    QTest::newRow("cloudidentity page 1") << Service::CloudIdentity << 1;
    QTest::newRow("cloudidentity page 2 of 4") << Service::CloudIdentity << 2;
    QTest::newRow("id page 4 of 4") << Service::Id << 4;
    QTest::newRow("cloudsso page 1") << Service::CloudSso << 1;
    QTest::newRow("cloudsso page 2 of 4") << Service::CloudSso << 2;
}

void TestApiClient::pageFailureFailsListing()
{
    QFETCH(Service, service);
    QFETCH(int, failingPage);
    auto client = makeClient();
    const int total = 400;
    m_server->setHandler([=](const Server::Request &req) {
        if (service == Service::CloudSso) {
            const QString token = req.queryValue(QStringLiteral("NextToken"));
            const int page = token.isEmpty() ? 1 : token.toInt();
            if (page == failingPage)
                return Resp::json(400, acsErr(QStringLiteral("InvalidParameter.NextToken"), QStringLiteral("page failed"), QStringLiteral("RID-FAIL")));
            QJsonArray users;
            for (int i = 0; i < 100; ++i)
                users.append(QJsonObject{{QStringLiteral("N"), (page - 1) * 100 + i}});
            return Resp::json(200, acsOk({{QStringLiteral("Users"), users}, {QStringLiteral("IsTruncated"), page < 4},
                                          {QStringLiteral("NextToken"), QString::number(page + 1)}}));
        }
        const int page = req.jsonBody().value(QStringLiteral("PageNumber")).toInt();
        if (page == failingPage)
            return Resp::json(400, volcErr(QStringLiteral("InvalidParameter"), QStringLiteral("page failed"), QStringLiteral("RID-FAIL")));
        QJsonArray items;
        for (int i = 0; i < 100; ++i)
            items.append(QJsonObject{{QStringLiteral("N"), (page - 1) * 100 + i}});
        const QString field = service == Service::Id ? QStringLiteral("Data") : QStringLiteral("Users");
        const QString totalField = service == Service::Id ? QStringLiteral("TotalCount") : QStringLiteral("Total");
        return Resp::json(200, volcOk({{field, items}, {totalField, total}})).delayed(page == 1 ? 0 : 100);
    });
    auto o = watch(client->listAll(service, QStringLiteral("ListUsers"), {}));
    QVERIFY(waitDone(o));
    const ApiResult &r = o->result;
    QVERIFY(!r.ok);
    QCOMPARE(r.error.kind, ApiError::Kind::Api);
    QVERIFY(r.error.code.startsWith(QStringLiteral("InvalidParameter")));
    QCOMPARE(r.error.requestId, QStringLiteral("RID-FAIL"));
    QVERIFY2(r.items.isEmpty(), "a failed listing must not look like a (short) complete one");
    QTest::qWait(300);
    QCOMPARE(o->count, 1);
    QCOMPARE(client->inFlight(), 0);
    if (service == Service::CloudSso)
        QCOMPARE(m_server->requestCount(), failingPage); // stops at the failing page
}

void TestApiClient::transientPageFailureIsRefetched()
{
    // A page that still fails after its own retries (5xx) is fetched again (reads are idempotent); one that keeps
    // failing ends the listing with its error.
    auto client = makeClient();
    client->setMaxAttempts(2);
    int page2Requests = 0;
    int failPage2 = 3; // the first round (2 attempts) fails, plus the first attempt of the second round
    m_server->setHandler([&](const Server::Request &req) {
        const int page = req.jsonBody().value(QStringLiteral("PageNumber")).toInt();
        if (page == 2 && ++page2Requests <= failPage2)
            return Resp::json(502, volcErr(QStringLiteral("UpstreamUnreachable"), QStringLiteral("upstream")));
        QJsonArray items;
        for (int i = 0; i < 100 && (page - 1) * 100 + i < 300; ++i)
            items.append(QJsonObject{{QStringLiteral("N"), (page - 1) * 100 + i}});
        return Resp::json(200, volcOk({{QStringLiteral("Users"), items}, {QStringLiteral("Total"), 300}}));
    });
    auto o = watch(client->listAll(Service::CloudIdentity, QStringLiteral("ListUsers")));
    QVERIFY(waitDone(o));
    QVERIFY2(o->result.ok, qPrintable(o->result.error.toString()));
    QCOMPARE(o->result.items.size(), 300);
    for (int i = 0; i < 300; ++i)
        QCOMPARE(o->result.items.at(i).toObject().value(QStringLiteral("N")).toInt(), i);
    QCOMPARE(page2Requests, 4);

    page2Requests = 0;
    failPage2 = 1000;
    auto o2 = watch(client->listAll(Service::CloudIdentity, QStringLiteral("ListUsers")));
    QVERIFY(waitDone(o2));
    QVERIFY(!o2->result.ok);
    QCOMPARE(o2->result.error.code, QStringLiteral("UpstreamUnreachable"));
    QVERIFY(o2->result.items.isEmpty());
    QTest::qWait(100);
    QCOMPARE(page2Requests, 6); // 3 rounds of 2 attempts, then it gives up
}

void TestApiClient::repeatedNextTokenStops()
{
    auto client = makeClient();
    m_server->setHandler([](const Server::Request &) {
        return Resp::json(200, acsOk({{QStringLiteral("Users"), QJsonArray{QJsonObject{{QStringLiteral("UserId"), QStringLiteral("u")}}}},
                                      {QStringLiteral("IsTruncated"), true}, {QStringLiteral("NextToken"), QStringLiteral("same")}}));
    });
    auto o = watch(client->listAll(Service::CloudSso, QStringLiteral("ListGroups")));
    QVERIFY(waitDone(o));
    QVERIFY(!o->result.ok);
    QCOMPARE(o->result.error.code, QStringLiteral("PagingLoop"));
    QCOMPARE(m_server->requestCount(), 2);
}

// ---- Concurrency ----------------------------------------------------------------------------------------

void TestApiClient::concurrencyLimitPerHost_data()
{
    QTest::addColumn<int>("limit");
    QTest::newRow("1") << 1;
    QTest::newRow("3") << 3;
    QTest::newRow("5") << 5;
}

void TestApiClient::concurrencyLimitPerHost()
{
    QFETCH(int, limit);
    auto client = makeClient();
    client->setMaxConcurrencyPerHost(limit);
    QCOMPARE(client->maxConcurrencyPerHost(), limit);
    m_server->setHandler([](const Server::Request &req) {
        return okFor(req.hasHeader("x-acs-action") ? Service::CloudSso : Service::CloudIdentity).delayed(120);
    });
    QList<std::shared_ptr<Outcome>> outcomes;
    int maxClientInFlight = 0;
    connect(client.get(), &ApiClient::inFlightChanged, this, [&maxClientInFlight](int n) { maxClientInFlight = qMax(maxClientInFlight, n); });
    // Two services on the same host:port share the limit.
    for (int i = 0; i < 12; ++i)
        outcomes << watch(client->call(i % 2 ? Service::CloudSso : Service::CloudIdentity, QStringLiteral("GetUser"),
                                       {{QStringLiteral("UserId"), QString::number(i)}}));
    for (const auto &o : outcomes) {
        QVERIFY(waitDone(o));
        QVERIFY2(o->result.ok, qPrintable(o->result.error.toString()));
    }
    QCOMPARE(m_server->requestCount(), 12);
    QVERIFY2(m_server->maxInFlight() <= limit, qPrintable(QString::number(m_server->maxInFlight())));
    QCOMPARE(m_server->maxInFlight(), limit); // and the limit is actually used
    QCOMPARE(maxClientInFlight, 12);          // queued calls count as in flight for the UI
    QCOMPARE(client->inFlight(), 0);
}

void TestApiClient::concurrencyLimitAppliesToListAllPages()
{
    auto client = makeClient();
    client->setMaxConcurrencyPerHost(2);
    m_server->setHandler([](const Server::Request &req) {
        const int page = req.jsonBody().value(QStringLiteral("PageNumber")).toInt();
        QJsonArray items;
        for (int i = 0; i < 10; ++i)
            items.append(QJsonObject{{QStringLiteral("N"), (page - 1) * 10 + i}});
        return Resp::json(200, volcOk({{QStringLiteral("Groups"), items}, {QStringLiteral("Total"), 100}})).delayed(60);
    });
    auto o = watch(client->listAll(Service::CloudIdentity, QStringLiteral("ListGroups"), {}, {}, 10));
    QVERIFY(waitDone(o));
    QVERIFY2(o->result.ok, qPrintable(o->result.error.toString()));
    QCOMPARE(o->result.items.size(), 100);
    QCOMPARE(m_server->requestCount(), 10);
    QCOMPARE(m_server->maxInFlight(), 2);
}

// ---- What goes on the wire ------------------------------------------------------------------------------

void TestApiClient::wireMatchesSignature_data()
{
    QTest::addColumn<Service>("service");
    QTest::addColumn<QString>("action");
    QTest::addColumn<QJsonObject>("params");
    QTest::addColumn<QString>("sessionToken");

    const QJsonObject chinese{{QStringLiteral("UserName"), QStringLiteral("张三 zhang*san~+/")},
                              {QStringLiteral("DisplayName"), QStringLiteral("运维 & 安全 = 100%")},
                              {QStringLiteral("Tags"), QJsonArray{QJsonObject{{QStringLiteral("Key"), QStringLiteral("部门")},
                                                                              {QStringLiteral("Value"), QStringLiteral("a b")}}}}};
    QTest::newRow("id") << Service::Id << "CreateUserPool" << QJsonObject{{QStringLiteral("Name"), QStringLiteral("池")}} << QString();
    QTest::newRow("cloudidentity") << Service::CloudIdentity << "CreateUser" << chinese << QString();
    QTest::newRow("cloudidentity STS") << Service::CloudIdentity << "ListUsers" << QJsonObject() << QStringLiteral("STS.token/+=");
    QTest::newRow("cloudsso") << Service::CloudSso << "CreateUser" << chinese << QString();
    QTest::newRow("cloudsso STS") << Service::CloudSso << "ListUsers" << QJsonObject{{QStringLiteral("MaxResults"), 5}}
                                  << QStringLiteral("CAIS.token/+=");
}

void TestApiClient::wireMatchesSignature()
{
    QFETCH(Service, service);
    QFETCH(QString, action);
    QFETCH(QJsonObject, params);
    QFETCH(QString, sessionToken);

    auto client = makeClient();
    Credentials cred = testCredentials();
    cred.sessionToken = sessionToken;
    client->setCredentials(cred);
    client->setClock([] { return pinnedTime(); });
    client->setNonceGenerator([] { return QByteArrayLiteral("3156853299f313e23d1673dc12e1703d"); });
    m_server->enqueue(okFor(service));
    auto o = watch(client->call(service, action, params));
    QVERIFY(waitDone(o));
    QVERIFY2(o->result.ok, qPrintable(o->result.error.toString()));
    QCOMPARE(m_server->requestCount(), 1);
    const Server::Request req = m_server->request(0);

    // 1. Recomputed from the raw request line, headers and body.
    const QString sig = checkSignature(req, cred, service);
    QVERIFY2(sig.isEmpty(), qPrintable(sig));
    if (!sessionToken.isEmpty()) {
        const QByteArray name = service == Service::CloudSso ? "x-acs-security-token" : "x-security-token";
        QCOMPARE(req.header(name), sessionToken.toUtf8());
        QVERIFY(req.header("Authorization").contains(name));
    }

    // 2. Byte-for-byte what prepare() signs (same pinned clock and nonce).
    const PreparedRequest p = client->prepare(service, action, params);
    QCOMPARE(req.method, p.method);
    QCOMPARE(req.target, p.url.toEncoded(QUrl::RemoveScheme | QUrl::RemoveAuthority));
    QCOMPARE(req.body, p.body);
    for (const auto &h : p.headers)
        QCOMPARE(req.header(h.first), h.second);
    QCOMPARE(req.header("Authorization"), p.parts.authorization);
}

void TestApiClient::cloudSsoFlattening()
{
    const QJsonObject params{
        {QStringLiteral("DirectoryId"), QStringLiteral("d-1")},
        {QStringLiteral("Tags"), QJsonArray{QJsonObject{{QStringLiteral("Key"), QStringLiteral("env")}, {QStringLiteral("Value"), QStringLiteral("prod")}},
                                            QJsonObject{{QStringLiteral("Key"), QStringLiteral("team")}, {QStringLiteral("Value"), QStringLiteral("运维")}}}},
        {QStringLiteral("UserIds"), QJsonArray{QStringLiteral("u-1"), QStringLiteral("u-2")}},
        {QStringLiteral("MaxResults"), 10},
        {QStringLiteral("Enabled"), true},
        {QStringLiteral("Ratio"), 0.5},
        {QStringLiteral("Nothing"), QJsonValue()},
        {QStringLiteral("Filter"), QJsonObject{{QStringLiteral("Status"), QStringLiteral("Enabled")}}},
    };
    const QueryItems expected{
        {QStringLiteral("DirectoryId"), QStringLiteral("d-1")},
        {QStringLiteral("Enabled"), QStringLiteral("true")},
        {QStringLiteral("Filter.Status"), QStringLiteral("Enabled")},
        {QStringLiteral("MaxResults"), QStringLiteral("10")},
        {QStringLiteral("Ratio"), QStringLiteral("0.5")},
        {QStringLiteral("Tags.1.Key"), QStringLiteral("env")},
        {QStringLiteral("Tags.1.Value"), QStringLiteral("prod")},
        {QStringLiteral("Tags.2.Key"), QStringLiteral("team")},
        {QStringLiteral("Tags.2.Value"), QStringLiteral("运维")},
        {QStringLiteral("UserIds.1"), QStringLiteral("u-1")},
        {QStringLiteral("UserIds.2"), QStringLiteral("u-2")},
    };
    QCOMPARE(ApiClient::flattenParams(params), expected);

    auto client = makeClient();
    m_server->enqueue(okFor(Service::CloudSso));
    auto o = watch(client->call(Service::CloudSso, QStringLiteral("ListUsers"), params));
    QVERIFY(waitDone(o));
    QVERIFY2(o->result.ok, qPrintable(o->result.error.toString()));
    const Server::Request req = m_server->request(0);
    QVERIFY(req.body.isEmpty());
    QueryItems wire = req.queryItems();
    QueryItems sorted = expected;
    std::sort(wire.begin(), wire.end());
    std::sort(sorted.begin(), sorted.end());
    QCOMPARE(wire, sorted);
    const QString sig = checkSignature(req, testCredentials(), Service::CloudSso);
    QVERIFY2(sig.isEmpty(), qPrintable(sig));
}

void TestApiClient::percentEncodingOnTheWire()
{
    auto client = makeClient();
    const QString value = QStringLiteral("a b*c~d+e/f=g&h%i 中文");
    m_server->enqueue(okFor(Service::CloudSso));
    m_server->enqueue(okFor(Service::CloudIdentity));
    auto o = watch(client->call(Service::CloudSso, QStringLiteral("ListUsers"), {{QStringLiteral("Filter"), value}}));
    QVERIFY(waitDone(o));
    QVERIFY2(o->result.ok, qPrintable(o->result.error.toString()));
    const Server::Request req = m_server->request(0);
    QCOMPARE(req.rawQuery(), QByteArray("Filter=a%20b%2Ac~d%2Be%2Ff%3Dg%26h%25i%20%E4%B8%AD%E6%96%87"));
    QCOMPARE(req.queryValue(QStringLiteral("Filter")), value);

    // Volcengine: parameters travel as raw UTF-8 JSON; the query holds only Action and Version.
    auto o2 = watch(client->call(Service::CloudIdentity, QStringLiteral("ListUsers"), {{QStringLiteral("Filter"), value}}));
    QVERIFY(waitDone(o2));
    const Server::Request req2 = m_server->request(1);
    QCOMPARE(req2.rawQuery(), QByteArray("Action=ListUsers&Version=2023-01-01"));
    QVERIFY(req2.body.contains(value.toUtf8()));
    QCOMPARE(req2.jsonBody().value(QStringLiteral("Filter")).toString(), value);
}

void TestApiClient::caBundleErrors()
{
    ApiClient client;
    QString error;
    QVERIFY(client.setCaBundle(QString(), &error)); // none: the system store only

    const QString missing = QDir::tempPath() + QStringLiteral("/idconsole-no-such-ca-bundle.pem");
    QVERIFY(!client.setCaBundle(missing, &error));
    QVERIFY2(error.contains(missing), qPrintable(error));
    QVERIFY(error.contains(QStringLiteral("Cannot read")));

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    error.clear();
    QVERIFY(!client.setCaBundle(dir.path(), &error));
    QVERIFY2(!error.isEmpty(), "a directory is not a CA bundle");

    QTemporaryFile notPem;
    QVERIFY(notPem.open());
    notPem.write("this is not a certificate\n-----BEGIN SOMETHING-----\nAAAA\n");
    notPem.flush();
    error.clear();
    QVERIFY(!client.setCaBundle(notPem.fileName(), &error));
    QVERIFY2(error.contains(notPem.fileName()) && error.contains(QStringLiteral("no PEM certificate")), qPrintable(error));

    QTemporaryFile pem;
    QVERIFY(pem.open());
    pem.write("-----BEGIN CERTIFICATE-----\n"
              "MIIBkDCCATWgAwIBAgIUW/9nasfNpvnW4jRAeEySzgI6Qu8wCgYIKoZIzj0EAwIw\n"
              "HDEaMBgGA1UEAwwRaWRjb25zb2xlIHRlc3QgQ0EwIBcNMjYxMTIzMTIzNDM0WhgP\n"
              "MjEyNjEwMzAxMjM0MzRaMBwxGjAYBgNVBAMMEWlkY29uc29sZSB0ZXN0IENBMFkw\n"
              "EwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAEnoL0h+y0CkeiKkWDs3gDQeuUnkEhwKJq\n"
              "5Jd4tA96bJObqzg/F/R9Easuw8nYxjlGZIPEeb2ZyY92KRKdKaLDiKNTMFEwHQYD\n"
              "VR0OBBYEFFwpNMBZVA6R0NIgrJCFWBHz0y1dMB8GA1UdIwQYMBaAFFwpNMBZVA6R\n"
              "0NIgrJCFWBHz0y1dMA8GA1UdEwEB/wQFMAMBAf8wCgYIKoZIzj0EAwIDSQAwRgIh\n"
              "AOMOIijshSFFHV8lxaD3JzRbOqy8ygYfZLx/Apt8CC+aAiEAz6eWlBnjXMxc0TF4\n"
              "nlG1fMOOH6c1av+UPCAvvRmYT/g=\n"
              "-----END CERTIFICATE-----\n");
    pem.flush();
    error.clear();
    QVERIFY2(client.setCaBundle(pem.fileName(), &error), qPrintable(error));
}

void TestApiClient::missingCredentialsNothingSent()
{
    auto client = makeClient();
    client->setCredentials(Credentials{QStringLiteral("AKONLY"), QString(), QString()});
    m_server->setHandler([](const Server::Request &) { return okFor(Service::Id); });
    auto o = watch(client->call(Service::Id, QStringLiteral("ListUserPools")));
    QCOMPARE(o->count, 0); // still asynchronous
    auto o2 = watch(client->listAll(Service::CloudSso, QStringLiteral("ListUsers")));
    auto o3 = watch(client->listAll(Service::CloudIdentity, QStringLiteral("ListUsers")));
    QVERIFY(waitDone(o));
    QVERIFY(waitDone(o2));
    QVERIFY(waitDone(o3));
    for (const auto &out : {o, o2, o3}) {
        QVERIFY(!out->result.ok);
        QCOMPARE(out->result.error.kind, ApiError::Kind::InvalidInput);
        QCOMPARE(out->result.error.code, QStringLiteral("MissingCredentials"));
        QVERIFY(!out->result.error.message.isEmpty());
    }
    QTest::qWait(200);
    QCOMPARE(m_server->requestCount(), 0);
    QCOMPARE(m_server->connectionCount(), 0);
    QCOMPARE(client->inFlight(), 0);
}

void TestApiClient::exchangeRecordsPerAttemptWithoutSecrets()
{
    auto client = makeClient();
    Credentials cred = testCredentials();
    cred.sessionToken = QStringLiteral("STS-SESSION-TOKEN-VALUE");
    client->setCredentials(cred);
    QList<ExchangeRecord> records;
    connect(client.get(), &ApiClient::exchangeFinished, this, [&records](const ExchangeRecord &r) { records << r; });
    m_server->enqueue({Resp::json(503, acsErr(QStringLiteral("ServiceUnavailable"), QStringLiteral("busy"), QStringLiteral("RID-1"))),
                       Resp::json(200, acsOk({}, QStringLiteral("RID-2")))});
    auto o = watch(client->call(Service::CloudSso, QStringLiteral("ListUsers"), {{QStringLiteral("DirectoryId"), QStringLiteral("d-1")}}));
    QVERIFY(waitDone(o));
    QVERIFY(o->result.ok);
    QCOMPARE(records.size(), 2);
    QCOMPARE(records.at(0).httpStatus, 503);
    QCOMPARE(records.at(0).errorCode, QStringLiteral("ServiceUnavailable"));
    QCOMPARE(records.at(0).requestId, QStringLiteral("RID-1"));
    QCOMPARE(records.at(1).httpStatus, 200);
    QCOMPARE(records.at(1).requestId, QStringLiteral("RID-2"));
    QCOMPARE(records.at(1).attempt, 2);
    for (const ExchangeRecord &r : records) {
        QCOMPARE(r.method, QStringLiteral("POST"));
        QCOMPARE(r.service, QStringLiteral("cloudsso"));
        QCOMPARE(r.action, QStringLiteral("ListUsers"));
        QVERIFY2(r.url.startsWith(m_server->url().toString()), qPrintable(r.url));
        QVERIFY(r.url.contains(QStringLiteral("DirectoryId=d-1")));
        QVERIFY(r.time.isValid());
        QVERIFY(r.elapsedMs >= 0);
        for (const QString &field : {r.url, r.errorCode, r.requestId, r.action})
            QVERIFY(!field.contains(Secret) && !field.contains(cred.sessionToken));
    }
}

void TestApiClient::writeServerErrorIsAmbiguousAndNotRetried_data()
{
    QTest::addColumn<Service>("service");
    QTest::addColumn<QString>("action");
    QTest::addColumn<Resp>("failure");
    QTest::newRow("volc 500 InternalError") << Service::CloudIdentity << "CreateGroup"
                                            << Resp::json(500, volcErr(QStringLiteral("InternalError"), QStringLiteral("boom")));
    QTest::newRow("id 502 UpstreamUnreachable") << Service::Id << "DeleteUsers"
                                                << Resp::json(502, volcErr(QStringLiteral("UpstreamUnreachable"), QStringLiteral("Upstream unreachable: x.")));
    QTest::newRow("alibaba 500") << Service::CloudSso << "DeleteUser"
                                 << Resp::json(500, acsErr(QStringLiteral("InternalError"), QStringLiteral("boom")));
}

void TestApiClient::writeServerErrorIsAmbiguousAndNotRetried()
{
    QFETCH(Service, service);
    QFETCH(QString, action);
    QFETCH(Resp, failure);
    auto client = makeClient();
    m_server->enqueue(failure);
    m_server->setHandler([service](const Server::Request &) { return okFor(service); });
    auto o = watch(client->call(service, action, {}));
    QVERIFY(waitDone(o));
    QVERIFY(!o->result.ok);
    QVERIFY(o->result.error.ambiguous); // it may have happened: reported, never re-sent
    QVERIFY(o->result.error.toString().contains(QStringLiteral("outcome unknown")));
    QCOMPARE(o->result.attempts, 1);
    QTest::qWait(100);
    QCOMPARE(m_server->requestCount(), 1);
}

void TestApiClient::notImplementedIsNotRetried()
{
    auto client = makeClient();
    m_server->enqueue(Resp::json(501, volcErr(QStringLiteral("NotImplemented"), QStringLiteral("Not implemented: x."))));
    m_server->setHandler([](const Server::Request &) { return okFor(Service::Id); });
    auto o = watch(client->call(Service::Id, QStringLiteral("GetUserPoolMaus"), {}));
    QVERIFY(waitDone(o));
    QVERIFY(!o->result.ok);
    QCOMPARE(o->result.attempts, 1);
    QVERIFY(!o->result.error.ambiguous);
    QTest::qWait(100);
    QCOMPARE(m_server->requestCount(), 1);
}

void TestApiClient::gateway404IsNeitherRetriedNorNotFound()
{
    auto client = makeClient();
    m_server->enqueue(Resp::json(404, acsErr(QStringLiteral("InvalidAccessKeyId.NotFound"), QStringLiteral("Specified access key is not found."))));
    m_server->setHandler([](const Server::Request &) { return okFor(Service::CloudSso); });
    auto o = watch(client->call(Service::CloudSso, QStringLiteral("DeleteUser"), {{QStringLiteral("UserId"), QStringLiteral("u-1")}}));
    QVERIFY(waitDone(o));
    QVERIFY(!o->result.ok);
    QVERIFY(!o->result.error.isNotFound());
    QVERIFY(!o->result.error.isNotFound(ErrorClassification::Resource::User, QStringLiteral("u-1")));
    QVERIFY(o->result.error.isAuthProblem());
    QCOMPARE(o->result.attempts, 1);
}

void TestApiClient::operationConflictTaskIsRetriedLaterForWrites()
{
    auto client = makeClient();
    client->setRetryJitter([](int) { return 0; });
    m_server->enqueue({Resp::json(409, acsErr(QStringLiteral("OperationConflict.Task"), QStringLiteral("task running"))),
                       okFor(Service::CloudSso)});
    auto o = watch(client->call(Service::CloudSso, QStringLiteral("DeleteUserProvisioning"), {{QStringLiteral("DirectoryId"), QStringLiteral("d-1")}}));
    QVERIFY(waitDone(o));
    QVERIFY2(o->result.ok, qPrintable(o->result.error.toString()));
    QCOMPARE(o->result.attempts, 2);
    const qint64 gap = m_server->request(1).receivedAtMs - m_server->request(0).receivedAtMs;
    // RetryLater waits RetrySettings::laterBaseMs (2 s) even with the backoff base at 10 ms.
    QVERIFY2(gap >= 2000, qPrintable(QStringLiteral("retried after %1 ms").arg(gap)));
    QVERIFY2(gap < 4000, qPrintable(QStringLiteral("retried after %1 ms").arg(gap)));
}

void TestApiClient::jitterIsInjectable()
{
    auto client = makeClient();
    client->setRetryBaseDelay(400);
    QList<int> bounds;
    client->setRetryJitter([&bounds](int bound) {
        bounds << bound;
        return bound; // the top of the range: exactly base * 2^attempt
    });
    m_server->enqueue({Resp::json(500, volcErr(QStringLiteral("InternalError"), QStringLiteral("x"))),
                       Resp::json(500, volcErr(QStringLiteral("InternalError"), QStringLiteral("x"))), okFor(Service::Id)});
    auto o = watch(client->call(Service::Id, QStringLiteral("ListUserPools"), {}));
    QVERIFY(waitDone(o));
    QVERIFY2(o->result.ok, qPrintable(o->result.error.toString()));
    QCOMPARE(bounds, (QList<int>{800, 1600}));
    const qint64 gap1 = m_server->request(1).receivedAtMs - m_server->request(0).receivedAtMs;
    const qint64 gap2 = m_server->request(2).receivedAtMs - m_server->request(1).receivedAtMs;
    QVERIFY2(gap1 >= 800 && gap1 < 1500, qPrintable(QString::number(gap1)));
    QVERIFY2(gap2 >= 1600 && gap2 < 2500, qPrintable(QString::number(gap2)));
}

void TestApiClient::listAllOfAnUnknownListFailsAndSendsNothing()
{
    auto client = makeClient();
    m_server->setHandler([](const Server::Request &) {
        return Resp::json(200, volcOk({{QStringLiteral("Items"), QJsonArray{1, 2, 3}}, {QStringLiteral("TotalCount"), 3}}));
    });
    auto o = watch(client->listAll(Service::Id, QStringLiteral("ListIdentityProvidersOIDC"), {}));
    QVERIFY(waitDone(o));
    QVERIFY(!o->result.ok);
    QCOMPARE(o->result.error.code, QStringLiteral("UnknownListAction"));
    QCOMPARE(int(o->result.error.kind), int(ApiError::Kind::InvalidInput));
    QVERIFY2(o->result.error.message.contains(QStringLiteral("ListIdentityProviders")), qPrintable(o->result.error.message));
    QVERIFY(o->result.items.isEmpty());
    QTest::qWait(50);
    QCOMPARE(m_server->requestCount(), 0);
}

void TestApiClient::listAllUsesTheCatalogEntry_data()
{
    QTest::addColumn<Service>("service");
    QTest::addColumn<QString>("action");
    QTest::addColumn<QString>("key");
    QTest::newRow("id ListUserPoolClients") << Service::Id << "ListUserPoolClients" << "Data";
    QTest::newRow("id ListIdentityProviders") << Service::Id << "ListIdentityProviders" << "Data";
    QTest::newRow("cloudidentity ListUserProvisionings") << Service::CloudIdentity << "ListUserProvisionings" << "UserProvisionings";
    QTest::newRow("cloudidentity ListGroupMembers") << Service::CloudIdentity << "ListGroupMembers" << "Members";
    QTest::newRow("cloudsso ListUserProvisionings") << Service::CloudSso << "ListUserProvisionings" << "UserProvisionings";
    QTest::newRow("cloudsso ListGroupMembers") << Service::CloudSso << "ListGroupMembers" << "GroupMembers";
    QTest::newRow("cloudsso ListUserProvisioningEvents") << Service::CloudSso << "ListUserProvisioningEvents" << "UserProvisioningEvents";
}

void TestApiClient::listAllUsesTheCatalogEntry()
{
    QFETCH(Service, service);
    QFETCH(QString, action);
    QFETCH(QString, key);
    auto client = makeClient();
    const int total = 5;
    m_server->setHandler([service, key, total](const Server::Request &req) {
        QJsonArray items;
        if (service == Service::CloudSso) {
            const bool second = req.queryValue(QStringLiteral("NextToken")) == QLatin1String("t2");
            for (int i = second ? 3 : 0; i < (second ? total : 3); ++i)
                items.append(QJsonObject{{QStringLiteral("N"), i}});
            QJsonObject body{{key, items}, {QStringLiteral("IsTruncated"), !second}, {QStringLiteral("TotalCounts"), total}};
            if (!second)
                body.insert(QStringLiteral("NextToken"), QStringLiteral("t2"));
            return Resp::json(200, acsOk(body));
        }
        const QJsonObject in = QJsonDocument::fromJson(req.body).object();
        const int page = in.value(QStringLiteral("PageNumber")).toInt();
        const int size = in.value(QStringLiteral("PageSize")).toInt();
        for (int i = (page - 1) * size; i < qMin(total, page * size); ++i)
            items.append(QJsonObject{{QStringLiteral("N"), i}});
        return Resp::json(200, volcOk({{key, items}, {QStringLiteral("TotalCount"), total}, {QStringLiteral("Total"), total}}));
    });
    auto o = watch(client->listAll(service, action, {}, {}, 3));
    QVERIFY(waitDone(o));
    QVERIFY2(o->result.ok, qPrintable(o->result.error.toString()));
    QCOMPARE(o->result.items.size(), total);
    for (int i = 0; i < total; ++i)
        QCOMPARE(o->result.items.at(i).toObject().value(QStringLiteral("N")).toInt(), i);
    QCOMPARE(m_server->requestCount(), 2);
}

QTEST_GUILESS_MAIN(TestApiClient)
#include "tst_apiclient.moc"
