// SPDX-License-Identifier: GPL-3.0-or-later
// CloudSsoBackend against the real emulator (demo dataset): directory selection, token paging through every page,
// UserName sw search with escaping, Status / ProvisionType filters, users incl. enable / disable, groups incl.
// rename and the "has members" conflict, members, events with client-side status, retry / delete and conflicts.
#include "api/ApiClient.h"
#include "cloud/CloudSsoBackend.h"
#include "DirectoryBackendTestSupport.h"
#include "EmulatorFixture.h"
#include "cloud/Session.h"

#include <QSet>
#include <QtTest>
#include <memory>

class TestCloudSsoBackend : public QObject, public DirectoryBackendTestSupport
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void capabilities();
    void refusedWithoutDirectory();
    void directories();
    void usersAllPages();
    void usersSearch();
    void usersFilters();
    void userLifecycleAndStatus();
    void duplicatesAndServerFieldErrors();
    void groupsAllPagesAndSearch();
    void groupLifecycleMembersAndConflicts();
    void eventsListFilterSearch();
    void eventsRetryDeleteAndConflicts();

private:
    WriteResult raw(const QString &action, const QJsonObject &params);

    std::unique_ptr<EmulatorFixture> m_emu;
    std::unique_ptr<Session> m_session;
    std::unique_ptr<DirectoryBackend> m_backend;
    QString m_dir;
};

WriteResult TestCloudSsoBackend::raw(const QString &action, const QJsonObject &params)
{
    WriteResult w;
    bool done = false;
    ApiCall *call = m_session->client()->call(Service::CloudSso, action, params);
    connect(call, &ApiCall::finished, this, [&](const ApiResult &r) {
        w.error = r.error;
        w.requestId = r.requestId;
        w.result = r.result;
        done = true;
    });
    (void)QTest::qWaitFor([&] { return done; }, 10000);
    return w;
}

void TestCloudSsoBackend::initTestCase()
{
    m_emu = std::make_unique<EmulatorFixture>(QStringList{QStringLiteral("--dataset"), QStringLiteral("demo")});
    QString error;
    QVERIFY2(m_emu->start(&error), qPrintable(error));
    m_session = emulatorSession(*m_emu, QStringLiteral("e2e-sso"), Profile::Provider::Aliyun,
                                QStringLiteral("cloudsso"));
    m_backend.reset(DirectoryBackend::create(m_session.get()));
    QVERIFY(qobject_cast<CloudSsoBackend *>(m_backend.get()));
}

void TestCloudSsoBackend::cleanupTestCase()
{
    m_backend.reset();
    m_session.reset();
    m_emu.reset();
}

void TestCloudSsoBackend::capabilities()
{
    const auto c = m_backend->capabilities();
    QCOMPARE(m_backend->serviceName(), QStringLiteral("cloudsso"));
    QVERIFY(c.userEnableDisable);
    QVERIFY(!c.resetPassword);
    QVERIFY(!c.groupJoinType);
    QVERIFY(c.groupRename);
    QVERIFY(c.eventRetryNeedsStrategy);
    QVERIFY(!c.eventStatusFilter);
    QVERIFY(c.tokenPaging);
    QVERIFY(c.directories);
    QCOMPARE(c.userSourceValues, (QStringList{"Manual", "Synchronized"}));
    QCOMPARE(c.userStatusValues, (QStringList{"Enabled", "Disabled"}));
}

void TestCloudSsoBackend::refusedWithoutDirectory()
{
    QVERIFY(m_session->directoryId().isEmpty());
    int exchanges = 0;
    auto conn = connect(m_session->client(), &ApiClient::exchangeFinished, this, [&] { ++exchanges; });
    const auto users = waitPage<DirectoryUser>([&](auto cb) { QCOMPARE(m_backend->listUsers({}, {}, 100, this, cb), nullptr); });
    QCOMPARE(users.error.kind, ApiError::Kind::InvalidInput);
    QCOMPARE(users.error.code, QStringLiteral("NoDirectory"));
    QVERIFY(!users.error.message.isEmpty());
    UserDraft d;
    d.userName = QStringLiteral("x");
    const WriteResult w = waitWrite([&](auto cb) { QCOMPARE(m_backend->createUser(d, this, cb), nullptr); });
    QCOMPARE(w.error.code, QStringLiteral("NoDirectory"));
    const WriteResult s = waitWrite([&](auto cb) { QCOMPARE(m_backend->setUserEnabled("u-1", false, this, cb), nullptr); });
    QCOMPARE(s.error.code, QStringLiteral("NoDirectory"));
    const auto groups = waitPage<DirectoryGroup>([&](auto cb) { m_backend->listUserGroups("u-1", this, cb); });
    QCOMPARE(groups.error.code, QStringLiteral("NoDirectory"));
    QVERIFY(m_backend->bulkRequest(BulkOperation::setUsersEnabled({QStringLiteral("u-1")}, true), 0).refused());
    QCOMPARE(m_backend->bulkRequest(BulkOperation::setUsersEnabled({QStringLiteral("u-1")}, true), 0).refusal.code,
             QStringLiteral("NoDirectory"));
    QCOMPARE(exchanges, 0);
    disconnect(conn);
}

void TestCloudSsoBackend::directories()
{
    const auto dirs = waitPage<DirectoryInfo>([&](auto cb) { QVERIFY(m_backend->listDirectories(this, cb)); });
    QVERIFY2(dirs.ok(), qPrintable(dirs.error.toString()));
    QCOMPARE(dirs.items.size(), 1);
    QVERIFY(dirs.items.first().id.startsWith(QLatin1String("d-")));
    QVERIFY(!dirs.items.first().name.isEmpty());
    QVERIFY(!dirs.requestId.isEmpty());
    m_dir = dirs.items.first().id;
    m_session->setDirectoryId(m_dir);
}

void TestCloudSsoBackend::usersAllPages()
{
    int pages = 0;
    qint64 total = 0;
    const auto users = all<DirectoryUser>([&](const QString &c, auto cb) { m_backend->listUsers({}, c, 100, this, cb); },
                                          &pages, &total);
    QCOMPARE(total, qint64(150));
    QCOMPARE(users.size(), 150);
    QCOMPARE(pages, 2);
    QSet<QString> ids;
    for (const auto &u : users) {
        QVERIFY(u.id.startsWith(QLatin1String("u-")));
        QVERIFY(u.status == QLatin1String("Enabled") || u.status == QLatin1String("Disabled"));
        QVERIFY(u.source == QLatin1String("Manual") || u.source == QLatin1String("Synchronized"));
        ids.insert(u.id);
    }
    QCOMPARE(ids.size(), 150);
    const auto small = all<DirectoryUser>([&](const QString &c, auto cb) { m_backend->listUsers({}, c, 20, this, cb); },
                                          &pages, &total);
    QCOMPARE(small.size(), 150);
    QCOMPARE(pages, 8);
    for (int i = 0; i < 150; ++i)
        QCOMPARE(small.at(i).id, users.at(i).id);
}

void TestCloudSsoBackend::usersSearch()
{
    const auto first = waitPage<DirectoryUser>([&](auto cb) { m_backend->listUsers({}, {}, 100, this, cb); });
    const DirectoryUser target = first.items.at(11);
    DirectoryBackend::UserQuery q;
    q.search = target.userName.left(3);
    int pages = 0;
    qint64 total = 0;
    const auto found = all<DirectoryUser>([&](const QString &c, auto cb) { m_backend->listUsers(q, c, 100, this, cb); },
                                          &pages, &total);
    QVERIFY(!found.isEmpty());
    QVERIFY(found.size() < 150);
    for (const auto &u : found)
        QVERIFY2(u.userName.startsWith(q.search, Qt::CaseInsensitive), qPrintable(u.userName));
    QVERIFY(std::any_of(found.begin(), found.end(), [&](const DirectoryUser &u) { return u.id == target.id; }));

    // Text that would break "UserName sw <value>" (spaces, quotes, other attributes) is refused, not sent.
    int exchanges = 0;
    auto conn = connect(m_session->client(), &ApiClient::exchangeFinished, this, [&] { ++exchanges; });
    for (const QString &bad : {QStringLiteral("a or UserName sw b"), QStringLiteral("x\""), QStringLiteral("张")}) {
        q.search = bad;
        const auto refused = waitPage<DirectoryUser>([&](auto cb) { QCOMPARE(m_backend->listUsers(q, {}, 100, this, cb), nullptr); });
        QCOMPARE(refused.error.kind, ApiError::Kind::InvalidInput);
        QCOMPARE(m_backend->fieldForError(refused.error), QString()); // a search box, not a form field
        QVERIFY(!refused.error.message.isEmpty());
    }
    QCOMPARE(exchanges, 0);
    disconnect(conn);
    q.search = QStringLiteral("   ");
    const auto blank = waitPage<DirectoryUser>([&](auto cb) { m_backend->listUsers(q, {}, 100, this, cb); });
    QVERIFY(blank.ok());
    QCOMPARE(blank.total, qint64(150));
}

void TestCloudSsoBackend::usersFilters()
{
    int pages = 0;
    qint64 total = 0;
    DirectoryBackend::UserQuery q;
    q.status = QStringLiteral("Disabled");
    const auto disabled = all<DirectoryUser>([&](const QString &c, auto cb) { m_backend->listUsers(q, c, 100, this, cb); },
                                             &pages, &total);
    q.status = QStringLiteral("Enabled");
    const auto enabled = all<DirectoryUser>([&](const QString &c, auto cb) { m_backend->listUsers(q, c, 100, this, cb); },
                                            &pages, &total);
    QVERIFY(!disabled.isEmpty());
    QCOMPARE(disabled.size() + enabled.size(), 150);
    for (const auto &u : disabled)
        QCOMPARE(u.status, QStringLiteral("Disabled"));
    q = {};
    q.source = QStringLiteral("Synchronized");
    const auto synced = all<DirectoryUser>([&](const QString &c, auto cb) { m_backend->listUsers(q, c, 100, this, cb); },
                                           &pages, &total);
    QVERIFY(!synced.isEmpty());
    QVERIFY(synced.size() < 150);
    for (const auto &u : synced)
        QCOMPARE(u.source, QStringLiteral("Synchronized"));
    // Combined with a search.
    q.status = QStringLiteral("Enabled");
    q.search = synced.first().userName.left(1);
    const auto combined = waitPage<DirectoryUser>([&](auto cb) { m_backend->listUsers(q, {}, 100, this, cb); });
    QVERIFY(combined.ok());
    for (const auto &u : combined.items) {
        QCOMPARE(u.source, QStringLiteral("Synchronized"));
        QCOMPARE(u.status, QStringLiteral("Enabled"));
        QVERIFY(u.userName.startsWith(q.search, Qt::CaseInsensitive));
    }
}

void TestCloudSsoBackend::userLifecycleAndStatus()
{
    UserDraft d;
    d.userName = uniqueName(QStringLiteral("e2e.user"));
    d.firstName = QStringLiteral("三");
    d.lastName = QStringLiteral("张");
    d.displayName = QStringLiteral("张三 (e2e)");
    d.email = d.userName + QStringLiteral("@example.com");
    d.description = QStringLiteral("created by tst_cloudssobackend");
    d.status = QStringLiteral("Disabled");
    const WriteResult created = waitWrite([&](auto cb) { QVERIFY(m_backend->createUser(d, this, cb)); });
    QVERIFY2(created.ok(), qPrintable(created.error.toString()));
    const QString id = created.result.value("UserId").toString(); // the User object, unwrapped
    QVERIFY(id.startsWith(QLatin1String("u-")));
    QCOMPARE(created.result.value("Status").toString(), QStringLiteral("Disabled"));
    QVERIFY(!created.requestId.isEmpty());

    QVERIFY(waitWrite([&](auto cb) { m_backend->setUserEnabled(id, true, this, cb); }).ok());
    QCOMPARE(waitWrite([&](auto cb) { m_backend->getUser(id, this, cb); }).result.value("Status").toString(), QStringLiteral("Enabled"));
    const auto req = m_backend->bulkRequest(BulkOperation::setUsersEnabled({id}, false), 0);
    QCOMPARE(req.action, QStringLiteral("UpdateUserStatus"));
    QCOMPARE(req.params.value("NewStatus").toString(), QStringLiteral("Disabled"));
    QCOMPARE(req.params.value("DirectoryId").toString(), m_dir);
    QVERIFY(waitWrite([&](auto cb) { m_backend->setUserEnabled(id, false, this, cb); }).ok());
    QCOMPARE(waitWrite([&](auto cb) { m_backend->getUser(id, this, cb); }).result.value("Status").toString(), QStringLiteral("Disabled"));

    UserDraft e = d;
    e.displayName = QStringLiteral("Renamed");
    e.lastName = QStringLiteral("Zhang");
    e.email = QStringLiteral("renamed-") + d.email;
    e.changed = {QStringLiteral("displayName"), QStringLiteral("lastName"), QStringLiteral("email")};
    const WriteResult updated = waitWrite([&](auto cb) { m_backend->updateUser(id, e, this, cb); });
    QVERIFY2(updated.ok(), qPrintable(updated.error.toString()));
    QCOMPARE(updated.result.value("DisplayName").toString(), QStringLiteral("Renamed"));
    const WriteResult got = waitWrite([&](auto cb) { m_backend->getUser(id, this, cb); });
    QCOMPARE(got.result.value("LastName").toString(), QStringLiteral("Zhang"));
    QCOMPARE(got.result.value("Email").toString(), e.email);
    QCOMPARE(got.result.value("UserName").toString(), d.userName);

    // Only changed fields are sent: a stale form (loaded before another writer renamed the user) that changes
    // only the description leaves the other writer's display name alone; clearing is refused before sending.
    QVERIFY(m_backend->capabilities().userClearableFields.isEmpty());
    UserDraft other;
    other.displayName = QStringLiteral("Renamed by someone else");
    other.changed = {QStringLiteral("displayName")};
    QVERIFY(waitWrite([&](auto cb) { m_backend->updateUser(id, other, this, cb); }).ok());
    UserDraft stale = e;
    stale.description = QStringLiteral("edited");
    stale.changed = {QStringLiteral("description")};
    const WriteResult staleSaved = waitWrite([&](auto cb) { m_backend->updateUser(id, stale, this, cb); });
    QVERIFY2(staleSaved.ok(), qPrintable(staleSaved.error.toString()));
    QCOMPARE(staleSaved.result.value("DisplayName").toString(), other.displayName);
    QCOMPARE(staleSaved.result.value("Description").toString(), stale.description);
    UserDraft clear = e;
    clear.email.clear();
    clear.changed = {QStringLiteral("email")};
    const WriteResult cleared = waitWrite([&](auto cb) { m_backend->updateUser(id, clear, this, cb); });
    QCOMPARE(cleared.error.code, QStringLiteral("InvalidParameter.email"));
    QVERIFY(cleared.error.requestId.isEmpty());
    QCOMPARE(waitWrite([&](auto cb) { m_backend->getUser(id, this, cb); }).result.value("Email").toString(), e.email);

    const WriteResult pw = waitWrite([&](auto cb) { QCOMPARE(m_backend->resetPassword(id, QString(), true, this, cb), nullptr); });
    QCOMPARE(pw.error.code, QStringLiteral("NotSupported"));

    QVERIFY(waitWrite([&](auto cb) { m_backend->deleteUser(id, this, cb); }).ok());
    const WriteResult gone = waitWrite([&](auto cb) { m_backend->getUser(id, this, cb); });
    QCOMPARE(gone.error.code, QStringLiteral("EntityNotExists.User"));
    QVERIFY(gone.error.isNotFound());
    const WriteResult missing = waitWrite([&](auto cb) { m_backend->setUserEnabled(id, true, this, cb); });
    QCOMPARE(missing.error.code, QStringLiteral("EntityNotExists.User"));
}

void TestCloudSsoBackend::duplicatesAndServerFieldErrors()
{
    const auto first = waitPage<DirectoryUser>([&](auto cb) { m_backend->listUsers({}, {}, 10, this, cb); });
    const DirectoryUser existing = first.items.first();
    UserDraft dup;
    dup.userName = existing.userName;
    const WriteResult d = waitWrite([&](auto cb) { m_backend->createUser(dup, this, cb); });
    QCOMPARE(d.error.code, QStringLiteral("EntityAlreadyExists.User"));
    QCOMPARE(m_backend->fieldForError(d.error), QStringLiteral("userName"));

    UserDraft mail;
    mail.userName = uniqueName(QStringLiteral("e2e.mail"));
    mail.email = existing.email;
    QVERIFY(!mail.email.isEmpty());
    const WriteResult m = waitWrite([&](auto cb) { m_backend->createUser(mail, this, cb); });
    QCOMPARE(m.error.code, QStringLiteral("EntityAlreadyExists.User.Email"));
    QCOMPARE(m_backend->fieldForError(m.error), QStringLiteral("email"));

    // The service's own validation (sent without the client checks) maps to the form field.
    const WriteResult badName = raw(QStringLiteral("CreateUser"), {{"DirectoryId", m_dir}, {"UserName", "has space"}});
    QCOMPARE(badName.error.code, QStringLiteral("InvalidParameter.UserName"));
    QCOMPARE(m_backend->fieldForError(badName.error), QStringLiteral("userName"));
    // (The reference gives only a length for e-mail addresses, so the service judges no format: too long it is.)
    const WriteResult badMail = raw(QStringLiteral("UpdateUser"),
                                    {{"DirectoryId", m_dir}, {"UserId", existing.id},
                                     {"NewEmail", QString(117, QLatin1Char('a')) + QStringLiteral("@example.com")}});
    QVERIFY(badMail.error.code.startsWith(QLatin1String("InvalidParameter")));
    QCOMPARE(m_backend->fieldForError(badMail.error), QStringLiteral("email"));
    const WriteResult noName = raw(QStringLiteral("CreateGroup"), {{"DirectoryId", m_dir}});
    QVERIFY(noName.error.code.startsWith(QLatin1String("MissingParameter")));
    QCOMPARE(m_backend->fieldForError(noName.error), QStringLiteral("name"));

    // And the client's own checks refuse before sending.
    UserDraft bad;
    bad.userName = QStringLiteral("has space");
    const WriteResult refused = waitWrite([&](auto cb) { QCOMPARE(m_backend->createUser(bad, this, cb), nullptr); });
    QCOMPARE(refused.error.kind, ApiError::Kind::InvalidInput);
    QCOMPARE(m_backend->fieldForError(refused.error), QStringLiteral("userName"));
}

void TestCloudSsoBackend::groupsAllPagesAndSearch()
{
    int pages = 0;
    qint64 total = 0;
    const auto groups = all<DirectoryGroup>([&](const QString &c, auto cb) { m_backend->listGroups({}, c, 6, this, cb); },
                                            &pages, &total);
    QCOMPARE(total, qint64(20));
    QCOMPARE(groups.size(), 20);
    QCOMPARE(pages, 4);
    const DirectoryGroup target = groups.at(2);
    const QString prefix = target.name.left(3);
    const auto found = all<DirectoryGroup>([&](const QString &c, auto cb) { m_backend->listGroups(prefix, c, 100, this, cb); },
                                           &pages, &total);
    QVERIFY(std::any_of(found.begin(), found.end(), [&](const DirectoryGroup &g) { return g.id == target.id; }));
    for (const auto &g : found)
        QVERIFY(g.name.startsWith(prefix, Qt::CaseInsensitive));
    const auto refused = waitPage<DirectoryGroup>([&](auto cb) { QCOMPARE(m_backend->listGroups("a b", {}, 100, this, cb), nullptr); });
    QCOMPARE(refused.error.kind, ApiError::Kind::InvalidInput);
}

void TestCloudSsoBackend::groupLifecycleMembersAndConflicts()
{
    GroupDraft g;
    g.name = uniqueName(QStringLiteral("e2e-grp"));
    g.description = QStringLiteral("d1");
    const WriteResult created = waitWrite([&](auto cb) { m_backend->createGroup(g, this, cb); });
    QVERIFY2(created.ok(), qPrintable(created.error.toString()));
    const QString gid = created.result.value("GroupId").toString();
    QVERIFY(gid.startsWith(QLatin1String("g-")));

    const WriteResult dup = waitWrite([&](auto cb) { m_backend->createGroup(g, this, cb); });
    QCOMPARE(dup.error.code, QStringLiteral("EntityAlreadyExists.Group"));
    QCOMPARE(m_backend->fieldForError(dup.error), QStringLiteral("name"));

    GroupDraft rename;
    rename.name = g.name + QStringLiteral("-renamed");
    rename.description = QStringLiteral("d2");
    const WriteResult renamed = waitWrite([&](auto cb) { m_backend->updateGroup(gid, rename, this, cb); });
    QVERIFY2(renamed.ok(), qPrintable(renamed.error.toString()));
    QCOMPARE(renamed.result.value("GroupName").toString(), rename.name);
    QCOMPARE(renamed.result.value("Description").toString(), QStringLiteral("d2"));

    const auto users = waitPage<DirectoryUser>([&](auto cb) { m_backend->listUsers({}, {}, 5, this, cb); });
    const QString u1 = users.items.at(0).id, u2 = users.items.at(1).id;
    QVERIFY(waitWrite([&](auto cb) { m_backend->addMember(gid, u1, this, cb); }).ok());
    QVERIFY(waitWrite([&](auto cb) { m_backend->addMember(gid, u2, this, cb); }).ok());
    const WriteResult twice = waitWrite([&](auto cb) { m_backend->addMember(gid, u2, this, cb); });
    QCOMPARE(twice.error.code, QStringLiteral("EntityAlreadyExists.GroupMember"));
    int pages = 0;
    qint64 total = 0;
    const auto members = all<GroupMember>([&](const QString &c, auto cb) { m_backend->listMembers(gid, c, 1, this, cb); },
                                          &pages, &total);
    QCOMPARE(members.size(), 2);
    QCOMPARE(pages, 2);
    QCOMPARE(members.first().groupId, gid);
    QVERIFY(!members.first().status.isEmpty());

    const auto mine = waitPage<DirectoryGroup>([&](auto cb) { m_backend->listUserGroups(u1, this, cb); });
    QVERIFY2(mine.ok(), qPrintable(mine.error.toString()));
    QVERIFY(std::any_of(mine.items.begin(), mine.items.end(), [&](const DirectoryGroup &x) { return x.id == gid; }));

    // CloudSSO refuses to delete a group with members (and a user in a group): the server's code is surfaced.
    const WriteResult blocked = waitWrite([&](auto cb) { m_backend->deleteGroup(gid, this, cb); });
    QCOMPARE(blocked.error.code, QStringLiteral("DeletionConflict.Group.User"));
    QCOMPARE(blocked.error.httpStatus, 409);
    QVERIFY(!blocked.error.requestId.isEmpty());

    QVERIFY(waitWrite([&](auto cb) { m_backend->removeMember(gid, u1, this, cb); }).ok());
    QVERIFY(waitWrite([&](auto cb) { m_backend->removeMember(gid, u2, this, cb); }).ok());
    const WriteResult notMember = waitWrite([&](auto cb) { m_backend->removeMember(gid, u2, this, cb); });
    QVERIFY(notMember.error.isNotFound());
    QVERIFY(waitWrite([&](auto cb) { m_backend->deleteGroup(gid, this, cb); }).ok());
    const auto gone = waitPage<GroupMember>([&](auto cb) { m_backend->listMembers(gid, {}, 10, this, cb); });
    QCOMPARE(gone.error.code, QStringLiteral("EntityNotExists.Group"));
}

void TestCloudSsoBackend::eventsListFilterSearch()
{
    int pages = 0;
    qint64 total = 0;
    const auto events = all<ProvisioningEvent>([&](const QString &c, auto cb) { m_backend->listEvents({}, c, 15, this, cb); },
                                               &pages, &total);
    QCOMPARE(total, qint64(40));
    QCOMPARE(events.size(), 40);
    QCOMPARE(pages, 3);
    int deleteFailed = 0;
    for (const auto &e : events) {
        QVERIFY(e.id.startsWith(QLatin1String("upe-")));
        QVERIFY(!e.provisioningId.isEmpty());
        QVERIFY(e.status == QLatin1String("ProvisionFailed") || e.status == QLatin1String("DeleteProvisionFailed"));
        QVERIFY(e.duplicationStrategy == QLatin1String("KeepBoth") || e.duplicationStrategy == QLatin1String("TakeOver"));
        QVERIFY(!e.failureReason.isEmpty());
        deleteFailed += e.status == QLatin1String("DeleteProvisionFailed");
    }
    // No server-side status filter: applied to each page here.
    DirectoryBackend::EventQuery q;
    q.status = QStringLiteral("DeleteProvisionFailed");
    const auto filtered = all<ProvisioningEvent>([&](const QString &c, auto cb) { m_backend->listEvents(q, c, 15, this, cb); },
                                                 &pages, &total);
    QCOMPARE(filtered.size(), deleteFailed);
    QCOMPARE(total, qint64(-1));
    for (const auto &e : filtered)
        QCOMPARE(e.status, QStringLiteral("DeleteProvisionFailed"));
    q = {};
    q.search = events.at(5).principalName;
    const auto searched = all<ProvisioningEvent>([&](const QString &c, auto cb) { m_backend->listEvents(q, c, 100, this, cb); },
                                                 &pages, &total);
    QVERIFY(std::any_of(searched.begin(), searched.end(), [&](const ProvisioningEvent &e) { return e.id == events.at(5).id; }));
    for (const auto &e : searched)
        QVERIFY(e.principalName.contains(q.search, Qt::CaseInsensitive) || e.targetName.contains(q.search, Qt::CaseInsensitive));
}

void TestCloudSsoBackend::eventsRetryDeleteAndConflicts()
{
    const auto first = waitPage<ProvisioningEvent>([&](auto cb) { m_backend->listEvents({}, {}, 100, this, cb); });
    QVERIFY(first.items.size() >= 10);
    // The request carries the event's own strategy unless another is chosen.
    const ProvisioningEvent e0 = first.items.at(0);
    const auto own = m_backend->bulkRequest(BulkOperation::retryEvents({e0}), 0);
    QCOMPARE(own.params.value("DuplicationStrategy").toString(), e0.duplicationStrategy);
    QCOMPARE(own.params.value("EventId").toString(), e0.id);
    QCOMPARE(own.params.value("DirectoryId").toString(), m_dir);
    QCOMPARE(m_backend->bulkRequest(BulkOperation::retryEvents({e0}, QStringLiteral("takeover")), 0)
                 .params.value("DuplicationStrategy").toString(),
             QStringLiteral("TakeOver"));
    const auto del = m_backend->bulkRequest(BulkOperation::deleteEvents({e0}), 0);
    QCOMPARE(del.params.value("UserProvisioningId").toString(), e0.provisioningId);
    ProvisioningEvent noStrategy = e0;
    noStrategy.duplicationStrategy.clear();
    const WriteResult refused = waitWrite([&](auto cb) { QCOMPARE(m_backend->retryEvent(noStrategy, QString(), this, cb), nullptr); });
    QCOMPARE(refused.error.kind, ApiError::Kind::InvalidInput);

    // Retry ten events; those that succeeded leave the failed list and cannot be retried or deleted again.
    QSet<QString> retried;
    for (int i = 0; i < 10; ++i) {
        const ProvisioningEvent e = first.items.at(i);
        const WriteResult r = waitWrite([&](auto cb) { m_backend->retryEvent(e, QString(), this, cb); });
        QVERIFY2(r.ok(), qPrintable(r.error.toString()));
        retried.insert(e.id);
    }
    const auto after = waitPage<ProvisioningEvent>([&](auto cb) { m_backend->listEvents({}, {}, 100, this, cb); });
    QList<ProvisioningEvent> succeeded;
    for (int i = 0; i < 10; ++i) {
        const ProvisioningEvent e = first.items.at(i);
        if (std::none_of(after.items.begin(), after.items.end(), [&](const ProvisioningEvent &x) { return x.id == e.id; }))
            succeeded << e;
    }
    QVERIFY2(!succeeded.isEmpty(), "no retried event left the failed list");
    const WriteResult conflict = waitWrite([&](auto cb) { m_backend->retryEvent(succeeded.first(), QString(), this, cb); });
    QCOMPARE(conflict.error.code, QStringLiteral("OperationConflict.UserProvisioningEvent"));
    QVERIFY(!conflict.error.requestId.isEmpty());
    const WriteResult conflictDelete = waitWrite([&](auto cb) { m_backend->deleteEvent(succeeded.first(), this, cb); });
    QCOMPARE(conflictDelete.error.code, QStringLiteral("OperationConflict.UserProvisioningEvent"));

    // Delete a failed one.
    const ProvisioningEvent victim = after.items.last();
    QVERIFY(waitWrite([&](auto cb) { m_backend->deleteEvent(victim, this, cb); }).ok());
    const WriteResult again = waitWrite([&](auto cb) { m_backend->deleteEvent(victim, this, cb); });
    QVERIFY(again.error.isNotFound());
    const auto finalList = waitPage<ProvisioningEvent>([&](auto cb) { m_backend->listEvents({}, {}, 100, this, cb); });
    QCOMPARE(finalList.items.size(), after.items.size() - 1);
}

QTEST_GUILESS_MAIN(TestCloudSsoBackend)
#include "tst_cloudssobackend.moc"
