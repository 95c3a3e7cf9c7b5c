// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cloud/DirectoryBackend.h"
#include "models/RecordTableModel.h"

// The groups of a directory (every page, server-side search through setSearch()).
class GroupListModel : public RecordTableModel<DirectoryGroup>
{
    Q_OBJECT
public:
    enum Column { Name, DisplayName, Description, JoinType, Source, GroupId, Created, Updated, ColumnCount };
    Q_ENUM(Column)
    enum Role {
        RawValueRole = RecordTableModelBase::RawValueRole,
        IdRole = RecordTableModelBase::IdRole,
        SearchTextRole = RecordTableModelBase::SearchTextRole,
    };

    explicit GroupListModel(QObject *parent = nullptr);

    static QString columnTitle(int column);
    static const Columns &columnSet();

    // Server-side search; reloads when a backend is set.
    void setSearch(const QString &search);
    QString search() const { return m_search; }

    void appendGroups(const QList<DirectoryGroup> &groups) { appendRecords(groups); }
    int upsertGroup(const DirectoryGroup &group);
    bool removeGroup(const QString &id) { return removeRecord(id); }
    DirectoryGroup group(int row) const { return record(row); }
    QString groupId(int row) const { return recordId(row); }

private:
    QString m_search;
};
