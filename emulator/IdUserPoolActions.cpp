// SPDX-License-Identifier: GPL-3.0-or-later
#include "IdUserPoolActions.h"

#include "ActionTable.h"
#include "ApiError.h"
#include "DataStore.h"
#include "IdListQuery.h"
#include "IdPoolScope.h"
#include "MauModel.h"
#include "TimeFormat.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>

namespace emu {

namespace {

const QStringList kSignInAttributes{QStringLiteral("preferred_username"), QStringLiteral("phone_number"),
                                    QStringLiteral("email")};
const QStringList kRecoveryAttributes{QStringLiteral("email"), QStringLiteral("phone_number")};

struct TagFilter
{
    QString key;
    QStringList values;
};

// TagFilters [{Key, Values[]}], at the top level or inside Filter.
void parseTagFilters(const ParamReader &p, const QJsonValue &value, const QString &name, QList<TagFilter> &out)
{
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
        out.append(f);
    }
}

bool hasTags(const IdUserPool &pool, const QList<TagFilter> &filters)
{
    bool tagsOk = true;
    for (const TagFilter &f : filters) {
        bool found = false;
        for (const auto &t : pool.tags) {
            if (t.first == f.key && (f.values.isEmpty() || f.values.contains(t.second)))
                found = true;
        }
        tagsOk = tagsOk && found;
    }
    return tagsOk;
}

} // namespace

void IdUserPoolActions::addTo(ActionTable &table)
{
    table.addRead(QStringLiteral("ListUserPools"), this, &IdUserPoolActions::listUserPools);
    table.addRead(QStringLiteral("GetUserPool"), this, &IdUserPoolActions::getUserPool);
    table.addWrite(QStringLiteral("CreateUserPool"), this, &IdUserPoolActions::createUserPool);
    table.addWrite(QStringLiteral("UpdateUserPool"), this, &IdUserPoolActions::updateUserPool);
    table.addWrite(QStringLiteral("DeleteUserPool"), this, &IdUserPoolActions::deleteUserPool);
    table.addWrite(QStringLiteral("UpdateEnableUserPool"), this, &IdUserPoolActions::updateEnableUserPool);
    table.addRead(QStringLiteral("GetUserPoolMaus"), this, &IdUserPoolActions::getUserPoolMaus);
}

QJsonObject IdUserPoolActions::poolJson(const IdUserPool &pool) const
{
    return pool.toJson(m_scope.store().poolUserCount(pool.id));
}

ApiResult IdUserPoolActions::listUserPools(const ApiCall &call)
{
    const ParamReader &p = call.params;
    IdListQuery query(p);
    const auto project = p.optionalString(QStringLiteral("ProjectName"), 255);
    query.readSort({QStringLiteral("CreateTime"), QStringLiteral("UpdateTime"), QStringLiteral("Name")});

    QList<TagFilter> tagFilters;
    if (const auto tf = p.optionalArray(QStringLiteral("TagFilters")))
        parseTagFilters(p, QJsonValue(*tf), QStringLiteral("TagFilters"), tagFilters);
    QString nameFilter, descriptionFilter, uidFilter, trnFilter;
    if (query.readFilter()) {
        nameFilter = query.filterString("Name");
        descriptionFilter = query.filterString("Description");
        uidFilter = query.filterString("Uid");
        trnFilter = query.filterString("Trn");
        parseTagFilters(p, query.filterValue(QStringLiteral("TagFilters")), QStringLiteral("Filter.TagFilters"),
                        tagFilters);
    }

    const DataStore &store = m_scope.store();
    std::vector<const IdUserPool *> matched;
    for (const IdUserPool &pool : m_scope.store().pools().items()) {
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
        if (hasTags(pool, tagFilters))
            matched.push_back(&pool);
    }
    query.sort(matched, [](const IdUserPool &pool) { return pool.createTime; });
    return query.page(matched, [&](JsonWriter &w, const IdUserPool &pool) {
        pool.writeJson(w, store.poolUserCount(pool.id), 0);
    });
}

ApiResult IdUserPoolActions::getUserPool(const ApiCall &call)
{
    return poolJson(m_scope.requirePool(call.params));
}

void IdUserPoolActions::applySettings(const ParamReader &p, IdUserPool &pool, bool create) const
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

void IdUserPoolActions::checkNameFree(const QString &name, const QString &exceptUid) const
{
    for (const IdUserPool &existing : m_scope.store().pools().items()) {
        if (existing.id != exceptUid && existing.name == name)
            throw ApiError(409, QStringLiteral("Duplicated"),
                           QStringLiteral("Resource already exists: UserPool %1.").arg(name));
    }
}

ApiResult IdUserPoolActions::createUserPool(const ApiCall &call)
{
    const ParamReader &p = call.params;
    DataStore &store = m_scope.store();
    IdUserPool pool;
    pool.name = p.requiredString(QStringLiteral("Name"), 128);
    if (const auto project = p.optionalString(QStringLiteral("ProjectName"), 255); project && !project->isEmpty())
        pool.projectName = *project;
    if (const auto tags = p.optionalTags(QStringLiteral("Tags"), 50))
        pool.tags = *tags;
    pool.applyDefaultSignIn();
    applySettings(p, pool, true);
    checkNameFree(pool.name, QString());
    pool.id = store.newUuid();
    pool.assignAddress(call.region.isEmpty() ? QStringLiteral("cn-beijing") : call.region);
    pool.createTime = pool.updateTime = call.nowMs;
    pool.seq = store.nextSeq();
    return poolJson(store.pools().append(pool));
}

ApiResult IdUserPoolActions::updateUserPool(const ApiCall &call)
{
    const ParamReader &p = call.params;
    IdUserPool &pool = m_scope.requirePool(p);
    IdUserPool updated = pool;
    if (const auto name = p.optionalString(QStringLiteral("Name"), 128, 1)) {
        checkNameFree(*name, pool.id);
        updated.name = *name;
    }
    applySettings(p, updated, false);
    updated.updateTime = call.nowMs;
    pool = updated;
    return poolJson(pool);
}

ApiResult IdUserPoolActions::deleteUserPool(const ApiCall &call)
{
    const IdUserPool &pool = m_scope.requirePool(call.params);
    m_scope.store().removePool(QString(pool.id));
    return QJsonObject{{QStringLiteral("Message"), QStringLiteral("Deleted userpool successfully")}};
}

ApiResult IdUserPoolActions::updateEnableUserPool(const ApiCall &call)
{
    const ParamReader &p = call.params;
    IdUserPool &pool = m_scope.requirePool(p);
    const QString enabled = p.requiredString(QStringLiteral("Enabled"));
    if (enabled != QLatin1String("true") && enabled != QLatin1String("false"))
        p.throwInvalid(QStringLiteral("Enabled"), enabled);
    pool.enabled = enabled == QLatin1String("true");
    pool.updateTime = call.nowMs;
    return QJsonObject{{QStringLiteral("Message"), QStringLiteral("Updated userpool enable flag successfully")}};
}

ApiResult IdUserPoolActions::getUserPoolMaus(const ApiCall &call)
{
    const ParamReader &p = call.params;
    const DataStore &store = m_scope.store();
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
            if (const IdUserPool *pool = store.pools().find(uid))
                pools.push_back(pool);
        }
    } else {
        for (const IdUserPool &pool : store.pools().items())
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

} // namespace emu
