// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace emu {

class JsonWriter;

// An identity provider (connection) of an Agent Identity user pool (volcengine-id.md §7c). The emulator
// creates and edits OIDC providers; other protocols appear only through the dataset.
struct IdIdentityProvider
{
    QString id; // Uid (ConnectionUid in requests)
    QString poolUid;
    QString name;
    QString provider;       // e.g. "oidc", "wecom", "saml"
    QString connectionType; // e.g. "OIDC", "WeCom", "SAML"
    bool enabled = true;
    QString issuer;
    QString clientId;
    QString clientSecret;
    bool isIdTokenMapping = false;
    bool usePkce = false;
    QStringList scopes;
    qint64 createTime = 0;
    qint64 updateTime = 0;
    qint64 seq = 0;

    bool isOidc() const { return connectionType == QLatin1String("OIDC"); }
    // List: the ListIdentityProviders item; otherwise the GetIdentityProviderOIDC object (with the secret).
    enum Flag { List = 1, State = 2 };
    void writeJson(JsonWriter &w, int flags = 0) const;
    QJsonObject toJson(int flags = 0) const;
    static IdIdentityProvider fromState(const QJsonObject &o, const QString &poolUid);
};

} // namespace emu
