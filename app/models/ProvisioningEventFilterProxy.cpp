// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/ProvisioningEventFilterProxy.h"

#include "models/ProvisioningEventModel.h"

void ProvisioningEventFilterProxy::setStatusFilter(const QString &status)
{
    setColumnFilter(ProvisioningEventModel::Status, status);
}

QString ProvisioningEventFilterProxy::statusFilter() const
{
    return columnFilter(ProvisioningEventModel::Status);
}
