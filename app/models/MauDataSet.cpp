// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/MauDataSet.h"

#include <QCoreApplication>
#include <algorithm>
#include <cmath>

MauDataSet::MauDataSet(const QList<QDate> &months, const QList<MauPool> &pools)
    : m_months(months), m_pools(pools)
{
    m_values.fill(0.0, m_months.size() * m_pools.size());
    m_missing.fill(false, m_months.size() * m_pools.size());
    m_errors.resize(m_months.size());
}

double MauDataSet::value(int month, int pool) const
{
    if (!hasValue(month, pool))
        return 0.0;
    return m_values.at(month * m_pools.size() + pool);
}

void MauDataSet::setValue(int month, int pool, double mau)
{
    if (!validIndex(month, pool))
        return;
    m_values[month * m_pools.size() + pool] = std::isfinite(mau) ? mau : 0.0;
    m_missing[month * m_pools.size() + pool] = !std::isfinite(mau);
}

void MauDataSet::setMissing(int month, int pool)
{
    if (!validIndex(month, pool))
        return;
    m_values[month * m_pools.size() + pool] = 0.0;
    m_missing[month * m_pools.size() + pool] = true;
}

bool MauDataSet::hasValue(int month, int pool) const
{
    return validIndex(month, pool) && !isFailed(month) && !m_missing.at(month * m_pools.size() + pool);
}

int MauDataSet::missingCount(int month) const
{
    if (month < 0 || month >= monthCount() || isFailed(month))
        return 0;
    int n = 0;
    for (int p = 0; p < poolCount(); ++p)
        n += m_missing.at(month * m_pools.size() + p) ? 1 : 0;
    return n;
}

bool MauDataSet::hasAnyValue(int month) const
{
    return month >= 0 && month < monthCount() && !isFailed(month) && missingCount(month) < poolCount();
}

QString MauDataSet::displayMonthLabel(int month, const QLocale &locale) const
{
    if (month < 0 || month >= monthCount())
        return {};
    const QString label = monthLabel(m_months.at(month), locale);
    return isPartial(month) ? QCoreApplication::translate("MauDataSet", "%1 (to date)").arg(label) : label;
}

QDate MauDataSet::serviceToday(const QDateTime &utcNow)
{
    return utcNow.toUTC().addSecs(kServiceUtcOffsetSeconds).date();
}

bool MauDataSet::isFailed(int month) const
{
    return month >= 0 && month < m_errors.size() && m_errors.at(month).isError();
}

ApiError MauDataSet::error(int month) const
{
    return month >= 0 && month < m_errors.size() ? m_errors.at(month) : ApiError();
}

void MauDataSet::setError(int month, const ApiError &error)
{
    if (month >= 0 && month < m_errors.size())
        m_errors[month] = error;
}

int MauDataSet::failedCount() const
{
    return int(std::count_if(m_errors.cbegin(), m_errors.cend(), [](const ApiError &e) { return e.isError(); }));
}

double MauDataSet::monthTotal(int month) const
{
    double sum = 0.0;
    for (int p = 0; p < poolCount(); ++p)
        sum += value(month, p);
    return sum;
}

double MauDataSet::poolTotal(int pool) const
{
    double sum = 0.0;
    for (int m = 0; m < monthCount(); ++m)
        sum += value(m, pool);
    return sum;
}

double MauDataSet::grandTotal() const
{
    double sum = 0.0;
    for (int m = 0; m < monthCount(); ++m)
        sum += monthTotal(m);
    return sum;
}

double MauDataSet::maxValue() const
{
    double best = 0.0;
    for (int m = 0; m < monthCount(); ++m)
        for (int p = 0; p < poolCount(); ++p)
            best = std::max(best, value(m, p));
    return best;
}

double MauDataSet::maxMonthTotal() const
{
    double best = 0.0;
    for (int m = 0; m < monthCount(); ++m)
        best = std::max(best, monthTotal(m));
    return best;
}

std::optional<double> MauDataSet::changePercent(int month, int pool) const
{
    if (month <= 0 || month >= monthCount() || pool >= poolCount() || isFailed(month) || isFailed(month - 1))
        return std::nullopt;
    if (pool >= 0 ? (!hasValue(month, pool) || !hasValue(month - 1, pool))
                  : (missingCount(month) > 0 || missingCount(month - 1) > 0))
        return std::nullopt;
    const double current = pool < 0 ? monthTotal(month) : value(month, pool);
    const double previous = pool < 0 ? monthTotal(month - 1) : value(month - 1, pool);
    // Compare what people see: the rounded numbers.
    const double cur = std::round(current);
    const double prev = std::round(previous);
    if (prev == 0.0)
        return cur == 0.0 ? std::optional<double>(0.0) : std::nullopt;
    return (cur - prev) / prev * 100.0;
}

QString MauDataSet::monthKey(const QDate &month)
{
    if (!month.isValid())
        return {};
    // Not QDate::toString("yyyy"): that pads to four digits only for years below 10000 and would hide
    // out-of-range years from the validation.
    return QStringLiteral("%1-%2").arg(month.year(), 4, 10, QLatin1Char('0')).arg(month.month(), 2, 10, QLatin1Char('0'));
}

QDate MauDataSet::monthFromKey(const QString &key)
{
    return key.size() == 7 ? QDate::fromString(key, QStringLiteral("yyyy-MM")) : QDate();
}

QString MauDataSet::monthLabel(const QDate &month, const QLocale &locale)
{
    if (!month.isValid())
        return {};
    switch (locale.language()) {
    case QLocale::Chinese:
    case QLocale::Japanese:
        return QStringLiteral("%1年%2月").arg(month.year()).arg(month.month());
    case QLocale::Korean:
        return QStringLiteral("%1년 %2월").arg(month.year()).arg(month.month());
    default:
        return locale.toString(month, QStringLiteral("MMM yyyy"));
    }
}

QString MauDataSet::formatMau(double mau, const QLocale &locale)
{
    return locale.toString(qint64(std::llround(std::isfinite(mau) ? mau : 0.0)));
}

QString MauDataSet::formatChange(double percent, const QLocale &locale)
{
    // Round first so that -0.04 shows as 0.0% without a sign.
    const double rounded = std::round(percent * 10.0) / 10.0;
    QString text = locale.toString(rounded == 0.0 ? 0.0 : rounded, 'f', 1);
    if (rounded > 0.0)
        text.prepend(locale.positiveSign());
    return text + locale.percent();
}

QList<QDate> MauDataSet::monthRange(const QDate &from, const QDate &to)
{
    QList<QDate> months;
    if (!from.isValid() || !to.isValid())
        return months;
    const QDate last = firstOfMonth(to);
    for (QDate m = firstOfMonth(from); m <= last; m = m.addMonths(1))
        months.append(m);
    return months;
}

QList<QDate> MauDataSet::lastMonths(int count, const QDate &today)
{
    if (count <= 0 || !today.isValid())
        return {};
    const QDate last = firstOfMonth(today);
    return monthRange(last.addMonths(-(count - 1)), last);
}

int MauDataSet::monthsBetween(const QDate &from, const QDate &to)
{
    if (!from.isValid() || !to.isValid())
        return 0;
    const int n = (to.year() - from.year()) * 12 + (to.month() - from.month()) + 1;
    return std::max(0, n);
}
