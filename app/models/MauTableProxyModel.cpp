// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/MauTableProxyModel.h"

#include "models/MauTableModel.h"

#include <QDate>

MauTableProxyModel::MauTableProxyModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(MauTableModel::RawValueRole);
}

bool MauTableProxyModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    // The totals row compares as the largest item in ascending order and the smallest in descending
    // order, so the view always shows it last.
    const bool leftTotals = left.data(MauTableModel::TotalsRowRole).toBool();
    const bool rightTotals = right.data(MauTableModel::TotalsRowRole).toBool();
    if (leftTotals != rightTotals)
        return leftTotals ? sortOrder() == Qt::DescendingOrder : sortOrder() == Qt::AscendingOrder;

    const QVariant l = left.data(sortRole());
    const QVariant r = right.data(sortRole());
    if (!l.isValid() || !r.isValid()) {
        if (l.isValid() != r.isValid())
            return !l.isValid();
        return left.row() < right.row();
    }
    if (l.metaType().id() == QMetaType::QDate)
        return l.toDate() < r.toDate();
    const double a = l.toDouble();
    const double b = r.toDouble();
    if (a != b)
        return a < b;
    return left.row() < right.row();
}
