// SPDX-License-Identifier: GPL-3.0-or-later
#include "cloud/CloudSsoBackend.h"

#include "cloud/DirectoryValidation.h"
#include "cloud/GroupMembershipScan.h"
#include "cloud/RecordMapping.h"
#include "cloud/Session.h"
#include <QJsonArray>

namespace {
const Service S = Service::CloudSso;

void putIfSet(QJsonObject &o, const QString &key, const QString &value)
{
    if (!value.isEmpty())
        o.insert(key, value);
}

template<class T>
Page<T> mapTokenPage(const ApiResult &r, const QString &field, const std::function<T(const QJsonObject &)> &map)
{
    Page<T> p;
    const QList<QJsonObject> objects = RecordMapping::objects(r.result.value(field));
    p.items.reserve(objects.size());
    for (const QJsonObject &o : objects)
        p.items.append(map(o));
    p.total = RecordMapping::integer(r.result, QStringLiteral("TotalCounts"), -1);
    const QJsonValue truncated = r.result.value(QStringLiteral("IsTruncated"));
    const bool more = truncated.isBool() ? truncated.toBool()
                                         : truncated.toString().compare(QLatin1String("true"), Qt::CaseInsensitive) == 0;
    if (more)
        p.nextCursor = RecordMapping::string(r.result, QStringLiteral("NextToken"));
    return p;
}
} // namespace

CloudSsoBackend::CloudSsoBackend(Session *session, QObject *parent)
    : DirectoryBackendBase(session, S, parent)
{
}

DirectoryBackend::Capabilities CloudSsoBackend::capabilities() const
{
    Capabilities c;
    c.userEnableDisable = true;
    c.groupRename = true;
    c.userFirstLastName = true;
    c.eventRetryNeedsStrategy = true;
    c.tokenPaging = true;
    c.directories = true;
    c.userProvisionings = true;
    c.userSourceValues = {QStringLiteral("Manual"), QStringLiteral("Synchronized")};
    c.userStatusValues = {QStringLiteral("Enabled"), QStringLiteral("Disabled")};
    return c;
}

QList<FieldError> CloudSsoBackend::validateUser(const UserDraft &draft, bool creating) const
{
    return DirectoryValidation::cloudSsoUser(draft, creating);
}

QList<FieldError> CloudSsoBackend::validateGroup(const GroupDraft &draft, bool creating) const
{
    return DirectoryValidation::cloudSsoGroup(draft, creating);
}

QString CloudSsoBackend::fieldForError(const ApiError &error) const
{
    return DirectoryValidation::fieldForError(S, error);
}

QString CloudSsoBackend::directoryId() const
{
    return m_session ? m_session->directoryId() : QString();
}

QJsonObject CloudSsoBackend::base() const
{
    return {{QStringLiteral("DirectoryId"), directoryId()}};
}

ApiError CloudSsoBackend::noDirectory(const QString &action) const
{
    return refusal(action, QStringLiteral("NoDirectory"), tr("Choose a CloudSSO directory first."));
}

ApiCall *CloudSsoBackend::sendWrite(const QString &action, const QJsonObject &params, QObject *owner)
{
    CallOptions options;
    options.owner = owner;
    return client()->call(S, action, params, options);
}

ApiCall *CloudSsoBackend::refuseMissingId(const QString &action, const QString &what, QObject *owner, WriteCallback done)
{
    if (directoryId().isEmpty())
        return refuseWrite(noDirectory(action), owner, done);
    return refuseWrite(refusal(action, QStringLiteral("MissingParameter"), tr("No %1 was given.").arg(what)), owner, done);
}

QString CloudSsoBackend::normalizedStrategy(const QString &strategy)
{
    const QString s = strategy.trimmed().toLower();
    if (s == QLatin1String("keepboth"))
        return QStringLiteral("KeepBoth");
    if (s == QLatin1String("takeover"))
        return QStringLiteral("TakeOver");
    return {};
}

// ---- request bodies ----

QJsonObject CloudSsoBackend::createUserParams(const QString &directoryId, const UserDraft &d)
{
    QJsonObject p{{QStringLiteral("DirectoryId"), directoryId}};
    p.insert(QStringLiteral("UserName"), d.userName.trimmed());
    putIfSet(p, QStringLiteral("FirstName"), d.firstName.trimmed());
    putIfSet(p, QStringLiteral("LastName"), d.lastName.trimmed());
    putIfSet(p, QStringLiteral("DisplayName"), d.displayName.trimmed());
    putIfSet(p, QStringLiteral("Description"), d.description);
    putIfSet(p, QStringLiteral("Email"), d.email.trimmed());
    putIfSet(p, QStringLiteral("Status"), d.status);
    return p;
}

QJsonObject CloudSsoBackend::updateUserParams(const QString &directoryId, const QString &userId, const UserDraft &d)
{
    // Only the fields the operator changed (UserDraft::changed); one that is not sent keeps its value. UserName
    // cannot be changed. (An empty value is sent only for a field listed as clearable, and the reference lists
    // none: updateUser refuses such a draft before it gets here.)
    QJsonObject p{{QStringLiteral("DirectoryId"), directoryId}, {QStringLiteral("UserId"), userId}};
    const auto put = [&p, &d](const QString &field, const QString &key, const QString &value) {
        if (d.changed.contains(field))
            p.insert(key, value);
    };
    put(QStringLiteral("firstName"), QStringLiteral("NewFirstName"), d.firstName.trimmed());
    put(QStringLiteral("lastName"), QStringLiteral("NewLastName"), d.lastName.trimmed());
    put(QStringLiteral("displayName"), QStringLiteral("NewDisplayName"), d.displayName.trimmed());
    put(QStringLiteral("email"), QStringLiteral("NewEmail"), d.email.trimmed());
    put(QStringLiteral("description"), QStringLiteral("NewDescription"), d.description);
    return p;
}

QJsonObject CloudSsoBackend::createGroupParams(const QString &directoryId, const GroupDraft &d)
{
    QJsonObject p{{QStringLiteral("DirectoryId"), directoryId}};
    p.insert(QStringLiteral("GroupName"), d.name.trimmed());
    putIfSet(p, QStringLiteral("Description"), d.description);
    return p;
}

QJsonObject CloudSsoBackend::updateGroupParams(const QString &directoryId, const QString &groupId, const GroupDraft &d)
{
    QJsonObject p{{QStringLiteral("DirectoryId"), directoryId}, {QStringLiteral("GroupId"), groupId}};
    putIfSet(p, QStringLiteral("NewGroupName"), d.name.trimmed());
    p.insert(QStringLiteral("NewDescription"), d.description);
    return p;
}

// ---- directories ----

ApiCall *CloudSsoBackend::listDirectories(QObject *owner, PageCallback<DirectoryInfo> done)
{
    return readPage<DirectoryInfo>(QStringLiteral("ListDirectories"), {}, owner, done, [](const ApiResult &r) {
        Page<DirectoryInfo> p;
        for (const QJsonObject &o : RecordMapping::objects(r.result.value(QStringLiteral("Directories"))))
            p.items.append(RecordMapping::cloudSsoDirectory(o));
        p.total = RecordMapping::integer(r.result, QStringLiteral("TotalCounts"), p.items.size());
        return p;
    });
}

// ---- users ----

ApiCall *CloudSsoBackend::listUsers(const UserQuery &query, const QString &cursor, int pageSize, QObject *owner,
                                    PageCallback<DirectoryUser> done)
{
    const QString action = QStringLiteral("ListUsers");
    if (directoryId().isEmpty())
        return refusePage<DirectoryUser>(noDirectory(action), owner, done);
    QString error;
    const QString filter = DirectoryValidation::cloudSsoUserFilter(query.search, &error);
    if (!error.isEmpty())
        return refusePage<DirectoryUser>(refusal(action, QStringLiteral("InvalidParameter.search"), error), owner, done);
    QJsonObject p = base();
    p.insert(QStringLiteral("MaxResults"), clampPageSize(pageSize));
    putIfSet(p, QStringLiteral("NextToken"), cursor);
    putIfSet(p, QStringLiteral("Filter"), filter);
    putIfSet(p, QStringLiteral("ProvisionType"), query.source);
    putIfSet(p, QStringLiteral("Status"), query.status);
    return readPage<DirectoryUser>(action, p, owner, done, [](const ApiResult &r) {
        return mapTokenPage<DirectoryUser>(r, QStringLiteral("Users"), &RecordMapping::cloudSsoUser);
    });
}

ApiCall *CloudSsoBackend::getUser(const QString &userId, QObject *owner, WriteCallback done)
{
    const QString action = QStringLiteral("GetUser");
    if (directoryId().isEmpty() || userId.isEmpty())
        return refuseMissingId(action, tr("user"), owner, done);
    QJsonObject p = base();
    p.insert(QStringLiteral("UserId"), userId);
    return read(action, p, owner, done, QStringLiteral("User"));
}

ApiCall *CloudSsoBackend::createUser(const UserDraft &draft, QObject *owner, WriteCallback done)
{
    const QString action = QStringLiteral("CreateUser");
    if (directoryId().isEmpty())
        return refuseWrite(noDirectory(action), owner, done);
    const QList<FieldError> errors = validateUser(draft, true);
    if (!errors.isEmpty())
        return refuseWrite(fieldRefusal(action, errors), owner, done);
    return write(action, createUserParams(directoryId(), draft), owner, done, QStringLiteral("User"));
}

ApiCall *CloudSsoBackend::updateUser(const QString &userId, const UserDraft &draft, QObject *owner, WriteCallback done)
{
    const QString action = QStringLiteral("UpdateUser");
    if (directoryId().isEmpty() || userId.isEmpty())
        return refuseMissingId(action, tr("user"), owner, done);
    const QList<FieldError> errors =
        DirectoryValidation::userUpdate(draft, capabilities().userClearableFields, validateUser(draft, false));
    if (!errors.isEmpty())
        return refuseWrite(fieldRefusal(action, errors), owner, done);
    return write(action, updateUserParams(directoryId(), userId, draft), owner, done, QStringLiteral("User"));
}

ApiCall *CloudSsoBackend::deleteUser(const QString &userId, QObject *owner, WriteCallback done)
{
    return writeOne(BulkOperation::deleteUsers({userId}), owner, done);
}

ApiCall *CloudSsoBackend::setUserEnabled(const QString &userId, bool enabled, QObject *owner, WriteCallback done)
{
    return writeOne(BulkOperation::setUsersEnabled({userId}, enabled), owner, done);
}

ApiCall *CloudSsoBackend::resetPassword(const QString &userId, const QString &password, bool mustChange,
                                        QObject *owner, WriteCallback done)
{
    Q_UNUSED(userId);
    Q_UNUSED(password);
    Q_UNUSED(mustChange);
    return refuseWrite(refusal(QStringLiteral("ResetPassword"), QStringLiteral("NotSupported"),
                               tr("CloudSSO passwords cannot be reset from the API.")),
                       owner, done);
}

void CloudSsoBackend::listUserGroups(const QString &userId, QObject *owner, PageCallback<DirectoryGroup> done)
{
    if (!client() || directoryId().isEmpty() || userId.isEmpty()) {
        const QString action = QStringLiteral("ListGroupMembers");
        refusePage<DirectoryGroup>(!client()               ? notConnected(action)
                                   : directoryId().isEmpty() ? noDirectory(action)
                                                             : refusal(action, QStringLiteral("MissingParameter"),
                                                                       tr("No user was given.")),
                                   owner, done);
        return;
    }
    GroupMembershipScan::Spec spec;
    spec.service = S;
    spec.baseParams = base();
    spec.mapGroup = &RecordMapping::cloudSsoGroup;
    auto *scan = new GroupMembershipScan(client(), spec, userId, owner, std::move(done), this);
    scan->start();
}

// ---- groups ----

ApiCall *CloudSsoBackend::listGroups(const QString &search, const QString &cursor, int pageSize, QObject *owner,
                                     PageCallback<DirectoryGroup> done)
{
    const QString action = QStringLiteral("ListGroups");
    if (directoryId().isEmpty())
        return refusePage<DirectoryGroup>(noDirectory(action), owner, done);
    QString error;
    const QString filter = DirectoryValidation::cloudSsoGroupFilter(search, &error);
    if (!error.isEmpty())
        return refusePage<DirectoryGroup>(refusal(action, QStringLiteral("InvalidParameter.search"), error), owner, done);
    QJsonObject p = base();
    p.insert(QStringLiteral("MaxResults"), clampPageSize(pageSize));
    putIfSet(p, QStringLiteral("NextToken"), cursor);
    putIfSet(p, QStringLiteral("Filter"), filter);
    return readPage<DirectoryGroup>(action, p, owner, done, [](const ApiResult &r) {
        return mapTokenPage<DirectoryGroup>(r, QStringLiteral("Groups"), &RecordMapping::cloudSsoGroup);
    });
}

ApiCall *CloudSsoBackend::createGroup(const GroupDraft &draft, QObject *owner, WriteCallback done)
{
    const QString action = QStringLiteral("CreateGroup");
    if (directoryId().isEmpty())
        return refuseWrite(noDirectory(action), owner, done);
    const QList<FieldError> errors = validateGroup(draft, true);
    if (!errors.isEmpty())
        return refuseWrite(fieldRefusal(action, errors), owner, done);
    return write(action, createGroupParams(directoryId(), draft), owner, done, QStringLiteral("Group"));
}

ApiCall *CloudSsoBackend::updateGroup(const QString &groupId, const GroupDraft &draft, QObject *owner, WriteCallback done)
{
    const QString action = QStringLiteral("UpdateGroup");
    if (directoryId().isEmpty() || groupId.isEmpty())
        return refuseMissingId(action, tr("group"), owner, done);
    const QList<FieldError> errors = validateGroup(draft, false);
    if (!errors.isEmpty())
        return refuseWrite(fieldRefusal(action, errors), owner, done);
    return write(action, updateGroupParams(directoryId(), groupId, draft), owner, done, QStringLiteral("Group"));
}

ApiCall *CloudSsoBackend::deleteGroup(const QString &groupId, QObject *owner, WriteCallback done)
{
    return writeOne(BulkOperation::deleteGroups({groupId}), owner, done);
}

ApiCall *CloudSsoBackend::listMembers(const QString &groupId, const QString &cursor, int pageSize, QObject *owner,
                                      PageCallback<GroupMember> done)
{
    const QString action = QStringLiteral("ListGroupMembers");
    if (directoryId().isEmpty())
        return refusePage<GroupMember>(noDirectory(action), owner, done);
    if (groupId.isEmpty())
        return refusePage<GroupMember>(refusal(action, QStringLiteral("MissingParameter"), tr("No group was given.")),
                                       owner, done);
    QJsonObject p = base();
    p.insert(QStringLiteral("GroupId"), groupId);
    p.insert(QStringLiteral("MaxResults"), clampPageSize(pageSize));
    putIfSet(p, QStringLiteral("NextToken"), cursor);
    return readPage<GroupMember>(action, p, owner, done, [groupId](const ApiResult &r) {
        return mapTokenPage<GroupMember>(r, QStringLiteral("GroupMembers"), [groupId](const QJsonObject &o) {
            return RecordMapping::cloudSsoMember(o, groupId);
        });
    });
}

ApiCall *CloudSsoBackend::addMember(const QString &groupId, const QString &userId, QObject *owner, WriteCallback done)
{
    return writeOne(BulkOperation::addMembers(groupId, {userId}), owner, done);
}

ApiCall *CloudSsoBackend::removeMember(const QString &groupId, const QString &userId, QObject *owner, WriteCallback done)
{
    return writeOne(BulkOperation::removeMembers(groupId, {userId}), owner, done);
}

// ---- provisioning events ----

ApiCall *CloudSsoBackend::listEvents(const EventQuery &query, const QString &cursor, int pageSize, QObject *owner,
                                     PageCallback<ProvisioningEvent> done)
{
    const QString action = QStringLiteral("ListUserProvisioningEvents");
    if (directoryId().isEmpty())
        return refusePage<ProvisioningEvent>(noDirectory(action), owner, done);
    QJsonObject p = base();
    p.insert(QStringLiteral("MaxResults"), clampPageSize(pageSize));
    putIfSet(p, QStringLiteral("NextToken"), cursor);
    putIfSet(p, QStringLiteral("UserProvisioningId"), query.provisioningId.trimmed());   // §7 filter
    // CloudSSO filters neither by status nor by name: both are applied to each page here.
    const QString status = query.status;
    const QString search = query.search.trimmed();
    return readPage<ProvisioningEvent>(action, p, owner, done, [status, search](const ApiResult &r) {
        Page<ProvisioningEvent> page =
            mapTokenPage<ProvisioningEvent>(r, QStringLiteral("UserProvisioningEvents"), &RecordMapping::cloudSsoEvent);
        if (status.isEmpty() && search.isEmpty())
            return page;
        QList<ProvisioningEvent> kept;
        for (const ProvisioningEvent &e : std::as_const(page.items)) {
            if (!status.isEmpty() && e.status != status)
                continue;
            if (!search.isEmpty() && !e.principalName.contains(search, Qt::CaseInsensitive)
                && !e.targetName.contains(search, Qt::CaseInsensitive) && e.principalId != search && e.id != search)
                continue;
            kept.append(e);
        }
        page.items = kept;
        page.total = -1; // the server's count is of unfiltered events
        return page;
    });
}

ApiCall *CloudSsoBackend::retryEvent(const ProvisioningEvent &event, const QString &strategy, QObject *owner,
                                     WriteCallback done)
{
    return writeOne(BulkOperation::retryEvents({event}, strategy), owner, done);
}

ApiCall *CloudSsoBackend::deleteEvent(const ProvisioningEvent &event, QObject *owner, WriteCallback done)
{
    return writeOne(BulkOperation::deleteEvents({event}), owner, done);
}

// ---- bulk requests (also behind the single writes above) ----

BulkTarget::Request CloudSsoBackend::missingId(const QString &action, const QString &what) const
{
    if (directoryId().isEmpty()) {
        const ApiError e = noDirectory(action);
        return refuseRequest(action, e.code, e.message);
    }
    return refuseRequest(action, QStringLiteral("MissingParameter"), tr("No %1 was given.").arg(what));
}

BulkTarget::Request CloudSsoBackend::bulkRequest(const BulkOperation &op, int index) const
{
    using K = BulkOperation::Kind;
    Request r;
    QJsonObject p = base();
    switch (op.kind()) {
    case K::RetryEvents: {
        r.action = QStringLiteral("RetryUserProvisioningEvent");
        const ProvisioningEvent event = op.event(index);
        if (directoryId().isEmpty() || event.id.isEmpty())
            return missingId(r.action, tr("event"));
        const QString s = normalizedStrategy(op.strategy().isEmpty() ? event.duplicationStrategy : op.strategy());
        if (s.isEmpty())
            return refuseRequest(r.action, QStringLiteral("InvalidParameter.DuplicationStrategy"),
                                 tr("Choose how to handle an existing RAM user of the same name: KeepBoth or TakeOver."));
        p.insert(QStringLiteral("EventId"), event.id);
        p.insert(QStringLiteral("DuplicationStrategy"), s);
        break;
    }
    case K::DeleteEvents: {
        r.action = QStringLiteral("DeleteUserProvisioningEvent");
        const ProvisioningEvent event = op.event(index);
        if (directoryId().isEmpty() || event.id.isEmpty())
            return missingId(r.action, tr("event"));
        if (event.provisioningId.isEmpty())
            return missingId(r.action, tr("provisioning"));
        p.insert(QStringLiteral("EventId"), event.id);
        p.insert(QStringLiteral("UserProvisioningId"), event.provisioningId);
        break;
    }
    case K::SetUsersEnabled:
    case K::DeleteUsers: {
        r.action = op.kind() == K::DeleteUsers ? QStringLiteral("DeleteUser") : QStringLiteral("UpdateUserStatus");
        const QString userId = op.targetId(index);
        if (directoryId().isEmpty() || userId.isEmpty())
            return missingId(r.action, tr("user"));
        p.insert(QStringLiteral("UserId"), userId);
        if (op.kind() == K::SetUsersEnabled)
            p.insert(QStringLiteral("NewStatus"), op.enabled() ? QStringLiteral("Enabled") : QStringLiteral("Disabled"));
        break;
    }
    case K::DeleteGroups: {
        r.action = QStringLiteral("DeleteGroup");
        const QString groupId = op.targetId(index);
        if (directoryId().isEmpty() || groupId.isEmpty())
            return missingId(r.action, tr("group"));
        p.insert(QStringLiteral("GroupId"), groupId);
        break;
    }
    case K::DeleteProvisionings: {
        r.action = QStringLiteral("DeleteUserProvisioning");
        const QString provisioningId = op.targetId(index);
        if (directoryId().isEmpty() || provisioningId.isEmpty())
            return missingId(r.action, tr("provisioning"));
        p.insert(QStringLiteral("UserProvisioningId"), provisioningId);   // DeletionStrategy: the one set at creation
        break;
    }
    case K::AddMembers:
    case K::RemoveMembers: {
        r.action = op.kind() == K::AddMembers ? QStringLiteral("AddUserToGroup") : QStringLiteral("RemoveUserFromGroup");
        const QString userId = op.targetId(index);
        if (directoryId().isEmpty() || op.groupId().isEmpty() || userId.isEmpty())
            return missingId(r.action, op.groupId().isEmpty() ? tr("group") : tr("user"));
        p.insert(QStringLiteral("GroupId"), op.groupId());
        p.insert(QStringLiteral("UserId"), userId);
        break;
    }
    default:
        return refuseRequest(QString(), QStringLiteral("NotSupported"), tr("CloudSSO has no such operation."));
    }
    r.params = p;
    return r;
}

// --- user provisionings (§6) ---------------------------------------------------------------------------------

ApiCall *CloudSsoBackend::listProvisionings(const ProvisioningQuery &query, const QString &cursor, int pageSize,
                                            QObject *owner, PageCallback<UserProvisioning> done)
{
    const QString action = QStringLiteral("ListUserProvisionings");
    if (directoryId().isEmpty())
        return refusePage<UserProvisioning>(noDirectory(action), owner, done);
    QJsonObject p = base();
    p.insert(QStringLiteral("MaxResults"), clampPageSize(pageSize));
    putIfSet(p, QStringLiteral("NextToken"), cursor);
    const QString target = query.targetId.trimmed();
    if (!target.isEmpty()) {
        p.insert(QStringLiteral("TargetId"), target);
        p.insert(QStringLiteral("TargetType"), QStringLiteral("RD-Account"));   // the only documented type
    }
    putIfSet(p, QStringLiteral("PrincipalId"), query.principalId.trimmed());
    putIfSet(p, QStringLiteral("PrincipalType"), query.principalType);
    return readPage<UserProvisioning>(action, p, owner, done, [](const ApiResult &r) {
        return mapTokenPage<UserProvisioning>(r, QStringLiteral("UserProvisionings"),
                                              &RecordMapping::cloudSsoProvisioning);
    });
}

ApiCall *CloudSsoBackend::getProvisioning(const QString &provisioningId, QObject *owner, WriteCallback done)
{
    const QString action = QStringLiteral("GetUserProvisioning");
    if (directoryId().isEmpty() || provisioningId.isEmpty())
        return refuseMissingId(action, tr("provisioning"), owner, done);
    QJsonObject p = base();
    p.insert(QStringLiteral("UserProvisioningId"), provisioningId);
    return read(action, p, owner, done, QStringLiteral("UserProvisioning"));
}

ApiCall *CloudSsoBackend::deleteProvisioning(const QString &provisioningId, QObject *owner, WriteCallback done)
{
    const QString action = QStringLiteral("DeleteUserProvisioning");
    if (directoryId().isEmpty() || provisioningId.isEmpty())
        return refuseMissingId(action, tr("provisioning"), owner, done);
    QJsonObject p = base();
    p.insert(QStringLiteral("UserProvisioningId"), provisioningId);   // DeletionStrategy: the one set at creation
    return write(action, p, owner, done);
}

UserProvisioning CloudSsoBackend::provisioningFromResult(const QJsonObject &result) const
{
    return RecordMapping::cloudSsoProvisioning(result);
}
