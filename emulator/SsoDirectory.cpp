// SPDX-License-Identifier: GPL-3.0-or-later
#include "SsoDirectory.h"

#include "JsonUtil.h"
#include "JsonWriter.h"
#include "TimeFormat.h"

namespace emu {

void SsoDirectory::writeJson(JsonWriter &w) const
{
    w.beginObject()
        .field("DirectoryId", id)
        .field("DirectoryName", name)
        .field("Region", region)
        .field("CreateTime", TimeFormat::utc(createTime))
        .field("UpdateTime", TimeFormat::utc(updateTime))
        .endObject();
}

QJsonObject SsoDirectory::toJson() const
{
    JsonWriter w;
    writeJson(w);
    return w.toObject();
}

SsoDirectory SsoDirectory::fromState(const QJsonObject &o)
{
    SsoDirectory d;
    d.id = o.value(QStringLiteral("DirectoryId")).toString();
    d.name = o.value(QStringLiteral("DirectoryName")).toString();
    d.region = o.value(QStringLiteral("Region")).toString();
    d.createTime = JsonUtil::time(o, QStringLiteral("CreateTime"));
    d.updateTime = JsonUtil::time(o, QStringLiteral("UpdateTime"));
    return d;
}

} // namespace emu
