// SPDX-License-Identifier: GPL-3.0-or-later
// UserPoolListLoader (the pools pane's loader, widget-free) against the real emulator: every pool listed, each
// pool's Enabled filled by GetUserPool (visible rows asked first), the MAU column for the chosen month, a second
// load() discarding the first generation's answers, cancel() stopping everything, vanished pools removed.
#include "EmulatorFixture.h"
#include "api/ApiClient.h"
#include "cloud/UserPoolService.h"
#include "models/UserPoolListLoader.h"
#include "models/UserPoolModel.h"

#include <QDate>
#include <QJsonArray>
#include <QSignalSpy>
#include <QtTest>

class TestUserPoolListLoader : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        m_emu = new EmulatorFixture({QStringLiteral("--dataset"), QStringLiteral("demo")});
        QString error;
        QVERIFY2(m_emu->start(&error), qPrintable(error));
        m_client = new ApiClient;
        m_client->setCredentials(Credentials{m_emu->accessKey(), m_emu->secret(), QString()});
        m_client->setEndpoint(Service::Id, m_emu->endpoint());
        m_client->setRetryBaseDelay(20);
    }
    void cleanupTestCase()
    {
        delete m_client;
        delete m_emu;
    }

    void loadsPoolsDetailsAndMau()
    {
        const QStringList serverUids = listedUids();
        QVERIFY(serverUids.size() >= 2);
        UserPoolService service(m_client);
        UserPoolModel model;
        UserPoolListLoader loader(&model);
        QStringList priorityAsked;
        loader.setRowPriority([&](int row) {
            priorityAsked << model.pool(row).uid;
            return model.rowCount() - row;   // the last row is "shown first"
        });
        loader.setService(&service);
        QSignalSpy finished(&loader, &UserPoolListLoader::listFinished);
        QSignalSpy pages(&loader, &UserPoolListLoader::pageLoaded);
        loader.load();
        QVERIFY(loader.isListing());
        QVERIFY(finished.wait(30000));
        QVERIFY(finished.first().first().toBool());
        QVERIFY(pages.count() >= 1);
        QVERIFY(!loader.isListing());
        QStringList uids = model.uids();
        uids.sort();
        QStringList expected = serverUids;
        expected.sort();
        QCOMPARE(uids, expected);
        QTRY_COMPARE_WITH_TIMEOUT(loader.pendingDetails(), 0, 30000);
        QVERIFY(model.uidsWithoutDetail().isEmpty());   // every Enabled known
        for (const QString &uid : serverUids)
            QVERIFY(priorityAsked.contains(uid));        // each asked where it is shown
        // Enabled matches GetUserPool asked directly.
        const QString uid = serverUids.first();
        const UserPool direct = directPool(uid);
        QCOMPARE(direct.uid, uid); // answered (an unanswered read leaves the pool empty)
        QCOMPARE(model.poolByUid(uid).enabled, direct.enabled);
        QTRY_COMPARE_WITH_TIMEOUT(model.mauMonth(), UserPoolService::currentMonth(), 20000);

        // Another month: the MAU column is read again for it.
        const QString previous = QDate::currentDate().addMonths(-1).toString(QStringLiteral("yyyy-MM"));
        loader.setMauMonth(previous);
        QCOMPARE(loader.mauMonth(), previous);
        QTRY_COMPARE_WITH_TIMEOUT(model.mauMonth(), previous, 20000);
    }

    void newLoadDiscardsTheOldGeneration()
    {
        UserPoolService service(m_client);
        UserPoolModel model;
        UserPoolListLoader loader(&model);
        loader.setService(&service);
        QSignalSpy finished(&loader, &UserPoolListLoader::listFinished);
        loader.load();
        const quint64 first = loader.generation();
        loader.load();   // the first listing's reads are cancelled, its answers dropped
        QVERIFY(loader.generation() > first);
        QVERIFY(finished.wait(30000));
        QTest::qWait(500);
        QCOMPARE(finished.count(), 1);   // only the second generation reports
        QVERIFY(finished.first().first().toBool());
        QCOMPARE(model.rowCount(), listedUids().size());
    }

    void cancelStopsEverything()
    {
        UserPoolService service(m_client);
        UserPoolModel model;
        UserPoolListLoader loader(&model);
        loader.setService(&service);
        QSignalSpy finished(&loader, &UserPoolListLoader::listFinished);
        loader.load();
        loader.cancel();
        QVERIFY(!loader.isListing());
        QTest::qWait(1500);
        QCOMPARE(finished.count(), 0);
        QCOMPARE(loader.pendingDetails(), 0);

        loader.setService(nullptr);   // disconnected: load() does nothing
        loader.load();
        QVERIFY(!loader.isListing());
    }

    void vanishedPoolIsRemoved()
    {
        UserPoolService service(m_client);
        UserPoolModel model;
        UserPool ghost;
        ghost.uid = QStringLiteral("up-does-not-exist-0000");
        ghost.name = QStringLiteral("ghost");
        model.upsertListItems({ghost});
        UserPoolListLoader loader(&model);
        loader.setService(&service);
        QSignalSpy removed(&loader, &UserPoolListLoader::poolRemoved);
        loader.fetchDetails({ghost.uid});
        QVERIFY(removed.wait(20000));
        QCOMPARE(removed.first().first().toString(), ghost.uid);
        QCOMPARE(model.rowOfUid(ghost.uid), -1);
    }

private:
    QStringList listedUids()
    {
        ApiCall *call = m_client->listAll(Service::Id, QStringLiteral("ListUserPools"), {});
        QSignalSpy done(call, &ApiCall::finished);
        if (!done.wait(30000))
            return {};
        const ApiResult r = done.at(0).at(0).value<ApiResult>();
        QStringList uids;
        for (const QJsonValue &v : r.items)
            uids << UserPool::fromJson(v.toObject(), false).uid;
        return uids;
    }
    UserPool directPool(const QString &uid)
    {
        UserPoolService service(m_client);
        UserPool out;
        bool done = false;
        service.getUserPool(uid, this, [&](const UserPool &p, const ApiResult &) { out = p; done = true; });
        // No answer: an empty pool (no uid), which every caller's comparison then rejects; say why.
        if (!QTest::qWaitFor([&] { return done; }, 20000))
            qWarning("GetUserPool %s: no answer within 20 s", qPrintable(uid));
        return out;
    }

    EmulatorFixture *m_emu = nullptr;
    ApiClient *m_client = nullptr;
};

QTEST_GUILESS_MAIN(TestUserPoolListLoader)
#include "tst_userpoollistloader.moc"
