// SPDX-License-Identifier: GPL-3.0-or-later
#include "EnvelopeBuilder.h"

#include "JsonWriter.h"

#include <QRandomGenerator>
#include <QUrl>

namespace emu {

EnvelopeBuilder::EnvelopeBuilder() : m_rng(QRandomGenerator::system()->generate64()) {}

QString EnvelopeBuilder::volcRequestId(const QDateTime &now)
{
    static const char hex[] = "0123456789ABCDEF";
    QString id = now.toUTC().addSecs(8 * 3600).toString(QStringLiteral("yyyyMMddHHmmss"));
    quint64 a = m_rng();
    quint64 b = m_rng();
    for (int i = 0; i < 18; ++i) {
        quint64 &word = i < 16 ? a : b;
        id.append(QLatin1Char(hex[word & 0xf]));
        word >>= 4;
    }
    return id;
}

QString EnvelopeBuilder::acsRequestId()
{
    static const char hex[] = "0123456789ABCDEF";
    quint64 a = m_rng();
    quint64 b = m_rng();
    QString id;
    id.reserve(36);
    for (int i = 0; i < 32; ++i) {
        quint64 &word = i < 16 ? a : b;
        int nibble = int(word & 0xf);
        word >>= 4;
        if (i == 12)
            nibble = 5;
        if (i == 8 || i == 12 || i == 16 || i == 20)
            id.append(QLatin1Char('-'));
        id.append(QLatin1Char(hex[nibble]));
    }
    return id;
}

namespace {

QJsonObject metadata(const EnvelopeBuilder::VolcMeta &meta)
{
    return QJsonObject{{QStringLiteral("RequestId"), meta.requestId},
                       {QStringLiteral("Action"), meta.action},
                       {QStringLiteral("Version"), meta.version},
                       {QStringLiteral("Service"), meta.service},
                       {QStringLiteral("Region"), meta.region}};
}

} // namespace

HttpResponse EnvelopeBuilder::volcSuccess(const VolcMeta &meta, const ApiResult &result)
{
    JsonWriter w;
    w.beginObject().key("ResponseMetadata").beginObject();
    w.field("RequestId", meta.requestId)
        .field("Action", meta.action)
        .field("Version", meta.version)
        .field("Service", meta.service)
        .field("Region", meta.region);
    w.endObject().key("Result").raw(result.toJson()).endObject();
    HttpResponse r(200);
    r.setBody(w.take());
    r.setHeader("Content-Type", "application/json; charset=utf-8");
    return r;
}

HttpResponse EnvelopeBuilder::volcError(const VolcMeta &meta, int status, const QString &code, const QString &message,
                                        int codeN)
{
    QJsonObject error{{QStringLiteral("Code"), code}, {QStringLiteral("Message"), message}};
    if (codeN != 0)
        error.insert(QStringLiteral("CodeN"), codeN);
    QJsonObject md = metadata(meta);
    md.insert(QStringLiteral("Error"), error);
    HttpResponse r(status);
    r.setJson(QJsonObject{{QStringLiteral("ResponseMetadata"), md}});
    return r;
}

HttpResponse EnvelopeBuilder::acsSuccess(const QString &requestId, const ApiResult &fields)
{
    QByteArray body;
    JsonWriter::appendEscaped(body, requestId);
    body.prepend("{\"RequestId\":");
    const QByteArray rest = fields.toJson();
    if (rest.size() > 2)
        body += ',' + rest.mid(1);
    else
        body += '}';
    HttpResponse r(200);
    r.setBody(body);
    r.setHeader("Content-Type", "application/json; charset=utf-8");
    r.setHeader("x-acs-request-id", requestId.toLatin1());
    return r;
}

HttpResponse EnvelopeBuilder::acsError(const QString &requestId, const QString &hostId, int status,
                                       const QString &code, const QString &message)
{
    const QString recommend = QStringLiteral("https://api.alibabacloud.com/troubleshoot?intl_lang=EN_US&q=%1&product=cloudsso&requestId=%2")
                                  .arg(QString::fromLatin1(QUrl::toPercentEncoding(code)), requestId);
    HttpResponse r(status);
    r.setJson(QJsonObject{{QStringLiteral("RequestId"), requestId},
                          {QStringLiteral("HostId"), hostId},
                          {QStringLiteral("Code"), code},
                          {QStringLiteral("Message"), message},
                          {QStringLiteral("Recommend"), recommend}});
    r.setHeader("x-acs-request-id", requestId.toLatin1());
    return r;
}

} // namespace emu
