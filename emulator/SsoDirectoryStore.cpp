// SPDX-License-Identifier: GPL-3.0-or-later
#include "SsoDirectoryStore.h"

#include "JsonWriter.h"

#include <QJsonArray>

namespace emu {

void SsoDirectoryStore::rebuildIndexes()
{
    m_userNames.clear();
    m_groupNames.clear();
    m_userNames.reserve(m_users.size());
    for (const SsoUser &u : m_users.items())
        m_userNames.insert(u.userName.toLower(), u.id);
    for (const SsoGroup &g : m_groups.items())
        m_groupNames.insert(g.groupName.toLower(), g.id);
}

void SsoDirectoryStore::writeState(JsonWriter &w) const
{
    w.beginObject();
    w.key("Directory");
    m_directory.writeJson(w);
    w.key("Users").beginArray();
    for (const SsoUser &u : m_users.items())
        u.writeJson(w, SsoUser::State);
    w.endArray().key("Groups").beginArray();
    for (const SsoGroup &g : m_groups.items())
        g.writeJson(w, SsoGroup::State);
    w.endArray().key("Memberships");
    m_members.writeState(w);
    w.key("UserProvisionings").beginArray();
    for (const SsoProvisioning &p : m_provisionings.items())
        p.writeJson(w, SsoProvisioning::State);
    w.endArray().key("UserProvisioningEvents").beginArray();
    for (const SsoProvisioningEvent &e : m_events.items())
        e.writeJson(w, SsoProvisioningEvent::State);
    w.endArray().endObject();
}

SsoDirectoryStore SsoDirectoryStore::fromState(const QJsonObject &o)
{
    SsoDirectoryStore s;
    s.m_directory = SsoDirectory::fromState(o.value(QStringLiteral("Directory")).toObject());
    const QJsonArray users = o.value(QStringLiteral("Users")).toArray();
    s.m_users.reserve(int(users.size()));
    for (const QJsonValue &v : users)
        s.m_users.append(SsoUser::fromState(v.toObject()));
    for (const QJsonValue &v : o.value(QStringLiteral("Groups")).toArray())
        s.m_groups.append(SsoGroup::fromState(v.toObject()));
    for (const QJsonValue &v : o.value(QStringLiteral("UserProvisionings")).toArray())
        s.m_provisionings.append(SsoProvisioning::fromState(v.toObject()));
    for (const QJsonValue &v : o.value(QStringLiteral("UserProvisioningEvents")).toArray())
        s.m_events.append(SsoProvisioningEvent::fromState(v.toObject()));
    s.m_members.loadState(o.value(QStringLiteral("Memberships")).toArray());
    s.rebuildIndexes();
    return s;
}

} // namespace emu
