// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QString>

namespace emu {

class JsonWriter;

// A Volcengine Cloud Identity provisioning event (volcengine-cloudidentity.md §4). Failed statuses are
// ProvisionFailed / DeleteProvisionFailed; the emulator also keeps finished ones (Provisioned / DeleteProvisioned).
struct CiProvisioningEvent
{
    QString id; // UserProvisioningEventId
    QString provisioningId;
    QString userId;
    QString userName;
    QString userDisplayName; // for QueryString matching only
    QString failureReason;
    QString targetId;
    QString targetName;
    QString description;
    QString principalType = QStringLiteral("User");
    QString eventStatus;
    int retryCount = 0;
    qint64 createdTime = 0;
    qint64 updatedTime = 0;
    qint64 seq = 0;

    bool isFailed() const;
    enum Flag { State = 1 };
    void writeJson(JsonWriter &w, int flags = 0) const;
    QJsonObject toJson() const;
    QJsonObject toState() const;
    static CiProvisioningEvent fromState(const QJsonObject &o);
};

} // namespace emu
