// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayList>
#include <QByteArrayView>
#include <QList>
#include <QString>

// Finds one array in a JSON text (e.g. Result.Users of a listing page) and tells where each of its elements'
// bytes are, so that a listing can be written out without turning every item into a QJsonObject and back (that
// round trip was the largest CPU cost of `idconsole-cli call … --all`).
//
// The whole text is validated against the JSON grammar (RFC 8259: strings and their escapes, numbers, literals,
// nesting up to MaxDepth, nothing but whitespace after the root). Anything unexpected - a truncated or malformed
// text, a root that is not an object, a path key missing, repeated or written with escapes, a value on the path
// that is not an object/array - makes slice() return false with a reason: callers then fall back to the parsed
// QJsonDocument. It never reads outside the text (fuzzed: tests/fuzz/fuzz_json_slicer.cpp).
class JsonArraySlicer
{
public:
    static constexpr int MaxDepth = 512;

    struct Span
    {
        qsizetype offset = 0;
        qsizetype length = 0;
        bool compact = false; // no whitespace outside strings: the bytes are already compact JSON
    };

    // `path`: object keys from the root down to the array (e.g. {"Result", "Users"}). On success `elements`
    // holds one span per array element, in order (byte ranges of `json`, possibly with inner whitespace), and
    // `array` (optional) the span of the array itself, from '[' to ']'.
    static bool slice(QByteArrayView json, const QByteArrayList &path, QList<Span> *elements, QString *error = nullptr,
                      Span *array = nullptr);

    // One member of an object: the key's content between its quotes, and the value's bytes.
    struct Member
    {
        Span key;
        bool keyEscaped = false; // the key holds a backslash escape (its bytes are not its text)
        Span value;
    };
    // The members of the object at `object` in `json` (e.g. an element from slice()), in order. False when that
    // value is not a valid JSON object.
    static bool members(QByteArrayView json, Span object, QList<Member> *members);
    // The UTF-8 text of a JSON string's content (the bytes between its quotes, valid as slice() checked them):
    // escapes decoded, \uXXXX surrogate pairs joined. False for a lone surrogate escape (no UTF-8 for it).
    static bool unescape(QByteArrayView content, QByteArray *out);

    // `json` with the array at `array` (a span from slice()) replaced by "[]": the envelope around the items
    // (request id, error, paging fields), small enough that parsing it costs next to nothing.
    static QByteArray withoutArray(QByteArrayView json, Span array);

    // Appends `element` with the whitespace outside strings removed (the element must be valid JSON, as the
    // spans of slice() are).
    static void appendCompact(QByteArray *out, QByteArrayView element);
    // The same for an element of `json` found by slice(): one copy when the scan saw it compact.
    static void appendCompact(QByteArray *out, QByteArrayView json, const Span &element);
};
