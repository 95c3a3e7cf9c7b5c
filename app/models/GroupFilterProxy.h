// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/RecordFilterProxy.h"

// RecordFilterProxy over a GroupListModel with a typed join type filter.
class GroupFilterProxy : public RecordFilterProxy
{
    Q_OBJECT
public:
    using RecordFilterProxy::RecordFilterProxy;

    // "" = any, otherwise the raw JoinType ("Manual" / "Auto").
    void setJoinTypeFilter(const QString &joinType);
    QString joinTypeFilter() const;
};
