// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ParamReader.h"

#include <QDateTime>
#include <QString>

namespace emu {

// One authenticated, routed API call as a service handler sees it.
struct ApiCall
{
    QString action;
    QString version;
    QString service;
    QString region;
    QString accessKeyId;
    QString requestId;
    ParamReader params;
    QDateTime now;
    qint64 nowMs = 0;
};

} // namespace emu
