// SPDX-License-Identifier: GPL-3.0-or-later
// CloudIdentityBackend against the real emulator (demo dataset): paging through every page, search, filters,
// user / group / member / event life cycles, conflicts, server field errors, serialized writes.
#include "api/ApiClient.h"
#include "cloud/CloudIdentityBackend.h"
#include "cloud/CloudIdentityWriteQueue.h"
#include "DirectoryBackendTestSupport.h"
#include "EmulatorFixture.h"
#include "cloud/Session.h"

#include <QSet>
#include <QtTest>
#include <memory>

class TestCloudIdentityBackend : public QObject, public DirectoryBackendTestSupport
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void capabilities();
    void usersAllPages();
    void usersSearch();
    void usersSourceFilter();
    void userLifecycle();
    void duplicateAndServerFieldErrors();
    void refusedBeforeSending();
    void resetPassword();
    void groupsAllPagesAndSearch();
    void groupLifecycleAndMembers();
    void eventsListFilterSearch();
    void eventsRetryDeleteAndStatusConflict();
    void concurrentWritesAreSerialized();

private:

    std::unique_ptr<EmulatorFixture> m_emu;
    std::unique_ptr<Session> m_session;
    std::unique_ptr<DirectoryBackend> m_backend;
};

void TestCloudIdentityBackend::initTestCase()
{
    m_emu = std::make_unique<EmulatorFixture>(QStringList{QStringLiteral("--dataset"), QStringLiteral("demo")});
    QString error;
    QVERIFY2(m_emu->start(&error), qPrintable(error));
    m_session = emulatorSession(*m_emu, QStringLiteral("e2e-ci"), Profile::Provider::Volcengine,
                                QStringLiteral("cloudidentity"));
    m_backend.reset(DirectoryBackend::create(m_session.get()));
    QVERIFY(qobject_cast<CloudIdentityBackend *>(m_backend.get()));
}

void TestCloudIdentityBackend::cleanupTestCase()
{
    m_backend.reset();
    m_session.reset();
    m_emu.reset();
}

void TestCloudIdentityBackend::capabilities()
{
    const auto c = m_backend->capabilities();
    QCOMPARE(m_backend->serviceName(), QStringLiteral("cloudidentity"));
    QVERIFY(c.resetPassword);
    QVERIFY(c.groupJoinType);
    QVERIFY(c.eventStatusFilter);
    QVERIFY(!c.userEnableDisable);
    QVERIFY(!c.eventRetryNeedsStrategy);
    QVERIFY(!c.tokenPaging);
    QVERIFY(!c.directories);
    QCOMPARE(c.userSourceValues, (QStringList{"Manual", "Sync"}));
    QVERIFY(c.userStatusValues.isEmpty());
    // No directories to choose from: an empty, successful answer.
    const auto dirs = waitPage<DirectoryInfo>([&](auto cb) { m_backend->listDirectories(this, cb); });
    QVERIFY(dirs.ok());
    QVERIFY(dirs.items.isEmpty());
}

void TestCloudIdentityBackend::usersAllPages()
{
    int pages = 0;
    qint64 total = 0;
    const QList<DirectoryUser> users = all<DirectoryUser>(
        [&](const QString &cursor, auto cb) { m_backend->listUsers({}, cursor, 100, this, cb); }, &pages, &total);
    QCOMPARE(total, qint64(250));
    QCOMPARE(users.size(), 250);
    QCOMPARE(pages, 3);
    QSet<QString> ids;
    for (const DirectoryUser &u : users) {
        QVERIFY(!u.id.isEmpty());
        QVERIFY(!u.userName.isEmpty());
        QVERIFY(u.created.isValid());
        QVERIFY(u.status.isEmpty());
        ids.insert(u.id);
    }
    QCOMPARE(ids.size(), 250);
    // Smaller pages: same users, more pages; cursors are page numbers.
    const QList<DirectoryUser> small = all<DirectoryUser>(
        [&](const QString &cursor, auto cb) { m_backend->listUsers({}, cursor, 40, this, cb); }, &pages, &total);
    QCOMPARE(small.size(), 250);
    QCOMPARE(pages, 7);
    // A cursor that is not a page number is refused before sending.
    const auto bad = waitPage<DirectoryUser>([&](auto cb) { QCOMPARE(m_backend->listUsers({}, "tok", 100, this, cb), nullptr); });
    QCOMPARE(bad.error.kind, ApiError::Kind::InvalidInput);
}

void TestCloudIdentityBackend::usersSearch()
{
    const auto first = waitPage<DirectoryUser>([&](auto cb) { m_backend->listUsers({}, {}, 100, this, cb); });
    QVERIFY(first.ok());
    const DirectoryUser target = first.items.at(17);
    const QString needle = target.userName.left(4);
    DirectoryBackend::UserQuery q;
    q.search = needle;
    int pages = 0;
    qint64 total = 0;
    const auto found = all<DirectoryUser>([&](const QString &c, auto cb) { m_backend->listUsers(q, c, 100, this, cb); },
                                          &pages, &total);
    QVERIFY(!found.isEmpty());
    QVERIFY(found.size() < 250);
    QCOMPARE(qint64(found.size()), total);
    bool hasTarget = false;
    for (const DirectoryUser &u : found) {
        QVERIFY2(u.userName.contains(needle, Qt::CaseInsensitive) || u.displayName.contains(needle, Qt::CaseInsensitive),
                 qPrintable(u.userName));
        hasTarget |= u.id == target.id;
    }
    QVERIFY(hasTarget);
    // Chinese display names are searchable too.
    for (const DirectoryUser &u : first.items) {
        if (u.displayName.isEmpty() || u.displayName.at(0).unicode() < 0x3000)
            continue;
        q.search = u.displayName;
        const auto zh = waitPage<DirectoryUser>([&](auto cb) { m_backend->listUsers(q, {}, 100, this, cb); });
        QVERIFY(zh.ok());
        QVERIFY(std::any_of(zh.items.begin(), zh.items.end(), [&](const DirectoryUser &x) { return x.id == u.id; }));
        break;
    }
    q.search = QStringLiteral("no-such-user-zzzz");
    const auto none = waitPage<DirectoryUser>([&](auto cb) { m_backend->listUsers(q, {}, 100, this, cb); });
    QVERIFY(none.ok());
    QVERIFY(none.items.isEmpty());
    QVERIFY(none.nextCursor.isEmpty());
}

void TestCloudIdentityBackend::usersSourceFilter()
{
    int pages = 0;
    qint64 manualTotal = 0, syncTotal = 0;
    DirectoryBackend::UserQuery q;
    q.source = QStringLiteral("Manual");
    const auto manual = all<DirectoryUser>([&](const QString &c, auto cb) { m_backend->listUsers(q, c, 100, this, cb); },
                                           &pages, &manualTotal);
    q.source = QStringLiteral("Sync");
    const auto sync = all<DirectoryUser>([&](const QString &c, auto cb) { m_backend->listUsers(q, c, 100, this, cb); },
                                         &pages, &syncTotal);
    QVERIFY(!manual.isEmpty());
    QVERIFY(!sync.isEmpty());
    for (const auto &u : manual)
        QCOMPARE(u.source, QStringLiteral("Manual"));
    for (const auto &u : sync)
        QCOMPARE(u.source, QStringLiteral("Sync"));
    QCOMPARE(manual.size() + sync.size(), 250);
}

void TestCloudIdentityBackend::userLifecycle()
{
    UserDraft d;
    d.userName = uniqueName(QStringLiteral("e2e.user"));
    d.displayName = QStringLiteral("测试 用户");
    d.email = QStringLiteral("e2e@example.com");
    d.phone = QStringLiteral("+8613800000000");
    d.description = QStringLiteral("created by tst_cloudidentitybackend");
    const WriteResult created = waitWrite([&](auto cb) { QVERIFY(m_backend->createUser(d, this, cb)); });
    QVERIFY2(created.ok(), qPrintable(created.error.toString()));
    QVERIFY(!created.requestId.isEmpty());
    const QString id = created.result.value("UserId").toString();
    QVERIFY(!id.isEmpty());
    QCOMPARE(created.result.value("Source").toString(), QStringLiteral("Manual"));

    const WriteResult got = waitWrite([&](auto cb) { m_backend->getUser(id, this, cb); });
    QVERIFY(got.ok());
    QCOMPARE(got.result.value("UserName").toString(), d.userName);
    QCOMPARE(got.result.value("DisplayName").toString(), d.displayName);

    // Edit: only what changed is sent (rename, new display name); the rest keeps its value.
    QVERIFY(m_backend->capabilities().userClearableFields.isEmpty());   // the reference says of no field that "" clears it
    UserDraft e = d;
    e.userName = d.userName + QStringLiteral("-renamed");
    e.displayName = QStringLiteral("Renamed User");
    e.changed = {QStringLiteral("userName"), QStringLiteral("displayName")};
    const WriteResult updated = waitWrite([&](auto cb) { m_backend->updateUser(id, e, this, cb); });
    QVERIFY2(updated.ok(), qPrintable(updated.error.toString()));
    const WriteResult again = waitWrite([&](auto cb) { m_backend->getUser(id, this, cb); });
    QCOMPARE(again.result.value("UserName").toString(), e.userName);
    QCOMPARE(again.result.value("DisplayName").toString(), e.displayName);
    QCOMPARE(again.result.value("Email").toString(), d.email);
    QCOMPARE(again.result.value("Phone").toString(), d.phone);

    // Someone else changes the e-mail meanwhile; a form loaded before that (stale e-mail) that changes only the
    // description leaves the new e-mail alone: unchanged fields are not sent.
    UserDraft other;
    other.email = QStringLiteral("other-") + d.email;
    other.changed = {QStringLiteral("email")};
    QVERIFY(waitWrite([&](auto cb) { m_backend->updateUser(id, other, this, cb); }).ok());
    UserDraft stale = e;
    stale.description = QStringLiteral("edited by tst_cloudidentitybackend");
    stale.changed = {QStringLiteral("description")};
    QVERIFY(waitWrite([&](auto cb) { m_backend->updateUser(id, stale, this, cb); }).ok());
    const WriteResult afterStale = waitWrite([&](auto cb) { m_backend->getUser(id, this, cb); });
    QCOMPARE(afterStale.result.value("Email").toString(), other.email);
    QCOMPARE(afterStale.result.value("Description").toString(), stale.description);
    QCOMPARE(afterStale.result.value("DisplayName").toString(), e.displayName);

    // Clearing a field the API cannot clear is refused on that field before anything is sent; so is an edit
    // that changes nothing.
    UserDraft clear = e;
    clear.phone.clear();
    clear.changed = {QStringLiteral("phone")};
    const WriteResult cleared = waitWrite([&](auto cb) { m_backend->updateUser(id, clear, this, cb); });
    QCOMPARE(cleared.error.kind, ApiError::Kind::InvalidInput);
    QCOMPARE(cleared.error.code, QStringLiteral("InvalidParameter.phone"));
    QVERIFY(cleared.error.requestId.isEmpty());   // never sent
    UserDraft unchanged = e;
    unchanged.changed.clear();
    const WriteResult nothing = waitWrite([&](auto cb) { m_backend->updateUser(id, unchanged, this, cb); });
    QCOMPARE(nothing.error.kind, ApiError::Kind::InvalidInput);
    QCOMPARE(nothing.error.code, QStringLiteral("InvalidInput"));
    QCOMPARE(waitWrite([&](auto cb) { m_backend->getUser(id, this, cb); }).result.value("Phone").toString(), d.phone);

    // Enable / disable does not exist here.
    const WriteResult enable = waitWrite([&](auto cb) { QCOMPARE(m_backend->setUserEnabled(id, false, this, cb), nullptr); });
    QCOMPARE(enable.error.code, QStringLiteral("NotSupported"));
    QVERIFY(m_backend->bulkRequest(BulkOperation::setUsersEnabled({id}, false), 0).refused());
    QCOMPARE(m_backend->bulkRequest(BulkOperation::setUsersEnabled({id}, false), 0).refusal.code, QStringLiteral("NotSupported"));

    const WriteResult deleted = waitWrite([&](auto cb) { m_backend->deleteUser(id, this, cb); });
    QVERIFY2(deleted.ok(), qPrintable(deleted.error.toString()));
    const WriteResult gone = waitWrite([&](auto cb) { m_backend->getUser(id, this, cb); });
    QVERIFY(gone.error.isNotFound());
    QCOMPARE(gone.error.code, QStringLiteral("UserNotFound"));
    QVERIFY(!gone.error.requestId.isEmpty());
}

void TestCloudIdentityBackend::duplicateAndServerFieldErrors()
{
    const auto first = waitPage<DirectoryUser>([&](auto cb) { m_backend->listUsers({}, {}, 10, this, cb); });
    QVERIFY(first.ok());
    UserDraft dup;
    dup.userName = first.items.first().userName;
    const WriteResult d = waitWrite([&](auto cb) { m_backend->createUser(dup, this, cb); });
    QVERIFY(!d.ok());
    QCOMPARE(d.error.kind, ApiError::Kind::Api);
    QCOMPARE(m_backend->fieldForError(d.error), QStringLiteral("userName"));

    // A phone number with spaces and parentheses passes the form and the service alike (the reference gives only
    // the length, tests/data/validation-rules.json); it used to pass the form and fail the emulator.
    UserDraft phone;
    phone.userName = uniqueName(QStringLiteral("e2e.phone"));
    phone.phone = QStringLiteral("+86 (10) 1234");
    QVERIFY(m_backend->validateUser(phone, true).isEmpty());
    const WriteResult accepted = waitWrite([&](auto cb) { m_backend->createUser(phone, this, cb); });
    QVERIFY2(accepted.ok(), qPrintable(accepted.error.toString()));
    QCOMPARE(accepted.result.value("Phone").toString(), QStringLiteral("+86 (10) 1234"));
    // A phone number the service rejects (over its 20 characters), sent past the form: InvalidParam naming Phone.
    ApiResult p;
    bool phoneDone = false;
    ApiCall *phoneCall = m_session->client()->call(Service::CloudIdentity, QStringLiteral("CreateUser"),
                                                   {{"UserName", uniqueName(QStringLiteral("e2e.phone"))},
                                                    {"Phone", QStringLiteral("+86 (10) 1234-5678-90")}});
    connect(phoneCall, &ApiCall::finished, this, [&](const ApiResult &r) {
        p = r;
        phoneDone = true;
    });
    QTRY_VERIFY_WITH_TIMEOUT(phoneDone, 20000);
    QVERIFY(!p.ok);
    QCOMPARE(p.error.code, QStringLiteral("InvalidParam"));
    QVERIFY2(p.error.message.contains("Phone"), qPrintable(p.error.message));
    QCOMPARE(m_backend->fieldForError(p.error), QStringLiteral("phone"));

    // Straight to the service, bypassing the client checks: the server's own validation maps back too.
    ApiResult raw;
    bool done = false;
    ApiCall *call = m_session->client()->call(Service::CloudIdentity, QStringLiteral("CreateUser"),
                                              {{"UserName", QString(60, QLatin1Char('x'))}});
    connect(call, &ApiCall::finished, this, [&](const ApiResult &r) {
        raw = r;
        done = true;
    });
    QTRY_VERIFY_WITH_TIMEOUT(done, 10000);
    QVERIFY(!raw.ok);
    QCOMPARE(m_backend->fieldForError(raw.error), QStringLiteral("userName"));

    GroupDraft g;
    g.name = QStringLiteral("e2e-dup-group");
    const WriteResult g1 = waitWrite([&](auto cb) { m_backend->createGroup(g, this, cb); });
    QVERIFY2(g1.ok(), qPrintable(g1.error.toString()));
    const WriteResult g2 = waitWrite([&](auto cb) { m_backend->createGroup(g, this, cb); });
    QCOMPARE(g2.error.code, QStringLiteral("GroupAlreadyExists"));
    QCOMPARE(g2.error.httpStatus, 409);
    QCOMPARE(m_backend->fieldForError(g2.error), QStringLiteral("name"));
    const WriteResult cleanup = waitWrite([&](auto cb) { m_backend->deleteGroup(g1.result.value("GroupId").toString(), this, cb); });
    QVERIFY(cleanup.ok());
}

void TestCloudIdentityBackend::refusedBeforeSending()
{
    int exchanges = 0;
    auto conn = connect(m_session->client(), &ApiClient::exchangeFinished, this, [&] { ++exchanges; });
    UserDraft d;
    d.userName = QString(55, QLatin1Char('a'));
    const WriteResult r = waitWrite([&](auto cb) { QCOMPARE(m_backend->createUser(d, this, cb), nullptr); });
    QCOMPARE(r.error.kind, ApiError::Kind::InvalidInput);
    QCOMPARE(m_backend->fieldForError(r.error), QStringLiteral("userName"));
    GroupDraft g;
    g.name = QStringLiteral("x");
    g.description = QString(129, QLatin1Char('d'));
    const WriteResult rg = waitWrite([&](auto cb) { QCOMPARE(m_backend->createGroup(g, this, cb), nullptr); });
    QCOMPARE(m_backend->fieldForError(rg.error), QStringLiteral("description"));
    const WriteResult noId = waitWrite([&](auto cb) { QCOMPARE(m_backend->deleteUser(QString(), this, cb), nullptr); });
    QCOMPARE(noId.error.kind, ApiError::Kind::InvalidInput);
    QCOMPARE(exchanges, 0);
    disconnect(conn);
}

void TestCloudIdentityBackend::resetPassword()
{
    UserDraft d;
    d.userName = uniqueName(QStringLiteral("e2e.pw"));
    const WriteResult created = waitWrite([&](auto cb) { m_backend->createUser(d, this, cb); });
    QVERIFY(created.ok());
    const QString id = created.result.value("UserId").toString();

    const WriteResult generated = waitWrite([&](auto cb) { m_backend->resetPassword(id, QString(), true, this, cb); });
    QVERIFY2(generated.ok(), qPrintable(generated.error.toString()));
    QVERIFY(generated.result.value("Password").toString().size() >= 8);

    const WriteResult typed = waitWrite([&](auto cb) { m_backend->resetPassword(id, QStringLiteral("Typed-Pass-123"), false, this, cb); });
    QVERIFY2(typed.ok(), qPrintable(typed.error.toString()));
    QCOMPARE(typed.result.value("Password").toString(), QStringLiteral("Typed-Pass-123"));

    const WriteResult shortPw = waitWrite([&](auto cb) { QCOMPARE(m_backend->resetPassword(id, "short", false, this, cb), nullptr); });
    QCOMPARE(shortPw.error.kind, ApiError::Kind::InvalidInput);
    QCOMPARE(m_backend->fieldForError(shortPw.error), QStringLiteral("password"));
    QVERIFY(!shortPw.error.message.contains("short"));

    QVERIFY(waitWrite([&](auto cb) { m_backend->deleteUser(id, this, cb); }).ok());
}

void TestCloudIdentityBackend::groupsAllPagesAndSearch()
{
    int pages = 0;
    qint64 total = 0;
    const auto groups = all<DirectoryGroup>([&](const QString &c, auto cb) { m_backend->listGroups({}, c, 7, this, cb); },
                                            &pages, &total);
    QCOMPARE(total, qint64(30));
    QCOMPARE(groups.size(), 30);
    QCOMPARE(pages, 5);
    QSet<QString> ids;
    for (const auto &g : groups) {
        ids.insert(g.id);
        QVERIFY(g.joinType == QLatin1String("Manual") || g.joinType == QLatin1String("Auto"));
    }
    QCOMPARE(ids.size(), 30);
    const DirectoryGroup target = groups.at(3);
    const auto found = waitPage<DirectoryGroup>([&](auto cb) { m_backend->listGroups(target.name, {}, 100, this, cb); });
    QVERIFY(found.ok());
    QVERIFY(std::any_of(found.items.begin(), found.items.end(), [&](const DirectoryGroup &g) { return g.id == target.id; }));
    for (const auto &g : found.items)
        QVERIFY(g.name.contains(target.name, Qt::CaseInsensitive) || g.displayName.contains(target.name, Qt::CaseInsensitive));
}

void TestCloudIdentityBackend::groupLifecycleAndMembers()
{
    GroupDraft g;
    g.name = uniqueName(QStringLiteral("e2e-grp"));
    g.displayName = QStringLiteral("端到端");
    g.description = QStringLiteral("d1");
    g.joinType = QStringLiteral("Auto");
    const WriteResult created = waitWrite([&](auto cb) { m_backend->createGroup(g, this, cb); });
    QVERIFY2(created.ok(), qPrintable(created.error.toString()));
    const QString gid = created.result.value("GroupId").toString();
    QCOMPARE(created.result.value("JoinType").toString(), QStringLiteral("Auto"));

    GroupDraft edit = g;
    edit.displayName = QStringLiteral("E2E group");
    edit.description = QStringLiteral("d2");
    QVERIFY(waitWrite([&](auto cb) { m_backend->updateGroup(gid, edit, this, cb); }).ok());
    const auto listed = waitPage<DirectoryGroup>([&](auto cb) { m_backend->listGroups(g.name, {}, 100, this, cb); });
    QCOMPARE(listed.items.size(), 1);
    QCOMPARE(listed.items.first().displayName, QStringLiteral("E2E group"));
    QCOMPARE(listed.items.first().description, QStringLiteral("d2"));
    QCOMPARE(listed.items.first().name, g.name); // fixed after creation

    const auto users = waitPage<DirectoryUser>([&](auto cb) { m_backend->listUsers({}, {}, 5, this, cb); });
    const QString u1 = users.items.at(0).id, u2 = users.items.at(1).id;
    QVERIFY(waitWrite([&](auto cb) { m_backend->addMember(gid, u1, this, cb); }).ok());
    QVERIFY(waitWrite([&](auto cb) { m_backend->addMember(gid, u2, this, cb); }).ok());
    const auto members = waitPage<GroupMember>([&](auto cb) { m_backend->listMembers(gid, {}, 100, this, cb); });
    QVERIFY(members.ok());
    QCOMPARE(members.items.size(), 2);
    QCOMPARE(members.items.first().groupId, gid);
    QVERIFY(members.items.first().joined.isValid());

    // The user's groups, found by scanning every group's members (at most 4 listings at a time).
    int maxInFlight = 0;
    auto conn = connect(m_session->client(), &ApiClient::inFlightChanged, this, [&](int n) { maxInFlight = qMax(maxInFlight, n); });
    const auto mine = waitPage<DirectoryGroup>([&](auto cb) { m_backend->listUserGroups(u1, this, cb); });
    disconnect(conn);
    QVERIFY2(mine.ok(), qPrintable(mine.error.toString()));
    QVERIFY(std::any_of(mine.items.begin(), mine.items.end(), [&](const DirectoryGroup &x) { return x.id == gid; }));
    QVERIFY2(maxInFlight <= 4, qPrintable(QString::number(maxInFlight)));
    QVERIFY(maxInFlight >= 2);

    QVERIFY(waitWrite([&](auto cb) { m_backend->removeMember(gid, u1, this, cb); }).ok());
    const WriteResult again = waitWrite([&](auto cb) { m_backend->removeMember(gid, u1, this, cb); });
    QCOMPARE(again.error.code, QStringLiteral("GroupMemberNotFound"));
    const auto after = waitPage<GroupMember>([&](auto cb) { m_backend->listMembers(gid, {}, 100, this, cb); });
    QCOMPARE(after.items.size(), 1);
    QCOMPARE(after.items.first().userId, u2);
    const auto notMine = waitPage<DirectoryGroup>([&](auto cb) { m_backend->listUserGroups(u1, this, cb); });
    QVERIFY(std::none_of(notMine.items.begin(), notMine.items.end(), [&](const DirectoryGroup &x) { return x.id == gid; }));

    // Cloud Identity deletes a group that still has members (only provisionings block it).
    QVERIFY(waitWrite([&](auto cb) { m_backend->deleteGroup(gid, this, cb); }).ok());
    const auto gone = waitPage<GroupMember>([&](auto cb) { m_backend->listMembers(gid, {}, 100, this, cb); });
    QVERIFY(gone.error.isNotFound());
}

void TestCloudIdentityBackend::eventsListFilterSearch()
{
    int pages = 0;
    qint64 total = 0;
    const auto failed = all<ProvisioningEvent>(
        [&](const QString &c, auto cb) { m_backend->listEvents({}, c, 5, this, cb); }, &pages, &total);
    QCOMPARE(total, qint64(18));
    QCOMPARE(failed.size(), 18);
    QCOMPARE(pages, 4);
    int provision = 0;
    for (const auto &e : failed) {
        QVERIFY(!e.id.isEmpty());
        QVERIFY(!e.provisioningId.isEmpty());
        QVERIFY(e.status == QLatin1String("ProvisionFailed") || e.status == QLatin1String("DeleteProvisionFailed"));
        QVERIFY(!e.failureReason.isEmpty());
        provision += e.status == QLatin1String("ProvisionFailed");
    }
    DirectoryBackend::EventQuery q;
    q.status = QStringLiteral("ProvisionFailed");
    const auto onlyProvision = all<ProvisioningEvent>(
        [&](const QString &c, auto cb) { m_backend->listEvents(q, c, 100, this, cb); }, &pages, &total);
    QCOMPARE(onlyProvision.size(), provision);
    for (const auto &e : onlyProvision)
        QCOMPARE(e.status, QStringLiteral("ProvisionFailed"));
    q.status = QStringLiteral("Provisioned");
    const auto done = waitPage<ProvisioningEvent>([&](auto cb) { m_backend->listEvents(q, {}, 100, this, cb); });
    QVERIFY(done.ok());
    QVERIFY(!done.items.isEmpty());
    for (const auto &e : done.items)
        QCOMPARE(e.status, QStringLiteral("Provisioned"));

    q = {};
    q.search = failed.first().principalName;
    const auto searched = waitPage<ProvisioningEvent>([&](auto cb) { m_backend->listEvents(q, {}, 100, this, cb); });
    QVERIFY(searched.ok());
    QVERIFY(std::any_of(searched.items.begin(), searched.items.end(),
                        [&](const ProvisioningEvent &e) { return e.id == failed.first().id; }));
    QVERIFY(searched.items.size() <= failed.size());
    q.search = QStringLiteral("zzz-nobody-zzz");
    const auto nobody = waitPage<ProvisioningEvent>([&](auto cb) { m_backend->listEvents(q, {}, 100, this, cb); });
    QVERIFY(nobody.ok());
    QVERIFY(nobody.items.isEmpty());
}

void TestCloudIdentityBackend::eventsRetryDeleteAndStatusConflict()
{
    const auto failed = waitPage<ProvisioningEvent>([&](auto cb) { m_backend->listEvents({}, {}, 100, this, cb); });
    QVERIFY(failed.items.size() >= 3);
    const ProvisioningEvent toRetry = failed.items.at(0);
    const ProvisioningEvent toDelete = failed.items.at(1);
    const auto req = m_backend->bulkRequest(BulkOperation::retryEvents({toRetry}, QStringLiteral("ignored")), 0);
    QCOMPARE(req.action, QStringLiteral("RetryUserProvisioningEvent"));
    QCOMPARE(req.params, (QJsonObject{{"UserProvisioningEventId", toRetry.id}}));
    QCOMPARE(m_backend->bulkRequest(BulkOperation::deleteEvents({toDelete}), 0).params,
             (QJsonObject{{"UserProvisioningEventId", toDelete.id}}));

    const WriteResult retried = waitWrite([&](auto cb) { m_backend->retryEvent(toRetry, QString(), this, cb); });
    QVERIFY2(retried.ok(), qPrintable(retried.error.toString()));
    const WriteResult deleted = waitWrite([&](auto cb) { m_backend->deleteEvent(toDelete, this, cb); });
    QVERIFY2(deleted.ok(), qPrintable(deleted.error.toString()));
    const WriteResult deletedAgain = waitWrite([&](auto cb) { m_backend->deleteEvent(toDelete, this, cb); });
    QCOMPARE(deletedAgain.error.code, QStringLiteral("UserProvisionEventNotFound"));
    QVERIFY(deletedAgain.error.isNotFound());

    // A non-failed event can be neither retried nor deleted: the service says why.
    DirectoryBackend::EventQuery q;
    q.status = QStringLiteral("Provisioned");
    const auto ok = waitPage<ProvisioningEvent>([&](auto cb) { m_backend->listEvents(q, {}, 10, this, cb); });
    QVERIFY(!ok.items.isEmpty());
    const WriteResult conflict = waitWrite([&](auto cb) { m_backend->retryEvent(ok.items.first(), QString(), this, cb); });
    QCOMPARE(conflict.error.code, QStringLiteral("UserProvisionEventStatusException"));
    QVERIFY(!conflict.error.requestId.isEmpty());
    const WriteResult conflictDelete = waitWrite([&](auto cb) { m_backend->deleteEvent(ok.items.first(), this, cb); });
    QCOMPARE(conflictDelete.error.code, QStringLiteral("UserProvisionEventStatusException"));
}

void TestCloudIdentityBackend::concurrentWritesAreSerialized()
{
    int maxInFlight = 0;
    auto conn = connect(m_session->client(), &ApiClient::inFlightChanged, this, [&](int n) { maxInFlight = qMax(maxInFlight, n); });
    QList<WriteResult> results;
    QStringList ids;
    for (int i = 0; i < 8; ++i) {
        UserDraft d;
        d.userName = uniqueName(QStringLiteral("e2e.burst"));
        QVERIFY(m_backend->createUser(d, this, [&](const WriteResult &w) {
            results << w;
            ids << w.result.value("UserId").toString();
        }));
    }
    QTRY_COMPARE_WITH_TIMEOUT(results.size(), 8, 20000);
    disconnect(conn);
    for (const WriteResult &w : results)
        QVERIFY2(w.ok(), qPrintable(w.error.toString()));
    QCOMPARE(maxInFlight, 1);
    QList<WriteResult> deletes;
    for (const QString &id : ids)
        m_backend->deleteUser(id, this, [&](const WriteResult &w) { deletes << w; });
    QTRY_COMPARE_WITH_TIMEOUT(deletes.size(), 8, 20000);
    for (const WriteResult &w : deletes)
        QVERIFY(w.ok());
}

QTEST_GUILESS_MAIN(TestCloudIdentityBackend)
#include "tst_cloudidentitybackend.moc"
