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
        // Cloud Identity publishes 400 OperateTooFrequentlyException for throttling (it has no Throttling code).
        QCOMPARE(r.status, 400);
        const QJsonObject md = r.json.value(QStringLiteral("ResponseMetadata")).toObject();
        QCOMPARE(md.value(QStringLiteral("Error")).toObject().value(QStringLiteral("Code")).toString(),
                 QStringLiteral("OperateTooFrequentlyException"));
        QCOMPARE(md.value(QStringLiteral("Error")).toObject().value(QStringLiteral("Message")).toString(),
                 QStringLiteral("Perform action[ListUsers] too frequently"));
        QCOMPARE(md.value(QStringLiteral("Action")).toString(), QStringLiteral("ListUsers"));
        QCOMPARE(md.value(QStringLiteral("Service")).toString(), QStringLiteral("cloudidentity"));
        QVERIFY(!r.json.contains(QStringLiteral("Result")));
        QVERIFY(r.raw.header("Retry-After").toInt() >= 1);
        // The id service shares the key's bucket and answers with its own published code, 429 Throttling.
        r = emu.id(QStringLiteral("ListUserPools"), {{"PageNumber", 1}, {"PageSize", 1}});
        QCOMPARE(r.status, 429);
        QCOMPARE(InProcessEmulator::volcErrorCode(r), QStringLiteral("Throttling"));
        QVERIFY(r.raw.header("Retry-After").toInt() >= 1);
        // A third of a second later one token is back.
        fakeMs += 340;
        QCOMPARE(emu.ci(QStringLiteral("ListUsers")).status, 200);
        QCOMPARE(InProcessEmulator::volcErrorCode(emu.ci(QStringLiteral("ListUsers"))),
                 QStringLiteral("OperateTooFrequentlyException"));
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

    void cloudIdentityWriteLock()
    {
        InProcessEmulator emu;
        qint64 fakeMs = 1000;
        emu.dispatcher().setMonotonicClock([&fakeMs] { return fakeMs; });
        // Off by default in process: back-to-back writes all succeed.
        QCOMPARE(emu.ci(QStringLiteral("CreateGroup"), {{"GroupName", "lock-0"}, {"JoinType", "Manual"}}).status, 200);
        QCOMPARE(emu.ci(QStringLiteral("CreateGroup"), {{"GroupName", "lock-1"}, {"JoinType", "Manual"}}).status, 200);

        emu.dispatcher().policy().setWriteLockMs(50);
        auto r = emu.ci(QStringLiteral("CreateGroup"), {{"GroupName", "lock-2"}, {"JoinType", "Manual"}});
        QCOMPARE(r.status, 200);
        QCOMPARE(r.raw.delayMs(), 50); // answered when the lock ends
        // Another write while it is in progress: refused, nothing changes.
        fakeMs += 49;
        r = emu.ci(QStringLiteral("CreateGroup"), {{"GroupName", "lock-3"}, {"JoinType", "Manual"}});
        QCOMPARE(r.status, 400);
        QCOMPARE(InProcessEmulator::volcErrorCode(r), QStringLiteral("ConcurrentException"));
        QCOMPARE(r.json.value(QStringLiteral("ResponseMetadata")).toObject().value(QStringLiteral("Error")).toObject()
                     .value(QStringLiteral("Message")).toString(), QStringLiteral("Concurrent request exception"));
        QCOMPARE(r.raw.delayMs(), 0);
        QVERIFY(!emu.store().ciGroupNames().contains(QStringLiteral("lock-3")));
        // Reads are never refused, nor are id / CloudSSO writes.
        QCOMPARE(emu.ci(QStringLiteral("ListGroups")).status, 200);
        QCOMPARE(emu.sso(QStringLiteral("CreateGroup"), {{QStringLiteral("GroupName"), QStringLiteral("lock-sso")}}).status, 200);
        // A refused write does not extend the lock; once it ends the next write goes through.
        fakeMs += 1;
        r = emu.ci(QStringLiteral("CreateGroup"), {{"GroupName", "lock-3"}, {"JoinType", "Manual"}});
        QCOMPARE(r.status, 200);
        // A write that fails validation held the instance too (it was in progress).
        fakeMs += 50;
        r = emu.ci(QStringLiteral("CreateGroup"), {{"GroupName", "lock-4"}, {"JoinType", "Sometimes"}});
        QCOMPARE(InProcessEmulator::volcErrorCode(r), QStringLiteral("InvalidParam"));
        QCOMPARE(r.raw.delayMs(), 50);
        QCOMPARE(InProcessEmulator::volcErrorCode(emu.ci(QStringLiteral("DeleteUser"), {{"UserId", "1"}})),
                 QStringLiteral("ConcurrentException"));
    }

    void readOnlyKeyAndServiceStatus()
    {
        InProcessEmulator emu;
        emu.dispatcher().policy().addReadOnlyKey(QString::fromLatin1(InProcessEmulator::AccessKey));
        auto r = emu.ci(QStringLiteral("CreateGroup"), {{"GroupName", "ro"}, {"JoinType", "Manual"}});
        QCOMPARE(r.status, 400);
        QCOMPARE(InProcessEmulator::volcErrorCode(r), QStringLiteral("PermissionError"));
        QVERIFY(!emu.store().ciGroupNames().contains(QStringLiteral("ro")));
        QCOMPARE(emu.ci(QStringLiteral("ListGroups")).status, 200);
        r = emu.id(QStringLiteral("CreateUserPool"), {{"Name", "ro-pool"}});
        QCOMPARE(r.status, 403);
        QCOMPARE(InProcessEmulator::volcErrorCode(r), QStringLiteral("AccessDenied"));
        QCOMPARE(emu.id(QStringLiteral("ListUserPools"), {{"PageNumber", 1}, {"PageSize", 10}}).status, 200);
        r = emu.sso(QStringLiteral("CreateGroup"), {{QStringLiteral("GroupName"), QStringLiteral("ro")}});
        QCOMPARE(r.status, 403);
        QCOMPARE(r.json.value(QStringLiteral("Code")).toString(), QStringLiteral("NoPermission"));
        QCOMPARE(emu.sso(QStringLiteral("ListGroups")).status, 200);

        InProcessEmulator down;
        down.dispatcher().policy().setCloudIdentityStatus(QStringLiteral("Disabled"));
        r = down.ci(QStringLiteral("ListUsers"));
        QCOMPARE(r.status, 400);
        QCOMPARE(InProcessEmulator::volcErrorCode(r), QStringLiteral("ServiceStatusException"));
        QCOMPARE(r.json.value(QStringLiteral("ResponseMetadata")).toObject().value(QStringLiteral("Error")).toObject()
                     .value(QStringLiteral("Message")).toString(),
                 QStringLiteral("Can not perform action[ListUsers] when service is Disabled"));
        QCOMPARE(down.id(QStringLiteral("ListUserPools"), {{"PageNumber", 1}, {"PageSize", 10}}).status, 200);
    }

    void quotas()
    {
        InProcessEmulator emu;
        const int users = emu.store().ciUsers().size();
        emu.dispatcher().policy().setQuota(QStringLiteral("cloudidentity.users"), users + 1);
        QCOMPARE(emu.ci(QStringLiteral("CreateUser"), {{"UserName", "quota.one"}}).status, 200);
        auto r = emu.ci(QStringLiteral("CreateUser"), {{"UserName", "quota.two"}});
        QCOMPARE(r.status, 429);
        QCOMPARE(InProcessEmulator::volcErrorCode(r), QStringLiteral("ReachedQuotaLimit"));
        QCOMPARE(emu.store().ciUsers().size(), users + 1);
        emu.dispatcher().policy().setQuota(QStringLiteral("cloudidentity.groups"), 0);
        QCOMPARE(InProcessEmulator::volcErrorCode(emu.ci(QStringLiteral("CreateGroup"), {{"GroupName", "q"}, {"JoinType", "Manual"}})),
                 QStringLiteral("ReachedQuotaLimit"));

        emu.dispatcher().policy().setQuota(QStringLiteral("id.userpools"), emu.store().pools().size());
        r = emu.id(QStringLiteral("CreateUserPool"), {{"Name", "quota-pool"}});
        QCOMPARE(r.status, 429);
        QCOMPARE(InProcessEmulator::volcErrorCode(r), QStringLiteral("QuotaExceeded"));
        const QString pool = emu.store().pools().items().front().id;
        emu.dispatcher().policy().setQuota(QStringLiteral("id.users"), emu.store().poolUserCount(pool));
        r = emu.id(QStringLiteral("CreateUser"), {{"UserPoolUid", pool}, {"PreferredUsername", "quota.user"}});
        QCOMPARE(r.status, 429);
        QCOMPARE(InProcessEmulator::volcErrorCode(r), QStringLiteral("QuotaExceeded"));
        // The limit is per pool: a pool with fewer users still accepts one.
        QString smaller;
        for (const auto &p : emu.store().pools().items())
            if (emu.store().poolUserCount(p.id) < emu.store().poolUserCount(pool))
                smaller = p.id;
        QVERIFY(!smaller.isEmpty());
        QCOMPARE(emu.id(QStringLiteral("CreateUser"), {{"UserPoolUid", smaller}, {"PreferredUsername", "quota.user"}}).status, 200);
    }

    void retryTaskConflict()
    {
        InProcessEmulator emu;
        qint64 fakeMs = 1000;
        emu.dispatcher().setMonotonicClock([&fakeMs] { return fakeMs; });
        emu.dispatcher().policy().setRetryTaskMs(2000);
        // Find a failed event whose retry fails (stays failed), by trying them in order.
        QString eventId, provisioningId;
        for (const auto &e : emu.store().ciEvents().items()) {
            if (!e.isFailed())
                continue;
            const auto r = emu.ci(QStringLiteral("RetryUserProvisioningEvent"), {{"UserProvisioningEventId", e.id}});
            QCOMPARE(r.status, 200);
            const auto *after = emu.store().ciEvents().find(e.id);
            if (after && after->isFailed()) {
                eventId = e.id;
                provisioningId = e.provisioningId;
                break;
            }
        }
        QVERIFY(!eventId.isEmpty());
        auto r = emu.ci(QStringLiteral("RetryUserProvisioningEvent"), {{"UserProvisioningEventId", eventId}});
        QCOMPARE(r.status, 409);
        QCOMPARE(InProcessEmulator::volcErrorCode(r), QStringLiteral("UserProvisionEventRetryConflict"));
        r = emu.ci(QStringLiteral("DeleteUserProvisioning"), {{"UserProvisioningId", provisioningId}});
        QCOMPARE(r.status, 409);
        QCOMPARE(InProcessEmulator::volcErrorCode(r), QStringLiteral("UserProvisionEventRetryConflict"));
        QVERIFY(emu.store().ciProvisionings().contains(provisioningId));
        fakeMs += 2000;
        QCOMPARE(emu.ci(QStringLiteral("RetryUserProvisioningEvent"), {{"UserProvisioningEventId", eventId}}).status, 200);
    }

    void idStatusConflict()
    {
        InProcessEmulator emu;
        emu.dispatcher().policy().setStatusConflictRate(1.0);
        const int pools = emu.store().pools().size();
        auto r = emu.id(QStringLiteral("CreateUserPool"), {{"Name", "conflict-pool"}});
        QCOMPARE(r.status, 409);
        QCOMPARE(InProcessEmulator::volcErrorCode(r), QStringLiteral("StatusConflict"));
        QCOMPARE(emu.store().pools().size(), pools);
        QCOMPARE(emu.id(QStringLiteral("ListUserPools"), {{"PageNumber", 1}, {"PageSize", 10}}).status, 200);
        QCOMPARE(emu.ci(QStringLiteral("CreateGroup"), {{"GroupName", "not-id"}, {"JoinType", "Manual"}}).status, 200);
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
