// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ApiCall.h"
#include "ApiResult.h"
#include "IdIdentityProvider.h"
#include "IdPoolObjects.h"

namespace emu {

class ActionTable;

// The identity providers (connections) of an `id` user pool: ListIdentityProviders, GetIdentityProviderOIDC,
// CreateIdentityProviderOIDC, UpdateIdentityProviderOIDC and DeleteIdentityProvider (volcengine-id.md §7c).
class IdIdentityProviderActions
{
public:
    explicit IdIdentityProviderActions(const IdPoolScope &scope);
    void addTo(ActionTable &table);

private:
    ApiResult listProviders(const ApiCall &call);
    ApiResult getOidcProvider(const ApiCall &call);
    ApiResult createOidcProvider(const ApiCall &call);
    ApiResult updateOidcProvider(const ApiCall &call);
    ApiResult deleteProvider(const ApiCall &call);

    // The OIDC provider a request names (404 for an unknown or non-OIDC one).
    IdPoolObjects<IdIdentityProvider>::InPool requireOidc(const ParamReader &params) const;
    static void applyFields(const ParamReader &params, IdIdentityProvider &provider, bool create);
    // [emulator] 409 Duplicated when another provider of the pool has this name (case-insensitive).
    void checkNameFree(const IdUserPool &pool, const IdIdentityProvider &provider) const;

    const IdPoolScope &m_scope;
    IdPoolObjects<IdIdentityProvider> m_providers;
};

} // namespace emu
