// SPDX-License-Identifier: GPL-3.0-or-later
#include "ScriptedHttpServer.h"

#include <QDateTime>
#include <QEventLoop>
#include <QHostAddress>
#include <QJsonDocument>
#include <QLocale>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

namespace {
QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200: return "OK";
    case 204: return "No Content";
    case 400: return "Bad Request";
    case 401: return "Unauthorized";
    case 403: return "Forbidden";
    case 404: return "Not Found";
    case 409: return "Conflict";
    case 429: return "Too Many Requests";
    case 500: return "Internal Server Error";
    case 502: return "Bad Gateway";
    case 503: return "Service Unavailable";
    case 504: return "Gateway Timeout";
    default: return "Status";
    }
}

bool hasHeaderIn(const ScriptedHttpServer::Headers &headers, const QByteArray &name)
{
    for (const auto &h : headers)
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return true;
    return false;
}

QByteArray httpDate(const QDateTime &utc)
{
    return QLocale::c().toString(utc.toUTC(), QStringLiteral("ddd, dd MMM yyyy hh:mm:ss 'GMT'")).toLatin1();
}
} // namespace

struct ScriptedHttpServer::Connection
{
    int id = 0;
    QPointer<QTcpSocket> socket;
    QByteArray buffer;
    bool busy = false;        // a request is waiting for its answer
    bool closeRequested = false;
    bool gone = false;
};

// ---- Response -------------------------------------------------------------------------------------------

ScriptedHttpServer::Response ScriptedHttpServer::Response::json(int status, const QJsonObject &body, const Headers &headers)
{
    return raw(status, "application/json", QJsonDocument(body).toJson(QJsonDocument::Compact), headers);
}

ScriptedHttpServer::Response ScriptedHttpServer::Response::raw(int status, const QByteArray &contentType,
                                                               const QByteArray &body, const Headers &headers)
{
    Response r;
    r.status = status;
    r.body = body;
    if (!contentType.isEmpty())
        r.headers.append({"Content-Type", contentType});
    r.headers += headers;
    return r;
}

ScriptedHttpServer::Response ScriptedHttpServer::Response::drop(int delayMs)
{
    Response r;
    r.kind = Kind::Drop;
    r.delayMs = delayMs;
    return r;
}

ScriptedHttpServer::Response ScriptedHttpServer::Response::reset(int delayMs)
{
    Response r;
    r.kind = Kind::Reset;
    r.delayMs = delayMs;
    return r;
}

ScriptedHttpServer::Response ScriptedHttpServer::Response::hang()
{
    Response r;
    r.kind = Kind::Hang;
    return r;
}

ScriptedHttpServer::Response &ScriptedHttpServer::Response::withHeader(const QByteArray &name, const QByteArray &value)
{
    headers.append({name, value});
    return *this;
}

ScriptedHttpServer::Response &ScriptedHttpServer::Response::delayed(int ms)
{
    delayMs = ms;
    return *this;
}

// ---- Request --------------------------------------------------------------------------------------------

QByteArray ScriptedHttpServer::Request::header(const QByteArray &name) const
{
    for (const auto &h : headers)
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    return {};
}

bool ScriptedHttpServer::Request::hasHeader(const QByteArray &name) const
{
    return hasHeaderIn(headers, name);
}

QByteArray ScriptedHttpServer::Request::path() const
{
    const int q = target.indexOf('?');
    return q < 0 ? target : target.left(q);
}

QByteArray ScriptedHttpServer::Request::rawQuery() const
{
    const int q = target.indexOf('?');
    return q < 0 ? QByteArray() : target.mid(q + 1);
}

QList<QPair<QString, QString>> ScriptedHttpServer::Request::queryItems() const
{
    QList<QPair<QString, QString>> items;
    const QByteArray query = rawQuery();
    if (query.isEmpty())
        return items;
    for (const QByteArray &pair : query.split('&')) {
        const int eq = pair.indexOf('=');
        const QByteArray k = eq < 0 ? pair : pair.left(eq);
        const QByteArray v = eq < 0 ? QByteArray() : pair.mid(eq + 1);
        items.append({QString::fromUtf8(QByteArray::fromPercentEncoding(k)),
                      QString::fromUtf8(QByteArray::fromPercentEncoding(v))});
    }
    return items;
}

QString ScriptedHttpServer::Request::queryValue(const QString &key) const
{
    for (const auto &kv : queryItems())
        if (kv.first == key)
            return kv.second;
    return {};
}

QJsonObject ScriptedHttpServer::Request::jsonBody() const
{
    return QJsonDocument::fromJson(body).object();
}

// ---- Server ---------------------------------------------------------------------------------------------

ScriptedHttpServer::ScriptedHttpServer(QObject *parent)
    : QObject(parent), m_server(new QTcpServer(this))
{
    m_clock.start();
    connect(m_server, &QTcpServer::newConnection, this, &ScriptedHttpServer::onNewConnection);
}

ScriptedHttpServer::~ScriptedHttpServer()
{
    closeAllConnections();
}

bool ScriptedHttpServer::listen()
{
    return m_server->listen(QHostAddress::LocalHost, 0);
}

quint16 ScriptedHttpServer::port() const
{
    return m_server->serverPort();
}

QUrl ScriptedHttpServer::url() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port()));
}

void ScriptedHttpServer::enqueue(const Response &response)
{
    m_script.append(response);
}

void ScriptedHttpServer::enqueue(const QList<Response> &responses)
{
    m_script += responses;
}

void ScriptedHttpServer::setHandler(Handler handler)
{
    m_handler = std::move(handler);
}

bool ScriptedHttpServer::waitForRequests(int count, int timeoutMs)
{
    if (requestCount() >= count)
        return true;
    QEventLoop loop;
    QTimer timer;
    timer.setSingleShot(true);
    connect(&timer, &QTimer::timeout, &loop, &QEventLoop::quit);
    connect(this, &ScriptedHttpServer::requestReceived, &loop, [&] {
        if (requestCount() >= count)
            loop.quit();
    });
    timer.start(timeoutMs);
    loop.exec();
    return requestCount() >= count;
}

void ScriptedHttpServer::closeAllConnections()
{
    const auto open = m_open;
    for (const auto &c : open) {
        if (c->socket)
            c->socket->abort();
    }
}

void ScriptedHttpServer::onNewConnection()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        auto c = std::make_shared<Connection>();
        c->id = m_connections++;
        c->socket = socket;
        m_open.append(c);
        connect(socket, &QTcpSocket::readyRead, this, [this, c] {
            if (!c->socket)
                return;
            c->buffer += c->socket->readAll();
            process(c);
        });
        connect(socket, &QTcpSocket::disconnected, this, [this, c] {
            if (c->gone)
                return;
            c->gone = true;
            if (c->busy) {
                c->busy = false;
                --m_inFlight; // the client gave up on a request we never answered
            }
            m_open.removeOne(c);
            if (c->socket)
                c->socket->deleteLater();
        });
    }
}

void ScriptedHttpServer::process(const std::shared_ptr<Connection> &c)
{
    while (!c->busy && !c->gone && c->socket) {
        const int end = c->buffer.indexOf("\r\n\r\n");
        if (end < 0)
            return;
        const QByteArray head = c->buffer.left(end);
        const QList<QByteArray> lines = head.split('\n');
        Request req;
        const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
        req.method = requestLine.value(0);
        req.target = requestLine.value(1);
        req.version = requestLine.value(2);
        qint64 length = 0;
        for (int i = 1; i < lines.size(); ++i) {
            const QByteArray line = lines.at(i).endsWith('\r') ? lines.at(i).chopped(1) : lines.at(i);
            const int colon = line.indexOf(':');
            if (colon <= 0)
                continue;
            const QByteArray name = line.left(colon);
            const QByteArray value = line.mid(colon + 1).trimmed();
            req.headers.append({name, value});
            if (name.compare("content-length", Qt::CaseInsensitive) == 0)
                length = value.toLongLong();
        }
        if (c->buffer.size() < end + 4 + length)
            return; // body not complete yet
        req.body = c->buffer.mid(end + 4, length);
        req.raw = c->buffer.left(end + 4 + length);
        c->buffer.remove(0, end + 4 + length);
        req.index = int(m_requests.size());
        req.connection = c->id;
        req.receivedAtMs = m_clock.elapsed();
        if (req.header("connection").compare("close", Qt::CaseInsensitive) == 0)
            c->closeRequested = true;

        c->busy = true;
        ++m_inFlight;
        m_maxInFlight = qMax(m_maxInFlight, m_inFlight);
        m_requests.append(req);

        Response r;
        if (!m_script.isEmpty()) {
            r = m_script.takeFirst();
        } else if (m_handler) {
            r = m_handler(req);
        } else {
            ++m_unscripted;
            r = Response::raw(500, "application/json", R"({"Code":"ScriptExhausted","Message":"no scripted response"})");
        }
        emit requestReceived(req.index);

        if (r.kind == Response::Kind::Hang)
            return; // busy until the client goes away
        if (r.delayMs > 0) {
            QTimer::singleShot(r.delayMs, this, [this, c, r] { answer(c, r); });
            return;
        }
        answer(c, r);
    }
}

void ScriptedHttpServer::finishRequest(const std::shared_ptr<Connection> &c)
{
    if (c->busy) {
        c->busy = false;
        --m_inFlight;
    }
}

void ScriptedHttpServer::answer(const std::shared_ptr<Connection> &c, const Response &r)
{
    if (c->gone || !c->socket)
        return;
    QTcpSocket *socket = c->socket;
    if (r.kind == Response::Kind::Drop || r.kind == Response::Kind::Reset) {
        finishRequest(c);
        c->gone = true;
        m_open.removeOne(c);
        if (r.kind == Response::Kind::Reset)
            socket->abort();
        else
            socket->disconnectFromHost();
        socket->deleteLater();
        return;
    }

    const bool cutShort = r.contentLength >= 0 && r.contentLength > r.body.size();
    const bool close = r.closeAfter || c->closeRequested || cutShort;
    QByteArray out = "HTTP/1.1 " + QByteArray::number(r.status) + ' ' + reasonPhrase(r.status) + "\r\n";
    for (const auto &h : r.headers)
        out += h.first + ": " + h.second + "\r\n";
    if (!hasHeaderIn(r.headers, "Date"))
        out += "Date: " + httpDate(QDateTime::currentDateTimeUtc()) + "\r\n";
    if (!hasHeaderIn(r.headers, "Content-Length"))
        out += "Content-Length: " + QByteArray::number(r.contentLength >= 0 ? r.contentLength : r.body.size()) + "\r\n";
    out += close ? "Connection: close\r\n" : "Connection: keep-alive\r\n";
    out += "\r\n";
    out += r.body;
    socket->write(out);
    finishRequest(c);
    if (close) {
        c->gone = true;
        m_open.removeOne(c);
        socket->disconnectFromHost();
        socket->deleteLater();
        return;
    }
    // Keep-alive: the next request on this connection may already be buffered.
    QTimer::singleShot(0, this, [this, c] { process(c); });
}
