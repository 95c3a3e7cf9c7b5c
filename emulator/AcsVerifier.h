// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AuthOutcome.h"
#include "NonceCache.h"
#include "SignedAuthorization.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QPair>

namespace emu {

class CredentialStore;
class HttpRequest;

// The emulator's own implementation of Alibaba ACS3-HMAC-SHA256 verification (signing.md §2), with the Alibaba
// gateway's error codes, the 15-minute timestamp window and nonce replay protection.
class AcsVerifier
{
public:
    static constexpr qint64 MaxSkewSeconds = 15 * 60;

    // Fields of "ACS3-HMAC-SHA256 Credential=AK,SignedHeaders=a;b,Signature=hex".
    class Authorization : public SignedAuthorization
    {
    };

    explicit AcsVerifier(const CredentialStore &credentials);

    // Not const: a verified request's nonce is recorded.
    AuthOutcome verify(const HttpRequest &request, const QDateTime &now);

    static Authorization parseAuthorization(const QByteArray &header);
    static QByteArray canonicalHeaders(const QList<QPair<QByteArray, QByteArray>> &headers,
                                       const QList<QByteArray> &signedHeaders, QByteArray *missing = nullptr);
    static QByteArray canonicalRequest(const QByteArray &method, const QByteArray &canonicalUri,
                                       const QByteArray &canonicalQuery, const QByteArray &canonicalHeaders,
                                       const QByteArray &signedHeaders, const QByteArray &hashedPayload);
    static QByteArray stringToSign(const QByteArray &canonicalRequest);
    static QByteArray signatureHex(const QByteArray &secret, const QByteArray &stringToSign);
    static QDateTime parseAcsDate(const QByteArray &value);

    const NonceCache &nonces() const { return m_nonces; }

private:
    const CredentialStore &m_credentials;
    NonceCache m_nonces;
};

} // namespace emu
