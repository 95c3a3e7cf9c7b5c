// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/ApiCall.h"
#include "cloud/BulkTarget.h"
#include "cloud/DirectoryRecords.h"
#include <QObject>
#include <functional>

class Session;

// One interface over Volcengine Cloud Identity and Alibaba CloudSSO. Panes ask capabilities() what is
// possible and show only that. Every call is asynchronous: the callback runs once, on the event loop,
// unless `owner` was destroyed or the call was cancelled (then it runs with ApiError::Kind::Cancelled
// if owner is still alive). Each method returns the ApiCall (for cancel), or nullptr if refused before
// sending (then the callback has already been scheduled with an InvalidInput error).
//
// Details of the implementations (CloudIdentityBackend, CloudSsoBackend):
// - Refusals (kind InvalidInput, nothing sent): code "InvalidParameter.<field>" for a validation problem
//   (fieldForError() maps it back to the field; the message lists every problem), "NoDirectory" for a CloudSSO
//   call while Session::directoryId() is empty, "NotSupported" for an action the service lacks
//   (setUserEnabled on Cloud Identity, resetPassword on CloudSSO), "MissingParameter" for an empty id,
//   "InvalidParameter.search" for CloudSSO search text that cannot go into "UserName sw <v>" / "GroupName sw <v>"
//   (names only contain letters, digits and @ _ - .), "InvalidCursor" for a Cloud Identity cursor that is not a
//   page number.
// - Cloud Identity writes wait their turn in the client's CloudIdentityWriteQueue (one mutation at a time,
//   ConcurrentException / throttling retried after 1 s, 2 s, 4 s). The ApiCall returned for a write is a handle
//   that lives until the write's final outcome: cancel() on it drops a write that is still queued (Cancelled,
//   never sent) or aborts the one on the wire (Cancelled with ambiguous set).
// - Pages: Cloud Identity cursors are page numbers ("2", "3" ...), CloudSSO cursors are NextToken; pageSize
//   <= 0 means 100, otherwise 1-100. Page::total is Total / TotalCounts (-1 when a client-side filter applied).
// - Bulk work (BulkOperation: retry / delete events, enable / disable / delete users, delete groups, add /
//   remove members) runs in BulkRunner with the backend as its BulkTarget: bulkRequest() builds each item's
//   request (refusing what cannot be sent: no directory, missing id, NotSupported), and the single-item writes
//   build theirs through it too (one builder per action).
// - WriteResult::result is the object the service answered with, unwrapped: the created / updated user or
//   group (CloudSSO "User" / "Group"), GetUser's user, ResetPassword's {"Password": …}; {} for the rest.
class DirectoryBackend : public QObject, public BulkTarget
{
    Q_OBJECT
public:
    struct Capabilities
    {
        bool userEnableDisable = false;         // CloudSSO UpdateUserStatus
        bool resetPassword = false;             // Cloud Identity ResetPassword
        bool groupJoinType = false;             // Cloud Identity JoinType
        bool groupDisplayName = false;          // Cloud Identity
        bool groupRename = false;               // CloudSSO NewGroupName
        bool userPhone = false;                 // Cloud Identity
        bool userFirstLastName = false;         // CloudSSO
        bool userNameEditable = false;          // Cloud Identity UpdateUser accepts UserName
        bool eventRetryNeedsStrategy = false;   // CloudSSO DuplicationStrategy
        bool eventStatusFilter = false;         // Cloud Identity EventStatus filter
        bool tokenPaging = false;               // CloudSSO NextToken; Cloud Identity page numbers
        bool directories = false;               // CloudSSO needs a directory
        QStringList userSourceValues;           // filter values: {"Manual","Sync"} / {"Manual","Synchronized"}
        QStringList userStatusValues;           // {} / {"Enabled","Disabled"}
        bool userProvisionings = false;         // List/Get/DeleteUserProvisioning(s)
        // UserDraft fields UpdateUser can clear by sending an empty value. Empty for both clouds: neither
        // reference (volcengine-cloudidentity.md UpdateUser, aliyun-cloudsso.md UpdateUser) says that an empty
        // value clears a field, and a blank NewEmail / Email may well be rejected as an invalid address.
        QSet<QString> userClearableFields;
    };

    struct UserQuery
    {
        QString search;        // Cloud Identity QueryString; CloudSSO Filter "UserName sw <search>"
        QString source;        // Source / ProvisionType
        QString status;        // CloudSSO Status
    };

    struct ProvisioningQuery
    {
        QString targetId;      // Cloud Identity AccountId; CloudSSO TargetId (empty: every account)
        // The provisionings of one user or group (empty: every principal). CloudSSO filters on the server
        // (PrincipalId, PrincipalType); Cloud Identity's ListUserProvisionings has no such filter (§3), so its
        // backend filters each page (Page::total -1 then).
        QString principalId;
        QString principalType; // User / Group (empty: either)
    };

    struct EventQuery
    {
        QString status;        // ProvisionFailed / DeleteProvisionFailed (empty: both). Cloud Identity also
                               // accepts Provisioned / DeleteProvisioned (finished events); CloudSSO lists only
                               // failed events and filters each page here (RecordMapping::cloudSsoEventStatus).
        QString search;        // Cloud Identity QueryString; CloudSSO: client-side on principal / target name
        // The events of one provisioning (empty: every provisioning). CloudSSO filters on the server
        // (UserProvisioningId, §7); Cloud Identity has no such filter (§4), so its backend filters each page.
        QString provisioningId;
    };

    template<class T>
    using PageCallback = std::function<void(const Page<T> &)>;
    using WriteCallback = std::function<void(const WriteResult &)>;

    explicit DirectoryBackend(Session *session, QObject *parent = nullptr);

    // Creates the backend for the session's provider (Volcengine -> Cloud Identity, Aliyun -> CloudSSO).
    static DirectoryBackend *create(Session *session, QObject *parent = nullptr);

    virtual Capabilities capabilities() const = 0;
    virtual QString serviceName() const = 0;   // "cloudidentity" / "cloudsso"
    Session *session() const { return m_session; }

    // Client-side validation with the documented limits; empty list = valid.
    virtual QList<FieldError> validateUser(const UserDraft &draft, bool creating) const = 0;
    virtual QList<FieldError> validateGroup(const GroupDraft &draft, bool creating) const = 0;
    // Maps a server error to the form field it concerns (e.g. InvalidParameter.Email -> "email"), or empty.
    virtual QString fieldForError(const ApiError &error) const = 0;

    // CloudSSO ListDirectories (not paged). Cloud Identity has none: an empty, successful page (returns nullptr).
    virtual ApiCall *listDirectories(QObject *owner, PageCallback<DirectoryInfo> done) = 0;

    // cursor: empty for the first page, then Page::nextCursor.
    virtual ApiCall *listUsers(const UserQuery &query, const QString &cursor, int pageSize, QObject *owner,
                               PageCallback<DirectoryUser> done) = 0;
    virtual ApiCall *getUser(const QString &userId, QObject *owner, WriteCallback done) = 0;
    // create: empty optional fields are left out. update: the draft is the whole edit form — every field the
    // service lets you edit is sent and an empty one clears it (Cloud Identity UserName: only when non-empty;
    // CloudSSO UserName and Status are not editable here, use setUserEnabled). Validated first (validateUser).
    virtual ApiCall *createUser(const UserDraft &draft, QObject *owner, WriteCallback done) = 0;
    virtual ApiCall *updateUser(const QString &userId, const UserDraft &draft, QObject *owner, WriteCallback done) = 0;
    virtual ApiCall *deleteUser(const QString &userId, QObject *owner, WriteCallback done) = 0;
    virtual ApiCall *setUserEnabled(const QString &userId, bool enabled, QObject *owner, WriteCallback done) = 0;
    // password empty: the server generates one. The new password is in WriteResult::result["Password"].
    virtual ApiCall *resetPassword(const QString &userId, const QString &password, bool mustChange,
                                   QObject *owner, WriteCallback done) = 0;
    // Groups the user belongs to (may scan the groups' members; bounded concurrency).
    virtual void listUserGroups(const QString &userId, QObject *owner, PageCallback<DirectoryGroup> done) = 0;

    virtual ApiCall *listGroups(const QString &search, const QString &cursor, int pageSize, QObject *owner,
                                PageCallback<DirectoryGroup> done) = 0;
    // Cloud Identity: JoinType defaults to Manual; update sends DisplayName and Description only (name and join
    // type are fixed). CloudSSO: update sends NewDescription, and NewGroupName when draft.name is non-empty.
    virtual ApiCall *createGroup(const GroupDraft &draft, QObject *owner, WriteCallback done) = 0;
    virtual ApiCall *updateGroup(const QString &groupId, const GroupDraft &draft, QObject *owner, WriteCallback done) = 0;
    virtual ApiCall *deleteGroup(const QString &groupId, QObject *owner, WriteCallback done) = 0;
    virtual ApiCall *listMembers(const QString &groupId, const QString &cursor, int pageSize, QObject *owner,
                                 PageCallback<GroupMember> done) = 0;
    virtual ApiCall *addMember(const QString &groupId, const QString &userId, QObject *owner, WriteCallback done) = 0;
    virtual ApiCall *removeMember(const QString &groupId, const QString &userId, QObject *owner, WriteCallback done) = 0;

    virtual ApiCall *listEvents(const EventQuery &query, const QString &cursor, int pageSize, QObject *owner,
                                PageCallback<ProvisioningEvent> done) = 0;
    // strategy: CloudSSO KeepBoth / TakeOver; ignored by Cloud Identity.
    virtual ApiCall *retryEvent(const ProvisioningEvent &event, const QString &strategy, QObject *owner,
                                WriteCallback done) = 0;
    virtual ApiCall *deleteEvent(const ProvisioningEvent &event, QObject *owner, WriteCallback done) = 0;

    // User provisionings (Cloud Identity §3, CloudSSO §6). Services without them refuse with NotSupported
    // (capabilities().userProvisionings is false). getProvisioning answers the provisioning object in
    // WriteResult::result (map it with RecordMapping); deleteProvisioning is a write.
    virtual ApiCall *listProvisionings(const ProvisioningQuery &query, const QString &cursor, int pageSize,
                                       QObject *owner, PageCallback<UserProvisioning> done) = 0;
    virtual ApiCall *getProvisioning(const QString &provisioningId, QObject *owner, WriteCallback done) = 0;
    virtual ApiCall *deleteProvisioning(const QString &provisioningId, QObject *owner, WriteCallback done) = 0;
    // The provisioning object of a getProvisioning answer as a record (service-specific field names).
    virtual UserProvisioning provisioningFromResult(const QJsonObject &result) const = 0;

protected:
    Session *m_session = nullptr;
};
