// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/GroupFilterProxy.h"

#include "models/GroupListModel.h"

void GroupFilterProxy::setJoinTypeFilter(const QString &joinType)
{
    setColumnFilter(GroupListModel::JoinType, joinType);
}

QString GroupFilterProxy::joinTypeFilter() const
{
    return columnFilter(GroupListModel::JoinType);
}
