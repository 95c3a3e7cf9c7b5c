// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/AdaptiveConcurrency.h"

#include <algorithm>
#include <cmath>

AdaptiveConcurrency::AdaptiveConcurrency(const Settings &settings) : m_s(settings)
{
    m_s.minimum = std::max(1, m_s.minimum);
    m_s.maximum = std::max(m_s.minimum, m_s.maximum);
    m_limit = std::clamp(m_s.initial, m_s.minimum, m_s.maximum);
}

void AdaptiveConcurrency::setMaximum(int maximum)
{
    m_s.maximum = std::max(m_s.minimum, maximum);
    m_limit = std::min(m_limit, m_s.maximum);
}

void AdaptiveConcurrency::decrease(double factor, qint64 nowMs)
{
    // Answers of one window arrive together after a change: react once per round trip (at least 50 ms).
    const double window = std::max(50.0, m_short > 0 ? m_short : 0.0);
    if (double(nowMs - m_lastDecrease) < window)
        return;
    m_lastDecrease = nowMs;
    m_slowStart = false;
    m_growth = 0;
    ++m_decreases;
    m_limit = std::clamp(int(std::floor(m_limit * factor)), m_s.minimum, m_s.maximum);
}

void AdaptiveConcurrency::onResponse(double rttMs, bool throttled, qint64 nowMs)
{
    if (throttled) {
        decrease(0.5, nowMs);
        return;
    }
    if (!std::isfinite(rttMs) || rttMs < 0)
        return;
    ++m_samples;
    // The recent round trip: an average over about ten answers. The baseline: a slow average that falls quickly
    // (a shorter queue shows at once) but rises slowly (over seconds to a minute), so that a queue we build ourselves stands out against it
    // while random, non-rising latency (0-300 ms jitter) averages out in both.
    m_short = m_short < 0 ? rttMs : m_short + 0.1 * (rttMs - m_short);
    // Rising is by time, not per answer: many answers of a queue we keep full must not drag
    // the baseline up with them.
    if (m_long < 0) {
        m_long = rttMs;
    } else if (m_short < m_long) {
        m_long += 0.02 * (m_short - m_long);
    } else {
        // Above the initial limit the baseline follows a slower path only over about a minute (a queue we keep
        // full must not become the norm); at or below it, over about ten seconds (the path really got slower).
        const double dt = double(std::clamp<qint64>(nowMs - m_lastSample, 0, 1000));
        m_long += (dt / (m_limit > m_s.initial ? 60000.0 : 10000.0)) * (m_short - m_long);
    }
    m_lastSample = nowMs;
    if (m_samples >= 10 && m_short > m_long * m_s.riseFactor + m_s.riseSlackMs) {
        decrease(0.75, nowMs);
        return;
    }
    if (m_limit >= m_s.maximum)
        return;
    // Slow start: +0.5 per good answer (×1.5 per round trip); then +1 per window of answers.
    m_growth += m_slowStart ? 0.5 : 1.0 / m_limit;
    if (m_growth >= 1.0) {
        const int add = int(m_growth);
        m_growth -= add;
        m_limit = std::min(m_s.maximum, m_limit + add);
    }
}
