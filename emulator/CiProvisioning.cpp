// SPDX-License-Identifier: GPL-3.0-or-later
#include "CiProvisioning.h"

#include "JsonUtil.h"
#include "JsonWriter.h"
#include "TimeFormat.h"

namespace emu {

void CiProvisioning::writeJson(JsonWriter &w, int flags) const
{
    w.beginObject()
        .field("UserProvisioningId", id)
        .field("PrincipalType", principalType)
        .field("PrincipalId", principalId)
        .field("PrincipalName", principalName)
        .field("TargetId", targetId)
        .field("Description", description)
        .field("IdentitySourceStrategy", identitySourceStrategy)
        .field("DuplicationStrategy", duplicationStrategy)
        .field("DuplicationSuffix", duplicationSuffix)
        .field("DeletionStrategy", deletionStrategy)
        .field("ProvisionStatus", provisionStatus)
        .field("CreatedTime", TimeFormat::beijing(createdTime))
        .field("UpdatedTime", TimeFormat::beijing(updatedTime));
    if (flags & State)
        w.field("Remark", remark).field("_seq", seq);
    w.endObject();
}

QJsonObject CiProvisioning::toJson() const
{
    JsonWriter w;
    writeJson(w);
    return w.toObject();
}

QJsonObject CiProvisioning::toCreateResult() const
{
    return QJsonObject{{QStringLiteral("UserProvisioningId"), id},
                       {QStringLiteral("PrincipalType"), principalType},
                       {QStringLiteral("PrincipalId"), principalId},
                       {QStringLiteral("TargetId"), targetId},
                       {QStringLiteral("Description"), description},
                       {QStringLiteral("IdentitySourceStrategy"), identitySourceStrategy},
                       {QStringLiteral("DuplicationStrategy"), duplicationStrategy},
                       {QStringLiteral("DuplicationSuffix"), duplicationSuffix},
                       {QStringLiteral("DeletionStrategy"), deletionStrategy},
                       {QStringLiteral("ProvisionStatus"), provisionStatus},
                       {QStringLiteral("Remark"), remark}};
}

QJsonObject CiProvisioning::toState() const
{
    JsonWriter w;
    writeJson(w, State);
    return w.toObject();
}

CiProvisioning CiProvisioning::fromState(const QJsonObject &o)
{
    CiProvisioning p;
    p.id = o.value(QStringLiteral("UserProvisioningId")).toString();
    p.principalType = o.value(QStringLiteral("PrincipalType")).toString();
    p.principalId = o.value(QStringLiteral("PrincipalId")).toString();
    p.principalName = o.value(QStringLiteral("PrincipalName")).toString();
    p.targetId = o.value(QStringLiteral("TargetId")).toString();
    p.description = o.value(QStringLiteral("Description")).toString();
    p.identitySourceStrategy = o.value(QStringLiteral("IdentitySourceStrategy")).toString();
    p.duplicationStrategy = o.value(QStringLiteral("DuplicationStrategy")).toString();
    p.duplicationSuffix = o.value(QStringLiteral("DuplicationSuffix")).toString();
    p.deletionStrategy = o.value(QStringLiteral("DeletionStrategy")).toString();
    p.provisionStatus = o.value(QStringLiteral("ProvisionStatus")).toString();
    p.remark = o.value(QStringLiteral("Remark")).toString();
    p.createdTime = JsonUtil::time(o, QStringLiteral("CreatedTime"));
    p.updatedTime = JsonUtil::time(o, QStringLiteral("UpdatedTime"));
    p.seq = qint64(o.value(QStringLiteral("_seq")).toDouble());
    return p;
}

} // namespace emu
