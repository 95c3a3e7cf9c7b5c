// SPDX-License-Identifier: GPL-3.0-or-later
// ServiceCatalog's list shapes: one entry per List* action of the three API docs, each checked against the docs.
#include "api/ServiceCatalog.h"

#include <QTest>

Q_DECLARE_METATYPE(Service)
Q_DECLARE_METATYPE(PagingStyle)

class TestServiceCatalog : public QObject
{
    Q_OBJECT
private slots:
    void listShapes_data();
    void listShapes();
    void everyListActionOfTheDocsIsKnown();
    void unknownListsHaveNoShape();
};

void TestServiceCatalog::listShapes_data()
{
    QTest::addColumn<Service>("service");
    QTest::addColumn<QString>("action");
    QTest::addColumn<QString>("key");
    QTest::addColumn<PagingStyle>("paging");
    QTest::addColumn<QStringList>("required");
    // volcengine-id.md §4, §7.2, §7b, §7c
    QTest::newRow("id ListUserPools") << Service::Id << "ListUserPools" << "Data" << PagingStyle::PageNumberTotalCount << QStringList{};
    QTest::newRow("id ListUsers") << Service::Id << "ListUsers" << "Data" << PagingStyle::PageNumberTotalCount << QStringList{"UserPoolUid"};
    QTest::newRow("id ListUserPoolClients") << Service::Id << "ListUserPoolClients" << "Data" << PagingStyle::PageNumberTotalCount
                                            << QStringList{"UserPoolUid"};
    QTest::newRow("id ListIdentityProviders (UserPoolUID)") << Service::Id << "ListIdentityProviders" << "Data"
                                                            << PagingStyle::PageNumberTotalCount << QStringList{"UserPoolUID"};
    // volcengine-cloudidentity.md §6
    QTest::newRow("ci ListUsers") << Service::CloudIdentity << "ListUsers" << "Users" << PagingStyle::PageNumberTotal << QStringList{};
    QTest::newRow("ci ListGroups") << Service::CloudIdentity << "ListGroups" << "Groups" << PagingStyle::PageNumberTotal << QStringList{};
    QTest::newRow("ci ListGroupMembers") << Service::CloudIdentity << "ListGroupMembers" << "Members" << PagingStyle::PageNumberTotal
                                         << QStringList{"GroupId"};
    QTest::newRow("ci ListUserProvisionings") << Service::CloudIdentity << "ListUserProvisionings" << "UserProvisionings"
                                              << PagingStyle::PageNumberTotal << QStringList{};
    QTest::newRow("ci ListUserProvisioningEvents (singular key)") << Service::CloudIdentity << "ListUserProvisioningEvents"
                                                                  << "UserProvisioningEvent" << PagingStyle::PageNumberTotal << QStringList{};
    // aliyun-cloudsso.md §0, §2-§7
    QTest::newRow("sso ListDirectories (not paged)") << Service::CloudSso << "ListDirectories" << "Directories" << PagingStyle::NotPaged
                                                     << QStringList{};
    QTest::newRow("sso ListUsers") << Service::CloudSso << "ListUsers" << "Users" << PagingStyle::Token << QStringList{"DirectoryId"};
    QTest::newRow("sso ListGroups") << Service::CloudSso << "ListGroups" << "Groups" << PagingStyle::Token << QStringList{"DirectoryId"};
    QTest::newRow("sso ListGroupMembers") << Service::CloudSso << "ListGroupMembers" << "GroupMembers" << PagingStyle::Token
                                          << QStringList{"DirectoryId", "GroupId"};
    QTest::newRow("sso ListUserProvisionings") << Service::CloudSso << "ListUserProvisionings" << "UserProvisionings" << PagingStyle::Token
                                               << QStringList{"DirectoryId"};
    QTest::newRow("sso ListUserProvisioningEvents") << Service::CloudSso << "ListUserProvisioningEvents" << "UserProvisioningEvents"
                                                    << PagingStyle::Token << QStringList{"DirectoryId"};
}

void TestServiceCatalog::listShapes()
{
    QFETCH(Service, service);
    QFETCH(QString, action);
    QFETCH(QString, key);
    QFETCH(PagingStyle, paging);
    QFETCH(QStringList, required);
    const auto shape = ServiceCatalog::listShape(service, action);
    QVERIFY(shape.has_value());
    QCOMPARE(shape->action, action);
    QCOMPARE(shape->resultKey, key);
    QCOMPARE(int(shape->paging), int(paging));
    QCOMPARE(shape->requiredParams, required);
    QVERIFY(!shape->source.isEmpty());
    QCOMPARE(ServiceCatalog::listField(service, action), key);
    QVERIFY(ServiceCatalog::listActions(service).contains(action));
}

void TestServiceCatalog::everyListActionOfTheDocsIsKnown()
{
    // The List* actions the docs give a shape for; nothing more, nothing less.
    QCOMPARE(ServiceCatalog::listActions(Service::Id),
             (QStringList{"ListUserPools", "ListUsers", "ListUserPoolClients", "ListIdentityProviders"}));
    QCOMPARE(ServiceCatalog::listActions(Service::CloudIdentity),
             (QStringList{"ListUsers", "ListGroups", "ListGroupMembers", "ListUserProvisionings", "ListUserProvisioningEvents"}));
    QCOMPARE(ServiceCatalog::listActions(Service::CloudSso),
             (QStringList{"ListDirectories", "ListUsers", "ListGroups", "ListGroupMembers", "ListUserProvisionings",
                          "ListUserProvisioningEvents"}));
}

void TestServiceCatalog::unknownListsHaveNoShape()
{
    // No guessing ("ListFooBars" -> "FooBars" used to be assumed, printing [] for a list with items).
    QVERIFY(!ServiceCatalog::listShape(Service::Id, QStringLiteral("ListIdentityProvidersOIDC")));
    QVERIFY(!ServiceCatalog::listShape(Service::CloudSso, QStringLiteral("ListAccessConfigurations")));
    QVERIFY(!ServiceCatalog::listShape(Service::CloudIdentity, QStringLiteral("ListUserPools"))); // another service's
    QCOMPARE(ServiceCatalog::listField(Service::CloudSso, QStringLiteral("ListAccessConfigurations")), QString());
}

QTEST_GUILESS_MAIN(TestServiceCatalog)
#include "tst_servicecatalog.moc"
