// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSortFilterProxyModel>

class UserListModel;

// Sorting and the instant quick filter over the loaded rows of a UserListModel (the server-side search runs
// separately, debounced, through UserListModel::setQuery). Sorts on RawValueRole; with a UserListModel source
// it compares and matches the rows directly (no QVariant per cell), which keeps a keystroke on 100,000 rows fast.
class UserFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit UserFilterProxy(QObject *parent = nullptr);

    void setSourceModel(QAbstractItemModel *model) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    void setFilterText(const QString &text);
    QString filterText() const { return m_text; }
    // "" = any; otherwise only rows whose StatusRole equals it (client-side narrowing of loaded rows).
    void setStatusFilter(const QString &status);
    QString statusFilter() const { return m_status; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    UserListModel *m_users = nullptr;
    QString m_text;
    QString m_folded;
    QString m_status;
};
