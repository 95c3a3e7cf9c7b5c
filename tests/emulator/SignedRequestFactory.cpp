// SPDX-License-Identifier: GPL-3.0-or-later
#include "SignedRequestFactory.h"

#include "AcsVerifier.h"
#include "CanonicalEncoding.h"
#include "CryptoUtil.h"
#include "VolcengineVerifier.h"

#include <QRandomGenerator>

#include <algorithm>

SignedRequestFactory::SignedRequestFactory(const QString &accessKeyId, const QByteArray &secret)
    : m_accessKeyId(accessKeyId), m_secret(secret)
{
}

QByteArray SignedRequestFactory::encodeQuery(const QList<QPair<QString, QString>> &params)
{
    QByteArray out;
    for (const auto &p : params) {
        if (!out.isEmpty())
            out += '&';
        out += emu::CanonicalEncoding::percentEncode(p.first.toUtf8()) + '='
               + emu::CanonicalEncoding::percentEncode(p.second.toUtf8());
    }
    return out;
}

emu::HttpRequest SignedRequestFactory::volc(const QString &action, const QString &version, const QString &service,
                                            const QByteArray &body, const QDateTime &when, const QString &region,
                                            const QList<QByteArray> &signedHeaders) const
{
    emu::HttpRequest r;
    r.setMethod("POST");
    r.setTarget("/?" + encodeQuery({{QStringLiteral("Action"), action}, {QStringLiteral("Version"), version}}));
    const QByteArray xDate = when.toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'")).toLatin1();
    const QByteArray hash = emu::CryptoUtil::sha256Hex(body);
    r.addHeader("Host", m_host);
    r.addHeader("Content-Type", "application/json");
    r.addHeader("X-Date", xDate);
    r.addHeader("X-Content-Sha256", hash);
    r.setBody(body);
    QList<QByteArray> names = signedHeaders.isEmpty()
                                  ? QList<QByteArray>{"content-type", "host", "x-content-sha256", "x-date"}
                                  : signedHeaders;
    std::sort(names.begin(), names.end());
    const QByteArray headersBlock = emu::VolcengineVerifier::canonicalHeaders(r.headers(), names);
    const QByteArray canonical = emu::VolcengineVerifier::canonicalRequest(
        "POST", "/", emu::CanonicalEncoding::canonicalQuery(r.decodedQuery()), headersBlock, names.join(';'), hash);
    const QByteArray shortDate = xDate.left(8);
    const QByteArray scope = emu::VolcengineVerifier::credentialScope(shortDate, region, service);
    const QByteArray key = emu::VolcengineVerifier::signingKey(m_secret, shortDate, region, service);
    const QByteArray signature
        = emu::VolcengineVerifier::signatureHex(key, emu::VolcengineVerifier::stringToSign(xDate, scope, canonical));
    r.addHeader("Authorization", "HMAC-SHA256 Credential=" + m_accessKeyId.toUtf8() + '/' + scope
                                     + ", SignedHeaders=" + names.join(';') + ", Signature=" + signature);
    return r;
}

emu::HttpRequest SignedRequestFactory::volcGet(const QString &action, const QString &version, const QString &service,
                                               const QList<QPair<QString, QString>> &params, const QDateTime &when) const
{
    emu::HttpRequest r;
    r.setMethod("GET");
    QList<QPair<QString, QString>> all{{QStringLiteral("Action"), action}, {QStringLiteral("Version"), version}};
    all += params;
    r.setTarget("/?" + encodeQuery(all));
    const QByteArray xDate = when.toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'")).toLatin1();
    r.addHeader("Host", m_host);
    r.addHeader("X-Date", xDate);
    const QList<QByteArray> names{"host", "x-date"};
    const QByteArray canonical = emu::VolcengineVerifier::canonicalRequest(
        "GET", "/", emu::CanonicalEncoding::canonicalQuery(r.decodedQuery()),
        emu::VolcengineVerifier::canonicalHeaders(r.headers(), names), names.join(';'),
        emu::CryptoUtil::sha256Hex(QByteArray()));
    const QByteArray shortDate = xDate.left(8);
    const QByteArray scope = emu::VolcengineVerifier::credentialScope(shortDate, QStringLiteral("cn-beijing"), service);
    const QByteArray key = emu::VolcengineVerifier::signingKey(m_secret, shortDate, QStringLiteral("cn-beijing"), service);
    const QByteArray signature
        = emu::VolcengineVerifier::signatureHex(key, emu::VolcengineVerifier::stringToSign(xDate, scope, canonical));
    r.addHeader("Authorization", "HMAC-SHA256 Credential=" + m_accessKeyId.toUtf8() + '/' + scope
                                     + ", SignedHeaders=host;x-date, Signature=" + signature);
    return r;
}

emu::HttpRequest SignedRequestFactory::acs(const QString &action, const QList<QPair<QString, QString>> &params,
                                           const QDateTime &when, const QByteArray &nonce, const QString &version,
                                           const QByteArray &contentType) const
{
    emu::HttpRequest r;
    r.setMethod("POST");
    r.setTarget("/?" + encodeQuery(params));
    const QByteArray hash = emu::CryptoUtil::sha256Hex(QByteArray());
    const QByteArray usedNonce = nonce.isEmpty()
                                     ? QByteArray::number(QRandomGenerator::global()->generate64(), 16)
                                           + QByteArray::number(QRandomGenerator::global()->generate64(), 16)
                                     : nonce;
    r.addHeader("Host", m_host);
    r.addHeader("x-acs-action", action.toUtf8());
    r.addHeader("x-acs-version", version.toUtf8());
    r.addHeader("x-acs-date", when.toUTC().toString(QStringLiteral("yyyy-MM-dd'T'HH:mm:ss'Z'")).toLatin1());
    r.addHeader("x-acs-signature-nonce", usedNonce);
    r.addHeader("x-acs-content-sha256", hash);
    QList<QByteArray> names{"host", "x-acs-action", "x-acs-content-sha256", "x-acs-date", "x-acs-signature-nonce",
                            "x-acs-version"};
    if (!contentType.isEmpty()) {
        r.addHeader("Content-Type", contentType);
        names.prepend("content-type");
    }
    const QByteArray headersBlock = emu::AcsVerifier::canonicalHeaders(r.headers(), names);
    const QByteArray canonical = emu::AcsVerifier::canonicalRequest(
        "POST", "/", emu::CanonicalEncoding::canonicalQuery(r.decodedQuery()), headersBlock, names.join(';'), hash);
    const QByteArray signature = emu::AcsVerifier::signatureHex(m_secret, emu::AcsVerifier::stringToSign(canonical));
    r.addHeader("Authorization", "ACS3-HMAC-SHA256 Credential=" + m_accessKeyId.toUtf8()
                                     + ",SignedHeaders=" + names.join(';') + ",Signature=" + signature);
    return r;
}
