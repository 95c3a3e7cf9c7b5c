// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QPair>
#include <QString>

namespace emu {

// Deterministic monthly-active-user series per user pool (formula documented in emulator/README.md).
// Months are month indexes: year * 12 + (month - 1), see TimeFormat::monthIndex.
class MauModel
{
public:
    static constexpr int WindowMonths = 24;

    static quint64 fnv1a64(const QString &text);
    static bool inWindow(int month, int currentMonth)
    {
        return month <= currentMonth && month > currentMonth - WindowMonths;
    }
    // MAU of one pool in one month: 0 before the pool's creation month; -1 outside the 24-month window.
    static double mau(const QString &poolUid, int createdMonth, int month, int currentMonth);
    // The 24 values (month name "YYYY-MM", MAU), oldest first, ending with the current month.
    static QList<QPair<QString, double>> series(const QString &poolUid, int createdMonth, int currentMonth);
};

} // namespace emu
