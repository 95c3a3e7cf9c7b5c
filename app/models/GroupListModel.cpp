// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/GroupListModel.h"

#include "models/DirectoryLabels.h"

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

const GroupListModel::Columns &GroupListModel::columnSet()
{
    using G = DirectoryGroup;
    static const Columns set = [] {
        Columns s;
        s.setId([](const G &g) -> const QString & { return g.id; });
        s.text([] { return columnTitle(Name); }, [](const G &g) -> const QString & { return g.name; });
        s.text([] { return columnTitle(DisplayName); }, [](const G &g) -> const QString & { return g.displayName; });
        s.text([] { return columnTitle(Description); }, [](const G &g) -> const QString & { return g.description; });
        s.label([] { return columnTitle(JoinType); }, [](const G &g) -> const QString & { return g.joinType; },
                &DirectoryLabels::joinType);
        s.label([] { return columnTitle(Source); }, [](const G &g) -> const QString & { return g.source; },
                &DirectoryLabels::source);
        s.text([] { return columnTitle(GroupId); }, [](const G &g) -> const QString & { return g.id; },
               Columns::TextSort::Id);
        s.time([] { return columnTitle(Created); }, [](const G &g) { return g.created; });
        s.time([] { return columnTitle(Updated); }, [](const G &g) { return g.updated; });
        s.setSearchFields({[](const G &g) -> const QString & { return g.name; },
                           [](const G &g) -> const QString & { return g.displayName; },
                           [](const G &g) -> const QString & { return g.description; },
                           [](const G &g) -> const QString & { return g.id; }});
        s.setTieBreak(Name);
        return s;
    }();
    return set;
}

GroupListModel::GroupListModel(QObject *parent)
    : RecordTableModel(columnSet(), FetchPolicy::All, parent)
{
    setLister([this](DirectoryBackend *b, const QString &cursor, int size, QObject *owner,
                     DirectoryBackend::PageCallback<DirectoryGroup> done) {
        return b->listGroups(m_search, cursor, size, owner, done);
    });
}

void GroupListModel::setSearch(const QString &search)
{
    m_search = search.trimmed();
    if (backend())
        reload();
    else
        clear();
}

int GroupListModel::upsertGroup(const DirectoryGroup &group)
{
    const int existing = rowOfId(group.id);
    if (existing < 0)
        return upsertRecord(group, InsertAt::Top);
    DirectoryGroup merged = group;
    const DirectoryGroup &old = records().at(existing);
    // UpdateGroup answers may leave out fields the list had.
    if (merged.joinType.isEmpty()) merged.joinType = old.joinType;
    if (merged.source.isEmpty()) merged.source = old.source;
    if (!merged.created.isValid()) merged.created = old.created;
    replaceRecord(existing, merged);
    return existing;
}
