// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QElapsedTimer>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QObject>
#include <QPair>
#include <QString>
#include <QUrl>
#include <functional>
#include <memory>

class QTcpServer;
class QTcpSocket;

// A tiny HTTP/1.1 server on 127.0.0.1:<free port> for tests. It records every request exactly as received
// (request line, headers in order and spelling, body bytes) and answers from a script: a queue of responses
// consumed in order, then an optional handler, then "500 ScriptExhausted". A response can also be
// "drop the connection after reading the request", "reset it", or "never answer" (for timeouts), and can be
// delayed. Content-Length bodies and keep-alive (several requests per connection, answered in order) work.
class ScriptedHttpServer : public QObject
{
    Q_OBJECT
public:
    using Headers = QList<QPair<QByteArray, QByteArray>>;

    struct Response
    {
        enum class Kind {
            Answer, // status line, headers, body
            Drop,   // close the connection (FIN) without answering
            Reset,  // abort the connection (RST) without answering
            Hang    // never answer; the connection stays open until the client closes it
        };
        Kind kind = Kind::Answer;
        int status = 200;
        Headers headers;
        QByteArray body;
        int delayMs = 0;             // wait this long before answering / dropping
        qint64 contentLength = -1;   // -1: body.size(); larger: send the body, then close (cut short)
        bool closeAfter = false;     // "Connection: close" and close after answering

        static Response json(int status, const QJsonObject &body, const Headers &headers = {});
        static Response raw(int status, const QByteArray &contentType, const QByteArray &body,
                            const Headers &headers = {});
        static Response drop(int delayMs = 0);
        static Response reset(int delayMs = 0);
        static Response hang();
        Response &withHeader(const QByteArray &name, const QByteArray &value);
        Response &delayed(int ms);
    };

    struct Request
    {
        int index = 0;          // 0-based, in arrival order
        int connection = 0;     // 0-based connection number
        QByteArray method;
        QByteArray target;      // request-target exactly as sent, e.g. "/?Action=X&Version=Y"
        QByteArray version;     // "HTTP/1.1"
        Headers headers;        // as received, in order
        QByteArray body;
        QByteArray raw;         // the request bytes exactly as received
        qint64 receivedAtMs = 0; // since the server was created

        QByteArray header(const QByteArray &name) const; // first value, case-insensitive name; empty if absent
        bool hasHeader(const QByteArray &name) const;
        QByteArray path() const;     // target up to '?'
        QByteArray rawQuery() const; // target after '?', undecoded
        // Query items percent-decoded (UTF-8), in wire order.
        QList<QPair<QString, QString>> queryItems() const;
        QString queryValue(const QString &key) const;
        QJsonObject jsonBody() const;
    };

    using Handler = std::function<Response(const Request &)>;

    explicit ScriptedHttpServer(QObject *parent = nullptr);
    ~ScriptedHttpServer() override;

    bool listen(); // 127.0.0.1, free port
    quint16 port() const;
    QUrl url() const; // http://127.0.0.1:<port>

    void enqueue(const Response &response);
    void enqueue(const QList<Response> &responses);
    // Answers requests once the queue is empty.
    void setHandler(Handler handler);
    int pendingScript() const { return int(m_script.size()); }

    QList<Request> requests() const { return m_requests; }
    Request request(int i) const { return m_requests.value(i); }
    int requestCount() const { return int(m_requests.size()); }
    int connectionCount() const { return m_connections; }
    int inFlight() const { return m_inFlight; }       // received, not yet answered or dropped
    int maxInFlight() const { return m_maxInFlight; }
    // Requests answered because the script ran dry.
    int unscriptedCount() const { return m_unscripted; }
    qint64 elapsedMs() const { return m_clock.elapsed(); }

    // Runs the event loop until at least `count` requests arrived; false on timeout.
    bool waitForRequests(int count, int timeoutMs = 5000);
    // Closes every open connection (hanging requests included).
    void closeAllConnections();

signals:
    void requestReceived(int index);

private:
    struct Connection;
    void onNewConnection();
    void process(const std::shared_ptr<Connection> &c);
    void answer(const std::shared_ptr<Connection> &c, const Response &r);
    void finishRequest(const std::shared_ptr<Connection> &c);

    QTcpServer *m_server = nullptr;
    QElapsedTimer m_clock;
    QList<Response> m_script;
    Handler m_handler;
    QList<Request> m_requests;
    QList<std::shared_ptr<Connection>> m_open;
    int m_connections = 0;
    int m_inFlight = 0;
    int m_maxInFlight = 0;
    int m_unscripted = 0;
};

Q_DECLARE_METATYPE(ScriptedHttpServer::Response)
