// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QString>

namespace emu {

class JsonWriter;

// A CloudSSO provisioning event (aliyun-cloudsso.md §1). ListUserProvisioningEvents shows failed ones only;
// events that succeeded on retry stay readable with GetUserProvisioningEvent.
struct SsoProvisioningEvent
{
    QString id; // EventId, upe-…
    QString provisioningId;
    QString directoryId;
    QString principalId;
    QString principalName;
    QString principalType = QStringLiteral("User");
    QString targetId;
    QString targetName;
    QString targetPath;
    QString targetType = QStringLiteral("RD-Account");
    QString sourceType = QStringLiteral("StartProvisioning");
    QString deletionStrategy;
    QString duplicationStrategy;
    qint64 errorCount = 1;
    QString errorInfo;
    qint64 latestAsyncTime = 0;
    bool failed = true;
    int retryCount = 0;
    qint64 createTime = 0;
    qint64 updateTime = 0;
    qint64 seq = 0;

    enum Flag { State = 1 };
    void writeJson(JsonWriter &w, int flags = 0) const;
    QJsonObject toJson() const;
    QJsonObject toState() const;
    static SsoProvisioningEvent fromState(const QJsonObject &o);
};

} // namespace emu
