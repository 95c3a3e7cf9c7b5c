// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/MauThresholds.h"

#include <QSettings>

QString MauThresholds::group(const QString &profile)
{
    // Profile names may hold characters QSettings treats specially ('/', '\\'): percent-encode them.
    return QStringLiteral("mau/thresholds/") + QString::fromLatin1(profile.toUtf8().toPercentEncoding());
}

QHash<QString, double> MauThresholds::load(const QString &profile)
{
    QHash<QString, double> out;
    QSettings settings(QStringLiteral("idconsole"), QStringLiteral("idconsole"));
    settings.beginGroup(group(profile));
    for (const QString &key : settings.childKeys()) {
        bool ok = false;
        const double v = settings.value(key).toDouble(&ok);
        if (ok && v > 0)
            out.insert(QString::fromUtf8(QByteArray::fromPercentEncoding(key.toLatin1())), v);
    }
    return out;
}

void MauThresholds::save(const QString &profile, const QString &poolUid, double value)
{
    QSettings settings(QStringLiteral("idconsole"), QStringLiteral("idconsole"));
    settings.beginGroup(group(profile));
    const QString key = QString::fromLatin1(poolUid.toUtf8().toPercentEncoding());
    if (value > 0)
        settings.setValue(key, value);
    else
        settings.remove(key);
}
