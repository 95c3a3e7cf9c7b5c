// SPDX-License-Identifier: GPL-3.0-or-later
#include "Envelopes.h"

QJsonObject Envelopes::volcOk(const QJsonObject &result, const QString &requestId)
{
    return QJsonObject{{QStringLiteral("ResponseMetadata"),
                        QJsonObject{{QStringLiteral("RequestId"), requestId},
                                    {QStringLiteral("Action"), QStringLiteral("Action")},
                                    {QStringLiteral("Version"), QStringLiteral("2023-01-01")},
                                    {QStringLiteral("Service"), QStringLiteral("cloudidentity")},
                                    {QStringLiteral("Region"), QStringLiteral("cn-beijing")}}},
                       {QStringLiteral("Result"), result}};
}

QJsonObject Envelopes::volcError(const QString &code, const QString &message, const QString &requestId, int codeN)
{
    QJsonObject error{{QStringLiteral("Code"), code}, {QStringLiteral("Message"), message}};
    if (codeN)
        error.insert(QStringLiteral("CodeN"), codeN);
    return QJsonObject{{QStringLiteral("ResponseMetadata"),
                        QJsonObject{{QStringLiteral("RequestId"), requestId},
                                    {QStringLiteral("Action"), QStringLiteral("Action")},
                                    {QStringLiteral("Version"), QStringLiteral("2023-01-01")},
                                    {QStringLiteral("Service"), QStringLiteral("cloudidentity")},
                                    {QStringLiteral("Region"), QStringLiteral("cn-beijing")},
                                    {QStringLiteral("Error"), error}}}};
}

QJsonObject Envelopes::acsOk(QJsonObject body, const QString &requestId)
{
    body.insert(QStringLiteral("RequestId"), requestId);
    return body;
}

QJsonObject Envelopes::acsError(const QString &code, const QString &message, const QString &requestId)
{
    return QJsonObject{{QStringLiteral("RequestId"), requestId},
                       {QStringLiteral("HostId"), QStringLiteral("cloudsso.cn-shanghai.aliyuncs.com")},
                       {QStringLiteral("Code"), code},
                       {QStringLiteral("Message"), message},
                       {QStringLiteral("Recommend"), QStringLiteral("https://api.alibabacloud.com/troubleshoot?q=") + code}};
}

ScriptedHttpServer::Response Envelopes::ok(Service service, const QJsonObject &payload)
{
    return ScriptedHttpServer::Response::json(200, service == Service::CloudSso ? acsOk(payload) : volcOk(payload));
}
