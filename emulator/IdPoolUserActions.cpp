// SPDX-License-Identifier: GPL-3.0-or-later
#include "IdPoolUserActions.h"

#include "ActionTable.h"
#include "ApiError.h"
#include "DataStore.h"
#include "IdPoolScope.h"
#include "IdPoolUserFilter.h"
#include "JsonWriter.h"
#include "Paging.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

#include <algorithm>

namespace emu {

namespace {

int maxLengthOfClaim(const QString &claim)
{
    if (claim == QLatin1String("Picture") || claim == QLatin1String("Profile") || claim == QLatin1String("Website"))
        return 1024;
    if (claim == QLatin1String("PhoneNumber") || claim == QLatin1String("Gender") || claim == QLatin1String("Birthdate"))
        return 32;
    if (claim == QLatin1String("PreferredUsername"))
        return 128;
    return 255;
}

} // namespace

void IdPoolUserActions::addTo(ActionTable &table)
{
    table.addRead(QStringLiteral("ListUsers"), this, &IdPoolUserActions::listUsers);
    table.addWrite(QStringLiteral("CreateUser"), this, &IdPoolUserActions::createUser);
    table.addWrite(QStringLiteral("UpdateUser"), this, &IdPoolUserActions::updateUser);
    table.addWrite(QStringLiteral("DeleteUsers"), this, &IdPoolUserActions::deleteUsers);
    table.addRead(QStringLiteral("GetUser"), this, &IdPoolUserActions::getUser);
}

ApiResult IdPoolUserActions::listUsers(const ApiCall &call)
{
    const ParamReader &p = call.params;
    const IdUserPool &pool = m_scope.requirePool(p);
    const bool tokenStyle = p.has(QStringLiteral("MaxResults")) || p.has(QStringLiteral("NextToken"));
    qint64 pageNumber = 1, pageSize = 10, afterSeq = 0;
    if (tokenStyle) {
        pageSize = p.optionalInt(QStringLiteral("MaxResults"), 1, 100).value_or(10);
        if (const auto token = p.optionalString(QStringLiteral("NextToken")); token && !token->isEmpty()) {
            const auto seq = Paging::decodeToken(*token);
            if (!seq)
                p.throwInvalid(QStringLiteral("NextToken"), *token);
            afterSeq = *seq;
        }
    } else {
        pageNumber = p.optionalInt(QStringLiteral("PageNumber"), 1, 2147483647).value_or(1);
        pageSize = p.optionalInt(QStringLiteral("PageSize"), 1, 100).value_or(10);
    }
    const auto sortField = p.optionalEnum(QStringLiteral("SortField"),
                                          {QStringLiteral("CreateTime"), QStringLiteral("UpdateTime"),
                                           QStringLiteral("Name"), QStringLiteral("PreferredUsername")});
    const auto sortDirection = p.optionalEnum(QStringLiteral("SortDirection"),
                                              {QStringLiteral("Asc"), QStringLiteral("Desc")});

    IdPoolUserFilter filter(p);
    bool maskEmail = false, maskPhone = false, nullMetadata = false;
    if (const auto mask = p.optionalObject(QStringLiteral("ResponseValueMask"))) {
        maskEmail = mask->value(QStringLiteral("Email")).toBool();
        maskPhone = mask->value(QStringLiteral("PhoneNumber")).toBool();
    }
    if (const auto nul = p.optionalObject(QStringLiteral("ResponseValueNull")))
        nullMetadata = nul->value(QStringLiteral("UserMetadata")).toBool();

    const IdPoolUserTable &users = m_scope.store().poolUsers(pool.id);
    filter.countDuplicates(users);
    const bool filtered = filter.isActive();

    // Paging works on positions in the pool's user table, which may hold a million generated users: an
    // unfiltered, unsorted page (either style) costs O(page size); filters and sorting scan the pool.
    std::vector<IdPoolUser> pageItems;
    qint64 total = 0;
    bool truncated = false;
    // [emulator] Token paging keeps creation order (a token is a position in it); sorting applies to page numbers.
    const bool sorted = !tokenStyle && (sortField || (sortDirection && *sortDirection == QLatin1String("Desc")));
    if (!filtered && !sorted) {
        total = users.size();
        const qint64 start = tokenStyle ? users.positionAfterSeq(afterSeq) : (pageNumber - 1) * pageSize;
        for (qint64 i = start; i < total && i < start + pageSize; ++i)
            pageItems.push_back(users.at(int(i)));
        truncated = start + pageSize < total;
    } else if (!sorted) {
        const qint64 start = (pageNumber - 1) * pageSize;
        users.forEach([&](const IdPoolUser &u) {
            if (filtered && !filter.matches(u))
                return true;
            if (tokenStyle) {
                if (u.seq > afterSeq) {
                    if (qint64(pageItems.size()) < pageSize)
                        pageItems.push_back(u);
                    else
                        truncated = true;
                }
            } else if (total >= start && total < start + pageSize) {
                pageItems.push_back(u);
            }
            ++total;
            return true;
        });
    } else {
        // Sort keys only (not whole users), then materialise the page.
        struct Key
        {
            QString text;
            qint64 number = 0;
            QString uid;
        };
        std::vector<Key> keys;
        const QString field = sortField.value_or(QStringLiteral("CreateTime"));
        const bool byText = field == QLatin1String("Name") || field == QLatin1String("PreferredUsername");
        const bool byUpdate = field == QLatin1String("UpdateTime");
        users.forEach([&](const IdPoolUser &u) {
            if (filtered && !filter.matches(u))
                return true;
            keys.push_back({byText ? u.claim(field) : QString(), byUpdate ? u.updateTime : u.seq, u.id});
            ++total;
            return true;
        });
        const bool desc = sortDirection && *sortDirection == QLatin1String("Desc");
        std::stable_sort(keys.begin(), keys.end(), [&](const Key &a, const Key &b) {
            if (byText)
                return desc ? a.text > b.text : a.text < b.text;
            return desc ? a.number > b.number : a.number < b.number;
        });
        const qint64 start = (pageNumber - 1) * pageSize;
        for (qint64 i = start; i < qint64(keys.size()) && i < start + pageSize; ++i) {
            if (const auto u = users.get(keys[size_t(i)].uid))
                pageItems.push_back(*u);
        }
    }

    const int flags = (maskEmail ? IdPoolUser::MaskEmail : 0) | (maskPhone ? IdPoolUser::MaskPhoneNumber : 0)
                      | (nullMetadata ? IdPoolUser::NullUserMetadata : 0);
    JsonWriter w;
    w.beginObject().key("Data").beginArray();
    for (const IdPoolUser &u : pageItems)
        u.writeJson(w, flags);
    w.endArray();
    w.field("PageNumber", tokenStyle ? 0 : pageNumber)
        .field("PageSize", pageSize)
        .field("TotalCount", total)
        .field("NextToken", tokenStyle && truncated && !pageItems.empty() ? Paging::encodeToken(pageItems.back().seq)
                                                                           : QString());
    w.endObject();
    return ApiResult::fromRawJson(w.take());
}

void IdPoolUserActions::applyFields(const ParamReader &p, IdPoolUser &user, const QString &poolUid, bool create) const
{
    // The username's character set is documented (volcengine-id.md §7.3: "username can only contain letters,
    // numbers, periods, underscores, and hyphens"); the reference publishes no format for Email or PhoneNumber, so
    // any value within the length is accepted (no stricter than the cloud).
    static const QRegularExpression usernameRe(QStringLiteral("^[A-Za-z0-9._-]+$"));
    for (const QString &claim : IdPoolUser::claimNames()) {
        const auto v = p.optionalString(claim, maxLengthOfClaim(claim));
        if (!v)
            continue;
        if (!v->isEmpty()) {
            if (claim == QLatin1String("PreferredUsername") && !usernameRe.match(*v).hasMatch())
                p.throwInvalid(claim, *v);
        }
        if (v->isEmpty())
            user.claims.remove(claim);
        else
            user.claims.insert(claim, *v);
    }
    if (const auto b = p.optionalBool(QStringLiteral("EmailVerified")))
        user.emailVerified = *b;
    if (const auto b = p.optionalBool(QStringLiteral("PhoneNumberVerified")))
        user.phoneNumberVerified = *b;
    if (const auto m = p.optionalString(QStringLiteral("UserMetadata"), 65536)) {
        if (!m->isEmpty()) {
            QJsonParseError error;
            QJsonDocument::fromJson(m->toUtf8(), &error);
            if (error.error != QJsonParseError::NoError)
                p.throwInvalid(QStringLiteral("UserMetadata"), *m);
        }
        user.userMetadata = *m;
    }
    // Validated, never stored. volcengine-id.md §7.3 / §7.4 publish no password rule (the pool's policy is not
    // published), so there is no minimum length: that is the console's to check. [emulator] At most 128 characters.
    p.optionalString(QStringLiteral("Password"), 128);
    if (const auto attrs = p.optionalArray(QStringLiteral("CustomAttributesToUpsert"))) {
        for (const QJsonValue &v : *attrs) {
            const QJsonObject o = v.toObject();
            const QJsonValue name = o.value(QStringLiteral("Name"));
            const QJsonValue value = o.value(QStringLiteral("Value"));
            if (!v.isObject() || !name.isString() || name.toString().isEmpty() || name.toString().size() > 64
                || (!value.isUndefined() && !value.isString()))
                p.throwInvalid(QStringLiteral("CustomAttributesToUpsert"));
            bool replaced = false;
            for (auto &a : user.customAttributes) {
                if (a.first == name.toString()) {
                    a.second = value.toString();
                    replaced = true;
                }
            }
            if (!replaced)
                user.customAttributes.append({name.toString(), value.toString()});
        }
    }
    if (create) {
        p.optionalString(QStringLiteral("ExternalProviderConnectionUid"), 128);
        p.optionalString(QStringLiteral("ExternalProviderUserIdentifier"), 255);
    } else if (const auto state = p.optionalString(QStringLiteral("UserState"), 64, 1)) {
        user.userState = *state;
    }
    const QString username = user.claim(QStringLiteral("PreferredUsername"));
    if (create && username.isEmpty() && user.claim(QStringLiteral("Email")).isEmpty()
        && user.claim(QStringLiteral("PhoneNumber")).isEmpty())
        throw ApiError(400, QStringLiteral("InvalidParameter"),
                       QStringLiteral("Invalid request parameters: one of PreferredUsername, Email or PhoneNumber "
                                      "is required."));
    if (!username.isEmpty() && m_scope.store().poolUsers(poolUid).usernameTaken(username, user.id))
        throw ApiError(409, QStringLiteral("Duplicated"), QStringLiteral("Resource already exists: User %1.").arg(username));
}

ApiResult IdPoolUserActions::createUser(const ApiCall &call)
{
    const ParamReader &p = call.params;
    const IdUserPool &pool = m_scope.requirePool(p);
    IdPoolUser user;
    user.poolUid = pool.id;
    applyFields(p, user, pool.id, true);
    user.id = m_scope.store().newUuid();
    user.createTime = user.updateTime = call.nowMs;
    user.seq = m_scope.store().nextSeq();
    return m_scope.store().poolUsers(pool.id).append(user).toJson();
}

ApiResult IdPoolUserActions::getUser(const ApiCall &call)
{
    const ParamReader &p = call.params;
    const IdUserPool &pool = m_scope.requirePool(p);
    const QString uid = p.requiredString(QStringLiteral("UserUid"), 128);
    int flags = 0;
    if (const auto mask = p.optionalObject(QStringLiteral("ResponseValueMask"))) {
        if (mask->value(QStringLiteral("Email")).toBool())
            flags |= IdPoolUser::MaskEmail;
        if (mask->value(QStringLiteral("PhoneNumber")).toBool())
            flags |= IdPoolUser::MaskPhoneNumber;
    }
    const auto user = m_scope.store().poolUsers(pool.id).get(uid);
    if (!user)
        IdPoolScope::notFound(QStringLiteral("User"), uid);
    JsonWriter w;
    user->writeJson(w, flags);
    return ApiResult::fromRawJson(w.take());
}

ApiResult IdPoolUserActions::updateUser(const ApiCall &call)
{
    const ParamReader &p = call.params;
    const IdUserPool &pool = m_scope.requirePool(p);
    const QString uid = p.requiredString(QStringLiteral("UserUid"), 128);
    IdPoolUserTable &users = m_scope.store().poolUsers(pool.id);
    const auto user = users.get(uid);
    if (!user)
        IdPoolScope::notFound(QStringLiteral("User"), uid);
    IdPoolUser updated = *user;
    applyFields(p, updated, pool.id, false);
    updated.updateTime = call.nowMs;
    users.put(updated); // a generated user is materialised here, and only here
    return updated.toJson();
}

ApiResult IdPoolUserActions::deleteUsers(const ApiCall &call)
{
    const ParamReader &p = call.params;
    const IdUserPool &pool = m_scope.requirePool(p);
    const auto uids = p.optionalStringArray(QStringLiteral("UserUids"), 100, 128);
    if (!uids)
        p.throwMissing(QStringLiteral("UserUids"));
    if (uids->isEmpty())
        p.throwInvalid(QStringLiteral("UserUids"));
    IdPoolUserTable &users = m_scope.store().poolUsers(pool.id);
    QJsonArray successful, errors, structured;
    for (int i = 0; i < uids->size(); ++i) {
        const QString &uid = uids->at(i);
        if (users.remove(uid)) {
            successful.append(uid);
        } else {
            const QString message = QStringLiteral("user %1 not found").arg(uid);
            errors.append(message);
            structured.append(QJsonObject{{QStringLiteral("Index"), i},
                                          {QStringLiteral("Field"), QStringLiteral("UserUids")},
                                          {QStringLiteral("Error"), message}});
        }
    }
    return QJsonObject{{QStringLiteral("SuccessCount"), successful.size()},
                       {QStringLiteral("FailureCount"), errors.size()},
                       {QStringLiteral("SuccessfulUids"), successful},
                       {QStringLiteral("Errors"), errors},
                       {QStringLiteral("ErrorsStructured"), structured}};
}

} // namespace emu
