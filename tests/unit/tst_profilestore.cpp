// SPDX-License-Identifier: GPL-3.0-or-later
// ProfileStore: QSettings round trip, names that are awkward as settings keys, rename, remove, last used,
// and that the settings never hold a secret.
#include "credentials/ProfileStore.h"

#include <QFile>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

class TestProfileStore : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void roundTripsEveryField();
    void awkwardNames_data();
    void awkwardNames();
    void namesAreSortedNaturally();
    void renameMovesTheEntryAndLastUsed();
    void editDropsRemovedEndpoints();
    void removeForgetsLastUsed();
    void lastUsedOfADeletedProfileIsEmpty();
    void transientProfilesAreNeverSaved();
    void uniqueName();
    void findNameIsCaseInsensitive();
    void defaultLocationIsIdconsoleConfig();
    void changesOfAnotherInstanceAreSeen();
    void settingsHoldNoSecretKeys();
    void reportsAnUnwritableFile();

private:
    static Profile sample(const QString &name);
    QString iniPath() const { return m_dir->filePath(QStringLiteral("profiles.ini")); }
    std::unique_ptr<QTemporaryDir> m_dir;
};

Profile TestProfileStore::sample(const QString &name)
{
    Profile p;
    p.name = name;
    p.provider = Profile::Provider::Aliyun;
    p.region = QStringLiteral("ap-southeast-1");
    p.accessKeyId = QStringLiteral("LTAI5tExampleKey");
    p.endpoints.insert(QStringLiteral("cloudsso"), QStringLiteral("https://cloudsso.example.test:8443"));
    p.caBundle = QStringLiteral("/etc/ssl/extra.pem");
    p.defaultDirectory = QStringLiteral("d-00fc2p61abcd");
    return p;
}

void TestProfileStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestProfileStore::roundTripsEveryField()
{
    ProfileStore store(iniPath());
    QSignalSpy changed(&store, &ProfileStore::profilesChanged);
    const Profile p = sample(QStringLiteral("Prod SSO"));
    QString error;
    QVERIFY2(store.save(p, {}, &error), qPrintable(error));
    QCOMPARE(changed.count(), 1);

    ProfileStore reopened(iniPath());
    const std::optional<Profile> loaded = reopened.profile(QStringLiteral("Prod SSO"));
    QVERIFY(loaded.has_value());
    QCOMPARE(*loaded, p);

    Profile v;
    v.name = QStringLiteral("volc");
    v.accessKeyId = QStringLiteral("AKLTabc");
    v.region = QStringLiteral("cn-shanghai");
    v.endpoints.insert(QStringLiteral("id"), QStringLiteral("http://127.0.0.1:9000"));
    v.endpoints.insert(QStringLiteral("cloudidentity"), QStringLiteral("https://ci.example.test"));
    QVERIFY(store.save(v));
    const auto lv = ProfileStore(iniPath()).profile(QStringLiteral("volc"));
    QVERIFY(lv);
    QCOMPARE(lv->provider, Profile::Provider::Volcengine);
    QCOMPARE(lv->endpoints, v.endpoints);
    QVERIFY(lv->caBundle.isEmpty());
    QCOMPARE(store.profiles().size(), 2);
}

void TestProfileStore::awkwardNames_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("slash") << QStringLiteral("prod/eu");
    QTest::newRow("backslash") << QStringLiteral("a\\b");
    QTest::newRow("percent") << QStringLiteral("100% prod");
    QTest::newRow("chinese") << QStringLiteral("生产环境 北京");
    QTest::newRow("brackets and equals") << QStringLiteral("[x]=y;z#");
    QTest::newRow("dots") << QStringLiteral("..");
}

void TestProfileStore::awkwardNames()
{
    QFETCH(QString, name);
    ProfileStore store(iniPath());
    QVERIFY(store.save(sample(name)));
    QVERIFY(store.save(sample(QStringLiteral("other"))));
    ProfileStore reopened(iniPath());
    QVERIFY(reopened.contains(name));
    QCOMPARE(reopened.profile(name)->name, name);
    QVERIFY(reopened.names().contains(name));
    QCOMPARE(reopened.names().size(), 2);
    QVERIFY(reopened.remove(name));
    QCOMPARE(ProfileStore(iniPath()).names(), QStringList{QStringLiteral("other")});
}

void TestProfileStore::namesAreSortedNaturally()
{
    ProfileStore store(iniPath());
    for (const char *n : {"beta", "Alpha", "prod 10", "prod 2", "alpha2"})
        QVERIFY(store.save(sample(QString::fromLatin1(n))));
    QCOMPARE(store.names(), (QStringList{QStringLiteral("Alpha"), QStringLiteral("alpha2"), QStringLiteral("beta"),
                                         QStringLiteral("prod 2"), QStringLiteral("prod 10")}));
}

void TestProfileStore::renameMovesTheEntryAndLastUsed()
{
    ProfileStore store(iniPath());
    QVERIFY(store.save(sample(QStringLiteral("old"))));
    store.setLastUsed(QStringLiteral("old"));
    QSignalSpy saved(&store, &ProfileStore::profileSaved);
    Profile renamed = sample(QStringLiteral("new"));
    renamed.region = QStringLiteral("eu-central-1");
    QVERIFY(store.save(renamed, QStringLiteral("old")));
    QCOMPARE(saved.count(), 1);
    QCOMPARE(saved.first().at(0).toString(), QStringLiteral("new"));
    QCOMPARE(saved.first().at(1).toString(), QStringLiteral("old"));
    ProfileStore reopened(iniPath());
    QCOMPARE(reopened.names(), QStringList{QStringLiteral("new")});
    QCOMPARE(reopened.profile(QStringLiteral("new"))->region, QStringLiteral("eu-central-1"));
    QCOMPARE(reopened.lastUsed(), QStringLiteral("new"));
}

void TestProfileStore::editDropsRemovedEndpoints()
{
    ProfileStore store(iniPath());
    Profile p = sample(QStringLiteral("p"));
    QVERIFY(store.save(p));
    p.endpoints.clear();
    p.caBundle.clear();
    QVERIFY(store.save(p, p.name));
    const auto loaded = ProfileStore(iniPath()).profile(QStringLiteral("p"));
    QVERIFY(loaded);
    QVERIFY(loaded->endpoints.isEmpty());
    QVERIFY(loaded->caBundle.isEmpty());
}

void TestProfileStore::removeForgetsLastUsed()
{
    ProfileStore store(iniPath());
    QVERIFY(store.save(sample(QStringLiteral("a"))));
    QVERIFY(store.save(sample(QStringLiteral("b"))));
    store.setLastUsed(QStringLiteral("a"));
    QSignalSpy removed(&store, &ProfileStore::profileRemoved);
    QVERIFY(store.remove(QStringLiteral("a")));
    QCOMPARE(removed.count(), 1);
    QVERIFY(store.lastUsed().isEmpty());
    QString error;
    QVERIFY(!store.remove(QStringLiteral("a"), &error));
    QVERIFY(error.contains(QStringLiteral("a")));
    QCOMPARE(store.names(), QStringList{QStringLiteral("b")});
}

void TestProfileStore::lastUsedOfADeletedProfileIsEmpty()
{
    ProfileStore store(iniPath());
    QVERIFY(store.save(sample(QStringLiteral("a"))));
    store.setLastUsed(QStringLiteral("a"));
    QCOMPARE(store.lastUsed(), QStringLiteral("a"));
    {
        // Another process deletes it behind our back.
        QSettings raw(iniPath(), QSettings::IniFormat);
        raw.remove(QStringLiteral("profiles"));
    }
    store.setLastUsed(QStringLiteral("ghost"));
    QVERIFY(store.lastUsed().isEmpty());
}

void TestProfileStore::transientProfilesAreNeverSaved()
{
    ProfileStore store(iniPath());
    Profile p = sample(QStringLiteral("demo"));
    p.transient = true;
    QString error;
    QVERIFY(!store.save(p, {}, &error));
    QVERIFY(!error.isEmpty());
    QVERIFY(store.names().isEmpty());
    QVERIFY(!QFile::exists(iniPath()) || !QFile(iniPath()).open(QIODevice::ReadOnly)
            || !QFile(iniPath()).readAll().contains("demo"));
}

void TestProfileStore::uniqueName()
{
    ProfileStore store(iniPath());
    QCOMPARE(store.uniqueName(QStringLiteral("prod")), QStringLiteral("prod"));
    QVERIFY(store.save(sample(QStringLiteral("prod"))));
    QCOMPARE(store.uniqueName(QStringLiteral("PROD")), QStringLiteral("PROD (2)"));
    QVERIFY(store.save(sample(QStringLiteral("prod (2)"))));
    QCOMPARE(store.uniqueName(QStringLiteral("prod")), QStringLiteral("prod (3)"));
}

void TestProfileStore::findNameIsCaseInsensitive()
{
    ProfileStore store(iniPath());
    QVERIFY(store.save(sample(QStringLiteral("Prod"))));
    QCOMPARE(store.findName(QStringLiteral("prod")), QStringLiteral("Prod"));
    QVERIFY(!store.contains(QStringLiteral("prod")));
    QVERIFY(store.findName(QStringLiteral("staging")).isEmpty());
}

void TestProfileStore::defaultLocationIsIdconsoleConfig()
{
    QStandardPaths::setTestModeEnabled(true);
    ProfileStore store;
    const QString file = store.fileName();
    QVERIFY2(file.endsWith(QStringLiteral("idconsole/idconsole.conf")), qPrintable(file));
    QVERIFY2(file.startsWith(QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation)), qPrintable(file));
    QStandardPaths::setTestModeEnabled(false);
}

void TestProfileStore::changesOfAnotherInstanceAreSeen()
{
    ProfileStore gui(iniPath());
    QVERIFY(gui.names().isEmpty());
    {
        ProfileStore cli(iniPath());
        QVERIFY(cli.save(sample(QStringLiteral("from-cli"))));
    }
    QCOMPARE(gui.names(), QStringList{QStringLiteral("from-cli")});
}

void TestProfileStore::settingsHoldNoSecretKeys()
{
    ProfileStore store(iniPath());
    QVERIFY(store.save(sample(QStringLiteral("a"))));
    QSettings raw(iniPath(), QSettings::IniFormat);
    const QStringList keys = raw.allKeys();
    QVERIFY(!keys.isEmpty());
    for (const QString &key : keys) {
        const QString leaf = key.section(QLatin1Char('/'), -1);
        for (const QString &forbidden : ProfileStore::forbiddenKeys())
            QVERIFY2(leaf.compare(forbidden, Qt::CaseInsensitive) != 0, qPrintable(key));
    }
    // Exactly the documented fields, nothing else.
    QStringList leaves;
    for (const QString &key : keys)
        leaves << key.section(QLatin1Char('/'), 2);
    leaves.sort();
    QCOMPARE(leaves, (QStringList{QStringLiteral("accessKeyId"), QStringLiteral("caBundle"),
                                  QStringLiteral("defaultDirectory"), QStringLiteral("endpoints/cloudsso"),
                                  QStringLiteral("name"), QStringLiteral("provider"), QStringLiteral("region")}));
}

void TestProfileStore::reportsAnUnwritableFile()
{
    // A directory where the settings file should be: nobody (not even root) can write that file.
    const QString path = m_dir->filePath(QStringLiteral("blocked.ini"));
    QVERIFY(QDir().mkpath(path));
    ProfileStore store(path);
    QString error;
    QVERIFY(!store.save(sample(QStringLiteral("x")), {}, &error));
    QVERIFY2(error.contains(path), qPrintable(error));
}

QTEST_GUILESS_MAIN(TestProfileStore)
#include "tst_profilestore.moc"
