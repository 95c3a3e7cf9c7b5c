// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/GroupFilterProxy.h"

#include "models/GroupListModel.h"

GroupFilterProxy::GroupFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(GroupListModel::RawValueRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setDynamicSortFilter(true);
}

void GroupFilterProxy::setFilterText(const QString &text)
{
    const QString t = text.trimmed();
    if (t == m_text)
        return;
    m_text = t;
    invalidate();   // one layout change: incremental removal is quadratic in views with 100,000 rows
}

void GroupFilterProxy::setJoinTypeFilter(const QString &joinType)
{
    if (joinType == m_joinType)
        return;
    m_joinType = joinType;
    invalidate();   // one layout change: incremental removal is quadratic in views with 100,000 rows
}

bool GroupFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (!m_joinType.isEmpty()) {
        const QModelIndex jt = sourceModel()->index(sourceRow, GroupListModel::JoinType, sourceParent);
        if (jt.data(GroupListModel::RawValueRole).toString() != m_joinType)
            return false;
    }
    if (m_text.isEmpty())
        return true;
    const QModelIndex idx = sourceModel()->index(sourceRow, 0, sourceParent);
    return idx.data(GroupListModel::SearchTextRole).toString().contains(m_text, Qt::CaseInsensitive);
}

bool GroupFilterProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const QVariant l = left.data(sortRole());
    const QVariant r = right.data(sortRole());
    if (l.userType() == QMetaType::QString && r.userType() == QMetaType::QString) {
        const int c = l.toString().compare(r.toString(), Qt::CaseInsensitive);
        if (c != 0)
            return c < 0;
        return left.row() < right.row();
    }
    return QSortFilterProxyModel::lessThan(left, right);
}
