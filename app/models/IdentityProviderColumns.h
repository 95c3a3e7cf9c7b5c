// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cloud/PoolDirectoryRecords.h"
#include "models/RecordTableModel.h"
#include <QCoreApplication>

// The identity providers (connections) list of one Agent Identity pool: column enum and column set over a plain
// RecordTableModel<IdentityProvider>. No column reads the provider's ClientSecret.
class IdentityProviderColumns
{
    Q_DECLARE_TR_FUNCTIONS(IdentityProviderColumns)
public:
    enum Column { Name, ConnectionType, Provider, Enabled, ConnectionUid, Created, Updated, ColumnCount };

    using Model = RecordTableModel<IdentityProvider>;

    static QString columnTitle(int column);
    static const RecordColumnSet<IdentityProvider> &columnSet();
    static Model *createModel(QObject *parent);
    static QString enabledLabel(std::optional<bool> enabled);
};
