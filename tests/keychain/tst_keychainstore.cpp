// SPDX-License-Identifier: GPL-3.0-or-later
// KeychainCredentialStore against a real Secret Service (gnome-keyring on a private bus, see
// run-with-keyring.sh): store, read, overwrite, delete; session tokens; awkward names; the service name
// scoping; many operations at once; persistence across processes; and no plain text on disk.
#include "credentials/KeychainCredentialStore.h"
#include "KeychainSandbox.h"
#include "credentials/ProfileResolver.h"
#include "credentials/ProfileStore.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QRandomGenerator>
#include <QtTest>

using KeychainSandbox::wait;

namespace {
QString randomSecret(const char *prefix)
{
    return QStringLiteral("%1%2").arg(QLatin1String(prefix)).arg(QRandomGenerator::global()->generate64(), 16, 16, QLatin1Char('0'));
}
} // namespace

class TestKeychainStore : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void missingEntryIsNotFound();
    void storeReadOverwriteDelete();
    void awkwardProfileNames_data();
    void awkwardProfileNames();
    void serviceNameScopesEntries();
    void manyOperationsAtOnce();
    void moveRenamesTheEntry();
    void persistsAcrossProcesses();
    void nothingInPlainTextOnDisk();

private:
    QStringList m_secrets; // every secret this test stored, for the final scan
};

void TestKeychainStore::initTestCase()
{
    QString why;
    if (!KeychainSandbox::inSandbox(&why))
        QFAIL(qPrintable(why));
}

void TestKeychainStore::missingEntryIsNotFound()
{
    KeychainCredentialStore store;
    QCOMPARE(store.service(), QStringLiteral("idconsole"));
    QVERIFY(store.isPersistent());
    const CredentialResult r = wait([&](auto cb) { store.read(QStringLiteral("never-saved"), nullptr, cb); });
    QCOMPARE(r.status, CredentialResult::Status::NotFound);
    QVERIFY(!r.message.isEmpty());
    // Deleting what is not there is fine.
    const CredentialResult d = wait([&](auto cb) { store.remove(QStringLiteral("never-saved"), nullptr, cb); });
    QVERIFY2(d.ok(), qPrintable(d.fullMessage()));
}

void TestKeychainStore::storeReadOverwriteDelete()
{
    KeychainCredentialStore store;
    QSignalSpy changed(&store, &CredentialStore::changed);
    const QString s1 = randomSecret("first-"), t1 = randomSecret("token-"), s2 = randomSecret("second-");
    m_secrets << s1 << t1 << s2;
    QElapsedTimer timer;

    timer.start();
    CredentialResult r = wait([&](auto cb) { store.write(QStringLiteral("prod"), s1, t1, nullptr, cb); });
    QVERIFY2(r.ok(), qPrintable(r.fullMessage()));
    qInfo("write: %lld ms", timer.elapsed());
    QCOMPARE(changed.count(), 1);

    timer.restart();
    r = wait([&](auto cb) { store.read(QStringLiteral("prod"), nullptr, cb); });
    qInfo("read: %lld ms", timer.elapsed());
    QVERIFY2(r.ok(), qPrintable(r.fullMessage()));
    QCOMPARE(r.secretKey, s1);
    QCOMPARE(r.sessionToken, t1);

    r = wait([&](auto cb) { store.write(QStringLiteral("prod"), s2, QString(), nullptr, cb); });
    QVERIFY2(r.ok(), qPrintable(r.fullMessage()));
    r = wait([&](auto cb) { store.read(QStringLiteral("prod"), nullptr, cb); });
    QVERIFY(r.ok());
    QCOMPARE(r.secretKey, s2);
    QVERIFY2(r.sessionToken.isEmpty(), "overwriting without a token drops the old token");

    r = wait([&](auto cb) { store.remove(QStringLiteral("prod"), nullptr, cb); });
    QVERIFY2(r.ok(), qPrintable(r.fullMessage()));
    QCOMPARE(changed.count(), 3);
    r = wait([&](auto cb) { store.read(QStringLiteral("prod"), nullptr, cb); });
    QCOMPARE(r.status, CredentialResult::Status::NotFound);
}

void TestKeychainStore::awkwardProfileNames_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("chinese") << QStringLiteral("生产环境/北京");
    QTest::newRow("spaces") << QStringLiteral("  prod eu  ");
    QTest::newRow("quotes") << QStringLiteral("it's \"prod\"");
    QTest::newRow("long") << QString(200, QLatin1Char('n'));
}

void TestKeychainStore::awkwardProfileNames()
{
    QFETCH(QString, name);
    KeychainCredentialStore store;
    const QString secret = randomSecret("awk-");
    m_secrets << secret;
    CredentialResult r = wait([&](auto cb) { store.write(name, secret, {}, nullptr, cb); });
    QVERIFY2(r.ok(), qPrintable(r.fullMessage()));
    r = wait([&](auto cb) { store.read(name, nullptr, cb); });
    QCOMPARE(r.secretKey, secret);
    // A name that differs only by case or trimming is another entry.
    r = wait([&](auto cb) { store.read(name.trimmed().toUpper() + QLatin1Char('x'), nullptr, cb); });
    QCOMPARE(r.status, CredentialResult::Status::NotFound);
    r = wait([&](auto cb) { store.remove(name, nullptr, cb); });
    QVERIFY(r.ok());
}

void TestKeychainStore::serviceNameScopesEntries()
{
    KeychainCredentialStore ours;
    KeychainCredentialStore other(QStringLiteral("idconsole-other-app"));
    const QString a = randomSecret("ours-"), b = randomSecret("other-");
    m_secrets << a << b;
    QVERIFY(wait([&](auto cb) { ours.write(QStringLiteral("shared-name"), a, {}, nullptr, cb); }).ok());
    CredentialResult r = wait([&](auto cb) { other.read(QStringLiteral("shared-name"), nullptr, cb); });
    QCOMPARE(r.status, CredentialResult::Status::NotFound);
    QVERIFY(wait([&](auto cb) { other.write(QStringLiteral("shared-name"), b, {}, nullptr, cb); }).ok());
    r = wait([&](auto cb) { ours.read(QStringLiteral("shared-name"), nullptr, cb); });
    QCOMPARE(r.secretKey, a);
    QVERIFY(wait([&](auto cb) { other.remove(QStringLiteral("shared-name"), nullptr, cb); }).ok());
    r = wait([&](auto cb) { ours.read(QStringLiteral("shared-name"), nullptr, cb); });
    QCOMPARE(r.secretKey, a);
    QVERIFY(wait([&](auto cb) { ours.remove(QStringLiteral("shared-name"), nullptr, cb); }).ok());
}

void TestKeychainStore::manyOperationsAtOnce()
{
    KeychainCredentialStore store;
    const int n = 20;
    QHash<QString, QString> expected;
    int answered = 0, failed = 0;
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < n; ++i) {
        const QString name = QStringLiteral("bulk-%1").arg(i);
        expected.insert(name, randomSecret("bulk-"));
        m_secrets << expected.value(name);
        store.write(name, expected.value(name), {}, nullptr, [&](const CredentialResult &r) {
            ++answered;
            failed += r.ok() ? 0 : 1;
        });
    }
    QVERIFY(QTest::qWaitFor([&] { return answered == n; }, 60000));
    QCOMPARE(failed, 0);
    qInfo("%d writes: %lld ms", n, timer.elapsed());
    answered = 0;
    int mismatches = 0;
    timer.restart();
    for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
        const QString want = it.value();
        store.read(it.key(), nullptr, [&, want](const CredentialResult &r) {
            ++answered;
            mismatches += r.secretKey == want ? 0 : 1;
        });
    }
    QVERIFY(QTest::qWaitFor([&] { return answered == n; }, 60000));
    QCOMPARE(mismatches, 0);
    qInfo("%d reads: %lld ms", n, timer.elapsed());
    for (auto it = expected.cbegin(); it != expected.cend(); ++it)
        QVERIFY(wait([&](auto cb) { store.remove(it.key(), nullptr, cb); }).ok());
}

void TestKeychainStore::moveRenamesTheEntry()
{
    KeychainCredentialStore store;
    const QString s = randomSecret("move-"), t = randomSecret("movetok-");
    m_secrets << s << t;
    QVERIFY(wait([&](auto cb) { store.write(QStringLiteral("before"), s, t, nullptr, cb); }).ok());
    CredentialResult r = wait([&](auto cb) { store.move(QStringLiteral("before"), QStringLiteral("after"), nullptr, cb); });
    QVERIFY2(r.ok(), qPrintable(r.fullMessage()));
    r = wait([&](auto cb) { store.read(QStringLiteral("before"), nullptr, cb); });
    QCOMPARE(r.status, CredentialResult::Status::NotFound);
    r = wait([&](auto cb) { store.read(QStringLiteral("after"), nullptr, cb); });
    QCOMPARE(r.secretKey, s);
    QCOMPARE(r.sessionToken, t);
    QVERIFY(wait([&](auto cb) { store.remove(QStringLiteral("after"), nullptr, cb); }).ok());
}

void TestKeychainStore::persistsAcrossProcesses()
{
    // Written here, read by idconsole-cli (another process), and the other way round.
    ProfileStore profiles;
    Profile p;
    p.name = QStringLiteral("cross-process");
    p.accessKeyId = QStringLiteral("AKLTcross");
    QVERIFY(profiles.save(p));
    KeychainCredentialStore store;
    const QString s = randomSecret("cross-");
    m_secrets << s;
    QVERIFY(wait([&](auto cb) { store.write(p.name, s, {}, nullptr, cb); }).ok());
    QProcess show;
    show.start(QStringLiteral(IDCONSOLE_CLI_PATH), {QStringLiteral("profile"), QStringLiteral("show"), p.name});
    QVERIFY(show.waitForFinished(30000));
    const QString out = QString::fromUtf8(show.readAllStandardOutput());
    QVERIFY2(out.contains(QStringLiteral("saved in the keychain")), qPrintable(out));
    QVERIFY(!out.contains(s));

    const QString fromCli = randomSecret("fromcli-");
    m_secrets << fromCli;
    QProcess add;
    add.start(QStringLiteral(IDCONSOLE_CLI_PATH),
              {QStringLiteral("profile"), QStringLiteral("add"), QStringLiteral("added-by-cli"), QStringLiteral("--provider"),
               QStringLiteral("aliyun"), QStringLiteral("--access-key-id"), QStringLiteral("LTAIcli")});
    QVERIFY(add.waitForStarted());
    add.write((fromCli + QLatin1Char('\n')).toUtf8());
    add.closeWriteChannel();
    QVERIFY(add.waitForFinished(30000));
    QVERIFY2(add.exitCode() == 0, add.readAllStandardError().constData());
    Profile resolved;
    Credentials c;
    QString error;
    QVERIFY2(ProfileResolver::resolve(QStringLiteral("added-by-cli"), &resolved, &c, &error), qPrintable(error));
    QCOMPARE(c.secret, fromCli);
    QCOMPARE(c.accessKeyId, QStringLiteral("LTAIcli"));
    QCOMPARE(resolved.provider, Profile::Provider::Aliyun);
    QCOMPARE(resolved.region, QStringLiteral("cn-shanghai")); // the provider's first region by default
}

void TestKeychainStore::nothingInPlainTextOnDisk()
{
    // gnome-keyring keeps its file encrypted with the keyring password: no secret of this test is readable
    // anywhere under the sandbox (HOME, XDG_*, TMPDIR, the keyring directory).
    QVERIFY(!m_secrets.isEmpty());
    QVERIFY(QDir(KeychainSandbox::root() + QStringLiteral("/data/keyrings")).exists());
    for (const QString &s : std::as_const(m_secrets))
        QCOMPARE(KeychainSandbox::filesContaining(KeychainSandbox::root(), s), QStringList());
}

QTEST_GUILESS_MAIN(TestKeychainStore)
#include "tst_keychainstore.moc"
