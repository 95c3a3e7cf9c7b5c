// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSet>

#include "api/ApiError.h"
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

// The records both directory services (Volcengine Cloud Identity, Alibaba CloudSSO) map into.
// Fields a service does not have stay empty.

struct DirectoryInfo
{
    QString id;          // CloudSSO d-…
    QString name;
    QString region;
    QDateTime created;
};

struct DirectoryUser
{
    QString id;          // Cloud Identity numeric string, CloudSSO u-…
    QString userName;
    QString displayName;
    QString firstName;   // CloudSSO
    QString lastName;    // CloudSSO
    QString email;
    QString phone;       // Cloud Identity
    QString description;
    QString source;      // Cloud Identity Source (Manual/Sync); CloudSSO ProvisionType (Manual/Synchronized)
    QString status;      // CloudSSO Enabled/Disabled; empty on Cloud Identity (no status)
    QString identityType;
    QDateTime created;
    QDateTime updated;
    QJsonObject raw;     // the server's object, for the detail panel
};

struct DirectoryGroup
{
    QString id;
    QString name;
    QString displayName; // Cloud Identity
    QString description;
    QString joinType;    // Cloud Identity Manual/Auto
    QString source;      // Source / ProvisionType
    QDateTime created;
    QDateTime updated;
    QJsonObject raw;
};

struct GroupMember
{
    QString groupId;
    QString userId;
    QString userName;
    QString displayName;
    QString email;
    QString status;
    QString source;
    QDateTime joined;
    QJsonObject raw;
};

struct ProvisioningEvent
{
    QString id;                 // UserProvisioningEventId / EventId
    QString provisioningId;     // UserProvisioningId
    QString principalId;
    QString principalName;
    QString principalType;      // User / Group
    QString targetId;
    QString targetName;
    QString status;             // Cloud Identity EventStatus; CloudSSO: derived ("ProvisionFailed" when ErrorCount > 0 ...)
    QString failureReason;      // FailureReason / ErrorInfo
    QString sourceType;         // CloudSSO SourceType
    QString duplicationStrategy;// CloudSSO: the provisioning's strategy (pre-selected on retry)
    QDateTime created;
    QDateTime updated;
    QJsonObject raw;
};

// A user provisioning: a user or group synchronised into a member account's IAM / RAM users.
// Cloud Identity ListUserProvisionings / GetUserProvisioning; CloudSSO the same actions.
struct UserProvisioning
{
    QString id;                     // UserProvisioningId
    QString principalType;          // User / Group
    QString principalId;
    QString principalName;
    QString targetId;               // member account id (Cloud Identity) / RD member id (CloudSSO)
    QString targetName;             // CloudSSO
    QString targetType;             // CloudSSO RD-Account
    QString description;
    QString identitySourceStrategy; // Cloud Identity Create / Ignore
    QString duplicationStrategy;    // KeepBoth / Takeover (Cloud Identity) / TakeOver (CloudSSO)
    QString duplicationSuffix;      // Cloud Identity
    QString deletionStrategy;       // Keep / Delete
    QString status;                 // Cloud Identity ProvisionStatus (not enumerated); CloudSSO Status
    QDateTime created;
    QDateTime updated;
    QJsonObject raw;
};

// Input of create/edit forms. Unset optional fields are left out of the request.
struct UserDraft
{
    QString userName;
    QString displayName;
    QString firstName;
    QString lastName;
    QString email;
    QString phone;
    QString description;
    QString status;             // CloudSSO create only
    // Updates send only these fields (the member names above: "displayName", "email", …), never the rest of
    // the form. A listed field with an empty value asks to clear it, which only a field the backend lists in
    // Capabilities::userClearableFields allows (the docs say of no field that an empty value clears it).
    // Creates ignore it. DirectoryValidation::changedUserFields() computes it from the loaded user.
    QSet<QString> changed;
};

struct GroupDraft
{
    QString name;
    QString displayName;
    QString description;
    QString joinType;           // Cloud Identity create only: Manual / Auto
};

// One page of a listing. nextCursor empty = no more pages.
template<class T>
struct Page
{
    QList<T> items;
    qint64 total = -1;          // -1 when unknown
    QString nextCursor;
    QString requestId;
    ApiError error;
    bool ok() const { return !error.isError(); }
};

// The outcome of a write.
struct WriteResult
{
    ApiError error;
    QString requestId;
    QJsonObject result;         // the service's answer (e.g. the created object)
    bool ok() const { return !error.isError(); }
};

// A field-level validation problem found before sending (or mapped from a server error).
struct FieldError
{
    QString field;              // UserDraft/GroupDraft member name: "userName", "email", ...
    QString message;            // tr()'d
};
