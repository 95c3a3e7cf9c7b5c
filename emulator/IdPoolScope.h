// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace emu {

class DataStore;
class ParamReader;
struct IdUserPool;

// What every `id` action shares: the data, the pool a request names, and the 404 every missing object gets.
class IdPoolScope
{
public:
    explicit IdPoolScope(DataStore &store) : m_store(store) {}

    DataStore &store() const { return m_store; }
    // The pool named by `key` (UserPoolUid; ListIdentityProviders spells it UserPoolUID), or 404 NotFound.
    IdUserPool &requirePool(const ParamReader &params, const QString &key = QStringLiteral("UserPoolUid")) const;
    // TotalClients / TotalConnections of the pool after a create or delete.
    void syncCounters(IdUserPool &pool) const;

    // 404 NotFound "Resource not found: <kind> <id>." (volcengine-id.md §9.1).
    [[noreturn]] static void notFound(const QString &kind, const QString &id);

private:
    DataStore &m_store;
};

} // namespace emu
