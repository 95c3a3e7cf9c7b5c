// SPDX-License-Identifier: GPL-3.0-or-later
#include "SsoProvisioningEvent.h"

#include "JsonUtil.h"
#include "JsonWriter.h"
#include "TimeFormat.h"

namespace emu {

void SsoProvisioningEvent::writeJson(JsonWriter &w, int flags) const
{
    w.beginObject()
        .field("EventId", id)
        .field("UserProvisioningId", provisioningId)
        .field("DirectoryId", directoryId)
        .field("PrincipalId", principalId)
        .field("PrincipalName", principalName)
        .field("PrincipalType", principalType)
        .field("TargetId", targetId)
        .field("TargetName", targetName)
        .field("TargetPath", targetPath)
        .field("TargetType", targetType)
        .field("SourceType", sourceType)
        .field("DeletionStrategy", deletionStrategy)
        .field("DuplicationStrategy", duplicationStrategy)
        .field("ErrorCount", errorCount)
        .field("ErrorInfo", errorInfo)
        .field("LatestAsyncTime", TimeFormat::utc(latestAsyncTime))
        .field("CreateTime", TimeFormat::utc(createTime))
        .field("UpdateTime", TimeFormat::utc(updateTime));
    if (flags & State)
        w.field("_failed", failed).field("_retryCount", retryCount).field("_seq", seq);
    w.endObject();
}

QJsonObject SsoProvisioningEvent::toJson() const
{
    JsonWriter w;
    writeJson(w);
    return w.toObject();
}

QJsonObject SsoProvisioningEvent::toState() const
{
    JsonWriter w;
    writeJson(w, State);
    return w.toObject();
}

SsoProvisioningEvent SsoProvisioningEvent::fromState(const QJsonObject &o)
{
    SsoProvisioningEvent e;
    e.id = o.value(QStringLiteral("EventId")).toString();
    e.provisioningId = o.value(QStringLiteral("UserProvisioningId")).toString();
    e.directoryId = o.value(QStringLiteral("DirectoryId")).toString();
    e.principalId = o.value(QStringLiteral("PrincipalId")).toString();
    e.principalName = o.value(QStringLiteral("PrincipalName")).toString();
    e.principalType = o.value(QStringLiteral("PrincipalType")).toString();
    e.targetId = o.value(QStringLiteral("TargetId")).toString();
    e.targetName = o.value(QStringLiteral("TargetName")).toString();
    e.targetPath = o.value(QStringLiteral("TargetPath")).toString();
    e.targetType = o.value(QStringLiteral("TargetType")).toString();
    e.sourceType = o.value(QStringLiteral("SourceType")).toString();
    e.deletionStrategy = o.value(QStringLiteral("DeletionStrategy")).toString();
    e.duplicationStrategy = o.value(QStringLiteral("DuplicationStrategy")).toString();
    e.errorCount = qint64(o.value(QStringLiteral("ErrorCount")).toDouble());
    e.errorInfo = o.value(QStringLiteral("ErrorInfo")).toString();
    e.latestAsyncTime = JsonUtil::time(o, QStringLiteral("LatestAsyncTime"));
    e.failed = o.value(QStringLiteral("_failed")).toBool(true);
    e.retryCount = o.value(QStringLiteral("_retryCount")).toInt();
    e.createTime = JsonUtil::time(o, QStringLiteral("CreateTime"));
    e.updateTime = JsonUtil::time(o, QStringLiteral("UpdateTime"));
    e.seq = qint64(o.value(QStringLiteral("_seq")).toDouble());
    return e;
}

} // namespace emu
