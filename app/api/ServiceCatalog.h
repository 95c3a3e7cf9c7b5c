// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QStringList>
#include <QString>
#include <QUrl>
#include <optional>

// The three cloud services the console knows, and everything static about them.
enum class Service { Id, CloudIdentity, CloudSso };

enum class SigningAlgorithm { VolcengineHmacSha256, Acs3HmacSha256 };

enum class PagingStyle {
    PageNumberTotalCount, // id: PageNumber/PageSize -> TotalCount, list in Data
    PageNumberTotal,      // cloudidentity: PageNumber/PageSize -> Total, named list
    Token,                // cloudsso: MaxResults/NextToken -> IsTruncated
    NotPaged              // one answer holds the whole list (cloudsso ListDirectories)
};

// The shape of one List* action's answer, as the docs publish it: ONE entry per action (ServiceCatalog::listShape).
struct ListShape
{
    QString action;
    QString resultKey;           // the array in the result ("Data", "Users", "UserProvisioningEvent", ...)
    PagingStyle paging = PagingStyle::NotPaged;
    QStringList requiredParams;  // the scope the list needs, spelled as the service spells it (UserPoolUID!)
    QString source;              // where the docs publish the shape
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
    // The published shape of a List* action, or nullopt when the docs publish none (callers must not guess).
    static std::optional<ListShape> listShape(Service s, const QString &action);
    // Every List* action with a known shape, in the docs' order.
    static QStringList listActions(Service s);
    // The name of the list field a List* action returns (e.g. "Users", "Data", "UserProvisioningEvent");
    // empty when the action's shape is not known.
    static QString listField(Service s, const QString &action);
    static bool isRead(const QString &action);      // List*, Get*, Query*, Describe*
};
