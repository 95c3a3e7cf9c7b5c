// SPDX-License-Identifier: GPL-3.0-or-later
#include "IdServiceHandler.h"

#include "ApiError.h"

namespace emu {

IdServiceHandler::IdServiceHandler(DataStore &store)
    : m_scope(store), m_pools(m_scope), m_users(m_scope), m_clients(m_scope), m_providers(m_scope)
{
    m_pools.addTo(m_actions);
    m_users.addTo(m_actions);
    m_clients.addTo(m_actions);
    m_providers.addTo(m_actions);
}

void IdServiceHandler::throwUnknownAction() const
{
    throw ApiError(400, QStringLiteral("InvalidAction"), QStringLiteral("The specified action is invalid."));
}

} // namespace emu
