// SPDX-License-Identifier: GPL-3.0-or-later
#include "cloud/UserPool.h"

#include <cmath>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonValue>
#include <QTimeZone>

namespace {
QString str(const QJsonObject &o, const char *key)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (v.isString())
        return v.toString();
    if (v.isDouble())
        return QString::number(v.toDouble(), 'g', 17);
    if (v.isBool())
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    return {};
}

// A JSON number as an int when it fits (converting one that does not is undefined behaviour).
std::optional<int> intOf(double d)
{
    if (std::isfinite(d) && d > -2147483649.0 && d < 2147483648.0)
        return int(d);
    return std::nullopt;
}

int integer(const QJsonObject &o, const char *key)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (v.isDouble())
        return intOf(v.toDouble()).value_or(0);
    if (v.isString())
        return v.toString().toInt();
    return 0;
}

std::optional<bool> boolean(const QJsonObject &o, const QString &key)
{
    const QJsonValue v = o.value(key);
    if (v.isBool())
        return v.toBool();
    if (v.isString()) {   // be lenient: some gateways stringify booleans
        const QString s = v.toString().trimmed().toLower();
        if (s == QLatin1String("true"))
            return true;
        if (s == QLatin1String("false"))
            return false;
    }
    return std::nullopt;
}

QStringList strings(const QJsonObject &o, const char *key)
{
    QStringList out;
    const QJsonValue v = o.value(QLatin1String(key));
    if (v.isArray()) {
        for (const QJsonValue &item : v.toArray())
            if (item.isString())
                out << item.toString();
    } else if (v.isString() && !v.toString().isEmpty()) {
        out << v.toString();
    }
    return out;
}

std::optional<int> optionalInt(const QJsonObject &o, const char *key)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (v.isDouble())
        return intOf(v.toDouble());
    if (v.isString()) {
        bool ok = false;
        const int n = v.toString().toInt(&ok);
        if (ok)
            return n;
    }
    return std::nullopt;
}

UserPool::CustomAttribute customAttribute(const QJsonObject &o)
{
    UserPool::CustomAttribute a;
    a.uid = str(o, "Uid");
    a.name = str(o, "Name");
    a.dataType = str(o, "DataType");
    a.mutability = str(o, "Mutability");
    a.minimum = optionalInt(o, "Minimum");
    a.maximum = optionalInt(o, "Maximum");
    a.createTime = str(o, "CreateTime");
    a.updateTime = str(o, "UpdateTime");
    return a;
}
}

QStringList UserPool::switchFields()
{
    return {
        QStringLiteral("PasswordSignInEnabled"),
        QStringLiteral("SelfSignUpEnabled"),
        QStringLiteral("SelfAccountRecoveryEnabled"),
        QStringLiteral("SignUpAutoVerificationEnabled"),
        QStringLiteral("UnconfirmedUserSignInEnabled"),
        QStringLiteral("EmailPasswordlessSignInEnabled"),
        QStringLiteral("SmsPasswordlessSignInEnabled"),
        QStringLiteral("EmailAnonymousSignUpEnabled"),
        QStringLiteral("SmsAnonymousSignUpEnabled"),
    };
}

std::optional<bool> UserPool::switchValue(const QString &field) const
{
    const QStringList f = switchFields();
    switch (f.indexOf(field)) {
    case 0: return passwordSignInEnabled;
    case 1: return selfSignUpEnabled;
    case 2: return selfAccountRecoveryEnabled;
    case 3: return signUpAutoVerificationEnabled;
    case 4: return unconfirmedUserSignInEnabled;
    case 5: return emailPasswordlessSignInEnabled;
    case 6: return smsPasswordlessSignInEnabled;
    case 7: return emailAnonymousSignUpEnabled;
    case 8: return smsAnonymousSignUpEnabled;
    default: return std::nullopt;
    }
}

void UserPool::setSwitchValue(const QString &field, std::optional<bool> value)
{
    const QStringList f = switchFields();
    switch (f.indexOf(field)) {
    case 0: passwordSignInEnabled = value; break;
    case 1: selfSignUpEnabled = value; break;
    case 2: selfAccountRecoveryEnabled = value; break;
    case 3: signUpAutoVerificationEnabled = value; break;
    case 4: unconfirmedUserSignInEnabled = value; break;
    case 5: emailPasswordlessSignInEnabled = value; break;
    case 6: smsPasswordlessSignInEnabled = value; break;
    case 7: emailAnonymousSignUpEnabled = value; break;
    case 8: smsAnonymousSignUpEnabled = value; break;
    default: break;
    }
}

UserPool UserPool::fromJson(const QJsonObject &o, bool complete)
{
    UserPool p;
    p.raw = o;
    p.complete = complete;
    p.uid = str(o, "Uid");
    p.trn = str(o, "Trn");
    p.name = str(o, "Name");
    p.description = str(o, "Description");
    p.projectName = str(o, "ProjectName");
    for (const QJsonValue &t : o.value(QLatin1String("Tags")).toArray()) {
        const QJsonObject tag = t.toObject();
        p.tags.append({str(tag, "Key"), str(tag, "Value")});
    }
    p.enabled = boolean(o, QStringLiteral("Enabled"));
    p.domain = str(o, "Domain");
    p.customDomain = str(o, "CustomDomain");
    p.issuerUrl = str(o, "IssuerUrl");
    p.discoveryUrl = str(o, "DiscoveryUrl");
    p.tokenUrl = str(o, "TokenUrl");
    p.tokenSigningKeyUrl = str(o, "TokenSigningKeyUrl");
    p.oidcLoginCallbackUrl = str(o, "OidcLoginCallbackUrl");
    p.oidcSignUpCallbackUrl = str(o, "OidcSignUpCallbackUrl");
    p.samlLoginCallbackUrl = str(o, "SamlLoginCallbackUrl");
    p.samlSignUpCallbackUrl = str(o, "SamlSignUpCallbackUrl");
    p.oauthLoginCallbackUrl = str(o, "OauthLoginCallbackUrl");
    p.oauthSignUpCallbackUrl = str(o, "OauthSignUpCallbackUrl");
    p.totalUsers = integer(o, "TotalUsers");
    p.totalClients = integer(o, "TotalClients");
    p.totalConnections = integer(o, "TotalConnections");
    const QJsonObject brand = o.value(QLatin1String("Brand")).toObject();
    p.brandName = str(brand, "Name");
    p.brandLogoUri = str(brand, "LogoUri");
    p.signInAttributes = strings(o, "SignInAttributes");
    p.requiredSignUpAttributes = strings(o, "RequiredSignUpAttributes");
    p.authenticationMethodOrder = strings(o, "AuthenticationMethodOrder");
    p.selfAccountRecoveryVerificationAttributes = strings(o, "SelfAccountRecoveryVerificationAttributes");
    for (const QString &field : switchFields())
        p.setSwitchValue(field, boolean(o, field));
    const QJsonValue attrs = o.value(QLatin1String("CustomAttributes"));
    if (attrs.isArray()) {
        for (const QJsonValue &a : attrs.toArray())
            if (a.isObject())
                p.customAttributes.append(customAttribute(a.toObject()));
    } else if (attrs.isString()) {
        // SDK quirk: CreateUserPool types CustomAttributes as a string. It may hold a JSON array.
        const QString text = attrs.toString();
        const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8());
        if (doc.isArray()) {
            for (const QJsonValue &a : doc.array())
                if (a.isObject())
                    p.customAttributes.append(customAttribute(a.toObject()));
        } else {
            p.customAttributesText = text;
        }
    } else if (attrs.isObject()) {
        p.customAttributes.append(customAttribute(attrs.toObject()));
    }
    p.createTime = str(o, "CreateTime");
    p.updateTime = str(o, "UpdateTime");
    return p;
}

void UserPool::mergeListItem(const UserPool &item)
{
    if (!complete) {
        const std::optional<bool> keepEnabled = enabled;
        *this = item;
        if (!enabled)
            enabled = keepEnabled;
        return;
    }
    // Keep what only the full object carries; take every list field from the newer item.
    uid = item.uid;
    trn = item.trn;
    name = item.name;
    description = item.description;
    projectName = item.projectName;
    tags = item.tags;
    domain = item.domain;
    totalUsers = item.totalUsers;
    totalClients = item.totalClients;
    totalConnections = item.totalConnections;
    createTime = item.createTime;
    updateTime = item.updateTime;
    for (auto it = item.raw.constBegin(); it != item.raw.constEnd(); ++it)
        raw.insert(it.key(), it.value());
}

QDateTime UserPool::parseTime(const QString &text)
{
    if (text.isEmpty())
        return {};
    QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!t.isValid())
        t = QDateTime::fromString(text, Qt::ISODate);
    if (!t.isValid())
        t = QDateTime::fromString(text, QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    return t;
}
