// SPDX-License-Identifier: GPL-3.0-or-later
// Typed bulk operations without a network: what each kind targets, how an item's result counts in the one
// BulkSummary (UserProvisionEventRetryConflict = already under way, "not found" on a delete = already done),
// the summary's text; then the one runner on a scripted Cloud Identity server: a retry batch where one event is
// already being retried, one is gone and one is refused before sending; and verified creates (the import's kind):
// an unknown create outcome is settled by the item's look-up, never by sending blindly again.
#include "api/ApiClient.h"
#include "cloud/BulkOperation.h"
#include "cloud/BulkRunner.h"
#include "cloud/CloudIdentityBackend.h"
#include "cloud/PoolDirectoryService.h"
#include "cloud/RawCallTarget.h"
#include "cloud/Session.h"
#include "Envelopes.h"
#include "ScriptedHttpServer.h"

#include <QtTest>
#include <memory>

using Resp = ScriptedHttpServer::Response;

namespace {
ApiResult failure(const QString &code, int status = 400, bool ambiguous = false,
                  ApiError::Kind kind = ApiError::Kind::Api)
{
    ApiResult r;
    r.error = ApiError::make(kind, code, QStringLiteral("message of ") + code);
    r.error.httpStatus = status;
    r.error.ambiguous = ambiguous;
    r.error.requestId = QStringLiteral("REQ-") + code;
    return r;
}

ApiResult success()
{
    ApiResult r;
    r.ok = true;
    r.requestId = QStringLiteral("REQ-OK");
    return r;
}

ProvisioningEvent makeEvent(const QString &id)
{
    ProvisioningEvent e;
    e.id = id;
    e.provisioningId = QStringLiteral("prov-") + id;
    return e;
}
} // namespace

class TestBulkOperation : public QObject
{
    Q_OBJECT
private slots:
    void kindsAndTargets();
    void outcomes();
    void summaryText();
    void rawTargetRefusesTypedOperations();
    void runnerCountsAlreadyUnderWay();
    void runnerSettlesUnknownCreatesByLookup();
    void poolUserDeletesAreBatchesWithPerItemOutcomes();
    void poolUserDeleteBatchThrottledIsSentAgainWhole();
};

void TestBulkOperation::kindsAndTargets()
{
    const BulkOperation retry = BulkOperation::retryEvents({makeEvent("e1"), makeEvent("e2")}, QStringLiteral("KeepBoth"));
    QCOMPARE(retry.kind(), BulkOperation::Kind::RetryEvents);
    QCOMPARE(retry.size(), 2);
    QCOMPARE(retry.targetIds(), (QStringList{"e1", "e2"}));
    QCOMPARE(retry.strategy(), QStringLiteral("KeepBoth"));
    QVERIFY(!retry.removesTargets());
    const BulkOperation members = BulkOperation::removeMembers(QStringLiteral("g1"), {"u1", "u2", "u3"});
    QCOMPARE(members.groupId(), QStringLiteral("g1"));
    QCOMPARE(members.size(), 3);
    QCOMPARE(members.targetId(2), QStringLiteral("u3"));
    QVERIFY(members.removesTargets());
    QVERIFY(BulkOperation::deleteUsers({"u"}).removesTargets());
    QVERIFY(BulkOperation::deleteGroups({"g"}).removesTargets());
    QVERIFY(BulkOperation::deleteEvents({makeEvent("e")}).removesTargets());
    QVERIFY(BulkOperation::deletePools({"p"}).removesTargets());
    QVERIFY(!BulkOperation::setUsersEnabled({"u"}, true).removesTargets());
    QVERIFY(!BulkOperation::setPoolsEnabled({"p"}, false).removesTargets());
    QVERIFY(BulkOperation::setPoolsEnabled({"p"}, true).enabled());
    const BulkOperation raw = BulkOperation::rawCalls({{"GetUser", {{"UserId", "u"}}}});
    QCOMPARE(raw.size(), 1);
    QCOMPARE(raw.rawCall(0).first, QStringLiteral("GetUser"));
    QCOMPARE(raw.targetId(0), QString());
    QVERIFY(BulkOperation().isEmpty());
}

void TestBulkOperation::outcomes()
{
    using O = BulkSummary::Outcome;
    const BulkOperation retry = BulkOperation::retryEvents({makeEvent("e1")});
    const BulkOperation del = BulkOperation::deleteUsers({"u1"});
    QCOMPARE(retry.outcomeOf(success()), O::Succeeded);
    // A retry already running is not a failure, whatever the kind (the CLI sends it as a raw call).
    QCOMPARE(retry.outcomeOf(failure("UserProvisionEventRetryConflict", 409)), O::AlreadyUnderWay);
    QCOMPARE(BulkOperation::rawCalls({}).outcomeOf(failure("UserProvisionEventRetryConflict", 409)), O::AlreadyUnderWay);
    // Not found: already done for a delete, a failure for a retry or an update.
    QCOMPARE(del.outcomeOf(failure("EntityNotExists.User", 404)), O::AlreadyDone);
    QCOMPARE(BulkOperation::deleteEvents({makeEvent("e")}).outcomeOf(failure("UserProvisionEventNotFound", 404)), O::AlreadyDone);
    QCOMPARE(retry.outcomeOf(failure("UserProvisionEventNotFound", 404)), O::Failed);
    QCOMPARE(BulkOperation::setUsersEnabled({"u"}, true).outcomeOf(failure("EntityNotExists.User", 404)), O::Failed);
    // Cancelled before sending vs. cancelled on the wire (may have happened: a failure to check).
    QCOMPARE(del.outcomeOf(failure("Cancelled", 0, false, ApiError::Kind::Cancelled)), O::Cancelled);
    QCOMPARE(del.outcomeOf(failure("Cancelled", 0, true, ApiError::Kind::Cancelled)), O::Failed);
    QCOMPARE(del.outcomeOf(failure("InternalError", 500)), O::Failed);
}

void TestBulkOperation::summaryText()
{
    BulkSummary s;
    s.total = 4;
    s.succeeded = 1;
    s.failed = 1;
    s.alreadyUnderWay = 1;
    s.alreadyDone = 1;
    s.ids = {"a", "b", "c", "d"};
    s.outcomes = {BulkSummary::Outcome::Succeeded, BulkSummary::Outcome::AlreadyUnderWay, BulkSummary::Outcome::Failed,
                  BulkSummary::Outcome::AlreadyDone};
    BulkSummary::Failure under;
    under.index = 1;
    under.code = QStringLiteral("UserProvisionEventRetryConflict");
    under.message = QStringLiteral("task already exists");
    under.requestId = QStringLiteral("REQ-UNDER");
    s.notes << under;
    BulkSummary::Failure gone = under;
    gone.index = 3;
    gone.code = QStringLiteral("EntityNotExists.User");
    gone.requestId = QStringLiteral("REQ-GONE");
    s.notes << gone;
    BulkSummary::Failure bad = under;
    bad.index = 2;
    bad.code = QStringLiteral("InternalError");
    bad.requestId = QStringLiteral("REQ-BAD");
    bad.ambiguous = true;
    s.failures << bad;
    QCOMPARE(s.appliedIds(), (QStringList{"a", "d"}));
    const QString text = s.text({"alpha", "beta", "gamma", "delta"});
    QVERIFY2(text.contains(QStringLiteral("1 of 4 succeeded, 1 failed, 0 cancelled")), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("1 item(s) already under way")));
    QVERIFY(text.contains(QStringLiteral("Already under way:\nbeta: UserProvisionEventRetryConflict")));
    QVERIFY(text.contains(QStringLiteral("(RequestId REQ-UNDER)")));
    QVERIFY(text.contains(QStringLiteral("Already done:\ndelta: EntityNotExists.User")));
    QVERIFY(text.contains(QStringLiteral("Failures:\ngamma: InternalError")));
    QVERIFY(text.contains(QStringLiteral("outcome unknown")));
    // The under-way item is not listed among the failures.
    const QString failures = text.mid(text.indexOf(QStringLiteral("Failures:")), text.indexOf(QStringLiteral("Already under way:")) - text.indexOf(QStringLiteral("Failures:")));
    QVERIFY(!failures.contains(QStringLiteral("beta")));
}

void TestBulkOperation::rawTargetRefusesTypedOperations()
{
    ApiClient client;
    RawCallTarget target(&client, Service::CloudSso);
    const BulkTarget::Request typed = target.bulkRequest(BulkOperation::deleteUsers({"u1"}), 0);
    QVERIFY(typed.refused());
    QCOMPARE(typed.refusal.code, QStringLiteral("NotSupported"));
    const BulkTarget::Request empty = target.bulkRequest(BulkOperation::rawCalls({{QString(), {}}}), 0);
    QCOMPARE(empty.refusal.code, QStringLiteral("InvalidInput"));
    const BulkTarget::Request raw = target.bulkRequest(BulkOperation::rawCalls({{"GetUser", {{"UserId", "u"}}}}), 0);
    QVERIFY(!raw.refused());
    QCOMPARE(raw.action, QStringLiteral("GetUser"));
    QCOMPARE(raw.params.value("UserId").toString(), QStringLiteral("u"));
}

void TestBulkOperation::runnerCountsAlreadyUnderWay()
{
    ScriptedHttpServer server;
    QVERIFY(server.listen());
    server.setHandler([](const ScriptedHttpServer::Request &r) {
        const QString id = r.jsonBody().value("UserProvisioningEventId").toString();
        if (id == QLatin1String("busy"))
            return Resp::json(409, Envelopes::volcError(QStringLiteral("UserProvisionEventRetryConflict"),
                                                        QStringLiteral("User provision event retry task already exists"),
                                                        QStringLiteral("REQ-BUSY")));
        if (id == QLatin1String("gone"))
            return Resp::json(404, Envelopes::volcError(QStringLiteral("UserProvisionEventNotFound"),
                                                        QStringLiteral("not found"), QStringLiteral("REQ-GONE")));
        return Resp::json(200, Envelopes::volcOk({}, QStringLiteral("REQ-OK-") + id));
    });
    Profile profile;
    profile.name = QStringLiteral("t");
    profile.provider = Profile::Provider::Volcengine;
    profile.accessKeyId = QStringLiteral("AKLTtest");
    profile.endpoints.insert(QStringLiteral("cloudidentity"), server.url().toString());
    Session session(profile, {QStringLiteral("AKLTtest"), QStringLiteral("secret"), QString()});
    std::unique_ptr<DirectoryBackend> backend(DirectoryBackend::create(&session));
    const BulkOperation op = BulkOperation::retryEvents({makeEvent("e1"), makeEvent("busy"), makeEvent("gone"), makeEvent(QString()), makeEvent("e2")});
    BulkRunner runner;
    QSignalSpy finished(&runner, &BulkRunner::finished);
    runner.start(op, backend.get());
    QVERIFY(finished.wait(20000));
    const BulkSummary s = finished.first().first().value<BulkSummary>();
    QCOMPARE(s.total, 5);
    QCOMPARE(s.succeeded, 2);
    QCOMPARE(s.alreadyUnderWay, 1);
    QCOMPARE(s.failed, 2);             // gone (a retry of a missing event fails) and the refused empty id
    QCOMPARE(s.alreadyDone, 0);
    QCOMPARE(s.outcome(1), BulkSummary::Outcome::AlreadyUnderWay);
    QCOMPARE(s.notes.size(), 1);
    QCOMPARE(s.notes.first().requestId, QStringLiteral("REQ-BUSY"));
    QCOMPARE(s.failures.size(), 2);
    QCOMPARE(s.failures.at(0).code, QStringLiteral("UserProvisionEventNotFound"));
    QCOMPARE(s.failures.at(1).code, QStringLiteral("MissingParameter"));
    QVERIFY(s.failures.at(1).requestId.isEmpty());
    QCOMPARE(server.requestCount(), 4);   // the refused item never reached the wire
    QCOMPARE(server.maxInFlight(), 1);    // Cloud Identity writes one at a time
    QVERIFY(s.text().contains(QStringLiteral("already under way")));
}

namespace {
// Creates "CreateUser {Name: key}" for each import item; its verifier answers from a script per key and counts.
class VerifyingTarget : public BulkTarget
{
public:
    ApiClient *client = nullptr;
    mutable QHash<QString, QList<Verification::Result>> script;
    mutable QHash<QString, int> lookups;
    ApiClient *bulkClient() const override { return client; }
    Service bulkService() const override { return Service::Id; }
    Request bulkRequest(const BulkOperation &op, int index) const override
    {
        Request r;
        r.action = QStringLiteral("CreateUser");
        const QString key = op.importItem(index).key;
        r.params = {{QStringLiteral("UserPoolUid"), QStringLiteral("p")}, {QStringLiteral("PreferredUsername"), key}};
        r.verify = [this, key](QObject *context, std::function<void(const Verification &)> done) {
            ++lookups[key];
            Verification v;
            v.result = script[key].isEmpty() ? Verification::Result::Failed : script[key].takeFirst();
            v.calls = 1;
            if (v.result == Verification::Result::Found)
                v.object = {{QStringLiteral("Uid"), QStringLiteral("uid-") + key}};
            if (v.result == Verification::Result::Failed)
                v.error = ApiError::make(ApiError::Kind::Network, QStringLiteral("LookupDown"), QStringLiteral("look-up failed"));
            QTimer::singleShot(5, context, [done, v] { done(v); });
        };
        return r;
    }
};
} // namespace

void TestBulkOperation::runnerSettlesUnknownCreatesByLookup()
{
    // ok: created at once. found: the answer is lost (reset), the look-up finds it. again: lost, not found, sent
    // again, created. down: lost, the look-up fails (ambiguous, never re-sent). late: lost, not found, sent again
    // and refused "Duplicated" (the first arrived late), looked up again: found.
    QHash<QString, int> creates;
    ScriptedHttpServer server;
    QVERIFY(server.listen());
    server.setHandler([&creates](const ScriptedHttpServer::Request &r) {
        const QString key = r.jsonBody().value("PreferredUsername").toString();
        const int n = ++creates[key];
        if (key == QLatin1String("ok") || (key == QLatin1String("again") && n == 2))
            return Resp::json(200, Envelopes::volcOk({{QStringLiteral("Uid"), QStringLiteral("new-") + key}}, QStringLiteral("REQ-") + key));
        if (key == QLatin1String("late") && n == 2)
            return Resp::json(409, Envelopes::volcError(QStringLiteral("Duplicated"), QStringLiteral("exists"), QStringLiteral("REQ-DUP")));
        return Resp::reset();
    });
    ApiClient client;
    client.setCredentials(Credentials{QStringLiteral("AKLTtest"), QStringLiteral("secret"), QString()});
    client.setEndpoint(Service::Id, server.url());
    VerifyingTarget target;
    target.client = &client;
    using VR = BulkTarget::Verification::Result;
    target.script.insert(QStringLiteral("found"), {VR::Found});
    target.script.insert(QStringLiteral("again"), {VR::NotFound});
    target.script.insert(QStringLiteral("down"), {VR::Failed});
    target.script.insert(QStringLiteral("late"), {VR::NotFound, VR::Found});
    QList<BulkOperation::ImportItem> items;
    for (const char *k : {"ok", "found", "again", "down", "late"}) {
        BulkOperation::ImportItem item;
        item.key = QString::fromLatin1(k);
        items << item;
    }
    BulkRunner runner;
    runner.setVerifyDelay(1);
    QSignalSpy finished(&runner, &BulkRunner::finished);
    runner.start(BulkOperation::importUsers(items), &target);
    QVERIFY(finished.wait(30000));
    const BulkSummary s = finished.first().first().value<BulkSummary>();
    QCOMPARE(s.succeeded, 4);
    QCOMPARE(s.failed, 1);
    QCOMPARE(creates.value("ok"), 1);
    QCOMPARE(target.lookups.value("ok"), 0);
    QCOMPARE(creates.value("found"), 1);              // found: never sent again
    QVERIFY(runner.result(1).ok);
    QCOMPARE(runner.result(1).result.value("Uid").toString(), QStringLiteral("uid-found"));
    QVERIFY2(runner.note(1).contains(QStringLiteral("it exists")), qPrintable(runner.note(1)));
    QCOMPARE(creates.value("again"), 2);              // checked absent, then sent again
    QCOMPARE(runner.result(2).result.value("Uid").toString(), QStringLiteral("new-again"));
    QVERIFY2(runner.note(2).contains(QStringLiteral("created again")), qPrintable(runner.note(2)));
    QCOMPARE(creates.value("down"), 1);               // unknown and unchecked: reported, not re-sent
    QVERIFY(!runner.result(3).ok);
    QVERIFY(runner.result(3).error.ambiguous);
    QCOMPARE(s.failures.size(), 1);
    QVERIFY(s.failures.first().ambiguous);
    QCOMPARE(creates.value("late"), 2);               // the refusal was checked, not believed
    QCOMPARE(target.lookups.value("late"), 2);
    QVERIFY(runner.result(4).ok);
    QCOMPARE(runner.verifications(), 5);
}

void TestBulkOperation::poolUserDeletesAreBatchesWithPerItemOutcomes()
{
    // 250 users, u-7 given twice, plus an empty uid (refused alone, unsent): 251 accepted items -> 3 DeleteUsers
    // requests of 100, 100 and 51 items (the first sends 99 uids: u-7 once). The second (u-99..u-198) answers
    // HTTP 200 with per-item failures: u-120 in ErrorsStructured (Index 21), u-150 only in plain Errors[], u-198
    // not mentioned at all. The third (u-199..u-249) is reset after sending: its outcome is unknown, so each of its
    // 51 users is ambiguous and nothing is sent again.
    ScriptedHttpServer server;
    QVERIFY(server.listen());
    QList<QStringList> bodies;
    server.setHandler([&bodies](const ScriptedHttpServer::Request &r) {
        QStringList uids;
        for (const QJsonValue &v : r.jsonBody().value("UserUids").toArray())
            uids << v.toString();
        bodies << uids;
        if (r.jsonBody().value("UserPoolUid").toString() != QLatin1String("pool-1"))
            return Resp::json(400, Envelopes::volcError(QStringLiteral("InvalidParameter"), QStringLiteral("pool")));
        if (uids.contains(QStringLiteral("u-210")))
            return Resp::reset();
        QJsonArray ok, errors, structured;
        for (int i = 0; i < uids.size(); ++i) {
            const QString &uid = uids.at(i);
            if (uid == QLatin1String("u-120"))
                structured.append(QJsonObject{{"Index", i}, {"Field", "UserUids"}, {"Error", "user is protected"}});
            else if (uid == QLatin1String("u-150"))
                errors.append(QStringLiteral("cannot delete u-150: busy"));
            else if (uid != QLatin1String("u-198"))
                ok.append(uid);
        }
        if (!structured.isEmpty())
            errors.prepend(QStringLiteral("user is protected"));
        return Resp::json(200, Envelopes::volcOk({{"SuccessCount", ok.size()}, {"FailureCount", 2},
                                                  {"SuccessfulUids", ok}, {"Errors", errors},
                                                  {"ErrorsStructured", structured}},
                                                 QStringLiteral("REQ-DEL-%1").arg(bodies.size())));
    });
    ApiClient client;
    client.setCredentials(Credentials{QStringLiteral("AKLTtest"), QStringLiteral("secret"), QString()});
    client.setEndpoint(Service::Id, server.url());
    PoolDirectoryService service(&client);
    QStringList uids;
    for (int i = 0; i < 250; ++i)
        uids << QStringLiteral("u-%1").arg(i);
    uids.insert(8, QStringLiteral("u-7"));   // the same user twice
    uids.insert(60, QString());              // refused alone
    QCOMPARE(uids.size(), 252);
    const BulkOperation op = BulkOperation::deletePoolUsers(QStringLiteral("pool-1"), uids);
    QVERIFY(op.removesTargets());
    QCOMPARE(op.poolUid(), QStringLiteral("pool-1"));
    QCOMPARE(service.bulkBatchLimit(op), PoolDirectoryService::kMaxDeleteBatch);
    QCOMPARE(service.bulkBatchLimit(BulkOperation::deletePools({"p"})), 1);
    QVERIFY(service.bulkRequest(BulkOperation::deleteUsers({"u"}), 0).refused());   // not a pool-user operation

    BulkRunner runner;
    runner.setConcurrency(1);
    QSignalSpy finished(&runner, &BulkRunner::finished);
    QSignalSpy started(&runner, &BulkRunner::itemStarted);
    QSignalSpy done(&runner, &BulkRunner::itemFinished);
    runner.start(op, &service);
    QVERIFY(finished.wait(30000));
    QTest::qWait(200);   // nothing is re-sent later
    const BulkSummary s = finished.first().first().value<BulkSummary>();
    QCOMPARE(runner.requestsSent(), 3);
    QCOMPARE(server.requestCount(), 3);   // the reset batch was not sent again
    QCOMPARE(bodies.size(), 3);
    QCOMPARE(bodies.at(0).size(), 99);    // its 100 items hold u-7 twice: sent once
    QCOMPARE(bodies.at(0).count(QStringLiteral("u-7")), 1);
    QVERIFY(!bodies.at(0).contains(QString()));
    QCOMPARE(bodies.at(1).size(), 100);
    QCOMPARE(bodies.at(2).size(), 51);
    QCOMPARE(bodies.at(1).first(), QStringLiteral("u-99"));
    QCOMPARE(bodies.at(2).first(), QStringLiteral("u-199"));
    QCOMPARE(done.count(), 252);          // one outcome per item
    QCOMPARE(started.count(), 252);       // per item (the refused one too: it ends unsent)
    QCOMPARE(s.total, 252);

    // Exactly these items failed: the refused empty uid, u-120, u-150, u-198, and the 51 of the reset batch.
    QStringList failedIds;
    for (const BulkSummary::Failure &f : s.failures)
        failedIds << s.ids.value(f.index);
    QStringList expected{QString(), QStringLiteral("u-120"), QStringLiteral("u-150"), QStringLiteral("u-198")};
    for (int i = 199; i < 250; ++i)
        expected << QStringLiteral("u-%1").arg(i);
    QCOMPARE(failedIds, expected);
    QCOMPARE(s.failed, 55);
    QCOMPARE(s.succeeded, 252 - 55);
    QCOMPARE(s.alreadyDone, 0);
    QCOMPARE(s.cancelled, 0);

    const auto failureOf = [&s](const QString &uid) {
        for (const BulkSummary::Failure &f : s.failures)
            if (s.ids.value(f.index) == uid)
                return f;
        return BulkSummary::Failure();
    };
    const BulkSummary::Failure refused = failureOf(QString());
    QCOMPARE(refused.code, QStringLiteral("InvalidParameter.UserUids"));
    QVERIFY(refused.requestId.isEmpty());
    const BulkSummary::Failure protectedUser = failureOf(QStringLiteral("u-120"));
    QCOMPARE(protectedUser.code, QStringLiteral("UserUids"));                 // ErrorsStructured Field
    QCOMPARE(protectedUser.message, QStringLiteral("user is protected"));    // ErrorsStructured Error
    QCOMPARE(protectedUser.httpStatus, 200);
    QCOMPARE(protectedUser.requestId, QStringLiteral("REQ-DEL-2"));
    QVERIFY(!protectedUser.ambiguous);
    QCOMPARE(failureOf(QStringLiteral("u-150")).message, QStringLiteral("cannot delete u-150: busy"));
    QVERIFY(!failureOf(QStringLiteral("u-198")).message.isEmpty());            // not confirmed = not deleted
    QVERIFY(!failureOf(QStringLiteral("u-198")).ambiguous);
    for (int i = 199; i < 250; ++i) {
        const BulkSummary::Failure f = failureOf(QStringLiteral("u-%1").arg(i));
        QVERIFY2(f.ambiguous, qPrintable(QString::number(i)));
        QCOMPARE(f.action, QStringLiteral("DeleteUsers"));
    }
    // Both copies of u-7 succeeded; the neighbours of the failures too.
    QCOMPARE(s.outcome(7), BulkSummary::Outcome::Succeeded);
    QCOMPARE(s.outcome(8), BulkSummary::Outcome::Succeeded);
    QCOMPARE(s.outcome(uids.indexOf(QStringLiteral("u-121"))), BulkSummary::Outcome::Succeeded);
    QVERIFY(runner.result(uids.indexOf(QStringLiteral("u-121"))).ok);
    QCOMPARE(runner.result(uids.indexOf(QStringLiteral("u-121"))).requestId, QStringLiteral("REQ-DEL-2"));
    QVERIFY(!s.appliedIds().contains(QStringLiteral("u-120")));
    QVERIFY(s.appliedIds().contains(QStringLiteral("u-0")));
    QVERIFY(s.text().contains(QStringLiteral("user is protected")));
}

void TestBulkOperation::poolUserDeleteBatchThrottledIsSentAgainWhole()
{
    // A batch the service refused as a whole because of throttling (it provably did nothing) is sent again, whole;
    // a batch refused definitely fails every item it carries.
    ScriptedHttpServer server;
    QVERIFY(server.listen());
    int calls = 0;
    server.setHandler([&calls](const ScriptedHttpServer::Request &r) {
        ++calls;
        const QJsonArray uids = r.jsonBody().value("UserUids").toArray();
        if (uids.first().toString() == QLatin1String("t-0") && calls == 1)
            return Resp::json(429, Envelopes::volcError(QStringLiteral("Throttling"), QStringLiteral("slow down")));
        if (uids.first().toString() == QLatin1String("x-0"))
            return Resp::json(403, Envelopes::volcError(QStringLiteral("AccessDenied"), QStringLiteral("no"), QStringLiteral("REQ-DENIED")));
        return Resp::json(200, Envelopes::volcOk({{"SuccessfulUids", uids}, {"SuccessCount", uids.size()}}));
    });
    ApiClient client;
    client.setCredentials(Credentials{QStringLiteral("AKLTtest"), QStringLiteral("secret"), QString()});
    client.setEndpoint(Service::Id, server.url());
    client.setMaxAttempts(1);
    PoolDirectoryService service(&client);
    QStringList uids;
    for (int i = 0; i < 100; ++i)
        uids << QStringLiteral("t-%1").arg(i);
    for (int i = 0; i < 3; ++i)
        uids << QStringLiteral("x-%1").arg(i);
    BulkRunner runner;
    runner.setConcurrency(1);
    runner.setRequeueBackoff(1, 5);
    QSignalSpy finished(&runner, &BulkRunner::finished);
    runner.start(BulkOperation::deletePoolUsers(QStringLiteral("pool-1"), uids), &service);
    QVERIFY(finished.wait(30000));
    const BulkSummary s = finished.first().first().value<BulkSummary>();
    QCOMPARE(s.succeeded, 100);
    QCOMPARE(s.failed, 3);
    QVERIFY(s.requeued >= 1);
    for (const BulkSummary::Failure &f : s.failures) {
        QCOMPARE(f.code, QStringLiteral("AccessDenied"));
        QCOMPARE(f.requestId, QStringLiteral("REQ-DENIED"));
        QVERIFY(!f.ambiguous);
    }
    QCOMPARE(runner.requestsSent(), 3);   // throttled batch, its resend, the refused batch
}

QTEST_GUILESS_MAIN(TestBulkOperation)
#include "tst_bulkoperation.moc"
