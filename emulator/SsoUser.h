// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>

namespace emu {

class JsonWriter;

// A CloudSSO user (aliyun-cloudsso.md §1).
struct SsoUser
{
    QString id; // u-…
    QString userName;
    QString displayName;
    QString firstName;
    QString lastName;
    QString email;
    QString description;
    QString status = QStringLiteral("Enabled");          // Enabled | Disabled
    QString provisionType = QStringLiteral("Manual");    // Manual | Synchronized
    QString externalId;     // SCIM id for Synchronized users
    QString externalIssuer; // e.g. SCIM
    QList<QPair<QString, QString>> tags;
    qint64 createTime = 0;
    qint64 updateTime = 0;
    qint64 seq = 0;

    enum Flag { WithExternalId = 1, WithTags = 2, State = 4 };
    void writeJson(JsonWriter &w, int flags) const;
    QJsonObject toJson(bool withExternalId, bool withTags) const;
    QJsonObject toState() const;
    static SsoUser fromState(const QJsonObject &o);
};

} // namespace emu
