// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

// People-facing text for the enum values both directory services return (user source / status, group join
// type, provisioning event status). Unknown values are shown verbatim.
class DirectoryLabels
{
    Q_DECLARE_TR_FUNCTIONS(DirectoryLabels)
public:
    static QString source(const QString &value);       // Manual / Sync / Synchronized
    static QString userStatus(const QString &value);   // Enabled / Disabled
    static QString joinType(const QString &value);     // Manual / Auto
    static QString eventStatus(const QString &value);  // ProvisionFailed / DeleteProvisionFailed
    static QString principalType(const QString &value);// User / Group
    static QString strategy(const QString &value);     // KeepBoth / TakeOver
    // Local time, "yyyy-MM-dd HH:mm:ss"; empty for an invalid time.
    static QString time(const QDateTime &t);
};
