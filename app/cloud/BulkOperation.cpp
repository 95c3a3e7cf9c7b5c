// SPDX-License-Identifier: GPL-3.0-or-later
#include "cloud/BulkOperation.h"

BulkOperation BulkOperation::retryEvents(const QList<ProvisioningEvent> &events, const QString &strategy)
{
    BulkOperation op;
    op.m_kind = Kind::RetryEvents;
    op.m_events = events;
    op.m_strategy = strategy;
    return op;
}

BulkOperation BulkOperation::deleteEvents(const QList<ProvisioningEvent> &events)
{
    BulkOperation op;
    op.m_kind = Kind::DeleteEvents;
    op.m_events = events;
    return op;
}

BulkOperation BulkOperation::setUsersEnabled(const QStringList &userIds, bool enabled)
{
    BulkOperation op;
    op.m_kind = Kind::SetUsersEnabled;
    op.m_ids = userIds;
    op.m_enabled = enabled;
    return op;
}

BulkOperation BulkOperation::deleteUsers(const QStringList &userIds)
{
    BulkOperation op;
    op.m_kind = Kind::DeleteUsers;
    op.m_ids = userIds;
    return op;
}

BulkOperation BulkOperation::deleteGroups(const QStringList &groupIds)
{
    BulkOperation op;
    op.m_kind = Kind::DeleteGroups;
    op.m_ids = groupIds;
    return op;
}

BulkOperation BulkOperation::deleteProvisionings(const QStringList &provisioningIds)
{
    BulkOperation op;
    op.m_kind = Kind::DeleteProvisionings;
    op.m_ids = provisioningIds;
    return op;
}

BulkOperation BulkOperation::addMembers(const QString &groupId, const QStringList &userIds)
{
    BulkOperation op;
    op.m_kind = Kind::AddMembers;
    op.m_groupId = groupId;
    op.m_ids = userIds;
    return op;
}

BulkOperation BulkOperation::removeMembers(const QString &groupId, const QStringList &userIds)
{
    BulkOperation op;
    op.m_kind = Kind::RemoveMembers;
    op.m_groupId = groupId;
    op.m_ids = userIds;
    return op;
}

BulkOperation BulkOperation::setPoolsEnabled(const QStringList &poolUids, bool enabled)
{
    BulkOperation op;
    op.m_kind = Kind::SetPoolsEnabled;
    op.m_ids = poolUids;
    op.m_enabled = enabled;
    return op;
}

BulkOperation BulkOperation::deletePools(const QStringList &poolUids)
{
    BulkOperation op;
    op.m_kind = Kind::DeletePools;
    op.m_ids = poolUids;
    return op;
}

BulkOperation BulkOperation::rawCalls(const QList<QPair<QString, QJsonObject>> &calls)
{
    BulkOperation op;
    op.m_kind = Kind::RawCalls;
    op.m_raw = calls;
    return op;
}

BulkOperation BulkOperation::importUsers(const QList<ImportItem> &items)
{
    BulkOperation op;
    op.m_kind = Kind::ImportUsers;
    op.m_import = items;
    return op;
}

BulkOperation BulkOperation::deletePoolUsers(const QString &poolUid, const QStringList &userUids)
{
    BulkOperation op;
    op.m_kind = Kind::DeletePoolUsers;
    op.m_poolUid = poolUid;
    op.m_ids = userUids;
    return op;
}

int BulkOperation::size() const
{
    switch (m_kind) {
    case Kind::None:
        return 0;
    case Kind::RetryEvents:
    case Kind::DeleteEvents:
        return int(m_events.size());
    case Kind::RawCalls:
        return int(m_raw.size());
    case Kind::ImportUsers:
        return int(m_import.size());
    default:
        return int(m_ids.size());
    }
}

QString BulkOperation::targetId(int index) const
{
    switch (m_kind) {
    case Kind::None:
    case Kind::RawCalls:
        return {};
    case Kind::RetryEvents:
    case Kind::DeleteEvents:
        return m_events.value(index).id;
    case Kind::ImportUsers: {
        const ImportItem item = m_import.value(index);
        return item.action == ImportItem::Action::Update ? item.userId : item.key;
    }
    default:
        return m_ids.value(index);
    }
}

QStringList BulkOperation::targetIds() const
{
    QStringList out;
    const int n = size();
    out.reserve(n);
    for (int i = 0; i < n; ++i)
        out << targetId(i);
    return out;
}

bool BulkOperation::removesTargets() const
{
    switch (m_kind) {
    case Kind::DeleteEvents:
    case Kind::DeleteUsers:
    case Kind::DeleteGroups:
    case Kind::RemoveMembers:
    case Kind::DeletePools:
    case Kind::DeleteProvisionings:
    case Kind::DeletePoolUsers:
        return true;
    default:
        return false;
    }
}

BulkSummary::Outcome BulkOperation::outcomeOf(const ApiResult &r) const
{
    if (r.ok)
        return BulkSummary::Outcome::Succeeded;
    const ApiError &e = r.error;
    if (e.kind == ApiError::Kind::Cancelled && !e.ambiguous)
        return BulkSummary::Outcome::Cancelled;
    // Volcengine Cloud Identity, 409: "User provision event retry task already exists" — the event is being
    // retried already; asking again changes nothing, and nothing failed.
    if (e.kind == ApiError::Kind::Api && e.code == QLatin1String("UserProvisionEventRetryConflict"))
        return BulkSummary::Outcome::AlreadyUnderWay;
    if (removesTargets() && e.isNotFound())
        return BulkSummary::Outcome::AlreadyDone;
    return BulkSummary::Outcome::Failed;
}
