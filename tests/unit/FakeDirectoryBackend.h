// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cloud/DirectoryBackend.h"
#include "api/ApiClient.h"
#include <QHash>
#include <QPointer>

// An in-memory DirectoryBackend for model tests: pages with numeric cursors, answers asynchronously
// (after delayMs on the event loop, only while the owner lives), records what it was asked, and can fail.
class FakeDirectoryBackend : public DirectoryBackend
{
    Q_OBJECT
public:
    explicit FakeDirectoryBackend(QObject *parent = nullptr);

    Capabilities caps;
    QList<DirectoryInfo> directories;
    QList<DirectoryUser> users;
    QList<DirectoryGroup> groups;
    QHash<QString, QList<GroupMember>> members;
    QList<ProvisioningEvent> events;
    QList<UserProvisioning> provisionings;

    int delayMs = 0;
    // The next list call (of any kind) fails with this error, then it is cleared.
    ApiError failNextList;
    // Per-call delays, consumed in order by list calls (overrides delayMs while non-empty).
    QList<int> listDelays;

    // What was asked.
    int listUsersCalls = 0;
    QList<UserQuery> userQueries;
    QStringList userCursors;
    int listGroupsCalls = 0;
    int listMembersCalls = 0;
    int listEventsCalls = 0;
    QList<EventQuery> eventQueries;
    int listProvisioningsCalls = 0;
    QList<ProvisioningQuery> provisioningQueries;
    QStringList deletedProvisionings;
    QList<UserDraft> updates;   // every updateUser draft, in order
    // The next deleteProvisioning fails with this error (then it is cleared).
    ApiError failNextDelete;

    static DirectoryUser makeUser(int i, const QString &prefix = QStringLiteral("user"));

    Capabilities capabilities() const override { return caps; }
    QString serviceName() const override { return QStringLiteral("fake"); }
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
    // BulkTarget: without bulkClientForTests every bulk item is refused (NotSupported) — the models' tests run
    // no batches. With it (a Cloud Identity client, e.g. against the emulator), DeleteProvisionings items become
    // DeleteUserProvisioning requests on that client.
    QPointer<ApiClient> bulkClientForTests;
    ApiClient *bulkClient() const override { return bulkClientForTests; }
    Service bulkService() const override { return bulkClientForTests ? Service::CloudIdentity : Service::CloudSso; }
    Request bulkRequest(const BulkOperation &op, int index) const override;
    ApiCall *listProvisionings(const ProvisioningQuery &query, const QString &cursor, int pageSize, QObject *owner,
                               PageCallback<UserProvisioning> done) override;
    ApiCall *getProvisioning(const QString &provisioningId, QObject *owner, WriteCallback done) override;
    ApiCall *deleteProvisioning(const QString &provisioningId, QObject *owner, WriteCallback done) override;
    UserProvisioning provisioningFromResult(const QJsonObject &result) const override;
    static UserProvisioning makeProvisioning(int i, const QString &targetId = QStringLiteral("2100000001"));

private:
    int nextDelay();
    template<class T>
    ApiCall *deliverPage(QObject *owner, const QList<T> &all, const QString &cursor, int pageSize,
                         PageCallback<T> done);
    ApiCall *deliverWrite(QObject *owner, const WriteResult &result, WriteCallback done);
    static ApiError notFound(const QString &what);
};
