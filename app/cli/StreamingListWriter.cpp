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
    writeCsvHeaderLine();
}

void StreamingListWriter::writeCsvHeaderLine()
{
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
    if (writeCsvRaw(body, spans))
        return;
    // Something the byte path does not take (see writeCsvRaw): each item parsed on its own.
    ++m_fallbackPages;
    QJsonArray items;
    for (const JsonArraySlicer::Span &s : spans) {
        const QJsonDocument doc = QJsonDocument::fromJson(QByteArray::fromRawData(body.constData() + s.offset, s.length));
        items.append(doc.isObject() ? QJsonValue(doc.object()) : QJsonValue(doc.array()));
    }
    writePage(items);
}

namespace {
using Member = JsonArraySlicer::Member;

QByteArrayView bytesOf(const QByteArray &body, JsonArraySlicer::Span s)
{
    return QByteArrayView(body.constData() + s.offset, s.length);
}

// The CSV cell of one member value, exactly as csvCell() writes the parsed value: strings unescaped, numbers
// through double ('g', 17; integers as Qt's parser reads them), true/false, null empty, nested values as
// compact JSON from Qt's serialiser (its key order). False when the string cannot be decoded (a lone surrogate).
bool rawCell(QByteArray *out, QByteArrayView v)
{
    switch (v.front()) {
    case '"':
        return JsonArraySlicer::unescape(v.sliced(1, v.size() - 2), out);
    case 't':
        out->append("true");
        return true;
    case 'f':
        out->append("false");
        return true;
    case 'n':
        return true;
    case '{':
    case '[': {
        const QJsonDocument doc = QJsonDocument::fromJson(v.toByteArray());
        out->append(StreamingListWriter::compactJson(doc.isObject() ? QJsonValue(doc.object()) : QJsonValue(doc.array())));
        return true;
    }
    default: {
        bool isInt = false;
        const qint64 i = v.toLongLong(&isInt);
        out->append(QByteArray::number(isInt ? double(i) : v.toDouble(), 'g', 17));
        return true;
    }
    }
}
} // namespace

// CSV straight from the sliced items: each item's members found by the scanner, cells converted from their bytes.
// The page is refused (and parsed instead) when an item is not an object, has a key written with escapes or a key
// twice, or holds a string without UTF-8 (a lone surrogate): there the parsed path decides, as before.
bool StreamingListWriter::writeCsvRaw(const QByteArray &body, const QList<JsonArraySlicer::Span> &spans)
{
    QList<QList<Member>> rows;
    rows.reserve(spans.size());
    for (const JsonArraySlicer::Span &s : spans) {
        QList<Member> members;
        if (!JsonArraySlicer::members(body, s, &members))
            return false;
        for (qsizetype i = 0; i < members.size(); ++i) {
            if (members.at(i).keyEscaped)
                return false;
            for (qsizetype j = 0; j < i; ++j)
                if (bytesOf(body, members.at(j).key) == bytesOf(body, members.at(i).key))
                    return false;
        }
        rows.append(std::move(members));
    }
    // The header of the first page: each row's keys in QJsonObject's (sorted) order, as the parsed path has it.
    QStringList columns = m_columns;
    if (!m_started) {
        QSet<QString> seen;
        for (const QList<Member> &row : std::as_const(rows)) {
            QStringList keys;
            for (const Member &m : row)
                keys << QString::fromUtf8(bytesOf(body, m.key));
            keys.sort();
            for (const QString &k : std::as_const(keys))
                if (!seen.contains(k)) {
                    seen.insert(k);
                    columns << k;
                }
        }
    }
    QByteArrayList columnsUtf8;
    for (const QString &c : std::as_const(columns))
        columnsUtf8 << c.toUtf8();
    QByteArray text;
    QByteArray cell;
    QStringList newColumns;
    for (const QList<Member> &row : std::as_const(rows)) {
        qsizetype matched = 0;
        for (qsizetype c = 0; c < columnsUtf8.size(); ++c) {
            if (c)
                text.append(',');
            for (const Member &m : row)
                if (bytesOf(body, m.key) == QByteArrayView(columnsUtf8.at(c))) {
                    cell.truncate(0);
                    if (!rawCell(&cell, bytesOf(body, m.value)))
                        return false;
                    appendQuoted(&text, cell);
                    ++matched;
                    break;
                }
        }
        text.append("\r\n");
        if (matched < row.size()) {
            QStringList unknown; // in QJsonObject's order, as the parsed path names them
            for (const Member &m : row) {
                const QString key = QString::fromUtf8(bytesOf(body, m.key));
                if (!columns.contains(key) && !newColumns.contains(key) && !m_columnSet.contains(key))
                    unknown << key;
            }
            unknown.sort();
            newColumns << unknown;
        }
    }
    if (!m_started) {
        m_columns = columns;
        m_columnSet = QSet<QString>(columns.begin(), columns.end());
        writeCsvHeaderLine();
        m_started = true;
    }
    for (const QString &k : std::as_const(newColumns)) {
        m_columnSet.insert(k);
        m_newColumns << k;
    }
    m_buf.append(text);
    m_items += spans.size();
    flushIfFull();
    return true;
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
