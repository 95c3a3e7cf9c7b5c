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

    const bool filtered = !stringFilters.isEmpty() || !uidsOr.isEmpty() || !groupUidsOr.isEmpty() || !searches.isEmpty();
    auto matches = [&](const IdPoolUser &u) {
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

    const EntityTable<IdPoolUser> &users = m_store.poolUsers(pool.id);
    Paging::Page<IdPoolUser> page;
    if (tokenStyle) {
        page = Paging::byToken(users.items(), afterSeq, pageSize, filtered, matches);
    } else if (sortField || (sortDirection && *sortDirection == QLatin1String("Desc"))) {
        std::vector<const IdPoolUser *> all;
        for (const IdPoolUser &u : users.items()) {
            if (!filtered || matches(u))
                all.push_back(&u);
        }
        const bool desc = sortDirection && *sortDirection == QLatin1String("Desc");
        const QString field = sortField.value_or(QStringLiteral("CreateTime"));
        std::stable_sort(all.begin(), all.end(), [&](const IdPoolUser *a, const IdPoolUser *b) {
            if (field == QLatin1String("Name") || field == QLatin1String("PreferredUsername")) {
                const QString va = a->claim(field), vb = b->claim(field);
                return desc ? va > vb : va < vb;
            }
            const qint64 ta = field == QLatin1String("UpdateTime") ? a->updateTime : a->seq;
            const qint64 tb = field == QLatin1String("UpdateTime") ? b->updateTime : b->seq;
            return desc ? ta > tb : ta < tb;
        });
        page = Paging::byPageNumber<IdPoolUser>(all, pageNumber, pageSize);
    } else {
        page = Paging::byPageNumber(users.items(), pageNumber, pageSize, filtered, matches);
    }

    const int flags = (maskEmail ? IdPoolUser::MaskEmail : 0) | (maskPhone ? IdPoolUser::MaskPhoneNumber : 0)
                      | (nullMetadata ? IdPoolUser::NullUserMetadata : 0);
    JsonWriter w;
    w.beginObject().key("Data").beginArray();
    for (const IdPoolUser *u : page.items)
        u->writeJson(w, flags);
    w.endArray();
    w.field("PageNumber", tokenStyle ? 0 : pageNumber)
        .field("PageSize", pageSize)
        .field("TotalCount", page.total)
        .field("NextToken", tokenStyle && page.truncated ? Paging::encodeToken(page.lastSeq) : QString());
    w.endObject();
    return ApiResult::fromRawJson(w.take());
}

void IdServiceHandler::applyUserFields(const ParamReader &p, IdPoolUser &user, const QString &poolUid, bool create)
{
    static const QRegularExpression usernameRe(QStringLiteral("^[A-Za-z0-9._-]+$"));
    static const QRegularExpression emailRe(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
    static const QRegularExpression phoneRe(QStringLiteral("^\\+?[0-9][0-9 -]{3,31}$"));
    for (const QString &claim : IdPoolUser::claimNames()) {
        const auto v = p.optionalString(claim, maxLengthOfClaim(claim));
        if (!v)
            continue;
        if (!v->isEmpty()) {
            if (claim == QLatin1String("PreferredUsername") && !usernameRe.match(*v).hasMatch())
                p.throwInvalid(claim, *v);
            if (claim == QLatin1String("Email") && !emailRe.match(*v).hasMatch())
                p.throwInvalid(claim, *v);
            if (claim == QLatin1String("PhoneNumber") && !phoneRe.match(*v).hasMatch())
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
    if (!username.isEmpty()) {
        for (const IdPoolUser &other : m_store.poolUsers(poolUid).items()) {
            if (other.id != user.id && other.claim(QStringLiteral("PreferredUsername")).compare(username, Qt::CaseInsensitive) == 0)
                throw ApiError(409, QStringLiteral("Duplicated"),
                               QStringLiteral("Resource already exists: User %1.").arg(username));
        }
    }
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

ApiResult IdServiceHandler::updateUser(const ApiCall &call)
{
    const ParamReader &p = call.params;
    const IdUserPool &pool = requirePool(p);
    const QString uid = p.requiredString(QStringLiteral("UserUid"), 128);
    IdPoolUser *user = m_store.poolUsers(pool.id).find(uid);
    if (!user)
        notFound(QStringLiteral("User"), uid);
    IdPoolUser updated = *user;
    applyUserFields(p, updated, pool.id, false);
    updated.updateTime = call.nowMs;
    *user = updated;
    return user->toJson();
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
    EntityTable<IdPoolUser> &users = m_store.poolUsers(pool.id);
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
