// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cloud/DirectoryBackend.h"
#include "models/RecordTableModel.h"

// The members of one group (every page), unique by user id.
class GroupMemberModel : public RecordTableModel<GroupMember>
{
    Q_OBJECT
public:
    enum Column { UserName, DisplayName, Email, Status, Source, UserId, Joined, ColumnCount };
    Q_ENUM(Column)
    enum Role {
        RawValueRole = RecordTableModelBase::RawValueRole,
        IdRole = RecordTableModelBase::IdRole,   // the member's user id
        SearchTextRole = RecordTableModelBase::SearchTextRole,
    };

    explicit GroupMemberModel(QObject *parent = nullptr);

    static QString columnTitle(int column);
    static const Columns &columnSet();

    // Shows the members of `groupId` (loads them if a backend is set); empty clears.
    void setGroupId(const QString &groupId);
    QString groupId() const { return m_groupId; }

    void appendMembers(const QList<GroupMember> &members) { appendRecords(members); }
    // After AddUserToGroup: a member row built from the user (appended, or replacing the member's row).
    void addMember(const GroupMember &member) { upsertRecord(member, InsertAt::Bottom); }
    bool removeMember(const QString &userId) { return removeRecord(userId); }
    bool contains(const QString &userId) const { return containsId(userId); }
    GroupMember member(int row) const { return record(row); }

protected:
    ApiCall *requestPage(const QString &cursor, quint64 generation) override;

private:
    QString m_groupId;
};
