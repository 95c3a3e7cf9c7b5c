// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QString>

namespace emu {

class JsonWriter;

// A Volcengine Cloud Identity group (volcengine-cloudidentity.md §2).
struct CiGroup
{
    QString id; // GroupId
    QString groupName;
    QString displayName;
    QString description;
    QString joinType = QStringLiteral("Manual"); // Manual | Auto
    QString source = QStringLiteral("Manual");
    qint64 createdTime = 0;
    qint64 updatedTime = 0;
    qint64 seq = 0;

    enum Flag { State = 1 };
    void writeJson(JsonWriter &w, int flags = 0) const;
    QJsonObject toJson() const;
    QJsonObject toState() const;
    static CiGroup fromState(const QJsonObject &o);
};

} // namespace emu
