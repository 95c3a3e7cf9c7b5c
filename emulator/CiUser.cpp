// SPDX-License-Identifier: GPL-3.0-or-later
#include "CiUser.h"

#include "JsonUtil.h"
#include "JsonWriter.h"
#include "TimeFormat.h"

namespace emu {

void CiUser::writeFields(JsonWriter &w, int flags) const
{
    w.field("UserId", id)
        .field("UserName", userName)
        .field("DisplayName", displayName)
        .field("Description", description)
        .field("Email", email)
        .field("Phone", phone)
        .field("Source", source);
    if (!(flags & WithoutTimes))
        w.field("CreatedTime", TimeFormat::beijing(createdTime)).field("UpdatedTime", TimeFormat::beijing(updatedTime));
    if (flags & (WithIdentityType | State))
        w.field("IdentityType", identityType);
    if (flags & State)
        w.field("_seq", seq);
}

void CiUser::writeJson(JsonWriter &w, int flags) const
{
    w.beginObject();
    writeFields(w, flags);
    w.endObject();
}

QJsonObject CiUser::toJson(bool withIdentityType) const
{
    JsonWriter w;
    writeJson(w, withIdentityType ? WithIdentityType : 0);
    return w.toObject();
}

QJsonObject CiUser::toState() const
{
    JsonWriter w;
    writeJson(w, State);
    return w.toObject();
}

CiUser CiUser::fromState(const QJsonObject &o)
{
    CiUser u;
    u.id = o.value(QStringLiteral("UserId")).toString();
    u.userName = o.value(QStringLiteral("UserName")).toString();
    u.displayName = o.value(QStringLiteral("DisplayName")).toString();
    u.description = o.value(QStringLiteral("Description")).toString();
    u.email = o.value(QStringLiteral("Email")).toString();
    u.phone = o.value(QStringLiteral("Phone")).toString();
    u.source = o.value(QStringLiteral("Source")).toString();
    u.identityType = o.value(QStringLiteral("IdentityType")).toString();
    u.createdTime = JsonUtil::time(o, QStringLiteral("CreatedTime"));
    u.updatedTime = JsonUtil::time(o, QStringLiteral("UpdatedTime"));
    u.seq = qint64(o.value(QStringLiteral("_seq")).toDouble());
    return u;
}

} // namespace emu
