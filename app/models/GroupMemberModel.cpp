// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/GroupMemberModel.h"

#include "models/DirectoryLabels.h"

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

const GroupMemberModel::Columns &GroupMemberModel::columnSet()
{
    using M = GroupMember;
    static const Columns set = [] {
        Columns s;
        s.setId([](const M &m) -> const QString & { return m.userId; });
        s.text([] { return columnTitle(UserName); }, [](const M &m) -> const QString & { return m.userName; });
        s.text([] { return columnTitle(DisplayName); }, [](const M &m) -> const QString & { return m.displayName; });
        s.text([] { return columnTitle(Email); }, [](const M &m) -> const QString & { return m.email; });
        s.label([] { return columnTitle(Status); }, [](const M &m) -> const QString & { return m.status; },
                &DirectoryLabels::userStatus);
        s.label([] { return columnTitle(Source); }, [](const M &m) -> const QString & { return m.source; },
                &DirectoryLabels::source);
        s.text([] { return columnTitle(UserId); }, [](const M &m) -> const QString & { return m.userId; },
               Columns::TextSort::Id);
        s.time([] { return columnTitle(Joined); }, [](const M &m) { return m.joined; });
        s.setSearchFields({[](const M &m) -> const QString & { return m.userName; },
                           [](const M &m) -> const QString & { return m.displayName; },
                           [](const M &m) -> const QString & { return m.email; },
                           [](const M &m) -> const QString & { return m.userId; }});
        s.setTieBreak(UserName);
        return s;
    }();
    return set;
}

GroupMemberModel::GroupMemberModel(QObject *parent)
    : RecordTableModel(columnSet(), FetchPolicy::All, parent)
{
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
    if (m_groupId.isEmpty())
        return RecordTableModel::requestPage(cursor, generation);   // no lister: an empty, final page
    const QString groupId = m_groupId;
    return backend()->listMembers(groupId, cursor, pageSize(), this,
                                  pageHandler<GroupMember>(generation, [groupId](const QList<GroupMember> &page) {
                                      QVector<GroupMember> items = page;
                                      for (GroupMember &m : items)
                                          if (m.groupId.isEmpty())
                                              m.groupId = groupId;
                                      return items;
                                  }));
}
