// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "EntityTable.h"
#include "IdPoolUser.h"

#include <QHash>
#include <QJsonObject>
#include <QString>

#include <optional>
#include <vector>

namespace emu {

class JsonWriter;

// The users of one Agent Identity user pool, in creation order (ascending seq).
//
// Besides ordinary stored users, a pool may hold `virtual` users (the large dataset's `--pool-users N`): user
// number i (0-based) is generated deterministically from (pool, i) when it is needed and takes seq baseSeq+1+i.
// Only virtual users that were modified are materialised (kept as overrides); deleted ones are remembered by
// index. Every ordinary user is created after the virtual ones, so creation order is: virtual users by index,
// then stored users by seq. Reading the user at a position, the position after a seq (token paging), and
// lookups by Uid cost O(log n + deletions), never O(n), so ListUsers page 5,001 of a 1,000,000-user pool is as
// cheap as page 1. Scans (filters, sorting) stay O(n).
class IdPoolUserTable
{
public:
    // Makes users 0..count-1 virtual. Only valid on an empty table.
    void setVirtual(const QString &poolUid, qint64 count, qint64 baseSeq, qint64 fromMs, qint64 toMs, quint64 key);
    qint64 virtualCount() const { return m_count; }

    int size() const { return int(m_count - qint64(m_deleted.size())) + m_stored.size(); }
    bool contains(const QString &uid) const { return get(uid).has_value(); }
    std::optional<IdPoolUser> get(const QString &uid) const;
    // Replaces the user with the same Uid (which must exist).
    void put(const IdPoolUser &user);
    // A new user; its seq must be larger than every seq in the table.
    const IdPoolUser &append(IdPoolUser user);
    bool remove(const QString &uid);

    // 0 <= position < size().
    IdPoolUser at(int position) const;
    // Position of the first user whose seq is greater than `seq` (size() when none).
    int positionAfterSeq(qint64 seq) const;
    qint64 lastSeq() const;

    // Calls f(user) for every user in creation order; stops when f returns false.
    template <class F>
    void forEach(F f) const
    {
        size_t d = 0;
        for (qint64 i = 0; i < m_count; ++i) {
            while (d < m_deleted.size() && m_deleted[d] < i)
                ++d;
            if (d < m_deleted.size() && m_deleted[d] == i)
                continue;
            const auto it = m_overrides.constFind(i);
            if (!f(it == m_overrides.constEnd() ? generate(i) : it.value()))
                return;
        }
        for (const IdPoolUser &u : m_stored.items()) {
            if (!f(u))
                return;
        }
    }

    // Another user (not `exceptUid`) already uses this PreferredUsername (case-insensitive)? O(modified users).
    bool usernameTaken(const QString &username, const QString &exceptUid) const;

    // State file: the materialised users (stored + overrides) go to `users`; the virtual spec separately.
    void writeUsersState(JsonWriter &w) const;
    bool hasVirtual() const { return m_count > 0; }
    QJsonObject virtualState() const;
    void loadVirtualState(const QString &poolUid, const QJsonObject &o);
    // Routes a user read from the state file (override or stored). Call finalizeLoad() afterwards.
    void loadUser(IdPoolUser user);
    bool finalizeLoad() { return m_stored.finalizeLoad(); }

    // The user a virtual index generates (exposed for tests).
    IdPoolUser generate(qint64 index) const;
    std::optional<qint64> virtualIndexOfUid(const QString &uid) const;

private:
    bool isDeleted(qint64 index) const;
    qint64 deletedBefore(qint64 index) const; // deleted indices < index
    std::optional<qint64> virtualIndexOfUsername(const QString &username) const;

    QString m_poolUid;
    qint64 m_count = 0;
    qint64 m_baseSeq = 0;
    qint64 m_fromMs = 0;
    qint64 m_toMs = 0;
    quint64 m_key = 0;
    QString m_uidPrefix;
    quint64 m_uidMask = 0;
    std::vector<qint64> m_deleted; // sorted virtual indices
    QHash<qint64, IdPoolUser> m_overrides;
    EntityTable<IdPoolUser> m_stored;
};

} // namespace emu
