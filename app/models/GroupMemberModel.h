// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cloud/DirectoryBackend.h"
#include "models/PagedTableModel.h"
#include <QHash>

// The members of one group (every page).
class GroupMemberModel : public PagedTableModel
{
    Q_OBJECT
public:
    enum Column { UserName, DisplayName, Email, Status, Source, UserId, Joined, ColumnCount };
    Q_ENUM(Column)
    enum Role {
        RawValueRole = Qt::UserRole,
        IdRole,          // the member's user id
    };

    explicit GroupMemberModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    static QString columnTitle(int column);

    // Shows the members of `groupId` (loads them if a backend is set); empty clears.
    void setGroupId(const QString &groupId);
    QString groupId() const { return m_groupId; }

    void appendMembers(const QList<GroupMember> &members);
    // After AddUserToGroup: a member row built from the user.
    void addMember(const GroupMember &member);
    bool removeMember(const QString &userId);
    bool contains(const QString &userId) const { return m_rowById.contains(userId); }
    int rowOfId(const QString &userId) const { return m_rowById.value(userId, -1); }
    GroupMember member(int row) const;

    void retranslate();

protected:
    ApiCall *requestPage(const QString &cursor, quint64 generation) override;
    void clearRows() override;

private:
    QVariant display(const GroupMember &m, int column) const;
    QVariant raw(const GroupMember &m, int column) const;
    void reindex();

    QString m_groupId;
    QList<GroupMember> m_rows;
    QHash<QString, int> m_rowById;
};
