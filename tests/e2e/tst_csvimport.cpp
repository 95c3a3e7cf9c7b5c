// SPDX-License-Identifier: GPL-3.0-or-later
// CSV import end to end against the real emulator:
//  - 50 users into Cloud Identity and CloudSSO; the same file again creates nothing (50 skipped);
//  - --update-existing changes only the cells that differ (empty cells keep the current value);
//  - dry run writes nothing; cancel sends no further row and every row reported created exists;
//  - a fault run (--fail-rate 0.2 --reset-rate 0.05) ends, after importing the same file again until no row
//    fails, with exactly the file's users, each once (unknown create outcomes resolved by looking the name up);
//  - idconsole-cli import / template: JSON lines, actions, exit codes;
//  - Agent Identity pool users (a fresh pool, users counted in the emulator): the same file twice creates no
//    duplicates (rows keyed by PreferredUsername or by Email), --update-existing sends changed fields only, a dry
//    run writes nothing, a GB18030 file through `idconsole-cli import id --pool`, and a fault run settled by
//    look-ups like the directories'.
#include "cloud/CloudIdentityBackend.h"
#include "cloud/CloudSsoBackend.h"
#include "DirectoryBackendTestSupport.h"
#include "EmulatorFixture.h"
#include "cloud/PoolDirectoryService.h"
#include "cloud/UserPoolService.h"
#include "import/BulkImportExecutor.h"
#include "import/ExistingUserLookup.h"
#include "import/ImportPlanner.h"
#include "import/ImportRun.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>
#include <csignal>
#include <memory>

namespace {
const QStringList kFaults{QStringLiteral("--fail-rate"), QStringLiteral("0.2"), QStringLiteral("--reset-rate"),
                          QStringLiteral("0.05")};

struct CliRun
{
    int exitCode = -1;
    QList<QJsonObject> lines;
    QString err;
};

// n users "<prefix>-NNN" with e-mail and display name (CloudSSO also first / last name).
QByteArray usersCsv(const ImportTarget &t, const QString &prefix, int n, const QString &displaySuffix = QString())
{
    QByteArray csv = t.templateCsv();
    for (int i = 1; i <= n; ++i) {
        const QString name = QStringLiteral("%1-%2").arg(prefix).arg(i, 3, 10, QLatin1Char('0'));
        QStringList cells;
        for (const QString &h : t.headers()) {
            if (h == QLatin1String("UserName"))
                cells << name;
            else if (h == QLatin1String("Email"))
                cells << name + QStringLiteral("@example.com");
            else if (h == QLatin1String("DisplayName"))
                cells << QStringLiteral("\"用户 %1, %2%3\"").arg(i).arg(prefix, displaySuffix);
            else if (h == QLatin1String("FirstName"))
                cells << QStringLiteral("First%1").arg(i);
            else
                cells << QString();
        }
        csv += cells.join(QLatin1Char(',')).toUtf8() + "\r\n";
    }
    return csv;
}
} // namespace

class TestCsvImportE2e : public QObject, public DirectoryBackendTestSupport
{
    Q_OBJECT
private slots:
    void initTestCase();
    void importFiftyTwiceCloudIdentity() { importFiftyTwice(m_ciBackend.get(), QStringLiteral("ci50")); }
    void importFiftyTwiceCloudSso() { importFiftyTwice(m_ssoBackend.get(), QStringLiteral("sso50")); }
    void updateExistingCloudIdentity() { updateExisting(m_ciBackend.get(), QStringLiteral("ciupd")); }
    void updateExistingCloudSso() { updateExisting(m_ssoBackend.get(), QStringLiteral("ssoupd")); }
    void dryRunWritesNothing();
    void lookupSearchesOrListsByCost();
    void cancelWaitsForSentWritesCloudSso() { cancelWaitsForSentWrites(QStringLiteral("cloudsso")); }
    void cancelWaitsForSentWritesCloudIdentity() { cancelWaitsForSentWrites(QStringLiteral("cloudidentity")); }
    void faultRunCloudIdentity() { faultRun(QStringLiteral("cloudidentity")); }
    void faultRunCloudSso() { faultRun(QStringLiteral("cloudsso")); }
    void cliImport();
    void cliUsageErrors();
    void poolImportTwice();
    void poolUpdateExisting();
    void poolDryRunWritesNothing();
    void poolCliGb18030();
    void poolFaultRun();
    void poolLookupFiltersOrListsByCost();

private:
    QList<ImportRow> runPoolImport(PoolDirectoryService *pool, const QString &poolUid, const QByteArray &csv,
                                   bool dryRun, bool update);
    QList<PoolUser> poolUsers(PoolDirectoryService *pool, const QString &poolUid, qint64 *total = nullptr);
    QString createPool(UserPoolService *service, const QString &name);
    void importFiftyTwice(DirectoryBackend *backend, const QString &prefix);
    void updateExisting(DirectoryBackend *backend, const QString &prefix);
    void faultRun(const QString &service);
    void cancelWaitsForSentWrites(const QString &service);
    QList<ImportRow> runImport(DirectoryBackend *backend, const QByteArray &csv, bool dryRun, bool update,
                               ImportRun **keep = nullptr);
    QList<DirectoryUser> usersWithPrefix(DirectoryBackend *backend, const QString &prefix);
    CliRun cli(const QStringList &args, const QString &service);

    std::unique_ptr<EmulatorFixture> m_emu;
    std::unique_ptr<Session> m_ci;
    std::unique_ptr<Session> m_sso;
    std::unique_ptr<DirectoryBackend> m_ciBackend;
    std::unique_ptr<DirectoryBackend> m_ssoBackend;
    std::unique_ptr<Session> m_id;
    std::unique_ptr<PoolDirectoryService> m_pool;
    std::unique_ptr<UserPoolService> m_pools;
    QString m_poolUid;
    QTemporaryDir m_dir;
};

void TestCsvImportE2e::initTestCase()
{
    m_emu = std::make_unique<EmulatorFixture>(QStringList{QStringLiteral("--dataset"), QStringLiteral("demo")});
    QString error;
    QVERIFY2(m_emu->start(&error), qPrintable(error));
    m_ci = emulatorSession(*m_emu, QStringLiteral("import-ci"), Profile::Provider::Volcengine, QStringLiteral("cloudidentity"));
    m_sso = emulatorSession(*m_emu, QStringLiteral("import-sso"), Profile::Provider::Aliyun, QStringLiteral("cloudsso"));
    m_ciBackend.reset(DirectoryBackend::create(m_ci.get()));
    m_ssoBackend.reset(DirectoryBackend::create(m_sso.get()));
    const Page<DirectoryInfo> dirs = waitPage<DirectoryInfo>([&](auto cb) { m_ssoBackend->listDirectories(nullptr, cb); });
    QVERIFY2(dirs.ok() && !dirs.items.isEmpty(), qPrintable(dirs.error.toString()));
    m_sso->setDirectoryId(dirs.items.first().id);
    QVERIFY(m_dir.isValid());
    m_id = emulatorSession(*m_emu, QStringLiteral("import-id"), Profile::Provider::Volcengine, QStringLiteral("id"));
    m_pool = std::make_unique<PoolDirectoryService>(m_id->client());
    m_pools = std::make_unique<UserPoolService>(m_id->client());
    m_poolUid = createPool(m_pools.get(), QStringLiteral("csv-import"));
    QVERIFY(!m_poolUid.isEmpty());
}

QString TestCsvImportE2e::createPool(UserPoolService *service, const QString &name)
{
    UserPoolService::Draft d;
    d.name = name;
    QString uid;
    bool done = false;
    for (int attempt = 0; attempt < 5 && uid.isEmpty(); ++attempt) {
        done = false;
        service->createUserPool(d, nullptr, [&](const UserPool &p, const ApiResult &r) {
            if (r.ok)
                uid = p.uid;
            else
                qWarning("CreateUserPool: %s", qPrintable(r.error.toString()));
            done = true;
        });
        if (!QTest::qWaitFor([&] { return done; }, 30000))
            break;
    }
    return uid;
}

QList<PoolUser> TestCsvImportE2e::poolUsers(PoolDirectoryService *pool, const QString &poolUid, qint64 *total)
{
    // Every user of the pool, straight from the emulator (pages of 100; a failed page is read again).
    QList<PoolUser> out;
    qint64 count = -1;
    for (int page = 1, tries = 0; tries < 20;) {
        PoolUserQuery q;
        q.pageNumber = page;
        q.pageSize = 100;
        bool done = false, ok = false;
        PoolUserPage got;
        pool->listUsers(poolUid, q, nullptr, [&](const PoolUserPage &p, const ApiResult &r) {
            ok = r.ok;
            got = p;
            done = true;
        });
        if (!QTest::qWaitFor([&] { return done; }, 30000) || !ok) {
            ++tries;
            continue;
        }
        out += got.users;
        count = got.total;
        if (got.users.size() < 100 || qint64(page) * 100 >= got.total)
            break;
        ++page;
    }
    if (total)
        *total = count;
    return out;
}

QList<ImportRow> TestCsvImportE2e::runPoolImport(PoolDirectoryService *pool, const QString &poolUid, const QByteArray &csv,
                                                 bool dryRun, bool update)
{
    const ImportTarget target = ImportTarget::poolUsers();
    const ImportPlanner::Parsed parsed = ImportPlanner::parseBytes(target, csv);
    if (!parsed.ok()) {
        qWarning("parse: %s", qPrintable(parsed.error));
        return {};
    }
    ImportRun run(pool, poolUid, target);
    auto *exec = new BulkImportExecutor(pool, poolUid, target);
    exec->setCheckDelay(50);
    run.setExecutor(exec);
    ImportRun::Options o;
    o.dryRun = dryRun;
    o.updateExisting = update;
    bool done = false;
    connect(&run, &ImportRun::finished, this, [&done] { done = true; });
    run.start(parsed.rows, o);
    if (!QTest::qWaitFor([&] { return done; }, 300000))
        qWarning("pool import did not finish");
    return run.rows();
}

namespace {
// n pool users "<prefix>-NNN" (PreferredUsername, Email, a Chinese Name, EmailVerified), plus `mailOnly` rows keyed
// by Email alone.
QByteArray poolCsv(const QString &prefix, int n, int mailOnly = 0, const QString &nameSuffix = QString())
{
    QByteArray csv = "PreferredUsername,Email,Name,Nickname,EmailVerified\r\n";
    for (int i = 1; i <= n; ++i) {
        const QString name = QStringLiteral("%1-%2").arg(prefix).arg(i, 3, 10, QLatin1Char('0'));
        csv += QStringLiteral("%1,%1@example.com,\"用户 %2, %3%4\",,true\r\n").arg(name).arg(i).arg(prefix, nameSuffix).toUtf8();
    }
    for (int i = 1; i <= mailOnly; ++i)
        csv += QStringLiteral(",%1-mail-%2@example.com,Mail %2,,\r\n").arg(prefix).arg(i).toUtf8();
    return csv;
}
} // namespace

void TestCsvImportE2e::poolImportTwice()
{
    qint64 before = -1;
    poolUsers(m_pool.get(), m_poolUid, &before);
    QCOMPARE(before, 0);
    const QByteArray csv = poolCsv(QStringLiteral("pu"), 30, 3);
    QList<ImportRow> rows = runPoolImport(m_pool.get(), m_poolUid, csv, false, false);
    QCOMPARE(rows.size(), 33);
    ImportPlanner::Counts c = ImportPlanner::count(rows);
    QCOMPARE(c.created, 33);
    QCOMPARE(c.failed, 0);
    for (const ImportRow &r : rows) {
        QVERIFY(!r.userId.isEmpty());
        QVERIFY(!r.requestId.isEmpty());
    }
    qint64 total = -1;
    const QList<PoolUser> users = poolUsers(m_pool.get(), m_poolUid, &total);
    QCOMPARE(total, 33);
    bool seen7 = false;
    for (const PoolUser &u : users) {
        if (u.preferredUsername() == QLatin1String("pu-007")) {
            seen7 = true;
            QCOMPARE(u.name(), QStringLiteral("用户 7, pu"));
            QCOMPARE(u.email(), QStringLiteral("pu-007@example.com"));
            QCOMPARE(u.emailVerified, std::optional<bool>(true));
        }
    }
    QVERIFY(seen7);

    // The same file again: every row recognised (by PreferredUsername, or by Email for the e-mail-only rows).
    rows = runPoolImport(m_pool.get(), m_poolUid, csv, false, false);
    c = ImportPlanner::count(rows);
    QCOMPARE(c.created, 0);
    QCOMPARE(c.skipped, 33);
    poolUsers(m_pool.get(), m_poolUid, &total);
    QCOMPARE(total, 33);
}

void TestCsvImportE2e::poolUpdateExisting()
{
    const QString uid = createPool(m_pools.get(), QStringLiteral("csv-update"));
    QVERIFY(!uid.isEmpty());
    QCOMPARE(ImportPlanner::count(runPoolImport(m_pool.get(), uid, poolCsv(QStringLiteral("pup"), 10), false, false)).created, 10);
    // Rows 1-3: a new Name; row 4: Email emptied (must NOT clear it) and a Nickname set; the rest unchanged.
    QByteArray csv = "PreferredUsername,Email,Name,Nickname,EmailVerified\r\n";
    for (int i = 1; i <= 10; ++i) {
        const QString name = QStringLiteral("pup-%1").arg(i, 3, 10, QLatin1Char('0'));
        const QString display = i <= 3 ? QStringLiteral("Renamed %1").arg(i) : QStringLiteral("\"用户 %1, pup\"").arg(i);
        csv += QStringLiteral("%1,%2,%3,%4,TRUE\r\n")
                   .arg(name, i == 4 ? QString() : name + QStringLiteral("@example.com"), display,
                        i == 4 ? QStringLiteral("four") : QString())
                   .toUtf8();
    }
    QList<ImportRow> rows = runPoolImport(m_pool.get(), uid, csv, false, false);
    QCOMPARE(ImportPlanner::count(rows).skipped, 10);
    rows = runPoolImport(m_pool.get(), uid, csv, false, true);
    const ImportPlanner::Counts c = ImportPlanner::count(rows);
    QCOMPARE(c.updated, 4);
    QCOMPARE(c.skipped, 6);   // "TRUE" equals true: not a change
    QCOMPARE(c.failed, 0);
    QCOMPARE(rows.at(0).changedHeaders, QStringList{QStringLiteral("Name")});
    QCOMPARE(rows.at(3).changedHeaders, QStringList{QStringLiteral("Nickname")});
    qint64 total = -1;
    for (const PoolUser &u : poolUsers(m_pool.get(), uid, &total)) {
        const int i = u.preferredUsername().section(QLatin1Char('-'), -1).toInt();
        QCOMPARE(u.name(), i <= 3 ? QStringLiteral("Renamed %1").arg(i) : QStringLiteral("用户 %1, pup").arg(i));
        QCOMPARE(u.email(), u.preferredUsername() + QStringLiteral("@example.com")); // row 4's empty cell kept it
        QCOMPARE(u.claim(QStringLiteral("Nickname")), i == 4 ? QStringLiteral("four") : QString());
    }
    QCOMPARE(total, 10);
    rows = runPoolImport(m_pool.get(), uid, csv, false, true);
    QCOMPARE(ImportPlanner::count(rows).updated, 0);
    QCOMPARE(ImportPlanner::count(rows).skipped, 10);
}

void TestCsvImportE2e::poolDryRunWritesNothing()
{
    const QString uid = createPool(m_pools.get(), QStringLiteral("csv-dry"));
    QVERIFY(!uid.isEmpty());
    QByteArray csv = poolCsv(QStringLiteral("pdry"), 5, 1);
    csv += "bad name,,,,\r\n";
    const QList<ImportRow> rows = runPoolImport(m_pool.get(), uid, csv, true, false);
    const ImportPlanner::Counts c = ImportPlanner::count(rows);
    QCOMPARE(c.wouldCreate, 6);
    QCOMPARE(c.invalid, 1);
    QCOMPARE(c.created, 0);
    qint64 total = -1;
    poolUsers(m_pool.get(), uid, &total);
    QCOMPARE(total, 0);
}

void TestCsvImportE2e::poolCliGb18030()
{
    const QString uid = createPool(m_pools.get(), QStringLiteral("csv-cli"));
    QVERIFY(!uid.isEmpty());
    const QString endpoint = m_emu->endpoint().toString();
    // The template is exactly CreateUser's parameter names.
    {
        QProcess p;
        p.start(QStringLiteral(IDCONSOLE_CLI_PATH), {QStringLiteral("template"), QStringLiteral("id")});
        QVERIFY(p.waitForFinished(30000));
        QCOMPARE(p.exitCode(), 0);
        QCOMPARE(p.readAllStandardOutput(), ImportTarget::poolUsers().templateCsv(false));
    }
    // A GB18030 file, as Chinese Excel saves it (converted by iconv).
    const QString utf8 = m_dir.filePath(QStringLiteral("pool-utf8.csv"));
    const QString gb = m_dir.filePath(QStringLiteral("pool-gb18030.csv"));
    {
        QFile f(utf8);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("PreferredUsername,Email,Name,Nickname\r\n"
                "zhang.san,zhang.san@example.com,张三,小张\r\n"
                "li.si,li.si@example.com,李四,\r\n"
                ",wang.wu@example.com,王五,\r\n"
                "bad name,,坏,\r\n");
    }
    QProcess iconv;
    iconv.setStandardInputFile(utf8);
    iconv.setStandardOutputFile(gb);
    iconv.start(QStringLiteral("iconv"), {QStringLiteral("-f"), QStringLiteral("UTF-8"), QStringLiteral("-t"), QStringLiteral("GB18030")});
    QVERIFY(iconv.waitForFinished(10000));
    QCOMPARE(iconv.exitCode(), 0);
    QFile gbFile(gb);
    QVERIFY(gbFile.open(QIODevice::ReadOnly));
    QVERIFY(QString::fromUtf8(gbFile.readAll()).contains(QChar::ReplacementCharacter)); // really not UTF-8

    const QStringList base{QStringLiteral("--endpoint"), endpoint, QStringLiteral("import"), QStringLiteral("id"), gb,
                           QStringLiteral("--pool"), uid};
    CliRun r = cli(base + QStringList{QStringLiteral("--dry-run")}, QStringLiteral("id"));
    QCOMPARE(r.exitCode, 1); // one invalid row
    QCOMPARE(r.lines.size(), 4);
    QCOMPARE(r.lines.at(0).value(QStringLiteral("action")).toString(), QStringLiteral("would-create"));
    QCOMPARE(r.lines.at(3).value(QStringLiteral("action")).toString(), QStringLiteral("invalid"));
    QVERIFY2(r.err.contains(QStringLiteral("GB18030")), qPrintable(r.err));
    qint64 total = -1;
    poolUsers(m_pool.get(), uid, &total);
    QCOMPARE(total, 0);

    r = cli(base, QStringLiteral("id"));
    QCOMPARE(r.exitCode, 1);
    QCOMPARE(r.lines.size(), 4);
    for (int i = 0; i < 3; ++i) {
        const QJsonObject o = r.lines.at(i);
        QCOMPARE(o.value(QStringLiteral("action")).toString(), QStringLiteral("created"));
        QCOMPARE(o.value(QStringLiteral("ok")).toBool(), true);
        QVERIFY(o.value(QStringLiteral("code")).isNull());
        QVERIFY(!o.value(QStringLiteral("userId")).toString().isEmpty());
        QCOMPARE(o.value(QStringLiteral("row")).toInt(), i + 2);
    }
    QCOMPARE(r.lines.at(2).value(QStringLiteral("user")).toString(), QStringLiteral("wang.wu@example.com"));
    QCOMPARE(r.lines.at(3).value(QStringLiteral("ok")).toBool(), false);
    QCOMPARE(r.lines.at(3).value(QStringLiteral("code")).toString(), QStringLiteral("InvalidRow"));
    QStringList names;
    for (const PoolUser &u : poolUsers(m_pool.get(), uid, &total))
        names << u.name();
    names.sort();
    QCOMPARE(names, (QStringList{QStringLiteral("张三"), QStringLiteral("李四"), QStringLiteral("王五")}));

    // Again, with --update-existing: nothing differs, nothing is created.
    r = cli(base + QStringList{QStringLiteral("--update-existing")}, QStringLiteral("id"));
    QCOMPARE(r.exitCode, 1);
    for (int i = 0; i < 3; ++i)
        QCOMPARE(r.lines.at(i).value(QStringLiteral("action")).toString(), QStringLiteral("skipped"));
    poolUsers(m_pool.get(), uid, &total);
    QCOMPARE(total, 3);
}

void TestCsvImportE2e::poolLookupFiltersOrListsByCost()
{
    const QString uid = createPool(m_pools.get(), QStringLiteral("csv-lookup"));
    QVERIFY(!uid.isEmpty());
    QCOMPARE(ImportPlanner::count(runPoolImport(m_pool.get(), uid, poolCsv(QStringLiteral("pl"), 350), false, false)).created, 350);
    const ImportTarget target = ImportTarget::poolUsers();
    // Three keys in a 4-page pool: one Filter call per key (PreferredUsername, or Email for an address), exact match.
    ExistingUserLookup few(m_pool.get(), uid, target);
    bool done = false, ok = false;
    connect(&few, &ExistingUserLookup::finished, this, [&](bool success, const ApiError &) { ok = success; done = true; });
    few.start({QStringLiteral("PL-050"), QStringLiteral("pl-051@EXAMPLE.com"), QStringLiteral("pl-35")});
    QVERIFY(QTest::qWaitFor([&] { return done; }, 30000));
    QVERIFY(ok);
    QVERIFY(!few.listedAll());
    QCOMPARE(few.calls(), 1 + 3);   // the first page (to learn the size), then one filtered call per key
    QCOMPARE(few.found().size(), 2); // "pl-35" is only a prefix of existing names: not a match
    QCOMPARE(few.found().value(target.normalizedKey(QStringLiteral("PL-050"))).userName, QStringLiteral("pl-050"));
    QCOMPARE(few.found().value(target.normalizedKey(QStringLiteral("pl-051@EXAMPLE.com"))).userName, QStringLiteral("pl-051"));
    // More keys than pages: the pool is listed instead (4 pages for any number of keys).
    ExistingUserLookup many(m_pool.get(), uid, target);
    done = ok = false;
    connect(&many, &ExistingUserLookup::finished, this, [&](bool success, const ApiError &) { ok = success; done = true; });
    QStringList keys;
    for (int i = 1; i <= 40; ++i)
        keys << QStringLiteral("pl-%1").arg(i * 3, 3, 10, QLatin1Char('0'));
    many.start(keys);
    QVERIFY(QTest::qWaitFor([&] { return done; }, 30000));
    QVERIFY(ok);
    QVERIFY(many.listedAll());
    QCOMPARE(many.calls(), 4);
    QCOMPARE(many.found().size(), 40);
}

void TestCsvImportE2e::poolFaultRun()
{
    EmulatorFixture faulty(QStringList{QStringLiteral("--dataset"), QStringLiteral("demo"), QStringLiteral("--seed"), QStringLiteral("12")}
                           + kFaults);
    QString error;
    QVERIFY2(faulty.start(&error), qPrintable(error));
    auto session = emulatorSession(faulty, QStringLiteral("fault-id"), Profile::Provider::Volcengine, QStringLiteral("id"));
    PoolDirectoryService pool(session->client());
    UserPoolService pools(session->client());
    QString uid;
    for (int i = 0; i < 5 && uid.isEmpty(); ++i)
        uid = createPool(&pools, QStringLiteral("csv-fault-%1").arg(i)); // a create that failed ambiguously may exist
    QVERIFY(!uid.isEmpty());
    const QByteArray csv = poolCsv(QStringLiteral("pf"), 40);
    int runs = 0, created = 0, resolvedByLookup = 0;
    ImportPlanner::Counts c;
    do {
        const QList<ImportRow> rows = runPoolImport(&pool, uid, csv, false, false);
        QCOMPARE(rows.size(), 40);
        c = ImportPlanner::count(rows);
        created += c.created;
        for (const ImportRow &r : rows)
            if (r.outcome == ImportRow::Outcome::Created && !r.message.isEmpty())
                ++resolvedByLookup;
        QCOMPARE(c.notRun, 0);
        ++runs;
        qInfo("id fault run %d: %d created (%d after an unknown outcome, checked by look-up), %d skipped, %d failed "
              "(%d ambiguous)", runs, c.created, resolvedByLookup, c.skipped, c.failed, c.ambiguous);
    } while (c.failed > 0 && runs < 6);
    QCOMPARE(c.failed, 0);
    QVERIFY2(created <= 40, "no row is created twice across the runs");
    QVERIFY2(resolvedByLookup > 0, "the faults must have hit some creates (else this test proves nothing)");
    QList<PoolUser> users;
    qint64 total = -1;
    for (int i = 0; i < 5 && users.size() < 40; ++i)
        users = poolUsers(&pool, uid, &total);
    QStringList names;
    for (const PoolUser &u : users)
        names << u.preferredUsername();
    names.sort();
    QStringList expected;
    for (int i = 1; i <= 40; ++i)
        expected << QStringLiteral("pf-%1").arg(i, 3, 10, QLatin1Char('0'));
    QCOMPARE(names, expected);
}

QList<ImportRow> TestCsvImportE2e::runImport(DirectoryBackend *backend, const QByteArray &csv, bool dryRun, bool update,
                                             ImportRun **keep)
{
    const ImportTarget target = *ImportTarget::forService(backend->serviceName());
    const ImportPlanner::Parsed parsed = ImportPlanner::parseBytes(target, csv);
    if (!parsed.ok()) {
        qWarning("parse: %s", qPrintable(parsed.error));
        return {};
    }
    auto *run = new ImportRun(backend, target, this);
    auto *exec = new BulkImportExecutor(backend, target);
    exec->setCheckDelay(50);
    run->setExecutor(exec);
    ImportRun::Options o;
    o.dryRun = dryRun;
    o.updateExisting = update;
    bool done = false;
    connect(run, &ImportRun::finished, this, [&done] { done = true; });
    run->start(parsed.rows, o);
    if (!QTest::qWaitFor([&] { return done; }, 300000))
        qWarning("import did not finish");
    const QList<ImportRow> rows = run->rows();
    if (keep)
        *keep = run;
    else
        run->deleteLater();
    return rows;
}

QList<DirectoryUser> TestCsvImportE2e::usersWithPrefix(DirectoryBackend *backend, const QString &prefix)
{
    int pages = 0;
    qint64 total = 0;
    DirectoryBackend::UserQuery q;
    q.search = prefix;
    const QList<DirectoryUser> all = DirectoryBackendTestSupport::all<DirectoryUser>(
        [&](const QString &cursor, DirectoryBackend::PageCallback<DirectoryUser> cb) { backend->listUsers(q, cursor, 100, nullptr, cb); },
        &pages, &total);
    QList<DirectoryUser> out;
    for (const DirectoryUser &u : all)
        if (u.userName.startsWith(prefix + QLatin1Char('-')))
            out << u;
    return out;
}

void TestCsvImportE2e::importFiftyTwice(DirectoryBackend *backend, const QString &prefix)
{
    const ImportTarget target = *ImportTarget::forService(backend->serviceName());
    const QByteArray csv = usersCsv(target, prefix, 50);
    QList<ImportRow> rows = runImport(backend, csv, false, false);
    QCOMPARE(rows.size(), 50);
    ImportPlanner::Counts c = ImportPlanner::count(rows);
    QCOMPARE(c.created, 50);
    QCOMPARE(c.failed, 0);
    for (const ImportRow &r : rows) {
        QVERIFY(!r.userId.isEmpty());
        QVERIFY(!r.requestId.isEmpty());
    }
    QList<DirectoryUser> users = usersWithPrefix(backend, prefix);
    QCOMPARE(users.size(), 50);
    const DirectoryUser *u7 = nullptr;
    for (const DirectoryUser &u : users)
        if (u.userName == prefix + QStringLiteral("-007"))
            u7 = &u;
    QVERIFY(u7);
    QCOMPARE(u7->displayName, QStringLiteral("用户 7, %1").arg(prefix));
    QCOMPARE(u7->email, prefix + QStringLiteral("-007@example.com"));

    rows = runImport(backend, csv, false, false);
    c = ImportPlanner::count(rows);
    QCOMPARE(c.created, 0);
    QCOMPARE(c.skipped, 50);
    QCOMPARE(usersWithPrefix(backend, prefix).size(), 50);
}

void TestCsvImportE2e::updateExisting(DirectoryBackend *backend, const QString &prefix)
{
    const ImportTarget target = *ImportTarget::forService(backend->serviceName());
    QList<ImportRow> rows = runImport(backend, usersCsv(target, prefix, 10), false, false);
    QCOMPARE(ImportPlanner::count(rows).created, 10);

    // Rows 1-3: new display name; row 4: e-mail cell emptied (must NOT clear it); the rest unchanged.
    QByteArray csv = target.templateCsv();
    for (int i = 1; i <= 10; ++i) {
        const QString name = QStringLiteral("%1-%2").arg(prefix).arg(i, 3, 10, QLatin1Char('0'));
        QStringList cells;
        for (const QString &h : target.headers()) {
            if (h == QLatin1String("UserName"))
                cells << name;
            else if (h == QLatin1String("Email"))
                cells << (i == 4 ? QString() : name + QStringLiteral("@example.com"));
            else if (h == QLatin1String("DisplayName"))
                cells << (i <= 3 ? QStringLiteral("Renamed %1").arg(i) : QStringLiteral("\"用户 %1, %2\"").arg(i).arg(prefix));
            else if (h == QLatin1String("FirstName"))
                cells << QStringLiteral("First%1").arg(i);
            else
                cells << QString();
        }
        csv += cells.join(QLatin1Char(',')).toUtf8() + "\r\n";
    }
    // Without --update-existing: all skipped, nothing changes.
    rows = runImport(backend, csv, false, false);
    QCOMPARE(ImportPlanner::count(rows).skipped, 10);
    rows = runImport(backend, csv, true, true);
    ImportPlanner::Counts c = ImportPlanner::count(rows);
    QCOMPARE(c.wouldUpdate, 3);
    QCOMPARE(c.skipped, 7);
    rows = runImport(backend, csv, false, true);
    c = ImportPlanner::count(rows);
    QCOMPARE(c.updated, 3);
    QCOMPARE(c.skipped, 7);
    QCOMPARE(c.failed, 0);
    QCOMPARE(rows.at(0).changedHeaders, QStringList{QStringLiteral("DisplayName")});
    for (const DirectoryUser &u : usersWithPrefix(backend, prefix)) {
        const int i = u.userName.section(QLatin1Char('-'), -1).toInt();
        QCOMPARE(u.displayName, i <= 3 ? QStringLiteral("Renamed %1").arg(i) : QStringLiteral("用户 %1, %2").arg(i).arg(prefix));
        QCOMPARE(u.email, u.userName + QStringLiteral("@example.com")); // row 4's empty cell kept the address
        if (backend->serviceName() == QLatin1String("cloudsso"))
            QCOMPARE(u.firstName, QStringLiteral("First%1").arg(i));
    }
    // Again: nothing left to change.
    rows = runImport(backend, csv, false, true);
    QCOMPARE(ImportPlanner::count(rows).updated, 0);
    QCOMPARE(ImportPlanner::count(rows).skipped, 10);
}

void TestCsvImportE2e::dryRunWritesNothing()
{
    const ImportTarget target = ImportTarget::cloudIdentity();
    QByteArray csv = usersCsv(target, QStringLiteral("dry"), 5);
    csv += "dry-bad,,,not-an-address,\r\n";
    const QList<ImportRow> rows = runImport(m_ciBackend.get(), csv, true, false);
    const ImportPlanner::Counts c = ImportPlanner::count(rows);
    QCOMPARE(c.wouldCreate, 5);
    QCOMPARE(c.invalid, 1);
    QCOMPARE(c.created, 0);
    QCOMPARE(usersWithPrefix(m_ciBackend.get(), QStringLiteral("dry")).size(), 0);
}

void TestCsvImportE2e::lookupSearchesOrListsByCost()
{
    // The demo directory has 250 Cloud Identity users (3 pages of 100). Two names: one search each is cheaper.
    for (DirectoryBackend *backend : {m_ciBackend.get(), m_ssoBackend.get()}) {
        const ImportTarget target = *ImportTarget::forService(backend->serviceName());
        int pages = 0;
        qint64 total = 0;
        const QList<DirectoryUser> all = DirectoryBackendTestSupport::all<DirectoryUser>(
            [&](const QString &cursor, DirectoryBackend::PageCallback<DirectoryUser> cb) {
                backend->listUsers(DirectoryBackend::UserQuery(), cursor, 100, nullptr, cb);
            },
            &pages, &total);
        QVERIFY(all.size() > 120);
        QVERIFY(pages >= 2);
        const QString existing = all.at(all.size() / 2).userName;
        // CloudSSO compares names case-insensitively.
        const QString asked = backend->serviceName() == QLatin1String("cloudsso") ? existing.toUpper() : existing;
        ExistingUserLookup few(backend, target);
        bool done = false, ok = false;
        connect(&few, &ExistingUserLookup::finished, this, [&](bool success, const ApiError &) { ok = success; done = true; });
        few.start({asked, QStringLiteral("nobody-such-user-xyz")});
        QVERIFY(QTest::qWaitFor([&] { return done; }, 30000));
        QVERIFY(ok);
        QVERIFY2(!few.listedAll(), qPrintable(backend->serviceName()));
        QCOMPARE(few.found().size(), 1);
        QCOMPARE(few.found().value(target.normalizedKey(asked)).userName, existing);

        // As many names as pages: the directory is listed once instead.
        QStringList many;
        for (int i = 0; i < pages + 1; ++i)
            many << all.at(i).userName;
        many << QStringLiteral("nobody-such-user-xyz");
        ExistingUserLookup lots(backend, target);
        done = ok = false;
        connect(&lots, &ExistingUserLookup::finished, this, [&](bool success, const ApiError &) { ok = success; done = true; });
        lots.start(many);
        QVERIFY(QTest::qWaitFor([&] { return done; }, 30000));
        QVERIFY(ok);
        if (backend->serviceName() == QLatin1String("cloudidentity")) {
            QVERIFY(lots.listedAll()); // Cloud Identity answers with Total
            QCOMPARE(lots.calls(), pages);
        }
        QCOMPARE(lots.found().size(), pages + 1);
    }
}

void TestCsvImportE2e::cancelWaitsForSentWrites(const QString &service)
{
    EmulatorFixture slow({QStringLiteral("--dataset"), QStringLiteral("empty"), QStringLiteral("--latency-ms"), QStringLiteral("40")});
    QString error;
    QVERIFY2(slow.start(&error), qPrintable(error));
    const bool sso = service == QLatin1String("cloudsso");
    auto session = emulatorSession(slow, QStringLiteral("cancel"), sso ? Profile::Provider::Aliyun : Profile::Provider::Volcengine, service);
    std::unique_ptr<DirectoryBackend> backend(DirectoryBackend::create(session.get()));
    if (sso) {
        const Page<DirectoryInfo> dirs = waitPage<DirectoryInfo>([&](auto cb) { backend->listDirectories(nullptr, cb); });
        QVERIFY(dirs.ok() && !dirs.items.isEmpty());
        session->setDirectoryId(dirs.items.first().id);
    }

    const ImportTarget target = *ImportTarget::forService(service);
    const ImportPlanner::Parsed parsed = ImportPlanner::parseBytes(target, usersCsv(target, QStringLiteral("cancel"), 60));
    QVERIFY(parsed.ok());
    ImportRun run(backend.get(), target);
    bool done = false;
    int createdSeen = 0;
    connect(&run, &ImportRun::finished, this, [&] { done = true; });
    connect(&run, &ImportRun::rowChanged, this, [&](int i) {
        if (run.rows().at(i).outcome == ImportRow::Outcome::Created && ++createdSeen == 5)
            run.cancel();
    });
    run.start(parsed.rows, ImportRun::Options());
    QVERIFY(QTest::qWaitFor([&] { return done; }, 120000));
    const ImportPlanner::Counts c = ImportPlanner::count(run.rows());
    QVERIFY2(c.cancelled > 0, "cancel after 5 created must leave rows unsent");
    QCOMPARE(c.created + c.cancelled + c.failed, 60);
    QCOMPARE(c.notRun, 0);
    QCOMPARE(c.failed, 0); // writes in flight were waited for, not aborted
    // No more than what was in flight when cancelling: Cloud Identity one row (none left in its write queue),
    // CloudSSO up to 4.
    QVERIFY2(c.created <= (sso ? 5 + 3 : 5), qPrintable(QString::number(c.created)));
    // Exactly the rows reported created exist.
    QSet<QString> created;
    for (const ImportRow &r : run.rows())
        if (r.outcome == ImportRow::Outcome::Created)
            created.insert(r.values.value(QStringLiteral("UserName")));
    QSet<QString> listed;
    for (const DirectoryUser &u : usersWithPrefix(backend.get(), QStringLiteral("cancel")))
        listed.insert(u.userName);
    QCOMPARE(listed, created);
}

void TestCsvImportE2e::faultRun(const QString &service)
{
    EmulatorFixture faulty(QStringList{QStringLiteral("--dataset"), QStringLiteral("demo"), QStringLiteral("--seed"), QStringLiteral("12")}
                           + kFaults);
    QString error;
    QVERIFY2(faulty.start(&error), qPrintable(error));
    const bool sso = service == QLatin1String("cloudsso");
    auto session = emulatorSession(faulty, QStringLiteral("fault"), sso ? Profile::Provider::Aliyun : Profile::Provider::Volcengine, service);
    std::unique_ptr<DirectoryBackend> backend(DirectoryBackend::create(session.get()));
    if (sso) {
        Page<DirectoryInfo> dirs;
        for (int i = 0; i < 5 && (!dirs.ok() || dirs.items.isEmpty()); ++i)
            dirs = waitPage<DirectoryInfo>([&](auto cb) { backend->listDirectories(nullptr, cb); });
        QVERIFY(dirs.ok() && !dirs.items.isEmpty());
        session->setDirectoryId(dirs.items.first().id);
    }
    const ImportTarget target = *ImportTarget::forService(service);
    const QByteArray csv = usersCsv(target, QStringLiteral("fault"), 50);
    int runs = 0, created = 0, unresolved = 0, resolvedByLookup = 0;
    ImportPlanner::Counts c;
    do {
        const QList<ImportRow> rows = runImport(backend.get(), csv, false, false);
        QCOMPARE(rows.size(), 50);
        c = ImportPlanner::count(rows);
        created += c.created;
        unresolved += c.ambiguous;
        for (const ImportRow &r : rows)
            if (r.outcome == ImportRow::Outcome::Created && !r.message.isEmpty()) // VerifiedCreate's account
                ++resolvedByLookup;
        QCOMPARE(c.notRun, 0);
        ++runs;
        qInfo("%s fault run %d: %d created (%d after an unknown outcome, checked by look-up), %d skipped, %d failed "
              "(%d ambiguous)", qPrintable(service), runs, c.created, resolvedByLookup, c.skipped, c.failed, c.ambiguous);
    } while (c.failed > 0 && runs < 6);
    QCOMPARE(c.failed, 0);
    QVERIFY2(created <= 50, "no row is created twice across the runs");
    QVERIFY2(resolvedByLookup > 0, "the faults must have hit some creates (else this test proves nothing)");
    Q_UNUSED(unresolved);
    // Exactly the file's users, each once (listing read until it succeeds: reads fail too).
    QList<DirectoryUser> users;
    for (int i = 0; i < 5; ++i) {
        users = usersWithPrefix(backend.get(), QStringLiteral("fault"));
        if (users.size() >= 50)
            break;
    }
    QStringList names;
    for (const DirectoryUser &u : users)
        names << u.userName;
    names.sort();
    QStringList expected;
    for (int i = 1; i <= 50; ++i)
        expected << QStringLiteral("fault-%1").arg(i, 3, 10, QLatin1Char('0'));
    QCOMPARE(names, expected);
}

CliRun TestCsvImportE2e::cli(const QStringList &args, const QString &service)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char *k : {"VOLCENGINE_ACCESS_KEY", "VOLCENGINE_SECRET_KEY", "VOLCENGINE_SESSION_TOKEN",
                          "ALIBABA_CLOUD_ACCESS_KEY_ID", "ALIBABA_CLOUD_ACCESS_KEY_SECRET", "ALIBABA_CLOUD_SECURITY_TOKEN"})
        env.remove(QString::fromLatin1(k));
    if (service == QLatin1String("cloudsso")) {
        env.insert(QStringLiteral("ALIBABA_CLOUD_ACCESS_KEY_ID"), m_emu->accessKey());
        env.insert(QStringLiteral("ALIBABA_CLOUD_ACCESS_KEY_SECRET"), m_emu->secret());
    } else {
        env.insert(QStringLiteral("VOLCENGINE_ACCESS_KEY"), m_emu->accessKey());
        env.insert(QStringLiteral("VOLCENGINE_SECRET_KEY"), m_emu->secret());
    }
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(IDCONSOLE_CLI_PATH), args);
    CliRun r;
    if (!p.waitForStarted(10000) || !p.waitForFinished(180000)) {
        p.kill();
        p.waitForFinished();
        r.err = QStringLiteral("did not run / timeout");
        return r;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
    r.err = QString::fromUtf8(p.readAllStandardError());
    for (const QByteArray &line : p.readAllStandardOutput().split('\n')) {
        if (line.trimmed().isEmpty())
            continue;
        QJsonParseError perr;
        const QJsonDocument d = QJsonDocument::fromJson(line, &perr);
        if (perr.error != QJsonParseError::NoError || !d.isObject())
            r.err += QStringLiteral("\nNOT JSON: ") + QString::fromUtf8(line);
        r.lines << d.object();
    }
    return r;
}

void TestCsvImportE2e::cliImport()
{
    const QString endpoint = m_emu->endpoint().toString();
    // The template is exactly the headers.
    CliRun t = cli({QStringLiteral("template"), QStringLiteral("cloudsso")}, QStringLiteral("cloudsso"));
    QCOMPARE(t.exitCode, 0);
    {
        QProcess p;
        p.start(QStringLiteral(IDCONSOLE_CLI_PATH), {QStringLiteral("import"), QStringLiteral("cloudidentity"), QStringLiteral("--template")});
        QVERIFY(p.waitForFinished(30000));
        QCOMPARE(p.exitCode(), 0);
        QCOMPARE(p.readAllStandardOutput(), QByteArray("UserName,DisplayName,Description,Email,Phone\r\n"));
    }

    const ImportTarget target = ImportTarget::cloudSso();
    QByteArray csv = usersCsv(target, QStringLiteral("cli"), 4);
    csv += "cli bad,,,,,\r\n";       // invalid CloudSSO user name
    csv += "CLI-001,,,,,\r\n";       // duplicate of row 2 (case-insensitively)
    const QString file = m_dir.filePath(QStringLiteral("cli.csv"));
    {
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(csv);
    }
    const QStringList base{QStringLiteral("--endpoint"), endpoint, QStringLiteral("import"), QStringLiteral("cloudsso"), file};
    // Dry run: looked up, nothing written.
    CliRun r = cli(base + QStringList{QStringLiteral("--dry-run")}, QStringLiteral("cloudsso"));
    QCOMPARE(r.exitCode, 1);
    QCOMPARE(r.lines.size(), 6);
    QCOMPARE(r.lines.at(0).value(QStringLiteral("row")).toInt(), 2);
    QCOMPARE(r.lines.at(0).value(QStringLiteral("action")).toString(), QStringLiteral("would-create"));
    QCOMPARE(r.lines.at(4).value(QStringLiteral("action")).toString(), QStringLiteral("invalid"));
    QCOMPARE(r.lines.at(4).value(QStringLiteral("ok")).toBool(), false);
    QCOMPARE(r.lines.at(5).value(QStringLiteral("action")).toString(), QStringLiteral("invalid"));
    QVERIFY2(r.err.contains(QStringLiteral("dry run")), qPrintable(r.err));
    QCOMPARE(usersWithPrefix(m_ssoBackend.get(), QStringLiteral("cli")).size(), 0);

    r = cli(base, QStringLiteral("cloudsso"));
    QCOMPARE(r.exitCode, 1); // two invalid rows
    QCOMPARE(r.lines.size(), 6);
    for (int i = 0; i < 4; ++i) {
        const QJsonObject o = r.lines.at(i);
        QCOMPARE(o.value(QStringLiteral("action")).toString(), QStringLiteral("created"));
        QCOMPARE(o.value(QStringLiteral("ok")).toBool(), true);
        QVERIFY(o.value(QStringLiteral("code")).isNull());
        QVERIFY(!o.value(QStringLiteral("requestId")).toString().isEmpty());
        QCOMPARE(o.value(QStringLiteral("row")).toInt(), i + 2);
    }
    QCOMPARE(usersWithPrefix(m_ssoBackend.get(), QStringLiteral("cli")).size(), 4);

    // The valid rows alone: exit 0 the first time... and skipped (still 0) the second.
    const QString good = m_dir.filePath(QStringLiteral("good.csv"));
    {
        QFile f(good);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(usersCsv(target, QStringLiteral("cli"), 5));
    }
    r = cli({QStringLiteral("import"), QStringLiteral("cloudsso"), good, QStringLiteral("--endpoint"), endpoint}, QStringLiteral("cloudsso"));
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.lines.size(), 5);
    QCOMPARE(r.lines.at(0).value(QStringLiteral("action")).toString(), QStringLiteral("skipped"));
    QCOMPARE(r.lines.at(4).value(QStringLiteral("action")).toString(), QStringLiteral("created"));
    QCOMPARE(usersWithPrefix(m_ssoBackend.get(), QStringLiteral("cli")).size(), 5);

    // Cloud Identity, with the directory option refused.
    r = cli({QStringLiteral("import"), QStringLiteral("cloudidentity"), good, QStringLiteral("--endpoint"), endpoint,
             QStringLiteral("--directory"), QStringLiteral("d-1")}, QStringLiteral("cloudidentity"));
    QCOMPARE(r.exitCode, 2);
}

void TestCsvImportE2e::cliUsageErrors()
{
    const QString endpoint = m_emu->endpoint().toString();
    const QString file = m_dir.filePath(QStringLiteral("wrongcols.csv"));
    {
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("UserName,Department\r\na,b\r\n");
    }
    // id: the pool is required; the file's columns are checked before anything is sent.
    CliRun r = cli({QStringLiteral("import"), QStringLiteral("id"), file, QStringLiteral("--endpoint"), endpoint}, QStringLiteral("id"));
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(QStringLiteral("--pool")), qPrintable(r.err));
    r = cli({QStringLiteral("import"), QStringLiteral("id"), file, QStringLiteral("--pool"), QStringLiteral("p-1"),
             QStringLiteral("--endpoint"), endpoint}, QStringLiteral("id"));
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(QStringLiteral("UserName")) && r.err.contains(QStringLiteral("Department")), qPrintable(r.err));
    QVERIFY(r.lines.isEmpty());
    r = cli({QStringLiteral("import"), QStringLiteral("cloudsso"), file, QStringLiteral("--pool"), QStringLiteral("p-1")},
            QStringLiteral("cloudsso"));
    QCOMPARE(r.exitCode, 2);
    r = cli({QStringLiteral("template"), QStringLiteral("iam")}, QStringLiteral("id"));
    QCOMPARE(r.exitCode, 2);
    r = cli({QStringLiteral("import"), QStringLiteral("cloudidentity"), file, QStringLiteral("--endpoint"), endpoint}, QStringLiteral("cloudidentity"));
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(QStringLiteral("Department")), qPrintable(r.err));
    QVERIFY(r.lines.isEmpty());
    r = cli({QStringLiteral("import"), QStringLiteral("cloudidentity"), m_dir.filePath(QStringLiteral("missing.csv")),
             QStringLiteral("--endpoint"), endpoint}, QStringLiteral("cloudidentity"));
    QCOMPARE(r.exitCode, 2);
    r = cli({QStringLiteral("import"), QStringLiteral("cloudidentity")}, QStringLiteral("cloudidentity"));
    QCOMPARE(r.exitCode, 2);
}

QTEST_GUILESS_MAIN(TestCsvImportE2e)
#include "tst_csvimport.moc"
