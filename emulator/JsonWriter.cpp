// SPDX-License-Identifier: GPL-3.0-or-later
#include "JsonWriter.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <cmath>

namespace emu {

void JsonWriter::separator()
{
    if (m_afterKey) {
        m_afterKey = false;
        return;
    }
    if (!m_first.empty()) {
        if (m_first.back())
            m_first.back() = false;
        else
            m_out.append(',');
    }
}

JsonWriter &JsonWriter::beginObject()
{
    separator();
    m_out.append('{');
    m_first.push_back(true);
    return *this;
}

JsonWriter &JsonWriter::endObject()
{
    m_out.append('}');
    if (!m_first.empty())
        m_first.pop_back();
    return *this;
}

JsonWriter &JsonWriter::beginArray()
{
    separator();
    m_out.append('[');
    m_first.push_back(true);
    return *this;
}

JsonWriter &JsonWriter::endArray()
{
    m_out.append(']');
    if (!m_first.empty())
        m_first.pop_back();
    return *this;
}

JsonWriter &JsonWriter::key(const char *name)
{
    separator();
    const qsizetype length = qsizetype(qstrlen(name));
    const qsizetype start = m_out.size();
    m_out.resize(start + length + 3);
    char *p = m_out.data() + start;
    *p++ = '"';
    memcpy(p, name, size_t(length));
    p += length;
    *p++ = '"';
    *p = ':';
    m_afterKey = true;
    return *this;
}

void JsonWriter::appendEscaped(QByteArray &out, const QString &text)
{
    static const char hex[] = "0123456789abcdef";
    const QChar *src = text.constData();
    const qsizetype n = text.size();
    const qsizetype start = out.size();
    // Worst case: every UTF-16 unit becomes \u00XX (6 bytes); plus the quotes.
    out.resize(start + n * 6 + 2);
    char *p = out.data() + start;
    *p++ = '"';
    for (qsizetype i = 0; i < n; ++i) {
        const char16_t c = src[i].unicode();
        if (c < 0x80) {
            if (c >= 0x20 && c != '"' && c != '\\') {
                *p++ = char(c);
            } else if (c == '"' || c == '\\') {
                *p++ = '\\';
                *p++ = char(c);
            } else {
                *p++ = '\\';
                switch (c) {
                case '\n': *p++ = 'n'; break;
                case '\r': *p++ = 'r'; break;
                case '\t': *p++ = 't'; break;
                case '\b': *p++ = 'b'; break;
                case '\f': *p++ = 'f'; break;
                default:
                    *p++ = 'u';
                    *p++ = '0';
                    *p++ = '0';
                    *p++ = hex[c >> 4];
                    *p++ = hex[c & 0xf];
                }
            }
        } else if (c < 0x800) {
            *p++ = char(0xc0 | (c >> 6));
            *p++ = char(0x80 | (c & 0x3f));
        } else if (QChar::isHighSurrogate(c) && i + 1 < n && QChar::isLowSurrogate(src[i + 1].unicode())) {
            const char32_t u = QChar::surrogateToUcs4(c, src[i + 1].unicode());
            ++i;
            *p++ = char(0xf0 | (u >> 18));
            *p++ = char(0x80 | ((u >> 12) & 0x3f));
            *p++ = char(0x80 | ((u >> 6) & 0x3f));
            *p++ = char(0x80 | (u & 0x3f));
        } else if (QChar::isSurrogate(c)) {
            *p++ = char(0xef); // lone surrogate -> U+FFFD
            *p++ = char(0xbf);
            *p++ = char(0xbd);
        } else {
            *p++ = char(0xe0 | (c >> 12));
            *p++ = char(0x80 | ((c >> 6) & 0x3f));
            *p++ = char(0x80 | (c & 0x3f));
        }
    }
    *p++ = '"';
    out.resize(p - out.constData());
}

JsonWriter &JsonWriter::value(const QString &text)
{
    separator();
    appendEscaped(m_out, text);
    return *this;
}

JsonWriter &JsonWriter::value(const char *latin1)
{
    return value(QString::fromLatin1(latin1));
}

JsonWriter &JsonWriter::value(qint64 number)
{
    separator();
    m_out.append(QByteArray::number(number));
    return *this;
}

JsonWriter &JsonWriter::value(double number)
{
    separator();
    if (!std::isfinite(number))
        m_out.append("null");
    else if (std::floor(number) == number && std::fabs(number) < 9.0e15)
        m_out.append(QByteArray::number(qint64(number)));
    else
        m_out.append(QByteArray::number(number, 'g', 17));
    return *this;
}

JsonWriter &JsonWriter::value(bool flag)
{
    separator();
    m_out.append(flag ? "true" : "false");
    return *this;
}

JsonWriter &JsonWriter::null()
{
    separator();
    m_out.append("null");
    return *this;
}

JsonWriter &JsonWriter::raw(const QByteArray &json)
{
    separator();
    m_out.append(json);
    return *this;
}

JsonWriter &JsonWriter::value(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return null();
    case QJsonValue::Bool:
        return value(v.toBool());
    case QJsonValue::Double:
        return value(v.toDouble());
    case QJsonValue::String:
        return value(v.toString());
    case QJsonValue::Array:
        return raw(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact));
    case QJsonValue::Object:
        return raw(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
    }
    return null();
}

QJsonObject JsonWriter::toObject() const
{
    return QJsonDocument::fromJson(m_out).object();
}

} // namespace emu
