// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cloud/DirectoryBackendBase.h"

// Alibaba Cloud CloudSSO (`cloudsso`, 2021-05-15). Token paging (the cursor is NextToken), user status
// (UpdateUserStatus), group rename, retry with a DuplicationStrategy. Every call except ListDirectories works in
// Session::directoryId() and is refused (InvalidInput, code NoDirectory) while no directory is chosen.
class CloudSsoBackend : public DirectoryBackendBase
{
    Q_OBJECT
public:
    explicit CloudSsoBackend(Session *session, QObject *parent = nullptr);

    Capabilities capabilities() const override;
    QString serviceName() const override { return QStringLiteral("cloudsso"); }

    QList<FieldError> validateUser(const UserDraft &draft, bool creating) const override;
    QList<FieldError> validateGroup(const GroupDraft &draft, bool creating) const override;
    QString fieldForError(const ApiError &error) const override;

    ApiCall *listDirectories(QObject *owner, PageCallback<DirectoryInfo> done) override;

    ApiCall *listUsers(const UserQuery &query, const QString &cursor, int pageSize, QObject *owner,
                       PageCallback<DirectoryUser> done) override;
    ApiCall *getUser(const QString &userId, QObject *owner, WriteCallback done) override;
    ApiCall *createUser(const UserDraft &draft, QObject *owner, WriteCallback done) override;
    ApiCall *updateUser(const QString &userId, const UserDraft &draft, QObject *owner, WriteCallback done) override;
    ApiCall *deleteUser(const QString &userId, QObject *owner, WriteCallback done) override;
    ApiCall *setUserEnabled(const QString &userId, bool enabled, QObject *owner, WriteCallback done) override;
    ApiCall *resetPassword(const QString &userId, const QString &password, bool mustChange, QObject *owner,
                           WriteCallback done) override;
    void listUserGroups(const QString &userId, QObject *owner, PageCallback<DirectoryGroup> done) override;

    ApiCall *listGroups(const QString &search, const QString &cursor, int pageSize, QObject *owner,
                        PageCallback<DirectoryGroup> done) override;
    ApiCall *createGroup(const GroupDraft &draft, QObject *owner, WriteCallback done) override;
    ApiCall *updateGroup(const QString &groupId, const GroupDraft &draft, QObject *owner, WriteCallback done) override;
    ApiCall *deleteGroup(const QString &groupId, QObject *owner, WriteCallback done) override;
    ApiCall *listMembers(const QString &groupId, const QString &cursor, int pageSize, QObject *owner,
                         PageCallback<GroupMember> done) override;
    ApiCall *addMember(const QString &groupId, const QString &userId, QObject *owner, WriteCallback done) override;
    ApiCall *removeMember(const QString &groupId, const QString &userId, QObject *owner, WriteCallback done) override;

    ApiCall *listEvents(const EventQuery &query, const QString &cursor, int pageSize, QObject *owner,
                        PageCallback<ProvisioningEvent> done) override;
    ApiCall *retryEvent(const ProvisioningEvent &event, const QString &strategy, QObject *owner,
                        WriteCallback done) override;
    ApiCall *deleteEvent(const ProvisioningEvent &event, QObject *owner, WriteCallback done) override;

    // retry / delete events, enable / disable / delete users, delete groups, add / remove members; every item in
    // Session::directoryId() (refused with NoDirectory while none is chosen).
    Request bulkRequest(const BulkOperation &op, int index) const override;

    ApiCall *listProvisionings(const ProvisioningQuery &query, const QString &cursor, int pageSize, QObject *owner,
                               PageCallback<UserProvisioning> done) override;
    ApiCall *getProvisioning(const QString &provisioningId, QObject *owner, WriteCallback done) override;
    ApiCall *deleteProvisioning(const QString &provisioningId, QObject *owner, WriteCallback done) override;
    UserProvisioning provisioningFromResult(const QJsonObject &result) const override;

    // Request bodies (public for tests).
    // DirectoryId is included as given.
    static QJsonObject createUserParams(const QString &directoryId, const UserDraft &draft);
    static QJsonObject updateUserParams(const QString &directoryId, const QString &userId, const UserDraft &draft);
    static QJsonObject createGroupParams(const QString &directoryId, const GroupDraft &draft);
    static QJsonObject updateGroupParams(const QString &directoryId, const QString &groupId, const GroupDraft &draft);
    // KeepBoth / TakeOver from any capitalisation (also Cloud Identity's "Takeover"); empty if neither.
    static QString normalizedStrategy(const QString &strategy);
    QString directoryId() const;

protected:
    ApiCall *sendWrite(const QString &action, const QJsonObject &params, QObject *owner) override;

private:
    ApiError noDirectory(const QString &action) const;
    QJsonObject base() const;
    ApiCall *refuseMissingId(const QString &action, const QString &what, QObject *owner, WriteCallback done);
    Request missingId(const QString &action, const QString &what) const;
};
