// SPDX-License-Identifier: GPL-3.0-or-later
#include "CiProvisioningEvent.h"

#include "JsonUtil.h"
#include "JsonWriter.h"
#include "TimeFormat.h"

namespace emu {

bool CiProvisioningEvent::isFailed() const
{
    return eventStatus == QLatin1String("ProvisionFailed") || eventStatus == QLatin1String("DeleteProvisionFailed");
}

void CiProvisioningEvent::writeJson(JsonWriter &w, int flags) const
{
    w.beginObject()
        .field("UserProvisioningEventId", id)
        .field("UserProvisioningId", provisioningId)
        .field("UserId", userId)
        .field("UserName", userName)
        .field("FailureReason", failureReason)
        .field("TargetId", targetId)
        .field("TargetName", targetName)
        .field("Description", description)
        .field("CreatedTime", TimeFormat::beijing(createdTime))
        .field("UpdatedTime", TimeFormat::beijing(updatedTime))
        .field("PrincipalType", principalType)
        .field("EventStatus", eventStatus);
    if (flags & State)
        w.field("_userDisplayName", userDisplayName).field("_retryCount", retryCount).field("_seq", seq);
    w.endObject();
}

QJsonObject CiProvisioningEvent::toJson() const
{
    JsonWriter w;
    writeJson(w);
    return w.toObject();
}

QJsonObject CiProvisioningEvent::toState() const
{
    JsonWriter w;
    writeJson(w, State);
    return w.toObject();
}

CiProvisioningEvent CiProvisioningEvent::fromState(const QJsonObject &o)
{
    CiProvisioningEvent e;
    e.id = o.value(QStringLiteral("UserProvisioningEventId")).toString();
    e.provisioningId = o.value(QStringLiteral("UserProvisioningId")).toString();
    e.userId = o.value(QStringLiteral("UserId")).toString();
    e.userName = o.value(QStringLiteral("UserName")).toString();
    e.userDisplayName = o.value(QStringLiteral("_userDisplayName")).toString();
    e.failureReason = o.value(QStringLiteral("FailureReason")).toString();
    e.targetId = o.value(QStringLiteral("TargetId")).toString();
    e.targetName = o.value(QStringLiteral("TargetName")).toString();
    e.description = o.value(QStringLiteral("Description")).toString();
    e.principalType = o.value(QStringLiteral("PrincipalType")).toString();
    e.eventStatus = o.value(QStringLiteral("EventStatus")).toString();
    e.retryCount = o.value(QStringLiteral("_retryCount")).toInt();
    e.createdTime = JsonUtil::time(o, QStringLiteral("CreatedTime"));
    e.updatedTime = JsonUtil::time(o, QStringLiteral("UpdatedTime"));
    e.seq = qint64(o.value(QStringLiteral("_seq")).toDouble());
    return e;
}

} // namespace emu
