// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/ImportPreviewModel.h"

#include "import/ImportPlanner.h"


ImportPreviewModel::ImportPreviewModel(QObject *parent) : QAbstractTableModel(parent)
{
}

void ImportPreviewModel::setTarget(const ImportTarget &target)
{
    beginResetModel();
    m_target = target;
    m_rows.clear();
    endResetModel();
}

void ImportPreviewModel::setRows(const QList<ImportRow> &rows)
{
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

void ImportPreviewModel::updateRow(int index, const ImportRow &row)
{
    if (index < 0 || index >= m_rows.size())
        return;
    m_rows[index] = row;
    emit dataChanged(this->index(index, 0), this->index(index, columnCount() - 1));
}

void ImportPreviewModel::clear()
{
    setRows({});
}

void ImportPreviewModel::retranslate()
{
    // Validation problems were worded when the file was read (or planned): word them again.
    ImportPlanner::rewordErrors(m_target, &m_rows);
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
    emit headerDataChanged(Qt::Horizontal, 0, columnCount() - 1);
}

int ImportPreviewModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ImportPreviewModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : detailsColumn() + 1;
}

QString ImportPreviewModel::statusKey(const ImportRow &r)
{
    if (r.outcome != ImportRow::Outcome::None)
        return ImportRow::outcomeName(r.outcome);
    switch (r.plan) {
    case ImportRow::Plan::Invalid:
        return QStringLiteral("invalid");
    case ImportRow::Plan::Create:
        return QStringLiteral("create");
    case ImportRow::Plan::Update:
        return QStringLiteral("update");
    case ImportRow::Plan::Skip:
        return QStringLiteral("skip");
    case ImportRow::Plan::Pending:
        break;
    }
    return r.isValid() ? QStringLiteral("ready") : QStringLiteral("invalid");
}

QString ImportPreviewModel::statusText(const QString &key)
{
    if (key == QLatin1String("ready"))
        return tr("Valid");
    if (key == QLatin1String("invalid"))
        return tr("Invalid");
    if (key == QLatin1String("create"))
        return tr("To create");
    if (key == QLatin1String("update"))
        return tr("To update");
    if (key == QLatin1String("skip"))
        return tr("Exists");
    if (key == QLatin1String("created"))
        return tr("Created");
    if (key == QLatin1String("updated"))
        return tr("Updated");
    if (key == QLatin1String("skipped"))
        return tr("Skipped");
    if (key == QLatin1String("failed"))
        return tr("Failed");
    if (key == QLatin1String("cancelled"))
        return tr("Not sent");
    if (key == QLatin1String("would-create"))
        return tr("Would create");
    if (key == QLatin1String("would-update"))
        return tr("Would update");
    return key;
}

bool ImportPreviewModel::isProblem(const ImportRow &r)
{
    return !r.isValid() || r.plan == ImportRow::Plan::Invalid || r.outcome == ImportRow::Outcome::Invalid
           || r.outcome == ImportRow::Outcome::Failed || r.outcome == ImportRow::Outcome::Cancelled;
}

QString ImportPreviewModel::details(const ImportRow &r) const
{
    if (!r.errors.isEmpty())
        return r.errorText(m_target);
    // A note is worded now (not when planned), so a language switch re-words it.
    QString text = r.messageIsNote || r.message.isEmpty() ? ImportPlanner::noteText(r) : r.message;
    if (r.outcome == ImportRow::Outcome::Failed && !r.code.isEmpty() && !text.contains(r.code))
        text = r.code + QStringLiteral(": ") + text;
    if (!r.requestId.isEmpty() && r.outcome == ImportRow::Outcome::Failed)
        text += QStringLiteral(" (RequestId %1)").arg(r.requestId);
    return text;
}

QVariant ImportPreviewModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const ImportRow &r = m_rows.at(index.row());
    const int c = index.column();
    const int detailsCol = detailsColumn();
    if (role == StatusRole)
        return statusKey(r);
    if (role == ProblemRole)
        return isProblem(r);
    if (role == Qt::DisplayRole || role == RawValueRole || role == Qt::ToolTipRole) {
        if (c == RowColumn)
            return role == Qt::DisplayRole ? QVariant(QString::number(r.row)) : QVariant(r.row);
        if (c == StatusColumn)
            return role == RawValueRole ? QVariant(statusKey(r)) : QVariant(statusText(statusKey(r)));
        if (c == detailsCol)
            return details(r);
        const int v = c - FirstValueColumn;
        if (v >= 0 && v < m_target.columns.size()) {
            const QString text = r.values.value(m_target.columns.at(v).header);
            if (role == Qt::ToolTipRole) {
                for (const FieldError &e : r.errors)
                    if (e.field == m_target.columns.at(v).field)
                        return e.message;
                return r.changedHeaders.contains(m_target.columns.at(v).header) ? tr("Changed: %1").arg(text) : text;
            }
            return text;
        }
        return {};
    }
    return {};
}

QVariant ImportPreviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (section == RowColumn)
        return tr("Row");
    if (section == StatusColumn)
        return tr("Status");
    if (section == detailsColumn())
        return tr("Details");
    const int v = section - FirstValueColumn;
    if (v >= 0 && v < m_target.columns.size())
        return m_target.columns.at(v).header; // the file's own column names, not translated
    return {};
}
