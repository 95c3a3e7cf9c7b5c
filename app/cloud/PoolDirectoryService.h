// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/ApiCall.h"
#include "api/ApiResult.h"
#include "cloud/BulkTarget.h"
#include "cloud/PoolDirectoryRecords.h"
#include <QCoreApplication>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <functional>

#include "api/ApiClient.h"

// Typed, asynchronous access to what lives inside one Agent Identity user pool (`id` service): its users
// (volcengine-id.md §7), applications (§7b) and identity providers (§7c).
//
// Conventions as in UserPoolService: every callback runs once on the event loop unless `owner` was destroyed
// first; each method returns the ApiCall (for cancel), or nullptr when the input was refused before sending
// (the callback then gets an ApiError of kind InvalidInput with code "InvalidParameter.<Field>").
// Writes are never re-sent by the client once they may have reached the server (ApiClient's rule).
// Secrets (Password, ClientSecret) travel only in request bodies; the activity log records no bodies.
class PoolDirectoryService : public QObject, public BulkTarget
{
    Q_OBJECT
public:
    struct FieldProblem
    {
        QString field;   // JSON field name, e.g. "PreferredUsername", "AllowedCallbackUrls"
        QString message; // tr()'d
    };

    using UserPageCallback = std::function<void(const PoolUserPage &page, const ApiResult &result)>;
    using UserCallback = std::function<void(const PoolUser &user, const ApiResult &result)>;
    using DeleteUsersCallback = std::function<void(const DeleteUsersResult &outcome, const ApiResult &result)>;
    using ClientListCallback = std::function<void(const QList<PoolClient> &clients, const ApiResult &result)>;
    using ClientCallback = std::function<void(const PoolClient &client, const ApiResult &result)>;
    using ProviderListCallback = std::function<void(const QList<IdentityProvider> &providers, const ApiResult &result)>;
    using ProviderCallback = std::function<void(const IdentityProvider &provider, const ApiResult &result)>;
    using DoneCallback = std::function<void(const ApiResult &result)>;

    explicit PoolDirectoryService(ApiClient *client, QObject *parent = nullptr);
    ApiClient *client() const { return m_client; }

    // --- users ---
    ApiCall *listUsers(const QString &poolUid, const PoolUserQuery &query, QObject *owner, UserPageCallback done);
    ApiCall *getUser(const QString &poolUid, const QString &userUid, QObject *owner, UserCallback done);
    ApiCall *createUser(const QString &poolUid, const PoolUserDraft &draft, QObject *owner, UserCallback done);
    // Sends only the fields set in `changes` (see PoolUserChanges::between); nothing to send is refused.
    ApiCall *updateUser(const QString &poolUid, const QString &userUid, const PoolUserChanges &changes,
                        QObject *owner, UserCallback done);
    // One DeleteUsers call (1..kMaxDeleteBatch ids). The ApiResult is ok when the call was answered; what was
    // actually deleted is in `outcome` (per-item failures are never reported as deleted).
    ApiCall *deleteUsers(const QString &poolUid, const QStringList &userUids, QObject *owner, DeleteUsersCallback done);

    // BulkTarget: BulkOperation::deletePoolUsers, run by the one BulkRunner in batches of kMaxDeleteBatch uids per
    // DeleteUsers request. Each uid is one item: deleted only when the answer lists it in SuccessfulUids; a uid in
    // ErrorsStructured (or one the answer does not mention) is a failed item with the service's Field and Error.
    ApiClient *bulkClient() const override { return m_client; }
    Service bulkService() const override { return Service::Id; }
    Request bulkRequest(const BulkOperation &op, int index) const override;
    int bulkBatchLimit(const BulkOperation &op) const override;
    Request bulkBatchRequest(const BulkOperation &op, const QList<int> &indexes) const override;
    // The per-uid results of an answered DeleteUsers call for `uids` (in that order; repeated uids share one).
    static QList<ApiResult> deleteUsersItemResults(const ApiResult &answer, const QStringList &uids);

    // --- applications ---
    // Every application of the pool (pages of 100). List items carry no secret and no URLs.
    ApiCall *listClients(const QString &poolUid, QObject *owner, ClientListCallback done);
    ApiCall *getClient(const QString &poolUid, const QString &clientUid, QObject *owner, ClientCallback done);
    ApiCall *createClient(const QString &poolUid, const PoolClientDraft &draft, QObject *owner, ClientCallback done);
    ApiCall *updateClient(const QString &poolUid, const QString &clientUid, const PoolClientChanges &changes,
                          QObject *owner, ClientCallback done);
    ApiCall *deleteClient(const QString &poolUid, const QString &clientUid, QObject *owner, DoneCallback done);

    // --- identity providers ---
    ApiCall *listIdentityProviders(const QString &poolUid, QObject *owner, ProviderListCallback done);
    ApiCall *getOidcProvider(const QString &poolUid, const QString &connectionUid, QObject *owner, ProviderCallback done);
    ApiCall *createOidcProvider(const QString &poolUid, const OidcProviderDraft &draft, QObject *owner,
                                ProviderCallback done);
    ApiCall *updateOidcProvider(const QString &poolUid, const QString &connectionUid, const OidcProviderChanges &changes,
                                QObject *owner, ProviderCallback done);
    ApiCall *deleteIdentityProvider(const QString &poolUid, const QString &connectionUid, QObject *owner,
                                    DoneCallback done);

    // Request bodies (public for tests and the CLI).
    static QJsonObject listUsersParams(const QString &poolUid, const PoolUserQuery &query);
    static QJsonObject createUserParams(const QString &poolUid, const PoolUserDraft &draft);
    static QJsonObject updateUserParams(const QString &poolUid, const QString &userUid, const PoolUserChanges &changes);
    static QJsonObject createClientParams(const QString &poolUid, const PoolClientDraft &draft);
    static QJsonObject updateClientParams(const QString &poolUid, const QString &clientUid,
                                          const PoolClientChanges &changes);
    static QJsonObject createOidcProviderParams(const QString &poolUid, const OidcProviderDraft &draft);
    static QJsonObject updateOidcProviderParams(const QString &poolUid, const QString &connectionUid,
                                                const OidcProviderChanges &changes);

    // Client-side checks; empty = valid.
    static QList<FieldProblem> validateUserDraft(const PoolUserDraft &draft);
    static QList<FieldProblem> validateUserChanges(const PoolUserChanges &changes);
    static QList<FieldProblem> validateClientDraft(const PoolClientDraft &draft);
    static QList<FieldProblem> validateClientChanges(const PoolClientChanges &changes);
    static QList<FieldProblem> validateProviderDraft(const OidcProviderDraft &draft);
    static QList<FieldProblem> validateProviderChanges(const OidcProviderChanges &changes);

    static constexpr int kMaxDeleteBatch = 100;       // [assumed] the SDK publishes no limit
    static constexpr int kMaxNameLength = 128;        // [assumed] application / provider names
    static constexpr int kMaxUrlLength = 1024;        // [assumed]

private:
    using Handler = std::function<void(const ApiResult &)>;
    // What a call is about: the pool, and (for calls on one object) the id's field, the id and the message when
    // it is missing.
    struct Target
    {
        QString poolUid;
        QString idField;   // empty: the pool itself (create, list)
        QString id;
        QString missingId;
    };

    // One call, or (`every`) a complete listing in pages of 100.
    ApiCall *send(const QString &action, const QJsonObject &params, QObject *owner, Handler handler, bool every = false);
    void refuse(const QString &action, const QList<FieldProblem> &problems, QObject *owner, Handler handler);
    // The one shape of every call: refused (a missing pool, a missing id, nothing changed, then `problems`: the
    // first one names the error code) or sent with the target's ids, plus `params` for writes.
    ApiCall *sendChecked(const QString &action, const Target &target, QList<FieldProblem> problems, bool nothingChanged,
                         const std::function<QJsonObject()> &params, QObject *owner, Handler handler);
    // A get / delete of one object: {UserPoolUid, <idField>: id}.
    ApiCall *sendOne(const QString &action, const Target &target, QObject *owner, Handler handler);

    QPointer<ApiClient> m_client;
};
