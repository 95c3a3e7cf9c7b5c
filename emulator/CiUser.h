// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QString>

namespace emu {

class JsonWriter;

// A Volcengine Cloud Identity user (volcengine-cloudidentity.md §1).
struct CiUser
{
    enum Flag { WithIdentityType = 1, State = 2, WithoutTimes = 4 };

    QString id; // UserId (numeric string)
    QString userName;
    QString displayName;
    QString description;
    QString email;
    QString phone;
    QString source = QStringLiteral("Manual"); // Manual | Sync
    QString identityType = QStringLiteral("Normal");
    qint64 createdTime = 0;
    qint64 updatedTime = 0;
    qint64 seq = 0;

    void writeFields(JsonWriter &w, int flags = 0) const;
    void writeJson(JsonWriter &w, int flags = 0) const;
    QJsonObject toJson(bool withIdentityType = false) const;
    QJsonObject toState() const;
    static CiUser fromState(const QJsonObject &o);
};

} // namespace emu
