// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/VolcengineSigner.h"

#include "api/Crypto.h"

#include <QMap>

namespace {
// Lower-cases names, trims values, merges repeated names (comma, in order), sorts by name.
QMap<QByteArray, QByteArray> canonicalHeaderMap(const HeaderList &headers)
{
    QMap<QByteArray, QByteArray> map;
    for (const auto &h : headers) {
        const QByteArray name = h.first.trimmed().toLower();
        QByteArray value = h.second.trimmed();
        if (name == "host") {
            if (value.endsWith(":443"))
                value.chop(4);
            else if (value.endsWith(":80"))
                value.chop(3);
        }
        auto it = map.find(name);
        if (it == map.end())
            map.insert(name, value);
        else
            *it += ',' + value;
    }
    return map;
}
}

QByteArray VolcengineSigner::formatDate(const QDateTime &utc)
{
    return utc.toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'")).toLatin1();
}

SignedParts VolcengineSigner::sign(const SigningRequest &request, const Credentials &credentials,
                                   const QString &region, const QString &service, const QByteArray &xDate)
{
    SignedParts p;
    p.payloadHash = request.hashedPayload ? *request.hashedPayload : Crypto::sha256Hex(request.body);
    p.canonicalQuery = PercentEncoding::canonicalQuery(request.query);

    const auto headers = canonicalHeaderMap(request.headers);
    QByteArray canonicalHeaders;
    QByteArrayList names;
    for (auto it = headers.cbegin(); it != headers.cend(); ++it) {
        canonicalHeaders += it.key() + ':' + it.value() + '\n';
        names.append(it.key());
    }
    p.signedHeaders = names.join(';');

    p.canonicalRequest = request.method.toUpper() + '\n' + PercentEncoding::canonicalPath(request.path) + '\n'
                         + p.canonicalQuery + '\n' + canonicalHeaders + '\n' + p.signedHeaders + '\n' + p.payloadHash;
    p.canonicalRequestSha256 = Crypto::sha256Hex(p.canonicalRequest);

    const QByteArray shortDate = xDate.left(8);
    p.credentialScope = shortDate + '/' + region.toUtf8() + '/' + service.toUtf8() + "/request";
    p.stringToSign = "HMAC-SHA256\n" + xDate + '\n' + p.credentialScope + '\n' + p.canonicalRequestSha256;

    // The signing key depends only on (secret, date, region, service): derived once per day and scope, kept in
    // memory only (one entry per thread; 4 HMACs less per request).
    struct DerivedKey
    {
        QString secret;
        QByteArray date;
        QString region;
        QString service;
        QByteArray key;
    };
    thread_local DerivedKey cached;
    if (cached.key.isEmpty() || cached.date != shortDate || cached.secret != credentials.secret
        || cached.region != region || cached.service != service) {
        const QByteArray kDate = Crypto::hmacSha256(credentials.secret.toUtf8(), shortDate);
        const QByteArray kRegion = Crypto::hmacSha256(kDate, region.toUtf8());
        const QByteArray kService = Crypto::hmacSha256(kRegion, service.toUtf8());
        cached = DerivedKey{credentials.secret, shortDate, region, service,
                            Crypto::hmacSha256(kService, QByteArrayLiteral("request"))};
    }
    const QByteArray kSigning = cached.key;
    p.signingKeyHex = kSigning.toHex();
    p.signature = Crypto::hmacSha256(kSigning, p.stringToSign).toHex();
    p.authorization = "HMAC-SHA256 Credential=" + credentials.accessKeyId.toUtf8() + '/' + p.credentialScope
                      + ", SignedHeaders=" + p.signedHeaders + ", Signature=" + p.signature;
    return p;
}

HeaderList VolcengineSigner::signJsonPost(const QString &hostHeader, const QueryItems &query, const QByteArray &body,
                                          const QByteArray &contentType, const Credentials &credentials,
                                          const QString &region, const QString &service, const QDateTime &nowUtc,
                                          SignedParts *parts)
{
    const QByteArray xDate = formatDate(nowUtc);
    const QByteArray payloadHash = Crypto::sha256Hex(body);
    HeaderList headers{
        {QByteArrayLiteral("Content-Type"), contentType},
        {QByteArrayLiteral("Host"), hostHeader.toUtf8()},
        {QByteArrayLiteral("X-Content-Sha256"), payloadHash},
        {QByteArrayLiteral("X-Date"), xDate},
    };
    if (!credentials.sessionToken.isEmpty())
        headers.append({QByteArrayLiteral("X-Security-Token"), credentials.sessionToken.toUtf8()});

    SigningRequest request;
    request.method = "POST";
    request.path = QStringLiteral("/");
    request.query = query;
    request.headers = headers;
    request.body = body;
    request.hashedPayload = payloadHash;
    const SignedParts p = sign(request, credentials, region, service, xDate);
    if (parts)
        *parts = p;
    headers.append({QByteArrayLiteral("Authorization"), p.authorization});
    return headers;
}
