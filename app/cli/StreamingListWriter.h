// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayList>
#include "api/JsonArraySlicer.h"
#include <QJsonArray>
#include <QSet>
#include <QStringList>
#include <cstdio>

// Writes the items of a listing page by page as they arrive (idconsole-cli call … --all), through one large
// buffer flushed in big chunks (not a write per item):
//  - Json:  one JSON array, one compact item per line ("[\n{…},\n{…}\n]\n"); the closing "]" is written only by
//           finish(): output of a listing that failed half-way is not valid JSON.
//  - Jsonl: one compact JSON item per line.
//  - Csv:   RFC 4180, CRLF. The header is the union of the keys of the FIRST page's rows (in first-seen order; a
//           listing's rows share one shape). A column first seen on a later page cannot join a header already
//           written: its cells are left out, and newColumns() names it so the caller can warn (use jsonl to see
//           every field). Nested values are compact JSON, booleans true/false.
// Nothing is written before the first page (a listing that fails at once prints nothing on stdout).
class StreamingListWriter
{
public:
    enum class Format { Json, Jsonl, Csv };

    explicit StreamingListWriter(Format format, FILE *out = stdout);
    ~StreamingListWriter();
    StreamingListWriter(const StreamingListWriter &) = delete;
    StreamingListWriter &operator=(const StreamingListWriter &) = delete;

    // `body` + `itemPath` (optional, ApiCall::currentPageBody/itemPath): the page's raw answer. For json/jsonl the
    // items are then copied out of it as bytes (JsonArraySlicer, compacted, the server's key order) instead of
    // being serialised again; when the slicer finds anything unexpected, or not exactly items.size() elements,
    // the parsed items are written as before (fallbackPages() counts those pages).
    void writePage(const QJsonArray &items, const QByteArray &body = {}, const QByteArrayList &itemPath = {});
    // A page whose items were sliced, not parsed (CallOptions::rawItems: ApiCall::currentPageBody and
    // currentPageSpans, already validated by JsonArraySlicer): json/jsonl copy the bytes, csv parses each item.
    void writeRawPage(const QByteArray &body, const QList<JsonArraySlicer::Span> &spans);
    // The listing is complete: close the array (json), write a header-only CSV for an empty listing, flush.
    void finish();
    // The listing failed: flush what was written and leave it visibly unfinished (no closing bracket).
    void abort();

    qint64 itemsWritten() const { return m_items; }
    int fallbackPages() const { return m_fallbackPages; } // pages written from parsed items instead of their bytes
    QStringList newColumns() const { return m_newColumns; } // csv: columns seen after the header was written
    static QByteArray compactJson(const QJsonValue &value);
    static QByteArray csvCell(const QJsonValue &value);

private:
    void flushIfFull();
    void flush();
    void writeCsvHeader(const QJsonArray &firstPage);
    void writeCsvRows(const QJsonArray &items);
    bool writeCsvRaw(const QByteArray &body, const QList<JsonArraySlicer::Span> &spans);
    void writeCsvHeaderLine();
    void writeSpans(const QByteArray &body, const QList<JsonArraySlicer::Span> &spans);
    bool writeSliced(const QJsonArray &items, const QByteArray &body, const QByteArrayList &itemPath);

    Format m_format;
    FILE *m_out;
    QByteArray m_buf;
    qint64 m_items = 0;
    int m_fallbackPages = 0;
    bool m_started = false;
    bool m_done = false;
    QStringList m_columns;
    QSet<QString> m_columnSet;
    QStringList m_newColumns;
};
