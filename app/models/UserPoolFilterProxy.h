// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/RecordFilterProxy.h"

// RecordFilterProxy over a UserPoolModel (sorting on raw values, unknown values first; the quick filter on name,
// uid, domain, project and description) with a typed Enabled filter.
class UserPoolFilterProxy : public RecordFilterProxy
{
    Q_OBJECT
public:
    enum class EnabledFilter { All, EnabledOnly, DisabledOnly };
    Q_ENUM(EnabledFilter)

    using RecordFilterProxy::RecordFilterProxy;

    // Pools whose Enabled is not known yet match neither EnabledOnly nor DisabledOnly.
    void setEnabledFilter(EnabledFilter filter);
    EnabledFilter enabledFilter() const;
};
