// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QString>

namespace emu {

class JsonWriter;

// A CloudSSO RAM user provisioning (aliyun-cloudsso.md §1).
struct SsoProvisioning
{
    QString id; // up-…
    QString directoryId;
    QString ownerPk;
    QString principalId;
    QString principalName;
    QString principalType; // User | Group
    QString targetId;
    QString targetName;
    QString targetPath;
    QString targetType = QStringLiteral("RD-Account");
    QString deletionStrategy;    // Delete | Keep
    QString duplicationStrategy; // KeepBoth | TakeOver
    QString status = QStringLiteral("Enabled");
    QString description;
    qint64 createTime = 0;
    qint64 updateTime = 0;
    qint64 seq = 0;

    enum Flag { State = 1 };
    void writeJson(JsonWriter &w, int flags = 0) const;
    QJsonObject toJson() const;
    QJsonObject toState() const;
    static SsoProvisioning fromState(const QJsonObject &o);
};

} // namespace emu
