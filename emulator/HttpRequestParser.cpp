// SPDX-License-Identifier: GPL-3.0-or-later
#include "HttpRequestParser.h"

namespace emu {

namespace {

bool isTokenChar(char c)
{
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))
        return true;
    switch (c) {
    case '!': case '#': case '$': case '%': case '&': case '\'': case '*': case '+': case '-': case '.':
    case '^': case '_': case '`': case '|': case '~':
        return true;
    default:
        return false;
    }
}

bool isToken(const QByteArray &s)
{
    if (s.isEmpty())
        return false;
    for (char c : s) {
        if (!isTokenChar(c))
            return false;
    }
    return true;
}

// Finds the end of the header block; returns the index just past it and sets the terminator length, or -1.
qsizetype findHeaderEnd(const QByteArray &buffer, qsizetype limit)
{
    const qsizetype n = qMin(buffer.size(), limit);
    for (qsizetype i = 0; i + 1 < n; ++i) {
        if (buffer.at(i) != '\n')
            continue;
        if (buffer.at(i + 1) == '\n')
            return i + 2;
        if (i + 2 < n && buffer.at(i + 1) == '\r' && buffer.at(i + 2) == '\n')
            return i + 3;
    }
    return -1;
}

} // namespace

HttpRequestParser::Result HttpRequestParser::fail(int status, const QString &message)
{
    m_state = State::Failed;
    m_errorStatus = status;
    m_errorMessage = message;
    return Result::Error;
}

bool HttpRequestParser::takeContinueRequest()
{
    const bool pending = m_continuePending;
    m_continuePending = false;
    return pending;
}

HttpRequestParser::Result HttpRequestParser::parseHead()
{
    // Skip empty lines before a request line (RFC 9112 2.2 robustness).
    while (m_buffer.startsWith("\r\n") || m_buffer.startsWith("\n"))
        m_buffer.remove(0, m_buffer.startsWith("\r\n") ? 2 : 1);
    if (m_buffer.isEmpty())
        return Result::NeedMore;

    const qsizetype end = findHeaderEnd(m_buffer, MaxHeaderBytes + 4);
    if (end < 0) {
        if (m_buffer.size() > MaxHeaderBytes)
            return fail(431, QStringLiteral("request header block exceeds %1 bytes").arg(MaxHeaderBytes));
        // A request line that is obviously not HTTP: fail early instead of waiting for more bytes.
        const qsizetype firstSpace = m_buffer.indexOf(' ');
        if (firstSpace > 32 || (firstSpace < 0 && m_buffer.size() > 32))
            return fail(400, QStringLiteral("malformed request line"));
        return Result::NeedMore;
    }
    const QByteArray head = m_buffer.left(end);
    m_buffer.remove(0, end);

    QList<QByteArray> lines = head.split('\n');
    for (QByteArray &line : lines) {
        if (line.endsWith('\r'))
            line.chop(1);
    }
    while (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    if (lines.isEmpty())
        return fail(400, QStringLiteral("empty request"));

    const QList<QByteArray> parts = lines.first().split(' ');
    if (parts.size() != 3 || !isToken(parts.at(0)) || parts.at(1).isEmpty())
        return fail(400, QStringLiteral("malformed request line"));
    m_request = HttpRequest();
    m_request.setMethod(parts.at(0));
    const QByteArray version = parts.at(2);
    if (version != "HTTP/1.1" && version != "HTTP/1.0") {
        if (version.startsWith("HTTP/"))
            return fail(505, QStringLiteral("unsupported HTTP version"));
        return fail(400, QStringLiteral("malformed request line"));
    }
    m_request.setHttpVersion(version);
    for (char c : parts.at(1)) {
        if (static_cast<unsigned char>(c) <= 0x20 || c == 0x7f)
            return fail(400, QStringLiteral("malformed request target"));
    }
    m_request.setTarget(parts.at(1));

    if (lines.size() - 1 > MaxHeaderCount)
        return fail(431, QStringLiteral("too many header fields"));
    for (int i = 1; i < lines.size(); ++i) {
        const QByteArray &line = lines.at(i);
        if (line.startsWith(' ') || line.startsWith('\t'))
            return fail(400, QStringLiteral("obsolete header line folding is not supported"));
        const int colon = line.indexOf(':');
        if (colon <= 0)
            return fail(400, QStringLiteral("malformed header field"));
        const QByteArray name = line.left(colon);
        if (!isToken(name))
            return fail(400, QStringLiteral("malformed header field name"));
        m_request.addHeader(name, line.mid(colon + 1).trimmed());
    }

    const QList<QByteArray> te = m_request.headerValues("Transfer-Encoding");
    const QList<QByteArray> cl = m_request.headerValues("Content-Length");
    m_body.clear();
    if (!te.isEmpty()) {
        if (!cl.isEmpty())
            return fail(400, QStringLiteral("both Transfer-Encoding and Content-Length"));
        const QByteArray last = te.last().split(',').last().trimmed().toLower();
        if (last != "chunked")
            return fail(501, QStringLiteral("unsupported transfer coding"));
        m_state = State::ChunkSize;
    } else if (!cl.isEmpty()) {
        QByteArray value;
        for (const QByteArray &v : cl) {
            for (const QByteArray &piece : v.split(',')) {
                const QByteArray p = piece.trimmed();
                if (!value.isEmpty() && p != value)
                    return fail(400, QStringLiteral("conflicting Content-Length values"));
                value = p;
            }
        }
        if (value.isEmpty() || value.size() > 18)
            return fail(400, QStringLiteral("invalid Content-Length"));
        for (char c : value) {
            if (c < '0' || c > '9')
                return fail(400, QStringLiteral("invalid Content-Length"));
        }
        m_contentLength = value.toLongLong();
        if (m_contentLength > MaxBodyBytes)
            return fail(413, QStringLiteral("request body exceeds %1 bytes").arg(MaxBodyBytes));
        m_state = State::Body;
    } else {
        m_contentLength = 0;
        m_state = State::Body;
    }
    if (m_request.header("Expect").toLower() == "100-continue" && (m_state != State::Body || m_contentLength > 0))
        m_continuePending = true;
    return Result::NeedMore;
}

HttpRequestParser::Result HttpRequestParser::parse()
{
    for (;;) {
        switch (m_state) {
        case State::Failed:
            return Result::Error;
        case State::Done:
            return Result::Complete;
        case State::RequestLine: {
            const Result r = parseHead();
            if (r == Result::Error)
                return r;
            if (m_state == State::RequestLine)
                return Result::NeedMore;
            break;
        }
        case State::Body:
            if (m_buffer.size() < m_contentLength)
                return Result::NeedMore;
            m_body = m_buffer.left(m_contentLength);
            m_buffer.remove(0, m_contentLength);
            m_state = State::Done;
            break;
        case State::ChunkSize: {
            const qsizetype nl = m_buffer.indexOf('\n');
            if (nl < 0) {
                if (m_buffer.size() > 1024)
                    return fail(400, QStringLiteral("malformed chunk size"));
                return Result::NeedMore;
            }
            QByteArray line = m_buffer.left(nl).trimmed();
            m_buffer.remove(0, nl + 1);
            const int semi = line.indexOf(';');
            if (semi >= 0)
                line.truncate(semi);
            line = line.trimmed();
            bool ok = false;
            if (line.isEmpty() || line.size() > 8)
                return fail(400, QStringLiteral("malformed chunk size"));
            const qsizetype size = line.toLongLong(&ok, 16);
            if (!ok || size < 0)
                return fail(400, QStringLiteral("malformed chunk size"));
            if (m_body.size() + size > MaxBodyBytes)
                return fail(413, QStringLiteral("request body exceeds %1 bytes").arg(MaxBodyBytes));
            if (size == 0) {
                m_state = State::ChunkTrailer;
            } else {
                m_chunkRemaining = size;
                m_state = State::ChunkData;
            }
            break;
        }
        case State::ChunkData: {
            if (m_buffer.isEmpty())
                return Result::NeedMore;
            const qsizetype take = qMin(m_chunkRemaining, m_buffer.size());
            m_body.append(m_buffer.constData(), take);
            m_buffer.remove(0, take);
            m_chunkRemaining -= take;
            if (m_chunkRemaining == 0)
                m_state = State::ChunkDataEnd;
            break;
        }
        case State::ChunkDataEnd:
            if (m_buffer.startsWith("\r\n")) {
                m_buffer.remove(0, 2);
            } else if (m_buffer.startsWith('\n')) {
                m_buffer.remove(0, 1);
            } else if (m_buffer.size() < 2 && (m_buffer.isEmpty() || m_buffer.at(0) == '\r')) {
                return Result::NeedMore;
            } else {
                return fail(400, QStringLiteral("malformed chunk terminator"));
            }
            m_state = State::ChunkSize;
            break;
        case State::ChunkTrailer: {
            const qsizetype nl = m_buffer.indexOf('\n');
            if (nl < 0) {
                if (m_buffer.size() > 8192)
                    return fail(400, QStringLiteral("chunk trailer too large"));
                return Result::NeedMore;
            }
            const QByteArray line = m_buffer.left(nl).trimmed();
            m_buffer.remove(0, nl + 1);
            if (line.isEmpty())
                m_state = State::Done;
            break;
        }
        }
    }
}

HttpRequest HttpRequestParser::takeRequest()
{
    HttpRequest request = m_request;
    request.setBody(m_body);
    m_request = HttpRequest();
    m_body.clear();
    m_contentLength = 0;
    m_chunkRemaining = 0;
    m_continuePending = false;
    m_state = State::RequestLine;
    return request;
}

} // namespace emu
