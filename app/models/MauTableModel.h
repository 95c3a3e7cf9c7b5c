// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/MauDataSet.h"
#include <QAbstractTableModel>
#include <QHash>
#include <optional>

// Months (rows) × pools (columns) of monthly active users, with a total column, the month-over-month change
// of the total in percent, and a totals row at the bottom. Failed months stay in the table, marked.
//
// Columns: Month | Total | Change | one per pool (the totals stay in sight however many pools there are).
// The pool columns come from the data set, so the column enum names column *kinds*; columnKind() /
// poolForColumn() map a column number to them.
class MauTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { MonthColumn, PoolColumn, TotalColumn, ChangeColumn };
    Q_ENUM(Column)

    enum Role {
        RawValueRole = Qt::UserRole, // month: QDate; values: double; change: double or null; failed: null
        FailedRole,                  // bool: the row's month failed to load
        TotalsRowRole,               // bool: the totals row
        MonthKeyRole,                // "2025-12" (empty on the totals row)
        RequestIdRole,               // failed month: the RequestId of the failed call
        MissingRole,                 // bool: a pool cell without a figure (the service did not report the pool)
        AboveThresholdRole,          // bool: a pool cell above the pool's allowance
        PartialRole,                 // bool: the row's month is still running ("to date")
    };

    static constexpr int kFirstPoolColumn = 3;

    explicit MauTableModel(QObject *parent = nullptr);

    void setDataSet(const MauDataSet &data);
    const MauDataSet &dataSet() const { return m_data; }
    void clear();

    // Per-pool allowances (uid -> MAU); cells above them are flagged (AboveThresholdRole, background, tooltip).
    void setThresholds(const QHash<QString, double> &thresholds);
    QHash<QString, double> thresholds() const { return m_thresholds; }
    bool isAboveThreshold(int month, int pool) const;
    // Share view: pool cells show their percent of the month's total instead of the MAU.
    void setShowShare(bool share);
    bool showsShare() const { return m_share; }
    std::optional<double> sharePercent(int month, int pool) const;

    // Language or locale switched: month labels, numbers and headers are produced again.
    void relabel();

    Column columnKind(int column) const;
    int poolForColumn(int column) const;  // -1 when the column is not a pool column
    int columnForPool(int pool) const { return kFirstPoolColumn + pool; }
    int totalColumn() const { return 1; }
    int changeColumn() const { return 2; }
    int totalsRow() const { return m_data.monthCount() > 0 ? m_data.monthCount() : -1; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // The table as CSV (UTF-8 with BOM, CRLF), columns as in the table: months as YYYY-MM, MAU rounded, change with one decimal,
    // a Status column naming the error of failed months. Text cells are guarded against formula injection.
    QByteArray toCsv() const;

    // "message\nCode: X · HTTP n · RequestId: Y" for tooltips of failed months (chart and table).
    static QString failureText(const ApiError &error);

private:
    QVariant displayData(int row, int column) const;
    QVariant rawData(int row, int column) const;
    QString toolTip(int row, int column) const;

    MauDataSet m_data;
    QHash<QString, double> m_thresholds;
    bool m_share = false;
};
