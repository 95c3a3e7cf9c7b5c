// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/ApiCall.h"
#include "api/ApiResult.h"
#include <QList>
#include <QObject>
#include <QPointer>

class ApiClient;
class QTimer;

// Volcengine Cloud Identity rejects concurrent mutations with ConcurrentException, so every Cloud Identity
// write of one ApiClient goes through this queue: one write on the wire at a time, in submission order.
// A write RetryPolicy says to send again (the server provably did not act: ConcurrentException,
// OperateTooFrequentlyException, throttling, 503, a connection that never reached the server) is sent again up
// to 3 times after 1 s, 2 s and 4 s (or the server's Retry-After when longer). A write whose outcome is unknown
// (timeout, reset, 5xx) is never sent again: it ends with ApiError::ambiguous set.
//
// One queue per ApiClient, shared by the Cloud Identity backend and the bulk runner (forClient()).
class CloudIdentityWriteQueue : public QObject
{
    Q_OBJECT
public:
    // The queue of `client` (created on first use as a child of the client).
    static CloudIdentityWriteQueue *forClient(ApiClient *client);

    // Queues a write. Returns a handle (an ApiCall that finishes once with the final result, then deletes
    // itself); cancel() on it, cancelAll(owner) and the owner's destruction work as for any call. A write
    // cancelled while on the wire ends as Cancelled with ambiguous set (it may have happened).
    ApiCall *submit(const QString &action, const QJsonObject &params, QObject *owner);

    // Cancels `handle` if none of its attempts is on the wire right now (queued, or waiting to retry);
    // returns false (and leaves it alone) if it is being sent.
    bool cancelIfNotSent(ApiCall *handle);
    bool isOnWire(ApiCall *handle) const;

    // Backoff before retry 1, 2, 3 (default 1000, 2000, 4000 ms); its size is the number of retries.
    void setRetryDelays(const QList<int> &ms) { m_delays = ms; }
    QList<int> retryDelays() const { return m_delays; }
    int queued() const { return int(m_entries.size()); }
    ApiClient *client() const { return m_client; }

    // True when the error proves the server did not act on the write (RetryPolicy: Retry or RetryLater).
    static bool provablyNotActed(const ApiError &error);

signals:
    // One write ended (for diagnostics and tests): the action, its result.
    void writeFinished(const QString &action, const ApiResult &result);

private:
    explicit CloudIdentityWriteQueue(ApiClient *client);
    struct Entry
    {
        QPointer<ApiCall> handle;
        QString action;
        QJsonObject params;
        int retries = 0;
        int attempts = 0;
        qint64 startedMs = 0;
    };
    void pump();
    void sendHead();
    void onAttemptFinished(const ApiResult &result);
    void finishHead(ApiResult result);

    ApiClient *m_client = nullptr;
    QList<Entry> m_entries;          // head = the write being sent or waiting to retry
    QPointer<ApiCall> m_wire;        // the attempt on the wire
    QTimer *m_retryTimer = nullptr;
    QList<int> m_delays{1000, 2000, 4000};
    bool m_pumpScheduled = false;
};
