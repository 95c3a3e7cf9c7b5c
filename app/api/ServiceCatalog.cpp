// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/ServiceCatalog.h"


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

namespace {
QList<ListShape> shapesOf(Service s)
{
    const auto u = [](const char *a) { return QString::fromLatin1(a); };
    switch (s) {
    case Service::Id: {
        // volcengine-id.md §4, §7.2, §7b, §7c: PageNumber/PageSize in, PageNumber, PageSize, TotalCount, Data out.
        static const QList<ListShape> id = {
            {u("ListUserPools"), u("Data"), PagingStyle::PageNumberTotalCount, {}, u("id §4")},
            // Also accepts MaxResults/NextToken; the client pages by number [assumed, id §7.2].
            {u("ListUsers"), u("Data"), PagingStyle::PageNumberTotalCount, {u("UserPoolUid")}, u("id §7.2")},
            {u("ListUserPoolClients"), u("Data"), PagingStyle::PageNumberTotalCount, {u("UserPoolUid")}, u("id §7b")},
            // The pool parameter is spelled UserPoolUID here; the result key is not published [assumed: Data].
            {u("ListIdentityProviders"), u("Data"), PagingStyle::PageNumberTotalCount, {u("UserPoolUID")}, u("id §7c")},
        };
        return id;
    }
    case Service::CloudIdentity: {
        // volcengine-cloudidentity.md §6: PageNumber/PageSize in, Total and a named list out.
        static const QList<ListShape> ci = {
            {u("ListUsers"), u("Users"), PagingStyle::PageNumberTotal, {}, u("cloudidentity §1, §6")},
            {u("ListGroups"), u("Groups"), PagingStyle::PageNumberTotal, {}, u("cloudidentity §2, §6")},
            {u("ListGroupMembers"), u("Members"), PagingStyle::PageNumberTotal, {u("GroupId")}, u("cloudidentity §2, §6")},
            {u("ListUserProvisionings"), u("UserProvisionings"), PagingStyle::PageNumberTotal, {}, u("cloudidentity §3, §6")},
            // Singular name, but an array.
            {u("ListUserProvisioningEvents"), u("UserProvisioningEvent"), PagingStyle::PageNumberTotal, {},
             u("cloudidentity §4, §6")},
        };
        return ci;
    }
    case Service::CloudSso: {
        // aliyun-cloudsso.md §0 (paging), §2-§7: MaxResults/NextToken in, IsTruncated/NextToken/TotalCounts out.
        static const QList<ListShape> sso = {
            {u("ListDirectories"), u("Directories"), PagingStyle::NotPaged, {}, u("cloudsso §2")},
            {u("ListUsers"), u("Users"), PagingStyle::Token, {u("DirectoryId")}, u("cloudsso §3")},
            {u("ListGroups"), u("Groups"), PagingStyle::Token, {u("DirectoryId")}, u("cloudsso §4")},
            {u("ListGroupMembers"), u("GroupMembers"), PagingStyle::Token, {u("DirectoryId"), u("GroupId")}, u("cloudsso §5")},
            {u("ListUserProvisionings"), u("UserProvisionings"), PagingStyle::Token, {u("DirectoryId")}, u("cloudsso §6")},
            {u("ListUserProvisioningEvents"), u("UserProvisioningEvents"), PagingStyle::Token, {u("DirectoryId")},
             u("cloudsso §7")},
        };
        return sso;
    }
    }
    return {};
}
} // namespace

std::optional<ListShape> ServiceCatalog::listShape(Service s, const QString &action)
{
    for (const ListShape &shape : shapesOf(s))
        if (shape.action == action)
            return shape;
    return std::nullopt;
}

QStringList ServiceCatalog::listActions(Service s)
{
    QStringList out;
    for (const ListShape &shape : shapesOf(s))
        out << shape.action;
    return out;
}

QString ServiceCatalog::listField(Service s, const QString &action)
{
    const auto shape = listShape(s, action);
    return shape ? shape->resultKey : QString();
}

bool ServiceCatalog::isRead(const QString &action)
{
    return action.startsWith(QLatin1String("List")) || action.startsWith(QLatin1String("Get"))
           || action.startsWith(QLatin1String("Query")) || action.startsWith(QLatin1String("Describe"));
}
