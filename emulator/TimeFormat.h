// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>

namespace emu {

// The three services' timestamp styles, and the RFC 7231 Date header.
class TimeFormat
{
public:
    static QString utc(qint64 ms);      // 2025-09-15T07:59:24Z (id, cloudsso)
    static QString beijing(qint64 ms);  // 2024-07-22T21:53:54+08:00 (cloudidentity)
    static qint64 parse(const QString &text, bool *ok = nullptr); // either of the above
    static QByteArray httpDate(const QDateTime &instant);         // Sun, 06 Nov 1994 08:49:37 GMT
    // "YYYY-MM" of a UTC instant, and months since year 0 for month arithmetic.
    static QString monthOf(qint64 ms);
    static int monthIndex(int year, int month) { return year * 12 + (month - 1); }
    static int monthIndexOf(qint64 ms);
    static QString monthName(int monthIndex);
};

} // namespace emu
