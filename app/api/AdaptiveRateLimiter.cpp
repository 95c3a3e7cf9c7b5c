// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/AdaptiveRateLimiter.h"

#include <algorithm>
#include <cmath>

namespace {
constexpr qint64 WindowMs = 2000;
constexpr double MinRate = 0.5;
constexpr double CreepPerSecond = 1.08; // +8 % per second of good answers
}

void AdaptiveRateLimiter::reset()
{
    m_rate = 0;
    m_tokens = 0;
    m_successes.clear();
}

void AdaptiveRateLimiter::refill(qint64 nowMs)
{
    if (m_rate <= 0)
        return;
    const double capacity = std::max(1.0, m_rate / 5.0);
    m_tokens = std::min(capacity, m_tokens + (nowMs - m_lastRefill) * m_rate / 1000.0);
    m_lastRefill = nowMs;
}

qint64 AdaptiveRateLimiter::acquire(qint64 nowMs)
{
    if (m_rate <= 0)
        return 0;
    refill(nowMs);
    if (m_tokens >= 1.0) {
        m_tokens -= 1.0;
        return 0;
    }
    return qint64(std::ceil((1.0 - m_tokens) * 1000.0 / m_rate));
}

void AdaptiveRateLimiter::onResponse(bool throttled, qint64 nowMs)
{
    while (!m_successes.empty() && m_successes.front() < nowMs - WindowMs)
        m_successes.pop_front();
    if (!throttled) {
        m_successes.push_back(nowMs);
        if (m_rate > 0) {
            // Creep up while the server accepts: by time (CreepPerSecond), not per answer, so that a rate learned
            // too low recovers in seconds even when few requests go out. Never far above what is actually sent.
            const double dt = double(std::clamp<qint64>(nowMs - m_lastIncrease, 0, 1000)) / 1000.0;
            const double sent = m_successes.size() * 1000.0 / double(WindowMs);
            m_rate = std::min(m_rate * std::pow(CreepPerSecond, dt), std::max(m_rate, 2.0 * sent));
        }
        m_lastIncrease = nowMs;
        return;
    }
    // Many throttles of one burst arrive together: decrease at most once per 500 ms.
    if (nowMs - m_lastDecrease < 500)
        return;
    m_lastDecrease = nowMs;
    m_lastIncrease = nowMs;
    const qint64 span = m_successes.empty() ? WindowMs : std::max<qint64>(500, nowMs - m_successes.front());
    const double accepted = m_successes.size() * 1000.0 / double(span);
    double target = accepted > 0 ? accepted * 0.95 : (m_rate > 0 ? m_rate * 0.5 : 1.0);
    if (m_rate > 0)
        target = std::min(target, m_rate * 0.95);
    m_rate = std::max(MinRate, target);
    refill(nowMs);
    m_lastRefill = nowMs;
    m_tokens = std::min(m_tokens, 0.0);
}
