// SPDX-License-Identifier: GPL-3.0-or-later
#include "AcsVerifier.h"

#include "AuthorizationHeader.h"
#include "CanonicalEncoding.h"
#include "CredentialStore.h"
#include "CryptoUtil.h"
#include "HttpRequest.h"

#include <algorithm>

namespace emu {

AcsVerifier::AcsVerifier(const CredentialStore &credentials) : m_credentials(credentials) {}

AcsVerifier::Authorization AcsVerifier::parseAuthorization(const QByteArray &header)
{
    Authorization a;
    AuthorizationHeader::read(header, "ACS3-HMAC-SHA256", a, [&a](const QByteArray &credential) {
        a.hasCredential = !credential.isEmpty();
        a.accessKeyId = QString::fromUtf8(credential);
    });
    return a;
}

QByteArray AcsVerifier::canonicalHeaders(const QList<QPair<QByteArray, QByteArray>> &headers,
                                         const QList<QByteArray> &signedHeaders, QByteArray *missing)
{
    QList<QByteArray> names = signedHeaders;
    std::sort(names.begin(), names.end());
    names.erase(std::unique(names.begin(), names.end()), names.end());
    QByteArray out;
    for (const QByteArray &name : names) {
        QList<QByteArray> values;
        for (const auto &h : headers) {
            if (h.first.compare(name, Qt::CaseInsensitive) == 0)
                values.append(h.second.trimmed());
        }
        if (values.isEmpty() && missing && missing->isEmpty())
            *missing = name;
        std::sort(values.begin(), values.end());
        out += name;
        out += ':';
        out += values.join(',');
        out += '\n';
    }
    return out;
}

QByteArray AcsVerifier::canonicalRequest(const QByteArray &method, const QByteArray &canonicalUri,
                                         const QByteArray &canonicalQuery, const QByteArray &canonicalHeaders,
                                         const QByteArray &signedHeaders, const QByteArray &hashedPayload)
{
    return method + '\n' + canonicalUri + '\n' + canonicalQuery + '\n' + canonicalHeaders + '\n' + signedHeaders + '\n'
           + hashedPayload;
}

QByteArray AcsVerifier::stringToSign(const QByteArray &canonicalRequest)
{
    return "ACS3-HMAC-SHA256\n" + CryptoUtil::sha256Hex(canonicalRequest);
}

QByteArray AcsVerifier::signatureHex(const QByteArray &secret, const QByteArray &stringToSign)
{
    return CryptoUtil::hmacSha256(secret, stringToSign).toHex();
}

QDateTime AcsVerifier::parseAcsDate(const QByteArray &value)
{
    // YYYY-MM-DDTHH:MM:SSZ
    if (value.size() != 20 || value.at(4) != '-' || value.at(7) != '-' || value.at(10) != 'T' || value.at(13) != ':'
        || value.at(16) != ':' || value.at(19) != 'Z')
        return QDateTime();
    int v[6] = {0, 0, 0, 0, 0, 0};
    const int pos[6] = {0, 5, 8, 11, 14, 17};
    const int len[6] = {4, 2, 2, 2, 2, 2};
    for (int f = 0; f < 6; ++f) {
        for (int i = pos[f]; i < pos[f] + len[f]; ++i) {
            const char c = value.at(i);
            if (c < '0' || c > '9')
                return QDateTime();
            v[f] = v[f] * 10 + (c - '0');
        }
    }
    const QDate date(v[0], v[1], v[2]);
    const QTime time(v[3], v[4], v[5]);
    if (!date.isValid() || !time.isValid())
        return QDateTime();
    return QDateTime(date, time, Qt::UTC);
}

AuthOutcome AcsVerifier::verify(const HttpRequest &request, const QDateTime &now)
{
    const Authorization auth = parseAuthorization(request.header("Authorization"));
    auto fail = [&](int status, const char *code, const QString &message) {
        AuthOutcome o = AuthOutcome::failure(status, QString::fromLatin1(code), 0, message);
        o.accessKeyId = auth.accessKeyId;
        return o;
    };
    if (!auth.present || !auth.schemeOk || !auth.hasCredential || !auth.hasSignedHeaders || !auth.hasSignature)
        return fail(400, "IncompleteSignature",
                    QStringLiteral("The request signature does not conform to Aliyun standards. Expected "
                                   "Authorization: ACS3-HMAC-SHA256 Credential=...,SignedHeaders=...,Signature=..."));
    if (!m_credentials.contains(auth.accessKeyId))
        return fail(404, "InvalidAccessKeyId.NotFound", QStringLiteral("Specified access key is not found."));

    const QByteArray date = request.header("x-acs-date").trimmed();
    const QDateTime signedAt = parseAcsDate(date);
    if (!signedAt.isValid())
        return fail(400, "InvalidTimeStamp.Format",
                    QStringLiteral("Specified time stamp or date value is not well formatted."));
    if (qAbs(signedAt.secsTo(now)) > MaxSkewSeconds)
        return fail(400, "InvalidTimeStamp.Expired",
                    QStringLiteral("Specified time stamp or date value is expired."));
    const QByteArray nonce = request.header("x-acs-signature-nonce").trimmed();
    if (nonce.isEmpty())
        return fail(400, "IncompleteSignature",
                    QStringLiteral("The request signature does not conform to Aliyun standards: the "
                                   "x-acs-signature-nonce header is required."));

    // Every x-acs-* header must be covered by the signature. host and content-type are verified when listed; a
    // network stack may add them, so they may also be left unsigned (signing.md §4).
    for (const auto &h : request.headers()) {
        const QByteArray name = h.first.toLower();
        if (name.startsWith("x-acs-") && !auth.signedHeaders.contains(name))
            return fail(400, "IncompleteSignature",
                        QStringLiteral("The request signature does not conform to Aliyun standards: the header %1 "
                                       "must be signed.")
                            .arg(QString::fromLatin1(name)));
    }

    QByteArray missing;
    const QByteArray headersBlock = canonicalHeaders(request.headers(), auth.signedHeaders, &missing);
    if (!missing.isEmpty())
        return fail(400, "SignatureDoesNotMatch",
                    QStringLiteral("Specified signature does not match our calculation. The signed header %1 is "
                                   "not present in the request.")
                        .arg(QString::fromLatin1(missing)));

    const QByteArray bodyHash = CryptoUtil::sha256Hex(request.body());
    QByteArray payloadHash = bodyHash;
    if (request.hasHeader("x-acs-content-sha256")) {
        payloadHash = request.header("x-acs-content-sha256").trimmed();
        if (!CryptoUtil::constantTimeEquals(payloadHash.toLower(), bodyHash))
            return fail(400, "SignatureDoesNotMatch",
                        QStringLiteral("Specified signature does not match our calculation. The "
                                       "x-acs-content-sha256 header does not match the SHA-256 of the request body."));
    }

    QList<QByteArray> names = auth.signedHeaders;
    std::sort(names.begin(), names.end());
    names.erase(std::unique(names.begin(), names.end()), names.end());
    const QByteArray canonical = canonicalRequest(request.method(), CanonicalEncoding::canonicalUri(request.path()),
                                                  CanonicalEncoding::canonicalQuery(request.decodedQuery()),
                                                  headersBlock, names.join(';'), payloadHash);
    const QByteArray sts = stringToSign(canonical);
    const QByteArray expected = signatureHex(m_credentials.secret(auth.accessKeyId), sts);
    if (!CryptoUtil::constantTimeEquals(expected, auth.signature)) {
        QByteArray printable = sts;
        printable.replace('\n', "\\n");
        return fail(400, "SignatureDoesNotMatch",
                    QStringLiteral("Specified signature does not match our calculation. server string to sign is:%1")
                        .arg(QString::fromLatin1(printable)));
    }

    const qint64 nowMs = now.toMSecsSinceEpoch();
    const qint64 expires = qMax(nowMs, signedAt.toMSecsSinceEpoch()) + MaxSkewSeconds * 1000 + 1000;
    if (!m_nonces.insert(auth.accessKeyId.toUtf8() + '\n' + nonce, expires, nowMs))
        return fail(400, "SignatureNonceUsed", QStringLiteral("Specified signature nonce was used already."));

    AuthOutcome ok = AuthOutcome::success();
    ok.accessKeyId = auth.accessKeyId;
    ok.service = QStringLiteral("cloudsso");
    return ok;
}

} // namespace emu
