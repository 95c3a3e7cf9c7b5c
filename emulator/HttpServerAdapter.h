// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHostAddress>
#include <QObject>
#include <QTcpServer>

namespace emu {

class HttpRequestHandler;

// The transport adapter: a small HTTP/1.1 server on QTcpServer (keep-alive, pipelining, chunked bodies,
// Expect: 100-continue). Everything above it only sees HttpRequest / HttpResponse.
class HttpServerAdapter : public QObject
{
    Q_OBJECT
public:
    explicit HttpServerAdapter(HttpRequestHandler *handler, QObject *parent = nullptr);

    bool listen(const QHostAddress &address, quint16 port);
    quint16 port() const;
    QHostAddress address() const;
    QString errorString() const;
    int connectionCount() const { return m_connections; }
    void close();

    static constexpr int MaxConnections = 4096;

private:
    void onNewConnection();

    HttpRequestHandler *m_handler;
    QTcpServer m_server;
    int m_connections = 0;
};

} // namespace emu
