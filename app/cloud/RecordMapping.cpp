// SPDX-License-Identifier: GPL-3.0-or-later
#include "cloud/RecordMapping.h"

#include <cmath>

QString RecordMapping::string(const QJsonObject &o, const QString &key)
{
    const QJsonValue v = o.value(key);
    return v.isString() ? v.toString() : QString();
}

qint64 RecordMapping::integer(const QJsonObject &o, const QString &key, qint64 fallback)
{
    const QJsonValue v = o.value(key);
    if (v.isDouble()) {
        const double d = v.toDouble();
        if (std::isfinite(d) && std::abs(d) < 9.0e15)
            return qint64(d);
        return fallback;
    }
    if (v.isString()) {
        bool ok = false;
        const qint64 n = v.toString().trimmed().toLongLong(&ok);
        return ok ? n : fallback;
    }
    return fallback;
}

QDateTime RecordMapping::time(const QJsonObject &o, const QString &key)
{
    const QString s = string(o, key).trimmed();
    if (s.isEmpty())
        return {};
    QDateTime t = QDateTime::fromString(s, Qt::ISODateWithMs);
    if (!t.isValid())
        t = QDateTime::fromString(s, Qt::ISODate);
    if (!t.isValid())
        t = QDateTime::fromString(s, Qt::RFC2822Date);
    return t.isValid() ? t : QDateTime();
}

QList<QJsonObject> RecordMapping::objects(const QJsonValue &array)
{
    QList<QJsonObject> out;
    if (!array.isArray())
        return out;
    const QJsonArray a = array.toArray();
    out.reserve(a.size());
    for (const QJsonValue &v : a)
        if (v.isObject())
            out.append(v.toObject());
    return out;
}

DirectoryInfo RecordMapping::cloudSsoDirectory(const QJsonObject &o)
{
    DirectoryInfo d;
    d.id = string(o, QStringLiteral("DirectoryId"));
    d.name = string(o, QStringLiteral("DirectoryName"));
    d.region = string(o, QStringLiteral("Region"));
    d.created = time(o, QStringLiteral("CreateTime"));
    return d;
}

// The two services name their source and timestamp fields differently; everything else below is shared.
RecordMapping::Keys RecordMapping::cloudIdentityKeys()
{
    return {QStringLiteral("Source"), QStringLiteral("CreatedTime"), QStringLiteral("UpdatedTime")};
}

RecordMapping::Keys RecordMapping::cloudSsoKeys()
{
    return {QStringLiteral("ProvisionType"), QStringLiteral("CreateTime"), QStringLiteral("UpdateTime")};
}

DirectoryUser RecordMapping::commonUser(const QJsonObject &o, const Keys &keys)
{
    DirectoryUser u;
    u.id = string(o, QStringLiteral("UserId"));
    u.userName = string(o, QStringLiteral("UserName"));
    u.displayName = string(o, QStringLiteral("DisplayName"));
    u.email = string(o, QStringLiteral("Email"));
    u.description = string(o, QStringLiteral("Description"));
    u.source = string(o, keys.source);
    u.created = time(o, keys.created);
    u.updated = time(o, keys.updated);
    u.raw = o;
    return u;
}

DirectoryUser RecordMapping::cloudIdentityUser(const QJsonObject &o)
{
    DirectoryUser u = commonUser(o, cloudIdentityKeys());
    u.phone = string(o, QStringLiteral("Phone"));
    u.identityType = string(o, QStringLiteral("IdentityType"));
    return u;
}

DirectoryUser RecordMapping::cloudSsoUser(const QJsonObject &o)
{
    DirectoryUser u = commonUser(o, cloudSsoKeys());
    u.firstName = string(o, QStringLiteral("FirstName"));
    u.lastName = string(o, QStringLiteral("LastName"));
    u.status = string(o, QStringLiteral("Status"));
    const QJsonValue ext = o.value(QStringLiteral("ExternalId"));
    if (ext.isObject())
        u.identityType = string(ext.toObject(), QStringLiteral("Issuer"));
    return u;
}

DirectoryGroup RecordMapping::commonGroup(const QJsonObject &o, const Keys &keys)
{
    DirectoryGroup g;
    g.id = string(o, QStringLiteral("GroupId"));
    g.name = string(o, QStringLiteral("GroupName"));
    g.description = string(o, QStringLiteral("Description"));
    g.source = string(o, keys.source);
    g.created = time(o, keys.created);
    g.updated = time(o, keys.updated);
    g.raw = o;
    return g;
}

DirectoryGroup RecordMapping::cloudIdentityGroup(const QJsonObject &o)
{
    DirectoryGroup g = commonGroup(o, cloudIdentityKeys());
    g.displayName = string(o, QStringLiteral("DisplayName"));
    g.joinType = string(o, QStringLiteral("JoinType"));
    return g;
}

DirectoryGroup RecordMapping::cloudSsoGroup(const QJsonObject &o)
{
    return commonGroup(o, cloudSsoKeys());
}

GroupMember RecordMapping::commonMember(const QJsonObject &o, const QString &groupId, const Keys &keys)
{
    GroupMember m;
    m.groupId = string(o, QStringLiteral("GroupId"));
    if (m.groupId.isEmpty())
        m.groupId = groupId;
    m.userId = string(o, QStringLiteral("UserId"));
    m.userName = string(o, QStringLiteral("UserName"));
    m.displayName = string(o, QStringLiteral("DisplayName"));
    m.email = string(o, QStringLiteral("Email"));
    m.source = string(o, keys.source);
    m.joined = time(o, QStringLiteral("JoinTime"));
    m.raw = o;
    return m;
}

GroupMember RecordMapping::cloudIdentityMember(const QJsonObject &o, const QString &groupId)
{
    return commonMember(o, groupId, cloudIdentityKeys());
}

GroupMember RecordMapping::cloudSsoMember(const QJsonObject &o, const QString &groupId)
{
    GroupMember m = commonMember(o, groupId, cloudSsoKeys());
    m.status = string(o, QStringLiteral("Status"));
    return m;
}

ProvisioningEvent RecordMapping::commonEvent(const QJsonObject &o, const Keys &keys)
{
    ProvisioningEvent e;
    e.provisioningId = string(o, QStringLiteral("UserProvisioningId"));
    e.principalType = string(o, QStringLiteral("PrincipalType"));
    e.targetId = string(o, QStringLiteral("TargetId"));
    e.targetName = string(o, QStringLiteral("TargetName"));
    e.duplicationStrategy = string(o, QStringLiteral("DuplicationStrategy"));
    e.created = time(o, keys.created);
    e.updated = time(o, keys.updated);
    e.raw = o;
    return e;
}

ProvisioningEvent RecordMapping::cloudIdentityEvent(const QJsonObject &o)
{
    ProvisioningEvent e = commonEvent(o, cloudIdentityKeys());
    e.id = string(o, QStringLiteral("UserProvisioningEventId"));
    e.principalId = string(o, QStringLiteral("UserId"));
    if (e.principalId.isEmpty())
        e.principalId = string(o, QStringLiteral("PrincipalId"));
    e.principalName = string(o, QStringLiteral("UserName"));
    if (e.principalName.isEmpty())
        e.principalName = string(o, QStringLiteral("PrincipalName"));
    e.status = string(o, QStringLiteral("EventStatus"));
    e.failureReason = string(o, QStringLiteral("FailureReason"));
    return e;
}

QString RecordMapping::cloudSsoEventStatus(const QJsonObject &o)
{
    const qint64 errors = integer(o, QStringLiteral("ErrorCount"), 0);
    const bool failed = errors > 0 || !string(o, QStringLiteral("ErrorInfo")).trimmed().isEmpty();
    if (!failed)
        return statusPending();
    const QString source = string(o, QStringLiteral("SourceType"));
    if (source == QLatin1String("DeleteProvisioning") || source == QLatin1String("UserProvisioningDeletionClearing"))
        return statusDeleteProvisionFailed();
    return statusProvisionFailed();
}

ProvisioningEvent RecordMapping::cloudSsoEvent(const QJsonObject &o)
{
    ProvisioningEvent e = commonEvent(o, cloudSsoKeys());
    e.id = string(o, QStringLiteral("EventId"));
    e.principalId = string(o, QStringLiteral("PrincipalId"));
    e.principalName = string(o, QStringLiteral("PrincipalName"));
    e.status = cloudSsoEventStatus(o);
    e.failureReason = string(o, QStringLiteral("ErrorInfo"));
    e.sourceType = string(o, QStringLiteral("SourceType"));
    return e;
}

UserProvisioning RecordMapping::commonProvisioning(const QJsonObject &o, const Keys &keys)
{
    UserProvisioning p;
    p.id = string(o, QStringLiteral("UserProvisioningId"));
    p.principalType = string(o, QStringLiteral("PrincipalType"));
    p.principalId = string(o, QStringLiteral("PrincipalId"));
    p.principalName = string(o, QStringLiteral("PrincipalName"));
    p.targetId = string(o, QStringLiteral("TargetId"));
    p.description = string(o, QStringLiteral("Description"));
    p.duplicationStrategy = string(o, QStringLiteral("DuplicationStrategy"));
    p.deletionStrategy = string(o, QStringLiteral("DeletionStrategy"));
    p.created = time(o, keys.created);
    p.updated = time(o, keys.updated);
    p.raw = o;
    return p;
}

UserProvisioning RecordMapping::cloudIdentityProvisioning(const QJsonObject &o)
{
    UserProvisioning p = commonProvisioning(o, cloudIdentityKeys());
    p.identitySourceStrategy = string(o, QStringLiteral("IdentitySourceStrategy"));
    p.duplicationSuffix = string(o, QStringLiteral("DuplicationSuffix"));
    p.status = string(o, QStringLiteral("ProvisionStatus"));   // not enumerated: shown verbatim
    return p;
}

UserProvisioning RecordMapping::cloudSsoProvisioning(const QJsonObject &o)
{
    UserProvisioning p = commonProvisioning(o, cloudSsoKeys());
    p.targetName = string(o, QStringLiteral("TargetName"));
    p.targetType = string(o, QStringLiteral("TargetType"));
    p.status = string(o, QStringLiteral("Status"));
    return p;
}
