// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/ActivityLogModel.h"

#include "models/DirectoryLabels.h"
#include <QLocale>

ActivityLogModel::ActivityLogModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

int ActivityLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ActivityLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ActivityLogModel::columnTitle(int column)
{
    switch (column) {
    case Time: return tr("Time");
    case Profile: return tr("Profile");
    case Service: return tr("Service");
    case Action: return tr("Action");
    case HttpStatus: return tr("HTTP status");
    case ErrorCode: return tr("Error code");
    case RequestId: return tr("RequestId");
    case Latency: return tr("Latency");
    case Attempt: return tr("Attempt");
    default: return {};
    }
}

QVariant ActivityLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole)
        return columnTitle(section);
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case Latency: return tr("Time from sending the request to the end of the answer");
        case Attempt: return tr("1 for the first try; higher numbers are automatic retries");
        case HttpStatus: return tr("The HTTP status of the answer (— when none arrived)");
        default: return columnTitle(section);
        }
    }
    return {};
}

QHash<int, QByteArray> ActivityLogModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(RawValueRole, "rawValue");
    names.insert(IsErrorRole, "isError");
    names.insert(SearchTextRole, "searchText");
    return names;
}

bool ActivityLogModel::isError(const ExchangeRecord &r)
{
    return r.httpStatus == 0 || r.httpStatus >= 400 || !r.errorCode.isEmpty();
}

QVariant ActivityLogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ExchangeRecord &r = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(r, index.column());
    case Qt::ToolTipRole:
        if (index.column() == Time)
            return r.time.toUTC().toString(Qt::ISODateWithMs);
        return display(r, index.column());
    case RawValueRole:
        return raw(r, index.column());
    case IsErrorRole:
        return isError(r);
    case SearchTextRole:
        return QStringList{r.profile, r.service, r.action, r.errorCode, r.requestId, QString::number(r.httpStatus)}
            .join(QLatin1Char('\n'));
    case Qt::TextAlignmentRole:
        if (index.column() == HttpStatus || index.column() == Latency || index.column() == Attempt)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return int(Qt::AlignLeft | Qt::AlignVCenter);
    default:
        return {};
    }
}

QVariant ActivityLogModel::display(const ExchangeRecord &r, int column) const
{
    switch (column) {
    case Time:
        return r.time.isValid() ? QLocale().toString(r.time.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz"))
                                : QString();
    case Profile: return r.profile;
    case Service: return r.service;
    case Action: return r.action;
    case HttpStatus: return r.httpStatus > 0 ? QString::number(r.httpStatus) : QStringLiteral("—");
    case ErrorCode: return r.errorCode;
    case RequestId: return r.requestId;
    case Latency: return tr("%1 ms").arg(QLocale().toString(r.elapsedMs));
    case Attempt: return QString::number(r.attempt);
    default: return {};
    }
}

QVariant ActivityLogModel::raw(const ExchangeRecord &r, int column) const
{
    switch (column) {
    case Time: return r.time;
    case Profile: return r.profile;
    case Service: return r.service;
    case Action: return r.action;
    case HttpStatus: return r.httpStatus;
    case ErrorCode: return r.errorCode;
    case RequestId: return r.requestId;
    case Latency: return r.elapsedMs;
    case Attempt: return r.attempt;
    default: return {};
    }
}

bool ActivityLogModel::rowContains(int row, const QString &needle) const
{
    if (row < 0 || row >= m_rows.size())
        return false;
    if (needle.isEmpty())
        return true;
    const ExchangeRecord &r = m_rows.at(row);
    return r.action.contains(needle, Qt::CaseInsensitive) || r.errorCode.contains(needle, Qt::CaseInsensitive)
           || r.requestId.contains(needle, Qt::CaseInsensitive) || r.profile.contains(needle, Qt::CaseInsensitive)
           || r.service.contains(needle, Qt::CaseInsensitive) || QString::number(r.httpStatus) == needle;
}

void ActivityLogModel::setCapacity(int rows)
{
    m_capacity = qMax(1, rows);
    trimFor(0);
}

void ActivityLogModel::trimFor(int incoming)
{
    const int excess = int(m_rows.size()) + incoming - m_capacity;
    if (excess <= 0)
        return;
    // Drop a chunk (1% of the capacity) at once: fewer proxy re-mappings than one row per append.
    const int drop = qMin(int(m_rows.size()), qMax(excess, m_capacity / 100));
    if (drop <= 0)
        return;
    beginRemoveRows({}, 0, drop - 1);
    m_rows.remove(0, drop);
    m_dropped += drop;
    endRemoveRows();
}

void ActivityLogModel::append(const ExchangeRecord &record)
{
    trimFor(1);
    const int row = int(m_rows.size());
    beginInsertRows({}, row, row);
    ExchangeRecord r = record;
    r.url.clear();   // never displayed nor exported; do not keep it
    m_rows.append(r);
    endInsertRows();
    emit recordAppended();
}

void ActivityLogModel::clear()
{
    beginResetModel();
    m_rows.clear();
    m_dropped = 0;
    endResetModel();
}

ExchangeRecord ActivityLogModel::record(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row) : ExchangeRecord();
}

void ActivityLogModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1), {Qt::DisplayRole, Qt::ToolTipRole});
}
