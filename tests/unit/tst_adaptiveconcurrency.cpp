// SPDX-License-Identifier: GPL-3.0-or-later
// AdaptiveConcurrency with a fake clock: starts at 8, grows while round trips stay flat and nothing is throttled
// (never above the cap), halves on throttling (once per round trip, however many throttled answers a burst
// brings), shrinks when round trips rise, does not collapse under random (but not rising) latency, and settles near
// 1-3× the capacity of a simulated server that queues beyond it (not at the cap).
#include "api/AdaptiveConcurrency.h"

#include <QRandomGenerator>
#include <QtTest>

#include <deque>

namespace {
// Answers `n` requests of round trip `rtt` each, one after another (the clock advances by rtt / limit per answer,
// as if the window were full).
void feed(AdaptiveConcurrency &c, qint64 &now, int n, double rtt, bool throttled = false)
{
    for (int i = 0; i < n; ++i) {
        now += qMax<qint64>(1, qint64(rtt / c.limit()));
        c.onResponse(rtt, throttled, now);
    }
}

// A server that works on `capacity` requests at a time in `serviceMs`; more wait in its queue. The client keeps
// its window full. Returns the limit after `ms` of simulated time.
struct QueueingServer
{
    int capacity = 20;
    double serviceMs = 20;
};

int simulate(AdaptiveConcurrency &c, const QueueingServer &s, qint64 ms, QList<int> *trace = nullptr)
{
    // Each in-flight request: its completion time. Processing slots: capacity; a request starts when a slot frees.
    std::deque<std::pair<qint64, qint64>> inFlight; // (sent at, done at)
    std::deque<qint64> slotFree(size_t(s.capacity), 0);
    qint64 now = 0;
    while (now < ms) {
        while (int(inFlight.size()) < c.limit()) {
            std::sort(slotFree.begin(), slotFree.end());
            const qint64 start = std::max(now, slotFree.front());
            const qint64 done = start + qint64(s.serviceMs);
            slotFree.front() = done;
            inFlight.emplace_back(now, done);
        }
        auto first = std::min_element(inFlight.begin(), inFlight.end(),
                                      [](const auto &a, const auto &b) { return a.second < b.second; });
        now = first->second;
        const double rtt = double(first->second - first->first);
        inFlight.erase(first);
        c.onResponse(rtt, false, now);
        if (trace)
            trace->append(c.limit());
    }
    return c.limit();
}
} // namespace

class TestAdaptiveConcurrency : public QObject
{
    Q_OBJECT
private slots:
    void startsAtInitial_data();
    void startsAtInitial();
    void growsWhileFlatUpToCap_data();
    void growsWhileFlatUpToCap();
    void throttlingHalvesOncePerRoundTrip();
    void risingLatencyShrinks();
    void randomLatencyDoesNotCollapse();
    void settlesNearServerCapacity_data();
    void settlesNearServerCapacity();
    void boundsHold();
};

void TestAdaptiveConcurrency::startsAtInitial_data()
{
    QTest::addColumn<int>("initial");
    QTest::addColumn<int>("maximum");
    QTest::addColumn<int>("expected");
    QTest::newRow("default 8") << 8 << 64 << 8;
    QTest::newRow("initial above the cap") << 100 << 64 << 64;
    QTest::newRow("initial 0 → minimum 1") << 0 << 64 << 1;
}

void TestAdaptiveConcurrency::startsAtInitial()
{
    QFETCH(int, initial);
    QFETCH(int, maximum);
    QFETCH(int, expected);
    AdaptiveConcurrency::Settings s;
    s.initial = initial;
    s.maximum = maximum;
    QCOMPARE(AdaptiveConcurrency(s).limit(), expected);
    QCOMPARE(AdaptiveConcurrency().limit(), 8);
}

void TestAdaptiveConcurrency::growsWhileFlatUpToCap_data()
{
    QTest::addColumn<double>("rtt");
    QTest::addColumn<int>("cap");
    QTest::newRow("20 ms, cap 64") << 20.0 << 64;
    QTest::newRow("50 ms, cap 64") << 50.0 << 64;
    QTest::newRow("0.3 ms loopback, cap 64") << 0.3 << 64;
    QTest::newRow("20 ms, cap 16") << 20.0 << 16;
}

void TestAdaptiveConcurrency::growsWhileFlatUpToCap()
{
    QFETCH(double, rtt);
    QFETCH(int, cap);
    AdaptiveConcurrency::Settings s;
    s.maximum = cap;
    AdaptiveConcurrency c(s);
    qint64 now = 0;
    feed(c, now, 8, rtt);
    QVERIFY2(c.limit() > 8, qPrintable(QString::number(c.limit())));      // slow start: grows within one window
    feed(c, now, 200, rtt);
    QCOMPARE(c.limit(), cap);
    feed(c, now, 500, rtt);
    QCOMPARE(c.limit(), cap);                                             // and never above
    QCOMPARE(c.decreases(), 0);
}

void TestAdaptiveConcurrency::throttlingHalvesOncePerRoundTrip()
{
    AdaptiveConcurrency c;
    qint64 now = 0;
    feed(c, now, 80, 50);
    const int before = c.limit();
    QVERIFY(before >= 32);
    // A burst of throttled answers within one round trip: one decrease.
    for (int i = 0; i < 10; ++i)
        c.onResponse(50, true, now + i);
    QCOMPARE(c.limit(), before / 2);
    QCOMPARE(c.decreases(), 1);
    QVERIFY(!c.inSlowStart());
    // A round trip later, still throttled: halves again.
    now += 60;
    c.onResponse(50, true, now);
    QCOMPARE(c.limit(), before / 4);
    // Then additive growth: about one slot per window of good answers, not ×1.5.
    const int low = c.limit();
    feed(c, now, low + 1, 50);
    QVERIFY2(c.limit() <= low + 2 && c.limit() >= low + 1, qPrintable(QString::number(c.limit())));
}

void TestAdaptiveConcurrency::risingLatencyShrinks()
{
    AdaptiveConcurrency c;
    qint64 now = 0;
    feed(c, now, 300, 20);   // long-run average 20 ms, limit at the cap
    QCOMPARE(c.limit(), 64);
    feed(c, now, 64, 80);    // the round trips quadruple: the host or the link is queueing
    QVERIFY2(c.limit() < 64, qPrintable(QString::number(c.limit())));
    QVERIFY(c.decreases() >= 1);
    QVERIFY(!c.inSlowStart());
}

void TestAdaptiveConcurrency::randomLatencyDoesNotCollapse()
{
    // The fault soak's --latency-ms 0-300: wildly varying but not rising round trips.
    AdaptiveConcurrency c;
    QRandomGenerator rng(8);
    qint64 now = 0;
    int minLimit = c.limit();
    for (int i = 0; i < 3000; ++i) {
        now += 5;
        c.onResponse(rng.bounded(300.0), false, now);
        if (i > 200)
            minLimit = qMin(minLimit, c.limit());
    }
    QVERIFY2(minLimit >= 8, qPrintable(QString::number(minLimit)));
}

void TestAdaptiveConcurrency::settlesNearServerCapacity_data()
{
    QTest::addColumn<int>("capacity");
    QTest::newRow("12") << 12;
    QTest::newRow("20") << 20;
    QTest::newRow("16") << 16;
}

void TestAdaptiveConcurrency::settlesNearServerCapacity()
{
    QFETCH(int, capacity);
    AdaptiveConcurrency c;
    QueueingServer s;
    s.capacity = capacity;
    QList<int> trace;
    simulate(c, s, 20000, &trace);
    // The second half of the run: the limit stays around the capacity (not pinned at the cap, not collapsed).
    double sum = 0;
    const int from = int(trace.size()) / 2;
    for (int i = from; i < trace.size(); ++i)
        sum += trace.at(i);
    const double mean = sum / double(trace.size() - from);
    // A queue the client keeps full at the server slowly lifts the latency baseline (it rises over about a minute
    // so that a path that really got slower is accepted in the end): the limit settles at 1-3× the capacity, well below the cap.
    QVERIFY2(c.decreases() >= 1, "it reacted to the rising round trips");
    QVERIFY2(mean >= capacity * 0.6 && mean <= capacity * 3.0 + 4,
             qPrintable(QStringLiteral("mean limit %1 for capacity %2").arg(mean).arg(capacity)));
}

void TestAdaptiveConcurrency::boundsHold()
{
    AdaptiveConcurrency::Settings s;
    s.minimum = 2;
    s.maximum = 10;
    AdaptiveConcurrency c(s);
    qint64 now = 0;
    for (int i = 0; i < 50; ++i) {
        now += 100;
        c.onResponse(10, true, now);
    }
    QCOMPARE(c.limit(), 2);
    feed(c, now, 1000, 10);
    QCOMPARE(c.limit(), 10);
    c.setMaximum(4);
    QCOMPARE(c.limit(), 4);
}

QTEST_GUILESS_MAIN(TestAdaptiveConcurrency)
#include "tst_adaptiveconcurrency.moc"
