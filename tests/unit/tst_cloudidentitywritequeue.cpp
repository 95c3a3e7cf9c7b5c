// SPDX-License-Identifier: GPL-3.0-or-later
// Cloud Identity writes: one at a time, in order; ConcurrentException / throttling retried after 1 s, 2 s, 4 s;
// ambiguous writes never repeated; cancel while queued / on the wire; the owner's death.
#include "api/ApiClient.h"
#include "cloud/CloudIdentityBackend.h"
#include "cloud/CloudIdentityWriteQueue.h"
#include "ScriptedHttpServer.h"
#include "cloud/Session.h"

#include <QPointer>
#include <QtTest>

using Resp = ScriptedHttpServer::Response;

namespace {
QJsonObject volcOk(const QJsonObject &result, const QString &requestId)
{
    return {{QStringLiteral("ResponseMetadata"),
             QJsonObject{{QStringLiteral("RequestId"), requestId}, {QStringLiteral("Service"), QStringLiteral("cloudidentity")}}},
            {QStringLiteral("Result"), result}};
}

QJsonObject volcError(const QString &code, const QString &message, const QString &requestId)
{
    return {{QStringLiteral("ResponseMetadata"),
             QJsonObject{{QStringLiteral("RequestId"), requestId},
                         {QStringLiteral("Error"), QJsonObject{{QStringLiteral("Code"), code}, {QStringLiteral("Message"), message}}}}}};
}

Resp ok(int delayMs = 0)
{
    Resp r = Resp::json(200, volcOk({}, QStringLiteral("REQ-OK")));
    r.delayMs = delayMs;
    return r;
}

Resp concurrent()
{
    return Resp::json(400, volcError(QStringLiteral("ConcurrentException"), QStringLiteral("Concurrent request exception"),
                                     QStringLiteral("REQ-CONC")));
}

struct Outcome
{
    bool done = false;
    ApiResult result;
};

// Connects a handle's finished() to an Outcome.
void track(ApiCall *call, Outcome *o, QObject *context)
{
    QObject::connect(call, &ApiCall::finished, context, [o](const ApiResult &r) {
        o->done = true;
        o->result = r;
    });
}
} // namespace

class TestCloudIdentityWriteQueue : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void oneAtATimeInOrder();
    void concurrentExceptionRetriedWithBackoff();
    void givesUpAfterThreeRetries();
    void throttlingHonoursRetryAfter();
    void ambiguousWriteNeverRepeated();
    void conflictNotRetried();
    void cancelWhileQueued();
    void cancelOnWireIsAmbiguous();
    void ownerDestroyedWhileQueued();
    void backendWritesAreSerialized();

private:
    ScriptedHttpServer *m_server = nullptr;
    ApiClient *m_client = nullptr;
};

void TestCloudIdentityWriteQueue::init()
{
    m_server = new ScriptedHttpServer;
    QVERIFY(m_server->listen());
    m_client = new ApiClient;
    m_client->setCredentials({QStringLiteral("AKLTtest"), QStringLiteral("secret"), QString()});
    m_client->setEndpoint(Service::CloudIdentity, m_server->url());
}

void TestCloudIdentityWriteQueue::cleanup()
{
    delete m_client;
    m_client = nullptr;
    delete m_server;
    m_server = nullptr;
}

void TestCloudIdentityWriteQueue::oneAtATimeInOrder()
{
    m_server->setHandler([](const ScriptedHttpServer::Request &) { return ok(80); });
    auto *queue = CloudIdentityWriteQueue::forClient(m_client);
    QCOMPARE(CloudIdentityWriteQueue::forClient(m_client), queue); // one per client
    QList<Outcome> outcomes(5);
    for (int i = 0; i < 5; ++i)
        track(queue->submit(QStringLiteral("UpdateUser"), {{"UserId", QString::number(i)}}, this), &outcomes[i], this);
    QTRY_VERIFY_WITH_TIMEOUT(std::all_of(outcomes.begin(), outcomes.end(), [](const Outcome &o) { return o.done; }), 10000);
    for (const Outcome &o : outcomes)
        QVERIFY2(o.result.ok, qPrintable(o.result.error.toString()));
    QCOMPARE(m_server->requestCount(), 5);
    QCOMPARE(m_server->maxInFlight(), 1);
    for (int i = 0; i < 5; ++i)
        QCOMPARE(m_server->request(i).jsonBody().value("UserId").toString(), QString::number(i));

    // The same writes sent straight through the client overlap: what the queue prevents.
    QList<Outcome> direct(5);
    for (int i = 0; i < 5; ++i)
        track(m_client->call(Service::CloudIdentity, QStringLiteral("UpdateUser"), {{"UserId", QString::number(i)}}),
              &direct[i], this);
    QTRY_VERIFY_WITH_TIMEOUT(std::all_of(direct.begin(), direct.end(), [](const Outcome &o) { return o.done; }), 10000);
    QVERIFY(m_server->maxInFlight() > 1);
}

void TestCloudIdentityWriteQueue::concurrentExceptionRetriedWithBackoff()
{
    m_server->enqueue({concurrent(), concurrent(), ok()});
    Outcome o;
    QSignalSpy finished(CloudIdentityWriteQueue::forClient(m_client), &CloudIdentityWriteQueue::writeFinished);
    track(CloudIdentityWriteQueue::forClient(m_client)->submit(QStringLiteral("CreateUser"), {{"UserName", "a"}}, this), &o, this);
    QTRY_VERIFY_WITH_TIMEOUT(o.done, 15000);
    QVERIFY2(o.result.ok, qPrintable(o.result.error.toString()));
    QCOMPARE(o.result.attempts, 3);
    QCOMPARE(m_server->requestCount(), 3);
    const qint64 gap1 = m_server->request(1).receivedAtMs - m_server->request(0).receivedAtMs;
    const qint64 gap2 = m_server->request(2).receivedAtMs - m_server->request(1).receivedAtMs;
    qInfo("ConcurrentException backoff: %lld ms, then %lld ms", gap1, gap2);
    QVERIFY2(gap1 >= 950 && gap1 < 1900, qPrintable(QString::number(gap1)));
    QVERIFY2(gap2 >= 1950 && gap2 < 3500, qPrintable(QString::number(gap2)));
    QCOMPARE(finished.count(), 1);
}

void TestCloudIdentityWriteQueue::givesUpAfterThreeRetries()
{
    auto *queue = CloudIdentityWriteQueue::forClient(m_client);
    QCOMPARE(queue->retryDelays(), (QList<int>{1000, 2000, 4000}));
    queue->setRetryDelays({20, 40, 80});
    m_server->setHandler([](const ScriptedHttpServer::Request &) { return concurrent(); });
    Outcome o;
    track(queue->submit(QStringLiteral("DeleteUser"), {{"UserId", "1"}}, this), &o, this);
    QTRY_VERIFY_WITH_TIMEOUT(o.done, 5000);
    QVERIFY(!o.result.ok);
    QCOMPARE(o.result.error.code, QStringLiteral("ConcurrentException"));
    QCOMPARE(o.result.error.requestId, QStringLiteral("REQ-CONC"));
    QCOMPARE(o.result.attempts, 4);
    QCOMPARE(m_server->requestCount(), 4);
}

void TestCloudIdentityWriteQueue::throttlingHonoursRetryAfter()
{
    auto *queue = CloudIdentityWriteQueue::forClient(m_client);
    queue->setRetryDelays({20, 40, 80});
    Resp throttled = Resp::json(429, volcError(QStringLiteral("Throttling"), QStringLiteral("slow down"), QStringLiteral("REQ-T")));
    throttled.withHeader("Retry-After", "2");
    m_server->enqueue({throttled, ok()});
    Outcome o;
    track(queue->submit(QStringLiteral("CreateGroup"), {{"GroupName", "g"}}, this), &o, this);
    QTRY_VERIFY_WITH_TIMEOUT(o.done, 10000);
    QVERIFY(o.result.ok);
    const qint64 gap = m_server->request(1).receivedAtMs - m_server->request(0).receivedAtMs;
    QVERIFY2(gap >= 1950, qPrintable(QString::number(gap)));
}

void TestCloudIdentityWriteQueue::ambiguousWriteNeverRepeated()
{
    m_server->enqueue(Resp::drop());
    m_server->setHandler([](const ScriptedHttpServer::Request &) { return ok(); });
    Outcome o;
    track(CloudIdentityWriteQueue::forClient(m_client)->submit(QStringLiteral("CreateUser"), {{"UserName", "a"}}, this), &o,
          this);
    QTRY_VERIFY_WITH_TIMEOUT(o.done, 10000);
    QVERIFY(!o.result.ok);
    QVERIFY2(o.result.error.ambiguous, qPrintable(o.result.error.toString()));
    QTest::qWait(1500);
    QCOMPARE(m_server->requestCount(), 1);
}

void TestCloudIdentityWriteQueue::conflictNotRetried()
{
    m_server->enqueue(Resp::json(409, volcError(QStringLiteral("GroupAlreadyExists"), QStringLiteral("用户组 g 已经存在"),
                                                QStringLiteral("REQ-409"))));
    m_server->setHandler([](const ScriptedHttpServer::Request &) { return ok(); });
    Outcome o;
    track(CloudIdentityWriteQueue::forClient(m_client)->submit(QStringLiteral("CreateGroup"), {{"GroupName", "g"}}, this), &o,
          this);
    QTRY_VERIFY_WITH_TIMEOUT(o.done, 5000);
    QCOMPARE(o.result.error.code, QStringLiteral("GroupAlreadyExists"));
    QCOMPARE(o.result.error.requestId, QStringLiteral("REQ-409"));
    QTest::qWait(300);
    QCOMPARE(m_server->requestCount(), 1);
}

void TestCloudIdentityWriteQueue::cancelWhileQueued()
{
    m_server->setHandler([](const ScriptedHttpServer::Request &) { return ok(300); });
    auto *queue = CloudIdentityWriteQueue::forClient(m_client);
    Outcome a, b, c;
    ApiCall *ha = queue->submit(QStringLiteral("UpdateUser"), {{"UserId", "a"}}, this);
    ApiCall *hb = queue->submit(QStringLiteral("UpdateUser"), {{"UserId", "b"}}, this);
    ApiCall *hc = queue->submit(QStringLiteral("UpdateUser"), {{"UserId", "c"}}, this);
    track(ha, &a, this);
    track(hb, &b, this);
    track(hc, &c, this);
    QVERIFY(m_server->waitForRequests(1));
    QVERIFY(queue->isOnWire(ha));
    QVERIFY(!queue->cancelIfNotSent(ha)); // being sent: left alone
    QVERIFY(queue->cancelIfNotSent(hc));  // still queued: cancelled cleanly
    QTRY_VERIFY(c.done);
    QCOMPARE(c.result.error.kind, ApiError::Kind::Cancelled);
    QVERIFY(!c.result.error.ambiguous);
    QTRY_VERIFY_WITH_TIMEOUT(a.done && b.done, 5000);
    QVERIFY(a.result.ok);
    QVERIFY(b.result.ok);
    QTest::qWait(400);
    QCOMPARE(m_server->requestCount(), 2);
    QCOMPARE(m_server->request(1).jsonBody().value("UserId").toString(), QStringLiteral("b"));
    QCOMPARE(queue->queued(), 0);
}

void TestCloudIdentityWriteQueue::cancelOnWireIsAmbiguous()
{
    m_server->enqueue(Resp::hang());
    m_server->setHandler([](const ScriptedHttpServer::Request &) { return ok(); });
    auto *queue = CloudIdentityWriteQueue::forClient(m_client);
    Outcome a, b;
    ApiCall *ha = queue->submit(QStringLiteral("DeleteGroup"), {{"GroupId", "1"}}, this);
    track(ha, &a, this);
    track(queue->submit(QStringLiteral("DeleteGroup"), {{"GroupId", "2"}}, this), &b, this);
    QVERIFY(m_server->waitForRequests(1));
    ha->cancel();
    QTRY_VERIFY(a.done);
    QCOMPARE(a.result.error.kind, ApiError::Kind::Cancelled);
    QVERIFY(a.result.error.ambiguous); // it reached the server: it may have happened
    QTRY_VERIFY_WITH_TIMEOUT(b.done, 5000);
    QVERIFY(b.result.ok);
    QCOMPARE(m_server->requestCount(), 2);
}

void TestCloudIdentityWriteQueue::ownerDestroyedWhileQueued()
{
    m_server->setHandler([](const ScriptedHttpServer::Request &) { return ok(200); });
    auto *queue = CloudIdentityWriteQueue::forClient(m_client);
    auto *owner = new QObject;
    bool ownerCalled = false;
    Outcome first, last;
    track(queue->submit(QStringLiteral("UpdateUser"), {{"UserId", "1"}}, this), &first, this);
    ApiCall *owned = queue->submit(QStringLiteral("UpdateUser"), {{"UserId", "2"}}, owner);
    connect(owned, &ApiCall::finished, owner, [&ownerCalled] { ownerCalled = true; });
    track(queue->submit(QStringLiteral("UpdateUser"), {{"UserId", "3"}}, this), &last, this);
    QVERIFY(m_server->waitForRequests(1));
    delete owner;
    QTRY_VERIFY_WITH_TIMEOUT(first.done && last.done, 5000);
    QVERIFY(!ownerCalled);
    QTest::qWait(300);
    QCOMPARE(m_server->requestCount(), 2);
    QCOMPARE(m_server->request(1).jsonBody().value("UserId").toString(), QStringLiteral("3"));
}

void TestCloudIdentityWriteQueue::backendWritesAreSerialized()
{
    m_server->setHandler([](const ScriptedHttpServer::Request &r) {
        if (r.target.contains("Action=CreateUser"))
            return Resp::json(200, volcOk({{"UserId", "9"}, {"UserName", r.jsonBody().value("UserName")}}, "REQ-C"))
                .delayed(60);
        return ok(60);
    });
    Profile profile;
    profile.name = QStringLiteral("t");
    profile.provider = Profile::Provider::Volcengine;
    profile.accessKeyId = QStringLiteral("AKLTtest");
    profile.endpoints.insert(QStringLiteral("cloudidentity"), m_server->url().toString());
    Session session(profile, {QStringLiteral("AKLTtest"), QStringLiteral("secret"), QString()});
    std::unique_ptr<DirectoryBackend> backend(DirectoryBackend::create(&session));
    QCOMPARE(backend->serviceName(), QStringLiteral("cloudidentity"));
    int done = 0;
    QList<WriteResult> results;
    auto cb = [&](const WriteResult &w) {
        ++done;
        results << w;
    };
    UserDraft d;
    d.userName = QStringLiteral("new.user");
    QVERIFY(backend->createUser(d, this, cb));
    UserDraft change;   // updates send only the changed fields (an edit with nothing changed sends nothing)
    change.displayName = QStringLiteral("New Name");
    change.changed.insert(QStringLiteral("displayName"));
    QVERIFY(backend->updateUser(QStringLiteral("1"), change, this, cb));
    QVERIFY(backend->addMember(QStringLiteral("5"), QStringLiteral("1"), this, cb));
    QVERIFY(backend->resetPassword(QStringLiteral("1"), QString(), true, this, cb));
    QVERIFY(backend->deleteUser(QStringLiteral("1"), this, cb));
    QTRY_COMPARE_WITH_TIMEOUT(done, 5, 5000);
    QCOMPARE(m_server->maxInFlight(), 1);
    QCOMPARE(results.first().result.value("UserName").toString(), QStringLiteral("new.user"));
    const QStringList order = {"CreateUser", "UpdateUser", "AddUserToGroup", "ResetPassword", "DeleteUser"};
    for (int i = 0; i < order.size(); ++i)
        QVERIFY2(m_server->request(i).target.contains(("Action=" + order.at(i)).toUtf8()), m_server->request(i).target.constData());
    // Refused before sending: nullptr, callback still runs once, asynchronously.
    UserDraft bad;
    bool refused = false;
    QCOMPARE(backend->createUser(bad, this, [&](const WriteResult &w) {
        refused = true;
        QCOMPARE(w.error.kind, ApiError::Kind::InvalidInput);
        QCOMPARE(backend->fieldForError(w.error), QStringLiteral("userName"));
    }), nullptr);
    QVERIFY(!refused);
    QTRY_VERIFY(refused);
    QCOMPARE(m_server->requestCount(), 5);
}

QTEST_GUILESS_MAIN(TestCloudIdentityWriteQueue)
#include "tst_cloudidentitywritequeue.moc"
