// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/PercentEncoding.h"

#include <algorithm>

QByteArray PercentEncoding::encode(const QString &value)
{
    static const char hex[] = "0123456789ABCDEF";
    const QByteArray utf8 = value.toUtf8();
    QByteArray out;
    out.reserve(utf8.size() * 3);
    for (const char ch : utf8) {
        const auto c = static_cast<unsigned char>(ch);
        if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_'
            || c == '.' || c == '~') {
            out.append(char(c));
        } else {
            out.append('%');
            out.append(hex[c >> 4]);
            out.append(hex[c & 0xF]);
        }
    }
    return out;
}

QByteArray PercentEncoding::canonicalQuery(const QueryItems &items)
{
    QList<QPair<QByteArray, QByteArray>> encoded;
    encoded.reserve(items.size());
    for (const auto &item : items)
        encoded.append({encode(item.first), encode(item.second)});
    std::stable_sort(encoded.begin(), encoded.end(),
                     [](const auto &a, const auto &b) { return a.first < b.first; });
    QByteArray out;
    for (const auto &kv : encoded) {
        if (!out.isEmpty())
            out.append('&');
        out.append(kv.first);
        out.append('=');
        out.append(kv.second);
    }
    return out;
}

QByteArray PercentEncoding::canonicalPath(const QString &path)
{
    if (path.isEmpty())
        return QByteArrayLiteral("/");
    const QStringList segments = path.split(QLatin1Char('/'));
    QByteArrayList encoded;
    for (const QString &segment : segments)
        encoded.append(encode(segment));
    QByteArray out = encoded.join('/');
    if (!out.startsWith('/'))
        out.prepend('/');
    return out;
}
