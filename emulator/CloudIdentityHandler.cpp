// SPDX-License-Identifier: GPL-3.0-or-later
#include "CloudIdentityHandler.h"

#include "ApiError.h"
#include "DataStore.h"
#include "JsonWriter.h"
#include "Paging.h"
#include "TimeFormat.h"

#include <QJsonArray>
#include <QRandomGenerator>
#include <QRegularExpression>

namespace emu {

namespace {

const QStringList kFailedStatuses{QStringLiteral("ProvisionFailed"), QStringLiteral("DeleteProvisionFailed")};
const QStringList kEventStatuses{QStringLiteral("ProvisionFailed"), QStringLiteral("DeleteProvisionFailed"),
                                 QStringLiteral("Provisioned"), QStringLiteral("DeleteProvisioned")};

struct PageParams
{
    qint64 number = 1;
    qint64 size = 10;
};

PageParams pageParams(const ParamReader &p)
{
    PageParams pp;
    pp.number = p.optionalInt(QStringLiteral("PageNumber"), 1, 2147483647).value_or(1);
    pp.size = p.optionalInt(QStringLiteral("PageSize"), 1, 100).value_or(10);
    return pp;
}

// Page-number result: PageNumber, PageSize, Total and the named list, written straight to JSON.
template <class T, class WriteItem>
ApiResult pageResult(const char *listName, const Paging::Page<T> &page, const PageParams &pp, WriteItem writeItem)
{
    JsonWriter w;
    w.beginObject().field("PageNumber", pp.number).field("PageSize", pp.size).field("Total", page.total);
    w.key(listName).beginArray();
    for (const T *item : page.items)
        writeItem(w, *item);
    w.endArray().endObject();
    return ApiResult::fromRawJson(w.take());
}

[[noreturn]] void userNotFound()
{
    throw ApiError(404, QStringLiteral("UserNotFound"), QStringLiteral("User is not found"));
}

[[noreturn]] void groupNotFound()
{
    throw ApiError(404, QStringLiteral("UserGroupNotFound"), QStringLiteral("User group is not found"));
}

} // namespace

const QStringList &CloudIdentityHandler::failureReasons()
{
    static const QStringList reasons{
        QStringLiteral("IAM user with the same name already exists in the target account"),
        QStringLiteral("Target account is not in a usable state"),
        QStringLiteral("Permission denied when creating the IAM user in the target account"),
        QStringLiteral("Timed out waiting for the target account to respond"),
        QStringLiteral("IAM user quota exceeded in the target account")};
    return reasons;
}

CloudIdentityHandler::CloudIdentityHandler(DataStore &store) : m_store(store)
{
    m_actions.addRead(QStringLiteral("ListUsers"), this, &CloudIdentityHandler::listUsers);
    m_actions.addRead(QStringLiteral("GetUser"), this, &CloudIdentityHandler::getUser);
    m_actions.addWrite(QStringLiteral("CreateUser"), this, &CloudIdentityHandler::createUser);
    m_actions.addWrite(QStringLiteral("UpdateUser"), this, &CloudIdentityHandler::updateUser);
    m_actions.addWrite(QStringLiteral("DeleteUser"), this, &CloudIdentityHandler::deleteUser);
    m_actions.addWrite(QStringLiteral("ResetPassword"), this, &CloudIdentityHandler::resetPassword);
    m_actions.addRead(QStringLiteral("ListGroups"), this, &CloudIdentityHandler::listGroups);
    m_actions.addRead(QStringLiteral("GetGroup"), this, &CloudIdentityHandler::getGroup);
    m_actions.addWrite(QStringLiteral("CreateGroup"), this, &CloudIdentityHandler::createGroup);
    m_actions.addWrite(QStringLiteral("UpdateGroup"), this, &CloudIdentityHandler::updateGroup);
    m_actions.addWrite(QStringLiteral("DeleteGroup"), this, &CloudIdentityHandler::deleteGroup);
    m_actions.addRead(QStringLiteral("ListGroupMembers"), this, &CloudIdentityHandler::listGroupMembers);
    m_actions.addWrite(QStringLiteral("AddUserToGroup"), this, &CloudIdentityHandler::addUserToGroup);
    m_actions.addWrite(QStringLiteral("RemoveUserFromGroup"), this, &CloudIdentityHandler::removeUserFromGroup);
    m_actions.addRead(QStringLiteral("ListUserProvisionings"), this, &CloudIdentityHandler::listUserProvisionings);
    m_actions.addRead(QStringLiteral("GetUserProvisioning"), this, &CloudIdentityHandler::getUserProvisioning);
    m_actions.addWrite(QStringLiteral("CreateUserProvisioning"), this, &CloudIdentityHandler::createUserProvisioning);
    m_actions.addWrite(QStringLiteral("DeleteUserProvisioning"), this, &CloudIdentityHandler::deleteUserProvisioning);
    m_actions.addRead(QStringLiteral("ListUserProvisioningEvents"), this, &CloudIdentityHandler::listUserProvisioningEvents);
    m_actions.addWrite(QStringLiteral("RetryUserProvisioningEvent"), this, &CloudIdentityHandler::retryUserProvisioningEvent);
    m_actions.addWrite(QStringLiteral("DeleteUserProvisioningEvent"), this, &CloudIdentityHandler::deleteUserProvisioningEvent);
}

void CloudIdentityHandler::throwUnknownAction() const
{
    throw ApiError(404, QStringLiteral("InvalidActionOrVersion"), QStringLiteral("unknown action"), 100008);
}

CiUser &CloudIdentityHandler::requireUser(const ParamReader &p)
{
    const QString id = p.requiredString(QStringLiteral("UserId"), 64);
    CiUser *user = m_store.ciUsers().find(id);
    if (!user)
        userNotFound();
    return *user;
}

CiGroup &CloudIdentityHandler::requireGroup(const ParamReader &p)
{
    const QString id = p.requiredString(QStringLiteral("GroupId"), 64);
    CiGroup *group = m_store.ciGroups().find(id);
    if (!group)
        groupNotFound();
    return *group;
}

void CloudIdentityHandler::validateUserFields(const ParamReader &p) const
{
    // The reference gives only lengths for these fields (tests/data/validation-rules.json): no format check, so
    // "+86 (10) 1234-5678" or an address the emulator cannot judge is accepted, as the cloud documents.
    p.optionalString(QStringLiteral("DisplayName"), 64);
    p.optionalString(QStringLiteral("Description"), 255);
    p.optionalString(QStringLiteral("Email"), 128);
    p.optionalString(QStringLiteral("Phone"), 20);
}

// ---------------------------------------------------------------- users

ApiResult CloudIdentityHandler::listUsers(const ApiCall &call)
{
    const ParamReader &p = call.params;
    const PageParams pp = pageParams(p);
    const QString query = p.optionalString(QStringLiteral("QueryString"), 256).value_or(QString());
    const auto source = p.optionalEnum(QStringLiteral("Source"), {QStringLiteral("Sync"), QStringLiteral("Manual")});
    const QString userName = p.optionalString(QStringLiteral("UserName"), 54).value_or(QString());
    const bool filtered = !query.isEmpty() || source.has_value() || !userName.isEmpty();
    const auto page = Paging::byPageNumber(m_store.ciUsers().items(), pp.number, pp.size, filtered, [&](const CiUser &u) {
        if (source && u.source != *source)
            return false;
        if (!userName.isEmpty() && u.userName != userName)
            return false;
        return query.isEmpty() || u.userName.contains(query, Qt::CaseInsensitive)
               || u.displayName.contains(query, Qt::CaseInsensitive);
    });
    return pageResult("Users", page, pp, [](JsonWriter &w, const CiUser &u) { u.writeJson(w); });
}

ApiResult CloudIdentityHandler::getUser(const ApiCall &call)
{
    return requireUser(call.params).toJson(true);
}

ApiResult CloudIdentityHandler::createUser(const ApiCall &call)
{
    const ParamReader &p = call.params;
    const QString userName = p.requiredString(QStringLiteral("UserName"), 54);
    validateUserFields(p);
    if (m_store.ciUserNames().contains(userName))
        throw ApiError(409, QStringLiteral("UserAlreadyExists"), QStringLiteral("User %1 already exists").arg(userName));
    CiUser u;
    u.id = m_store.newCiId(DataStore::CiKind::User);
    u.userName = userName;
    u.displayName = p.optionalString(QStringLiteral("DisplayName")).value_or(QString());
    u.description = p.optionalString(QStringLiteral("Description")).value_or(QString());
    u.email = p.optionalString(QStringLiteral("Email")).value_or(QString());
    u.phone = p.optionalString(QStringLiteral("Phone")).value_or(QString());
    u.source = QStringLiteral("Manual");
    u.createdTime = u.updatedTime = call.nowMs;
    u.seq = m_store.nextSeq();
    m_store.ciUserNames().insert(u.userName, u.id);
    return m_store.ciUsers().append(u).toJson();
}

ApiResult CloudIdentityHandler::updateUser(const ApiCall &call)
{
    const ParamReader &p = call.params;
    CiUser &user = requireUser(p);
    const auto userName = p.optionalString(QStringLiteral("UserName"), 54, 1);
    validateUserFields(p);
    if (userName && *userName != user.userName && m_store.ciUserNames().contains(*userName))
        throw ApiError(409, QStringLiteral("UserAlreadyExists"), QStringLiteral("User %1 already exists").arg(*userName));
    if (userName && *userName != user.userName) {
        m_store.ciUserNames().remove(user.userName);
        user.userName = *userName;
        m_store.ciUserNames().insert(user.userName, user.id);
    }
    if (const auto v = p.optionalString(QStringLiteral("DisplayName")))
        user.displayName = *v;
    if (const auto v = p.optionalString(QStringLiteral("Description")))
        user.description = *v;
    if (const auto v = p.optionalString(QStringLiteral("Email")))
        user.email = *v;
    if (const auto v = p.optionalString(QStringLiteral("Phone")))
        user.phone = *v;
    user.updatedTime = call.nowMs;
    return QJsonObject();
}

ApiResult CloudIdentityHandler::deleteUser(const ApiCall &call)
{
    const CiUser &user = requireUser(call.params);
    if (user.source == QLatin1String("Sync"))
        throw ApiError(400, QStringLiteral("ErrDeleteSyncUserNotAllowed"), QStringLiteral("Delete sync user not allowed"));
    for (const CiProvisioning &prov : m_store.ciProvisionings().items()) {
        if (prov.principalType == QLatin1String("User") && prov.principalId == user.id)
            throw ApiError(400, QStringLiteral("UserHasProvision"), QStringLiteral("User has provision"));
    }
    const QString id = user.id;
    m_store.ciMembers().removeUser(id);
    m_store.ciUserNames().remove(user.userName);
    m_store.ciUsers().remove(id);
    return QJsonObject();
}

ApiResult CloudIdentityHandler::resetPassword(const ApiCall &call)
{
    const ParamReader &p = call.params;
    requireUser(p);
    const bool generate = p.requiredBool(QStringLiteral("GenerateRandomPassword"));
    p.requiredBool(QStringLiteral("PasswordResetRequired"));
    const auto password = p.optionalString(QStringLiteral("Password"), 32, 8);
    QString result;
    if (generate) {
        static const char alphabet[] = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789!@#%^*";
        QRandomGenerator *rng = QRandomGenerator::system();
        for (int i = 0; i < 16; ++i)
            result.append(QLatin1Char(alphabet[rng->bounded(int(sizeof alphabet) - 1)]));
        result[0] = QLatin1Char('A' + char(rng->bounded(26)));
        result[1] = QLatin1Char('0' + char(rng->bounded(10)));
    } else {
        if (!password || password->isEmpty())
            p.throwMissing(QStringLiteral("Password"));
        result = *password;
    }
    return QJsonObject{{QStringLiteral("Password"), result}};
}

// ---------------------------------------------------------------- groups

ApiResult CloudIdentityHandler::listGroups(const ApiCall &call)
{
    const ParamReader &p = call.params;
    const PageParams pp = pageParams(p);
    const auto joinType = p.optionalEnum(QStringLiteral("JoinType"), {QStringLiteral("Manual"), QStringLiteral("Auto")});
    const QString query = p.optionalString(QStringLiteral("QueryString"), 256).value_or(QString());
    const bool filtered = joinType.has_value() || !query.isEmpty();
    const auto page = Paging::byPageNumber(m_store.ciGroups().items(), pp.number, pp.size, filtered, [&](const CiGroup &g) {
        if (joinType && g.joinType != *joinType)
            return false;
        return query.isEmpty() || g.groupName.contains(query, Qt::CaseInsensitive)
               || g.displayName.contains(query, Qt::CaseInsensitive);
    });
    return pageResult("Groups", page, pp, [](JsonWriter &w, const CiGroup &g) { g.writeJson(w); });
}

ApiResult CloudIdentityHandler::getGroup(const ApiCall &call)
{
    return requireGroup(call.params).toJson();
}

ApiResult CloudIdentityHandler::createGroup(const ApiCall &call)
{
    const ParamReader &p = call.params;
    const QString name = p.requiredString(QStringLiteral("GroupName"), 63);
    const QString joinType = p.requiredEnum(QStringLiteral("JoinType"), {QStringLiteral("Manual"), QStringLiteral("Auto")});
    const QString description = p.optionalString(QStringLiteral("Description"), 128).value_or(QString());
    const QString displayName = p.optionalString(QStringLiteral("DisplayName"), 64).value_or(QString());
    if (m_store.ciGroupNames().contains(name))
        throw ApiError(409, QStringLiteral("GroupAlreadyExists"), QStringLiteral("User group %1 already exists").arg(name));
    CiGroup g;
    g.id = m_store.newCiId(DataStore::CiKind::Group);
    g.groupName = name;
    g.displayName = displayName;
    g.description = description;
    g.joinType = joinType;
    g.source = QStringLiteral("Manual");
    g.createdTime = g.updatedTime = call.nowMs;
    g.seq = m_store.nextSeq();
    m_store.ciGroupNames().insert(g.groupName, g.id);
    return m_store.ciGroups().append(g).toJson();
}

ApiResult CloudIdentityHandler::updateGroup(const ApiCall &call)
{
    const ParamReader &p = call.params;
    CiGroup &group = requireGroup(p);
    const auto displayName = p.optionalString(QStringLiteral("DisplayName"), 64);
    const auto description = p.optionalString(QStringLiteral("Description"), 128);
    if (displayName)
        group.displayName = *displayName;
    if (description)
        group.description = *description;
    group.updatedTime = call.nowMs;
    return QJsonObject();
}

ApiResult CloudIdentityHandler::deleteGroup(const ApiCall &call)
{
    const CiGroup &group = requireGroup(call.params);
    QStringList blocking;
    for (const CiProvisioning &prov : m_store.ciProvisionings().items()) {
        if (prov.principalType == QLatin1String("Group") && prov.principalId == group.id)
            blocking.append(prov.id);
    }
    // [emulator] The message names the blocking provisionings, so an admin knows what to delete first.
    if (!blocking.isEmpty())
        throw ApiError(409, QStringLiteral("UserGroupDeletionConflict"),
                       QStringLiteral("Make sure that the user group has no user provision assignment before "
                                      "deleting it (user provisionings: %1)")
                           .arg(blocking.join(QStringLiteral(", "))));
    const QString id = group.id;
    m_store.ciMembers().removeGroup(id);
    m_store.ciGroupNames().remove(group.groupName);
    m_store.ciGroups().remove(id);
    return QJsonObject();
}

ApiResult CloudIdentityHandler::listGroupMembers(const ApiCall &call)
{
    const ParamReader &p = call.params;
    const CiGroup &group = requireGroup(p);
    const PageParams pp = pageParams(p);
    const QString query = p.optionalString(QStringLiteral("QueryString"), 256).value_or(QString());
    const auto &members = m_store.ciMembers().members(group.id);
    const auto page = Paging::byPageNumber(members, pp.number, pp.size, !query.isEmpty(), [&](const GroupMembership &m) {
        const CiUser *u = m_store.ciUsers().find(m.userId);
        return u && (u->userName.contains(query, Qt::CaseInsensitive) || u->displayName.contains(query, Qt::CaseInsensitive));
    });
    return pageResult("Members", page, pp, [this](JsonWriter &w, const GroupMembership &m) {
        const CiUser *u = m_store.ciUsers().find(m.userId);
        if (!u)
            return;
        w.beginObject();
        u->writeFields(w, CiUser::WithIdentityType | CiUser::WithoutTimes);
        w.field("JoinTime", TimeFormat::beijing(m.joinTime));
        w.endObject();
    });
}

ApiResult CloudIdentityHandler::addUserToGroup(const ApiCall &call)
{
    const ParamReader &p = call.params;
    const CiGroup &group = requireGroup(p);
    const CiUser &user = requireUser(p);
    m_store.ciMembers().add(group.id, user.id, call.nowMs, m_store.nextSeq());
    return QJsonObject();
}

ApiResult CloudIdentityHandler::removeUserFromGroup(const ApiCall &call)
{
    const ParamReader &p = call.params;
    const CiGroup &group = requireGroup(p);
    const CiUser &user = requireUser(p);
    if (!m_store.ciMembers().remove(group.id, user.id))
        throw ApiError(404, QStringLiteral("GroupMemberNotFound"), QStringLiteral("Group member is not found"));
    return QJsonObject();
}

// ---------------------------------------------------------------- provisionings

ApiResult CloudIdentityHandler::listUserProvisionings(const ApiCall &call)
{
    const ParamReader &p = call.params;
    const PageParams pp = pageParams(p);
    const QString account = p.optionalString(QStringLiteral("AccountId"), 64).value_or(QString());
    const auto page = Paging::byPageNumber(m_store.ciProvisionings().items(), pp.number, pp.size, !account.isEmpty(),
                                           [&](const CiProvisioning &prov) { return prov.targetId == account; });
    return pageResult("UserProvisionings", page, pp, [](JsonWriter &w, const CiProvisioning &p) { p.writeJson(w); });
}

ApiResult CloudIdentityHandler::getUserProvisioning(const ApiCall &call)
{
    const QString id = call.params.requiredString(QStringLiteral("UserProvisioningId"), 64);
    const CiProvisioning *prov = m_store.ciProvisionings().find(id);
    if (!prov)
        throw ApiError(404, QStringLiteral("UserProvisionNotFound"), QStringLiteral("User provisioning is not found"));
    return prov->toJson();
}

ApiResult CloudIdentityHandler::createUserProvisioning(const ApiCall &call)
{
    static const QRegularExpression accountRe(QStringLiteral("^[0-9]{1,32}$"));
    const ParamReader &p = call.params;
    CiProvisioning prov;
    prov.principalType = p.requiredEnum(QStringLiteral("PrincipalType"), {QStringLiteral("User"), QStringLiteral("Group")});
    prov.principalId = p.requiredString(QStringLiteral("PrincipalId"), 64);
    prov.targetId = p.requiredString(QStringLiteral("TargetId"), 32);
    if (!accountRe.match(prov.targetId).hasMatch())
        p.throwInvalid(QStringLiteral("TargetId"), prov.targetId);
    prov.identitySourceStrategy = p.requiredEnum(QStringLiteral("IdentitySourceStrategy"),
                                                 {QStringLiteral("Create"), QStringLiteral("Ignore")});
    prov.duplicationStrategy = p.requiredEnum(QStringLiteral("DuplicationStrategy"),
                                              {QStringLiteral("KeepBoth"), QStringLiteral("Takeover")});
    prov.duplicationSuffix = p.optionalString(QStringLiteral("DuplicationSuffix"), 32).value_or(QString());
    if (prov.duplicationStrategy == QLatin1String("KeepBoth") && prov.duplicationSuffix.isEmpty())
        p.throwMissing(QStringLiteral("DuplicationSuffix"));
    prov.deletionStrategy = p.requiredEnum(QStringLiteral("DeletionStrategy"), {QStringLiteral("Keep"), QStringLiteral("Delete")});
    prov.description = p.optionalString(QStringLiteral("Description"), 255).value_or(QString());
    if (prov.principalType == QLatin1String("User")) {
        const CiUser *u = m_store.ciUsers().find(prov.principalId);
        if (!u)
            throw ApiError(404, QStringLiteral("UserProvisionPrincipalNotFound"),
                           QStringLiteral("User provision event principal is not found"));
        prov.principalName = u->userName;
    } else {
        const CiGroup *g = m_store.ciGroups().find(prov.principalId);
        if (!g)
            throw ApiError(404, QStringLiteral("UserProvisionPrincipalNotFound"),
                           QStringLiteral("User provision event principal is not found"));
        prov.principalName = g->groupName;
    }
    for (const CiProvisioning &existing : m_store.ciProvisionings().items()) {
        if (existing.principalType == prov.principalType && existing.principalId == prov.principalId
            && existing.targetId == prov.targetId)
            throw ApiError(409, QStringLiteral("UserProvisionAlreadyExists"),
                           QStringLiteral("User provisioning for principal %1 and target %2 already exists")
                               .arg(prov.principalId, prov.targetId));
    }
    prov.id = m_store.newCiId(DataStore::CiKind::Provisioning);
    prov.provisionStatus = QStringLiteral("Provisioned");
    prov.createdTime = prov.updatedTime = call.nowMs;
    prov.seq = m_store.nextSeq();
    return m_store.ciProvisionings().append(prov).toCreateResult();
}

ApiResult CloudIdentityHandler::deleteUserProvisioning(const ApiCall &call)
{
    const QString id = call.params.requiredString(QStringLiteral("UserProvisioningId"), 64);
    if (!m_store.ciProvisionings().remove(id))
        throw ApiError(400, QStringLiteral("UserProvisioningNotExists"),
                       QStringLiteral("User provisioning %1 does not exist").arg(id));
    return QJsonObject();
}

// ---------------------------------------------------------------- events

ApiResult CloudIdentityHandler::listUserProvisioningEvents(const ApiCall &call)
{
    const ParamReader &p = call.params;
    const PageParams pp = pageParams(p);
    QStringList statuses = kFailedStatuses;
    // EventStatus must be a JSON array of strings; a string (or the query-string form) is InvalidParam.
    if (const auto list = p.optionalStringArray(QStringLiteral("EventStatus"), 10)) {
        if (p.has(QStringLiteral("EventStatus")) && !p.optionalArray(QStringLiteral("EventStatus")))
            p.throwInvalid(QStringLiteral("EventStatus"));
        for (const QString &s : *list) {
            if (!kEventStatuses.contains(s))
                p.throwInvalid(QStringLiteral("EventStatus"), s);
        }
        if (!list->isEmpty())
            statuses = *list;
    }
    const QString query = p.optionalString(QStringLiteral("QueryString"), 256).value_or(QString());
    const auto page = Paging::byPageNumber(m_store.ciEvents().items(), pp.number, pp.size, true,
                                           [&](const CiProvisioningEvent &e) {
                                               if (!statuses.contains(e.eventStatus))
                                                   return false;
                                               return query.isEmpty() || e.userName.contains(query, Qt::CaseInsensitive)
                                                      || e.userDisplayName.contains(query, Qt::CaseInsensitive);
                                           });
    return pageResult("UserProvisioningEvent", page, pp,
                      [](JsonWriter &w, const CiProvisioningEvent &e) { e.writeJson(w); });
}

ApiResult CloudIdentityHandler::retryUserProvisioningEvent(const ApiCall &call)
{
    const QString id = call.params.requiredString(QStringLiteral("UserProvisioningEventId"), 64);
    CiProvisioningEvent *event = m_store.ciEvents().find(id);
    if (!event)
        throw ApiError(404, QStringLiteral("UserProvisionEventNotFound"), QStringLiteral("User provision event is not found"));
    if (!event->isFailed())
        throw ApiError(400, QStringLiteral("UserProvisionEventStatusException"),
                       QStringLiteral("Can not perform action[RetryUserProvisioningEvent] when user provison event "
                                      "status is %1")
                           .arg(event->eventStatus));
    if (!m_store.ciProvisionings().contains(event->provisioningId))
        throw ApiError(404, QStringLiteral("UserProvisionNotFound"), QStringLiteral("User provisioning is not found"));
    const quint64 r = m_store.keyedRandom(QStringLiteral("ci-retry|%1|%2").arg(event->id).arg(event->retryCount));
    event->retryCount += 1;
    event->updatedTime = call.nowMs;
    if (int(r % 100) < RetrySuccessPercent) {
        event->eventStatus = event->eventStatus == QLatin1String("DeleteProvisionFailed")
                                 ? QStringLiteral("DeleteProvisioned")
                                 : QStringLiteral("Provisioned");
        event->failureReason.clear();
    } else {
        event->failureReason = failureReasons().at(int((r >> 8) % quint64(failureReasons().size())));
    }
    return QJsonObject();
}

ApiResult CloudIdentityHandler::deleteUserProvisioningEvent(const ApiCall &call)
{
    const QString id = call.params.requiredString(QStringLiteral("UserProvisioningEventId"), 64);
    const CiProvisioningEvent *event = m_store.ciEvents().find(id);
    if (!event)
        throw ApiError(404, QStringLiteral("UserProvisionEventNotFound"), QStringLiteral("User provision event is not found"));
    if (!event->isFailed())
        throw ApiError(400, QStringLiteral("UserProvisionEventStatusException"),
                       QStringLiteral("Can not perform action[DeleteUserProvisioningEvent] when user provison event "
                                      "status is %1")
                           .arg(event->eventStatus));
    m_store.ciEvents().remove(id);
    return QJsonObject();
}

} // namespace emu
