// SPDX-License-Identifier: GPL-3.0-or-later
// VerifiedCreate against a scripted backend: every way a create can end (answered, lost after or before being
// applied, 500 after or before, 503, arriving late, a definite refusal, checks that fail), and that it never
// makes a duplicate and never reports an unknown outcome as done. The real-emulator soak is e2e/tst_faultsoak.
#include "FakeDirectoryBackend.h"
#include "cloud/VerifiedCreate.h"

#include <QPointer>
#include <QtTest>

namespace {
// What the "server" does with one create request.
enum class Step {
    Ok,                  // applied, answered
    LostAfterApply,      // applied, connection reset before the answer (ambiguous)
    LostBeforeApply,     // reset before anything happened (still ambiguous for the client)
    Internal500After,    // applied, then 500
    Internal500Before,   // 500 before acting
    Unavailable503,      // refused before acting
    Timeout,             // applied, no answer in time
    LateApplyConflict,   // an earlier lost request arrives now and is applied; this one answers "already exists"
    LateApplyOddCode,    // the same, but the answer is a code no doc publishes (UserAlreadyExists, Foo.Bar, ...)
    RefusedOddCode,      // nothing applied; refused with a code no doc publishes
};

class ScriptedBackend : public FakeDirectoryBackend
{
public:
    QList<Step> script;
    int creates = 0;
    int failLookups = 0;      // the next N list calls fail (transiently)
    QString oddCode = QStringLiteral("Conflict.NameInUse");
    int oddStatus = 400;

    ApiCall *createGroup(const GroupDraft &draft, QObject *owner, WriteCallback done) override
    {
        ++creates;
        const Step step = script.isEmpty() ? Step::Ok : script.takeFirst();
        WriteResult r;
        r.requestId = QStringLiteral("REQ-%1").arg(creates);
        const bool exists = hasGroup(draft.name);
        auto apply = [&] {
            if (!hasGroup(draft.name)) {
                DirectoryGroup g;
                g.id = QStringLiteral("g-%1").arg(groups.size() + 1);
                g.name = draft.name;
                groups.append(g);
            }
        };
        switch (step) {
        case Step::Ok:
            if (exists) {
                r.error = error(ApiError::Kind::Api, QStringLiteral("GroupAlreadyExists"), 409);
            } else {
                apply();
                r.result = QJsonObject{{QStringLiteral("GroupId"), groups.last().id},
                                       {QStringLiteral("GroupName"), draft.name}};
            }
            break;
        case Step::LostAfterApply:
            apply();
            r.error = error(ApiError::Kind::Network, QStringLiteral("RemoteHostClosed"), 0, true);
            break;
        case Step::LostBeforeApply:
            r.error = error(ApiError::Kind::Network, QStringLiteral("RemoteHostClosed"), 0, true);
            break;
        case Step::Internal500After:
            apply();
            r.error = error(ApiError::Kind::Api, QStringLiteral("InternalError"), 500);
            break;
        case Step::Internal500Before:
            r.error = error(ApiError::Kind::Api, QStringLiteral("InternalError"), 500);
            break;
        case Step::Unavailable503:
            r.error = error(ApiError::Kind::Api, QStringLiteral("ServiceUnavailable"), 503);
            break;
        case Step::Timeout:
            apply();
            r.error = error(ApiError::Kind::Timeout, QStringLiteral("Timeout"), 0, true);
            break;
        case Step::LateApplyConflict:
            apply();
            r.error = error(ApiError::Kind::Api, QStringLiteral("GroupAlreadyExists"), 409);
            break;
        case Step::LateApplyOddCode:
            apply();
            r.error = error(ApiError::Kind::Api, oddCode, oddStatus);
            break;
        case Step::RefusedOddCode:
            r.error = error(ApiError::Kind::Api, oddCode, oddStatus);
            break;
        }
        QTimer::singleShot(0, owner ? owner : this, [done, r] { done(r); });
        return nullptr;
    }

    ApiCall *createUser(const UserDraft &draft, QObject *owner, WriteCallback done) override
    {
        ++creates;
        const Step step = script.isEmpty() ? Step::Ok : script.takeFirst();
        WriteResult r;
        if (step == Step::Ok || step == Step::LostAfterApply || step == Step::LateApplyOddCode) {
            DirectoryUser u = makeUser(int(users.size()) + 500);
            u.userName = draft.userName;
            u.raw = QJsonObject{{QStringLiteral("UserId"), u.id}, {QStringLiteral("UserName"), u.userName},
                                {QStringLiteral("Email"), draft.email}};
            users.append(u);
            if (step == Step::Ok)
                r.result = u.raw;
        }
        if (step == Step::LateApplyOddCode || step == Step::RefusedOddCode)
            r.error = error(ApiError::Kind::Api, oddCode, oddStatus);
        else if (step != Step::Ok)
            r.error = error(ApiError::Kind::Network, QStringLiteral("RemoteHostClosed"), 0, true);
        QTimer::singleShot(0, owner ? owner : this, [done, r] { done(r); });
        return nullptr;
    }

    ApiCall *listGroups(const QString &search, const QString &cursor, int pageSize, QObject *owner,
                        PageCallback<DirectoryGroup> done) override
    {
        if (failLookups > 0) {
            --failLookups;
            failNextList = error(ApiError::Kind::Api, QStringLiteral("InternalError"), 500);
        }
        return FakeDirectoryBackend::listGroups(search, cursor, pageSize, owner, done);
    }

    int count(const QString &name) const
    {
        int n = 0;
        for (const DirectoryGroup &g : groups)
            n += g.name == name ? 1 : 0;
        return n;
    }

private:
    bool hasGroup(const QString &name) const { return count(name) > 0; }
    static ApiError error(ApiError::Kind kind, const QString &code, int status, bool ambiguous = false)
    {
        ApiError e = ApiError::make(kind, code, QStringLiteral("scripted %1").arg(code));
        e.httpStatus = status;
        e.ambiguous = ambiguous;
        return e;
    }
};

struct Run
{
    VerifiedCreate::Outcome outcome;
    int callbacks = 0;
    int reported = 0;
};

Run createGroup(ScriptedBackend &backend, const QString &name, QObject *owner = nullptr, int timeoutMs = 10000)
{
    Run run;
    GroupDraft d;
    d.name = name;
    VerifiedCreate *v = VerifiedCreate::createGroup(&backend, d, owner,
                                                    [&run](const VerifiedCreate::Outcome &o) {
                                                        run.outcome = o;
                                                        ++run.callbacks;
                                                    });
    v->setCheckDelay(0);
    QObject::connect(v, &VerifiedCreate::unknownOutcome, [&run](const ApiError &) { ++run.reported; });
    if (!QTest::qWaitFor([&] { return run.callbacks > 0; }, timeoutMs))
        qWarning("no callback within %d ms", timeoutMs);
    QTest::qWait(10); // a second callback would show up here
    return run;
}
} // namespace

class TestVerifiedCreate : public QObject
{
    Q_OBJECT
private slots:
    void answeredAtOnce();
    void lostAfterApplyIsVerified();
    void lostBeforeApplyIsCreatedAgain();
    void internalErrorAfterApplyIsVerified();
    void internalErrorBeforeApplyIsCreatedAgain();
    void timeoutIsVerified();
    void unavailableIsSentAgainWithoutChecking();
    void lateArrivalConflictIsVerified();
    void definiteRefusalIsReportedAsIs();
    void repeatAnsweringAnUnpublishedCodeIsVerified_data();
    void repeatAnsweringAnUnpublishedCodeIsVerified();
    void repeatRefusedWithNothingThereIsReported();
    void userRepeatAnsweringAnUnpublishedCodeIsVerified();
    void failedChecksLeaveItUnresolved();
    void givesUpAfterMaxCreates();
    void lookupPagesUntilFound();
    void ownerDestroyedMeansNoCallback();
    void usersToo();
    void writeCallbackAdapter();
};

void TestVerifiedCreate::answeredAtOnce()
{
    ScriptedBackend b;
    b.script = {Step::Ok};
    const Run r = createGroup(b, QStringLiteral("eng"));
    QCOMPARE(r.callbacks, 1);
    QVERIFY(r.outcome.ok());
    QCOMPARE(r.outcome.resolution, VerifiedCreate::Resolution::Created);
    QCOMPARE(r.outcome.creates, 1);
    QCOMPARE(r.outcome.lookups, 0);
    QCOMPARE(r.reported, 0);
    QCOMPARE(b.count(QStringLiteral("eng")), 1);
    QCOMPARE(r.outcome.write.result.value(QStringLiteral("GroupName")).toString(), QStringLiteral("eng"));
    QCOMPARE(r.outcome.report(), QStringLiteral("“eng” was created."));
}

void TestVerifiedCreate::lostAfterApplyIsVerified()
{
    ScriptedBackend b;
    b.script = {Step::LostAfterApply};
    const Run r = createGroup(b, QStringLiteral("ops"));
    QCOMPARE(r.callbacks, 1);
    QVERIFY(r.outcome.ok());
    QCOMPARE(r.outcome.resolution, VerifiedCreate::Resolution::Verified);
    QCOMPARE(r.outcome.creates, 1);        // never sent again
    QVERIFY(r.outcome.lookups >= 1);
    QCOMPARE(r.reported, 1);
    QCOMPARE(r.outcome.unknownOutcomes.size(), 1);
    QVERIFY(r.outcome.unknownOutcomes.first().ambiguous);
    QCOMPARE(b.count(QStringLiteral("ops")), 1);
    QCOMPARE(r.outcome.write.result.value(QStringLiteral("GroupId")).toString(), b.groups.first().id);
    QVERIFY(r.outcome.report().contains(QLatin1String("checked: it exists")));
}

void TestVerifiedCreate::lostBeforeApplyIsCreatedAgain()
{
    ScriptedBackend b;
    b.script = {Step::LostBeforeApply, Step::Ok};
    const Run r = createGroup(b, QStringLiteral("qa"));
    QVERIFY(r.outcome.ok());
    QCOMPARE(r.outcome.resolution, VerifiedCreate::Resolution::Recreated);
    QCOMPARE(r.outcome.creates, 2);
    QCOMPARE(r.reported, 1);
    QCOMPARE(b.count(QStringLiteral("qa")), 1);
    QVERIFY(r.outcome.report().contains(QLatin1String("created again")));
}

void TestVerifiedCreate::internalErrorAfterApplyIsVerified()
{
    ScriptedBackend b;
    b.script = {Step::Internal500After};
    const Run r = createGroup(b, QStringLiteral("hr"));
    QCOMPARE(r.outcome.resolution, VerifiedCreate::Resolution::Verified);
    QCOMPARE(r.outcome.creates, 1);
    QCOMPARE(b.count(QStringLiteral("hr")), 1);
}

void TestVerifiedCreate::internalErrorBeforeApplyIsCreatedAgain()
{
    ScriptedBackend b;
    b.script = {Step::Internal500Before, Step::Ok};
    const Run r = createGroup(b, QStringLiteral("it"));
    QCOMPARE(r.outcome.resolution, VerifiedCreate::Resolution::Recreated);
    QCOMPARE(b.count(QStringLiteral("it")), 1);
}

void TestVerifiedCreate::timeoutIsVerified()
{
    ScriptedBackend b;
    b.script = {Step::Timeout};
    const Run r = createGroup(b, QStringLiteral("legal"));
    QCOMPARE(r.outcome.resolution, VerifiedCreate::Resolution::Verified);
    QCOMPARE(b.count(QStringLiteral("legal")), 1);
}

void TestVerifiedCreate::unavailableIsSentAgainWithoutChecking()
{
    ScriptedBackend b;
    b.script = {Step::Unavailable503, Step::Ok};
    const Run r = createGroup(b, QStringLiteral("sales"));
    QVERIFY(r.outcome.ok());
    QCOMPARE(r.outcome.resolution, VerifiedCreate::Resolution::Created); // the 503 proved nothing happened
    QCOMPARE(r.outcome.creates, 2);
    QCOMPARE(r.outcome.lookups, 0);
    QCOMPARE(r.reported, 0);
    QCOMPARE(b.count(QStringLiteral("sales")), 1);
}

void TestVerifiedCreate::lateArrivalConflictIsVerified()
{
    ScriptedBackend b;
    b.script = {Step::LostBeforeApply, Step::LateApplyConflict};
    const Run r = createGroup(b, QStringLiteral("finance"));
    QVERIFY(r.outcome.ok());
    QCOMPARE(r.outcome.resolution, VerifiedCreate::Resolution::Verified);
    QCOMPARE(r.outcome.creates, 2);
    QVERIFY(r.outcome.lookups >= 2);
    QCOMPARE(b.count(QStringLiteral("finance")), 1);
}

void TestVerifiedCreate::definiteRefusalIsReportedAsIs()
{
    ScriptedBackend b;
    DirectoryGroup existing;
    existing.id = QStringLiteral("g-0");
    existing.name = QStringLiteral("taken");
    b.groups << existing;
    b.script = {Step::Ok}; // the name exists already: 409 at the first answer
    const Run r = createGroup(b, QStringLiteral("taken"));
    QVERIFY(!r.outcome.ok());
    QCOMPARE(r.outcome.resolution, VerifiedCreate::Resolution::Failed);
    QCOMPARE(r.outcome.write.error.code, QStringLiteral("GroupAlreadyExists"));
    QVERIFY(!r.outcome.unresolved);
    QCOMPARE(r.outcome.lookups, 0);
    QCOMPARE(r.outcome.creates, 1);
    QVERIFY(r.outcome.report().startsWith(QStringLiteral("Creating “taken” failed")));
}

void TestVerifiedCreate::repeatAnsweringAnUnpublishedCodeIsVerified_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<int>("status");
    // None of these is published for a group create; the look-up decides, whatever the code.
    QTest::newRow("EntityAlreadyExists.Group 409") << "EntityAlreadyExists.Group" << 409;
    QTest::newRow("UserAlreadyExists 409") << "UserAlreadyExists" << 409;
    QTest::newRow("unknown 400") << "Conflict.NameInUse" << 400;
    QTest::newRow("validation-looking 400") << "InvalidParameter.GroupName" << 400;
}

void TestVerifiedCreate::repeatAnsweringAnUnpublishedCodeIsVerified()
{
    QFETCH(QString, code);
    QFETCH(int, status);
    ScriptedBackend b;
    b.oddCode = code;
    b.oddStatus = status;
    b.script = {Step::LostBeforeApply, Step::LateApplyOddCode};
    const Run r = createGroup(b, QStringLiteral("legal"));
    QVERIFY2(r.outcome.ok(), qPrintable(r.outcome.report()));
    QCOMPARE(r.outcome.resolution, VerifiedCreate::Resolution::Verified);
    QCOMPARE(r.outcome.creates, 2);     // never a third create
    QVERIFY(r.outcome.lookups >= 2);    // one after the lost answer, one after the refusal
    QCOMPARE(b.count(QStringLiteral("legal")), 1);
    QCOMPARE(r.callbacks, 1);
}

void TestVerifiedCreate::repeatRefusedWithNothingThereIsReported()
{
    ScriptedBackend b;
    b.script = {Step::LostBeforeApply, Step::RefusedOddCode};
    const Run r = createGroup(b, QStringLiteral("audit"));
    QVERIFY(!r.outcome.ok());
    QCOMPARE(r.outcome.resolution, VerifiedCreate::Resolution::Failed);
    QCOMPARE(r.outcome.write.error.code, QStringLiteral("Conflict.NameInUse"));
    QVERIFY(!r.outcome.unresolved);               // checked: nothing exists
    QVERIFY(!r.outcome.write.error.ambiguous);
    QCOMPARE(r.outcome.creates, 2);
    QVERIFY(r.outcome.lookups >= 2);
    QCOMPARE(b.count(QStringLiteral("audit")), 0);
}

void TestVerifiedCreate::userRepeatAnsweringAnUnpublishedCodeIsVerified()
{
    ScriptedBackend b;
    b.oddCode = QStringLiteral("UserNameConflict"); // published nowhere
    b.oddStatus = 409;
    b.script = {Step::LostBeforeApply, Step::LateApplyOddCode};
    Run run;
    UserDraft d;
    d.userName = QStringLiteral("mallory");
    VerifiedCreate *v = VerifiedCreate::createUser(&b, d, nullptr, [&run](const VerifiedCreate::Outcome &o) {
        run.outcome = o;
        ++run.callbacks;
    });
    v->setCheckDelay(0);
    QVERIFY(QTest::qWaitFor([&] { return run.callbacks > 0; }, 10000));
    QVERIFY2(run.outcome.ok(), qPrintable(run.outcome.report()));
    QCOMPARE(run.outcome.resolution, VerifiedCreate::Resolution::Verified);
    QCOMPARE(run.outcome.creates, 2);
    int n = 0;
    for (const DirectoryUser &u : b.users)
        n += u.userName == QLatin1String("mallory") ? 1 : 0;
    QCOMPARE(n, 1);
}

void TestVerifiedCreate::failedChecksLeaveItUnresolved()
{
    ScriptedBackend b;
    b.script = {Step::LostAfterApply};
    b.failLookups = 10;
    const Run r = createGroup(b, QStringLiteral("audit"), nullptr, 20000);
    QCOMPARE(r.callbacks, 1);
    QVERIFY(!r.outcome.ok());
    QCOMPARE(r.outcome.resolution, VerifiedCreate::Resolution::Failed);
    QVERIFY(r.outcome.unresolved);
    QVERIFY(r.outcome.write.error.ambiguous);       // the dialog tells the person to refresh before retrying
    QCOMPARE(r.outcome.creates, 1);                 // never re-sent blindly
    QCOMPARE(r.outcome.lookups, 3);
    QVERIFY(r.outcome.report().contains(QLatin1String("may or may not have happened")));
}

void TestVerifiedCreate::givesUpAfterMaxCreates()
{
    ScriptedBackend b;
    b.script = {Step::LostBeforeApply, Step::LostBeforeApply, Step::LostBeforeApply, Step::LostBeforeApply,
                Step::LostBeforeApply};
    const Run r = createGroup(b, QStringLiteral("flaky"));
    QVERIFY(!r.outcome.ok());
    QCOMPARE(r.outcome.resolution, VerifiedCreate::Resolution::Failed);
    QVERIFY(!r.outcome.unresolved);                 // checked: it does not exist
    QVERIFY(!r.outcome.write.error.ambiguous);
    QCOMPARE(r.outcome.creates, 4);
    QCOMPARE(r.reported, 4);
    QCOMPARE(b.count(QStringLiteral("flaky")), 0);
}

void TestVerifiedCreate::lookupPagesUntilFound()
{
    ScriptedBackend b;
    for (int i = 0; i < 250; ++i) {
        DirectoryGroup g;
        g.id = QStringLiteral("g-x%1").arg(i);
        g.name = QStringLiteral("team-%1").arg(i);
        b.groups << g;
    }
    b.script = {Step::LostAfterApply};
    const Run r = createGroup(b, QStringLiteral("team")); // "team" is a substring of 250 others: 3 pages
    QCOMPARE(r.outcome.resolution, VerifiedCreate::Resolution::Verified);
    QCOMPARE(r.outcome.lookups, 3);
    QCOMPARE(r.outcome.write.result.value(QStringLiteral("GroupName")).toString(), QStringLiteral("team"));
    QCOMPARE(b.count(QStringLiteral("team")), 1);
}

void TestVerifiedCreate::ownerDestroyedMeansNoCallback()
{
    ScriptedBackend b;
    b.script = {Step::LostAfterApply};
    auto *owner = new QObject;
    int callbacks = 0;
    GroupDraft d;
    d.name = QStringLiteral("gone");
    QPointer<VerifiedCreate> v = VerifiedCreate::createGroup(&b, d, owner, [&callbacks](const VerifiedCreate::Outcome &) {
        ++callbacks;
    });
    delete owner;
    QVERIFY(v.isNull()); // it belongs to the owner
    QTest::qWait(50);
    QCOMPARE(callbacks, 0);
}

void TestVerifiedCreate::usersToo()
{
    ScriptedBackend b;
    b.script = {Step::LostAfterApply};
    UserDraft d;
    d.userName = QStringLiteral("li.lei");
    d.email = QStringLiteral("li.lei@example.com");
    VerifiedCreate::Outcome out;
    int callbacks = 0;
    VerifiedCreate *v = VerifiedCreate::createUser(&b, d, nullptr, [&](const VerifiedCreate::Outcome &o) {
        out = o;
        ++callbacks;
    });
    v->setCheckDelay(0);
    QVERIFY(QTest::qWaitFor([&] { return callbacks == 1; }, 10000));
    QCOMPARE(out.resolution, VerifiedCreate::Resolution::Verified);
    QCOMPARE(out.name, QStringLiteral("li.lei"));
    QCOMPARE(out.write.result.value(QStringLiteral("Email")).toString(), d.email); // the listed object
    QCOMPARE(b.userQueries.last().search, QStringLiteral("li.lei"));
    QCOMPARE(b.creates, 1);
}

void TestVerifiedCreate::writeCallbackAdapter()
{
    ScriptedBackend b;
    b.script = {Step::LostBeforeApply, Step::Ok};
    GroupDraft d;
    d.name = QStringLiteral("adapter");
    WriteResult w;
    int callbacks = 0;
    DirectoryBackend::WriteCallback cb = [&](const WriteResult &r) {
        w = r;
        ++callbacks;
    };
    VerifiedCreate::createGroup(&b, d, nullptr, cb)->setCheckDelay(0);
    QVERIFY(QTest::qWaitFor([&] { return callbacks == 1; }, 10000));
    QVERIFY(w.ok());
    QCOMPARE(w.result.value(QStringLiteral("GroupName")).toString(), QStringLiteral("adapter"));
    QCOMPARE(b.count(QStringLiteral("adapter")), 1);
}

QTEST_GUILESS_MAIN(TestVerifiedCreate)
#include "tst_verifiedcreate.moc"
