// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/RecordFilterProxy.h"

// RecordFilterProxy over a UserListModel with a typed status filter (client-side narrowing of loaded rows; the
// server-side search runs separately, debounced, through UserListModel::setQuery).
class UserFilterProxy : public RecordFilterProxy
{
    Q_OBJECT
public:
    using RecordFilterProxy::RecordFilterProxy;

    // "" = any; otherwise only rows whose raw status equals it.
    void setStatusFilter(const QString &status);
    QString statusFilter() const;
};
