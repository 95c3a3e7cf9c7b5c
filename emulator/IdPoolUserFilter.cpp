// SPDX-License-Identifier: GPL-3.0-or-later
#include "IdPoolUserFilter.h"

#include "IdPoolUser.h"
#include "IdPoolUserTable.h"
#include "ParamReader.h"

#include <QJsonArray>
#include <QJsonObject>

namespace emu {

namespace {

const QStringList kStringFilters{
    QStringLiteral("Email"),      QStringLiteral("PhoneNumber"),       QStringLiteral("Name"),
    QStringLiteral("PreferredUsername"), QStringLiteral("GivenName"), QStringLiteral("FamilyName"),
    QStringLiteral("MiddleName"), QStringLiteral("Nickname"),          QStringLiteral("Gender"),
    QStringLiteral("Locale"),     QStringLiteral("Website"),           QStringLiteral("Connection"),
    QStringLiteral("GroupUid"),   QStringLiteral("DepartmentUid"),     QStringLiteral("LatestBrowser"),
    QStringLiteral("LatestLoginMethod")};

} // namespace

QString IdPoolUserFilter::fieldValue(const IdPoolUser &u, const QString &field)
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

IdPoolUserFilter::IdPoolUserFilter(const ParamReader &p)
{
    const auto filter = p.optionalObject(QStringLiteral("Filter"));
    if (!filter)
        return;
    for (const QString &f : kStringFilters) {
        const QJsonValue v = filter->value(f);
        if (v.isUndefined() || v.isNull())
            continue;
        if (!v.isString())
            p.throwInvalid(QStringLiteral("Filter.") + f);
        if (!v.toString().isEmpty())
            m_stringFilters.append({f, v.toString()});
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
    QStringList externalIdsOr;
    list("UserUidsOr", m_uidsOr);
    list("GroupUidsOr", m_groupUidsOr);
    list("ExternalProviderUserIdentifiersOr", externalIdsOr);
    m_externalIdsGiven = !externalIdsOr.isEmpty();
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
            m_nullOrEmpty.append({f, *b});
    }
    m_notInAnyGroup = flag(QStringLiteral("NotInAnyGroup"));
    m_notInAnyDepartment = flag(QStringLiteral("NotInAnyDepartment"));
    m_emailDuplicated = flag(QStringLiteral("EmailIsDuplicated"));
    m_phoneDuplicated = flag(QStringLiteral("PhoneNumberIsDuplicated"));
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
                s.fields = {QStringLiteral("PreferredUsername"), QStringLiteral("Email"), QStringLiteral("PhoneNumber"),
                            QStringLiteral("Name"), QStringLiteral("Nickname"), QStringLiteral("Uid")};
            if (!s.text.isEmpty())
                m_searches.append(s);
        }
    }
}

bool IdPoolUserFilter::isActive() const
{
    return !m_stringFilters.isEmpty() || !m_uidsOr.isEmpty() || !m_groupUidsOr.isEmpty() || !m_searches.isEmpty()
           || !m_nullOrEmpty.isEmpty() || m_notInAnyGroup || m_notInAnyDepartment || m_emailDuplicated
           || m_phoneDuplicated || m_externalIdsGiven;
}

void IdPoolUserFilter::countDuplicates(const IdPoolUserTable &users)
{
    if (!m_emailDuplicated && !m_phoneDuplicated)
        return;
    users.forEach([&](const IdPoolUser &u) {
        if (m_emailDuplicated && !u.claim(QStringLiteral("Email")).isEmpty())
            ++m_emailCounts[u.claim(QStringLiteral("Email")).toLower()];
        if (m_phoneDuplicated && !u.claim(QStringLiteral("PhoneNumber")).isEmpty())
            ++m_phoneCounts[u.claim(QStringLiteral("PhoneNumber"))];
        return true;
    });
}

bool IdPoolUserFilter::matches(const IdPoolUser &u) const
{
    for (const auto &f : m_nullOrEmpty) {
        if (fieldValue(u, f.first).isEmpty() != f.second)
            return false;
    }
    if (m_notInAnyGroup && u.groupUids.isEmpty() != *m_notInAnyGroup)
        return false;
    if (m_notInAnyDepartment && u.departmentUids.isEmpty() != *m_notInAnyDepartment)
        return false;
    if (m_emailDuplicated
        && (m_emailCounts.value(u.claim(QStringLiteral("Email")).toLower()) > 1) != *m_emailDuplicated)
        return false;
    if (m_phoneDuplicated && (m_phoneCounts.value(u.claim(QStringLiteral("PhoneNumber"))) > 1) != *m_phoneDuplicated)
        return false;
    if (m_externalIdsGiven) // the emulator's users have no external identities
        return false;
    for (const auto &f : m_stringFilters) {
        if (!fieldValue(u, f.first).contains(f.second, Qt::CaseInsensitive))
            return false;
    }
    if (!m_uidsOr.isEmpty() && !m_uidsOr.contains(u.id))
        return false;
    if (!m_groupUidsOr.isEmpty()) {
        bool any = false;
        for (const QString &g : u.groupUids)
            any = any || m_groupUidsOr.contains(g);
        if (!any)
            return false;
    }
    for (const Search &s : m_searches) {
        bool any = false;
        for (const QString &field : s.fields) {
            const QString value = fieldValue(u, field);
            any = any || (s.exact ? value.compare(s.text, Qt::CaseInsensitive) == 0
                                  : value.contains(s.text, Qt::CaseInsensitive));
        }
        if (!any)
            return false;
    }
    return true;
}

} // namespace emu
