// SPDX-License-Identifier: GPL-3.0-or-later
// Alibaba CloudSSO: token paging, filters, validation codes, referential rules, provisioning events.
#include "CloudSsoHandler.h"
#include "InProcessEmulator.h"

#include <QJsonArray>
#include <QtTest>

using namespace emu;

using Params = QList<QPair<QString, QString>>;

namespace {
QString code(const InProcessEmulator::Reply &r) { return r.json.value(QStringLiteral("Code")).toString(); }
} // namespace

class TstCloudSso : public QObject
{
    Q_OBJECT

private slots:
    void directories()
    {
        InProcessEmulator emu;
        auto r = emu.sso(QStringLiteral("ListDirectories"), {}, false);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json["TotalCounts"].toInt(), 1);
        QVERIFY(!r.json.contains(QStringLiteral("NextToken")));
        QVERIFY(!r.json.contains(QStringLiteral("IsTruncated")));
        const QJsonObject dir = r.json["Directories"].toArray().first().toObject();
        QVERIFY(QRegularExpression(QStringLiteral("^d-[0-9a-z]{12}$")).match(dir["DirectoryId"].toString()).hasMatch());
        QVERIFY(dir["CreateTime"].toString().endsWith(QLatin1Char('Z')));
        r = emu.sso(QStringLiteral("GetDirectory"));
        QCOMPARE(r.json["Directory"].toObject()["DirectoryId"].toString(), emu.directoryId());
        r = emu.sso(QStringLiteral("GetDirectory"), {{QStringLiteral("DirectoryId"), QStringLiteral("d-nothere")}}, false);
        QCOMPARE(r.status, 404);
        QCOMPARE(code(r), QStringLiteral("EntityNotExists.Directory"));
        r = emu.sso(QStringLiteral("ListUsers"), {}, false);
        QCOMPARE(r.status, 400);
        QCOMPARE(code(r), QStringLiteral("MissingParameter.DirectoryId"));
        QCOMPARE(r.json["Message"].toString(),
                 QStringLiteral("The input parameter \"DirectoryId\" that is mandatory for processing this request is not supplied."));
    }

    void tokenPaging()
    {
        InProcessEmulator emu;
        auto r = emu.sso(QStringLiteral("ListUsers"));
        QCOMPARE(r.json["MaxResults"].toInt(), 10);
        QCOMPARE(r.json["TotalCounts"].toInt(), 150);
        QCOMPARE(r.json["IsTruncated"].toBool(), true);
        QCOMPARE(r.json["Users"].toArray().size(), 10);
        QVERIFY(QRegularExpression(QStringLiteral("^u-[0-9a-z]{20}$")).match(r.json["Users"][0]["UserId"].toString()).hasMatch());

        QSet<QString> seen;
        QString token;
        int pages = 0;
        for (;;) {
            Params p{{QStringLiteral("MaxResults"), QStringLiteral("40")}};
            if (!token.isEmpty())
                p.append({QStringLiteral("NextToken"), token});
            r = emu.sso(QStringLiteral("ListUsers"), p);
            QCOMPARE(r.status, 200);
            ++pages;
            for (const QJsonValue &u : r.json["Users"].toArray())
                seen.insert(u["UserId"].toString());
            QCOMPARE(r.json["TotalCounts"].toInt(), pages > 2 ? 151 : 150);
            if (!r.json["IsTruncated"].toBool()) {
                QVERIFY(!r.json.contains(QStringLiteral("NextToken")));
                break;
            }
            token = r.json["NextToken"].toString();
            QVERIFY(!token.isEmpty());
            if (pages == 2) {
                // A user created mid-walk shows up at the end, nobody is skipped or repeated.
                QCOMPARE(emu.sso(QStringLiteral("CreateUser"), {{QStringLiteral("UserName"), QStringLiteral("mid.walk")}}).status, 200);
            }
        }
        QCOMPARE(seen.size(), 151);
        QCOMPARE(pages, 4);

        for (const char *bad : {"0", "101", "ten"}) {
            r = emu.sso(QStringLiteral("ListUsers"), {{QStringLiteral("MaxResults"), QLatin1String(bad)}});
            QCOMPARE(r.status, 400);
            QCOMPARE(code(r), QStringLiteral("InvalidParameter.MaxResults"));
        }
        r = emu.sso(QStringLiteral("ListUsers"), {{QStringLiteral("NextToken"), QStringLiteral("garbage!")}});
        QCOMPARE(code(r), QStringLiteral("InvalidParameter.NextToken"));
    }

    void filters()
    {
        InProcessEmulator emu;
        const SsoUser &someone = emu.ssoDirectoryUsers(emu)[17];
        auto r = emu.sso(QStringLiteral("ListUsers"), {{QStringLiteral("Filter"), QStringLiteral("UserName eq ") + someone.userName.toUpper()},
                                                      {QStringLiteral("MaxResults"), QStringLiteral("100")}});
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json["TotalCounts"].toInt(), 1);
        QCOMPARE(r.json["Users"][0]["UserId"].toString(), someone.id);
        const QString prefix = someone.userName.left(3);
        r = emu.sso(QStringLiteral("ListUsers"), {{QStringLiteral("Filter"), QStringLiteral("username SW ") + prefix},
                                                 {QStringLiteral("MaxResults"), QStringLiteral("100")}});
        QVERIFY(r.json["TotalCounts"].toInt() >= 1);
        for (const QJsonValue &u : r.json["Users"].toArray())
            QVERIFY(u["UserName"].toString().startsWith(prefix, Qt::CaseInsensitive));
        for (const char *bad : {"Email eq x", "UserName contains x", "UserName"}) {
            r = emu.sso(QStringLiteral("ListUsers"), {{QStringLiteral("Filter"), QLatin1String(bad)}});
            QCOMPARE(r.status, 400);
            QCOMPARE(code(r), QStringLiteral("InvalidParameter.Filter"));
        }
        r = emu.sso(QStringLiteral("ListUsers"), {{QStringLiteral("Status"), QStringLiteral("Disabled")}, {QStringLiteral("MaxResults"), QStringLiteral("100")}});
        QVERIFY(r.json["TotalCounts"].toInt() > 0);
        for (const QJsonValue &u : r.json["Users"].toArray())
            QCOMPARE(u["Status"].toString(), QStringLiteral("Disabled"));
        r = emu.sso(QStringLiteral("ListUsers"), {{QStringLiteral("ProvisionType"), QStringLiteral("Synchronized")}, {QStringLiteral("MaxResults"), QStringLiteral("100")}});
        QVERIFY(r.json["TotalCounts"].toInt() > 0);
        QCOMPARE(r.json["Users"][0]["ExternalId"]["Issuer"].toString(), QStringLiteral("SCIM"));
        r = emu.sso(QStringLiteral("ListUsers"), {{QStringLiteral("Status"), QStringLiteral("enabled")}});
        QCOMPARE(code(r), QStringLiteral("InvalidParameter.Status"));
        r = emu.sso(QStringLiteral("ListGroups"), {{QStringLiteral("Filter"), QStringLiteral("GroupName sw sales")}});
        QCOMPARE(r.json["TotalCounts"].toInt(), 2);
        r = emu.sso(QStringLiteral("ListGroups"), {{QStringLiteral("Filter"), QStringLiteral("UserName sw sales")}});
        QCOMPARE(code(r), QStringLiteral("InvalidParameter.Filter"));
    }

    void usersCrud()
    {
        InProcessEmulator emu;
        auto r = emu.sso(QStringLiteral("CreateUser"), {{QStringLiteral("UserName"), QStringLiteral("bad name")}});
        QCOMPARE(r.status, 400);
        QCOMPARE(code(r), QStringLiteral("InvalidParameter.UserName"));
        r = emu.sso(QStringLiteral("CreateUser"), {{QStringLiteral("UserName"), QString(65, QLatin1Char('a'))}});
        QCOMPARE(code(r), QStringLiteral("InvalidParameter.UserName"));
        r = emu.sso(QStringLiteral("CreateUser"), {});
        QCOMPARE(code(r), QStringLiteral("MissingParameter.UserName"));
        r = emu.sso(QStringLiteral("CreateUser"), {{QStringLiteral("UserName"), QStringLiteral("x@y")}, {QStringLiteral("Tags.1.Value"), QStringLiteral("v")}});
        QCOMPARE(code(r), QStringLiteral("MissingParameter.Tags.1.Key"));
        r = emu.sso(QStringLiteral("CreateUser"), {{QStringLiteral("UserName"), QStringLiteral("new_user@corp")},
                                                  {QStringLiteral("DisplayName"), QStringLiteral("新用户")},
                                                  {QStringLiteral("Email"), QStringLiteral("new.user@corp.example")},
                                                  {QStringLiteral("Tags.1.Key"), QStringLiteral("team")},
                                                  {QStringLiteral("Tags.1.Value"), QStringLiteral("a b")}});
        QCOMPARE(r.status, 200);
        const QJsonObject user = r.json["User"].toObject();
        const QString id = user["UserId"].toString();
        QCOMPARE(user["Status"].toString(), QStringLiteral("Enabled"));
        QCOMPARE(user["ProvisionType"].toString(), QStringLiteral("Manual"));
        QCOMPARE(user["Tags"][0]["Value"].toString(), QStringLiteral("a b"));
        r = emu.sso(QStringLiteral("CreateUser"), {{QStringLiteral("UserName"), QStringLiteral("NEW_USER@corp")}});
        QCOMPARE(r.status, 409);
        QCOMPARE(code(r), QStringLiteral("EntityAlreadyExists.User"));
        r = emu.sso(QStringLiteral("ListUsers"), {{QStringLiteral("Tags.1.Key"), QStringLiteral("team")}, {QStringLiteral("Tags.1.Value"), QStringLiteral("a b")}});
        QCOMPARE(r.json["TotalCounts"].toInt(), 1);

        r = emu.sso(QStringLiteral("UpdateUser"), {{QStringLiteral("UserId"), id}, {QStringLiteral("NewDisplayName"), QStringLiteral("改名")}});
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json["User"].toObject()["DisplayName"].toString(), QStringLiteral("改名"));
        QVERIFY(!r.json["User"].toObject().contains(QStringLiteral("Tags")));
        r = emu.sso(QStringLiteral("UpdateUserStatus"), {{QStringLiteral("UserId"), id}, {QStringLiteral("NewStatus"), QStringLiteral("Disabled")}});
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json.keys(), QStringList{QStringLiteral("RequestId")});
        r = emu.sso(QStringLiteral("GetUser"), {{QStringLiteral("UserId"), id}});
        QCOMPARE(r.json["User"].toObject()["Status"].toString(), QStringLiteral("Disabled"));
        r = emu.sso(QStringLiteral("UpdateUserStatus"), {{QStringLiteral("UserId"), id}, {QStringLiteral("NewStatus"), QStringLiteral("Off")}});
        QCOMPARE(code(r), QStringLiteral("InvalidParameter.NewStatus"));
        QCOMPARE(emu.sso(QStringLiteral("DeleteUser"), {{QStringLiteral("UserId"), id}}).status, 200);
        r = emu.sso(QStringLiteral("GetUser"), {{QStringLiteral("UserId"), id}});
        QCOMPARE(r.status, 404);
        QCOMPARE(code(r), QStringLiteral("EntityNotExists.User"));
    }

    void referentialRules()
    {
        InProcessEmulator emu;
        auto r = emu.sso(QStringLiteral("CreateGroup"), {{QStringLiteral("GroupName"), QStringLiteral("bad name")}});
        QCOMPARE(code(r), QStringLiteral("InvalidParameter.GroupName"));
        r = emu.sso(QStringLiteral("CreateGroup"), {{QStringLiteral("GroupName"), QStringLiteral("engineering")}});
        QCOMPARE(r.status, 409);
        QCOMPARE(code(r), QStringLiteral("EntityAlreadyExists.Group"));
        r = emu.sso(QStringLiteral("CreateGroup"), {{QStringLiteral("GroupName"), QStringLiteral("Ref.Group")}, {QStringLiteral("Description"), QStringLiteral("测试组")}});
        QCOMPARE(r.status, 200);
        const QString groupId = r.json["Group"].toObject()["GroupId"].toString();
        QVERIFY(groupId.startsWith(QLatin1String("g-")));
        r = emu.sso(QStringLiteral("CreateUser"), {{QStringLiteral("UserName"), QStringLiteral("ref.user")}});
        const QString userId = r.json["User"].toObject()["UserId"].toString();

        QCOMPARE(emu.sso(QStringLiteral("AddUserToGroup"), {{QStringLiteral("GroupId"), groupId}, {QStringLiteral("UserId"), userId}}).status, 200);
        r = emu.sso(QStringLiteral("AddUserToGroup"), {{QStringLiteral("GroupId"), groupId}, {QStringLiteral("UserId"), userId}});
        QCOMPARE(r.status, 409);
        QCOMPARE(code(r), QStringLiteral("EntityAlreadyExists.GroupMember"));
        r = emu.sso(QStringLiteral("ListGroupMembers"), {{QStringLiteral("GroupId"), groupId}});
        QCOMPARE(r.json["TotalCounts"].toInt(), 1);
        const QJsonObject member = r.json["GroupMembers"][0].toObject();
        QCOMPARE(member["UserId"].toString(), userId);
        QCOMPARE(member["GroupId"].toString(), groupId);
        QCOMPARE(member["UserName"].toString(), QStringLiteral("ref.user"));
        QVERIFY(member.contains(QStringLiteral("JoinTime")));

        // A group with members cannot be deleted, nor a user with memberships.
        r = emu.sso(QStringLiteral("DeleteGroup"), {{QStringLiteral("GroupId"), groupId}});
        QCOMPARE(r.status, 409);
        QCOMPARE(code(r), QStringLiteral("DeletionConflict.Group.User"));
        r = emu.sso(QStringLiteral("DeleteUser"), {{QStringLiteral("UserId"), userId}});
        QCOMPARE(r.status, 409);
        QCOMPARE(code(r), QStringLiteral("DeletionConflict.User.Group"));

        QCOMPARE(emu.sso(QStringLiteral("RemoveUserFromGroup"), {{QStringLiteral("GroupId"), groupId}, {QStringLiteral("UserId"), userId}}).status, 200);
        r = emu.sso(QStringLiteral("RemoveUserFromGroup"), {{QStringLiteral("GroupId"), groupId}, {QStringLiteral("UserId"), userId}});
        QCOMPARE(r.status, 404);
        QCOMPARE(code(r), QStringLiteral("EntityNotExists.GroupMember"));

        // A provisioning blocks deletion too.
        r = emu.sso(QStringLiteral("CreateUserProvisioning"), {{QStringLiteral("PrincipalType"), QStringLiteral("User")},
                                                              {QStringLiteral("PrincipalId"), userId},
                                                              {QStringLiteral("TargetType"), QStringLiteral("RD-Account")},
                                                              {QStringLiteral("TargetId"), QStringLiteral("1234567890129999")},
                                                              {QStringLiteral("DeletionStrategy"), QStringLiteral("Keep")},
                                                              {QStringLiteral("DuplicationStrategy"), QStringLiteral("Takeover")}});
        QCOMPARE(code(r), QStringLiteral("InvalidParameter.DuplicationStrategy")); // CloudSSO spells it TakeOver
        r = emu.sso(QStringLiteral("CreateUserProvisioning"), {{QStringLiteral("PrincipalType"), QStringLiteral("User")},
                                                              {QStringLiteral("PrincipalId"), userId},
                                                              {QStringLiteral("TargetType"), QStringLiteral("RD-Account")},
                                                              {QStringLiteral("TargetId"), QStringLiteral("1234567890129999")},
                                                              {QStringLiteral("DeletionStrategy"), QStringLiteral("Keep")},
                                                              {QStringLiteral("DuplicationStrategy"), QStringLiteral("TakeOver")}});
        QCOMPARE(r.status, 200);
        const QString provisioningId = r.json["UserProvisioning"].toObject()["UserProvisioningId"].toString();
        QVERIFY(provisioningId.startsWith(QLatin1String("up-")));
        r = emu.sso(QStringLiteral("ListUserProvisionings"), {{QStringLiteral("PrincipalId"), userId}});
        QCOMPARE(r.json["TotalCounts"].toInt(), 1);
        QCOMPARE(emu.sso(QStringLiteral("DeleteUserProvisioning"), {{QStringLiteral("UserProvisioningId"), provisioningId}}).status, 200);
        r = emu.sso(QStringLiteral("GetUserProvisioning"), {{QStringLiteral("UserProvisioningId"), provisioningId}});
        QCOMPARE(code(r), QStringLiteral("EntityNotExists.UserProvisioning"));
        // A user provisioning does not block DeleteUser (the reference names MFA devices, access assignments and
        // group memberships only, and publishes no code for it): the provisioning goes with the user.
        r = emu.sso(QStringLiteral("CreateUserProvisioning"), {{QStringLiteral("PrincipalType"), QStringLiteral("User")},
                                                              {QStringLiteral("PrincipalId"), userId},
                                                              {QStringLiteral("TargetType"), QStringLiteral("RD-Account")},
                                                              {QStringLiteral("TargetId"), QStringLiteral("1234567890129999")},
                                                              {QStringLiteral("DeletionStrategy"), QStringLiteral("Keep")},
                                                              {QStringLiteral("DuplicationStrategy"), QStringLiteral("TakeOver")}});
        QCOMPARE(r.status, 200);
        const QString second = r.json["UserProvisioning"].toObject()["UserProvisioningId"].toString();

        QCOMPARE(emu.sso(QStringLiteral("DeleteUser"), {{QStringLiteral("UserId"), userId}}).status, 200);
        r = emu.sso(QStringLiteral("GetUserProvisioning"), {{QStringLiteral("UserProvisioningId"), second}});
        QCOMPARE(code(r), QStringLiteral("EntityNotExists.UserProvisioning"));
        QCOMPARE(emu.sso(QStringLiteral("DeleteGroup"), {{QStringLiteral("GroupId"), groupId}}).status, 200);
        QCOMPARE(code(emu.sso(QStringLiteral("GetGroup"), {{QStringLiteral("GroupId"), groupId}})), QStringLiteral("EntityNotExists.Group"));

        // SCIM-synchronised users cannot be deleted.
        for (const SsoUser &u : emu.ssoDirectoryUsers(emu)) {
            if (u.provisionType == QLatin1String("Synchronized")) {
                r = emu.sso(QStringLiteral("DeleteUser"), {{QStringLiteral("UserId"), u.id}});
                QCOMPARE(r.status, 409);
                QVERIFY(code(r).startsWith(QLatin1String("OperationConflict.")));
                break;
            }
        }
    }

    void provisioningEvents()
    {
        InProcessEmulator emu;
        auto r = emu.sso(QStringLiteral("ListUserProvisioningEvents"), {{QStringLiteral("MaxResults"), QStringLiteral("100")}});
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json["TotalCounts"].toInt(), 40);
        const QJsonArray failed = r.json["UserProvisioningEvents"].toArray();
        QVERIFY(failed.first().toObject()["EventId"].toString().startsWith(QLatin1String("upe-")));
        QVERIFY(failed.first().toObject()["ErrorCount"].toInt() >= 1);

        // A finished event (not listed) is readable, and retrying it is a conflict.
        QString finished;
        for (const SsoProvisioningEvent &e : emu.store().ssoDirectories().front().events().items()) {
            if (!e.failed) {
                finished = e.id;
                break;
            }
        }
        QVERIFY(!finished.isEmpty());
        QCOMPARE(emu.sso(QStringLiteral("GetUserProvisioningEvent"), {{QStringLiteral("EventId"), finished}}).status, 200);
        r = emu.sso(QStringLiteral("RetryUserProvisioningEvent"), {{QStringLiteral("EventId"), finished}, {QStringLiteral("DuplicationStrategy"), QStringLiteral("KeepBoth")}});
        QCOMPARE(r.status, 409);
        QCOMPARE(code(r), QStringLiteral("OperationConflict.UserProvisioningEvent"));
        r = emu.sso(QStringLiteral("RetryUserProvisioningEvent"), {{QStringLiteral("EventId"), failed.first().toObject()["EventId"].toString()}});
        QCOMPARE(code(r), QStringLiteral("MissingParameter.DuplicationStrategy"));
        r = emu.sso(QStringLiteral("GetUserProvisioningEvent"), {{QStringLiteral("EventId"), QStringLiteral("upe-missing")}});
        QCOMPARE(r.status, 404);
        QCOMPARE(code(r), QStringLiteral("EntityNotExists.UserProvisioningEvent"));

        // Filter by provisioning.
        const QString provisioningId = failed.first().toObject()["UserProvisioningId"].toString();
        r = emu.sso(QStringLiteral("ListUserProvisioningEvents"), {{QStringLiteral("UserProvisioningId"), provisioningId}, {QStringLiteral("MaxResults"), QStringLiteral("100")}});
        for (const QJsonValue &e : r.json["UserProvisioningEvents"].toArray())
            QCOMPARE(e["UserProvisioningId"].toString(), provisioningId);

        // Delete needs the matching provisioning id.
        const QString first = failed.first().toObject()["EventId"].toString();
        r = emu.sso(QStringLiteral("DeleteUserProvisioningEvent"), {{QStringLiteral("EventId"), first}, {QStringLiteral("UserProvisioningId"), QStringLiteral("up-other")}});
        QCOMPARE(code(r), QStringLiteral("EntityNotExists.UserProvisioningEvent"));
        QCOMPARE(emu.sso(QStringLiteral("DeleteUserProvisioningEvent"), {{QStringLiteral("EventId"), first}, {QStringLiteral("UserProvisioningId"), provisioningId}}).status, 200);

        // Retry the rest until each succeeds; successes leave the failed list.
        int firstTry = 0;
        for (int i = 1; i < failed.size(); ++i) {
            const QString id = failed[i].toObject()["EventId"].toString();
            const bool expect = int(emu.store().keyedRandom(QStringLiteral("sso-retry|%1|0").arg(id)) % 100) < CloudSsoHandler::RetrySuccessPercent;
            r = emu.sso(QStringLiteral("RetryUserProvisioningEvent"), {{QStringLiteral("EventId"), id}, {QStringLiteral("DuplicationStrategy"), QStringLiteral("KeepBoth")}});
            QCOMPARE(r.status, 200);
            const SsoProvisioningEvent *e = emu.store().ssoDirectories().front().events().find(id);
            QCOMPARE(!e->failed, expect);
            firstTry += expect ? 1 : 0;
            for (int attempt = 0; attempt < 50 && e->failed; ++attempt)
                emu.sso(QStringLiteral("RetryUserProvisioningEvent"), {{QStringLiteral("EventId"), id}, {QStringLiteral("DuplicationStrategy"), QStringLiteral("TakeOver")}});
            QVERIFY(!e->failed);
        }
        QVERIFY(firstTry > failed.size() / 2);
        r = emu.sso(QStringLiteral("ListUserProvisioningEvents"));
        QCOMPARE(r.json["TotalCounts"].toInt(), 0);
        QCOMPARE(r.json["IsTruncated"].toBool(), false);
    }
};

QTEST_GUILESS_MAIN(TstCloudSso)
#include "tst_cloudsso.moc"
