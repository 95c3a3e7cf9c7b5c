// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ServiceHandler.h"

#include <QHash>

namespace emu {

class DataStore;
struct IdUserPool;
struct IdPoolUser;

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

    IdUserPool &requirePool(const ParamReader &params);
    void applyPoolSettings(const ParamReader &params, IdUserPool &pool, bool create);
    void applyUserFields(const ParamReader &params, IdPoolUser &user, const QString &poolUid, bool create);
    QJsonObject poolJson(const IdUserPool &pool) const;

    DataStore &m_store;
    QHash<QString, Action> m_actions;
};

} // namespace emu
