// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>

#include <random>

namespace emu {

// The services' documented refusals that depend on more than one request, and the opt-in fault modes that
// produce the other documented codes (README "Faults"):
//  - Cloud Identity's write lock: a write while another write of the instance is in progress fails with
//    400 ConcurrentException. Each write holds the lock for writeLockMs (its answer is sent when the lock ends).
//  - --service-status: the Cloud Identity instance is not usable (400 ServiceStatusException on every action).
//  - --read-only-key: writes by that key fail (cloudidentity 400 PermissionError, id 403 AccessDenied,
//    cloudsso 403 NoPermission).
//  - --quota: object-count limits (cloudidentity 429 ReachedQuotaLimit, id 429 QuotaExceeded).
//  - --retry-task-ms: a Cloud Identity event retry keeps running for that long; retrying the same event or
//    deleting its provisioning meanwhile is 409 UserProvisionEventRetryConflict.
//  - --status-conflict-rate: id writes fail with 409 StatusConflict with that probability (no state change).
// Times are monotonic milliseconds from the dispatcher's clock.
class ServicePolicy
{
public:
    explicit ServicePolicy(quint64 seed = 1);

    void setWriteLockMs(int ms) { m_writeLockMs = qMax(0, ms); }
    int writeLockMs() const { return m_writeLockMs; }
    // Takes the Cloud Identity write lock until nowMs + writeLockMs; false while another write holds it.
    bool tryLockWrite(qint64 nowMs);
    bool writeLocked(qint64 nowMs) const { return nowMs < m_lockedUntil; }

    void setCloudIdentityStatus(const QString &status) { m_ciStatus = status; }
    QString cloudIdentityStatus() const { return m_ciStatus; }

    void addReadOnlyKey(const QString &accessKeyId) { m_readOnlyKeys.insert(accessKeyId); }
    bool isReadOnlyKey(const QString &accessKeyId) const { return m_readOnlyKeys.contains(accessKeyId); }

    // Quota names: cloudidentity.users, cloudidentity.groups, id.userpools, id.users (per pool).
    static QStringList quotaNames();
    void setQuota(const QString &name, int limit) { m_quotas.insert(name, limit); }
    // The limit, or -1 when there is none.
    int quota(const QString &name) const { return m_quotas.value(name, -1); }

    void setRetryTaskMs(int ms) { m_retryTaskMs = qMax(0, ms); }
    int retryTaskMs() const { return m_retryTaskMs; }
    void startRetryTask(const QString &eventId, const QString &provisioningId, qint64 nowMs);
    bool retryTaskRunning(const QString &eventId, qint64 nowMs) const;
    bool retryTaskRunningForProvisioning(const QString &provisioningId, qint64 nowMs) const;

    void setStatusConflictRate(double rate) { m_statusConflictRate = qBound(0.0, rate, 1.0); }
    double statusConflictRate() const { return m_statusConflictRate; }
    bool statusConflict();

private:
    struct RetryTask
    {
        QString provisioningId;
        qint64 untilMs = 0;
    };

    int m_writeLockMs = 0;
    qint64 m_lockedUntil = 0;
    QString m_ciStatus;
    QSet<QString> m_readOnlyKeys;
    QHash<QString, int> m_quotas;
    int m_retryTaskMs = 0;
    QHash<QString, RetryTask> m_retryTasks;
    double m_statusConflictRate = 0;
    std::mt19937_64 m_rng;
};

} // namespace emu
