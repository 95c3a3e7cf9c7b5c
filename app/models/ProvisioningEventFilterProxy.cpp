// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/ProvisioningEventFilterProxy.h"

#include "models/ProvisioningEventModel.h"

ProvisioningEventFilterProxy::ProvisioningEventFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(ProvisioningEventModel::RawValueRole);
    setDynamicSortFilter(true);
}

void ProvisioningEventFilterProxy::setFilterText(const QString &text)
{
    const QString t = text.trimmed();
    if (t == m_text)
        return;
    m_text = t;
    invalidate();   // one layout change: incremental removal is quadratic in views with 100,000 rows
}

void ProvisioningEventFilterProxy::setStatusFilter(const QString &status)
{
    if (status == m_status)
        return;
    m_status = status;
    invalidate();   // one layout change: incremental removal is quadratic in views with 100,000 rows
}

bool ProvisioningEventFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (!m_status.isEmpty()) {
        const QModelIndex st = sourceModel()->index(sourceRow, ProvisioningEventModel::Status, sourceParent);
        if (st.data(ProvisioningEventModel::RawValueRole).toString() != m_status)
            return false;
    }
    if (m_text.isEmpty())
        return true;
    const QModelIndex idx = sourceModel()->index(sourceRow, 0, sourceParent);
    return idx.data(ProvisioningEventModel::SearchTextRole).toString().contains(m_text, Qt::CaseInsensitive);
}

bool ProvisioningEventFilterProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
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
