// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "GroupMembership.h"

#include <QHash>
#include <QJsonArray>
#include <QSet>
#include <QString>

#include <vector>

namespace emu {

class JsonWriter;

// Group <-> user memberships, indexed both ways. Members of a group are kept in join order.
class MembershipIndex
{
public:
    bool add(const QString &groupId, const QString &userId, qint64 joinTime, qint64 seq);
    bool remove(const QString &groupId, const QString &userId);
    bool contains(const QString &groupId, const QString &userId) const;
    const std::vector<GroupMembership> &members(const QString &groupId) const;
    int memberCount(const QString &groupId) const;
    QSet<QString> groupsOf(const QString &userId) const { return m_byUser.value(userId); }
    int groupCountOf(const QString &userId) const;
    void removeGroup(const QString &groupId);
    void removeUser(const QString &userId);
    void clear();
    int size() const;

    // State-file form: [{"GroupId","UserId","JoinTime","_seq"}], ordered by seq.
    void writeState(JsonWriter &w) const;
    QJsonArray toState() const;
    void loadState(const QJsonArray &array);

private:
    QHash<QString, std::vector<GroupMembership>> m_byGroup;
    QHash<QString, QSet<QString>> m_byUser;
};

} // namespace emu
