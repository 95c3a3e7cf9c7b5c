// SPDX-License-Identifier: GPL-3.0-or-later
#include "IdIdentityProviderActions.h"

#include "ActionTable.h"
#include "ApiError.h"
#include "DataStore.h"
#include "IdListQuery.h"

#include <QRegularExpression>

namespace emu {

IdIdentityProviderActions::IdIdentityProviderActions(const IdPoolScope &scope)
    : m_scope(scope),
      m_providers(scope, &DataStore::identityProviders, QStringLiteral("ConnectionUid"), QStringLiteral("Connection"))
{
}

void IdIdentityProviderActions::addTo(ActionTable &table)
{
    table.addRead(QStringLiteral("ListIdentityProviders"), this, &IdIdentityProviderActions::listProviders);
    table.addRead(QStringLiteral("GetIdentityProviderOIDC"), this, &IdIdentityProviderActions::getOidcProvider);
    table.addWrite(QStringLiteral("CreateIdentityProviderOIDC"), this, &IdIdentityProviderActions::createOidcProvider);
    table.addWrite(QStringLiteral("UpdateIdentityProviderOIDC"), this, &IdIdentityProviderActions::updateOidcProvider);
    table.addWrite(QStringLiteral("DeleteIdentityProvider"), this, &IdIdentityProviderActions::deleteProvider);
}

ApiResult IdIdentityProviderActions::listProviders(const ApiCall &call)
{
    const ParamReader &p = call.params;
    // Spelled UserPoolUID (capital ID) in the SDK's ListIdentityProvidersInput.
    const IdUserPool &pool = m_scope.requirePool(p, QStringLiteral("UserPoolUID"));
    IdListQuery query(p);
    QString nameFilter, typeFilter, excludeType;
    if (query.readFilter()) {
        nameFilter = query.filterString("Name");
        typeFilter = query.filterString("ConnectionType");
        excludeType = query.filterString("ExcludeConnectionType");
        query.filterString("EipId");
    }
    std::vector<const IdIdentityProvider *> matched;
    for (const IdIdentityProvider &c : m_providers.table(pool).items()) {
        if (!nameFilter.isEmpty() && !c.name.contains(nameFilter, Qt::CaseInsensitive))
            continue;
        if (!typeFilter.isEmpty() && c.connectionType.compare(typeFilter, Qt::CaseInsensitive) != 0)
            continue;
        if (!excludeType.isEmpty() && c.connectionType.compare(excludeType, Qt::CaseInsensitive) == 0)
            continue;
        matched.push_back(&c);
    }
    return query.page(matched, [](JsonWriter &w, const IdIdentityProvider &c) {
        c.writeJson(w, IdIdentityProvider::List);
    });
}

IdPoolObjects<IdIdentityProvider>::InPool IdIdentityProviderActions::requireOidc(const ParamReader &params) const
{
    const auto found = m_providers.require(params);
    if (!found.object.isOidc())
        IdPoolScope::notFound(QStringLiteral("OIDC connection"), found.object.id);
    return found;
}

ApiResult IdIdentityProviderActions::getOidcProvider(const ApiCall &call)
{
    return requireOidc(call.params).object.toJson();
}

void IdIdentityProviderActions::applyFields(const ParamReader &p, IdIdentityProvider &provider, bool create)
{
    static const QRegularExpression urlRe(QStringLiteral("^https?://\\S+$"));
    if (create) {
        provider.name = p.requiredString(QStringLiteral("Name"), 128);
        provider.issuer = p.requiredString(QStringLiteral("Issuer"), 1024);
        provider.clientId = p.requiredString(QStringLiteral("ClientId"), 255);
        provider.clientSecret = p.requiredString(QStringLiteral("ClientSecret"), 1024);
        provider.enabled = p.requiredBool(QStringLiteral("Enabled"));
        provider.isIdTokenMapping = p.requiredBool(QStringLiteral("IsIdTokenMapping"));
        provider.usePkce = p.requiredBool(QStringLiteral("UsePkce"));
    } else {
        // [emulator] UpdateIdentityProviderOIDC: every field optional, left-out fields unchanged.
        if (const auto v = p.optionalString(QStringLiteral("Name"), 128, 1))
            provider.name = *v;
        if (const auto v = p.optionalString(QStringLiteral("Issuer"), 1024, 1))
            provider.issuer = *v;
        if (const auto v = p.optionalString(QStringLiteral("ClientId"), 255, 1))
            provider.clientId = *v;
        if (const auto v = p.optionalString(QStringLiteral("ClientSecret"), 1024, 1))
            provider.clientSecret = *v;
        if (const auto v = p.optionalBool(QStringLiteral("Enabled")))
            provider.enabled = *v;
        if (const auto v = p.optionalBool(QStringLiteral("IsIdTokenMapping")))
            provider.isIdTokenMapping = *v;
        if (const auto v = p.optionalBool(QStringLiteral("UsePkce")))
            provider.usePkce = *v;
    }
    // The secret is never echoed in an error message (the id style never echoes values anyway).
    if (!urlRe.match(provider.issuer).hasMatch())
        p.throwInvalid(QStringLiteral("Issuer"));
    if (const auto scopes = p.optionalStringArray(QStringLiteral("ScopesList"), 50, 128))
        provider.scopes = *scopes;
    p.optionalString(QStringLiteral("Provider"), 64);
}

void IdIdentityProviderActions::checkNameFree(const IdUserPool &pool, const IdIdentityProvider &provider) const
{
    for (const IdIdentityProvider &other : m_providers.table(pool).items()) {
        if (other.id != provider.id && other.name.compare(provider.name, Qt::CaseInsensitive) == 0)
            throw ApiError(409, QStringLiteral("Duplicated"),
                           QStringLiteral("Resource already exists: Connection %1.").arg(provider.name));
    }
}

ApiResult IdIdentityProviderActions::createOidcProvider(const ApiCall &call)
{
    const ParamReader &p = call.params;
    IdUserPool &pool = m_scope.requirePool(p);
    IdIdentityProvider provider;
    provider.poolUid = pool.id;
    provider.provider = QStringLiteral("oidc");
    provider.connectionType = QStringLiteral("OIDC");
    provider.scopes = {QStringLiteral("openid"), QStringLiteral("profile"), QStringLiteral("email")};
    applyFields(p, provider, true);
    checkNameFree(pool, provider);
    provider.id = m_scope.store().newUuid();
    return m_providers.add(pool, provider, call.nowMs).toJson();
}

ApiResult IdIdentityProviderActions::updateOidcProvider(const ApiCall &call)
{
    const auto found = requireOidc(call.params);
    return m_providers.update(found.object, call.nowMs, [&](IdIdentityProvider &updated) {
        applyFields(call.params, updated, false);
        checkNameFree(found.pool, updated);
    }).toJson();
}

ApiResult IdIdentityProviderActions::deleteProvider(const ApiCall &call)
{
    return m_providers.remove(call, QStringLiteral("Deleted identity provider successfully"));
}

} // namespace emu
