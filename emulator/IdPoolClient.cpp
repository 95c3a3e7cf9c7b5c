// SPDX-License-Identifier: GPL-3.0-or-later
#include "IdPoolClient.h"

#include "JsonUtil.h"
#include "JsonWriter.h"
#include "TimeFormat.h"

namespace emu {

const QStringList &IdPoolClient::clientTypes()
{
    static const QStringList types{QStringLiteral("WEB_APPLICATION"), QStringLiteral("SINGLE_PAGE_APPLICATION"),
                                   QStringLiteral("MOBILE_APPLICATION"), QStringLiteral("MACHINE_TO_MACHINE")};
    return types;
}

const QStringList &IdPoolClient::booleanNames()
{
    static const QStringList names{QStringLiteral("DevelopmentModeEnabled"), QStringLiteral("DeviceFlowEnabled"),
                                   QStringLiteral("DismissLoginPageEnabled"), QStringLiteral("SkipConsentEnabled")};
    return names;
}

bool *IdPoolClient::booleanField(const QString &name)
{
    if (name == QLatin1String("DevelopmentModeEnabled"))
        return &developmentModeEnabled;
    if (name == QLatin1String("DeviceFlowEnabled"))
        return &deviceFlowEnabled;
    if (name == QLatin1String("DismissLoginPageEnabled"))
        return &dismissLoginPageEnabled;
    if (name == QLatin1String("SkipConsentEnabled"))
        return &skipConsentEnabled;
    return nullptr;
}

namespace {
void stringArray(JsonWriter &w, const char *key, const QStringList &list)
{
    w.key(key).beginArray();
    for (const QString &s : list)
        w.value(s);
    w.endArray();
}
} // namespace

void IdPoolClient::writeJson(JsonWriter &w, int flags) const
{
    w.beginObject()
        .field("Uid", id)
        .field("Name", name)
        .field("Description", description)
        .field("ClientType", clientType)
        .field("LogoUri", logoUri);
    if (!(flags & List)) {
        w.field("ClientSecret", clientSecret);
        stringArray(w, "AllowedCallbackUrls", allowedCallbackUrls);
        stringArray(w, "AllowedLogoutUrls", allowedLogoutUrls);
        stringArray(w, "AllowedWebOrigins", allowedWebOrigins);
        stringArray(w, "AllowedCors", allowedCors);
        w.key("IdToken").beginObject().field("LifetimeSeconds", idTokenLifetimeSeconds).endObject();
        w.key("RefreshToken")
            .beginObject()
            .field("Rotation", refreshRotation)
            .field("HasIdleLifetime", refreshHasIdleLifetime)
            .field("IdleLifetimeSeconds", refreshIdleLifetimeSeconds)
            .field("HasCombinedLifetime", refreshHasCombinedLifetime)
            .field("CombinedLifetimeSeconds", refreshCombinedLifetimeSeconds)
            .endObject();
        w.field("DevelopmentModeEnabled", developmentModeEnabled)
            .field("DeviceFlowEnabled", deviceFlowEnabled)
            .field("DismissLoginPageEnabled", dismissLoginPageEnabled)
            .field("SkipConsentEnabled", skipConsentEnabled)
            .field("LoginPageUrl", loginPageUrl);
    }
    w.field("CreateTime", TimeFormat::utc(createTime)).field("UpdateTime", TimeFormat::utc(updateTime));
    if (flags & State)
        w.field("_seq", seq);
    w.endObject();
}

QJsonObject IdPoolClient::toJson(int flags) const
{
    JsonWriter w;
    writeJson(w, flags);
    return w.toObject();
}

IdPoolClient IdPoolClient::fromState(const QJsonObject &o, const QString &poolUid)
{
    IdPoolClient c;
    c.id = o.value(QStringLiteral("Uid")).toString();
    c.poolUid = poolUid;
    c.name = o.value(QStringLiteral("Name")).toString();
    c.description = o.value(QStringLiteral("Description")).toString();
    c.clientType = o.value(QStringLiteral("ClientType")).toString();
    c.clientSecret = o.value(QStringLiteral("ClientSecret")).toString();
    c.logoUri = o.value(QStringLiteral("LogoUri")).toString();
    c.allowedCallbackUrls = JsonUtil::toStringList(o.value(QStringLiteral("AllowedCallbackUrls")));
    c.allowedLogoutUrls = JsonUtil::toStringList(o.value(QStringLiteral("AllowedLogoutUrls")));
    c.allowedWebOrigins = JsonUtil::toStringList(o.value(QStringLiteral("AllowedWebOrigins")));
    c.allowedCors = JsonUtil::toStringList(o.value(QStringLiteral("AllowedCors")));
    c.idTokenLifetimeSeconds = o.value(QStringLiteral("IdToken")).toObject().value(QStringLiteral("LifetimeSeconds")).toInt();
    const QJsonObject r = o.value(QStringLiteral("RefreshToken")).toObject();
    c.refreshRotation = r.value(QStringLiteral("Rotation")).toBool();
    c.refreshHasIdleLifetime = r.value(QStringLiteral("HasIdleLifetime")).toBool();
    c.refreshIdleLifetimeSeconds = r.value(QStringLiteral("IdleLifetimeSeconds")).toInt();
    c.refreshHasCombinedLifetime = r.value(QStringLiteral("HasCombinedLifetime")).toBool();
    c.refreshCombinedLifetimeSeconds = r.value(QStringLiteral("CombinedLifetimeSeconds")).toInt();
    for (const QString &b : booleanNames())
        *c.booleanField(b) = o.value(b).toBool();
    c.loginPageUrl = o.value(QStringLiteral("LoginPageUrl")).toString();
    c.createTime = JsonUtil::time(o, QStringLiteral("CreateTime"));
    c.updateTime = JsonUtil::time(o, QStringLiteral("UpdateTime"));
    c.seq = qint64(o.value(QStringLiteral("_seq")).toDouble());
    return c;
}

} // namespace emu
