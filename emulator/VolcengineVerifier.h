// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AuthOutcome.h"
#include "SignedAuthorization.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QPair>
#include <QSet>

namespace emu {

class CredentialStore;
class HttpRequest;

// The emulator's own implementation of Volcengine HMAC-SHA256 verification (signing.md §1), answering with the
// gateway's error codes. Accepts any SignedHeaders set that contains x-date and verifies exactly those headers.
class VolcengineVerifier
{
public:
    static constexpr qint64 MaxSkewSeconds = 15 * 60;

    // Fields of "HMAC-SHA256 Credential=AK/date/region/service/request, SignedHeaders=a;b, Signature=hex".
    class Authorization : public SignedAuthorization
    {
    public:
        QByteArray shortDate;
        QString region;
        QString service;
        QByteArray terminator;
        bool credentialWellFormed = false;
    };

    // knownServices: credential-scope services this gateway serves (others get ServiceNotFound).
    VolcengineVerifier(const CredentialStore &credentials, const QSet<QString> &knownServices);

    AuthOutcome verify(const HttpRequest &request, const QDateTime &now) const;

    static Authorization parseAuthorization(const QByteArray &header);

    // Pure building blocks (tested against test-vectors.json).
    static QByteArray canonicalHeaders(const QList<QPair<QByteArray, QByteArray>> &headers,
                                       const QList<QByteArray> &signedHeaders, QByteArray *missing = nullptr);
    static QByteArray canonicalRequest(const QByteArray &method, const QByteArray &canonicalUri,
                                       const QByteArray &canonicalQuery, const QByteArray &canonicalHeaders,
                                       const QByteArray &signedHeaders, const QByteArray &payloadHashHex);
    static QByteArray credentialScope(const QByteArray &shortDate, const QString &region, const QString &service);
    static QByteArray stringToSign(const QByteArray &xDate, const QByteArray &scope, const QByteArray &canonicalRequest);
    static QByteArray signingKey(const QByteArray &secret, const QByteArray &shortDate, const QString &region,
                                 const QString &service);
    static QByteArray signatureHex(const QByteArray &signingKey, const QByteArray &stringToSign);
    static QDateTime parseXDate(const QByteArray &value);

private:
    const CredentialStore &m_credentials;
    QSet<QString> m_knownServices;
};

} // namespace emu
