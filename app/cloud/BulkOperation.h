// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/ApiResult.h"
#include "cloud/BulkSummary.h"
#include "cloud/DirectoryRecords.h"
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QPair>
#include <QStringList>

// What a batch does, in the terms of the console ("retry these events with this strategy", "delete these
// users"), never as raw requests: the BulkTarget it runs against (a DirectoryBackend, the UserPoolService)
// turns each item into its request, and the one BulkRunner sends them. A value type: cheap to copy.
//
// rawCalls() is the exception for `idconsole-cli batch`, which sends the action and parameters it reads from
// stdin; only a RawCallTarget accepts it (the directory backends and the pool service refuse it).
class BulkOperation
{
public:
    enum class Kind {
        None,
        RetryEvents,       // events + strategy (CloudSSO KeepBoth / TakeOver; empty: each event's own)
        DeleteEvents,      // events
        SetUsersEnabled,   // user ids + enabled (CloudSSO UpdateUserStatus)
        DeleteUsers,       // user ids
        DeleteGroups,      // group ids
        AddMembers,        // group id + user ids
        RemoveMembers,     // group id + user ids
        SetPoolsEnabled,   // pool uids + enabled (Agent Identity UpdateEnableUserPool)
        DeletePools,       // pool uids
        DeleteProvisionings, // user provisioning ids (Cloud Identity / CloudSSO DeleteUserProvisioning)
        RawCalls,          // (action, parameters) pairs: idconsole-cli batch only
        ImportUsers,       // planned rows of a CSV import: create (verified by look-up) or update (changed fields)
        DeletePoolUsers,   // pool uid + user uids (Agent Identity DeleteUsers: one request per batch of up to 100)
    };

    // One planned write of a CSV import. Rows to skip are not items (nothing is sent for them).
    struct ImportItem
    {
        enum class Action { Create, Update };
        Action action = Action::Create;
        int row = -1;                  // the import's row index (passed back to the caller)
        QString userId;                // Update: the existing user
        QString key;                   // what identifies the user (UserName; pool: PreferredUsername or Email)
        QString keyField;              // its parameter name ("UserName", "PreferredUsername", "Email")
        UserDraft draft;               // Cloud Identity / CloudSSO: the create form, or the whole edit form
        QMap<QString, QString> fields; // Agent Identity pool users: CreateUser / UpdateUser parameters (claims);
                                       // Update: the changed ones only
    };

    BulkOperation() = default;

    static BulkOperation retryEvents(const QList<ProvisioningEvent> &events, const QString &strategy = QString());
    static BulkOperation deleteEvents(const QList<ProvisioningEvent> &events);
    static BulkOperation setUsersEnabled(const QStringList &userIds, bool enabled);
    static BulkOperation deleteUsers(const QStringList &userIds);
    static BulkOperation deleteGroups(const QStringList &groupIds);
    static BulkOperation addMembers(const QString &groupId, const QStringList &userIds);
    static BulkOperation removeMembers(const QString &groupId, const QStringList &userIds);
    static BulkOperation setPoolsEnabled(const QStringList &poolUids, bool enabled);
    static BulkOperation deletePools(const QStringList &poolUids);
    static BulkOperation deleteProvisionings(const QStringList &provisioningIds);
    static BulkOperation rawCalls(const QList<QPair<QString, QJsonObject>> &calls);
    static BulkOperation importUsers(const QList<ImportItem> &items);
    // Users of one Agent Identity pool. Each uid is one item with its own outcome, although the target sends
    // them in batches (DeleteUsers takes a list): see BulkTarget::bulkBatchLimit().
    static BulkOperation deletePoolUsers(const QString &poolUid, const QStringList &userUids);

    Kind kind() const { return m_kind; }
    int size() const;
    bool isEmpty() const { return size() == 0; }

    // The item's target: event id, user id (also for members and pool users), group id, pool uid; raw calls: empty;
    // import: the user id of an update, the key (user name / e-mail) of a create.
    QString targetId(int index) const;
    QStringList targetIds() const;
    ProvisioningEvent event(int index) const { return m_events.value(index); }
    QString strategy() const { return m_strategy; }
    bool enabled() const { return m_enabled; }
    QString groupId() const { return m_groupId; }
    QString poolUid() const { return m_poolUid; }
    QPair<QString, QJsonObject> rawCall(int index) const { return m_raw.value(index); }
    ImportItem importItem(int index) const { return m_import.value(index); }

    // Deletes and removals: a target that is already gone ("not found") means the change is in effect.
    bool removesTargets() const;
    // How an item that ended with `result` counts in the summary. UserProvisionEventRetryConflict (a retry of
    // the event is already running) is AlreadyUnderWay whatever the kind; "not found" is AlreadyDone for
    // removesTargets(); a cancellation that never reached the server is Cancelled.
    BulkSummary::Outcome outcomeOf(const ApiResult &result) const;

private:
    Kind m_kind = Kind::None;
    QList<ProvisioningEvent> m_events;
    QStringList m_ids;
    QList<QPair<QString, QJsonObject>> m_raw;
    QList<ImportItem> m_import;
    QString m_strategy;
    QString m_groupId;
    QString m_poolUid;
    bool m_enabled = false;
};
