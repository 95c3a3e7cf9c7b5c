// SPDX-License-Identifier: GPL-3.0-or-later
#include "DataStore.h"

#include "JsonWriter.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace emu {

namespace {

constexpr qint64 ciCounterBase(DataStore::CiKind kind)
{
    switch (kind) {
    case DataStore::CiKind::User: return 14000000;
    case DataStore::CiKind::Group: return 25000000;
    case DataStore::CiKind::Provisioning: return 13877503;
    case DataStore::CiKind::Event: return 36000000;
    }
    return 0;
}

quint64 fnv1a(const QByteArray &bytes)
{
    quint64 h = 1469598103934665603ULL;
    for (char c : bytes) {
        h ^= static_cast<unsigned char>(c);
        h *= 1099511628211ULL;
    }
    return h;
}

} // namespace

DataStore::DataStore(quint64 seed)
{
    reset(seed);
}

void DataStore::reset(quint64 seed)
{
    m_seed = seed;
    m_seq = 0;
    m_idRng.seed(seed ^ 0x9e3779b97f4a7c15ULL);
    m_ciCounters.clear();
    m_pools.clear();
    m_poolUsers.clear();
    m_poolClients.clear();
    m_identityProviders.clear();
    m_ciUsers.clear();
    m_ciGroups.clear();
    m_ciProvisionings.clear();
    m_ciEvents.clear();
    m_ciMembers.clear();
    m_ciUserNames.clear();
    m_ciGroupNames.clear();
    m_ssoDirectories.clear();
}

int DataStore::poolUserCount(const QString &poolUid) const
{
    const auto it = m_poolUsers.constFind(poolUid);
    return it == m_poolUsers.constEnd() ? 0 : it.value().size();
}

const IdPoolUserTable *DataStore::findPoolUsers(const QString &poolUid) const
{
    const auto it = m_poolUsers.constFind(poolUid);
    return it == m_poolUsers.constEnd() ? nullptr : &it.value();
}

int DataStore::poolClientCount(const QString &poolUid) const
{
    const auto it = m_poolClients.constFind(poolUid);
    return it == m_poolClients.constEnd() ? 0 : it.value().size();
}

int DataStore::identityProviderCount(const QString &poolUid) const
{
    const auto it = m_identityProviders.constFind(poolUid);
    return it == m_identityProviders.constEnd() ? 0 : it.value().size();
}

void DataStore::removePool(const QString &poolUid)
{
    m_pools.remove(poolUid);
    m_poolUsers.remove(poolUid);
    m_poolClients.remove(poolUid);
    m_identityProviders.remove(poolUid);
}

SsoDirectoryStore *DataStore::ssoDirectory(const QString &directoryId)
{
    for (SsoDirectoryStore &d : m_ssoDirectories) {
        if (d.directory().id == directoryId)
            return &d;
    }
    return nullptr;
}

QString DataStore::newUuid()
{
    static const char hex[] = "0123456789abcdef";
    const quint64 a = m_idRng();
    const quint64 b = m_idRng();
    QString out;
    out.reserve(36);
    for (int i = 0; i < 32; ++i) {
        const quint64 word = i < 16 ? a : b;
        int nibble = int((word >> ((i % 16) * 4)) & 0xf);
        if (i == 12)
            nibble = 4; // version 4
        if (i == 16)
            nibble = 8 | (nibble & 3); // variant
        if (i == 8 || i == 12 || i == 16 || i == 20)
            out.append(QLatin1Char('-'));
        out.append(QLatin1Char(hex[nibble]));
    }
    return out;
}

QString DataStore::newCiId(CiKind kind)
{
    qint64 &counter = m_ciCounters[int(kind)];
    if (counter == 0)
        counter = ciCounterBase(kind);
    return QString::number(++counter);
}

QString DataStore::newSsoId(const QString &prefix, int length, bool mixedCase)
{
    static const char lower[] = "0123456789abcdefghijklmnopqrstuvwxyz";
    static const char mixed[] = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
    const char *alphabet = mixedCase ? mixed : lower;
    const quint64 n = mixedCase ? 62 : 36;
    QString out = prefix;
    out.reserve(prefix.size() + length);
    // Real ids start with "00"; keep that look for directory, user and group ids.
    int i = 0;
    if (!mixedCase && length >= 12) {
        out.append(QStringLiteral("00"));
        i = 2;
    }
    quint64 r = m_idRng();
    int left = 10;
    for (; i < length; ++i) {
        if (left == 0) {
            r = m_idRng();
            left = 10;
        }
        out.append(QLatin1Char(alphabet[r % n]));
        r /= n;
        --left;
    }
    return out;
}

quint64 DataStore::keyedRandom(const QString &key) const
{
    quint64 h = fnv1a(key.toUtf8()) ^ (m_seed * 0x9e3779b97f4a7c15ULL);
    // splitmix64 finaliser
    h += 0x9e3779b97f4a7c15ULL;
    h = (h ^ (h >> 30)) * 0xbf58476d1ce4e5b9ULL;
    h = (h ^ (h >> 27)) * 0x94d049bb133111ebULL;
    return h ^ (h >> 31);
}

QByteArray DataStore::stateJson() const
{
    JsonWriter w;
    w.beginObject()
        .field("format", "idconsole-emulator-state")
        .field("formatVersion", 1)
        .field("seed", QString::number(m_seed))
        .field("seq", m_seq);
    w.key("ciCounters").beginObject();
    for (auto it = m_ciCounters.constBegin(); it != m_ciCounters.constEnd(); ++it) {
        const QByteArray key = QByteArray::number(it.key());
        w.key(key.constData()).value(it.value());
    }
    w.endObject();

    w.key("id").beginObject().key("UserPools").beginArray();
    for (const IdUserPool &p : m_pools.items())
        p.writeJson(w, 0, IdUserPool::State);
    w.endArray().key("PoolUsers").beginObject();
    for (const IdUserPool &p : m_pools.items()) {
        const QByteArray key = p.id.toUtf8();
        w.key(key.constData()).beginArray();
        if (const auto *table = findPoolUsers(p.id))
            table->writeUsersState(w);
        w.endArray();
    }
    w.endObject().key("PoolVirtualUsers").beginObject();
    for (const IdUserPool &p : m_pools.items()) {
        const IdPoolUserTable *table = findPoolUsers(p.id);
        if (!table || !table->hasVirtual())
            continue;
        const QByteArray key = p.id.toUtf8();
        w.key(key.constData()).value(QJsonValue(table->virtualState()));
    }
    w.endObject().key("PoolClients").beginObject();
    for (const IdUserPool &p : m_pools.items()) {
        const QByteArray key = p.id.toUtf8();
        w.key(key.constData()).beginArray();
        const auto it = m_poolClients.constFind(p.id);
        if (it != m_poolClients.constEnd()) {
            for (const IdPoolClient &c : it.value().items())
                c.writeJson(w, IdPoolClient::State);
        }
        w.endArray();
    }
    w.endObject().key("IdentityProviders").beginObject();
    for (const IdUserPool &p : m_pools.items()) {
        const QByteArray key = p.id.toUtf8();
        w.key(key.constData()).beginArray();
        const auto it = m_identityProviders.constFind(p.id);
        if (it != m_identityProviders.constEnd()) {
            for (const IdIdentityProvider &c : it.value().items())
                c.writeJson(w, IdIdentityProvider::State);
        }
        w.endArray();
    }
    w.endObject().endObject();

    w.key("cloudidentity").beginObject().key("Users").beginArray();
    for (const CiUser &u : m_ciUsers.items())
        u.writeJson(w, CiUser::State);
    w.endArray().key("Groups").beginArray();
    for (const CiGroup &g : m_ciGroups.items())
        g.writeJson(w, CiGroup::State);
    w.endArray().key("Memberships");
    m_ciMembers.writeState(w);
    w.key("UserProvisionings").beginArray();
    for (const CiProvisioning &p : m_ciProvisionings.items())
        p.writeJson(w, CiProvisioning::State);
    w.endArray().key("UserProvisioningEvents").beginArray();
    for (const CiProvisioningEvent &e : m_ciEvents.items())
        e.writeJson(w, CiProvisioningEvent::State);
    w.endArray().endObject();

    w.key("cloudsso").beginObject().key("Directories").beginArray();
    for (const SsoDirectoryStore &d : m_ssoDirectories)
        d.writeState(w);
    w.endArray().endObject();
    w.endObject();
    return w.take();
}

QJsonObject DataStore::toState() const
{
    return QJsonDocument::fromJson(stateJson()).object();
}

bool DataStore::loadState(const QJsonObject &state, QString *error)
{
    auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    if (state.value(QStringLiteral("format")).toString() != QLatin1String("idconsole-emulator-state"))
        return fail(QStringLiteral("not an idconsole-emulator state file (missing \"format\")"));
    if (state.value(QStringLiteral("formatVersion")).toInt() != 1)
        return fail(QStringLiteral("unsupported state file formatVersion %1")
                        .arg(state.value(QStringLiteral("formatVersion")).toInt()));
    const QJsonValue id = state.value(QStringLiteral("id"));
    const QJsonValue ci = state.value(QStringLiteral("cloudidentity"));
    const QJsonValue sso = state.value(QStringLiteral("cloudsso"));
    if (!id.isObject() || !ci.isObject() || !sso.isObject())
        return fail(QStringLiteral("state file lacks the id, cloudidentity or cloudsso section"));

    bool seedOk = false;
    const quint64 seed = state.value(QStringLiteral("seed")).toString().toULongLong(&seedOk);
    reset(seedOk ? seed : 1);

    const QJsonObject idObj = id.toObject();
    for (const QJsonValue &v : idObj.value(QStringLiteral("UserPools")).toArray()) {
        if (!v.isObject())
            return fail(QStringLiteral("malformed user pool record"));
        m_pools.append(IdUserPool::fromState(v.toObject()));
    }
    const QJsonObject virtualUsers = idObj.value(QStringLiteral("PoolVirtualUsers")).toObject();
    for (auto it = virtualUsers.constBegin(); it != virtualUsers.constEnd(); ++it)
        m_poolUsers[it.key()].loadVirtualState(it.key(), it.value().toObject());
    const QJsonObject poolUsers = idObj.value(QStringLiteral("PoolUsers")).toObject();
    for (auto it = poolUsers.constBegin(); it != poolUsers.constEnd(); ++it) {
        IdPoolUserTable &table = m_poolUsers[it.key()];
        for (const QJsonValue &v : it.value().toArray()) {
            if (!v.isObject())
                return fail(QStringLiteral("malformed pool user record"));
            table.loadUser(IdPoolUser::fromState(v.toObject(), it.key()));
        }
        if (!table.finalizeLoad())
            return fail(QStringLiteral("duplicate or empty ids among the users of pool %1").arg(it.key()));
    }
    const QJsonObject poolClients = idObj.value(QStringLiteral("PoolClients")).toObject();
    for (auto it = poolClients.constBegin(); it != poolClients.constEnd(); ++it) {
        EntityTable<IdPoolClient> &table = m_poolClients[it.key()];
        for (const QJsonValue &v : it.value().toArray())
            table.append(IdPoolClient::fromState(v.toObject(), it.key()));
        if (!table.finalizeLoad())
            return fail(QStringLiteral("duplicate or empty ids among the clients of pool %1").arg(it.key()));
    }
    const QJsonObject providers = idObj.value(QStringLiteral("IdentityProviders")).toObject();
    for (auto it = providers.constBegin(); it != providers.constEnd(); ++it) {
        EntityTable<IdIdentityProvider> &table = m_identityProviders[it.key()];
        for (const QJsonValue &v : it.value().toArray())
            table.append(IdIdentityProvider::fromState(v.toObject(), it.key()));
        if (!table.finalizeLoad())
            return fail(QStringLiteral("duplicate or empty ids among the identity providers of pool %1").arg(it.key()));
    }

    const QJsonObject ciObj = ci.toObject();
    for (const QJsonValue &v : ciObj.value(QStringLiteral("Users")).toArray())
        m_ciUsers.append(CiUser::fromState(v.toObject()));
    for (const QJsonValue &v : ciObj.value(QStringLiteral("Groups")).toArray())
        m_ciGroups.append(CiGroup::fromState(v.toObject()));
    for (const QJsonValue &v : ciObj.value(QStringLiteral("UserProvisionings")).toArray())
        m_ciProvisionings.append(CiProvisioning::fromState(v.toObject()));
    for (const QJsonValue &v : ciObj.value(QStringLiteral("UserProvisioningEvents")).toArray())
        m_ciEvents.append(CiProvisioningEvent::fromState(v.toObject()));
    m_ciMembers.loadState(ciObj.value(QStringLiteral("Memberships")).toArray());

    for (const QJsonValue &v : sso.toObject().value(QStringLiteral("Directories")).toArray()) {
        if (!v.isObject())
            return fail(QStringLiteral("malformed directory record"));
        m_ssoDirectories.push_back(SsoDirectoryStore::fromState(v.toObject()));
        SsoDirectoryStore &d = m_ssoDirectories.back();
        if (d.directory().id.isEmpty() || !d.users().finalizeLoad() || !d.groups().finalizeLoad()
            || !d.provisionings().finalizeLoad() || !d.events().finalizeLoad())
            return fail(QStringLiteral("duplicate or empty ids in a CloudSSO directory"));
        d.rebuildIndexes();
    }
    if (!m_pools.finalizeLoad() || !m_ciUsers.finalizeLoad() || !m_ciGroups.finalizeLoad()
        || !m_ciProvisionings.finalizeLoad() || !m_ciEvents.finalizeLoad())
        return fail(QStringLiteral("duplicate or empty ids in the state file"));

    for (const CiUser &u : m_ciUsers.items())
        m_ciUserNames.insert(u.userName, u.id);
    for (const CiGroup &g : m_ciGroups.items())
        m_ciGroupNames.insert(g.groupName, g.id);

    const QJsonObject counters = state.value(QStringLiteral("ciCounters")).toObject();
    for (auto it = counters.constBegin(); it != counters.constEnd(); ++it)
        m_ciCounters.insert(it.key().toInt(), qint64(it.value().toDouble()));
    // Never hand out an id below one that exists.
    auto bump = [this](CiKind kind, const auto &table) {
        qint64 &c = m_ciCounters[int(kind)];
        if (c == 0)
            c = ciCounterBase(kind);
        for (const auto &item : table.items())
            c = qMax(c, item.id.toLongLong());
    };
    bump(CiKind::User, m_ciUsers);
    bump(CiKind::Group, m_ciGroups);
    bump(CiKind::Provisioning, m_ciProvisionings);
    bump(CiKind::Event, m_ciEvents);

    qint64 maxSeq = qint64(state.value(QStringLiteral("seq")).toDouble());
    auto seqOf = [&maxSeq](const auto &table) {
        if (!table.items().empty())
            maxSeq = qMax(maxSeq, table.items().back().seq);
    };
    seqOf(m_pools);
    seqOf(m_ciUsers);
    seqOf(m_ciGroups);
    seqOf(m_ciProvisionings);
    seqOf(m_ciEvents);
    for (auto it = m_poolUsers.constBegin(); it != m_poolUsers.constEnd(); ++it)
        maxSeq = qMax(maxSeq, it.value().lastSeq());
    for (auto it = m_poolClients.constBegin(); it != m_poolClients.constEnd(); ++it)
        seqOf(it.value());
    for (auto it = m_identityProviders.constBegin(); it != m_identityProviders.constEnd(); ++it)
        seqOf(it.value());
    for (const SsoDirectoryStore &d : m_ssoDirectories) {
        seqOf(d.users());
        seqOf(d.groups());
        seqOf(d.provisionings());
        seqOf(d.events());
    }
    m_seq = maxSeq;
    // Advance the id generator so ids created after a reload differ from the dataset's.
    m_idRng.seed(m_seed ^ quint64(m_seq) ^ 0x5851f42d4c957f2dULL);
    return true;
}

} // namespace emu
