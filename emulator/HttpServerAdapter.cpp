// SPDX-License-Identifier: GPL-3.0-or-later
#include "HttpServerAdapter.h"

#include "HttpConnection.h"

#include <QTcpSocket>

namespace emu {

HttpServerAdapter::HttpServerAdapter(HttpRequestHandler *handler, QObject *parent)
    : QObject(parent), m_handler(handler)
{
    m_server.setMaxPendingConnections(1024);
    connect(&m_server, &QTcpServer::newConnection, this, &HttpServerAdapter::onNewConnection);
}

bool HttpServerAdapter::listen(const QHostAddress &address, quint16 port)
{
    return m_server.listen(address, port);
}

quint16 HttpServerAdapter::port() const
{
    return m_server.serverPort();
}

QHostAddress HttpServerAdapter::address() const
{
    return m_server.serverAddress();
}

QString HttpServerAdapter::errorString() const
{
    return m_server.errorString();
}

void HttpServerAdapter::close()
{
    m_server.close();
}

void HttpServerAdapter::onNewConnection()
{
    while (m_server.hasPendingConnections()) {
        QTcpSocket *socket = m_server.nextPendingConnection();
        if (!socket)
            break;
        if (m_connections >= MaxConnections) {
            socket->abort();
            socket->deleteLater();
            continue;
        }
        ++m_connections;
        auto *connection = new HttpConnection(socket, m_handler, this);
        connect(connection, &HttpConnection::finished, this, [this] { --m_connections; });
    }
}

} // namespace emu
