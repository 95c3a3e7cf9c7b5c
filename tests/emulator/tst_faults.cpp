// SPDX-License-Identifier: GPL-3.0-or-later
// Throttling (headers and envelopes), injected failures, dropped connections and latency.
#include "InProcessEmulator.h"

#include <QJsonArray>
#include <QtTest>

using namespace emu;

class TstFaults : public QObject
{
    Q_OBJECT

private slots:
    void volcengineThrottling()
    {
        InProcessEmulator emu;
        qint64 fakeMs = 1000;
        emu.dispatcher().setMonotonicClock([&fakeMs] { return fakeMs; });
        emu.dispatcher().setThrottleQps(3);
        for (int i = 0; i < 3; ++i) // burst = 3
            QCOMPARE(emu.ci(QStringLiteral("ListUsers")).status, 200);
        auto r = emu.ci(QStringLiteral("ListUsers"));
        QCOMPARE(r.status, 429);
        const QJsonObject md = r.json.value(QStringLiteral("ResponseMetadata")).toObject();
        QCOMPARE(md.value(QStringLiteral("Error")).toObject().value(QStringLiteral("Code")).toString(), QStringLiteral("Throttling"));
        QCOMPARE(md.value(QStringLiteral("Action")).toString(), QStringLiteral("ListUsers"));
        QCOMPARE(md.value(QStringLiteral("Service")).toString(), QStringLiteral("cloudidentity"));
        QVERIFY(!r.json.contains(QStringLiteral("Result")));
        QVERIFY(r.raw.header("Retry-After").toInt() >= 1);
        // The id service shares the key's bucket.
        QCOMPARE(emu.id(QStringLiteral("ListUserPools"), {{"PageNumber", 1}, {"PageSize", 1}}).status, 429);
        // A third of a second later one token is back.
        fakeMs += 340;
        QCOMPARE(emu.ci(QStringLiteral("ListUsers")).status, 200);
        QCOMPARE(emu.ci(QStringLiteral("ListUsers")).status, 429);
        // Unsigned / wrongly signed requests are not counted against the key: they fail authentication first.
        SignedRequestFactory wrong(QString::fromLatin1(InProcessEmulator::AccessKey), "nope");
        r = emu.send(wrong.volc(QStringLiteral("ListUsers"), QStringLiteral("2023-01-01"), QStringLiteral("cloudidentity"), "{}", emu.clock().now()));
        QCOMPARE(r.status, 401);
    }

    void alibabaThrottling()
    {
        InProcessEmulator emu;
        qint64 fakeMs = 0;
        emu.dispatcher().setMonotonicClock([&fakeMs] { return fakeMs; });
        emu.dispatcher().setThrottleQps(2);
        QCOMPARE(emu.sso(QStringLiteral("ListDirectories"), {}, false).status, 200);
        QCOMPARE(emu.sso(QStringLiteral("ListDirectories"), {}, false).status, 200);
        auto r = emu.sso(QStringLiteral("ListDirectories"), {}, false);
        QCOMPARE(r.status, 400);
        QCOMPARE(r.json.value(QStringLiteral("Code")).toString(), QStringLiteral("Throttling.User"));
        QVERIFY(r.json.contains(QStringLiteral("HostId")));
        QVERIFY(r.json.contains(QStringLiteral("Recommend")));
        const int retryAfter = r.raw.header("x-acs-retry-after").toInt();
        QVERIFY(retryAfter >= 1);
        fakeMs += qint64(retryAfter) * 1000;
        QCOMPARE(emu.sso(QStringLiteral("ListDirectories"), {}, false).status, 200);
    }

    void injectedFailuresChangeNothing()
    {
        InProcessEmulator emu;
        emu.dispatcher().setFaultInjector(&emu.faults());
        emu.faults().setFailRate(1.0);
        QSet<int> statuses;
        for (int i = 0; i < 20; ++i) {
            const auto r = emu.ci(QStringLiteral("CreateGroup"), {{"GroupName", QStringLiteral("fault-%1").arg(i)}, {"JoinType", "Manual"}});
            statuses.insert(r.status);
            const QJsonObject error = r.json.value(QStringLiteral("ResponseMetadata")).toObject().value(QStringLiteral("Error")).toObject();
            QCOMPARE(error.value(QStringLiteral("Code")).toString(),
                     r.status == 500 ? QStringLiteral("InternalError") : QStringLiteral("ServiceUnavailable"));
            QVERIFY(!r.json.contains(QStringLiteral("Result")));
        }
        QCOMPARE(statuses, (QSet<int>{500, 503}));
        QCOMPARE(emu.store().ciGroups().size(), 30);
        for (int i = 0; i < 6; ++i) {
            const auto r = emu.sso(QStringLiteral("CreateGroup"), {{QStringLiteral("GroupName"), QStringLiteral("fault-%1").arg(i)}});
            QVERIFY(r.status == 500 || r.status == 503);
            QCOMPARE(r.json.value(QStringLiteral("Code")).toString(),
                     r.status == 500 ? QStringLiteral("InternalError") : QStringLiteral("ServiceUnavailable"));
        }
        QCOMPARE(emu.store().ssoDirectories().front().groups().size(), 20);
        emu.faults().setFailRate(0);
        QCOMPARE(emu.ci(QStringLiteral("ListGroups")).status, 200);
    }

    void droppedConnections()
    {
        InProcessEmulator emu;
        emu.dispatcher().setFaultInjector(&emu.faults());
        emu.faults().setResetRate(1.0);
        // Reads: dropped before processing.
        QVERIFY(emu.ci(QStringLiteral("ListUsers")).raw.dropConnection());
        // Writes: sometimes applied, sometimes not -- the client cannot tell.
        int applied = 0, notApplied = 0;
        for (int i = 0; i < 40; ++i) {
            const QString name = QStringLiteral("reset-%1").arg(i);
            const auto r = emu.ci(QStringLiteral("CreateGroup"), {{"GroupName", name}, {"JoinType", "Manual"}});
            QVERIFY(r.raw.dropConnection());
            if (emu.store().ciGroupNames().contains(name))
                ++applied;
            else
                ++notApplied;
        }
        QVERIFY(applied > 0);
        QVERIFY(notApplied > 0);
        emu.faults().setResetRate(0);
        QVERIFY(!emu.ci(QStringLiteral("ListUsers")).raw.dropConnection());
    }

    void latency()
    {
        InProcessEmulator emu;
        emu.dispatcher().setFaultInjector(&emu.faults());
        emu.faults().setLatency(20, 40);
        for (int i = 0; i < 30; ++i) {
            const int delay = emu.ci(QStringLiteral("ListUsers")).raw.delayMs();
            QVERIFY(delay >= 20 && delay <= 40);
        }
        emu.faults().setLatency(15, 15);
        QCOMPARE(emu.sso(QStringLiteral("ListDirectories"), {}, false).raw.delayMs(), 15);
    }

    void faultsAreReproducible()
    {
        auto sequence = [](quint64 seed) {
            FaultInjector f(seed);
            f.setFailRate(0.3);
            f.setResetRate(0.3);
            f.setLatency(0, 100);
            QList<int> out;
            for (int i = 0; i < 50; ++i)
                out << f.failureStatus() << int(f.reset(i % 2)) << f.latencyMs();
            return out;
        };
        QCOMPARE(sequence(5), sequence(5));
        QVERIFY(sequence(5) != sequence(6));
    }

    void requestLog()
    {
        InProcessEmulator emu;
        QStringList lines;
        emu.dispatcher().setLogSink([&lines](const QString &line) { lines << line; });
        emu.ci(QStringLiteral("ListUsers"));
        emu.sso(QStringLiteral("ListDirectories"), {}, false);
        QCOMPARE(lines.size(), 2);
        QVERIFY(lines[0].contains(QLatin1String("ak=AKLTemulatortest0001")));
        QVERIFY(lines[0].contains(QLatin1String("action=cloudidentity:ListUsers")));
        QVERIFY(lines[0].contains(QLatin1String("status=200")));
        QVERIFY(lines[0].contains(QLatin1String("ms=")));
        QVERIFY(lines[1].contains(QLatin1String("action=cloudsso:ListDirectories")));
        for (const QString &line : lines) {
            QVERIFY(!line.contains(QLatin1String(InProcessEmulator::Secret)));
            QVERIFY(!line.contains(QLatin1String("Signature")));
        }
    }
};

QTEST_GUILESS_MAIN(TstFaults)
#include "tst_faults.moc"
