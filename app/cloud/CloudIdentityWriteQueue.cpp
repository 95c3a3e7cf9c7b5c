// SPDX-License-Identifier: GPL-3.0-or-later
#include "cloud/CloudIdentityWriteQueue.h"

#include "api/ApiClient.h"
#include "api/RetryPolicy.h"
#include <QElapsedTimer>
#include <QTimer>

namespace {
qint64 monotonicMs()
{
    static QElapsedTimer t;
    if (!t.isValid())
        t.start();
    return t.elapsed();
}
} // namespace

CloudIdentityWriteQueue::CloudIdentityWriteQueue(ApiClient *client)
    : QObject(client), m_client(client), m_retryTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("CloudIdentityWriteQueue"));
    m_retryTimer->setSingleShot(true);
    m_retryTimer->setTimerType(Qt::PreciseTimer); // backoff of 1 s, 2 s, 4 s: never early (a coarse timer fires up to 5 % early)
    connect(m_retryTimer, &QTimer::timeout, this, [this] {
        if (m_entries.isEmpty())
            return;
        const Entry &head = m_entries.first();
        if (!head.handle || head.handle->isFinished()) {
            m_entries.removeFirst();
            pump();
            return;
        }
        sendHead();
    });
}

CloudIdentityWriteQueue *CloudIdentityWriteQueue::forClient(ApiClient *client)
{
    if (!client)
        return nullptr;
    auto *q = client->findChild<CloudIdentityWriteQueue *>(QString(), Qt::FindDirectChildrenOnly);
    if (!q)
        q = new CloudIdentityWriteQueue(client);
    return q;
}

bool CloudIdentityWriteQueue::provablyNotActed(const ApiError &e)
{
    const auto v = RetryPolicy::classify(e, RetryPolicy::Request::Write);
    return v == RetryPolicy::Verdict::Retry || v == RetryPolicy::Verdict::RetryLater;
}

ApiCall *CloudIdentityWriteQueue::submit(const QString &action, const QJsonObject &params, QObject *owner)
{
    CallOptions options;
    options.owner = owner;
    ApiCall *handle = m_client->compositeCall(Service::CloudIdentity, action, params, options);
    Entry e;
    e.handle = handle;
    e.action = action;
    e.params = params;
    e.startedMs = monotonicMs();
    m_entries.append(e);
    // Cancelled from outside (cancel(), cancelAll(owner)) while queued or waiting to retry: drop it.
    // (While on the wire, the attempt is a child of the handle and is cancelled first: onAttemptFinished.)
    connect(handle, &ApiCall::finished, this, [this, handle] {
        if (m_entries.isEmpty())
            return;
        if (m_entries.first().handle == handle) {
            if (m_wire)
                return; // onAttemptFinished handles it
            m_retryTimer->stop();
            m_entries.removeFirst();
            pump();
            return;
        }
        for (int i = 1; i < m_entries.size(); ++i) {
            if (m_entries.at(i).handle == handle) {
                m_entries.removeAt(i);
                break;
            }
        }
    });
    pump();
    return handle;
}

bool CloudIdentityWriteQueue::isOnWire(ApiCall *handle) const
{
    return handle && m_wire && !m_entries.isEmpty() && m_entries.first().handle == handle;
}

bool CloudIdentityWriteQueue::cancelIfNotSent(ApiCall *handle)
{
    if (!handle || handle->isFinished() || isOnWire(handle))
        return false;
    handle->cancel();
    return true;
}

void CloudIdentityWriteQueue::pump()
{
    if (m_wire || m_retryTimer->isActive())
        return;
    while (!m_entries.isEmpty() && (!m_entries.first().handle || m_entries.first().handle->isFinished()))
        m_entries.removeFirst();
    if (!m_entries.isEmpty())
        sendHead();
}

void CloudIdentityWriteQueue::sendHead()
{
    Entry &head = m_entries.first();
    CallOptions options;
    options.maxAttempts = 1; // retries are ours: 1 s, 2 s, 4 s, one write at a time
    ApiCall *attempt = m_client->call(Service::CloudIdentity, head.action, head.params, options);
    attempt->setParent(head.handle); // cancelling the handle cancels the attempt first
    m_wire = attempt;
    connect(attempt, &ApiCall::finished, this, &CloudIdentityWriteQueue::onAttemptFinished);
}

void CloudIdentityWriteQueue::onAttemptFinished(const ApiResult &result)
{
    m_wire = nullptr;
    if (m_entries.isEmpty())
        return;
    Entry &head = m_entries.first();
    head.attempts += qMax(1, result.attempts);
    if (!head.handle || head.handle->isFinished()) {
        m_entries.removeFirst();
        QTimer::singleShot(0, this, &CloudIdentityWriteQueue::pump);
        return;
    }
    if (!result.ok) {
        // The one retry rule; the queue's own budget and fixed delays (one write at a time, 1 s, 2 s, 4 s).
        RetryPolicy::Settings settings;
        settings.maxAttempts = int(m_delays.size()) + 1;
        const auto d = RetryPolicy::decide(result.error, RetryPolicy::Request::Write, head.retries + 1, settings,
                                           [](int bound) { return bound; });
        if (d.retries()) {
            int delay = m_delays.at(head.retries);
            if (result.error.retryAfterSeconds > 0)
                delay = qMax(delay, result.error.retryAfterSeconds * 1000);
            if (d.verdict == RetryPolicy::Verdict::RetryLater)
                delay = qMax(delay, d.waitMs);
            ++head.retries;
            m_retryTimer->start(delay);
            return;
        }
    }
    finishHead(result);
}

void CloudIdentityWriteQueue::finishHead(ApiResult result)
{
    Entry head = m_entries.takeFirst();
    result.attempts = head.attempts;
    result.elapsedMs = monotonicMs() - head.startedMs;
    emit writeFinished(head.action, result);
    ApiClient::finishComposite(head.handle, result);
    pump();
}
