// SPDX-License-Identifier: GPL-3.0-or-later
#include "ServicePolicy.h"

namespace emu {

ServicePolicy::ServicePolicy(quint64 seed) : m_rng(seed ^ 0x5eed5eedULL)
{
}

bool ServicePolicy::tryLockWrite(qint64 nowMs)
{
    if (writeLocked(nowMs))
        return false;
    m_lockedUntil = nowMs + m_writeLockMs;
    return true;
}

QStringList ServicePolicy::quotaNames()
{
    return {QStringLiteral("cloudidentity.users"), QStringLiteral("cloudidentity.groups"), QStringLiteral("id.userpools"),
            QStringLiteral("id.users")};
}

void ServicePolicy::startRetryTask(const QString &eventId, const QString &provisioningId, qint64 nowMs)
{
    if (m_retryTaskMs <= 0)
        return;
    // Forget finished tasks so the table stays small.
    for (auto it = m_retryTasks.begin(); it != m_retryTasks.end();) {
        if (it->untilMs <= nowMs)
            it = m_retryTasks.erase(it);
        else
            ++it;
    }
    m_retryTasks.insert(eventId, {provisioningId, nowMs + m_retryTaskMs});
}

bool ServicePolicy::retryTaskRunning(const QString &eventId, qint64 nowMs) const
{
    const auto it = m_retryTasks.constFind(eventId);
    return it != m_retryTasks.constEnd() && nowMs < it->untilMs;
}

bool ServicePolicy::retryTaskRunningForProvisioning(const QString &provisioningId, qint64 nowMs) const
{
    for (const RetryTask &task : m_retryTasks) {
        if (task.provisioningId == provisioningId && nowMs < task.untilMs)
            return true;
    }
    return false;
}

bool ServicePolicy::statusConflict()
{
    if (m_statusConflictRate <= 0)
        return false;
    return std::uniform_real_distribution<double>(0.0, 1.0)(m_rng) < m_statusConflictRate;
}

} // namespace emu
