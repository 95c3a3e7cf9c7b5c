// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/StreamingListWriter.h"

#include "api/JsonArraySlicer.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace {
constexpr qsizetype ChunkBytes = 256 * 1024;

void appendQuoted(QByteArray *out, const QByteArray &cell)
{
    bool quote = false;
    for (const char ch : cell)
        if (ch == ',' || ch == '"' || ch == '\n' || ch == '\r') {
            quote = true;
            break;
        }
    if (!quote) {
        out->append(cell);
        return;
    }
    out->append('"');
    for (const char ch : cell) {
        if (ch == '"')
            out->append('"');
        out->append(ch);
    }
    out->append('"');
}
} // namespace

StreamingListWriter::StreamingListWriter(Format format, FILE *out) : m_format(format), m_out(out)
{
    m_buf.reserve(ChunkBytes + 64 * 1024);
}

StreamingListWriter::~StreamingListWriter()
{
    flush();
}

QByteArray StreamingListWriter::compactJson(const QJsonValue &v)
{
    if (v.isObject())
        return QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact);
    if (v.isArray())
        return QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact);
    // A scalar: serialise it inside an array and take the brackets off.
    const QByteArray wrapped = QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact);
    return wrapped.mid(1, wrapped.size() - 2);
}

QByteArray StreamingListWriter::csvCell(const QJsonValue &v)
{
    if (v.isObject() || v.isArray())
        return compactJson(v);
    if (v.isBool())
        return v.toBool() ? QByteArrayLiteral("true") : QByteArrayLiteral("false");
    if (v.isDouble())
        return QByteArray::number(v.toDouble(), 'g', 17);
    return v.toString().toUtf8();
}

void StreamingListWriter::writeCsvHeader(const QJsonArray &firstPage)
{
    for (const QJsonValue &row : firstPage)
        for (const QString &key : row.toObject().keys())
            if (!m_columnSet.contains(key)) {
                m_columnSet.insert(key);
                m_columns << key;
            }
    for (int i = 0; i < m_columns.size(); ++i) {
        if (i)
            m_buf.append(',');
        appendQuoted(&m_buf, m_columns.at(i).toUtf8());
    }
    m_buf.append("\r\n");
}

bool StreamingListWriter::writeSliced(const QJsonArray &items, const QByteArray &body, const QByteArrayList &itemPath)
{
    QList<JsonArraySlicer::Span> spans;
    if (!JsonArraySlicer::slice(body, itemPath, &spans) || spans.size() != items.size()) {
        ++m_fallbackPages;
        return false;
    }
    writeSpans(body, spans);
    return true;
}

void StreamingListWriter::writeSpans(const QByteArray &body, const QList<JsonArraySlicer::Span> &spans)
{
    for (const JsonArraySlicer::Span &s : spans) {
        if (m_format == Format::Json)
            m_buf.append(m_started ? ",\n" : "[\n");
        m_started = true;
        JsonArraySlicer::appendCompact(&m_buf, body, s);
        if (m_format == Format::Jsonl)
            m_buf.append('\n');
        ++m_items;
        flushIfFull();
    }
}

void StreamingListWriter::writeRawPage(const QByteArray &body, const QList<JsonArraySlicer::Span> &spans)
{
    if (m_done || spans.isEmpty())
        return;
    if (m_format != Format::Csv) {
        writeSpans(body, spans);
        return;
    }
    // CSV needs the values: each item parsed on its own (the envelope around them never was).
    QJsonArray items;
    for (const JsonArraySlicer::Span &s : spans) {
        const QJsonDocument doc = QJsonDocument::fromJson(QByteArray::fromRawData(body.constData() + s.offset, s.length));
        items.append(doc.isObject() ? QJsonValue(doc.object()) : QJsonValue(doc.array()));
    }
    writePage(items);
}

void StreamingListWriter::writePage(const QJsonArray &items, const QByteArray &body, const QByteArrayList &itemPath)
{
    if (m_done || items.isEmpty())
        return;
    if (m_format != Format::Csv && !body.isEmpty() && !itemPath.isEmpty() && writeSliced(items, body, itemPath))
        return;
    switch (m_format) {
    case Format::Json:
        for (const QJsonValue &v : items) {
            m_buf.append(m_started ? ",\n" : "[\n");
            m_started = true;
            m_buf.append(compactJson(v));
            ++m_items;
            flushIfFull();
        }
        break;
    case Format::Jsonl:
        for (const QJsonValue &v : items) {
            m_buf.append(compactJson(v));
            m_buf.append('\n');
            ++m_items;
            flushIfFull();
        }
        m_started = true;
        break;
    case Format::Csv:
        writeCsvRows(items);
        break;
    }
}

void StreamingListWriter::writeCsvRows(const QJsonArray &items)
{
    if (!m_started) {
        writeCsvHeader(items);
        m_started = true;
    }
    for (const QJsonValue &row : items) {
        const QJsonObject o = row.toObject();
        qsizetype matched = 0;
        for (int i = 0; i < m_columns.size(); ++i) {
            if (i)
                m_buf.append(',');
            const auto it = o.constFind(m_columns.at(i));
            if (it != o.constEnd()) {
                ++matched;
                appendQuoted(&m_buf, csvCell(it.value()));
            }
        }
        m_buf.append("\r\n");
        if (matched < o.size()) {
            for (auto it = o.constBegin(); it != o.constEnd(); ++it)
                if (!m_columnSet.contains(it.key())) {
                    m_columnSet.insert(it.key());
                    m_newColumns << it.key();
                }
        }
        ++m_items;
        flushIfFull();
    }
}

void StreamingListWriter::finish()
{
    if (m_done)
        return;
    m_done = true;
    if (m_format == Format::Json)
        m_buf.append(m_started ? "\n]\n" : "[]\n");
    else if (m_format == Format::Csv && !m_started)
        m_buf.append("\r\n"); // an empty listing: an empty header line, as for a one-page empty list
    flush();
}

void StreamingListWriter::abort()
{
    if (m_done)
        return;
    m_done = true;
    flush();
}

void StreamingListWriter::flushIfFull()
{
    if (m_buf.size() >= ChunkBytes)
        flush();
}

void StreamingListWriter::flush()
{
    if (!m_buf.isEmpty()) {
        fwrite(m_buf.constData(), 1, size_t(m_buf.size()), m_out);
        m_buf.truncate(0); // keeps the capacity
    }
    fflush(m_out);
}
