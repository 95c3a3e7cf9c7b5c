// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ApiCall.h"
#include "ApiResult.h"
#include "IdPoolClient.h"
#include "IdPoolObjects.h"

namespace emu {

class ActionTable;

// The applications (user-pool clients) of an `id` user pool: ListUserPoolClients, GetUserPoolClient,
// CreateUserPoolClient, UpdateUserPoolClient and DeleteUserPoolClient (volcengine-id.md §7b).
class IdPoolClientActions
{
public:
    explicit IdPoolClientActions(const IdPoolScope &scope);
    void addTo(ActionTable &table);

private:
    ApiResult listClients(const ApiCall &call);
    ApiResult getClient(const ApiCall &call);
    ApiResult createClient(const ApiCall &call);
    ApiResult updateClient(const ApiCall &call);
    ApiResult deleteClient(const ApiCall &call);

    static void applyFields(const ParamReader &params, IdPoolClient &client, bool create);

    const IdPoolScope &m_scope;
    IdPoolObjects<IdPoolClient> m_clients;
};

} // namespace emu
