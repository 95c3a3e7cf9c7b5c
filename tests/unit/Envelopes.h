// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ScriptedHttpServer.h"
#include "api/ServiceCatalog.h"
#include <QJsonObject>
#include <QString>

// Response bodies in the two clouds' envelopes, for scripted servers (api/README.md §3).
class Envelopes
{
public:
    // {"ResponseMetadata":{RequestId,…},"Result":result}
    static QJsonObject volcOk(const QJsonObject &result, const QString &requestId = QStringLiteral("REQ-VOLC-OK"));
    // {"ResponseMetadata":{RequestId,…,"Error":{"Code","Message"[,"CodeN"]}}}
    static QJsonObject volcError(const QString &code, const QString &message,
                                 const QString &requestId = QStringLiteral("REQ-VOLC-ERR"), int codeN = 0);
    // The body plus RequestId.
    static QJsonObject acsOk(QJsonObject body,
                             const QString &requestId = QStringLiteral("EE598602-AC67-56EF-B7CC-2927C30AA0A8"));
    // {"RequestId","HostId","Code","Message","Recommend"}
    static QJsonObject acsError(const QString &code, const QString &message,
                                const QString &requestId = QStringLiteral("6B1B0C4B-7F5C-5A1E-9D1B-0A3C2E4F5A6B"));
    // A 200 answer in the envelope of the service.
    static ScriptedHttpServer::Response ok(Service service, const QJsonObject &payload = {});
};
