// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ServiceHandler.h"

#include <QHash>

namespace emu {

class DataStore;
struct IdUserPool;
struct IdPoolUser;
struct IdPoolClient;
struct IdIdentityProvider;

// Volcengine Agent Identity (`id`, 2025-10-30): user pools, pool users, MAU (volcengine-id.md).
class IdServiceHandler : public ServiceHandler
{
public:
    explicit IdServiceHandler(DataStore &store);

    QString service() const override { return QStringLiteral("id"); }
    QString version() const override { return QStringLiteral("2025-10-30"); }
    QStringList actions() const override { return m_actions.keys(); }
    bool hasAction(const QString &action) const override { return m_actions.contains(action); }
    bool isWriteAction(const QString &action) const override { return m_actions.value(action).write; }
    ApiResult handle(const ApiCall &call) override;

    static constexpr const char *AccountId = "2108000001";

private:
    using Method = ApiResult (IdServiceHandler::*)(const ApiCall &);
    struct Action
    {
        Method method = nullptr;
        bool write = false;
    };

    ApiResult listUserPools(const ApiCall &call);
    ApiResult getUserPool(const ApiCall &call);
    ApiResult createUserPool(const ApiCall &call);
    ApiResult updateUserPool(const ApiCall &call);
    ApiResult deleteUserPool(const ApiCall &call);
    ApiResult updateEnableUserPool(const ApiCall &call);
    ApiResult getUserPoolMaus(const ApiCall &call);
    ApiResult listUsers(const ApiCall &call);
    ApiResult createUser(const ApiCall &call);
    ApiResult updateUser(const ApiCall &call);
    ApiResult deleteUsers(const ApiCall &call);
    ApiResult getUser(const ApiCall &call);
    ApiResult listUserPoolClients(const ApiCall &call);
    ApiResult getUserPoolClient(const ApiCall &call);
    ApiResult createUserPoolClient(const ApiCall &call);
    ApiResult updateUserPoolClient(const ApiCall &call);
    ApiResult deleteUserPoolClient(const ApiCall &call);
    ApiResult listIdentityProviders(const ApiCall &call);
    ApiResult getIdentityProviderOidc(const ApiCall &call);
    ApiResult createIdentityProviderOidc(const ApiCall &call);
    ApiResult updateIdentityProviderOidc(const ApiCall &call);
    ApiResult deleteIdentityProvider(const ApiCall &call);

    IdUserPool &requirePool(const ParamReader &params);
    void applyPoolSettings(const ParamReader &params, IdUserPool &pool, bool create);
    void applyUserFields(const ParamReader &params, IdPoolUser &user, const QString &poolUid, bool create);
    QJsonObject poolJson(const IdUserPool &pool) const;
    void syncPoolCounters(IdUserPool &pool);
    IdPoolClient &requireClient(const ParamReader &params, const IdUserPool &pool);
    void applyClientFields(const ParamReader &params, IdPoolClient &client, bool create);
    IdIdentityProvider &requireProvider(const ParamReader &params, const IdUserPool &pool);
    void applyProviderFields(const ParamReader &params, IdIdentityProvider &provider, bool create);

    DataStore &m_store;
    QHash<QString, Action> m_actions;
};

} // namespace emu
