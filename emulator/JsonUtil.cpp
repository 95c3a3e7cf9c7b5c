// SPDX-License-Identifier: GPL-3.0-or-later
#include "JsonUtil.h"

#include "TimeFormat.h"

namespace emu {

QJsonArray JsonUtil::toArray(const QStringList &list)
{
    QJsonArray a;
    for (const QString &s : list)
        a.append(s);
    return a;
}

QStringList JsonUtil::toStringList(const QJsonValue &value)
{
    QStringList out;
    const QJsonArray a = value.toArray();
    for (const QJsonValue &v : a)
        out.append(v.toString());
    return out;
}

QJsonArray JsonUtil::tagsToJson(const QList<QPair<QString, QString>> &tags)
{
    QJsonArray a;
    for (const auto &t : tags)
        a.append(QJsonObject{{QStringLiteral("Key"), t.first}, {QStringLiteral("Value"), t.second}});
    return a;
}

QList<QPair<QString, QString>> JsonUtil::tagsFromJson(const QJsonValue &value)
{
    QList<QPair<QString, QString>> tags;
    const QJsonArray a = value.toArray();
    for (const QJsonValue &v : a) {
        const QJsonObject o = v.toObject();
        tags.append({o.value(QStringLiteral("Key")).toString(), o.value(QStringLiteral("Value")).toString()});
    }
    return tags;
}

qint64 JsonUtil::time(const QJsonObject &o, const QString &key)
{
    return TimeFormat::parse(o.value(key).toString());
}

} // namespace emu
