// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QPair>

namespace emu {

// An HTTP response plus the delivery instructions the fault injector attaches (delay, drop the connection).
class HttpResponse
{
public:
    HttpResponse() = default;
    explicit HttpResponse(int status) : m_status(status) {}

    int status() const { return m_status; }
    void setStatus(int status) { m_status = status; }

    const QList<QPair<QByteArray, QByteArray>> &headers() const { return m_headers; }
    void setHeader(const QByteArray &name, const QByteArray &value);
    QByteArray header(const QByteArray &name) const;

    QByteArray body() const { return m_body; }
    void setBody(const QByteArray &body) { m_body = body; }
    // Sets the body to compact JSON and Content-Type to application/json.
    void setJson(const QJsonObject &object);

    // Delivery instructions.
    int delayMs() const { return m_delayMs; }
    void setDelayMs(int ms) { m_delayMs = ms; }
    bool dropConnection() const { return m_drop; }
    void setDropConnection(bool drop) { m_drop = drop; }
    bool closeAfter() const { return m_close; }
    void setCloseAfter(bool close) { m_close = close; }

    // The wire form: status line, headers (plus Content-Length and Connection) and body.
    QByteArray serialize(bool keepAlive) const;

    static QByteArray reasonPhrase(int status);

private:
    int m_status = 200;
    QList<QPair<QByteArray, QByteArray>> m_headers;
    QByteArray m_body;
    int m_delayMs = 0;
    bool m_drop = false;
    bool m_close = false;
};

} // namespace emu
