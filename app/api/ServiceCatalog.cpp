// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/ServiceCatalog.h"

#include <QHash>

QString ServiceCatalog::name(Service s)
{
    switch (s) {
    case Service::Id: return QStringLiteral("id");
    case Service::CloudIdentity: return QStringLiteral("cloudidentity");
    case Service::CloudSso: return QStringLiteral("cloudsso");
    }
    return {};
}

std::optional<Service> ServiceCatalog::fromName(const QString &name)
{
    for (Service s : all())
        if (ServiceCatalog::name(s) == name.trimmed().toLower())
            return s;
    return std::nullopt;
}

QString ServiceCatalog::version(Service s)
{
    switch (s) {
    case Service::Id: return QStringLiteral("2025-10-30");
    case Service::CloudIdentity: return QStringLiteral("2023-01-01");
    case Service::CloudSso: return QStringLiteral("2021-05-15");
    }
    return {};
}

SigningAlgorithm ServiceCatalog::algorithm(Service s)
{
    return s == Service::CloudSso ? SigningAlgorithm::Acs3HmacSha256 : SigningAlgorithm::VolcengineHmacSha256;
}

PagingStyle ServiceCatalog::pagingStyle(Service s)
{
    switch (s) {
    case Service::Id: return PagingStyle::PageNumberTotalCount;
    case Service::CloudIdentity: return PagingStyle::PageNumberTotal;
    case Service::CloudSso: return PagingStyle::Token;
    }
    return PagingStyle::Token;
}

QString ServiceCatalog::defaultRegion(Service s)
{
    return s == Service::CloudSso ? QStringLiteral("cn-shanghai") : QStringLiteral("cn-beijing");
}

QString ServiceCatalog::signingRegion(Service s, const QString &region)
{
    if (s == Service::CloudIdentity)
        return QStringLiteral("cn-beijing");
    return region.isEmpty() ? defaultRegion(s) : region;
}

QUrl ServiceCatalog::defaultEndpoint(Service s, const QString &region)
{
    const QString r = region.isEmpty() ? defaultRegion(s) : region;
    switch (s) {
    case Service::Id: return QUrl(QStringLiteral("https://id.%1.volcengineapi.com").arg(r));
    case Service::CloudIdentity: return QUrl(QStringLiteral("https://open.volcengineapi.com"));
    case Service::CloudSso: return QUrl(QStringLiteral("https://cloudsso.%1.aliyuncs.com").arg(r));
    }
    return {};
}

QList<Service> ServiceCatalog::all()
{
    return {Service::Id, Service::CloudIdentity, Service::CloudSso};
}

QString ServiceCatalog::listField(Service s, const QString &action)
{
    if (s == Service::Id)
        return QStringLiteral("Data");
    static const QHash<QString, QString> cloudIdentity = {
        {QStringLiteral("ListUsers"), QStringLiteral("Users")},
        {QStringLiteral("ListGroups"), QStringLiteral("Groups")},
        {QStringLiteral("ListGroupMembers"), QStringLiteral("Members")},
        {QStringLiteral("ListUserProvisionings"), QStringLiteral("UserProvisionings")},
        {QStringLiteral("ListUserProvisioningEvents"), QStringLiteral("UserProvisioningEvent")},
    };
    static const QHash<QString, QString> cloudSso = {
        {QStringLiteral("ListDirectories"), QStringLiteral("Directories")},
        {QStringLiteral("ListUsers"), QStringLiteral("Users")},
        {QStringLiteral("ListGroups"), QStringLiteral("Groups")},
        {QStringLiteral("ListGroupMembers"), QStringLiteral("GroupMembers")},
        {QStringLiteral("ListUserProvisionings"), QStringLiteral("UserProvisionings")},
        {QStringLiteral("ListUserProvisioningEvents"), QStringLiteral("UserProvisioningEvents")},
    };
    const auto &map = s == Service::CloudIdentity ? cloudIdentity : cloudSso;
    const auto it = map.find(action);
    if (it != map.end())
        return *it;
    // Fallback: ListFooBars -> FooBars
    return action.startsWith(QLatin1String("List")) ? action.mid(4) : QString();
}

bool ServiceCatalog::isRead(const QString &action)
{
    return action.startsWith(QLatin1String("List")) || action.startsWith(QLatin1String("Get"))
           || action.startsWith(QLatin1String("Query")) || action.startsWith(QLatin1String("Describe"));
}
