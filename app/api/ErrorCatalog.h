// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/ApiError.h"
#include <QCoreApplication>
#include <QString>
#include <QStringList>

// Renders an ApiError as one localized sentence for people, in the current UI language.
//
// API errors: the published error catalogs of the three services (Volcengine `id` and `cloudidentity`
// business and gateway codes, Alibaba CloudSSO service and OpenAPI gateway codes). The English templates
// are the tr() source strings, the services' Chinese descriptions their zh_CN translations. Templated codes
// (`InvalidParameter.X`, `MissingParameter.X`, `EntityNotExists.X`, ...) match by prefix; values the server
// filled into its message (`Resource not found: %s.`) are recovered and put into the localized text.
// An unknown code shows the server's own message. Non-API kinds (network, timeout, ...) get their own texts.
//
// The error code and RequestId are never part of the text: callers show them verbatim next to it.
class ErrorCatalog
{
    Q_DECLARE_TR_FUNCTIONS(ErrorCatalog)
public:
    static QString describe(const ApiError &e);

    // For tests and diagnostics: does the catalog know this code (exactly or by prefix) for that service?
    static bool knows(const QString &service, const QString &code);
    // The values a known code's server message carries ("Resource not found: pool-1." -> {"pool-1"}), or
    // an empty list when the message does not follow the published template.
    static QStringList messageArguments(const QString &service, const QString &code, const QString &message);
};
