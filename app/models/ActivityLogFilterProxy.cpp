// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/ActivityLogFilterProxy.h"

#include "models/ActivityLogModel.h"

void ActivityLogFilterProxy::setSourceModel(QAbstractItemModel *model)
{
    m_log = qobject_cast<ActivityLogModel *>(model);
    RecordFilterProxy::setSourceModel(model);
}

void ActivityLogFilterProxy::setErrorsOnly(bool on)
{
    if (on == m_errorsOnly)
        return;
    m_errorsOnly = on;
    refilter();
}

void ActivityLogFilterProxy::setServiceFilter(const QString &service)
{
    setColumnFilter(ActivityLogModel::Service, service);
}

QString ActivityLogFilterProxy::serviceFilter() const
{
    return columnFilter(ActivityLogModel::Service);
}

bool ActivityLogFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_errorsOnly && m_log && !ActivityLogModel::isError(m_log->records().at(sourceRow).record))
        return false;
    return RecordFilterProxy::filterAcceptsRow(sourceRow, sourceParent);
}
