// SPDX-License-Identifier: GPL-3.0-or-later
// Two independent consoles writing to one Cloud Identity instance at the same time, against the real emulator with
// Cloud Identity's concurrency rule (a write while another write of the instance is in progress gets
// 400 ConcurrentException; --write-lock-ms holds each write). Each console's CloudIdentityWriteQueue sends one write
// at a time, so a console never collides with itself; the two consoles collide with each other, and the queue's
// backoff (1 s, 2 s, 4 s) must carry every write of both through.
#include "api/ApiClient.h"
#include "api/ExchangeRecord.h"
#include "cloud/CloudIdentityBackend.h"
#include "cloud/CloudIdentityWriteQueue.h"
#include "DirectoryBackendTestSupport.h"
#include "EmulatorFixture.h"
#include "cloud/Session.h"

#include <QSet>
#include <QtTest>
#include <memory>

class TestConcurrentWriters : public QObject, public DirectoryBackendTestSupport
{
    Q_OBJECT
private slots:
    void twoConsolesCollideAndAllWritesSucceed_data();
    void twoConsolesCollideAndAllWritesSucceed();
};

void TestConcurrentWriters::twoConsolesCollideAndAllWritesSucceed_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("writesPerConsole");
    // The default lock (5 ms) and a long one (every overlap collides).
    QTest::newRow("default --write-lock-ms") << QStringList() << 24;
    QTest::newRow("--write-lock-ms 30") << QStringList{QStringLiteral("--write-lock-ms"), QStringLiteral("30")} << 12;
}

void TestConcurrentWriters::twoConsolesCollideAndAllWritesSucceed()
{
    QFETCH(QStringList, args);
    QFETCH(int, writesPerConsole);
    EmulatorFixture emu(QStringList{QStringLiteral("--dataset"), QStringLiteral("empty"), QStringLiteral("--log")} + args);
    QString error;
    QVERIFY2(emu.start(&error), qPrintable(error));

    struct Console
    {
        std::unique_ptr<Session> session;
        std::unique_ptr<DirectoryBackend> backend;
        int concurrentAnswers = 0;
        int maxInFlight = 0;
        int retriedWrites = 0;
        QList<WriteResult> results;
    };
    Console consoles[2];
    for (int c = 0; c < 2; ++c) {
        Console &k = consoles[c];
        k.session = emulatorSession(emu, QStringLiteral("e2e-writer-%1").arg(c), Profile::Provider::Volcengine,
                                    QStringLiteral("cloudidentity"));
        k.backend.reset(DirectoryBackend::create(k.session.get()));
        QVERIFY(qobject_cast<CloudIdentityBackend *>(k.backend.get()));
        ApiClient *client = k.session->client();
        connect(client, &ApiClient::exchangeFinished, this, [&k](const ExchangeRecord &r) {
            k.concurrentAnswers += r.errorCode == QLatin1String("ConcurrentException");
        });
        connect(client, &ApiClient::inFlightChanged, this, [&k](int n) { k.maxInFlight = qMax(k.maxInFlight, n); });
        connect(CloudIdentityWriteQueue::forClient(client), &CloudIdentityWriteQueue::writeFinished, this,
                [&k](const QString &, const ApiResult &r) { k.retriedWrites += r.attempts > 1; });
    }
    QCOMPARE(CloudIdentityWriteQueue::forClient(consoles[0].session->client())->retryDelays(), (QList<int>{1000, 2000, 4000}));
    QVERIFY(consoles[0].session->client() != consoles[1].session->client());

    // Both consoles submit all their creates at once, then all their deletes: two queues, one instance.
    QStringList names[2];
    for (int i = 0; i < writesPerConsole; ++i) {
        for (int c = 0; c < 2; ++c) {
            UserDraft d;
            d.userName = uniqueName(QStringLiteral("e2e.writer%1").arg(c));
            d.displayName = QStringLiteral("Writer %1 user %2").arg(c).arg(i);
            names[c] << d.userName;
            Console &k = consoles[c];
            QVERIFY(k.backend->createUser(d, this, [&k](const WriteResult &w) { k.results << w; }));
        }
    }
    const int timeoutMs = 120000;
    QTRY_VERIFY_WITH_TIMEOUT(consoles[0].results.size() == writesPerConsole && consoles[1].results.size() == writesPerConsole,
                             timeoutMs);
    QStringList ids[2];
    for (int c = 0; c < 2; ++c) {
        for (const WriteResult &w : consoles[c].results) {
            QVERIFY2(w.ok(), qPrintable(w.error.toString()));
            ids[c] << w.result.value(QStringLiteral("UserId")).toString();
        }
        consoles[c].results.clear();
    }
    for (int i = 0; i < writesPerConsole; ++i) {
        for (int c = 0; c < 2; ++c) {
            Console &k = consoles[c];
            QVERIFY(k.backend->deleteUser(ids[c].at(i), this, [&k](const WriteResult &w) { k.results << w; }));
        }
    }
    QTRY_VERIFY_WITH_TIMEOUT(consoles[0].results.size() == writesPerConsole && consoles[1].results.size() == writesPerConsole,
                             timeoutMs);
    for (int c = 0; c < 2; ++c)
        for (const WriteResult &w : consoles[c].results)
            QVERIFY2(w.ok(), qPrintable(w.error.toString()));

    // Nothing is left, nothing was written twice: the instance is empty again.
    const auto page = waitPage<DirectoryUser>([&](auto cb) { consoles[0].backend->listUsers({}, QString(), 100, this, cb); });
    QVERIFY2(page.ok(), qPrintable(page.error.toString()));
    QCOMPARE(page.total, 0);

    const int concurrent = consoles[0].concurrentAnswers + consoles[1].concurrentAnswers;
    const int retried = consoles[0].retriedWrites + consoles[1].retriedWrites;
    qInfo("%d writes per console: %d ConcurrentException answers (%d / %d), %d writes retried, max in flight %d / %d",
          2 * writesPerConsole, concurrent, consoles[0].concurrentAnswers, consoles[1].concurrentAnswers, retried,
          consoles[0].maxInFlight, consoles[1].maxInFlight);
    // Each console kept one write on the wire; the two consoles did collide, and the collisions were retried.
    QCOMPARE(consoles[0].maxInFlight, 1);
    QCOMPARE(consoles[1].maxInFlight, 1);
    QVERIFY(concurrent >= 1);
    QVERIFY(retried >= 1);
    QVERIFY(retried <= concurrent);
    emu.stop();
    QVERIFY(emu.standardError().contains(QLatin1String("status=400 ")));
    QVERIFY(emu.standardError().contains(QLatin1String("concurrent")));
}

QTEST_GUILESS_MAIN(TestConcurrentWriters)
#include "tst_concurrentwriters.moc"
