// SPDX-License-Identifier: GPL-3.0-or-later
// Volcengine Agent Identity (`id`) pool objects: GetUser, applications (user-pool clients), identity providers,
// the demo dataset's consistency, the generated 1,000,000-user pool, and provisioning references.
#include "DatasetBuilder.h"
#include "InProcessEmulator.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest>

using namespace emu;

namespace {
QString code(const InProcessEmulator::Reply &r) { return InProcessEmulator::volcErrorCode(r); }
QJsonObject result(const InProcessEmulator::Reply &r) { return InProcessEmulator::volcResult(r); }
QString message(const InProcessEmulator::Reply &r) { return InProcessEmulator::volcErrorMessage(r); }
QString ssoCode(const InProcessEmulator::Reply &r) { return r.json.value(QStringLiteral("Code")).toString(); }

QString poolUid(InProcessEmulator &emu, int index = 0)
{
    return emu.store().pools().items()[size_t(index)].id;
}
} // namespace

class TstPoolObjects : public QObject
{
    Q_OBJECT

private slots:
    void getUser()
    {
        InProcessEmulator emu;
        const QString pool = poolUid(emu);
        auto r = emu.id(QStringLiteral("ListUsers"), {{"UserPoolUid", pool}, {"PageNumber", 1}, {"PageSize", 1}});
        const QJsonObject listed = result(r)["Data"].toArray().first().toObject();
        const QString uid = listed["Uid"].toString();
        r = emu.id(QStringLiteral("GetUser"), {{"UserPoolUid", pool}, {"UserUid", uid}});
        QCOMPARE(r.status, 200);
        const QJsonObject user = result(r);
        QCOMPARE(user, listed); // the same User object as the list item
        for (const char *key : {"Uid", "Sub", "PreferredUsername", "Email", "EmailVerified", "UserState", "Connection",
                                "CustomAttributes", "ExternalIdentities", "GroupUids", "NumLogins", "LatestLogin",
                                "CreateTime", "UpdateTime"})
            QVERIFY2(user.contains(QLatin1String(key)), key);
        r = emu.id(QStringLiteral("GetUser"), {{"UserPoolUid", pool}, {"UserUid", uid},
                                               {"ResponseValueMask", QJsonObject{{"Email", true}}}});
        QVERIFY(result(r)["Email"].toString().contains(QLatin1String("***")));
        r = emu.id(QStringLiteral("GetUser"), {{"UserPoolUid", pool}});
        QCOMPARE(r.status, 400);
        QCOMPARE(code(r), QStringLiteral("MissingParameter.UserUid"));
        r = emu.id(QStringLiteral("GetUser"), {{"UserPoolUid", pool}, {"UserUid", 12}});
        QCOMPARE(code(r), QStringLiteral("InvalidParameter.UserUid"));
        r = emu.id(QStringLiteral("GetUser"), {{"UserPoolUid", pool}, {"UserUid", "no-such-user"}});
        QCOMPARE(r.status, 404);
        QCOMPARE(code(r), QStringLiteral("NotFound"));
        r = emu.id(QStringLiteral("GetUser"), {{"UserPoolUid", "no-such-pool"}, {"UserUid", uid}});
        QCOMPARE(r.status, 404);
    }

    void listUsersBoolFilters()
    {
        InProcessEmulator emu;
        const QString pool = poolUid(emu);
        auto count = [&](const QJsonObject &filter) {
            const auto r = emu.id(QStringLiteral("ListUsers"),
                                  {{"UserPoolUid", pool}, {"PageNumber", 1}, {"PageSize", 100}, {"Filter", filter}});
            return r.status == 200 ? result(r)["TotalCount"].toInt() : -r.status;
        };
        const int all = emu.store().poolUserCount(pool);
        int withoutPhone = 0;
        emu.store().poolUsers(pool).forEach([&](const IdPoolUser &u) {
            withoutPhone += u.claim(QStringLiteral("PhoneNumber")).isEmpty();
            return true;
        });
        QVERIFY(withoutPhone > 0 && withoutPhone < all);
        QCOMPARE(count({{"PhoneNumberIsNullOrEmpty", true}}), withoutPhone);
        QCOMPARE(count({{"PhoneNumberIsNullOrEmpty", false}}), all - withoutPhone);
        QCOMPARE(count({{"NotInAnyGroup", true}}), all);
        QCOMPARE(count({{"EmailIsDuplicated", true}}), 0);
        QCOMPARE(count({{"ExternalProviderUserIdentifiersOr", QJsonArray{"ext-1"}}}), 0);
        const auto first = result(emu.id(QStringLiteral("ListUsers"), {{"UserPoolUid", pool}, {"PageSize", 1}}))["Data"]
                               .toArray().first().toObject();
        QCOMPARE(emu.id(QStringLiteral("CreateUser"), {{"UserPoolUid", pool}, {"PreferredUsername", "dup.mail"},
                                                       {"Email", first["Email"].toString().toUpper()}}).status, 200);
        QCOMPARE(count({{"EmailIsDuplicated", true}}), 2);
        const auto bad = emu.id(QStringLiteral("ListUsers"),
                                {{"UserPoolUid", pool}, {"Filter", QJsonObject{{"NotInAnyGroup", "yes"}}}});
        QCOMPARE(code(bad), QStringLiteral("InvalidParameter.Filter.NotInAnyGroup"));
    }

    void deleteUsersPartialFailure()
    {
        InProcessEmulator emu;
        const QString pool = poolUid(emu);
        auto r = emu.id(QStringLiteral("ListUsers"), {{"UserPoolUid", pool}, {"PageNumber", 1}, {"PageSize", 2}});
        const QString a = result(r)["Data"].toArray()[0].toObject()["Uid"].toString();
        const QString b = result(r)["Data"].toArray()[1].toObject()["Uid"].toString();
        const int before = emu.store().poolUserCount(pool);
        r = emu.id(QStringLiteral("DeleteUsers"), {{"UserPoolUid", pool}, {"UserUids", QJsonArray{a, "ghost", b}}});
        QCOMPARE(r.status, 200); // HTTP 200 with a per-item failure
        const QJsonObject res = result(r);
        QCOMPARE(res["SuccessCount"].toInt(), 2);
        QCOMPARE(res["FailureCount"].toInt(), 1);
        QCOMPARE(res["SuccessfulUids"].toArray(), (QJsonArray{a, b}));
        QCOMPARE(res["Errors"].toArray().size(), 1);
        const QJsonObject err = res["ErrorsStructured"].toArray().first().toObject();
        QCOMPARE(err["Index"].toInt(), 1);
        QCOMPARE(err["Field"].toString(), QStringLiteral("UserUids"));
        QVERIFY(err["Error"].toString().contains(QLatin1String("ghost")));
        QCOMPARE(emu.store().poolUserCount(pool), before - 2);
    }

    void clientsCrud()
    {
        InProcessEmulator emu;
        const QString pool = poolUid(emu);
        const int before = emu.store().poolClientCount(pool);
        auto r = emu.id(QStringLiteral("CreateUserPoolClient"), {{"UserPoolUid", pool}, {"Name", "console-test"}});
        QCOMPARE(r.status, 400);
        QCOMPARE(code(r), QStringLiteral("MissingParameter.ClientType"));
        r = emu.id(QStringLiteral("CreateUserPoolClient"),
                   {{"UserPoolUid", pool}, {"Name", "console-test"}, {"ClientType", "DESKTOP"}});
        QCOMPARE(code(r), QStringLiteral("InvalidParameter.ClientType"));
        r = emu.id(QStringLiteral("CreateUserPoolClient"), {{"UserPoolUid", pool}, {"ClientType", "WEB_APPLICATION"}});
        QCOMPARE(code(r), QStringLiteral("MissingParameter.Name"));
        r = emu.id(QStringLiteral("CreateUserPoolClient"),
                   {{"UserPoolUid", pool}, {"Name", "console-test"}, {"ClientType", "WEB_APPLICATION"},
                    {"AllowedCallbackUrls", "https://a.example/cb"}});
        QCOMPARE(code(r), QStringLiteral("InvalidParameter.AllowedCallbackUrls")); // must be an array
        r = emu.id(QStringLiteral("CreateUserPoolClient"),
                   {{"UserPoolUid", pool}, {"Name", "console-test"}, {"ClientType", "SINGLE_PAGE_APPLICATION"},
                    {"Description", "test app"}, {"AllowedCallbackUrls", QJsonArray{"https://a.example/cb"}},
                    {"SkipConsentEnabled", true}, {"DevelopmentModeEnabled", "true"}});
        QCOMPARE(code(r), QStringLiteral("InvalidParameter.DevelopmentModeEnabled")); // bools must be JSON bools
        r = emu.id(QStringLiteral("CreateUserPoolClient"),
                   {{"UserPoolUid", pool}, {"Name", "console-test"}, {"ClientType", "SINGLE_PAGE_APPLICATION"},
                    {"Description", "test app"}, {"AllowedCallbackUrls", QJsonArray{"https://a.example/cb"}},
                    {"SkipConsentEnabled", true}});
        QCOMPARE(r.status, 200);
        QJsonObject client = result(r);
        const QString clientUid = client["Uid"].toString();
        QVERIFY(!clientUid.isEmpty());
        QCOMPARE(client["ClientType"].toString(), QStringLiteral("SINGLE_PAGE_APPLICATION"));
        QVERIFY(client["ClientSecret"].toString().size() >= 32);
        QCOMPARE(client["AllowedCallbackUrls"].toArray(), QJsonArray{"https://a.example/cb"});
        QCOMPARE(client["SkipConsentEnabled"].toBool(), true);
        QVERIFY(client["IdToken"].toObject().contains(QStringLiteral("LifetimeSeconds")));
        for (const char *key : {"Rotation", "HasIdleLifetime", "IdleLifetimeSeconds", "HasCombinedLifetime",
                                "CombinedLifetimeSeconds"})
            QVERIFY2(client["RefreshToken"].toObject().contains(QLatin1String(key)), key);
        QVERIFY(client["LoginPageUrl"].toString().startsWith(QLatin1String("https://")));
        QCOMPARE(emu.store().poolClientCount(pool), before + 1);
        r = emu.id(QStringLiteral("GetUserPool"), {{"UserPoolUid", pool}});
        QCOMPARE(result(r)["TotalClients"].toInt(), before + 1);

        // List items carry no secret and no URLs.
        r = emu.id(QStringLiteral("ListUserPoolClients"), {{"UserPoolUid", pool}, {"PageNumber", 1}, {"PageSize", 100}});
        QCOMPARE(r.status, 200);
        QCOMPARE(result(r)["TotalCount"].toInt(), before + 1);
        for (const QJsonValue &v : result(r)["Data"].toArray()) {
            QVERIFY(!v.toObject().contains(QStringLiteral("ClientSecret")));
            QVERIFY(!v.toObject().contains(QStringLiteral("AllowedCallbackUrls")));
            QVERIFY(v.toObject().contains(QStringLiteral("ClientType")));
        }
        r = emu.id(QStringLiteral("ListUserPoolClients"), {{"UserPoolUid", pool}, {"PageNumber", 1}});
        QCOMPARE(code(r), QStringLiteral("MissingParameter.PageSize"));
        r = emu.id(QStringLiteral("ListUserPoolClients"),
                   {{"UserPoolUid", pool}, {"PageNumber", 1}, {"PageSize", 10},
                    {"Filter", QJsonObject{{"ClientTypes", QJsonArray{"SINGLE_PAGE_APPLICATION"}}, {"Name", "CONSOLE"}}}});
        QCOMPARE(result(r)["TotalCount"].toInt(), 1);
        r = emu.id(QStringLiteral("ListUserPoolClients"),
                   {{"UserPoolUid", pool}, {"PageNumber", 1}, {"PageSize", 10},
                    {"Filter", QJsonObject{{"ClientTypes", QJsonArray{"TV"}}}}});
        QCOMPARE(code(r), QStringLiteral("InvalidParameter.Filter.ClientTypes"));
        r = emu.id(QStringLiteral("ListUserPoolClients"),
                   {{"UserPoolUid", pool}, {"PageNumber", 1}, {"PageSize", 1}, {"SortField", "Name"},
                    {"SortDirection", "Asc"}});
        QCOMPARE(result(r)["Data"].toArray().size(), 1);

        // Get includes the secret; update is partial; IdToken input spells LifeTimeSeconds.
        r = emu.id(QStringLiteral("GetUserPoolClient"), {{"UserPoolUid", pool}, {"ClientUid", clientUid}});
        QCOMPARE(result(r)["ClientSecret"].toString(), client["ClientSecret"].toString());
        r = emu.id(QStringLiteral("UpdateUserPoolClient"),
                   {{"UserPoolUid", pool}, {"ClientUid", clientUid}, {"IdToken", QJsonObject{{"LifeTimeSeconds", 600}}},
                    {"RefreshToken", QJsonObject{{"Rotation", true}, {"IdleLifetimeSeconds", 7200}}},
                    {"AllowedLogoutUrls", QJsonArray{"https://a.example/"}}});
        QCOMPARE(r.status, 200);
        client = result(r);
        QCOMPARE(client["IdToken"].toObject()["LifetimeSeconds"].toInt(), 600);
        QCOMPARE(client["RefreshToken"].toObject()["Rotation"].toBool(), true);
        QCOMPARE(client["RefreshToken"].toObject()["IdleLifetimeSeconds"].toInt(), 7200);
        QCOMPARE(client["Description"].toString(), QStringLiteral("test app")); // unchanged
        QCOMPARE(client["AllowedCallbackUrls"].toArray(), QJsonArray{"https://a.example/cb"});
        QCOMPARE(client["AllowedLogoutUrls"].toArray(), QJsonArray{"https://a.example/"});
        r = emu.id(QStringLiteral("UpdateUserPoolClient"),
                   {{"UserPoolUid", pool}, {"ClientUid", clientUid}, {"IdToken", QJsonObject{{"LifeTimeSeconds", 0}}}});
        QCOMPARE(code(r), QStringLiteral("InvalidParameter.IdToken.LifeTimeSeconds"));
        r = emu.id(QStringLiteral("UpdateUserPoolClient"), {{"UserPoolUid", pool}, {"ClientUid", "nope"}});
        QCOMPARE(r.status, 404);
        QCOMPARE(code(r), QStringLiteral("NotFound"));

        r = emu.id(QStringLiteral("DeleteUserPoolClient"), {{"UserPoolUid", pool}, {"ClientUid", clientUid}});
        QCOMPARE(r.status, 200);
        QVERIFY(!result(r)["Message"].toString().isEmpty());
        r = emu.id(QStringLiteral("GetUserPoolClient"), {{"UserPoolUid", pool}, {"ClientUid", clientUid}});
        QCOMPARE(r.status, 404);
        QCOMPARE(emu.store().poolClientCount(pool), before);
        r = emu.id(QStringLiteral("GetUserPool"), {{"UserPoolUid", pool}});
        QCOMPARE(result(r)["TotalClients"].toInt(), before);
    }

    void identityProvidersCrud()
    {
        InProcessEmulator emu;
        const QString pool = poolUid(emu);
        const int before = emu.store().identityProviderCount(pool);
        const QJsonObject full{{"UserPoolUid", pool},  {"Name", "okta"},          {"Issuer", "https://example.okta.com"},
                               {"ClientId", "0oa1"},   {"ClientSecret", "s3cr3t-value"}, {"Enabled", true},
                               {"IsIdTokenMapping", false}, {"UsePkce", true}};
        for (const char *required : {"Name", "Issuer", "ClientId", "ClientSecret", "Enabled", "IsIdTokenMapping", "UsePkce"}) {
            QJsonObject body = full;
            body.remove(QLatin1String(required));
            const auto r = emu.id(QStringLiteral("CreateIdentityProviderOIDC"), body);
            QCOMPARE(r.status, 400);
            QCOMPARE(code(r), QStringLiteral("MissingParameter.") + QLatin1String(required));
        }
        QJsonObject bad = full;
        bad["Issuer"] = "not a url";
        auto r = emu.id(QStringLiteral("CreateIdentityProviderOIDC"), bad);
        QCOMPARE(code(r), QStringLiteral("InvalidParameter.Issuer"));
        bad = full;
        bad["ClientSecret"] = 5;
        r = emu.id(QStringLiteral("CreateIdentityProviderOIDC"), bad);
        QCOMPARE(code(r), QStringLiteral("InvalidParameter.ClientSecret"));
        QVERIFY(!message(r).contains(QLatin1String("s3cr3t")));

        r = emu.id(QStringLiteral("CreateIdentityProviderOIDC"), full);
        QCOMPARE(r.status, 200);
        const QJsonObject created = result(r);
        const QString uid = created["Uid"].toString();
        QVERIFY(!uid.isEmpty());
        QCOMPARE(created["UsePkce"].toBool(), true);
        QCOMPARE(created["Issuer"].toString(), QStringLiteral("https://example.okta.com"));
        r = emu.id(QStringLiteral("CreateIdentityProviderOIDC"), full);
        QCOMPARE(r.status, 409);
        QCOMPARE(code(r), QStringLiteral("Duplicated"));

        // The list takes UserPoolUID (capital ID); UserPoolUid is not the list's parameter.
        r = emu.id(QStringLiteral("ListIdentityProviders"), {{"UserPoolUid", pool}, {"PageNumber", 1}, {"PageSize", 10}});
        QCOMPARE(code(r), QStringLiteral("MissingParameter.UserPoolUID"));
        r = emu.id(QStringLiteral("ListIdentityProviders"), {{"UserPoolUID", pool}, {"PageNumber", 1}, {"PageSize", 10}});
        QCOMPARE(r.status, 200);
        QCOMPARE(result(r)["TotalCount"].toInt(), before + 1);
        const QJsonArray items = result(r)["Data"].toArray();
        for (const QJsonValue &v : items) {
            QVERIFY(!v.toObject().contains(QStringLiteral("ClientSecret")));
            for (const char *key : {"Uid", "Name", "Provider", "ConnectionType", "Enabled", "CreateTime", "UpdateTime"})
                QVERIFY2(v.toObject().contains(QLatin1String(key)), key);
        }
        r = emu.id(QStringLiteral("ListIdentityProviders"),
                   {{"UserPoolUID", pool}, {"PageNumber", 1}, {"PageSize", 10}, {"Filter", QJsonObject{{"Name", "OKT"}}}});
        QCOMPARE(result(r)["TotalCount"].toInt(), 1);
        r = emu.id(QStringLiteral("GetUserPool"), {{"UserPoolUid", pool}});
        QCOMPARE(result(r)["TotalConnections"].toInt(), before + 1);

        r = emu.id(QStringLiteral("GetIdentityProviderOIDC"), {{"UserPoolUid", pool}, {"ConnectionUid", uid}});
        QCOMPARE(r.status, 200);
        QCOMPARE(result(r)["ClientSecret"].toString(), QStringLiteral("s3cr3t-value"));
        r = emu.id(QStringLiteral("UpdateIdentityProviderOIDC"),
                   {{"UserPoolUid", pool}, {"ConnectionUid", uid}, {"Enabled", false}});
        QCOMPARE(r.status, 200);
        QCOMPARE(result(r)["Enabled"].toBool(), false);
        QCOMPARE(result(r)["ClientId"].toString(), QStringLiteral("0oa1")); // unchanged
        r = emu.id(QStringLiteral("UpdateIdentityProviderOIDC"),
                   {{"UserPoolUid", pool}, {"ConnectionUid", uid}, {"Enabled", "no"}});
        QCOMPARE(code(r), QStringLiteral("InvalidParameter.Enabled"));
        r = emu.id(QStringLiteral("DeleteIdentityProvider"), {{"UserPoolUid", pool}, {"ConnectionUid", uid}});
        QCOMPARE(r.status, 200);
        r = emu.id(QStringLiteral("GetIdentityProviderOIDC"), {{"UserPoolUid", pool}, {"ConnectionUid", uid}});
        QCOMPARE(r.status, 404);
        r = emu.id(QStringLiteral("DeleteIdentityProvider"), {{"UserPoolUid", pool}, {"ConnectionUid", uid}});
        QCOMPARE(r.status, 404);
        QCOMPARE(emu.store().identityProviderCount(pool), before);
    }

    void createUserPoolSignInAttributes()
    {
        InProcessEmulator emu;
        auto r = emu.id(QStringLiteral("CreateUserPool"),
                        {{"Name", "attrs-pool"},
                         {"SignInAttributes", QJsonArray{"phone_number"}},
                         {"RequiredSignUpAttributes", QJsonArray{"phone_number", "email"}},
                         {"Tags", QJsonArray{QJsonObject{{"Key", "team"}, {"Value", "idm"}}}}});
        QCOMPARE(r.status, 200);
        const QString uid = result(r)["Uid"].toString();
        QCOMPARE(result(r)["SignInAttributes"].toArray(), QJsonArray{"phone_number"});
        QCOMPARE(result(r)["RequiredSignUpAttributes"].toArray(), (QJsonArray{"phone_number", "email"}));
        QCOMPARE(result(r)["Tags"].toArray().first().toObject()["Key"].toString(), QStringLiteral("team"));
        QCOMPARE(result(r)["TotalClients"].toInt(), 0);
        r = emu.id(QStringLiteral("CreateUserPool"), {{"Name", "attrs-pool-2"}, {"SignInAttributes", QJsonArray{"nickname"}}});
        QCOMPARE(code(r), QStringLiteral("InvalidParameter.SignInAttributes"));
        // Creation only: UpdateUserPool leaves them alone.
        r = emu.id(QStringLiteral("UpdateUserPool"), {{"UserPoolUid", uid}, {"SignInAttributes", QJsonArray{"email"}}});
        QCOMPARE(result(r)["SignInAttributes"].toArray(), QJsonArray{"phone_number"});
    }

    void demoDatasetConsistency()
    {
        InProcessEmulator emu;
        const auto &pools = emu.store().pools().items();
        QCOMPARE(int(pools.size()), DatasetBuilder::DemoPools);
        int poolsWithProviders = 0;
        for (int i = 0; i < int(pools.size()); ++i) {
            const IdUserPool &pool = pools[size_t(i)];
            QCOMPARE(emu.store().poolClientCount(pool.id), DatasetBuilder::DemoClients[i]);
            QCOMPARE(emu.store().identityProviderCount(pool.id), DatasetBuilder::DemoIdentityProviders[i]);
            const auto r = emu.id(QStringLiteral("GetUserPool"), {{"UserPoolUid", pool.id}});
            QCOMPARE(result(r)["TotalClients"].toInt(), DatasetBuilder::DemoClients[i]);
            QCOMPARE(result(r)["TotalConnections"].toInt(), DatasetBuilder::DemoIdentityProviders[i]);
            QCOMPARE(result(r)["TotalUsers"].toInt(), emu.store().poolUserCount(pool.id));
            const auto list = emu.id(QStringLiteral("ListUserPoolClients"),
                                     {{"UserPoolUid", pool.id}, {"PageNumber", 1}, {"PageSize", 100}});
            QCOMPARE(result(list)["TotalCount"].toInt(), DatasetBuilder::DemoClients[i]);
            poolsWithProviders += DatasetBuilder::DemoIdentityProviders[i] > 0;
        }
        QVERIFY(poolsWithProviders >= 2);
        // Provisioning events reference existing provisionings (both clouds).
        for (const CiProvisioningEvent &e : emu.store().ciEvents().items())
            QVERIFY(emu.store().ciProvisionings().contains(e.provisioningId));
        QCOMPARE(emu.store().ciProvisionings().size(), DatasetBuilder::DemoCiProvisionings);
        const SsoDirectoryStore &dir = emu.store().ssoDirectories().front();
        for (const SsoProvisioningEvent &e : dir.events().items())
            QVERIFY(dir.provisionings().contains(e.provisioningId));
        // Same seed, same data.
        InProcessEmulator again;
        QCOMPARE(again.store().stateJson(), emu.store().stateJson());
    }

    void groupDeleteNamesBlockingProvisionings()
    {
        InProcessEmulator emu;
        // Cloud Identity
        auto r = emu.ci(QStringLiteral("CreateGroup"), {{"GroupName", "blocked-group"}, {"JoinType", "Manual"}});
        const QString groupId = result(r)["GroupId"].toString();
        r = emu.ci(QStringLiteral("CreateUserProvisioning"),
                   {{"PrincipalType", "Group"}, {"PrincipalId", groupId}, {"TargetId", "2100247160"},
                    {"IdentitySourceStrategy", "Create"}, {"DuplicationStrategy", "Takeover"}, {"DeletionStrategy", "Keep"}});
        const QString provisioningId = result(r)["UserProvisioningId"].toString();
        QVERIFY(!provisioningId.isEmpty());
        r = emu.ci(QStringLiteral("DeleteGroup"), {{"GroupId", groupId}});
        QCOMPARE(r.status, 409);
        QCOMPARE(code(r), QStringLiteral("UserGroupDeletionConflict"));
        QVERIFY2(message(r).contains(provisioningId), qPrintable(message(r)));
        QCOMPARE(emu.ci(QStringLiteral("DeleteUserProvisioning"), {{"UserProvisioningId", provisioningId}}).status, 200);
        QCOMPARE(emu.ci(QStringLiteral("DeleteGroup"), {{"GroupId", groupId}}).status, 200);

        // CloudSSO
        r = emu.sso(QStringLiteral("CreateGroup"), {{QStringLiteral("GroupName"), QStringLiteral("blocked.group")}});
        const QString ssoGroup = r.json["Group"].toObject()["GroupId"].toString();
        r = emu.sso(QStringLiteral("CreateUserProvisioning"),
                    {{QStringLiteral("PrincipalType"), QStringLiteral("Group")}, {QStringLiteral("PrincipalId"), ssoGroup},
                     {QStringLiteral("TargetType"), QStringLiteral("RD-Account")},
                     {QStringLiteral("TargetId"), QStringLiteral("1234567890")},
                     {QStringLiteral("DeletionStrategy"), QStringLiteral("Keep")},
                     {QStringLiteral("DuplicationStrategy"), QStringLiteral("TakeOver")}});
        QCOMPARE(r.status, 200);
        const QString ssoProvisioning = r.json["UserProvisioning"].toObject()["UserProvisioningId"].toString();
        r = emu.sso(QStringLiteral("DeleteUserProvisioning"),
                    {{QStringLiteral("UserProvisioningId"), ssoProvisioning},
                     {QStringLiteral("DeletionStrategy"), QStringLiteral("Purge")}});
        QCOMPARE(ssoCode(r), QStringLiteral("InvalidParameter.DeletionStrategy"));
        r = emu.sso(QStringLiteral("DeleteUserProvisioning"),
                    {{QStringLiteral("UserProvisioningId"), ssoProvisioning},
                     {QStringLiteral("DeletionStrategy"), QStringLiteral("Delete")}});
        QCOMPARE(r.status, 200);
        // A group provisioning does not block DeleteGroup (the reference names members and access assignments
        // only): it goes with the group.
        r = emu.sso(QStringLiteral("CreateUserProvisioning"),
                    {{QStringLiteral("PrincipalType"), QStringLiteral("Group")}, {QStringLiteral("PrincipalId"), ssoGroup},
                     {QStringLiteral("TargetType"), QStringLiteral("RD-Account")},
                     {QStringLiteral("TargetId"), QStringLiteral("1234567890")},
                     {QStringLiteral("DeletionStrategy"), QStringLiteral("Keep")},
                     {QStringLiteral("DuplicationStrategy"), QStringLiteral("TakeOver")}});
        QCOMPARE(r.status, 200);
        const QString second = r.json["UserProvisioning"].toObject()["UserProvisioningId"].toString();
        QCOMPARE(emu.sso(QStringLiteral("DeleteGroup"), {{QStringLiteral("GroupId"), ssoGroup}}).status, 200);
        r = emu.sso(QStringLiteral("GetUserProvisioning"), {{QStringLiteral("UserProvisioningId"), second}});
        QCOMPARE(ssoCode(r), QStringLiteral("EntityNotExists.UserProvisioning"));
    }

    void millionUserPool()
    {
        QElapsedTimer build;
        build.start();
        InProcessEmulator emu(QStringLiteral("large"), 7, 1000, 0, 1000000);
        const qint64 buildMs = build.elapsed();
        const IdUserPool *pool = nullptr;
        for (const IdUserPool &p : emu.store().pools().items()) {
            if (p.name == QLatin1String(DatasetBuilder::LargePoolName))
                pool = &p;
        }
        QVERIFY(pool);
        const QString uid = pool->id;
        QCOMPARE(emu.store().poolUserCount(uid), 1000000);
        qInfo("large dataset with a 1,000,000-user pool built in %lld ms", buildMs);
        QVERIFY2(buildMs < 20000, "the generated pool must not be built up front");

        auto timedPage = [&](int pageNumber, qint64 *ms) {
            QElapsedTimer t;
            t.start();
            const auto r = emu.id(QStringLiteral("ListUsers"),
                                  {{"UserPoolUid", uid}, {"PageNumber", pageNumber}, {"PageSize", 100}});
            *ms = t.nsecsElapsed() / 1000;
            return r;
        };
        qint64 firstUs = 0, deepUs = 0;
        auto r = timedPage(1, &firstUs);
        QCOMPARE(r.status, 200);
        QCOMPARE(result(r)["TotalCount"].toInt(), 1000000);
        QCOMPARE(result(r)["Data"].toArray().size(), 100);
        // Warm both, then take the best of three (the machine is shared).
        deepUs = std::numeric_limits<qint64>::max();
        for (int i = 0; i < 3; ++i) {
            qint64 us = 0;
            r = timedPage(5001, &us);
            deepUs = qMin(deepUs, us);
            timedPage(1, &us);
            firstUs = qMin(firstUs, us);
        }
        QCOMPARE(result(r)["Data"].toArray().size(), 100);
        const QJsonObject first = result(r)["Data"].toArray().first().toObject();
        QVERIFY(first["PreferredUsername"].toString().endsWith(QLatin1String("500001")));
        qInfo("ListUsers PageSize 100: page 1 in %lld us, page 5001 in %lld us", firstUs, deepUs);
        // O(page size): the deep page costs about what page 1 costs, far below a scan of 1,000,000 users.
        QVERIFY2(deepUs < 50000, "page 5001 must not scan the pool");
        QVERIFY2(deepUs < firstUs * 5 + 5000, "page 5001 must cost about what page 1 costs");

        // Deterministic: same user on a second read; GetUser works on generated users.
        const QString someUid = first["Uid"].toString();
        r = emu.id(QStringLiteral("GetUser"), {{"UserPoolUid", uid}, {"UserUid", someUid}});
        QCOMPARE(r.status, 200);
        QCOMPARE(result(r), first);

        // Modify one: only it gets materialised; the page shows the change, the neighbours stay generated.
        r = emu.id(QStringLiteral("UpdateUser"), {{"UserPoolUid", uid}, {"UserUid", someUid}, {"Nickname", "changed"}});
        QCOMPARE(r.status, 200);
        r = timedPage(5001, &deepUs);
        QCOMPARE(result(r)["Data"].toArray().first().toObject()["Nickname"].toString(), QStringLiteral("changed"));
        // Duplicate usernames are detected against generated users too.
        const QString taken = result(r)["Data"].toArray()[1].toObject()["PreferredUsername"].toString();
        r = emu.id(QStringLiteral("CreateUser"), {{"UserPoolUid", uid}, {"PreferredUsername", taken.toUpper()}});
        QCOMPARE(r.status, 409);
        // Delete two; positions shift by two, the total drops.
        const QString second = result(timedPage(5001, &deepUs))["Data"].toArray()[1].toObject()["Uid"].toString();
        r = emu.id(QStringLiteral("DeleteUsers"), {{"UserPoolUid", uid}, {"UserUids", QJsonArray{someUid, second}}});
        QCOMPARE(result(r)["SuccessCount"].toInt(), 2);
        r = timedPage(5001, &deepUs);
        QCOMPARE(result(r)["TotalCount"].toInt(), 999998);
        QVERIFY(result(r)["Data"].toArray().first().toObject()["PreferredUsername"].toString().endsWith(QLatin1String("500003")));
        QCOMPARE(emu.id(QStringLiteral("GetUser"), {{"UserPoolUid", uid}, {"UserUid", someUid}}).status, 404);
        // A new user goes to the end.
        r = emu.id(QStringLiteral("CreateUser"), {{"UserPoolUid", uid}, {"PreferredUsername", "brand.new"}});
        QCOMPARE(r.status, 200);
        r = emu.id(QStringLiteral("ListUsers"), {{"UserPoolUid", uid}, {"PageNumber", 10000}, {"PageSize", 100}});
        QCOMPARE(result(r)["Data"].toArray().last().toObject()["PreferredUsername"].toString(), QStringLiteral("brand.new"));

        // Token paging is O(page size) as well and neither repeats nor skips across the deleted users.
        r = emu.id(QStringLiteral("ListUsers"), {{"UserPoolUid", uid}, {"MaxResults", 100}});
        QString token = result(r)["NextToken"].toString();
        QVERIFY(!token.isEmpty());
        QString lastName = result(r)["Data"].toArray().last().toObject()["PreferredUsername"].toString();
        QVERIFY(lastName.endsWith(QLatin1String("100")));
        r = emu.id(QStringLiteral("ListUsers"), {{"UserPoolUid", uid}, {"MaxResults", 100}, {"NextToken", token}});
        QVERIFY(result(r)["Data"].toArray().first().toObject()["PreferredUsername"].toString().endsWith(QLatin1String("101")));

        // Server-side search still works over generated users (a scan).
        r = emu.id(QStringLiteral("ListUsers"),
                   {{"UserPoolUid", uid}, {"PageNumber", 1}, {"PageSize", 10},
                    {"Filter", QJsonObject{{"UserUidsOr", QJsonArray{second, result(timedPage(1, &deepUs))["Data"].toArray()[3].toObject()["Uid"].toString()}}}}});
        QCOMPARE(result(r)["TotalCount"].toInt(), 1); // `second` is gone

        // The state file keeps the generator's spec and only the modified users.
        const QByteArray state = emu.store().stateJson();
        QVERIFY2(state.size() < 2000000, "the state file must not hold a million users");
        DataStore reloaded;
        QString error;
        QVERIFY(reloaded.loadState(QJsonDocument::fromJson(state).object(), &error));
        QCOMPARE(reloaded.poolUserCount(uid), 999999);
        // The id section survives the round trip unchanged (other sections are covered by tst_state).
        QCOMPARE(QJsonDocument::fromJson(reloaded.stateJson()).object().value(QStringLiteral("id")),
                 QJsonDocument::fromJson(state).object().value(QStringLiteral("id")));
        // And the reloaded pool still pages from the generator.
        QCOMPARE(reloaded.poolUsers(uid).at(500000).claim(QStringLiteral("PreferredUsername")),
                 emu.store().poolUsers(uid).at(500000).claim(QStringLiteral("PreferredUsername")));
    }
};

QTEST_GUILESS_MAIN(TstPoolObjects)
#include "tst_poolobjects.moc"
