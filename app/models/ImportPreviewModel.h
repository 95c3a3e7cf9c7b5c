// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "import/ImportRow.h"
#include "import/ImportTarget.h"
#include <QAbstractTableModel>

// The rows of a CSV import for the preview table: spreadsheet row number, status, the target's columns, and the
// details (field errors, what will change, the outcome's message). Columns: RowColumn, StatusColumn, then one per
// target header from FirstValueColumn, then the details column (detailsColumn()). RawValueRole gives sortable
// values (row number, status enum, text); StatusRole the ImportRow::Outcome / Plan as a status key.
class ImportPreviewModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { RowColumn = 0, StatusColumn = 1, FirstValueColumn = 2 };
    enum Role { RawValueRole = Qt::UserRole + 1, StatusRole, ProblemRole };

    explicit ImportPreviewModel(QObject *parent = nullptr);

    void setTarget(const ImportTarget &target);
    void setRows(const QList<ImportRow> &rows);
    void updateRow(int index, const ImportRow &row);
    void clear();
    const QList<ImportRow> &rows() const { return m_rows; }
    const ImportTarget &target() const { return m_target; }
    int detailsColumn() const { return FirstValueColumn + int(m_target.columns.size()); }

    // Status key of a row: "invalid", "ready", "create", "update", "skip", or the outcome name ("created", ...).
    static QString statusKey(const ImportRow &row);
    // Localized status text for a key.
    static QString statusText(const QString &key);
    // Localized details of a row.
    QString details(const ImportRow &row) const;
    // Invalid, failed or cancelled.
    static bool isProblem(const ImportRow &row);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

public slots:
    void retranslate();

private:
    ImportTarget m_target;
    QList<ImportRow> m_rows;
};
