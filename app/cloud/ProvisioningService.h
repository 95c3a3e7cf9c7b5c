// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/ApiCall.h"
#include "api/ApiResult.h"
#include "cloud/PoolDirectoryRecords.h"
#include <QCoreApplication>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <functional>

#include "api/ApiClient.h"

// Creating (and, for CloudSSO, updating) user provisionings: Volcengine Cloud Identity
// (volcengine-cloudidentity.md §3) and Alibaba CloudSSO (aliyun-cloudsso.md §6). Listing, reading and deleting
// provisionings belong to the directory backends.
//
// Cloud Identity writes go through the client's CloudIdentityWriteQueue (one mutation at a time; a write whose
// outcome is unknown is never re-sent). Conventions as in UserPoolService: callbacks run once on the event loop
// unless `owner` died; nullptr is returned when the input was refused before sending (InvalidInput error).
class ProvisioningService : public QObject
{
    Q_OBJECT
public:
    struct FieldProblem
    {
        QString field;
        QString message; // tr()'d
    };
    using ProvisioningCallback = std::function<void(const UserProvisioningRecord &provisioning, const ApiResult &result)>;

    explicit ProvisioningService(ApiClient *client, QObject *parent = nullptr);

    // Cloud Identity CreateUserProvisioning (there is no update: delete and create again).
    ApiCall *createCloudIdentityProvisioning(const UserProvisioningDraft &draft, QObject *owner,
                                             ProvisioningCallback done);
    // CloudSSO CreateUserProvisioning / UpdateUserProvisioning in one directory.
    ApiCall *createCloudSsoProvisioning(const QString &directoryId, const UserProvisioningDraft &draft, QObject *owner,
                                        ProvisioningCallback done);
    ApiCall *updateCloudSsoProvisioning(const QString &directoryId, const QString &provisioningId,
                                        const SsoProvisioningChanges &changes, QObject *owner,
                                        ProvisioningCallback done);

    static QJsonObject cloudIdentityCreateParams(const UserProvisioningDraft &draft);
    static QJsonObject cloudSsoCreateParams(const QString &directoryId, const UserProvisioningDraft &draft);
    static QJsonObject cloudSsoUpdateParams(const QString &directoryId, const QString &provisioningId,
                                            const SsoProvisioningChanges &changes);
    static QList<FieldProblem> validateCloudIdentityDraft(const UserProvisioningDraft &draft);
    static QList<FieldProblem> validateCloudSsoDraft(const UserProvisioningDraft &draft);
    static QList<FieldProblem> validateCloudSsoChanges(const SsoProvisioningChanges &changes);

    // The enumerations (the two clouds spell Takeover / TakeOver differently).
    static QStringList cloudIdentityDuplicationStrategies(); // KeepBoth, Takeover
    static QStringList cloudSsoDuplicationStrategies();      // KeepBoth, TakeOver
    static QStringList deletionStrategies();                 // Keep, Delete
    static QStringList identitySourceStrategies();           // Create, Ignore
    static QStringList principalTypes();                     // User, Group

private:
    void refuse(Service service, const QString &action, const QList<FieldProblem> &problems, QObject *owner,
                std::function<void(const ApiResult &)> handler);
    ApiCall *sendSso(const QString &action, const QJsonObject &params, QObject *owner,
                     std::function<void(const ApiResult &)> handler);

    QPointer<ApiClient> m_client;
};
