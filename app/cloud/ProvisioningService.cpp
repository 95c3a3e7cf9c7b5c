// SPDX-License-Identifier: GPL-3.0-or-later
#include "cloud/ProvisioningService.h"

#include "api/ApiClient.h"
#include "cloud/CloudIdentityWriteQueue.h"
#include "cloud/PoolRecordMapping.h"
#include <QRegularExpression>
#include <QTimer>

namespace {
using Problems = QList<ProvisioningService::FieldProblem>;

void checkEnum(const QString &value, const QStringList &allowed, const QString &field, Problems *out)
{
    if (!allowed.contains(value))
        out->append({field, ProvisioningService::tr("%1 must be one of: %2.").arg(field, allowed.join(QStringLiteral(", ")))});
}

void checkCommon(const UserProvisioningDraft &d, Problems *out)
{
    static const QRegularExpression accountRe(QStringLiteral("^[0-9]{1,32}$"));
    checkEnum(d.principalType, ProvisioningService::principalTypes(), QStringLiteral("PrincipalType"), out);
    if (d.principalId.trimmed().isEmpty())
        out->append({QStringLiteral("PrincipalId"), ProvisioningService::tr("Choose the user or group to provision.")});
    // [assumed] member account ids are digits (the doc samples are, e.g. 2100247160)
    if (!accountRe.match(d.targetId.trimmed()).hasMatch())
        out->append({QStringLiteral("TargetId"), ProvisioningService::tr("Enter the member account ID (digits only).")});
    checkEnum(d.deletionStrategy, ProvisioningService::deletionStrategies(), QStringLiteral("DeletionStrategy"), out);
}
} // namespace

ProvisioningService::ProvisioningService(ApiClient *client, QObject *parent) : QObject(parent), m_client(client)
{
}

QStringList ProvisioningService::cloudIdentityDuplicationStrategies()
{
    return {QStringLiteral("KeepBoth"), QStringLiteral("Takeover")};
}
QStringList ProvisioningService::cloudSsoDuplicationStrategies()
{
    return {QStringLiteral("KeepBoth"), QStringLiteral("TakeOver")};
}
QStringList ProvisioningService::deletionStrategies() { return {QStringLiteral("Keep"), QStringLiteral("Delete")}; }
QStringList ProvisioningService::identitySourceStrategies()
{
    return {QStringLiteral("Create"), QStringLiteral("Ignore")};
}
QStringList ProvisioningService::principalTypes() { return {QStringLiteral("User"), QStringLiteral("Group")}; }

void ProvisioningService::refuse(Service service, const QString &action, const QList<FieldProblem> &problems,
                                 QObject *owner, std::function<void(const ApiResult &)> handler)
{
    QStringList messages;
    for (const FieldProblem &p : problems)
        messages << p.message;
    ApiResult result;
    result.error = ApiError::make(ApiError::Kind::InvalidInput,
                                  problems.isEmpty() || problems.first().field.isEmpty()
                                      ? QStringLiteral("InvalidInput")
                                      : QStringLiteral("InvalidParameter.%1").arg(problems.first().field),
                                  messages.join(QLatin1Char(' ')));
    result.error.service = ServiceCatalog::name(service);
    result.error.action = action;
    QTimer::singleShot(0, owner ? owner : this, [handler = std::move(handler), result] { handler(result); });
}

ApiCall *ProvisioningService::sendSso(const QString &action, const QJsonObject &params, QObject *owner,
                                      std::function<void(const ApiResult &)> handler)
{
    if (!m_client) {
        refuse(Service::CloudSso, action, {{QString(), tr("Not connected.")}}, owner, std::move(handler));
        return nullptr;
    }
    CallOptions options;
    options.owner = owner;
    ApiCall *call = m_client->call(Service::CloudSso, action, params, options);
    connect(call, &ApiCall::finished, owner ? owner : this, std::move(handler));
    return call;
}

// ---------------------------------------------------------------- Cloud Identity

QJsonObject ProvisioningService::cloudIdentityCreateParams(const UserProvisioningDraft &d)
{
    QJsonObject p{{QStringLiteral("PrincipalType"), d.principalType},
                  {QStringLiteral("PrincipalId"), d.principalId.trimmed()},
                  {QStringLiteral("TargetId"), d.targetId.trimmed()},
                  {QStringLiteral("IdentitySourceStrategy"), d.identitySourceStrategy},
                  {QStringLiteral("DuplicationStrategy"), d.duplicationStrategy},
                  {QStringLiteral("DeletionStrategy"), d.deletionStrategy}};
    if (!d.duplicationSuffix.isEmpty())
        p.insert(QStringLiteral("DuplicationSuffix"), d.duplicationSuffix);
    if (!d.description.isEmpty())
        p.insert(QStringLiteral("Description"), d.description);
    return p;
}

QList<ProvisioningService::FieldProblem> ProvisioningService::validateCloudIdentityDraft(const UserProvisioningDraft &d)
{
    Problems out;
    checkCommon(d, &out);
    checkEnum(d.identitySourceStrategy, identitySourceStrategies(), QStringLiteral("IdentitySourceStrategy"), &out);
    checkEnum(d.duplicationStrategy, cloudIdentityDuplicationStrategies(), QStringLiteral("DuplicationStrategy"), &out);
    // [doc] "must be set when KeepBoth is used"
    if (d.duplicationStrategy == QLatin1String("KeepBoth") && d.duplicationSuffix.trimmed().isEmpty())
        out.append({QStringLiteral("DuplicationSuffix"),
                    tr("Enter the suffix added to a clashing user name (for example -sso).")});
    if (d.description.size() > 255)
        out.append({QStringLiteral("Description"), tr("The description is too long (at most %1 characters).").arg(255)});
    return out;
}

ApiCall *ProvisioningService::createCloudIdentityProvisioning(const UserProvisioningDraft &draft, QObject *owner,
                                                              ProvisioningCallback done)
{
    const QString action = QStringLiteral("CreateUserProvisioning");
    auto handler = [done](const ApiResult &r) {
        done(r.ok ? PoolRecordMapping::cloudIdentityProvisioning(r.result) : UserProvisioningRecord(), r);
    };
    Problems problems = validateCloudIdentityDraft(draft);
    if (!m_client)
        problems.prepend({QString(), tr("Not connected.")});
    if (!problems.isEmpty()) {
        refuse(Service::CloudIdentity, action, problems, owner, handler);
        return nullptr;
    }
    ApiCall *call = CloudIdentityWriteQueue::forClient(m_client)->submit(action, cloudIdentityCreateParams(draft), owner);
    connect(call, &ApiCall::finished, owner ? owner : this, handler);
    return call;
}

// ---------------------------------------------------------------- CloudSSO

QJsonObject ProvisioningService::cloudSsoCreateParams(const QString &directoryId, const UserProvisioningDraft &d)
{
    QJsonObject p{{QStringLiteral("DirectoryId"), directoryId},
                  {QStringLiteral("PrincipalType"), d.principalType},
                  {QStringLiteral("PrincipalId"), d.principalId.trimmed()},
                  {QStringLiteral("TargetType"), d.targetType.isEmpty() ? QStringLiteral("RD-Account") : d.targetType},
                  {QStringLiteral("TargetId"), d.targetId.trimmed()},
                  {QStringLiteral("DeletionStrategy"), d.deletionStrategy},
                  {QStringLiteral("DuplicationStrategy"), d.duplicationStrategy}};
    if (!d.description.isEmpty())
        p.insert(QStringLiteral("Description"), d.description);
    return p;
}

QList<ProvisioningService::FieldProblem> ProvisioningService::validateCloudSsoDraft(const UserProvisioningDraft &d)
{
    Problems out;
    checkCommon(d, &out);
    checkEnum(d.duplicationStrategy, cloudSsoDuplicationStrategies(), QStringLiteral("DuplicationStrategy"), &out);
    if (!d.targetType.isEmpty() && d.targetType != QLatin1String("RD-Account"))
        out.append({QStringLiteral("TargetType"), tr("The target must be a resource directory member account.")});
    if (d.description.size() > 1024)
        out.append({QStringLiteral("Description"), tr("The description is too long (at most %1 characters).").arg(1024)});
    return out;
}

ApiCall *ProvisioningService::createCloudSsoProvisioning(const QString &directoryId, const UserProvisioningDraft &draft,
                                                         QObject *owner, ProvisioningCallback done)
{
    const QString action = QStringLiteral("CreateUserProvisioning");
    auto handler = [done](const ApiResult &r) {
        done(r.ok ? PoolRecordMapping::cloudSsoProvisioning(r.result.value(QLatin1String("UserProvisioning")).toObject())
                  : UserProvisioningRecord(),
             r);
    };
    Problems problems = validateCloudSsoDraft(draft);
    if (directoryId.isEmpty())
        problems.prepend({QStringLiteral("DirectoryId"), tr("No directory given.")});
    if (!problems.isEmpty()) {
        refuse(Service::CloudSso, action, problems, owner, handler);
        return nullptr;
    }
    return sendSso(action, cloudSsoCreateParams(directoryId, draft), owner, handler);
}

QJsonObject ProvisioningService::cloudSsoUpdateParams(const QString &directoryId, const QString &provisioningId,
                                                      const SsoProvisioningChanges &c)
{
    QJsonObject p{{QStringLiteral("DirectoryId"), directoryId}, {QStringLiteral("UserProvisioningId"), provisioningId}};
    if (c.deletionStrategy)
        p.insert(QStringLiteral("NewDeletionStrategy"), *c.deletionStrategy);
    if (c.duplicationStrategy)
        p.insert(QStringLiteral("NewDuplicationStrategy"), *c.duplicationStrategy);
    if (c.description)
        p.insert(QStringLiteral("NewDescription"), *c.description);
    return p;
}

QList<ProvisioningService::FieldProblem> ProvisioningService::validateCloudSsoChanges(const SsoProvisioningChanges &c)
{
    Problems out;
    if (c.deletionStrategy)
        checkEnum(*c.deletionStrategy, deletionStrategies(), QStringLiteral("NewDeletionStrategy"), &out);
    if (c.duplicationStrategy)
        checkEnum(*c.duplicationStrategy, cloudSsoDuplicationStrategies(), QStringLiteral("NewDuplicationStrategy"), &out);
    if (c.description && c.description->size() > 1024)
        out.append({QStringLiteral("NewDescription"), tr("The description is too long (at most %1 characters).").arg(1024)});
    return out;
}

ApiCall *ProvisioningService::updateCloudSsoProvisioning(const QString &directoryId, const QString &provisioningId,
                                                         const SsoProvisioningChanges &changes, QObject *owner,
                                                         ProvisioningCallback done)
{
    const QString action = QStringLiteral("UpdateUserProvisioning");
    auto handler = [done](const ApiResult &r) {
        done(r.ok ? PoolRecordMapping::cloudSsoProvisioning(r.result.value(QLatin1String("UserProvisioning")).toObject())
                  : UserProvisioningRecord(),
             r);
    };
    Problems problems = validateCloudSsoChanges(changes);
    if (changes.isEmpty())
        problems.prepend({QString(), tr("Nothing was changed.")});
    if (provisioningId.isEmpty())
        problems.prepend({QStringLiteral("UserProvisioningId"), tr("No provisioning given.")});
    if (directoryId.isEmpty())
        problems.prepend({QStringLiteral("DirectoryId"), tr("No directory given.")});
    if (!problems.isEmpty()) {
        refuse(Service::CloudSso, action, problems, owner, handler);
        return nullptr;
    }
    return sendSso(action, cloudSsoUpdateParams(directoryId, provisioningId, changes), owner, handler);
}
