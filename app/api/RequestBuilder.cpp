// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/RequestBuilder.h"

#include "api/AcsSigner.h"
#include "api/PercentEncoding.h"
#include "api/VolcengineSigner.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <cmath>

namespace {
const QByteArray VolcContentType = QByteArrayLiteral("application/json; charset=UTF-8");

QString scalarToString(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Bool: return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double: {
        const double d = v.toDouble();
        if (std::floor(d) == d && std::abs(d) < 9007199254740992.0)
            return QString::number(qint64(d));
        return QString::number(d, 'g', 17);
    }
    case QJsonValue::String: return v.toString();
    default: return {};
    }
}

void flattenInto(QueryItems &out, const QString &prefix, const QJsonValue &value)
{
    if (value.isObject()) {
        const QJsonObject o = value.toObject();
        for (auto it = o.begin(); it != o.end(); ++it)
            flattenInto(out, prefix.isEmpty() ? it.key() : prefix + QLatin1Char('.') + it.key(), it.value());
    } else if (value.isArray()) {
        const QJsonArray a = value.toArray();
        for (int i = 0; i < a.size(); ++i)
            flattenInto(out, prefix + QLatin1Char('.') + QString::number(i + 1), a.at(i));
    } else if (!value.isNull() && !value.isUndefined()) {
        out.append({prefix, scalarToString(value)});
    }
}
} // namespace

QString RequestBuilder::hostHeader(const QUrl &url)
{
    QString host = url.host(QUrl::FullyEncoded);
    if (host.contains(QLatin1Char(':')))
        host = QLatin1Char('[') + host + QLatin1Char(']');
    const int port = url.port();
    if (port > 0 && port != 80 && port != 443)
        host += QLatin1Char(':') + QString::number(port);
    return host;
}

QueryItems RequestBuilder::flattenParams(const QJsonObject &params)
{
    QueryItems items;
    for (auto it = params.begin(); it != params.end(); ++it)
        flattenInto(items, it.key(), it.value());
    return items;
}

PreparedRequest RequestBuilder::build(Service service, const QString &action, const QJsonObject &params,
                                      const Target &target, const Credentials &credentials, const QDateTime &now,
                                      const QByteArray &nonce)
{
    PreparedRequest p;
    p.method = "POST";
    const QString host = hostHeader(target.endpoint);
    QueryItems query;
    if (ServiceCatalog::algorithm(service) == SigningAlgorithm::VolcengineHmacSha256) {
        query = {{QStringLiteral("Action"), action}, {QStringLiteral("Version"), ServiceCatalog::version(service)}};
        p.body = QJsonDocument(params).toJson(QJsonDocument::Compact);
        p.headers = VolcengineSigner::signJsonPost(host, query, p.body, VolcContentType, credentials,
                                                   target.signingRegion, ServiceCatalog::name(service), now, &p.parts);
    } else {
        query = flattenParams(params);
        p.headers = AcsSigner::signRpc(p.method, host, query, p.body, action, ServiceCatalog::version(service),
                                       credentials, now, nonce, &p.parts);
    }
    QUrl url = target.endpoint;
    if (url.path().isEmpty())
        url.setPath(QStringLiteral("/"));
    // Send exactly the canonical (signed) query string.
    url.setQuery(QString::fromLatin1(PercentEncoding::canonicalQuery(query)), QUrl::StrictMode);
    p.url = url;
    return p;
}
