// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSortFilterProxyModel>

// Sorts the MAU table by raw values (MauTableModel::RawValueRole) and keeps the totals row at the bottom
// whatever the sort column and order. Months without a value (failed) sort before every number.
class MauTableProxyModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit MauTableProxyModel(QObject *parent = nullptr);

protected:
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;
};
