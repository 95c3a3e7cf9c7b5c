// SPDX-License-Identifier: GPL-3.0-or-later
#include "SsoUser.h"

#include "JsonUtil.h"
#include "JsonWriter.h"
#include "TimeFormat.h"

namespace emu {

void SsoUser::writeJson(JsonWriter &w, int flags) const
{
    w.beginObject()
        .field("UserId", id)
        .field("UserName", userName)
        .field("DisplayName", displayName)
        .field("FirstName", firstName)
        .field("LastName", lastName)
        .field("Email", email)
        .field("Description", description)
        .field("Status", status)
        .field("ProvisionType", provisionType)
        .field("CreateTime", TimeFormat::utc(createTime))
        .field("UpdateTime", TimeFormat::utc(updateTime));
    if ((flags & (WithExternalId | State)) && !externalId.isEmpty()) {
        w.key("ExternalId").beginObject().field("Id", externalId).field("Issuer", externalIssuer).endObject();
    }
    if (flags & (WithTags | State)) {
        w.key("Tags").beginArray();
        for (const auto &t : tags)
            w.beginObject().field("Key", t.first).field("Value", t.second).endObject();
        w.endArray();
    }
    if (flags & State)
        w.field("_seq", seq);
    w.endObject();
}

QJsonObject SsoUser::toJson(bool withExternalId, bool withTags) const
{
    JsonWriter w;
    writeJson(w, (withExternalId ? WithExternalId : 0) | (withTags ? WithTags : 0));
    return w.toObject();
}

QJsonObject SsoUser::toState() const
{
    JsonWriter w;
    writeJson(w, State);
    return w.toObject();
}

SsoUser SsoUser::fromState(const QJsonObject &o)
{
    SsoUser u;
    u.id = o.value(QStringLiteral("UserId")).toString();
    u.userName = o.value(QStringLiteral("UserName")).toString();
    u.displayName = o.value(QStringLiteral("DisplayName")).toString();
    u.firstName = o.value(QStringLiteral("FirstName")).toString();
    u.lastName = o.value(QStringLiteral("LastName")).toString();
    u.email = o.value(QStringLiteral("Email")).toString();
    u.description = o.value(QStringLiteral("Description")).toString();
    u.status = o.value(QStringLiteral("Status")).toString();
    u.provisionType = o.value(QStringLiteral("ProvisionType")).toString();
    const QJsonObject ext = o.value(QStringLiteral("ExternalId")).toObject();
    u.externalId = ext.value(QStringLiteral("Id")).toString();
    u.externalIssuer = ext.value(QStringLiteral("Issuer")).toString();
    u.tags = JsonUtil::tagsFromJson(o.value(QStringLiteral("Tags")));
    u.createTime = JsonUtil::time(o, QStringLiteral("CreateTime"));
    u.updateTime = JsonUtil::time(o, QStringLiteral("UpdateTime"));
    u.seq = qint64(o.value(QStringLiteral("_seq")).toDouble());
    return u;
}

} // namespace emu
