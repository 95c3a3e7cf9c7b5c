// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/DirectoryLabels.h"

#include <QLocale>

QString DirectoryLabels::source(const QString &value)
{
    if (value == QLatin1String("Manual"))
        return tr("Manual");
    if (value == QLatin1String("Sync") || value == QLatin1String("Synchronized"))
        return tr("Synchronized");
    return value;
}

QString DirectoryLabels::userStatus(const QString &value)
{
    if (value == QLatin1String("Enabled"))
        return tr("Enabled");
    if (value == QLatin1String("Disabled"))
        return tr("Disabled");
    return value;
}

QString DirectoryLabels::joinType(const QString &value)
{
    if (value == QLatin1String("Manual"))
        return tr("Manual");
    if (value == QLatin1String("Auto"))
        return tr("Automatic");
    return value;
}

QString DirectoryLabels::eventStatus(const QString &value)
{
    if (value == QLatin1String("ProvisionFailed"))
        return tr("Provisioning failed");
    if (value == QLatin1String("DeleteProvisionFailed"))
        return tr("Deletion failed");
    return value;
}

QString DirectoryLabels::principalType(const QString &value)
{
    if (value == QLatin1String("User"))
        return tr("User");
    if (value == QLatin1String("Group"))
        return tr("Group");
    return value;
}

QString DirectoryLabels::strategy(const QString &value)
{
    if (value == QLatin1String("KeepBoth"))
        return tr("Keep both");
    if (value.compare(QLatin1String("TakeOver"), Qt::CaseInsensitive) == 0)
        return tr("Take over");
    return value;
}

QString DirectoryLabels::time(const QDateTime &t)
{
    if (!t.isValid())
        return {};
    return QLocale().toString(t.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}
