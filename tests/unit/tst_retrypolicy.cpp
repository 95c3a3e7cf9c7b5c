// SPDX-License-Identifier: GPL-3.0-or-later
// RetryPolicy: the one retry rule (verdict and wait), table-tested without a network.
#include "api/ApiError.h"
#include "api/RetryPolicy.h"

#include <QTest>

using V = RetryPolicy::Verdict;
using Req = RetryPolicy::Request;
Q_DECLARE_METATYPE(RetryPolicy::Verdict)
Q_DECLARE_METATYPE(RetryPolicy::Request)
Q_DECLARE_METATYPE(ApiError::Kind)

class TestRetryPolicy : public QObject
{
    Q_OBJECT

private slots:
    void verdicts_data();
    void verdicts();
    void budget();
    void backoffIsFullJitterAndExponential();
    void retryAfterIsAMinimum();
    void retryLaterWaitsLonger();
    void requestKindFromAction();
};

void TestRetryPolicy::verdicts_data()
{
    QTest::addColumn<ApiError::Kind>("kind");
    QTest::addColumn<QString>("service");
    QTest::addColumn<QString>("code");
    QTest::addColumn<int>("http");
    QTest::addColumn<bool>("ambiguous");
    QTest::addColumn<V>("read");
    QTest::addColumn<V>("write");

    const auto api = ApiError::Kind::Api;
    const auto net = ApiError::Kind::Network;
    // Throttling and "the service did not act": safe to send again, writes too.
    QTest::newRow("id 429 Throttling") << api << "id" << "Throttling" << 429 << false << V::Retry << V::Retry;
    QTest::newRow("sso Throttling.User 400") << api << "cloudsso" << "Throttling.User" << 400 << false << V::Retry << V::Retry;
    QTest::newRow("sso Throttling.Api 503") << api << "cloudsso" << "Throttling.Api" << 503 << false << V::Retry << V::Retry;
    QTest::newRow("sso Throttling 503") << api << "cloudsso" << "Throttling" << 503 << false << V::Retry << V::Retry;
    QTest::newRow("ci OperateTooFrequentlyException") << api << "cloudidentity" << "OperateTooFrequentlyException" << 400 << false << V::Retry << V::Retry;
    QTest::newRow("ci ConcurrentException") << api << "cloudidentity" << "ConcurrentException" << 400 << false << V::Retry << V::Retry;
    QTest::newRow("id 503 ServiceUnavailable") << api << "id" << "ServiceUnavailable" << 503 << false << V::Retry << V::Retry;
    QTest::newRow("sso 503 ServiceUnavailable") << api << "cloudsso" << "ServiceUnavailable" << 503 << false << V::Retry << V::Retry;
    QTest::newRow("undocumented 503") << api << "cloudidentity" << "HTTP503" << 503 << false << V::Retry << V::Retry;
    QTest::newRow("undocumented 429") << api << "cloudidentity" << "HTTP429" << 429 << false << V::Retry << V::Retry;
    QTest::newRow("sso nonce reused") << api << "cloudsso" << "SignatureNonceUsed" << 400 << false << V::Retry << V::Retry;
    // An asynchronous task still running: later, writes too.
    QTest::newRow("sso OperationConflict.Task") << api << "cloudsso" << "OperationConflict.Task" << 409 << false << V::RetryLater << V::RetryLater;
    // Server errors: reads again; a write may have happened.
    QTest::newRow("id 500 InternalError") << api << "id" << "InternalError" << 500 << false << V::Retry << V::Ambiguous;
    QTest::newRow("ci 500 InternalError") << api << "cloudidentity" << "InternalError" << 500 << false << V::Retry << V::Ambiguous;
    QTest::newRow("sso 500 InternalError") << api << "cloudsso" << "InternalError" << 500 << false << V::Retry << V::Ambiguous;
    QTest::newRow("id 500 DownstreamServerError") << api << "id" << "DownstreamServerError" << 500 << false << V::Retry << V::Ambiguous;
    QTest::newRow("id 502 UpstreamUnreachable") << api << "id" << "UpstreamUnreachable" << 502 << false << V::Retry << V::Ambiguous;
    QTest::newRow("undocumented 500") << api << "cloudsso" << "HTTP500" << 500 << false << V::Retry << V::Ambiguous;
    QTest::newRow("undocumented 504") << api << "cloudsso" << "HTTP504" << 504 << false << V::Retry << V::Ambiguous;
    // Not on 501.
    QTest::newRow("id 501 NotImplemented") << api << "id" << "NotImplemented" << 501 << false << V::Fail << V::Fail;
    QTest::newRow("undocumented 501") << api << "id" << "HTTP501" << 501 << false << V::Fail << V::Fail;
    // Definite answers.
    QTest::newRow("id 429 QuotaExceeded") << api << "id" << "QuotaExceeded" << 429 << false << V::Fail << V::Fail;
    QTest::newRow("ci 429 ReachedQuotaLimit") << api << "cloudidentity" << "ReachedQuotaLimit" << 429 << false << V::Fail << V::Fail;
    QTest::newRow("ci QuotaExceeded (id's code)") << api << "cloudidentity" << "QuotaExceeded" << 429 << false << V::Fail << V::Fail;
    QTest::newRow("validation") << api << "id" << "InvalidParameter.Name" << 400 << false << V::Fail << V::Fail;
    QTest::newRow("auth") << api << "cloudidentity" << "SignatureDoesNotMatch" << 401 << false << V::Fail << V::Fail;
    QTest::newRow("clock") << api << "cloudsso" << "InvalidTimeStamp.Expired" << 400 << false << V::Fail << V::Fail;
    QTest::newRow("revoked key 404") << api << "cloudsso" << "InvalidAccessKeyId.NotFound" << 404 << false << V::Fail << V::Fail;
    QTest::newRow("not found") << api << "cloudsso" << "EntityNotExists.User" << 404 << false << V::Fail << V::Fail;
    QTest::newRow("conflict") << api << "id" << "Duplicated" << 409 << false << V::Fail << V::Fail;
    QTest::newRow("already underway") << api << "cloudidentity" << "UserProvisionEventRetryConflict" << 409 << false << V::Fail << V::Fail;
    QTest::newRow("permission") << api << "cloudsso" << "NoPermission" << 403 << false << V::Fail << V::Fail;
    QTest::newRow("service state") << api << "cloudidentity" << "ServiceStatusException" << 400 << false << V::Fail << V::Fail;
    QTest::newRow("gateway 404") << api << "cloudidentity" << "InvalidActionOrVersion" << 404 << false << V::Fail << V::Fail;
    // Transport.
    QTest::newRow("connection refused") << net << "id" << "ConnectionRefused" << 0 << false << V::Retry << V::Retry;
    QTest::newRow("reset after sending") << net << "id" << "RemoteHostClosed" << 0 << true << V::Retry << V::Ambiguous;
    QTest::newRow("network error after sending") << net << "cloudsso" << "NetworkError" << 0 << true << V::Retry << V::Ambiguous;
    QTest::newRow("proxy refused (not sent)") << net << "cloudsso" << "ProxyError" << 0 << false << V::Retry << V::Retry;
    QTest::newRow("host not found") << net << "id" << "HostNotFound" << 0 << false << V::Fail << V::Fail;
    QTest::newRow("tls refused") << net << "id" << "SslHandshakeFailed" << 0 << false << V::Fail << V::Fail;
    QTest::newRow("timeout") << ApiError::Kind::Timeout << "id" << "Timeout" << 0 << true << V::Retry << V::Ambiguous;
    QTest::newRow("200 cut short") << ApiError::Kind::MalformedResponse << "cloudsso" << "MalformedResponse" << 200 << false << V::Fail << V::Ambiguous;
    QTest::newRow("502 html") << ApiError::Kind::MalformedResponse << "cloudidentity" << "MalformedResponse" << 502 << false << V::Retry << V::Ambiguous;
    QTest::newRow("403 html from a proxy") << ApiError::Kind::MalformedResponse << "cloudidentity" << "MalformedResponse" << 403 << false << V::Fail << V::Fail;
    QTest::newRow("cancelled on the wire") << ApiError::Kind::Cancelled << "id" << "Cancelled" << 0 << true << V::Fail << V::Ambiguous;
    QTest::newRow("cancelled before sending") << ApiError::Kind::Cancelled << "id" << "Cancelled" << 0 << false << V::Fail << V::Fail;
    QTest::newRow("invalid input") << ApiError::Kind::InvalidInput << "id" << "MissingCredentials" << 0 << false << V::Fail << V::Fail;
}

void TestRetryPolicy::verdicts()
{
    QFETCH(ApiError::Kind, kind);
    QFETCH(QString, service);
    QFETCH(QString, code);
    QFETCH(int, http);
    QFETCH(bool, ambiguous);
    QFETCH(V, read);
    QFETCH(V, write);
    ApiError e = ApiError::make(kind, code, QStringLiteral("m"));
    e.service = service;
    e.httpStatus = http;
    e.ambiguous = ambiguous;
    QCOMPARE(RetryPolicy::verdictName(RetryPolicy::classify(e, Req::Read)), RetryPolicy::verdictName(read));
    QCOMPARE(RetryPolicy::verdictName(RetryPolicy::classify(e, Req::Write)), RetryPolicy::verdictName(write));
    // isTransient() is the read verdict.
    QCOMPARE(e.isTransient(), read == V::Retry || read == V::RetryLater);
    // The first attempt of a retryable request is retried, with a wait.
    const auto d = RetryPolicy::decide(e, Req::Write, 1, {}, [](int bound) { return bound; });
    QCOMPARE(RetryPolicy::verdictName(d.verdict), RetryPolicy::verdictName(write));
    QVERIFY(!d.reason.isEmpty());
}

void TestRetryPolicy::budget()
{
    ApiError e = ApiError::make(ApiError::Kind::Api, QStringLiteral("Throttling"), QString());
    e.service = QStringLiteral("id");
    e.httpStatus = 429;
    RetryPolicy::Settings s;
    s.maxAttempts = 3;
    QVERIFY(RetryPolicy::decide(e, Req::Read, 1, s).retries());
    QVERIFY(RetryPolicy::decide(e, Req::Read, 2, s).retries());
    const auto last = RetryPolicy::decide(e, Req::Read, 3, s);
    QCOMPARE(RetryPolicy::verdictName(last.verdict), QStringLiteral("Fail"));
    QCOMPARE(last.waitMs, 0);
    // An ambiguous write stays ambiguous whatever the budget.
    ApiError t = ApiError::make(ApiError::Kind::Timeout, QStringLiteral("Timeout"), QString());
    QCOMPARE(RetryPolicy::verdictName(RetryPolicy::decide(t, Req::Write, 1, s).verdict), QStringLiteral("Ambiguous"));
    QCOMPARE(RetryPolicy::verdictName(RetryPolicy::decide(t, Req::Write, 9, s).verdict), QStringLiteral("Ambiguous"));
}

void TestRetryPolicy::backoffIsFullJitterAndExponential()
{
    const ApiError e = ApiError::make(ApiError::Kind::Timeout, QStringLiteral("Timeout"), QString());
    RetryPolicy::Settings s;
    s.baseMs = 100;
    s.capMs = 1000;
    QList<int> bounds;
    const RetryPolicy::Jitter record = [&bounds](int bound) {
        bounds << bound;
        return bound;
    };
    QCOMPARE(RetryPolicy::waitMs(e, 1, false, s, record), 200);
    QCOMPARE(RetryPolicy::waitMs(e, 2, false, s, record), 400);
    QCOMPARE(RetryPolicy::waitMs(e, 3, false, s, record), 800);
    QCOMPARE(RetryPolicy::waitMs(e, 4, false, s, record), 1000); // capped
    QCOMPARE(RetryPolicy::waitMs(e, 30, false, s, record), 1000);
    QCOMPARE(bounds, (QList<int>{200, 400, 800, 1000, 1000}));
    // Full jitter: anything from 0 to the bound.
    QCOMPARE(RetryPolicy::waitMs(e, 3, false, s, [](int) { return 0; }), 0);
    QCOMPARE(RetryPolicy::waitMs(e, 3, false, s, [](int) { return 1 << 30; }), 800); // clamped to the bound
    // The default source stays within the bound.
    for (int i = 0; i < 200; ++i) {
        const int w = RetryPolicy::waitMs(e, 2, false, s);
        QVERIFY(w >= 0 && w <= 400);
    }
}

void TestRetryPolicy::retryAfterIsAMinimum()
{
    ApiError e = ApiError::make(ApiError::Kind::Api, QStringLiteral("Throttling.User"), QString());
    e.service = QStringLiteral("cloudsso");
    e.httpStatus = 400;
    e.retryAfterSeconds = 3;
    const auto zero = [](int) { return 0; };
    QCOMPARE(RetryPolicy::decide(e, Req::Write, 1, {}, zero).waitMs, 3000);
    RetryPolicy::Settings s;
    s.baseMs = 10000;
    s.capMs = 60000;
    QCOMPARE(RetryPolicy::decide(e, Req::Write, 1, s, [](int b) { return b; }).waitMs, 20000);
    // A positive Retry-After alone means "throttled" (cloudsso §8.1), whatever the code.
    ApiError odd = ApiError::make(ApiError::Kind::Api, QStringLiteral("SomethingElse"), QString());
    odd.service = QStringLiteral("cloudsso");
    odd.httpStatus = 400;
    odd.retryAfterSeconds = 2;
    const auto d = RetryPolicy::decide(odd, Req::Write, 1, {}, zero);
    QCOMPARE(RetryPolicy::verdictName(d.verdict), QStringLiteral("Retry"));
    QCOMPARE(d.waitMs, 2000);
}

void TestRetryPolicy::retryLaterWaitsLonger()
{
    ApiError e = ApiError::make(ApiError::Kind::Api, QStringLiteral("OperationConflict.Task"), QString());
    e.service = QStringLiteral("cloudsso");
    e.httpStatus = 409;
    const auto zero = [](int) { return 0; };
    RetryPolicy::Settings s;
    QCOMPARE(RetryPolicy::decide(e, Req::Write, 1, s, zero).waitMs, 2000);
    QCOMPARE(RetryPolicy::decide(e, Req::Write, 2, s, zero).waitMs, 4000);
    QCOMPARE(RetryPolicy::decide(e, Req::Write, 3, s, zero).waitMs, 8000);
    QCOMPARE(RetryPolicy::decide(e, Req::Write, 3, s, [](int b) { return b; }).waitMs, 12000);
    // Longer than an ordinary retry at the same attempt, even at the jitter's top.
    ApiError t = ApiError::make(ApiError::Kind::Api, QStringLiteral("Throttling"), QString());
    t.service = QStringLiteral("cloudsso");
    QVERIFY(RetryPolicy::decide(t, Req::Write, 1, s, [](int b) { return b; }).waitMs
            < RetryPolicy::decide(e, Req::Write, 1, s, zero).waitMs);
}

void TestRetryPolicy::requestKindFromAction()
{
    QCOMPARE(int(RetryPolicy::requestFor(QStringLiteral("ListUsers"))), int(Req::Read));
    QCOMPARE(int(RetryPolicy::requestFor(QStringLiteral("GetUserPoolMaus"))), int(Req::Read));
    QCOMPARE(int(RetryPolicy::requestFor(QStringLiteral("CreateUser"))), int(Req::Write));
    QCOMPARE(int(RetryPolicy::requestFor(QStringLiteral("RetryUserProvisioningEvent"))), int(Req::Write));
}

QTEST_GUILESS_MAIN(TestRetryPolicy)
#include "tst_retrypolicy.moc"
