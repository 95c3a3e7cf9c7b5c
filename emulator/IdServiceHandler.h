// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "IdIdentityProviderActions.h"
#include "IdPoolClientActions.h"
#include "IdPoolScope.h"
#include "IdPoolUserActions.h"
#include "IdUserPool.h"
#include "IdUserPoolActions.h"
#include "ServiceHandler.h"

namespace emu {

class DataStore;

// Volcengine Agent Identity (`id`, 2025-10-30): user pools, pool users, applications, identity providers and MAU
// (volcengine-id.md). This class only routes: one action class per object kind answers the calls.
class IdServiceHandler : public ServiceHandler
{
public:
    explicit IdServiceHandler(DataStore &store);

    QString service() const override { return QStringLiteral("id"); }
    QString version() const override { return QStringLiteral("2025-10-30"); }

    static constexpr const char *AccountId = IdUserPool::AccountId;

private:
    [[noreturn]] void throwUnknownAction() const override;

    IdPoolScope m_scope;
    IdUserPoolActions m_pools;
    IdPoolUserActions m_users;
    IdPoolClientActions m_clients;
    IdIdentityProviderActions m_providers;
};

} // namespace emu
