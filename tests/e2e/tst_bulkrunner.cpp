// SPDX-License-Identifier: GPL-3.0-or-later
// BulkRunner with raw calls (what `idconsole-cli batch` sends) against the real emulator: partial failures summarized with code and RequestId, cancel mid-batch
// (reads cancelled, sent writes waited for, the rest never sent), ambiguous writes never re-sent, Cloud Identity
// writes one at a time, and a 200-item retry under --throttle-qps 5 that slows down instead of failing.
#include "api/ApiClient.h"
#include "cloud/BulkRunner.h"
#include "cloud/RawCallTarget.h"
#include "EmulatorFixture.h"

#include <QElapsedTimer>
#include <QSet>
#include <QTemporaryDir>
#include <QUrlQuery>
#include <QtTest>
#include <memory>

namespace {
using Item = QPair<QString, QJsonObject>;

struct Env
{
    std::unique_ptr<EmulatorFixture> emu;
    std::unique_ptr<ApiClient> client;
};

bool startEnv(Env *env, const QStringList &args, QString *error)
{
    env->emu = std::make_unique<EmulatorFixture>(args);
    if (!env->emu->start(error))
        return false;
    env->client = std::make_unique<ApiClient>();
    env->client->setCredentials({env->emu->accessKey(), env->emu->secret(), QString()});
    for (Service s : ServiceCatalog::all())
        env->client->setEndpoint(s, env->emu->endpoint());
    return true;
}

ApiResult callSync(ApiClient *client, Service s, const QString &action, const QJsonObject &params, bool all = false)
{
    ApiResult out;
    bool done = false;
    ApiCall *c = all ? client->listAll(s, action, params) : client->call(s, action, params);
    QObject::connect(c, &ApiCall::finished, [&](const ApiResult &r) {
        out = r;
        done = true;
    });
    (void)QTest::qWaitFor([&] { return done; }, 120000);
    return out;
}

BulkSummary runToEnd(BulkRunner *runner, BulkTarget *target, const QList<Item> &items, int timeoutMs = 120000)
{
    BulkSummary summary;
    bool done = false;
    auto conn = QObject::connect(runner, &BulkRunner::finished, [&](const BulkSummary &s) {
        summary = s;
        done = true;
    });
    runner->start(BulkOperation::rawCalls(items), target);
    (void)QTest::qWaitFor([&] { return done; }, timeoutMs);
    QObject::disconnect(conn);
    if (!done)
        summary.total = -1;
    return summary;
}
} // namespace

class TestBulkRunner : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void emptyBatch();
    void partialFailureSummary();
    void cancelMidBatchReads();
    void cancelMidBatchWrites();
    void cloudIdentityWritesOneAtATime();
    void ambiguousWritesNeverResent();
    void throttledRetryOf200Events();
    void runnerRequeuesWhenClientGivesUp();
    void clientDestroyedMidBatch();

private:
    Env m_demo;     // demo dataset, 120 ms latency
    QString m_dir;
    QStringList m_users;
};

void TestBulkRunner::initTestCase()
{
    QString error;
    QVERIFY2(startEnv(&m_demo, {"--dataset", "demo", "--latency-ms", "120"}, &error), qPrintable(error));
    const ApiResult dirs = callSync(m_demo.client.get(), Service::CloudSso, "ListDirectories", {});
    QVERIFY2(dirs.ok, qPrintable(dirs.error.toString()));
    m_dir = dirs.result.value("Directories").toArray().first().toObject().value("DirectoryId").toString();
    const ApiResult users = callSync(m_demo.client.get(), Service::CloudSso, "ListUsers",
                                     {{"DirectoryId", m_dir}, {"ProvisionType", "Manual"}}, true);
    QVERIFY(users.ok);
    for (const QJsonValue &v : users.items)
        m_users << v.toObject().value("UserId").toString();
    QVERIFY(m_users.size() >= 60);
}

void TestBulkRunner::cleanupTestCase()
{
    m_demo.client.reset();
    m_demo.emu.reset();
}

void TestBulkRunner::emptyBatch()
{
    RawCallTarget runnerTarget(m_demo.client.get(), Service::CloudSso);
    BulkRunner runner;
    QSignalSpy progress(&runner, &BulkRunner::progress);
    const BulkSummary s = runToEnd(&runner, &runnerTarget, {});
    QCOMPARE(s.total, 0);
    QCOMPARE(s.succeeded + s.failed + s.cancelled, 0);
    QVERIFY(!runner.isRunning());
    QCOMPARE(progress.count(), 1);
}

void TestBulkRunner::partialFailureSummary()
{
    QList<Item> items;
    QSet<int> bad{2, 5, 11};
    for (int i = 0; i < 14; ++i) {
        if (i == 7) {
            items.append({QString(), {}}); // refused, never sent
            continue;
        }
        const QString user = bad.contains(i) ? QStringLiteral("u-doesnotexist%1").arg(i) : m_users.at(i);
        items.append({"UpdateUserStatus", {{"DirectoryId", m_dir}, {"UserId", user}, {"NewStatus", "Disabled"}}});
    }
    RawCallTarget runnerTarget(m_demo.client.get(), Service::CloudSso);
    BulkRunner runner;
    QCOMPARE(runner.concurrency(), 4);
    QSignalSpy finishedItems(&runner, &BulkRunner::itemFinished);
    QSignalSpy progress(&runner, &BulkRunner::progress);
    int maxInFlight = 0;
    connect(&runner, &BulkRunner::itemStarted, this, [&] { maxInFlight = qMax(maxInFlight, runner.inFlight()); });
    const BulkSummary s = runToEnd(&runner, &runnerTarget, items);
    QCOMPARE(s.total, 14);
    QCOMPARE(s.succeeded, 10);
    QCOMPARE(s.failed, 4);
    QCOMPARE(s.cancelled, 0);
    QCOMPARE(finishedItems.count(), 14);
    QCOMPARE(progress.last().at(0).toInt(), 14);
    QVERIFY(maxInFlight <= 4);
    QCOMPARE(s.failures.size(), 4);
    const QList<int> failedIndexes{s.failures.at(0).index, s.failures.at(1).index, s.failures.at(2).index, s.failures.at(3).index};
    QCOMPARE(failedIndexes, (QList<int>{2, 5, 7, 11}));
    for (const BulkSummary::Failure &f : s.failures) {
        if (f.index == 7) {
            QCOMPARE(f.code, QStringLiteral("InvalidInput"));
            QVERIFY(f.requestId.isEmpty());
            continue;
        }
        QCOMPARE(f.code, QStringLiteral("EntityNotExists.User"));
        QVERIFY(!f.requestId.isEmpty());
        QCOMPARE(f.action, QStringLiteral("UpdateUserStatus"));
        QVERIFY(!f.ambiguous);
    }
    const QString text = s.text();
    qInfo("%s", qPrintable(text));
    QVERIFY(text.contains(s.failures.first().requestId));
    QVERIFY(text.contains(QStringLiteral("EntityNotExists.User")));
    // The successes happened.
    const ApiResult u = callSync(m_demo.client.get(), Service::CloudSso, "GetUser", {{"DirectoryId", m_dir}, {"UserId", m_users.at(0)}});
    QCOMPARE(u.result.value("User").toObject().value("Status").toString(), QStringLiteral("Disabled"));
    QVERIFY(runner.result(0).ok);
    QVERIFY(!runner.result(2).ok);
}

void TestBulkRunner::cancelMidBatchReads()
{
    QList<Item> items;
    for (int i = 0; i < 60; ++i)
        items.append({"GetUser", {{"DirectoryId", m_dir}, {"UserId", m_users.at(i)}}});
    RawCallTarget runnerTarget(m_demo.client.get(), Service::CloudSso);
    BulkRunner runner;
    int started = 0, startedAfterCancel = 0, finished = 0;
    bool cancelled = false;
    connect(&runner, &BulkRunner::itemStarted, this, [&] {
        ++started;
        startedAfterCancel += cancelled;
    });
    connect(&runner, &BulkRunner::itemFinished, this, [&](int, const ApiResult &) {
        if (++finished == 8 && !cancelled) {
            cancelled = true;
            runner.cancel();
            QVERIFY(runner.isCancelling() || !runner.isRunning());
        }
    });
    const BulkSummary s = runToEnd(&runner, &runnerTarget, items);
    QCOMPARE(s.total, 60);
    QVERIFY(s.wasCancelled);
    QCOMPARE(startedAfterCancel, 0);
    QCOMPARE(s.succeeded + s.failed + s.cancelled, 60);
    QVERIFY2(s.succeeded >= 8 && s.succeeded <= 12, qPrintable(QString::number(s.succeeded)));
    QCOMPARE(s.failed, 0);
    QVERIFY(s.cancelled >= 60 - started); // never started, plus reads cancelled in flight
    qInfo("reads: started %d of 60, succeeded %d, cancelled %d", started, s.succeeded, s.cancelled);
}

void TestBulkRunner::cancelMidBatchWrites()
{
    QList<Item> items;
    for (int i = 20; i < 60; ++i)
        items.append({"UpdateUserStatus", {{"DirectoryId", m_dir}, {"UserId", m_users.at(i)}, {"NewStatus", "Disabled"}}});
    RawCallTarget runnerTarget(m_demo.client.get(), Service::CloudSso);
    BulkRunner runner;
    QSet<int> startedItems;
    int writesSent = 0;
    auto conn = connect(m_demo.client.get(), &ApiClient::exchangeFinished, this, [&](const ExchangeRecord &r) {
        writesSent += r.action == QLatin1String("UpdateUserStatus");
    });
    QHash<int, ApiResult> results;
    bool cancelled = false;
    connect(&runner, &BulkRunner::itemStarted, this, [&](int i) { startedItems.insert(i); });
    connect(&runner, &BulkRunner::itemFinished, this, [&](int i, const ApiResult &r) {
        results.insert(i, r);
        if (results.size() == 5 && !cancelled) {
            cancelled = true;
            runner.cancel();
        }
    });
    const BulkSummary s = runToEnd(&runner, &runnerTarget, items);
    disconnect(conn);
    QCOMPARE(s.succeeded + s.failed + s.cancelled, 40);
    QCOMPARE(results.size(), 40);
    // Every write that was sent was waited for and succeeded; nothing else was sent.
    QCOMPARE(s.succeeded, int(startedItems.size()));
    QCOMPARE(writesSent, int(startedItems.size()));
    QCOMPARE(s.cancelled, 40 - int(startedItems.size()));
    for (auto it = results.cbegin(); it != results.cend(); ++it) {
        if (startedItems.contains(it.key()))
            QVERIFY2(it.value().ok, qPrintable(it.value().error.toString()));
        else
            QCOMPARE(it.value().error.kind, ApiError::Kind::Cancelled);
    }
    QVERIFY(startedItems.size() >= 5 && startedItems.size() <= 9);
    // Server state agrees: the first never-started user is untouched.
    int firstUnstarted = 0;
    while (startedItems.contains(firstUnstarted))
        ++firstUnstarted;
    const ApiResult u = callSync(m_demo.client.get(), Service::CloudSso, "GetUser",
                                 {{"DirectoryId", m_dir}, {"UserId", m_users.at(20 + firstUnstarted)}});
    QVERIFY(u.ok);
    qInfo("writes: %d sent before cancel took effect, %d cancelled", int(startedItems.size()), s.cancelled);
}

void TestBulkRunner::cloudIdentityWritesOneAtATime()
{
    const ApiResult users = callSync(m_demo.client.get(), Service::CloudIdentity, "ListUsers", {{"PageSize", 10}});
    QVERIFY(users.ok);
    QList<Item> items;
    for (const QJsonValue &v : users.result.value("Users").toArray())
        items.append({"UpdateUser", {{"UserId", v.toObject().value("UserId").toString()}, {"Description", "bulk"}}});
    QCOMPARE(items.size(), 10);
    RawCallTarget runnerTarget(m_demo.client.get(), Service::CloudIdentity);
    BulkRunner runner;
    int maxInFlight = 0;
    auto conn = connect(m_demo.client.get(), &ApiClient::inFlightChanged, this, [&](int n) { maxInFlight = qMax(maxInFlight, n); });
    QElapsedTimer t;
    t.start();
    const BulkSummary s = runToEnd(&runner, &runnerTarget, items);
    disconnect(conn);
    QCOMPARE(s.succeeded, 10);
    QCOMPARE(maxInFlight, 1);
    QVERIFY(t.elapsed() >= 10 * 120); // serial: at least ten latencies
    // Cancelling Cloud Identity writes still queued behind the one on the wire: cancelled, never sent.
    RawCallTarget secondTarget(m_demo.client.get(), Service::CloudIdentity);
    BulkRunner second;
    int sent = 0;
    conn = connect(m_demo.client.get(), &ApiClient::exchangeFinished, this, [&](const ExchangeRecord &r) { sent += r.action == "UpdateUser"; });
    connect(&second, &BulkRunner::itemFinished, &second, [&second](int i) {
        if (i == 0)
            second.cancel();
    });
    const BulkSummary c = runToEnd(&second, &secondTarget, items);
    disconnect(conn);
    QCOMPARE(c.succeeded, sent);
    QCOMPARE(c.succeeded + c.cancelled, 10);
    QVERIFY2(c.succeeded <= 2, qPrintable(QString::number(c.succeeded)));
}

void TestBulkRunner::ambiguousWritesNeverResent()
{
    // A directory and users that exist (so the writes would apply), then every connection dropped:
    // the same state file, restarted with --reset-rate 1.
    QTemporaryDir tmp;
    const QString state = tmp.filePath(QStringLiteral("state.json"));
    Env env;
    QString error;
    QVERIFY2(startEnv(&env, {"--dataset", "demo", "--state", state}, &error), qPrintable(error));
    const ApiResult dirs = callSync(env.client.get(), Service::CloudSso, "ListDirectories", {});
    QVERIFY(dirs.ok);
    const QString dir = dirs.result.value("Directories").toArray().first().toObject().value("DirectoryId").toString();
    const ApiResult users = callSync(env.client.get(), Service::CloudSso, "ListUsers",
                                     {{"DirectoryId", dir}, {"ProvisionType", "Manual"}, {"MaxResults", 6}});
    QVERIFY(users.ok);
    QStringList ids;
    for (const QJsonValue &v : users.result.value("Users").toArray())
        ids << v.toObject().value("UserId").toString();
    QCOMPARE(ids.size(), 6);
    env.emu->setArguments({"--dataset", "demo", "--state", state, "--reset-rate", "1", "--log"});
    QVERIFY2(env.emu->restart(&error), qPrintable(error));
    env.client->setEndpoint(Service::CloudSso, env.emu->endpoint());
    QHash<QString, int> exchangesPerUser;
    connect(env.client.get(), &ApiClient::exchangeFinished, this, [&](const ExchangeRecord &r) {
        const QUrlQuery q(QUrl(r.url).query());
        exchangesPerUser[r.action + q.queryItemValue("UserId")] += 1;
    });
    QList<Item> items;
    for (int i = 0; i < 6; ++i)
        items.append({"UpdateUserStatus", {{"DirectoryId", dir}, {"UserId", ids.at(i)}, {"NewStatus", "Disabled"}}});
    items.append({"GetUser", {{"DirectoryId", dir}, {"UserId", "u-read"}}});
    RawCallTarget runnerTarget(env.client.get(), Service::CloudSso);
    BulkRunner runner;
    const BulkSummary s = runToEnd(&runner, &runnerTarget, items);
    QCOMPARE(s.failed, 7);
    QCOMPARE(s.requeued, 0);
    for (const BulkSummary::Failure &f : s.failures) {
        if (f.action == QLatin1String("UpdateUserStatus"))
            QVERIFY2(f.ambiguous, qPrintable(f.code));
        else
            QVERIFY(!f.ambiguous); // a read is never ambiguous (and was retried by the client)
    }
    for (int i = 0; i < 6; ++i)
        QCOMPARE(exchangesPerUser.value(QStringLiteral("UpdateUserStatus") + ids.at(i)), 1);
    QVERIFY(exchangesPerUser.value(QStringLiteral("GetUseru-read")) > 1);
    QVERIFY(s.text().contains(QStringLiteral("outcome unknown")));
    // What the emulator received (its --log): each write exactly once on the wire, too.
    QTest::qWait(200);
    const QString log = env.emu->standardError();
    qInfo("emulator log lines with UpdateUserStatus: %lld", qint64(log.count(QStringLiteral("UpdateUserStatus"))));
    QCOMPARE(int(log.count(QStringLiteral("UpdateUserStatus"))), 6);
}

void TestBulkRunner::throttledRetryOf200Events()
{
    Env env;
    QString error;
    QVERIFY2(startEnv(&env, {"--dataset", "large", "--users", "300", "--events", "200", "--throttle-qps", "5"}, &error),
             qPrintable(error));
    const ApiResult dirs = callSync(env.client.get(), Service::CloudSso, "ListDirectories", {});
    QVERIFY2(dirs.ok, qPrintable(dirs.error.toString()));
    const QString dir = dirs.result.value("Directories").toArray().first().toObject().value("DirectoryId").toString();
    const ApiResult events = callSync(env.client.get(), Service::CloudSso, "ListUserProvisioningEvents", {{"DirectoryId", dir}}, true);
    QVERIFY2(events.ok, qPrintable(events.error.toString()));
    QCOMPARE(events.items.size(), 200);
    QList<Item> items;
    for (const QJsonValue &v : events.items) {
        const QJsonObject e = v.toObject();
        items.append({"RetryUserProvisioningEvent",
                      {{"DirectoryId", dir}, {"EventId", e.value("EventId").toString()},
                       {"DuplicationStrategy", e.value("DuplicationStrategy").toString()}}});
    }
    int throttledAnswers = 0, exchanges = 0;
    connect(env.client.get(), &ApiClient::exchangeFinished, this, [&](const ExchangeRecord &r) {
        ++exchanges;
        throttledAnswers += r.errorCode.startsWith(QLatin1String("Throttling"));
    });
    RawCallTarget runnerTarget(env.client.get(), Service::CloudSso);
    BulkRunner runner;
    QSignalSpy requeued(&runner, &BulkRunner::itemRequeued);
    QElapsedTimer t;
    t.start();
    const BulkSummary s = runToEnd(&runner, &runnerTarget, items, 540000);
    const qint64 elapsed = t.elapsed();
    qInfo("bulk retry of 200 events at --throttle-qps 5: %.1f s, %d HTTP exchanges, %d throttled answers, "
          "%d requeued by the runner, concurrency down to %d, %d succeeded, %d failed",
          elapsed / 1000.0, exchanges, throttledAnswers, s.requeued, s.minConcurrency, s.succeeded, s.failed);
    QCOMPARE(s.total, 200);
    if (s.failed)
        qWarning("%s", qPrintable(s.text()));
    QCOMPARE(s.failed, 0);
    QCOMPARE(s.succeeded, 200);
    QCOMPARE(s.requeued, requeued.count());
    QVERIFY(elapsed >= 30000); // 200 calls at 5 per second cannot be faster (burst of 5 aside)
}

void TestBulkRunner::runnerRequeuesWhenClientGivesUp()
{
    // No client-side retries or pacing: every throttle reaches the runner, which must re-send and slow down.
    Env env;
    QString error;
    QVERIFY2(startEnv(&env, {"--dataset", "demo", "--throttle-qps", "5"}, &error), qPrintable(error));
    const ApiResult dirs = callSync(env.client.get(), Service::CloudSso, "ListDirectories", {});
    QVERIFY(dirs.ok);
    const QString dir = dirs.result.value("Directories").toArray().first().toObject().value("DirectoryId").toString();
    const ApiResult users = callSync(env.client.get(), Service::CloudSso, "ListUsers",
                                     {{"DirectoryId", dir}, {"ProvisionType", "Manual"}}, true);
    QVERIFY(users.ok);
    env.client->setMaxAttempts(1);
    env.client->setAdaptiveRateLimiting(false);
    QList<Item> items;
    for (int i = 0; i < 40; ++i)
        items.append({"UpdateUserStatus", {{"DirectoryId", dir}, {"UserId", users.items.at(i).toObject().value("UserId").toString()},
                                           {"NewStatus", "Disabled"}}});
    RawCallTarget runnerTarget(env.client.get(), Service::CloudSso);
    BulkRunner runner;
    runner.setConcurrency(8);
    QList<int> concurrency;
    connect(&runner, &BulkRunner::concurrencyChanged, this, [&](int n) { concurrency << n; });
    QElapsedTimer t;
    t.start();
    const BulkSummary s = runToEnd(&runner, &runnerTarget, items);
    qInfo("40 writes at --throttle-qps 5 without client retries: %.1f s, %d requeues, concurrency %s",
          t.elapsed() / 1000.0, s.requeued,
          qPrintable([&] { QStringList l; for (int n : concurrency) l << QString::number(n); return l.join(QStringLiteral(" -> ")); }()));
    QCOMPARE(s.failed, 0);
    QCOMPARE(s.succeeded, 40);
    QVERIFY(s.requeued > 0);
    QVERIFY(s.minConcurrency < 8);
    QVERIFY(!concurrency.isEmpty());
}

void TestBulkRunner::clientDestroyedMidBatch()
{
    Env env;
    QString error;
    QVERIFY2(startEnv(&env, {"--dataset", "demo", "--latency-ms", "200"}, &error), qPrintable(error));
    QList<Item> items;
    for (int i = 0; i < 20; ++i)
        items.append({i % 2 ? "GetUser" : "UpdateUserStatus", {{"DirectoryId", m_dir}, {"UserId", QStringLiteral("u-%1").arg(i)}, {"NewStatus", "Enabled"}}});
    RawCallTarget runnerTarget(env.client.get(), Service::CloudSso);
    BulkRunner runner;
    BulkSummary summary;
    bool finished = false;
    connect(&runner, &BulkRunner::finished, this, [&](const BulkSummary &s) {
        summary = s;
        finished = true;
    });
    runner.start(BulkOperation::rawCalls(items), &runnerTarget);
    QTRY_COMPARE(runner.inFlight(), 4);
    env.client.reset(); // the profile's connection goes away
    QTRY_VERIFY(finished);
    QVERIFY(!runner.isRunning());
    QCOMPARE(summary.total, 20);
    QCOMPARE(summary.succeeded + summary.failed + summary.cancelled, 20);
    int ambiguous = 0;
    for (const auto &f : summary.failures)
        ambiguous += f.ambiguous;
    QCOMPARE(ambiguous, 2); // the two writes among the four in flight
}

QTEST_GUILESS_MAIN(TestBulkRunner)
#include "tst_bulkrunner.moc"
