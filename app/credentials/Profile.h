// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/ServiceCatalog.h"
#include <QCoreApplication>
#include <QList>
#include <QMap>
#include <QMetaType>
#include <QString>
#include <optional>

// A named connection: one provider, region, endpoints and access key id. Never a secret.
struct Profile
{
    enum class Provider { Volcengine, Aliyun };

    QString name;
    Provider provider = Provider::Volcengine;
    QString region;                    // empty: each service's default
    QMap<QString, QString> endpoints;  // service name ("id", "cloudidentity", "cloudsso") -> URL override
    QString accessKeyId;
    QString caBundle;                  // optional extra CA bundle (PEM file path)
    QString defaultDirectory;          // CloudSSO: remembered directory id
    bool transient = false;            // demo / session-only: never saved to QSettings

    bool isValid() const { return !name.isEmpty() && !accessKeyId.isEmpty(); }
    QList<Service> services() const
    {
        if (provider == Provider::Aliyun)
            return {Service::CloudSso};
        return {Service::Id, Service::CloudIdentity};
    }
    bool hasService(Service s) const { return services().contains(s); }
    // Service names ("id", "cloudidentity" / "cloudsso") this profile's provider offers.
    QStringList serviceNames() const
    {
        if (provider == Provider::Aliyun)
            return {QStringLiteral("cloudsso")};
        return {QStringLiteral("id"), QStringLiteral("cloudidentity")};
    }

    static QString providerKey(Provider p) { return p == Provider::Aliyun ? QStringLiteral("aliyun") : QStringLiteral("volcengine"); }
    static std::optional<Provider> providerFromKey(const QString &key)
    {
        if (key == QLatin1String("aliyun") || key == QLatin1String("alibaba"))
            return Provider::Aliyun;
        if (key == QLatin1String("volcengine") || key == QLatin1String("volc"))
            return Provider::Volcengine;
        return std::nullopt;
    }
    // Localized provider name for people ("Volcengine" / "Alibaba Cloud").
    static QString providerDisplayName(Provider p)
    {
        return p == Provider::Aliyun ? QCoreApplication::translate("Profile", "Alibaba Cloud")
                                     : QCoreApplication::translate("Profile", "Volcengine");
    }

    bool operator==(const Profile &o) const
    {
        return name == o.name && provider == o.provider && region == o.region && endpoints == o.endpoints
               && accessKeyId == o.accessKeyId && caBundle == o.caBundle && defaultDirectory == o.defaultDirectory
               && transient == o.transient;
    }
    bool operator!=(const Profile &o) const { return !(*this == o); }
};

Q_DECLARE_METATYPE(Profile)
