// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QString>

// Per-pool MAU allowances (the plan's monthly active users included), remembered per profile and pool in the
// same QSettings the profiles use (QSettings("idconsole", "idconsole"), group mau/thresholds/<profile>), so the
// GUI and the CLI see the same values. Not secret.
class MauThresholds
{
public:
    static QHash<QString, double> load(const QString &profile);
    // value <= 0 removes the allowance.
    static void save(const QString &profile, const QString &poolUid, double value);
    static QString group(const QString &profile);
};
