// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/ImportPreviewFilterProxy.h"

#include "models/ImportPreviewModel.h"

ImportPreviewFilterProxy::ImportPreviewFilterProxy(QObject *parent) : QSortFilterProxyModel(parent)
{
    setSortRole(ImportPreviewModel::RawValueRole);
    setDynamicSortFilter(true);
}

void ImportPreviewFilterProxy::setProblemsOnly(bool on)
{
    if (on == m_problemsOnly)
        return;
    m_problemsOnly = on;
    invalidateRowsFilter();
}

bool ImportPreviewFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (!m_problemsOnly)
        return true;
    return sourceModel()->index(sourceRow, 0, sourceParent).data(ImportPreviewModel::ProblemRole).toBool();
}
