// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/ApiTransport.h"

#include "api/ResponseParser.h"

#include <QElapsedTimer>
#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkProxyFactory>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslConfiguration>
#include <QTimer>

#include <cstring>

namespace {
const char *const CancelledProperty = "idconsole_cancelled";
const char *const TimedOutProperty = "idconsole_timedOut";
const char *const ManagerProperty = "idconsole_manager";

qint64 nowMs()
{
    static QElapsedTimer timer;
    if (!timer.isValid())
        timer.start();
    return timer.elapsed();
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

// The request never reached a server that could have acted on it.
bool provablyNotSent(QNetworkReply::NetworkError e)
{
    return e == QNetworkReply::ConnectionRefusedError || e == QNetworkReply::HostNotFoundError
           || e == QNetworkReply::SslHandshakeFailedError || e == QNetworkReply::ProxyConnectionRefusedError
           || e == QNetworkReply::ProxyNotFoundError;
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
// to rewind makes Qt fail the reply with ContentReSendError instead, and RetryPolicy decides
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
} // namespace

namespace {
constexpr int ConnectionsPerManager = 6; // Qt's HTTP/1 channels per host and manager

QNetworkAccessManager *newManager(QObject *parent)
{
    auto *nam = new QNetworkAccessManager(parent);
    nam->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    nam->setStrictTransportSecurityEnabled(true);
    return nam;
}
} // namespace

ApiTransport::ApiTransport(QObject *parent) : QObject(parent)
{
    QNetworkProxyFactory::setUseSystemConfiguration(true);
    m_nam = newManager(this);
    m_nams << m_nam;
    m_namActive << 0;
}

ApiTransport::~ApiTransport()
{
    for (QNetworkAccessManager *nam : std::as_const(m_nams)) {
        const auto replies = nam->findChildren<QNetworkReply *>();
        for (QNetworkReply *r : replies)
            discard(r);
    }
}

QNetworkAccessManager *ApiTransport::pickManager()
{
    for (int i = 0; i < m_nams.size(); ++i)
        if (m_namActive.at(i) < ConnectionsPerManager)
            return m_nams.at(i);
    m_nams << newManager(this);
    m_namActive << 0;
    return m_nams.last();
}

bool ApiTransport::setCaBundle(const QString &pemFile, QString *error)
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

QDateTime ApiTransport::localNow() const
{
    return m_clock ? m_clock() : QDateTime::currentDateTimeUtc();
}

QNetworkReply *ApiTransport::send(const PreparedRequest &p, Service service, const QString &action, bool isRead,
                                  int timeoutMs, Done done, const QByteArrayList &rawItemPath)
{
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
    const QDateTime sentAt = QDateTime::currentDateTimeUtc();
    const qint64 sentAtMs = nowMs();
    auto *body = new OneShotBody(p.body);
    QNetworkAccessManager *nam = pickManager();
    const int namIndex = int(m_nams.indexOf(nam));
    QNetworkReply *reply = nam->sendCustomRequest(req, p.method, body);
    body->setParent(reply);
    ++m_namActive[namIndex];
    reply->setProperty(ManagerProperty, namIndex);

    auto *timer = new QTimer(reply);
    timer->setSingleShot(true);
    timer->setTimerType(Qt::PreciseTimer);
    connect(timer, &QTimer::timeout, reply, [reply] {
        reply->setProperty(TimedOutProperty, true);
        reply->abort();
    });
    timer->start(timeoutMs);
    connect(reply, &QNetworkReply::finished, this,
            [=] { onFinished(reply, service, action, isRead, timeoutMs, sentAt, sentAtMs, done, rawItemPath); });
    return reply;
}

void ApiTransport::cancel(QNetworkReply *reply)
{
    if (!reply)
        return;
    reply->setProperty(CancelledProperty, true);
    reply->abort();
}

void ApiTransport::release(QNetworkReply *reply)
{
    const QVariant index = reply->property(ManagerProperty);
    if (index.isValid() && index.toInt() >= 0 && index.toInt() < m_namActive.size()) {
        --m_namActive[index.toInt()];
        reply->setProperty(ManagerProperty, QVariant());
    }
}

void ApiTransport::discard(QNetworkReply *reply)
{
    if (!reply)
        return;
    release(reply);
    reply->disconnect(this);
    reply->abort();
    reply->deleteLater();
}

void ApiTransport::onFinished(QNetworkReply *reply, Service service, const QString &action, bool isRead, int timeoutMs,
                              const QDateTime &sentAt, qint64 sentAtMs, const Done &done, const QByteArrayList &rawItemPath)
{
    reply->disconnect(this);
    reply->deleteLater();
    release(reply);
    const qint64 elapsed = nowMs() - sentAtMs;
    const QVariant statusAttr = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    const int status = statusAttr.isValid() ? statusAttr.toInt() : 0;
    const QByteArray body = reply->isOpen() ? reply->readAll() : QByteArray(); // closed when aborted

    Outcome out;
    out.sentAt = sentAt;
    out.elapsedMs = elapsed;
    out.url = reply->url().toString(QUrl::RemoveUserInfo);
    ApiResult &r = out.result;
    r.httpStatus = status;
    ApiError &e = r.error;
    e.service = ServiceCatalog::name(service);
    e.action = action;
    e.httpStatus = status;

    const auto netError = reply->error();
    if (reply->property(CancelledProperty).toBool()) {
        e.kind = ApiError::Kind::Cancelled;
        e.code = QStringLiteral("Cancelled");
        e.message = tr("The request was cancelled.");
        e.ambiguous = !isRead;
    } else if (reply->property(TimedOutProperty).toBool()) {
        e.kind = ApiError::Kind::Timeout;
        e.code = QStringLiteral("Timeout");
        e.message = tr("No answer within %1 seconds.").arg(timeoutMs / 1000.0, 0, 'g', 3);
        e.ambiguous = !isRead;
    } else if (status == 0 && netError != QNetworkReply::NoError) {
        e.kind = ApiError::Kind::Network;
        e.code = networkErrorCode(netError);
        e.message = netError == QNetworkReply::ContentReSendError // Qt has no text for it
                        ? tr("The server closed the connection before answering.")
                        : reply->errorString();
        e.ambiguous = !isRead && !provablyNotSent(netError);
    } else {
        // Retry-After (seconds) from either cloud.
        const QByteArray ra = reply->rawHeader("x-acs-retry-after").isEmpty() ? reply->rawHeader("Retry-After")
                                                                               : reply->rawHeader("x-acs-retry-after");
        // A listing page whose items the caller takes as bytes: validate and slice the whole body, parse only the
        // envelope around the array (the full parse was the largest CPU cost of a listing). The envelope is the
        // answer itself with the array emptied, so errors, request ids and paging fields read exactly as they
        // would from the whole body. Anything the slicer refuses (an error answer has no such array) is parsed whole.
        QList<JsonArraySlicer::Span> spans;
        JsonArraySlicer::Span array;
        const bool sliced = !rawItemPath.isEmpty() && status >= 200 && status < 300
                            && JsonArraySlicer::slice(body, rawItemPath, &spans, nullptr, &array);
        r = ResponseParser::parse(service, action, status, sliced ? JsonArraySlicer::withoutArray(body, array) : body, ra);
        if (r.ok) {
            r.body = body;
            if (sliced) {
                r.itemSpans = std::move(spans);
                r.itemsRaw = true;
            }
        }
        // Learn the clock offset from the server's Date header when it rejects the request's time.
        const QByteArray dateHeader = reply->rawHeader("Date");
        if (!dateHeader.isEmpty()) {
            // The server's clock, from every answer (for "which month is it at the service").
            const QDateTime serverTime = parseHttpDate(dateHeader);
            if (serverTime.isValid()) {
                m_serverOffsetMs = localNow().msecsTo(serverTime) + elapsed / 2;
                m_serverTimeKnown = true;
            }
        }
        if (r.error.isClockSkew() && !dateHeader.isEmpty()) {
            const QDateTime serverTime = parseHttpDate(dateHeader);
            if (serverTime.isValid()) {
                m_clockOffsetMs = localNow().msecsTo(serverTime) + elapsed / 2;
                m_skewLearned = true;
            }
        }
    }
    if (done)
        done(out);
}
