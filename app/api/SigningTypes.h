// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/PercentEncoding.h"
#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <optional>

using HeaderList = QList<QPair<QByteArray, QByteArray>>;

// What a signer needs to know about one HTTP request.
struct SigningRequest
{
    QByteArray method = "POST";
    QString path = QStringLiteral("/");
    QueryItems query;
    HeaderList headers;                      // exactly the headers to sign (name as sent, value as sent)
    QByteArray body;
    std::optional<QByteArray> hashedPayload; // use verbatim instead of hex(SHA256(body)) when set
};

// Every intermediate value, for tests, --dry-run and diagnostics.
struct SignedParts
{
    QByteArray payloadHash;
    QByteArray canonicalQuery;
    QByteArray signedHeaders;
    QByteArray canonicalRequest;
    QByteArray canonicalRequestSha256;
    QByteArray credentialScope; // Volcengine only
    QByteArray stringToSign;
    QByteArray signingKeyHex;   // Volcengine only
    QByteArray signature;
    QByteArray authorization;
};
