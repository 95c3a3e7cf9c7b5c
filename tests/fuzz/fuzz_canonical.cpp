// SPDX-License-Identifier: GPL-3.0-or-later
// Signers' canonicalisation: arbitrary query keys/values, headers, bodies and JSON parameters (CloudSSO flattening).
#include "api/AcsSigner.h"
#include "api/ApiClient.h"
#include "api/PercentEncoding.h"
#include "api/VolcengineSigner.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));
    const QList<QByteArray> parts = input.split('\n');
    SigningRequest req;
    req.method = parts.value(0);
    req.path = QString::fromUtf8(parts.value(1));
    for (int i = 2; i + 1 < parts.size() && i < 12; i += 2)
        req.query.append({QString::fromUtf8(parts.at(i)), QString::fromUtf8(parts.at(i + 1))});
    for (int i = 12; i + 1 < parts.size() && i < 20; i += 2)
        req.headers.append({parts.at(i), parts.at(i + 1)});
    req.body = input;
    const Credentials c{QStringLiteral("AK"), QString::fromUtf8(parts.value(0)), QString()};

    const QByteArray encoded = PercentEncoding::encode(QString::fromUtf8(input));
    for (char ch : encoded) {
        const bool ok = (ch >= 'A' && ch <= 'Z') || (ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9') || ch == '-'
                        || ch == '_' || ch == '.' || ch == '~' || ch == '%';
        if (!ok)
            __builtin_trap(); // only unreserved characters and escapes may appear
    }
    const SignedParts v = VolcengineSigner::sign(req, c, QStringLiteral("cn-beijing"), QStringLiteral("id"), "20250101T000000Z");
    const SignedParts a = AcsSigner::sign(req, c);
    if (v.signature.size() != 64 || a.signature.size() != 64)
        __builtin_trap();

    const QJsonDocument doc = QJsonDocument::fromJson(input);
    if (doc.isObject()) {
        const QueryItems items = ApiClient::flattenParams(doc.object());
        (void)PercentEncoding::canonicalQuery(items);
    }
    return 0;
}
