// SPDX-License-Identifier: GPL-3.0-or-later
#include "SsoProvisioning.h"

#include "JsonUtil.h"
#include "JsonWriter.h"
#include "TimeFormat.h"

namespace emu {

void SsoProvisioning::writeJson(JsonWriter &w, int flags) const
{
    w.beginObject()
        .field("UserProvisioningId", id)
        .field("DirectoryId", directoryId)
        .field("OwnerPk", ownerPk)
        .field("PrincipalId", principalId)
        .field("PrincipalName", principalName)
        .field("PrincipalType", principalType)
        .field("TargetId", targetId)
        .field("TargetName", targetName)
        .field("TargetPath", targetPath)
        .field("TargetType", targetType)
        .field("DeletionStrategy", deletionStrategy)
        .field("DuplicationStrategy", duplicationStrategy)
        .field("Status", status)
        .field("Description", description)
        .field("CreateTime", TimeFormat::utc(createTime))
        .field("UpdateTime", TimeFormat::utc(updateTime));
    if (flags & State)
        w.field("_seq", seq);
    w.endObject();
}

QJsonObject SsoProvisioning::toJson() const
{
    JsonWriter w;
    writeJson(w);
    return w.toObject();
}

QJsonObject SsoProvisioning::toState() const
{
    JsonWriter w;
    writeJson(w, State);
    return w.toObject();
}

SsoProvisioning SsoProvisioning::fromState(const QJsonObject &o)
{
    SsoProvisioning p;
    p.id = o.value(QStringLiteral("UserProvisioningId")).toString();
    p.directoryId = o.value(QStringLiteral("DirectoryId")).toString();
    p.ownerPk = o.value(QStringLiteral("OwnerPk")).toString();
    p.principalId = o.value(QStringLiteral("PrincipalId")).toString();
    p.principalName = o.value(QStringLiteral("PrincipalName")).toString();
    p.principalType = o.value(QStringLiteral("PrincipalType")).toString();
    p.targetId = o.value(QStringLiteral("TargetId")).toString();
    p.targetName = o.value(QStringLiteral("TargetName")).toString();
    p.targetPath = o.value(QStringLiteral("TargetPath")).toString();
    p.targetType = o.value(QStringLiteral("TargetType")).toString();
    p.deletionStrategy = o.value(QStringLiteral("DeletionStrategy")).toString();
    p.duplicationStrategy = o.value(QStringLiteral("DuplicationStrategy")).toString();
    p.status = o.value(QStringLiteral("Status")).toString();
    p.description = o.value(QStringLiteral("Description")).toString();
    p.createTime = JsonUtil::time(o, QStringLiteral("CreateTime"));
    p.updateTime = JsonUtil::time(o, QStringLiteral("UpdateTime"));
    p.seq = qint64(o.value(QStringLiteral("_seq")).toDouble());
    return p;
}

} // namespace emu
