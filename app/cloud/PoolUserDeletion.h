// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/ApiError.h"
#include <QObject>
#include <QPointer>
#include <QStringList>

class ApiCall;
class PoolDirectoryService;

// Deletes pool users through DeleteUsers in chunks of PoolDirectoryService::kMaxDeleteBatch, one chunk at a
// time, and reports each user: deleted, or failed with the reason. HTTP 200 can carry per-item failures
// (FailureCount, ErrorsStructured; volcengine-id.md §7.5): those users are failures, never counted as deleted,
// and so is every user the answer does not confirm.
//
// Why not BulkRunner: the runner counts one outcome per request, while one DeleteUsers request carries up to
// 100 users whose outcomes differ; this class reports per user. A chunk whose outcome is unknown (timeout or
// reset after sending) is reported as "may have been deleted" and is never sent again (ApiClient's rule).
// cancel(): the chunk in flight finishes (a write), the chunks not sent yet end as Cancelled.
class PoolUserDeletion : public QObject
{
    Q_OBJECT
public:
    struct Failure
    {
        QString uid;
        QString code;       // ErrorsStructured Field/"" for per-item failures; the API error code otherwise
        QString message;    // the server's per-item error, or the localized error
        bool ambiguous = false;   // the chunk's outcome is unknown: the user may have been deleted
        bool cancelled = false;   // never sent
    };

    PoolUserDeletion(PoolDirectoryService *service, const QString &poolUid, const QStringList &uids,
                     QObject *parent = nullptr);
    ~PoolUserDeletion() override;

    void start();
    void cancel();
    bool isRunning() const { return m_running; }
    bool isCancelled() const { return m_cancelled; }

    int total() const { return int(m_uids.size()); }
    int done() const { return int(m_deleted.size() + m_failures.size()); }
    int chunksSent() const { return m_chunksSent; }
    QStringList deleted() const { return m_deleted; }
    QList<Failure> failures() const { return m_failures; }
    QString poolUid() const { return m_poolUid; }

signals:
    void progress(int done, int total);
    void finished();

private:
    void next();

    QPointer<PoolDirectoryService> m_service;
    QString m_poolUid;
    QStringList m_uids;
    int m_position = 0;
    int m_chunksSent = 0;
    QStringList m_deleted;
    QList<Failure> m_failures;
    QPointer<ApiCall> m_call;
    bool m_running = false;
    bool m_waiting = false;   // a chunk was sent (or refused) and its callback has not run yet
    bool m_cancelled = false;
};
