// SPDX-License-Identifier: GPL-3.0-or-later
#include "ConsoleWalk.h"

#include "credentials/MemoryCredentialStore.h"
#include "credentials/ProfileStore.h"
#include "models/UserPoolModel.h"
#include "pools/UserPoolsPane.h"
#include "shell/LanguageManager.h"
#include "shell/MainWindow.h"
#include "widgets/Prompter.h"
#include <QAbstractItemView>
#include <QCoreApplication>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QListWidget>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>

ConsoleWalk::ConsoleWalk(const QString &testName, int settleMs) : m_testName(testName), m_settleMs(settleMs) {}

ConsoleWalk::~ConsoleWalk()
{
    delete m_profiles;
    delete m_credentials;
}

bool ConsoleWalk::start(QString *error)
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("idconsole-tests"));
    QCoreApplication::setApplicationName(m_testName);
    QSettings().clear();
    qunsetenv("IDCONSOLE_LANGUAGE");
    Prompter::setInstance(&m_prompter);
    LanguageManager::instance()->setLanguage(QStringLiteral("en"));
    m_pendingCount = m_pending.load();
    QCoreApplication::installTranslator(&m_pending);
    if (!m_dir.isValid()) {
        *error = QStringLiteral("no temporary folder");
        return false;
    }
    m_profiles = new ProfileStore(m_dir.filePath(QStringLiteral("profiles.ini")));
    m_credentials = new MemoryCredentialStore;
    return m_emu.start(error);
}

void ConsoleWalk::finish()
{
    QCoreApplication::removeTranslator(&m_pending);
    Prompter::setInstance(nullptr);
    LanguageManager::instance()->setLanguage(QStringLiteral("en"));
    QSettings().clear();
}

Profile ConsoleWalk::volcProfile(const QString &name) const
{
    Profile p;
    p.name = name;
    p.provider = Profile::Provider::Volcengine;
    p.accessKeyId = m_emu.accessKey();
    p.endpoints.insert(QStringLiteral("id"), m_emu.endpoint().toString());
    p.endpoints.insert(QStringLiteral("cloudidentity"), m_emu.endpoint().toString());
    p.transient = true;
    return p;
}

Profile ConsoleWalk::aliyunProfile(const QString &name) const
{
    Profile p;
    p.name = name;
    p.provider = Profile::Provider::Aliyun;
    p.accessKeyId = m_emu.accessKey();
    p.endpoints.insert(QStringLiteral("cloudsso"), m_emu.endpoint().toString());
    p.transient = true;
    return p;
}

Credentials ConsoleWalk::credentials() const
{
    return Credentials{m_emu.accessKey(), m_emu.secret(), QString()};
}

std::unique_ptr<MainWindow> ConsoleWalk::openMainWindow()
{
    auto w = std::make_unique<MainWindow>(m_profiles, m_credentials);
    w->resize(1280, 800);
    w->show();
    if (!QTest::qWaitForWindowExposed(w.get()))
        return nullptr;
    return w;
}

std::unique_ptr<MainWindow> ConsoleWalk::openMainWindow(const Profile &profile)
{
    std::unique_ptr<MainWindow> w = openMainWindow();
    if (w)
        w->setSession(profile, credentials());
    return w;
}

void ConsoleWalk::waitIdle(MainWindow *w) const
{
    // Let the pane start its requests, then wait until none is in flight and the texts settle.
    QTest::qWait(m_settleMs);
    QTRY_VERIFY_WITH_TIMEOUT(w->requestsInFlight() == 0, 30000);
    QTest::qWait(m_settleMs);
    QTRY_VERIFY_WITH_TIMEOUT(w->requestsInFlight() == 0, 30000);
}

void ConsoleWalk::selectFirstRow(QAbstractItemView *view)
{
    if (!view || !view->model() || view->model()->rowCount() == 0 || !view->selectionModel())
        return;
    const QModelIndex first = view->model()->index(0, 0);
    view->setCurrentIndex(first);
    view->selectionModel()->select(first, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

int ConsoleWalk::forEachPane(MainWindow *w, const std::function<void(const QString &paneId)> &visit)
{
    QListWidget *nav = w->navigation();
    int visited = 0;
    for (int row = 0; row < nav->count(); ++row) {
        QListWidgetItem *item = nav->item(row);
        if (!(item->flags() & Qt::ItemIsEnabled))
            continue;
        const QString id = item->data(Qt::UserRole).toString();
        if (!w->setCurrentPane(id)) {
            QTest::qFail(qPrintable(QStringLiteral("pane %1 did not open").arg(id)), __FILE__, __LINE__);
            return visited;
        }
        waitIdle(w);
        // A selected first row: its detail panel (and its buttons) is part of the page.
        if (auto *pools = qobject_cast<UserPoolsPane *>(w->currentPane())) {
            if (!QTest::qWaitFor([pools] { return pools->model()->rowCount() > 0; }, 20000)
                || !pools->selectPool(pools->model()->pool(0).uid)) {
                QTest::qFail("the pools pane shows no pool", __FILE__, __LINE__);
                return visited;
            }
        } else {
            for (QAbstractItemView *view : w->currentPane()->findChildren<QAbstractItemView *>()) {
                if (view->isVisible() && !qobject_cast<QHeaderView *>(view) && view->model()
                    && view->model()->rowCount() > 0 && view->selectionModel()) {
                    selectFirstRow(view);
                    break;
                }
            }
        }
        waitIdle(w);
        if (QTest::currentTestFailed())
            return visited;
        visit(id);
        if (QTest::currentTestFailed())
            return visited;
        ++visited;
    }
    return visited;
}
