// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/GroupListModel.h"

#include "models/IdIndexedRows.h"

#include "models/DirectoryLabels.h"

GroupListModel::GroupListModel(QObject *parent)
    : PagedTableModel(FetchPolicy::All, parent)
{
}

int GroupListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int GroupListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString GroupListModel::columnTitle(int column)
{
    switch (column) {
    case Name: return tr("Group name");
    case DisplayName: return tr("Display name");
    case Description: return tr("Description");
    case JoinType: return tr("Join type");
    case Source: return tr("Source");
    case GroupId: return tr("Group ID");
    case Created: return tr("Created");
    case Updated: return tr("Updated");
    default: return {};
    }
}

QVariant GroupListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return PagedTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole)
        return columnTitle(section);
    return {};
}

QHash<int, QByteArray> GroupListModel::roleNames() const
{
    QHash<int, QByteArray> names = PagedTableModel::roleNames();
    names.insert(RawValueRole, "rawValue");
    names.insert(IdRole, "groupId");
    names.insert(SearchTextRole, "searchText");
    return names;
}

QVariant GroupListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const DirectoryGroup &g = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(g, index.column());
    case Qt::ToolTipRole: {
        const QVariant d = display(g, index.column());
        return d.toString().isEmpty() ? QVariant() : d;
    }
    case RawValueRole:
        return raw(g, index.column());
    case IdRole:
        return g.id;
    case SearchTextRole:
        return QStringList{g.name, g.displayName, g.description, g.id}.join(QLatin1Char('\n'));
    default:
        return {};
    }
}

QVariant GroupListModel::display(const DirectoryGroup &g, int column) const
{
    switch (column) {
    case Name: return g.name;
    case DisplayName: return g.displayName;
    case Description: return g.description;
    case JoinType: return DirectoryLabels::joinType(g.joinType);
    case Source: return DirectoryLabels::source(g.source);
    case GroupId: return g.id;
    case Created: return DirectoryLabels::time(g.created);
    case Updated: return DirectoryLabels::time(g.updated);
    default: return {};
    }
}

QVariant GroupListModel::raw(const DirectoryGroup &g, int column) const
{
    switch (column) {
    case Name: return g.name;
    case DisplayName: return g.displayName;
    case Description: return g.description;
    case JoinType: return g.joinType;
    case Source: return g.source;
    case GroupId: return g.id;
    case Created: return g.created;
    case Updated: return g.updated;
    default: return {};
    }
}

void GroupListModel::setSearch(const QString &search)
{
    m_search = search.trimmed();
    if (backend())
        reload();
    else
        clear();
}

ApiCall *GroupListModel::requestPage(const QString &cursor, quint64 generation)
{
    return backend()->listGroups(m_search, cursor, pageSize(), this,
                                 [this, generation](const Page<DirectoryGroup> &page) {
                                     if (!acceptPage(generation, page.error, page.nextCursor, page.total))
                                         return;
                                     const int before = int(m_rows.size());
                                     appendGroups(page.items);
                                     pageDone(int(m_rows.size()) - before);
                                 });
}

void GroupListModel::clearRows()
{
    m_rows.clear();
    m_rowById.clear();
}

void GroupListModel::appendGroups(const QList<DirectoryGroup> &groups)
{
    const auto key = [](const DirectoryGroup &r) { return r.id; };
    QList<int> updated;
    const QList<DirectoryGroup> fresh = IdIndexedRows::merge(m_rows, m_rowById, groups, key, &updated);
    for (const int row : std::as_const(updated))
        emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
    if (fresh.isEmpty())
        return;
    const int first = int(m_rows.size());
    beginInsertRows({}, first, first + int(fresh.size()) - 1);
    IdIndexedRows::append(m_rows, m_rowById, fresh, key);
    endInsertRows();
}

int GroupListModel::upsertGroup(const DirectoryGroup &group)
{
    if (group.id.isEmpty())
        return -1;
    const int existing = rowOfId(group.id);
    if (existing >= 0) {
        DirectoryGroup merged = group;
        const DirectoryGroup &old = m_rows.at(existing);
        // UpdateGroup answers may leave out fields the list had.
        if (merged.joinType.isEmpty()) merged.joinType = old.joinType;
        if (merged.source.isEmpty()) merged.source = old.source;
        if (!merged.created.isValid()) merged.created = old.created;
        m_rows[existing] = merged;
        emit dataChanged(index(existing, 0), index(existing, ColumnCount - 1));
        return existing;
    }
    beginInsertRows({}, 0, 0);
    m_rows.prepend(group);
    reindex();
    endInsertRows();
    return 0;
}

bool GroupListModel::removeGroup(const QString &id)
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

void GroupListModel::reindex()
{
    IdIndexedRows::reindex(m_rows, m_rowById, [](const auto &r) { return r.id; });
}

DirectoryGroup GroupListModel::group(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row) : DirectoryGroup();
}

QString GroupListModel::groupId(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).id : QString();
}

void GroupListModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1), {Qt::DisplayRole, Qt::ToolTipRole});
}
