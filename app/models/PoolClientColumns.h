// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cloud/PoolDirectoryRecords.h"
#include "models/RecordTableModel.h"
#include <QCoreApplication>

// The applications (user-pool clients) list of one Agent Identity pool: its column enum and column set over a
// plain RecordTableModel<PoolClient>. The list never shows or exports the ClientSecret: no column reads it.
class PoolClientColumns
{
    Q_DECLARE_TR_FUNCTIONS(PoolClientColumns)
public:
    enum Column { Name, ClientType, Description, ClientUid, Created, Updated, ColumnCount };

    using Model = RecordTableModel<PoolClient>;

    static QString columnTitle(int column);
    static const RecordColumnSet<PoolClient> &columnSet();
    // A model filled by the pane (PoolDirectoryService::listClients answers every page at once).
    static Model *createModel(QObject *parent);

    // People's names of the four client types (unknown values verbatim).
    static QString typeLabel(const QString &clientType);
    static QString typeDescription(const QString &clientType);
    // "2025-09-15T07:59:24Z" → QDateTime (invalid when empty or unparsable).
    static QDateTime parseTime(const QString &rfc3339);
};
