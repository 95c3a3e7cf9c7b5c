// SPDX-License-Identifier: GPL-3.0-or-later
// AdaptiveRateLimiter against a simulated throttling server (simulated clock, no sleeping): it learns a rate
// near what the server accepts, keeps throttling rare once learned, and creeps up again when the server
// accepts more.
#include "api/AdaptiveRateLimiter.h"

#include <QtTest>

#include <deque>

namespace {
// The server: a token bucket; a request without a token is throttled.
struct ServerBucket
{
    double rate = 20;  // accepted requests per second
    double burst = 2;
    double tokens = 2;
    qint64 last = 0;

    bool accept(qint64 now)
    {
        tokens = std::min(burst, tokens + (now - last) * rate / 1000.0);
        last = now;
        if (tokens >= 1.0) {
            tokens -= 1.0;
            return true;
        }
        return false;
    }
};

struct Window
{
    int sent = 0;
    int throttled = 0;
    double acceptedPerSecond(qint64 spanMs) const { return (sent - throttled) * 1000.0 / double(spanMs); }
    double throttledFraction() const { return sent ? double(throttled) / sent : 0; }
};

// A client that wants to send every `demandMs` ms, paced by the limiter; answers come back `latencyMs` later.
class Simulation
{
public:
    AdaptiveRateLimiter limiter;
    ServerBucket server;
    qint64 now = 0;
    int demandMs = 5;    // 200 requests/s wanted
    int latencyMs = 40;
    bool useLimiter = true;

    // Runs until `untilMs`; counts what was sent at or after `measureFromMs`.
    Window run(qint64 untilMs, qint64 measureFromMs)
    {
        Window w;
        while (now < untilMs) {
            deliver();
            if (useLimiter) {
                const qint64 wait = limiter.acquire(now);
                if (wait > 0) {
                    // Sleep until the limiter allows, but let answers that arrive meanwhile come in first.
                    const qint64 next = m_inFlight.empty() ? now + wait : std::min(now + wait, m_inFlight.front().first);
                    now = std::max(next, now + 1);
                    continue;
                }
            }
            const bool ok = server.accept(now);
            m_inFlight.push_back({now + latencyMs, !ok});
            if (now >= measureFromMs) {
                ++w.sent;
                if (!ok)
                    ++w.throttled;
            }
            now += demandMs;
        }
        return w;
    }

private:
    void deliver()
    {
        while (!m_inFlight.empty() && m_inFlight.front().first <= now) {
            limiter.onResponse(m_inFlight.front().second, m_inFlight.front().first);
            m_inFlight.pop_front();
        }
    }
    std::deque<std::pair<qint64, bool>> m_inFlight; // arrival time, throttled
};
} // namespace

class TestAdaptiveRateLimiter : public QObject
{
    Q_OBJECT
private slots:
    void unlimitedUntilFirstThrottle();
    void throttleSetsARateAndPaces();
    void burstOfThrottlesDecreasesOnce();
    void resetForgets();
    void learnsTheServersRate_data();
    void learnsTheServersRate();
    void creepsUpWhenTheServerAcceptsMore();
    void backsOffAgainWhenTheServerAcceptsLess();
};

void TestAdaptiveRateLimiter::unlimitedUntilFirstThrottle()
{
    AdaptiveRateLimiter l;
    QCOMPARE(l.rate(), 0.0);
    for (int i = 0; i < 1000; ++i) {
        QCOMPARE(l.acquire(0), qint64(0));
        l.onResponse(false, 0);
    }
    QCOMPARE(l.rate(), 0.0); // good answers alone never start limiting
}

void TestAdaptiveRateLimiter::throttleSetsARateAndPaces()
{
    AdaptiveRateLimiter l;
    // 10 accepted answers in the last second, then a throttle.
    for (int i = 0; i < 10; ++i)
        l.onResponse(false, 1000 + i * 100);
    l.onResponse(true, 2000);
    QVERIFY(l.rate() > 0);
    QVERIFY2(l.rate() <= 10.0 && l.rate() >= 4.0, qPrintable(QString::number(l.rate())));
    // Right after the throttle there is no token: the next request waits about 1/rate.
    const qint64 wait = l.acquire(2000);
    QVERIFY(wait > 0);
    QVERIFY2(qAbs(wait - qint64(1000.0 / l.rate())) <= 2, qPrintable(QString::number(wait)));
    // After waiting, exactly one request may go, then the next waits again.
    QCOMPARE(l.acquire(2000 + wait), qint64(0));
    QVERIFY(l.acquire(2000 + wait) > 0);
}

void TestAdaptiveRateLimiter::burstOfThrottlesDecreasesOnce()
{
    AdaptiveRateLimiter l;
    for (int i = 0; i < 40; ++i)
        l.onResponse(false, i * 50); // 20/s for 2 s
    l.onResponse(true, 2000);
    const double afterFirst = l.rate();
    QVERIFY(afterFirst > 0);
    // Twenty more throttles of the same burst within 500 ms change nothing.
    for (int i = 1; i <= 20; ++i)
        l.onResponse(true, 2000 + i * 20);
    QCOMPARE(l.rate(), afterFirst);
    // A throttle later is new information and lowers it.
    l.onResponse(true, 2600);
    QVERIFY(l.rate() < afterFirst);
    QVERIFY(l.rate() >= 0.5); // never below the floor
}

void TestAdaptiveRateLimiter::resetForgets()
{
    AdaptiveRateLimiter l;
    l.onResponse(true, 0);
    QVERIFY(l.rate() > 0);
    l.reset();
    QCOMPARE(l.rate(), 0.0);
    QCOMPARE(l.acquire(1), qint64(0));
}

void TestAdaptiveRateLimiter::learnsTheServersRate_data()
{
    QTest::addColumn<double>("serverRate");
    QTest::addColumn<int>("latencyMs");
    QTest::newRow("5/s, 40 ms") << 5.0 << 40;
    QTest::newRow("20/s, 40 ms") << 20.0 << 40;
    QTest::newRow("20/s, 200 ms") << 20.0 << 200;
    QTest::newRow("50/s, 20 ms") << 50.0 << 20;
}

void TestAdaptiveRateLimiter::learnsTheServersRate()
{
    QFETCH(double, serverRate);
    QFETCH(int, latencyMs);

    // Baseline: the same greedy client without the limiter is throttled most of the time.
    Simulation greedy;
    greedy.useLimiter = false;
    greedy.server.rate = serverRate;
    greedy.latencyMs = latencyMs;
    const Window g = greedy.run(60000, 30000);
    QVERIFY(g.throttledFraction() > 0.7);

    Simulation sim;
    sim.server.rate = serverRate;
    sim.latencyMs = latencyMs;
    const Window w = sim.run(60000, 30000); // learn for 30 s, measure the next 30 s
    const double learned = sim.limiter.rate();
    qInfo("server %.1f/s latency %d ms: limiter rate %.2f/s, sent %.2f/s, accepted %.2f/s, throttled %.1f%% "
          "(without limiter: %.1f%%)",
          serverRate, latencyMs, learned, w.sent / 30.0, w.acceptedPerSecond(30000), 100 * w.throttledFraction(),
          100 * g.throttledFraction());
    QVERIFY2(learned >= serverRate * 0.6 && learned <= serverRate * 1.3, qPrintable(QString::number(learned)));
    // Uses most of what the server allows, and is rarely throttled.
    QVERIFY(w.acceptedPerSecond(30000) >= serverRate * 0.7);
    QVERIFY2(w.throttledFraction() < 0.15, qPrintable(QString::number(w.throttledFraction())));
}

void TestAdaptiveRateLimiter::creepsUpWhenTheServerAcceptsMore()
{
    Simulation sim;
    sim.server.rate = 10;
    sim.run(30000, 0);
    const double learned = sim.limiter.rate();
    QVERIFY2(learned > 5 && learned < 13, qPrintable(QString::number(learned)));

    // The server's quota triples: the limiter must find out by itself (creeping up while answers are good).
    sim.server.rate = 30;
    sim.server.burst = 6;
    const Window w = sim.run(90000, 60000);
    const double after = sim.limiter.rate();
    qInfo("learned %.2f/s at 10/s; after the server went to 30/s: %.2f/s, accepted %.2f/s, throttled %.1f%%", learned,
          after, w.acceptedPerSecond(30000), 100 * w.throttledFraction());
    QVERIFY2(after > learned * 2, qPrintable(QString::number(after)));
    QVERIFY(w.acceptedPerSecond(30000) > 20);
}

void TestAdaptiveRateLimiter::backsOffAgainWhenTheServerAcceptsLess()
{
    Simulation sim;
    sim.server.rate = 40;
    sim.server.burst = 4;
    sim.run(30000, 0);
    const double before = sim.limiter.rate();
    sim.server.rate = 8;
    sim.server.burst = 2;
    const Window w = sim.run(70000, 50000);
    const double after = sim.limiter.rate();
    qInfo("learned %.2f/s at 40/s; after the server went to 8/s: %.2f/s, throttled %.1f%%", before, after,
          100 * w.throttledFraction());
    QVERIFY(after < before / 2);
    QVERIFY2(after <= 8 * 1.3, qPrintable(QString::number(after)));
    QVERIFY2(w.throttledFraction() < 0.15, qPrintable(QString::number(w.throttledFraction())));
}

QTEST_GUILESS_MAIN(TestAdaptiveRateLimiter)
#include "tst_adaptiveratelimiter.moc"
