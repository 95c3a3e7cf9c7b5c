// SPDX-License-Identifier: GPL-3.0-or-later
#include "FakeDirectoryBackend.h"

#include "cloud/BulkOperation.h"
#include <QTimer>

FakeDirectoryBackend::FakeDirectoryBackend(QObject *parent)
    : DirectoryBackend(nullptr, parent)
{
    caps.tokenPaging = true;
    caps.userSourceValues = {QStringLiteral("Manual"), QStringLiteral("Synchronized")};
    caps.userStatusValues = {QStringLiteral("Enabled"), QStringLiteral("Disabled")};
    caps.userEnableDisable = true;
}

DirectoryUser FakeDirectoryBackend::makeUser(int i, const QString &prefix)
{
    DirectoryUser u;
    u.id = QStringLiteral("u-%1").arg(i, 6, 10, QLatin1Char('0'));
    u.userName = QStringLiteral("%1%2").arg(prefix).arg(i);
    u.displayName = QStringLiteral("User %1").arg(i);
    u.email = QStringLiteral("%1%2@example.com").arg(prefix).arg(i);
    u.source = i % 3 ? QStringLiteral("Manual") : QStringLiteral("Synchronized");
    u.status = i % 5 ? QStringLiteral("Enabled") : QStringLiteral("Disabled");
    u.created = QDateTime(QDate(2024, 1, 1), QTime(0, 0), Qt::UTC).addSecs(qint64(i) * 60);
    u.updated = u.created.addDays(1);
    u.raw = QJsonObject{{QStringLiteral("UserId"), u.id}};
    return u;
}

int FakeDirectoryBackend::nextDelay()
{
    return listDelays.isEmpty() ? delayMs : listDelays.takeFirst();
}

ApiError FakeDirectoryBackend::notFound(const QString &what)
{
    ApiError e = ApiError::make(ApiError::Kind::Api, QStringLiteral("EntityNotExists.%1").arg(what),
                                QStringLiteral("%1 does not exist").arg(what));
    e.httpStatus = 404;
    e.requestId = QStringLiteral("FAKE-REQ-404");
    return e;
}

template<class T>
ApiCall *FakeDirectoryBackend::deliverPage(QObject *owner, const QList<T> &all, const QString &cursor, int pageSize,
                                           PageCallback<T> done)
{
    Page<T> page;
    page.requestId = QStringLiteral("FAKE-REQ");
    if (failNextList.isError()) {
        page.error = failNextList;
        failNextList = ApiError();
    } else {
        const int offset = cursor.isEmpty() ? 0 : cursor.toInt();
        page.items = all.mid(offset, pageSize);
        page.total = all.size();
        if (offset + pageSize < all.size())
            page.nextCursor = QString::number(offset + pageSize);
    }
    QTimer::singleShot(nextDelay(), owner ? owner : this, [done, page] { done(page); });
    return nullptr;
}

ApiCall *FakeDirectoryBackend::deliverWrite(QObject *owner, const WriteResult &result, WriteCallback done)
{
    QTimer::singleShot(delayMs, owner ? owner : this, [done, result] { done(result); });
    return nullptr;
}

QList<FieldError> FakeDirectoryBackend::validateUser(const UserDraft &draft, bool creating) const
{
    QList<FieldError> errors;
    if (creating && draft.userName.isEmpty())
        errors.append({QStringLiteral("userName"), QStringLiteral("required")});
    if (!draft.email.isEmpty() && !draft.email.contains(QLatin1Char('@')))
        errors.append({QStringLiteral("email"), QStringLiteral("invalid e-mail")});
    return errors;
}

QList<FieldError> FakeDirectoryBackend::validateGroup(const GroupDraft &draft, bool creating) const
{
    QList<FieldError> errors;
    if (creating && draft.name.isEmpty())
        errors.append({QStringLiteral("name"), QStringLiteral("required")});
    return errors;
}

QString FakeDirectoryBackend::fieldForError(const ApiError &error) const
{
    if (error.code.contains(QLatin1String("Email")))
        return QStringLiteral("email");
    if (error.code.contains(QLatin1String("UserName")))
        return QStringLiteral("userName");
    return {};
}

ApiCall *FakeDirectoryBackend::listDirectories(QObject *owner, PageCallback<DirectoryInfo> done)
{
    return deliverPage(owner, directories, QString(), 100, done);
}

ApiCall *FakeDirectoryBackend::listUsers(const UserQuery &query, const QString &cursor, int pageSize, QObject *owner,
                                         PageCallback<DirectoryUser> done)
{
    ++listUsersCalls;
    userQueries.append(query);
    userCursors.append(cursor);
    QList<DirectoryUser> matching;
    for (const DirectoryUser &u : users) {
        if (!query.search.isEmpty() && !u.userName.startsWith(query.search, Qt::CaseInsensitive))
            continue;
        if (!query.source.isEmpty() && u.source != query.source)
            continue;
        if (!query.status.isEmpty() && u.status != query.status)
            continue;
        matching.append(u);
    }
    return deliverPage(owner, matching, cursor, pageSize, done);
}

ApiCall *FakeDirectoryBackend::getUser(const QString &userId, QObject *owner, WriteCallback done)
{
    WriteResult r;
    r.requestId = QStringLiteral("FAKE-GET");
    for (const DirectoryUser &u : users) {
        if (u.id == userId) {
            r.result = QJsonObject{{QStringLiteral("UserId"), u.id},           {QStringLiteral("UserName"), u.userName},
                                   {QStringLiteral("DisplayName"), u.displayName}, {QStringLiteral("Email"), u.email},
                                   {QStringLiteral("Phone"), u.phone}, {QStringLiteral("Description"), u.description}};
            return deliverWrite(owner, r, done);
        }
    }
    r.error = notFound(QStringLiteral("User"));
    return deliverWrite(owner, r, done);
}

ApiCall *FakeDirectoryBackend::createUser(const UserDraft &draft, QObject *owner, WriteCallback done)
{
    DirectoryUser u = makeUser(int(users.size()) + 1000);
    u.userName = draft.userName;
    u.displayName = draft.displayName;
    u.email = draft.email;
    users.append(u);
    WriteResult r;
    r.result = QJsonObject{{QStringLiteral("UserId"), u.id}, {QStringLiteral("UserName"), u.userName}};
    return deliverWrite(owner, r, done);
}

ApiCall *FakeDirectoryBackend::updateUser(const QString &userId, const UserDraft &draft, QObject *owner,
                                          WriteCallback done)
{
    WriteResult r;
    updates << draft;
    for (DirectoryUser &u : users) {
        if (u.id == userId) {
            u.displayName = draft.displayName;
            u.email = draft.email;
            return deliverWrite(owner, r, done);
        }
    }
    r.error = notFound(QStringLiteral("User"));
    return deliverWrite(owner, r, done);
}

ApiCall *FakeDirectoryBackend::deleteUser(const QString &userId, QObject *owner, WriteCallback done)
{
    WriteResult r;
    for (int i = 0; i < users.size(); ++i) {
        if (users.at(i).id == userId) {
            users.removeAt(i);
            return deliverWrite(owner, r, done);
        }
    }
    r.error = notFound(QStringLiteral("User"));
    return deliverWrite(owner, r, done);
}

ApiCall *FakeDirectoryBackend::setUserEnabled(const QString &userId, bool enabled, QObject *owner, WriteCallback done)
{
    WriteResult r;
    for (DirectoryUser &u : users) {
        if (u.id == userId) {
            u.status = enabled ? QStringLiteral("Enabled") : QStringLiteral("Disabled");
            return deliverWrite(owner, r, done);
        }
    }
    r.error = notFound(QStringLiteral("User"));
    return deliverWrite(owner, r, done);
}

ApiCall *FakeDirectoryBackend::resetPassword(const QString &userId, const QString &password, bool mustChange,
                                             QObject *owner, WriteCallback done)
{
    Q_UNUSED(userId);
    Q_UNUSED(mustChange);
    WriteResult r;
    r.result = QJsonObject{{QStringLiteral("Password"), password.isEmpty() ? QStringLiteral("Generated#123") : password}};
    return deliverWrite(owner, r, done);
}

void FakeDirectoryBackend::listUserGroups(const QString &userId, QObject *owner, PageCallback<DirectoryGroup> done)
{
    QList<DirectoryGroup> result;
    for (const DirectoryGroup &g : groups) {
        for (const GroupMember &m : members.value(g.id))
            if (m.userId == userId)
                result.append(g);
    }
    deliverPage(owner, result, QString(), 1000, done);
}

ApiCall *FakeDirectoryBackend::listGroups(const QString &search, const QString &cursor, int pageSize, QObject *owner,
                                          PageCallback<DirectoryGroup> done)
{
    ++listGroupsCalls;
    QList<DirectoryGroup> matching;
    for (const DirectoryGroup &g : groups)
        if (search.isEmpty() || g.name.contains(search, Qt::CaseInsensitive))
            matching.append(g);
    return deliverPage(owner, matching, cursor, pageSize, done);
}

ApiCall *FakeDirectoryBackend::createGroup(const GroupDraft &draft, QObject *owner, WriteCallback done)
{
    DirectoryGroup g;
    g.id = QStringLiteral("g-new%1").arg(groups.size());
    g.name = draft.name;
    g.description = draft.description;
    groups.append(g);
    WriteResult r;
    r.result = QJsonObject{{QStringLiteral("GroupId"), g.id}, {QStringLiteral("GroupName"), g.name}};
    return deliverWrite(owner, r, done);
}

ApiCall *FakeDirectoryBackend::updateGroup(const QString &groupId, const GroupDraft &draft, QObject *owner,
                                           WriteCallback done)
{
    WriteResult r;
    for (DirectoryGroup &g : groups) {
        if (g.id == groupId) {
            g.description = draft.description;
            return deliverWrite(owner, r, done);
        }
    }
    r.error = notFound(QStringLiteral("Group"));
    return deliverWrite(owner, r, done);
}

ApiCall *FakeDirectoryBackend::deleteGroup(const QString &groupId, QObject *owner, WriteCallback done)
{
    WriteResult r;
    if (!members.value(groupId).isEmpty()) {
        r.error = ApiError::make(ApiError::Kind::Api, QStringLiteral("DeletionConflict.Group.Members"),
                                 QStringLiteral("group has members"));
        r.error.httpStatus = 409;
        return deliverWrite(owner, r, done);
    }
    for (int i = 0; i < groups.size(); ++i) {
        if (groups.at(i).id == groupId) {
            groups.removeAt(i);
            return deliverWrite(owner, r, done);
        }
    }
    r.error = notFound(QStringLiteral("Group"));
    return deliverWrite(owner, r, done);
}

ApiCall *FakeDirectoryBackend::listMembers(const QString &groupId, const QString &cursor, int pageSize, QObject *owner,
                                           PageCallback<GroupMember> done)
{
    ++listMembersCalls;
    return deliverPage(owner, members.value(groupId), cursor, pageSize, done);
}

ApiCall *FakeDirectoryBackend::addMember(const QString &groupId, const QString &userId, QObject *owner,
                                         WriteCallback done)
{
    GroupMember m;
    m.groupId = groupId;
    m.userId = userId;
    members[groupId].append(m);
    return deliverWrite(owner, WriteResult(), done);
}

ApiCall *FakeDirectoryBackend::removeMember(const QString &groupId, const QString &userId, QObject *owner,
                                            WriteCallback done)
{
    QList<GroupMember> &list = members[groupId];
    for (int i = 0; i < list.size(); ++i) {
        if (list.at(i).userId == userId) {
            list.removeAt(i);
            return deliverWrite(owner, WriteResult(), done);
        }
    }
    WriteResult r;
    r.error = notFound(QStringLiteral("GroupMember"));
    return deliverWrite(owner, r, done);
}

ApiCall *FakeDirectoryBackend::listEvents(const EventQuery &query, const QString &cursor, int pageSize, QObject *owner,
                                          PageCallback<ProvisioningEvent> done)
{
    ++listEventsCalls;
    eventQueries.append(query);
    QList<ProvisioningEvent> matching;
    for (const ProvisioningEvent &e : events) {
        if (!query.status.isEmpty() && e.status != query.status)
            continue;
        if (!query.search.isEmpty() && !e.principalName.contains(query.search, Qt::CaseInsensitive))
            continue;
        if (!query.provisioningId.isEmpty() && e.provisioningId != query.provisioningId)
            continue;
        matching.append(e);
    }
    return deliverPage(owner, matching, cursor, pageSize, done);
}

ApiCall *FakeDirectoryBackend::retryEvent(const ProvisioningEvent &event, const QString &strategy, QObject *owner,
                                          WriteCallback done)
{
    Q_UNUSED(strategy);
    WriteResult r;
    for (int i = 0; i < events.size(); ++i) {
        if (events.at(i).id == event.id) {
            events.removeAt(i);
            return deliverWrite(owner, r, done);
        }
    }
    r.error = notFound(QStringLiteral("UserProvisioningEvent"));
    return deliverWrite(owner, r, done);
}

ApiCall *FakeDirectoryBackend::deleteEvent(const ProvisioningEvent &event, QObject *owner, WriteCallback done)
{
    return retryEvent(event, QString(), owner, done);
}

BulkTarget::Request FakeDirectoryBackend::bulkRequest(const BulkOperation &op, int index) const
{
    // With a client (a Cloud Identity client against the emulator), provisioning deletes are real requests, so
    // that a pane's batch runs on the one bulk path (BulkRunner + BulkProgressDialog) in GUI tests.
    if (bulkClientForTests && op.kind() == BulkOperation::Kind::DeleteProvisionings) {
        Request r;
        r.action = QStringLiteral("DeleteUserProvisioning");
        r.params = {{QStringLiteral("UserProvisioningId"), op.targetId(index)}};
        return r;
    }
    return refuse(bulkService(), QString(), QStringLiteral("NotSupported"), QStringLiteral("The fake runs no batches."));
}

UserProvisioning FakeDirectoryBackend::makeProvisioning(int i, const QString &targetId)
{
    UserProvisioning p;
    p.id = QStringLiteral("138%1").arg(i, 5, 10, QLatin1Char('0'));
    p.principalType = i % 3 ? QStringLiteral("User") : QStringLiteral("Group");
    p.principalId = QStringLiteral("139%1").arg(i, 5, 10, QLatin1Char('0'));
    p.principalName = QStringLiteral("principal%1").arg(i);
    p.targetId = targetId;
    p.description = QStringLiteral("provisioning %1").arg(i);
    p.identitySourceStrategy = QStringLiteral("Create");
    p.duplicationStrategy = QStringLiteral("KeepBoth");
    p.duplicationSuffix = QStringLiteral("-sso");
    p.deletionStrategy = QStringLiteral("Keep");
    p.status = i % 5 ? QStringLiteral("Provisioned") : QStringLiteral("Failed");
    p.created = QDateTime(QDate(2024, 7, 22), QTime(13, 53, 54), Qt::UTC).addSecs(i * 60);
    p.updated = p.created;
    p.raw = QJsonObject{{QStringLiteral("UserProvisioningId"), p.id},
                        {QStringLiteral("PrincipalType"), p.principalType},
                        {QStringLiteral("PrincipalId"), p.principalId},
                        {QStringLiteral("PrincipalName"), p.principalName},
                        {QStringLiteral("TargetId"), p.targetId},
                        {QStringLiteral("Description"), p.description},
                        {QStringLiteral("IdentitySourceStrategy"), p.identitySourceStrategy},
                        {QStringLiteral("DuplicationStrategy"), p.duplicationStrategy},
                        {QStringLiteral("DuplicationSuffix"), p.duplicationSuffix},
                        {QStringLiteral("DeletionStrategy"), p.deletionStrategy},
                        {QStringLiteral("ProvisionStatus"), p.status},
                        {QStringLiteral("CreatedTime"), p.created.toString(Qt::ISODate)},
                        {QStringLiteral("UpdatedTime"), p.updated.toString(Qt::ISODate)}};
    return p;
}

ApiCall *FakeDirectoryBackend::listProvisionings(const ProvisioningQuery &query, const QString &cursor, int pageSize,
                                                 QObject *owner, PageCallback<UserProvisioning> done)
{
    ++listProvisioningsCalls;
    provisioningQueries.append(query);
    QList<UserProvisioning> matching;
    for (const UserProvisioning &p : provisionings)
        if ((query.targetId.isEmpty() || p.targetId == query.targetId)
            && (query.principalId.isEmpty() || p.principalId == query.principalId)
            && (query.principalType.isEmpty() || p.principalType == query.principalType))
            matching.append(p);
    return deliverPage(owner, matching, cursor, pageSize, done);
}

ApiCall *FakeDirectoryBackend::getProvisioning(const QString &provisioningId, QObject *owner, WriteCallback done)
{
    WriteResult r;
    for (const UserProvisioning &p : std::as_const(provisionings)) {
        if (p.id == provisioningId) {
            r.result = p.raw;
            return deliverWrite(owner, r, done);
        }
    }
    r.error = notFound(QStringLiteral("UserProvisioning"));
    return deliverWrite(owner, r, done);
}

ApiCall *FakeDirectoryBackend::deleteProvisioning(const QString &provisioningId, QObject *owner, WriteCallback done)
{
    WriteResult r;
    r.requestId = QStringLiteral("FAKE-DEL-%1").arg(provisioningId);
    if (failNextDelete.isError()) {
        r.error = failNextDelete;
        failNextDelete = ApiError();
        return deliverWrite(owner, r, done);
    }
    for (int i = 0; i < provisionings.size(); ++i) {
        if (provisionings.at(i).id == provisioningId) {
            provisionings.removeAt(i);
            deletedProvisionings.append(provisioningId);
            return deliverWrite(owner, r, done);
        }
    }
    r.error = notFound(QStringLiteral("UserProvisioning"));
    return deliverWrite(owner, r, done);
}

UserProvisioning FakeDirectoryBackend::provisioningFromResult(const QJsonObject &result) const
{
    for (const UserProvisioning &p : provisionings)
        if (p.raw == result)
            return p;
    UserProvisioning p;
    p.id = result.value(QStringLiteral("UserProvisioningId")).toString();
    p.raw = result;
    return p;
}
