// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QString>

namespace emu {

class JsonWriter;

// A CloudSSO directory (aliyun-cloudsso.md §1).
struct SsoDirectory
{
    QString id; // d-…
    QString name;
    QString region = QStringLiteral("cn-shanghai");
    qint64 createTime = 0;
    qint64 updateTime = 0;

    void writeJson(JsonWriter &w) const;
    QJsonObject toJson() const;
    static SsoDirectory fromState(const QJsonObject &o);
};

} // namespace emu
