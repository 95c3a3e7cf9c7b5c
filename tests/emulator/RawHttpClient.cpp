// SPDX-License-Identifier: GPL-3.0-or-later
#include "RawHttpClient.h"

#include <QDeadlineTimer>
#include <QHostAddress>
#include <QTcpSocket>

QByteArray RawHttpClient::Response::header(const QByteArray &name) const
{
    for (const auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return QByteArray();
}

RawHttpClient::RawHttpClient(quint16 port) : m_port(port), m_socket(new QTcpSocket) {}

RawHttpClient::~RawHttpClient()
{
    m_socket->abort();
    delete m_socket;
}

bool RawHttpClient::connectToServer(int timeoutMs)
{
    m_socket->connectToHost(QHostAddress::LocalHost, m_port);
    return m_socket->waitForConnected(timeoutMs);
}

void RawHttpClient::send(const QByteArray &bytes)
{
    m_socket->write(bytes);
    m_socket->waitForBytesWritten(5000);
}

bool RawHttpClient::takeResponse(QByteArray &buffer, Response *out)
{
    const int end = buffer.indexOf("\r\n\r\n");
    if (end < 0)
        return false;
    const QList<QByteArray> lines = buffer.left(end).split('\n');
    Response r;
    const QList<QByteArray> statusLine = lines.first().trimmed().split(' ');
    r.status = statusLine.value(1).toInt();
    qsizetype length = 0;
    for (int i = 1; i < lines.size(); ++i) {
        const int colon = lines[i].indexOf(':');
        if (colon <= 0)
            continue;
        const QByteArray name = lines[i].left(colon).trimmed();
        const QByteArray value = lines[i].mid(colon + 1).trimmed();
        r.headers.append({name, value});
        if (name.compare("Content-Length", Qt::CaseInsensitive) == 0)
            length = value.toLongLong();
    }
    if (buffer.size() < end + 4 + length)
        return false;
    r.body = buffer.mid(end + 4, length);
    buffer.remove(0, end + 4 + length);
    if (r.status == 100) // interim response
        return takeResponse(buffer, out);
    *out = r;
    return true;
}

QList<RawHttpClient::Response> RawHttpClient::read(int count, int timeoutMs)
{
    QList<Response> out;
    QDeadlineTimer deadline(timeoutMs);
    while (out.size() < count) {
        Response r;
        if (takeResponse(m_buffer, &r)) {
            out.append(r);
            continue;
        }
        if (m_closed || deadline.hasExpired())
            break;
        if (m_socket->state() != QAbstractSocket::ConnectedState) {
            m_buffer += m_socket->readAll();
            m_closed = true;
            continue;
        }
        if (m_socket->waitForReadyRead(int(qMax<qint64>(1, qMin<qint64>(200, deadline.remainingTime())))))
            m_buffer += m_socket->readAll();
        else if (m_socket->state() != QAbstractSocket::ConnectedState)
            m_closed = true;
    }
    return out;
}
