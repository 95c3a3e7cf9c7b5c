// SPDX-License-Identifier: GPL-3.0-or-later
#include "cloud/CloudIdentityBackend.h"

#include "cloud/CloudIdentityWriteQueue.h"
#include "cloud/DirectoryValidation.h"
#include "cloud/GroupMembershipScan.h"
#include "cloud/RecordMapping.h"
#include <QJsonArray>

namespace {
const Service S = Service::CloudIdentity;

void putIfSet(QJsonObject &o, const QString &key, const QString &value)
{
    if (!value.isEmpty())
        o.insert(key, value);
}

template<class T>
Page<T> mapPage(const ApiResult &r, const QString &field, int page, int pageSize,
                const std::function<T(const QJsonObject &)> &map)
{
    Page<T> p;
    const QList<QJsonObject> objects = RecordMapping::objects(r.result.value(field));
    p.items.reserve(objects.size());
    for (const QJsonObject &o : objects)
        p.items.append(map(o));
    p.total = RecordMapping::integer(r.result, QStringLiteral("Total"), -1);
    // Count what the server sent (even entries we could not read) so paging never stops early.
    const int sent = r.result.value(field).toArray().size();
    p.nextCursor = DirectoryBackendBase::nextPageCursor(page, pageSize, sent, p.total);
    return p;
}
} // namespace

CloudIdentityBackend::CloudIdentityBackend(Session *session, QObject *parent)
    : DirectoryBackendBase(session, S, parent)
{
}

DirectoryBackend::Capabilities CloudIdentityBackend::capabilities() const
{
    Capabilities c;
    c.resetPassword = true;
    c.groupJoinType = true;
    c.groupDisplayName = true;
    c.userPhone = true;
    c.userNameEditable = true;
    c.eventStatusFilter = true;
    c.userProvisionings = true;
    c.userSourceValues = {QStringLiteral("Manual"), QStringLiteral("Sync")};
    return c;
}

QList<FieldError> CloudIdentityBackend::validateUser(const UserDraft &draft, bool creating) const
{
    return DirectoryValidation::cloudIdentityUser(draft, creating);
}

QList<FieldError> CloudIdentityBackend::validateGroup(const GroupDraft &draft, bool creating) const
{
    return DirectoryValidation::cloudIdentityGroup(draft, creating);
}

QString CloudIdentityBackend::fieldForError(const ApiError &error) const
{
    return DirectoryValidation::fieldForError(S, error);
}

CloudIdentityWriteQueue *CloudIdentityBackend::writeQueue() const
{
    return CloudIdentityWriteQueue::forClient(client());
}

ApiCall *CloudIdentityBackend::sendWrite(const QString &action, const QJsonObject &params, QObject *owner)
{
    return writeQueue()->submit(action, params, owner);
}

ApiError CloudIdentityBackend::badCursor(const QString &action) const
{
    return refusal(action, QStringLiteral("InvalidCursor"), tr("The page cursor is not a page number."));
}

ApiCall *CloudIdentityBackend::refuseMissingId(const QString &action, const QString &what, QObject *owner,
                                               WriteCallback done)
{
    return refuseWrite(refusal(action, QStringLiteral("MissingParameter"), tr("No %1 was given.").arg(what)), owner,
                       done);
}

// ---- request bodies ----

QJsonObject CloudIdentityBackend::createUserParams(const UserDraft &d)
{
    QJsonObject p;
    p.insert(QStringLiteral("UserName"), d.userName.trimmed());
    putIfSet(p, QStringLiteral("DisplayName"), d.displayName.trimmed());
    putIfSet(p, QStringLiteral("Description"), d.description);
    putIfSet(p, QStringLiteral("Email"), d.email.trimmed());
    putIfSet(p, QStringLiteral("Phone"), d.phone.trimmed());
    return p;
}

QJsonObject CloudIdentityBackend::updateUserParams(const QString &userId, const UserDraft &d)
{
    // Only the fields the operator changed (UserDraft::changed): UpdateUser's fields are all optional, and one
    // that is not sent keeps its value. (An empty value is sent only for a field listed as clearable, and the
    // reference lists none: updateUser refuses such a draft before it gets here.)
    QJsonObject p;
    p.insert(QStringLiteral("UserId"), userId);
    const auto put = [&p, &d](const QString &field, const QString &key, const QString &value) {
        if (d.changed.contains(field))
            p.insert(key, value);
    };
    put(QStringLiteral("userName"), QStringLiteral("UserName"), d.userName.trimmed());
    put(QStringLiteral("displayName"), QStringLiteral("DisplayName"), d.displayName.trimmed());
    put(QStringLiteral("description"), QStringLiteral("Description"), d.description);
    put(QStringLiteral("email"), QStringLiteral("Email"), d.email.trimmed());
    put(QStringLiteral("phone"), QStringLiteral("Phone"), d.phone.trimmed());
    return p;
}

QJsonObject CloudIdentityBackend::createGroupParams(const GroupDraft &d)
{
    QJsonObject p;
    p.insert(QStringLiteral("GroupName"), d.name.trimmed());
    p.insert(QStringLiteral("JoinType"), d.joinType.isEmpty() ? QStringLiteral("Manual") : d.joinType);
    putIfSet(p, QStringLiteral("DisplayName"), d.displayName.trimmed());
    putIfSet(p, QStringLiteral("Description"), d.description);
    return p;
}

QJsonObject CloudIdentityBackend::updateGroupParams(const QString &groupId, const GroupDraft &d)
{
    // GroupName and JoinType are fixed after creation.
    QJsonObject p;
    p.insert(QStringLiteral("GroupId"), groupId);
    p.insert(QStringLiteral("DisplayName"), d.displayName.trimmed());
    p.insert(QStringLiteral("Description"), d.description);
    return p;
}

QJsonObject CloudIdentityBackend::resetPasswordParams(const QString &userId, const QString &password, bool mustChange)
{
    QJsonObject p;
    p.insert(QStringLiteral("UserId"), userId);
    p.insert(QStringLiteral("GenerateRandomPassword"), password.isEmpty());
    p.insert(QStringLiteral("PasswordResetRequired"), mustChange);
    if (!password.isEmpty())
        p.insert(QStringLiteral("Password"), password);
    return p;
}

// ---- directories ----

ApiCall *CloudIdentityBackend::listDirectories(QObject *owner, PageCallback<DirectoryInfo> done)
{
    // Cloud Identity has one directory per account: nothing to choose.
    Page<DirectoryInfo> page;
    page.total = 0;
    QTimer::singleShot(0, context(owner), [done, page] {
        if (done)
            done(page);
    });
    return nullptr;
}

// ---- users ----

ApiCall *CloudIdentityBackend::listUsers(const UserQuery &query, const QString &cursor, int pageSize, QObject *owner,
                                         PageCallback<DirectoryUser> done)
{
    const QString action = QStringLiteral("ListUsers");
    const int page = pageFromCursor(cursor);
    if (page < 1)
        return refusePage<DirectoryUser>(badCursor(action), owner, done);
    const int size = clampPageSize(pageSize);
    QJsonObject p;
    p.insert(QStringLiteral("PageNumber"), page);
    p.insert(QStringLiteral("PageSize"), size);
    putIfSet(p, QStringLiteral("QueryString"), query.search.trimmed());
    putIfSet(p, QStringLiteral("Source"), query.source);
    return readPage<DirectoryUser>(action, p, owner, done, [page, size](const ApiResult &r) {
        return mapPage<DirectoryUser>(r, QStringLiteral("Users"), page, size, &RecordMapping::cloudIdentityUser);
    });
}

ApiCall *CloudIdentityBackend::getUser(const QString &userId, QObject *owner, WriteCallback done)
{
    if (userId.isEmpty())
        return refuseMissingId(QStringLiteral("GetUser"), tr("user"), owner, done);
    return read(QStringLiteral("GetUser"), {{QStringLiteral("UserId"), userId}}, owner, done);
}

ApiCall *CloudIdentityBackend::createUser(const UserDraft &draft, QObject *owner, WriteCallback done)
{
    const QString action = QStringLiteral("CreateUser");
    const QList<FieldError> errors = validateUser(draft, true);
    if (!errors.isEmpty())
        return refuseWrite(fieldRefusal(action, errors), owner, done);
    return write(action, createUserParams(draft), owner, done);
}

ApiCall *CloudIdentityBackend::updateUser(const QString &userId, const UserDraft &draft, QObject *owner,
                                          WriteCallback done)
{
    const QString action = QStringLiteral("UpdateUser");
    if (userId.isEmpty())
        return refuseMissingId(action, tr("user"), owner, done);
    const QList<FieldError> errors =
        DirectoryValidation::userUpdate(draft, capabilities().userClearableFields, validateUser(draft, false));
    if (!errors.isEmpty())
        return refuseWrite(fieldRefusal(action, errors), owner, done);
    return write(action, updateUserParams(userId, draft), owner, done);
}

ApiCall *CloudIdentityBackend::deleteUser(const QString &userId, QObject *owner, WriteCallback done)
{
    return writeOne(BulkOperation::deleteUsers({userId}), owner, done);
}

ApiCall *CloudIdentityBackend::setUserEnabled(const QString &userId, bool enabled, QObject *owner, WriteCallback done)
{
    return writeOne(BulkOperation::setUsersEnabled({userId}, enabled), owner, done);
}

ApiCall *CloudIdentityBackend::resetPassword(const QString &userId, const QString &password, bool mustChange,
                                             QObject *owner, WriteCallback done)
{
    const QString action = QStringLiteral("ResetPassword");
    if (userId.isEmpty())
        return refuseMissingId(action, tr("user"), owner, done);
    const QList<FieldError> errors = DirectoryValidation::resetPassword(password);
    if (!errors.isEmpty())
        return refuseWrite(fieldRefusal(action, errors), owner, done);
    return write(action, resetPasswordParams(userId, password, mustChange), owner, done);
}

void CloudIdentityBackend::listUserGroups(const QString &userId, QObject *owner, PageCallback<DirectoryGroup> done)
{
    if (!client() || userId.isEmpty()) {
        refusePage<DirectoryGroup>(userId.isEmpty() ? refusal(QStringLiteral("ListGroupMembers"),
                                                              QStringLiteral("MissingParameter"), tr("No user was given."))
                                                    : notConnected(QStringLiteral("ListGroups")),
                                   owner, done);
        return;
    }
    GroupMembershipScan::Spec spec;
    spec.service = S;
    spec.mapGroup = &RecordMapping::cloudIdentityGroup;
    auto *scan = new GroupMembershipScan(client(), spec, userId, owner, std::move(done), this);
    scan->start();
}

// ---- groups ----

ApiCall *CloudIdentityBackend::listGroups(const QString &search, const QString &cursor, int pageSize, QObject *owner,
                                          PageCallback<DirectoryGroup> done)
{
    const QString action = QStringLiteral("ListGroups");
    const int page = pageFromCursor(cursor);
    if (page < 1)
        return refusePage<DirectoryGroup>(badCursor(action), owner, done);
    const int size = clampPageSize(pageSize);
    QJsonObject p;
    p.insert(QStringLiteral("PageNumber"), page);
    p.insert(QStringLiteral("PageSize"), size);
    putIfSet(p, QStringLiteral("QueryString"), search.trimmed());
    return readPage<DirectoryGroup>(action, p, owner, done, [page, size](const ApiResult &r) {
        return mapPage<DirectoryGroup>(r, QStringLiteral("Groups"), page, size, &RecordMapping::cloudIdentityGroup);
    });
}

ApiCall *CloudIdentityBackend::createGroup(const GroupDraft &draft, QObject *owner, WriteCallback done)
{
    const QString action = QStringLiteral("CreateGroup");
    const QList<FieldError> errors = validateGroup(draft, true);
    if (!errors.isEmpty())
        return refuseWrite(fieldRefusal(action, errors), owner, done);
    return write(action, createGroupParams(draft), owner, done);
}

ApiCall *CloudIdentityBackend::updateGroup(const QString &groupId, const GroupDraft &draft, QObject *owner,
                                           WriteCallback done)
{
    const QString action = QStringLiteral("UpdateGroup");
    if (groupId.isEmpty())
        return refuseMissingId(action, tr("group"), owner, done);
    const QList<FieldError> errors = validateGroup(draft, false);
    if (!errors.isEmpty())
        return refuseWrite(fieldRefusal(action, errors), owner, done);
    return write(action, updateGroupParams(groupId, draft), owner, done);
}

ApiCall *CloudIdentityBackend::deleteGroup(const QString &groupId, QObject *owner, WriteCallback done)
{
    return writeOne(BulkOperation::deleteGroups({groupId}), owner, done);
}

ApiCall *CloudIdentityBackend::listMembers(const QString &groupId, const QString &cursor, int pageSize, QObject *owner,
                                           PageCallback<GroupMember> done)
{
    const QString action = QStringLiteral("ListGroupMembers");
    if (groupId.isEmpty())
        return refusePage<GroupMember>(refusal(action, QStringLiteral("MissingParameter"), tr("No group was given.")),
                                       owner, done);
    const int page = pageFromCursor(cursor);
    if (page < 1)
        return refusePage<GroupMember>(badCursor(action), owner, done);
    const int size = clampPageSize(pageSize);
    QJsonObject p;
    p.insert(QStringLiteral("GroupId"), groupId);
    p.insert(QStringLiteral("PageNumber"), page);
    p.insert(QStringLiteral("PageSize"), size);
    return readPage<GroupMember>(action, p, owner, done, [page, size, groupId](const ApiResult &r) {
        return mapPage<GroupMember>(r, QStringLiteral("Members"), page, size, [groupId](const QJsonObject &o) {
            return RecordMapping::cloudIdentityMember(o, groupId);
        });
    });
}

ApiCall *CloudIdentityBackend::addMember(const QString &groupId, const QString &userId, QObject *owner,
                                         WriteCallback done)
{
    return writeOne(BulkOperation::addMembers(groupId, {userId}), owner, done);
}

ApiCall *CloudIdentityBackend::removeMember(const QString &groupId, const QString &userId, QObject *owner,
                                            WriteCallback done)
{
    return writeOne(BulkOperation::removeMembers(groupId, {userId}), owner, done);
}

// ---- provisioning events ----

ApiCall *CloudIdentityBackend::listEvents(const EventQuery &query, const QString &cursor, int pageSize, QObject *owner,
                                          PageCallback<ProvisioningEvent> done)
{
    const QString action = QStringLiteral("ListUserProvisioningEvents");
    const int page = pageFromCursor(cursor);
    if (page < 1)
        return refusePage<ProvisioningEvent>(badCursor(action), owner, done);
    const int size = clampPageSize(pageSize);
    QJsonObject p;
    p.insert(QStringLiteral("PageNumber"), page);
    p.insert(QStringLiteral("PageSize"), size);
    if (!query.status.isEmpty())
        p.insert(QStringLiteral("EventStatus"), QJsonArray{query.status});
    putIfSet(p, QStringLiteral("QueryString"), query.search.trimmed());
    const QString provisioningId = query.provisioningId.trimmed();
    return readPage<ProvisioningEvent>(action, p, owner, done, [page, size, provisioningId](const ApiResult &r) {
        Page<ProvisioningEvent> out = mapPage<ProvisioningEvent>(r, QStringLiteral("UserProvisioningEvent"), page,
                                                                 size, &RecordMapping::cloudIdentityEvent);
        if (provisioningId.isEmpty())
            return out;
        // §4 publishes no UserProvisioningId filter: each page is filtered here.
        QList<ProvisioningEvent> kept;
        for (const ProvisioningEvent &e : std::as_const(out.items))
            if (e.provisioningId == provisioningId)
                kept.append(e);
        out.items = kept;
        out.total = -1;
        return out;
    });
}

ApiCall *CloudIdentityBackend::retryEvent(const ProvisioningEvent &event, const QString &strategy, QObject *owner,
                                          WriteCallback done)
{
    return writeOne(BulkOperation::retryEvents({event}, strategy), owner, done);
}

ApiCall *CloudIdentityBackend::deleteEvent(const ProvisioningEvent &event, QObject *owner, WriteCallback done)
{
    return writeOne(BulkOperation::deleteEvents({event}), owner, done);
}

// ---- bulk requests (also behind the single writes above) ----

BulkTarget::Request CloudIdentityBackend::bulkRequest(const BulkOperation &op, int index) const
{
    using K = BulkOperation::Kind;
    const QString id = op.targetId(index);
    auto missing = [this](const QString &action, const QString &what) {
        return refuseRequest(action, QStringLiteral("MissingParameter"), tr("No %1 was given.").arg(what));
    };
    Request r;
    switch (op.kind()) {
    case K::RetryEvents:
    case K::DeleteEvents:
        // The strategy is CloudSSO's: Cloud Identity has none.
        r.action = op.kind() == K::RetryEvents ? QStringLiteral("RetryUserProvisioningEvent")
                                               : QStringLiteral("DeleteUserProvisioningEvent");
        if (id.isEmpty())
            return missing(r.action, tr("event"));
        r.params = {{QStringLiteral("UserProvisioningEventId"), id}};
        return r;
    case K::SetUsersEnabled:
        return refuseRequest(QStringLiteral("UpdateUserStatus"), QStringLiteral("NotSupported"),
                             tr("Cloud Identity users cannot be enabled or disabled."));
    case K::DeleteUsers:
        r.action = QStringLiteral("DeleteUser");
        if (id.isEmpty())
            return missing(r.action, tr("user"));
        r.params = {{QStringLiteral("UserId"), id}};
        return r;
    case K::DeleteGroups:
        r.action = QStringLiteral("DeleteGroup");
        if (id.isEmpty())
            return missing(r.action, tr("group"));
        r.params = {{QStringLiteral("GroupId"), id}};
        return r;
    case K::DeleteProvisionings:
        r.action = QStringLiteral("DeleteUserProvisioning");
        if (id.isEmpty())
            return missing(r.action, tr("provisioning"));
        r.params = {{QStringLiteral("UserProvisioningId"), id}};
        return r;
    case K::AddMembers:
    case K::RemoveMembers:
        r.action = op.kind() == K::AddMembers ? QStringLiteral("AddUserToGroup") : QStringLiteral("RemoveUserFromGroup");
        if (op.groupId().isEmpty() || id.isEmpty())
            return missing(r.action, op.groupId().isEmpty() ? tr("group") : tr("user"));
        r.params = {{QStringLiteral("GroupId"), op.groupId()}, {QStringLiteral("UserId"), id}};
        return r;
    default:
        return refuseRequest(QString(), QStringLiteral("NotSupported"), tr("Cloud Identity has no such operation."));
    }
}

// --- user provisionings (§3) ---------------------------------------------------------------------------------

ApiCall *CloudIdentityBackend::listProvisionings(const ProvisioningQuery &query, const QString &cursor, int pageSize,
                                                 QObject *owner, PageCallback<UserProvisioning> done)
{
    const QString action = QStringLiteral("ListUserProvisionings");
    const int page = pageFromCursor(cursor);
    if (page < 1)
        return refusePage<UserProvisioning>(badCursor(action), owner, done);
    const int size = clampPageSize(pageSize);   // 1-100 is [assumed] in the doc (§6), like the other lists
    QJsonObject p;
    p.insert(QStringLiteral("PageNumber"), page);
    p.insert(QStringLiteral("PageSize"), size);
    putIfSet(p, QStringLiteral("AccountId"), query.targetId.trimmed());
    const QString principalId = query.principalId.trimmed();
    const QString principalType = query.principalType;
    return readPage<UserProvisioning>(action, p, owner, done, [page, size, principalId, principalType](const ApiResult &r) {
        Page<UserProvisioning> out = mapPage<UserProvisioning>(r, QStringLiteral("UserProvisionings"), page, size,
                                                               &RecordMapping::cloudIdentityProvisioning);
        if (principalId.isEmpty() && principalType.isEmpty())
            return out;
        // §3 publishes only the AccountId filter: the principal is filtered on each page here.
        QList<UserProvisioning> kept;
        for (const UserProvisioning &u : std::as_const(out.items))
            if ((principalId.isEmpty() || u.principalId == principalId)
                && (principalType.isEmpty() || u.principalType == principalType))
                kept.append(u);
        out.items = kept;
        out.total = -1;
        return out;
    });
}

ApiCall *CloudIdentityBackend::getProvisioning(const QString &provisioningId, QObject *owner, WriteCallback done)
{
    if (provisioningId.isEmpty())
        return refuseMissingId(QStringLiteral("GetUserProvisioning"), tr("provisioning"), owner, done);
    return read(QStringLiteral("GetUserProvisioning"), {{QStringLiteral("UserProvisioningId"), provisioningId}}, owner,
                done);
}

ApiCall *CloudIdentityBackend::deleteProvisioning(const QString &provisioningId, QObject *owner, WriteCallback done)
{
    if (provisioningId.isEmpty())
        return refuseMissingId(QStringLiteral("DeleteUserProvisioning"), tr("provisioning"), owner, done);
    return write(QStringLiteral("DeleteUserProvisioning"), {{QStringLiteral("UserProvisioningId"), provisioningId}},
                 owner, done);
}

UserProvisioning CloudIdentityBackend::provisioningFromResult(const QJsonObject &result) const
{
    return RecordMapping::cloudIdentityProvisioning(result);
}
