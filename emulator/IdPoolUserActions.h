// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ApiCall.h"
#include "ApiResult.h"

namespace emu {

class ActionTable;
class IdPoolScope;
struct IdPoolUser;

// The users of an `id` user pool: ListUsers, GetUser, CreateUser, UpdateUser and DeleteUsers (volcengine-id.md §7).
class IdPoolUserActions
{
public:
    explicit IdPoolUserActions(const IdPoolScope &scope) : m_scope(scope) {}
    void addTo(ActionTable &table);

private:
    ApiResult listUsers(const ApiCall &call);
    ApiResult getUser(const ApiCall &call);
    ApiResult createUser(const ApiCall &call);
    ApiResult updateUser(const ApiCall &call);
    ApiResult deleteUsers(const ApiCall &call);

    void applyFields(const ParamReader &params, IdPoolUser &user, const QString &poolUid, bool create) const;

    const IdPoolScope &m_scope;
};

} // namespace emu
