// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSortFilterProxyModel>

class ActivityLogModel;

// Sorting (RawValueRole) and filtering of the activity log: quick text, errors only, one service.
class ActivityLogFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit ActivityLogFilterProxy(QObject *parent = nullptr);

    void setSourceModel(QAbstractItemModel *model) override;
    void setFilterText(const QString &text);
    QString filterText() const { return m_text; }
    void setErrorsOnly(bool on);
    bool errorsOnly() const { return m_errorsOnly; }
    // "" = every service, otherwise "id" / "cloudidentity" / "cloudsso".
    void setServiceFilter(const QString &service);
    QString serviceFilter() const { return m_service; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    ActivityLogModel *m_log = nullptr;
    QString m_text;
    bool m_errorsOnly = false;
    QString m_service;
};
