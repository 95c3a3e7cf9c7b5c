// SPDX-License-Identifier: GPL-3.0-or-later
// JSON of both directory services -> records. Lenient: wrong types read as empty, nothing crashes.
#include "cloud/RecordMapping.h"

#include <QJsonDocument>
#include <QRandomGenerator>
#include <QtTest>

namespace {
QJsonObject parse(const char *json)
{
    return QJsonDocument::fromJson(QByteArray(json)).object();
}
} // namespace

class TestRecordMapping : public QObject
{
    Q_OBJECT
private slots:
    void cloudIdentityUser();
    void cloudSsoUser();
    void groups();
    void members();
    void cloudIdentityEvent();
    void cloudSsoEvent();
    void cloudSsoEventStatus_data();
    void cloudSsoEventStatus();
    void directory();
    void wrongTypesAreEmpty();
    void integers();
    void times_data();
    void times();
    void objectsSkipsNonObjects();
    void randomJsonNeverCrashes();
};

void TestRecordMapping::cloudIdentityUser()
{
    const auto u = RecordMapping::cloudIdentityUser(parse(R"({"UserId":"13947648","UserName":"zhang.san",
        "DisplayName":"张三","Description":"d","Email":"z@example.com","Phone":"+8613800000000","Source":"Sync",
        "IdentityType":"Internal","CreatedTime":"2024-07-22T21:53:54+08:00","UpdatedTime":"2024-07-23T01:00:00+08:00"})"));
    QCOMPARE(u.id, QStringLiteral("13947648"));
    QCOMPARE(u.userName, QStringLiteral("zhang.san"));
    QCOMPARE(u.displayName, QStringLiteral("张三"));
    QCOMPARE(u.email, QStringLiteral("z@example.com"));
    QCOMPARE(u.phone, QStringLiteral("+8613800000000"));
    QCOMPARE(u.source, QStringLiteral("Sync"));
    QCOMPARE(u.identityType, QStringLiteral("Internal"));
    QVERIFY(u.status.isEmpty());
    QCOMPARE(u.created.toUTC(), QDateTime(QDate(2024, 7, 22), QTime(13, 53, 54), Qt::UTC));
    QCOMPARE(u.updated.toUTC(), QDateTime(QDate(2024, 7, 22), QTime(17, 0, 0), Qt::UTC));
    QCOMPARE(u.raw.value("UserId").toString(), QStringLiteral("13947648"));
}

void TestRecordMapping::cloudSsoUser()
{
    const auto u = RecordMapping::cloudSsoUser(parse(R"({"UserId":"u-00q8wbq42wiltcrk****","UserName":"alice@corp",
        "DisplayName":"Alice","FirstName":"Alice","LastName":"Liddell","Email":"a@corp.com","Description":"",
        "Status":"Disabled","ProvisionType":"Synchronized","CreateTime":"2021-10-26T03:03:42Z",
        "UpdateTime":"2021-10-27T03:03:42Z","ExternalId":{"Id":"x1","Issuer":"SCIM"},"Tags":[{"Key":"k","Value":"v"}]})"));
    QCOMPARE(u.id, QStringLiteral("u-00q8wbq42wiltcrk****"));
    QCOMPARE(u.firstName, QStringLiteral("Alice"));
    QCOMPARE(u.lastName, QStringLiteral("Liddell"));
    QCOMPARE(u.status, QStringLiteral("Disabled"));
    QCOMPARE(u.source, QStringLiteral("Synchronized"));
    QCOMPARE(u.identityType, QStringLiteral("SCIM"));
    QVERIFY(u.phone.isEmpty());
    QCOMPARE(u.created, QDateTime(QDate(2021, 10, 26), QTime(3, 3, 42), Qt::UTC));
}

void TestRecordMapping::groups()
{
    const auto ci = RecordMapping::cloudIdentityGroup(parse(R"({"GroupId":"1","GroupName":"name","DisplayName":"显示",
        "Description":"desc","JoinType":"Auto","Source":"Manual","CreatedTime":"2024-07-22T21:53:54+08:00"})"));
    QCOMPARE(ci.id, QStringLiteral("1"));
    QCOMPARE(ci.name, QStringLiteral("name"));
    QCOMPARE(ci.displayName, QStringLiteral("显示"));
    QCOMPARE(ci.joinType, QStringLiteral("Auto"));
    QCOMPARE(ci.source, QStringLiteral("Manual"));
    QVERIFY(ci.created.isValid());
    const auto sso = RecordMapping::cloudSsoGroup(parse(R"({"GroupId":"g-1","GroupName":"ops","Description":"d",
        "ProvisionType":"Manual","CreateTime":"2021-10-26T03:03:42Z","UpdateTime":"bogus"})"));
    QCOMPARE(sso.id, QStringLiteral("g-1"));
    QCOMPARE(sso.name, QStringLiteral("ops"));
    QVERIFY(sso.displayName.isEmpty());
    QVERIFY(sso.joinType.isEmpty());
    QCOMPARE(sso.source, QStringLiteral("Manual"));
    QVERIFY(sso.created.isValid());
    QVERIFY(!sso.updated.isValid());
}

void TestRecordMapping::members()
{
    const auto ci = RecordMapping::cloudIdentityMember(parse(R"({"UserId":"5","UserName":"u","DisplayName":"U",
        "Email":"e@x.io","Source":"Manual","JoinTime":"2024-07-22T21:53:54+08:00"})"), QStringLiteral("77"));
    QCOMPARE(ci.groupId, QStringLiteral("77"));
    QCOMPARE(ci.userId, QStringLiteral("5"));
    QVERIFY(ci.joined.isValid());
    const auto sso = RecordMapping::cloudSsoMember(parse(R"({"GroupId":"g-2","UserId":"u-1","UserName":"a",
        "Status":"Enabled","ProvisionType":"Manual","JoinTime":"2021-10-26T03:03:42Z"})"), QStringLiteral("g-other"));
    QCOMPARE(sso.groupId, QStringLiteral("g-2")); // the answer's own GroupId wins
    QCOMPARE(sso.status, QStringLiteral("Enabled"));
    QCOMPARE(sso.source, QStringLiteral("Manual"));
}

void TestRecordMapping::cloudIdentityEvent()
{
    const auto e = RecordMapping::cloudIdentityEvent(parse(R"({"UserProvisioningEventId":"4v","UserProvisioningId":"13877504",
        "UserId":"13947648","UserName":"zhang.san","FailureReason":"IAM user exists","TargetId":"2100247160",
        "TargetName":"prod","Description":"","CreatedTime":"2024-07-22T21:53:54+08:00","UpdatedTime":"",
        "PrincipalType":"User","EventStatus":"DeleteProvisionFailed"})"));
    QCOMPARE(e.id, QStringLiteral("4v"));
    QCOMPARE(e.provisioningId, QStringLiteral("13877504"));
    QCOMPARE(e.principalId, QStringLiteral("13947648"));
    QCOMPARE(e.principalName, QStringLiteral("zhang.san"));
    QCOMPARE(e.principalType, QStringLiteral("User"));
    QCOMPARE(e.targetId, QStringLiteral("2100247160"));
    QCOMPARE(e.targetName, QStringLiteral("prod"));
    QCOMPARE(e.status, QStringLiteral("DeleteProvisionFailed"));
    QCOMPARE(e.failureReason, QStringLiteral("IAM user exists"));
    QVERIFY(e.sourceType.isEmpty());
    QVERIFY(!e.updated.isValid());
}

void TestRecordMapping::cloudSsoEvent()
{
    const auto e = RecordMapping::cloudSsoEvent(parse(R"({"EventId":"upe-wjKyNDmZvyZOiRcJ****","UserProvisioningId":"up-1",
        "DirectoryId":"d-1","PrincipalId":"u-1","PrincipalName":"alice","PrincipalType":"User","TargetId":"1234",
        "TargetName":"member-001234","TargetPath":"r/fd/1234","TargetType":"RD-Account","SourceType":"StartProvisioning",
        "DeletionStrategy":"Keep","DuplicationStrategy":"TakeOver","ErrorCount":3,
        "ErrorInfo":"OperationConflict.UserProvisioning.Process.fail.ImsUserExists","LatestAsyncTime":"2021-10-26T03:03:42Z",
        "CreateTime":"2021-10-26T03:03:42Z","UpdateTime":"2021-10-26T04:03:42Z"})"));
    QCOMPARE(e.id, QStringLiteral("upe-wjKyNDmZvyZOiRcJ****"));
    QCOMPARE(e.provisioningId, QStringLiteral("up-1"));
    QCOMPARE(e.principalName, QStringLiteral("alice"));
    QCOMPARE(e.status, QStringLiteral("ProvisionFailed"));
    QCOMPARE(e.failureReason, QStringLiteral("OperationConflict.UserProvisioning.Process.fail.ImsUserExists"));
    QCOMPARE(e.sourceType, QStringLiteral("StartProvisioning"));
    QCOMPARE(e.duplicationStrategy, QStringLiteral("TakeOver"));
    QCOMPARE(e.targetName, QStringLiteral("member-001234"));
}

void TestRecordMapping::cloudSsoEventStatus_data()
{
    QTest::addColumn<QString>("json");
    QTest::addColumn<QString>("status");
    QTest::newRow("errors") << R"({"ErrorCount":2,"SourceType":"AddUserToGroup"})" << "ProvisionFailed";
    QTest::newRow("error as string") << R"({"ErrorCount":"1"})" << "ProvisionFailed";
    QTest::newRow("info only") << R"({"ErrorCount":0,"ErrorInfo":"Throttling.RAM"})" << "ProvisionFailed";
    QTest::newRow("delete") << R"({"ErrorCount":1,"SourceType":"DeleteProvisioning"})" << "DeleteProvisionFailed";
    QTest::newRow("clearing") << R"({"ErrorCount":1,"SourceType":"UserProvisioningDeletionClearing"})" << "DeleteProvisionFailed";
    QTest::newRow("clean") << R"({"ErrorCount":0,"ErrorInfo":""})" << "Pending";
    QTest::newRow("nothing") << R"({})" << "Pending";
    QTest::newRow("garbage count") << R"({"ErrorCount":{"x":1}})" << "Pending";
}

void TestRecordMapping::cloudSsoEventStatus()
{
    QFETCH(QString, json);
    QFETCH(QString, status);
    QCOMPARE(RecordMapping::cloudSsoEventStatus(parse(json.toUtf8().constData())), status);
}

void TestRecordMapping::directory()
{
    const auto d = RecordMapping::cloudSsoDirectory(parse(R"({"DirectoryId":"d-00fc2p61****","DirectoryName":"corp",
        "Region":"cn-shanghai","CreateTime":"2021-10-26T03:03:42Z"})"));
    QCOMPARE(d.id, QStringLiteral("d-00fc2p61****"));
    QCOMPARE(d.name, QStringLiteral("corp"));
    QCOMPARE(d.region, QStringLiteral("cn-shanghai"));
    QVERIFY(d.created.isValid());
}

void TestRecordMapping::wrongTypesAreEmpty()
{
    const QJsonObject o = parse(R"({"UserId":12345,"UserName":null,"DisplayName":["x"],"Email":{"a":1},
        "Status":true,"CreateTime":1700000000,"ExternalId":"not an object","GroupId":false,"JoinType":3.5})");
    const auto u = RecordMapping::cloudSsoUser(o);
    QVERIFY(u.id.isEmpty());
    QVERIFY(u.userName.isEmpty());
    QVERIFY(u.displayName.isEmpty());
    QVERIFY(u.email.isEmpty());
    QVERIFY(u.status.isEmpty());
    QVERIFY(u.identityType.isEmpty());
    QVERIFY(!u.created.isValid());
    const auto g = RecordMapping::cloudIdentityGroup(o);
    QVERIFY(g.id.isEmpty());
    QVERIFY(g.joinType.isEmpty());
    const auto e = RecordMapping::cloudIdentityEvent(o);
    QVERIFY(e.id.isEmpty());
    QVERIFY(e.status.isEmpty());
}

void TestRecordMapping::integers()
{
    const QJsonObject o = parse(R"({"a":42,"b":"43","c":"x","d":1e300,"e":null,"f":-7})");
    QCOMPARE(RecordMapping::integer(o, "a"), qint64(42));
    QCOMPARE(RecordMapping::integer(o, "b"), qint64(43));
    QCOMPARE(RecordMapping::integer(o, "c", -1), qint64(-1));
    QCOMPARE(RecordMapping::integer(o, "d", -2), qint64(-2));
    QCOMPARE(RecordMapping::integer(o, "e", -3), qint64(-3));
    QCOMPARE(RecordMapping::integer(o, "f"), qint64(-7));
    QCOMPARE(RecordMapping::integer(o, "missing", 9), qint64(9));
}

void TestRecordMapping::times_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QDateTime>("utc");
    QTest::newRow("offset") << "2024-07-22T21:53:54+08:00" << true << QDateTime(QDate(2024, 7, 22), QTime(13, 53, 54), Qt::UTC);
    QTest::newRow("zulu") << "2021-10-26T03:03:42Z" << true << QDateTime(QDate(2021, 10, 26), QTime(3, 3, 42), Qt::UTC);
    QTest::newRow("millis") << "2021-10-26T03:03:42.250Z" << true
                            << QDateTime(QDate(2021, 10, 26), QTime(3, 3, 42, 250), Qt::UTC);
    QTest::newRow("placeholder") << "IuBdsGwtf7a" << false << QDateTime();
    QTest::newRow("empty") << "" << false << QDateTime();
}

void TestRecordMapping::times()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    QFETCH(QDateTime, utc);
    const QDateTime t = RecordMapping::time(QJsonObject{{"T", text}}, QStringLiteral("T"));
    QCOMPARE(t.isValid(), valid);
    if (valid)
        QCOMPARE(t.toUTC(), utc);
}

void TestRecordMapping::objectsSkipsNonObjects()
{
    const QJsonObject o = parse(R"({"Users":[{"UserId":"1"},3,"x",null,{"UserId":"2"}],"Groups":{"GroupId":"1"}})");
    const auto users = RecordMapping::objects(o.value("Users"));
    QCOMPARE(users.size(), 2);
    QCOMPARE(users.at(1).value("UserId").toString(), QStringLiteral("2"));
    QVERIFY(RecordMapping::objects(o.value("Groups")).isEmpty());
    QVERIFY(RecordMapping::objects(o.value("Missing")).isEmpty());
}

void TestRecordMapping::randomJsonNeverCrashes()
{
    // Random values of every JSON type in every known field: mapping must not crash or assert.
    const QStringList keys = {"UserId", "UserName", "DisplayName", "FirstName", "LastName", "Email", "Phone",
                              "Description", "Source", "Status", "ProvisionType", "IdentityType", "ExternalId",
                              "CreatedTime", "UpdatedTime", "CreateTime", "UpdateTime", "GroupId", "GroupName",
                              "JoinType", "JoinTime", "UserProvisioningEventId", "UserProvisioningId", "EventId",
                              "PrincipalId", "PrincipalName", "PrincipalType", "TargetId", "TargetName", "EventStatus",
                              "FailureReason", "ErrorCount", "ErrorInfo", "SourceType", "DuplicationStrategy",
                              "DirectoryId", "DirectoryName", "Region"};
    QRandomGenerator rng(20240722);
    auto randomValue = [&rng](int depth) -> QJsonValue {
        switch (rng.bounded(depth > 1 ? 5 : 7)) {
        case 0: return QJsonValue();
        case 1: return rng.bounded(2) == 1;
        case 2: return double(rng.generate()) * (rng.bounded(2) ? -1e10 : 1);
        case 3: return QString(rng.bounded(40), QChar(0x20 + rng.bounded(0x3000)));
        case 4: return QStringLiteral("2024-13-45T99:99:99+08:00");
        case 5: return QJsonArray{1, "x", QJsonObject{{"Issuer", 3}}};
        default: return QJsonObject{{"Id", 1}, {"Issuer", QJsonArray()}};
        }
    };
    int mapped = 0;
    for (int round = 0; round < 2000; ++round) {
        QJsonObject o;
        for (const QString &k : keys)
            if (rng.bounded(3) != 0)
                o.insert(k, randomValue(0));
        mapped += RecordMapping::cloudIdentityUser(o).raw.size() > 0;
        RecordMapping::cloudSsoUser(o);
        RecordMapping::cloudIdentityGroup(o);
        RecordMapping::cloudSsoGroup(o);
        RecordMapping::cloudIdentityMember(o, QStringLiteral("g"));
        RecordMapping::cloudSsoMember(o);
        RecordMapping::cloudIdentityEvent(o);
        const auto e = RecordMapping::cloudSsoEvent(o);
        QVERIFY(e.status == QLatin1String("ProvisionFailed") || e.status == QLatin1String("DeleteProvisionFailed")
                || e.status == QLatin1String("Pending"));
        RecordMapping::cloudSsoDirectory(o);
    }
    QVERIFY(mapped > 1900);
}

QTEST_GUILESS_MAIN(TestRecordMapping)
#include "tst_recordmapping.moc"
