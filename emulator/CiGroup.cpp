// SPDX-License-Identifier: GPL-3.0-or-later
#include "CiGroup.h"

#include "JsonUtil.h"
#include "JsonWriter.h"
#include "TimeFormat.h"

namespace emu {

void CiGroup::writeJson(JsonWriter &w, int flags) const
{
    w.beginObject()
        .field("GroupId", id)
        .field("GroupName", groupName)
        .field("DisplayName", displayName)
        .field("Description", description)
        .field("JoinType", joinType)
        .field("Source", source)
        .field("CreatedTime", TimeFormat::beijing(createdTime))
        .field("UpdatedTime", TimeFormat::beijing(updatedTime));
    if (flags & State)
        w.field("_seq", seq);
    w.endObject();
}

QJsonObject CiGroup::toJson() const
{
    JsonWriter w;
    writeJson(w);
    return w.toObject();
}

QJsonObject CiGroup::toState() const
{
    JsonWriter w;
    writeJson(w, State);
    return w.toObject();
}

CiGroup CiGroup::fromState(const QJsonObject &o)
{
    CiGroup g;
    g.id = o.value(QStringLiteral("GroupId")).toString();
    g.groupName = o.value(QStringLiteral("GroupName")).toString();
    g.displayName = o.value(QStringLiteral("DisplayName")).toString();
    g.description = o.value(QStringLiteral("Description")).toString();
    g.joinType = o.value(QStringLiteral("JoinType")).toString();
    g.source = o.value(QStringLiteral("Source")).toString();
    g.createdTime = JsonUtil::time(o, QStringLiteral("CreatedTime"));
    g.updatedTime = JsonUtil::time(o, QStringLiteral("UpdatedTime"));
    g.seq = qint64(o.value(QStringLiteral("_seq")).toDouble());
    return g;
}

} // namespace emu
