// SPDX-License-Identifier: GPL-3.0-or-later
#include "IdPoolClientActions.h"

#include "ActionTable.h"
#include "DataStore.h"
#include "IdListQuery.h"

namespace emu {

namespace {

// URL lists: each entry non-empty, at most 1024 characters; at most 100 entries [emulator: limits not published].
std::optional<QStringList> urlList(const ParamReader &p, const QString &name)
{
    const auto list = p.optionalStringArray(name, 100, 1024);
    if (list) {
        for (const QString &u : *list) {
            if (u.trimmed().isEmpty())
                p.throwInvalid(name);
        }
    }
    return list;
}

// A positive int32 inside an optional object field, e.g. IdToken.LifeTimeSeconds.
std::optional<qint64> objectInt(const ParamReader &p, const QJsonObject &o, const QString &objectName, const char *key)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (v.isUndefined() || v.isNull())
        return std::nullopt;
    const double d = v.toDouble(-1);
    if (!v.isDouble() || d != double(qint64(d)) || d < 1 || d > 2147483647)
        p.throwInvalid(objectName + QLatin1Char('.') + QLatin1String(key));
    return qint64(d);
}

std::optional<bool> objectBool(const ParamReader &p, const QJsonObject &o, const QString &objectName, const char *key)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (v.isUndefined() || v.isNull())
        return std::nullopt;
    if (!v.isBool())
        p.throwInvalid(objectName + QLatin1Char('.') + QLatin1String(key));
    return v.toBool();
}

QString generateSecret(DataStore &store)
{
    // 48 characters of [A-Za-z0-9], like the SSO ids (the cloud's format is not published).
    return store.newSsoId(QString(), 48, true);
}

} // namespace

IdPoolClientActions::IdPoolClientActions(const IdPoolScope &scope)
    : m_scope(scope),
      m_clients(scope, &DataStore::poolClients, QStringLiteral("ClientUid"), QStringLiteral("Client"))
{
}

void IdPoolClientActions::addTo(ActionTable &table)
{
    table.addRead(QStringLiteral("ListUserPoolClients"), this, &IdPoolClientActions::listClients);
    table.addRead(QStringLiteral("GetUserPoolClient"), this, &IdPoolClientActions::getClient);
    table.addWrite(QStringLiteral("CreateUserPoolClient"), this, &IdPoolClientActions::createClient);
    table.addWrite(QStringLiteral("UpdateUserPoolClient"), this, &IdPoolClientActions::updateClient);
    table.addWrite(QStringLiteral("DeleteUserPoolClient"), this, &IdPoolClientActions::deleteClient);
}

void IdPoolClientActions::applyFields(const ParamReader &p, IdPoolClient &client, bool create)
{
    if (!create) {
        if (const auto name = p.optionalString(QStringLiteral("Name"), 128, 1))
            client.name = *name;
    }
    if (const auto d = p.optionalString(QStringLiteral("Description"), 1024))
        client.description = *d;
    if (const auto logo = p.optionalString(QStringLiteral("LogoUri"), 1024))
        client.logoUri = *logo;
    if (const auto v = urlList(p, QStringLiteral("AllowedCallbackUrls")))
        client.allowedCallbackUrls = *v;
    // [emulator] The CreateUserPoolClient reference lists only AllowedCallbackUrls; the other lists and the token
    // settings are accepted on create too (no stricter than the cloud).
    if (const auto v = urlList(p, QStringLiteral("AllowedLogoutUrls")))
        client.allowedLogoutUrls = *v;
    if (const auto v = urlList(p, QStringLiteral("AllowedWebOrigins")))
        client.allowedWebOrigins = *v;
    if (const auto v = urlList(p, QStringLiteral("AllowedCors")))
        client.allowedCors = *v;
    if (const auto idToken = p.optionalObject(QStringLiteral("IdToken"))) {
        // Input spells LifeTimeSeconds (capital T); the output spells LifetimeSeconds. Both are accepted.
        auto v = objectInt(p, *idToken, QStringLiteral("IdToken"), "LifeTimeSeconds");
        if (!v)
            v = objectInt(p, *idToken, QStringLiteral("IdToken"), "LifetimeSeconds");
        if (v)
            client.idTokenLifetimeSeconds = int(*v);
    }
    if (const auto refresh = p.optionalObject(QStringLiteral("RefreshToken"))) {
        const QString n = QStringLiteral("RefreshToken");
        if (const auto b = objectBool(p, *refresh, n, "Rotation"))
            client.refreshRotation = *b;
        if (const auto b = objectBool(p, *refresh, n, "HasIdleLifetime"))
            client.refreshHasIdleLifetime = *b;
        if (const auto v = objectInt(p, *refresh, n, "IdleLifetimeSeconds"))
            client.refreshIdleLifetimeSeconds = int(*v);
        if (const auto b = objectBool(p, *refresh, n, "HasCombinedLifetime"))
            client.refreshHasCombinedLifetime = *b;
        if (const auto v = objectInt(p, *refresh, n, "CombinedLifetimeSeconds"))
            client.refreshCombinedLifetimeSeconds = int(*v);
    }
    for (const QString &b : IdPoolClient::booleanNames()) {
        if (const auto v = p.optionalBool(b))
            *client.booleanField(b) = *v;
    }
}

ApiResult IdPoolClientActions::listClients(const ApiCall &call)
{
    const ParamReader &p = call.params;
    const IdUserPool &pool = m_scope.requirePool(p);
    IdListQuery query(p);
    query.readSort({QStringLiteral("CreateTime"), QStringLiteral("UpdateTime"), QStringLiteral("Name")});
    QString nameFilter, descriptionFilter;
    QStringList types;
    if (query.readFilter()) {
        nameFilter = query.filterString("Name");
        descriptionFilter = query.filterString("Description");
        const QJsonValue t = query.filterValue(QStringLiteral("ClientTypes"));
        if (!t.isUndefined() && !t.isNull()) {
            if (!t.isArray())
                p.throwInvalid(QStringLiteral("Filter.ClientTypes"));
            for (const QJsonValue &x : t.toArray()) {
                if (!x.isString() || !IdPoolClient::clientTypes().contains(x.toString()))
                    p.throwInvalid(QStringLiteral("Filter.ClientTypes"));
                types.append(x.toString());
            }
        }
    }
    std::vector<const IdPoolClient *> matched;
    for (const IdPoolClient &c : m_clients.table(pool).items()) {
        if (!nameFilter.isEmpty() && !c.name.contains(nameFilter, Qt::CaseInsensitive))
            continue;
        if (!descriptionFilter.isEmpty() && !c.description.contains(descriptionFilter, Qt::CaseInsensitive))
            continue;
        if (!types.isEmpty() && !types.contains(c.clientType))
            continue;
        matched.push_back(&c);
    }
    query.sort(matched, [](const IdPoolClient &c) { return c.seq; });
    return query.page(matched, [](JsonWriter &w, const IdPoolClient &c) { c.writeJson(w, IdPoolClient::List); });
}

ApiResult IdPoolClientActions::getClient(const ApiCall &call)
{
    return m_clients.require(call.params).object.toJson();
}

ApiResult IdPoolClientActions::createClient(const ApiCall &call)
{
    const ParamReader &p = call.params;
    DataStore &store = m_scope.store();
    IdUserPool &pool = m_scope.requirePool(p);
    IdPoolClient client;
    client.poolUid = pool.id;
    client.name = p.requiredString(QStringLiteral("Name"), 128);
    client.clientType = p.requiredEnum(QStringLiteral("ClientType"), IdPoolClient::clientTypes());
    applyFields(p, client, true);
    client.id = store.newSsoId(QString(), 32); // [emulator] client ids: 32 lower-case alphanumerics
    client.clientSecret = generateSecret(store);
    client.loginPageUrl = QStringLiteral("https://%1/login?client_id=%2").arg(pool.domain, client.id);
    return m_clients.add(pool, client, call.nowMs).toJson();
}

ApiResult IdPoolClientActions::updateClient(const ApiCall &call)
{
    const auto found = m_clients.require(call.params);
    return m_clients.update(found.object, call.nowMs, [&](IdPoolClient &updated) {
        applyFields(call.params, updated, false);
    }).toJson();
}

ApiResult IdPoolClientActions::deleteClient(const ApiCall &call)
{
    // [emulator] Message text not published; modelled on DeleteUserPool.
    return m_clients.remove(call, QStringLiteral("Deleted user pool client successfully"));
}

} // namespace emu
