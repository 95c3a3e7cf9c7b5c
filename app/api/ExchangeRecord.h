// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QMetaType>
#include <QString>

// One HTTP exchange (one attempt), for the activity log and `-v`. Never contains secrets.
struct ExchangeRecord
{
    QDateTime time;      // when the request was sent (UTC)
    QString profile;     // filled in by Session
    QString service;
    QString action;
    QString method;
    QString url;         // scheme://host[:port]/path?query — no credentials in it
    int httpStatus = 0;  // 0 = no HTTP answer
    QString errorCode;   // empty on success
    QString requestId;
    qint64 elapsedMs = 0;
    int attempt = 1;
};

Q_DECLARE_METATYPE(ExchangeRecord)
