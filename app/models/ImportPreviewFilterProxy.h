// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSortFilterProxyModel>

// Sorting (on ImportPreviewModel::RawValueRole) and the "only rows with problems" filter of the import preview.
class ImportPreviewFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit ImportPreviewFilterProxy(QObject *parent = nullptr);
    void setProblemsOnly(bool on);
    bool problemsOnly() const { return m_problemsOnly; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    bool m_problemsOnly = false;
};
