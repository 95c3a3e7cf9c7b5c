// SPDX-License-Identifier: GPL-3.0-or-later
// JSON of the `id` pool objects and of user provisionings -> records; request bodies of PoolDirectoryService
// and ProvisioningService; SecretRedaction. Lenient mapping: wrong types read as missing, nothing crashes.
#include "api/SecretRedaction.h"
#include "cloud/PoolDirectoryService.h"
#include "cloud/PoolRecordMapping.h"
#include "cloud/ProvisioningService.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QtTest>

namespace {
QJsonObject parse(const char *json)
{
    return QJsonDocument::fromJson(QByteArray(json)).object();
}
} // namespace

class TestPoolRecordMapping : public QObject
{
    Q_OBJECT
private slots:
    void poolUser();
    void poolUserMissingAndWrongTypes();
    void deleteUsersResult();
    void poolClient();
    void identityProviderAndProvisionings();
    void requestBodies();
    void validation();
    void redaction();
};

void TestPoolRecordMapping::poolUser()
{
    const PoolUser u = PoolRecordMapping::poolUser(parse(R"({
        "Uid":"u1","Sub":"u1","PreferredUsername":"li.wei","Email":"li.wei@example.com","Name":"李伟",
        "EmailVerified":true,"PhoneNumberVerified":"false","UserMetadata":"{\"a\":1}","UserState":"Active",
        "Connection":"Username-Password","CustomAttributes":[{"Name":"dept","Value":"R&D"},7],
        "ExternalIdentities":[{"Provider":"oidc","ConnectionUid":"c1","ExternalProviderUserIdentifier":"x"}],
        "GroupUids":["g1",2,"g2"],"NumLogins":12,"LatestLogin":"2025-06-01T08:00:00Z",
        "CreateTime":"2025-01-02T03:04:05Z","UpdateTime":"2025-01-03T03:04:05Z","Unknown":{"x":1}})"));
    QCOMPARE(u.uid, QStringLiteral("u1"));
    QCOMPARE(u.preferredUsername(), QStringLiteral("li.wei"));
    QCOMPARE(u.name(), QStringLiteral("李伟"));
    QCOMPARE(u.emailVerified, std::optional<bool>(true));
    QCOMPARE(u.phoneNumberVerified, std::optional<bool>(false));
    QCOMPARE(u.userMetadata, QStringLiteral("{\"a\":1}"));
    QCOMPARE(u.customAttributes.size(), 1);
    QCOMPARE(u.customAttribute(QStringLiteral("dept")), QStringLiteral("R&D"));
    QCOMPARE(u.externalIdentities.size(), 1);
    QCOMPARE(u.externalIdentities.first().connectionUid, QStringLiteral("c1"));
    QCOMPARE(u.groupUids, (QStringList{"g1", "g2"}));
    QCOMPARE(u.numLogins, 12);
    QCOMPARE(u.lastLogin(), QDateTime(QDate(2025, 6, 1), QTime(8, 0), Qt::UTC));
    QVERIFY(u.created().isValid());
}

void TestPoolRecordMapping::poolUserMissingAndWrongTypes()
{
    const PoolUser empty = PoolRecordMapping::poolUser(QJsonObject());
    QVERIFY(!empty.isValid());
    QVERIFY(!empty.emailVerified.has_value());
    QCOMPARE(empty.numLogins, 0);
    const PoolUser odd = PoolRecordMapping::poolUser(parse(
        R"({"Uid":5,"Email":{"x":1},"EmailVerified":"maybe","NumLogins":"many","GroupUids":"g1","CustomAttributes":{}})"));
    QVERIFY(odd.uid.isEmpty());
    QVERIFY(odd.email().isEmpty());
    QVERIFY(!odd.emailVerified.has_value());
    QCOMPARE(odd.numLogins, 0);
    QVERIFY(odd.groupUids.isEmpty());
    // Fuzz: random JSON never crashes the mappers.
    for (int i = 0; i < 300; ++i) {
        QJsonObject o;
        const QStringList keys{"Uid", "Email", "Data", "IdToken", "RefreshToken", "ErrorsStructured", "SuccessfulUids",
                               "UserProvisioning", "Enabled", "NumLogins", "CustomAttributes", "TotalCount"};
        for (const QString &k : keys) {
            switch (QRandomGenerator::global()->bounded(6)) {
            case 0: o.insert(k, QRandomGenerator::global()->bounded(1000)); break;
            case 1: o.insert(k, QStringLiteral("x")); break;
            case 2: o.insert(k, QJsonArray{1, "a", QJsonObject{{"Index", "z"}}}); break;
            case 3: o.insert(k, QJsonObject{{"LifetimeSeconds", "1e99"}}); break;
            case 4: o.insert(k, QJsonValue::Null); break;
            default: break;
            }
        }
        PoolRecordMapping::poolUser(o);
        PoolRecordMapping::poolUserPage(o);
        PoolRecordMapping::poolClient(o, true);
        PoolRecordMapping::identityProvider(o, true);
        PoolRecordMapping::deleteUsersResult(o, {"a", "b"});
        PoolRecordMapping::cloudIdentityProvisioning(o);
        PoolRecordMapping::cloudSsoProvisioning(o);
    }
}

void TestPoolRecordMapping::deleteUsersResult()
{
    // As documented: HTTP 200 with a structured per-item failure.
    DeleteUsersResult r = PoolRecordMapping::deleteUsersResult(parse(R"({
        "SuccessCount":1,"FailureCount":1,"SuccessfulUids":["a"],"Errors":["user b not found"],
        "ErrorsStructured":[{"Index":1,"Field":"UserUids","Error":"user b not found"}]})"), {"a", "b"});
    QVERIFY(!r.allDeleted());
    QCOMPARE(r.deletedUids, QStringList{"a"});
    QCOMPARE(r.failures.size(), 1);
    QCOMPARE(r.failures.first().index, 1);
    QCOMPARE(r.failures.first().uid, QStringLiteral("b"));
    QCOMPARE(r.failures.first().field, QStringLiteral("UserUids"));
    // Only plain Errors: the failure is kept (with its text), not dropped.
    r = PoolRecordMapping::deleteUsersResult(parse(R"({"FailureCount":1,"SuccessfulUids":["a"],"Errors":["user b not found"]})"),
                                             {"a", "b"});
    QVERIFY(!r.allDeleted());
    QCOMPARE(r.failures.size(), 1);
    QVERIFY(r.failures.first().error.contains(QLatin1String("b")));
    // An id the server calls deleted that was never requested is ignored; an empty answer deletes nothing.
    r = PoolRecordMapping::deleteUsersResult(parse(R"({"SuccessfulUids":["zzz"]})"), {"a"});
    QVERIFY(r.deletedUids.isEmpty());
    QCOMPARE(r.failures.size(), 1);
    r = PoolRecordMapping::deleteUsersResult(QJsonObject(), {"a", "b"});
    QCOMPARE(r.failures.size(), 2);
    QVERIFY(!r.allDeleted());
    // Out-of-range index.
    r = PoolRecordMapping::deleteUsersResult(parse(R"({"SuccessfulUids":["a"],"ErrorsStructured":[{"Index":9,"Error":"?"}]})"),
                                             {"a", "b"});
    QVERIFY(!r.allDeleted());
    QCOMPARE(r.failures.first().index, -1);
    // All deleted.
    r = PoolRecordMapping::deleteUsersResult(parse(R"({"SuccessCount":2,"SuccessfulUids":["a","b"]})"), {"a", "b"});
    QVERIFY(r.allDeleted());
}

void TestPoolRecordMapping::poolClient()
{
    const PoolClient c = PoolRecordMapping::poolClient(parse(R"({
        "Uid":"c1","Name":"shop","ClientType":"WEB_APPLICATION","ClientSecret":"s3cr3t",
        "AllowedCallbackUrls":["https://a/cb"],"IdToken":{"LifetimeSeconds":3600},
        "RefreshToken":{"Rotation":true,"IdleLifetimeSeconds":"7200","HasCombinedLifetime":false},
        "SkipConsentEnabled":false,"LoginPageUrl":"https://x/login"})"), true);
    QCOMPARE(c.clientSecret, QStringLiteral("s3cr3t"));
    QCOMPARE(c.idTokenLifetimeSeconds, std::optional<int>(3600));
    QCOMPARE(c.refreshToken.rotation, std::optional<bool>(true));
    QCOMPARE(c.refreshToken.idleLifetimeSeconds, std::optional<int>(7200));
    QCOMPARE(c.refreshToken.hasCombinedLifetime, std::optional<bool>(false));
    QVERIFY(!c.refreshToken.hasIdleLifetime.has_value());
    QCOMPARE(c.skipConsentEnabled, std::optional<bool>(false));
    QVERIFY(!c.deviceFlowEnabled.has_value()); // not in the documented object
    // Input spelling in an answer is tolerated.
    const PoolClient c2 = PoolRecordMapping::poolClient(parse(R"({"IdToken":{"LifeTimeSeconds":60}})"), true);
    QCOMPARE(c2.idTokenLifetimeSeconds, std::optional<int>(60));
}

void TestPoolRecordMapping::identityProviderAndProvisionings()
{
    const IdentityProvider listed = PoolRecordMapping::identityProvider(
        parse(R"({"Uid":"p1","Name":"okta","Provider":"oidc","ConnectionType":"OIDC","Enabled":true})"), false);
    QVERIFY(listed.isOidc());
    QCOMPARE(listed.enabled, std::optional<bool>(true));
    const IdentityProvider full = PoolRecordMapping::identityProvider(
        parse(R"({"Uid":"p1","Issuer":"https://i","ClientId":"c","ClientSecret":"s","UsePkce":true,"ScopesList":["openid"]})"), true);
    QCOMPARE(full.connectionType, QStringLiteral("OIDC"));
    QCOMPARE(full.scopes, QStringList{"openid"});
    const UserProvisioningRecord ci = PoolRecordMapping::cloudIdentityProvisioning(parse(R"({
        "UserProvisioningId":"13877504","PrincipalType":"User","PrincipalId":"1","TargetId":"2100247160",
        "DuplicationStrategy":"KeepBoth","DuplicationSuffix":"-sso","ProvisionStatus":"Provisioned","Remark":""})"));
    QCOMPARE(ci.service, QStringLiteral("cloudidentity"));
    QCOMPARE(ci.status, QStringLiteral("Provisioned"));
    QCOMPARE(ci.duplicationSuffix, QStringLiteral("-sso"));
    const UserProvisioningRecord sso = PoolRecordMapping::cloudSsoProvisioning(parse(R"({
        "UserProvisioningId":"up-1","DirectoryId":"d-1","TargetType":"RD-Account","Status":"Enabled",
        "DuplicationStrategy":"TakeOver","CreateTime":"2025-01-01T00:00:00Z"})"));
    QCOMPARE(sso.service, QStringLiteral("cloudsso"));
    QCOMPARE(sso.directoryId, QStringLiteral("d-1"));
    QCOMPARE(sso.status, QStringLiteral("Enabled"));
    QCOMPARE(sso.createTime, QStringLiteral("2025-01-01T00:00:00Z"));
}

void TestPoolRecordMapping::requestBodies()
{
    PoolUserQuery q;
    q.pageNumber = 3;
    q.pageSize = 50;
    q.search = QStringLiteral("  li  ");
    q.filters.insert(QStringLiteral("Email"), QStringLiteral("a@b.c"));
    q.sortField = QStringLiteral("CreateTime");
    q.descending = true;
    const QJsonObject list = PoolDirectoryService::listUsersParams(QStringLiteral("pool"), q);
    QCOMPARE(list.value(QLatin1String("PageNumber")).toInt(), 3);
    QCOMPARE(list.value(QLatin1String("SortDirection")).toString(), QStringLiteral("Desc"));
    const QJsonObject filter = list.value(QLatin1String("Filter")).toObject();
    QCOMPARE(filter.value(QLatin1String("Email")).toString(), QStringLiteral("a@b.c"));
    QCOMPARE(filter.value(QLatin1String("UniversalSearch")).toArray().first().toObject().value(QLatin1String("Search")).toString(),
             QStringLiteral("li"));
    // Partial update: only what changed.
    PoolClient before;
    before.name = QStringLiteral("a");
    before.allowedCors = {QStringLiteral("https://x")};
    PoolClient after = before;
    after.skipConsentEnabled = true;
    const QJsonObject body = PoolDirectoryService::updateClientParams(QStringLiteral("p"), QStringLiteral("c"),
                                                                      PoolClientChanges::between(before, after));
    QCOMPARE(body.keys(), (QStringList{"ClientUid", "SkipConsentEnabled", "UserPoolUid"}));
    // Provisioning bodies per cloud.
    UserProvisioningDraft d;
    d.principalType = QStringLiteral("User");
    d.principalId = QStringLiteral("1");
    d.targetId = QStringLiteral("2100247160");
    d.identitySourceStrategy = QStringLiteral("Create");
    d.duplicationStrategy = QStringLiteral("Takeover");
    d.deletionStrategy = QStringLiteral("Keep");
    QVERIFY(ProvisioningService::validateCloudIdentityDraft(d).isEmpty());
    const QJsonObject ci = ProvisioningService::cloudIdentityCreateParams(d);
    QVERIFY(!ci.contains(QLatin1String("TargetType")));
    QVERIFY(!ci.contains(QLatin1String("DuplicationSuffix")));
    const QJsonObject sso = ProvisioningService::cloudSsoCreateParams(QStringLiteral("d-1"), d);
    QCOMPARE(sso.value(QLatin1String("TargetType")).toString(), QStringLiteral("RD-Account"));
    QVERIFY(!sso.contains(QLatin1String("IdentitySourceStrategy")));
    SsoProvisioningChanges c;
    c.duplicationStrategy = QStringLiteral("KeepBoth");
    QCOMPARE(ProvisioningService::cloudSsoUpdateParams(QStringLiteral("d"), QStringLiteral("up"), c).keys(),
             (QStringList{"DirectoryId", "NewDuplicationStrategy", "UserProvisioningId"}));
}

void TestPoolRecordMapping::validation()
{
    PoolUserDraft u;
    QCOMPARE(PoolDirectoryService::validateUserDraft(u).size(), 1); // needs something to sign in with
    u.claims.insert(QStringLiteral("Email"), QStringLiteral("not-an-email"));
    QCOMPARE(PoolDirectoryService::validateUserDraft(u).first().field, QStringLiteral("Email"));
    u.claims.insert(QStringLiteral("Email"), QStringLiteral("a@example.com"));
    u.userMetadata = QStringLiteral("{broken");
    QCOMPARE(PoolDirectoryService::validateUserDraft(u).first().field, QStringLiteral("UserMetadata"));
    u.userMetadata.clear();
    u.claims.insert(QStringLiteral("Shoe"), QStringLiteral("42"));
    QCOMPARE(PoolDirectoryService::validateUserDraft(u).first().field, QStringLiteral("Shoe"));
    PoolClientDraft c;
    c.name = QStringLiteral("app");
    c.clientType = QStringLiteral("MACHINE_TO_MACHINE");
    c.allowedCallbackUrls = {QStringLiteral("myapp://cb")}; // custom schemes are fine
    QVERIFY(PoolDirectoryService::validateClientDraft(c).isEmpty());
    c.allowedCallbackUrls = {QStringLiteral("not a url")};
    QCOMPARE(PoolDirectoryService::validateClientDraft(c).first().field, QStringLiteral("AllowedCallbackUrls"));
    PoolClientChanges ch;
    ch.idTokenLifetimeSeconds = 0;
    QCOMPARE(PoolDirectoryService::validateClientChanges(ch).first().field, QStringLiteral("IdToken"));
    OidcProviderDraft p;
    p.name = QStringLiteral("x");
    p.issuer = QStringLiteral("https://issuer.example.com");
    p.clientId = QStringLiteral("id");
    QCOMPARE(PoolDirectoryService::validateProviderDraft(p).first().field, QStringLiteral("ClientSecret"));
}

void TestPoolRecordMapping::redaction()
{
    const QJsonObject body = parse(R"({"UserPoolUid":"p","ClientSecret":"s3cr3t","Nested":{"password":"pw"},
                                       "List":[{"ClientSecret":"t"}],"Name":"n"})");
    const QByteArray text = QJsonDocument(body).toJson(QJsonDocument::Compact);
    const QByteArray out = SecretRedaction::redactJsonText(text);
    QVERIFY(!out.contains("s3cr3t"));
    QVERIFY(!out.contains("\"pw\""));
    QVERIFY(!out.contains("\"t\""));
    QVERIFY(out.contains("<redacted>"));
    QVERIFY(out.contains("\"Name\":\"n\""));
    // Nothing secret: the very same bytes.
    const QByteArray plain = "{\"b\":1,  \"a\":\"x\"}";
    QCOMPARE(SecretRedaction::redactJsonText(plain), plain);
    QCOMPARE(SecretRedaction::redactJsonText("not json"), QByteArray("not json"));
}

QTEST_GUILESS_MAIN(TestPoolRecordMapping)
#include "tst_poolrecordmapping.moc"
