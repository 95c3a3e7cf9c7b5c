// SPDX-License-Identifier: GPL-3.0-or-later
#include "Throttler.h"

#include <cmath>

namespace emu {

bool Throttler::tryAcquire(const QString &key, qint64 nowMs, int *retryAfterSeconds)
{
    if (m_qps <= 0)
        return true;
    auto it = m_buckets.find(key);
    if (it == m_buckets.end())
        it = m_buckets.insert(key, Bucket{m_qps, nowMs});
    Bucket &b = it.value();
    const double elapsed = double(qMax<qint64>(0, nowMs - b.lastMs)) / 1000.0;
    b.tokens = qMin(m_qps, b.tokens + elapsed * m_qps);
    b.lastMs = nowMs;
    if (b.tokens >= 1.0) {
        b.tokens -= 1.0;
        return true;
    }
    if (retryAfterSeconds)
        *retryAfterSeconds = qMax(1, int(std::ceil((1.0 - b.tokens) / m_qps)));
    return false;
}

} // namespace emu
