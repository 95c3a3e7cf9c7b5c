// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/Credentials.h"
#include "api/SigningTypes.h"
#include <QDateTime>

// Alibaba Cloud ACS3-HMAC-SHA256 (signing.md §2).
class AcsSigner
{
public:
    static QByteArray formatDate(const QDateTime &utc); // 2023-10-26T10:22:32Z

    // Signs exactly the given headers. Header names are lower-cased; repeated names merge
    // (values sorted, joined with ',').
    static SignedParts sign(const SigningRequest &request, const Credentials &credentials);

    // Builds host, x-acs-action, x-acs-version, x-acs-date, x-acs-signature-nonce, x-acs-content-sha256
    // (+ x-acs-security-token), signs them and appends Authorization. Returns every header to send.
    static HeaderList signRpc(const QByteArray &method, const QString &hostHeader, const QueryItems &query,
                              const QByteArray &body, const QString &action, const QString &version,
                              const Credentials &credentials, const QDateTime &nowUtc, const QByteArray &nonce,
                              SignedParts *parts = nullptr);
};
