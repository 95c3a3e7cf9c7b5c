// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ServiceHandler.h"

namespace emu {

class DataStore;
class SsoDirectoryStore;
struct SsoUser;
struct SsoGroup;

// Alibaba Cloud CloudSSO (`cloudsso`, 2021-05-15): directories, users, groups, members, RAM user provisionings and
// provisioning events (aliyun-cloudsso.md). Results are the flat response fields without RequestId.
class CloudSsoHandler : public ServiceHandler
{
public:
    explicit CloudSsoHandler(DataStore &store);

    QString service() const override { return QStringLiteral("cloudsso"); }
    QString version() const override { return QStringLiteral("2021-05-15"); }

    static constexpr int RetrySuccessPercent = 80;
    static constexpr const char *OwnerPk = "1234567890123456";
    static const QStringList &errorInfos();

private:
    [[noreturn]] void throwUnknownAction() const override;

    ApiResult listDirectories(const ApiCall &call);
    ApiResult getDirectory(const ApiCall &call);
    ApiResult listUsers(const ApiCall &call);
    ApiResult getUser(const ApiCall &call);
    ApiResult createUser(const ApiCall &call);
    ApiResult updateUser(const ApiCall &call);
    // Deletes the provisionings whose principal is this user or group (DeleteUser / DeleteGroup).
    static void removeProvisioningsOf(SsoDirectoryStore &dir, const QString &principalType, const QString &principalId);
    ApiResult updateUserStatus(const ApiCall &call);
    ApiResult deleteUser(const ApiCall &call);
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
    ApiResult updateUserProvisioning(const ApiCall &call);
    ApiResult deleteUserProvisioning(const ApiCall &call);
    ApiResult listUserProvisioningEvents(const ApiCall &call);
    ApiResult getUserProvisioningEvent(const ApiCall &call);
    ApiResult retryUserProvisioningEvent(const ApiCall &call);
    ApiResult deleteUserProvisioningEvent(const ApiCall &call);

    SsoDirectoryStore &requireDirectory(const ParamReader &params);
    SsoUser &requireUser(const ParamReader &params, SsoDirectoryStore &dir);
    SsoGroup &requireGroup(const ParamReader &params, SsoDirectoryStore &dir);

    DataStore &m_store;
};

} // namespace emu
