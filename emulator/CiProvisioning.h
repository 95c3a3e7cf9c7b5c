// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QString>

namespace emu {

class JsonWriter;

// A Volcengine Cloud Identity user provisioning (volcengine-cloudidentity.md §3).
struct CiProvisioning
{
    QString id; // UserProvisioningId
    QString principalType; // User | Group
    QString principalId;
    QString principalName;
    QString targetId;
    QString description;
    QString identitySourceStrategy; // Create | Ignore
    QString duplicationStrategy;    // KeepBoth | Takeover
    QString duplicationSuffix;
    QString deletionStrategy;       // Keep | Delete
    QString provisionStatus = QStringLiteral("Provisioned");
    QString remark;
    qint64 createdTime = 0;
    qint64 updatedTime = 0;
    qint64 seq = 0;

    enum Flag { State = 1 };
    void writeJson(JsonWriter &w, int flags = 0) const; // Get/List shape
    QJsonObject toJson() const;
    QJsonObject toCreateResult() const;
    QJsonObject toState() const;
    static CiProvisioning fromState(const QJsonObject &o);
};

} // namespace emu
