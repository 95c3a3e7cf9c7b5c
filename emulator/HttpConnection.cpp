// SPDX-License-Identifier: GPL-3.0-or-later
#include "HttpConnection.h"

#include "HttpRequestHandler.h"

#ifdef Q_OS_UNIX
#include <sys/socket.h>
#endif

namespace emu {

HttpConnection::HttpConnection(QTcpSocket *socket, HttpRequestHandler *handler, QObject *parent)
    : QObject(parent), m_socket(socket), m_handler(handler)
{
    socket->setParent(this);
    socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    // Back-pressure instead of unbounded buffering while an answer is pending.
    socket->setReadBufferSize(HttpRequestParser::MaxBodyBytes + HttpRequestParser::MaxHeaderBytes + 65536);
    connect(socket, &QTcpSocket::readyRead, this, &HttpConnection::onReadyRead);
    connect(socket, &QTcpSocket::disconnected, this, [this] { closeConnection(false); });
    connect(socket, &QTcpSocket::errorOccurred, this, [this](QAbstractSocket::SocketError) {
        if (m_socket && m_socket->state() != QAbstractSocket::ConnectedState)
            closeConnection(false);
    });
    m_idleTimer.setSingleShot(true);
    m_idleTimer.setInterval(IdleTimeoutMs);
    connect(&m_idleTimer, &QTimer::timeout, this, [this] {
        if (!m_busy)
            closeConnection(false);
        else
            m_idleTimer.start();
    });
    m_idleTimer.start();
    if (socket->bytesAvailable() > 0)
        QTimer::singleShot(0, this, &HttpConnection::onReadyRead);
}

HttpConnection::~HttpConnection() = default;

void HttpConnection::onReadyRead()
{
    if (m_draining && m_socket) {
        m_drained += m_socket->read(LingerMaxBytes).size();
        if (m_drained > LingerMaxBytes)
            closeConnection(true);
        return;
    }
    if (!m_socket || m_closing)
        return;
    m_idleTimer.start();
    // Do not buffer unbounded amounts while an answer is pending: leave the rest in the socket.
    const qsizetype limit = HttpRequestParser::MaxBodyBytes + HttpRequestParser::MaxHeaderBytes + 65536;
    if (m_parser.bufferedBytes() < limit)
        m_parser.append(m_socket->read(limit - m_parser.bufferedBytes()));
    processBuffered();
}

void HttpConnection::processBuffered()
{
    while (!m_busy && !m_closing && m_socket) {
        const HttpRequestParser::Result result = m_parser.parse();
        if (result == HttpRequestParser::Result::NeedMore) {
            if (m_parser.takeContinueRequest())
                m_socket->write("HTTP/1.1 100 Continue\r\n\r\n");
            if (m_socket->bytesAvailable() > 0) {
                const qsizetype before = m_parser.bufferedBytes();
                m_parser.append(m_socket->read(HttpRequestParser::MaxBodyBytes));
                if (m_parser.bufferedBytes() != before)
                    continue;
            }
            return;
        }
        if (result == HttpRequestParser::Result::Error) {
            HttpResponse response = m_handler->protocolError(m_parser.partialRequest(), m_parser.errorStatus(),
                                                             m_parser.errorMessage());
            response.setDelayMs(0);
            m_busy = true;
            deliver(response, false);
            return;
        }
        const HttpRequest request = m_parser.takeRequest();
        m_busy = true;
        const bool keepAlive = request.keepAlive();
        HttpResponse response = m_handler->handle(request);
        if (response.delayMs() > 0) {
            // Precise: a coarse timer may fire up to 5 % early, and a Cloud Identity write must not be answered before
            // its write lock ends (the client would send its next write into the lock).
            QTimer::singleShot(response.delayMs(), Qt::PreciseTimer, this,
                               [this, response, keepAlive] { deliver(response, keepAlive); });
            return;
        }
        deliver(response, keepAlive);
    }
}

void HttpConnection::deliver(const HttpResponse &response, bool keepAlive)
{
    if (!m_socket || m_closing)
        return;
    if (response.dropConnection()) {
        closeConnection(true);
        return;
    }
    const bool keep = keepAlive && !response.closeAfter();
    m_socket->write(response.serialize(keep));
    m_busy = false;
    m_idleTimer.start();
    if (response.closeAfter()) {
        lingerAndClose();
        return;
    }
    if (!keep) {
        m_closing = true;
        m_socket->disconnectFromHost();
        return;
    }
    // More pipelined requests may be waiting.
    if (m_parser.bufferedBytes() > 0 || m_socket->bytesAvailable() > 0)
        QTimer::singleShot(0, this, &HttpConnection::onReadyRead);
}

void HttpConnection::lingerAndClose()
{
    m_closing = true;
    m_draining = true;
    m_idleTimer.stop();
    QTimer::singleShot(LingerMs, this, [this] { closeConnection(true); });
    auto halfClose = [this] {
#ifdef Q_OS_UNIX
        if (m_socket && m_socket->bytesToWrite() == 0)
            ::shutdown(int(m_socket->socketDescriptor()), SHUT_WR);
#endif
    };
    connect(m_socket, &QTcpSocket::bytesWritten, this, halfClose);
    m_socket->flush();
    halfClose();
}

void HttpConnection::closeConnection(bool abort)
{
    if (m_closing && !abort) {
        if (m_socket && m_socket->state() != QAbstractSocket::UnconnectedState)
            return; // waiting for disconnectFromHost to flush
    }
    if (m_finished)
        return;
    m_finished = true;
    m_closing = true;
    m_idleTimer.stop();
    if (m_socket) {
        m_socket->disconnect(this);
        if (abort)
            m_socket->abort();
        else if (m_socket->state() != QAbstractSocket::UnconnectedState)
            m_socket->abort();
    }
    emit finished();
    deleteLater();
}

} // namespace emu
