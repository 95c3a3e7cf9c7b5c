// SPDX-License-Identifier: GPL-3.0-or-later
#include "IdIdentityProvider.h"

#include "JsonUtil.h"
#include "JsonWriter.h"
#include "TimeFormat.h"

namespace emu {

void IdIdentityProvider::writeJson(JsonWriter &w, int flags) const
{
    w.beginObject().field("Uid", id).field("Name", name).field("Provider", provider);
    if (flags & (List | State))
        w.field("ConnectionType", connectionType);
    w.field("Enabled", enabled);
    if (flags & List) {
        w.key("AttributeMappings").beginArray().endArray();
    } else {
        w.field("Issuer", issuer)
            .field("ClientId", clientId)
            .field("ClientSecret", clientSecret)
            .field("IsIdTokenMapping", isIdTokenMapping)
            .field("UsePkce", usePkce);
        w.key("ScopesList").beginArray();
        for (const QString &s : scopes)
            w.value(s);
        w.endArray();
    }
    // [emulator] The SDK's GetIdentityProviderOIDC output has no times; list items do. Sent everywhere.
    w.field("CreateTime", TimeFormat::utc(createTime)).field("UpdateTime", TimeFormat::utc(updateTime));
    if (flags & State)
        w.field("_seq", seq);
    w.endObject();
}

QJsonObject IdIdentityProvider::toJson(int flags) const
{
    JsonWriter w;
    writeJson(w, flags);
    return w.toObject();
}

IdIdentityProvider IdIdentityProvider::fromState(const QJsonObject &o, const QString &poolUid)
{
    IdIdentityProvider p;
    p.id = o.value(QStringLiteral("Uid")).toString();
    p.poolUid = poolUid;
    p.name = o.value(QStringLiteral("Name")).toString();
    p.provider = o.value(QStringLiteral("Provider")).toString();
    p.connectionType = o.value(QStringLiteral("ConnectionType")).toString();
    p.enabled = o.value(QStringLiteral("Enabled")).toBool();
    p.issuer = o.value(QStringLiteral("Issuer")).toString();
    p.clientId = o.value(QStringLiteral("ClientId")).toString();
    p.clientSecret = o.value(QStringLiteral("ClientSecret")).toString();
    p.isIdTokenMapping = o.value(QStringLiteral("IsIdTokenMapping")).toBool();
    p.usePkce = o.value(QStringLiteral("UsePkce")).toBool();
    p.scopes = JsonUtil::toStringList(o.value(QStringLiteral("ScopesList")));
    p.createTime = JsonUtil::time(o, QStringLiteral("CreateTime"));
    p.updateTime = JsonUtil::time(o, QStringLiteral("UpdateTime"));
    p.seq = qint64(o.value(QStringLiteral("_seq")).toDouble());
    return p;
}

} // namespace emu
