// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>

class QTcpSocket;

// Minimal blocking HTTP/1.1 client over a raw socket, for tests that need exact control of the bytes.
class RawHttpClient
{
public:
    struct Response
    {
        int status = 0;
        QList<QPair<QByteArray, QByteArray>> headers;
        QByteArray body;
        QByteArray header(const QByteArray &name) const;
    };

    explicit RawHttpClient(quint16 port);
    ~RawHttpClient();

    bool connectToServer(int timeoutMs = 5000);
    void send(const QByteArray &bytes);
    // Reads up to `count` responses; stops early when the peer closes or the timeout passes. To observe a close
    // after the last response, call read() again (it returns nothing and sets closedByPeer()).
    QList<Response> read(int count, int timeoutMs = 10000);
    bool closedByPeer() const { return m_closed; }

    // Parses one response from the front of `buffer` (removing it); false if incomplete.
    static bool takeResponse(QByteArray &buffer, Response *out);

private:
    quint16 m_port;
    QTcpSocket *m_socket;
    QByteArray m_buffer;
    bool m_closed = false;
};
