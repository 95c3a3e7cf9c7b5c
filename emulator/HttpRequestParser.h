// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "HttpRequest.h"

#include <QByteArray>
#include <QString>

namespace emu {

// Incremental HTTP/1.x request parser with hard limits. Feed bytes with append(), call parse() until it stops
// returning Complete. Pipelined requests stay buffered for the next parse().
class HttpRequestParser
{
public:
    enum class Result { NeedMore, Complete, Error };

    static constexpr qsizetype MaxBodyBytes = 4 * 1024 * 1024;
    static constexpr qsizetype MaxHeaderBytes = 64 * 1024;
    static constexpr int MaxHeaderCount = 200;

    void append(const QByteArray &data) { m_buffer.append(data); }
    Result parse();

    // Valid after parse() returned Complete; resets the parser for the next request.
    HttpRequest takeRequest();

    // Valid after parse() returned Error. The partial request holds whatever was parsed (request line, headers).
    int errorStatus() const { return m_errorStatus; }
    QString errorMessage() const { return m_errorMessage; }
    const HttpRequest &partialRequest() const { return m_request; }

    // True once, right after the headers of a request with "Expect: 100-continue" were parsed.
    bool takeContinueRequest();

    qsizetype bufferedBytes() const { return m_buffer.size(); }
    bool inProgress() const { return m_state != State::RequestLine || !m_buffer.isEmpty(); }

private:
    enum class State { RequestLine, Body, ChunkSize, ChunkData, ChunkDataEnd, ChunkTrailer, Done, Failed };

    Result fail(int status, const QString &message);
    Result parseHead();

    State m_state = State::RequestLine;
    QByteArray m_buffer;
    HttpRequest m_request;
    QByteArray m_body;
    qsizetype m_contentLength = 0;
    qsizetype m_chunkRemaining = 0;
    bool m_continuePending = false;
    int m_errorStatus = 0;
    QString m_errorMessage;
};

} // namespace emu
