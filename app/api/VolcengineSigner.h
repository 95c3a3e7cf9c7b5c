// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/Credentials.h"
#include "api/SigningTypes.h"
#include <QDateTime>

// Volcengine HMAC-SHA256 (signing.md §1).
class VolcengineSigner
{
public:
    static QByteArray formatDate(const QDateTime &utc); // 20240619T071306Z

    // Signs exactly the given headers (which must include x-date). xDate is the X-Date value.
    static SignedParts sign(const SigningRequest &request, const Credentials &credentials,
                            const QString &region, const QString &service, const QByteArray &xDate);

    // Builds the headers a JSON POST carries (Content-Type, Host, X-Date, X-Content-Sha256,
    // X-Security-Token with STS), signs them and appends Authorization. Returns every header to send.
    static HeaderList signJsonPost(const QString &hostHeader, const QueryItems &query, const QByteArray &body,
                                   const QByteArray &contentType, const Credentials &credentials,
                                   const QString &region, const QString &service, const QDateTime &nowUtc,
                                   SignedParts *parts = nullptr);
};
