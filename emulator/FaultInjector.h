// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

#include <random>

namespace emu {

// Seeded, reproducible fault decisions: injected 500/503 answers (--fail-rate), dropped connections
// (--reset-rate; for writes randomly before or after applying the change) and latency (--latency-ms A[-B]).
class FaultInjector
{
public:
    enum class Reset { None, BeforeApply, AfterApply };

    explicit FaultInjector(quint64 seed = 1);

    void setFailRate(double rate) { m_failRate = qBound(0.0, rate, 1.0); }
    void setResetRate(double rate) { m_resetRate = qBound(0.0, rate, 1.0); }
    void setLatency(int minMs, int maxMs);
    double failRate() const { return m_failRate; }
    double resetRate() const { return m_resetRate; }
    int latencyMin() const { return m_latencyMin; }
    int latencyMax() const { return m_latencyMax; }

    // 0 = no injected failure, else 500 or 503. Decided before the request is processed.
    int failureStatus();
    // Reads are always dropped before processing; writes randomly before or after.
    Reset reset(bool write);
    int latencyMs();

private:
    double uniform();

    std::mt19937_64 m_rng;
    double m_failRate = 0;
    double m_resetRate = 0;
    int m_latencyMin = 0;
    int m_latencyMax = 0;
};

} // namespace emu
