// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QString>

namespace emu {

class JsonWriter;

// A CloudSSO group (aliyun-cloudsso.md §1).
struct SsoGroup
{
    QString id; // g-…
    QString groupName;
    QString description;
    QString provisionType = QStringLiteral("Manual");
    qint64 createTime = 0;
    qint64 updateTime = 0;
    qint64 seq = 0;

    enum Flag { State = 1 };
    void writeJson(JsonWriter &w, int flags = 0) const;
    QJsonObject toJson() const;
    QJsonObject toState() const;
    static SsoGroup fromState(const QJsonObject &o);
};

} // namespace emu
