// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/RecordFilterProxy.h"

// RecordFilterProxy over a ProvisioningEventModel with a typed status filter.
class ProvisioningEventFilterProxy : public RecordFilterProxy
{
    Q_OBJECT
public:
    using RecordFilterProxy::RecordFilterProxy;

    // "" = any, otherwise the raw status (ProvisionFailed / DeleteProvisionFailed ...).
    void setStatusFilter(const QString &status);
    QString statusFilter() const;
};
