// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSortFilterProxyModel>

// Sorting (RawValueRole) and an instant quick filter (name, display name, description, id) over GroupListModel.
class GroupFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit GroupFilterProxy(QObject *parent = nullptr);

    void setFilterText(const QString &text);
    QString filterText() const { return m_text; }
    // "" = any, otherwise the raw JoinType ("Manual" / "Auto").
    void setJoinTypeFilter(const QString &joinType);
    QString joinTypeFilter() const { return m_joinType; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    QString m_text;
    QString m_joinType;
};
