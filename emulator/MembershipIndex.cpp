// SPDX-License-Identifier: GPL-3.0-or-later
#include "MembershipIndex.h"

#include "JsonUtil.h"
#include "JsonWriter.h"
#include "TimeFormat.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace emu {

bool MembershipIndex::add(const QString &groupId, const QString &userId, qint64 joinTime, qint64 seq)
{
    if (contains(groupId, userId))
        return false;
    m_byGroup[groupId].push_back(GroupMembership{groupId, userId, joinTime, seq});
    m_byUser[userId].insert(groupId);
    return true;
}

bool MembershipIndex::remove(const QString &groupId, const QString &userId)
{
    auto git = m_byGroup.find(groupId);
    if (git == m_byGroup.end())
        return false;
    auto &list = git.value();
    const auto it = std::find_if(list.begin(), list.end(),
                                 [&](const GroupMembership &m) { return m.userId == userId; });
    if (it == list.end())
        return false;
    list.erase(it);
    if (list.empty())
        m_byGroup.erase(git);
    auto uit = m_byUser.find(userId);
    if (uit != m_byUser.end()) {
        uit.value().remove(groupId);
        if (uit.value().isEmpty())
            m_byUser.erase(uit);
    }
    return true;
}

bool MembershipIndex::contains(const QString &groupId, const QString &userId) const
{
    const auto it = m_byUser.constFind(userId);
    return it != m_byUser.constEnd() && it.value().contains(groupId);
}

const std::vector<GroupMembership> &MembershipIndex::members(const QString &groupId) const
{
    static const std::vector<GroupMembership> empty;
    const auto it = m_byGroup.constFind(groupId);
    return it == m_byGroup.constEnd() ? empty : it.value();
}

int MembershipIndex::memberCount(const QString &groupId) const
{
    return int(members(groupId).size());
}

int MembershipIndex::groupCountOf(const QString &userId) const
{
    const auto it = m_byUser.constFind(userId);
    return it == m_byUser.constEnd() ? 0 : int(it.value().size());
}

void MembershipIndex::removeGroup(const QString &groupId)
{
    const auto list = members(groupId);
    for (const GroupMembership &m : list)
        remove(groupId, m.userId);
}

void MembershipIndex::removeUser(const QString &userId)
{
    const QSet<QString> groups = groupsOf(userId);
    for (const QString &g : groups)
        remove(g, userId);
}

void MembershipIndex::clear()
{
    m_byGroup.clear();
    m_byUser.clear();
}

int MembershipIndex::size() const
{
    int n = 0;
    for (auto it = m_byGroup.constBegin(); it != m_byGroup.constEnd(); ++it)
        n += int(it.value().size());
    return n;
}

void MembershipIndex::writeState(JsonWriter &w) const
{
    std::vector<const GroupMembership *> all;
    for (auto it = m_byGroup.constBegin(); it != m_byGroup.constEnd(); ++it) {
        for (const GroupMembership &m : it.value())
            all.push_back(&m);
    }
    std::sort(all.begin(), all.end(), [](const auto *a, const auto *b) { return a->seq < b->seq; });
    w.beginArray();
    for (const GroupMembership *m : all)
        w.beginObject()
            .field("GroupId", m->groupId)
            .field("UserId", m->userId)
            .field("JoinTime", TimeFormat::utc(m->joinTime))
            .field("_seq", m->seq)
            .endObject();
    w.endArray();
}

QJsonArray MembershipIndex::toState() const
{
    JsonWriter w;
    writeState(w);
    return QJsonDocument::fromJson(w.data()).array();
}

void MembershipIndex::loadState(const QJsonArray &array)
{
    clear();
    for (const QJsonValue &v : array) {
        const QJsonObject o = v.toObject();
        add(o.value(QStringLiteral("GroupId")).toString(), o.value(QStringLiteral("UserId")).toString(),
            JsonUtil::time(o, QStringLiteral("JoinTime")), qint64(o.value(QStringLiteral("_seq")).toDouble()));
    }
}

} // namespace emu
