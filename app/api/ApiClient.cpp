// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/ApiClient.h"

#include "api/AdaptiveConcurrency.h"
#include "api/AdaptiveRateLimiter.h"
#include "api/ApiTransport.h"
#include "api/Crypto.h"
#include "api/PagedLister.h"
#include "api/RetryPolicy.h"

#include <QElapsedTimer>
#include <QNetworkReply>
#include <QPointer>
#include <QTimer>

namespace {
constexpr int MaxBackoffMs = 20000;

qint64 nowMs()
{
    static QElapsedTimer timer;
    if (!timer.isValid())
        timer.start();
    return timer.elapsed();
}
} // namespace

struct ApiClient::HostQueue
{
    int active = 0;
    QList<Attempt *> pending;
    AdaptiveRateLimiter limiter;
    AdaptiveConcurrency concurrency;
    QTimer *pacer = nullptr;
};

struct ApiClient::Attempt
{
    QPointer<ApiCall> call;
    Service service = Service::Id;
    QString action;
    QJsonObject params;
    CallOptions options;
    bool isRead = false;
    int attemptNo = 0;       // 1-based number of the attempt in flight
    int maxAttempts = 4;
    bool skewRetried = false;
    bool nonceRetried = false;
    bool cancelled = false;
    QElapsedTimer total;
    QString hostKey;
    QPointer<QNetworkReply> reply;
    QTimer *timer = nullptr;     // the backoff delay
    bool queued = false;
    bool counted = false;        // counted in m_inFlight
};

ApiClient::ApiClient(QObject *parent)
    : QObject(parent), m_transport(new ApiTransport(this))
{
    qRegisterMetaType<ApiResult>();
    qRegisterMetaType<ApiError>();
    qRegisterMetaType<ExchangeRecord>();
}

ApiClient::~ApiClient()
{
    for (Attempt *a : std::as_const(m_attempts)) {
        if (a->reply)
            m_transport->discard(a->reply);
        delete a;
    }
    m_attempts.clear();
    qDeleteAll(m_hosts);
}

void ApiClient::setCredentials(const Credentials &credentials)
{
    m_credentials = credentials;
}

void ApiClient::setRegion(const QString &region)
{
    m_region = region.trimmed();
}

QString ApiClient::region(Service s) const
{
    return ServiceCatalog::signingRegion(s, m_region);
}

void ApiClient::setEndpoint(Service s, const QUrl &url)
{
    if (url.isEmpty())
        m_endpoints.remove(int(s));
    else
        m_endpoints.insert(int(s), url);
}

QUrl ApiClient::endpoint(Service s) const
{
    const auto it = m_endpoints.find(int(s));
    if (it != m_endpoints.end())
        return *it;
    return ServiceCatalog::defaultEndpoint(s, m_region);
}

bool ApiClient::setCaBundle(const QString &pemFile, QString *error)
{
    return m_transport->setCaBundle(pemFile, error);
}

void ApiClient::setClock(std::function<QDateTime()> clock)
{
    m_transport->setClock(std::move(clock));
}

qint64 ApiClient::clockOffsetMs() const
{
    return m_transport->clockOffsetMs();
}

QNetworkAccessManager *ApiClient::networkAccessManager() const
{
    return m_transport->networkAccessManager();
}

void ApiClient::setMaxConcurrencyPerHost(int n)
{
    m_maxPerHost = qMax(1, n);
    m_adaptiveConcurrency = false;
    for (auto it = m_hosts.begin(); it != m_hosts.end(); ++it)
        dispatch(it.key());
}

void ApiClient::setAdaptiveConcurrency(bool on, int maximum)
{
    m_adaptiveConcurrency = on;
    m_adaptiveMax = qMax(1, maximum);
    for (HostQueue *q : std::as_const(m_hosts))
        q->concurrency.setMaximum(m_adaptiveMax);
    for (auto it = m_hosts.begin(); it != m_hosts.end(); ++it)
        dispatch(it.key());
}

int ApiClient::hostLimit(const HostQueue *q) const
{
    return m_adaptiveConcurrency && q ? q->concurrency.limit() : m_maxPerHost;
}

int ApiClient::concurrencyLimit(Service s) const
{
    if (!m_adaptiveConcurrency)
        return m_maxPerHost;
    const HostQueue *q = m_hosts.value(hostKey(s));
    return q ? q->concurrency.limit() : qMin(m_maxPerHost, m_adaptiveMax);
}

QDateTime ApiClient::now() const
{
    return m_transport->localNow().addMSecs(m_transport->clockOffsetMs()).toUTC();
}

QDateTime ApiClient::serverNow() const
{
    return m_transport->localNow()
        .addMSecs(m_transport->serverTimeKnown() ? m_transport->serverOffsetMs() : m_transport->clockOffsetMs())
        .toUTC();
}

bool ApiClient::hasServerTime() const
{
    return m_transport->serverTimeKnown();
}

QString ApiClient::hostKey(Service s) const
{
    const QUrl u = endpoint(s);
    return u.scheme() + QStringLiteral("://") + u.host() + QLatin1Char(':') + QString::number(u.port(u.scheme() == QLatin1String("http") ? 80 : 443));
}

QueryItems ApiClient::flattenParams(const QJsonObject &params)
{
    return RequestBuilder::flattenParams(params);
}

PreparedRequest ApiClient::prepare(Service service, const QString &action, const QJsonObject &params) const
{
    // Only ACS3 signs a nonce (x-acs-signature-nonce); OpenSSL's RAND_bytes costs a getpid() per call.
    const bool needsNonce = ServiceCatalog::algorithm(service) == SigningAlgorithm::Acs3HmacSha256;
    const QByteArray nonce = !needsNonce ? QByteArray() : m_nonce ? m_nonce() : Crypto::randomHex(16);
    return RequestBuilder::build(service, action, params, {endpoint(service), region(service)}, m_credentials, now(),
                                 nonce);
}

RetryPolicy::Settings ApiClient::retrySettings(int maxAttempts) const
{
    RetryPolicy::Settings s;
    s.maxAttempts = maxAttempts;
    s.baseMs = m_retryBaseMs;
    s.capMs = MaxBackoffMs;
    return s;
}

ApiCall *ApiClient::call(Service service, const QString &action, const QJsonObject &params, const CallOptions &options)
{
    auto *c = new ApiCall(this, service, action, params, options.owner);
    startCall(c, options);
    return c;
}

void ApiClient::startCall(ApiCall *c, const CallOptions &options)
{
    watchOwner(c, options.owner);
    if (!m_credentials.isComplete()) {
        ApiResult r;
        r.error = ApiError::make(ApiError::Kind::InvalidInput, QStringLiteral("MissingCredentials"),
                                 tr("No access key is configured for this connection."));
        r.error.service = ServiceCatalog::name(c->service());
        r.error.action = c->action();
        QTimer::singleShot(0, c, [c, r] { c->finish(r); });
        return;
    }
    auto *a = new Attempt;
    a->call = c;
    a->service = c->service();
    a->action = c->action();
    a->params = c->params();
    a->options = options;
    a->isRead = ServiceCatalog::isRead(a->action);
    a->maxAttempts = options.maxAttempts > 0 ? options.maxAttempts : m_maxAttempts;
    a->total.start();
    a->hostKey = hostKey(a->service);
    m_attempts.append(a);
    runAttempt(a);
}

void ApiClient::watchOwner(ApiCall *c, QObject *owner)
{
    if (!owner)
        return;
    // The owner is being destroyed: nobody may be told anymore (its slots would run on a dead object).
    connect(owner, &QObject::destroyed, c, [this, c] {
        c->disconnect();
        cancelCall(c);
    });
}

void ApiClient::setInFlight(int n)
{
    if (n == m_inFlight)
        return;
    m_inFlight = n;
    emit inFlightChanged(n);
}

void ApiClient::runAttempt(Attempt *a)
{
    HostQueue *&q = m_hosts[a->hostKey];
    if (!q) {
        q = new HostQueue;
        AdaptiveConcurrency::Settings cs;
        cs.initial = m_maxPerHost;
        cs.maximum = m_adaptiveMax;
        q->concurrency = AdaptiveConcurrency(cs);
    }
    a->queued = true;
    q->pending.append(a);
    if (!a->counted) {
        a->counted = true;
        setInFlight(m_inFlight + 1);
    }
    dispatch(a->hostKey);
}

void ApiClient::dispatch(const QString &key)
{
    HostQueue *q = m_hosts.value(key);
    if (!q)
        return;
    while (!q->pending.isEmpty() && q->active < hostLimit(q)) {
        if (m_adaptive) {
            const qint64 wait = q->limiter.acquire(nowMs());
            if (wait > 0) {
                if (!q->pacer) {
                    q->pacer = new QTimer(this);
                    q->pacer->setSingleShot(true);
                    connect(q->pacer, &QTimer::timeout, this, [this, key] { dispatch(key); });
                }
                if (!q->pacer->isActive())
                    q->pacer->start(int(qMin<qint64>(wait, 60000)));
                return;
            }
        }
        Attempt *a = q->pending.takeFirst();
        a->queued = false;
        ++q->active;
        send(a);
    }
}

void ApiClient::send(Attempt *a)
{
    ++a->attemptNo;
    const int timeout = a->options.timeoutMs > 0 ? a->options.timeoutMs : m_defaultTimeoutMs;
    a->reply = m_transport->send(prepare(a->service, a->action, a->params), a->service, a->action, a->isRead, timeout,
                                 [this, a](const ApiTransport::Outcome &o) { onAnswer(a, o); }, a->options.rawItemPath);
}

void ApiClient::onAnswer(Attempt *a, const ApiTransport::Outcome &o)
{
    a->reply = nullptr;
    if (HostQueue *q = m_hosts.value(a->hostKey))
        --q->active;

    ApiResult r = o.result;
    r.attempts = a->attemptNo;
    ApiError &e = r.error;
    if (m_adaptive && e.kind != ApiError::Kind::Cancelled) {
        if (HostQueue *q = m_hosts.value(a->hostKey))
            q->limiter.onResponse(e.isThrottling(), nowMs());
    }
    // Answers the server gave (not network errors, timeouts or cancellations) tell the host's capacity.
    if (m_adaptiveConcurrency && r.httpStatus > 0 && e.kind != ApiError::Kind::Cancelled) {
        if (HostQueue *q = m_hosts.value(a->hostKey))
            q->concurrency.onResponse(double(o.elapsedMs), e.isThrottling(), nowMs());
    }

    ExchangeRecord rec;
    rec.time = o.sentAt;
    rec.service = ServiceCatalog::name(a->service);
    rec.action = a->action;
    rec.method = QStringLiteral("POST");
    rec.url = o.url;
    rec.httpStatus = r.httpStatus;
    rec.errorCode = r.ok ? QString() : e.code;
    rec.requestId = r.requestId;
    rec.elapsedMs = o.elapsedMs;
    rec.attempt = a->attemptNo;
    emit exchangeFinished(rec);

    // Decide whether to try again.
    bool retry = false;
    int delayMs = 0;
    if (!r.ok && !a->cancelled) {
        if (e.isClockSkew() && !a->skewRetried && m_transport->skewLearned()) {
            a->skewRetried = true; // the server rejected before processing: safe for writes too
            retry = true;
            ++a->maxAttempts;      // does not count against the budget
        } else if (ErrorClassification::classify(e).has(ErrorClassification::NonceReused) && !a->nonceRetried) {
            a->nonceRetried = true; // re-signed with a fresh nonce; not counted either
            retry = true;
            ++a->maxAttempts;
        } else {
            const auto d = RetryPolicy::decide(e, a->isRead ? RetryPolicy::Request::Read : RetryPolicy::Request::Write,
                                               a->attemptNo, retrySettings(a->maxAttempts), m_jitter);
            if (d.verdict == RetryPolicy::Verdict::Ambiguous)
                e.ambiguous = true; // a write that may have happened: reported, never sent again
            retry = d.retries();
            delayMs = d.waitMs;
        }
    }

    if (retry) {
        if (!a->timer) {
            a->timer = new QTimer(this);
            a->timer->setSingleShot(true);
            a->timer->setTimerType(Qt::PreciseTimer); // a coarse timer may fire up to 5 % early: Retry-After is a minimum
        }
        a->timer->disconnect();
        connect(a->timer, &QTimer::timeout, this, [this, a] { runAttempt(a); });
        a->timer->start(delayMs);
        // Keep counted in flight while waiting.
        dispatch(a->hostKey);
        return;
    }

    r.elapsedMs = a->total.elapsed();
    completeAttempt(a, r);
}

void ApiClient::completeAttempt(Attempt *a, const ApiResult &result)
{
    m_attempts.removeOne(a);
    if (a->counted)
        setInFlight(m_inFlight - 1);
    const QString key = a->hostKey;
    QPointer<ApiCall> c = a->call;
    if (a->timer)
        a->timer->deleteLater();
    delete a;
    if (c)
        c->finish(result);
    dispatch(key);
}

void ApiClient::cancelCall(ApiCall *c)
{
    if (!c || c->isFinished())
        return;
    // listAll: cancel the pages first (they belong to this call).
    const auto children = c->findChildren<ApiCall *>(QString(), Qt::FindDirectChildrenOnly);
    for (ApiCall *child : children)
        cancelCall(child);
    for (Attempt *a : std::as_const(m_attempts)) {
        if (a->call != c)
            continue;
        a->cancelled = true;
        if (a->reply) {
            ApiTransport::cancel(a->reply); // onAnswer completes it as Cancelled
            return;
        }
        // Queued or waiting for a retry.
        if (a->queued) {
            if (HostQueue *q = m_hosts.value(a->hostKey))
                q->pending.removeOne(a);
        }
        if (a->timer)
            a->timer->stop();
        ApiResult r;
        r.attempts = a->attemptNo;
        r.error = ApiError::make(ApiError::Kind::Cancelled, QStringLiteral("Cancelled"), tr("The request was cancelled."));
        r.error.service = ServiceCatalog::name(a->service);
        r.error.action = a->action;
        completeAttempt(a, r);
        return;
    }
    ApiResult r;
    r.error = ApiError::make(ApiError::Kind::Cancelled, QStringLiteral("Cancelled"), tr("The request was cancelled."));
    r.error.service = ServiceCatalog::name(c->service());
    r.error.action = c->action();
    c->finish(r);
}

void ApiClient::cancelAll(QObject *owner)
{
    const auto calls = findChildren<ApiCall *>(QString(), Qt::FindDirectChildrenOnly);
    for (ApiCall *c : calls)
        if (!c->isFinished() && c->m_hasOwner && c->owner() == owner)
            cancelCall(c);
}

void ApiClient::cancelAll()
{
    const auto calls = findChildren<ApiCall *>(QString(), Qt::FindDirectChildrenOnly);
    for (ApiCall *c : calls)
        if (!c->isFinished())
            cancelCall(c);
}

ApiCall *ApiClient::listAll(Service service, const QString &action, const QJsonObject &params,
                            const CallOptions &options, int pageSize)
{
    auto *c = new ApiCall(this, service, action, params, options.owner);
    watchOwner(c, options.owner);
    PagedLister::start(this, c, options, qBound(1, pageSize, 100));
    return c;
}

ApiCall *ApiClient::compositeCall(Service service, const QString &action, const QJsonObject &params,
                                  const CallOptions &options)
{
    auto *c = new ApiCall(this, service, action, params, options.owner);
    watchOwner(c, options.owner);
    return c;
}

void ApiClient::finishComposite(ApiCall *call, const ApiResult &result)
{
    if (call)
        call->finish(result);
}
