// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/MauTableModel.h"

#include <QLocale>
#include <QStringList>
#include <cmath>

namespace {
const QString kNoValue = QStringLiteral("—");
const QString kWarning = QStringLiteral("⚠");

// RFC 4180 quoting; a text cell that a spreadsheet would run as a formula gets a leading apostrophe.
QString csvText(QString text)
{
    if (!text.isEmpty() && QStringLiteral("=+-@\t\r").contains(text.front()))
        text.prepend(QLatin1Char('\''));
    if (text.contains(QLatin1Char(',')) || text.contains(QLatin1Char('"')) || text.contains(QLatin1Char('\n'))
        || text.contains(QLatin1Char('\r'))) {
        text.replace(QLatin1String("\""), QLatin1String("\"\""));
        text = QLatin1Char('"') + text + QLatin1Char('"');
    }
    return text;
}

QString csvNumber(double value)
{
    return QString::number(qint64(std::llround(value)));
}
}

MauTableModel::MauTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void MauTableModel::setDataSet(const MauDataSet &data)
{
    beginResetModel();
    m_data = data;
    endResetModel();
}

void MauTableModel::setThresholds(const QHash<QString, double> &thresholds)
{
    m_thresholds = thresholds;
    relabel();
}

bool MauTableModel::isAboveThreshold(int month, int pool) const
{
    if (pool < 0 || pool >= m_data.poolCount() || !m_data.hasValue(month, pool))
        return false;
    const auto it = m_thresholds.constFind(m_data.pools().at(pool).uid);
    return it != m_thresholds.cend() && std::round(m_data.value(month, pool)) > it.value();
}

void MauTableModel::setShowShare(bool share)
{
    if (m_share == share)
        return;
    m_share = share;
    relabel();
}

std::optional<double> MauTableModel::sharePercent(int month, int pool) const
{
    if (!m_data.hasValue(month, pool))
        return std::nullopt;
    const double total = m_data.monthTotal(month);
    if (total <= 0)
        return std::nullopt;
    return m_data.value(month, pool) / total * 100.0;
}

void MauTableModel::clear()
{
    setDataSet(MauDataSet());
}

void MauTableModel::relabel()
{
    const int columns = columnCount();
    if (columns > 0)
        emit headerDataChanged(Qt::Horizontal, 0, columns - 1);
    if (rowCount() > 0 && columns > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, columns - 1),
                         {Qt::DisplayRole, Qt::ToolTipRole, RawValueRole, AboveThresholdRole});
}

MauTableModel::Column MauTableModel::columnKind(int column) const
{
    if (column <= 0)
        return MonthColumn;
    if (column == totalColumn())
        return TotalColumn;
    if (column == changeColumn())
        return ChangeColumn;
    return PoolColumn;
}

int MauTableModel::poolForColumn(int column) const
{
    const int pool = column - kFirstPoolColumn;
    return pool >= 0 && pool < m_data.poolCount() ? pool : -1;
}

int MauTableModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() || m_data.monthCount() == 0)
        return 0;
    return m_data.monthCount() + 1;
}

int MauTableModel::columnCount(const QModelIndex &parent) const
{
    if (parent.isValid() || m_data.monthCount() == 0)
        return 0;
    return m_data.poolCount() + 3;
}

QVariant MauTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    const int column = index.column();
    const bool totals = row == totalsRow();
    switch (role) {
    case Qt::DisplayRole:
        return displayData(row, column);
    case Qt::ToolTipRole:
        return toolTip(row, column);
    case Qt::TextAlignmentRole:
        if (columnKind(column) == MonthColumn)
            return QVariant::fromValue(Qt::Alignment(Qt::AlignLeft | Qt::AlignVCenter));
        return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
    case RawValueRole:
        return rawData(row, column);
    case FailedRole:
        return !totals && m_data.isFailed(row);
    case TotalsRowRole:
        return totals;
    case MonthKeyRole:
        return totals ? QString() : MauDataSet::monthKey(m_data.months().at(row));
    case RequestIdRole:
        return !totals && m_data.isFailed(row) ? m_data.error(row).requestId : QString();
    case MissingRole:
        return !totals && !m_data.isFailed(row) && poolForColumn(column) >= 0 && !m_data.hasValue(row, poolForColumn(column));
    case AboveThresholdRole:
        return !totals && isAboveThreshold(row, poolForColumn(column));
    case PartialRole:
        return !totals && m_data.isPartial(row);

    default:
        return {};
    }
}

QVariant MauTableModel::displayData(int row, int column) const
{
    const bool totals = row == totalsRow();
    const bool failed = !totals && m_data.isFailed(row);
    switch (columnKind(column)) {
    case MonthColumn:
        if (totals)
            return tr("Total");
        return failed ? kWarning + QLatin1Char(' ') + m_data.displayMonthLabel(row) : m_data.displayMonthLabel(row);
    case PoolColumn:
        if (failed)
            return kNoValue;
        if (!totals && !m_data.hasValue(row, poolForColumn(column)))
            return kNoValue;   // missing is not 0
        if (!totals && m_share) {
            const auto share = sharePercent(row, poolForColumn(column));
            return share ? QLocale().toString(std::round(*share * 10.0) / 10.0, 'f', 1) + QLocale().percent() : kNoValue;
        }
        return MauDataSet::formatMau(totals ? m_data.poolTotal(poolForColumn(column))
                                            : m_data.value(row, poolForColumn(column)));
    case TotalColumn:
        if (failed || (!totals && !m_data.hasAnyValue(row)))
            return kNoValue;
        return MauDataSet::formatMau(totals ? m_data.grandTotal() : m_data.monthTotal(row));
    case ChangeColumn:
        if (totals)
            return QString();
        if (failed)
            return tr("Failed");
        if (const auto change = m_data.changePercent(row))
            return MauDataSet::formatChange(*change);
        return kNoValue;
    }
    return {};
}

QVariant MauTableModel::rawData(int row, int column) const
{
    const bool totals = row == totalsRow();
    const bool failed = !totals && m_data.isFailed(row);
    switch (columnKind(column)) {
    case MonthColumn:
        return totals ? QVariant() : QVariant(m_data.months().at(row));
    case PoolColumn:
        if (failed || (!totals && !m_data.hasValue(row, poolForColumn(column))))
            return {};
        if (!totals && m_share) {
            const auto share = sharePercent(row, poolForColumn(column));
            return share ? QVariant(*share) : QVariant();
        }
        return totals ? m_data.poolTotal(poolForColumn(column)) : m_data.value(row, poolForColumn(column));
    case TotalColumn:
        if (failed || (!totals && !m_data.hasAnyValue(row)))
            return {};
        return totals ? m_data.grandTotal() : m_data.monthTotal(row);
    case ChangeColumn:
        if (totals || failed)
            return {};
        if (const auto change = m_data.changePercent(row))
            return *change;
        return {};
    }
    return {};
}

QString MauTableModel::toolTip(int row, int column) const
{
    if (row == totalsRow()) {
        if (m_data.failedCount() > 0)
            return tr("Sum over the months that loaded; months that failed (%1) are not counted.")
                .arg(m_data.failedCount());
        return tr("Sum over the months shown.");
    }
    if (m_data.isFailed(row))
        return tr("%1 could not be loaded.").arg(MauDataSet::monthLabel(m_data.months().at(row))) + QLatin1Char('\n')
               + failureText(m_data.error(row));
    const QString month = m_data.displayMonthLabel(row);
    const int pool = poolForColumn(column);
    switch (columnKind(column)) {
    case PoolColumn: {
        if (!m_data.hasValue(row, pool))
            return tr("%1 · %2: no figure — the service did not report this pool for this month")
                .arg(m_data.pools().at(pool).displayName(), month);
        QString text = tr("%1 · %2: %3 monthly active users")
                           .arg(m_data.pools().at(pool).displayName(), month,
                                MauDataSet::formatMau(m_data.value(row, pool)));
        if (const auto change = m_data.changePercent(row, pool))
            text += QLatin1Char('\n') + tr("Change from the previous month: %1").arg(MauDataSet::formatChange(*change));
        if (const auto share = sharePercent(row, pool))
            text += QLatin1Char('\n') + tr("Share of the month's total: %1")
                                          .arg(QLocale().toString(std::round(*share * 10.0) / 10.0, 'f', 1) + QLocale().percent());
        if (isAboveThreshold(row, pool))
            text += QLatin1Char('\n') + tr("Above the allowance of %1")
                                          .arg(MauDataSet::formatMau(m_thresholds.value(m_data.pools().at(pool).uid)));
        return text;
    }
    case TotalColumn:
    case ChangeColumn: {
        QString text = tr("%1: %2 monthly active users in all pools shown")
                           .arg(month, MauDataSet::formatMau(m_data.monthTotal(row)));
        if (m_data.missingCount(row) > 0)
            text += QLatin1Char('\n') + tr("%n pool(s) without a figure are not in the total.", nullptr,
                                           m_data.missingCount(row));
        if (m_data.isPartial(row))
            text += QLatin1Char('\n') + tr("This month is still running: the figures are to date.");
        if (const auto change = m_data.changePercent(row))
            text += QLatin1Char('\n') + tr("Change from the previous month: %1").arg(MauDataSet::formatChange(*change));
        else if (row > 0)
            text += QLatin1Char('\n') + tr("No change in percent: the previous month has no comparable value.");
        return text;
    }
    case MonthColumn:
        return MauDataSet::monthKey(m_data.months().at(row));
    }
    return {};
}

QVariant MauTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= columnCount())
        return QAbstractTableModel::headerData(section, orientation, role);
    const Column kind = columnKind(section);
    if (role == Qt::DisplayRole) {
        switch (kind) {
        case MonthColumn: return tr("Month");
        case PoolColumn: return m_data.pools().at(poolForColumn(section)).displayName();
        case TotalColumn: return tr("Total");
        case ChangeColumn: return tr("Change");
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (kind) {
        case MonthColumn: return tr("Calendar month");
        case PoolColumn: {
            const MauPool &pool = m_data.pools().at(poolForColumn(section));
            return tr("User pool %1\nUID: %2").arg(pool.displayName(), pool.uid);
        }
        case TotalColumn: return tr("Monthly active users of all pools shown");
        case ChangeColumn: return tr("Change of the total from the previous month, in percent");
        }
    }
    if (role == Qt::TextAlignmentRole)
        return QVariant::fromValue(Qt::Alignment((kind == MonthColumn ? Qt::AlignLeft : Qt::AlignRight) | Qt::AlignVCenter));
    if (role == RawValueRole && kind == PoolColumn)
        return m_data.pools().at(poolForColumn(section)).uid;
    return {};
}

QByteArray MauTableModel::toCsv() const
{
    QStringList lines;
    QStringList header{csvText(tr("Month")), csvText(tr("Total")), csvText(tr("Change (%)"))};
    for (const MauPool &pool : m_data.pools())
        header << csvText(pool.displayName());
    header << csvText(tr("Status"));
    lines << header.join(QLatin1Char(','));

    for (int m = 0; m < m_data.monthCount(); ++m) {
        QStringList cells{MauDataSet::monthKey(m_data.months().at(m))};
        if (m_data.isFailed(m)) {
            cells << QString() << QString();
            for (int p = 0; p < m_data.poolCount(); ++p)
                cells << QString();
            const ApiError e = m_data.error(m);
            QString status = tr("Failed: %1").arg(e.code.isEmpty() ? e.localizedMessage() : e.code);
            if (!e.requestId.isEmpty())
                status += QLatin1Char(' ') + tr("(RequestId %1)").arg(e.requestId);
            cells << csvText(status);
        } else {
            cells << (m_data.hasAnyValue(m) ? csvNumber(m_data.monthTotal(m)) : QString());
            const auto change = m_data.changePercent(m);
            cells << (change ? QString::number(std::round(*change * 10.0) / 10.0, 'f', 1) : QString());
            for (int p = 0; p < m_data.poolCount(); ++p)
                cells << (m_data.hasValue(m, p) ? csvNumber(m_data.value(m, p)) : QString());
            QString status = m_data.missingCount(m) > 0 ? tr("Some figures missing") : tr("OK");
            if (m_data.isPartial(m))
                status += QLatin1Char(' ') + tr("(to date)");
            cells << csvText(status);
        }
        lines << cells.join(QLatin1Char(','));
    }
    if (m_data.monthCount() > 0) {
        QStringList cells{csvText(tr("Total")), csvNumber(m_data.grandTotal()), QString()};
        for (int p = 0; p < m_data.poolCount(); ++p)
            cells << csvNumber(m_data.poolTotal(p));
        cells << QString();
        lines << cells.join(QLatin1Char(','));
    }
    return QByteArray("\xEF\xBB\xBF") + lines.join(QLatin1String("\r\n")).toUtf8() + "\r\n";
}

QString MauTableModel::failureText(const ApiError &error)
{
    QStringList details;
    if (!error.code.isEmpty())
        details << tr("Code: %1").arg(error.code);
    if (error.httpStatus)
        details << tr("HTTP %1").arg(error.httpStatus);
    if (!error.requestId.isEmpty())
        details << tr("RequestId: %1").arg(error.requestId);
    const QString message = error.localizedMessage();
    if (details.isEmpty())
        return message;
    return message.isEmpty() ? details.join(QStringLiteral(" · "))
                             : message + QLatin1Char('\n') + details.join(QStringLiteral(" · "));
}
