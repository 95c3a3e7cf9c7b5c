// SPDX-License-Identifier: GPL-3.0-or-later
// Typed bulk operations without a network: what each kind targets, how an item's result counts in the one
// BulkSummary (UserProvisionEventRetryConflict = already under way, "not found" on a delete = already done),
// the summary's text; then the one runner on a scripted Cloud Identity server: a retry batch where one event is
// already being retried, one is gone and one is refused before sending.
#include "api/ApiClient.h"
#include "cloud/BulkOperation.h"
#include "cloud/BulkRunner.h"
#include "cloud/CloudIdentityBackend.h"
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

QTEST_GUILESS_MAIN(TestBulkOperation)
#include "tst_bulkoperation.moc"
