// SPDX-License-Identifier: GPL-3.0-or-later
#include "CanonicalEncoding.h"

#include <algorithm>

namespace emu {

QByteArray CanonicalEncoding::percentEncode(const QByteArray &bytes)
{
    static const char hex[] = "0123456789ABCDEF";
    QByteArray out;
    out.reserve(bytes.size() * 3);
    for (char ch : bytes) {
        const auto c = static_cast<unsigned char>(ch);
        if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_'
            || c == '.' || c == '~') {
            out.append(static_cast<char>(c));
        } else {
            out.append('%');
            out.append(hex[c >> 4]);
            out.append(hex[c & 0x0f]);
        }
    }
    return out;
}

QByteArray CanonicalEncoding::canonicalQuery(const QList<QPair<QByteArray, QByteArray>> &decodedPairs)
{
    QList<QPair<QByteArray, QByteArray>> encoded;
    encoded.reserve(decodedPairs.size());
    for (const auto &pair : decodedPairs)
        encoded.append({percentEncode(pair.first), percentEncode(pair.second)});
    std::stable_sort(encoded.begin(), encoded.end(),
                     [](const auto &a, const auto &b) { return a.first < b.first; });
    QByteArray out;
    for (const auto &pair : encoded) {
        if (!out.isEmpty())
            out.append('&');
        out.append(pair.first);
        out.append('=');
        out.append(pair.second);
    }
    return out;
}

QByteArray CanonicalEncoding::canonicalUri(const QByteArray &rawPath)
{
    if (rawPath.isEmpty() || rawPath == "/")
        return "/";
    const QList<QByteArray> segments = rawPath.split('/');
    QByteArray out;
    for (int i = 0; i < segments.size(); ++i) {
        if (i > 0)
            out.append('/');
        out.append(percentEncode(QByteArray::fromPercentEncoding(segments.at(i))));
    }
    if (!out.startsWith('/'))
        out.prepend('/');
    return out;
}

} // namespace emu
