// SPDX-License-Identifier: GPL-3.0-or-later
// The main window: navigation (disabled entries with reasons), global shortcuts routed to the current pane,
// remembered layout, status bar (requests in flight, last error, RequestId copy), menus, run-time
// retranslation, About, demo mode, and screenshots of the window with the user pools pane.
#include "shell/AboutDialog.h"
#include "api/ApiClient.h"
#include "cloud/DemoEnvironment.h"
#include "EmulatorFixture.h"
#include "shell/LanguageManager.h"
#include "shell/MainWindow.h"
#include "credentials/MemoryCredentialStore.h"
#include "shell/Pane.h"
#include "widgets/PaneStateWidget.h"
#include "profiles/ProfileManagerDialog.h"
#include "credentials/ProfileStore.h"
#include "profiles/ProfileSwitcher.h"
#include "widgets/Prompter.h"
#include "cloud/Session.h"
#include "models/UserPoolModel.h"
#include "pools/UserPoolsPane.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <QSignalSpy>
#include <QSplitter>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTranslator>
#include <QTreeView>
#include <csignal>

namespace {
class ScriptedPrompter : public Prompter
{
public:
    QString nextFileName;
    QStringList warnings;
    bool confirm(QWidget *, const QString &, const QString &, const QString &) override { return true; }
    bool confirmByTyping(QWidget *, const QString &, const QString &, const QString &) override { return false; }
    QString choose(QWidget *, const QString &, const QString &, const QStringList &items, int current) override
    {
        return items.value(current);
    }
    void inform(QWidget *, const QString &, const QString &) override {}
    void warn(QWidget *, const QString &title, const QString &text) override { warnings << title + QLatin1Char('\n') + text; }
    QString saveFileName(QWidget *, const QString &, const QString &, const QString &) override { return nextFileName; }
};

// A pane that counts what the main window routes to it.
class FakePane : public Pane
{
    Q_OBJECT
public:
    FakePane(const QString &id, const QString &title, bool volcengine, bool aliyun, QWidget *parent)
        : Pane(parent), m_id(id), m_title(title), m_volc(volcengine), m_aliyun(aliyun)
    {
    }
    QString paneId() const override { return m_id; }
    QString paneTitle() const override { return tr(m_title.toUtf8().constData()); }
    bool supports(const Session *session, QString *reason) const override
    {
        const bool ok = session && (session->profile().provider == Profile::Provider::Aliyun ? m_aliyun : m_volc);
        if (!ok && reason)
            *reason = QStringLiteral("%1 does not apply here").arg(m_title);
        return ok;
    }
    void setSession(Session *session) override
    {
        Pane::setSession(session);
        ++sessions;
    }
    void refresh() override { ++refreshes; }
    void focusFilter() override { ++filters; }
    void newItem() override { ++news; }
    void deleteSelection() override { ++deletes; }
    void copySelection() override { ++copies; }
    bool exportCsv(const QString &fileName, QString *) override
    {
        exported = fileName;
        QFile f(fileName);
        return f.open(QIODevice::WriteOnly) && f.write("a,b\r\n") == 5;
    }
    void saveState(QSettings &settings) const override { settings.setValue(QStringLiteral("marker"), marker); }
    void restoreState(QSettings &settings) override { marker = settings.value(QStringLiteral("marker")).toString(); }
    void retranslate() override { ++retranslations; }

    int sessions = 0, refreshes = 0, filters = 0, news = 0, deletes = 0, copies = 0, retranslations = 0;
    QString exported;
    QString marker;

private:
    QString m_id, m_title;
    bool m_volc, m_aliyun;
};

// Wraps every translation in «…», to see which texts follow a language switch.
class PseudoTranslator : public QTranslator
{
public:
    QString translate(const char *, const char *sourceText, const char * = nullptr, int n = -1) const override
    {
        QString s = QString::fromUtf8(sourceText);
        if (n >= 0)
            s.replace(QStringLiteral("%n"), QString::number(n));
        return QStringLiteral("«") + s + QStringLiteral("»");
    }
    bool isEmpty() const override { return false; }
};

QString screenshotPath(const QString &name)
{
    const QString dir = QStringLiteral(IDCONSOLE_BUILD_DIR "/screenshots");
    QDir().mkpath(dir);
    return dir + QLatin1Char('/') + name;
}

Profile volcProfile(const EmulatorFixture &emu, const QString &name = QStringLiteral("emulator"))
{
    Profile p;
    p.name = name;
    p.provider = Profile::Provider::Volcengine;
    p.accessKeyId = emu.accessKey();
    p.endpoints.insert(QStringLiteral("id"), emu.endpoint().toString());
    p.endpoints.insert(QStringLiteral("cloudidentity"), emu.endpoint().toString());
    p.transient = true;
    return p;
}

Profile aliyunProfile(const EmulatorFixture &emu)
{
    Profile p;
    p.name = QStringLiteral("alibaba");
    p.provider = Profile::Provider::Aliyun;
    p.accessKeyId = emu.accessKey();
    p.endpoints.insert(QStringLiteral("cloudsso"), emu.endpoint().toString());
    p.transient = true;
    return p;
}

bool processAlive(qint64 pid)
{
    return pid > 0 && ::kill(pid_t(pid), 0) == 0;
}
}

class TestMainWindow : public QObject
{
    Q_OBJECT

private:
    ScriptedPrompter m_prompter;
    EmulatorFixture m_emu{{QStringLiteral("--dataset"), QStringLiteral("demo")}};
    QTemporaryDir m_dir;
    ProfileStore *m_profiles = nullptr;
    MemoryCredentialStore *m_credentials = nullptr;

    // pools (real), users (fake, Volcengine only), and a pane the window does not know (fake, everywhere).
    MainWindow *makeWindow(FakePane **users = nullptr, FakePane **extra = nullptr)
    {
        FakePane *u = nullptr, *e = nullptr;
        auto *w = new MainWindow(m_profiles, m_credentials, nullptr, [&u, &e](QWidget *parent) {
            u = new FakePane(QStringLiteral("users"), QStringLiteral("Users"), true, false, parent);
            e = new FakePane(QStringLiteral("extra"), QStringLiteral("Extra"), true, true, parent);
            return QList<Pane *>{u, new UserPoolsPane(parent), e};
        });
        if (users)
            *users = u;
        if (extra)
            *extra = e;
        return w;
    }
    UserPoolsPane *poolsPane(MainWindow *w) { return qobject_cast<UserPoolsPane *>(w->pane(QStringLiteral("pools"))); }
    Credentials emuCredentials() const { return Credentials{m_emu.accessKey(), m_emu.secret(), QString()}; }
    static int navRow(MainWindow *w, const QString &id)
    {
        for (int i = 0; i < w->navigation()->count(); ++i)
            if (w->navigation()->item(i)->data(Qt::UserRole).toString() == id)
                return i;
        return -1;
    }

private slots:
    void initTestCase();
    void cleanupTestCase();
    void navigationOrderAndPlaceholders();
    void navigationFollowsProfile();
    void shortcutsRouteToCurrentPane();
    void settingsRestored();
    void statusBarRequestIdAndInFlight();
    void statusBarLastError();
    void menusAndAbout();
    void retranslatesEverything();
    void exportCurrentPane();
    void defaultFactoryPutsPoolsFirst();
    void demoMode();
    void screenshots();
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("idconsole-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_mainwindow"));
    QSettings().clear();
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    Prompter::setInstance(&m_prompter);
    QVERIFY(m_dir.isValid());
    m_profiles = new ProfileStore(m_dir.filePath(QStringLiteral("profiles.ini")), this);
    m_credentials = new MemoryCredentialStore(this);
    QString error;
    QVERIFY2(m_emu.start(&error), qPrintable(error));
}

void TestMainWindow::cleanupTestCase()
{
    Prompter::setInstance(nullptr);
    QSettings().clear();
}

void TestMainWindow::navigationOrderAndPlaceholders()
{
    std::unique_ptr<MainWindow> w(makeWindow());
    QListWidget *nav = w->navigation();
    // The six pages of the issue in their order, then panes the window does not know.
    QCOMPARE(nav->count(), 7);
    const QStringList titles{QStringLiteral("User pools"), QStringLiteral("MAU"), QStringLiteral("Users"),
                             QStringLiteral("Groups"), QStringLiteral("Provisioning events"),
                             QStringLiteral("Activity log"), QStringLiteral("Extra")};
    for (int i = 0; i < titles.size(); ++i)
        QCOMPARE(nav->item(i)->text(), titles.at(i));
    // Pages that do not exist in this build: disabled, with the reason as tooltip.
    for (int i : {1, 3, 4, 5}) {
        QVERIFY(!(nav->item(i)->flags() & Qt::ItemIsEnabled));
        QCOMPARE(nav->item(i)->toolTip(), QStringLiteral("Not available in this build yet."));
    }
    // No session: nothing applies yet; the pools entry says why.
    QVERIFY(!(nav->item(0)->flags() & Qt::ItemIsEnabled));
    QVERIFY(nav->item(0)->toolTip().contains(QStringLiteral("Volcengine")));
    QCOMPARE(w->currentPaneId(), QStringLiteral("pools"));
    QCOMPARE(w->windowTitle(), QStringLiteral("Identity Console"));
}

void TestMainWindow::navigationFollowsProfile()
{
    FakePane *users = nullptr, *extra = nullptr;
    std::unique_ptr<MainWindow> w(makeWindow(&users, &extra));
    QListWidget *nav = w->navigation();
    QSignalSpy sessions(w.get(), &MainWindow::sessionChanged);
    w->setSession(volcProfile(m_emu), emuCredentials());
    QCOMPARE(sessions.count(), 1);
    QVERIFY(w->session());
    QCOMPARE(users->sessions, 1);
    QCOMPARE(users->session(), w->session());
    QCOMPARE(poolsPane(w.get())->session(), w->session());
    QVERIFY(nav->item(0)->flags() & Qt::ItemIsEnabled);
    QVERIFY(nav->item(2)->flags() & Qt::ItemIsEnabled);
    QCOMPARE(w->windowTitle(), QStringLiteral("Identity Console — emulator"));
    QVERIFY(w->setCurrentPane(QStringLiteral("users")));
    QCOMPARE(w->currentPane(), users);

    // Another region from the toolbar: a new session in that region, handed to every pane.
    QPointer<Session> before = w->session();
    const int shanghai = w->regionCombo()->findData(QStringLiteral("cn-shanghai"));
    QVERIFY(shanghai >= 0);
    QCOMPARE(w->regionCombo()->currentData().toString(), QStringLiteral("cn-beijing"));
    w->regionCombo()->setCurrentIndex(shanghai);
    emit w->regionCombo()->activated(shanghai);
    QVERIFY(!before);
    QCOMPARE(w->session()->profile().region, QStringLiteral("cn-shanghai"));
    QCOMPARE(w->session()->client()->region(Service::Id), QStringLiteral("cn-shanghai"));
    QCOMPARE(users->session(), w->session());
    QCOMPARE(w->session()->client()->credentials().secret, m_emu.secret());

    // Alibaba: pools and the Volcengine-only page are disabled with their reason; the window moves to a page
    // that applies.
    QPointer<Session> old = w->session();
    w->setSession(aliyunProfile(m_emu), emuCredentials());
    QVERIFY(!old);   // the previous session is gone (its requests with it)
    QVERIFY(!(nav->item(0)->flags() & Qt::ItemIsEnabled));
    QVERIFY(nav->item(0)->toolTip().contains(QStringLiteral("Alibaba")));
    QVERIFY(!(nav->item(2)->flags() & Qt::ItemIsEnabled));
    QCOMPARE(nav->item(2)->toolTip(), QStringLiteral("Users does not apply here"));
    QCOMPARE(w->currentPaneId(), QStringLiteral("extra"));
    QVERIFY(!w->setCurrentPane(QStringLiteral("pools")));
    QVERIFY(!w->action(QStringLiteral("pane:pools"))->isEnabled());
    QVERIFY(w->action(QStringLiteral("pane:extra"))->isEnabled());
    // The region list follows the provider.
    QVERIFY(w->regionCombo()->isEnabled());
    QVERIFY(w->regionCombo()->findData(QStringLiteral("cn-hongkong")) >= 0);
    QCOMPARE(w->regionCombo()->currentData().toString(), QStringLiteral("cn-shanghai"));

    w->clearSession();
    QVERIFY(!w->session());
    QVERIFY(!users->session());
    QVERIFY(!w->regionCombo()->isEnabled());
    QCOMPARE(w->windowTitle(), QStringLiteral("Identity Console"));
}

void TestMainWindow::shortcutsRouteToCurrentPane()
{
    FakePane *users = nullptr, *extra = nullptr;
    std::unique_ptr<MainWindow> w(makeWindow(&users, &extra));
    w->setSession(volcProfile(m_emu), emuCredentials());
    QVERIFY(w->setCurrentPane(QStringLiteral("users")));
    w->show();
    w->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(w.get()));
    w->navigation()->setFocus();

    QTest::keyClick(w.get(), Qt::Key_F5);
    QTest::keyClick(w.get(), Qt::Key_F, Qt::ControlModifier);
    QTest::keyClick(w.get(), Qt::Key_N, Qt::ControlModifier);
    QTest::keyClick(w.get(), Qt::Key_Delete);
    QTest::keyClick(w.get(), Qt::Key_C, Qt::ControlModifier);
    QCOMPARE(users->refreshes, 1);
    QCOMPARE(users->filters, 1);
    QCOMPARE(users->news, 1);
    QCOMPARE(users->deletes, 1);
    QCOMPARE(users->copies, 1);
    // Only the current pane gets them.
    QCOMPARE(extra->refreshes + extra->filters + extra->news + extra->deletes + extra->copies, 0);
    QCOMPARE(w->action(QStringLiteral("refresh"))->shortcut(), QKeySequence(Qt::Key_F5));
    QCOMPARE(w->action(QStringLiteral("copy"))->shortcut(), QKeySequence(QKeySequence::Copy));

    // Ctrl+<n> goes to the n-th page; the same keys now reach the other pane.
    QTest::keyClick(w.get(), Qt::Key_7, Qt::ControlModifier);
    QCOMPARE(w->currentPaneId(), QStringLiteral("extra"));
    QTest::keyClick(w.get(), Qt::Key_F5);
    QCOMPARE(extra->refreshes, 1);
    QCOMPARE(users->refreshes, 1);

    // On the pools pane, Ctrl+F focuses its filter and Ctrl+N opens the create dialog.
    QTest::keyClick(w.get(), Qt::Key_1, Qt::ControlModifier);
    UserPoolsPane *pools = poolsPane(w.get());
    QCOMPARE(w->currentPane(), pools);
    QTest::keyClick(w.get(), Qt::Key_F, Qt::ControlModifier);
    QTRY_VERIFY(pools->filterEdit()->hasFocus());
    // In the filter box, Delete edits the text and is not routed.
    QTest::keyClicks(pools->filterEdit(), QStringLiteral("ab"));
    QTest::keyClick(pools->filterEdit(), Qt::Key_Home);
    QTest::keyClick(pools->filterEdit(), Qt::Key_Delete);
    QCOMPARE(pools->filterEdit()->text(), QStringLiteral("b"));
    pools->filterEdit()->clear();
    w->navigation()->setFocus();
    QTest::keyClick(w.get(), Qt::Key_N, Qt::ControlModifier);
    QTRY_VERIFY(pools->activeDialog());
    pools->activeDialog()->reject();
    QTRY_VERIFY(!pools->activeDialog());

    // Ctrl+C with text selected in a label copies that text, not the pane's selection.
    auto *label = new QLabel(QStringLiteral("copy this part only"), pools);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    label->show();
    label->setFocus();
    label->setSelection(0, 9);
    QTRY_VERIFY(label->hasFocus());
    QGuiApplication::clipboard()->clear();
    const int copiesBefore = users->copies;
    QTest::keyClick(w.get(), Qt::Key_C, Qt::ControlModifier);
    QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("copy this"));
    QCOMPARE(users->copies, copiesBefore);
    delete label;
}

void TestMainWindow::settingsRestored()
{
    QSettings().clear();
    {
        FakePane *users = nullptr;
        std::unique_ptr<MainWindow> w(makeWindow(&users));
        w->show();
        QVERIFY(QTest::qWaitForWindowExposed(w.get()));
        w->resize(1010, 690);
        QTRY_COMPARE(w->size(), QSize(1010, 690));
        w->findChild<QSplitter *>(QStringLiteral("mainSplitter"))->setSizes({230, 780});
        QVERIFY(w->setCurrentPane(QStringLiteral("users")));
        users->marker = QStringLiteral("remember me");
        QHeaderView *header = poolsPane(w.get())->view()->header();
        header->setSectionHidden(UserPoolModel::Domain, true);
        header->resizeSection(UserPoolModel::Name, 333);
        poolsPane(w.get())->view()->sortByColumn(UserPoolModel::Users, Qt::DescendingOrder);
        w->close();   // saves
    }
    {
        QSettings s;
        QVERIFY(s.contains(QStringLiteral("MainWindow/geometry")));
        QCOMPARE(s.value(QStringLiteral("MainWindow/lastPane")).toString(), QStringLiteral("users"));
        QCOMPARE(s.value(QStringLiteral("panes/users/marker")).toString(), QStringLiteral("remember me"));
        QVERIFY(s.contains(QStringLiteral("panes/pools/header")));
    }
    FakePane *users = nullptr;
    std::unique_ptr<MainWindow> w(makeWindow(&users));
    w->show();
    QVERIFY(QTest::qWaitForWindowExposed(w.get()));
    QCOMPARE(w->size(), QSize(1010, 690));
    QCOMPARE(w->currentPaneId(), QStringLiteral("users"));
    QCOMPARE(users->marker, QStringLiteral("remember me"));
    QCOMPARE(w->findChild<QSplitter *>(QStringLiteral("mainSplitter"))->sizes().value(0), 230);
    QHeaderView *header = poolsPane(w.get())->view()->header();
    QVERIFY(header->isSectionHidden(UserPoolModel::Domain));
    QCOMPARE(header->sectionSize(UserPoolModel::Name), 333);
    QCOMPARE(header->sortIndicatorSection(), int(UserPoolModel::Users));
    QCOMPARE(header->sortIndicatorOrder(), Qt::DescendingOrder);
    // Restore the defaults for the other tests.
    header->setSectionHidden(UserPoolModel::Domain, false);
    w->close();
    QSettings().clear();
}

void TestMainWindow::statusBarRequestIdAndInFlight()
{
    std::unique_ptr<MainWindow> w(makeWindow());
    w->show();
    QVERIFY(QTest::qWaitForWindowExposed(w.get()));
    QCOMPARE(w->inFlightLabel()->text(), QStringLiteral("Idle"));
    QVERIFY(!w->requestIdButton()->isVisible());
    int maxInFlight = 0;
    connect(w.get(), &MainWindow::sessionChanged, this, [&](Session *s) {
        if (s)
            connect(s->client(), &ApiClient::inFlightChanged, this, [&](int n) {
                maxInFlight = qMax(maxInFlight, n);
                if (n > 0)
                    QVERIFY(w->inFlightLabel()->text().contains(QStringLiteral("in flight")));
            });
    });
    w->setSession(volcProfile(m_emu), emuCredentials());
    QVERIFY(w->setCurrentPane(QStringLiteral("pools")));
    UserPoolsPane *pools = poolsPane(w.get());
    QTRY_COMPARE_WITH_TIMEOUT(pools->model()->rowCount(), 4, 20000);
    QTRY_VERIFY_WITH_TIMEOUT(pools->pendingDetails() == 0, 20000);
    QTRY_COMPARE_WITH_TIMEOUT(w->inFlightLabel()->text(), QStringLiteral("Idle"), 10000);
    QVERIFY(maxInFlight >= 1);

    const QString requestId = w->lastRequestId();
    QVERIFY(!requestId.isEmpty());
    QVERIFY(w->requestIdButton()->isVisible());
    QVERIFY(w->requestIdButton()->text().contains(requestId));
    QGuiApplication::clipboard()->clear();
    QTest::mouseClick(w->requestIdButton(), Qt::LeftButton);
    QCOMPARE(QGuiApplication::clipboard()->text(), requestId);
    QVERIFY(w->errorLabel()->isHidden());
}

void TestMainWindow::statusBarLastError()
{
    std::unique_ptr<MainWindow> w(makeWindow());
    w->show();
    QVERIFY(QTest::qWaitForWindowExposed(w.get()));
    // A wrong secret: the service refuses the signature.
    w->setSession(volcProfile(m_emu), Credentials{m_emu.accessKey(), QStringLiteral("wrong-secret"), QString()});
    QVERIFY(w->setCurrentPane(QStringLiteral("pools")));
    UserPoolsPane *pools = poolsPane(w.get());
    QTRY_COMPARE_WITH_TIMEOUT(pools->stateWidget()->state(), PaneStateWidget::State::Error, 20000);
    QTRY_VERIFY(w->errorLabel()->isVisible());
    QVERIFY2(w->lastErrorText().contains(QStringLiteral("ListUserPools")), qPrintable(w->lastErrorText()));
    QVERIFY2(w->lastErrorText().contains(QStringLiteral("Signature")), qPrintable(w->lastErrorText()));
    QVERIFY(w->errorLabel()->toolTip().contains(QStringLiteral("RequestId")));
    QVERIFY(!w->lastRequestId().isEmpty());
    // The pane's error state shows the code and the RequestId too.
    QVERIFY(pools->stateWidget()->messageText().contains(w->lastRequestId()));
}

void TestMainWindow::menusAndAbout()
{
    std::unique_ptr<MainWindow> w(makeWindow());
    QStringList menuTitles;
    for (QAction *a : w->menuBar()->actions())
        menuTitles << a->text();
    QCOMPARE(menuTitles, QStringList({QStringLiteral("&File"), QStringLiteral("&Edit"), QStringLiteral("&View"),
                                      QStringLiteral("&Language"), QStringLiteral("&Help")}));
    const QList<QAction *> file = w->menu(QStringLiteral("file"))->actions();
    QVERIFY(file.contains(w->action(QStringLiteral("export"))));
    QVERIFY(file.contains(w->action(QStringLiteral("manageProfiles"))));
    QVERIFY(file.contains(w->action(QStringLiteral("quit"))));
    // Language menu: one checkable entry per language, the current one checked.
    for (const QString &code : LanguageManager::availableLanguages()) {
        QAction *a = w->action(QStringLiteral("language:") + code);
        QVERIFY(a);
        QCOMPARE(a->text(), LanguageManager::displayName(code));
        QCOMPARE(a->isChecked(), code == LanguageManager::instance()->language());
    }
    QVERIFY(w->menu(QStringLiteral("help"))->actions().contains(w->action(QStringLiteral("about"))));
    // File > Manage profiles… opens the profile manager (non-blocking).
    w->action(QStringLiteral("manageProfiles"))->trigger();
    QTRY_VERIFY(w->profileSwitcher()->managerDialog());
    w->profileSwitcher()->managerDialog()->close();
    w->action(QStringLiteral("about"))->trigger();
    auto *about = w->findChild<AboutDialog *>();
    QVERIFY(about);
    const QString body = about->bodyText();
    QVERIFY(body.contains(QStringLiteral("GPL-3.0-or-later")));
    QVERIFY(body.contains(QString::fromLatin1(qVersion())));
    QVERIFY(body.contains(QStringLiteral(QT_VERSION_STR)));
    QVERIFY(about->windowTitle().contains(QStringLiteral("About")));
    QCOMPARE(AboutDialog::versionText(), QStringLiteral(IDCONSOLE_VERSION));
    QVERIFY(about->grab().save(screenshotPath(QStringLiteral("about.png"))));
    about->close();
}

void TestMainWindow::retranslatesEverything()
{
    FakePane *users = nullptr;
    std::unique_ptr<MainWindow> w(makeWindow(&users));
    w->setSession(volcProfile(m_emu), emuCredentials());
    UserPoolsPane *pools = poolsPane(w.get());
    const int before = users->retranslations;
    PseudoTranslator pseudo;
    QCoreApplication::installTranslator(&pseudo);
    QTRY_VERIFY(w->menu(QStringLiteral("file"))->title().startsWith(QStringLiteral("«")));
    QVERIFY(w->menu(QStringLiteral("help"))->title().startsWith(QStringLiteral("«")));
    QVERIFY(w->action(QStringLiteral("refresh"))->text().startsWith(QStringLiteral("«")));
    QVERIFY(w->action(QStringLiteral("refresh"))->toolTip().startsWith(QStringLiteral("«")));
    QVERIFY(w->navigation()->item(0)->text().startsWith(QStringLiteral("«")));   // pools pane title
    QVERIFY(w->navigation()->item(1)->text().startsWith(QStringLiteral("«")));   // placeholder
    QVERIFY(w->navigation()->item(1)->toolTip().startsWith(QStringLiteral("«")));
    QVERIFY(w->inFlightLabel()->text().startsWith(QStringLiteral("«")));
    QVERIFY(w->windowTitle().startsWith(QStringLiteral("«")));
    QVERIFY(pools->filterEdit()->placeholderText().startsWith(QStringLiteral("«")));
    QVERIFY(pools->model()->headerData(UserPoolModel::Name, Qt::Horizontal).toString().startsWith(QStringLiteral("«")));
    QVERIFY(users->retranslations > before);
    QCoreApplication::removeTranslator(&pseudo);
    QTRY_COMPARE(w->menu(QStringLiteral("file"))->title(), QStringLiteral("&File"));
    QCOMPARE(w->navigation()->item(0)->text(), QStringLiteral("User pools"));
}

void TestMainWindow::exportCurrentPane()
{
    FakePane *users = nullptr;
    std::unique_ptr<MainWindow> w(makeWindow(&users));
    w->setSession(volcProfile(m_emu), emuCredentials());
    QVERIFY(w->setCurrentPane(QStringLiteral("users")));
    QTemporaryDir dir;
    m_prompter.nextFileName = dir.filePath(QStringLiteral("export"));   // no suffix: .csv is added
    w->action(QStringLiteral("export"))->trigger();
    QCOMPARE(users->exported, dir.filePath(QStringLiteral("export.csv")));
    QVERIFY(QFile::exists(users->exported));
    // Cancelled file dialog: nothing happens.
    users->exported.clear();
    m_prompter.nextFileName.clear();
    w->action(QStringLiteral("export"))->trigger();
    QVERIFY(users->exported.isEmpty());
}

void TestMainWindow::defaultFactoryPutsPoolsFirst()
{
    MainWindow w(m_profiles, m_credentials);
    QVERIFY(w.navigation()->count() >= 6);
    QCOMPARE(w.navigation()->item(0)->data(Qt::UserRole).toString(), QStringLiteral("pools"));
    QVERIFY(qobject_cast<UserPoolsPane *>(w.pane(QStringLiteral("pools"))));
    QCOMPARE(w.navigation()->item(0)->text(), QStringLiteral("User pools"));
}

void TestMainWindow::demoMode()
{
    qint64 pid = 0;
    {
        // Demo mode uses throw-away stores, like `idconsole --demo`.
        QTemporaryDir dir;
        ProfileStore profiles(dir.filePath(QStringLiteral("demo.ini")));
        MemoryCredentialStore credentials;
        MainWindow w(&profiles, &credentials);
        w.show();
        QSignalSpy ready(&w, &MainWindow::demoReady);
        w.startDemo();
        QCOMPARE(w.windowTitle(), QStringLiteral("Identity Console — Demo"));
        QVERIFY2(ready.wait(20000), qPrintable(w.lastErrorText()));
        DemoEnvironment *demo = w.demoEnvironment();
        QVERIFY(demo);
        pid = demo->processId();
        QVERIFY(processAlive(pid));
        // The secret is not on the emulator's command line.
        QFile cmdline(QStringLiteral("/proc/%1/cmdline").arg(pid));
        QVERIFY(cmdline.open(QIODevice::ReadOnly));
        const QByteArray args = cmdline.readAll();
        QVERIFY(!args.contains(demo->credentials().secret.toUtf8()));
        QVERIFY(args.contains(demo->credentials().accessKeyId.toUtf8()));

        QTRY_VERIFY_WITH_TIMEOUT(w.session(), 10000);
        QVERIFY(w.session()->profile().transient);
        QCOMPARE(w.session()->profile().provider, Profile::Provider::Volcengine);
        QCOMPARE(w.windowTitle(), QStringLiteral("Identity Console — Demo"));
        const QStringList names = w.profileSwitcher()->profileNames();
        QVERIFY2(names.size() >= 2, qPrintable(names.join(QLatin1Char(','))));
        QCOMPARE(w.currentPaneId(), QStringLiteral("pools"));
        UserPoolsPane *pools = poolsPane(&w);
        QTRY_COMPARE_WITH_TIMEOUT(pools->model()->rowCount(), 4, 20000);
        QTRY_VERIFY_WITH_TIMEOUT(pools->pendingDetails() == 0, 20000);
        w.resize(1280, 760);
        QTest::qWait(50);
        QVERIFY(w.grab().save(screenshotPath(QStringLiteral("mainwindow-demo.png"))));
        // Nothing was saved: no profile, no keychain entry.
        QVERIFY(profiles.names().isEmpty());
        QCOMPARE(credentials.count(), 0);
        // The Alibaba demo profile opens too (CloudSSO): the pools page does not apply there.
        w.profileSwitcher()->selectProfile(demo->aliyunProfile().name);
        QTRY_VERIFY_WITH_TIMEOUT(w.session() && w.session()->profile().provider == Profile::Provider::Aliyun, 10000);
        QVERIFY(!(w.navigation()->item(0)->flags() & Qt::ItemIsEnabled));
        QCOMPARE(w.session()->profile().endpoints.value(QStringLiteral("cloudsso")), demo->endpoint().toString());
        QTest::qWait(1500);
        QVERIFY(w.grab().save(screenshotPath(QStringLiteral("mainwindow-demo-alibaba.png"))));
    }
    // The console is gone: so is its emulator.
    QTRY_VERIFY_WITH_TIMEOUT(!processAlive(pid), 5000);
}

void TestMainWindow::screenshots()
{
    std::unique_ptr<MainWindow> w(makeWindow());
    w->resize(1280, 760);
    w->show();
    QVERIFY(QTest::qWaitForWindowExposed(w.get()));
    w->setSession(volcProfile(m_emu, QStringLiteral("Volcengine (emulator)")), emuCredentials());
    QVERIFY(w->setCurrentPane(QStringLiteral("pools")));
    UserPoolsPane *pools = poolsPane(w.get());
    QTRY_COMPARE_WITH_TIMEOUT(pools->model()->rowCount(), 4, 20000);
    QTRY_VERIFY_WITH_TIMEOUT(pools->pendingDetails() == 0 && !pools->model()->mauMonth().isEmpty(), 20000);
    QVERIFY(pools->selectPool(pools->model()->pool(0).uid));
    QTest::qWait(100);
    QVERIFY(w->grab().save(screenshotPath(QStringLiteral("mainwindow-pools-en.png"))));

    const QString previous = LanguageManager::instance()->language();
    LanguageManager::instance()->setLanguage(QStringLiteral("zh_CN"));
    QTest::qWait(200);
    QVERIFY(w->action(QStringLiteral("language:zh_CN"))->isChecked());
    QVERIFY(w->grab().save(screenshotPath(QStringLiteral("mainwindow-pools-zh_CN.png"))));
    LanguageManager::instance()->setLanguage(previous.isEmpty() ? QStringLiteral("en") : previous);
    QTRY_COMPARE(w->navigation()->item(0)->text(), QStringLiteral("User pools"));
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
