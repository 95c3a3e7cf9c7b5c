// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cloud/PoolDirectoryRecords.h"
#include <QJsonObject>
#include <QJsonValue>

// JSON of the `id` pool objects and of user provisionings -> records (PoolDirectoryRecords.h). Lenient like
// RecordMapping: a field of the wrong type reads as missing; booleans also accept "true"/"false" strings;
// nothing here can crash on any input.
class PoolRecordMapping
{
public:
    // JSON bool, or the strings "true"/"false" (any case); anything else -> nullopt.
    static std::optional<bool> boolean(const QJsonObject &o, const QString &key);
    // A JSON integer (or numeric string) within int range; anything else -> nullopt.
    static std::optional<int> int32(const QJsonObject &o, const QString &key);
    // Strings of a JSON array (non-strings skipped); not an array -> empty.
    static QStringList strings(const QJsonValue &array);

    static PoolUser poolUser(const QJsonObject &o);
    static PoolUserPage poolUserPage(const QJsonObject &result);
    // `requested`: the UserUids that were sent (indices in ErrorsStructured refer to it).
    static DeleteUsersResult deleteUsersResult(const QJsonObject &result, const QStringList &requested);

    // `complete`: a full Client object (Get/Create/Update) rather than a list item.
    static PoolClient poolClient(const QJsonObject &o, bool complete);
    static IdentityProvider identityProvider(const QJsonObject &o, bool complete);

    static UserProvisioningRecord cloudIdentityProvisioning(const QJsonObject &o);
    static UserProvisioningRecord cloudSsoProvisioning(const QJsonObject &o);
};
