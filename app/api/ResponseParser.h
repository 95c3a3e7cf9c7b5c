// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/ApiResult.h"
#include "api/ServiceCatalog.h"
#include <QByteArray>

// Turns one HTTP answer (status, body, retry-after header) into an ApiResult, for both clouds' envelopes.
// Pure: no I/O, never throws, any byte sequence is a valid input.
class ResponseParser
{
public:
    static ApiResult parse(Service service, const QString &action, int httpStatus, const QByteArray &body,
                           const QByteArray &retryAfterHeader = {});
    // The first characters of a body, for error messages.
    static QString excerpt(const QByteArray &body);
};
