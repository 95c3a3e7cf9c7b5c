// SPDX-License-Identifier: GPL-3.0-or-later
#include "MauModel.h"

#include "TimeFormat.h"

#include <cmath>

namespace emu {

quint64 MauModel::fnv1a64(const QString &text)
{
    quint64 h = 1469598103934665603ULL;
    const QByteArray bytes = text.toUtf8();
    for (char c : bytes) {
        h ^= static_cast<unsigned char>(c);
        h *= 1099511628211ULL;
    }
    return h;
}

double MauModel::mau(const QString &poolUid, int createdMonth, int month, int currentMonth)
{
    if (!inWindow(month, currentMonth))
        return -1;
    const int age = month - createdMonth;
    if (age < 0)
        return 0;
    const quint64 h = fnv1a64(poolUid);
    const double base = 500.0 + double(h % 40000ULL);
    const double growth = 0.01 + double((h >> 20) % 50ULL) / 1000.0;
    const double ramp = 1.0 - 0.7 * std::exp(-double(age) / 3.0);
    const int monthOfYear = month % 12 + 1;
    double season = 1.0 + 0.12 * std::sin(2.0 * M_PI * double(monthOfYear - 3) / 12.0);
    if (monthOfYear == 2)
        season *= 0.85; // Spring Festival dip
    const quint64 n = fnv1a64(poolUid + QLatin1Char('|') + TimeFormat::monthName(month));
    const double noise = 1.0 + 0.06 * (double(n % 10001ULL) / 10000.0 - 0.5);
    return std::round(base * std::pow(1.0 + growth, double(age)) * ramp * season * noise);
}

QList<QPair<QString, double>> MauModel::series(const QString &poolUid, int createdMonth, int currentMonth)
{
    QList<QPair<QString, double>> out;
    for (int m = currentMonth - WindowMonths + 1; m <= currentMonth; ++m)
        out.append({TimeFormat::monthName(m), mau(poolUid, createdMonth, m, currentMonth)});
    return out;
}

} // namespace emu
