// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CiGroup.h"
#include "CiProvisioning.h"
#include "CiProvisioningEvent.h"
#include "CiUser.h"
#include "EntityTable.h"
#include "IdIdentityProvider.h"
#include "IdPoolClient.h"
#include "IdPoolUser.h"
#include "IdPoolUserTable.h"
#include "IdUserPool.h"
#include "MembershipIndex.h"
#include "SsoDirectoryStore.h"

#include <QHash>
#include <QJsonObject>
#include <QString>

#include <map>
#include <random>
#include <vector>

namespace emu {

// All emulated state of the three services, in memory. Also hands out ids and sequence numbers.
class DataStore
{
public:
    explicit DataStore(quint64 seed = 1);

    quint64 seed() const { return m_seed; }
    void reset(quint64 seed);
    qint64 nextSeq() { return ++m_seq; }
    // Reserves n consecutive sequence numbers and returns the one before the first (virtual pool users).
    qint64 reserveSeqs(qint64 n)
    {
        const qint64 base = m_seq;
        m_seq += n;
        return base;
    }

    // --- id (Agent Identity) ---
    EntityTable<IdUserPool> &pools() { return m_pools; }
    const EntityTable<IdUserPool> &pools() const { return m_pools; }
    IdPoolUserTable &poolUsers(const QString &poolUid) { return m_poolUsers[poolUid]; }
    int poolUserCount(const QString &poolUid) const;
    const IdPoolUserTable *findPoolUsers(const QString &poolUid) const;
    EntityTable<IdPoolClient> &poolClients(const QString &poolUid) { return m_poolClients[poolUid]; }
    EntityTable<IdIdentityProvider> &identityProviders(const QString &poolUid) { return m_identityProviders[poolUid]; }
    int poolClientCount(const QString &poolUid) const;
    int identityProviderCount(const QString &poolUid) const;
    void removePool(const QString &poolUid);

    // --- cloudidentity ---
    EntityTable<CiUser> &ciUsers() { return m_ciUsers; }
    const EntityTable<CiUser> &ciUsers() const { return m_ciUsers; }
    EntityTable<CiGroup> &ciGroups() { return m_ciGroups; }
    const EntityTable<CiGroup> &ciGroups() const { return m_ciGroups; }
    EntityTable<CiProvisioning> &ciProvisionings() { return m_ciProvisionings; }
    const EntityTable<CiProvisioning> &ciProvisionings() const { return m_ciProvisionings; }
    EntityTable<CiProvisioningEvent> &ciEvents() { return m_ciEvents; }
    const EntityTable<CiProvisioningEvent> &ciEvents() const { return m_ciEvents; }
    MembershipIndex &ciMembers() { return m_ciMembers; }
    const MembershipIndex &ciMembers() const { return m_ciMembers; }
    // user name -> id, group name -> id (exact names).
    QHash<QString, QString> &ciUserNames() { return m_ciUserNames; }
    QHash<QString, QString> &ciGroupNames() { return m_ciGroupNames; }

    // --- cloudsso ---
    std::vector<SsoDirectoryStore> &ssoDirectories() { return m_ssoDirectories; }
    const std::vector<SsoDirectoryStore> &ssoDirectories() const { return m_ssoDirectories; }
    SsoDirectoryStore *ssoDirectory(const QString &directoryId);

    // --- ids ---
    QString newUuid();
    enum class CiKind { User, Group, Provisioning, Event };
    QString newCiId(CiKind kind);
    // prefix + `length` random characters (lower-case alphanumerics, or mixed case).
    QString newSsoId(const QString &prefix, int length, bool mixedCase = false);
    // Deterministic pseudo-random number for a key (used for retry outcomes), derived from the seed.
    quint64 keyedRandom(const QString &key) const;

    // --- state file ---
    QByteArray stateJson() const; // compact JSON text of the whole state
    QJsonObject toState() const;
    bool loadState(const QJsonObject &state, QString *error);

private:
    quint64 m_seed;
    qint64 m_seq = 0;
    std::mt19937_64 m_idRng;
    QHash<int, qint64> m_ciCounters;

    EntityTable<IdUserPool> m_pools;
    QHash<QString, IdPoolUserTable> m_poolUsers;
    QHash<QString, EntityTable<IdPoolClient>> m_poolClients;
    QHash<QString, EntityTable<IdIdentityProvider>> m_identityProviders;

    EntityTable<CiUser> m_ciUsers;
    EntityTable<CiGroup> m_ciGroups;
    EntityTable<CiProvisioning> m_ciProvisionings;
    EntityTable<CiProvisioningEvent> m_ciEvents;
    MembershipIndex m_ciMembers;
    QHash<QString, QString> m_ciUserNames;
    QHash<QString, QString> m_ciGroupNames;

    std::vector<SsoDirectoryStore> m_ssoDirectories;
};

} // namespace emu
