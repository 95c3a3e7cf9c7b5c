// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSortFilterProxyModel>

// Sorting (RawValueRole) and instant filtering of ProvisioningEventModel: quick text (principal, target,
// failure reason, ids) and the raw status ("" = any).
class ProvisioningEventFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit ProvisioningEventFilterProxy(QObject *parent = nullptr);

    void setFilterText(const QString &text);
    QString filterText() const { return m_text; }
    void setStatusFilter(const QString &status);
    QString statusFilter() const { return m_status; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    QString m_text;
    QString m_status;
};
