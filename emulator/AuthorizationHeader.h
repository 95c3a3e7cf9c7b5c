// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>

namespace emu {

// The syntax both gateways' Authorization headers share: "SCHEME Key=Value, Key=Value, …" (Volcengine
// HMAC-SHA256, Alibaba ACS3-HMAC-SHA256). Only the syntax is shared: each verifier reads the fields by its own
// algorithm's rules. An emulator-side helper (the emulator shares no request handling with the client).
class AuthorizationHeader
{
public:
    static AuthorizationHeader parse(const QByteArray &header);
    // "Host; X-Date;;content-type" -> {"host", "x-date", "content-type"}: lower case, empty names dropped.
    static QList<QByteArray> headerNames(const QByteArray &signedHeaders);

    bool present = false; // a non-blank header
    QByteArray scheme;    // up to the first space
    // The comma-separated Key=Value parts after the scheme, trimmed, in order; parts without a key are dropped.
    QList<QPair<QByteArray, QByteArray>> fields;
};

} // namespace emu
