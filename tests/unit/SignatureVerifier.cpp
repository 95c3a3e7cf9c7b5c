// SPDX-License-Identifier: GPL-3.0-or-later
#include "SignatureVerifier.h"

#include "api/AcsSigner.h"
#include "api/Crypto.h"
#include "api/PercentEncoding.h"
#include "api/VolcengineSigner.h"

#include <QHash>

QString SignatureVerifier::check(const ScriptedHttpServer::Request &req, const Credentials &cred, Service service)
{
    const QByteArray auth = req.header("Authorization");
    if (auth.isEmpty())
        return QStringLiteral("no Authorization header");
    const int sp = auth.indexOf(' ');
    const QByteArray algorithm = auth.left(sp);
    QHash<QByteArray, QByteArray> fields;
    for (QByteArray part : auth.mid(sp + 1).split(',')) {
        part = part.trimmed();
        const int eq = part.indexOf('=');
        fields.insert(part.left(eq), part.mid(eq + 1));
    }
    SigningRequest sr;
    sr.method = req.method;
    sr.path = QString::fromUtf8(QByteArray::fromPercentEncoding(req.path()));
    sr.query = req.queryItems();
    sr.body = req.body;
    for (const QByteArray &name : fields.value("SignedHeaders").split(';')) {
        if (!req.hasHeader(name))
            return QStringLiteral("signed header %1 is not on the wire").arg(QString::fromLatin1(name));
        sr.headers.append({name, req.header(name)});
    }
    // The network stack must not re-encode the query: the wire carries exactly the canonical query.
    if (PercentEncoding::canonicalQuery(sr.query) != req.rawQuery())
        return QStringLiteral("query on the wire %1 is not the canonical query %2")
            .arg(QString::fromLatin1(req.rawQuery()), QString::fromLatin1(PercentEncoding::canonicalQuery(sr.query)));
    SignedParts p;
    if (ServiceCatalog::algorithm(service) == SigningAlgorithm::VolcengineHmacSha256) {
        if (algorithm != "HMAC-SHA256")
            return QStringLiteral("wrong algorithm %1").arg(QString::fromLatin1(algorithm));
        const QList<QByteArray> scope = fields.value("Credential").split('/');
        if (scope.size() != 5 || scope.at(0) != cred.accessKeyId.toUtf8() || scope.at(4) != "request")
            return QStringLiteral("bad credential scope %1").arg(QString::fromLatin1(fields.value("Credential")));
        if (scope.at(3) != ServiceCatalog::name(service).toUtf8())
            return QStringLiteral("scope names service %1").arg(QString::fromLatin1(scope.at(3)));
        if (scope.at(1) != req.header("X-Date").left(8))
            return QStringLiteral("scope date differs from X-Date");
        if (req.header("X-Content-Sha256") != Crypto::sha256Hex(req.body))
            return QStringLiteral("X-Content-Sha256 is not the hash of the body sent");
        p = VolcengineSigner::sign(sr, cred, QString::fromLatin1(scope.at(2)), QString::fromLatin1(scope.at(3)),
                                   req.header("X-Date"));
    } else {
        if (algorithm != "ACS3-HMAC-SHA256")
            return QStringLiteral("wrong algorithm %1").arg(QString::fromLatin1(algorithm));
        if (fields.value("Credential") != cred.accessKeyId.toUtf8())
            return QStringLiteral("credential %1 is not the access key").arg(QString::fromLatin1(fields.value("Credential")));
        if (req.header("x-acs-content-sha256") != Crypto::sha256Hex(req.body))
            return QStringLiteral("x-acs-content-sha256 is not the hash of the body sent");
        p = AcsSigner::sign(sr, cred);
    }
    if (p.authorization != auth)
        return QStringLiteral("Authorization mismatch\n wire:       %1\n recomputed: %2\n canonical request:\n%3")
            .arg(QString::fromLatin1(auth), QString::fromLatin1(p.authorization), QString::fromUtf8(p.canonicalRequest));
    return {};
}
