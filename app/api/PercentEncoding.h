// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

using QueryItems = QList<QPair<QString, QString>>;

// RFC 3986 encoding as both clouds canonicalise it: UTF-8 bytes, unreserved A-Z a-z 0-9 - _ . ~ kept,
// everything else %XX upper-case (space -> %20, * -> %2A, / -> %2F, + -> %2B).
class PercentEncoding
{
public:
    static QByteArray encode(const QString &value);
    // Encoded k=v pairs, stable-sorted by encoded key (byte order), joined with '&'; empty value -> "k=".
    static QByteArray canonicalQuery(const QueryItems &items);
    // Each '/'-separated segment encoded; empty path -> "/".
    static QByteArray canonicalPath(const QString &path);
};
