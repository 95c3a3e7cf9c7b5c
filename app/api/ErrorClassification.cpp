// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/ErrorClassification.h"

#include "api/ApiError.h"

#include <QHash>

namespace {
using C = ErrorClassification::Category;
using R = ErrorClassification::Resource;

constexpr int NotActed = ErrorClassification::NotActed;
constexpr int RetryLater = ErrorClassification::RetryLater;
constexpr int AlreadyUnderway = ErrorClassification::AlreadyUnderway;
constexpr int AlreadyExists = ErrorClassification::AlreadyExists;
constexpr int ClockSkew = ErrorClassification::ClockSkew;
constexpr int NonceReused = ErrorClassification::NonceReused;
constexpr int Permanent = ErrorClassification::Permanent;

const char *const Id = "id";
const char *const Ci = "cloudidentity";
const char *const Sso = "cloudsso";

// Every documented code. Rows with a service apply to that service only; nullptr rows to all three (the codes
// the gateways share, e.g. SignatureDoesNotMatch, InternalError). Exact rows win over prefix rows; the longest
// prefix wins among prefix rows.
const ErrorClassification::Row kRows[] = {
    // ---- Volcengine Agent Identity `id` business table (volcengine-id.md §9.1).
    {Id, "InvalidParameter", false, C::Validation, R::None, 0, "id §9.1 (400)"},
    {Id, "InvalidParameter.", true, C::Validation, R::None, 0, "id §9.1 (400)"},
    {Id, "InvalidRequest", false, C::Validation, R::None, 0, "id §9.1 (400)"},
    {Id, "MissingParameter.", true, C::Validation, R::None, 0, "id §9.1 (400)"},
    {Id, "MissingAction", false, C::Gateway, R::None, 0, "id §9.1 (400)"},
    {Id, "InvalidAction", false, C::Gateway, R::None, 0, "id §9.1 (400)"},
    {Id, "SignatureNotMatch", false, C::Authentication, R::None, 0, "id §9.1 (401)"},
    {Id, "InvalidAccessKeyId", false, C::Authentication, R::None, 0, "id §9.1 (403)"},
    {Id, "AccessDenied", false, C::Permission, R::None, 0, "id §9.1 (403)"},
    // "Resource not found: %s." names no resource type; classify() narrows it by action (see below).
    {Id, "NotFound", false, C::NotFound, R::Unspecified, 0, "id §9.1 (404)"},
    {Id, "StatusConflict", false, C::Conflict, R::None, 0, "id §9.1 (409)"},
    {Id, "Duplicated", false, C::Conflict, R::None, AlreadyExists, "id §9.1 (409)"},
    {Id, "ParseFailed", false, C::Validation, R::None, 0, "id §9.1 (422)"},
    {Id, "QuotaExceeded", false, C::Quota, R::None, 0, "id §9.1 (429)"},
    {Id, "Throttling", false, C::Throttled, R::None, NotActed, "id §9.1 (429)"},
    {Id, "InternalError", false, C::Server, R::None, 0, "id §9.1 (500)"},
    {Id, "DownstreamServerError", false, C::Server, R::None, 0, "id §9.1 (500)"},
    {Id, "NotImplemented", false, C::Server, R::None, Permanent, "id §9.1 (501)"},
    // The gateway could not reach the back end. Whether a write got there first is not known.
    {Id, "UpstreamUnreachable", false, C::Gateway, R::None, 0, "id §9.1 (502)"},
    // "The request has failed due to a temporary failure of the server": refused before acting. The docs
    // (id §9.2, cloudsso §8.3) say to retry it with back-off and do not single out writes [assumed safe for writes].
    {nullptr, "ServiceUnavailable", false, C::Server, R::None, NotActed, "id §9.1 (503), cloudsso §8.3 (503)"},

    // ---- Volcengine Cloud Identity business codes (volcengine-cloudidentity.md §7.1 and the per-action tables).
    // "Concurrent request exception": the service refused because another mutation was running; it did not act.
    {Ci, "ConcurrentException", false, C::Conflict, R::None, NotActed, "cloudidentity §7.1 (400)"},
    {Ci, "OperateTooFrequentlyException", false, C::Throttled, R::None, NotActed, "cloudidentity §7.1 (400)"},
    {Ci, "SensitiveWord", false, C::Validation, R::None, 0, "cloudidentity §7.1 (400)"},
    {Ci, "ParamMissing", false, C::Validation, R::None, 0, "cloudidentity §7.1 (400)"},
    {Ci, "InvalidParam", false, C::Validation, R::None, 0, "cloudidentity §7.1 (400)"},
    {Ci, "PermissionError", false, C::Permission, R::None, 0, "cloudidentity §7.1 (400)"},
    {Ci, "ServiceStatusException", false, C::ServiceState, R::None, 0, "cloudidentity §7.1 (400)"},
    {Ci, "ErrDeleteSyncUserNotAllowed", false, C::Conflict, R::None, 0, "cloudidentity §7.1 (400)"},
    {Ci, "UserHasProvision", false, C::Conflict, R::None, 0, "cloudidentity §7.1 (400)"},
    {Ci, "UserProvisioningNotExists", false, C::NotFound, R::Provisioning, 0, "cloudidentity §7.1 (400)"},
    {Ci, "UserProvisionStatusException", false, C::Conflict, R::None, 0, "cloudidentity §7.1 (400)"},
    {Ci, "UserProvisionEventStatusException", false, C::Conflict, R::None, 0, "cloudidentity §7.1 (400)"},
    {Ci, "PermissionDenied", false, C::Permission, R::None, 0, "cloudidentity §7.1 (403)"},
    {Ci, "UserNotFound", false, C::NotFound, R::User, 0, "cloudidentity §7.1 (404)"},
    {Ci, "UserProvisionNotFound", false, C::NotFound, R::Provisioning, 0, "cloudidentity §7.1 (404)"},
    {Ci, "UserProvisionEventNotFound", false, C::NotFound, R::ProvisioningEvent, 0, "cloudidentity §7.1 (404)"},
    {Ci, "UserProvisionPrincipalNotFound", false, C::NotFound, R::ProvisioningPrincipal, 0, "cloudidentity §7.1 (404)"},
    {Ci, "GroupMemberNotFound", false, C::NotFound, R::GroupMember, 0, "cloudidentity §7.1 (404)"},
    {Ci, "GroupAlreadyExists", false, C::Conflict, R::None, AlreadyExists, "cloudidentity §7.1 (409)"},
    // "User provision event retry task already exists": what was asked for is already happening.
    {Ci, "UserProvisionEventRetryConflict", false, C::Conflict, R::None, AlreadyUnderway, "cloudidentity §7.1 (409)"},
    {Ci, "ReachedQuotaLimit", false, C::Quota, R::None, 0, "cloudidentity §7.1 (429)"},
    {Ci, "InternalError", false, C::Server, R::None, 0, "cloudidentity §7.1 (500)"},

    // ---- Volcengine OpenAPI gateway (volcengine-cloudidentity.md §7.2), in front of `id` and `cloudidentity`.
    {Id, "MissingParameter", false, C::Validation, R::None, 0, "gateway §7.2 (400, CodeN 100002)"},
    {Ci, "MissingParameter", false, C::Validation, R::None, 0, "gateway §7.2 (400, CodeN 100002)"},
    {Id, "MissingAuthenticationToken", false, C::Authentication, R::None, 0, "gateway §7.2 (401, 100003)"},
    {Ci, "MissingAuthenticationToken", false, C::Authentication, R::None, 0, "gateway §7.2 (401, 100003)"},
    {Id, "MissingRequestInfo", false, C::Authentication, R::None, 0, "gateway §7.2 (400, 100004)"},
    {Ci, "MissingRequestInfo", false, C::Authentication, R::None, 0, "gateway §7.2 (400, 100004)"},
    {Id, "MissingSignature", false, C::Authentication, R::None, 0, "gateway §7.2 (401, 100005)"},
    {Ci, "MissingSignature", false, C::Authentication, R::None, 0, "gateway §7.2 (401, 100005)"},
    {Id, "InvalidTimestamp", false, C::Authentication, R::None, ClockSkew, "gateway §7.2 (400, 100006)"},
    {Ci, "InvalidTimestamp", false, C::Authentication, R::None, ClockSkew, "gateway §7.2 (400, 100006)"},
    {Id, "ServiceNotFound", false, C::Gateway, R::None, 0, "gateway §7.2 (404, 100007)"},
    {Ci, "ServiceNotFound", false, C::Gateway, R::None, 0, "gateway §7.2 (404, 100007)"},
    {Id, "InvalidActionOrVersion", false, C::Gateway, R::None, 0, "gateway §7.2 (404, 100008)"},
    {Ci, "InvalidActionOrVersion", false, C::Gateway, R::None, 0, "gateway §7.2 (404, 100008)"},
    {Id, "InvalidAccessKey", false, C::Authentication, R::None, 0, "gateway §7.2 (401, 100009)"},
    {Ci, "InvalidAccessKey", false, C::Authentication, R::None, 0, "gateway §7.2 (401, 100009)"},
    {nullptr, "SignatureDoesNotMatch", false, C::Authentication, R::None, 0, "gateway §7.2 (401, 100010), cloudsso §8.3 (400)"},
    {Id, "LackPolicy", false, C::Permission, R::None, 0, "gateway §7.2 (403, 100012)"},
    {Ci, "LackPolicy", false, C::Permission, R::None, 0, "gateway §7.2 (403, 100012)"},
    {Ci, "AccessDenied", false, C::Permission, R::None, 0, "gateway §7.2 (403, 100013)"},

    // ---- Alibaba CloudSSO service codes (aliyun-cloudsso.md §8.2). The doc says to branch on the prefixes
    // EntityNotExists. / DeletionConflict. / OperationConflict.; classify() names the resource after the prefix.
    {Sso, "EntityNotExists.Directory", false, C::NotFound, R::Directory, 0, "cloudsso §8.2"},
    {Sso, "EntityNotExists.User", false, C::NotFound, R::User, 0, "cloudsso §8.2"},
    {Sso, "EntityNotExists.Group", false, C::NotFound, R::Group, 0, "cloudsso §8.2"},
    {Sso, "EntityNotExists.UserProvisioning", false, C::NotFound, R::Provisioning, 0, "cloudsso §8.2"},
    {Sso, "EntityNotExists.", true, C::NotFound, R::Unspecified, 0, "cloudsso §8.2 (prefix rule)"},
    {Sso, "DeletionConflict.User.AccessAssigment", false, C::Conflict, R::None, 0, "cloudsso §8.2"},
    {Sso, "DeletionConflict.Group.AccessAssigment", false, C::Conflict, R::None, 0, "cloudsso §8.2"},
    {Sso, "DeletionConflict.", true, C::Conflict, R::None, 0, "cloudsso §8.2 (prefix rule)"},
    // "an asynchronous task is still running; retry later": nothing was done, and waiting will help.
    {Sso, "OperationConflict.Task", false, C::Conflict, R::None, RetryLater | NotActed, "cloudsso §8.2"},
    {Sso, "OperationConflict.UserProvisioning.Process.fail.ImsUserExists", false, C::Conflict, R::None, 0,
     "cloudsso §8.2 (event ErrorInfo)"},
    {Sso, "OperationConflict.", true, C::Conflict, R::None, 0, "cloudsso §8.2 (prefix rule)"},

    // ---- Alibaba Cloud OpenAPI gateway (aliyun-cloudsso.md §8.3).
    {Sso, "IncompleteSignature", false, C::Authentication, R::None, 0, "cloudsso §8.3 (400)"},
    // 404, but it is the access key that is not found (revoked or mistyped): never "the object is gone".
    {Sso, "InvalidAccessKeyId.NotFound", false, C::Authentication, R::None, 0, "cloudsso §8.3 (404)"},
    {Sso, "InvalidAccessKeyId.Inactive", false, C::Authentication, R::None, 0, "cloudsso §8.3 (400)"},
    {Sso, "InvalidAccessKeyId.", true, C::Authentication, R::None, 0, "cloudsso §8.3 (InvalidAccessKeyId.*)"},
    {Sso, "Forbidden.AccessKeyDisabled", false, C::Authentication, R::None, 0, "cloudsso §8.3 (403)"},
    {Sso, "SignatureNonceUsed", false, C::Authentication, R::None, NonceReused | NotActed, "cloudsso §8.3 (400)"},
    {Sso, "InvalidTimeStamp.Expired", false, C::Authentication, R::None, ClockSkew, "cloudsso §8.3 (400)"},
    {Sso, "InvalidTimeStamp.Format", false, C::Authentication, R::None, 0, "cloudsso §8.3 (400)"},
    {Sso, "InvalidTimeStamp.", true, C::Authentication, R::None, 0, "cloudsso §8.3 (InvalidTimeStamp.*)"},
    {Sso, "MissingParameter", false, C::Validation, R::None, 0, "cloudsso §8.3 (400)"},
    {Sso, "MissingParameter.", true, C::Validation, R::None, 0, "cloudsso §8.3 (400)"},
    {Sso, "InvalidParameter", false, C::Validation, R::None, 0, "cloudsso §8.3 (400)"},
    {Sso, "InvalidParameter.", true, C::Validation, R::None, 0, "cloudsso §8.3 (400)"},
    {Sso, "InvalidVersion", false, C::Gateway, R::None, 0, "cloudsso §8.3 (400)"},
    // 404, but it is the API that is not found: a gateway problem, never "the object is gone".
    {Sso, "InvalidAction.NotFound", false, C::Gateway, R::None, 0, "cloudsso §8.3 (404)"},
    {Sso, "Forbidden.RAM", false, C::Permission, R::None, 0, "cloudsso §8.3 (403)"},
    {Sso, "NoPermission", false, C::Permission, R::None, 0, "cloudsso §8.3 (403)"},
    {Sso, "Throttling", false, C::Throttled, R::None, NotActed, "cloudsso §8.3 (400 or 503)"},
    {Sso, "Throttling.User", false, C::Throttled, R::None, NotActed, "cloudsso §8.3 (400 or 503)"},
    {Sso, "Throttling.Api", false, C::Throttled, R::None, NotActed, "cloudsso §8.3 (400 or 503)"},
    // Throttling.* beyond the three listed: the same family [assumed].
    {Sso, "Throttling.", true, C::Throttled, R::None, NotActed, "cloudsso §8.3 (Throttling*)"},
    {Sso, "InternalError", false, C::Server, R::None, 0, "cloudsso §8.3 (500)"},
};

bool serviceMatches(const ErrorClassification::Row &row, const QString &service)
{
    return !row.service || service == QLatin1String(row.service);
}

R resourceFromName(const QString &name)
{
    static const QHash<QString, R> map = {
        {QStringLiteral("User"), R::User},
        {QStringLiteral("Group"), R::Group},
        {QStringLiteral("GroupMember"), R::GroupMember},
        {QStringLiteral("Directory"), R::Directory},
        {QStringLiteral("UserProvisioning"), R::Provisioning},
        {QStringLiteral("UserProvisioningEvent"), R::ProvisioningEvent},
    };
    return map.value(name, R::Unspecified);
}

// `id` answers a generic `NotFound`. On actions that name exactly one resource, that resource is the one missing.
R idResourceForAction(const QString &action)
{
    static const QHash<QString, R> map = {
        {QStringLiteral("GetUserPool"), R::UserPool},
        {QStringLiteral("UpdateUserPool"), R::UserPool},
        {QStringLiteral("DeleteUserPool"), R::UserPool},
        {QStringLiteral("UpdateEnableUserPool"), R::UserPool},
        {QStringLiteral("ListUsers"), R::UserPool},
        {QStringLiteral("ListUserPoolClients"), R::UserPool},
        {QStringLiteral("ListIdentityProviders"), R::UserPool},
    };
    return map.value(action, R::Unspecified);
}

// Cloud Identity publishes no "group not found" code; its doc (§7.1, after the table) says a 404 on a group action
// means the group is gone. Only actions whose one object is the group qualify (AddUserToGroup may miss the user).
bool isCloudIdentityGroupOnlyAction(const QString &action)
{
    return action == QLatin1String("GetGroup") || action == QLatin1String("UpdateGroup")
           || action == QLatin1String("DeleteGroup") || action == QLatin1String("ListGroupMembers");
}
} // namespace

namespace {
const ErrorClassification::Row *findRow(const QString &service, const QString &code, bool anyService)
{
    const ErrorClassification::Row *best = nullptr;
    int bestLen = -1;
    for (const ErrorClassification::Row &row : kRows) {
        if (!anyService && !serviceMatches(row, service))
            continue;
        const QLatin1String rc(row.code);
        if (!row.prefix) {
            if (code == rc)
                return &row;
        } else if (code.size() > rc.size() && code.startsWith(rc) && int(rc.size()) > bestLen) {
            best = &row;
            bestLen = int(rc.size());
        }
    }
    return best;
}
} // namespace

ErrorClassification::Result ErrorClassification::classifyCode(const QString &service, const QString &code)
{
    Result r;
    // The service's own rows first; then a code another of the three services documents (the Volcengine services
    // share one gateway, and e.g. QuotaExceeded from cloudidentity is still a quota, not throttling).
    const Row *best = findRow(service, code, false);
    if (!best)
        best = findRow(service, code, true);
    if (!best) {
        r.category = Category::Unknown;
        return r;
    }
    r.known = true;
    r.category = best->category;
    r.resource = best->resource;
    r.flags = best->flags;
    if (best->prefix && r.category == Category::NotFound) {
        const QString rest = code.mid(int(qstrlen(best->code)));
        r.resource = resourceFromName(rest.section(QLatin1Char('.'), 0, 0));
    }
    return r;
}

ErrorClassification::Result ErrorClassification::classify(const ApiError &e)
{
    Result r;
    switch (e.kind) {
    case ApiError::Kind::None:
        return r;
    case ApiError::Kind::Network:
    case ApiError::Kind::Timeout:
    case ApiError::Kind::MalformedResponse:
        r.category = Category::Transport;
        r.known = true;
        return r;
    case ApiError::Kind::Cancelled:
    case ApiError::Kind::InvalidInput:
        r.category = Category::Local;
        r.known = true;
        return r;
    case ApiError::Kind::Api:
        break;
    }
    r = classifyCode(e.service, e.code);
    if (r.known) {
        if (r.category == Category::NotFound && r.resource == Resource::Unspecified && e.service == QLatin1String(Id))
            r.resource = idResourceForAction(e.action);
        return r;
    }
    // Not in the table: place it by the HTTP status, carefully.
    const int s = e.httpStatus;
    if (s == 404 && e.service == QLatin1String(Ci) && isCloudIdentityGroupOnlyAction(e.action)) {
        r.category = Category::NotFound;
        r.resource = Resource::Group;
    } else if (s == 429 || e.retryAfterSeconds > 0) {
        // A positive x-acs-retry-after means "throttled; retry after N seconds" (cloudsso §8.1).
        r.category = Category::Throttled;
        r.flags = NotActed;
    } else if (s == 401) {
        r.category = Category::Authentication;
    } else if (s == 403) {
        r.category = Category::Permission;
    } else if (s == 409) {
        r.category = Category::Conflict;
    } else if (s == 501) {
        r.category = Category::Server;
        r.flags = Permanent;
    } else if (s == 503) {
        r.category = Category::Server;
        r.flags = NotActed;
    } else if (s == 502 || s == 504) {
        r.category = Category::Gateway;
    } else if (s >= 500) {
        r.category = Category::Server;
    } else if (s == 400 || s == 422) {
        r.category = Category::Validation;
    } else {
        r.category = Category::Unknown; // 404 included: never "the object is gone" from the status alone
    }
    return r;
}

QList<ErrorClassification::Row> ErrorClassification::rows()
{
    QList<Row> out;
    for (const Row &row : kRows)
        out.append(row);
    return out;
}

QString ErrorClassification::categoryName(Category c)
{
    switch (c) {
    case Category::None: return QStringLiteral("None");
    case Category::Authentication: return QStringLiteral("Authentication");
    case Category::Permission: return QStringLiteral("Permission");
    case Category::NotFound: return QStringLiteral("NotFound");
    case Category::Conflict: return QStringLiteral("Conflict");
    case Category::Throttled: return QStringLiteral("Throttled");
    case Category::Quota: return QStringLiteral("Quota");
    case Category::Validation: return QStringLiteral("Validation");
    case Category::ServiceState: return QStringLiteral("ServiceState");
    case Category::Server: return QStringLiteral("Server");
    case Category::Gateway: return QStringLiteral("Gateway");
    case Category::Transport: return QStringLiteral("Transport");
    case Category::Local: return QStringLiteral("Local");
    case Category::Unknown: return QStringLiteral("Unknown");
    }
    return {};
}

QString ErrorClassification::resourceName(Resource r)
{
    switch (r) {
    case Resource::None: return QStringLiteral("None");
    case Resource::Unspecified: return QStringLiteral("Unspecified");
    case Resource::User: return QStringLiteral("User");
    case Resource::Group: return QStringLiteral("Group");
    case Resource::GroupMember: return QStringLiteral("GroupMember");
    case Resource::UserPool: return QStringLiteral("UserPool");
    case Resource::Client: return QStringLiteral("Client");
    case Resource::IdentityProvider: return QStringLiteral("IdentityProvider");
    case Resource::Provisioning: return QStringLiteral("Provisioning");
    case Resource::ProvisioningEvent: return QStringLiteral("ProvisioningEvent");
    case Resource::ProvisioningPrincipal: return QStringLiteral("ProvisioningPrincipal");
    case Resource::Directory: return QStringLiteral("Directory");
    }
    return {};
}
