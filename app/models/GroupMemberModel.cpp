// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/GroupMemberModel.h"

#include "models/IdIndexedRows.h"

#include "models/DirectoryLabels.h"

GroupMemberModel::GroupMemberModel(QObject *parent)
    : PagedTableModel(FetchPolicy::All, parent)
{
}

int GroupMemberModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int GroupMemberModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString GroupMemberModel::columnTitle(int column)
{
    switch (column) {
    case UserName: return tr("User name");
    case DisplayName: return tr("Display name");
    case Email: return tr("Email");
    case Status: return tr("Status");
    case Source: return tr("Source");
    case UserId: return tr("User ID");
    case Joined: return tr("Joined");
    default: return {};
    }
}

QVariant GroupMemberModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return PagedTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole)
        return columnTitle(section);
    return {};
}

QVariant GroupMemberModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const GroupMember &m = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(m, index.column());
    case Qt::ToolTipRole: {
        const QVariant d = display(m, index.column());
        return d.toString().isEmpty() ? QVariant() : d;
    }
    case RawValueRole:
        return raw(m, index.column());
    case IdRole:
        return m.userId;
    default:
        return {};
    }
}

QVariant GroupMemberModel::display(const GroupMember &m, int column) const
{
    switch (column) {
    case UserName: return m.userName;
    case DisplayName: return m.displayName;
    case Email: return m.email;
    case Status: return DirectoryLabels::userStatus(m.status);
    case Source: return DirectoryLabels::source(m.source);
    case UserId: return m.userId;
    case Joined: return DirectoryLabels::time(m.joined);
    default: return {};
    }
}

QVariant GroupMemberModel::raw(const GroupMember &m, int column) const
{
    switch (column) {
    case UserName: return m.userName;
    case DisplayName: return m.displayName;
    case Email: return m.email;
    case Status: return m.status;
    case Source: return m.source;
    case UserId: return m.userId;
    case Joined: return m.joined;
    default: return {};
    }
}

void GroupMemberModel::setGroupId(const QString &groupId)
{
    m_groupId = groupId;
    if (backend() && !groupId.isEmpty())
        reload();
    else
        clear();
}

ApiCall *GroupMemberModel::requestPage(const QString &cursor, quint64 generation)
{
    if (m_groupId.isEmpty()) {
        acceptPage(generation, ApiError(), QString(), 0);
        pageDone(0);
        return nullptr;
    }
    const QString groupId = m_groupId;
    return backend()->listMembers(groupId, cursor, pageSize(), this,
                                  [this, generation, groupId](const Page<GroupMember> &page) {
                                      if (!acceptPage(generation, page.error, page.nextCursor, page.total))
                                          return;
                                      QList<GroupMember> items = page.items;
                                      for (GroupMember &m : items)
                                          if (m.groupId.isEmpty())
                                              m.groupId = groupId;
                                      const int before = int(m_rows.size());
                                      appendMembers(items);
                                      pageDone(int(m_rows.size()) - before);
                                  });
}

void GroupMemberModel::clearRows()
{
    m_rows.clear();
    m_rowById.clear();
}

void GroupMemberModel::appendMembers(const QList<GroupMember> &members)
{
    QList<GroupMember> fresh;
    for (const GroupMember &m : members) {
        if (m.userId.isEmpty() || m_rowById.contains(m.userId))
            continue;
        bool dup = false;
        for (const GroupMember &f : fresh)
            dup = dup || f.userId == m.userId;
        if (!dup)
            fresh.append(m);
    }
    if (fresh.isEmpty())
        return;
    const int first = int(m_rows.size());
    beginInsertRows({}, first, first + int(fresh.size()) - 1);
    for (const GroupMember &m : fresh) {
        m_rowById.insert(m.userId, int(m_rows.size()));
        m_rows.append(m);
    }
    endInsertRows();
}

void GroupMemberModel::addMember(const GroupMember &member)
{
    if (member.userId.isEmpty())
        return;
    const int existing = rowOfId(member.userId);
    if (existing >= 0) {
        m_rows[existing] = member;
        emit dataChanged(index(existing, 0), index(existing, ColumnCount - 1));
        return;
    }
    appendMembers({member});
}

bool GroupMemberModel::removeMember(const QString &userId)
{
    const int row = rowOfId(userId);
    if (row < 0)
        return false;
    beginRemoveRows({}, row, row);
    m_rows.removeAt(row);
    reindex();
    endRemoveRows();
    return true;
}

void GroupMemberModel::reindex()
{
    IdIndexedRows::reindex(m_rows, m_rowById, [](const GroupMember &m) { return m.userId; });
}

GroupMember GroupMemberModel::member(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row) : GroupMember();
}

void GroupMemberModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1), {Qt::DisplayRole, Qt::ToolTipRole});
}
