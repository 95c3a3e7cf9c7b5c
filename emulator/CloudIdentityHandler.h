// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ServiceHandler.h"

namespace emu {

class DataStore;
struct CiUser;
struct CiGroup;

// Volcengine Cloud Identity (`cloudidentity`, 2023-01-01): users, groups, members, user provisionings and
// provisioning events (volcengine-cloudidentity.md).
class CloudIdentityHandler : public ServiceHandler
{
public:
    explicit CloudIdentityHandler(DataStore &store);

    QString service() const override { return QStringLiteral("cloudidentity"); }
    QString version() const override { return QStringLiteral("2023-01-01"); }

    // Percentage of retries that succeed (deterministic per event and attempt, see README).
    static constexpr int RetrySuccessPercent = 80;
    static const QStringList &failureReasons();

private:
    [[noreturn]] void throwUnknownAction() const override;

    ApiResult listUsers(const ApiCall &call);
    ApiResult getUser(const ApiCall &call);
    ApiResult createUser(const ApiCall &call);
    ApiResult updateUser(const ApiCall &call);
    ApiResult deleteUser(const ApiCall &call);
    ApiResult resetPassword(const ApiCall &call);
    ApiResult listGroups(const ApiCall &call);
    ApiResult getGroup(const ApiCall &call);
    ApiResult createGroup(const ApiCall &call);
    ApiResult updateGroup(const ApiCall &call);
    ApiResult deleteGroup(const ApiCall &call);
    ApiResult listGroupMembers(const ApiCall &call);
    ApiResult addUserToGroup(const ApiCall &call);
    ApiResult removeUserFromGroup(const ApiCall &call);
    ApiResult listUserProvisionings(const ApiCall &call);
    ApiResult getUserProvisioning(const ApiCall &call);
    ApiResult createUserProvisioning(const ApiCall &call);
    ApiResult deleteUserProvisioning(const ApiCall &call);
    ApiResult listUserProvisioningEvents(const ApiCall &call);
    ApiResult retryUserProvisioningEvent(const ApiCall &call);
    ApiResult deleteUserProvisioningEvent(const ApiCall &call);

    CiUser &requireUser(const ParamReader &params);
    CiGroup &requireGroup(const ParamReader &params);
    void validateUserFields(const ParamReader &params) const;

    DataStore &m_store;
};

} // namespace emu
