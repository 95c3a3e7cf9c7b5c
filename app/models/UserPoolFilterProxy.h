// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSortFilterProxyModel>

// Quick filter and sorting for UserPoolModel: sorts on RawValueRole, filters on a case-insensitive
// substring of name, uid, domain, project or description, and optionally on the Enabled state.
class UserPoolFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    enum class EnabledFilter { All, EnabledOnly, DisabledOnly };
    Q_ENUM(EnabledFilter)

    explicit UserPoolFilterProxy(QObject *parent = nullptr);

    void setFilterText(const QString &text);
    QString filterText() const { return m_text; }
    void setEnabledFilter(EnabledFilter filter);
    EnabledFilter enabledFilter() const { return m_enabled; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    QString m_text;
    EnabledFilter m_enabled = EnabledFilter::All;
};
