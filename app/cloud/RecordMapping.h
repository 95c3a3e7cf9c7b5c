// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cloud/DirectoryRecords.h"
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>

// JSON objects of Volcengine Cloud Identity and Alibaba CloudSSO -> the shared directory records.
// Lenient by design: a field of the wrong type (number where a string is expected, object, null ...) reads as
// empty; unknown enum values are kept verbatim; nothing here can crash on any input.
class RecordMapping
{
public:
    // Strings only; anything else -> empty.
    static QString string(const QJsonObject &o, const QString &key);
    // A JSON number or a numeric string -> the value, otherwise `fallback`.
    static qint64 integer(const QJsonObject &o, const QString &key, qint64 fallback = -1);
    // RFC 3339 / ISO 8601 ("2024-07-22T21:53:54+08:00", "2021-10-26T03:03:42Z"); invalid -> null QDateTime.
    static QDateTime time(const QJsonObject &o, const QString &key);
    // An array of objects (non-objects are skipped); not an array -> empty.
    static QList<QJsonObject> objects(const QJsonValue &array);

    static DirectoryInfo cloudSsoDirectory(const QJsonObject &o);

    static DirectoryUser cloudIdentityUser(const QJsonObject &o);
    static DirectoryUser cloudSsoUser(const QJsonObject &o);

    static DirectoryGroup cloudIdentityGroup(const QJsonObject &o);
    static DirectoryGroup cloudSsoGroup(const QJsonObject &o);

    // Cloud Identity members carry no GroupId: pass the group that was listed.
    static GroupMember cloudIdentityMember(const QJsonObject &o, const QString &groupId);
    static GroupMember cloudSsoMember(const QJsonObject &o, const QString &groupId = QString());

    static ProvisioningEvent cloudIdentityEvent(const QJsonObject &o);
    static ProvisioningEvent cloudSsoEvent(const QJsonObject &o);

    static UserProvisioning cloudIdentityProvisioning(const QJsonObject &o);
    static UserProvisioning cloudSsoProvisioning(const QJsonObject &o);

    // CloudSSO events have no status field: ErrorCount > 0 or a non-empty ErrorInfo make a failed event,
    // "DeleteProvisionFailed" for SourceType DeleteProvisioning / UserProvisioningDeletionClearing, else
    // "ProvisionFailed" (the Cloud Identity names, so one status filter fits both). Otherwise "Pending".
    static QString cloudSsoEventStatus(const QJsonObject &o);

    static QString statusProvisionFailed() { return QStringLiteral("ProvisionFailed"); }
    static QString statusDeleteProvisionFailed() { return QStringLiteral("DeleteProvisionFailed"); }
    static QString statusPending() { return QStringLiteral("Pending"); }

private:
    // Per-service names of the fields every record kind shares.
    struct Keys
    {
        QString source;
        QString created;
        QString updated;
    };
    static Keys cloudIdentityKeys();
    static Keys cloudSsoKeys();
    // The fields both services map the same way; the public mappers add what is specific to one service.
    static DirectoryUser commonUser(const QJsonObject &o, const Keys &keys);
    static DirectoryGroup commonGroup(const QJsonObject &o, const Keys &keys);
    static GroupMember commonMember(const QJsonObject &o, const QString &groupId, const Keys &keys);
    static ProvisioningEvent commonEvent(const QJsonObject &o, const Keys &keys);
    static UserProvisioning commonProvisioning(const QJsonObject &o, const Keys &keys);
};
