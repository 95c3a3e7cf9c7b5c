// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ApiResult.h"
#include "HttpResponse.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <random>

namespace emu {

// Response envelopes and request ids in each cloud's style (README.md §3 of the API reference).
class EnvelopeBuilder
{
public:
    struct VolcMeta
    {
        QString requestId;
        QString action;
        QString version;
        QString service;
        QString region = QStringLiteral("cn-beijing");
    };

    EnvelopeBuilder();

    // "YYYYMMDDHHMMSS" (Beijing time) + 18 upper-case hex characters, 32 characters in all.
    QString volcRequestId(const QDateTime &now);
    // Upper-case UUID.
    QString acsRequestId();

    static HttpResponse volcSuccess(const VolcMeta &meta, const ApiResult &result);
    static HttpResponse volcError(const VolcMeta &meta, int status, const QString &code, const QString &message,
                                  int codeN = 0);
    static HttpResponse acsSuccess(const QString &requestId, const ApiResult &fields);
    static HttpResponse acsError(const QString &requestId, const QString &hostId, int status, const QString &code,
                                 const QString &message);

private:
    std::mt19937_64 m_rng;
};

} // namespace emu
