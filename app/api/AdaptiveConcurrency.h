// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

// How many requests one host may have in flight, learned from its answers (AIMD with a slow start, in the spirit of
// TCP congestion control and Netflix's concurrency-limits "gradient"): it starts at `initial` (8); while round
// trips stay flat and nothing is throttled it grows, by half a slot per good answer at first (×1.5 per round
// trip, "slow start"), then by one slot per round trip; it shrinks ×0.5 on a throttling answer and ×0.75 when the
// recent round trips rise to twice the baseline (a slow average) (the server or the link is queueing), at most once per
// round trip. Bounds: [minimum, maximum] (1..64 by default). Pure: time comes from the caller (nowMs), so tests
// drive it with a fake clock. Not thread-safe (the client's thread only).
class AdaptiveConcurrency
{
public:
    struct Settings
    {
        int initial = 8;
        int minimum = 1;
        int maximum = 64;
        double riseFactor = 2.0;   // recent round trip above riseFactor × the baseline: "rising"
        double riseSlackMs = 5;    // ... and above it by this much (sub-millisecond loopback noise is not a rise)
    };

    AdaptiveConcurrency() : AdaptiveConcurrency(Settings{}) {}
    explicit AdaptiveConcurrency(const Settings &settings);

    int limit() const { return m_limit; }
    // One answer: its round trip (send to answer, ms) and whether the server throttled it. Network errors and
    // cancellations are not a signal about the host's capacity: do not report them.
    void onResponse(double rttMs, bool throttled, qint64 nowMs);
    // For tests and benchmarks.
    double shortRttMs() const { return m_short; }
    double longRttMs() const { return m_long; }
    bool inSlowStart() const { return m_slowStart; }
    int decreases() const { return m_decreases; }
    void setMaximum(int maximum);

private:
    void decrease(double factor, qint64 nowMs);

    Settings m_s;
    int m_limit = 8;
    double m_growth = 0;       // fractional slots earned towards the next increase
    double m_short = -1;       // EWMA over about ten answers
    double m_long = -1;        // the baseline: slow to rise, quick to fall
    bool m_slowStart = true;
    qint64 m_lastDecrease = -1000000;
    int m_decreases = 0;
    int m_samples = 0;
    qint64 m_lastSample = 0;
};
