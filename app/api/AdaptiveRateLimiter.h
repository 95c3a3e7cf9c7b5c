// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <deque>
#include <QtGlobal>

// Client-side pacing per endpoint that learns from throttling answers (in the spirit of the AWS SDKs'
// "adaptive" retry mode): unlimited until the first throttle, then a token bucket whose rate is set to the
// rate the server has been accepting, creeping up again while answers are good.
class AdaptiveRateLimiter
{
public:
    // Milliseconds to wait before the next request may be sent (0: now). Takes a token when it returns 0.
    qint64 acquire(qint64 nowMs);
    void onResponse(bool throttled, qint64 nowMs);
    double rate() const { return m_rate; } // requests per second; 0 = unlimited
    void reset();

private:
    void refill(qint64 nowMs);

    double m_rate = 0;        // 0: not limiting
    double m_tokens = 0;
    qint64 m_lastRefill = 0;
    qint64 m_lastDecrease = -1000000;
    qint64 m_lastIncrease = 0;
    std::deque<qint64> m_successes; // timestamps of accepted answers, last 2 s
};
