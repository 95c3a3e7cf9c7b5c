// SPDX-License-Identifier: GPL-3.0-or-later
#include "cloud/PoolDirectoryService.h"

#include "api/ApiClient.h"
#include "cloud/BulkOperation.h"
#include "cloud/PoolRecordMapping.h"
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>
#include <QTimer>
#include <QUrl>

namespace {
const QString kIdService = QStringLiteral("id");
using Problems = QList<PoolDirectoryService::FieldProblem>;

bool hasControlCharacters(const QString &s)
{
    for (const QChar c : s) {
        if (c.category() == QChar::Other_Control)
            return true;
    }
    return false;
}

QJsonArray toArray(const QStringList &list)
{
    return QJsonArray::fromStringList(list);
}

QJsonArray attributesJson(const QList<QPair<QString, QString>> &attributes)
{
    QJsonArray out;
    for (const auto &a : attributes)
        out.append(QJsonObject{{QStringLiteral("Name"), a.first}, {QStringLiteral("Value"), a.second}});
    return out;
}

// One profile claim. `clearing`: an empty value is allowed (it clears the claim).
void checkClaim(const QString &field, const QString &value, Problems *out)
{
    static const QRegularExpression usernameRe(QStringLiteral("^[A-Za-z0-9._-]+$"));
    static const QRegularExpression emailRe(QStringLiteral("^[^@\\s]+@[^@\\s]+$"));
    static const QRegularExpression phoneRe(QStringLiteral("^\\+?[0-9][0-9 -]*$"));
    if (value.isEmpty())
        return;
    if (hasControlCharacters(value)) {
        out->append({field, PoolDirectoryService::tr("%1 cannot contain control characters or line breaks.").arg(field)});
        return;
    }
    if (value.size() > 1024) {
        out->append({field, PoolDirectoryService::tr("%1 is too long (at most %2 characters).").arg(field).arg(1024)});
        return;
    }
    if (field == QLatin1String("PreferredUsername") && !usernameRe.match(value).hasMatch())
        out->append({field, PoolDirectoryService::tr("The user name can only contain letters, numbers, periods, "
                                                     "underscores, and hyphens.")});
    else if (field == QLatin1String("Email") && !emailRe.match(value).hasMatch())
        out->append({field, PoolDirectoryService::tr("Enter an e-mail address such as name@example.com.")});
    else if (field == QLatin1String("PhoneNumber") && !phoneRe.match(value).hasMatch())
        out->append({field, PoolDirectoryService::tr("Enter a phone number of digits, optionally starting with +.")});
}

void checkUnknownClaims(const QMap<QString, QString> &claims, Problems *out)
{
    for (auto it = claims.constBegin(); it != claims.constEnd(); ++it) {
        if (!PoolUser::profileFields().contains(it.key()))
            out->append({it.key(), PoolDirectoryService::tr("%1 is not a user profile field.").arg(it.key())});
    }
}

void checkMetadata(const QString &metadata, Problems *out)
{
    if (metadata.isEmpty())
        return;
    QJsonParseError error;
    QJsonDocument::fromJson(metadata.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError)
        out->append({QStringLiteral("UserMetadata"),
                     PoolDirectoryService::tr("The user metadata must be a JSON document (%1).").arg(error.errorString())});
}

void checkPassword(const QString &password, Problems *out)
{
    // [assumed] at least 8 characters (the cloud's password policy is per pool and not published)
    if (password.size() < 8)
        out->append({QStringLiteral("Password"), PoolDirectoryService::tr("The password must have at least 8 characters.")});
}

void checkAttributes(const QList<QPair<QString, QString>> &attributes, const QString &field, Problems *out)
{
    for (const auto &a : attributes) {
        if (a.first.trimmed().isEmpty()) {
            out->append({field, PoolDirectoryService::tr("Every custom attribute needs a name.")});
            return;
        }
    }
}

void checkName(const QString &name, Problems *out)
{
    const QString n = name.trimmed();
    if (n.isEmpty())
        out->append({QStringLiteral("Name"), PoolDirectoryService::tr("Enter a name.")});
    else if (n.size() > PoolDirectoryService::kMaxNameLength)
        out->append({QStringLiteral("Name"), PoolDirectoryService::tr("The name is too long (at most %1 characters).")
                                                 .arg(PoolDirectoryService::kMaxNameLength)});
    else if (hasControlCharacters(n))
        out->append({QStringLiteral("Name"), PoolDirectoryService::tr("The name cannot contain control characters or line breaks.")});
}

// Callback URLs of mobile apps use custom schemes (myapp://callback), so any scheme is accepted.
void checkUrls(const QStringList &urls, const QString &field, Problems *out)
{
    for (const QString &u : urls) {
        const QUrl url(u, QUrl::StrictMode);
        if (u.trimmed().isEmpty() || u.contains(QRegularExpression(QStringLiteral("\\s"))) || !url.isValid()
            || url.scheme().isEmpty() || u.size() > PoolDirectoryService::kMaxUrlLength) {
            out->append({field, PoolDirectoryService::tr("\"%1\" is not a valid URL.").arg(u)});
            return;
        }
    }
}

void checkHttpUrl(const QString &u, const QString &field, Problems *out)
{
    const QUrl url(u.trimmed(), QUrl::StrictMode);
    if (u.trimmed().isEmpty())
        out->append({field, PoolDirectoryService::tr("Enter the issuer URL.")});
    else if (!url.isValid() || (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http"))
             || url.host().isEmpty())
        out->append({field, PoolDirectoryService::tr("The issuer must be an https:// URL.")});
}

void checkLifetime(std::optional<int> seconds, const QString &field, Problems *out)
{
    if (seconds && *seconds <= 0)
        out->append({field, PoolDirectoryService::tr("A lifetime must be a positive number of seconds.")});
}

void checkRefresh(const PoolClient::RefreshToken &r, Problems *out)
{
    checkLifetime(r.idleLifetimeSeconds, QStringLiteral("RefreshToken"), out);
    checkLifetime(r.combinedLifetimeSeconds, QStringLiteral("RefreshToken"), out);
}

QJsonObject refreshJson(const PoolClient::RefreshToken &r)
{
    QJsonObject o;
    if (r.rotation)
        o.insert(QStringLiteral("Rotation"), *r.rotation);
    if (r.hasIdleLifetime)
        o.insert(QStringLiteral("HasIdleLifetime"), *r.hasIdleLifetime);
    if (r.idleLifetimeSeconds)
        o.insert(QStringLiteral("IdleLifetimeSeconds"), *r.idleLifetimeSeconds);
    if (r.hasCombinedLifetime)
        o.insert(QStringLiteral("HasCombinedLifetime"), *r.hasCombinedLifetime);
    if (r.combinedLifetimeSeconds)
        o.insert(QStringLiteral("CombinedLifetimeSeconds"), *r.combinedLifetimeSeconds);
    return o;
}

QString noPool() { return PoolDirectoryService::tr("No user pool given."); }
QString noUser() { return PoolDirectoryService::tr("No user given."); }
QString noClient() { return PoolDirectoryService::tr("No application given."); }
QString noProvider() { return PoolDirectoryService::tr("No identity provider given."); }

// The answer of a call on one object, mapped to T (a default T when the call failed).
template<class T, class Map>
std::function<void(const ApiResult &)> oneRecord(const std::function<void(const T &, const ApiResult &)> &done, Map map)
{
    return [done, map](const ApiResult &r) { done(r.ok ? map(r.result) : T(), r); };
}

// The items of a complete listing, mapped to T (list items: no details).
template<class T, class Map>
std::function<void(const ApiResult &)> allRecords(const std::function<void(const QList<T> &, const ApiResult &)> &done,
                                                  Map map)
{
    return [done, map](const ApiResult &r) {
        QList<T> out;
        for (const QJsonValue &v : r.items) {
            if (v.isObject())
                out.append(map(v.toObject()));
        }
        done(out, r);
    };
}

} // namespace

PoolDirectoryService::PoolDirectoryService(ApiClient *client, QObject *parent) : QObject(parent), m_client(client)
{
}

ApiCall *PoolDirectoryService::send(const QString &action, const QJsonObject &params, QObject *owner, Handler handler,
                                    bool every)
{
    if (!m_client) {
        refuse(action, {{QString(), tr("Not connected.")}}, owner, std::move(handler));
        return nullptr;
    }
    CallOptions options;
    options.owner = owner;
    ApiCall *call = every ? m_client->listAll(Service::Id, action, params, options, 100)
                          : m_client->call(Service::Id, action, params, options);
    connect(call, &ApiCall::finished, owner ? owner : this, std::move(handler));
    return call;
}

void PoolDirectoryService::refuse(const QString &action, const QList<FieldProblem> &problems, QObject *owner,
                                  std::function<void(const ApiResult &)> handler)
{
    QStringList messages;
    for (const FieldProblem &p : problems)
        messages << p.message;
    ApiResult result;
    result.error = ApiError::make(ApiError::Kind::InvalidInput,
                                  problems.isEmpty() || problems.first().field.isEmpty()
                                      ? QStringLiteral("InvalidInput")
                                      : QStringLiteral("InvalidParameter.%1").arg(problems.first().field),
                                  messages.join(QLatin1Char(' ')));
    result.error.service = kIdService;
    result.error.action = action;
    QTimer::singleShot(0, owner ? owner : this, [handler = std::move(handler), result] { handler(result); });
}

ApiCall *PoolDirectoryService::sendChecked(const QString &action, const Target &target, Problems problems,
                                           bool nothingChanged, const std::function<QJsonObject()> &params,
                                           QObject *owner, Handler handler)
{
    if (nothingChanged)
        problems.prepend({QString(), tr("Nothing was changed.")});
    if (!target.idField.isEmpty() && target.id.isEmpty())
        problems.prepend({target.idField, target.missingId});
    if (target.poolUid.isEmpty())
        problems.prepend({QStringLiteral("UserPoolUid"), noPool()});
    if (!problems.isEmpty()) {
        refuse(action, problems, owner, std::move(handler));
        return nullptr;
    }
    return send(action, params(), owner, std::move(handler));
}

ApiCall *PoolDirectoryService::sendOne(const QString &action, const Target &target, QObject *owner, Handler handler)
{
    if (target.poolUid.isEmpty() || target.id.isEmpty()) {
        refuse(action, {{target.poolUid.isEmpty() ? QStringLiteral("UserPoolUid") : target.idField,
                         target.poolUid.isEmpty() ? noPool() : target.missingId}},
               owner, std::move(handler));
        return nullptr;
    }
    return send(action, {{QStringLiteral("UserPoolUid"), target.poolUid}, {target.idField, target.id}}, owner,
                std::move(handler));
}

// ---------------------------------------------------------------- users

QJsonObject PoolDirectoryService::listUsersParams(const QString &poolUid, const PoolUserQuery &query)
{
    QJsonObject p{{QStringLiteral("UserPoolUid"), poolUid},
                  {QStringLiteral("PageNumber"), qMax(1, query.pageNumber)},
                  {QStringLiteral("PageSize"), qBound(1, query.pageSize, 100)}};
    QJsonObject filter;
    for (auto it = query.filters.constBegin(); it != query.filters.constEnd(); ++it) {
        if (!it.value().isEmpty())
            filter.insert(it.key(), it.value());
    }
    if (!query.userUidsOr.isEmpty())
        filter.insert(QStringLiteral("UserUidsOr"), toArray(query.userUidsOr));
    if (!query.search.trimmed().isEmpty()) // [assumed] the search box maps to UniversalSearch
        filter.insert(QStringLiteral("UniversalSearch"),
                      QJsonArray{QJsonObject{{QStringLiteral("Search"), query.search.trimmed()}}});
    if (!filter.isEmpty())
        p.insert(QStringLiteral("Filter"), filter);
    if (!query.sortField.isEmpty()) {
        p.insert(QStringLiteral("SortField"), query.sortField);
        p.insert(QStringLiteral("SortDirection"), query.descending ? QStringLiteral("Desc") : QStringLiteral("Asc"));
    }
    return p;
}

ApiCall *PoolDirectoryService::listUsers(const QString &poolUid, const PoolUserQuery &query, QObject *owner,
                                         UserPageCallback done)
{
    Problems problems;
    if (!poolUid.isEmpty() && (query.pageNumber < 1 || query.pageSize < 1 || query.pageSize > 100))
        problems.append({QStringLiteral("PageSize"), tr("Pages hold 1 to 100 users.")});
    return sendChecked(QStringLiteral("ListUsers"), {poolUid, {}, {}, {}}, problems, false,
                       [&] { return listUsersParams(poolUid, query); }, owner,
                       oneRecord<PoolUserPage>(done, &PoolRecordMapping::poolUserPage));
}

ApiCall *PoolDirectoryService::getUser(const QString &poolUid, const QString &userUid, QObject *owner, UserCallback done)
{
    return sendOne(QStringLiteral("GetUser"), {poolUid, QStringLiteral("UserUid"), userUid, noUser()}, owner,
                   oneRecord<PoolUser>(done, &PoolRecordMapping::poolUser));
}

QJsonObject PoolDirectoryService::createUserParams(const QString &poolUid, const PoolUserDraft &draft)
{
    QJsonObject p{{QStringLiteral("UserPoolUid"), poolUid}};
    for (auto it = draft.claims.constBegin(); it != draft.claims.constEnd(); ++it) {
        const QString v = it.key() == QLatin1String("UserMetadata") ? it.value() : it.value().trimmed();
        if (!v.isEmpty())
            p.insert(it.key(), v);
    }
    if (draft.emailVerified)
        p.insert(QStringLiteral("EmailVerified"), *draft.emailVerified);
    if (draft.phoneNumberVerified)
        p.insert(QStringLiteral("PhoneNumberVerified"), *draft.phoneNumberVerified);
    if (!draft.userMetadata.isEmpty())
        p.insert(QStringLiteral("UserMetadata"), draft.userMetadata);
    if (!draft.password.isEmpty())
        p.insert(QStringLiteral("Password"), draft.password);
    if (!draft.customAttributes.isEmpty())
        p.insert(QStringLiteral("CustomAttributesToUpsert"), attributesJson(draft.customAttributes));
    return p;
}

QList<PoolDirectoryService::FieldProblem> PoolDirectoryService::validateUserDraft(const PoolUserDraft &draft)
{
    Problems out;
    checkUnknownClaims(draft.claims, &out);
    for (auto it = draft.claims.constBegin(); it != draft.claims.constEnd(); ++it)
        checkClaim(it.key(), it.value().trimmed(), &out);
    // [assumed] a user needs something to sign in with; the cloud's own rule is not published.
    if (draft.claims.value(QStringLiteral("PreferredUsername")).trimmed().isEmpty()
        && draft.claims.value(QStringLiteral("Email")).trimmed().isEmpty()
        && draft.claims.value(QStringLiteral("PhoneNumber")).trimmed().isEmpty())
        out.append({QStringLiteral("PreferredUsername"),
                    tr("Enter a user name, an e-mail address or a phone number.")});
    checkMetadata(draft.userMetadata, &out);
    if (!draft.password.isEmpty())
        checkPassword(draft.password, &out);
    checkAttributes(draft.customAttributes, QStringLiteral("CustomAttributesToUpsert"), &out);
    return out;
}

ApiCall *PoolDirectoryService::createUser(const QString &poolUid, const PoolUserDraft &draft, QObject *owner,
                                          UserCallback done)
{
    return sendChecked(QStringLiteral("CreateUser"), {poolUid, {}, {}, {}}, validateUserDraft(draft), false,
                       [&] { return createUserParams(poolUid, draft); }, owner,
                       oneRecord<PoolUser>(done, &PoolRecordMapping::poolUser));
}

QJsonObject PoolDirectoryService::updateUserParams(const QString &poolUid, const QString &userUid,
                                                   const PoolUserChanges &changes)
{
    QJsonObject p{{QStringLiteral("UserPoolUid"), poolUid}, {QStringLiteral("UserUid"), userUid}};
    for (auto it = changes.claims.constBegin(); it != changes.claims.constEnd(); ++it)
        p.insert(it.key(), it.value().trimmed());
    if (changes.emailVerified)
        p.insert(QStringLiteral("EmailVerified"), *changes.emailVerified);
    if (changes.phoneNumberVerified)
        p.insert(QStringLiteral("PhoneNumberVerified"), *changes.phoneNumberVerified);
    if (changes.userMetadata)
        p.insert(QStringLiteral("UserMetadata"), *changes.userMetadata);
    if (changes.userState)
        p.insert(QStringLiteral("UserState"), *changes.userState);
    if (changes.password)
        p.insert(QStringLiteral("Password"), *changes.password);
    if (!changes.customAttributesToUpsert.isEmpty())
        p.insert(QStringLiteral("CustomAttributesToUpsert"), attributesJson(changes.customAttributesToUpsert));
    return p;
}

QList<PoolDirectoryService::FieldProblem> PoolDirectoryService::validateUserChanges(const PoolUserChanges &changes)
{
    Problems out;
    checkUnknownClaims(changes.claims, &out);
    for (auto it = changes.claims.constBegin(); it != changes.claims.constEnd(); ++it)
        checkClaim(it.key(), it.value().trimmed(), &out);
    if (changes.userMetadata)
        checkMetadata(*changes.userMetadata, &out);
    if (changes.password)
        checkPassword(*changes.password, &out);
    if (changes.userState && changes.userState->trimmed().isEmpty())
        out.append({QStringLiteral("UserState"), tr("The user state cannot be empty.")});
    checkAttributes(changes.customAttributesToUpsert, QStringLiteral("CustomAttributesToUpsert"), &out);
    return out;
}

ApiCall *PoolDirectoryService::updateUser(const QString &poolUid, const QString &userUid,
                                          const PoolUserChanges &changes, QObject *owner, UserCallback done)
{
    return sendChecked(QStringLiteral("UpdateUser"), {poolUid, QStringLiteral("UserUid"), userUid, noUser()},
                       validateUserChanges(changes), changes.isEmpty(),
                       [&] { return updateUserParams(poolUid, userUid, changes); }, owner,
                       oneRecord<PoolUser>(done, &PoolRecordMapping::poolUser));
}

ApiCall *PoolDirectoryService::deleteUsers(const QString &poolUid, const QStringList &userUids, QObject *owner,
                                           DeleteUsersCallback done)
{
    const QString action = QStringLiteral("DeleteUsers");
    auto handler = [done, userUids](const ApiResult &r) {
        DeleteUsersResult outcome;
        if (r.ok) {
            outcome = PoolRecordMapping::deleteUsersResult(r.result, userUids);
        } else {
            outcome.requestedUids = userUids;
            // The call failed as a whole: nothing is known to be deleted. (An ambiguous failure may still have
            // deleted some; the caller re-reads the list, it never re-sends.)
            for (int i = 0; i < userUids.size(); ++i)
                outcome.failures.append({i, userUids.at(i), QString(), r.error.message});
        }
        done(outcome, r);
    };
    Problems problems;
    if (userUids.isEmpty())
        problems.append({QStringLiteral("UserUids"), tr("No users given.")});
    else if (userUids.size() > kMaxDeleteBatch)
        problems.append({QStringLiteral("UserUids"), tr("At most %1 users can be deleted in one call.").arg(kMaxDeleteBatch)});
    else if (QSet<QString>(userUids.begin(), userUids.end()).size() != userUids.size() || userUids.contains(QString()))
        problems.append({QStringLiteral("UserUids"), tr("The list of users holds an empty or repeated id.")});
    return sendChecked(action, {poolUid, {}, {}, {}}, problems, false,
                       [&] {
                           return QJsonObject{{QStringLiteral("UserPoolUid"), poolUid},
                                              {QStringLiteral("UserUids"), toArray(userUids)}};
                       },
                       owner, handler);
}

BulkTarget::Request PoolDirectoryService::bulkRequest(const BulkOperation &op, int index) const
{
    const QString action = QStringLiteral("DeleteUsers");
    if (op.kind() != BulkOperation::Kind::DeletePoolUsers)
        return BulkTarget::refuse(Service::Id, QString(), QStringLiteral("NotSupported"),
                                  tr("Pool users have no such operation."));
    if (op.poolUid().isEmpty())
        return BulkTarget::refuse(Service::Id, action, QStringLiteral("InvalidParameter.UserPoolUid"), noPool());
    const QString uid = op.targetId(index);
    if (uid.isEmpty())
        return BulkTarget::refuse(Service::Id, action, QStringLiteral("InvalidParameter.UserUids"), noUser());
    // Alone (the runner batches accepted items through bulkBatchRequest).
    return bulkBatchRequest(op, {index});
}

int PoolDirectoryService::bulkBatchLimit(const BulkOperation &op) const
{
    return op.kind() == BulkOperation::Kind::DeletePoolUsers ? kMaxDeleteBatch : 1;
}

BulkTarget::Request PoolDirectoryService::bulkBatchRequest(const BulkOperation &op, const QList<int> &indexes) const
{
    if (op.kind() != BulkOperation::Kind::DeletePoolUsers)
        return BulkTarget::bulkBatchRequest(op, indexes);
    QStringList uids;   // per item, in order
    QStringList unique; // what is sent: DeleteUsers refuses a repeated id
    QSet<QString> seen;
    for (int i : indexes) {
        const QString uid = op.targetId(i);
        uids << uid;
        if (!seen.contains(uid)) {
            seen.insert(uid);
            unique << uid;
        }
    }
    if (unique.size() > kMaxDeleteBatch)
        return BulkTarget::refuse(Service::Id, QStringLiteral("DeleteUsers"), QStringLiteral("InvalidParameter.UserUids"),
                                  tr("At most %1 users can be deleted in one call.").arg(kMaxDeleteBatch));
    Request r;
    r.action = QStringLiteral("DeleteUsers");
    r.params = QJsonObject{{QStringLiteral("UserPoolUid"), op.poolUid()}, {QStringLiteral("UserUids"), toArray(unique)}};
    r.split = [uids](const ApiResult &answer) { return deleteUsersItemResults(answer, uids); };
    return r;
}

QList<ApiResult> PoolDirectoryService::deleteUsersItemResults(const ApiResult &answer, const QStringList &uids)
{
    QStringList unique;
    QSet<QString> seen;
    for (const QString &uid : uids)
        if (!seen.contains(uid)) {
            seen.insert(uid);
            unique << uid;
        }
    const DeleteUsersResult outcome = PoolRecordMapping::deleteUsersResult(answer.result, unique);
    const QSet<QString> deleted(outcome.deletedUids.begin(), outcome.deletedUids.end());
    QHash<QString, DeleteUsersResult::Failure> failed;   // the first failure that names the uid
    for (const DeleteUsersResult::Failure &f : outcome.failures)
        if (!f.uid.isEmpty() && !failed.contains(f.uid))
            failed.insert(f.uid, f);
    QList<ApiResult> out;
    out.reserve(uids.size());
    for (const QString &uid : uids) {
        ApiResult r;
        r.requestId = answer.requestId;
        r.httpStatus = answer.httpStatus;
        if (deleted.contains(uid)) {
            r.ok = true;
            r.result = QJsonObject{{QStringLiteral("Uid"), uid}};
        } else {
            // Named in ErrorsStructured (Field, Error), or explained only by a plain Errors[] line that names the
            // uid, or not mentioned at all: a failure in every case (HTTP 200 is not success for the item).
            const DeleteUsersResult::Failure f = failed.value(uid);
            QString message = f.error;
            if (message.isEmpty())
                for (const DeleteUsersResult::Failure &g : outcome.failures)
                    if (g.index < 0 && g.error.contains(uid))
                        message = g.error;
            if (message.isEmpty())
                message = tr("The service did not confirm the deletion.");
            // ErrorsStructured carries no error code, only the Field it blames: that is the item's code.
            r.error = ApiError::make(ApiError::Kind::Api, f.field, message);
            r.error.service = kIdService;
            r.error.action = QStringLiteral("DeleteUsers");
            r.error.httpStatus = answer.httpStatus;
            r.error.requestId = answer.requestId;
        }
        out << r;
    }
    return out;
}

// ---------------------------------------------------------------- applications

ApiCall *PoolDirectoryService::listClients(const QString &poolUid, QObject *owner, ClientListCallback done)
{
    const QString action = QStringLiteral("ListUserPoolClients");
    auto handler = allRecords<PoolClient>(done, [](const QJsonObject &o) { return PoolRecordMapping::poolClient(o, false); });
    if (poolUid.isEmpty()) {
        refuse(action, {{QStringLiteral("UserPoolUid"), noPool()}}, owner, handler);
        return nullptr;
    }
    return send(action, {{QStringLiteral("UserPoolUid"), poolUid}}, owner, handler, true);
}

ApiCall *PoolDirectoryService::getClient(const QString &poolUid, const QString &clientUid, QObject *owner,
                                         ClientCallback done)
{
    return sendOne(QStringLiteral("GetUserPoolClient"), {poolUid, QStringLiteral("ClientUid"), clientUid, noClient()},
                   owner, oneRecord<PoolClient>(done, [](const QJsonObject &o) { return PoolRecordMapping::poolClient(o, true); }));
}

QJsonObject PoolDirectoryService::createClientParams(const QString &poolUid, const PoolClientDraft &draft)
{
    QJsonObject p{{QStringLiteral("UserPoolUid"), poolUid},
                  {QStringLiteral("Name"), draft.name.trimmed()},
                  {QStringLiteral("ClientType"), draft.clientType}};
    if (!draft.description.isEmpty())
        p.insert(QStringLiteral("Description"), draft.description);
    if (!draft.logoUri.trimmed().isEmpty())
        p.insert(QStringLiteral("LogoUri"), draft.logoUri.trimmed());
    if (!draft.allowedCallbackUrls.isEmpty())
        p.insert(QStringLiteral("AllowedCallbackUrls"), toArray(draft.allowedCallbackUrls));
    for (auto it = draft.booleans.constBegin(); it != draft.booleans.constEnd(); ++it)
        p.insert(it.key(), it.value());
    return p;
}

QList<PoolDirectoryService::FieldProblem> PoolDirectoryService::validateClientDraft(const PoolClientDraft &draft)
{
    Problems out;
    checkName(draft.name, &out);
    if (!PoolClient::clientTypes().contains(draft.clientType))
        out.append({QStringLiteral("ClientType"), tr("Choose the kind of application.")});
    if (hasControlCharacters(QString(draft.description).remove(QLatin1Char('\n')).remove(QLatin1Char('\r')).remove(QLatin1Char('\t'))))
        out.append({QStringLiteral("Description"), tr("The description cannot contain control characters.")});
    if (!draft.logoUri.trimmed().isEmpty())
        checkUrls({draft.logoUri.trimmed()}, QStringLiteral("LogoUri"), &out);
    checkUrls(draft.allowedCallbackUrls, QStringLiteral("AllowedCallbackUrls"), &out);
    for (auto it = draft.booleans.constBegin(); it != draft.booleans.constEnd(); ++it) {
        if (!PoolClient::booleanFields().contains(it.key()))
            out.append({it.key(), tr("%1 is not an application setting.").arg(it.key())});
    }
    return out;
}

ApiCall *PoolDirectoryService::createClient(const QString &poolUid, const PoolClientDraft &draft, QObject *owner,
                                            ClientCallback done)
{
    return sendChecked(QStringLiteral("CreateUserPoolClient"), {poolUid, {}, {}, {}}, validateClientDraft(draft), false,
                       [&] { return createClientParams(poolUid, draft); }, owner,
                       oneRecord<PoolClient>(done, [](const QJsonObject &o) { return PoolRecordMapping::poolClient(o, true); }));
}

QJsonObject PoolDirectoryService::updateClientParams(const QString &poolUid, const QString &clientUid,
                                                     const PoolClientChanges &c)
{
    QJsonObject p{{QStringLiteral("UserPoolUid"), poolUid}, {QStringLiteral("ClientUid"), clientUid}};
    if (c.name)
        p.insert(QStringLiteral("Name"), c.name->trimmed());
    if (c.description)
        p.insert(QStringLiteral("Description"), *c.description);
    if (c.logoUri)
        p.insert(QStringLiteral("LogoUri"), c.logoUri->trimmed());
    if (c.allowedCallbackUrls)
        p.insert(QStringLiteral("AllowedCallbackUrls"), toArray(*c.allowedCallbackUrls));
    if (c.allowedLogoutUrls)
        p.insert(QStringLiteral("AllowedLogoutUrls"), toArray(*c.allowedLogoutUrls));
    if (c.allowedWebOrigins)
        p.insert(QStringLiteral("AllowedWebOrigins"), toArray(*c.allowedWebOrigins));
    if (c.allowedCors)
        p.insert(QStringLiteral("AllowedCors"), toArray(*c.allowedCors));
    if (c.idTokenLifetimeSeconds) // sic: LifeTimeSeconds (capital T) on input, per the SDK
        p.insert(QStringLiteral("IdToken"), QJsonObject{{QStringLiteral("LifeTimeSeconds"), *c.idTokenLifetimeSeconds}});
    if (c.refreshToken && !refreshJson(*c.refreshToken).isEmpty())
        p.insert(QStringLiteral("RefreshToken"), refreshJson(*c.refreshToken));
    for (auto it = c.booleans.constBegin(); it != c.booleans.constEnd(); ++it)
        p.insert(it.key(), it.value());
    return p;
}

QList<PoolDirectoryService::FieldProblem> PoolDirectoryService::validateClientChanges(const PoolClientChanges &c)
{
    Problems out;
    if (c.name)
        checkName(*c.name, &out);
    if (c.logoUri && !c.logoUri->trimmed().isEmpty())
        checkUrls({c.logoUri->trimmed()}, QStringLiteral("LogoUri"), &out);
    if (c.allowedCallbackUrls)
        checkUrls(*c.allowedCallbackUrls, QStringLiteral("AllowedCallbackUrls"), &out);
    if (c.allowedLogoutUrls)
        checkUrls(*c.allowedLogoutUrls, QStringLiteral("AllowedLogoutUrls"), &out);
    if (c.allowedWebOrigins)
        checkUrls(*c.allowedWebOrigins, QStringLiteral("AllowedWebOrigins"), &out);
    if (c.allowedCors)
        checkUrls(*c.allowedCors, QStringLiteral("AllowedCors"), &out);
    checkLifetime(c.idTokenLifetimeSeconds, QStringLiteral("IdToken"), &out);
    if (c.refreshToken)
        checkRefresh(*c.refreshToken, &out);
    for (auto it = c.booleans.constBegin(); it != c.booleans.constEnd(); ++it) {
        if (!PoolClient::booleanFields().contains(it.key()))
            out.append({it.key(), tr("%1 is not an application setting.").arg(it.key())});
    }
    return out;
}

ApiCall *PoolDirectoryService::updateClient(const QString &poolUid, const QString &clientUid,
                                            const PoolClientChanges &changes, QObject *owner, ClientCallback done)
{
    return sendChecked(QStringLiteral("UpdateUserPoolClient"), {poolUid, QStringLiteral("ClientUid"), clientUid, noClient()},
                       validateClientChanges(changes), changes.isEmpty(),
                       [&] { return updateClientParams(poolUid, clientUid, changes); }, owner,
                       oneRecord<PoolClient>(done, [](const QJsonObject &o) { return PoolRecordMapping::poolClient(o, true); }));
}

ApiCall *PoolDirectoryService::deleteClient(const QString &poolUid, const QString &clientUid, QObject *owner,
                                            DoneCallback done)
{
    return sendOne(QStringLiteral("DeleteUserPoolClient"), {poolUid, QStringLiteral("ClientUid"), clientUid, noClient()},
                   owner, done);
}

// ---------------------------------------------------------------- identity providers

ApiCall *PoolDirectoryService::listIdentityProviders(const QString &poolUid, QObject *owner, ProviderListCallback done)
{
    const QString action = QStringLiteral("ListIdentityProviders");
    auto handler = allRecords<IdentityProvider>(
        done, [](const QJsonObject &o) { return PoolRecordMapping::identityProvider(o, false); });
    if (poolUid.isEmpty()) {
        refuse(action, {{QStringLiteral("UserPoolUID"), noPool()}}, owner, handler);
        return nullptr;
    }
    // Sic: this one action spells the pool parameter UserPoolUID (SDK ListIdentityProvidersInput).
    return send(action, {{QStringLiteral("UserPoolUID"), poolUid}}, owner, handler, true);
}

ApiCall *PoolDirectoryService::getOidcProvider(const QString &poolUid, const QString &connectionUid, QObject *owner,
                                               ProviderCallback done)
{
    return sendOne(QStringLiteral("GetIdentityProviderOIDC"),
                   {poolUid, QStringLiteral("ConnectionUid"), connectionUid, noProvider()}, owner,
                   oneRecord<IdentityProvider>(done, [](const QJsonObject &o) { return PoolRecordMapping::identityProvider(o, true); }));
}

QJsonObject PoolDirectoryService::createOidcProviderParams(const QString &poolUid, const OidcProviderDraft &d)
{
    QJsonObject p{{QStringLiteral("UserPoolUid"), poolUid},
                  {QStringLiteral("Name"), d.name.trimmed()},
                  {QStringLiteral("Issuer"), d.issuer.trimmed()},
                  {QStringLiteral("ClientId"), d.clientId.trimmed()},
                  {QStringLiteral("ClientSecret"), d.clientSecret},
                  {QStringLiteral("Enabled"), d.enabled},
                  {QStringLiteral("IsIdTokenMapping"), d.isIdTokenMapping},
                  {QStringLiteral("UsePkce"), d.usePkce}};
    if (!d.scopes.isEmpty())
        p.insert(QStringLiteral("ScopesList"), toArray(d.scopes));
    return p;
}

QList<PoolDirectoryService::FieldProblem> PoolDirectoryService::validateProviderDraft(const OidcProviderDraft &d)
{
    Problems out;
    checkName(d.name, &out);
    checkHttpUrl(d.issuer, QStringLiteral("Issuer"), &out);
    if (d.clientId.trimmed().isEmpty())
        out.append({QStringLiteral("ClientId"), tr("Enter the client ID the identity provider issued.")});
    if (d.clientSecret.isEmpty())
        out.append({QStringLiteral("ClientSecret"), tr("Enter the client secret the identity provider issued.")});
    return out;
}

ApiCall *PoolDirectoryService::createOidcProvider(const QString &poolUid, const OidcProviderDraft &draft,
                                                  QObject *owner, ProviderCallback done)
{
    return sendChecked(QStringLiteral("CreateIdentityProviderOIDC"), {poolUid, {}, {}, {}}, validateProviderDraft(draft),
                       false, [&] { return createOidcProviderParams(poolUid, draft); }, owner,
                       oneRecord<IdentityProvider>(done, [](const QJsonObject &o) { return PoolRecordMapping::identityProvider(o, true); }));
}

QJsonObject PoolDirectoryService::updateOidcProviderParams(const QString &poolUid, const QString &connectionUid,
                                                           const OidcProviderChanges &c)
{
    QJsonObject p{{QStringLiteral("UserPoolUid"), poolUid}, {QStringLiteral("ConnectionUid"), connectionUid}};
    if (c.name)
        p.insert(QStringLiteral("Name"), c.name->trimmed());
    if (c.issuer)
        p.insert(QStringLiteral("Issuer"), c.issuer->trimmed());
    if (c.clientId)
        p.insert(QStringLiteral("ClientId"), c.clientId->trimmed());
    if (c.clientSecret)
        p.insert(QStringLiteral("ClientSecret"), *c.clientSecret);
    if (c.enabled)
        p.insert(QStringLiteral("Enabled"), *c.enabled);
    if (c.isIdTokenMapping)
        p.insert(QStringLiteral("IsIdTokenMapping"), *c.isIdTokenMapping);
    if (c.usePkce)
        p.insert(QStringLiteral("UsePkce"), *c.usePkce);
    return p;
}

QList<PoolDirectoryService::FieldProblem> PoolDirectoryService::validateProviderChanges(const OidcProviderChanges &c)
{
    Problems out;
    if (c.name)
        checkName(*c.name, &out);
    if (c.issuer)
        checkHttpUrl(*c.issuer, QStringLiteral("Issuer"), &out);
    if (c.clientId && c.clientId->trimmed().isEmpty())
        out.append({QStringLiteral("ClientId"), tr("Enter the client ID the identity provider issued.")});
    if (c.clientSecret && c.clientSecret->isEmpty())
        out.append({QStringLiteral("ClientSecret"), tr("Enter the client secret the identity provider issued.")});
    return out;
}

ApiCall *PoolDirectoryService::updateOidcProvider(const QString &poolUid, const QString &connectionUid,
                                                  const OidcProviderChanges &changes, QObject *owner,
                                                  ProviderCallback done)
{
    return sendChecked(QStringLiteral("UpdateIdentityProviderOIDC"),
                       {poolUid, QStringLiteral("ConnectionUid"), connectionUid, noProvider()},
                       validateProviderChanges(changes), changes.isEmpty(),
                       [&] { return updateOidcProviderParams(poolUid, connectionUid, changes); }, owner,
                       oneRecord<IdentityProvider>(done, [](const QJsonObject &o) { return PoolRecordMapping::identityProvider(o, true); }));
}

ApiCall *PoolDirectoryService::deleteIdentityProvider(const QString &poolUid, const QString &connectionUid,
                                                      QObject *owner, DoneCallback done)
{
    return sendOne(QStringLiteral("DeleteIdentityProvider"),
                   {poolUid, QStringLiteral("ConnectionUid"), connectionUid, noProvider()}, owner, done);
}
