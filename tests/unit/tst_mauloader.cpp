// SPDX-License-Identifier: GPL-3.0-or-later
// MauLoader against a scripted HTTP server: deterministic answers, failures and timing.
#include "api/ApiClient.h"
#include "cloud/MauLoader.h"
#include "ScriptedHttpServer.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QtTest>

namespace {
QDate month(int y, int m)
{
    return QDate(y, m, 1);
}

const QStringList kUids{QStringLiteral("uid-a"), QStringLiteral("uid-b"), QStringLiteral("uid-c")};
const QStringList kNames{QStringLiteral("Alpha"), QStringLiteral("测试池"), QString()};

double expectedMau(const QString &monthKey, int pool)
{
    return monthKey.mid(5, 2).toInt() * 1000 + pool * 10 + 0.4; // floats on purpose
}

QJsonObject envelope(const QString &action, const QString &requestId, const QJsonObject &result)
{
    return QJsonObject{{QStringLiteral("ResponseMetadata"),
                        QJsonObject{{QStringLiteral("RequestId"), requestId},
                                    {QStringLiteral("Action"), action},
                                    {QStringLiteral("Version"), QStringLiteral("2025-10-30")},
                                    {QStringLiteral("Service"), QStringLiteral("id")},
                                    {QStringLiteral("Region"), QStringLiteral("cn-beijing")}}},
                       {QStringLiteral("Result"), result}};
}

QJsonObject errorEnvelope(const QString &action, const QString &requestId, const QString &code, const QString &message)
{
    return QJsonObject{{QStringLiteral("ResponseMetadata"),
                        QJsonObject{{QStringLiteral("RequestId"), requestId},
                                    {QStringLiteral("Action"), action},
                                    {QStringLiteral("Version"), QStringLiteral("2025-10-30")},
                                    {QStringLiteral("Service"), QStringLiteral("id")},
                                    {QStringLiteral("Error"), QJsonObject{{QStringLiteral("Code"), code},
                                                                          {QStringLiteral("Message"), message}}}}}};
}
}

class TestMauLoader : public QObject
{
    Q_OBJECT

private:
    ScriptedHttpServer *m_server = nullptr;
    ApiClient *m_client = nullptr;
    QString m_failMonth = QStringLiteral("2025-02");   // answered with InternalError
    QString m_sparseMonth = QStringLiteral("2025-03"); // leaves uid-c out
    QString m_wrongMonth;                               // answered for another month
    bool m_failList = false;
    int m_manyPools = 0;                                // > 0: ListUserPools lists this many pools
    QByteArray m_dateHeader;                            // the server's Date header, when set
    int m_maxUidsSeen = 0;

    QStringList uids() const
    {
        if (m_manyPools <= 0)
            return kUids;
        QStringList out;
        for (int i = 0; i < m_manyPools; ++i)
            out << QStringLiteral("pool-%1").arg(i, 3, 10, QLatin1Char('0'));
        return out;
    }

    ScriptedHttpServer::Response answer(const ScriptedHttpServer::Request &request)
    {
        const QString action = request.queryValue(QStringLiteral("Action"));
        const QJsonObject body = request.jsonBody();
        if (action == QLatin1String("ListUserPools")) {
            if (m_failList)
                return ScriptedHttpServer::Response::json(
                    403, errorEnvelope(action, QStringLiteral("req-list"), QStringLiteral("AccessDenied"),
                                       QStringLiteral("You are not authorized to perform this action.")));
            const int page = body.value(QStringLiteral("PageNumber")).toInt(1);
            const int size = body.value(QStringLiteral("PageSize")).toInt(10);
            QJsonArray data;
            const QStringList all = uids();
            for (int i = (page - 1) * size; i < qMin(int(all.size()), page * size); ++i)
                data.append(QJsonObject{{QStringLiteral("Uid"), all.at(i)}, {QStringLiteral("Name"), kNames.value(i)}});
            return ScriptedHttpServer::Response::json(
                200, envelope(action, QStringLiteral("req-list-%1").arg(page),
                              QJsonObject{{QStringLiteral("Data"), data},
                                          {QStringLiteral("PageNumber"), page},
                                          {QStringLiteral("PageSize"), size},
                                          {QStringLiteral("TotalCount"), int(all.size())}}),
                ScriptedHttpServer::Headers(m_dateHeader.isEmpty() ? ScriptedHttpServer::Headers()
                                                                   : ScriptedHttpServer::Headers{{"Date", m_dateHeader}}));
        }
        if (action == QLatin1String("GetUserPoolMaus")) {
            const QString key = body.value(QStringLiteral("Month")).toString();
            if (key == m_failMonth)
                return ScriptedHttpServer::Response::json(
                           500, errorEnvelope(action, QStringLiteral("req-fail-%1").arg(key), QStringLiteral("InternalError"),
                                              QStringLiteral("Internal server error: boom.")))
                    .delayed(80);
            QJsonArray maus;
            const QJsonArray asked = body.value(QStringLiteral("UserPoolUids")).toArray();
            m_maxUidsSeen = qMax(m_maxUidsSeen, int(asked.size()));
            if (asked.size() > 100) // as the emulator: at most 100 UIDs
                return ScriptedHttpServer::Response::json(
                    400, errorEnvelope(action, QStringLiteral("req-many"), QStringLiteral("InvalidParameter.UserPoolUids"),
                                       QStringLiteral("The parameter UserPoolUids is invalid.")));
            for (const QJsonValue &uid : asked) {
                const int pool = int(uids().indexOf(uid.toString()));
                if (key == m_sparseMonth && uid.toString() == QLatin1String("uid-c"))
                    continue;
                maus.append(QJsonObject{{QStringLiteral("UserPoolUid"), uid}, {QStringLiteral("Mau"), expectedMau(key, pool)}});
            }
            maus.append(QJsonObject{{QStringLiteral("UserPoolUid"), QStringLiteral("not-asked")}, {QStringLiteral("Mau"), 5}});
            const QString answered = key == m_wrongMonth ? QStringLiteral("1999-01") : key;
            return ScriptedHttpServer::Response::json(
                       200, envelope(action, QStringLiteral("req-%1").arg(key),
                                     QJsonObject{{QStringLiteral("Month"), answered}, {QStringLiteral("UserPoolMaus"), maus}}))
                .delayed(80); // slow enough that concurrent requests overlap
        }
        return ScriptedHttpServer::Response::json(400, errorEnvelope(action, QStringLiteral("req-x"), QStringLiteral("InvalidAction"),
                                                                      QStringLiteral("The specified action is invalid.")));
    }

    QList<ScriptedHttpServer::Request> requestsFor(const QString &action) const
    {
        QList<ScriptedHttpServer::Request> out;
        for (const auto &r : m_server->requests())
            if (r.queryValue(QStringLiteral("Action")) == action)
                out << r;
        return out;
    }

private slots:
    void init()
    {
        m_failMonth = QStringLiteral("2025-02");
        m_sparseMonth = QStringLiteral("2025-03");
        m_wrongMonth.clear();
        m_failList = false;
        m_manyPools = 0;
        m_dateHeader.clear();
        m_maxUidsSeen = 0;
        m_server = new ScriptedHttpServer(this);
        QVERIFY(m_server->listen());
        m_server->setHandler([this](const ScriptedHttpServer::Request &r) { return answer(r); });
        m_client = new ApiClient(this);
        m_client->setCredentials(Credentials{QStringLiteral("AKLTunittest"), QStringLiteral("unit-secret"), QString()});
        m_client->setEndpoint(Service::Id, m_server->url());
        m_client->setMaxAttempts(1); // a failed month stays failed
    }
    void cleanup()
    {
        delete m_client;
        m_client = nullptr;
        delete m_server;
        m_server = nullptr;
    }

    void loadsEveryMonthConcurrently()
    {
        MauLoader loader(m_client);
        QSignalSpy pools(&loader, &MauLoader::poolsLoaded);
        QSignalSpy finished(&loader, &MauLoader::finished);
        QSignalSpy failed(&loader, &MauLoader::failed);
        const QList<QDate> months{month(2025, 1), month(2025, 2), month(2025, 3), month(2025, 4)};
        loader.load(months);
        QVERIFY(loader.isLoading());
        QVERIFY(finished.wait(10000));
        QCOMPARE(failed.count(), 0);
        QCOMPARE(finished.count(), 1);
        QVERIFY(!loader.isLoading());

        QCOMPARE(pools.count(), 1);
        const QList<MauPool> list = pools.at(0).at(0).value<QList<MauPool>>();
        QCOMPARE(list.size(), 3);
        QCOMPARE(list.at(1).name, kNames.at(1));
        QCOMPARE(list.at(2).displayName(), QStringLiteral("uid-c")); // no name: the UID

        const MauDataSet data = finished.at(0).at(0).value<MauDataSet>();
        QCOMPARE(data.months(), months);
        QCOMPARE(data.poolCount(), 3);
        // January and April: every pool, floats kept.
        for (int p = 0; p < 3; ++p) {
            QCOMPARE(data.value(0, p), expectedMau(QStringLiteral("2025-01"), p));
            QCOMPARE(data.value(3, p), expectedMau(QStringLiteral("2025-04"), p));
        }
        // February failed; its error carries code and RequestId; the others still loaded.
        QVERIFY(data.isFailed(1));
        QCOMPARE(data.failedCount(), 1);
        QCOMPARE(data.error(1).code, QStringLiteral("InternalError"));
        QCOMPARE(data.error(1).requestId, QStringLiteral("req-fail-2025-02"));
        QCOMPARE(data.error(1).httpStatus, 500);
        // March left uid-c out: missing, not 0 (value() reads 0 but hasValue() tells them apart).
        QCOMPARE(data.value(2, 0), expectedMau(QStringLiteral("2025-03"), 0));
        QVERIFY(data.hasValue(2, 0));
        QVERIFY(!data.hasValue(2, 2));
        QCOMPARE(data.missingCount(2), 1);
        QCOMPARE(data.value(2, 2), 0.0);
        QVERIFY(!data.isFailed(2));
        QVERIFY(!data.changePercent(2, 2).has_value());   // no change against an unknown figure
        QVERIFY(!data.changePercent(3).has_value());      // nor for a total that misses a pool
        // Past months (2025) are not the running month.
        QCOMPARE(data.partialMonth(), -1);

        // One GetUserPoolMaus per month, each naming the month and every selected pool, sent concurrently.
        const auto maus = requestsFor(QStringLiteral("GetUserPoolMaus"));
        QCOMPARE(maus.size(), 4);
        QStringList asked;
        for (const auto &r : maus) {
            asked << r.jsonBody().value(QStringLiteral("Month")).toString();
            QCOMPARE(r.jsonBody().value(QStringLiteral("UserPoolUids")).toArray(), QJsonArray::fromStringList(kUids));
        }
        asked.sort();
        QCOMPARE(asked, (QStringList{QStringLiteral("2025-01"), QStringLiteral("2025-02"), QStringLiteral("2025-03"),
                                     QStringLiteral("2025-04")}));
        QVERIFY2(m_server->maxInFlight() >= 2, qPrintable(QString::number(m_server->maxInFlight())));
        const auto lists = requestsFor(QStringLiteral("ListUserPools"));
        QCOMPARE(lists.size(), 1);
        QCOMPARE(lists.at(0).jsonBody().value(QStringLiteral("PageSize")).toInt(), 100);
    }

    void selectedPoolsAndCachedPoolList()
    {
        MauLoader loader(m_client);
        QSignalSpy finished(&loader, &MauLoader::finished);
        loader.load({month(2025, 1)});
        QVERIFY(finished.wait(10000));
        const int listRequests = int(requestsFor(QStringLiteral("ListUserPools")).size());

        loader.load({month(2025, 4), month(2025, 5)}, {QStringLiteral("uid-b"), QStringLiteral("uid-gone")}, false);
        QVERIFY(finished.wait(10000));
        QCOMPARE(requestsFor(QStringLiteral("ListUserPools")).size(), listRequests); // pools reused
        const MauDataSet data = finished.last().at(0).value<MauDataSet>();
        QCOMPARE(data.poolCount(), 1);
        QCOMPARE(data.pools().at(0).uid, QStringLiteral("uid-b"));
        QCOMPARE(data.value(1, 0), expectedMau(QStringLiteral("2025-05"), 1));
        const auto maus = requestsFor(QStringLiteral("GetUserPoolMaus"));
        QCOMPARE(maus.last().jsonBody().value(QStringLiteral("UserPoolUids")).toArray(),
                 QJsonArray{QStringLiteral("uid-b")});
    }

    void invalidMonthIsRefusedWithoutSending()
    {
        MauLoader loader(m_client);
        QSignalSpy finished(&loader, &MauLoader::finished);
        loader.load({QDate(10000, 1, 1), month(2025, 1)}); // "10000-01" does not match ^\d{4}-(0[1-9]|1[0-2])$
        QVERIFY(finished.wait(10000));
        const MauDataSet data = finished.at(0).at(0).value<MauDataSet>();
        QVERIFY(data.isFailed(0));
        QCOMPARE(data.error(0).kind, ApiError::Kind::InvalidInput);
        QVERIFY(!data.isFailed(1));
        const auto maus = requestsFor(QStringLiteral("GetUserPoolMaus"));
        QCOMPARE(maus.size(), 1);
        QCOMPARE(maus.at(0).jsonBody().value(QStringLiteral("Month")).toString(), QStringLiteral("2025-01"));
    }

    void tooManyMonthsRefused()
    {
        MauLoader loader(m_client);
        QSignalSpy failed(&loader, &MauLoader::failed);
        QSignalSpy finished(&loader, &MauLoader::finished);
        loader.load(MauDataSet::lastMonths(37, QDate(2025, 12, 1)));
        QVERIFY(failed.wait(5000));
        QCOMPARE(failed.at(0).at(0).value<ApiError>().kind, ApiError::Kind::InvalidInput);
        QCOMPARE(finished.count(), 0);
        QCOMPARE(m_server->requestCount(), 0);
    }

    void poolListFailure()
    {
        m_failList = true;
        MauLoader loader(m_client);
        QSignalSpy failed(&loader, &MauLoader::failed);
        QSignalSpy finished(&loader, &MauLoader::finished);
        loader.load({month(2025, 1)});
        QVERIFY(failed.wait(10000));
        const ApiError e = failed.at(0).at(0).value<ApiError>();
        QCOMPARE(e.code, QStringLiteral("AccessDenied"));
        QCOMPARE(e.requestId, QStringLiteral("req-list"));
        QCOMPARE(finished.count(), 0);
        QVERIFY(requestsFor(QStringLiteral("GetUserPoolMaus")).isEmpty());
    }

    void answerForAnotherMonthIsAnError()
    {
        m_wrongMonth = QStringLiteral("2025-04");
        MauLoader loader(m_client);
        QSignalSpy finished(&loader, &MauLoader::finished);
        loader.load({month(2025, 1), month(2025, 4)});
        QVERIFY(finished.wait(10000));
        const MauDataSet data = finished.at(0).at(0).value<MauDataSet>();
        QVERIFY(!data.isFailed(0));
        QVERIFY(data.isFailed(1));
        QCOMPARE(data.error(1).kind, ApiError::Kind::MalformedResponse);
        QCOMPARE(data.error(1).requestId, QStringLiteral("req-2025-04"));
    }

    void newLoadSupersedesOld()
    {
        MauLoader loader(m_client);
        QSignalSpy finished(&loader, &MauLoader::finished);
        loader.load({month(2025, 1), month(2025, 2)});
        loader.load({month(2025, 6)});
        QVERIFY(finished.wait(10000));
        QTest::qWait(300); // anything from the first load would have arrived by now
        QCOMPARE(finished.count(), 1);
        QCOMPARE(finished.at(0).at(0).value<MauDataSet>().months(), QList<QDate>{month(2025, 6)});

        loader.load({month(2025, 7)});
        loader.cancel();
        QVERIFY(!loader.isLoading());
        QTest::qWait(400);
        QCOMPARE(finished.count(), 1);
    }

    void cancelledFromOutside()
    {
        MauLoader loader(m_client);
        QSignalSpy pools(&loader, &MauLoader::poolsLoaded);
        QSignalSpy finished(&loader, &MauLoader::finished);
        QSignalSpy failed(&loader, &MauLoader::failed);
        loader.load({month(2025, 1), month(2025, 3), month(2025, 4)});
        QVERIFY(pools.wait(10000));
        QVERIFY(m_server->waitForRequests(2)); // the month calls are out (answered after 80 ms)
        m_client->cancelAll();                 // e.g. the profile is switched
        QTRY_COMPARE(failed.count(), 1);
        QCOMPARE(failed.at(0).at(0).value<ApiError>().kind, ApiError::Kind::Cancelled);
        QVERIFY(!loader.isLoading());
        QTest::qWait(300);
        QCOMPARE(failed.count(), 1);   // once, not once per month
        QCOMPARE(finished.count(), 0); // and no data set of "failed" months
    }

    void noPools()
    {
        MauLoader loader(m_client);
        QSignalSpy finished(&loader, &MauLoader::finished);
        loader.load({month(2025, 1)}, {QStringLiteral("uid-none")});
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.at(0).at(0).value<MauDataSet>().poolCount(), 0);
        QVERIFY(requestsFor(QStringLiteral("GetUserPoolMaus")).isEmpty());
        QCOMPARE(loader.pools().size(), 3);
    }

    // Month boundaries: the service's month comes from the server-corrected clock in UTC+8, not the local clock.
    void currentMonthFollowsServerClockAndUtcPlus8_data()
    {
        QTest::addColumn<QDateTime>("localClock");
        QTest::addColumn<QByteArray>("serverDate");
        QTest::addColumn<QString>("expectedLast");
        // Local UTC says 30 Nov 16:30; in China it is already 1 Dec 00:30.
        // (The server agrees with the local clock.)
        QTest::newRow("utc+8 crosses midnight") << QDateTime(QDate(2025, 11, 30), QTime(16, 30), Qt::UTC)
                                                << QByteArray("Sun, 30 Nov 2025 16:30:00 GMT") << QStringLiteral("2025-12");
        QTest::newRow("utc+8 same day") << QDateTime(QDate(2025, 11, 30), QTime(15, 30), Qt::UTC)
                                        << QByteArray("Sun, 30 Nov 2025 15:30:00 GMT") << QStringLiteral("2025-11");
        // The local clock is 8 h slow; the server's Date header (30 Nov 18:00 GMT = 1 Dec 02:00 in China) wins.
        QTest::newRow("server clock ahead") << QDateTime(QDate(2025, 11, 30), QTime(10, 0), Qt::UTC)
                                            << QByteArray("Sun, 30 Nov 2025 18:00:00 GMT") << QStringLiteral("2025-12");
        // The local clock is in December, the server still in November (30 Nov 10:00 GMT = 18:00 in China).
        QTest::newRow("server clock behind") << QDateTime(QDate(2025, 12, 1), QTime(3, 0), Qt::UTC)
                                             << QByteArray("Sun, 30 Nov 2025 10:00:00 GMT") << QStringLiteral("2025-11");
    }
    void currentMonthFollowsServerClockAndUtcPlus8()
    {
        QFETCH(QDateTime, localClock);
        QFETCH(QByteArray, serverDate);
        QFETCH(QString, expectedLast);
        m_dateHeader = serverDate;
        m_sparseMonth.clear();
        m_failMonth.clear();
        m_client->setClock([localClock] { return localClock; });
        MauLoader loader(m_client);
        QSignalSpy finished(&loader, &MauLoader::finished);
        loader.loadRecent(3);
        QVERIFY(finished.wait(10000));
        const MauDataSet data = finished.at(0).at(0).value<MauDataSet>();
        QCOMPARE(data.monthCount(), 3);
        QCOMPARE(MauDataSet::monthKey(data.months().last()), expectedLast);
        // The running month is marked partial ("to date") and labelled so.
        QCOMPARE(data.partialMonth(), 2);
        QVERIFY(data.displayMonthLabel(2, QLocale(QLocale::English)).contains(QStringLiteral("to date")));
        QVERIFY(!data.displayMonthLabel(1, QLocale(QLocale::English)).contains(QStringLiteral("to date")));
        QStringList asked;
        for (const auto &r : requestsFor(QStringLiteral("GetUserPoolMaus")))
            asked << r.jsonBody().value(QStringLiteral("Month")).toString();
        QVERIFY2(asked.contains(expectedLast), qPrintable(asked.join(QLatin1Char(','))));
    }

    void serviceTodayIsUtcPlus8()
    {
        QCOMPARE(MauDataSet::serviceToday(QDateTime(QDate(2025, 12, 31), QTime(15, 59, 59), Qt::UTC)), QDate(2025, 12, 31));
        QCOMPARE(MauDataSet::serviceToday(QDateTime(QDate(2025, 12, 31), QTime(16, 0, 0), Qt::UTC)), QDate(2026, 1, 1));
    }

    // More than 100 pools: UserPoolUids goes in chunks of at most 100 and every pool gets its figure.
    void moreThan100PoolsAreChunked()
    {
        m_manyPools = 250;
        m_sparseMonth.clear();
        m_failMonth.clear();
        MauLoader loader(m_client);
        QSignalSpy finished(&loader, &MauLoader::finished);
        const QList<QDate> months{month(2025, 1), month(2025, 4)};
        loader.load(months);
        QVERIFY(finished.wait(20000));
        const MauDataSet data = finished.at(0).at(0).value<MauDataSet>();
        QCOMPARE(data.poolCount(), 250);
        QCOMPARE(data.failedCount(), 0);
        for (int m = 0; m < 2; ++m) {
            QCOMPARE(data.missingCount(m), 0);
            for (int p = 0; p < 250; ++p)
                QCOMPARE(data.value(m, p), expectedMau(MauDataSet::monthKey(months.at(m)), p));
        }
        QCOMPARE(m_maxUidsSeen, 100);
        QCOMPARE(requestsFor(QStringLiteral("GetUserPoolMaus")).size(), 6);   // 3 chunks x 2 months
        QCOMPARE(loader.mauCallsMade(), 6);
    }
};

QTEST_GUILESS_MAIN(TestMauLoader)
#include "tst_mauloader.moc"
