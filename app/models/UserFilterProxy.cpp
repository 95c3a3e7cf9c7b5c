// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/UserFilterProxy.h"

#include "models/UserListModel.h"

UserFilterProxy::UserFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(UserListModel::RawValueRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setDynamicSortFilter(true);
}

void UserFilterProxy::setSourceModel(QAbstractItemModel *model)
{
    m_users = qobject_cast<UserListModel *>(model);
    QSortFilterProxyModel::setSourceModel(model);
}

void UserFilterProxy::sort(int column, Qt::SortOrder order)
{
    if (m_users)
        m_users->prepareSort(column);
    QSortFilterProxyModel::sort(column, order);
}

void UserFilterProxy::setFilterText(const QString &text)
{
    const QString t = text.trimmed();
    if (t == m_text)
        return;
    m_text = t;
    m_folded = t.toCaseFolded();
    if (m_users && sortColumn() >= 0)
        m_users->prepareSort(sortColumn());
    invalidate();   // one layout change: incremental removal is quadratic in views with 100,000 rows
}

void UserFilterProxy::setStatusFilter(const QString &status)
{
    if (status == m_status)
        return;
    m_status = status;
    if (m_users && sortColumn() >= 0)
        m_users->prepareSort(sortColumn());
    invalidate();   // one layout change: incremental removal is quadratic in views with 100,000 rows
}

bool UserFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_text.isEmpty() && m_status.isEmpty())
        return true;
    if (m_users) {
        if (!m_status.isEmpty()
            && m_users->index(sourceRow, 0, sourceParent).data(UserListModel::StatusRole).toString() != m_status)
            return false;
        return m_users->rowContainsFolded(sourceRow, m_folded);
    }
    const QModelIndex idx = sourceModel()->index(sourceRow, 0, sourceParent);
    if (!m_status.isEmpty() && idx.data(UserListModel::StatusRole).toString() != m_status)
        return false;
    return m_text.isEmpty() || idx.data(UserListModel::SearchTextRole).toString().contains(m_text, Qt::CaseInsensitive);
}

bool UserFilterProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    if (m_users && left.column() == right.column()) {
        const int c = m_users->compareForSort(left.row(), right.row(), left.column());
        if (c != 0)
            return c < 0;
        return left.row() < right.row();
    }
    return QSortFilterProxyModel::lessThan(left, right);
}
