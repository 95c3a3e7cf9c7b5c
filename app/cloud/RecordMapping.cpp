// SPDX-License-Identifier: GPL-3.0-or-later
#include "RecordMapping.h"

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

DirectoryUser RecordMapping::cloudIdentityUser(const QJsonObject &o)
{
    DirectoryUser u;
    u.id = string(o, QStringLiteral("UserId"));
    u.userName = string(o, QStringLiteral("UserName"));
    u.displayName = string(o, QStringLiteral("DisplayName"));
    u.email = string(o, QStringLiteral("Email"));
    u.phone = string(o, QStringLiteral("Phone"));
    u.description = string(o, QStringLiteral("Description"));
    u.source = string(o, QStringLiteral("Source"));
    u.identityType = string(o, QStringLiteral("IdentityType"));
    u.created = time(o, QStringLiteral("CreatedTime"));
    u.updated = time(o, QStringLiteral("UpdatedTime"));
    u.raw = o;
    return u;
}

DirectoryUser RecordMapping::cloudSsoUser(const QJsonObject &o)
{
    DirectoryUser u;
    u.id = string(o, QStringLiteral("UserId"));
    u.userName = string(o, QStringLiteral("UserName"));
    u.displayName = string(o, QStringLiteral("DisplayName"));
    u.firstName = string(o, QStringLiteral("FirstName"));
    u.lastName = string(o, QStringLiteral("LastName"));
    u.email = string(o, QStringLiteral("Email"));
    u.description = string(o, QStringLiteral("Description"));
    u.source = string(o, QStringLiteral("ProvisionType"));
    u.status = string(o, QStringLiteral("Status"));
    const QJsonValue ext = o.value(QStringLiteral("ExternalId"));
    if (ext.isObject())
        u.identityType = string(ext.toObject(), QStringLiteral("Issuer"));
    u.created = time(o, QStringLiteral("CreateTime"));
    u.updated = time(o, QStringLiteral("UpdateTime"));
    u.raw = o;
    return u;
}

DirectoryGroup RecordMapping::cloudIdentityGroup(const QJsonObject &o)
{
    DirectoryGroup g;
    g.id = string(o, QStringLiteral("GroupId"));
    g.name = string(o, QStringLiteral("GroupName"));
    g.displayName = string(o, QStringLiteral("DisplayName"));
    g.description = string(o, QStringLiteral("Description"));
    g.joinType = string(o, QStringLiteral("JoinType"));
    g.source = string(o, QStringLiteral("Source"));
    g.created = time(o, QStringLiteral("CreatedTime"));
    g.updated = time(o, QStringLiteral("UpdatedTime"));
    g.raw = o;
    return g;
}

DirectoryGroup RecordMapping::cloudSsoGroup(const QJsonObject &o)
{
    DirectoryGroup g;
    g.id = string(o, QStringLiteral("GroupId"));
    g.name = string(o, QStringLiteral("GroupName"));
    g.description = string(o, QStringLiteral("Description"));
    g.source = string(o, QStringLiteral("ProvisionType"));
    g.created = time(o, QStringLiteral("CreateTime"));
    g.updated = time(o, QStringLiteral("UpdateTime"));
    g.raw = o;
    return g;
}

GroupMember RecordMapping::cloudIdentityMember(const QJsonObject &o, const QString &groupId)
{
    GroupMember m;
    m.groupId = string(o, QStringLiteral("GroupId"));
    if (m.groupId.isEmpty())
        m.groupId = groupId;
    m.userId = string(o, QStringLiteral("UserId"));
    m.userName = string(o, QStringLiteral("UserName"));
    m.displayName = string(o, QStringLiteral("DisplayName"));
    m.email = string(o, QStringLiteral("Email"));
    m.source = string(o, QStringLiteral("Source"));
    m.joined = time(o, QStringLiteral("JoinTime"));
    m.raw = o;
    return m;
}

GroupMember RecordMapping::cloudSsoMember(const QJsonObject &o, const QString &groupId)
{
    GroupMember m;
    m.groupId = string(o, QStringLiteral("GroupId"));
    if (m.groupId.isEmpty())
        m.groupId = groupId;
    m.userId = string(o, QStringLiteral("UserId"));
    m.userName = string(o, QStringLiteral("UserName"));
    m.displayName = string(o, QStringLiteral("DisplayName"));
    m.email = string(o, QStringLiteral("Email"));
    m.status = string(o, QStringLiteral("Status"));
    m.source = string(o, QStringLiteral("ProvisionType"));
    m.joined = time(o, QStringLiteral("JoinTime"));
    m.raw = o;
    return m;
}

ProvisioningEvent RecordMapping::cloudIdentityEvent(const QJsonObject &o)
{
    ProvisioningEvent e;
    e.id = string(o, QStringLiteral("UserProvisioningEventId"));
    e.provisioningId = string(o, QStringLiteral("UserProvisioningId"));
    e.principalId = string(o, QStringLiteral("UserId"));
    if (e.principalId.isEmpty())
        e.principalId = string(o, QStringLiteral("PrincipalId"));
    e.principalName = string(o, QStringLiteral("UserName"));
    if (e.principalName.isEmpty())
        e.principalName = string(o, QStringLiteral("PrincipalName"));
    e.principalType = string(o, QStringLiteral("PrincipalType"));
    e.targetId = string(o, QStringLiteral("TargetId"));
    e.targetName = string(o, QStringLiteral("TargetName"));
    e.status = string(o, QStringLiteral("EventStatus"));
    e.failureReason = string(o, QStringLiteral("FailureReason"));
    e.duplicationStrategy = string(o, QStringLiteral("DuplicationStrategy"));
    e.created = time(o, QStringLiteral("CreatedTime"));
    e.updated = time(o, QStringLiteral("UpdatedTime"));
    e.raw = o;
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
    ProvisioningEvent e;
    e.id = string(o, QStringLiteral("EventId"));
    e.provisioningId = string(o, QStringLiteral("UserProvisioningId"));
    e.principalId = string(o, QStringLiteral("PrincipalId"));
    e.principalName = string(o, QStringLiteral("PrincipalName"));
    e.principalType = string(o, QStringLiteral("PrincipalType"));
    e.targetId = string(o, QStringLiteral("TargetId"));
    e.targetName = string(o, QStringLiteral("TargetName"));
    e.status = cloudSsoEventStatus(o);
    e.failureReason = string(o, QStringLiteral("ErrorInfo"));
    e.sourceType = string(o, QStringLiteral("SourceType"));
    e.duplicationStrategy = string(o, QStringLiteral("DuplicationStrategy"));
    e.created = time(o, QStringLiteral("CreateTime"));
    e.updated = time(o, QStringLiteral("UpdateTime"));
    e.raw = o;
    return e;
}
