// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "HttpRequestParser.h"
#include "HttpResponse.h"

#include <QObject>
#include <QPointer>
#include <QTcpSocket>
#include <QTimer>

namespace emu {

class HttpRequestHandler;

// One keep-alive TCP connection. Requests are answered strictly in order; while an answer is delayed
// (latency injection) later pipelined requests wait in the parser buffer.
class HttpConnection : public QObject
{
    Q_OBJECT
public:
    HttpConnection(QTcpSocket *socket, HttpRequestHandler *handler, QObject *parent = nullptr);
    ~HttpConnection() override;

    static constexpr int IdleTimeoutMs = 120000;
    static constexpr int LingerMs = 2000;
    static constexpr qint64 LingerMaxBytes = 16 * 1024 * 1024;

signals:
    void finished();

private:
    void onReadyRead();
    void processBuffered();
    void deliver(const HttpResponse &response, bool keepAlive);
    void closeConnection(bool abort);
    // After an error answer to a request whose body was not read: half-close, discard what still arrives
    // (up to a limit), then close -- so the client reads the answer instead of a connection reset.
    void lingerAndClose();

    QPointer<QTcpSocket> m_socket;
    HttpRequestHandler *m_handler;
    HttpRequestParser m_parser;
    QTimer m_idleTimer;
    bool m_busy = false;
    bool m_closing = false;
    bool m_finished = false;
    bool m_draining = false;
    qint64 m_drained = 0;
};

} // namespace emu
