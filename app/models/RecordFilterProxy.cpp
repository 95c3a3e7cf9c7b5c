// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/RecordFilterProxy.h"

#include "cloud/DirectoryBackend.h"
#include "models/RecordTableModelBase.h"

RecordFilterProxy::RecordFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(RecordTableModelBase::RawValueRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setDynamicSortFilter(true);
}

void RecordFilterProxy::setSourceModel(QAbstractItemModel *model)
{
    m_records = qobject_cast<RecordTableModelBase *>(model);
    QSortFilterProxyModel::setSourceModel(model);
}

void RecordFilterProxy::sort(int column, Qt::SortOrder order)
{
    if (m_records)
        m_records->prepareSort(column);
    QSortFilterProxyModel::sort(column, order);
}

void RecordFilterProxy::setFilterText(const QString &text)
{
    const QString t = text.trimmed();
    if (t == m_text)
        return;
    m_text = t;
    m_folded = t.toCaseFolded();
    refilter();
}

void RecordFilterProxy::setColumnFilter(int column, const QString &value)
{
    if (m_columnFilters.value(column) == value)
        return;
    if (value.isEmpty())
        m_columnFilters.remove(column);
    else
        m_columnFilters.insert(column, value);
    refilter();
}

void RecordFilterProxy::refilter()
{
    // Re-sorting follows the filter: rank the rows first, so the comparisons are integer ones.
    if (m_records && sortColumn() >= 0)
        m_records->prepareSort(sortColumn());
    invalidate();   // one layout change: incremental removal is quadratic in views with 100,000 rows
}

bool RecordFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_text.isEmpty() && m_columnFilters.isEmpty())
        return true;
    if (m_records) {
        for (auto it = m_columnFilters.cbegin(); it != m_columnFilters.cend(); ++it)
            if (m_records->columnText(sourceRow, it.key()) != it.value())
                return false;
        return m_records->rowContainsFolded(sourceRow, m_folded);
    }
    for (auto it = m_columnFilters.cbegin(); it != m_columnFilters.cend(); ++it) {
        const QModelIndex cell = sourceModel()->index(sourceRow, it.key(), sourceParent);
        if (cell.data(RecordTableModelBase::RawValueRole).toString() != it.value())
            return false;
    }
    if (m_text.isEmpty())
        return true;
    const QModelIndex idx = sourceModel()->index(sourceRow, 0, sourceParent);
    return idx.data(RecordTableModelBase::SearchTextRole).toString().contains(m_text, Qt::CaseInsensitive);
}

bool RecordFilterProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    if (m_records && left.column() == right.column()) {
        const int c = m_records->compareForSort(left.row(), right.row(), left.column());
        if (c != 0)
            return c < 0;
        return left.row() < right.row();
    }
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
