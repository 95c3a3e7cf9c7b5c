// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/UserFilterProxy.h"

#include "models/UserListModel.h"

void UserFilterProxy::setStatusFilter(const QString &status)
{
    setColumnFilter(UserListModel::Status, status);
}

QString UserFilterProxy::statusFilter() const
{
    return columnFilter(UserListModel::Status);
}
