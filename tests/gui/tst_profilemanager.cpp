// SPDX-License-Identifier: GPL-3.0-or-later
// Profile manager, profile edit dialog, credential prompt and the toolbar ProfileSwitcher, with a
// MemoryCredentialStore (which can also play an unavailable keychain) and a temporary settings file.
// "Test connection" runs against the real emulator. Screenshots go to build/screenshots/.
#include "credentials/ConnectionTester.h"
#include "profiles/CredentialPromptDialog.h"
#include "EmulatorFixture.h"
#include "credentials/MemoryCredentialStore.h"
#include "profiles/ProfileEditDialog.h"
#include "profiles/ProfileManagerDialog.h"
#include "credentials/ProfileStore.h"
#include "profiles/ProfileSwitcher.h"
#include "widgets/Prompter.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QToolButton>
#include <QTreeWidget>
#include <QtTest>

namespace {
class ScriptedPrompter : public Prompter
{
public:
    QList<bool> answers; // next confirm() answers; empty: false
    QStringList asked;
    QStringList warnings;
    bool confirm(QWidget *, const QString &title, const QString &text, const QString &) override
    {
        asked << title + QLatin1Char('\n') + text;
        return answers.isEmpty() ? false : answers.takeFirst();
    }
    bool confirmByTyping(QWidget *, const QString &, const QString &, const QString &) override { return false; }
    QString choose(QWidget *, const QString &, const QString &, const QStringList &, int) override { return {}; }
    void inform(QWidget *, const QString &, const QString &) override {}
    void warn(QWidget *, const QString &title, const QString &text) override { warnings << title + QLatin1Char('\n') + text; }
    QString saveFileName(QWidget *, const QString &, const QString &, const QString &) override { return {}; }
};

Profile volc(const QString &name, const QString &accessKeyId = QStringLiteral("AKLTexample"))
{
    Profile p;
    p.name = name;
    p.accessKeyId = accessKeyId;
    p.region = QStringLiteral("cn-beijing");
    return p;
}

template <typename T>
T *child(QWidget *parent, const char *name)
{
    T *w = parent->findChild<T *>(QString::fromLatin1(name));
    if (!w)
        qFatal("no child %s", name);
    return w;
}

void fillAdd(ProfileEditDialog *d, const QString &name, const QString &ak, const QString &secret)
{
    child<QLineEdit>(d, "nameEdit")->setText(name);
    child<QLineEdit>(d, "accessKeyIdEdit")->setText(ak);
    child<QLineEdit>(d, "secretEdit")->setText(secret);
}
} // namespace

class TestProfileManager : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void cleanupTestCase();

    void addThroughTheDialog();
    void validationKeepsTheDialogOpen();
    void providerSwitchChangesRegionsAndEndpoints();
    void secretFieldIsAPasswordField();
    void editWithoutSecretKeepsStoredSecret();
    void editWithNewSecretReplacesIt();
    void renameCarriesTheSecret();
    void duplicateCopiesTheSecret();
    void deleteAsksAndRemovesTheKeychainEntry();
    void deleteWithUnavailableKeychainAsksAgain();
    void unavailableKeychainOffersThisSessionOnly();
    void secretStatusIsShown();
    void testConnectionSucceeds();
    void testConnectionShowsCodeAndRequestId();
    void testConnectionWithoutSecret();

    void switcherEmitsSession();
    void switcherNoSecretIsAClearState();
    void switcherPromptSavesToKeychain();
    void switcherUnavailableUsesThisSessionOnly();
    void switcherIgnoresStaleAnswers();
    void switcherTransientProfile();
    void switcherFollowsEditsAndDeletes();
    void switcherRestoresLastUsed();
    void switcherRejectedKeyAsksForTheCurrentOne();
    void switcherManageAndUse();

    void screenshots();

private:
    ProfileEditDialog *openAdd(ProfileManagerDialog &manager);
    void saveShot(QWidget *w, const QString &name);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ProfileStore> m_profiles;
    std::unique_ptr<MemoryCredentialStore> m_keychain; // plays the system keychain
    ScriptedPrompter m_prompter;
    EmulatorFixture m_emu{{QStringLiteral("--dataset"), QStringLiteral("demo")}};
    bool m_emuStarted = false;
    QString m_emuError;
};

void TestProfileManager::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("idconsole-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_profilemanager"));
    Prompter::setInstance(&m_prompter);
    m_emuStarted = m_emu.start(&m_emuError);
}

void TestProfileManager::cleanupTestCase()
{
    Prompter::setInstance(nullptr);
}

void TestProfileManager::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_profiles = std::make_unique<ProfileStore>(m_dir->filePath(QStringLiteral("profiles.ini")));
    m_keychain = std::make_unique<MemoryCredentialStore>();
    m_prompter.answers.clear();
    m_prompter.asked.clear();
    m_prompter.warnings.clear();
}

void TestProfileManager::cleanup()
{
    // Dialogs opened with open() are children of the manager or top-level: close what is left.
    const QWidgetList tops = QApplication::topLevelWidgets();
    for (QWidget *w : tops)
        if (qobject_cast<QDialog *>(w))
            w->close();
    m_keychain.reset();
    m_profiles.reset();
}

void TestProfileManager::saveShot(QWidget *w, const QString &name)
{
    const QString dir = QStringLiteral(IDCONSOLE_BUILD_DIR "/screenshots");
    QDir().mkpath(dir);
    QTest::qWait(30); // let posted layout requests run: grab what a person would see
    QVERIFY(w->grab().save(dir + QLatin1Char('/') + name));
}

ProfileEditDialog *TestProfileManager::openAdd(ProfileManagerDialog &manager)
{
    manager.addProfile();
    ProfileEditDialog *d = manager.editDialog();
    if (!d)
        qFatal("no edit dialog");
    return d;
}

void TestProfileManager::addThroughTheDialog()
{
    ProfileManagerDialog manager(m_profiles.get(), m_keychain.get(), nullptr);
    manager.show();
    ProfileEditDialog *d = openAdd(manager);
    QCOMPARE(d->mode(), ProfileEditDialog::Mode::Add);
    fillAdd(d, QStringLiteral("Prod Beijing"), QStringLiteral("AKLTprod"), QStringLiteral("prod-secret"));
    child<QLineEdit>(d, "sessionTokenEdit")->setText(QStringLiteral("prod-token"));
    child<QLineEdit>(d, "endpointEdit_id")->setText(QStringLiteral("gw.example.test:8443"));
    QSignalSpy saved(d, &ProfileEditDialog::profileSaved);
    child<QDialogButtonBox>(d, "buttonBox")->button(QDialogButtonBox::Save)->click();
    QVERIFY(saved.wait());
    QCOMPARE(saved.first().at(0).toString(), QStringLiteral("Prod Beijing"));
    QTRY_VERIFY(!manager.editDialog());
    const auto p = m_profiles->profile(QStringLiteral("Prod Beijing"));
    QVERIFY(p);
    QCOMPARE(p->accessKeyId, QStringLiteral("AKLTprod"));
    QCOMPARE(p->region, QStringLiteral("cn-beijing"));
    QCOMPARE(p->endpoints.value(QStringLiteral("id")), QStringLiteral("https://gw.example.test:8443"));
    QCOMPARE(m_keychain->peek(QStringLiteral("Prod Beijing"))->secretKey, QStringLiteral("prod-secret"));
    QCOMPARE(m_keychain->peek(QStringLiteral("Prod Beijing"))->sessionToken, QStringLiteral("prod-token"));
    QCOMPARE(manager.listedNames(), QStringList{QStringLiteral("Prod Beijing")});
    QCOMPARE(manager.currentProfileName(), QStringLiteral("Prod Beijing"));
    // The settings file never sees the secret.
    QFile ini(m_profiles->fileName());
    QVERIFY(ini.open(QIODevice::ReadOnly));
    const QByteArray raw = ini.readAll();
    QVERIFY(raw.contains("AKLTprod"));
    QVERIFY(!raw.contains("prod-secret") && !raw.contains("prod-token"));
}

void TestProfileManager::validationKeepsTheDialogOpen()
{
    QVERIFY(m_profiles->save(volc(QStringLiteral("taken"))));
    ProfileManagerDialog manager(m_profiles.get(), m_keychain.get(), nullptr);
    ProfileEditDialog *d = openAdd(manager);
    QSignalSpy saved(d, &ProfileEditDialog::profileSaved);

    d->accept(); // everything empty
    QVERIFY(d->isVisible());
    QVERIFY2(d->messageText().contains(QStringLiteral("profile name")), qPrintable(d->messageText()));
    QVERIFY(d->messageText().contains(QStringLiteral("access key ID")));
    QVERIFY(d->messageText().contains(QStringLiteral("secret access key")));

    fillAdd(d, QStringLiteral("TAKEN"), QStringLiteral("AK"), QStringLiteral("s"));
    QVERIFY2(d->messageText().contains(QStringLiteral("already exists")), qPrintable(d->messageText())); // live now
    child<QLineEdit>(d, "nameEdit")->setText(QStringLiteral("fresh"));
    child<QLineEdit>(d, "endpointEdit_cloudidentity")->setText(QStringLiteral("http://ci.example.test"));
    QVERIFY2(d->messageText().contains(QStringLiteral("https")), qPrintable(d->messageText()));
    d->accept();
    QTest::qWait(50);
    QCOMPARE(saved.count(), 0);
    child<QLineEdit>(d, "endpointEdit_cloudidentity")->setText(QStringLiteral("http://127.0.0.1:8080"));
    QVERIFY(d->messageText().isEmpty());
    child<QComboBox>(d, "regionCombo")->setCurrentText(QStringLiteral("Beijing!"));
    QVERIFY(d->messageText().contains(QStringLiteral("region")));
    child<QComboBox>(d, "regionCombo")->setCurrentText(QStringLiteral("cn-north-9")); // free entry is fine
    QVERIFY(d->messageText().isEmpty());
    child<QLineEdit>(d, "sessionTokenEdit")->setText(QStringLiteral("tok"));
    child<QLineEdit>(d, "secretEdit")->clear();
    QVERIFY(d->messageText().contains(QStringLiteral("secret access key")));
    child<QLineEdit>(d, "secretEdit")->setText(QStringLiteral("s"));
    d->accept();
    QVERIFY(saved.wait());
    QCOMPARE(m_profiles->profile(QStringLiteral("fresh"))->region, QStringLiteral("cn-north-9"));
    QCOMPARE(m_profiles->profile(QStringLiteral("fresh"))->endpoints.value(QStringLiteral("cloudidentity")),
             QStringLiteral("http://127.0.0.1:8080"));
}

void TestProfileManager::providerSwitchChangesRegionsAndEndpoints()
{
    ProfileEditDialog d(m_profiles.get(), m_keychain.get(), nullptr);
    d.setAddMode();
    d.show();
    auto *region = child<QComboBox>(&d, "regionCombo");
    QStringList items;
    for (int i = 0; i < region->count(); ++i)
        items << region->itemText(i);
    QCOMPARE(items, (QStringList{"cn-beijing", "cn-shanghai", "cn-guangzhou"}));
    QVERIFY(child<QLineEdit>(&d, "endpointEdit_id")->isVisible());
    QVERIFY(!child<QLineEdit>(&d, "endpointEdit_cloudsso")->isVisible());
    QVERIFY(!child<QLineEdit>(&d, "defaultDirectoryEdit")->isVisible());
    QVERIFY(child<QLineEdit>(&d, "endpointEdit_id")->placeholderText().contains(QStringLiteral("id.cn-beijing.volcengineapi.com")));

    child<QComboBox>(&d, "providerCombo")->setCurrentIndex(1);
    items.clear();
    for (int i = 0; i < region->count(); ++i)
        items << region->itemText(i);
    QCOMPARE(items, (QStringList{"cn-shanghai", "cn-hongkong", "ap-northeast-2", "ap-southeast-1", "us-west-1", "eu-central-1"}));
    QCOMPARE(region->currentText(), QStringLiteral("cn-shanghai"));
    QVERIFY(!child<QLineEdit>(&d, "endpointEdit_id")->isVisible());
    QVERIFY(child<QLineEdit>(&d, "endpointEdit_cloudsso")->isVisible());
    QVERIFY(child<QLineEdit>(&d, "defaultDirectoryEdit")->isVisible());
    region->setCurrentText(QStringLiteral("ap-southeast-1"));
    QVERIFY(child<QLineEdit>(&d, "endpointEdit_cloudsso")->placeholderText().contains(QStringLiteral("cloudsso.ap-southeast-1")));
    QCOMPARE(d.profile().provider, Profile::Provider::Aliyun);
}

void TestProfileManager::secretFieldIsAPasswordField()
{
    ProfileEditDialog d(m_profiles.get(), m_keychain.get(), nullptr);
    auto *secret = child<QLineEdit>(&d, "secretEdit");
    QCOMPARE(secret->echoMode(), QLineEdit::Password);
    QCOMPARE(child<QLineEdit>(&d, "sessionTokenEdit")->echoMode(), QLineEdit::Password);
    auto *reveal = secret->findChild<QAction *>(QStringLiteral("secretEditReveal"));
    QVERIFY(reveal);
    reveal->setChecked(true);
    QCOMPARE(secret->echoMode(), QLineEdit::Normal);
    reveal->setChecked(false);
    QCOMPARE(secret->echoMode(), QLineEdit::Password);
}

void TestProfileManager::editWithoutSecretKeepsStoredSecret()
{
    QVERIFY(m_profiles->save(volc(QStringLiteral("p"))));
    m_keychain->insert(QStringLiteral("p"), QStringLiteral("stored-secret"), QStringLiteral("stored-token"));
    ProfileManagerDialog manager(m_profiles.get(), m_keychain.get(), nullptr);
    manager.selectProfile(QStringLiteral("p"));
    manager.editProfile();
    ProfileEditDialog *d = manager.editDialog();
    QVERIFY(d);
    QCOMPARE(d->mode(), ProfileEditDialog::Mode::Edit);
    QVERIFY(child<QLineEdit>(d, "secretEdit")->text().isEmpty()); // never shown back
    QTRY_VERIFY(child<QLabel>(d, "secretStatusLabel")->text().contains(QStringLiteral("saved in the system keychain")));
    const int writesBefore = m_keychain->writeCount();
    child<QComboBox>(d, "regionCombo")->setCurrentText(QStringLiteral("cn-guangzhou"));
    QSignalSpy saved(d, &ProfileEditDialog::profileSaved);
    d->accept();
    QVERIFY(saved.wait());
    QCOMPARE(m_keychain->writeCount(), writesBefore);
    QCOMPARE(m_keychain->peek(QStringLiteral("p"))->secretKey, QStringLiteral("stored-secret"));
    QCOMPARE(m_keychain->peek(QStringLiteral("p"))->sessionToken, QStringLiteral("stored-token"));
    QCOMPARE(m_profiles->profile(QStringLiteral("p"))->region, QStringLiteral("cn-guangzhou"));
}

void TestProfileManager::editWithNewSecretReplacesIt()
{
    QVERIFY(m_profiles->save(volc(QStringLiteral("p"))));
    m_keychain->insert(QStringLiteral("p"), QStringLiteral("old-secret"));
    ProfileEditDialog d(m_profiles.get(), m_keychain.get(), nullptr);
    d.setEditMode(*m_profiles->profile(QStringLiteral("p")));
    child<QLineEdit>(&d, "secretEdit")->setText(QStringLiteral("new-secret"));
    QSignalSpy saved(&d, &ProfileEditDialog::profileSaved);
    d.accept();
    QVERIFY(saved.wait());
    QCOMPARE(m_keychain->peek(QStringLiteral("p"))->secretKey, QStringLiteral("new-secret"));
}

void TestProfileManager::renameCarriesTheSecret()
{
    QVERIFY(m_profiles->save(volc(QStringLiteral("old"))));
    m_keychain->insert(QStringLiteral("old"), QStringLiteral("kept"));
    ProfileEditDialog d(m_profiles.get(), m_keychain.get(), nullptr);
    d.setEditMode(*m_profiles->profile(QStringLiteral("old")));
    child<QLineEdit>(&d, "nameEdit")->setText(QStringLiteral("new"));
    QSignalSpy saved(&d, &ProfileEditDialog::profileSaved);
    d.accept();
    QVERIFY(saved.wait());
    QCOMPARE(saved.first().at(1).toString(), QStringLiteral("old"));
    QCOMPARE(m_profiles->names(), QStringList{QStringLiteral("new")});
    QCOMPARE(m_keychain->names(), QStringList{QStringLiteral("new")});
    QCOMPARE(m_keychain->peek(QStringLiteral("new"))->secretKey, QStringLiteral("kept"));
}

void TestProfileManager::duplicateCopiesTheSecret()
{
    Profile src = volc(QStringLiteral("src"));
    src.endpoints.insert(QStringLiteral("id"), QStringLiteral("https://gw.example.test"));
    QVERIFY(m_profiles->save(src));
    m_keychain->insert(QStringLiteral("src"), QStringLiteral("src-secret"));
    ProfileManagerDialog manager(m_profiles.get(), m_keychain.get(), nullptr);
    manager.selectProfile(QStringLiteral("src"));
    manager.duplicateProfile();
    ProfileEditDialog *d = manager.editDialog();
    QVERIFY(d);
    QCOMPARE(d->mode(), ProfileEditDialog::Mode::Duplicate);
    QCOMPARE(child<QLineEdit>(d, "nameEdit")->text(), QStringLiteral("src (copy)"));
    QCOMPARE(child<QLineEdit>(d, "endpointEdit_id")->text(), QStringLiteral("https://gw.example.test"));
    child<QComboBox>(d, "regionCombo")->setCurrentText(QStringLiteral("cn-shanghai"));
    QSignalSpy saved(d, &ProfileEditDialog::profileSaved);
    d->accept();
    QVERIFY(saved.wait());
    QCOMPARE(m_profiles->profile(QStringLiteral("src (copy)"))->region, QStringLiteral("cn-shanghai"));
    QCOMPARE(m_keychain->peek(QStringLiteral("src (copy)"))->secretKey, QStringLiteral("src-secret"));
    QCOMPARE(m_keychain->peek(QStringLiteral("src"))->secretKey, QStringLiteral("src-secret"));
    QCOMPARE(manager.listedNames().size(), 2);
}

void TestProfileManager::deleteAsksAndRemovesTheKeychainEntry()
{
    QVERIFY(m_profiles->save(volc(QStringLiteral("a"))));
    QVERIFY(m_profiles->save(volc(QStringLiteral("b"))));
    m_keychain->insert(QStringLiteral("a"), QStringLiteral("sa"));
    m_keychain->insert(QStringLiteral("b"), QStringLiteral("sb"));
    ProfileManagerDialog manager(m_profiles.get(), m_keychain.get(), nullptr);
    manager.selectProfile(QStringLiteral("a"));

    m_prompter.answers = {false};
    manager.deleteProfile();
    QTest::qWait(50);
    QCOMPARE(m_prompter.asked.size(), 1);
    QVERIFY(m_prompter.asked.first().contains(QStringLiteral("“a”")));
    QVERIFY(m_prompter.asked.first().contains(QStringLiteral("keychain")));
    QVERIFY(m_profiles->contains(QStringLiteral("a")));
    QVERIFY(m_keychain->contains(QStringLiteral("a")));

    m_prompter.answers = {true};
    manager.deleteProfile();
    QTRY_VERIFY(!m_profiles->contains(QStringLiteral("a")));
    QVERIFY(!m_keychain->contains(QStringLiteral("a")));
    QVERIFY(m_keychain->contains(QStringLiteral("b")));
    QCOMPARE(manager.listedNames(), QStringList{QStringLiteral("b")});
}

void TestProfileManager::deleteWithUnavailableKeychainAsksAgain()
{
    QVERIFY(m_profiles->save(volc(QStringLiteral("a"))));
    m_keychain->setUnavailable(QStringLiteral("Cannot autolaunch D-Bus without X11 $DISPLAY"));
    ProfileManagerDialog manager(m_profiles.get(), m_keychain.get(), nullptr);
    manager.selectProfile(QStringLiteral("a"));
    m_prompter.answers = {true, false};
    manager.deleteProfile();
    QTRY_COMPARE(m_prompter.asked.size(), 2);
    QVERIFY2(m_prompter.asked.at(1).contains(QStringLiteral("Cannot autolaunch D-Bus")), qPrintable(m_prompter.asked.at(1)));
    QVERIFY(m_profiles->contains(QStringLiteral("a"))); // declined: kept

    m_prompter.asked.clear();
    m_prompter.answers = {true, true};
    manager.deleteProfile();
    QTRY_VERIFY(!m_profiles->contains(QStringLiteral("a")));
    QCOMPARE(m_prompter.asked.size(), 2);
}

void TestProfileManager::unavailableKeychainOffersThisSessionOnly()
{
    m_keychain->setUnavailable(QStringLiteral("The name org.freedesktop.secrets was not provided by any .service files"));
    MemoryCredentialStore session;
    ProfileEditDialog d(m_profiles.get(), m_keychain.get(), &session);
    d.setAddMode();
    fillAdd(&d, QStringLiteral("p"), QStringLiteral("AK"), QStringLiteral("session-secret"));
    QSignalSpy saved(&d, &ProfileEditDialog::profileSaved);
    QSignalSpy sessionOnly(&d, &ProfileEditDialog::sessionOnlySecret);

    m_prompter.answers = {false}; // declined: nothing saved, the dialog says why
    d.accept();
    QTRY_COMPARE(m_prompter.asked.size(), 1);
    QVERIFY(m_prompter.asked.first().contains(QStringLiteral("org.freedesktop.secrets")));
    QVERIFY(m_prompter.asked.first().contains(QStringLiteral("nothing is written in plain text")));
    QTRY_VERIFY(d.messageText().contains(QStringLiteral("org.freedesktop.secrets")));
    QCOMPARE(saved.count(), 0);
    QVERIFY(m_profiles->names().isEmpty());

    m_prompter.answers = {true};
    d.accept();
    QVERIFY(saved.wait());
    QCOMPARE(sessionOnly.count(), 1);
    QVERIFY(m_profiles->contains(QStringLiteral("p")));
    QCOMPARE(m_keychain->count(), 0);
    QCOMPARE(session.peek(QStringLiteral("p"))->secretKey, QStringLiteral("session-secret"));
    QFile ini(m_profiles->fileName());
    QVERIFY(ini.open(QIODevice::ReadOnly));
    QVERIFY(!ini.readAll().contains("session-secret"));
}

void TestProfileManager::secretStatusIsShown()
{
    QVERIFY(m_profiles->save(volc(QStringLiteral("with"))));
    QVERIFY(m_profiles->save(volc(QStringLiteral("without"))));
    m_keychain->insert(QStringLiteral("with"), QStringLiteral("s"));
    ProfileManagerDialog manager(m_profiles.get(), m_keychain.get(), nullptr);
    manager.selectProfile(QStringLiteral("with"));
    QTRY_VERIFY2(manager.secretStatusText().contains(QStringLiteral("saved in the system keychain")), qPrintable(manager.secretStatusText()));
    manager.selectProfile(QStringLiteral("without"));
    QTRY_VERIFY2(manager.secretStatusText().contains(QStringLiteral("not saved yet")), qPrintable(manager.secretStatusText()));
    m_keychain->setUnavailable(QStringLiteral("Cannot create an item in a locked collection"));
    manager.selectProfile(QStringLiteral("with"));
    QTRY_VERIFY2(manager.secretStatusText().contains(QStringLiteral("locked collection")), qPrintable(manager.secretStatusText()));
}

void TestProfileManager::testConnectionSucceeds()
{
    QVERIFY2(m_emuStarted, qPrintable(m_emuError));
    Profile p = volc(QStringLiteral("emu"), m_emu.accessKey());
    p.endpoints.insert(QStringLiteral("id"), m_emu.endpoint().toString());
    p.endpoints.insert(QStringLiteral("cloudidentity"), m_emu.endpoint().toString());
    QVERIFY(m_profiles->save(p));
    m_keychain->insert(p.name, m_emu.secret());
    Profile sso;
    sso.name = QStringLiteral("emu-sso");
    sso.provider = Profile::Provider::Aliyun;
    sso.accessKeyId = m_emu.accessKey();
    sso.endpoints.insert(QStringLiteral("cloudsso"), m_emu.endpoint().toString());
    QVERIFY(m_profiles->save(sso));
    m_keychain->insert(sso.name, m_emu.secret());

    ProfileManagerDialog manager(m_profiles.get(), m_keychain.get(), nullptr);
    for (const QString &name : {p.name, sso.name}) {
        manager.selectProfile(name);
        QSignalSpy done(&manager, &ProfileManagerDialog::testFinished);
        manager.testConnection();
        QVERIFY(done.wait(20000));
        QVERIFY2(done.first().at(0).toBool(), qPrintable(manager.testResultText()));
        QVERIFY2(QRegularExpression(QStringLiteral("Connected in \\d+ ms")).match(manager.testResultText()).hasMatch(),
                 qPrintable(manager.testResultText()));
        const auto checks = manager.tester()->checks();
        QCOMPARE(checks.size(), name == sso.name ? 1 : 2);
        for (const auto &c : checks)
            QVERIFY(!c.requestId.isEmpty());
    }
}

void TestProfileManager::testConnectionShowsCodeAndRequestId()
{
    QVERIFY2(m_emuStarted, qPrintable(m_emuError));
    Profile p = volc(QStringLiteral("wrong"), m_emu.accessKey());
    p.endpoints.insert(QStringLiteral("id"), m_emu.endpoint().toString());
    p.endpoints.insert(QStringLiteral("cloudidentity"), m_emu.endpoint().toString());
    QVERIFY(m_profiles->save(p));
    m_keychain->insert(p.name, QStringLiteral("not-the-secret"));
    ProfileManagerDialog manager(m_profiles.get(), m_keychain.get(), nullptr);
    manager.show();
    manager.selectProfile(p.name);
    QSignalSpy done(&manager, &ProfileManagerDialog::testFinished);
    manager.testConnection();
    QVERIFY(done.wait(20000));
    QVERIFY(!done.first().at(0).toBool());
    const ApiError e = manager.tester()->firstError();
    QCOMPARE(e.kind, ApiError::Kind::Api);
    QVERIFY(!e.requestId.isEmpty());
    QVERIFY2(manager.testResultText().contains(e.code), qPrintable(manager.testResultText()));
    QVERIFY2(manager.testResultText().contains(e.requestId), qPrintable(manager.testResultText()));
    QVERIFY(manager.testResultText().contains(QStringLiteral("HTTP %1").arg(e.httpStatus)));
    saveShot(&manager, QStringLiteral("profile-manager-test-failed.png"));
}

void TestProfileManager::testConnectionWithoutSecret()
{
    QVERIFY(m_profiles->save(volc(QStringLiteral("nosecret"))));
    ProfileManagerDialog manager(m_profiles.get(), m_keychain.get(), nullptr);
    manager.selectProfile(QStringLiteral("nosecret"));
    QSignalSpy done(&manager, &ProfileManagerDialog::testFinished);
    manager.testConnection();
    QVERIFY(done.wait());
    QVERIFY(!done.first().at(0).toBool());
    QVERIFY2(manager.testResultText().contains(QStringLiteral("No secret key is saved")), qPrintable(manager.testResultText()));
}

void TestProfileManager::switcherEmitsSession()
{
    Profile p = volc(QStringLiteral("p"));
    QVERIFY(m_profiles->save(p));
    m_keychain->insert(p.name, QStringLiteral("s"), QStringLiteral("t"));
    ProfileSwitcher switcher(m_profiles.get(), m_keychain.get());
    QSignalSpy session(&switcher, &ProfileSwitcher::sessionRequested);
    switcher.selectProfile(QStringLiteral("p"));
    QCOMPARE(switcher.state(), ProfileSwitcher::State::Loading);
    QCOMPARE(session.count(), 0); // asynchronous, like the real keychain
    QVERIFY(session.wait());
    QCOMPARE(session.first().at(0).value<Profile>(), p);
    const auto c = session.first().at(1).value<Credentials>();
    QCOMPARE(c.accessKeyId, p.accessKeyId);
    QCOMPARE(c.secret, QStringLiteral("s"));
    QCOMPARE(c.sessionToken, QStringLiteral("t"));
    QCOMPARE(switcher.state(), ProfileSwitcher::State::Ready);
    QCOMPARE(m_profiles->lastUsed(), QStringLiteral("p"));
    QCOMPARE(child<QComboBox>(&switcher, "profileCombo")->currentText(), QStringLiteral("p"));
    QVERIFY(!child<QToolButton>(&switcher, "credentialStatusButton")->isVisibleTo(&switcher));
}

void TestProfileManager::switcherNoSecretIsAClearState()
{
    QVERIFY(m_profiles->save(volc(QStringLiteral("p"))));
    ProfileSwitcher switcher(m_profiles.get(), m_keychain.get());
    QSignalSpy session(&switcher, &ProfileSwitcher::sessionRequested);
    QSignalSpy problem(&switcher, &ProfileSwitcher::credentialProblem);
    switcher.selectProfile(QStringLiteral("p"));
    QVERIFY(problem.wait());
    QCOMPARE(problem.first().at(0).toString(), QStringLiteral("p"));
    QVERIFY(problem.first().at(1).toString().contains(QStringLiteral("No secret key is saved")));
    QCOMPARE(switcher.state(), ProfileSwitcher::State::NoSecret);
    QVERIFY(child<QToolButton>(&switcher, "credentialStatusButton")->isVisibleTo(&switcher));
    QVERIFY(!switcher.promptDialog()); // programmatic selection never pops up a dialog
    QCOMPARE(session.count(), 0);
    QVERIFY(m_profiles->lastUsed().isEmpty());

    m_keychain->setUnavailable(QStringLiteral("Cannot autolaunch D-Bus without X11 $DISPLAY"));
    problem.clear();
    switcher.retry();
    QVERIFY(problem.wait());
    QCOMPARE(switcher.state(), ProfileSwitcher::State::Unavailable);
    QVERIFY(problem.first().at(1).toString().contains(QStringLiteral("Cannot autolaunch D-Bus")));
    QVERIFY(switcher.stateMessage().contains(QStringLiteral("session only")));
}

void TestProfileManager::switcherPromptSavesToKeychain()
{
    QVERIFY(m_profiles->save(volc(QStringLiteral("a"))));
    QVERIFY(m_profiles->save(volc(QStringLiteral("p"))));
    m_keychain->insert(QStringLiteral("a"), QStringLiteral("sa"));
    ProfileSwitcher switcher(m_profiles.get(), m_keychain.get());
    switcher.show();
    QSignalSpy session(&switcher, &ProfileSwitcher::sessionRequested);
    // The person picks "p" in the combo: no secret yet, so the prompt opens by itself.
    auto *combo = child<QComboBox>(&switcher, "profileCombo");
    const int index = combo->findText(QStringLiteral("p"));
    combo->setCurrentIndex(index);
    emit combo->activated(index);
    QTRY_VERIFY(switcher.promptDialog());
    CredentialPromptDialog *prompt = switcher.promptDialog();
    QVERIFY(child<QCheckBox>(prompt, "saveToKeychainCheck")->isChecked());
    auto *ok = child<QDialogButtonBox>(prompt, "buttonBox")->button(QDialogButtonBox::Ok);
    QVERIFY(!ok->isEnabled());
    child<QLineEdit>(prompt, "secretEdit")->setText(QStringLiteral("typed-secret"));
    QVERIFY(ok->isEnabled());
    ok->click();
    QVERIFY(session.wait());
    QCOMPARE(session.first().at(1).value<Credentials>().secret, QStringLiteral("typed-secret"));
    QCOMPARE(m_keychain->peek(QStringLiteral("p"))->secretKey, QStringLiteral("typed-secret"));
    QVERIFY(!switcher.sessionStore()->contains(QStringLiteral("p")));
}

void TestProfileManager::switcherUnavailableUsesThisSessionOnly()
{
    QVERIFY(m_profiles->save(volc(QStringLiteral("p"))));
    m_keychain->setUnavailable(QStringLiteral("Cannot autolaunch D-Bus without X11 $DISPLAY"));
    ProfileSwitcher switcher(m_profiles.get(), m_keychain.get());
    switcher.show();
    QSignalSpy session(&switcher, &ProfileSwitcher::sessionRequested);
    QSignalSpy problem(&switcher, &ProfileSwitcher::credentialProblem);
    switcher.selectProfile(QStringLiteral("p"));
    QVERIFY(problem.wait());
    child<QToolButton>(&switcher, "credentialStatusButton")->click();
    QTRY_VERIFY(switcher.promptDialog());
    CredentialPromptDialog *prompt = switcher.promptDialog();
    QVERIFY(!child<QCheckBox>(prompt, "saveToKeychainCheck")->isVisibleTo(prompt));
    QVERIFY(child<QLabel>(prompt, "sessionOnlyLabel")->text().contains(QStringLiteral("never written to disk")));
    QVERIFY(child<QLabel>(prompt, "detailsLabel")->text().contains(QStringLiteral("Cannot autolaunch D-Bus")));
    QVERIFY(prompt->findChild<QPushButton *>(QStringLiteral("retryButton")));
    saveShot(prompt, QStringLiteral("credential-prompt-unavailable.png"));
    child<QLineEdit>(prompt, "secretEdit")->setText(QStringLiteral("memory-only"));
    const int opsBefore = m_keychain->writeCount();
    child<QDialogButtonBox>(prompt, "buttonBox")->button(QDialogButtonBox::Ok)->click();
    QTRY_COMPARE(session.count(), 1);
    QCOMPARE(session.first().at(1).value<Credentials>().secret, QStringLiteral("memory-only"));
    QCOMPARE(m_keychain->writeCount(), opsBefore); // no attempt to write anywhere else
    QCOMPARE(m_keychain->count(), 0);
    QVERIFY(switcher.sessionStore()->contains(QStringLiteral("p")));
    QFile ini(m_profiles->fileName());
    QVERIFY(ini.open(QIODevice::ReadOnly));
    QVERIFY(!ini.readAll().contains("memory-only"));
    // Switching back to it later in the session reuses the held key without asking.
    session.clear();
    switcher.selectProfile(QStringLiteral("p"));
    QVERIFY(session.wait());
}

void TestProfileManager::switcherIgnoresStaleAnswers()
{
    QVERIFY(m_profiles->save(volc(QStringLiteral("slow"))));
    QVERIFY(m_profiles->save(volc(QStringLiteral("fast"))));
    m_keychain->insert(QStringLiteral("slow"), QStringLiteral("s1"));
    m_keychain->insert(QStringLiteral("fast"), QStringLiteral("s2"));
    ProfileSwitcher switcher(m_profiles.get(), m_keychain.get());
    QSignalSpy session(&switcher, &ProfileSwitcher::sessionRequested);
    m_keychain->setLatency(200);
    switcher.selectProfile(QStringLiteral("slow"));
    m_keychain->setLatency(0);
    switcher.selectProfile(QStringLiteral("fast"));
    QVERIFY(session.wait());
    QTest::qWait(300);
    QCOMPARE(session.count(), 1);
    QCOMPARE(session.first().at(0).value<Profile>().name, QStringLiteral("fast"));
    QCOMPARE(switcher.currentProfileName(), QStringLiteral("fast"));
}

void TestProfileManager::switcherTransientProfile()
{
    QVERIFY(m_profiles->save(volc(QStringLiteral("saved"))));
    ProfileSwitcher switcher(m_profiles.get(), m_keychain.get());
    Profile demo = volc(QStringLiteral("Demo (emulator)"), QStringLiteral("AKLTdemo"));
    Credentials c{QStringLiteral("AKLTdemo"), QStringLiteral("demo-secret"), {}};
    switcher.addTransientProfile(demo, c);
    QCOMPARE(switcher.profileNames(), (QStringList{QStringLiteral("saved"), QStringLiteral("Demo (emulator)")}));
    auto *combo = child<QComboBox>(&switcher, "profileCombo");
    QVERIFY(combo->itemText(1).contains(QStringLiteral("this session")));
    QSignalSpy session(&switcher, &ProfileSwitcher::sessionRequested);
    switcher.selectProfile(demo.name);
    QVERIFY(session.wait());
    const auto p = session.first().at(0).value<Profile>();
    QVERIFY(p.transient);
    QCOMPARE(session.first().at(1).value<Credentials>().secret, QStringLiteral("demo-secret"));
    QCOMPARE(m_keychain->operationCount(), 0); // never touched the keychain
    QVERIFY(!m_profiles->contains(demo.name));  // never saved
    QVERIFY(m_profiles->lastUsed().isEmpty());
    QSignalSpy cleared(&switcher, &ProfileSwitcher::sessionCleared);
    switcher.removeTransientProfile(demo.name);
    QCOMPARE(cleared.count(), 1);
    QCOMPARE(switcher.profileNames(), QStringList{QStringLiteral("saved")});
}

void TestProfileManager::switcherFollowsEditsAndDeletes()
{
    QVERIFY(m_profiles->save(volc(QStringLiteral("p"))));
    QVERIFY(m_profiles->save(volc(QStringLiteral("q"))));
    m_keychain->insert(QStringLiteral("p"), QStringLiteral("s"));
    ProfileSwitcher switcher(m_profiles.get(), m_keychain.get());
    QSignalSpy session(&switcher, &ProfileSwitcher::sessionRequested);
    switcher.selectProfile(QStringLiteral("p"));
    QVERIFY(session.wait());

    // Editing the active profile (here: a new region) opens a fresh session with it.
    Profile edited = volc(QStringLiteral("p"));
    edited.region = QStringLiteral("cn-shanghai");
    session.clear();
    QVERIFY(m_profiles->save(edited, QStringLiteral("p")));
    QVERIFY(session.wait());
    QCOMPARE(session.first().at(0).value<Profile>().region, QStringLiteral("cn-shanghai"));

    // Editing another profile does not disturb the session.
    session.clear();
    QVERIFY(m_profiles->save(volc(QStringLiteral("q")), QStringLiteral("q")));
    QTest::qWait(50);
    QCOMPARE(session.count(), 0);
    QVERIFY(m_profiles->save(volc(QStringLiteral("r"))));
    QCOMPARE(switcher.profileNames(), (QStringList{QStringLiteral("p"), QStringLiteral("q"), QStringLiteral("r")}));
    QCOMPARE(switcher.currentProfileName(), QStringLiteral("p"));

    QSignalSpy cleared(&switcher, &ProfileSwitcher::sessionCleared);
    QVERIFY(m_profiles->remove(QStringLiteral("p")));
    QCOMPARE(cleared.count(), 1);
    QVERIFY(switcher.currentProfileName().isEmpty());
    QCOMPARE(switcher.state(), ProfileSwitcher::State::NoProfile);
}

void TestProfileManager::switcherRestoresLastUsed()
{
    QVERIFY(m_profiles->save(volc(QStringLiteral("a"))));
    QVERIFY(m_profiles->save(volc(QStringLiteral("b"))));
    m_keychain->insert(QStringLiteral("a"), QStringLiteral("sa"));
    m_keychain->insert(QStringLiteral("b"), QStringLiteral("sb"));
    m_profiles->setLastUsed(QStringLiteral("b"));
    {
        ProfileSwitcher switcher(m_profiles.get(), m_keychain.get());
        QSignalSpy session(&switcher, &ProfileSwitcher::sessionRequested);
        switcher.restoreLastUsed();
        QVERIFY(session.wait());
        QCOMPARE(session.first().at(0).value<Profile>().name, QStringLiteral("b"));
    }
    QVERIFY(m_profiles->remove(QStringLiteral("b")));
    ProfileSwitcher switcher(m_profiles.get(), m_keychain.get());
    QSignalSpy session(&switcher, &ProfileSwitcher::sessionRequested);
    switcher.restoreLastUsed(); // last used is gone: the first profile
    QVERIFY(session.wait());
    QCOMPARE(session.first().at(0).value<Profile>().name, QStringLiteral("a"));

    ProfileStore empty(m_dir->filePath(QStringLiteral("empty.ini")));
    ProfileSwitcher none(&empty, m_keychain.get());
    QSignalSpy cleared(&none, &ProfileSwitcher::sessionCleared);
    none.restoreLastUsed();
    QCOMPARE(cleared.count(), 1);
    QCOMPARE(none.state(), ProfileSwitcher::State::NoProfile);
}

void TestProfileManager::switcherRejectedKeyAsksForTheCurrentOne()
{
    QVERIFY(m_profiles->save(volc(QStringLiteral("p"))));
    m_keychain->insert(QStringLiteral("p"), QStringLiteral("expired"));
    ProfileSwitcher switcher(m_profiles.get(), m_keychain.get());
    switcher.show();
    QSignalSpy session(&switcher, &ProfileSwitcher::sessionRequested);
    switcher.selectProfile(QStringLiteral("p"));
    QVERIFY(session.wait());
    auto *status = child<QToolButton>(&switcher, "credentialStatusButton");
    QVERIFY(!status->isVisibleTo(&switcher));

    switcher.reportCredentialRejected(QStringLiteral("other"), QStringLiteral("ignored"));
    QCOMPARE(switcher.state(), ProfileSwitcher::State::Ready);
    const QString message = QStringLiteral("SignatureDoesNotMatch: The request signature does not match (HTTP 401, RequestId r-1)");
    switcher.reportCredentialRejected(QStringLiteral("p"), message);
    QCOMPARE(switcher.state(), ProfileSwitcher::State::Rejected);
    QVERIFY(status->isVisibleTo(&switcher));
    QVERIFY(status->toolTip().contains(QStringLiteral("wrong or expired")));

    status->click();
    QTRY_VERIFY(switcher.promptDialog());
    CredentialPromptDialog *prompt = switcher.promptDialog();
    QCOMPARE(prompt->reason(), CredentialPromptDialog::Reason::Rejected);
    QVERIFY(child<QLabel>(prompt, "detailsLabel")->text().contains(QStringLiteral("RequestId r-1")));
    QVERIFY(child<QCheckBox>(prompt, "saveToKeychainCheck")->isChecked());
    saveShot(prompt, QStringLiteral("credential-prompt-rejected.png"));
    child<QLineEdit>(prompt, "secretEdit")->setText(QStringLiteral("current-key"));
    session.clear();
    child<QDialogButtonBox>(prompt, "buttonBox")->button(QDialogButtonBox::Ok)->click();
    QVERIFY(session.wait());
    QCOMPARE(session.first().at(1).value<Credentials>().secret, QStringLiteral("current-key"));
    QCOMPARE(m_keychain->peek(QStringLiteral("p"))->secretKey, QStringLiteral("current-key"));
    QCOMPARE(switcher.state(), ProfileSwitcher::State::Ready);
}

void TestProfileManager::switcherManageAndUse()
{
    QVERIFY(m_profiles->save(volc(QStringLiteral("a"))));
    QVERIFY(m_profiles->save(volc(QStringLiteral("b"))));
    m_keychain->insert(QStringLiteral("b"), QStringLiteral("sb"));
    ProfileSwitcher switcher(m_profiles.get(), m_keychain.get());
    switcher.show();
    child<QToolButton>(&switcher, "manageProfilesButton")->click();
    QTRY_VERIFY(switcher.managerDialog());
    ProfileManagerDialog *manager = switcher.managerDialog();
    QCOMPARE(manager->listedNames(), (QStringList{QStringLiteral("a"), QStringLiteral("b")}));
    // A profile added in the manager shows up in the switcher at once.
    QVERIFY(m_profiles->save(volc(QStringLiteral("c"))));
    QCOMPARE(switcher.profileNames(), (QStringList{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")}));
    QCOMPARE(manager->listedNames().size(), 3);
    QSignalSpy session(&switcher, &ProfileSwitcher::sessionRequested);
    manager->selectProfile(QStringLiteral("b"));
    child<QPushButton>(manager, "useButton")->click();
    QVERIFY(session.wait());
    QCOMPARE(session.first().at(0).value<Profile>().name, QStringLiteral("b"));
    QTRY_VERIFY(!switcher.managerDialog() || !switcher.managerDialog()->isVisible());
}

void TestProfileManager::screenshots()
{
    Profile a = volc(QStringLiteral("Production Beijing"), QStringLiteral("AKLTprodbj0123456789"));
    a.endpoints.insert(QStringLiteral("cloudidentity"), QStringLiteral("https://open.volcengineapi.com"));
    Profile b = volc(QStringLiteral("Staging Shanghai"), QStringLiteral("AKLTstagingsh9876"));
    b.region = QStringLiteral("cn-shanghai");
    Profile c;
    c.name = QStringLiteral("CloudSSO Singapore");
    c.provider = Profile::Provider::Aliyun;
    c.region = QStringLiteral("ap-southeast-1");
    c.accessKeyId = QStringLiteral("LTAI5tSingapore");
    c.defaultDirectory = QStringLiteral("d-00fc2p61abcd");
    for (const Profile &p : {a, b, c})
        QVERIFY(m_profiles->save(p));
    m_keychain->insert(a.name, QStringLiteral("x"));
    m_keychain->insert(c.name, QStringLiteral("y"));
    ProfileManagerDialog manager(m_profiles.get(), m_keychain.get(), nullptr);
    manager.resize(900, 460);
    manager.show();
    manager.selectProfile(a.name);
    QTRY_VERIFY(manager.secretStatusText().contains(QStringLiteral("saved")));
    if (m_emuStarted) {
        Profile emu = volc(QStringLiteral("Local emulator"), m_emu.accessKey());
        emu.endpoints.insert(QStringLiteral("id"), m_emu.endpoint().toString());
        emu.endpoints.insert(QStringLiteral("cloudidentity"), m_emu.endpoint().toString());
        QVERIFY(m_profiles->save(emu));
        m_keychain->insert(emu.name, m_emu.secret());
        manager.selectProfile(emu.name);
        QSignalSpy done(&manager, &ProfileManagerDialog::testFinished);
        manager.testConnection();
        QVERIFY(done.wait(20000));
    }
    saveShot(&manager, QStringLiteral("profile-manager.png"));

    manager.selectProfile(b.name);
    QTRY_VERIFY(manager.secretStatusText().contains(QStringLiteral("not saved")));
    saveShot(&manager, QStringLiteral("profile-manager-no-secret.png"));

    manager.selectProfile(a.name);
    manager.editProfile();
    ProfileEditDialog *edit = manager.editDialog();
    QVERIFY(edit);
    QTRY_VERIFY(child<QLabel>(edit, "secretStatusLabel")->text().contains(QStringLiteral("saved")));
    saveShot(edit, QStringLiteral("profile-edit-volcengine.png"));
    edit->close();

    manager.selectProfile(c.name);
    manager.editProfile();
    edit = manager.editDialog();
    QVERIFY(edit);
    QTRY_VERIFY(child<QLabel>(edit, "secretStatusLabel")->text().contains(QStringLiteral("saved")));
    saveShot(edit, QStringLiteral("profile-edit-aliyun.png"));
    edit->close();

    ProfileEditDialog *add = openAdd(manager);
    fillAdd(add, QStringLiteral("production beijing"), QStringLiteral("AKLT new"), QString());
    child<QLineEdit>(add, "endpointEdit_id")->setText(QStringLiteral("http://id.internal.example"));
    add->accept();
    saveShot(add, QStringLiteral("profile-add-validation.png"));
    add->close();

    ProfileSwitcher switcher(m_profiles.get(), m_keychain.get());
    switcher.show();
    switcher.selectProfile(b.name);
    QTRY_COMPARE(switcher.state(), ProfileSwitcher::State::NoSecret);
    saveShot(&switcher, QStringLiteral("profile-switcher-no-secret.png"));
}

QTEST_MAIN(TestProfileManager)
#include "tst_profilemanager.moc"
