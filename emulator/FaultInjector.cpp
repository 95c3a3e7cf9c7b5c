// SPDX-License-Identifier: GPL-3.0-or-later
#include "FaultInjector.h"

namespace emu {

FaultInjector::FaultInjector(quint64 seed) : m_rng(seed ^ 0xd1b54a32d192ed03ULL) {}

void FaultInjector::setLatency(int minMs, int maxMs)
{
    m_latencyMin = qMax(0, qMin(minMs, maxMs));
    m_latencyMax = qMax(0, qMax(minMs, maxMs));
}

double FaultInjector::uniform()
{
    return double(m_rng() >> 11) * (1.0 / 9007199254740992.0);
}

int FaultInjector::failureStatus()
{
    if (m_failRate <= 0 || uniform() >= m_failRate)
        return 0;
    return (m_rng() & 1) ? 503 : 500;
}

FaultInjector::Reset FaultInjector::reset(bool write)
{
    if (m_resetRate <= 0 || uniform() >= m_resetRate)
        return Reset::None;
    if (!write)
        return Reset::BeforeApply;
    return (m_rng() & 1) ? Reset::AfterApply : Reset::BeforeApply;
}

int FaultInjector::latencyMs()
{
    if (m_latencyMax <= 0)
        return 0;
    if (m_latencyMax == m_latencyMin)
        return m_latencyMin;
    return m_latencyMin + int(m_rng() % quint64(m_latencyMax - m_latencyMin + 1));
}

} // namespace emu
