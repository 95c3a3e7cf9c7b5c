// SPDX-License-Identifier: GPL-3.0-or-later
// JsonArraySlicer: the first byte chooses the path ({"Result","Users"} or {"Users"}), the rest is the text. When
// the slicer accepts a text, Qt's parser must accept it too and find exactly those elements at that path, each
// equal to its compacted slice.
#include "api/JsonArraySlicer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    const bool volc = data[0] & 1;
    const QByteArray text(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    const QByteArrayList path = volc ? QByteArrayList{"Result", "Users"} : QByteArrayList{"Users"};
    QList<JsonArraySlicer::Span> spans;
    QString error;
    JsonArraySlicer::Span array;
    const bool ok = JsonArraySlicer::slice(text, path, &spans, &error, &array);
    if (!ok && error.isEmpty())
        __builtin_trap(); // a refusal always says why
    if (!ok)
        return 0;
    QJsonParseError perr;
    const QJsonDocument doc = QJsonDocument::fromJson(text, &perr);
    if (perr.error != QJsonParseError::NoError || !doc.isObject())
        __builtin_trap(); // accepted what Qt rejects
    const QJsonArray items = (volc ? doc.object().value(QLatin1String("Result")).toObject() : doc.object())
                                 .value(QLatin1String("Users")).toArray();
    if (items.size() != spans.size())
        __builtin_trap();
    // The envelope (the array emptied) parses, and holds an empty array where the items were.
    const QJsonObject envelope = QJsonDocument::fromJson(JsonArraySlicer::withoutArray(text, array), &perr).object();
    if (perr.error != QJsonParseError::NoError
        || !(volc ? envelope.value(QLatin1String("Result")).toObject() : envelope).value(QLatin1String("Users")).toArray().isEmpty()
        || (volc ? envelope.value(QLatin1String("Result")).toObject() : envelope).size()
               != (volc ? doc.object().value(QLatin1String("Result")).toObject() : doc.object()).size())
        __builtin_trap();
    for (qsizetype i = 0; i < spans.size(); ++i) {
        const JsonArraySlicer::Span s = spans.at(i);
        if (s.offset < 0 || s.length <= 0 || s.offset + s.length > text.size())
            __builtin_trap();
        QByteArray compact("[");
        JsonArraySlicer::appendCompact(&compact, QByteArrayView(text.constData() + s.offset, s.length));
        compact.append(']');
        QByteArray viaSpan("[");
        JsonArraySlicer::appendCompact(&viaSpan, text, s);
        viaSpan.append(']');
        if (viaSpan != compact || s.compact != (compact.mid(1, compact.size() - 2) == text.mid(s.offset, s.length)))
            __builtin_trap(); // the scan's "compact" flag is wrong
        // An object element: its members as Qt's parser sees them (the CSV byte path relies on it).
        if (items.at(i).isObject()) {
            QList<JsonArraySlicer::Member> members;
            if (!JsonArraySlicer::members(text, s, &members))
                __builtin_trap(); // a valid object the member scan refuses
            const QJsonObject o = items.at(i).toObject();
            for (const JsonArraySlicer::Member &m : members) {
                if (m.keyEscaped)
                    continue;
                const QString key = QString::fromUtf8(text.constData() + m.key.offset, m.key.length);
                if (!o.contains(key))
                    __builtin_trap(); // a key Qt's parser does not have
                const QByteArrayView v(text.constData() + m.value.offset, m.value.length);
                QByteArray decoded;
                if (v.front() == '"' && JsonArraySlicer::unescape(v.sliced(1, v.size() - 2), &decoded)) {
                    // Unique keys only: with a repeated key the parser keeps one of the values.
                    int same = 0;
                    for (const JsonArraySlicer::Member &other : members)
                        same += QByteArrayView(text.constData() + other.key.offset, other.key.length)
                                == QByteArrayView(text.constData() + m.key.offset, m.key.length);
                    if (same == 1 && decoded != o.value(key).toString().toUtf8())
                        __builtin_trap(); // the string decodes differently
                }
            }
        }
        const QJsonDocument one = QJsonDocument::fromJson(compact, &perr);
        if (perr.error != QJsonParseError::NoError || one.array().size() != 1 || one.array().at(0) != items.at(i))
            __builtin_trap(); // the slice is not the element
    }
    return 0;
}
