// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/ResponseParser.h"

#include <cmath>

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("ResponseParser", text);
}

QString stringOf(const QJsonValue &v)
{
    if (v.isString())
        return v.toString();
    if (v.isDouble()) {
        const double d = v.toDouble();   // a number where a string belongs: convert only what fits
        if (std::isfinite(d) && std::abs(d) < 9.0e18)
            return QString::number(qint64(d));
        return QString::number(d, 'g', 17);
    }
    return {};
}
}

QString ResponseParser::excerpt(const QByteArray &body)
{
    QString s = QString::fromUtf8(body.left(160)).simplified();
    if (body.size() > 160)
        s += QStringLiteral("…");
    return s;
}

ApiResult ResponseParser::parse(Service service, const QString &action, int status, const QByteArray &body,
                                const QByteArray &retryAfterHeader)
{
    ApiResult r;
    r.httpStatus = status;
    ApiError &e = r.error;
    e.service = ServiceCatalog::name(service);
    e.action = action;
    e.httpStatus = status;

    const bool volc = ServiceCatalog::algorithm(service) == SigningAlgorithm::VolcengineHmacSha256;
    QJsonParseError perr;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &perr);
    if (body.trimmed().isEmpty()) {
        e.kind = status >= 500 ? ApiError::Kind::Api : ApiError::Kind::MalformedResponse;
        e.code = status >= 500 ? QStringLiteral("ServiceUnavailable") : QStringLiteral("EmptyResponse");
        e.message = tr("HTTP %1 with an empty body: the service is unavailable.").arg(status);
    } else if (perr.error != QJsonParseError::NoError || !doc.isObject()) {
        e.kind = ApiError::Kind::MalformedResponse;
        e.code = QStringLiteral("MalformedResponse");
        e.message = tr("HTTP %1: the response is not the expected JSON: \"%2\"").arg(status).arg(excerpt(body));
    } else if (volc) {
        const QJsonObject obj = doc.object();
        const QJsonObject meta = obj.value(QLatin1String("ResponseMetadata")).toObject();
        const QJsonObject err = meta.value(QLatin1String("Error")).toObject();
        r.requestId = stringOf(meta.value(QLatin1String("RequestId")));
        if (!stringOf(err.value(QLatin1String("Code"))).isEmpty()) {
            e.kind = ApiError::Kind::Api;
            e.code = stringOf(err.value(QLatin1String("Code")));
            e.message = err.value(QLatin1String("Message")).toString();
            e.codeN = err.value(QLatin1String("CodeN")).toInt();
        } else if (!obj.contains(QLatin1String("ResponseMetadata"))
                   && (obj.contains(QLatin1String("errorcode")) || obj.contains(QLatin1String("HTTPCode")))) {
            e.kind = ApiError::Kind::Api;
            e.code = stringOf(obj.value(QLatin1String("errorcode")));
            if (e.code.isEmpty())
                e.code = QStringLiteral("HTTP%1").arg(status);
            e.message = obj.value(QLatin1String("message")).toString();
        } else if (status >= 200 && status < 300 && meta.contains(QLatin1String("RequestId"))) {
            r.ok = true;
            r.result = obj.value(QLatin1String("Result")).toObject();
        } else if (status >= 500 && meta.contains(QLatin1String("RequestId"))) {
            e.kind = ApiError::Kind::Api;
            e.code = QStringLiteral("HTTP%1").arg(status);
            e.message = tr("HTTP %1 without an error code.").arg(status);
        } else {
            e.kind = ApiError::Kind::MalformedResponse;
            e.code = QStringLiteral("MalformedResponse");
            e.message = tr("HTTP %1: the response is not a valid envelope: \"%2\"").arg(status).arg(excerpt(body));
        }
    } else {
        const QJsonObject obj = doc.object();
        r.requestId = stringOf(obj.value(QLatin1String("RequestId")));
        const QString code = obj.contains(QLatin1String("Code")) ? stringOf(obj.value(QLatin1String("Code")))
                                                                 : stringOf(obj.value(QLatin1String("code")));
        if (status >= 200 && status < 300 && code.isEmpty()) {
            r.ok = true;
            r.result = obj;
            r.result.remove(QLatin1String("RequestId"));
        } else {
            e.kind = ApiError::Kind::Api;
            e.code = code.isEmpty() ? QStringLiteral("HTTP%1").arg(status) : code;
            e.message = obj.contains(QLatin1String("Message")) ? obj.value(QLatin1String("Message")).toString()
                                                               : obj.value(QLatin1String("message")).toString();
        }
    }
    e.requestId = r.requestId;
    bool okRa = false;
    const int retryAfter = retryAfterHeader.trimmed().toInt(&okRa);
    if (r.ok)
        e = ApiError();
    else if (okRa && retryAfter > 0)
        e.retryAfterSeconds = qMin(retryAfter, 3600);
    return r;
}
