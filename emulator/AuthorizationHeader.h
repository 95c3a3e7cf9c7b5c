// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>

#include <functional>

namespace emu {

class SignedAuthorization;

// The syntax both gateways' Authorization headers share: "SCHEME Key=Value, Key=Value, …" (Volcengine
// HMAC-SHA256, Alibaba ACS3-HMAC-SHA256). Only the syntax is shared: each verifier reads the fields by its own
// algorithm's rules. An emulator-side helper (the emulator shares no request handling with the client).
class AuthorizationHeader
{
public:
    static AuthorizationHeader parse(const QByteArray &header);
    // Fills `out` from `header` when its scheme is `scheme`: SignedHeaders and Signature (lower case) as both
    // schemes write them; the Credential value goes to `readCredential`, whose format is each scheme's own.
    static void read(const QByteArray &header, const QByteArray &scheme, SignedAuthorization &out,
                     const std::function<void(const QByteArray &credential)> &readCredential);
    // "Host; X-Date;;content-type" -> {"host", "x-date", "content-type"}: lower case, empty names dropped.
    static QList<QByteArray> headerNames(const QByteArray &signedHeaders);

    bool present = false; // a non-blank header
    QByteArray scheme;    // up to the first space
    // The comma-separated Key=Value parts after the scheme, trimmed, in order; parts without a key are dropped.
    QList<QPair<QByteArray, QByteArray>> fields;
};

} // namespace emu
