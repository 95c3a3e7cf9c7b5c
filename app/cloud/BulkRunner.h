// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/ApiResult.h"
#include "api/ServiceCatalog.h"
#include "cloud/BulkOperation.h"
#include "cloud/BulkSummary.h"
#include "cloud/BulkTarget.h"
#include <QElapsedTimer>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QObject>
#include <QPair>
#include <QPointer>

class ApiClient;
class ApiCall;
class QTimer;


// The one bulk runner: runs a BulkOperation (retry these events, delete these users, enable these pools, ...;
// `idconsole-cli batch`: raw calls) against its BulkTarget with bounded concurrency, continues past individual
// failures, can be cancelled, and ends with one BulkSummary listing each failure with its code and RequestId.
// The target turns each item into its request when the batch starts (a refused item fails without sending);
// the runner sends them through the client. Used by the panes' progress dialog and by the CLI.
//
// Throttling: the ApiClient already paces each host adaptively and retries throttled calls; when an item
// still ends throttled (or with ConcurrentException / OperateTooFrequentlyException, which prove the server
// did not act; see maySendAgain()), the runner does not count it as failed: it sends it again later (after the server's
// Retry-After or an exponential backoff, at most maxRequeues() times) and halves its own concurrency
// (creeping back up while calls succeed). An item that fails ambiguously (timeout or reset on a write) is a
// failure with ambiguous set and is never sent again.
//
// Cloud Identity writes go through the client's CloudIdentityWriteQueue (one mutation at a time).
//
// Verified creates: an item whose request carries a verifier (BulkTarget::Request::verify; the typed import
// creates) follows VerifiedCreate's rule. An answer that leaves the outcome unknown (RetryPolicy: Ambiguous) is
// never re-sent blindly: after verifyDelayMs() the object is looked up. Found: the item succeeded (note()
// says it was verified). Not found: the create is sent again (at most maxCreates() in all). A re-sent create
// that is refused is looked up once more before its error is believed. A look-up that fails ends the item
// failed and ambiguous. Cancel lets a look-up in progress finish but sends nothing again.
//
// Batch requests: when the target's bulkBatchLimit() for the operation is above 1 (Agent Identity DeleteUsers),
// the items it accepts are grouped in order into requests of at most that many items. Each item still has its own
// outcome: the request's Request::split maps an answered call to one result per item (a per-item failure inside
// HTTP 200 is a failed item); a call that fails as a whole gives its error to every item of the batch (ambiguous
// for all when its outcome is unknown — a batch that may have been applied is never sent again). A throttled
// batch (the service provably did not act) is re-sent whole, like any item. itemStarted / itemFinished /
// progress are per item; requestsSent() counts requests.
//
// cancel(): items not started yet (or waiting to be re-sent, or still queued in the Cloud Identity write
// queue) end as Cancelled without being sent; reads in flight are cancelled; writes in flight are waited for
// (their outcome is reported normally), because abandoning a sent write would make its outcome unknown.
class BulkRunner : public QObject
{
    Q_OBJECT
public:
    explicit BulkRunner(QObject *parent = nullptr);
    ~BulkRunner() override;

    void setConcurrency(int n);                  // 1-32, default 4; takes effect for the next start()
    int concurrency() const { return m_concurrency; }
    int currentConcurrency() const { return m_current; }
    void setMaxRequeues(int n) { m_maxRequeues = qMax(0, n); }   // default 10
    int maxRequeues() const { return m_maxRequeues; }
    // Backoff before re-sending a throttled item without Retry-After: base * 2^(n-1), capped (defaults 500 ms, 10 s).
    void setRequeueBackoff(int baseMs, int capMs);
    // Verified creates: delay before a look-up (default 300 ms) and creates sent at most per item (default 4).
    void setVerifyDelay(int ms) { m_verifyDelayMs = qMax(0, ms); }
    int verifyDelay() const { return m_verifyDelayMs; }
    void setMaxCreates(int n) { m_maxCreates = qMax(1, n); }
    int maxCreates() const { return m_maxCreates; }

    // Starts the batch (ignored while running). Everything is reported through the signals, asynchronously.
    // The requests are built now (the target is not kept); a null target or client fails every item unsent.
    void start(const BulkOperation &operation, BulkTarget *target);
    void cancel();
    bool isRunning() const { return m_running; }
    bool isCancelling() const { return m_running && m_cancelled; }
    Service service() const { return m_service; }
    int total() const { return int(m_items.size()); }
    int doneCount() const { return m_done; }
    int inFlight() const { return m_inFlight; }
    BulkSummary summary() const;                 // so far (final after finished())
    ApiResult result(int index) const;           // final result of an item (default-constructed until done)
    // Verified creates: how an unknown outcome was settled (tr()'d, VerifiedCreate's wording); empty otherwise.
    QString note(int index) const;
    int verifications() const { return m_verifications; }   // look-ups started after unknown outcomes
    int requestsSent() const { return m_requestsSent; }     // requests put on the wire (a batch is one)

    const BulkOperation &operation() const { return m_operation; }

signals:
    void itemStarted(int index);
    // Once per item, in completion order: success, failure, or Cancelled (kind Cancelled, never sent).
    void itemFinished(int index, const ApiResult &result);
    // A throttled item will be sent again after delayMs.
    void itemRequeued(int index, int delayMs, const ApiError &error);
    void progress(int done, int total);
    void concurrencyChanged(int current);
    void finished(const BulkSummary &summary);

private:
    // Batched: an item carried by another item's batch request (its leader); it ends when the leader does.
    enum class State { Pending, Waiting, InFlight, Verifying, Batched, Done };
    struct Entry
    {
        BulkTarget::Request request;
        State state = State::Pending;
        int requeues = 0;
        int attempts = 0;
        bool isRead = false;
        QPointer<ApiCall> call;
        ApiResult result;
        BulkSummary::Outcome outcome = BulkSummary::Outcome::Pending;
        // verified creates
        int creates = 0;
        QList<ApiError> unknowns;        // answers whose outcome was unknown, in order
        bool hasRefusal = false;         // a re-sent create was refused: decided by the look-up that follows
        ApiResult refusal;
        QPointer<QObject> verifyContext; // alive while a look-up runs
        QString note;
        // batch requests
        QList<int> members;              // the leader of a batch: every item its request settles (itself first)
    };
    void pump();
    void startItem(int index);
    void onItemFinished(int index, const ApiResult &result);
    void complete(int index, const ApiResult &result);
    // Ends item `index`, or, for a batch leader, every item of its batch (split when answered).
    void settle(int index, const ApiResult &result);
    void maybeFinish();
    void verify(int index);
    void onVerified(int index, const BulkTarget::Verification &v);
    void throttled(int delayMs);
    ApiResult cancelledResult(int index) const;
    void watchClient();
    // The one place that decides whether an item that ended with `error` may be sent again: only when the
    // server provably did not act (throttled, ConcurrentException, OperateTooFrequentlyException). An
    // ambiguous write (timeout, reset) never is. Asks app/api/RetryPolicy.
    static bool maySendAgain(const ApiError &error, bool isRead);

    QPointer<ApiClient> m_client;
    QMetaObject::Connection m_clientWatch;
    Service m_service = Service::Id;
    BulkOperation m_operation;
    QList<Entry> m_items;
    QList<int> m_pending;     // FIFO of indexes ready to start
    int m_concurrency = 4;
    int m_current = 4;
    int m_minCurrent = 4;
    int m_maxRequeues = 10;
    int m_verifyDelayMs = 300;
    int m_maxCreates = 4;
    int m_verifications = 0;
    int m_requestsSent = 0;
    int m_backoffBaseMs = 500;
    int m_backoffCapMs = 10000;
    int m_inFlight = 0;
    int m_waiting = 0;
    int m_done = 0;
    int m_succeeded = 0;
    int m_failed = 0;
    int m_cancelledCount = 0;
    int m_alreadyDone = 0;
    int m_alreadyUnderWay = 0;
    int m_requeued = 0;
    int m_successStreak = 0;
    qint64 m_lastDecreaseMs = -100000;
    qint64 m_holdUntilMs = 0;      // after a throttle nothing new starts before this (m_clock time)
    QTimer *m_holdTimer = nullptr;
    bool m_running = false;
    bool m_cancelled = false;
    bool m_finishing = false;
    quint64 m_generation = 0;
    QElapsedTimer m_clock;
    qint64 m_elapsedMs = 0;
};
