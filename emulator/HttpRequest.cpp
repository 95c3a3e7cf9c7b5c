// SPDX-License-Identifier: GPL-3.0-or-later
#include "HttpRequest.h"

namespace emu {

void HttpRequest::setTarget(const QByteArray &target)
{
    m_target = target;
    QByteArray rest = target;
    // absolute-form (as sent to proxies): strip "scheme://authority".
    const int scheme = rest.indexOf("://");
    if (scheme > 0 && !rest.startsWith('/')) {
        const int slash = rest.indexOf('/', scheme + 3);
        const int question = rest.indexOf('?', scheme + 3);
        if (slash < 0 && question < 0)
            rest = "/";
        else if (slash < 0 || (question >= 0 && question < slash))
            rest = "/" + rest.mid(question);
        else
            rest = rest.mid(slash);
    }
    const int hash = rest.indexOf('#');
    if (hash >= 0)
        rest.truncate(hash);
    const int q = rest.indexOf('?');
    if (q >= 0) {
        m_path = rest.left(q);
        m_rawQuery = rest.mid(q + 1);
    } else {
        m_path = rest;
        m_rawQuery.clear();
    }
    if (m_path.isEmpty())
        m_path = "/";
}

void HttpRequest::setHeader(const QByteArray &name, const QByteArray &value)
{
    for (int i = m_headers.size() - 1; i >= 0; --i) {
        if (m_headers.at(i).first.compare(name, Qt::CaseInsensitive) == 0)
            m_headers.removeAt(i);
    }
    m_headers.append({name, value});
}

QByteArray HttpRequest::header(const QByteArray &name) const
{
    for (const auto &h : m_headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return QByteArray();
}

bool HttpRequest::hasHeader(const QByteArray &name) const
{
    for (const auto &h : m_headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

QList<QByteArray> HttpRequest::headerValues(const QByteArray &name) const
{
    QList<QByteArray> values;
    for (const auto &h : m_headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            values.append(h.second);
    }
    return values;
}

namespace {
// Both gateways read the query string the way HTML forms encode it: '+' is a space, a literal plus arrives as
// %2B. The official Python SDKs of both clouds rely on that (they send a space as '+' and sign it as %20), so the
// signature is verified over the decoded values, re-encoded canonically (signing.md: space -> %20, '+' -> %2B).
QByteArray formDecode(QByteArray part)
{
    part.replace('+', ' ');
    return QByteArray::fromPercentEncoding(part);
}
} // namespace

QList<QPair<QByteArray, QByteArray>> HttpRequest::decodedQuery() const
{
    QList<QPair<QByteArray, QByteArray>> items;
    if (m_rawQuery.isEmpty())
        return items;
    const QList<QByteArray> parts = m_rawQuery.split('&');
    for (const QByteArray &part : parts) {
        if (part.isEmpty())
            continue;
        const int eq = part.indexOf('=');
        const QByteArray key = eq < 0 ? part : part.left(eq);
        const QByteArray value = eq < 0 ? QByteArray() : part.mid(eq + 1);
        items.append({formDecode(key), formDecode(value)});
    }
    return items;
}

QList<QPair<QString, QString>> HttpRequest::queryItems() const
{
    QList<QPair<QString, QString>> items;
    const auto raw = decodedQuery();
    items.reserve(raw.size());
    for (const auto &item : raw)
        items.append({QString::fromUtf8(item.first), QString::fromUtf8(item.second)});
    return items;
}

QString HttpRequest::queryValue(const QString &name) const
{
    const auto items = queryItems();
    for (const auto &item : items) {
        if (item.first == name)
            return item.second;
    }
    return QString();
}

bool HttpRequest::hasQueryItem(const QString &name) const
{
    const auto items = queryItems();
    for (const auto &item : items) {
        if (item.first == name)
            return true;
    }
    return false;
}

bool HttpRequest::keepAlive() const
{
    const QByteArray connection = header("Connection").toLower();
    const QList<QByteArray> tokens = connection.split(',');
    bool close = false;
    bool keep = false;
    for (const QByteArray &t : tokens) {
        const QByteArray token = t.trimmed();
        if (token == "close")
            close = true;
        else if (token == "keep-alive")
            keep = true;
    }
    if (close)
        return false;
    if (m_httpVersion == "HTTP/1.0")
        return keep;
    return true;
}

} // namespace emu
