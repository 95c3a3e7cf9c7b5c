// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace emu {

// Small JSON helpers for records and the state file.
class JsonUtil
{
public:
    static QJsonArray toArray(const QStringList &list);
    static QStringList toStringList(const QJsonValue &value);
    static QJsonArray tagsToJson(const QList<QPair<QString, QString>> &tags);
    static QList<QPair<QString, QString>> tagsFromJson(const QJsonValue &value);
    static qint64 time(const QJsonObject &o, const QString &key);
};

} // namespace emu
