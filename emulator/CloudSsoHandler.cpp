// SPDX-License-Identifier: GPL-3.0-or-later
#include "CloudSsoHandler.h"

#include "ApiError.h"
#include "DataStore.h"
#include "JsonWriter.h"
#include "Paging.h"
#include "TimeFormat.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace emu {

namespace {

struct TokenParams
{
    qint64 max = 10;
    qint64 after = 0;
};

TokenParams tokenParams(const ParamReader &p)
{
    TokenParams tp;
    tp.max = p.optionalInt(QStringLiteral("MaxResults"), 1, 100).value_or(10);
    if (const auto token = p.optionalString(QStringLiteral("NextToken"), 256); token && !token->isEmpty()) {
        const auto seq = Paging::decodeToken(*token);
        if (!seq)
            p.throwInvalid(QStringLiteral("NextToken"), *token);
        tp.after = *seq;
    }
    return tp;
}

// Token result: the named list, IsTruncated, MaxResults, TotalCounts and (when truncated) NextToken.
template <class T, class WriteItem>
ApiResult tokenResult(const char *listName, const Paging::Page<T> &page, const TokenParams &tp, WriteItem writeItem)
{
    JsonWriter w;
    w.beginObject().key(listName).beginArray();
    for (const T *item : page.items)
        writeItem(w, *item);
    w.endArray();
    w.field("IsTruncated", page.truncated).field("MaxResults", tp.max).field("TotalCounts", page.total);
    if (page.truncated)
        w.field("NextToken", Paging::encodeToken(page.lastSeq));
    w.endObject();
    return ApiResult::fromRawJson(w.take());
}

// "<Attribute> eq|sw <Value>" (case-insensitive). Returns false if absent; throws InvalidParameter.Filter if malformed.
bool parseFilter(const ParamReader &p, const QString &attribute, bool *startsWith, QString *value)
{
    const auto filter = p.optionalString(QStringLiteral("Filter"), 256);
    if (!filter || filter->trimmed().isEmpty())
        return false;
    static const QRegularExpression re(QStringLiteral("^\\s*(\\S+)\\s+(\\S+)\\s+(.+?)\\s*$"));
    const auto m = re.match(*filter);
    if (!m.hasMatch() || m.captured(1).compare(attribute, Qt::CaseInsensitive) != 0)
        p.throwInvalid(QStringLiteral("Filter"), *filter);
    const QString op = m.captured(2).toLower();
    if (op != QLatin1String("eq") && op != QLatin1String("sw"))
        p.throwInvalid(QStringLiteral("Filter"), *filter);
    QString v = m.captured(3);
    if (v.size() >= 2 && ((v.startsWith(QLatin1Char('"')) && v.endsWith(QLatin1Char('"')))
                          || (v.startsWith(QLatin1Char('\'')) && v.endsWith(QLatin1Char('\'')))))
        v = v.mid(1, v.size() - 2);
    *startsWith = op == QLatin1String("sw");
    *value = v;
    return true;
}

bool filterMatches(const QString &candidate, bool startsWith, const QString &value)
{
    return startsWith ? candidate.startsWith(value, Qt::CaseInsensitive)
                      : candidate.compare(value, Qt::CaseInsensitive) == 0;
}

[[noreturn]] void entityNotExists(const char *entity, const QString &message)
{
    throw ApiError(404, QStringLiteral("EntityNotExists.") + QLatin1String(entity), message);
}

[[noreturn]] void conflict(const QString &code, const QString &message)
{
    throw ApiError(409, code, message);
}

const QStringList kStatus{QStringLiteral("Enabled"), QStringLiteral("Disabled")};
const QStringList kProvisionType{QStringLiteral("Manual"), QStringLiteral("Synchronized")};
const QStringList kPrincipalType{QStringLiteral("User"), QStringLiteral("Group")};
const QStringList kDeletion{QStringLiteral("Delete"), QStringLiteral("Keep")};
const QStringList kDuplication{QStringLiteral("KeepBoth"), QStringLiteral("TakeOver")};

} // namespace

const QStringList &CloudSsoHandler::errorInfos()
{
    static const QStringList infos{QStringLiteral("OperationConflict.UserProvisioning.Process.fail.ImsUserExists"),
                                   QStringLiteral("EntityNotExists.RDAccount"),
                                   QStringLiteral("NoPermission.RAM.CreateUser"),
                                   QStringLiteral("Throttling.RAM"),
                                   QStringLiteral("QuotaExceeded.RAM.User")};
    return infos;
}

CloudSsoHandler::CloudSsoHandler(DataStore &store) : m_store(store)
{
    m_actions.addRead(QStringLiteral("ListDirectories"), this, &CloudSsoHandler::listDirectories);
    m_actions.addRead(QStringLiteral("GetDirectory"), this, &CloudSsoHandler::getDirectory);
    m_actions.addRead(QStringLiteral("ListUsers"), this, &CloudSsoHandler::listUsers);
    m_actions.addRead(QStringLiteral("GetUser"), this, &CloudSsoHandler::getUser);
    m_actions.addWrite(QStringLiteral("CreateUser"), this, &CloudSsoHandler::createUser);
    m_actions.addWrite(QStringLiteral("UpdateUser"), this, &CloudSsoHandler::updateUser);
    m_actions.addWrite(QStringLiteral("UpdateUserStatus"), this, &CloudSsoHandler::updateUserStatus);
    m_actions.addWrite(QStringLiteral("DeleteUser"), this, &CloudSsoHandler::deleteUser);
    m_actions.addRead(QStringLiteral("ListGroups"), this, &CloudSsoHandler::listGroups);
    m_actions.addRead(QStringLiteral("GetGroup"), this, &CloudSsoHandler::getGroup);
    m_actions.addWrite(QStringLiteral("CreateGroup"), this, &CloudSsoHandler::createGroup);
    m_actions.addWrite(QStringLiteral("UpdateGroup"), this, &CloudSsoHandler::updateGroup);
    m_actions.addWrite(QStringLiteral("DeleteGroup"), this, &CloudSsoHandler::deleteGroup);
    m_actions.addRead(QStringLiteral("ListGroupMembers"), this, &CloudSsoHandler::listGroupMembers);
    m_actions.addWrite(QStringLiteral("AddUserToGroup"), this, &CloudSsoHandler::addUserToGroup);
    m_actions.addWrite(QStringLiteral("RemoveUserFromGroup"), this, &CloudSsoHandler::removeUserFromGroup);
    m_actions.addRead(QStringLiteral("ListUserProvisionings"), this, &CloudSsoHandler::listUserProvisionings);
    m_actions.addRead(QStringLiteral("GetUserProvisioning"), this, &CloudSsoHandler::getUserProvisioning);
    m_actions.addWrite(QStringLiteral("CreateUserProvisioning"), this, &CloudSsoHandler::createUserProvisioning);
    m_actions.addWrite(QStringLiteral("UpdateUserProvisioning"), this, &CloudSsoHandler::updateUserProvisioning);
    m_actions.addWrite(QStringLiteral("DeleteUserProvisioning"), this, &CloudSsoHandler::deleteUserProvisioning);
    m_actions.addRead(QStringLiteral("ListUserProvisioningEvents"), this, &CloudSsoHandler::listUserProvisioningEvents);
    m_actions.addRead(QStringLiteral("GetUserProvisioningEvent"), this, &CloudSsoHandler::getUserProvisioningEvent);
    m_actions.addWrite(QStringLiteral("RetryUserProvisioningEvent"), this, &CloudSsoHandler::retryUserProvisioningEvent);
    m_actions.addWrite(QStringLiteral("DeleteUserProvisioningEvent"), this, &CloudSsoHandler::deleteUserProvisioningEvent);
}

void CloudSsoHandler::throwUnknownAction() const
{
    throw ApiError(404, QStringLiteral("InvalidAction.NotFound"),
                   QStringLiteral("Specified api is not found, please check your url and method."));
}

SsoDirectoryStore &CloudSsoHandler::requireDirectory(const ParamReader &p)
{
    const QString id = p.requiredString(QStringLiteral("DirectoryId"), 64);
    SsoDirectoryStore *dir = m_store.ssoDirectory(id);
    if (!dir)
        entityNotExists("Directory", QStringLiteral("The specified directory does not exist."));
    return *dir;
}

SsoUser &CloudSsoHandler::requireUser(const ParamReader &p, SsoDirectoryStore &dir)
{
    const QString id = p.requiredString(QStringLiteral("UserId"), 64);
    SsoUser *user = dir.users().find(id);
    if (!user)
        entityNotExists("User", QStringLiteral("The specified user does not exist."));
    return *user;
}

SsoGroup &CloudSsoHandler::requireGroup(const ParamReader &p, SsoDirectoryStore &dir)
{
    const QString id = p.requiredString(QStringLiteral("GroupId"), 64);
    SsoGroup *group = dir.groups().find(id);
    if (!group)
        entityNotExists("Group", QStringLiteral("The specified group does not exist."));
    return *group;
}

// ---------------------------------------------------------------- directories

ApiResult CloudSsoHandler::listDirectories(const ApiCall &)
{
    QJsonArray dirs;
    for (const SsoDirectoryStore &d : m_store.ssoDirectories())
        dirs.append(d.directory().toJson());
    return QJsonObject{{QStringLiteral("Directories"), dirs}, {QStringLiteral("TotalCounts"), dirs.size()}};
}

ApiResult CloudSsoHandler::getDirectory(const ApiCall &call)
{
    return QJsonObject{{QStringLiteral("Directory"), requireDirectory(call.params).directory().toJson()}};
}

// ---------------------------------------------------------------- users

ApiResult CloudSsoHandler::listUsers(const ApiCall &call)
{
    const ParamReader &p = call.params;
    SsoDirectoryStore &dir = requireDirectory(p);
    const TokenParams tp = tokenParams(p);
    bool startsWith = false;
    QString value;
    const bool hasFilter = parseFilter(p, QStringLiteral("UserName"), &startsWith, &value);
    const auto status = p.optionalEnum(QStringLiteral("Status"), kStatus);
    const auto provisionType = p.optionalEnum(QStringLiteral("ProvisionType"), kProvisionType);
    const auto tags = p.optionalTags(QStringLiteral("Tags"), 20);
    const bool filtered = hasFilter || status || provisionType || tags;
    const auto page = Paging::byToken(dir.users().items(), tp.after, tp.max, filtered, [&](const SsoUser &u) {
        if (hasFilter && !filterMatches(u.userName, startsWith, value))
            return false;
        if (status && u.status != *status)
            return false;
        if (provisionType && u.provisionType != *provisionType)
            return false;
        if (tags) {
            for (const auto &t : *tags) {
                if (!u.tags.contains(t))
                    return false;
            }
        }
        return true;
    });
    return tokenResult("Users", page, tp, [](JsonWriter &w, const SsoUser &u) {
        u.writeJson(w, SsoUser::WithExternalId | SsoUser::WithTags);
    });
}

ApiResult CloudSsoHandler::getUser(const ApiCall &call)
{
    SsoDirectoryStore &dir = requireDirectory(call.params);
    return QJsonObject{{QStringLiteral("User"), requireUser(call.params, dir).toJson(true, true)}};
}

ApiResult CloudSsoHandler::createUser(const ApiCall &call)
{
    static const QRegularExpression nameRe(QStringLiteral("^[A-Za-z0-9@_.-]+$"));
    const ParamReader &p = call.params;
    SsoDirectoryStore &dir = requireDirectory(p);
    SsoUser u;
    u.userName = p.requiredString(QStringLiteral("UserName"), 64);
    if (!nameRe.match(u.userName).hasMatch())
        p.throwInvalid(QStringLiteral("UserName"), u.userName);
    u.firstName = p.optionalString(QStringLiteral("FirstName"), 64).value_or(QString());
    u.lastName = p.optionalString(QStringLiteral("LastName"), 64).value_or(QString());
    u.displayName = p.optionalString(QStringLiteral("DisplayName"), 256).value_or(QString());
    u.description = p.optionalString(QStringLiteral("Description"), 1024).value_or(QString());
    // Email: the reference gives only "<= 128, unique in the directory" (no format rule), so none is applied.
    u.email = p.optionalString(QStringLiteral("Email"), 128).value_or(QString());
    u.status = p.optionalEnum(QStringLiteral("Status"), kStatus).value_or(QStringLiteral("Enabled"));
    u.tags = p.optionalTags(QStringLiteral("Tags"), 20).value_or(QList<QPair<QString, QString>>());
    if (dir.userNameIndex().contains(u.userName.toLower()))
        conflict(QStringLiteral("EntityAlreadyExists.User"), QStringLiteral("The user already exists."));
    if (!u.email.isEmpty()) {
        for (const SsoUser &other : dir.users().items()) {
            if (other.email.compare(u.email, Qt::CaseInsensitive) == 0)
                conflict(QStringLiteral("EntityAlreadyExists.User.Email"),
                         QStringLiteral("The email address is already used by another user."));
        }
    }
    do {
        u.id = m_store.newSsoId(QStringLiteral("u-"), 20);
    } while (dir.users().contains(u.id));
    u.provisionType = QStringLiteral("Manual");
    u.createTime = u.updateTime = call.nowMs;
    u.seq = m_store.nextSeq();
    dir.userNameIndex().insert(u.userName.toLower(), u.id);
    return QJsonObject{{QStringLiteral("User"), dir.users().append(u).toJson(false, true)}};
}

ApiResult CloudSsoHandler::updateUser(const ApiCall &call)
{
    const ParamReader &p = call.params;
    SsoDirectoryStore &dir = requireDirectory(p);
    SsoUser &user = requireUser(p, dir);
    const auto first = p.optionalString(QStringLiteral("NewFirstName"), 64);
    const auto last = p.optionalString(QStringLiteral("NewLastName"), 64);
    const auto display = p.optionalString(QStringLiteral("NewDisplayName"), 256);
    const auto email = p.optionalString(QStringLiteral("NewEmail"), 128);
    const auto description = p.optionalString(QStringLiteral("NewDescription"), 1024);
    if (user.provisionType == QLatin1String("Synchronized"))
        conflict(QStringLiteral("OperationConflict.SCIMSynchronized.User"),
                 QStringLiteral("The user is synchronized by SCIM and cannot be modified."));
    if (email && !email->isEmpty()) {
        for (const SsoUser &other : dir.users().items()) {
            if (other.id != user.id && other.email.compare(*email, Qt::CaseInsensitive) == 0)
                conflict(QStringLiteral("EntityAlreadyExists.User.Email"),
                         QStringLiteral("The email address is already used by another user."));
        }
    }
    if (first)
        user.firstName = *first;
    if (last)
        user.lastName = *last;
    if (display)
        user.displayName = *display;
    if (email)
        user.email = *email;
    if (description)
        user.description = *description;
    user.updateTime = call.nowMs;
    return QJsonObject{{QStringLiteral("User"), user.toJson(false, false)}};
}

ApiResult CloudSsoHandler::updateUserStatus(const ApiCall &call)
{
    const ParamReader &p = call.params;
    SsoDirectoryStore &dir = requireDirectory(p);
    SsoUser &user = requireUser(p, dir);
    if (const auto status = p.optionalEnum(QStringLiteral("NewStatus"), kStatus)) {
        user.status = *status;
        user.updateTime = call.nowMs;
    }
    return QJsonObject();
}

void CloudSsoHandler::removeProvisioningsOf(SsoDirectoryStore &dir, const QString &principalType, const QString &principalId)
{
    QStringList ids;
    for (const SsoProvisioning &prov : dir.provisionings().items())
        if (prov.principalType == principalType && prov.principalId == principalId)
            ids.append(prov.id);
    for (const QString &id : std::as_const(ids))
        dir.provisionings().remove(id);
}

ApiResult CloudSsoHandler::deleteUser(const ApiCall &call)
{
    const ParamReader &p = call.params;
    SsoDirectoryStore &dir = requireDirectory(p);
    const SsoUser &user = requireUser(p, dir);
    if (user.provisionType == QLatin1String("Synchronized"))
        conflict(QStringLiteral("OperationConflict.SCIMSynchronized.User"),
                 QStringLiteral("The user is synchronized by SCIM and cannot be deleted."));
    if (dir.members().groupCountOf(user.id) > 0)
        conflict(QStringLiteral("DeletionConflict.User.Group"),
                 QStringLiteral("The user still belongs to one or more groups. Remove the user from all groups first."));
    // The reference (aliyun-cloudsso.md DeleteUser) names MFA devices, access assignments and group memberships
    // as what blocks a delete, not user provisionings, and publishes no code for them: the user's provisionings
    // go with the user here [emulator] (no stricter than the cloud).
    const QString id = user.id;
    removeProvisioningsOf(dir, QStringLiteral("User"), id);
    dir.userNameIndex().remove(user.userName.toLower());
    dir.users().remove(id);
    return QJsonObject();
}

// ---------------------------------------------------------------- groups

ApiResult CloudSsoHandler::listGroups(const ApiCall &call)
{
    const ParamReader &p = call.params;
    SsoDirectoryStore &dir = requireDirectory(p);
    const TokenParams tp = tokenParams(p);
    bool startsWith = false;
    QString value;
    const bool hasFilter = parseFilter(p, QStringLiteral("GroupName"), &startsWith, &value);
    const auto provisionType = p.optionalEnum(QStringLiteral("ProvisionType"), kProvisionType);
    const auto page = Paging::byToken(dir.groups().items(), tp.after, tp.max, hasFilter || provisionType,
                                      [&](const SsoGroup &g) {
                                          if (hasFilter && !filterMatches(g.groupName, startsWith, value))
                                              return false;
                                          return !provisionType || g.provisionType == *provisionType;
                                      });
    return tokenResult("Groups", page, tp, [](JsonWriter &w, const SsoGroup &g) { g.writeJson(w); });
}

ApiResult CloudSsoHandler::getGroup(const ApiCall &call)
{
    SsoDirectoryStore &dir = requireDirectory(call.params);
    return QJsonObject{{QStringLiteral("Group"), requireGroup(call.params, dir).toJson()}};
}

ApiResult CloudSsoHandler::createGroup(const ApiCall &call)
{
    static const QRegularExpression nameRe(QStringLiteral("^[A-Za-z0-9_.-]+$"));
    const ParamReader &p = call.params;
    SsoDirectoryStore &dir = requireDirectory(p);
    SsoGroup g;
    g.groupName = p.requiredString(QStringLiteral("GroupName"), 128);
    if (!nameRe.match(g.groupName).hasMatch())
        p.throwInvalid(QStringLiteral("GroupName"), g.groupName);
    g.description = p.optionalString(QStringLiteral("Description"), 1024).value_or(QString());
    if (dir.groupNameIndex().contains(g.groupName.toLower()))
        conflict(QStringLiteral("EntityAlreadyExists.Group"), QStringLiteral("The group already exists."));
    do {
        g.id = m_store.newSsoId(QStringLiteral("g-"), 20);
    } while (dir.groups().contains(g.id));
    g.createTime = g.updateTime = call.nowMs;
    g.seq = m_store.nextSeq();
    dir.groupNameIndex().insert(g.groupName.toLower(), g.id);
    return QJsonObject{{QStringLiteral("Group"), dir.groups().append(g).toJson()}};
}

ApiResult CloudSsoHandler::updateGroup(const ApiCall &call)
{
    static const QRegularExpression nameRe(QStringLiteral("^[A-Za-z0-9_.-]+$"));
    const ParamReader &p = call.params;
    SsoDirectoryStore &dir = requireDirectory(p);
    SsoGroup &group = requireGroup(p, dir);
    const auto newName = p.optionalString(QStringLiteral("NewGroupName"), 128);
    const auto newDescription = p.optionalString(QStringLiteral("NewDescription"), 1024);
    if (newName && !newName->isEmpty() && !nameRe.match(*newName).hasMatch())
        p.throwInvalid(QStringLiteral("NewGroupName"), *newName);
    if (group.provisionType == QLatin1String("Synchronized"))
        conflict(QStringLiteral("OperationConflict.SCIMSynchronized.Group"),
                 QStringLiteral("The group is synchronized by SCIM and cannot be modified."));
    if (newName && !newName->isEmpty() && newName->compare(group.groupName, Qt::CaseInsensitive) != 0
        && dir.groupNameIndex().contains(newName->toLower()))
        conflict(QStringLiteral("EntityAlreadyExists.Group"), QStringLiteral("The group already exists."));
    if (newName && !newName->isEmpty()) {
        dir.groupNameIndex().remove(group.groupName.toLower());
        group.groupName = *newName;
        dir.groupNameIndex().insert(group.groupName.toLower(), group.id);
    }
    if (newDescription)
        group.description = *newDescription;
    group.updateTime = call.nowMs;
    return QJsonObject{{QStringLiteral("Group"), group.toJson()}};
}

ApiResult CloudSsoHandler::deleteGroup(const ApiCall &call)
{
    const ParamReader &p = call.params;
    SsoDirectoryStore &dir = requireDirectory(p);
    const SsoGroup &group = requireGroup(p, dir);
    if (group.provisionType == QLatin1String("Synchronized"))
        conflict(QStringLiteral("OperationConflict.SCIMSynchronized.Group"),
                 QStringLiteral("The group is synchronized by SCIM and cannot be deleted."));
    if (dir.members().memberCount(group.id) > 0)
        conflict(QStringLiteral("DeletionConflict.Group.User"),
                 QStringLiteral("The group still has members. Remove all users from the group first."));
    // The reference (aliyun-cloudsso.md §4 DeleteGroup) names members and access assignments as what blocks a
    // delete, not user provisionings: the group's provisionings go with the group here [emulator].
    const QString id = group.id;
    removeProvisioningsOf(dir, QStringLiteral("Group"), id);
    dir.groupNameIndex().remove(group.groupName.toLower());
    dir.groups().remove(id);
    return QJsonObject();
}

ApiResult CloudSsoHandler::listGroupMembers(const ApiCall &call)
{
    const ParamReader &p = call.params;
    SsoDirectoryStore &dir = requireDirectory(p);
    const SsoGroup &group = requireGroup(p, dir);
    const TokenParams tp = tokenParams(p);
    const auto page = Paging::byToken(dir.members().members(group.id), tp.after, tp.max, false,
                                      [](const GroupMembership &) { return true; });
    return tokenResult("GroupMembers", page, tp, [&dir, &group](JsonWriter &w, const GroupMembership &m) {
        const SsoUser *u = dir.users().find(m.userId);
        if (!u)
            return;
        w.beginObject()
            .field("GroupId", group.id)
            .field("UserId", u->id)
            .field("UserName", u->userName)
            .field("DisplayName", u->displayName)
            .field("Email", u->email)
            .field("Description", u->description)
            .field("Status", u->status)
            .field("ProvisionType", u->provisionType)
            .field("JoinTime", TimeFormat::utc(m.joinTime))
            .endObject();
    });
}

ApiResult CloudSsoHandler::addUserToGroup(const ApiCall &call)
{
    const ParamReader &p = call.params;
    SsoDirectoryStore &dir = requireDirectory(p);
    const SsoGroup &group = requireGroup(p, dir);
    const SsoUser &user = requireUser(p, dir);
    if (group.provisionType == QLatin1String("Synchronized"))
        conflict(QStringLiteral("OperationConflict.SCIMSynchronized.Group"),
                 QStringLiteral("Users cannot be added to a group that is synchronized by SCIM."));
    if (dir.members().contains(group.id, user.id))
        conflict(QStringLiteral("EntityAlreadyExists.GroupMember"), QStringLiteral("The user is already in the group."));
    dir.members().add(group.id, user.id, call.nowMs, m_store.nextSeq());
    return QJsonObject();
}

ApiResult CloudSsoHandler::removeUserFromGroup(const ApiCall &call)
{
    const ParamReader &p = call.params;
    SsoDirectoryStore &dir = requireDirectory(p);
    const SsoGroup &group = requireGroup(p, dir);
    const SsoUser &user = requireUser(p, dir);
    if (!dir.members().remove(group.id, user.id))
        entityNotExists("GroupMember", QStringLiteral("The user is not a member of the group."));
    return QJsonObject();
}

// ---------------------------------------------------------------- provisionings

ApiResult CloudSsoHandler::listUserProvisionings(const ApiCall &call)
{
    const ParamReader &p = call.params;
    SsoDirectoryStore &dir = requireDirectory(p);
    const TokenParams tp = tokenParams(p);
    const QString principalId = p.optionalString(QStringLiteral("PrincipalId"), 64).value_or(QString());
    const auto principalType = p.optionalEnum(QStringLiteral("PrincipalType"), kPrincipalType);
    const QString targetId = p.optionalString(QStringLiteral("TargetId"), 64).value_or(QString());
    const auto targetType = p.optionalEnum(QStringLiteral("TargetType"), {QStringLiteral("RD-Account")});
    const bool filtered = !principalId.isEmpty() || principalType || !targetId.isEmpty() || targetType;
    const auto page = Paging::byToken(dir.provisionings().items(), tp.after, tp.max, filtered,
                                      [&](const SsoProvisioning &prov) {
                                          return (principalId.isEmpty() || prov.principalId == principalId)
                                                 && (!principalType || prov.principalType == *principalType)
                                                 && (targetId.isEmpty() || prov.targetId == targetId)
                                                 && (!targetType || prov.targetType == *targetType);
                                      });
    return tokenResult("UserProvisionings", page, tp, [](JsonWriter &w, const SsoProvisioning &p) { p.writeJson(w); });
}

ApiResult CloudSsoHandler::getUserProvisioning(const ApiCall &call)
{
    const ParamReader &p = call.params;
    SsoDirectoryStore &dir = requireDirectory(p);
    const QString id = p.requiredString(QStringLiteral("UserProvisioningId"), 64);
    const SsoProvisioning *prov = dir.provisionings().find(id);
    if (!prov)
        entityNotExists("UserProvisioning", QStringLiteral("The specified user provisioning does not exist."));
    return QJsonObject{{QStringLiteral("UserProvisioning"), prov->toJson()}};
}

ApiResult CloudSsoHandler::createUserProvisioning(const ApiCall &call)
{
    const ParamReader &p = call.params;
    SsoDirectoryStore &dir = requireDirectory(p);
    SsoProvisioning prov;
    prov.directoryId = dir.directory().id;
    prov.principalType = p.requiredEnum(QStringLiteral("PrincipalType"), kPrincipalType);
    prov.principalId = p.requiredString(QStringLiteral("PrincipalId"), 64);
    prov.targetType = p.requiredEnum(QStringLiteral("TargetType"), {QStringLiteral("RD-Account")});
    // §6 gives TargetId no format (the samples are 16-digit member ids): any non-empty id is taken [emulator].
    prov.targetId = p.requiredString(QStringLiteral("TargetId"), 64);
    prov.deletionStrategy = p.requiredEnum(QStringLiteral("DeletionStrategy"), kDeletion);
    prov.duplicationStrategy = p.requiredEnum(QStringLiteral("DuplicationStrategy"), kDuplication);
    prov.description = p.optionalString(QStringLiteral("Description"), 1024).value_or(QString());
    if (prov.principalType == QLatin1String("User")) {
        const SsoUser *u = dir.users().find(prov.principalId);
        if (!u)
            entityNotExists("User", QStringLiteral("The specified user does not exist."));
        prov.principalName = u->userName;
    } else {
        const SsoGroup *g = dir.groups().find(prov.principalId);
        if (!g)
            entityNotExists("Group", QStringLiteral("The specified group does not exist."));
        prov.principalName = g->groupName;
    }
    for (const SsoProvisioning &existing : dir.provisionings().items()) {
        if (existing.principalType == prov.principalType && existing.principalId == prov.principalId
            && existing.targetId == prov.targetId)
            conflict(QStringLiteral("EntityAlreadyExists.UserProvisioning"),
                     QStringLiteral("A user provisioning for this principal and target already exists."));
    }
    do {
        prov.id = m_store.newSsoId(QStringLiteral("up-"), 20);
    } while (dir.provisionings().contains(prov.id));
    prov.ownerPk = QLatin1String(OwnerPk);
    prov.targetName = QStringLiteral("member-") + prov.targetId.right(6);
    prov.targetPath = QStringLiteral("r-emu000/fd-emu001/") + prov.targetId;
    prov.status = QStringLiteral("Enabled");
    prov.createTime = prov.updateTime = call.nowMs;
    prov.seq = m_store.nextSeq();
    return QJsonObject{{QStringLiteral("UserProvisioning"), dir.provisionings().append(prov).toJson()}};
}

ApiResult CloudSsoHandler::updateUserProvisioning(const ApiCall &call)
{
    const ParamReader &p = call.params;
    SsoDirectoryStore &dir = requireDirectory(p);
    const QString id = p.requiredString(QStringLiteral("UserProvisioningId"), 64);
    SsoProvisioning *prov = dir.provisionings().find(id);
    if (!prov)
        entityNotExists("UserProvisioning", QStringLiteral("The specified user provisioning does not exist."));
    const auto deletion = p.optionalEnum(QStringLiteral("NewDeletionStrategy"), kDeletion);
    const auto duplication = p.optionalEnum(QStringLiteral("NewDuplicationStrategy"), kDuplication);
    const auto description = p.optionalString(QStringLiteral("NewDescription"), 1024);
    if (deletion)
        prov->deletionStrategy = *deletion;
    if (duplication)
        prov->duplicationStrategy = *duplication;
    if (description)
        prov->description = *description;
    prov->updateTime = call.nowMs;
    return QJsonObject{{QStringLiteral("UserProvisioning"), prov->toJson()}};
}

ApiResult CloudSsoHandler::deleteUserProvisioning(const ApiCall &call)
{
    const ParamReader &p = call.params;
    SsoDirectoryStore &dir = requireDirectory(p);
    const QString id = p.requiredString(QStringLiteral("UserProvisioningId"), 64);
    p.optionalEnum(QStringLiteral("DeletionStrategy"), kDeletion);
    if (!dir.provisionings().remove(id))
        entityNotExists("UserProvisioning", QStringLiteral("The specified user provisioning does not exist."));
    return QJsonObject();
}

// ---------------------------------------------------------------- events

ApiResult CloudSsoHandler::listUserProvisioningEvents(const ApiCall &call)
{
    const ParamReader &p = call.params;
    SsoDirectoryStore &dir = requireDirectory(p);
    const TokenParams tp = tokenParams(p);
    const QString provisioningId = p.optionalString(QStringLiteral("UserProvisioningId"), 64).value_or(QString());
    const auto page = Paging::byToken(dir.events().items(), tp.after, tp.max, true, [&](const SsoProvisioningEvent &e) {
        return e.failed && (provisioningId.isEmpty() || e.provisioningId == provisioningId);
    });
    return tokenResult("UserProvisioningEvents", page, tp,
                       [](JsonWriter &w, const SsoProvisioningEvent &e) { e.writeJson(w); });
}

ApiResult CloudSsoHandler::getUserProvisioningEvent(const ApiCall &call)
{
    const ParamReader &p = call.params;
    SsoDirectoryStore &dir = requireDirectory(p);
    const QString id = p.requiredString(QStringLiteral("EventId"), 64);
    const SsoProvisioningEvent *e = dir.events().find(id);
    if (!e)
        entityNotExists("UserProvisioningEvent", QStringLiteral("The specified user provisioning event does not exist."));
    return QJsonObject{{QStringLiteral("UserProvisioningEvent"), e->toJson()}};
}

ApiResult CloudSsoHandler::retryUserProvisioningEvent(const ApiCall &call)
{
    const ParamReader &p = call.params;
    SsoDirectoryStore &dir = requireDirectory(p);
    const QString id = p.requiredString(QStringLiteral("EventId"), 64);
    const QString duplication = p.requiredEnum(QStringLiteral("DuplicationStrategy"), kDuplication);
    SsoProvisioningEvent *e = dir.events().find(id);
    if (!e)
        entityNotExists("UserProvisioningEvent", QStringLiteral("The specified user provisioning event does not exist."));
    if (!e->failed)
        conflict(QStringLiteral("OperationConflict.UserProvisioningEvent"),
                 QStringLiteral("The user provisioning event is not in a failed state and cannot be retried."));
    if (!dir.provisionings().contains(e->provisioningId))
        entityNotExists("UserProvisioning", QStringLiteral("The specified user provisioning does not exist."));
    const quint64 r = m_store.keyedRandom(QStringLiteral("sso-retry|%1|%2").arg(e->id).arg(e->retryCount));
    e->retryCount += 1;
    e->duplicationStrategy = duplication;
    e->latestAsyncTime = e->updateTime = call.nowMs;
    if (int(r % 100) < RetrySuccessPercent) {
        e->failed = false;
        e->errorInfo.clear();
    } else {
        e->errorCount += 1;
        e->errorInfo = errorInfos().at(int((r >> 8) % quint64(errorInfos().size())));
    }
    return QJsonObject();
}

ApiResult CloudSsoHandler::deleteUserProvisioningEvent(const ApiCall &call)
{
    const ParamReader &p = call.params;
    SsoDirectoryStore &dir = requireDirectory(p);
    const QString id = p.requiredString(QStringLiteral("EventId"), 64);
    const QString provisioningId = p.requiredString(QStringLiteral("UserProvisioningId"), 64);
    const SsoProvisioningEvent *e = dir.events().find(id);
    if (!e || e->provisioningId != provisioningId)
        entityNotExists("UserProvisioningEvent", QStringLiteral("The specified user provisioning event does not exist."));
    if (!e->failed)
        conflict(QStringLiteral("OperationConflict.UserProvisioningEvent"),
                 QStringLiteral("Only failed user provisioning events can be deleted."));
    dir.events().remove(id);
    return QJsonObject();
}

} // namespace emu
