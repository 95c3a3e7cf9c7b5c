// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QUrl>
#include <optional>

// The three cloud services the console knows, and everything static about them.
enum class Service { Id, CloudIdentity, CloudSso };

enum class SigningAlgorithm { VolcengineHmacSha256, Acs3HmacSha256 };

enum class PagingStyle {
    PageNumberTotalCount, // id: PageNumber/PageSize -> TotalCount, list in Data
    PageNumberTotal,      // cloudidentity: PageNumber/PageSize -> Total, named list
    Token                 // cloudsso: MaxResults/NextToken -> IsTruncated
};

class ServiceCatalog
{
public:
    static QString name(Service s);                 // "id", "cloudidentity", "cloudsso"
    static std::optional<Service> fromName(const QString &name);
    static QString version(Service s);              // "2025-10-30", "2023-01-01", "2021-05-15"
    static SigningAlgorithm algorithm(Service s);
    static PagingStyle pagingStyle(Service s);
    static QString defaultRegion(Service s);        // cn-beijing / cn-beijing / cn-shanghai
    // Signing region: cloudidentity always signs for cn-beijing.
    static QString signingRegion(Service s, const QString &region);
    static QUrl defaultEndpoint(Service s, const QString &region);
    static QList<Service> all();
    // The name of the list field a List* action returns (e.g. "Users", "Data", "UserProvisioningEvent").
    static QString listField(Service s, const QString &action);
    static bool isRead(const QString &action);      // List*, Get*, Query*, Describe*
};
