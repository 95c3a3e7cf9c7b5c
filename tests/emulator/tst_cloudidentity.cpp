// SPDX-License-Identifier: GPL-3.0-or-later
// Volcengine Cloud Identity: validation codes, page-number paging, search, referential rules, provisioning events.
#include "CloudIdentityHandler.h"
#include "InProcessEmulator.h"

#include <QJsonArray>
#include <QtTest>

using namespace emu;

namespace {
QString code(const InProcessEmulator::Reply &r) { return InProcessEmulator::volcErrorCode(r); }
QJsonObject result(const InProcessEmulator::Reply &r) { return InProcessEmulator::volcResult(r); }
QString message(const InProcessEmulator::Reply &r) { return InProcessEmulator::volcErrorMessage(r); }
} // namespace

class TstCloudIdentity : public QObject
{
    Q_OBJECT

private slots:
    void pagingDefaultsAndBounds()
    {
        InProcessEmulator emu;
        auto r = emu.ci(QStringLiteral("ListUsers"));
        QCOMPARE(r.status, 200);
        QJsonObject res = result(r);
        QCOMPARE(res["PageNumber"].toInt(), 1);
        QCOMPARE(res["PageSize"].toInt(), 10);
        QCOMPARE(res["Total"].toInt(), 250);
        QCOMPARE(res["Users"].toArray().size(), 10);
        QVERIFY(res["Users"].toArray().first()["CreatedTime"].toString().endsWith(QLatin1String("+08:00")));

        // Walk all pages of 100: 100 + 100 + 50, every user once.
        QSet<QString> ids;
        for (int page = 1; page <= 3; ++page) {
            r = emu.ci(QStringLiteral("ListUsers"), {{"PageNumber", page}, {"PageSize", 100}});
            for (const QJsonValue &u : result(r)["Users"].toArray())
                ids.insert(u["UserId"].toString());
            QCOMPARE(result(r)["Users"].toArray().size(), page < 3 ? 100 : 50);
        }
        QCOMPARE(ids.size(), 250);

        for (int bad : {0, 101, -1}) {
            r = emu.ci(QStringLiteral("ListUsers"), {{"PageSize", bad}});
            QCOMPARE(r.status, 400);
            QCOMPARE(code(r), QStringLiteral("InvalidParam"));
            QCOMPARE(message(r), QStringLiteral("The parameter PageSize[%1] is invalid").arg(bad));
        }
        r = emu.ci(QStringLiteral("ListUsers"), {{"PageNumber", 0}});
        QCOMPARE(code(r), QStringLiteral("InvalidParam"));
        r = emu.ci(QStringLiteral("ListUsers"), {{"PageSize", "10"}});
        QCOMPARE(code(r), QStringLiteral("InvalidParam"));
        r = emu.ci(QStringLiteral("ListUsers"), {{"Source", "LDAP"}});
        QCOMPARE(code(r), QStringLiteral("InvalidParam"));
        r = emu.volcRaw(QStringLiteral("ListUsers"), QStringLiteral("cloudidentity"), "not json");
        QCOMPARE(r.status, 400);
        QCOMPARE(code(r), QStringLiteral("InvalidParam"));
    }

    void search()
    {
        InProcessEmulator emu;
        const CiUser &someone = emu.store().ciUsers().items()[42];
        auto r = emu.ci(QStringLiteral("ListUsers"), {{"QueryString", someone.userName.toUpper()}, {"PageSize", 100}});
        bool found = false;
        for (const QJsonValue &u : result(r)["Users"].toArray()) {
            found = found || u["UserId"].toString() == someone.id;
            QVERIFY(u["UserName"].toString().contains(someone.userName, Qt::CaseInsensitive)
                    || u["DisplayName"].toString().contains(someone.userName, Qt::CaseInsensitive));
        }
        QVERIFY(found);
        // Display-name search, including Chinese names.
        const CiUser *chinese = nullptr;
        for (const CiUser &u : emu.store().ciUsers().items()) {
            if (u.displayName.at(0).unicode() > 0x4e00) {
                chinese = &u;
                break;
            }
        }
        QVERIFY(chinese);
        r = emu.ci(QStringLiteral("ListUsers"), {{"QueryString", chinese->displayName}, {"PageSize", 100}});
        QVERIFY(result(r)["Total"].toInt() >= 1);
        // Source filter and exact UserName filter.
        r = emu.ci(QStringLiteral("ListUsers"), {{"Source", "Sync"}, {"PageSize", 100}});
        QVERIFY(result(r)["Total"].toInt() > 0);
        for (const QJsonValue &u : result(r)["Users"].toArray())
            QCOMPARE(u["Source"].toString(), QStringLiteral("Sync"));
        r = emu.ci(QStringLiteral("ListUsers"), {{"UserName", someone.userName}});
        QCOMPARE(result(r)["Total"].toInt(), 1);
        // Groups: name and display name.
        r = emu.ci(QStringLiteral("ListGroups"), {{"QueryString", "财务"}});
        QCOMPARE(result(r)["Total"].toInt(), 1);
        QCOMPARE(result(r)["Groups"].toArray().first()["GroupName"].toString(), QStringLiteral("finance"));
        r = emu.ci(QStringLiteral("ListGroups"), {{"JoinType", "Auto"}, {"PageSize", 100}});
        QVERIFY(result(r)["Total"].toInt() > 0);
        QCOMPARE(result(emu.ci(QStringLiteral("ListGroups")))["Total"].toInt(), 30);
    }

    void createValidation()
    {
        InProcessEmulator emu;
        auto r = emu.ci(QStringLiteral("CreateGroup"), {{"GroupName", "new-group"}});
        QCOMPARE(r.status, 400);
        QCOMPARE(code(r), QStringLiteral("ParamMissing"));
        QCOMPARE(message(r), QStringLiteral("Missing parameter JoinType"));
        r = emu.ci(QStringLiteral("CreateGroup"), {{"GroupName", "new-group"}, {"JoinType", "Sometimes"}});
        QCOMPARE(code(r), QStringLiteral("InvalidParam"));
        r = emu.ci(QStringLiteral("CreateGroup"), {{"GroupName", QString(64, QLatin1Char('g'))}, {"JoinType", "Manual"}});
        QCOMPARE(code(r), QStringLiteral("InvalidParam"));
        r = emu.ci(QStringLiteral("CreateGroup"), {{"GroupName", "engineering"}, {"JoinType", "Manual"}});
        QCOMPARE(r.status, 409);
        QCOMPARE(code(r), QStringLiteral("GroupAlreadyExists"));
        r = emu.ci(QStringLiteral("CreateGroup"), {{"GroupName", "new-group"}, {"JoinType", "Manual"}, {"DisplayName", "新组"}});
        QCOMPARE(r.status, 200);
        QVERIFY(!result(r)["GroupId"].toString().isEmpty());
        QCOMPARE(result(r)["Source"].toString(), QStringLiteral("Manual"));

        r = emu.ci(QStringLiteral("CreateUser"), {});
        QCOMPARE(code(r), QStringLiteral("ParamMissing"));
        r = emu.ci(QStringLiteral("CreateUser"), {{"UserName", QString(55, QLatin1Char('u'))}});
        QCOMPARE(code(r), QStringLiteral("InvalidParam"));
        r = emu.ci(QStringLiteral("CreateUser"), {{"UserName", "zed"}, {"Phone", "+123456789012345678901"}});
        QCOMPARE(code(r), QStringLiteral("InvalidParam"));
        r = emu.ci(QStringLiteral("CreateUser"), {{"UserName", "zed"}, {"Email", 5}});
        QCOMPARE(code(r), QStringLiteral("InvalidParam"));
        r = emu.ci(QStringLiteral("CreateUser"), {{"UserName", "zed"}, {"DisplayName", "泽德"}, {"Email", "zed@example.com"}});
        QCOMPARE(r.status, 200);
        const QString id = result(r)["UserId"].toString();
        QVERIFY(id.toLongLong() > 0);
        r = emu.ci(QStringLiteral("GetUser"), {{"UserId", id}});
        QCOMPARE(result(r)["DisplayName"].toString(), QStringLiteral("泽德"));
        QVERIFY(result(r).contains(QStringLiteral("IdentityType")));
        r = emu.ci(QStringLiteral("CreateUser"), {{"UserName", "zed"}});
        QCOMPARE(r.status, 409);
        r = emu.ci(QStringLiteral("UpdateUser"), {{"UserId", id}, {"Description", "updated"}});
        QCOMPARE(r.status, 200);
        QCOMPARE(result(r), QJsonObject());
        r = emu.ci(QStringLiteral("GetUser"), {{"UserId", "999"}});
        QCOMPARE(r.status, 404);
        QCOMPARE(code(r), QStringLiteral("UserNotFound"));
    }

    void resetPassword()
    {
        InProcessEmulator emu;
        const QString id = emu.store().ciUsers().items().front().id;
        auto r = emu.ci(QStringLiteral("ResetPassword"), {{"UserId", id}, {"GenerateRandomPassword", true}});
        QCOMPARE(code(r), QStringLiteral("ParamMissing"));
        r = emu.ci(QStringLiteral("ResetPassword"), {{"UserId", id}, {"GenerateRandomPassword", "true"}, {"PasswordResetRequired", true}});
        QCOMPARE(code(r), QStringLiteral("InvalidParam"));
        r = emu.ci(QStringLiteral("ResetPassword"), {{"UserId", id}, {"GenerateRandomPassword", true}, {"PasswordResetRequired", true}});
        QCOMPARE(r.status, 200);
        QVERIFY(result(r)["Password"].toString().size() >= 8);
        r = emu.ci(QStringLiteral("ResetPassword"), {{"UserId", id}, {"GenerateRandomPassword", false}, {"PasswordResetRequired", false}});
        QCOMPARE(code(r), QStringLiteral("ParamMissing"));
        r = emu.ci(QStringLiteral("ResetPassword"), {{"UserId", id}, {"GenerateRandomPassword", false}, {"PasswordResetRequired", false}, {"Password", "short"}});
        QCOMPARE(code(r), QStringLiteral("InvalidParam"));
    }

    void membersAndReferentialRules()
    {
        InProcessEmulator emu;
        auto r = emu.ci(QStringLiteral("CreateGroup"), {{"GroupName", "ref-test"}, {"JoinType", "Manual"}});
        const QString groupId = result(r)["GroupId"].toString();
        r = emu.ci(QStringLiteral("CreateUser"), {{"UserName", "ref.user"}, {"DisplayName", "引用"}});
        const QString userId = result(r)["UserId"].toString();

        r = emu.ci(QStringLiteral("AddUserToGroup"), {{"GroupId", groupId}, {"UserId", "404"}});
        QCOMPARE(r.status, 404);
        QCOMPARE(code(r), QStringLiteral("UserNotFound"));
        r = emu.ci(QStringLiteral("AddUserToGroup"), {{"GroupId", "404"}, {"UserId", userId}});
        QCOMPARE(r.status, 404);
        QCOMPARE(code(r), QStringLiteral("UserGroupNotFound"));
        r = emu.ci(QStringLiteral("AddUserToGroup"), {{"GroupId", groupId}, {"UserId", userId}});
        QCOMPARE(r.status, 200);
        r = emu.ci(QStringLiteral("ListGroupMembers"), {{"GroupId", groupId}});
        QCOMPARE(result(r)["Total"].toInt(), 1);
        const QJsonObject member = result(r)["Members"].toArray().first().toObject();
        QCOMPARE(member["UserId"].toString(), userId);
        QCOMPARE(member["UserName"].toString(), QStringLiteral("ref.user"));
        QVERIFY(member["JoinTime"].toString().endsWith(QLatin1String("+08:00")));
        r = emu.ci(QStringLiteral("ListGroupMembers"), {{"GroupId", groupId}, {"QueryString", "引"}});
        QCOMPARE(result(r)["Total"].toInt(), 1);
        r = emu.ci(QStringLiteral("ListGroupMembers"), {{"GroupId", groupId}, {"QueryString", "nobody"}});
        QCOMPARE(result(r)["Total"].toInt(), 0);

        // A provisioning blocks deleting its user (UserHasProvision) and its group (UserGroupDeletionConflict).
        r = emu.ci(QStringLiteral("CreateUserProvisioning"),
                   {{"PrincipalType", "User"}, {"PrincipalId", userId}, {"TargetId", "2100247160"},
                    {"IdentitySourceStrategy", "Create"}, {"DuplicationStrategy", "KeepBoth"}, {"DeletionStrategy", "Keep"}});
        QCOMPARE(code(r), QStringLiteral("ParamMissing")); // KeepBoth needs DuplicationSuffix
        r = emu.ci(QStringLiteral("CreateUserProvisioning"),
                   {{"PrincipalType", "User"}, {"PrincipalId", userId}, {"TargetId", "2100247160"},
                    {"IdentitySourceStrategy", "Create"}, {"DuplicationStrategy", "TakeOver"}, {"DeletionStrategy", "Keep"}});
        QCOMPARE(code(r), QStringLiteral("InvalidParam")); // cloudidentity spells it Takeover
        r = emu.ci(QStringLiteral("CreateUserProvisioning"),
                   {{"PrincipalType", "User"}, {"PrincipalId", "1"}, {"TargetId", "2100247160"},
                    {"IdentitySourceStrategy", "Create"}, {"DuplicationStrategy", "Takeover"}, {"DeletionStrategy", "Keep"}});
        QCOMPARE(r.status, 404);
        QCOMPARE(code(r), QStringLiteral("UserProvisionPrincipalNotFound"));
        r = emu.ci(QStringLiteral("CreateUserProvisioning"),
                   {{"PrincipalType", "User"}, {"PrincipalId", userId}, {"TargetId", "2100247160"},
                    {"IdentitySourceStrategy", "Create"}, {"DuplicationStrategy", "Takeover"}, {"DeletionStrategy", "Keep"}});
        QCOMPARE(r.status, 200);
        const QString userProvisioning = result(r)["UserProvisioningId"].toString();
        QCOMPARE(result(r)["PrincipalId"].toString(), userId);
        QVERIFY(result(r).contains(QStringLiteral("Remark")));
        r = emu.ci(QStringLiteral("DeleteUser"), {{"UserId", userId}});
        QCOMPARE(r.status, 400);
        QCOMPARE(code(r), QStringLiteral("UserHasProvision"));
        r = emu.ci(QStringLiteral("CreateUserProvisioning"),
                   {{"PrincipalType", "Group"}, {"PrincipalId", groupId}, {"TargetId", "2100247160"},
                    {"IdentitySourceStrategy", "Ignore"}, {"DuplicationStrategy", "KeepBoth"},
                    {"DuplicationSuffix", "-sso"}, {"DeletionStrategy", "Delete"}});
        const QString groupProvisioning = result(r)["UserProvisioningId"].toString();
        r = emu.ci(QStringLiteral("DeleteGroup"), {{"GroupId", groupId}});
        QCOMPARE(r.status, 409);
        QCOMPARE(code(r), QStringLiteral("UserGroupDeletionConflict"));
        r = emu.ci(QStringLiteral("ListUserProvisionings"), {{"AccountId", "2100247160"}, {"PageSize", 100}});
        QVERIFY(result(r)["Total"].toInt() >= 2);
        for (const QJsonValue &p : result(r)["UserProvisionings"].toArray())
            QCOMPARE(p["TargetId"].toString(), QStringLiteral("2100247160"));

        QCOMPARE(emu.ci(QStringLiteral("DeleteUserProvisioning"), {{"UserProvisioningId", userProvisioning}}).status, 200);
        QCOMPARE(emu.ci(QStringLiteral("DeleteUserProvisioning"), {{"UserProvisioningId", groupProvisioning}}).status, 200);
        r = emu.ci(QStringLiteral("DeleteUserProvisioning"), {{"UserProvisioningId", groupProvisioning}});
        QCOMPARE(code(r), QStringLiteral("UserProvisioningNotExists"));
        r = emu.ci(QStringLiteral("GetUserProvisioning"), {{"UserProvisioningId", groupProvisioning}});
        QCOMPARE(r.status, 404);
        QCOMPARE(code(r), QStringLiteral("UserProvisionNotFound"));

        // Now both can go; deleting the user removes the membership.
        QCOMPARE(emu.ci(QStringLiteral("DeleteUser"), {{"UserId", userId}}).status, 200);
        r = emu.ci(QStringLiteral("ListGroupMembers"), {{"GroupId", groupId}});
        QCOMPARE(result(r)["Total"].toInt(), 0);
        r = emu.ci(QStringLiteral("RemoveUserFromGroup"), {{"GroupId", groupId}, {"UserId", emu.store().ciUsers().items().front().id}});
        QCOMPARE(r.status, 404);
        QCOMPARE(code(r), QStringLiteral("GroupMemberNotFound"));
        QCOMPARE(emu.ci(QStringLiteral("DeleteGroup"), {{"GroupId", groupId}}).status, 200);
        QCOMPARE(emu.ci(QStringLiteral("GetGroup"), {{"GroupId", groupId}}).status, 404);
    }

    void syncUsersCannotBeDeleted()
    {
        InProcessEmulator emu;
        const CiUser *sync = nullptr;
        for (const CiUser &u : emu.store().ciUsers().items()) {
            if (u.source == QLatin1String("Sync")) {
                sync = &u;
                break;
            }
        }
        QVERIFY(sync);
        const auto r = emu.ci(QStringLiteral("DeleteUser"), {{"UserId", sync->id}});
        QCOMPARE(r.status, 400);
        QCOMPARE(code(r), QStringLiteral("ErrDeleteSyncUserNotAllowed"));
    }

    void provisioningEvents()
    {
        InProcessEmulator emu;
        // Default: the failed records only.
        auto r = emu.ci(QStringLiteral("ListUserProvisioningEvents"), {{"PageSize", 100}});
        QCOMPARE(r.status, 200);
        QCOMPARE(result(r)["Total"].toInt(), 18);
        const QJsonArray failed = result(r)["UserProvisioningEvent"].toArray();
        for (const QJsonValue &e : failed) {
            QVERIFY(e["EventStatus"].toString().endsWith(QLatin1String("Failed")));
            QVERIFY(!e["FailureReason"].toString().isEmpty());
        }
        r = emu.ci(QStringLiteral("ListUserProvisioningEvents"), {{"EventStatus", QJsonArray{"ProvisionFailed"}}, {"PageSize", 100}});
        for (const QJsonValue &e : result(r)["UserProvisioningEvent"].toArray())
            QCOMPARE(e["EventStatus"].toString(), QStringLiteral("ProvisionFailed"));
        r = emu.ci(QStringLiteral("ListUserProvisioningEvents"), {{"EventStatus", "ProvisionFailed"}});
        QCOMPARE(code(r), QStringLiteral("InvalidParam"));
        r = emu.ci(QStringLiteral("ListUserProvisioningEvents"), {{"EventStatus", QJsonArray{"Exploded"}}});
        QCOMPARE(code(r), QStringLiteral("InvalidParam"));
        r = emu.ci(QStringLiteral("ListUserProvisioningEvents"), {{"EventStatus", QJsonArray{"Provisioned", "DeleteProvisioned"}}, {"PageSize", 100}});
        QCOMPARE(result(r)["Total"].toInt(), 102);
        const QString finishedId = result(r)["UserProvisioningEvent"].toArray().first()["UserProvisioningEventId"].toString();
        // QueryString matches the user name.
        const QString someUser = failed.first()["UserName"].toString();
        r = emu.ci(QStringLiteral("ListUserProvisioningEvents"), {{"QueryString", someUser}, {"PageSize", 100}});
        QVERIFY(result(r)["Total"].toInt() >= 1);

        // Retrying or deleting a record that did not fail is a status error.
        r = emu.ci(QStringLiteral("RetryUserProvisioningEvent"), {{"UserProvisioningEventId", finishedId}});
        QCOMPARE(r.status, 400);
        QCOMPARE(code(r), QStringLiteral("UserProvisionEventStatusException"));
        QVERIFY(message(r).startsWith(QLatin1String("Can not perform action[RetryUserProvisioningEvent] when user provison event status is ")));
        r = emu.ci(QStringLiteral("DeleteUserProvisioningEvent"), {{"UserProvisioningEventId", finishedId}});
        QCOMPARE(code(r), QStringLiteral("UserProvisionEventStatusException"));
        r = emu.ci(QStringLiteral("RetryUserProvisioningEvent"), {{"UserProvisioningEventId", "1"}});
        QCOMPARE(r.status, 404);
        QCOMPARE(code(r), QStringLiteral("UserProvisionEventNotFound"));
        r = emu.ci(QStringLiteral("RetryUserProvisioningEvent"), {});
        QCOMPARE(code(r), QStringLiteral("ParamMissing"));

        // Retry every failed event until it succeeds; outcomes follow the seed (keyedRandom).
        int succeededFirstTime = 0;
        for (const QJsonValue &e : failed) {
            const QString id = e["UserProvisioningEventId"].toString();
            const quint64 roll = emu.store().keyedRandom(QStringLiteral("ci-retry|%1|0").arg(id));
            const bool expectSuccess = int(roll % 100) < CloudIdentityHandler::RetrySuccessPercent;
            r = emu.ci(QStringLiteral("RetryUserProvisioningEvent"), {{"UserProvisioningEventId", id}});
            if (!emu.store().ciProvisionings().contains(e["UserProvisioningId"].toString())) {
                QCOMPARE(code(r), QStringLiteral("UserProvisionNotFound"));
                continue;
            }
            QCOMPARE(r.status, 200);
            QCOMPARE(result(r), QJsonObject());
            const CiProvisioningEvent *event = emu.store().ciEvents().find(id);
            QCOMPARE(!event->isFailed(), expectSuccess);
            succeededFirstTime += expectSuccess ? 1 : 0;
            for (int attempt = 0; attempt < 50 && event->isFailed(); ++attempt)
                QCOMPARE(emu.ci(QStringLiteral("RetryUserProvisioningEvent"), {{"UserProvisioningEventId", id}}).status, 200);
            QVERIFY(!event->isFailed());
        }
        QVERIFY(succeededFirstTime >= 9); // "most retries succeed"
        r = emu.ci(QStringLiteral("ListUserProvisioningEvents"), {{"PageSize", 100}});
        QCOMPARE(result(r)["Total"].toInt(), 0);
    }

    void deleteFailedEvent()
    {
        InProcessEmulator emu;
        auto r = emu.ci(QStringLiteral("ListUserProvisioningEvents"), {{"PageSize", 1}});
        const QString id = result(r)["UserProvisioningEvent"].toArray().first()["UserProvisioningEventId"].toString();
        QCOMPARE(emu.ci(QStringLiteral("DeleteUserProvisioningEvent"), {{"UserProvisioningEventId", id}}).status, 200);
        r = emu.ci(QStringLiteral("ListUserProvisioningEvents"), {{"PageSize", 1}});
        QCOMPARE(result(r)["Total"].toInt(), 17);
        QCOMPARE(code(emu.ci(QStringLiteral("DeleteUserProvisioningEvent"), {{"UserProvisioningEventId", id}})),
                 QStringLiteral("UserProvisionEventNotFound"));
    }
};

QTEST_GUILESS_MAIN(TstCloudIdentity)
#include "tst_cloudidentity.moc"
