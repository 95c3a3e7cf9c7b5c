// SPDX-License-Identifier: GPL-3.0-or-later
#include "SsoGroup.h"

#include "JsonUtil.h"
#include "JsonWriter.h"
#include "TimeFormat.h"

namespace emu {

void SsoGroup::writeJson(JsonWriter &w, int flags) const
{
    w.beginObject()
        .field("GroupId", id)
        .field("GroupName", groupName)
        .field("Description", description)
        .field("ProvisionType", provisionType)
        .field("CreateTime", TimeFormat::utc(createTime))
        .field("UpdateTime", TimeFormat::utc(updateTime));
    if (flags & State)
        w.field("_seq", seq);
    w.endObject();
}

QJsonObject SsoGroup::toJson() const
{
    JsonWriter w;
    writeJson(w);
    return w.toObject();
}

QJsonObject SsoGroup::toState() const
{
    JsonWriter w;
    writeJson(w, State);
    return w.toObject();
}

SsoGroup SsoGroup::fromState(const QJsonObject &o)
{
    SsoGroup g;
    g.id = o.value(QStringLiteral("GroupId")).toString();
    g.groupName = o.value(QStringLiteral("GroupName")).toString();
    g.description = o.value(QStringLiteral("Description")).toString();
    g.provisionType = o.value(QStringLiteral("ProvisionType")).toString();
    g.createTime = JsonUtil::time(o, QStringLiteral("CreateTime"));
    g.updateTime = JsonUtil::time(o, QStringLiteral("UpdateTime"));
    g.seq = qint64(o.value(QStringLiteral("_seq")).toDouble());
    return g;
}

} // namespace emu
