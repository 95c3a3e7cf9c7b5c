// SPDX-License-Identifier: GPL-3.0-or-later
#include "IdUserPool.h"

#include "JsonUtil.h"
#include "JsonWriter.h"
#include "TimeFormat.h"

namespace emu {

const QStringList &IdUserPool::switchNames()
{
    static const QStringList names{
        QStringLiteral("PasswordSignInEnabled"),        QStringLiteral("SelfSignUpEnabled"),
        QStringLiteral("SelfAccountRecoveryEnabled"),   QStringLiteral("SignUpAutoVerificationEnabled"),
        QStringLiteral("UnconfirmedUserSignInEnabled"), QStringLiteral("EmailPasswordlessSignInEnabled"),
        QStringLiteral("SmsPasswordlessSignInEnabled"), QStringLiteral("EmailAnonymousSignUpEnabled"),
        QStringLiteral("SmsAnonymousSignUpEnabled")};
    return names;
}

void IdUserPool::assignAddress(const QString &region)
{
    domain = id.left(8) + QStringLiteral(".userpool.auth.id.") + region + QStringLiteral(".volces.com");
    trn = QStringLiteral("trn:id:%1:%2:userpool/%3").arg(region, QLatin1String(AccountId), id);
}

void IdUserPool::applyDefaultSignIn()
{
    signInAttributes = {QStringLiteral("preferred_username"), QStringLiteral("email")};
    requiredSignUpAttributes = {QStringLiteral("email")};
    authenticationMethodOrder = {QStringLiteral("password")};
    selfAccountRecoveryVerificationAttributes = {QStringLiteral("email")};
    for (const QString &s : switchNames())
        switches.insert(s, s == QLatin1String("PasswordSignInEnabled"));
}

void IdUserPool::writeJson(JsonWriter &w, int totalUsers, int flags) const
{
    w.beginObject()
        .field("Uid", id)
        .field("Name", name)
        .field("Description", description)
        .field("Domain", domain)
        .field("ProjectName", projectName);
    w.key("Tags").beginArray();
    for (const auto &t : tags)
        w.beginObject().field("Key", t.first).field("Value", t.second).endObject();
    w.endArray();
    w.field("Trn", trn)
        .field("TotalUsers", totalUsers)
        .field("TotalClients", totalClients)
        .field("TotalConnections", totalConnections)
        .field("CreateTime", TimeFormat::utc(createTime))
        .field("UpdateTime", TimeFormat::utc(updateTime));
    if (flags & (Full | State)) {
        const QString base = QStringLiteral("https://") + domain;
        w.field("Enabled", enabled)
            .field("CustomDomain", customDomain)
            .field("IssuerUrl", base)
            .field("DiscoveryUrl", base + QStringLiteral("/.well-known/openid-configuration"))
            .field("TokenUrl", base + QStringLiteral("/oauth2/token"))
            .field("TokenSigningKeyUrl", base + QStringLiteral("/.well-known/jwks.json"))
            .field("OidcLoginCallbackUrl", base + QStringLiteral("/login/oidc/callback"))
            .field("OidcSignUpCallbackUrl", base + QStringLiteral("/signup/oidc/callback"))
            .field("SamlLoginCallbackUrl", base + QStringLiteral("/login/saml/callback"))
            .field("SamlSignUpCallbackUrl", base + QStringLiteral("/signup/saml/callback"))
            .field("OauthLoginCallbackUrl", base + QStringLiteral("/login/oauth/callback"))
            .field("OauthSignUpCallbackUrl", base + QStringLiteral("/signup/oauth/callback"));
        w.key("Brand").beginObject().field("LogoUri", brandLogoUri).field("Name", brandName).endObject();
        auto list = [&w](const char *key, const QStringList &values) {
            w.key(key).beginArray();
            for (const QString &v : values)
                w.value(v);
            w.endArray();
        };
        list("SignInAttributes", signInAttributes);
        list("RequiredSignUpAttributes", requiredSignUpAttributes);
        list("AuthenticationMethodOrder", authenticationMethodOrder);
        list("SelfAccountRecoveryVerificationAttributes", selfAccountRecoveryVerificationAttributes);
        for (const QString &s : switchNames()) {
            const QByteArray key = s.toLatin1();
            w.key(key.constData()).value(switches.value(s, false));
        }
        w.key("CustomAttributes").beginArray().endArray();
    }
    if (flags & State)
        w.field("_seq", seq);
    w.endObject();
}

QJsonObject IdUserPool::toJson(int totalUsers) const
{
    JsonWriter w;
    writeJson(w, totalUsers, Full);
    return w.toObject();
}

QJsonObject IdUserPool::toState() const
{
    JsonWriter w;
    writeJson(w, 0, State);
    return w.toObject();
}

IdUserPool IdUserPool::fromState(const QJsonObject &o)
{
    IdUserPool p;
    p.id = o.value(QStringLiteral("Uid")).toString();
    p.trn = o.value(QStringLiteral("Trn")).toString();
    p.name = o.value(QStringLiteral("Name")).toString();
    p.description = o.value(QStringLiteral("Description")).toString();
    p.projectName = o.value(QStringLiteral("ProjectName")).toString();
    p.tags = JsonUtil::tagsFromJson(o.value(QStringLiteral("Tags")));
    p.enabled = o.value(QStringLiteral("Enabled")).toBool();
    p.domain = o.value(QStringLiteral("Domain")).toString();
    p.customDomain = o.value(QStringLiteral("CustomDomain")).toString();
    const QJsonObject brand = o.value(QStringLiteral("Brand")).toObject();
    p.brandLogoUri = brand.value(QStringLiteral("LogoUri")).toString();
    p.brandName = brand.value(QStringLiteral("Name")).toString();
    p.signInAttributes = JsonUtil::toStringList(o.value(QStringLiteral("SignInAttributes")));
    p.requiredSignUpAttributes = JsonUtil::toStringList(o.value(QStringLiteral("RequiredSignUpAttributes")));
    p.authenticationMethodOrder = JsonUtil::toStringList(o.value(QStringLiteral("AuthenticationMethodOrder")));
    p.selfAccountRecoveryVerificationAttributes
        = JsonUtil::toStringList(o.value(QStringLiteral("SelfAccountRecoveryVerificationAttributes")));
    for (const QString &s : switchNames())
        p.switches.insert(s, o.value(s).toBool());
    p.totalClients = o.value(QStringLiteral("TotalClients")).toInt();
    p.totalConnections = o.value(QStringLiteral("TotalConnections")).toInt();
    p.createTime = JsonUtil::time(o, QStringLiteral("CreateTime"));
    p.updateTime = JsonUtil::time(o, QStringLiteral("UpdateTime"));
    p.seq = qint64(o.value(QStringLiteral("_seq")).toDouble());
    return p;
}

} // namespace emu
