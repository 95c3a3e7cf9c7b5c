// SPDX-License-Identifier: GPL-3.0-or-later
#include "IdServiceHandler.h"

#include "ApiError.h"
#include "DataStore.h"
#include "JsonWriter.h"
#include "MauModel.h"
#include "Paging.h"
#include "TimeFormat.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace emu {

namespace {

const QStringList kSignInAttributes{QStringLiteral("preferred_username"), QStringLiteral("phone_number"),
                                    QStringLiteral("email")};
const QStringList kRecoveryAttributes{QStringLiteral("email"), QStringLiteral("phone_number")};
const QStringList kStringFilters{
    QStringLiteral("Email"),      QStringLiteral("PhoneNumber"),       QStringLiteral("Name"),
    QStringLiteral("PreferredUsername"), QStringLiteral("GivenName"), QStringLiteral("FamilyName"),
    QStringLiteral("MiddleName"), QStringLiteral("Nickname"),          QStringLiteral("Gender"),
    QStringLiteral("Locale"),     QStringLiteral("Website"),           QStringLiteral("Connection"),
    QStringLiteral("GroupUid"),   QStringLiteral("DepartmentUid"),     QStringLiteral("LatestBrowser"),
    QStringLiteral("LatestLoginMethod")};

[[noreturn]] void notFound(const QString &what, const QString &id)
{
    throw ApiError(404, QStringLiteral("NotFound"), QStringLiteral("Resource not found: %1 %2.").arg(what, id));
}

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

QString userFieldValue(const IdPoolUser &u, const QString &field)
{
    if (field == QLatin1String("Connection"))
        return u.connection;
    if (field == QLatin1String("GroupUid"))
        return u.groupUids.join(QLatin1Char(','));
    if (field == QLatin1String("DepartmentUid"))
        return u.departmentUids.join(QLatin1Char(','));
    if (field == QLatin1String("LatestBrowser"))
        return u.latestBrowser;
    if (field == QLatin1String("LatestLoginMethod"))
        return u.latestLoginMethod;
    if (field == QLatin1String("Uid"))
        return u.id;
    return u.claim(field);
}

} // namespace

IdServiceHandler::IdServiceHandler(DataStore &store) : m_store(store)
{
    m_actions = {
        {QStringLiteral("ListUserPools"), {&IdServiceHandler::listUserPools, false}},
        {QStringLiteral("GetUserPool"), {&IdServiceHandler::getUserPool, false}},
        {QStringLiteral("CreateUserPool"), {&IdServiceHandler::createUserPool, true}},
        {QStringLiteral("UpdateUserPool"), {&IdServiceHandler::updateUserPool, true}},
        {QStringLiteral("DeleteUserPool"), {&IdServiceHandler::deleteUserPool, true}},
        {QStringLiteral("UpdateEnableUserPool"), {&IdServiceHandler::updateEnableUserPool, true}},
        {QStringLiteral("GetUserPoolMaus"), {&IdServiceHandler::getUserPoolMaus, false}},
        {QStringLiteral("ListUsers"), {&IdServiceHandler::listUsers, false}},
        {QStringLiteral("CreateUser"), {&IdServiceHandler::createUser, true}},
        {QStringLiteral("UpdateUser"), {&IdServiceHandler::updateUser, true}},
        {QStringLiteral("DeleteUsers"), {&IdServiceHandler::deleteUsers, true}},
        {QStringLiteral("GetUser"), {&IdServiceHandler::getUser, false}},
        {QStringLiteral("ListUserPoolClients"), {&IdServiceHandler::listUserPoolClients, false}},
        {QStringLiteral("GetUserPoolClient"), {&IdServiceHandler::getUserPoolClient, false}},
        {QStringLiteral("CreateUserPoolClient"), {&IdServiceHandler::createUserPoolClient, true}},
        {QStringLiteral("UpdateUserPoolClient"), {&IdServiceHandler::updateUserPoolClient, true}},
        {QStringLiteral("DeleteUserPoolClient"), {&IdServiceHandler::deleteUserPoolClient, true}},
        {QStringLiteral("ListIdentityProviders"), {&IdServiceHandler::listIdentityProviders, false}},
        {QStringLiteral("GetIdentityProviderOIDC"), {&IdServiceHandler::getIdentityProviderOidc, false}},
        {QStringLiteral("CreateIdentityProviderOIDC"), {&IdServiceHandler::createIdentityProviderOidc, true}},
        {QStringLiteral("UpdateIdentityProviderOIDC"), {&IdServiceHandler::updateIdentityProviderOidc, true}},
        {QStringLiteral("DeleteIdentityProvider"), {&IdServiceHandler::deleteIdentityProvider, true}},
    };
}

ApiResult IdServiceHandler::handle(const ApiCall &call)
{
    const Action action = m_actions.value(call.action);
    if (!action.method)
        throw ApiError(400, QStringLiteral("InvalidAction"), QStringLiteral("The specified action is invalid."));
    return (this->*action.method)(call);
}

IdUserPool &IdServiceHandler::requirePool(const ParamReader &params)
{
    const QString uid = params.requiredString(QStringLiteral("UserPoolUid"), 128);
    IdUserPool *pool = m_store.pools().find(uid);
    if (!pool)
        notFound(QStringLiteral("UserPool"), uid);
    return *pool;
}

QJsonObject IdServiceHandler::poolJson(const IdUserPool &pool) const
{
    return pool.toJson(m_store.poolUserCount(pool.id));
}

ApiResult IdServiceHandler::listUserPools(const ApiCall &call)
{
    const ParamReader &p = call.params;
    const qint64 pageNumber = p.requiredInt(QStringLiteral("PageNumber"), 1, 2147483647);
    const qint64 pageSize = p.requiredInt(QStringLiteral("PageSize"), 1, 100);
    const auto project = p.optionalString(QStringLiteral("ProjectName"), 255);
    const auto sortField = p.optionalEnum(QStringLiteral("SortField"),
                                          {QStringLiteral("CreateTime"), QStringLiteral("UpdateTime"),
                                           QStringLiteral("Name")});
    const auto sortDirection = p.optionalEnum(QStringLiteral("SortDirection"),
                                              {QStringLiteral("Asc"), QStringLiteral("Desc")});

    struct TagFilter
    {
        QString key;
        QStringList values;
    };
    QList<TagFilter> tagFilters;
    auto parseTagFilters = [&](const QJsonValue &value, const QString &name) {
        if (value.isUndefined() || value.isNull())
            return;
        if (!value.isArray())
            p.throwInvalid(name);
        for (const QJsonValue &v : value.toArray()) {
            const QJsonObject o = v.toObject();
            if (!v.isObject() || !o.value(QStringLiteral("Key")).isString())
                p.throwInvalid(name);
            TagFilter f{o.value(QStringLiteral("Key")).toString(), {}};
            const QJsonValue values = o.value(QStringLiteral("Values"));
            if (!values.isUndefined() && !values.isNull()) {
                if (!values.isArray())
                    p.throwInvalid(name);
                for (const QJsonValue &x : values.toArray()) {
                    if (!x.isString())
                        p.throwInvalid(name);
                    f.values.append(x.toString());
                }
            }
            tagFilters.append(f);
        }
    };
    if (const auto tf = p.optionalArray(QStringLiteral("TagFilters")))
        parseTagFilters(QJsonValue(*tf), QStringLiteral("TagFilters"));

    QString nameFilter, descriptionFilter, uidFilter, trnFilter;
    if (const auto filter = p.optionalObject(QStringLiteral("Filter"))) {
        auto str = [&](const char *key) {
            const QJsonValue v = filter->value(QLatin1String(key));
            if (v.isUndefined() || v.isNull())
                return QString();
            if (!v.isString())
                p.throwInvalid(QStringLiteral("Filter.") + QLatin1String(key));
            return v.toString();
        };
        nameFilter = str("Name");
        descriptionFilter = str("Description");
        uidFilter = str("Uid");
        trnFilter = str("Trn");
        parseTagFilters(filter->value(QStringLiteral("TagFilters")), QStringLiteral("Filter.TagFilters"));
    }

    std::vector<const IdUserPool *> matched;
    for (const IdUserPool &pool : m_store.pools().items()) {
        if (project && !project->isEmpty() && pool.projectName != *project)
            continue;
        if (!nameFilter.isEmpty() && !pool.name.contains(nameFilter, Qt::CaseInsensitive))
            continue;
        if (!descriptionFilter.isEmpty() && !pool.description.contains(descriptionFilter, Qt::CaseInsensitive))
            continue;
        if (!uidFilter.isEmpty() && pool.id != uidFilter)
            continue;
        if (!trnFilter.isEmpty() && pool.trn != trnFilter)
            continue;
        bool tagsOk = true;
        for (const TagFilter &f : tagFilters) {
            bool found = false;
            for (const auto &t : pool.tags) {
                if (t.first == f.key && (f.values.isEmpty() || f.values.contains(t.second)))
                    found = true;
            }
            tagsOk = tagsOk && found;
        }
        if (tagsOk)
            matched.push_back(&pool);
    }
    if (sortField) {
        const bool desc = sortDirection && *sortDirection == QLatin1String("Desc");
        const QString field = *sortField;
        std::stable_sort(matched.begin(), matched.end(), [&](const IdUserPool *a, const IdUserPool *b) {
            if (field == QLatin1String("Name"))
                return desc ? a->name > b->name : a->name < b->name;
            const qint64 ta = field == QLatin1String("UpdateTime") ? a->updateTime : a->createTime;
            const qint64 tb = field == QLatin1String("UpdateTime") ? b->updateTime : b->createTime;
            return desc ? ta > tb : ta < tb;
        });
    } else if (sortDirection && *sortDirection == QLatin1String("Desc")) {
        std::reverse(matched.begin(), matched.end());
    }
    const auto page = Paging::byPageNumber<IdUserPool>(matched, pageNumber, pageSize);
    JsonWriter w;
    w.beginObject().field("PageNumber", pageNumber).field("PageSize", pageSize).field("TotalCount", page.total);
    w.key("Data").beginArray();
    for (const IdUserPool *pool : page.items)
        pool->writeJson(w, m_store.poolUserCount(pool->id), 0);
    w.endArray().endObject();
    return ApiResult::fromRawJson(w.take());
}

ApiResult IdServiceHandler::getUserPool(const ApiCall &call)
{
    return poolJson(requirePool(call.params));
}

void IdServiceHandler::applyPoolSettings(const ParamReader &p, IdUserPool &pool, bool create)
{
    if (const auto d = p.optionalString(QStringLiteral("Description"), 1024))
        pool.description = *d;
    if (const auto brand = p.optionalObject(QStringLiteral("Brand"))) {
        const QJsonValue logo = brand->value(QStringLiteral("LogoUri"));
        const QJsonValue name = brand->value(QStringLiteral("Name"));
        if ((!logo.isUndefined() && !logo.isNull() && !logo.isString())
            || (!name.isUndefined() && !name.isNull() && !name.isString()))
            p.throwInvalid(QStringLiteral("Brand"));
        if (logo.toString().size() > 1024 || name.toString().size() > 128)
            p.throwInvalid(QStringLiteral("Brand"));
        if (logo.isString())
            pool.brandLogoUri = logo.toString();
        if (name.isString())
            pool.brandName = name.toString();
    }
    auto enumList = [&](const QString &name, const QStringList &allowed) -> std::optional<QStringList> {
        const auto list = p.optionalStringArray(name, 10);
        if (!list)
            return std::nullopt;
        for (const QString &s : *list) {
            if (!allowed.isEmpty() && !allowed.contains(s))
                p.throwInvalid(name, s);
        }
        return list;
    };
    if (const auto v = enumList(QStringLiteral("AuthenticationMethodOrder"), {}))
        pool.authenticationMethodOrder = *v;
    if (const auto v = enumList(QStringLiteral("SelfAccountRecoveryVerificationAttributes"), kRecoveryAttributes))
        pool.selfAccountRecoveryVerificationAttributes = *v;
    if (create) {
        if (const auto v = enumList(QStringLiteral("SignInAttributes"), kSignInAttributes))
            pool.signInAttributes = *v;
        if (const auto v = enumList(QStringLiteral("RequiredSignUpAttributes"), kSignInAttributes))
            pool.requiredSignUpAttributes = *v;
    }
    for (const QString &s : IdUserPool::switchNames()) {
        if (const auto b = p.optionalBool(s))
            pool.switches.insert(s, *b);
    }
}

ApiResult IdServiceHandler::createUserPool(const ApiCall &call)
{
    const ParamReader &p = call.params;
    IdUserPool pool;
    pool.name = p.requiredString(QStringLiteral("Name"), 128);
    if (const auto project = p.optionalString(QStringLiteral("ProjectName"), 255); project && !project->isEmpty())
        pool.projectName = *project;
    if (const auto tags = p.optionalTags(QStringLiteral("Tags"), 50))
        pool.tags = *tags;
    pool.signInAttributes = {QStringLiteral("preferred_username"), QStringLiteral("email")};
    pool.requiredSignUpAttributes = {QStringLiteral("email")};
    pool.authenticationMethodOrder = {QStringLiteral("password")};
    pool.selfAccountRecoveryVerificationAttributes = {QStringLiteral("email")};
    for (const QString &s : IdUserPool::switchNames())
        pool.switches.insert(s, s == QLatin1String("PasswordSignInEnabled"));
    applyPoolSettings(p, pool, true);
    for (const IdUserPool &existing : m_store.pools().items()) {
        if (existing.name == pool.name)
            throw ApiError(409, QStringLiteral("Duplicated"),
                           QStringLiteral("Resource already exists: UserPool %1.").arg(pool.name));
    }
    pool.id = m_store.newUuid();
    const QString region = call.region.isEmpty() ? QStringLiteral("cn-beijing") : call.region;
    pool.domain = pool.id.left(8) + QStringLiteral(".userpool.auth.id.") + region + QStringLiteral(".volces.com");
    pool.trn = QStringLiteral("trn:id:%1:%2:userpool/%3").arg(region, QLatin1String(AccountId), pool.id);
    pool.createTime = pool.updateTime = call.nowMs;
    pool.seq = m_store.nextSeq();
    return poolJson(m_store.pools().append(pool));
}

ApiResult IdServiceHandler::updateUserPool(const ApiCall &call)
{
    const ParamReader &p = call.params;
    IdUserPool &pool = requirePool(p);
    IdUserPool updated = pool;
    if (const auto name = p.optionalString(QStringLiteral("Name"), 128, 1)) {
        for (const IdUserPool &existing : m_store.pools().items()) {
            if (existing.id != pool.id && existing.name == *name)
                throw ApiError(409, QStringLiteral("Duplicated"),
                               QStringLiteral("Resource already exists: UserPool %1.").arg(*name));
        }
        updated.name = *name;
    }
    applyPoolSettings(p, updated, false);
    updated.updateTime = call.nowMs;
    pool = updated;
    return poolJson(pool);
}

ApiResult IdServiceHandler::deleteUserPool(const ApiCall &call)
{
    const IdUserPool &pool = requirePool(call.params);
    m_store.removePool(QString(pool.id));
    return QJsonObject{{QStringLiteral("Message"), QStringLiteral("Deleted userpool successfully")}};
}

ApiResult IdServiceHandler::updateEnableUserPool(const ApiCall &call)
{
    const ParamReader &p = call.params;
    IdUserPool &pool = requirePool(p);
    const QString enabled = p.requiredString(QStringLiteral("Enabled"));
    if (enabled != QLatin1String("true") && enabled != QLatin1String("false"))
        p.throwInvalid(QStringLiteral("Enabled"), enabled);
    pool.enabled = enabled == QLatin1String("true");
    pool.updateTime = call.nowMs;
    return QJsonObject{{QStringLiteral("Message"), QStringLiteral("Updated userpool enable flag successfully")}};
}

ApiResult IdServiceHandler::getUserPoolMaus(const ApiCall &call)
{
    const ParamReader &p = call.params;
    const auto uids = p.optionalStringArray(QStringLiteral("UserPoolUids"), 100, 128);
    const int currentMonth = TimeFormat::monthIndexOf(call.nowMs);
    int month = currentMonth;
    if (const auto m = p.optionalString(QStringLiteral("Month"))) {
        static const QRegularExpression re(QStringLiteral("^(\\d{4})-(0[1-9]|1[0-2])$"));
        const auto match = re.match(*m);
        if (!match.hasMatch())
            p.throwInvalid(QStringLiteral("Month"), *m);
        month = TimeFormat::monthIndex(match.captured(1).toInt(), match.captured(2).toInt());
    }
    std::vector<const IdUserPool *> pools;
    if (uids) {
        QSet<QString> seen;
        for (const QString &uid : *uids) {
            if (seen.contains(uid))
                continue;
            seen.insert(uid);
            if (const IdUserPool *pool = m_store.pools().find(uid))
                pools.push_back(pool);
        }
    } else {
        for (const IdUserPool &pool : m_store.pools().items())
            pools.push_back(&pool);
    }
    QJsonArray maus;
    for (const IdUserPool *pool : pools) {
        const double mau = MauModel::mau(pool->id, TimeFormat::monthIndexOf(pool->createTime), month, currentMonth);
        if (mau < 0)
            continue;
        maus.append(QJsonObject{{QStringLiteral("UserPoolUid"), pool->id}, {QStringLiteral("Mau"), mau}});
    }
    return QJsonObject{{QStringLiteral("Month"), TimeFormat::monthName(month)}, {QStringLiteral("UserPoolMaus"), maus}};
}

ApiResult IdServiceHandler::listUsers(const ApiCall &call)
{
    const ParamReader &p = call.params;
    const IdUserPool &pool = requirePool(p);
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

    QList<QPair<QString, QString>> stringFilters;
    QStringList uidsOr, groupUidsOr;
    struct Search
    {
        QString text;
        QStringList fields;
        bool exact = false;
    };
    QList<Search> searches;
    // Bool filters (volcengine-id.md §7.2): <StringFilter>IsNullOrEmpty, NotInAnyGroup, NotInAnyDepartment,
    // EmailIsDuplicated, PhoneNumberIsDuplicated. DepartmentUidRecursive changes nothing here (the emulator has
    // no department tree). [emulator] CustomAttributeFilter is accepted but not applied (its operators are not
    // published).
    QList<QPair<QString, bool>> nullOrEmpty;
    std::optional<bool> notInAnyGroup, notInAnyDepartment, emailDuplicated, phoneDuplicated;
    QStringList externalIdsOr;
    bool externalIdsGiven = false;
    if (const auto filter = p.optionalObject(QStringLiteral("Filter"))) {
        for (const QString &f : kStringFilters) {
            const QJsonValue v = filter->value(f);
            if (v.isUndefined() || v.isNull())
                continue;
            if (!v.isString())
                p.throwInvalid(QStringLiteral("Filter.") + f);
            if (!v.toString().isEmpty())
                stringFilters.append({f, v.toString()});
        }
        auto list = [&](const char *key, QStringList &out) {
            const QJsonValue v = filter->value(QLatin1String(key));
            if (v.isUndefined() || v.isNull())
                return;
            if (!v.isArray())
                p.throwInvalid(QStringLiteral("Filter.") + QLatin1String(key));
            for (const QJsonValue &x : v.toArray()) {
                if (!x.isString())
                    p.throwInvalid(QStringLiteral("Filter.") + QLatin1String(key));
                out.append(x.toString());
            }
        };
        list("UserUidsOr", uidsOr);
        list("GroupUidsOr", groupUidsOr);
        list("ExternalProviderUserIdentifiersOr", externalIdsOr);
        externalIdsGiven = !externalIdsOr.isEmpty();
        auto flag = [&](const QString &key) -> std::optional<bool> {
            const QJsonValue v = filter->value(key);
            if (v.isUndefined() || v.isNull())
                return std::nullopt;
            if (!v.isBool())
                p.throwInvalid(QStringLiteral("Filter.") + key);
            return v.toBool();
        };
        for (const QString &f : kStringFilters) {
            if (const auto b = flag(f + QStringLiteral("IsNullOrEmpty")))
                nullOrEmpty.append({f, *b});
        }
        notInAnyGroup = flag(QStringLiteral("NotInAnyGroup"));
        notInAnyDepartment = flag(QStringLiteral("NotInAnyDepartment"));
        emailDuplicated = flag(QStringLiteral("EmailIsDuplicated"));
        phoneDuplicated = flag(QStringLiteral("PhoneNumberIsDuplicated"));
        flag(QStringLiteral("DepartmentUidRecursive"));
        const QJsonValue universal = filter->value(QStringLiteral("UniversalSearch"));
        if (!universal.isUndefined() && !universal.isNull()) {
            if (!universal.isArray())
                p.throwInvalid(QStringLiteral("Filter.UniversalSearch"));
            for (const QJsonValue &x : universal.toArray()) {
                const QJsonObject o = x.toObject();
                if (!x.isObject() || !o.value(QStringLiteral("Search")).isString())
                    p.throwInvalid(QStringLiteral("Filter.UniversalSearch"));
                Search s{o.value(QStringLiteral("Search")).toString(), {}, o.value(QStringLiteral("ExactMatch")).toBool()};
                for (const QJsonValue &f : o.value(QStringLiteral("Fields")).toArray())
                    s.fields.append(f.toString());
                if (s.fields.isEmpty())
                    s.fields = {QStringLiteral("PreferredUsername"), QStringLiteral("Email"),
                                QStringLiteral("PhoneNumber"), QStringLiteral("Name"), QStringLiteral("Nickname"),
                                QStringLiteral("Uid")};
                if (!s.text.isEmpty())
                    searches.append(s);
            }
        }
    }
    bool maskEmail = false, maskPhone = false, nullMetadata = false;
    if (const auto mask = p.optionalObject(QStringLiteral("ResponseValueMask"))) {
        maskEmail = mask->value(QStringLiteral("Email")).toBool();
        maskPhone = mask->value(QStringLiteral("PhoneNumber")).toBool();
    }
    if (const auto nul = p.optionalObject(QStringLiteral("ResponseValueNull")))
        nullMetadata = nul->value(QStringLiteral("UserMetadata")).toBool();

    // Duplicate e-mail / phone filters need the pool's counts first (one extra scan, only when asked for).
    QHash<QString, int> emailCounts, phoneCounts;
    if (emailDuplicated || phoneDuplicated) {
        m_store.poolUsers(pool.id).forEach([&](const IdPoolUser &u) {
            if (emailDuplicated && !u.claim(QStringLiteral("Email")).isEmpty())
                ++emailCounts[u.claim(QStringLiteral("Email")).toLower()];
            if (phoneDuplicated && !u.claim(QStringLiteral("PhoneNumber")).isEmpty())
                ++phoneCounts[u.claim(QStringLiteral("PhoneNumber"))];
            return true;
        });
    }
    const bool filtered = !stringFilters.isEmpty() || !uidsOr.isEmpty() || !groupUidsOr.isEmpty() || !searches.isEmpty()
                          || !nullOrEmpty.isEmpty() || notInAnyGroup || notInAnyDepartment || emailDuplicated
                          || phoneDuplicated || externalIdsGiven;
    auto matches = [&](const IdPoolUser &u) {
        for (const auto &f : nullOrEmpty) {
            if (userFieldValue(u, f.first).isEmpty() != f.second)
                return false;
        }
        if (notInAnyGroup && u.groupUids.isEmpty() != *notInAnyGroup)
            return false;
        if (notInAnyDepartment && u.departmentUids.isEmpty() != *notInAnyDepartment)
            return false;
        if (emailDuplicated && (emailCounts.value(u.claim(QStringLiteral("Email")).toLower()) > 1) != *emailDuplicated)
            return false;
        if (phoneDuplicated && (phoneCounts.value(u.claim(QStringLiteral("PhoneNumber"))) > 1) != *phoneDuplicated)
            return false;
        if (externalIdsGiven) // the emulator's users have no external identities
            return false;
        for (const auto &f : stringFilters) {
            if (!userFieldValue(u, f.first).contains(f.second, Qt::CaseInsensitive))
                return false;
        }
        if (!uidsOr.isEmpty() && !uidsOr.contains(u.id))
            return false;
        if (!groupUidsOr.isEmpty()) {
            bool any = false;
            for (const QString &g : u.groupUids)
                any = any || groupUidsOr.contains(g);
            if (!any)
                return false;
        }
        for (const Search &s : searches) {
            bool any = false;
            for (const QString &field : s.fields) {
                const QString value = userFieldValue(u, field);
                any = any || (s.exact ? value.compare(s.text, Qt::CaseInsensitive) == 0
                                      : value.contains(s.text, Qt::CaseInsensitive));
            }
            if (!any)
                return false;
        }
        return true;
    };

    // Paging works on positions in the pool's user table, which may hold a million generated users: an
    // unfiltered, unsorted page (either style) costs O(page size); filters and sorting scan the pool.
    const IdPoolUserTable &users = m_store.poolUsers(pool.id);
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
            if (filtered && !matches(u))
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
            if (filtered && !matches(u))
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

void IdServiceHandler::applyUserFields(const ParamReader &p, IdPoolUser &user, const QString &poolUid, bool create)
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
    p.optionalString(QStringLiteral("Password"), 128, 8); // validated, never stored
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
    if (!username.isEmpty() && m_store.poolUsers(poolUid).usernameTaken(username, user.id))
        throw ApiError(409, QStringLiteral("Duplicated"), QStringLiteral("Resource already exists: User %1.").arg(username));
}

ApiResult IdServiceHandler::createUser(const ApiCall &call)
{
    const ParamReader &p = call.params;
    const IdUserPool &pool = requirePool(p);
    IdPoolUser user;
    user.poolUid = pool.id;
    applyUserFields(p, user, pool.id, true);
    user.id = m_store.newUuid();
    user.createTime = user.updateTime = call.nowMs;
    user.seq = m_store.nextSeq();
    return m_store.poolUsers(pool.id).append(user).toJson();
}

ApiResult IdServiceHandler::getUser(const ApiCall &call)
{
    const ParamReader &p = call.params;
    const IdUserPool &pool = requirePool(p);
    const QString uid = p.requiredString(QStringLiteral("UserUid"), 128);
    int flags = 0;
    if (const auto mask = p.optionalObject(QStringLiteral("ResponseValueMask"))) {
        if (mask->value(QStringLiteral("Email")).toBool())
            flags |= IdPoolUser::MaskEmail;
        if (mask->value(QStringLiteral("PhoneNumber")).toBool())
            flags |= IdPoolUser::MaskPhoneNumber;
    }
    const auto user = m_store.poolUsers(pool.id).get(uid);
    if (!user)
        notFound(QStringLiteral("User"), uid);
    JsonWriter w;
    user->writeJson(w, flags);
    return ApiResult::fromRawJson(w.take());
}

ApiResult IdServiceHandler::updateUser(const ApiCall &call)
{
    const ParamReader &p = call.params;
    const IdUserPool &pool = requirePool(p);
    const QString uid = p.requiredString(QStringLiteral("UserUid"), 128);
    IdPoolUserTable &users = m_store.poolUsers(pool.id);
    const auto user = users.get(uid);
    if (!user)
        notFound(QStringLiteral("User"), uid);
    IdPoolUser updated = *user;
    applyUserFields(p, updated, pool.id, false);
    updated.updateTime = call.nowMs;
    users.put(updated); // a generated user is materialised here, and only here
    return updated.toJson();
}

ApiResult IdServiceHandler::deleteUsers(const ApiCall &call)
{
    const ParamReader &p = call.params;
    const IdUserPool &pool = requirePool(p);
    const auto uids = p.optionalStringArray(QStringLiteral("UserUids"), 100, 128);
    if (!uids)
        p.throwMissing(QStringLiteral("UserUids"));
    if (uids->isEmpty())
        p.throwInvalid(QStringLiteral("UserUids"));
    IdPoolUserTable &users = m_store.poolUsers(pool.id);
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

// ---------------------------------------------------------------- applications (user-pool clients)

void IdServiceHandler::syncPoolCounters(IdUserPool &pool)
{
    pool.totalClients = m_store.poolClientCount(pool.id);
    pool.totalConnections = m_store.identityProviderCount(pool.id);
}

IdPoolClient &IdServiceHandler::requireClient(const ParamReader &p, const IdUserPool &pool)
{
    const QString uid = p.requiredString(QStringLiteral("ClientUid"), 128);
    IdPoolClient *client = m_store.poolClients(pool.id).find(uid);
    if (!client)
        notFound(QStringLiteral("Client"), uid);
    return *client;
}

namespace {

// URL lists: each entry non-empty, at most 1024 characters; at most 100 entries [emulator: limits not published].
std::optional<QStringList> urlList(const ParamReader &p, const QString &name)
{
    const auto list = p.optionalStringArray(name, 100, 1024);
    if (list) {
        for (const QString &u : *list) {
            if (u.trimmed().isEmpty())
                p.throwInvalid(name);
        }
    }
    return list;
}

// A positive int32 inside an optional object field, e.g. IdToken.LifeTimeSeconds.
std::optional<qint64> objectInt(const ParamReader &p, const QJsonObject &o, const QString &objectName, const char *key)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (v.isUndefined() || v.isNull())
        return std::nullopt;
    const double d = v.toDouble(-1);
    if (!v.isDouble() || d != double(qint64(d)) || d < 1 || d > 2147483647)
        p.throwInvalid(objectName + QLatin1Char('.') + QLatin1String(key));
    return qint64(d);
}

std::optional<bool> objectBool(const ParamReader &p, const QJsonObject &o, const QString &objectName, const char *key)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (v.isUndefined() || v.isNull())
        return std::nullopt;
    if (!v.isBool())
        p.throwInvalid(objectName + QLatin1Char('.') + QLatin1String(key));
    return v.toBool();
}

QString generateSecret(DataStore &store)
{
    // 48 characters of [A-Za-z0-9], like the SSO ids (the cloud's format is not published).
    return store.newSsoId(QString(), 48, true);
}

} // namespace

void IdServiceHandler::applyClientFields(const ParamReader &p, IdPoolClient &client, bool create)
{
    if (!create) {
        if (const auto name = p.optionalString(QStringLiteral("Name"), 128, 1))
            client.name = *name;
    }
    if (const auto d = p.optionalString(QStringLiteral("Description"), 1024))
        client.description = *d;
    if (const auto logo = p.optionalString(QStringLiteral("LogoUri"), 1024))
        client.logoUri = *logo;
    if (const auto v = urlList(p, QStringLiteral("AllowedCallbackUrls")))
        client.allowedCallbackUrls = *v;
    // [emulator] The CreateUserPoolClient reference lists only AllowedCallbackUrls; the other lists and the token
    // settings are accepted on create too (no stricter than the cloud).
    if (const auto v = urlList(p, QStringLiteral("AllowedLogoutUrls")))
        client.allowedLogoutUrls = *v;
    if (const auto v = urlList(p, QStringLiteral("AllowedWebOrigins")))
        client.allowedWebOrigins = *v;
    if (const auto v = urlList(p, QStringLiteral("AllowedCors")))
        client.allowedCors = *v;
    if (const auto idToken = p.optionalObject(QStringLiteral("IdToken"))) {
        // Input spells LifeTimeSeconds (capital T); the output spells LifetimeSeconds. Both are accepted.
        auto v = objectInt(p, *idToken, QStringLiteral("IdToken"), "LifeTimeSeconds");
        if (!v)
            v = objectInt(p, *idToken, QStringLiteral("IdToken"), "LifetimeSeconds");
        if (v)
            client.idTokenLifetimeSeconds = int(*v);
    }
    if (const auto refresh = p.optionalObject(QStringLiteral("RefreshToken"))) {
        const QString n = QStringLiteral("RefreshToken");
        if (const auto b = objectBool(p, *refresh, n, "Rotation"))
            client.refreshRotation = *b;
        if (const auto b = objectBool(p, *refresh, n, "HasIdleLifetime"))
            client.refreshHasIdleLifetime = *b;
        if (const auto v = objectInt(p, *refresh, n, "IdleLifetimeSeconds"))
            client.refreshIdleLifetimeSeconds = int(*v);
        if (const auto b = objectBool(p, *refresh, n, "HasCombinedLifetime"))
            client.refreshHasCombinedLifetime = *b;
        if (const auto v = objectInt(p, *refresh, n, "CombinedLifetimeSeconds"))
            client.refreshCombinedLifetimeSeconds = int(*v);
    }
    for (const QString &b : IdPoolClient::booleanNames()) {
        if (const auto v = p.optionalBool(b))
            *client.booleanField(b) = *v;
    }
}

ApiResult IdServiceHandler::listUserPoolClients(const ApiCall &call)
{
    const ParamReader &p = call.params;
    const IdUserPool &pool = requirePool(p);
    const qint64 pageNumber = p.requiredInt(QStringLiteral("PageNumber"), 1, 2147483647);
    const qint64 pageSize = p.requiredInt(QStringLiteral("PageSize"), 1, 100);
    const auto sortField = p.optionalEnum(QStringLiteral("SortField"),
                                          {QStringLiteral("CreateTime"), QStringLiteral("UpdateTime"),
                                           QStringLiteral("Name")});
    const auto sortDirection = p.optionalEnum(QStringLiteral("SortDirection"),
                                              {QStringLiteral("Asc"), QStringLiteral("Desc")});
    QString nameFilter, descriptionFilter;
    QStringList types;
    if (const auto filter = p.optionalObject(QStringLiteral("Filter"))) {
        auto str = [&](const char *key) {
            const QJsonValue v = filter->value(QLatin1String(key));
            if (v.isUndefined() || v.isNull())
                return QString();
            if (!v.isString())
                p.throwInvalid(QStringLiteral("Filter.") + QLatin1String(key));
            return v.toString();
        };
        nameFilter = str("Name");
        descriptionFilter = str("Description");
        const QJsonValue t = filter->value(QStringLiteral("ClientTypes"));
        if (!t.isUndefined() && !t.isNull()) {
            if (!t.isArray())
                p.throwInvalid(QStringLiteral("Filter.ClientTypes"));
            for (const QJsonValue &x : t.toArray()) {
                if (!x.isString() || !IdPoolClient::clientTypes().contains(x.toString()))
                    p.throwInvalid(QStringLiteral("Filter.ClientTypes"));
                types.append(x.toString());
            }
        }
    }
    std::vector<const IdPoolClient *> matched;
    for (const IdPoolClient &c : m_store.poolClients(pool.id).items()) {
        if (!nameFilter.isEmpty() && !c.name.contains(nameFilter, Qt::CaseInsensitive))
            continue;
        if (!descriptionFilter.isEmpty() && !c.description.contains(descriptionFilter, Qt::CaseInsensitive))
            continue;
        if (!types.isEmpty() && !types.contains(c.clientType))
            continue;
        matched.push_back(&c);
    }
    const bool desc = sortDirection && *sortDirection == QLatin1String("Desc");
    if (sortField) {
        const QString field = *sortField;
        std::stable_sort(matched.begin(), matched.end(), [&](const IdPoolClient *a, const IdPoolClient *b) {
            if (field == QLatin1String("Name"))
                return desc ? a->name > b->name : a->name < b->name;
            const qint64 ta = field == QLatin1String("UpdateTime") ? a->updateTime : a->seq;
            const qint64 tb = field == QLatin1String("UpdateTime") ? b->updateTime : b->seq;
            return desc ? ta > tb : ta < tb;
        });
    } else if (desc) {
        std::reverse(matched.begin(), matched.end());
    }
    const auto page = Paging::byPageNumber<IdPoolClient>(matched, pageNumber, pageSize);
    JsonWriter w;
    w.beginObject().field("PageNumber", pageNumber).field("PageSize", pageSize).field("TotalCount", page.total);
    w.key("Data").beginArray();
    for (const IdPoolClient *c : page.items)
        c->writeJson(w, IdPoolClient::List);
    w.endArray().endObject();
    return ApiResult::fromRawJson(w.take());
}

ApiResult IdServiceHandler::getUserPoolClient(const ApiCall &call)
{
    const IdUserPool &pool = requirePool(call.params);
    return requireClient(call.params, pool).toJson();
}

ApiResult IdServiceHandler::createUserPoolClient(const ApiCall &call)
{
    const ParamReader &p = call.params;
    IdUserPool &pool = requirePool(p);
    IdPoolClient client;
    client.poolUid = pool.id;
    client.name = p.requiredString(QStringLiteral("Name"), 128);
    client.clientType = p.requiredEnum(QStringLiteral("ClientType"), IdPoolClient::clientTypes());
    applyClientFields(p, client, true);
    client.id = m_store.newSsoId(QString(), 32); // [emulator] client ids: 32 lower-case alphanumerics
    client.clientSecret = generateSecret(m_store);
    client.loginPageUrl = QStringLiteral("https://%1/login?client_id=%2").arg(pool.domain, client.id);
    client.createTime = client.updateTime = call.nowMs;
    client.seq = m_store.nextSeq();
    const IdPoolClient &stored = m_store.poolClients(pool.id).append(client);
    syncPoolCounters(pool);
    return stored.toJson();
}

ApiResult IdServiceHandler::updateUserPoolClient(const ApiCall &call)
{
    const ParamReader &p = call.params;
    const IdUserPool &pool = requirePool(p);
    IdPoolClient &client = requireClient(p, pool);
    IdPoolClient updated = client;
    applyClientFields(p, updated, false);
    updated.updateTime = call.nowMs;
    client = updated;
    return client.toJson();
}

ApiResult IdServiceHandler::deleteUserPoolClient(const ApiCall &call)
{
    const ParamReader &p = call.params;
    IdUserPool &pool = requirePool(p);
    const QString uid = requireClient(p, pool).id;
    m_store.poolClients(pool.id).remove(uid);
    syncPoolCounters(pool);
    // [emulator] Message text not published; modelled on DeleteUserPool.
    return QJsonObject{{QStringLiteral("Message"), QStringLiteral("Deleted user pool client successfully")}};
}

// ---------------------------------------------------------------- identity providers (connections)

IdIdentityProvider &IdServiceHandler::requireProvider(const ParamReader &p, const IdUserPool &pool)
{
    const QString uid = p.requiredString(QStringLiteral("ConnectionUid"), 128);
    IdIdentityProvider *provider = m_store.identityProviders(pool.id).find(uid);
    if (!provider)
        notFound(QStringLiteral("Connection"), uid);
    return *provider;
}

ApiResult IdServiceHandler::listIdentityProviders(const ApiCall &call)
{
    const ParamReader &p = call.params;
    // Spelled UserPoolUID (capital ID) in the SDK's ListIdentityProvidersInput.
    const QString poolUid = p.requiredString(QStringLiteral("UserPoolUID"), 128);
    const IdUserPool *pool = m_store.pools().find(poolUid);
    if (!pool)
        notFound(QStringLiteral("UserPool"), poolUid);
    const qint64 pageNumber = p.requiredInt(QStringLiteral("PageNumber"), 1, 2147483647);
    const qint64 pageSize = p.requiredInt(QStringLiteral("PageSize"), 1, 100);
    QString nameFilter, typeFilter, excludeType;
    if (const auto filter = p.optionalObject(QStringLiteral("Filter"))) {
        auto str = [&](const char *key) {
            const QJsonValue v = filter->value(QLatin1String(key));
            if (v.isUndefined() || v.isNull())
                return QString();
            if (!v.isString())
                p.throwInvalid(QStringLiteral("Filter.") + QLatin1String(key));
            return v.toString();
        };
        nameFilter = str("Name");
        typeFilter = str("ConnectionType");
        excludeType = str("ExcludeConnectionType");
        str("EipId");
    }
    std::vector<const IdIdentityProvider *> matched;
    for (const IdIdentityProvider &c : m_store.identityProviders(pool->id).items()) {
        if (!nameFilter.isEmpty() && !c.name.contains(nameFilter, Qt::CaseInsensitive))
            continue;
        if (!typeFilter.isEmpty() && c.connectionType.compare(typeFilter, Qt::CaseInsensitive) != 0)
            continue;
        if (!excludeType.isEmpty() && c.connectionType.compare(excludeType, Qt::CaseInsensitive) == 0)
            continue;
        matched.push_back(&c);
    }
    const auto page = Paging::byPageNumber<IdIdentityProvider>(matched, pageNumber, pageSize);
    JsonWriter w;
    w.beginObject().field("PageNumber", pageNumber).field("PageSize", pageSize).field("TotalCount", page.total);
    w.key("Data").beginArray();
    for (const IdIdentityProvider *c : page.items)
        c->writeJson(w, IdIdentityProvider::List);
    w.endArray().endObject();
    return ApiResult::fromRawJson(w.take());
}

ApiResult IdServiceHandler::getIdentityProviderOidc(const ApiCall &call)
{
    const IdUserPool &pool = requirePool(call.params);
    const IdIdentityProvider &provider = requireProvider(call.params, pool);
    if (!provider.isOidc())
        notFound(QStringLiteral("OIDC connection"), provider.id);
    return provider.toJson();
}

void IdServiceHandler::applyProviderFields(const ParamReader &p, IdIdentityProvider &provider, bool create)
{
    static const QRegularExpression urlRe(QStringLiteral("^https?://\\S+$"));
    if (create) {
        provider.name = p.requiredString(QStringLiteral("Name"), 128);
        provider.issuer = p.requiredString(QStringLiteral("Issuer"), 1024);
        provider.clientId = p.requiredString(QStringLiteral("ClientId"), 255);
        provider.clientSecret = p.requiredString(QStringLiteral("ClientSecret"), 1024);
        provider.enabled = p.requiredBool(QStringLiteral("Enabled"));
        provider.isIdTokenMapping = p.requiredBool(QStringLiteral("IsIdTokenMapping"));
        provider.usePkce = p.requiredBool(QStringLiteral("UsePkce"));
    } else {
        // [emulator] UpdateIdentityProviderOIDC: every field optional, left-out fields unchanged.
        if (const auto v = p.optionalString(QStringLiteral("Name"), 128, 1))
            provider.name = *v;
        if (const auto v = p.optionalString(QStringLiteral("Issuer"), 1024, 1))
            provider.issuer = *v;
        if (const auto v = p.optionalString(QStringLiteral("ClientId"), 255, 1))
            provider.clientId = *v;
        if (const auto v = p.optionalString(QStringLiteral("ClientSecret"), 1024, 1))
            provider.clientSecret = *v;
        if (const auto v = p.optionalBool(QStringLiteral("Enabled")))
            provider.enabled = *v;
        if (const auto v = p.optionalBool(QStringLiteral("IsIdTokenMapping")))
            provider.isIdTokenMapping = *v;
        if (const auto v = p.optionalBool(QStringLiteral("UsePkce")))
            provider.usePkce = *v;
    }
    // The secret is never echoed in an error message (the id style never echoes values anyway).
    if (!urlRe.match(provider.issuer).hasMatch())
        p.throwInvalid(QStringLiteral("Issuer"));
    if (const auto scopes = p.optionalStringArray(QStringLiteral("ScopesList"), 50, 128))
        provider.scopes = *scopes;
    p.optionalString(QStringLiteral("Provider"), 64);
}

ApiResult IdServiceHandler::createIdentityProviderOidc(const ApiCall &call)
{
    const ParamReader &p = call.params;
    IdUserPool &pool = requirePool(p);
    IdIdentityProvider provider;
    provider.poolUid = pool.id;
    provider.provider = QStringLiteral("oidc");
    provider.connectionType = QStringLiteral("OIDC");
    provider.scopes = {QStringLiteral("openid"), QStringLiteral("profile"), QStringLiteral("email")};
    applyProviderFields(p, provider, true);
    for (const IdIdentityProvider &other : m_store.identityProviders(pool.id).items()) {
        if (other.name.compare(provider.name, Qt::CaseInsensitive) == 0)
            throw ApiError(409, QStringLiteral("Duplicated"),
                           QStringLiteral("Resource already exists: Connection %1.").arg(provider.name));
    }
    provider.id = m_store.newUuid();
    provider.createTime = provider.updateTime = call.nowMs;
    provider.seq = m_store.nextSeq();
    const IdIdentityProvider &stored = m_store.identityProviders(pool.id).append(provider);
    syncPoolCounters(pool);
    return stored.toJson();
}

ApiResult IdServiceHandler::updateIdentityProviderOidc(const ApiCall &call)
{
    const ParamReader &p = call.params;
    const IdUserPool &pool = requirePool(p);
    IdIdentityProvider &provider = requireProvider(p, pool);
    if (!provider.isOidc())
        notFound(QStringLiteral("OIDC connection"), provider.id);
    IdIdentityProvider updated = provider;
    applyProviderFields(p, updated, false);
    for (const IdIdentityProvider &other : m_store.identityProviders(pool.id).items()) {
        if (other.id != updated.id && other.name.compare(updated.name, Qt::CaseInsensitive) == 0)
            throw ApiError(409, QStringLiteral("Duplicated"),
                           QStringLiteral("Resource already exists: Connection %1.").arg(updated.name));
    }
    updated.updateTime = call.nowMs;
    provider = updated;
    return provider.toJson();
}

ApiResult IdServiceHandler::deleteIdentityProvider(const ApiCall &call)
{
    const ParamReader &p = call.params;
    IdUserPool &pool = requirePool(p);
    const QString uid = requireProvider(p, pool).id;
    m_store.identityProviders(pool.id).remove(uid);
    syncPoolCounters(pool);
    return QJsonObject{{QStringLiteral("Message"), QStringLiteral("Deleted identity provider successfully")}};
}

} // namespace emu
