// SPDX-License-Identifier: GPL-3.0-or-later
#include "cloud/BulkRunner.h"

#include "api/RetryPolicy.h"

#include "api/ApiCall.h"
#include "api/ApiClient.h"
#include "cloud/CloudIdentityWriteQueue.h"
#include "cloud/VerifiedCreate.h"
#include <QRandomGenerator>
#include <QTimer>
#include <algorithm>

BulkRunner::BulkRunner(QObject *parent) : QObject(parent)
{
    qRegisterMetaType<BulkSummary>();
    qRegisterMetaType<ApiResult>();
    qRegisterMetaType<ApiError>();
}

void BulkRunner::watchClient()
{
    disconnect(m_clientWatch);
    if (!m_client)
        return;
    // The connection goes away mid-batch (profile switch): end every item, nothing will answer anymore.
    m_clientWatch = connect(m_client, &QObject::destroyed, this, [this] {
        if (!m_running)
            return;
        m_cancelled = true;
        m_pending.clear();
        for (int i = 0; i < m_items.size(); ++i) {
            Entry &e = m_items[i];
            if (e.state == State::Done || e.state == State::Batched)
                continue;   // a batch member ends with its leader
            const bool verifying = e.state == State::Verifying;
            if (e.state == State::InFlight || verifying)
                --m_inFlight;
            else if (e.state == State::Waiting)
                --m_waiting;
            if (verifying && e.verifyContext)
                e.verifyContext->deleteLater();
            ApiResult r = cancelledResult(i);
            if ((e.state == State::InFlight && !e.isRead) || verifying) {
                r.error.message = tr("The connection was closed while this write was being sent; it may or may not have happened.");
                r.error.ambiguous = true;
            }
            settle(i, r);
        }
        maybeFinish();
    });
}

BulkRunner::~BulkRunner()
{
    // Reads of ours still in flight end with us (their owner). Writes already sent are left to finish on their
    // own; Cloud Identity writes still waiting in the write queue were never sent: withdraw them.
    ++m_generation;
    if (m_running && m_service == Service::CloudIdentity && m_client) {
        for (Entry &e : m_items)
            if (e.state == State::InFlight && e.call && !e.isRead)
                CloudIdentityWriteQueue::forClient(m_client)->cancelIfNotSent(e.call);
    }
}

void BulkRunner::setConcurrency(int n)
{
    m_concurrency = qBound(1, n, 32);
    if (!m_running)
        m_current = m_minCurrent = m_concurrency;
}

void BulkRunner::setRequeueBackoff(int baseMs, int capMs)
{
    m_backoffBaseMs = qMax(0, baseMs);
    m_backoffCapMs = qMax(m_backoffBaseMs, capMs);
}

bool BulkRunner::maySendAgain(const ApiError &e, bool isRead)
{
    // The one retry rule (RetryPolicy) decides. The runner re-sends only what the service answered and provably
    // did not act on (throttling, ConcurrentException, OperateTooFrequentlyException, OperationConflict.Task ...):
    // reads and writes alike — the client has already retried transport failures of reads by itself, and an
    // ambiguous write is never sent again.
    Q_UNUSED(isRead);
    if (e.kind != ApiError::Kind::Api)
        return false;
    const RetryPolicy::Verdict v = RetryPolicy::classify(e, RetryPolicy::Request::Write);
    return v == RetryPolicy::Verdict::Retry || v == RetryPolicy::Verdict::RetryLater;
}

void BulkRunner::start(const BulkOperation &operation, BulkTarget *target)
{
    if (m_running) {
        qWarning("BulkRunner::start: a batch is already running");
        return;
    }
    ++m_generation;
    m_operation = operation;
    m_client = target ? target->bulkClient() : nullptr;
    m_service = target ? target->bulkService() : Service::Id;
    watchClient();
    m_items.clear();
    m_pending.clear();
    const int n = operation.size();
    m_items.reserve(n);
    const int batchLimit = target ? qMax(1, target->bulkBatchLimit(operation)) : 1;
    QList<int> group;   // accepted items waiting to be put in a batch request
    const auto flushGroup = [&] {
        if (group.isEmpty())
            return;
        BulkTarget::Request batch = target->bulkBatchRequest(operation, group);
        if (batch.refused()) {
            for (int i : std::as_const(group)) {   // each item fails with the batch's refusal, unsent
                m_items[i].request.refusal = batch.refusal;
                m_pending.append(i);
            }
        } else {
            const int leader = group.first();
            Entry &l = m_items[leader];
            batch.verify = nullptr;
            l.request = batch;
            l.isRead = ServiceCatalog::isRead(batch.action);
            l.members = group;
            for (int k = 1; k < group.size(); ++k)
                m_items[group.at(k)].state = State::Batched;
            m_pending.append(leader);
        }
        group.clear();
    };
    for (int i = 0; i < n; ++i) {
        Entry e;
        if (target)
            e.request = target->bulkRequest(operation, i);
        else
            e.request = BulkTarget::refuse(m_service, QString(), QStringLiteral("NotConnected"), tr("Not connected."));
        e.isRead = !e.request.refused() && ServiceCatalog::isRead(e.request.action);
        m_items.append(e);
        if (batchLimit > 1 && !e.request.refused()) {
            group.append(i);
            if (group.size() >= batchLimit)
                flushGroup();
        } else {
            m_pending.append(i);
        }
    }
    flushGroup();
    m_current = m_minCurrent = m_concurrency;
    m_holdUntilMs = 0;
    m_lastDecreaseMs = -100000;
    m_inFlight = m_waiting = m_done = m_succeeded = m_failed = m_cancelledCount = m_requeued = m_successStreak = 0;
    m_alreadyDone = m_alreadyUnderWay = 0;
    m_verifications = 0;
    m_requestsSent = 0;
    m_running = true;
    m_cancelled = false;
    m_finishing = false;
    m_elapsedMs = 0;
    m_clock.start();
    const quint64 generation = m_generation;
    // Everything is reported asynchronously, even for an empty batch.
    QTimer::singleShot(0, this, [this, generation] {
        if (generation != m_generation)
            return;
        emit progress(0, total());
        pump();
        maybeFinish();
    });
}

void BulkRunner::pump()
{
    if (!m_running || m_cancelled)
        return;
    const qint64 now = m_clock.elapsed();
    if (now < m_holdUntilMs) {
        // Throttled a moment ago: let the server breathe before starting anything (one timer for all).
        if (!m_holdTimer) {
            m_holdTimer = new QTimer(this);
            m_holdTimer->setSingleShot(true);
            connect(m_holdTimer, &QTimer::timeout, this, &BulkRunner::pump);
        }
        if (!m_holdTimer->isActive() && !m_pending.isEmpty())
            m_holdTimer->start(int(m_holdUntilMs - now));
        return;
    }
    while (m_inFlight < m_current && !m_pending.isEmpty())
        startItem(m_pending.takeFirst());
}

void BulkRunner::startItem(int index)
{
    Entry &e = m_items[index];
    e.state = State::InFlight;
    ++m_inFlight;
    if (e.unknowns.isEmpty() && e.creates == 0 && !e.hasRefusal) {
        if (e.members.isEmpty()) {
            emit itemStarted(index);
        } else {
            const QList<int> members = e.members;
            for (int m : members)
                emit itemStarted(m);
        }
    }
    const QString action = e.request.action;
    if (e.request.refused() || !m_client) {
        // Refused before sending (or nothing to send it with): fails without touching the wire.
        ApiResult r;
        if (e.request.refused())
            r.error = e.request.refusal;
        else {
            r.error = ApiError::make(ApiError::Kind::InvalidInput, QStringLiteral("NotConnected"), tr("Not connected."));
            r.error.service = ServiceCatalog::name(m_service);
            r.error.action = action;
        }
        const quint64 generation = m_generation;
        QTimer::singleShot(0, this, [this, index, r, generation] {
            if (generation == m_generation)
                onItemFinished(index, r);
        });
        return;
    }
    if (e.request.verify)
        ++e.creates;
    ++m_requestsSent;
    ApiCall *call = nullptr;
    if (m_service == Service::CloudIdentity && !e.isRead) {
        // One Cloud Identity mutation at a time, shared with the panes. No owner: a sent write is never abandoned.
        call = CloudIdentityWriteQueue::forClient(m_client)->submit(action, e.request.params, nullptr);
    } else {
        CallOptions options;
        options.owner = e.isRead ? this : nullptr; // reads end with the runner; writes are never abandoned
        call = m_client->call(m_service, action, e.request.params, options);
    }
    e.call = call;
    const quint64 generation = m_generation;
    connect(call, &ApiCall::finished, this, [this, index, generation](const ApiResult &r) {
        if (generation == m_generation)
            onItemFinished(index, r);
    });
}

void BulkRunner::throttled(int delayMs)
{
    const qint64 now = m_clock.elapsed();
    // Everyone waits a little (a fraction of the item's own delay); the throttled item waits the whole delay.
    m_holdUntilMs = qMax(m_holdUntilMs, now + qMin(delayMs / 2, 5000));
    if (now - m_lastDecreaseMs < 1000 || m_current <= 1)
        return;
    m_lastDecreaseMs = now;
    m_current = qMax(1, m_current / 2);
    m_minCurrent = qMin(m_minCurrent, m_current);
    m_successStreak = 0;
    emit concurrencyChanged(m_current);
}

void BulkRunner::onItemFinished(int index, const ApiResult &r)
{
    Entry &e = m_items[index];
    if (e.state != State::InFlight)
        return;
    --m_inFlight;
    e.call = nullptr;
    e.attempts += qMax(1, r.attempts);

    if (e.request.verify && !r.ok) {
        // A verified create: an unknown outcome is settled by looking the object up, never by sending blindly.
        if (VerifiedCreate::isUnknownOutcome(r.error)) {
            ApiError u = r.error;
            u.ambiguous = true;
            if (u.requestId.isEmpty())
                u.requestId = r.requestId;
            e.unknowns.append(u);
            e.hasRefusal = false;
            verify(index);
            return;
        }
        if (!e.unknowns.isEmpty() && !maySendAgain(r.error, e.isRead)) {
            // A create sent again after a look-up that did not see the first one, refused: the first attempt may
            // have been applied late. Decide from what exists, not from the code.
            e.hasRefusal = true;
            e.refusal = r;
            verify(index);
            return;
        }
    }

    if (!r.ok && maySendAgain(r.error, e.isRead) && e.requeues < m_maxRequeues && !m_cancelled) {
        ++e.requeues;
        ++m_requeued;
        const int exp = qMin(e.requeues - 1, 16);
        int delay = int(qMin<qint64>(m_backoffCapMs, qint64(m_backoffBaseMs) << exp));
        delay = delay / 2 + int(QRandomGenerator::global()->bounded(delay / 2 + 1)); // jitter
        if (r.error.retryAfterSeconds > 0)
            delay = qMax(delay, r.error.retryAfterSeconds * 1000);
        if (RetryPolicy::classify(r.error, RetryPolicy::Request::Write) == RetryPolicy::Verdict::RetryLater)
            delay = qMax(delay, RetryPolicy::waitMs(r.error, e.requeues, true)); // a task still running: wait longer
        throttled(delay);
        e.state = State::Waiting;
        ++m_waiting;
        emit itemRequeued(index, delay, r.error);
        const quint64 generation = m_generation;
        QTimer::singleShot(delay, Qt::PreciseTimer, this, [this, index, generation] {
            if (generation != m_generation)
                return;
            Entry &w = m_items[index];
            if (w.state != State::Waiting)
                return; // cancelled meanwhile
            --m_waiting;
            w.state = State::Pending;
            m_pending.prepend(index);
            pump();
        });
        pump();
        return;
    }

    if (r.ok && !m_cancelled) {
        if (++m_successStreak >= m_current * 4 && m_current < m_concurrency) {
            ++m_current;
            m_successStreak = 0;
            emit concurrencyChanged(m_current);
        }
    }
    ApiResult out = r;
    out.attempts = e.attempts;
    if (r.ok && !e.unknowns.isEmpty()) {
        VerifiedCreate::Outcome o;
        o.name = m_operation.targetId(index);
        o.resolution = VerifiedCreate::Resolution::Recreated;
        o.unknownOutcomes = e.unknowns;
        e.note = o.report();
    }
    settle(index, out);
    pump();
    maybeFinish();
}

void BulkRunner::settle(int index, const ApiResult &r)
{
    const Entry &e = m_items.at(index);
    if (e.members.isEmpty() && !e.request.split) {
        complete(index, r);
        return;
    }
    const QList<int> members = e.members.isEmpty() ? QList<int>{index} : e.members;
    QList<ApiResult> split;
    if (r.ok && e.request.split)
        split = e.request.split(r);
    for (int k = 0; k < members.size(); ++k) {
        ApiResult item;
        if (!r.ok) {
            item = r;   // failed (or cancelled, or ambiguous) as a whole: so is each of its items
        } else if (k < split.size()) {
            item = split.at(k);
        } else {
            // Answered, but nothing says what happened to this item: never call it a success.
            item.error = ApiError::make(ApiError::Kind::MalformedResponse, QStringLiteral("ItemNotConfirmed"),
                                        tr("The answer did not say whether this item was done."));
            item.error.service = ServiceCatalog::name(m_service);
            item.error.action = e.request.action;
            item.error.requestId = r.requestId;
            item.error.httpStatus = r.httpStatus;
            item.requestId = r.requestId;
            item.httpStatus = r.httpStatus;
        }
        item.attempts = r.attempts;
        complete(members.at(k), item);
    }
}

void BulkRunner::verify(int index)
{
    Entry &e = m_items[index];
    e.state = State::Verifying;
    ++m_inFlight; // a look-up holds the item's slot: the batch does not outrun its own checks
    ++m_verifications;
    auto *context = new QObject(this);
    e.verifyContext = context;
    const quint64 generation = m_generation;
    const BulkTarget::Verifier verifier = e.request.verify;
    QTimer::singleShot(m_verifyDelayMs, context, [this, index, generation, verifier, context] {
        verifier(context, [this, index, generation, context](const BulkTarget::Verification &v) {
            context->deleteLater();
            if (generation == m_generation)
                onVerified(index, v);
        });
    });
}

void BulkRunner::onVerified(int index, const BulkTarget::Verification &v)
{
    Entry &e = m_items[index];
    if (e.state != State::Verifying)
        return;
    e.verifyContext = nullptr;
    --m_inFlight;
    e.state = State::InFlight; // for complete() / the re-send below
    const ApiError lastUnknown = e.unknowns.isEmpty() ? ApiError() : e.unknowns.last();
    VerifiedCreate::Outcome o;
    o.name = m_operation.targetId(index);
    o.unknownOutcomes = e.unknowns;
    o.lookups = v.calls;
    o.creates = e.creates;
    ApiResult out;
    out.attempts = e.attempts;
    switch (v.result) {
    case BulkTarget::Verification::Result::Found:
        out.ok = true;
        out.result = v.object;
        out.requestId = lastUnknown.requestId;
        o.resolution = VerifiedCreate::Resolution::Verified;
        e.note = o.report();
        break;
    case BulkTarget::Verification::Result::NotFound:
        if (e.hasRefusal) {
            // Checked after the repeat was refused: nothing exists, so the refusal is the answer (definite).
            out = e.refusal;
            out.attempts = e.attempts;
            out.error.ambiguous = false;
            break;
        }
        if (m_cancelled) {
            out.error = ApiError::make(ApiError::Kind::Cancelled, QStringLiteral("Cancelled"),
                                       tr("Checked: it was not created. Not sent again: the batch was cancelled."));
            out.error.service = ServiceCatalog::name(m_service);
            out.error.action = e.request.action;
            break;
        }
        if (e.creates >= m_maxCreates) {
            out.error = lastUnknown;
            out.error.ambiguous = false; // checked: it does not exist
            out.error.message = VerifiedCreate::tr("%1 It was checked: it was not created. Gave up after %n attempt(s).",
                                                   nullptr, e.creates)
                                    .arg(lastUnknown.message);
            break;
        }
        // The unknown attempt did not happen: sending the create again cannot make a duplicate (the name is
        // unique; a late arrival of the earlier attempt is refused, and that refusal is checked again).
        e.state = State::Pending;
        m_pending.prepend(index);
        pump();
        return;
    case BulkTarget::Verification::Result::Failed:
        out.error = e.hasRefusal && e.unknowns.isEmpty() ? e.refusal.error : lastUnknown;
        out.error.ambiguous = true;
        out.error.message = VerifiedCreate::tr("%1 Checking whether it was created failed too: %2")
                                .arg(lastUnknown.message, v.error.localizedMessage());
        o.resolution = VerifiedCreate::Resolution::Failed;
        o.unresolved = true;
        o.write.error = out.error;
        e.note = o.report();
        break;
    }
    complete(index, out);
    pump();
    maybeFinish();
}

QString BulkRunner::note(int index) const
{
    return index >= 0 && index < m_items.size() ? m_items.at(index).note : QString();
}

ApiResult BulkRunner::cancelledResult(int index) const
{
    ApiResult r;
    r.error = ApiError::make(ApiError::Kind::Cancelled, QStringLiteral("Cancelled"),
                             tr("Not sent: the batch was cancelled."));
    r.error.service = ServiceCatalog::name(m_service);
    r.error.action = m_items.at(index).request.action;
    r.attempts = m_items.at(index).attempts;
    return r;
}

void BulkRunner::complete(int index, const ApiResult &r)
{
    Entry &e = m_items[index];
    e.state = State::Done;
    e.result = r;
    e.outcome = m_operation.outcomeOf(r);
    ++m_done;
    switch (e.outcome) {
    case BulkSummary::Outcome::Succeeded:
        ++m_succeeded;
        break;
    case BulkSummary::Outcome::Cancelled:
        ++m_cancelledCount;
        break;
    case BulkSummary::Outcome::AlreadyDone:
        ++m_alreadyDone;
        break;
    case BulkSummary::Outcome::AlreadyUnderWay:
        ++m_alreadyUnderWay;
        break;
    default:
        ++m_failed;
        break;
    }
    emit itemFinished(index, r);
    emit progress(m_done, total());
}

void BulkRunner::cancel()
{
    if (!m_running || m_cancelled)
        return;
    m_cancelled = true;
    // Never started, or waiting to be re-sent: nothing of theirs is on the wire. (Look-ups settling an unknown
    // create go on: the outcome of a sent write is never abandoned.)
    const QList<int> pending = m_pending;
    m_pending.clear();
    for (int i = 0; i < m_items.size(); ++i) {
        if (m_items.at(i).state == State::Waiting) {
            --m_waiting;
            settle(i, cancelledResult(i));
        }
    }
    for (int i : pending)
        settle(i, cancelledResult(i));
    // In flight: cancel reads, and Cloud Identity writes still queued behind another write; let sent writes finish.
    for (int i = 0; i < m_items.size(); ++i) {
        Entry &e = m_items[i];
        if (e.state != State::InFlight || !e.call)
            continue;
        if (e.isRead)
            e.call->cancel();
        else if (m_service == Service::CloudIdentity && m_client)
            CloudIdentityWriteQueue::forClient(m_client)->cancelIfNotSent(e.call);
    }
    maybeFinish();
}

void BulkRunner::maybeFinish()
{
    if (!m_running || m_finishing || m_done < total())
        return;
    m_finishing = true;
    m_running = false;
    m_elapsedMs = m_clock.elapsed();
    emit finished(summary());
}

BulkSummary BulkRunner::summary() const
{
    BulkSummary s;
    s.total = total();
    s.succeeded = m_succeeded;
    s.failed = m_failed;
    s.cancelled = m_cancelledCount;
    s.alreadyDone = m_alreadyDone;
    s.alreadyUnderWay = m_alreadyUnderWay;
    s.requeued = m_requeued;
    s.minConcurrency = m_minCurrent;
    s.elapsedMs = m_running ? m_clock.elapsed() : m_elapsedMs;
    s.wasCancelled = m_cancelled;
    s.ids = m_operation.targetIds();
    s.outcomes.reserve(m_items.size());
    for (int i = 0; i < m_items.size(); ++i) {
        const Entry &e = m_items.at(i);
        s.outcomes.append(e.outcome);
        if (e.outcome == BulkSummary::Outcome::Pending || e.outcome == BulkSummary::Outcome::Succeeded
            || e.outcome == BulkSummary::Outcome::Cancelled)
            continue;
        const ApiError &err = e.result.error;
        BulkSummary::Failure f;
        f.index = i;
        f.action = e.request.action;
        f.code = err.code;
        f.message = err.message;
        f.requestId = err.requestId.isEmpty() ? e.result.requestId : err.requestId;
        f.httpStatus = err.httpStatus;
        f.ambiguous = err.ambiguous;
        f.error = err;
        (e.outcome == BulkSummary::Outcome::Failed ? s.failures : s.notes).append(f);
    }
    return s;
}

ApiResult BulkRunner::result(int index) const
{
    return index >= 0 && index < m_items.size() ? m_items.at(index).result : ApiResult();
}
