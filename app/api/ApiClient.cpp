// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/ApiClient.h"

#include "api/AcsSigner.h"
#include "api/AdaptiveRateLimiter.h"
#include "api/Crypto.h"
#include "api/PercentEncoding.h"
#include "api/ResponseParser.h"
#include "api/VolcengineSigner.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkProxyFactory>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPointer>
#include <QRandomGenerator>
#include <QSslConfiguration>
#include <QTimer>

#include <cmath>
#include <cstring>
#include <memory>

namespace {
const QByteArray VolcContentType = QByteArrayLiteral("application/json; charset=UTF-8");
constexpr int MaxBackoffMs = 20000;

QElapsedTimer &monotonic()
{
    static QElapsedTimer timer;
    if (!timer.isValid())
        timer.start();
    return timer;
}

qint64 nowMs()
{
    return monotonic().elapsed();
}

QString hostHeaderFor(const QUrl &url)
{
    QString host = url.host(QUrl::FullyEncoded);
    if (host.contains(QLatin1Char(':')))
        host = QLatin1Char('[') + host + QLatin1Char(']');
    const int port = url.port();
    if (port > 0 && port != 80 && port != 443)
        host += QLatin1Char(':') + QString::number(port);
    return host;
}

QString scalarToString(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Bool: return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double: {
        const double d = v.toDouble();
        if (std::floor(d) == d && std::abs(d) < 9007199254740992.0)
            return QString::number(qint64(d));
        return QString::number(d, 'g', 17);
    }
    case QJsonValue::String: return v.toString();
    default: return {};
    }
}

void flattenInto(QueryItems &out, const QString &prefix, const QJsonValue &value)
{
    if (value.isObject()) {
        const QJsonObject o = value.toObject();
        for (auto it = o.begin(); it != o.end(); ++it)
            flattenInto(out, prefix.isEmpty() ? it.key() : prefix + QLatin1Char('.') + it.key(), it.value());
    } else if (value.isArray()) {
        const QJsonArray a = value.toArray();
        for (int i = 0; i < a.size(); ++i)
            flattenInto(out, prefix + QLatin1Char('.') + QString::number(i + 1), a.at(i));
    } else if (!value.isNull() && !value.isUndefined()) {
        out.append({prefix, scalarToString(value)});
    }
}

QString networkErrorCode(QNetworkReply::NetworkError e)
{
    switch (e) {
    case QNetworkReply::ConnectionRefusedError: return QStringLiteral("ConnectionRefused");
    case QNetworkReply::RemoteHostClosedError:
    case QNetworkReply::ContentReSendError: // the connection closed before the answer; see OneShotBody
        return QStringLiteral("RemoteHostClosed");
    case QNetworkReply::HostNotFoundError: return QStringLiteral("HostNotFound");
    case QNetworkReply::SslHandshakeFailedError: return QStringLiteral("SslHandshakeFailed");
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError: return QStringLiteral("NetworkUnavailable");
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyConnectionClosedError:
    case QNetworkReply::ProxyNotFoundError:
    case QNetworkReply::ProxyTimeoutError:
    case QNetworkReply::ProxyAuthenticationRequiredError: return QStringLiteral("ProxyError");
    default: return QStringLiteral("NetworkError");
    }
}

// RFC 7231 IMF-fixdate ("Sun, 06 Nov 1994 08:49:37 GMT"), as every server sends Date. Qt 6.4's RFC 2822 parser
// only accepts a numeric zone, so "GMT"/"UTC" are rewritten to +0000 first.
QDateTime parseHttpDate(const QByteArray &value)
{
    QString s = QString::fromLatin1(value).trimmed();
    if (s.endsWith(QLatin1String(" GMT")) || s.endsWith(QLatin1String(" UTC")))
        s = s.chopped(4) + QStringLiteral(" +0000");
    return QDateTime::fromString(s, Qt::RFC2822Date);
}

// The request body, readable once. Qt's HTTP/1 stack silently re-sends a request whose connection closed while it
// waited for the answer - for POST too, up to twice, with the same signature and nonce (see the FIXME in
// QHttpNetworkConnectionChannel). That would repeat a write that may already have happened. A body that refuses
// to rewind makes Qt fail the reply with ContentReSendError instead, and the retry policy below decides
// (reads are re-signed and retried, writes are reported as ambiguous).
class OneShotBody : public QIODevice
{
public:
    explicit OneShotBody(const QByteArray &data) : m_data(data) { open(QIODevice::ReadOnly | QIODevice::Unbuffered); }
    bool isSequential() const override { return false; }
    qint64 size() const override { return m_data.size(); }
    bool reset() override { return false; }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        const qint64 n = qMin(maxSize, qint64(m_data.size()) - pos());
        if (n <= 0)
            return pos() >= m_data.size() ? -1 : 0;
        memcpy(data, m_data.constData() + pos(), size_t(n));
        return n;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_data;
};

// The request never reached a server that could have acted on it.
bool provablyNotSent(QNetworkReply::NetworkError e)
{
    return e == QNetworkReply::ConnectionRefusedError || e == QNetworkReply::HostNotFoundError
           || e == QNetworkReply::SslHandshakeFailedError || e == QNetworkReply::ProxyConnectionRefusedError
           || e == QNetworkReply::ProxyNotFoundError;
}

} // namespace

struct ApiClient::HostQueue
{
    int active = 0;
    QList<Attempt *> pending;
    AdaptiveRateLimiter limiter;
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
    bool timedOut = false;
    QElapsedTimer total;
    qint64 sentAtMs = 0;
    QDateTime sentAt;
    QString hostKey;
    QNetworkReply *reply = nullptr;
    QTimer *timer = nullptr;     // timeout of the request in flight, or the backoff delay
    bool queued = false;
    bool counted = false;        // counted in m_inFlight
};

ApiClient::ApiClient(QObject *parent)
    : QObject(parent), m_nam(new QNetworkAccessManager(this))
{
    qRegisterMetaType<ApiResult>();
    qRegisterMetaType<ApiError>();
    qRegisterMetaType<ExchangeRecord>();
    QNetworkProxyFactory::setUseSystemConfiguration(true);
    m_nam->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    m_nam->setStrictTransportSecurityEnabled(true);
}

ApiClient::~ApiClient()
{
    for (Attempt *a : std::as_const(m_attempts)) {
        if (a->reply) {
            a->reply->disconnect(this);
            a->reply->abort();
            a->reply->deleteLater();
        }
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
    m_extraCas.clear();
    if (pemFile.isEmpty())
        return true;
    QFile f(pemFile);
    if (!f.open(QIODevice::ReadOnly)) {
        if (error)
            *error = tr("Cannot read the CA bundle %1: %2").arg(pemFile, f.errorString());
        return false;
    }
    const auto certs = QSslCertificate::fromData(f.readAll(), QSsl::Pem);
    if (certs.isEmpty()) {
        if (error)
            *error = tr("The CA bundle %1 contains no PEM certificate.").arg(pemFile);
        return false;
    }
    m_extraCas = certs;
    return true;
}

void ApiClient::setMaxConcurrencyPerHost(int n)
{
    m_maxPerHost = qMax(1, n);
    for (auto it = m_hosts.begin(); it != m_hosts.end(); ++it)
        dispatch(it.key());
}

QDateTime ApiClient::now() const
{
    const QDateTime base = m_clock ? m_clock() : QDateTime::currentDateTimeUtc();
    return base.addMSecs(m_clockOffsetMs).toUTC();
}

QDateTime ApiClient::serverNow() const
{
    const QDateTime base = m_clock ? m_clock() : QDateTime::currentDateTimeUtc();
    return base.addMSecs(m_serverTimeKnown ? m_serverOffsetMs : m_clockOffsetMs).toUTC();
}

QString ApiClient::hostKey(Service s) const
{
    const QUrl u = endpoint(s);
    return u.scheme() + QStringLiteral("://") + u.host() + QLatin1Char(':') + QString::number(u.port(u.scheme() == QLatin1String("http") ? 80 : 443));
}

QueryItems ApiClient::flattenParams(const QJsonObject &params)
{
    QueryItems items;
    for (auto it = params.begin(); it != params.end(); ++it)
        flattenInto(items, it.key(), it.value());
    return items;
}

PreparedRequest ApiClient::prepare(Service service, const QString &action, const QJsonObject &params) const
{
    PreparedRequest p;
    p.method = "POST";
    const QUrl base = endpoint(service);
    const QString hostHeader = hostHeaderFor(base);
    QueryItems query;
    if (ServiceCatalog::algorithm(service) == SigningAlgorithm::VolcengineHmacSha256) {
        query = {{QStringLiteral("Action"), action}, {QStringLiteral("Version"), ServiceCatalog::version(service)}};
        p.body = QJsonDocument(params).toJson(QJsonDocument::Compact);
        p.headers = VolcengineSigner::signJsonPost(hostHeader, query, p.body, VolcContentType, m_credentials,
                                                   region(service), ServiceCatalog::name(service), now(), &p.parts);
    } else {
        query = flattenParams(params);
        const QByteArray nonce = m_nonce ? m_nonce() : Crypto::randomHex(16);
        p.headers = AcsSigner::signRpc(p.method, hostHeader, query, p.body, action, ServiceCatalog::version(service),
                                       m_credentials, now(), nonce, &p.parts);
    }
    QUrl url = base;
    QString path = url.path();
    if (path.isEmpty())
        path = QStringLiteral("/");
    url.setPath(path);
    // Send exactly the canonical (signed) query string.
    url.setQuery(QString::fromLatin1(PercentEncoding::canonicalQuery(query)), QUrl::StrictMode);
    p.url = url;
    return p;
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
    if (!q)
        q = new HostQueue;
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
    while (!q->pending.isEmpty() && q->active < m_maxPerHost) {
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
    a->timedOut = false;
    const PreparedRequest p = prepare(a->service, a->action, a->params);
    QNetworkRequest req(p.url);
    for (const auto &h : p.headers)
        req.setRawHeader(h.first, h.second);
    if (p.body.isEmpty())
        req.setHeader(QNetworkRequest::ContentLengthHeader, 0);
    req.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    req.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    if (!m_extraCas.isEmpty() && p.url.scheme() == QLatin1String("https")) {
        QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
        ssl.addCaCertificates(m_extraCas);
        req.setSslConfiguration(ssl);
    }
    a->sentAt = QDateTime::currentDateTimeUtc();
    a->sentAtMs = nowMs();
    auto *body = new OneShotBody(p.body);
    a->reply = m_nam->sendCustomRequest(req, p.method, body);
    body->setParent(a->reply);
    QNetworkReply *reply = a->reply;
    connect(reply, &QNetworkReply::finished, this, [this, a, reply] { onReplyFinished(a, reply); });

    const int timeout = a->options.timeoutMs > 0 ? a->options.timeoutMs : m_defaultTimeoutMs;
    if (!a->timer) {
        a->timer = new QTimer(this);
        a->timer->setSingleShot(true);
        a->timer->setTimerType(Qt::PreciseTimer); // a coarse timer may fire up to 5 % early: Retry-After is a minimum
    }
    a->timer->disconnect();
    connect(a->timer, &QTimer::timeout, this, [a] {
        if (a->reply) {
            a->timedOut = true;
            a->reply->abort();
        }
    });
    a->timer->start(timeout);
}

void ApiClient::onReplyFinished(Attempt *a, QNetworkReply *reply)
{
    if (a->reply != reply)
        return;
    a->reply = nullptr;
    a->timer->stop();
    reply->deleteLater();
    if (HostQueue *q = m_hosts.value(a->hostKey))
        --q->active;

    const qint64 elapsed = nowMs() - a->sentAtMs;
    const QString serviceName = ServiceCatalog::name(a->service);
    const QVariant statusAttr = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    const int status = statusAttr.isValid() ? statusAttr.toInt() : 0;
    const QByteArray body = reply->isOpen() ? reply->readAll() : QByteArray(); // closed when aborted

    ApiResult r;
    r.httpStatus = status;
    r.attempts = a->attemptNo;
    ApiError &e = r.error;
    e.service = serviceName;
    e.action = a->action;
    e.httpStatus = status;

    const auto netError = reply->error();
    if (a->cancelled) {
        e.kind = ApiError::Kind::Cancelled;
        e.code = QStringLiteral("Cancelled");
        e.message = tr("The request was cancelled.");
        e.ambiguous = !a->isRead;
    } else if (a->timedOut) {
        e.kind = ApiError::Kind::Timeout;
        e.code = QStringLiteral("Timeout");
        const int timeout = a->options.timeoutMs > 0 ? a->options.timeoutMs : m_defaultTimeoutMs;
        e.message = tr("No answer within %1 seconds.").arg(timeout / 1000.0, 0, 'g', 3);
        e.ambiguous = !a->isRead;
    } else if (status == 0 && netError != QNetworkReply::NoError) {
        e.kind = ApiError::Kind::Network;
        e.code = networkErrorCode(netError);
        e.message = netError == QNetworkReply::ContentReSendError // Qt has no text for it
                        ? tr("The server closed the connection before answering.")
                        : reply->errorString();
        e.ambiguous = !a->isRead && !provablyNotSent(netError);
    } else {
        // Retry-After (seconds) from either cloud.
        const QByteArray ra = reply->rawHeader("x-acs-retry-after").isEmpty() ? reply->rawHeader("Retry-After")
                                                                               : reply->rawHeader("x-acs-retry-after");
        // Learn the clock offset from the server's Date header.
        const QByteArray dateHeader = reply->rawHeader("Date");
        r = ResponseParser::parse(a->service, a->action, status, body, ra);
        r.attempts = a->attemptNo;
        if (!dateHeader.isEmpty()) {
            const QDateTime serverTime = parseHttpDate(dateHeader);
            if (serverTime.isValid()) {
                const QDateTime local = m_clock ? m_clock() : QDateTime::currentDateTimeUtc();
                m_serverOffsetMs = local.msecsTo(serverTime) + elapsed / 2;
                m_serverTimeKnown = true;
            }
        }
        if (e.isClockSkew() && !dateHeader.isEmpty()) {
            const QDateTime serverTime = parseHttpDate(dateHeader);
            if (serverTime.isValid()) {
                const QDateTime local = m_clock ? m_clock() : QDateTime::currentDateTimeUtc();
                m_clockOffsetMs = local.msecsTo(serverTime) + elapsed / 2;
                m_skewLearned = true;
            }
        }
    }
    if (m_adaptive && e.kind != ApiError::Kind::Cancelled) {
        if (HostQueue *q = m_hosts.value(a->hostKey))
            q->limiter.onResponse(e.isThrottling(), nowMs());
    }

    ExchangeRecord rec;
    rec.time = a->sentAt;
    rec.service = serviceName;
    rec.action = a->action;
    rec.method = QStringLiteral("POST");
    rec.url = reply->url().toString(QUrl::RemoveUserInfo);
    rec.httpStatus = status;
    rec.errorCode = r.ok ? QString() : e.code;
    rec.requestId = r.requestId;
    rec.elapsedMs = elapsed;
    rec.attempt = a->attemptNo;
    emit exchangeFinished(rec);

    // Decide whether to try again.
    bool retry = false;
    int delayMs = 0;
    if (!r.ok && !a->cancelled) {
        if (e.isClockSkew() && !a->skewRetried && m_skewLearned) {
            a->skewRetried = true; // the server rejected before processing: safe for writes too
            retry = true;
            ++a->maxAttempts;      // does not count against the budget
        } else if (e.code == QLatin1String("SignatureNonceUsed") && !a->nonceRetried) {
            a->nonceRetried = true;
            retry = true;
            ++a->maxAttempts;
        } else if (a->attemptNo < a->maxAttempts) {
            const bool writeSafe = e.isThrottling() || (e.kind == ApiError::Kind::Api && e.httpStatus == 503)
                                   || e.code == QLatin1String("ServiceUnavailable")
                                   || e.code == QLatin1String("ConcurrentException")
                                   || e.code == QLatin1String("OperateTooFrequentlyException")
                                   || (e.kind == ApiError::Kind::Network && !e.ambiguous && e.isTransient());
            retry = a->isRead ? e.isTransient() : writeSafe;
            if (retry) {
                // Exponential backoff with full jitter, honouring Retry-After.
                const int cap = qMin(MaxBackoffMs, m_retryBaseMs * (1 << qMin(a->attemptNo, 10)));
                delayMs = int(QRandomGenerator::global()->bounded(cap + 1));
                if (e.retryAfterSeconds > 0)
                    delayMs = qMax(delayMs, e.retryAfterSeconds * 1000);
            }
        }
    }

    if (retry) {
        a->timer->disconnect();
        connect(a->timer, &QTimer::timeout, this, [this, a] { runAttempt(a); });
        a->timer->start(delayMs);
        // Keep counted in flight while waiting.
        dispatch(a->hostKey);
        return;
    }

    r.elapsedMs = a->total.elapsed();
    completeAttempt(a, r, false);
}

void ApiClient::completeAttempt(Attempt *a, const ApiResult &result, bool)
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
            a->reply->abort(); // onReplyFinished completes it as Cancelled
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
        completeAttempt(a, r, false);
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
    startListAll(c, options, qBound(1, pageSize, 100));
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

namespace {
struct ListState
{
    QList<QJsonArray> pages;
    int received = 0;
    int expected = 1;
    qint64 total = -1;
    int attempts = 0;
    QElapsedTimer timer;
    QString requestId;
    QJsonObject firstResult;
    QStringList seenTokens;
    bool done = false;
    QList<std::shared_ptr<void>> keepAlive; // self-referencing page fetchers; released when the listing ends
};

qint64 totalOf(const QJsonObject &result)
{
    for (const char *key : {"TotalCount", "Total", "TotalCounts"}) {
        const QJsonValue v = result.value(QLatin1String(key));
        if (v.isDouble()) {
            const double d = v.toDouble(); // out of range (or not finite): unknown, never undefined behaviour
            return std::isfinite(d) && d >= 0 && d < 9.0e15 ? qint64(d) : -1;
        }
        if (v.isString())
            return v.toString().toLongLong();
    }
    return -1;
}
} // namespace

void ApiClient::startListAll(ApiCall *c, const CallOptions &options, int pageSize)
{
    const Service service = c->service();
    const QString action = c->action();
    const QString field = ServiceCatalog::listField(service, action);
    auto state = std::make_shared<ListState>();
    state->timer.start();
    QPointer<ApiCall> parentCall = c;

    auto finishWith = [state, parentCall](ApiResult r) {
        state->keepAlive.clear(); // breaks the fetchers' reference cycles
        if (!parentCall || state->done)
            return;
        state->done = true;
        r.attempts = state->attempts;
        r.elapsedMs = state->timer.elapsed();
        if (r.requestId.isEmpty())
            r.requestId = state->requestId;
        // A failed listing carries no items: a partial list must not pass for a complete (short) one.
        if (r.ok) {
            for (const QJsonArray &page : std::as_const(state->pages))
                for (const QJsonValue &v : page)
                    r.items.append(v);
        }
        parentCall->finish(r);
    };
    auto subCall = [this, c, service, action, options](const QJsonObject &params) {
        CallOptions sub = options;
        sub.owner = nullptr;
        ApiCall *page = call(service, action, params, sub);
        page->setParent(c);
        return page;
    };
    // One page, re-fetched up to PageRounds-1 more times when it fails transiently after its own retries:
    // reads are idempotent, and one lost page must not lose a listing of thousands of rows.
    using PageDone = std::function<void(const ApiResult &)>;
    auto fetchPage = std::make_shared<std::function<void(const QJsonObject &, int, PageDone)>>();
    std::weak_ptr<std::function<void(const QJsonObject &, int, PageDone)>> weakFetch = fetchPage;
    *fetchPage = [c, state, subCall, weakFetch](const QJsonObject &params, int roundsLeft, PageDone done) {
        ApiCall *page = subCall(params);
        QObject::connect(page, &ApiCall::finished, c, [=](const ApiResult &r) {
            if (!r.ok && roundsLeft > 1 && !state->done && r.error.isTransient()) {
                state->attempts += r.attempts;
                if (auto again = weakFetch.lock())
                    (*again)(params, roundsLeft - 1, done);
                return;
            }
            done(r);
        });
    };
    state->keepAlive.append(fetchPage);
    constexpr int PageRounds = 3;

    // Not paged (CloudSSO ListDirectories).
    if (service == Service::CloudSso && action == QLatin1String("ListDirectories")) {
        ApiCall *page = subCall(c->params());
        connect(page, &ApiCall::finished, c, [state, finishWith, field, parentCall](const ApiResult &r) {
            ++state->attempts;
            ApiResult out = r;
            if (r.ok) {
                state->pages = {r.result.value(field).toArray()};
                emit parentCall->pageArrived(state->pages.first(), 0, totalOf(r.result));
            }
            finishWith(out);
        });
        return;
    }

    if (ServiceCatalog::pagingStyle(service) == PagingStyle::Token) {
        auto next = std::make_shared<std::function<void(const QString &)>>();
        state->keepAlive.append(next);
        std::weak_ptr<std::function<void(const QString &)>> weakNext = next;
        *next = [=](const QString &token) {
            QJsonObject params = parentCall ? parentCall->params() : QJsonObject();
            params.insert(QStringLiteral("MaxResults"), pageSize);
            if (!token.isEmpty())
                params.insert(QStringLiteral("NextToken"), token);
            (*fetchPage)(params, PageRounds, [=](const ApiResult &r) {
                state->attempts += r.attempts;
                if (!r.ok) {
                    finishWith(r);
                    return;
                }
                state->requestId = r.requestId;
                const QJsonArray items = r.result.value(field).toArray();
                state->pages.append(items);
                state->total = totalOf(r.result);
                if (parentCall)
                    emit parentCall->pageArrived(items, int(state->pages.size()) - 1, state->total);
                const QString nextToken = r.result.value(QLatin1String("NextToken")).toString();
                const bool truncated = r.result.value(QLatin1String("IsTruncated")).toBool();
                if (!truncated) {
                    ApiResult out = r;
                    out.result.remove(field);
                    finishWith(out);
                    return;
                }
                if (nextToken.isEmpty()) {
                    ApiResult out = r;
                    out.ok = false;
                    out.error = ApiError::make(ApiError::Kind::MalformedResponse, QStringLiteral("PagingTokenMissing"),
                                               tr("The service said more pages remain but gave no NextToken; the list is incomplete."));
                    out.error.requestId = r.requestId;
                    finishWith(out);
                    return;
                }
                if (state->seenTokens.contains(nextToken)) {
                    ApiResult out = r;
                    out.ok = false;
                    out.error = ApiError::make(ApiError::Kind::MalformedResponse, QStringLiteral("PagingLoop"),
                                               tr("The service returned the same NextToken twice; paging stopped."));
                    finishWith(out);
                    return;
                }
                state->seenTokens.append(nextToken);
                if (auto again = weakNext.lock())
                    (*again)(nextToken);
            });
        };
        (*next)(QString());
        return;
    }

    // Page-number style: page 1 tells the total, then the rest concurrently, merged in order.
    auto pageParams = [parentCall, pageSize](int number) {
        QJsonObject params = parentCall ? parentCall->params() : QJsonObject();
        params.insert(QStringLiteral("PageNumber"), number);
        params.insert(QStringLiteral("PageSize"), pageSize);
        return params;
    };
    (*fetchPage)(pageParams(1), PageRounds, [=](const ApiResult &r) {
        state->attempts += r.attempts;
        if (!r.ok) {
            finishWith(r);
            return;
        }
        state->requestId = r.requestId;
        const QJsonArray items = r.result.value(field).toArray();
        state->total = totalOf(r.result);
        state->firstResult = r.result;
        state->firstResult.remove(field);
        if (parentCall)
            emit parentCall->pageArrived(items, 0, state->total);
        // The server may cap PageSize below what was asked: page through with the size it actually used.
        int pages = 1;
        if (state->total > items.size() && !items.isEmpty()) {
            const qint64 perPage = qMin<qint64>(items.size(), pageSize);
            const qint64 needed = (state->total + perPage - 1) / perPage;
            if (needed > 100000) {
                ApiResult out = r;
                out.ok = false;
                out.error = ApiError::make(ApiError::Kind::MalformedResponse, QStringLiteral("PagingTotalImplausible"),
                                           tr("The service reported %1 items, too many to list page by page.").arg(state->total));
                out.error.requestId = r.requestId;
                finishWith(out);
                return;
            }
            pages = int(needed);
        }
        state->pages.resize(pages);
        state->pages[0] = items;
        state->expected = pages;
        state->received = 1;
        if (pages == 1) {
            ApiResult out = r;
            out.result = state->firstResult;
            finishWith(out);
            return;
        }
        for (int n = 2; n <= pages; ++n) {
            (*fetchPage)(pageParams(n), PageRounds, [=](const ApiResult &pr) {
                state->attempts += pr.attempts;
                if (state->done)
                    return;
                if (!pr.ok) {
                    // One page failed after its retries: the listing is incomplete; stop the other pages.
                    finishWith(pr);
                    if (parentCall) {
                        const auto siblings = parentCall->findChildren<ApiCall *>(QString(), Qt::FindDirectChildrenOnly);
                        for (ApiCall *s : siblings)
                            s->cancel();
                    }
                    return;
                }
                state->pages[n - 1] = pr.result.value(field).toArray();
                if (parentCall)
                    emit parentCall->pageArrived(state->pages[n - 1], n - 1, state->total);
                if (++state->received == state->expected) {
                    ApiResult out = pr;
                    out.result = state->firstResult;
                    out.requestId = state->requestId;
                    finishWith(out);
                }
            });
        }
    });
}
