// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/AcsSigner.h"

#include "api/Crypto.h"

#include <QMap>
#include <algorithm>

QByteArray AcsSigner::formatDate(const QDateTime &utc)
{
    return utc.toUTC().toString(QStringLiteral("yyyy-MM-dd'T'HH:mm:ss'Z'")).toLatin1();
}

SignedParts AcsSigner::sign(const SigningRequest &request, const Credentials &credentials)
{
    SignedParts p;
    p.payloadHash = request.hashedPayload ? *request.hashedPayload : Crypto::sha256Hex(request.body);
    p.canonicalQuery = PercentEncoding::canonicalQuery(request.query);

    // Lower-case names; a name given more than once: values sorted and joined with ','.
    QMap<QByteArray, QByteArrayList> merged;
    for (const auto &h : request.headers)
        merged[h.first.trimmed().toLower()].append(h.second.trimmed());
    QByteArray canonicalHeaders;
    QByteArrayList names;
    for (auto it = merged.begin(); it != merged.end(); ++it) {
        QByteArrayList values = it.value();
        std::sort(values.begin(), values.end());
        canonicalHeaders += it.key() + ':' + values.join(',') + '\n';
        names.append(it.key());
    }
    p.signedHeaders = names.join(';');

    p.canonicalRequest = request.method.toUpper() + '\n' + PercentEncoding::canonicalPath(request.path) + '\n'
                         + p.canonicalQuery + '\n' + canonicalHeaders + '\n' + p.signedHeaders + '\n' + p.payloadHash;
    p.canonicalRequestSha256 = Crypto::sha256Hex(p.canonicalRequest);
    p.stringToSign = "ACS3-HMAC-SHA256\n" + p.canonicalRequestSha256;
    p.signature = Crypto::hmacSha256(credentials.secret.toUtf8(), p.stringToSign).toHex();
    p.authorization = "ACS3-HMAC-SHA256 Credential=" + credentials.accessKeyId.toUtf8() + ",SignedHeaders="
                      + p.signedHeaders + ",Signature=" + p.signature;
    return p;
}

HeaderList AcsSigner::signRpc(const QByteArray &method, const QString &hostHeader, const QueryItems &query,
                              const QByteArray &body, const QString &action, const QString &version,
                              const Credentials &credentials, const QDateTime &nowUtc, const QByteArray &nonce,
                              SignedParts *parts)
{
    const QByteArray payloadHash = Crypto::sha256Hex(body);
    HeaderList headers{
        {QByteArrayLiteral("host"), hostHeader.toUtf8()},
        {QByteArrayLiteral("x-acs-action"), action.toUtf8()},
        {QByteArrayLiteral("x-acs-content-sha256"), payloadHash},
        {QByteArrayLiteral("x-acs-date"), formatDate(nowUtc)},
        {QByteArrayLiteral("x-acs-signature-nonce"), nonce},
        {QByteArrayLiteral("x-acs-version"), version.toUtf8()},
    };
    if (!credentials.sessionToken.isEmpty())
        headers.append({QByteArrayLiteral("x-acs-security-token"), credentials.sessionToken.toUtf8()});
    if (!body.isEmpty())
        headers.append({QByteArrayLiteral("content-type"), QByteArrayLiteral("application/json; charset=utf-8")});

    SigningRequest request;
    request.method = method;
    request.path = QStringLiteral("/");
    request.query = query;
    request.headers = headers;
    request.body = body;
    request.hashedPayload = payloadHash;
    const SignedParts p = sign(request, credentials);
    if (parts)
        *parts = p;
    headers.append({QByteArrayLiteral("Authorization"), p.authorization});
    return headers;
}
