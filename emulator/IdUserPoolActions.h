// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ApiCall.h"
#include "ApiResult.h"

#include <QJsonObject>

namespace emu {

class ActionTable;
class IdPoolScope;
struct IdUserPool;

// The user pools of `id`: ListUserPools, GetUserPool, CreateUserPool, UpdateUserPool, DeleteUserPool,
// UpdateEnableUserPool and GetUserPoolMaus (volcengine-id.md §2-§6, §8).
class IdUserPoolActions
{
public:
    explicit IdUserPoolActions(const IdPoolScope &scope) : m_scope(scope) {}
    void addTo(ActionTable &table);

private:
    ApiResult listUserPools(const ApiCall &call);
    ApiResult getUserPool(const ApiCall &call);
    ApiResult createUserPool(const ApiCall &call);
    ApiResult updateUserPool(const ApiCall &call);
    ApiResult deleteUserPool(const ApiCall &call);
    ApiResult updateEnableUserPool(const ApiCall &call);
    ApiResult getUserPoolMaus(const ApiCall &call);

    void applySettings(const ParamReader &params, IdUserPool &pool, bool create) const;
    // 409 Duplicated when another pool (not `exceptUid`) has this name.
    void checkNameFree(const QString &name, const QString &exceptUid) const;
    QJsonObject poolJson(const IdUserPool &pool) const;

    const IdPoolScope &m_scope;
};

} // namespace emu
