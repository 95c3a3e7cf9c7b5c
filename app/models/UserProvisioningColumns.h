// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cloud/DirectoryBackend.h"
#include "models/RecordTableModel.h"
#include <QCoreApplication>

// The user provisionings list: its column enum and column set. The model is a plain
// RecordTableModel<UserProvisioning> (see UserProvisioningColumns::createModel) and the proxy a plain
// RecordFilterProxy: a new list costs this column set, a RecordMapping and a pane.
class UserProvisioningColumns
{
    Q_DECLARE_TR_FUNCTIONS(UserProvisioningColumns)
public:
    enum Column {
        Principal, PrincipalType, Target, Status, DuplicationStrategy, DeletionStrategy, Description,
        ProvisioningId, Created, Updated, ColumnCount
    };

    using Model = RecordTableModel<UserProvisioning>;

    static QString columnTitle(int column);
    static const RecordColumnSet<UserProvisioning> &columnSet();
    // A model listing every page of backend->listProvisionings(*query) (the query is read at each page).
    static Model *createModel(const DirectoryBackend::ProvisioningQuery *query, QObject *parent);

    // People's text of ProvisionStatus / Status (Cloud Identity does not enumerate it: unknown values verbatim).
    static QString statusLabel(const QString &status);
    static QString deletionLabel(const QString &strategy);
};
