// SPDX-License-Identifier: GPL-3.0-or-later
#include "IdPoolUserTable.h"

#include "JsonUtil.h"
#include "JsonWriter.h"

#include <QJsonArray>

#include <algorithm>

namespace emu {

namespace {

quint64 mix(quint64 h)
{
    h += 0x9e3779b97f4a7c15ULL;
    h = (h ^ (h >> 30)) * 0xbf58476d1ce4e5b9ULL;
    h = (h ^ (h >> 27)) * 0x94d049bb133111ebULL;
    return h ^ (h >> 31);
}

quint64 fnv(const QString &s)
{
    quint64 h = 14695981039346656037ULL;
    for (const QChar c : s) {
        h ^= c.unicode();
        h *= 1099511628211ULL;
    }
    return h;
}

// ASCII spellings (user names, e-mail) and display names. Chinese names use pinyin for the user name.
struct Name
{
    const char *ascii;
    const char *display;
};
const Name kGiven[] = {{"wei", "伟"},     {"fang", "芳"},    {"min", "敏"},     {"jing", "静"},   {"lei", "磊"},
                       {"yang", "洋"},    {"xin", "欣"},     {"hao", "浩"},     {"anna", "Anna"}, {"james", "James"},
                       {"maria", "Maria"}, {"david", "David"}, {"sofia", "Sofia"}, {"lucas", "Lucas"},
                       {"emma", "Emma"},  {"noah", "Noah"}};
const Name kFamily[] = {{"wang", "王"},     {"li", "李"},       {"zhang", "张"},    {"liu", "刘"},
                        {"chen", "陈"},     {"yang", "杨"},     {"zhao", "赵"},     {"huang", "黄"},
                        {"smith", "Smith"}, {"garcia", "Garcia"}, {"muller", "Muller"}, {"rossi", "Rossi"},
                        {"kim", "Kim"},     {"tanaka", "Tanaka"}, {"silva", "Silva"}, {"novak", "Novak"}};
constexpr int kNames = 16;
const char *const kMethods[] = {"password", "email_otp", "sms_otp", "oidc"};
const char *const kBrowsers[] = {"Chrome 131", "Edge 131", "Safari 18", "Firefox 133", "WeChat 8"};

QString hex(quint64 v, int digits)
{
    return QStringLiteral("%1").arg(v, digits, 16, QLatin1Char('0')).right(digits);
}

} // namespace

void IdPoolUserTable::setVirtual(const QString &poolUid, qint64 count, qint64 baseSeq, qint64 fromMs, qint64 toMs,
                                 quint64 key)
{
    m_poolUid = poolUid;
    m_count = count;
    m_baseSeq = baseSeq;
    m_fromMs = fromMs;
    m_toMs = toMs;
    m_key = key;
    const quint64 a = mix(key ^ fnv(poolUid));
    const quint64 b = mix(a);
    // UUID shape: 8-4-4-4-12; the last 12 hex digits are the index xor a per-pool mask.
    m_uidPrefix = hex(a >> 32, 8) + QLatin1Char('-') + hex(a >> 16, 4) + QStringLiteral("-4") + hex(a, 3)
                  + QStringLiteral("-a") + hex(b >> 52, 3) + QLatin1Char('-');
    m_uidMask = b & 0xffffffffffffULL;
    m_deleted.clear();
    m_overrides.clear();
}

IdPoolUser IdPoolUserTable::generate(qint64 index) const
{
    const quint64 h = mix(m_key ^ (quint64(index) * 0x9e3779b97f4a7c15ULL));
    const quint64 h2 = mix(h);
    const Name &given = kGiven[h % kNames];
    const Name &family = kFamily[(h >> 8) % kNames];
    const bool chinese = (h % kNames) < 8 && ((h >> 8) % kNames) < 8;
    IdPoolUser u;
    u.id = m_uidPrefix + hex(quint64(index) ^ m_uidMask, 12);
    u.poolUid = m_poolUid;
    const QString username = QLatin1String(given.ascii) + QLatin1Char('.') + QLatin1String(family.ascii)
                             + QString::number(index + 1);
    u.claims.insert(QStringLiteral("PreferredUsername"), username);
    u.claims.insert(QStringLiteral("Email"), username + QStringLiteral("@example.com"));
    if ((h >> 16) % 10 < 6)
        u.claims.insert(QStringLiteral("PhoneNumber"),
                        QStringLiteral("+861%1").arg(3000000000ULL + (h2 % 6000000000ULL)));
    const QString g = QString::fromUtf8(given.display), f = QString::fromUtf8(family.display);
    u.claims.insert(QStringLiteral("Name"), chinese ? f + g : g + QLatin1Char(' ') + f);
    u.claims.insert(QStringLiteral("GivenName"), g);
    u.claims.insert(QStringLiteral("FamilyName"), f);
    u.claims.insert(QStringLiteral("Locale"), chinese ? QStringLiteral("zh-CN") : QStringLiteral("en-US"));
    u.claims.insert(QStringLiteral("Zoneinfo"), QStringLiteral("Asia/Shanghai"));
    u.emailVerified = (h >> 20) % 10 < 7;
    u.phoneNumberVerified = u.claims.contains(QStringLiteral("PhoneNumber")) && (h >> 24) % 2 == 0;
    u.userState = (h >> 28) % 100 < 93 ? QStringLiteral("Active") : QStringLiteral("Inactive");
    const qint64 span = qMax<qint64>(0, m_toMs - m_fromMs);
    u.createTime = m_fromMs + (m_count > 0 ? qint64(double(span) * double(index) / double(m_count)) : 0);
    u.createTime -= u.createTime % 1000;
    u.updateTime = u.createTime;
    if ((h >> 36) % 100 < 85) {
        u.numLogins = 1 + int((h2 >> 8) % 500);
        const qint64 since = qMax<qint64>(60000, m_toMs - u.createTime);
        u.latestLogin = m_toMs - qint64((h2 >> 20) % quint64(since));
        u.latestLogin -= u.latestLogin % 1000;
        u.latestLoginMethod = QLatin1String(kMethods[(h2 >> 40) % 4]);
        u.latestBrowser = QLatin1String(kBrowsers[(h2 >> 44) % 5]);
    }
    u.seq = m_baseSeq + 1 + index;
    return u;
}

std::optional<qint64> IdPoolUserTable::virtualIndexOfUid(const QString &uid) const
{
    if (m_count == 0 || uid.size() != m_uidPrefix.size() + 12 || !uid.startsWith(m_uidPrefix))
        return std::nullopt;
    bool ok = false;
    const quint64 v = uid.mid(m_uidPrefix.size()).toULongLong(&ok, 16);
    if (!ok || uid.mid(m_uidPrefix.size()) != uid.mid(m_uidPrefix.size()).toLower())
        return std::nullopt;
    const qint64 index = qint64(v ^ m_uidMask);
    if (index < 0 || index >= m_count)
        return std::nullopt;
    return index;
}

bool IdPoolUserTable::isDeleted(qint64 index) const
{
    return std::binary_search(m_deleted.begin(), m_deleted.end(), index);
}

qint64 IdPoolUserTable::deletedBefore(qint64 index) const
{
    return qint64(std::lower_bound(m_deleted.begin(), m_deleted.end(), index) - m_deleted.begin());
}

std::optional<IdPoolUser> IdPoolUserTable::get(const QString &uid) const
{
    if (const auto index = virtualIndexOfUid(uid)) {
        if (isDeleted(*index))
            return std::nullopt;
        const auto it = m_overrides.constFind(*index);
        return it == m_overrides.constEnd() ? generate(*index) : it.value();
    }
    if (const IdPoolUser *u = m_stored.find(uid))
        return *u;
    return std::nullopt;
}

void IdPoolUserTable::put(const IdPoolUser &user)
{
    if (const auto index = virtualIndexOfUid(user.id)) {
        m_overrides.insert(*index, user);
        return;
    }
    if (IdPoolUser *u = m_stored.find(user.id))
        *u = user;
}

const IdPoolUser &IdPoolUserTable::append(IdPoolUser user)
{
    return m_stored.append(std::move(user));
}

bool IdPoolUserTable::remove(const QString &uid)
{
    if (const auto index = virtualIndexOfUid(uid)) {
        const auto it = std::lower_bound(m_deleted.begin(), m_deleted.end(), *index);
        if (it != m_deleted.end() && *it == *index)
            return false;
        m_deleted.insert(it, *index);
        m_overrides.remove(*index);
        return true;
    }
    return m_stored.remove(uid);
}

IdPoolUser IdPoolUserTable::at(int position) const
{
    const qint64 live = m_count - qint64(m_deleted.size());
    if (position >= live)
        return m_stored.items()[size_t(position - live)];
    // The position-th index that is not deleted: walk the (sorted, few) deleted indices.
    qint64 index = position;
    for (const qint64 d : m_deleted) {
        if (d <= index)
            ++index;
        else
            break;
    }
    const auto it = m_overrides.constFind(index);
    return it == m_overrides.constEnd() ? generate(index) : it.value();
}

int IdPoolUserTable::positionAfterSeq(qint64 seq) const
{
    const qint64 live = m_count - qint64(m_deleted.size());
    if (m_count > 0 && seq < m_baseSeq + m_count) {
        const qint64 first = qMax<qint64>(0, seq - m_baseSeq); // first index whose seq > seq
        return int(first - deletedBefore(first));
    }
    return int(live) + m_stored.upperBoundSeq(seq);
}

qint64 IdPoolUserTable::lastSeq() const
{
    if (!m_stored.items().empty())
        return m_stored.items().back().seq;
    return m_count > 0 ? m_baseSeq + m_count : 0;
}

std::optional<qint64> IdPoolUserTable::virtualIndexOfUsername(const QString &username) const
{
    if (m_count == 0)
        return std::nullopt;
    int digits = 0;
    while (digits < username.size() && username.at(username.size() - 1 - digits).isDigit())
        ++digits;
    if (digits == 0 || digits > 12 || username.at(username.size() - digits) == QLatin1Char('0'))
        return std::nullopt;
    const qint64 index = username.right(digits).toLongLong() - 1;
    if (index < 0 || index >= m_count)
        return std::nullopt;
    return index;
}

bool IdPoolUserTable::usernameTaken(const QString &username, const QString &exceptUid) const
{
    static const QString key = QStringLiteral("PreferredUsername");
    if (username.isEmpty())
        return false;
    for (const IdPoolUser &u : m_stored.items()) {
        if (u.id != exceptUid && u.claim(key).compare(username, Qt::CaseInsensitive) == 0)
            return true;
    }
    for (auto it = m_overrides.constBegin(); it != m_overrides.constEnd(); ++it) {
        if (it.value().id != exceptUid && it.value().claim(key).compare(username, Qt::CaseInsensitive) == 0)
            return true;
    }
    if (const auto index = virtualIndexOfUsername(username)) {
        if (!isDeleted(*index) && !m_overrides.contains(*index)) {
            const IdPoolUser g = generate(*index);
            if (g.id != exceptUid && g.claim(key).compare(username, Qt::CaseInsensitive) == 0)
                return true;
        }
    }
    return false;
}

void IdPoolUserTable::writeUsersState(JsonWriter &w) const
{
    std::vector<qint64> keys(m_overrides.keyBegin(), m_overrides.keyEnd());
    std::sort(keys.begin(), keys.end());
    for (const qint64 k : keys)
        m_overrides.value(k).writeJson(w, IdPoolUser::State);
    for (const IdPoolUser &u : m_stored.items())
        u.writeJson(w, IdPoolUser::State);
}

QJsonObject IdPoolUserTable::virtualState() const
{
    QJsonArray deleted;
    for (const qint64 d : m_deleted)
        deleted.append(double(d));
    return QJsonObject{{QStringLiteral("Count"), double(m_count)},
                       {QStringLiteral("BaseSeq"), double(m_baseSeq)},
                       {QStringLiteral("FromMs"), double(m_fromMs)},
                       {QStringLiteral("ToMs"), double(m_toMs)},
                       {QStringLiteral("Key"), QString::number(m_key)},
                       {QStringLiteral("Deleted"), deleted}};
}

void IdPoolUserTable::loadVirtualState(const QString &poolUid, const QJsonObject &o)
{
    setVirtual(poolUid, qint64(o.value(QStringLiteral("Count")).toDouble()),
               qint64(o.value(QStringLiteral("BaseSeq")).toDouble()),
               qint64(o.value(QStringLiteral("FromMs")).toDouble()), qint64(o.value(QStringLiteral("ToMs")).toDouble()),
               o.value(QStringLiteral("Key")).toString().toULongLong());
    for (const QJsonValue &v : o.value(QStringLiteral("Deleted")).toArray()) {
        const qint64 d = qint64(v.toDouble());
        if (d >= 0 && d < m_count)
            m_deleted.push_back(d);
    }
    std::sort(m_deleted.begin(), m_deleted.end());
    m_deleted.erase(std::unique(m_deleted.begin(), m_deleted.end()), m_deleted.end());
}

void IdPoolUserTable::loadUser(IdPoolUser user)
{
    if (const auto index = virtualIndexOfUid(user.id)) {
        user.seq = m_baseSeq + 1 + *index;
        m_overrides.insert(*index, std::move(user));
        return;
    }
    m_stored.append(std::move(user));
}

} // namespace emu
