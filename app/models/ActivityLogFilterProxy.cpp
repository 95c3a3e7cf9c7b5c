// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/ActivityLogFilterProxy.h"

#include "models/ActivityLogModel.h"

ActivityLogFilterProxy::ActivityLogFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(ActivityLogModel::RawValueRole);
    setDynamicSortFilter(true);
}

void ActivityLogFilterProxy::setSourceModel(QAbstractItemModel *model)
{
    m_log = qobject_cast<ActivityLogModel *>(model);
    QSortFilterProxyModel::setSourceModel(model);
}

void ActivityLogFilterProxy::setFilterText(const QString &text)
{
    const QString t = text.trimmed();
    if (t == m_text)
        return;
    m_text = t;
    invalidate();   // one layout change: incremental removal is quadratic in views with 100,000 rows
}

void ActivityLogFilterProxy::setErrorsOnly(bool on)
{
    if (on == m_errorsOnly)
        return;
    m_errorsOnly = on;
    invalidate();   // one layout change: incremental removal is quadratic in views with 100,000 rows
}

void ActivityLogFilterProxy::setServiceFilter(const QString &service)
{
    if (service == m_service)
        return;
    m_service = service;
    invalidate();   // one layout change: incremental removal is quadratic in views with 100,000 rows
}

bool ActivityLogFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (!m_log)
        return true;
    if (!m_service.isEmpty() || m_errorsOnly) {
        const auto rec = m_log->record(sourceRow);
        if (!m_service.isEmpty() && rec.service != m_service)
            return false;
        if (m_errorsOnly && !ActivityLogModel::isError(rec))
            return false;
    }
    Q_UNUSED(sourceParent);
    return m_log->rowContains(sourceRow, m_text);
}
