// SPDX-License-Identifier: GPL-3.0-or-later
#include "TimeFormat.h"

namespace emu {

namespace {

// Days since 1970-01-01 -> civil date (H. Hinnant's algorithm), no time zone database involved.
void civilFromDays(qint64 days, int *year, int *month, int *day)
{
    days += 719468;
    const qint64 era = (days >= 0 ? days : days - 146096) / 146097;
    const qint64 doe = days - era * 146097;
    const qint64 yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const qint64 doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const qint64 mp = (5 * doy + 2) / 153;
    *day = int(doy - (153 * mp + 2) / 5 + 1);
    *month = int(mp < 10 ? mp + 3 : mp - 9);
    *year = int(yoe + era * 400 + (*month <= 2 ? 1 : 0));
}

void put2(char *p, int v)
{
    p[0] = char('0' + v / 10);
    p[1] = char('0' + v % 10);
}

// "YYYY-MM-DDTHH:MM:SS" of ms + offsetSeconds, then the suffix.
QString format(qint64 ms, int offsetSeconds, const char *suffix)
{
    const qint64 secs = (ms >= 0 ? ms / 1000 : (ms - 999) / 1000) + offsetSeconds;
    qint64 days = secs >= 0 ? secs / 86400 : (secs - 86399) / 86400;
    const int sod = int(secs - days * 86400);
    int y = 0, m = 0, d = 0;
    civilFromDays(days, &y, &m, &d);
    if (y < 0 || y > 9999)
        return QDateTime::fromMSecsSinceEpoch(ms, Qt::OffsetFromUTC, offsetSeconds).toString(Qt::ISODate);
    char buf[32];
    buf[0] = char('0' + y / 1000);
    buf[1] = char('0' + (y / 100) % 10);
    put2(buf + 2, y % 100);
    buf[4] = '-';
    put2(buf + 5, m);
    buf[7] = '-';
    put2(buf + 8, d);
    buf[10] = 'T';
    put2(buf + 11, sod / 3600);
    buf[13] = ':';
    put2(buf + 14, (sod / 60) % 60);
    buf[16] = ':';
    put2(buf + 17, sod % 60);
    int n = 19;
    for (const char *s = suffix; *s; ++s)
        buf[n++] = *s;
    return QString::fromLatin1(buf, n);
}

} // namespace

QString TimeFormat::utc(qint64 ms)
{
    return format(ms, 0, "Z");
}

QString TimeFormat::beijing(qint64 ms)
{
    return format(ms, 8 * 3600, "+08:00");
}

qint64 TimeFormat::parse(const QString &text, bool *ok)
{
    const QDateTime dt = QDateTime::fromString(text, Qt::ISODate);
    if (ok)
        *ok = dt.isValid();
    return dt.isValid() ? dt.toMSecsSinceEpoch() : 0;
}

QByteArray TimeFormat::httpDate(const QDateTime &instant)
{
    static const char *const days[] = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
    static const char *const months[]
        = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    const QDateTime u = instant.toUTC();
    const QDate d = u.date();
    const QTime t = u.time();
    return QByteArray(days[d.dayOfWeek() - 1]) + ", " + QByteArray::number(d.day()).rightJustified(2, '0') + ' '
           + months[d.month() - 1] + ' ' + QByteArray::number(d.year()) + ' '
           + QByteArray::number(t.hour()).rightJustified(2, '0') + ':'
           + QByteArray::number(t.minute()).rightJustified(2, '0') + ':'
           + QByteArray::number(t.second()).rightJustified(2, '0') + " GMT";
}

QString TimeFormat::monthOf(qint64 ms)
{
    return monthName(monthIndexOf(ms));
}

int TimeFormat::monthIndexOf(qint64 ms)
{
    const QDate d = QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).date();
    return monthIndex(d.year(), d.month());
}

QString TimeFormat::monthName(int monthIndex)
{
    const int year = monthIndex / 12;
    const int month = monthIndex % 12 + 1;
    return QStringLiteral("%1-%2").arg(year, 4, 10, QLatin1Char('0')).arg(month, 2, 10, QLatin1Char('0'));
}

} // namespace emu
