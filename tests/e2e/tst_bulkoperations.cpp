// SPDX-License-Identifier: GPL-3.0-or-later
// Typed bulk operations (BulkOperation) run by the one BulkRunner against the real emulator, through the real
// targets (CloudSsoBackend, CloudIdentityBackend, UserPoolService): deletes that find a target already gone
// count as done (not failed), refusals never reach the wire, Cloud Identity writes go one at a time, cancel
// with writes in flight waits for them (never abandons a sent write) and sends nothing else, and a batch
// under --throttle-qps is re-sent and slowed down instead of failing.
#include "api/ApiClient.h"
#include "cloud/BulkOperation.h"
#include "cloud/BulkRunner.h"
#include "cloud/CloudIdentityWriteQueue.h"
#include "cloud/UserPoolService.h"
#include "DirectoryBackendTestSupport.h"
#include "EmulatorFixture.h"

#include <QSet>
#include <QtTest>
#include <memory>

namespace {
ApiResult callSync(ApiClient *client, Service s, const QString &action, const QJsonObject &params, bool all = false)
{
    ApiResult out;
    bool done = false;
    ApiCall *c = all ? client->listAll(s, action, params) : client->call(s, action, params);
    QObject::connect(c, &ApiCall::finished, [&](const ApiResult &r) {
        out = r;
        done = true;
    });
    (void)QTest::qWaitFor([&] { return done; }, 60000);
    return out;
}

BulkSummary runToEnd(BulkRunner *runner, const BulkOperation &op, BulkTarget *target, int timeoutMs = 120000)
{
    BulkSummary summary;
    bool done = false;
    auto conn = QObject::connect(runner, &BulkRunner::finished, [&](const BulkSummary &s) {
        summary = s;
        done = true;
    });
    runner->start(op, target);
    (void)QTest::qWaitFor([&] { return done; }, timeoutMs);
    QObject::disconnect(conn);
    if (!done)
        summary.total = -1;
    return summary;
}

struct SsoEnv
{
    std::unique_ptr<EmulatorFixture> emu;
    std::unique_ptr<Session> session;
    std::unique_ptr<DirectoryBackend> backend;
    QString dir;
    QStringList users;   // Manual users of the directory
};

bool startSso(SsoEnv *env, const QStringList &args, QString *error)
{
    env->emu = std::make_unique<EmulatorFixture>(args);
    if (!env->emu->start(error))
        return false;
    env->session = DirectoryBackendTestSupport::emulatorSession(*env->emu, QStringLiteral("bulk-sso"),
                                                                Profile::Provider::Aliyun, QStringLiteral("cloudsso"));
    env->backend.reset(DirectoryBackend::create(env->session.get()));
    ApiClient *c = env->session->client();
    const ApiResult dirs = callSync(c, Service::CloudSso, "ListDirectories", {});
    if (!dirs.ok) {
        *error = dirs.error.toString();
        return false;
    }
    env->dir = dirs.result.value("Directories").toArray().first().toObject().value("DirectoryId").toString();
    env->session->setDirectoryId(env->dir);
    const ApiResult users = callSync(c, Service::CloudSso, "ListUsers", {{"DirectoryId", env->dir}, {"ProvisionType", "Manual"}}, true);
    if (!users.ok) {
        *error = users.error.toString();
        return false;
    }
    for (const QJsonValue &v : users.items)
        env->users << v.toObject().value("UserId").toString();
    return true;
}

QString ssoStatus(SsoEnv &env, const QString &userId)
{
    const ApiResult u = callSync(env.session->client(), Service::CloudSso, "GetUser", {{"DirectoryId", env.dir}, {"UserId", userId}});
    return u.ok ? u.result.value("User").toObject().value("Status").toString() : u.error.code;
}
} // namespace

class TestBulkOperations : public QObject, public DirectoryBackendTestSupport
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void deleteUsersAlreadyGoneIsDone();
    void refusedItemsNeverSent();
    void cloudIdentityRetryOneAtATime();
    void cancelWaitsForWritesInFlight();
    void cancelCloudIdentityWithWriteOnWire();
    void throttledBatchSlowsDown();
    void poolsEnableAndDelete();

private:
    SsoEnv m_sso;   // demo dataset, 100 ms latency
};

void TestBulkOperations::initTestCase()
{
    QString error;
    QVERIFY2(startSso(&m_sso, {"--dataset", "demo", "--latency-ms", "100"}, &error), qPrintable(error));
    QVERIFY(m_sso.users.size() >= 30);
}

void TestBulkOperations::cleanupTestCase()
{
    m_sso.backend.reset();
    m_sso.session.reset();
    m_sso.emu.reset();
}

void TestBulkOperations::deleteUsersAlreadyGoneIsDone()
{
    // Three users of our own; one is deleted behind our back before the batch.
    QStringList ids;
    for (int i = 0; i < 3; ++i) {
        UserDraft d;
        d.userName = uniqueName(QStringLiteral("bulkdel"));
        const WriteResult w = waitWrite([&](auto cb) { m_sso.backend->createUser(d, this, cb); });
        QVERIFY2(w.ok(), qPrintable(w.error.toString()));
        ids << w.result.value("UserId").toString();
    }
    QVERIFY(waitWrite([&](auto cb) { m_sso.backend->deleteUser(ids.at(1), this, cb); }).ok());
    BulkRunner runner;
    const BulkSummary s = runToEnd(&runner, BulkOperation::deleteUsers(ids), m_sso.backend.get());
    QCOMPARE(s.total, 3);
    QCOMPARE(s.succeeded, 2);
    QCOMPARE(s.alreadyDone, 1);
    QCOMPARE(s.failed, 0);
    QCOMPARE(s.outcome(1), BulkSummary::Outcome::AlreadyDone);
    QCOMPARE(s.notes.size(), 1);
    QCOMPARE(s.notes.first().code, QStringLiteral("EntityNotExists.User"));
    QVERIFY(!s.notes.first().requestId.isEmpty());
    // The pane removes exactly these rows: all three are gone.
    QCOMPARE(s.appliedIds(), ids);
    for (const QString &id : ids)
        QCOMPARE(ssoStatus(m_sso, id), QStringLiteral("EntityNotExists.User"));
    QVERIFY(s.text().contains(s.notes.first().requestId));
}

void TestBulkOperations::refusedItemsNeverSent()
{
    const QString untouchedBefore = ssoStatus(m_sso, m_sso.users.at(1));
    int exchanges = 0;
    auto conn = connect(m_sso.session->client(), &ApiClient::exchangeFinished, this, [&] { ++exchanges; });
    // An empty id is refused by the backend; a pool operation is not a CloudSSO one; users are not pools.
    BulkRunner runner;
    BulkSummary s = runToEnd(&runner, BulkOperation::setUsersEnabled({m_sso.users.at(0), QString()}, false), m_sso.backend.get());
    QCOMPARE(s.succeeded, 1);
    QCOMPARE(s.failed, 1);
    QCOMPARE(s.failures.first().index, 1);
    QCOMPARE(s.failures.first().code, QStringLiteral("MissingParameter"));
    QVERIFY(s.failures.first().requestId.isEmpty());
    QCOMPARE(exchanges, 1);
    s = runToEnd(&runner, BulkOperation::setPoolsEnabled({"pool-1"}, true), m_sso.backend.get());
    QCOMPARE(s.failed, 1);
    QCOMPARE(s.failures.first().code, QStringLiteral("NotSupported"));
    UserPoolService pools(m_sso.session->client());
    s = runToEnd(&runner, BulkOperation::deleteUsers({m_sso.users.at(1)}), &pools);
    QCOMPARE(s.failed, 1);
    QCOMPARE(s.failures.first().code, QStringLiteral("NotSupported"));
    QCOMPARE(exchanges, 1);
    disconnect(conn);
    QCOMPARE(ssoStatus(m_sso, m_sso.users.at(0)), QStringLiteral("Disabled"));
    QCOMPARE(ssoStatus(m_sso, m_sso.users.at(1)), untouchedBefore);
}

void TestBulkOperations::cloudIdentityRetryOneAtATime()
{
    EmulatorFixture emu({"--dataset", "demo", "--latency-ms", "80"});
    QString error;
    QVERIFY2(emu.start(&error), qPrintable(error));
    auto session = emulatorSession(emu, QStringLiteral("bulk-ci"), Profile::Provider::Volcengine, QStringLiteral("cloudidentity"));
    std::unique_ptr<DirectoryBackend> backend(DirectoryBackend::create(session.get()));
    const auto page = waitPage<ProvisioningEvent>([&](auto cb) { backend->listEvents({}, {}, 100, this, cb); });
    QVERIFY2(page.ok(), qPrintable(page.error.toString()));
    QVERIFY(page.items.size() >= 6);
    const QList<ProvisioningEvent> events = page.items.mid(0, 3);
    const QList<ProvisioningEvent> toDelete = page.items.mid(3, 3);
    int maxInFlight = 0;
    connect(session->client(), &ApiClient::inFlightChanged, this, [&](int n) { maxInFlight = qMax(maxInFlight, n); });
    BulkRunner runner;
    runner.setConcurrency(4);
    const BulkSummary s = runToEnd(&runner, BulkOperation::retryEvents(events), backend.get());
    QCOMPARE(s.total, 3);
    QCOMPARE(s.succeeded + s.alreadyUnderWay, 3);
    QCOMPARE(s.failed, 0);
    QCOMPARE(maxInFlight, 1);   // the write queue: one Cloud Identity mutation at a time
    // Deleting three others, one of which another admin deleted first: all three are gone, none failed.
    QVERIFY(waitWrite([&](auto cb) { backend->deleteEvent(toDelete.at(1), this, cb); }).ok());
    const BulkSummary d = runToEnd(&runner, BulkOperation::deleteEvents(toDelete), backend.get());
    QCOMPARE(d.failed, 0);
    QCOMPARE(d.succeeded, 2);
    QCOMPARE(d.alreadyDone, 1);
    QCOMPARE(d.outcome(1), BulkSummary::Outcome::AlreadyDone);
    QCOMPARE(d.appliedIds().size(), 3);
    QCOMPARE(maxInFlight, 1);
}

void TestBulkOperations::cancelWaitsForWritesInFlight()
{
    // Slow answers so that writes are on the wire when Cancel is pressed.
    SsoEnv env;
    QString error;
    QVERIFY2(startSso(&env, {"--dataset", "demo", "--latency-ms", "600"}, &error), qPrintable(error));
    QStringList ids = env.users.mid(0, 12);
    const QString before3 = ssoStatus(env, ids.at(3));
    const QString before11 = ssoStatus(env, ids.at(11));
    int sent = 0, answered = 0;
    connect(env.session->client(), &ApiClient::exchangeFinished, this, [&](const ExchangeRecord &r) {
        answered += r.action == QLatin1String("UpdateUserStatus");
    });
    BulkRunner runner;
    runner.setConcurrency(3);
    connect(&runner, &BulkRunner::itemStarted, this, [&] { ++sent; });
    BulkSummary summary;
    bool finished = false;
    int answeredAtFinish = -1;
    connect(&runner, &BulkRunner::finished, this, [&](const BulkSummary &s) {
        summary = s;
        finished = true;
        answeredAtFinish = answered;
    });
    runner.start(BulkOperation::setUsersEnabled(ids, false), env.backend.get());
    QTRY_COMPARE_WITH_TIMEOUT(runner.inFlight(), 3, 10000);
    QCOMPARE(answered, 0);
    runner.cancel();
    // Cancel does not abandon the three writes on the wire: the batch is still running, waiting for them.
    QVERIFY(runner.isCancelling());
    QVERIFY(!finished);
    QCOMPARE(runner.inFlight(), 3);
    QTRY_VERIFY_WITH_TIMEOUT(finished, 20000);
    QCOMPARE(sent, 3);                  // nothing new after cancel
    QCOMPARE(answeredAtFinish, 3);      // finished only once the three writes had answered
    QVERIFY(summary.wasCancelled);
    QCOMPARE(summary.succeeded, 3);     // their outcome is known and reported
    QCOMPARE(summary.cancelled, 9);
    QCOMPARE(summary.failed, 0);
    for (int i = 0; i < 12; ++i)
        QCOMPARE(summary.outcome(i), i < 3 ? BulkSummary::Outcome::Succeeded : BulkSummary::Outcome::Cancelled);
    QCOMPARE(ssoStatus(env, ids.at(0)), QStringLiteral("Disabled"));
    QCOMPARE(ssoStatus(env, ids.at(2)), QStringLiteral("Disabled"));
    QCOMPARE(ssoStatus(env, ids.at(3)), before3);     // never sent
    QCOMPARE(ssoStatus(env, ids.at(11)), before11);
}

void TestBulkOperations::cancelCloudIdentityWithWriteOnWire()
{
    EmulatorFixture emu({"--dataset", "demo", "--latency-ms", "500"});
    QString error;
    QVERIFY2(emu.start(&error), qPrintable(error));
    auto session = emulatorSession(emu, QStringLiteral("bulk-ci-cancel"), Profile::Provider::Volcengine, QStringLiteral("cloudidentity"));
    std::unique_ptr<DirectoryBackend> backend(DirectoryBackend::create(session.get()));
    const auto page = waitPage<ProvisioningEvent>([&](auto cb) { backend->listEvents({}, {}, 100, this, cb); });
    QVERIFY(page.items.size() >= 5);
    const QList<ProvisioningEvent> events = page.items.mid(0, 5);
    int sent = 0;
    connect(session->client(), &ApiClient::exchangeFinished, this, [&](const ExchangeRecord &r) {
        sent += r.action == QLatin1String("DeleteUserProvisioningEvent");
    });
    BulkRunner runner;
    bool finished = false;
    BulkSummary s;
    connect(&runner, &BulkRunner::finished, this, [&](const BulkSummary &summary) {
        s = summary;
        finished = true;
    });
    runner.start(BulkOperation::deleteEvents(events), backend.get());
    // The first delete is on the wire (the others wait in the write queue): cancel now.
    CloudIdentityWriteQueue *queue = CloudIdentityWriteQueue::forClient(session->client());
    QTRY_VERIFY_WITH_TIMEOUT(session->client()->inFlight() == 1, 10000);
    QTest::qWait(100);
    runner.cancel();
    QVERIFY(!finished);
    QTRY_VERIFY_WITH_TIMEOUT(finished, 20000);
    QCOMPARE(sent, 1);
    QCOMPARE(s.succeeded, 1);
    QCOMPARE(s.cancelled, 4);
    QCOMPARE(s.failed, 0);
    QCOMPARE(queue->queued(), 0);
    // The server agrees: exactly one event is gone.
    const auto after = waitPage<ProvisioningEvent>([&](auto cb) { backend->listEvents({}, {}, 100, this, cb); });
    QSet<QString> left;
    for (const ProvisioningEvent &e : after.items)
        left.insert(e.id);
    int gone = 0;
    for (const ProvisioningEvent &e : events)
        gone += !left.contains(e.id);
    QCOMPARE(gone, 1);
}

void TestBulkOperations::throttledBatchSlowsDown()
{
    SsoEnv env;
    QString error;
    QVERIFY2(startSso(&env, {"--dataset", "demo", "--throttle-qps", "4"}, &error), qPrintable(error));
    // No client-side retries or pacing: every throttle reaches the runner, which must re-send and slow down.
    env.session->client()->setMaxAttempts(1);
    env.session->client()->setAdaptiveRateLimiting(false);
    const QStringList ids = env.users.mid(0, 30);
    int throttled = 0;
    connect(env.session->client(), &ApiClient::exchangeFinished, this, [&](const ExchangeRecord &r) {
        throttled += r.errorCode.startsWith(QLatin1String("Throttling"));
    });
    BulkRunner runner;
    runner.setConcurrency(8);
    QSignalSpy requeued(&runner, &BulkRunner::itemRequeued);
    QElapsedTimer t;
    t.start();
    const BulkSummary s = runToEnd(&runner, BulkOperation::setUsersEnabled(ids, false), env.backend.get());
    qInfo("30 typed writes at --throttle-qps 4: %.1f s, %d throttled answers, %d requeues, concurrency down to %d",
          t.elapsed() / 1000.0, throttled, s.requeued, s.minConcurrency);
    QCOMPARE(s.failed, 0);
    QCOMPARE(s.succeeded, 30);
    QVERIFY(throttled > 0);
    QCOMPARE(s.requeued, int(requeued.count()));
    QVERIFY(s.requeued > 0);
    QVERIFY(s.minConcurrency < 8);
    QVERIFY(s.text().contains(QStringLiteral("throttled")));
    // The check reads through the same throttled key: let the client retry it (the batch is over).
    env.session->client()->setMaxAttempts(6);
    env.session->client()->setAdaptiveRateLimiting(true);
    QCOMPARE(ssoStatus(env, ids.last()), QStringLiteral("Disabled"));
}

void TestBulkOperations::poolsEnableAndDelete()
{
    EmulatorFixture emu({"--dataset", "demo"});
    QString error;
    QVERIFY2(emu.start(&error), qPrintable(error));
    ApiClient client;
    client.setCredentials({emu.accessKey(), emu.secret(), QString()});
    client.setEndpoint(Service::Id, emu.endpoint());
    UserPoolService service(&client);
    QList<UserPool> pools;
    bool listed = false;
    service.listUserPools(this, [&](const QList<UserPool> &p, const ApiResult &r) {
        QVERIFY2(r.ok, qPrintable(r.error.toString()));
        pools = p;
        listed = true;
    });
    QTRY_VERIFY_WITH_TIMEOUT(listed, 20000);
    QVERIFY(pools.size() >= 3);
    const QString missing = QStringLiteral("up-doesnotexist");
    BulkRunner runner;
    const BulkSummary s = runToEnd(&runner, BulkOperation::setPoolsEnabled({pools.at(0).uid, missing, pools.at(1).uid}, false), &service);
    QCOMPARE(s.succeeded, 2);
    QCOMPARE(s.failed, 1);   // disabling a missing pool is a failure, with its code and RequestId
    QCOMPARE(s.failures.first().index, 1);
    QVERIFY(!s.failures.first().requestId.isEmpty());
    QVERIFY(s.failures.first().error.isNotFound());
    for (int i : {0, 1}) {
        UserPool fresh;
        bool got = false;
        service.getUserPool(pools.at(i).uid, this, [&](const UserPool &p, const ApiResult &) {
            fresh = p;
            got = true;
        });
        QTRY_VERIFY(got);
        QCOMPARE(fresh.enabled, std::optional<bool>(false));
    }
    const BulkSummary d = runToEnd(&runner, BulkOperation::deletePools({pools.at(2).uid, missing}), &service);
    QCOMPARE(d.succeeded, 1);
    QCOMPARE(d.alreadyDone, 1);   // deleting a pool that is not there: already done
    QCOMPARE(d.failed, 0);
    QCOMPARE(d.appliedIds(), (QStringList{pools.at(2).uid, missing}));
}

QTEST_GUILESS_MAIN(TestBulkOperations)
#include "tst_bulkoperations.moc"
