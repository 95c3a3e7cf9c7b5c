// SPDX-License-Identifier: GPL-3.0-or-later
#include "shell/MainWindow.h"

#include "shell/AboutDialog.h"
#include "widgets/AccessibleText.h"
#include "widgets/FocusOrder.h"
#include "api/ApiClient.h"
#include "cloud/DemoEnvironment.h"
#include "shell/LanguageManager.h"
#include "shell/Pane.h"
#include "pools/PoolUsersPane.h"
#include "pools/UserPoolsPane.h"
#include "shell/PaneFactory.h"
#include "credentials/ProfileStore.h"
#include "profiles/CredentialPromptDialog.h"   // ProfileSwitcher.h needs these complete
#include "profiles/ProfileManagerDialog.h"
#include "profiles/ProfileSwitcher.h"
#include "widgets/Prompter.h"
#include "api/ServiceCatalog.h"
#include "cloud/Session.h"
#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QComboBox>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QProgressBar>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

namespace {
struct NavSlot
{
    const char *id;
    const char *aliases;   // paneId spellings the slot accepts (comma-separated, compared case-insensitively)
    const char *icon;
};
// Navigation order of the issue: User pools, MAU, Users, Groups, Provisioning events, Activity log.
const NavSlot kSlots[] = {
    {"pools", "pools,userpools,user-pools", "pools"},
    {"mau", "mau,maus", "mau"},
    {"users", "users", "users"},
    {"groups", "groups", "groups"},
    {"events", "events,provisioning,provisioningevents,provisioning-events,provisioning_events", "events"},
    {"activity", "activity,activitylog,activity-log,activity_log,log", "activity"},
};

QIcon resourceIcon(const QString &name, const QIcon &fallback = {})
{
    const QString path = QStringLiteral(":/icons/%1.svg").arg(name);
    return QFile::exists(path) ? QIcon(path) : fallback;
}

struct RegionInfo
{
    const char *code;
    const char *name;
};
const RegionInfo kVolcRegions[] = {
    {"cn-beijing", QT_TRANSLATE_NOOP("MainWindow", "Beijing")},
    {"cn-shanghai", QT_TRANSLATE_NOOP("MainWindow", "Shanghai")},
    {"cn-guangzhou", QT_TRANSLATE_NOOP("MainWindow", "Guangzhou")},
};
const RegionInfo kAliyunRegions[] = {
    {"cn-shanghai", QT_TRANSLATE_NOOP("MainWindow", "Shanghai")},
    {"cn-hongkong", QT_TRANSLATE_NOOP("MainWindow", "Hong Kong")},
    {"ap-northeast-2", QT_TRANSLATE_NOOP("MainWindow", "Seoul")},
    {"ap-southeast-1", QT_TRANSLATE_NOOP("MainWindow", "Singapore")},
    {"us-west-1", QT_TRANSLATE_NOOP("MainWindow", "Silicon Valley")},
    {"eu-central-1", QT_TRANSLATE_NOOP("MainWindow", "Frankfurt")},
};
}

MainWindow::MainWindow(ProfileStore *profiles, CredentialStore *credentials, QWidget *parent,
                       const PaneCreator &creator)
    : QMainWindow(parent), m_profiles(profiles), m_credentials(credentials)
{
    setObjectName(QStringLiteral("MainWindow"));
    AccessibleText::install();   // names the clear buttons of line edits for screen readers
    setWindowIcon(resourceIcon(QStringLiteral("idconsole"), windowIcon()));
    m_switcher = new ProfileSwitcher(profiles, credentials, this);
    m_switcher->setObjectName(QStringLiteral("profileSwitcher"));
    connect(m_switcher, &ProfileSwitcher::sessionRequested, this, &MainWindow::setSession);
    connect(m_switcher, &ProfileSwitcher::sessionCleared, this, &MainWindow::clearSession);
    connect(m_switcher, &ProfileSwitcher::credentialProblem, this,
            [this](const QString &profileName, const QString &message) {
                clearSession();
                setLastError(tr("No usable secret for %1").arg(profileName), message);
                statusBar()->showMessage(message, 10000);
            });

    createActions();
    createNavigation(creator);
    createMenus();
    createToolBar();
    createStatusBar();
    // Tab order: the toolbar, the navigation, the page, the status bar. The toolbar's widgets were moved to the
    // end of the chain when they were put on it: bring them round to follow the status bar (the chain is a
    // ring), i.e. before the navigation.
    FocusOrder::chainAfter(m_requestIdButton, m_toolbar);
    connect(LanguageManager::instance(), &LanguageManager::languageChanged, this, &MainWindow::onLanguageChanged);
    retranslate();
    updateNavigation();
    updateRegionCombo();
    updateInFlight(0);
    updateTitle();
    resize(1280, 780);
    restoreSettings();
}

MainWindow::~MainWindow()
{
    // Panes first (they may hold the session), then the session: its requests end with it.
    for (Pane *pane : std::as_const(m_panes))
        pane->setSession(nullptr);
    delete m_session;
    m_session = nullptr;
}

QString MainWindow::slotTitle(const QString &id)
{
    if (id == QLatin1String("pools"))
        return tr("User pools");
    if (id == QLatin1String("mau"))
        return tr("MAU");
    if (id == QLatin1String("users"))
        return tr("Users");
    if (id == QLatin1String("groups"))
        return tr("Groups");
    if (id == QLatin1String("events"))
        return tr("Provisioning events");
    if (id == QLatin1String("activity"))
        return tr("Activity log");
    return id;
}

void MainWindow::createActions()
{
    auto make = [this](const QString &name, const QString &icon, const QList<QKeySequence> &keys) {
        auto *a = new QAction(this);
        a->setObjectName(name + QStringLiteral("Action"));
        if (!icon.isEmpty())
            a->setIcon(resourceIcon(icon));
        a->setShortcuts(keys);
        a->setShortcutContext(Qt::WindowShortcut);
        addAction(a);   // shortcuts work even while the menu bar is hidden
        m_actions.insert(name, a);
        return a;
    };
    connect(make(QStringLiteral("refresh"), QStringLiteral("refresh"),
                 {QKeySequence(Qt::Key_F5), QKeySequence(Qt::CTRL | Qt::Key_R)}),
            &QAction::triggered, this, [this] { routeToPane(&Pane::refresh); });
    connect(make(QStringLiteral("filter"), QStringLiteral("search"), {QKeySequence(Qt::CTRL | Qt::Key_F)}),
            &QAction::triggered, this, [this] { routeToPane(&Pane::focusFilter); });
    connect(make(QStringLiteral("new"), QStringLiteral("add"), {QKeySequence(Qt::CTRL | Qt::Key_N)}),
            &QAction::triggered, this, [this] { routeToPane(&Pane::newItem); });
    connect(make(QStringLiteral("delete"), QStringLiteral("delete"), {QKeySequence(Qt::Key_Delete)}),
            &QAction::triggered, this, [this] { routeToPane(&Pane::deleteSelection); });
    connect(make(QStringLiteral("copy"), QStringLiteral("copy"), {QKeySequence(Qt::CTRL | Qt::Key_C)}),
            &QAction::triggered, this, [this] {
                // Text selected in a label (e.g. a value in a detail panel) is what the person means to copy.
                if (auto *label = qobject_cast<QLabel *>(QApplication::focusWidget()); label && label->hasSelectedText()) {
                    QGuiApplication::clipboard()->setText(label->selectedText().remove(QChar(0x200B)));
                    return;
                }
                routeToPane(&Pane::copySelection);
            });
    connect(make(QStringLiteral("export"), QStringLiteral("export"), {QKeySequence(Qt::CTRL | Qt::Key_E)}),
            &QAction::triggered, this, &MainWindow::exportCurrentPane);
    connect(make(QStringLiteral("manageProfiles"), QStringLiteral("profile"),
                 {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P)}),
            &QAction::triggered, this, &MainWindow::manageProfiles);
    QAction *quit = make(QStringLiteral("quit"), QString(), {QKeySequence(Qt::CTRL | Qt::Key_Q)});
    quit->setMenuRole(QAction::QuitRole);
    connect(quit, &QAction::triggered, this, &QWidget::close);
    QAction *about = make(QStringLiteral("about"), QStringLiteral("idconsole"), {});
    about->setMenuRole(QAction::AboutRole);
    connect(about, &QAction::triggered, this, &MainWindow::showAbout);
    QAction *aboutQt = make(QStringLiteral("aboutQt"), QString(), {});
    aboutQt->setMenuRole(QAction::AboutQtRole);
    connect(aboutQt, &QAction::triggered, qApp, &QApplication::aboutQt);
    QAction *nav = make(QStringLiteral("showNavigation"), QString(), {QKeySequence(Qt::CTRL | Qt::Key_B)});
    nav->setCheckable(true);
    nav->setChecked(true);
}

void MainWindow::createNavigation(const PaneCreator &creator)
{
    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_nav = new QListWidget(m_splitter);
    m_nav->setObjectName(QStringLiteral("navigation"));
    m_nav->setIconSize(QSize(20, 20));
    m_nav->setUniformItemSizes(true);
    m_nav->setSpacing(1);
    m_nav->setMinimumWidth(150);
    m_nav->setSelectionMode(QAbstractItemView::SingleSelection);
    m_stack = new QStackedWidget(m_splitter);
    m_stack->setObjectName(QStringLiteral("paneStack"));
    m_placeholderPage = new QWidget(m_stack);
    auto *pl = new QVBoxLayout(m_placeholderPage);
    m_placeholderLabel = new QLabel(m_placeholderPage);
    m_placeholderLabel->setAlignment(Qt::AlignCenter);
    m_placeholderLabel->setWordWrap(true);
    pl->addWidget(m_placeholderLabel);
    m_stack->addWidget(m_placeholderPage);
    m_splitter->addWidget(m_nav);
    m_splitter->addWidget(m_stack);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({170, 1110});
    m_splitter->setCollapsible(1, false);
    setCentralWidget(m_splitter);

    m_panes = creator ? creator(this) : PaneFactory::createPanes(this);
    QList<Pane *> unplaced = m_panes;
    for (const NavSlot &slot : kSlots) {
        NavEntry entry;
        entry.id = QLatin1String(slot.id);
        entry.aliases = QString::fromLatin1(slot.aliases).split(QLatin1Char(','));
        entry.icon = QLatin1String(slot.icon);
        for (Pane *pane : std::as_const(unplaced)) {
            if (entry.aliases.contains(pane->paneId(), Qt::CaseInsensitive)) {
                entry.pane = pane;
                unplaced.removeOne(pane);
                break;
            }
        }
        m_entries.append(entry);
    }
    for (Pane *pane : std::as_const(unplaced)) {   // panes this window does not know by name: at the end
        NavEntry entry;
        entry.id = pane->paneId();
        entry.pane = pane;
        m_entries.append(entry);
    }
    for (int i = 0; i < m_entries.size(); ++i) {
        NavEntry &entry = m_entries[i];
        entry.item = new QListWidgetItem(m_nav);
        entry.item->setData(Qt::UserRole, entry.pane ? entry.pane->paneId() : entry.id);
        QIcon icon = entry.pane ? entry.pane->paneIcon() : QIcon();
        if (icon.isNull())
            icon = resourceIcon(entry.icon.isEmpty() ? entry.id : entry.icon);
        entry.item->setIcon(icon);
        if (entry.pane) {
            m_stack->addWidget(entry.pane);
            connect(entry.pane, &Pane::statusMessage, this,
                    [this](const QString &text) { statusBar()->showMessage(text, 8000); });
            connect(entry.pane, &Pane::requestIdSeen, this, &MainWindow::setLastRequestId);
        }
        // Go to the page: Ctrl+1 ... Ctrl+9.
        auto *go = new QAction(this);
        go->setObjectName(QStringLiteral("goTo_") + entry.id);
        if (i < 9)
            go->setShortcut(QKeySequence(Qt::CTRL | (Qt::Key_1 + i)));
        addAction(go);
        const QString id = entry.pane ? entry.pane->paneId() : entry.id;
        connect(go, &QAction::triggered, this, [this, id] { setCurrentPane(id); });
        m_actions.insert(QStringLiteral("pane:") + id, go);
    }
    // The pool detail's user count opens the pool users pane on that pool.
    if (auto *pools = qobject_cast<UserPoolsPane *>(pane(QStringLiteral("pools")))) {
        if (auto *users = qobject_cast<PoolUsersPane *>(pane(QStringLiteral("poolusers")))) {
            connect(pools, &UserPoolsPane::poolUsersRequested, this,
                    [this, users](const QString &poolUid, const QString &poolName) {
                        if (setCurrentPane(users->paneId()))
                            users->openPool(poolUid, poolName);
                    });
        }
    }
    connect(m_nav, &QListWidget::currentRowChanged, this, &MainWindow::onNavigationChanged);
    for (int i = 0; i < m_entries.size(); ++i) {
        if (m_entries.at(i).pane) {
            m_nav->setCurrentRow(i);
            break;
        }
    }
    if (m_nav->currentRow() < 0)
        m_stack->setCurrentWidget(m_placeholderPage);
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(QString());
    file->setObjectName(QStringLiteral("fileMenu"));
    file->addAction(m_actions.value(QStringLiteral("export")));
    file->addSeparator();
    file->addAction(m_actions.value(QStringLiteral("manageProfiles")));
    file->addSeparator();
    file->addAction(m_actions.value(QStringLiteral("quit")));
    m_menus.insert(QStringLiteral("file"), file);

    QMenu *edit = menuBar()->addMenu(QString());
    edit->setObjectName(QStringLiteral("editMenu"));
    edit->addAction(m_actions.value(QStringLiteral("new")));
    edit->addAction(m_actions.value(QStringLiteral("copy")));
    edit->addAction(m_actions.value(QStringLiteral("delete")));
    edit->addSeparator();
    edit->addAction(m_actions.value(QStringLiteral("filter")));
    m_menus.insert(QStringLiteral("edit"), edit);

    QMenu *view = menuBar()->addMenu(QString());
    view->setObjectName(QStringLiteral("viewMenu"));
    view->addAction(m_actions.value(QStringLiteral("refresh")));
    view->addSeparator();
    for (const NavEntry &entry : std::as_const(m_entries))
        view->addAction(m_actions.value(QStringLiteral("pane:") + (entry.pane ? entry.pane->paneId() : entry.id)));
    view->addSeparator();
    QAction *showNav = m_actions.value(QStringLiteral("showNavigation"));
    view->addAction(showNav);
    connect(showNav, &QAction::toggled, m_nav, &QWidget::setVisible);
    m_menus.insert(QStringLiteral("view"), view);

    QMenu *language = menuBar()->addMenu(QString());
    language->setObjectName(QStringLiteral("languageMenu"));
    m_languageGroup = new QActionGroup(this);
    m_languageGroup->setExclusive(true);
    const QString current = LanguageManager::instance()->language();
    for (const QString &code : LanguageManager::availableLanguages()) {
        QAction *a = language->addAction(LanguageManager::displayName(code));
        a->setObjectName(QStringLiteral("language_") + code);
        a->setCheckable(true);
        a->setChecked(code == current);
        a->setData(code);
        m_languageGroup->addAction(a);
        m_actions.insert(QStringLiteral("language:") + code, a);
        connect(a, &QAction::triggered, this, [code] { LanguageManager::instance()->setLanguage(code); });
    }
    m_menus.insert(QStringLiteral("language"), language);

    QMenu *help = menuBar()->addMenu(QString());
    help->setObjectName(QStringLiteral("helpMenu"));
    help->addAction(m_actions.value(QStringLiteral("about")));
    help->addAction(m_actions.value(QStringLiteral("aboutQt")));
    m_menus.insert(QStringLiteral("help"), help);
}

void MainWindow::createToolBar()
{
    m_toolbar = addToolBar(QString());
    m_toolbar->setObjectName(QStringLiteral("mainToolBar"));
    m_toolbar->setMovable(false);
    m_toolbar->setIconSize(QSize(18, 18));
    m_toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toolbar->addWidget(m_switcher);
    m_toolbar->addSeparator();
    m_regionLabel = new QLabel(m_toolbar);
    m_regionLabel->setContentsMargins(6, 0, 4, 0);
    m_toolbar->addWidget(m_regionLabel);
    m_region = new QComboBox(m_toolbar);
    m_region->setObjectName(QStringLiteral("regionCombo"));
    m_region->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_regionLabel->setBuddy(m_region);
    m_toolbar->addWidget(m_region);
    connect(m_region, &QComboBox::activated, this, &MainWindow::onRegionActivated);
    m_toolbar->addSeparator();
    m_toolbar->addAction(m_actions.value(QStringLiteral("refresh")));
}

void MainWindow::createStatusBar()
{
    QStatusBar *bar = statusBar();
    bar->setObjectName(QStringLiteral("statusBar"));
    m_errorLabel = new QLabel(bar);
    m_errorLabel->setObjectName(QStringLiteral("lastErrorLabel"));
    m_errorLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_errorLabel->setStyleSheet(QStringLiteral("QLabel { color: #b3261e; }"));
    m_errorLabel->setVisible(false);
    bar->addPermanentWidget(m_errorLabel);
    m_requestIdButton = new QToolButton(bar);
    m_requestIdButton->setObjectName(QStringLiteral("requestIdButton"));
    m_requestIdButton->setAutoRaise(true);
    m_requestIdButton->setIcon(resourceIcon(QStringLiteral("copy")));
    m_requestIdButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_requestIdButton->setVisible(false);
    connect(m_requestIdButton, &QToolButton::clicked, this, &MainWindow::copyLastRequestId);
    bar->addPermanentWidget(m_requestIdButton);
    m_inFlightBar = new QProgressBar(bar);
    m_inFlightBar->setRange(0, 0);
    m_inFlightBar->setMaximumWidth(60);
    m_inFlightBar->setMaximumHeight(12);
    m_inFlightBar->setTextVisible(false);
    m_inFlightBar->setVisible(false);
    bar->addPermanentWidget(m_inFlightBar);
    m_inFlightLabel = new QLabel(bar);
    m_inFlightLabel->setObjectName(QStringLiteral("inFlightLabel"));
    bar->addPermanentWidget(m_inFlightLabel);
}

void MainWindow::retranslate()
{
    auto set = [this](const char *name, const QString &text, const QString &tip = {}) {
        if (QAction *a = m_actions.value(QLatin1String(name))) {
            a->setText(text);
            a->setToolTip(tip.isEmpty() ? QString(text).remove(QLatin1Char('&')).remove(QStringLiteral("…")) : tip);
        }
    };
    set("refresh", tr("&Refresh"), tr("Reload the current page (F5)"));
    set("filter", tr("&Filter…"), tr("Filter the current list (Ctrl+F)"));
    set("new", tr("&New…"), tr("Create an item on the current page (Ctrl+N)"));
    set("delete", tr("&Delete…"), tr("Delete the selected item (Delete)"));
    set("copy", tr("&Copy"), tr("Copy the selection (Ctrl+C)"));
    set("export", tr("&Export current page as CSV…"));
    set("manageProfiles", tr("&Manage profiles…"));
    set("quit", tr("&Quit"));
    set("about", tr("&About Identity Console"));
    set("aboutQt", tr("About &Qt"));
    set("showNavigation", tr("Show &navigation"));
    if (QMenu *m = m_menus.value(QStringLiteral("file")))
        m->setTitle(tr("&File"));
    if (QMenu *m = m_menus.value(QStringLiteral("edit")))
        m->setTitle(tr("&Edit"));
    if (QMenu *m = m_menus.value(QStringLiteral("view")))
        m->setTitle(tr("&View"));
    if (QMenu *m = m_menus.value(QStringLiteral("language")))
        m->setTitle(tr("&Language"));
    if (QMenu *m = m_menus.value(QStringLiteral("help")))
        m->setTitle(tr("&Help"));
    if (m_toolbar)
        m_toolbar->setWindowTitle(tr("Main toolbar"));
    if (m_regionLabel)
        m_regionLabel->setText(tr("Region:"));
    if (m_region)
        m_region->setToolTip(tr("The region of this session (the profile keeps its own)"));
    m_nav->setAccessibleName(tr("Pages"));
    m_nav->setAccessibleDescription(tr("The pages of the console (Ctrl+1, Ctrl+2, … open them directly)"));
    if (m_region) {
        m_region->setAccessibleName(tr("Region"));
        m_region->setAccessibleDescription(tr("The region of this session (the profile keeps its own)"));
    }
    m_placeholderLabel->setText(tr("No page is available in this build."));
    if (m_requestIdButton)
        m_requestIdButton->setToolTip(tr("Last RequestId — click to copy it"));
    for (const NavEntry &entry : std::as_const(m_entries)) {
        QAction *go = m_actions.value(QStringLiteral("pane:") + (entry.pane ? entry.pane->paneId() : entry.id));
        if (go)
            go->setText(entry.pane ? entry.pane->paneTitle() : slotTitle(entry.id));
    }
    updateNavigation();
    updateRegionCombo();
    updateInFlight(m_inFlight);
    setLastRequestId(m_lastRequestId);
    if (!m_lastErrorShort.isEmpty())
        m_errorLabel->setText(tr("Last error: %1").arg(m_lastErrorShort));
    updateTitle();
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        for (Pane *pane : std::as_const(m_panes))
            pane->retranslate();
    }
    QMainWindow::changeEvent(event);
}

void MainWindow::onLanguageChanged(const QString &language)
{
    for (QAction *a : m_languageGroup->actions())
        a->setChecked(a->data().toString() == language);
}

void MainWindow::updateNavigation()
{
    if (!m_nav)
        return;
    int firstSupported = -1;
    bool currentSupported = false;
    for (int i = 0; i < m_entries.size(); ++i) {
        const NavEntry &entry = m_entries.at(i);
        QString reason;
        bool supported = false;
        QString title;
        if (!entry.pane) {
            title = slotTitle(entry.id);
            reason = tr("Not available in this build yet.");
        } else {
            title = entry.pane->paneTitle();
            supported = entry.pane->supports(m_session, &reason);
        }
        entry.item->setText(title);
        entry.item->setToolTip(supported ? title : reason);
        entry.item->setData(Qt::StatusTipRole, supported ? QString() : reason);
        entry.item->setFlags(supported ? (Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemNeverHasChildren)
                                       : Qt::ItemNeverHasChildren);
        if (QAction *go = m_actions.value(QStringLiteral("pane:") + (entry.pane ? entry.pane->paneId() : entry.id))) {
            go->setEnabled(supported);
            go->setToolTip(supported ? title : reason);
        }
        if (supported && firstSupported < 0)
            firstSupported = i;
        if (supported && i == m_nav->currentRow())
            currentSupported = true;
    }
    // The page shown does not apply to this profile: go to the first page that does.
    if (m_session && !currentSupported && firstSupported >= 0 && !m_restoring)
        m_nav->setCurrentRow(firstSupported);
}

void MainWindow::onNavigationChanged()
{
    const int row = m_nav->currentRow();
    Pane *pane = row >= 0 && row < m_entries.size() ? m_entries.at(row).pane : nullptr;
    if (!pane) {
        m_stack->setCurrentWidget(m_placeholderPage);
        return;
    }
    m_stack->setCurrentWidget(pane);
    emit currentPaneChanged(pane->paneId());
}

Pane *MainWindow::currentPane() const
{
    return qobject_cast<Pane *>(m_stack->currentWidget());
}

QString MainWindow::currentPaneId() const
{
    Pane *p = currentPane();
    return p ? p->paneId() : QString();
}

Pane *MainWindow::pane(const QString &paneId) const
{
    for (Pane *p : m_panes)
        if (p->paneId() == paneId)
            return p;
    return nullptr;
}

bool MainWindow::setCurrentPane(const QString &paneId)
{
    for (int i = 0; i < m_entries.size(); ++i) {
        const NavEntry &entry = m_entries.at(i);
        if (!entry.pane || entry.pane->paneId() != paneId)
            continue;
        // A page that does not apply to the session cannot be opened, except while restoring the layout
        // before any session exists (it then shows why it is empty).
        if (m_session && !entry.pane->supports(m_session, nullptr))
            return false;
        m_nav->setCurrentRow(i);
        return currentPane() == entry.pane;
    }
    return false;
}

void MainWindow::routeToPane(void (Pane::*method)())
{
    Pane *pane = currentPane();
    if (!pane || !pane->isEnabled())
        return;
    (pane->*method)();
}

void MainWindow::setSession(const Profile &profile, const Credentials &credentials)
{
    Session *old = m_session;
    m_session = nullptr;
    delete old;   // cancels every request of the previous profile
    m_session = new Session(profile, credentials, this);
    m_sessionCredentials = credentials;
    connect(m_session, &Session::exchangeFinished, this, &MainWindow::onExchange);
    connect(m_session->client(), &ApiClient::inFlightChanged, this, &MainWindow::updateInFlight);
    updateInFlight(m_session->client()->inFlight());
    for (Pane *pane : std::as_const(m_panes))
        pane->setSession(m_session);
    if (!profile.transient && m_profiles && m_profiles->contains(profile.name))
        m_profiles->setLastUsed(profile.name);
    updateNavigation();
    updateRegionCombo();
    updateTitle();
    statusBar()->showMessage(tr("Connected to %1.").arg(profile.name), 4000);
    emit sessionChanged(m_session);
}

void MainWindow::clearSession()
{
    if (!m_session)
        return;
    Session *old = m_session;
    m_session = nullptr;
    delete old;
    m_sessionCredentials = Credentials();
    for (Pane *pane : std::as_const(m_panes))
        pane->setSession(nullptr);
    updateInFlight(0);
    updateNavigation();
    updateRegionCombo();
    updateTitle();
    emit sessionChanged(nullptr);
}

void MainWindow::updateTitle()
{
    if (m_demo)
        setWindowTitle(tr("Identity Console — Demo"));
    else if (m_session)
        setWindowTitle(tr("Identity Console — %1").arg(m_session->profile().name));
    else
        setWindowTitle(tr("Identity Console"));
}

void MainWindow::updateRegionCombo()
{
    if (!m_region)
        return;
    const QSignalBlocker blocker(m_region);
    m_region->clear();
    if (!m_session) {
        m_region->setEnabled(false);
        return;
    }
    const Profile &p = m_session->profile();
    const bool aliyun = p.provider == Profile::Provider::Aliyun;
    const QString region = p.region.isEmpty()
                               ? ServiceCatalog::defaultRegion(aliyun ? Service::CloudSso : Service::Id)
                               : p.region;
    auto add = [this](const RegionInfo &r) {
        m_region->addItem(QStringLiteral("%1 (%2)").arg(QLatin1String(r.code), tr(r.name)), QLatin1String(r.code));
    };
    if (aliyun)
        for (const RegionInfo &r : kAliyunRegions)
            add(r);
    else
        for (const RegionInfo &r : kVolcRegions)
            add(r);
    int index = m_region->findData(region);
    if (index < 0) {
        m_region->addItem(region, region);
        index = m_region->count() - 1;
    }
    m_region->setCurrentIndex(index);
    m_region->setEnabled(true);
}

void MainWindow::onRegionActivated(int index)
{
    if (!m_session)
        return;
    const QString region = m_region->itemData(index).toString();
    Profile p = m_session->profile();
    const QString current = p.region.isEmpty()
                                ? ServiceCatalog::defaultRegion(p.provider == Profile::Provider::Aliyun
                                                                    ? Service::CloudSso
                                                                    : Service::Id)
                                : p.region;
    if (region.isEmpty() || region == current)
        return;
    p.region = region;
    setSession(p, m_sessionCredentials);
}

void MainWindow::updateInFlight(int count)
{
    m_inFlight = count;
    if (!m_inFlightLabel)
        return;
    m_inFlightLabel->setText(count > 0 ? tr("%n request(s) in flight", nullptr, count) : tr("Idle"));
    m_inFlightBar->setVisible(count > 0);
}

void MainWindow::setLastRequestId(const QString &requestId)
{
    if (requestId.isEmpty())
        return;
    m_lastRequestId = requestId;
    m_requestIdButton->setText(tr("RequestId: %1").arg(requestId));
    m_requestIdButton->setVisible(true);
}

void MainWindow::copyLastRequestId()
{
    if (m_lastRequestId.isEmpty())
        return;
    QGuiApplication::clipboard()->setText(m_lastRequestId);
    statusBar()->showMessage(tr("Copied RequestId %1.").arg(m_lastRequestId), 4000);
}

void MainWindow::setLastError(const QString &shortText, const QString &details)
{
    m_lastErrorShort = shortText;
    m_lastErrorDetails = details;
    m_errorLabel->setText(tr("Last error: %1").arg(shortText));
    m_errorLabel->setToolTip(details);
    m_errorLabel->setVisible(!shortText.isEmpty());
}

QString MainWindow::lastErrorText() const
{
    return m_lastErrorShort;
}

void MainWindow::onExchange(const ExchangeRecord &record)
{
    if (!record.requestId.isEmpty())
        setLastRequestId(record.requestId);
    if (record.errorCode.isEmpty() || record.errorCode == QLatin1String("Cancelled"))
        return;
    QStringList details;
    details << tr("Time: %1").arg(QLocale().toString(record.time.toLocalTime(), QLocale::LongFormat));
    details << tr("Call: %1 %2").arg(record.service, record.action);
    details << tr("Code: %1").arg(record.errorCode);
    if (record.httpStatus)
        details << tr("HTTP %1").arg(record.httpStatus);
    if (!record.requestId.isEmpty())
        details << tr("RequestId: %1").arg(record.requestId);
    setLastError(QStringLiteral("%1 — %2").arg(record.action, record.errorCode), details.join(QLatin1Char('\n')));
}

void MainWindow::exportCurrentPane()
{
    Pane *pane = currentPane();
    if (!pane)
        return;
    const QString suggested = QStringLiteral("%1-%2.csv")
                                  .arg(pane->paneId(), QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmm")));
    QString file = Prompter::instance()->saveFileName(this, tr("Export as CSV"), suggested,
                                                      tr("CSV files (*.csv);;All files (*)"));
    if (file.isEmpty())
        return;
    if (QFileInfo(file).suffix().isEmpty())
        file += QStringLiteral(".csv");
    QString error;
    if (!pane->exportCsv(file, &error)) {
        Prompter::instance()->warn(this, tr("Export failed"),
                                   error.isEmpty() ? tr("The page “%1” cannot be exported.").arg(pane->paneTitle())
                                                   : error);
        return;
    }
    statusBar()->showMessage(tr("Exported to %1.").arg(QDir::toNativeSeparators(file)), 6000);
}

void MainWindow::manageProfiles()
{
    m_switcher->openManager();
}

void MainWindow::showAbout()
{
    auto *dialog = new AboutDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::restoreLastProfile()
{
    m_switcher->restoreLastUsed();
}

void MainWindow::startDemo(DemoEnvironment *demo)
{
    m_demo = true;
    updateTitle();
    m_demoEnv = demo ? demo : new DemoEnvironment(this);
    if (!m_demoEnv->parent())
        m_demoEnv->setParent(this);
    connect(m_demoEnv, &DemoEnvironment::ready, this, [this] {
        const Credentials credentials = m_demoEnv->credentials();
        const Profile volc = m_demoEnv->volcengineProfile();
        m_switcher->addTransientProfile(volc, credentials);
        m_switcher->addTransientProfile(m_demoEnv->aliyunProfile(), credentials);
        m_switcher->selectProfile(volc.name);
        statusBar()->showMessage(tr("Demo mode: a local emulator answers every request; nothing leaves this machine."),
                                 10000);
        emit demoReady();
    });
    connect(m_demoEnv, &DemoEnvironment::failed, this, [this](const QString &message) {
        setLastError(tr("The demo could not start"), message);
        statusBar()->showMessage(message);
        emit demoFailed(message);
        Prompter::instance()->warn(this, tr("Demo mode"), message);
    });
    connect(m_demoEnv, &DemoEnvironment::stoppedUnexpectedly, this, [this](const QString &message) {
        setLastError(tr("The demo emulator stopped"), message);
        statusBar()->showMessage(message);
    });
    statusBar()->showMessage(tr("Starting the demo emulator…"));
    if (m_demoEnv->state() == DemoEnvironment::State::NotStarted)
        m_demoEnv->start();
}

void MainWindow::saveSettings()
{
    QSettings settings;
    settings.beginGroup(QStringLiteral("MainWindow"));
    settings.setValue(QStringLiteral("geometry"), saveGeometry());
    settings.setValue(QStringLiteral("state"), saveState());
    settings.setValue(QStringLiteral("splitter"), m_splitter->saveState());
    settings.setValue(QStringLiteral("navigationVisible"), m_actions.value(QStringLiteral("showNavigation"))->isChecked());
    const QString current = currentPaneId();
    if (!current.isEmpty())
        settings.setValue(QStringLiteral("lastPane"), current);
    settings.endGroup();
    settings.beginGroup(QStringLiteral("panes"));
    for (Pane *pane : std::as_const(m_panes)) {
        settings.beginGroup(pane->paneId());
        pane->saveState(settings);
        settings.endGroup();
    }
    settings.endGroup();
    settings.sync();
}

void MainWindow::restoreSettings()
{
    m_restoring = true;
    QSettings settings;
    settings.beginGroup(QStringLiteral("MainWindow"));
    const QByteArray geometry = settings.value(QStringLiteral("geometry")).toByteArray();
    if (!geometry.isEmpty())
        restoreGeometry(geometry);
    const QByteArray state = settings.value(QStringLiteral("state")).toByteArray();
    if (!state.isEmpty())
        restoreState(state);
    const QByteArray splitter = settings.value(QStringLiteral("splitter")).toByteArray();
    if (!splitter.isEmpty())
        m_splitter->restoreState(splitter);
    const bool navVisible = settings.value(QStringLiteral("navigationVisible"), true).toBool();
    m_actions.value(QStringLiteral("showNavigation"))->setChecked(navVisible);
    m_nav->setVisible(navVisible);
    const QString last = settings.value(QStringLiteral("lastPane")).toString();
    settings.endGroup();
    settings.beginGroup(QStringLiteral("panes"));
    for (Pane *pane : std::as_const(m_panes)) {
        settings.beginGroup(pane->paneId());
        pane->restoreState(settings);
        settings.endGroup();
    }
    settings.endGroup();
    if (!last.isEmpty())
        setCurrentPane(last);
    m_restoring = false;
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveSettings();
    QMainWindow::closeEvent(event);
}
