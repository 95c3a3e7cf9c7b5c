// SPDX-License-Identifier: GPL-3.0-or-later
#include "cloud/PoolRecordMapping.h"

#include "cloud/RecordMapping.h"
#include <QJsonArray>
#include <QSet>
#include <limits>

namespace {
QString str(const QJsonObject &o, const char *key)
{
    return RecordMapping::string(o, QLatin1String(key));
}
} // namespace

std::optional<bool> PoolRecordMapping::boolean(const QJsonObject &o, const QString &key)
{
    const QJsonValue v = o.value(key);
    if (v.isBool())
        return v.toBool();
    if (v.isString()) {
        if (v.toString().compare(QLatin1String("true"), Qt::CaseInsensitive) == 0)
            return true;
        if (v.toString().compare(QLatin1String("false"), Qt::CaseInsensitive) == 0)
            return false;
    }
    return std::nullopt;
}

std::optional<int> PoolRecordMapping::int32(const QJsonObject &o, const QString &key)
{
    if (!o.contains(key))
        return std::nullopt;
    const qint64 sentinel = std::numeric_limits<qint64>::min();
    const qint64 v = RecordMapping::integer(o, key, sentinel);
    if (v == sentinel || v < std::numeric_limits<int>::min() || v > std::numeric_limits<int>::max())
        return std::nullopt;
    return int(v);
}

QStringList PoolRecordMapping::strings(const QJsonValue &array)
{
    QStringList out;
    for (const QJsonValue &v : array.toArray()) {
        if (v.isString())
            out.append(v.toString());
    }
    return out;
}

PoolUser PoolRecordMapping::poolUser(const QJsonObject &o)
{
    PoolUser u;
    u.uid = str(o, "Uid");
    u.sub = str(o, "Sub");
    for (const QString &field : PoolUser::profileFields()) {
        const QString v = RecordMapping::string(o, field);
        if (!v.isEmpty())
            u.claims.insert(field, v);
    }
    u.emailVerified = boolean(o, QStringLiteral("EmailVerified"));
    u.phoneNumberVerified = boolean(o, QStringLiteral("PhoneNumberVerified"));
    u.userMetadata = str(o, "UserMetadata");
    u.userState = str(o, "UserState");
    u.connection = str(o, "Connection");
    for (const QJsonObject &a : RecordMapping::objects(o.value(QLatin1String("CustomAttributes"))))
        u.customAttributes.append({str(a, "Name"), str(a, "Value")});
    for (const QJsonObject &e : RecordMapping::objects(o.value(QLatin1String("ExternalIdentities")))) {
        PoolUser::ExternalIdentity x;
        x.provider = str(e, "Provider");
        x.connectionType = str(e, "ConnectionType");
        x.connectionUid = str(e, "ConnectionUid");
        x.externalProviderUserIdentifier = str(e, "ExternalProviderUserIdentifier");
        x.externalProviderUserMetadata = str(e, "ExternalProviderUserMetadata");
        x.linkSource = str(e, "LinkSource");
        x.lastLoginAt = str(e, "LastLoginAt");
        x.updatedAt = str(e, "UpdatedAt");
        u.externalIdentities.append(x);
    }
    u.groupUids = strings(o.value(QLatin1String("GroupUids")));
    u.departmentUids = strings(o.value(QLatin1String("DepartmentUids")));
    u.numLogins = int32(o, QStringLiteral("NumLogins")).value_or(0);
    u.latestLogin = str(o, "LatestLogin");
    u.latestLoginMethod = str(o, "LatestLoginMethod");
    u.latestBrowser = str(o, "LatestBrowser");
    u.latestLoginConnectionName = str(o, "LatestLoginConnectionName");
    u.latestLoginConnectionProvider = str(o, "LatestLoginConnectionProvider");
    u.latestLoginConnectionType = str(o, "LatestLoginConnectionType");
    u.createTime = str(o, "CreateTime");
    u.updateTime = str(o, "UpdateTime");
    return u;
}

PoolUserPage PoolRecordMapping::poolUserPage(const QJsonObject &result)
{
    PoolUserPage page;
    for (const QJsonObject &o : RecordMapping::objects(result.value(QLatin1String("Data"))))
        page.users.append(poolUser(o));
    page.pageNumber = int32(result, QStringLiteral("PageNumber")).value_or(0);
    page.pageSize = int32(result, QStringLiteral("PageSize")).value_or(0);
    page.total = RecordMapping::integer(result, QStringLiteral("TotalCount"), page.users.size());
    return page;
}

DeleteUsersResult PoolRecordMapping::deleteUsersResult(const QJsonObject &result, const QStringList &requested)
{
    DeleteUsersResult r;
    r.requestedUids = requested;
    r.successCount = int32(result, QStringLiteral("SuccessCount")).value_or(0);
    r.failureCount = int32(result, QStringLiteral("FailureCount")).value_or(0);
    const QStringList successful = strings(result.value(QLatin1String("SuccessfulUids")));
    const QSet<QString> requestedSet(requested.begin(), requested.end());
    QSet<QString> deleted;
    for (const QString &uid : successful) {
        if (requestedSet.contains(uid) && !deleted.contains(uid)) {
            deleted.insert(uid);
            r.deletedUids.append(uid);
        }
    }
    QSet<QString> failedUids;
    for (const QJsonObject &e : RecordMapping::objects(result.value(QLatin1String("ErrorsStructured")))) {
        DeleteUsersResult::Failure f;
        f.index = int(RecordMapping::integer(e, QStringLiteral("Index"), -1));
        if (f.index >= 0 && f.index < requested.size()) {
            f.uid = requested.at(f.index);
            failedUids.insert(f.uid);
        } else {
            f.index = -1;
        }
        f.field = str(e, "Field");
        f.error = str(e, "Error");
        r.failures.append(f);
    }
    // Plain Errors[] beyond what ErrorsStructured explained (a service may send only one of the two).
    const QStringList errors = strings(result.value(QLatin1String("Errors")));
    for (int i = int(r.failures.size()); i < errors.size(); ++i)
        r.failures.append({-1, QString(), QString(), errors.at(i)});
    // Never call an unconfirmed id deleted: anything requested that the answer does not list as deleted and
    // did not explain is a failure too (FailureCount alone is not trusted).
    for (int i = 0; i < requested.size(); ++i) {
        const QString &uid = requested.at(i);
        if (!deleted.contains(uid) && !failedUids.contains(uid)) {
            bool explained = false;
            for (const auto &f : r.failures)
                explained = explained || (f.index < 0 && f.error.contains(uid));
            if (!explained)
                r.failures.append({i, uid, QString(), QString()});
            else
                failedUids.insert(uid);
        }
    }
    return r;
}

PoolClient PoolRecordMapping::poolClient(const QJsonObject &o, bool complete)
{
    PoolClient c;
    c.complete = complete;
    c.uid = str(o, "Uid");
    c.name = str(o, "Name");
    c.description = str(o, "Description");
    c.clientType = str(o, "ClientType");
    c.clientSecret = str(o, "ClientSecret");
    c.logoUri = str(o, "LogoUri");
    c.allowedCallbackUrls = strings(o.value(QLatin1String("AllowedCallbackUrls")));
    c.allowedLogoutUrls = strings(o.value(QLatin1String("AllowedLogoutUrls")));
    c.allowedWebOrigins = strings(o.value(QLatin1String("AllowedWebOrigins")));
    c.allowedCors = strings(o.value(QLatin1String("AllowedCors")));
    const QJsonObject idToken = o.value(QLatin1String("IdToken")).toObject();
    c.idTokenLifetimeSeconds = int32(idToken, QStringLiteral("LifetimeSeconds"));
    if (!c.idTokenLifetimeSeconds) // the input spelling, should an answer use it
        c.idTokenLifetimeSeconds = int32(idToken, QStringLiteral("LifeTimeSeconds"));
    const QJsonObject refresh = o.value(QLatin1String("RefreshToken")).toObject();
    c.refreshToken.rotation = boolean(refresh, QStringLiteral("Rotation"));
    c.refreshToken.hasIdleLifetime = boolean(refresh, QStringLiteral("HasIdleLifetime"));
    c.refreshToken.idleLifetimeSeconds = int32(refresh, QStringLiteral("IdleLifetimeSeconds"));
    c.refreshToken.hasCombinedLifetime = boolean(refresh, QStringLiteral("HasCombinedLifetime"));
    c.refreshToken.combinedLifetimeSeconds = int32(refresh, QStringLiteral("CombinedLifetimeSeconds"));
    c.developmentModeEnabled = boolean(o, QStringLiteral("DevelopmentModeEnabled"));
    c.deviceFlowEnabled = boolean(o, QStringLiteral("DeviceFlowEnabled"));
    c.dismissLoginPageEnabled = boolean(o, QStringLiteral("DismissLoginPageEnabled"));
    c.skipConsentEnabled = boolean(o, QStringLiteral("SkipConsentEnabled"));
    c.loginPageUrl = str(o, "LoginPageUrl");
    c.createTime = str(o, "CreateTime");
    c.updateTime = str(o, "UpdateTime");
    return c;
}

IdentityProvider PoolRecordMapping::identityProvider(const QJsonObject &o, bool complete)
{
    IdentityProvider p;
    p.complete = complete;
    p.uid = str(o, "Uid");
    p.name = str(o, "Name");
    p.provider = str(o, "Provider");
    p.connectionType = str(o, "ConnectionType");
    if (p.connectionType.isEmpty() && complete)
        p.connectionType = QStringLiteral("OIDC"); // GetIdentityProviderOIDC answers carry no ConnectionType
    p.enabled = boolean(o, QStringLiteral("Enabled"));
    p.issuer = str(o, "Issuer");
    p.clientId = str(o, "ClientId");
    p.clientSecret = str(o, "ClientSecret");
    p.isIdTokenMapping = boolean(o, QStringLiteral("IsIdTokenMapping"));
    p.usePkce = boolean(o, QStringLiteral("UsePkce"));
    p.scopes = strings(o.value(QLatin1String("ScopesList")));
    p.createTime = str(o, "CreateTime");
    p.updateTime = str(o, "UpdateTime");
    return p;
}

UserProvisioningRecord PoolRecordMapping::cloudIdentityProvisioning(const QJsonObject &o)
{
    UserProvisioningRecord r;
    r.service = QStringLiteral("cloudidentity");
    r.id = str(o, "UserProvisioningId");
    r.principalType = str(o, "PrincipalType");
    r.principalId = str(o, "PrincipalId");
    r.principalName = str(o, "PrincipalName");
    r.targetId = str(o, "TargetId");
    r.identitySourceStrategy = str(o, "IdentitySourceStrategy");
    r.duplicationStrategy = str(o, "DuplicationStrategy");
    r.duplicationSuffix = str(o, "DuplicationSuffix");
    r.deletionStrategy = str(o, "DeletionStrategy");
    r.status = str(o, "ProvisionStatus");
    r.description = str(o, "Description");
    r.remark = str(o, "Remark");
    r.createTime = str(o, "CreatedTime");
    r.updateTime = str(o, "UpdatedTime");
    return r;
}

UserProvisioningRecord PoolRecordMapping::cloudSsoProvisioning(const QJsonObject &o)
{
    UserProvisioningRecord r;
    r.service = QStringLiteral("cloudsso");
    r.id = str(o, "UserProvisioningId");
    r.directoryId = str(o, "DirectoryId");
    r.ownerPk = str(o, "OwnerPk");
    r.principalType = str(o, "PrincipalType");
    r.principalId = str(o, "PrincipalId");
    r.principalName = str(o, "PrincipalName");
    r.targetId = str(o, "TargetId");
    r.targetName = str(o, "TargetName");
    r.targetPath = str(o, "TargetPath");
    r.targetType = str(o, "TargetType");
    r.duplicationStrategy = str(o, "DuplicationStrategy");
    r.deletionStrategy = str(o, "DeletionStrategy");
    r.status = str(o, "Status");
    r.description = str(o, "Description");
    r.createTime = str(o, "CreateTime");
    r.updateTime = str(o, "UpdateTime");
    return r;
}
