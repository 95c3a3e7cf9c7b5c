// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/ApiError.h"
#include "cloud/UserPool.h"
#include <QList>
#include <QObject>
#include <QPointer>
#include <QStringList>

class UserPoolService;

// Enables or disables several user pools: UpdateEnableUserPool for each (a few at a time), then GetUserPool
// to read the new state back. cancel() stops starting new pools; writes already sent are waited for
// (never abandoned halfway, never retried).
class PoolBulkRunner : public QObject
{
    Q_OBJECT
public:
    struct Outcome
    {
        QString uid;
        QString name;
        bool ok = false;
        bool skipped = false;   // not started because of cancel()
        ApiError error;         // for a failure: code, message, RequestId
        QString requestId;      // of the UpdateEnableUserPool answer
    };

    PoolBulkRunner(UserPoolService *service, const QList<UserPool> &pools, bool enable, QObject *parent = nullptr);

    void setConcurrency(int n) { m_concurrency = qMax(1, n); }
    void start();
    void cancel();
    bool isRunning() const { return m_running; }
    bool enabling() const { return m_enable; }
    int total() const { return int(m_pools.size()); }
    int done() const { return m_done; }
    QList<Outcome> outcomes() const { return m_outcomes; }
    QList<Outcome> failures() const;
    int skippedCount() const;

    // "name: CODE — message (RequestId …)" lines for the final summary, localized.
    static QString describe(const Outcome &outcome);

signals:
    void progress(int done, int total, const QString &currentName);
    // The pool as re-read after the write (Enabled filled in).
    void poolUpdated(const UserPool &pool);
    void requestIdSeen(const QString &requestId);
    void finished();

private:
    void startNext();
    void complete(int index, const Outcome &outcome);

    QPointer<UserPoolService> m_service;
    QList<UserPool> m_pools;
    QList<Outcome> m_outcomes;
    bool m_enable = false;
    bool m_running = false;
    bool m_cancelled = false;
    int m_next = 0;
    int m_active = 0;
    int m_done = 0;
    int m_concurrency = 4;
};
