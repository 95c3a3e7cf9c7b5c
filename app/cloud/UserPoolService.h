// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/ApiCall.h"
#include "api/ApiClient.h"
#include "api/ApiResult.h"
#include "cloud/BulkTarget.h"
#include "cloud/UserPool.h"
#include <QCoreApplication>
#include <QHash>
#include <QMap>
#include <QObject>
#include <QPointer>
#include <functional>
#include <optional>


// Typed, asynchronous access to the user pools of the Agent Identity (`id`) service.
// Every callback runs once, on the event loop, unless `owner` was destroyed first (then never).
// A cancelled call reports ApiError::Kind::Cancelled. Each method returns the ApiCall (for cancel),
// or nullptr when the input was refused before sending (the callback then gets an InvalidInput error).
// Bulk work on pools (BulkOperation::setPoolsEnabled / deletePools) runs in BulkRunner with this as its target.
class UserPoolService : public QObject, public BulkTarget
{
    Q_OBJECT
public:
    struct Draft            // CreateUserPool
    {
        QString name;
        QString description;
        QString projectName;
        // Creation only (UpdateUserPool does not take them). Empty: not sent, the cloud's default applies.
        // Values: preferred_username, phone_number, email (volcengine-id.md §2).
        QStringList signInAttributes;
        QStringList requiredSignUpAttributes;
        QList<QPair<QString, QString>> tags;   // Key, Value
    };
    struct Changes          // UpdateUserPool: only the fields set here are sent (partial update)
    {
        std::optional<QString> name;
        std::optional<QString> description;
        QMap<QString, bool> switches;   // JSON field name (UserPool::switchFields()) -> value
        bool isEmpty() const { return !name && !description && switches.isEmpty(); }
    };
    struct FieldProblem
    {
        QString field;      // "Name", "Description", "ProjectName"
        QString message;    // tr()'d
    };

    using ListCallback = std::function<void(const QList<UserPool> &pools, const ApiResult &result)>;
    using PageCallback = std::function<void(const QList<UserPool> &pools, int pageIndex, qint64 total)>;
    using PoolCallback = std::function<void(const UserPool &pool, const ApiResult &result)>;
    using DoneCallback = std::function<void(const ApiResult &result)>;
    using MausCallback = std::function<void(const QHash<QString, double> &mauByUid, const QString &month,
                                            const ApiResult &result)>;

    explicit UserPoolService(ApiClient *client, QObject *parent = nullptr);
    ApiClient *client() const { return m_client; }

    // Every pool (pages of 100: page 1, then the rest concurrently). onPage shows rows as pages arrive.
    ApiCall *listUserPools(QObject *owner, ListCallback done, PageCallback onPage = {});
    ApiCall *getUserPool(const QString &uid, QObject *owner, PoolCallback done);
    ApiCall *createUserPool(const Draft &draft, QObject *owner, PoolCallback done);
    ApiCall *updateUserPool(const QString &uid, const Changes &changes, QObject *owner, PoolCallback done);
    ApiCall *deleteUserPool(const QString &uid, QObject *owner, DoneCallback done);
    // UpdateEnableUserPool; `Enabled` goes out as the JSON string "true" / "false".
    ApiCall *setUserPoolEnabled(const QString &uid, bool enabled, QObject *owner, DoneCallback done);
    // month "YYYY-MM" (empty: the current month). Pools missing from the answer count as 0.
    ApiCall *getUserPoolMaus(const QStringList &uids, const QString &month, QObject *owner, MausCallback done);

    // BulkTarget: enable / disable pools (UpdateEnableUserPool), delete pools (DeleteUserPool), run by BulkRunner.
    ApiClient *bulkClient() const override { return m_client; }
    Service bulkService() const override { return Service::Id; }
    Request bulkRequest(const BulkOperation &op, int index) const override;

    // Request bodies (public for tests and the CLI).
    static QJsonObject createParams(const Draft &draft);
    static QJsonObject updateParams(const QString &uid, const Changes &changes);
    static QJsonObject enableParams(const QString &uid, bool enabled);
    static QJsonObject mausParams(const QStringList &uids, const QString &month);
    static QHash<QString, double> parseMaus(const QJsonObject &result, const QStringList &uids);

    // Client-side checks; empty = valid.
    static QList<FieldProblem> validateDraft(const Draft &draft);
    static QList<FieldProblem> validateChanges(const Changes &changes);
    static bool isValidMonth(const QString &month);
    // People's names of the nine sign-in / sign-up switches (UserPool::switchFields()), tr()'d.
    static QString switchTitle(const QString &field);
    static QString switchDescription(const QString &field);
    static QString currentMonth();

    static constexpr int kMaxNameLength = 128;        // [assumed]
    static constexpr int kMaxDescriptionLength = 1024; // [assumed]
    static constexpr int kMaxProjectNameLength = 255;  // [doc]
    static QStringList signInAttributeValues();        // preferred_username, phone_number, email

private:
    ApiCall *send(const QString &action, const QJsonObject &params, QObject *owner,
                  std::function<void(const ApiResult &)> handler);
    void refuse(const QString &action, const QList<FieldProblem> &problems, QObject *owner,
                std::function<void(const ApiResult &)> handler);

    QPointer<ApiClient> m_client;
};
