// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "credentials/CredentialStore.h"
#include "api/Credentials.h"
#include "cloud/DemoEnvironment.h"
#include "api/ExchangeRecord.h"
#include "credentials/Profile.h"
#include "credentials/ProfileStore.h"
#include "shell/NavigationRequest.h"
#include <QHash>
#include <QMainWindow>
#include <QPointer>
#include <functional>

class Pane;
class ProfileSwitcher;
class QAction;
class QActionGroup;
class QComboBox;
class QLabel;
class QListWidget;
class QListWidgetItem;
class QMenu;
class QProgressBar;
class QSplitter;
class QStackedWidget;
class QToolBar;
class QToolButton;
class Session;

// The console's window: navigation on the left (one entry per pane; panes that do not apply to the current
// profile, or do not exist in this build, are disabled with the reason as tooltip), a toolbar with the profile
// switcher, region and refresh, menus, global shortcuts routed to the current pane, and a status bar with the
// requests in flight, the last error and the last RequestId (click to copy).
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    using PaneCreator = std::function<QList<Pane *>(QWidget *parent)>;

    // profiles / credentials: the stores behind the profile switcher. creator: the panes (default
    // PaneFactory::createPanes; tests pass their own).
    MainWindow(ProfileStore *profiles, CredentialStore *credentials, QWidget *parent = nullptr,
               const PaneCreator &creator = {});
    ~MainWindow() override;

    // Demo mode (`--demo`): starts idconsole-emulator and opens transient demo profiles on it.
    void startDemo(DemoEnvironment *demo = nullptr);
    bool isDemo() const { return m_demo; }
    DemoEnvironment *demoEnvironment() const { return m_demoEnv; }
    // Selects ProfileStore::lastUsed() (normal start).
    void restoreLastProfile();

    Session *session() const { return m_session; }
    QList<Pane *> panes() const { return m_panes; }
    Pane *currentPane() const;
    QString currentPaneId() const;
    bool setCurrentPane(const QString &paneId);
    Pane *pane(const QString &paneId) const;
    // Follows a link between panes (Pane::navigationRequested): makes request.paneId current and hands it the
    // request. False when that pane is missing or does not apply to the session.
    bool navigate(const NavigationRequest &request);
    QListWidget *navigation() const { return m_nav; }
    ProfileSwitcher *profileSwitcher() const { return m_switcher; }
    QComboBox *regionCombo() const { return m_region; }
    // Named actions: "refresh", "filter", "new", "delete", "copy", "export", "manageProfiles", "quit", "about",
    // "aboutQt", "language:<code>", "pane:<paneId>".
    QAction *action(const QString &name) const { return m_actions.value(name); }
    QMenu *menu(const QString &name) const { return m_menus.value(name); }

    int requestsInFlight() const { return m_inFlight; }
    QString lastRequestId() const { return m_lastRequestId; }
    QString lastErrorText() const;
    QToolButton *requestIdButton() const { return m_requestIdButton; }
    QLabel *errorLabel() const { return m_errorLabel; }
    QLabel *inFlightLabel() const { return m_inFlightLabel; }

    // Persisted layout (QSettings): geometry, window state, splitter, last pane, and each pane's own state.
    void saveSettings();
    void restoreSettings();

public slots:
    // The one way a session starts: replaces the current Session (deleting the old one cancels its requests)
    // and hands the new one to every pane.
    void setSession(const Profile &profile, const Credentials &credentials);
    void clearSession();
    void copyLastRequestId();
    void exportCurrentPane();
    void manageProfiles();
    void showAbout();

signals:
    void sessionChanged(Session *session);
    void currentPaneChanged(const QString &paneId);
    void demoReady();
    void demoFailed(const QString &message);

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    struct NavEntry
    {
        QString id;
        QStringList aliases;
        Pane *pane = nullptr;
        QListWidgetItem *item = nullptr;
        QString icon;
    };
    static QString slotTitle(const QString &id);
    void createActions();
    void createMenus();
    void createToolBar();
    void createStatusBar();
    void createNavigation(const PaneCreator &creator);
    void retranslate();
    void updateNavigation();
    void updateTitle();
    void updateRegionCombo();
    void updateInFlight(int count);
    void setLastRequestId(const QString &requestId);
    void setLastError(const QString &shortText, const QString &details);
    void onExchange(const ExchangeRecord &record);
    void onNavigationChanged();
    void onRegionActivated(int index);
    void routeToPane(void (Pane::*method)());
    void onLanguageChanged(const QString &language);

    QPointer<ProfileStore> m_profiles;
    QPointer<CredentialStore> m_credentials;
    ProfileSwitcher *m_switcher = nullptr;
    Session *m_session = nullptr;
    Credentials m_sessionCredentials;   // memory only: needed to reopen the session in another region
    bool m_demo = false;
    QPointer<DemoEnvironment> m_demoEnv;

    QList<Pane *> m_panes;
    QList<NavEntry> m_entries;
    QSplitter *m_splitter = nullptr;
    QListWidget *m_nav = nullptr;
    QStackedWidget *m_stack = nullptr;
    QWidget *m_placeholderPage = nullptr;
    QLabel *m_placeholderLabel = nullptr;
    QToolBar *m_toolbar = nullptr;
    QLabel *m_regionLabel = nullptr;
    QComboBox *m_region = nullptr;
    QHash<QString, QAction *> m_actions;
    QHash<QString, QMenu *> m_menus;
    QActionGroup *m_languageGroup = nullptr;

    QLabel *m_inFlightLabel = nullptr;
    QProgressBar *m_inFlightBar = nullptr;
    QLabel *m_errorLabel = nullptr;
    QToolButton *m_requestIdButton = nullptr;
    int m_inFlight = 0;
    QString m_lastRequestId;
    QString m_lastErrorShort;
    QString m_lastErrorDetails;
    bool m_restoring = false;
};
