// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QSortFilterProxyModel>

class RecordTableModelBase;

// Sorting and the instant quick filter over the loaded rows of any RecordTableModel: sorts through the model's
// ranks (RecordTableModelBase::prepareSort / compareForSort), matches the quick filter on the record's search
// fields and narrows on exact raw values of columns (status, join type ...), with no QVariant per cell.
// Over another model it falls back to RawValueRole / SearchTextRole.
class RecordFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit RecordFilterProxy(QObject *parent = nullptr);

    void setSourceModel(QAbstractItemModel *model) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    void setFilterText(const QString &text);
    QString filterText() const { return m_text; }
    // "" = any; otherwise only rows whose raw value in `column` equals `value`.
    void setColumnFilter(int column, const QString &value);
    QString columnFilter(int column) const { return m_columnFilters.value(column); }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;
    // After a change of a filter of a subclass: ranks the rows for the current sort, then one invalidate().
    void refilter();

private:
    RecordTableModelBase *m_records = nullptr;
    QString m_text;
    QString m_folded;
    QHash<int, QString> m_columnFilters;
};
