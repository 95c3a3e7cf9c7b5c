// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/ProvisioningEventModel.h"

#include "models/IdIndexedRows.h"

#include "models/DirectoryLabels.h"

ProvisioningEventModel::ProvisioningEventModel(QObject *parent)
    : PagedTableModel(FetchPolicy::All, parent)
{
}

int ProvisioningEventModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ProvisioningEventModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ProvisioningEventModel::columnTitle(int column)
{
    switch (column) {
    case Time: return tr("Time");
    case Principal: return tr("Principal");
    case PrincipalType: return tr("Type");
    case Target: return tr("Target");
    case Status: return tr("Status");
    case FailureReason: return tr("Failure reason");
    case SourceType: return tr("Source");
    case EventId: return tr("Event ID");
    default: return {};
    }
}

QVariant ProvisioningEventModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return PagedTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole)
        return columnTitle(section);
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case Principal: return tr("The user or group being provisioned");
        case Target: return tr("The member account the principal is provisioned into");
        case Time: return tr("When the event was last updated");
        default: return columnTitle(section);
        }
    }
    return {};
}

QHash<int, QByteArray> ProvisioningEventModel::roleNames() const
{
    QHash<int, QByteArray> names = PagedTableModel::roleNames();
    names.insert(RawValueRole, "rawValue");
    names.insert(IdRole, "eventId");
    names.insert(StrategyRole, "duplicationStrategy");
    names.insert(SearchTextRole, "searchText");
    return names;
}

QVariant ProvisioningEventModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ProvisioningEvent &e = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(e, index.column());
    case Qt::ToolTipRole: {
        if (index.column() == Principal && !e.principalId.isEmpty())
            return QStringLiteral("%1 (%2)").arg(e.principalName, e.principalId);
        if (index.column() == Target && !e.targetId.isEmpty())
            return QStringLiteral("%1 (%2)").arg(e.targetName, e.targetId);
        const QVariant d = display(e, index.column());
        return d.toString().isEmpty() ? QVariant() : d;
    }
    case RawValueRole:
        return raw(e, index.column());
    case IdRole:
        return e.id;
    case StrategyRole:
        return e.duplicationStrategy;
    case SearchTextRole:
        return QStringList{e.principalName, e.principalId, e.targetName, e.targetId, e.failureReason, e.id}
            .join(QLatin1Char('\n'));
    default:
        return {};
    }
}

static QDateTime eventTime(const ProvisioningEvent &e)
{
    return e.updated.isValid() ? e.updated : e.created;
}

QVariant ProvisioningEventModel::display(const ProvisioningEvent &e, int column) const
{
    switch (column) {
    case Time: return DirectoryLabels::time(eventTime(e));
    case Principal: return e.principalName.isEmpty() ? e.principalId : e.principalName;
    case PrincipalType: return DirectoryLabels::principalType(e.principalType);
    case Target: return e.targetName.isEmpty() ? e.targetId : e.targetName;
    case Status: return DirectoryLabels::eventStatus(e.status);
    case FailureReason: {
        QString reason = e.failureReason;
        reason.replace(QLatin1Char('\n'), QLatin1Char(' '));
        return reason;
    }
    case SourceType: return e.sourceType;
    case EventId: return e.id;
    default: return {};
    }
}

QVariant ProvisioningEventModel::raw(const ProvisioningEvent &e, int column) const
{
    switch (column) {
    case Time: return eventTime(e);
    case Principal: return e.principalName.isEmpty() ? e.principalId : e.principalName;
    case PrincipalType: return e.principalType;
    case Target: return e.targetName.isEmpty() ? e.targetId : e.targetName;
    case Status: return e.status;
    case FailureReason: return e.failureReason;
    case SourceType: return e.sourceType;
    case EventId: return e.id;
    default: return {};
    }
}

void ProvisioningEventModel::setQuery(const DirectoryBackend::EventQuery &query)
{
    m_query = query;
    if (backend())
        reload();
    else
        clear();
}

ApiCall *ProvisioningEventModel::requestPage(const QString &cursor, quint64 generation)
{
    return backend()->listEvents(m_query, cursor, pageSize(), this,
                                 [this, generation](const Page<ProvisioningEvent> &page) {
                                     if (!acceptPage(generation, page.error, page.nextCursor, page.total))
                                         return;
                                     const int before = int(m_rows.size());
                                     appendEvents(page.items);
                                     pageDone(int(m_rows.size()) - before);
                                 });
}

void ProvisioningEventModel::clearRows()
{
    m_rows.clear();
    m_rowById.clear();
}

void ProvisioningEventModel::appendEvents(const QList<ProvisioningEvent> &events)
{
    const auto key = [](const ProvisioningEvent &r) { return r.id; };
    QList<int> updated;
    const QList<ProvisioningEvent> fresh = IdIndexedRows::merge(m_rows, m_rowById, events, key, &updated);
    for (const int row : std::as_const(updated))
        emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
    if (fresh.isEmpty())
        return;
    const int first = int(m_rows.size());
    beginInsertRows({}, first, first + int(fresh.size()) - 1);
    IdIndexedRows::append(m_rows, m_rowById, fresh, key);
    endInsertRows();
}

bool ProvisioningEventModel::removeEvent(const QString &id)
{
    const int row = rowOfId(id);
    if (row < 0)
        return false;
    beginRemoveRows({}, row, row);
    m_rows.removeAt(row);
    reindex();
    endRemoveRows();
    return true;
}

void ProvisioningEventModel::reindex()
{
    IdIndexedRows::reindex(m_rows, m_rowById, [](const auto &r) { return r.id; });
}

ProvisioningEvent ProvisioningEventModel::event(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row) : ProvisioningEvent();
}

void ProvisioningEventModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1), {Qt::DisplayRole, Qt::ToolTipRole});
}
