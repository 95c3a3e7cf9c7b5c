// SPDX-License-Identifier: GPL-3.0-or-later
#include "DatasetBuilder.h"

#include "CloudIdentityHandler.h"
#include "CloudSsoHandler.h"
#include "DataStore.h"

#include <QDateTime>
#include <QSet>

#include <algorithm>

namespace emu {

namespace {

struct Pair
{
    const char *a;
    const char *b;
};

const char *const kLatinGiven[] = {"alice", "bob", "carol", "david", "emma", "frank", "grace", "henry", "iris",
                                   "jack", "kate", "liam", "mia", "noah", "olivia", "peter", "quinn", "rachel",
                                   "sam", "tina", "uma", "victor", "wendy", "xavier", "yara", "zoe", "adam",
                                   "bella", "chris", "diana", "ethan", "fiona", "george", "hannah", "ivan",
                                   "julia", "kevin", "laura", "mark", "nina"};
const char *const kLatinFamily[] = {"smith", "johnson", "brown", "taylor", "miller", "wilson", "moore", "anderson",
                                    "thomas", "jackson", "white", "harris", "martin", "garcia", "clark", "lewis",
                                    "walker", "hall", "young", "king", "wright", "lopez", "hill", "scott",
                                    "green", "adams", "baker", "nelson", "carter", "mitchell"};
// Chinese characters with their pinyin.
const Pair kChineseSurname[] = {{"王", "wang"},  {"李", "li"},    {"张", "zhang"}, {"刘", "liu"},   {"陈", "chen"},
                                {"杨", "yang"},  {"黄", "huang"}, {"赵", "zhao"},  {"吴", "wu"},    {"周", "zhou"},
                                {"徐", "xu"},    {"孙", "sun"},   {"马", "ma"},    {"朱", "zhu"},   {"胡", "hu"},
                                {"郭", "guo"},   {"何", "he"},    {"林", "lin"},   {"高", "gao"},   {"罗", "luo"},
                                {"郑", "zheng"}, {"梁", "liang"}, {"谢", "xie"},   {"宋", "song"},  {"唐", "tang"},
                                {"韩", "han"},   {"冯", "feng"},  {"邓", "deng"},  {"曹", "cao"},   {"彭", "peng"}};
const Pair kChineseGiven[] = {{"伟", "wei"},      {"芳", "fang"},     {"娜", "na"},       {"敏", "min"},
                              {"静", "jing"},     {"丽", "li"},       {"强", "qiang"},    {"磊", "lei"},
                              {"军", "jun"},      {"洋", "yang"},     {"勇", "yong"},     {"艳", "yan"},
                              {"杰", "jie"},      {"娟", "juan"},     {"涛", "tao"},      {"明", "ming"},
                              {"超", "chao"},     {"秀英", "xiuying"}, {"霞", "xia"},      {"平", "ping"},
                              {"刚", "gang"},     {"桂英", "guiying"}, {"浩然", "haoran"}, {"子涵", "zihan"},
                              {"雨桐", "yutong"}, {"欣怡", "xinyi"},  {"宇轩", "yuxuan"}, {"梓萱", "zixuan"},
                              {"俊杰", "junjie"}, {"思远", "siyuan"}};
const Pair kDepartments[] = {{"Engineering", "研发部"}, {"Finance", "财务部"},   {"Sales", "销售部"},
                             {"Marketing", "市场部"},   {"Human Resources", "人力资源部"}, {"Legal", "法务部"},
                             {"IT Operations", "IT 运维"}, {"Security", "安全团队"}, {"Product", "产品部"},
                             {"Customer Support", "客户支持"}};
// cloudidentity groups: name, display name (Chinese).
const Pair kCiGroups[] = {
    {"engineering", "研发部"},      {"finance", "财务部"},          {"sales", "销售部"},
    {"marketing", "市场部"},        {"hr", "人力资源部"},           {"legal", "法务部"},
    {"it-ops", "IT 运维"},          {"security", "安全团队"},       {"data-platform", "数据平台"},
    {"mobile", "移动端团队"},       {"frontend", "前端团队"},       {"backend", "后端团队"},
    {"qa", "测试团队"},             {"design", "设计团队"},         {"product", "产品部"},
    {"support", "客户支持"},        {"sre", "SRE 值班"},            {"ml-research", "机器学习研究"},
    {"procurement", "采购部"},      {"admin", "行政部"},            {"beijing-office", "北京办公室"},
    {"shanghai-office", "上海办公室"}, {"shenzhen-office", "深圳办公室"}, {"contractors", "外包人员"},
    {"interns", "实习生"},          {"leadership", "管理层"},       {"audit", "审计"},
    {"partners", "合作伙伴"},       {"devrel", "开发者关系"},       {"all-staff", "全体员工"}};
// CloudSSO groups: name (letters, digits, _ - .), description.
const Pair kSsoGroups[] = {
    {"Engineering", "研发部 / Engineering"}, {"Finance", "财务部 / Finance"},   {"Sales-East", "华东销售"},
    {"Sales-West", "华西销售"},              {"Marketing", "Marketing team"},  {"HR", "人力资源部"},
    {"Legal", "Legal and compliance"},       {"IT-Ops", "IT 运维"},            {"Security", "安全团队"},
    {"Data.Platform", "数据平台"},           {"SRE_OnCall", "SRE on-call rotation"}, {"Design", "设计团队"},
    {"Product", "产品部"},                   {"Support", "Customer support"}, {"Procurement", "采购部"},
    {"Admins", "Directory administrators"},  {"Leadership", "管理层"},         {"AllStaff", "全体员工"},
    {"Contractors", "外包人员 (SCIM)"},      {"Interns", "实习生 (SCIM)"}};
const Pair kCiAccounts[] = {{"2100247160", "生产账号 prod"},
                            {"2100311842", "测试账号 staging"},
                            {"2100458817", "开发账号 dev"},
                            {"2100562390", "数据账号 data"}};
const char *const kRdAccounts[] = {"1234567890120001", "1234567890120002", "1234567890120003", "1234567890120004",
                                   "1234567890120005"};
const char *const kBrowsers[] = {"Chrome 126", "Safari 17", "Edge 125", "Firefox 127", "WeChat 8.0"};
const char *const kLoginMethods[] = {"password", "sms", "email_otp", "oidc"};
const char *const kSourceTypes[] = {"StartProvisioning", "DeleteProvisioning", "AddUserToGroup",
                                    "RemoveUserFromGroup", "UserProvisioningDeletionClearing"};

template <class T, size_t N>
constexpr int count(const T (&)[N])
{
    return int(N);
}

QString capitalised(const QString &s)
{
    return s.isEmpty() ? s : s.left(1).toUpper() + s.mid(1);
}

} // namespace

QStringList DatasetBuilder::datasetNames()
{
    return {QStringLiteral("demo"), QStringLiteral("large"), QStringLiteral("empty")};
}

DatasetBuilder::DatasetBuilder(const Options &options) : m_options(options), m_rng(options.seed ^ 0x2545f4914f6cdd1dULL)
{
    if (m_options.nowMs == 0)
        m_options.nowMs = QDateTime::currentMSecsSinceEpoch();
}

int DatasetBuilder::randInt(int lo, int hi)
{
    if (hi <= lo)
        return lo;
    return lo + int(m_rng() % quint64(hi - lo + 1));
}

double DatasetBuilder::uniform()
{
    return double(m_rng() >> 11) * (1.0 / 9007199254740992.0);
}

std::vector<qint64> DatasetBuilder::spreadTimes(int n, qint64 from, qint64 to)
{
    std::vector<qint64> out;
    out.reserve(size_t(qMax(0, n)));
    const double span = double(to - from);
    for (int i = 0; i < n; ++i)
        out.push_back(from + qint64(span * (double(i) + uniform()) / double(qMax(1, n))));
    std::sort(out.begin(), out.end());
    for (qint64 &t : out)
        t -= t % 1000;
    return out;
}

qint64 DatasetBuilder::monthsAgo(int months) const
{
    return QDateTime::fromMSecsSinceEpoch(m_options.nowMs, Qt::UTC).addMonths(-months).toMSecsSinceEpoch();
}

DatasetBuilder::Person DatasetBuilder::nextPerson(QHash<QString, int> &used)
{
    Person p;
    QString base;
    p.chinese = uniform() < 0.45;
    if (p.chinese) {
        const Pair &s = kChineseSurname[randInt(0, count(kChineseSurname) - 1)];
        const Pair &g = kChineseGiven[randInt(0, count(kChineseGiven) - 1)];
        p.lastName = QString::fromUtf8(s.a);
        p.firstName = QString::fromUtf8(g.a);
        p.displayName = p.lastName + p.firstName;
        base = QLatin1String(g.b) + QLatin1Char('.') + QLatin1String(s.b);
    } else {
        const QString given = QLatin1String(kLatinGiven[randInt(0, count(kLatinGiven) - 1)]);
        const QString family = QLatin1String(kLatinFamily[randInt(0, count(kLatinFamily) - 1)]);
        p.firstName = capitalised(given);
        p.lastName = capitalised(family);
        p.displayName = p.firstName + QLatin1Char(' ') + p.lastName;
        base = given + QLatin1Char('.') + family;
    }
    int &n = used[base];
    ++n;
    p.userName = n == 1 ? base : base + QString::number(n);
    p.email = p.userName + QStringLiteral("@example.com");
    p.phone = QStringLiteral("+861%1").arg(qint64(3000000000LL + qint64(m_rng() % 6000000000ULL)));
    return p;
}

void DatasetBuilder::build(DataStore &store)
{
    store.reset(m_options.seed);
    const QString name = m_options.dataset;
    if (name == QLatin1String("empty")) {
        buildDirectoryOnly(store, QStringLiteral("example-corp"));
        return;
    }
    buildPools(store);
    if (name == QLatin1String("large")) {
        buildCloudIdentity(store, m_options.users, LargeGroups, LargeProvisionings, m_options.events, 0, false);
        buildCloudSso(store, m_options.users, LargeGroups, LargeProvisionings, m_options.events, 0, false);
        buildPoolApplications(store);
        if (m_options.poolUsers > 0)
            buildVirtualPool(store, m_options.poolUsers);
        return;
    }
    buildCloudIdentity(store, DemoCiUsers, DemoCiGroups, DemoCiProvisionings, DemoCiFailedEvents,
                       DemoCiEvents - DemoCiFailedEvents, true);
    buildCloudSso(store, DemoSsoUsers, DemoSsoGroups, DemoSsoProvisionings, DemoSsoFailedEvents,
                  DemoSsoFinishedEvents, true);
    // Last, so the ids and random draws of everything above stay what they were before applications existed.
    buildPoolApplications(store);
}

void DatasetBuilder::buildPoolApplications(DataStore &store)
{
    struct ClientSpec
    {
        const char *name;
        const char *description;
        const char *type;
    };
    const ClientSpec clients[] = {
        {"web-shop", "Web shop (storefront)", "WEB_APPLICATION"},
        {"shop-spa", "单页应用 / checkout SPA", "SINGLE_PAGE_APPLICATION"},
        {"mobile-app", "iOS and Android app", "MOBILE_APPLICATION"},
        {"billing-sync", "Back-office sync job", "MACHINE_TO_MACHINE"},
    };
    struct ProviderSpec
    {
        const char *name;
        const char *issuer;
    };
    const ProviderSpec providers[] = {
        {"corporate-sso", "https://sso.example.com"},
        {"partner-idp", "https://login.partner.example.net/oauth2"},
    };
    std::mt19937_64 rng(m_options.seed ^ 0xa5a5a5a55a5a5a5aULL);
    int poolIndex = 0;
    for (IdUserPool &pool : store.pools().items()) {
        const int clientCount = poolIndex < DemoPools ? DemoClients[poolIndex] : 0;
        const int providerCount = poolIndex < DemoPools ? DemoIdentityProviders[poolIndex] : 0;
        ++poolIndex;
        EntityTable<IdPoolClient> &clientTable = store.poolClients(pool.id);
        for (int i = 0; i < clientCount; ++i) {
            const ClientSpec &spec = clients[i % 4];
            IdPoolClient c;
            c.id = store.newSsoId(QString(), 32);
            c.poolUid = pool.id;
            c.name = QString::fromUtf8(spec.name);
            c.description = QString::fromUtf8(spec.description);
            c.clientType = QLatin1String(spec.type);
            c.clientSecret = store.newSsoId(QString(), 48, true);
            const QString base = QStringLiteral("https://%1.example.com").arg(pool.name);
            if (c.clientType != QLatin1String("MACHINE_TO_MACHINE")) {
                c.allowedCallbackUrls = {base + QStringLiteral("/callback")};
                c.allowedLogoutUrls = {base + QStringLiteral("/")};
                c.allowedWebOrigins = {base};
                c.allowedCors = {base};
            }
            c.logoUri = base + QStringLiteral("/logo.png");
            c.refreshRotation = rng() % 2 == 0;
            c.refreshHasIdleLifetime = rng() % 2 == 0;
            c.skipConsentEnabled = c.clientType == QLatin1String("MACHINE_TO_MACHINE");
            c.loginPageUrl = QStringLiteral("https://%1/login?client_id=%2").arg(pool.domain, c.id);
            c.createTime = pool.createTime + qint64(1 + i) * 86400000LL;
            c.updateTime = c.createTime + qint64(rng() % 30) * 86400000LL;
            c.seq = store.nextSeq();
            clientTable.append(c);
        }
        EntityTable<IdIdentityProvider> &providerTable = store.identityProviders(pool.id);
        for (int i = 0; i < providerCount; ++i) {
            const ProviderSpec &spec = providers[i % 2];
            IdIdentityProvider p;
            p.id = store.newUuid();
            p.poolUid = pool.id;
            p.name = QString::fromUtf8(spec.name);
            p.provider = QStringLiteral("oidc");
            p.connectionType = QStringLiteral("OIDC");
            p.enabled = i == 0;
            p.issuer = QString::fromUtf8(spec.issuer);
            p.clientId = QStringLiteral("idconsole-") + pool.name;
            p.clientSecret = store.newSsoId(QString(), 40, true);
            p.isIdTokenMapping = true;
            p.usePkce = i == 0;
            p.scopes = {QStringLiteral("openid"), QStringLiteral("profile"), QStringLiteral("email")};
            p.createTime = pool.createTime + qint64(2 + i) * 86400000LL;
            p.updateTime = p.createTime;
            p.seq = store.nextSeq();
            providerTable.append(p);
        }
        pool.totalClients = clientTable.size();
        pool.totalConnections = providerTable.size();
    }
}

void DatasetBuilder::buildVirtualPool(DataStore &store, int users)
{
    IdUserPool pool;
    pool.id = store.newUuid();
    pool.name = QString::fromLatin1(LargePoolName);
    pool.description = QStringLiteral("%1 generated users (load test)").arg(users);
    pool.tags = {{QStringLiteral("env"), QStringLiteral("test")}};
    pool.assignAddress(QStringLiteral("cn-beijing"));
    pool.brandName = pool.name;
    pool.applyDefaultSignIn();
    pool.createTime = monthsAgo(36);
    pool.createTime -= pool.createTime % 1000;
    pool.updateTime = pool.createTime;
    pool.seq = store.nextSeq();
    store.pools().append(pool);
    const qint64 base = store.reserveSeqs(users);
    store.poolUsers(pool.id).setVirtual(pool.id, users, base, pool.createTime, m_options.nowMs - 86400000LL,
                                        m_options.seed * 0x9e3779b97f4a7c15ULL + 0x1234567ULL);
}

void DatasetBuilder::buildPools(DataStore &store)
{
    struct PoolSpec
    {
        const char *name;
        const char *description;
        int monthsAgo;
        bool enabled;
        int users;
    };
    const PoolSpec specs[] = {
        {"customer-portal", "客户门户 / customer sign-in for the web shop", 30, true, 40},
        {"partner-apps", "Partner applications (合作伙伴应用)", 14, true, 25},
        {"internal-staff", "内部员工统一登录", 7, true, 15},
        {"iot-devices", "IoT device owners (pilot)", 2, false, 10},
    };
    QHash<QString, int> used;
    for (const PoolSpec &spec : specs) {
        IdUserPool pool;
        pool.id = store.newUuid();
        pool.name = QString::fromUtf8(spec.name);
        pool.description = QString::fromUtf8(spec.description);
        pool.projectName = QStringLiteral("default");
        pool.tags = {{QStringLiteral("env"), spec.enabled ? QStringLiteral("prod") : QStringLiteral("pilot")}};
        pool.enabled = spec.enabled;
        pool.assignAddress(QStringLiteral("cn-beijing"));
        pool.brandName = pool.name;
        pool.signInAttributes = {QStringLiteral("preferred_username"), QStringLiteral("email")};
        pool.requiredSignUpAttributes = {QStringLiteral("email")};
        pool.authenticationMethodOrder = {QStringLiteral("password"), QStringLiteral("email_otp")};
        pool.selfAccountRecoveryVerificationAttributes = {QStringLiteral("email")};
        for (const QString &s : IdUserPool::switchNames())
            pool.switches.insert(s, s == QLatin1String("PasswordSignInEnabled") || s == QLatin1String("SelfSignUpEnabled")
                                        || s == QLatin1String("SelfAccountRecoveryEnabled"));
        pool.totalClients = randInt(1, 6);
        pool.totalConnections = randInt(0, 3);
        pool.createTime = monthsAgo(spec.monthsAgo) - randInt(0, 20) * 86400000LL;
        pool.createTime -= pool.createTime % 1000;
        pool.updateTime = pool.createTime + randInt(1, 30) * 86400000LL;
        pool.seq = store.nextSeq();
        store.pools().append(pool);

        IdPoolUserTable &users = store.poolUsers(pool.id);
        const auto times = spreadTimes(spec.users, pool.createTime, m_options.nowMs - 86400000LL);
        for (int i = 0; i < spec.users; ++i) {
            const Person person = nextPerson(used);
            IdPoolUser u;
            u.id = store.newUuid();
            u.poolUid = pool.id;
            u.claims.insert(QStringLiteral("PreferredUsername"), person.userName);
            u.claims.insert(QStringLiteral("Email"), person.email);
            if (uniform() < 0.6)
                u.claims.insert(QStringLiteral("PhoneNumber"), person.phone);
            u.claims.insert(QStringLiteral("Name"), person.displayName);
            u.claims.insert(QStringLiteral("GivenName"), person.firstName);
            u.claims.insert(QStringLiteral("FamilyName"), person.lastName);
            u.claims.insert(QStringLiteral("Locale"), person.chinese ? QStringLiteral("zh-CN") : QStringLiteral("en-US"));
            u.claims.insert(QStringLiteral("Zoneinfo"), QStringLiteral("Asia/Shanghai"));
            u.emailVerified = uniform() < 0.7;
            u.phoneNumberVerified = u.claims.contains(QStringLiteral("PhoneNumber")) && uniform() < 0.5;
            u.userState = uniform() < 0.93 ? QStringLiteral("Active") : QStringLiteral("Inactive");
            u.numLogins = uniform() < 0.85 ? randInt(1, 500) : 0;
            if (u.numLogins > 0) {
                u.latestLogin = m_options.nowMs - randInt(60, 60 * 86400) * 1000LL;
                u.latestLoginMethod = QLatin1String(kLoginMethods[randInt(0, count(kLoginMethods) - 1)]);
                u.latestBrowser = QLatin1String(kBrowsers[randInt(0, count(kBrowsers) - 1)]);
            }
            u.createTime = times[size_t(i)];
            u.updateTime = u.createTime;
            u.seq = store.nextSeq();
            users.append(u);
        }
    }
}

void DatasetBuilder::buildCloudIdentity(DataStore &store, int userCount, int groupCount, int provisioningCount,
                                        int failedEvents, int finishedEvents, bool demo)
{
    QHash<QString, int> used;
    used.reserve(userCount);
    const qint64 start = monthsAgo(24);
    const auto times = spreadTimes(userCount, start, m_options.nowMs - 3600000LL);
    EntityTable<CiUser> &users = store.ciUsers();
    users.reserve(userCount);
    store.ciUserNames().reserve(userCount);
    for (int i = 0; i < userCount; ++i) {
        const Person person = nextPerson(used);
        CiUser u;
        u.id = store.newCiId(DataStore::CiKind::User);
        u.userName = person.userName;
        u.displayName = person.displayName;
        const Pair &dept = kDepartments[randInt(0, count(kDepartments) - 1)];
        u.description = person.chinese ? QString::fromUtf8(dept.b) : QString::fromUtf8(dept.a);
        u.email = person.email;
        u.phone = uniform() < 0.7 ? person.phone : QString();
        u.source = uniform() < 0.1 ? QStringLiteral("Sync") : QStringLiteral("Manual");
        u.createdTime = times[size_t(i)];
        u.updatedTime = u.createdTime;
        u.seq = store.nextSeq();
        store.ciUserNames().insert(u.userName, u.id);
        users.append(std::move(u));
    }

    const qint64 groupStart = monthsAgo(20);
    const auto groupTimes = spreadTimes(groupCount, groupStart, m_options.nowMs - 86400000LL);
    for (int i = 0; i < groupCount; ++i) {
        const Pair &spec = kCiGroups[i % count(kCiGroups)];
        CiGroup g;
        g.id = store.newCiId(DataStore::CiKind::Group);
        g.groupName = i < count(kCiGroups) ? QString::fromUtf8(spec.a)
                                           : QString::fromUtf8(spec.a) + QStringLiteral("-%1").arg(i);
        g.displayName = QString::fromUtf8(spec.b);
        g.description = QStringLiteral("%1 (%2)").arg(g.displayName, g.groupName);
        g.joinType = i % 7 == 6 ? QStringLiteral("Auto") : QStringLiteral("Manual");
        g.createdTime = groupTimes[size_t(i)];
        g.updatedTime = g.createdTime;
        g.seq = store.nextSeq();
        store.ciGroupNames().insert(g.groupName, g.id);
        store.ciGroups().append(g);
    }
    // Members: demo 3..25 per group (all-staff 60); large: a fixed number.
    for (const CiGroup &g : store.ciGroups().items()) {
        if (users.size() == 0)
            break;
        int n = demo ? (g.groupName == QLatin1String("all-staff") ? 60 : randInt(3, 25)) : LargeGroupMembers;
        n = qMin(n, users.size());
        QSet<int> picked;
        while (picked.size() < n)
            picked.insert(randInt(0, users.size() - 1));
        QList<int> sorted = picked.values();
        std::sort(sorted.begin(), sorted.end());
        for (int idx : sorted) {
            const CiUser &u = users.items()[size_t(idx)];
            store.ciMembers().add(g.id, u.id, qMax(u.createdTime, g.createdTime) + 3600000LL, store.nextSeq());
        }
    }

    // Provisionings: two thirds to users, the rest to groups.
    QSet<QString> taken;
    const int userProvisionings = (provisioningCount * 2 + 2) / 3;
    for (int i = 0; i < provisioningCount && users.size() > 0; ++i) {
        CiProvisioning p;
        const Pair &account = kCiAccounts[i % count(kCiAccounts)];
        if (i < userProvisionings || store.ciGroups().size() == 0) {
            const CiUser *u = nullptr;
            for (int attempt = 0; attempt < 50 && !u; ++attempt) {
                const CiUser &cand = users.items()[size_t(randInt(0, users.size() - 1))];
                if (cand.source == QLatin1String("Manual"))
                    u = &cand;
            }
            if (!u)
                u = &users.items().front();
            p.principalType = QStringLiteral("User");
            p.principalId = u->id;
            p.principalName = u->userName;
        } else {
            const CiGroup &g = store.ciGroups().items()[size_t(randInt(0, store.ciGroups().size() - 1))];
            p.principalType = QStringLiteral("Group");
            p.principalId = g.id;
            p.principalName = g.groupName;
        }
        const QString key = p.principalType + p.principalId + QLatin1String(account.a);
        if (taken.contains(key))
            continue;
        taken.insert(key);
        p.id = store.newCiId(DataStore::CiKind::Provisioning);
        p.targetId = QLatin1String(account.a);
        p.description = QStringLiteral("同步 %1 到 %2").arg(p.principalName, QString::fromUtf8(account.b));
        p.identitySourceStrategy = uniform() < 0.8 ? QStringLiteral("Create") : QStringLiteral("Ignore");
        p.duplicationStrategy = uniform() < 0.6 ? QStringLiteral("KeepBoth") : QStringLiteral("Takeover");
        p.duplicationSuffix = p.duplicationStrategy == QLatin1String("KeepBoth") ? QStringLiteral("-sso") : QString();
        p.deletionStrategy = uniform() < 0.5 ? QStringLiteral("Keep") : QStringLiteral("Delete");
        p.provisionStatus = QStringLiteral("Provisioned");
        p.createdTime = m_options.nowMs - qint64(randInt(40, 400)) * 86400000LL;
        p.createdTime -= p.createdTime % 1000;
        p.updatedTime = p.createdTime;
        p.seq = store.nextSeq();
        store.ciProvisionings().append(p);
    }

    // Events: `failedEvents` failed ones spread among `finishedEvents` finished ones.
    const int total = failedEvents + finishedEvents;
    if (total == 0 || store.ciProvisionings().size() == 0)
        return;
    std::vector<bool> failed(size_t(total), false);
    for (int i = 0; i < failedEvents; ++i)
        failed[size_t(i)] = true;
    std::shuffle(failed.begin(), failed.end(), m_rng);
    const auto eventTimes = spreadTimes(total, m_options.nowMs - 30LL * 86400000LL, m_options.nowMs - 60000LL);
    const QStringList &reasons = CloudIdentityHandler::failureReasons();
    store.ciEvents().reserve(total);
    for (int i = 0; i < total; ++i) {
        const CiProvisioning &p = store.ciProvisionings().items()[size_t(randInt(0, store.ciProvisionings().size() - 1))];
        const CiUser *u = nullptr;
        if (p.principalType == QLatin1String("User")) {
            u = users.find(p.principalId);
        } else {
            const auto &members = store.ciMembers().members(p.principalId);
            if (!members.empty())
                u = users.find(members[size_t(randInt(0, int(members.size()) - 1))].userId);
        }
        if (!u)
            u = &users.items()[size_t(randInt(0, users.size() - 1))];
        CiProvisioningEvent e;
        e.id = store.newCiId(DataStore::CiKind::Event);
        e.provisioningId = p.id;
        e.userId = u->id;
        e.userName = u->userName;
        e.userDisplayName = u->displayName;
        e.targetId = p.targetId;
        for (const Pair &account : kCiAccounts) {
            if (p.targetId == QLatin1String(account.a))
                e.targetName = QString::fromUtf8(account.b);
        }
        e.principalType = QStringLiteral("User");
        const bool deletion = uniform() < 0.2;
        if (failed[size_t(i)]) {
            e.eventStatus = deletion ? QStringLiteral("DeleteProvisionFailed") : QStringLiteral("ProvisionFailed");
            e.failureReason = reasons.at(randInt(0, int(reasons.size()) - 1));
        } else {
            e.eventStatus = deletion ? QStringLiteral("DeleteProvisioned") : QStringLiteral("Provisioned");
        }
        e.description = QStringLiteral("%1 %2 -> %3")
                            .arg(deletion ? QStringLiteral("Deprovision") : QStringLiteral("Provision"), e.userName,
                                 e.targetName);
        e.createdTime = eventTimes[size_t(i)];
        e.updatedTime = e.createdTime + randInt(1, 120) * 1000LL;
        e.seq = store.nextSeq();
        store.ciEvents().append(std::move(e));
    }
}

void DatasetBuilder::buildDirectoryOnly(DataStore &store, const QString &name)
{
    SsoDirectoryStore dir;
    dir.directory().id = store.newSsoId(QStringLiteral("d-"), 12);
    dir.directory().name = name;
    dir.directory().region = QStringLiteral("cn-shanghai");
    dir.directory().createTime = monthsAgo(36) - (monthsAgo(36) % 1000);
    dir.directory().updateTime = dir.directory().createTime;
    store.ssoDirectories().push_back(std::move(dir));
}

void DatasetBuilder::buildCloudSso(DataStore &store, int userCount, int groupCount, int provisioningCount,
                                   int failedEvents, int finishedEvents, bool demo)
{
    buildDirectoryOnly(store, demo ? QStringLiteral("example-corp") : QStringLiteral("large-directory"));
    SsoDirectoryStore &dir = store.ssoDirectories().back();
    const QString dirId = dir.directory().id;

    QHash<QString, int> used;
    used.reserve(userCount);
    const auto times = spreadTimes(userCount, monthsAgo(24), m_options.nowMs - 3600000LL);
    dir.users().reserve(userCount);
    for (int i = 0; i < userCount; ++i) {
        const Person person = nextPerson(used);
        SsoUser u;
        u.id = store.newSsoId(QStringLiteral("u-"), 20);
        u.userName = person.userName;
        u.displayName = person.displayName;
        u.firstName = person.firstName;
        u.lastName = person.lastName;
        u.email = person.email;
        const Pair &dept = kDepartments[randInt(0, count(kDepartments) - 1)];
        u.description = person.chinese ? QString::fromUtf8(dept.b) : QString::fromUtf8(dept.a);
        u.status = uniform() < 0.08 ? QStringLiteral("Disabled") : QStringLiteral("Enabled");
        if (uniform() < 0.1) {
            u.provisionType = QStringLiteral("Synchronized");
            u.externalId = store.newUuid();
            u.externalIssuer = QStringLiteral("SCIM");
        }
        if (uniform() < 0.3)
            u.tags = {{QStringLiteral("department"), QString::fromUtf8(dept.a).toLower().replace(QLatin1Char(' '), QLatin1Char('-'))}};
        u.createTime = times[size_t(i)];
        u.updateTime = u.createTime;
        u.seq = store.nextSeq();
        dir.users().append(std::move(u));
    }

    const auto groupTimes = spreadTimes(groupCount, monthsAgo(20), m_options.nowMs - 86400000LL);
    for (int i = 0; i < groupCount; ++i) {
        const Pair &spec = kSsoGroups[i % count(kSsoGroups)];
        SsoGroup g;
        g.id = store.newSsoId(QStringLiteral("g-"), 20);
        g.groupName = i < count(kSsoGroups) ? QString::fromUtf8(spec.a)
                                            : QString::fromUtf8(spec.a) + QStringLiteral("-%1").arg(i);
        g.description = QString::fromUtf8(spec.b);
        g.provisionType = demo && i >= count(kSsoGroups) - 2 ? QStringLiteral("Synchronized") : QStringLiteral("Manual");
        g.createTime = groupTimes[size_t(i)];
        g.updateTime = g.createTime;
        g.seq = store.nextSeq();
        dir.groups().append(g);
    }
    const int userTotal = dir.users().size();
    for (const SsoGroup &g : dir.groups().items()) {
        if (userTotal == 0)
            break;
        const int n = qMin(userTotal, demo ? randInt(3, 15) : LargeGroupMembers);
        QSet<int> picked;
        while (picked.size() < n)
            picked.insert(randInt(0, userTotal - 1));
        QList<int> sorted = picked.values();
        std::sort(sorted.begin(), sorted.end());
        for (int idx : sorted) {
            const SsoUser &u = dir.users().items()[size_t(idx)];
            dir.members().add(g.id, u.id, qMax(u.createTime, g.createTime) + 3600000LL, store.nextSeq());
        }
    }

    QSet<QString> taken;
    const int userProvisionings = (provisioningCount * 7 + 9) / 10;
    for (int i = 0; i < provisioningCount && userTotal > 0; ++i) {
        SsoProvisioning p;
        p.directoryId = dirId;
        p.ownerPk = QLatin1String(CloudSsoHandler::OwnerPk);
        if (i < userProvisionings || dir.groups().size() == 0) {
            const SsoUser &u = dir.users().items()[size_t(randInt(0, userTotal - 1))];
            p.principalType = QStringLiteral("User");
            p.principalId = u.id;
            p.principalName = u.userName;
        } else {
            const SsoGroup &g = dir.groups().items()[size_t(randInt(0, dir.groups().size() - 1))];
            p.principalType = QStringLiteral("Group");
            p.principalId = g.id;
            p.principalName = g.groupName;
        }
        p.targetId = QLatin1String(kRdAccounts[i % count(kRdAccounts)]);
        const QString key = p.principalId + p.targetId;
        if (taken.contains(key))
            continue;
        taken.insert(key);
        p.id = store.newSsoId(QStringLiteral("up-"), 20);
        p.targetName = QStringLiteral("member-") + p.targetId.right(6);
        p.targetPath = QStringLiteral("r-emu000/fd-emu001/") + p.targetId;
        p.targetType = QStringLiteral("RD-Account");
        p.deletionStrategy = uniform() < 0.5 ? QStringLiteral("Delete") : QStringLiteral("Keep");
        p.duplicationStrategy = uniform() < 0.5 ? QStringLiteral("KeepBoth") : QStringLiteral("TakeOver");
        p.status = QStringLiteral("Enabled");
        p.description = QStringLiteral("RAM user provisioning for %1").arg(p.principalName);
        p.createTime = m_options.nowMs - qint64(randInt(40, 400)) * 86400000LL;
        p.createTime -= p.createTime % 1000;
        p.updateTime = p.createTime;
        p.seq = store.nextSeq();
        dir.provisionings().append(p);
    }

    const int total = failedEvents + finishedEvents;
    if (total > 0 && dir.provisionings().size() > 0) {
        std::vector<bool> failed(size_t(total), false);
        for (int i = 0; i < failedEvents; ++i)
            failed[size_t(i)] = true;
        std::shuffle(failed.begin(), failed.end(), m_rng);
        const auto eventTimes = spreadTimes(total, m_options.nowMs - 30LL * 86400000LL, m_options.nowMs - 60000LL);
        const QStringList &infos = CloudSsoHandler::errorInfos();
        dir.events().reserve(total);
        for (int i = 0; i < total; ++i) {
            const SsoProvisioning &p = dir.provisionings().items()[size_t(randInt(0, dir.provisionings().size() - 1))];
            SsoProvisioningEvent e;
            e.id = store.newSsoId(QStringLiteral("upe-"), 20, true);
            e.provisioningId = p.id;
            e.directoryId = dirId;
            e.principalId = p.principalId;
            e.principalName = p.principalName;
            e.principalType = p.principalType;
            e.targetId = p.targetId;
            e.targetName = p.targetName;
            e.targetPath = p.targetPath;
            e.targetType = p.targetType;
            e.sourceType = QLatin1String(kSourceTypes[randInt(0, count(kSourceTypes) - 1)]);
            e.deletionStrategy = p.deletionStrategy;
            e.duplicationStrategy = p.duplicationStrategy;
            e.failed = failed[size_t(i)];
            e.errorCount = e.failed ? randInt(1, 3) : 0;
            e.errorInfo = e.failed ? infos.at(randInt(0, int(infos.size()) - 1)) : QString();
            e.createTime = eventTimes[size_t(i)];
            e.updateTime = e.createTime + randInt(1, 600) * 1000LL;
            e.latestAsyncTime = e.updateTime;
            e.seq = store.nextSeq();
            dir.events().append(std::move(e));
        }
    }
    dir.rebuildIndexes();
}

} // namespace emu
