// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QString>

namespace emu {

// Token bucket per access key (--throttle-qps N): refills N tokens per second, burst N.
class Throttler
{
public:
    void setQps(double qps) { m_qps = qps; m_buckets.clear(); }
    double qps() const { return m_qps; }
    bool enabled() const { return m_qps > 0; }

    // Takes one token. If none is left, returns false and the whole seconds (>= 1) until one is available.
    bool tryAcquire(const QString &key, qint64 nowMs, int *retryAfterSeconds);

private:
    struct Bucket
    {
        double tokens = 0;
        qint64 lastMs = 0;
    };
    double m_qps = 0;
    QHash<QString, Bucket> m_buckets;
};

} // namespace emu
