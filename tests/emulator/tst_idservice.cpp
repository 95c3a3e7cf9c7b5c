// SPDX-License-Identifier: GPL-3.0-or-later
// Volcengine Agent Identity (`id`): validation, paging, pools, pool users, MAU.
#include "InProcessEmulator.h"
#include "MauModel.h"
#include "TimeFormat.h"

#include <QJsonArray>
#include <QtTest>

using namespace emu;

namespace {
QString code(const InProcessEmulator::Reply &r) { return InProcessEmulator::volcErrorCode(r); }
QJsonObject result(const InProcessEmulator::Reply &r) { return InProcessEmulator::volcResult(r); }
QString message(const InProcessEmulator::Reply &r) { return InProcessEmulator::volcErrorMessage(r); }
} // namespace

class TstIdService : public QObject
{
    Q_OBJECT

private slots:
    void listUserPoolsValidation()
    {
        InProcessEmulator emu;
        auto r = emu.id(QStringLiteral("ListUserPools"), {{"PageSize", 10}});
        QCOMPARE(r.status, 400);
        QCOMPARE(code(r), QStringLiteral("MissingParameter.PageNumber"));
        QCOMPARE(message(r),
                 QStringLiteral("The required parameter PageNumber is missing."));
        r = emu.id(QStringLiteral("ListUserPools"), {{"PageNumber", 1}});
        QCOMPARE(code(r), QStringLiteral("MissingParameter.PageSize"));
        r = emu.id(QStringLiteral("ListUserPools"), {{"PageNumber", 1}, {"PageSize", 101}});
        QCOMPARE(r.status, 400);
        QCOMPARE(code(r), QStringLiteral("InvalidParameter.PageSize"));
        QCOMPARE(message(r),
                 QStringLiteral("The parameter PageSize is invalid."));
        r = emu.id(QStringLiteral("ListUserPools"), {{"PageNumber", 0}, {"PageSize", 10}});
        QCOMPARE(code(r), QStringLiteral("InvalidParameter.PageNumber"));
        // Types must match: a string where an integer belongs.
        r = emu.id(QStringLiteral("ListUserPools"), {{"PageNumber", "1"}, {"PageSize", 10}});
        QCOMPARE(code(r), QStringLiteral("InvalidParameter.PageNumber"));
        r = emu.id(QStringLiteral("ListUserPools"), {{"PageNumber", 1.5}, {"PageSize", 10}});
        QCOMPARE(code(r), QStringLiteral("InvalidParameter.PageNumber"));
        r = emu.id(QStringLiteral("ListUserPools"), {{"PageNumber", 1}, {"PageSize", 10}, {"SortDirection", "Up"}});
        QCOMPARE(code(r), QStringLiteral("InvalidParameter.SortDirection"));
        // Malformed JSON body.
        r = emu.volcRaw(QStringLiteral("ListUserPools"), QStringLiteral("id"), "{\"PageNumber\":");
        QCOMPARE(r.status, 400);
        QCOMPARE(code(r), QStringLiteral("InvalidRequest"));
        r = emu.volcRaw(QStringLiteral("ListUserPools"), QStringLiteral("id"), "[1,2]");
        QCOMPARE(code(r), QStringLiteral("InvalidRequest"));
    }

    void listUserPoolsPaging()
    {
        InProcessEmulator emu;
        auto r = emu.id(QStringLiteral("ListUserPools"), {{"PageNumber", 1}, {"PageSize", 3}});
        QCOMPARE(r.status, 200);
        QJsonObject res = result(r);
        QCOMPARE(res["PageNumber"].toInt(), 1);
        QCOMPARE(res["PageSize"].toInt(), 3);
        QCOMPARE(res["TotalCount"].toInt(), 4);
        QCOMPARE(res["Data"].toArray().size(), 3);
        const QJsonObject item = res["Data"].toArray().first().toObject();
        QVERIFY(!item.contains(QStringLiteral("Enabled"))); // list items have no Enabled
        QVERIFY(item.contains(QStringLiteral("TotalUsers")));
        QVERIFY(item["CreateTime"].toString().endsWith(QLatin1Char('Z')));
        r = emu.id(QStringLiteral("ListUserPools"), {{"PageNumber", 2}, {"PageSize", 3}});
        QCOMPARE(result(r)["Data"].toArray().size(), 1);
        r = emu.id(QStringLiteral("ListUserPools"), {{"PageNumber", 9}, {"PageSize", 3}});
        QCOMPARE(result(r)["Data"].toArray().size(), 0);
        QCOMPARE(result(r)["TotalCount"].toInt(), 4);
        r = emu.id(QStringLiteral("ListUserPools"),
                   {{"PageNumber", 1}, {"PageSize", 10}, {"Filter", QJsonObject{{"Name", "PORTAL"}}}});
        QCOMPARE(result(r)["TotalCount"].toInt(), 1);
        r = emu.id(QStringLiteral("ListUserPools"),
                   {{"PageNumber", 1}, {"PageSize", 10}, {"SortField", "Name"}, {"SortDirection", "Desc"}});
        QCOMPARE(result(r)["Data"].toArray().first()["Name"].toString(), QStringLiteral("partner-apps"));
    }

    void poolLifecycle()
    {
        InProcessEmulator emu;
        auto r = emu.id(QStringLiteral("CreateUserPool"), {});
        QCOMPARE(code(r), QStringLiteral("MissingParameter.Name"));
        r = emu.id(QStringLiteral("CreateUserPool"), {{"Name", 42}});
        QCOMPARE(code(r), QStringLiteral("InvalidParameter.Name"));
        r = emu.id(QStringLiteral("CreateUserPool"), {{"Name", "new-pool"}, {"SignInAttributes", QJsonArray{"fax"}}});
        QCOMPARE(code(r), QStringLiteral("InvalidParameter.SignInAttributes"));
        r = emu.id(QStringLiteral("CreateUserPool"),
                   {{"Name", "new-pool"}, {"Description", "测试"}, {"Tags", QJsonArray{QJsonObject{{"Key", "env"}, {"Value", "test"}}}},
                    {"SelfSignUpEnabled", true}});
        QCOMPARE(r.status, 200);
        const QJsonObject pool = result(r);
        const QString uid = pool["Uid"].toString();
        QVERIFY(QRegularExpression(QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$")).match(uid).hasMatch());
        QCOMPARE(pool["Enabled"].toBool(), true);
        QCOMPARE(pool["SelfSignUpEnabled"].toBool(), true);
        QCOMPARE(pool["ProjectName"].toString(), QStringLiteral("default"));
        QCOMPARE(pool["TotalUsers"].toInt(), 0);
        r = emu.id(QStringLiteral("CreateUserPool"), {{"Name", "new-pool"}});
        QCOMPARE(r.status, 409);
        QCOMPARE(code(r), QStringLiteral("Duplicated"));

        r = emu.id(QStringLiteral("UpdateUserPool"), {{"UserPoolUid", uid}, {"Description", "updated"}});
        QCOMPARE(r.status, 200);
        QCOMPARE(result(r)["Description"].toString(), QStringLiteral("updated"));
        QCOMPARE(result(r)["Name"].toString(), QStringLiteral("new-pool")); // partial update

        // UpdateEnableUserPool: Enabled is the JSON string "true"/"false".
        r = emu.id(QStringLiteral("UpdateEnableUserPool"), {{"UserPoolUid", uid}, {"Enabled", false}});
        QCOMPARE(r.status, 400);
        QCOMPARE(code(r), QStringLiteral("InvalidParameter.Enabled"));
        r = emu.id(QStringLiteral("UpdateEnableUserPool"), {{"UserPoolUid", uid}, {"Enabled", "no"}});
        QCOMPARE(code(r), QStringLiteral("InvalidParameter.Enabled"));
        r = emu.id(QStringLiteral("UpdateEnableUserPool"), {{"UserPoolUid", uid}});
        QCOMPARE(code(r), QStringLiteral("MissingParameter.Enabled"));
        r = emu.id(QStringLiteral("UpdateEnableUserPool"), {{"UserPoolUid", uid}, {"Enabled", "false"}});
        QCOMPARE(r.status, 200);
        QCOMPARE(result(r)["Message"].toString(), QStringLiteral("Updated userpool enable flag successfully"));
        QCOMPARE(result(emu.id(QStringLiteral("GetUserPool"), {{"UserPoolUid", uid}}))["Enabled"].toBool(), false);

        r = emu.id(QStringLiteral("DeleteUserPool"), {{"UserPoolUid", uid}});
        QCOMPARE(r.status, 200);
        QVERIFY(result(r).contains(QStringLiteral("Message")));
        r = emu.id(QStringLiteral("GetUserPool"), {{"UserPoolUid", uid}});
        QCOMPARE(r.status, 404);
        QCOMPARE(code(r), QStringLiteral("NotFound"));
        QVERIFY(message(r).startsWith(QLatin1String("Resource not found: ")));
    }

    void maus()
    {
        InProcessEmulator emu;
        const auto pools = emu.store().pools().items();
        const int current = TimeFormat::monthIndexOf(emu.clock().nowMs());
        // Default: current month, all pools.
        auto r = emu.id(QStringLiteral("GetUserPoolMaus"));
        QCOMPARE(r.status, 200);
        QCOMPARE(result(r)["Month"].toString(), QStringLiteral("2025-06"));
        QJsonArray maus = result(r)["UserPoolMaus"].toArray();
        QCOMPARE(maus.size(), int(pools.size()));
        for (const QJsonValue &v : maus) {
            QVERIFY(v["Mau"].isDouble());
            const IdUserPool *pool = emu.store().pools().find(v["UserPoolUid"].toString());
            QVERIFY(pool);
            QCOMPARE(v["Mau"].toDouble(),
                     MauModel::mau(pool->id, TimeFormat::monthIndexOf(pool->createTime), current, current));
            QVERIFY(v["Mau"].toDouble() > 0);
        }
        // A month before the youngest pool existed: MAU 0 for it; the oldest pool still has users.
        const IdUserPool &youngest = pools.back();
        const IdUserPool &oldest = pools.front();
        const int beforeYoungest = TimeFormat::monthIndexOf(youngest.createTime) - 1;
        r = emu.id(QStringLiteral("GetUserPoolMaus"),
                   {{"Month", TimeFormat::monthName(beforeYoungest)},
                    {"UserPoolUids", QJsonArray{youngest.id, oldest.id, "no-such-pool"}}});
        QCOMPARE(r.status, 200);
        maus = result(r)["UserPoolMaus"].toArray();
        QCOMPARE(maus.size(), 2);
        for (const QJsonValue &v : maus) {
            if (v["UserPoolUid"].toString() == youngest.id)
                QCOMPARE(v["Mau"].toDouble(), 0.0);
            else
                QVERIFY(v["Mau"].toDouble() > 0);
        }
        // Outside the 24-month window: no entries.
        r = emu.id(QStringLiteral("GetUserPoolMaus"), {{"Month", TimeFormat::monthName(current - 24)}});
        QCOMPARE(result(r)["UserPoolMaus"].toArray().size(), 0);
        r = emu.id(QStringLiteral("GetUserPoolMaus"), {{"Month", TimeFormat::monthName(current + 1)}});
        QCOMPARE(result(r)["UserPoolMaus"].toArray().size(), 0);
        r = emu.id(QStringLiteral("GetUserPoolMaus"), {{"Month", TimeFormat::monthName(current - 23)}});
        QVERIFY(result(r)["UserPoolMaus"].toArray().size() > 0);
        // Month format.
        for (const char *bad : {"2025-13", "2025-6", "25-06", "2025/06", "2025-06-01"}) {
            r = emu.id(QStringLiteral("GetUserPoolMaus"), {{"Month", bad}});
            QCOMPARE(r.status, 400);
            QCOMPARE(code(r), QStringLiteral("InvalidParameter.Month"));
        }
        r = emu.id(QStringLiteral("GetUserPoolMaus"), {{"UserPoolUids", "not-an-array"}});
        QCOMPARE(code(r), QStringLiteral("InvalidParameter.UserPoolUids"));
    }

    void passwordHasNoPublishedMinimum()
    {
        // volcengine-id.md §7.3 / §7.4 publish no password rule (a pool's policy would decide): a short password is
        // the console's to refuse, not the emulator's. Only the emulator's 128-character bound stays.
        InProcessEmulator emu;
        const IdUserPool &pool = emu.store().pools().items().front();
        auto r = emu.id(QStringLiteral("CreateUser"),
                        {{"UserPoolUid", pool.id}, {"PreferredUsername", "short.pw"}, {"Password", "x"}});
        QCOMPARE(r.status, 200);
        const QString uid = result(r)["Uid"].toString();
        QVERIFY(!uid.isEmpty());
        QVERIFY(!result(r).contains(QStringLiteral("Password"))); // validated, never stored nor echoed
        r = emu.id(QStringLiteral("UpdateUser"), {{"UserPoolUid", pool.id}, {"UserUid", uid}, {"Password", "ab"}});
        QCOMPARE(r.status, 200);
        r = emu.id(QStringLiteral("UpdateUser"),
                   {{"UserPoolUid", pool.id}, {"UserUid", uid}, {"Password", QString(129, QLatin1Char('p'))}});
        QCOMPARE(r.status, 400);
        QCOMPARE(code(r), QStringLiteral("InvalidParameter.Password"));
    }

    void poolUsers()
    {
        InProcessEmulator emu;
        const IdUserPool &pool = emu.store().pools().items().front();
        const int count = emu.store().poolUserCount(pool.id);
        auto r = emu.id(QStringLiteral("ListUsers"), {{"UserPoolUid", pool.id}, {"PageNumber", 1}, {"PageSize", 100}});
        QCOMPARE(r.status, 200);
        QCOMPARE(result(r)["TotalCount"].toInt(), count);
        QCOMPARE(result(r)["Data"].toArray().size(), count);
        r = emu.id(QStringLiteral("ListUsers"), {{"UserPoolUid", "nope"}});
        QCOMPARE(code(r), QStringLiteral("NotFound"));

        // Token paging over the same pool visits every user once.
        QSet<QString> seen;
        QString token;
        int pages = 0;
        do {
            QJsonObject body{{"UserPoolUid", pool.id}, {"MaxResults", 7}};
            if (!token.isEmpty())
                body.insert(QStringLiteral("NextToken"), token);
            r = emu.id(QStringLiteral("ListUsers"), body);
            QCOMPARE(r.status, 200);
            for (const QJsonValue &u : result(r)["Data"].toArray())
                seen.insert(u["Uid"].toString());
            token = result(r)["NextToken"].toString();
            ++pages;
        } while (!token.isEmpty() && pages < 100);
        QCOMPARE(seen.size(), count);
        QCOMPARE(pages, (count + 6) / 7);

        // Create: identifier rules, duplicates.
        r = emu.id(QStringLiteral("CreateUser"), {{"UserPoolUid", pool.id}, {"PreferredUsername", "bad name"}});
        QCOMPARE(code(r), QStringLiteral("InvalidParameter.PreferredUsername"));
        r = emu.id(QStringLiteral("CreateUser"), {{"UserPoolUid", pool.id}, {"Name", "No Identifier"}});
        QCOMPARE(code(r), QStringLiteral("InvalidParameter"));
        // No format is published for Email or PhoneNumber: any value within the length is accepted.
        r = emu.id(QStringLiteral("CreateUser"), {{"UserPoolUid", pool.id}, {"PreferredUsername", "odd.contact"},
                                                  {"Email", "not an address"}, {"PhoneNumber", "(010) 1234 ext. 5"}});
        QCOMPARE(r.status, 200);
        QCOMPARE(result(r)["Email"].toString(), QStringLiteral("not an address"));
        QCOMPARE(emu.id(QStringLiteral("DeleteUsers"), {{"UserPoolUid", pool.id}, {"UserUids", QJsonArray{result(r)["Uid"].toString()}}}).status, 200);
        r = emu.id(QStringLiteral("CreateUser"), {{"UserPoolUid", pool.id}, {"PreferredUsername", "new.user"},
                                                  {"Email", "new.user@example.com"}, {"EmailVerified", "yes"}});
        QCOMPARE(code(r), QStringLiteral("InvalidParameter.EmailVerified"));
        r = emu.id(QStringLiteral("CreateUser"), {{"UserPoolUid", pool.id}, {"PreferredUsername", "new.user"},
                                                  {"Email", "new.user@example.com"}, {"Name", "新用户"}});
        QCOMPARE(r.status, 200);
        const QString uid = result(r)["Uid"].toString();
        QCOMPARE(result(r)["Sub"].toString(), uid);
        r = emu.id(QStringLiteral("CreateUser"), {{"UserPoolUid", pool.id}, {"PreferredUsername", "NEW.user"}});
        QCOMPARE(r.status, 409);
        QCOMPARE(code(r), QStringLiteral("Duplicated"));

        // Search (UniversalSearch) finds the new user.
        r = emu.id(QStringLiteral("ListUsers"), {{"UserPoolUid", pool.id},
                                                 {"Filter", QJsonObject{{"UniversalSearch", QJsonArray{QJsonObject{{"Search", "新用"}}}}}}});
        QCOMPARE(result(r)["TotalCount"].toInt(), 1);

        r = emu.id(QStringLiteral("UpdateUser"), {{"UserPoolUid", pool.id}, {"UserUid", uid}, {"Nickname", "nick"}});
        QCOMPARE(r.status, 200);
        QCOMPARE(result(r)["Nickname"].toString(), QStringLiteral("nick"));
        QCOMPARE(result(r)["PreferredUsername"].toString(), QStringLiteral("new.user"));
        r = emu.id(QStringLiteral("UpdateUser"), {{"UserPoolUid", pool.id}, {"UserUid", "missing"}});
        QCOMPARE(r.status, 404);

        // DeleteUsers: HTTP 200 with per-item failures.
        r = emu.id(QStringLiteral("DeleteUsers"), {{"UserPoolUid", pool.id}});
        QCOMPARE(code(r), QStringLiteral("MissingParameter.UserUids"));
        r = emu.id(QStringLiteral("DeleteUsers"), {{"UserPoolUid", pool.id}, {"UserUids", QJsonArray{"ghost", uid}}});
        QCOMPARE(r.status, 200);
        QCOMPARE(result(r)["SuccessCount"].toInt(), 1);
        QCOMPARE(result(r)["FailureCount"].toInt(), 1);
        QCOMPARE(result(r)["SuccessfulUids"].toArray(), QJsonArray{uid});
        const QJsonObject failure = result(r)["ErrorsStructured"].toArray().first().toObject();
        QCOMPARE(failure["Index"].toInt(), 0);
        QCOMPARE(failure["Field"].toString(), QStringLiteral("UserUids"));
        QCOMPARE(emu.store().poolUserCount(pool.id), count);
    }
};

QTEST_GUILESS_MAIN(TstIdService)
#include "tst_idservice.moc"
