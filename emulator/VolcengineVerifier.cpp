// SPDX-License-Identifier: GPL-3.0-or-later
#include "VolcengineVerifier.h"

#include "AuthorizationHeader.h"
#include "CanonicalEncoding.h"
#include "CredentialStore.h"
#include "CryptoUtil.h"
#include "HttpRequest.h"

#include <algorithm>

namespace emu {

namespace {

QByteArray normalisedHostValue(QByteArray value)
{
    if (value.endsWith(":80"))
        value.chop(3);
    else if (value.endsWith(":443"))
        value.chop(4);
    return value;
}

} // namespace

VolcengineVerifier::VolcengineVerifier(const CredentialStore &credentials, const QSet<QString> &knownServices)
    : m_credentials(credentials), m_knownServices(knownServices)
{
}

VolcengineVerifier::Authorization VolcengineVerifier::parseAuthorization(const QByteArray &header)
{
    Authorization a;
    AuthorizationHeader::read(header, "HMAC-SHA256", a, [&a](const QByteArray &credential) {
        a.hasCredential = true;
        const QList<QByteArray> fields = credential.split('/');
        if (fields.size() == 5 && !fields.at(0).isEmpty() && !fields.at(2).isEmpty() && !fields.at(3).isEmpty()) {
            a.accessKeyId = QString::fromUtf8(fields.at(0));
            a.shortDate = fields.at(1);
            a.region = QString::fromUtf8(fields.at(2));
            a.service = QString::fromUtf8(fields.at(3));
            a.terminator = fields.at(4);
            a.credentialWellFormed = a.terminator == "request";
        } else if (!fields.isEmpty()) {
            a.accessKeyId = QString::fromUtf8(fields.at(0));
        }
    });
    return a;
}

QByteArray VolcengineVerifier::canonicalHeaders(const QList<QPair<QByteArray, QByteArray>> &headers,
                                                const QList<QByteArray> &signedHeaders, QByteArray *missing)
{
    QList<QByteArray> names = signedHeaders;
    std::sort(names.begin(), names.end());
    QByteArray out;
    for (const QByteArray &name : names) {
        QList<QByteArray> values;
        for (const auto &h : headers) {
            if (h.first.compare(name, Qt::CaseInsensitive) == 0)
                values.append(h.second.trimmed());
        }
        if (values.isEmpty() && missing && missing->isEmpty())
            *missing = name;
        QByteArray value = values.join(',');
        if (name == "host")
            value = normalisedHostValue(value);
        out += name;
        out += ':';
        out += value;
        out += '\n';
    }
    return out;
}

QByteArray VolcengineVerifier::canonicalRequest(const QByteArray &method, const QByteArray &canonicalUri,
                                                const QByteArray &canonicalQuery, const QByteArray &canonicalHeaders,
                                                const QByteArray &signedHeaders, const QByteArray &payloadHashHex)
{
    return method + '\n' + canonicalUri + '\n' + canonicalQuery + '\n' + canonicalHeaders + '\n' + signedHeaders + '\n'
           + payloadHashHex;
}

QByteArray VolcengineVerifier::credentialScope(const QByteArray &shortDate, const QString &region,
                                               const QString &service)
{
    return shortDate + '/' + region.toUtf8() + '/' + service.toUtf8() + "/request";
}

QByteArray VolcengineVerifier::stringToSign(const QByteArray &xDate, const QByteArray &scope,
                                            const QByteArray &canonicalRequest)
{
    return "HMAC-SHA256\n" + xDate + '\n' + scope + '\n' + CryptoUtil::sha256Hex(canonicalRequest);
}

QByteArray VolcengineVerifier::signingKey(const QByteArray &secret, const QByteArray &shortDate, const QString &region,
                                          const QString &service)
{
    const QByteArray kDate = CryptoUtil::hmacSha256(secret, shortDate);
    const QByteArray kRegion = CryptoUtil::hmacSha256(kDate, region.toUtf8());
    const QByteArray kService = CryptoUtil::hmacSha256(kRegion, service.toUtf8());
    return CryptoUtil::hmacSha256(kService, "request");
}

QByteArray VolcengineVerifier::signatureHex(const QByteArray &signingKey, const QByteArray &stringToSign)
{
    return CryptoUtil::hmacSha256(signingKey, stringToSign).toHex();
}

QDateTime VolcengineVerifier::parseXDate(const QByteArray &value)
{
    // YYYYMMDD'T'HHMMSS'Z'
    if (value.size() != 16 || value.at(8) != 'T' || value.at(15) != 'Z')
        return QDateTime();
    for (int i = 0; i < 15; ++i) {
        if (i == 8)
            continue;
        if (value.at(i) < '0' || value.at(i) > '9')
            return QDateTime();
    }
    auto num = [&value](int pos, int len) {
        int v = 0;
        for (int i = pos; i < pos + len; ++i)
            v = v * 10 + (value.at(i) - '0');
        return v;
    };
    const QDate date(num(0, 4), num(4, 2), num(6, 2));
    const QTime time(num(9, 2), num(11, 2), num(13, 2));
    if (!date.isValid() || !time.isValid())
        return QDateTime();
    return QDateTime(date, time, Qt::UTC);
}

AuthOutcome VolcengineVerifier::verify(const HttpRequest &request, const QDateTime &now) const
{
    const Authorization auth = parseAuthorization(request.header("Authorization"));
    if (!auth.present)
        return AuthOutcome::failure(401, QStringLiteral("MissingAuthenticationToken"), 100003,
                                    QStringLiteral("The request must contain authentication information "
                                                   "(an HMAC-SHA256 Authorization header)."));
    if (!auth.schemeOk)
        return AuthOutcome::failure(401, QStringLiteral("MissingAuthenticationToken"), 100003,
                                    QStringLiteral("The Authorization header must use the HMAC-SHA256 scheme."));

    auto fail = [&](int status, const char *code, int codeN, const QString &message) {
        AuthOutcome o = AuthOutcome::failure(status, QString::fromLatin1(code), codeN, message);
        o.accessKeyId = auth.accessKeyId;
        o.region = auth.region;
        o.service = auth.service;
        return o;
    };

    if (!auth.hasCredential || !auth.credentialWellFormed || !auth.hasSignedHeaders)
        return fail(400, "MissingRequestInfo", 100004,
                    QStringLiteral("The request is missing the access key, date, region or service in "
                                   "Credential=AK/YYYYMMDD/region/service/request, or SignedHeaders."));
    if (!auth.hasSignature)
        return fail(401, "MissingSignature", 100005, QStringLiteral("The request is missing a signature."));
    if (!m_knownServices.isEmpty() && !m_knownServices.contains(auth.service))
        return fail(404, "ServiceNotFound", 100007,
                    QStringLiteral("Could not find service %1 in region %2.").arg(auth.service, auth.region));
    if (!m_credentials.contains(auth.accessKeyId))
        return fail(401, "InvalidAccessKey", 100009,
                    QStringLiteral("The access key %1 is invalid.").arg(auth.accessKeyId));

    const QByteArray xDate = request.header("X-Date").trimmed();
    const QDateTime signedAt = parseXDate(xDate);
    if (!signedAt.isValid())
        return fail(400, "InvalidTimestamp", 100006,
                    QStringLiteral("The X-Date header is missing or not in the format YYYYMMDD'T'HHMMSS'Z'."));
    const qint64 skew = qAbs(signedAt.secsTo(now));
    if (skew > MaxSkewSeconds)
        return fail(400, "InvalidTimestamp", 100006,
                    QStringLiteral("The request signature expired or is not yet valid: X-Date %1 differs from the "
                                   "server time %2 by more than 15 minutes.")
                        .arg(QString::fromLatin1(xDate),
                             now.toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'"))));
    if (auth.shortDate != xDate.left(8))
        return fail(401, "SignatureDoesNotMatch", 100010,
                    QStringLiteral("The date in the credential scope does not match X-Date."));
    if (!auth.signedHeaders.contains("x-date"))
        return fail(401, "SignatureDoesNotMatch", 100010,
                    QStringLiteral("SignedHeaders must include x-date."));

    QByteArray missing;
    const QByteArray headersBlock = canonicalHeaders(request.headers(), auth.signedHeaders, &missing);
    if (!missing.isEmpty())
        return fail(401, "SignatureDoesNotMatch", 100010,
                    QStringLiteral("The signed header %1 is not present in the request.")
                        .arg(QString::fromLatin1(missing)));

    const QByteArray bodyHash = CryptoUtil::sha256Hex(request.body());
    if (auth.signedHeaders.contains("x-content-sha256")) {
        const QByteArray declared = request.header("X-Content-Sha256").trimmed().toLower();
        if (!CryptoUtil::constantTimeEquals(declared, bodyHash))
            return fail(401, "SignatureDoesNotMatch", 100010,
                        QStringLiteral("The X-Content-Sha256 header does not match the SHA-256 of the request body."));
    }

    QList<QByteArray> sortedNames = auth.signedHeaders;
    std::sort(sortedNames.begin(), sortedNames.end());
    const QByteArray canonical
        = canonicalRequest(request.method(), CanonicalEncoding::canonicalUri(request.path()),
                           CanonicalEncoding::canonicalQuery(request.decodedQuery()), headersBlock,
                           sortedNames.join(';'), bodyHash);
    const QByteArray scope = credentialScope(auth.shortDate, auth.region, auth.service);
    const QByteArray key = signingKey(m_credentials.secret(auth.accessKeyId), auth.shortDate, auth.region, auth.service);
    const QByteArray expected = signatureHex(key, stringToSign(xDate, scope, canonical));
    if (!CryptoUtil::constantTimeEquals(expected, auth.signature))
        return fail(401, "SignatureDoesNotMatch", 100010,
                    QStringLiteral("The request signature we calculated does not match the signature you provided. "
                                   "Check your Secret Access Key and signing method."));

    AuthOutcome ok = AuthOutcome::success();
    ok.accessKeyId = auth.accessKeyId;
    ok.region = auth.region;
    ok.service = auth.service;
    return ok;
}

} // namespace emu
