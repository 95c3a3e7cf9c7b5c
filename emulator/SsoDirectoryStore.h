// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "EntityTable.h"
#include "MembershipIndex.h"
#include "SsoDirectory.h"
#include "SsoGroup.h"
#include "SsoProvisioning.h"
#include "SsoProvisioningEvent.h"
#include "SsoUser.h"

#include <QJsonObject>

namespace emu {

class JsonWriter;

// Everything inside one CloudSSO directory.
class SsoDirectoryStore
{
public:
    SsoDirectory &directory() { return m_directory; }
    const SsoDirectory &directory() const { return m_directory; }
    EntityTable<SsoUser> &users() { return m_users; }
    const EntityTable<SsoUser> &users() const { return m_users; }
    EntityTable<SsoGroup> &groups() { return m_groups; }
    const EntityTable<SsoGroup> &groups() const { return m_groups; }
    EntityTable<SsoProvisioning> &provisionings() { return m_provisionings; }
    const EntityTable<SsoProvisioning> &provisionings() const { return m_provisionings; }
    EntityTable<SsoProvisioningEvent> &events() { return m_events; }
    const EntityTable<SsoProvisioningEvent> &events() const { return m_events; }
    MembershipIndex &members() { return m_members; }
    const MembershipIndex &members() const { return m_members; }

    // Lower-cased user names / emails / group names for uniqueness checks.
    QHash<QString, QString> &userNameIndex() { return m_userNames; }
    QHash<QString, QString> &groupNameIndex() { return m_groupNames; }
    const QHash<QString, QString> &userNameIndex() const { return m_userNames; }
    const QHash<QString, QString> &groupNameIndex() const { return m_groupNames; }
    void rebuildIndexes();

    void writeState(JsonWriter &w) const;
    static SsoDirectoryStore fromState(const QJsonObject &o);

private:
    SsoDirectory m_directory;
    EntityTable<SsoUser> m_users;
    EntityTable<SsoGroup> m_groups;
    EntityTable<SsoProvisioning> m_provisionings;
    EntityTable<SsoProvisioningEvent> m_events;
    MembershipIndex m_members;
    QHash<QString, QString> m_userNames;
    QHash<QString, QString> m_groupNames;
};

} // namespace emu
