// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

namespace emu {

// One parsed HTTP/1.x request, exactly as received (header names keep their case, the body is the raw bytes).
class HttpRequest
{
public:
    using HeaderList = QList<QPair<QByteArray, QByteArray>>;

    QByteArray method() const { return m_method; }
    void setMethod(const QByteArray &method) { m_method = method; }

    // The request target as sent, e.g. "/?Action=ListUsers&Version=2023-01-01".
    QByteArray target() const { return m_target; }
    void setTarget(const QByteArray &target);
    QByteArray path() const { return m_path; }         // still percent-encoded
    QByteArray rawQuery() const { return m_rawQuery; } // still percent-encoded, without '?'

    QByteArray httpVersion() const { return m_httpVersion; }
    void setHttpVersion(const QByteArray &version) { m_httpVersion = version; }

    const HeaderList &headers() const { return m_headers; }
    void addHeader(const QByteArray &name, const QByteArray &value) { m_headers.append({name, value}); }
    void setHeader(const QByteArray &name, const QByteArray &value);
    // First value of a header (case-insensitive name), or a null QByteArray.
    QByteArray header(const QByteArray &name) const;
    bool hasHeader(const QByteArray &name) const;
    QList<QByteArray> headerValues(const QByteArray &name) const;

    QByteArray body() const { return m_body; }
    void setBody(const QByteArray &body) { m_body = body; }

    // Query parameters, split on '&' and '=' and decoded as the gateways do: '+' is a space (form encoding, what
    // the official Python SDKs send), then percent-decoding (%20 is a space, %2B a literal plus).
    QList<QPair<QByteArray, QByteArray>> decodedQuery() const;
    // Decoded query as UTF-8 strings.
    QList<QPair<QString, QString>> queryItems() const;
    QString queryValue(const QString &name) const;
    bool hasQueryItem(const QString &name) const;

    bool keepAlive() const;

private:
    QByteArray m_method;
    QByteArray m_target;
    QByteArray m_path;
    QByteArray m_rawQuery;
    QByteArray m_httpVersion = "HTTP/1.1";
    HeaderList m_headers;
    QByteArray m_body;
};

} // namespace emu
