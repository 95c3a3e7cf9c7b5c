// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace emu {

class JsonWriter;

// An application (user-pool client) of an Agent Identity user pool (volcengine-id.md §7b).
struct IdPoolClient
{
    QString id; // Uid
    QString poolUid;
    QString name;
    QString description;
    QString clientType;
    QString clientSecret;
    QString logoUri;
    QStringList allowedCallbackUrls;
    QStringList allowedLogoutUrls;
    QStringList allowedWebOrigins;
    QStringList allowedCors;
    int idTokenLifetimeSeconds = 3600;
    bool refreshRotation = false;
    bool refreshHasIdleLifetime = false;
    int refreshIdleLifetimeSeconds = 1296000;
    bool refreshHasCombinedLifetime = false;
    int refreshCombinedLifetimeSeconds = 2592000;
    bool developmentModeEnabled = false;
    bool deviceFlowEnabled = false;
    bool dismissLoginPageEnabled = false;
    bool skipConsentEnabled = false;
    QString loginPageUrl;
    qint64 createTime = 0;
    qint64 updateTime = 0;
    qint64 seq = 0;

    static const QStringList &clientTypes();
    static const QStringList &booleanNames(); // DevelopmentModeEnabled, DeviceFlowEnabled, …
    bool *booleanField(const QString &name);

    // List: the ListUserPoolClients item (no secret, no URLs); otherwise the full Client object.
    enum Flag { List = 1, State = 2 };
    void writeJson(JsonWriter &w, int flags = 0) const;
    QJsonObject toJson(int flags = 0) const;
    static IdPoolClient fromState(const QJsonObject &o, const QString &poolUid);
};

} // namespace emu
