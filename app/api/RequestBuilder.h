// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/Credentials.h"
#include "api/ServiceCatalog.h"
#include "api/SigningTypes.h"
#include <QDateTime>
#include <QJsonObject>
#include <QUrl>

// What would go on the wire, for --dry-run and diagnostics (secrets redacted by the caller if printed).
struct PreparedRequest
{
    QByteArray method;
    QUrl url;
    HeaderList headers;
    QByteArray body;
    SignedParts parts;
};

// Builds and signs one request, pure (no network, no clock of its own). Volcengine: POST JSON body, Action and
// Version in the query. CloudSSO: POST, every parameter in the query (arrays of objects flattened Name.N.Key,
// arrays of scalars Name.N), empty body.
class RequestBuilder
{
public:
    struct Target
    {
        QUrl endpoint;           // scheme, host, port, optional path
        QString signingRegion;   // ServiceCatalog::signingRegion()
    };

    static PreparedRequest build(Service service, const QString &action, const QJsonObject &params,
                                 const Target &target, const Credentials &credentials, const QDateTime &now,
                                 const QByteArray &nonce);
    // Query items a CloudSSO call sends (flattening rules above).
    static QueryItems flattenParams(const QJsonObject &params);
    // The Host header for an endpoint: IPv6 bracketed, non-default port appended.
    static QString hostHeader(const QUrl &url);
};
