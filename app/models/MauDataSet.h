// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/ApiError.h"
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QLocale>
#include <QMetaType>
#include <QString>
#include <optional>

// One user pool as the MAU views show it.
struct MauPool
{
    QString uid;
    QString name;

    // The name, or the UID when the pool has no name.
    QString displayName() const { return name.isEmpty() ? uid : name; }
    bool operator==(const MauPool &other) const { return uid == other.uid && name == other.name; }
};

// Monthly active users of some pools over a range of months: pure data, no I/O.
// A month either has an error, or a figure per pool where a pool the service left out of its answer is
// *missing* (hasValue() false) — never shown as 0. The month that is still running (the service's current
// month) can be marked partial: its figures are "to date".
class MauDataSet
{
public:
    MauDataSet() = default;
    // months: first day of each month, ascending. Every value starts at 0, every month without error.
    MauDataSet(const QList<QDate> &months, const QList<MauPool> &pools);

    const QList<QDate> &months() const { return m_months; }
    const QList<MauPool> &pools() const { return m_pools; }
    int monthCount() const { return int(m_months.size()); }
    int poolCount() const { return int(m_pools.size()); }
    bool isEmpty() const { return m_months.isEmpty() || m_pools.isEmpty(); }

    double value(int month, int pool) const;   // 0 for a missing figure or a failed month: check hasValue()
    void setValue(int month, int pool, double mau);
    // The service did not report this pool for this month (the figure is unknown, not 0).
    void setMissing(int month, int pool);
    bool hasValue(int month, int pool) const;
    int missingCount(int month) const;          // pools without a figure in a month that did not fail
    bool hasAnyValue(int month) const;          // at least one figure (not failed, not all missing)

    // The month still running at the service: its figures are "to date" (incomplete).
    void setPartialMonth(int month) { m_partialMonth = month; }
    int partialMonth() const { return m_partialMonth; }
    bool isPartial(int month) const { return month >= 0 && month == m_partialMonth; }
    // monthLabel(), plus "(to date)" for the partial month.
    QString displayMonthLabel(int month, const QLocale &locale = QLocale()) const;

    // A month whose request failed: its values are not known (value() returns 0).
    bool isFailed(int month) const;
    ApiError error(int month) const;
    void setError(int month, const ApiError &error);
    int failedCount() const;

    double monthTotal(int month) const;   // sum over the pools' known figures; 0 for a failed month
    double poolTotal(int pool) const;     // sum over the months that did not fail
    double grandTotal() const;
    double maxValue() const;              // largest single value
    double maxMonthTotal() const;

    // Change in percent from the previous month in the range, for one pool or (pool -1) the month's total.
    // Empty for the first month, when either month failed or has missing figures, or when the previous value is 0
    // and this one is not.
    std::optional<double> changePercent(int month, int pool = -1) const;

    // "2025-12", the form GetUserPoolMaus takes.
    static QString monthKey(const QDate &month);
    static QDate monthFromKey(const QString &key);   // "2025-12" -> 2025-12-01; invalid QDate otherwise
    // Human label in the given locale: "Dec 2025", "2025年12月".
    static QString monthLabel(const QDate &month, const QLocale &locale = QLocale());
    // MAU rounded to an integer with the locale's grouping separators: "51,555".
    static QString formatMau(double mau, const QLocale &locale = QLocale());
    // "+12.5%", "−3.0%", "0.0%".
    static QString formatChange(double percent, const QLocale &locale = QLocale());
    // Every month from `from` to `to` inclusive (first days), empty when to < from.
    static QList<QDate> monthRange(const QDate &from, const QDate &to);
    // The `count` months that end with the month of `today` (inclusive).
    static QList<QDate> lastMonths(int count, const QDate &today = QDate::currentDate());

    // The service's time zone. Volcengine publishes no time zone for GetUserPoolMaus months; the service is
    // operated in China, so the console ASSUMES China Standard Time (UTC+8, no daylight saving) for "which month
    // is it now" (also stated in the README). serviceToday(): the date at the service for a UTC instant.
    static constexpr int kServiceUtcOffsetSeconds = 8 * 3600;
    static QDate serviceToday(const QDateTime &utcNow);
    static QDate firstOfMonth(const QDate &date) { return QDate(date.year(), date.month(), 1); }
    static int monthsBetween(const QDate &from, const QDate &to); // inclusive count, 0 when to < from

private:
    bool validIndex(int month, int pool) const
    {
        return month >= 0 && month < m_months.size() && pool >= 0 && pool < m_pools.size();
    }

    QList<QDate> m_months;
    QList<MauPool> m_pools;
    QList<double> m_values;     // month-major: m_values[month * poolCount + pool]
    QList<ApiError> m_errors;   // one per month, kind None when the month loaded
    QList<bool> m_missing;      // month-major like m_values
    int m_partialMonth = -1;
};

Q_DECLARE_METATYPE(MauPool)
Q_DECLARE_METATYPE(MauDataSet)
