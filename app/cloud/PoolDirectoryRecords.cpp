// SPDX-License-Identifier: GPL-3.0-or-later
#include "cloud/PoolDirectoryRecords.h"

namespace {
QDateTime parse(const QString &text)
{
    QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!t.isValid())
        t = QDateTime::fromString(text, Qt::ISODate);
    return t;
}
} // namespace

const QStringList &PoolUser::profileFields()
{
    static const QStringList fields{
        QStringLiteral("PreferredUsername"), QStringLiteral("Email"),     QStringLiteral("PhoneNumber"),
        QStringLiteral("Name"),              QStringLiteral("GivenName"), QStringLiteral("FamilyName"),
        QStringLiteral("MiddleName"),        QStringLiteral("Nickname"),  QStringLiteral("Gender"),
        QStringLiteral("Birthdate"),         QStringLiteral("Locale"),    QStringLiteral("Zoneinfo"),
        QStringLiteral("Picture"),           QStringLiteral("Profile"),   QStringLiteral("Website")};
    return fields;
}

QString PoolUser::customAttribute(const QString &name) const
{
    for (const auto &a : customAttributes) {
        if (a.first == name)
            return a.second;
    }
    return QString();
}

QDateTime PoolUser::created() const { return parse(createTime); }
QDateTime PoolUser::updated() const { return parse(updateTime); }
QDateTime PoolUser::lastLogin() const { return parse(latestLogin); }

PoolUserChanges PoolUserChanges::between(const PoolUser &original, const PoolUser &edited)
{
    PoolUserChanges c;
    for (const QString &field : PoolUser::profileFields()) {
        const QString before = original.claim(field), after = edited.claim(field);
        if (before != after)
            c.claims.insert(field, after);
    }
    if (edited.emailVerified && edited.emailVerified != original.emailVerified)
        c.emailVerified = edited.emailVerified;
    if (edited.phoneNumberVerified && edited.phoneNumberVerified != original.phoneNumberVerified)
        c.phoneNumberVerified = edited.phoneNumberVerified;
    if (edited.userMetadata != original.userMetadata)
        c.userMetadata = edited.userMetadata;
    if (edited.userState != original.userState && !edited.userState.isEmpty())
        c.userState = edited.userState;
    for (const auto &a : edited.customAttributes) {
        if (original.customAttribute(a.first) != a.second
            || !std::any_of(original.customAttributes.begin(), original.customAttributes.end(),
                            [&](const auto &o) { return o.first == a.first; }))
            c.customAttributesToUpsert.append(a);
    }
    return c;
}

QStringList PoolClient::clientTypes()
{
    return {QStringLiteral("WEB_APPLICATION"), QStringLiteral("SINGLE_PAGE_APPLICATION"),
            QStringLiteral("MOBILE_APPLICATION"), QStringLiteral("MACHINE_TO_MACHINE")};
}

QStringList PoolClient::booleanFields()
{
    return {QStringLiteral("DevelopmentModeEnabled"), QStringLiteral("DeviceFlowEnabled"),
            QStringLiteral("DismissLoginPageEnabled"), QStringLiteral("SkipConsentEnabled")};
}

std::optional<bool> PoolClient::booleanValue(const QString &field) const
{
    if (field == QLatin1String("DevelopmentModeEnabled"))
        return developmentModeEnabled;
    if (field == QLatin1String("DeviceFlowEnabled"))
        return deviceFlowEnabled;
    if (field == QLatin1String("DismissLoginPageEnabled"))
        return dismissLoginPageEnabled;
    if (field == QLatin1String("SkipConsentEnabled"))
        return skipConsentEnabled;
    return std::nullopt;
}

PoolClientChanges PoolClientChanges::between(const PoolClient &original, const PoolClient &edited)
{
    PoolClientChanges c;
    if (edited.name != original.name)
        c.name = edited.name;
    if (edited.description != original.description)
        c.description = edited.description;
    if (edited.logoUri != original.logoUri)
        c.logoUri = edited.logoUri;
    if (edited.allowedCallbackUrls != original.allowedCallbackUrls)
        c.allowedCallbackUrls = edited.allowedCallbackUrls;
    if (edited.allowedLogoutUrls != original.allowedLogoutUrls)
        c.allowedLogoutUrls = edited.allowedLogoutUrls;
    if (edited.allowedWebOrigins != original.allowedWebOrigins)
        c.allowedWebOrigins = edited.allowedWebOrigins;
    if (edited.allowedCors != original.allowedCors)
        c.allowedCors = edited.allowedCors;
    if (edited.idTokenLifetimeSeconds && edited.idTokenLifetimeSeconds != original.idTokenLifetimeSeconds)
        c.idTokenLifetimeSeconds = edited.idTokenLifetimeSeconds;
    if (edited.refreshToken != original.refreshToken)
        c.refreshToken = edited.refreshToken;
    for (const QString &field : PoolClient::booleanFields()) {
        const auto after = edited.booleanValue(field);
        if (after && after != original.booleanValue(field))
            c.booleans.insert(field, *after);
    }
    return c;
}
