// SPDX-License-Identifier: GPL-3.0-or-later
// PoolUsersPane offscreen against the emulator's 1,000,000-user pool: opens on a pool, shows the first rows,
// jumps to the middle fetching one page, shows a user's details from GetUser, deletes several users of which
// one is already gone (the per-item failure is shown, not reported as success), names every control, and is
// grabbed to PNG in English and Chinese (build/screenshots/poolusers_*.png).
#include "DirectoryGuiSupport.h"
#include "EmulatorFixture.h"
#include "ScriptedPrompter.h"
#include "cloud/PoolDirectoryService.h"
#include "cloud/Session.h"
#include "cloud/UserPoolService.h"
#include "models/PoolUserSparseModel.h"
#include "pools/PoolUsersPane.h"
#include "shell/LanguageManager.h"
#include "widgets/DetailView.h"
#include "widgets/PaneStateWidget.h"
#include "widgets/Prompter.h"

#include <QAbstractButton>
#include <QAccessible>
#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QToolBar>
#include <QTranslator>
#include "widgets/BulkProgressDialog.h"
#include <QPlainTextEdit>
#include <QPushButton>
#include <QtTest>

using namespace DirectoryGuiSupport;


class TestPoolUsersPane : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void opensOnThePoolAndShowsFirstRows();
    void jumpFetchesOnePage();
    void detailFromGetUser();
    void deleteShowsEachFailure();
    void headerClickSortsOnTheServer();
    void everyControlIsNamed();
    void screenshotsInBothLanguages();

private:
    int listUsersSent() const;

    EmulatorFixture m_emu{{QStringLiteral("--dataset"), QStringLiteral("large"), QStringLiteral("--pool-users"),
                           QStringLiteral("1000000")}};
    ScriptedPrompter m_prompter;
    Session *m_session = nullptr;
    PoolUsersPane *m_pane = nullptr;
    QString m_pool;
    QList<ExchangeRecord> m_exchanges;
};

void TestPoolUsersPane::initTestCase()
{
    initSettings(QStringLiteral("tst_pooluserspane"));
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    Prompter::setInstance(&m_prompter);
    QString error;
    QVERIFY2(m_emu.start(&error), qPrintable(error));
    m_session = newSession(m_emu, volcengineProfile(m_emu), this);
    connect(m_session, &Session::exchangeFinished, this, [this](const ExchangeRecord &r) { m_exchanges << r; });
    m_pane = new PoolUsersPane;
    m_pane->resize(1280, 720);
    m_pane->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_pane));
    const ApiResult pools = call(m_emu, Service::Id, QStringLiteral("ListUserPools"), {}, true);
    QVERIFY(pools.ok);
    for (const QJsonValue &v : pools.items)
        if (v.toObject().value(QStringLiteral("Name")).toString() == QLatin1String("load-test"))
            m_pool = v.toObject().value(QStringLiteral("Uid")).toString();
    QVERIFY(!m_pool.isEmpty());
}

void TestPoolUsersPane::cleanupTestCase()
{
    delete m_pane;
    delete m_session;
    Prompter::setInstance(nullptr);
}

int TestPoolUsersPane::listUsersSent() const
{
    int n = 0;
    for (const ExchangeRecord &r : m_exchanges)
        n += r.action == QLatin1String("ListUsers") ? 1 : 0;
    return n;
}

void TestPoolUsersPane::opensOnThePoolAndShowsFirstRows()
{
    QVERIFY(m_pane->supports(m_session, nullptr));
    m_pane->setSession(m_session);
    // The pool list loads and the first pool opens; then the pool is chosen as the pool detail's link does.
    QTRY_VERIFY_WITH_TIMEOUT(m_pane->poolCombo()->count() > 1, 20000);
    QVERIFY(m_pane->poolCombo()->findData(m_pool) >= 0);
    m_pane->openPool(m_pool, QStringLiteral("load-test"));
    QCOMPARE(m_pane->poolUid(), m_pool);
    QCOMPARE(m_pane->poolCombo()->currentData().toString(), m_pool);
    QTRY_COMPARE_WITH_TIMEOUT(m_pane->model()->rowCount(), 1000000, 20000);
    QCOMPARE(m_pane->listState()->state(), PaneStateWidget::State::Content);
    QTRY_VERIFY(!m_pane->model()->index(0, 0).data(PoolUserSparseModel::PlaceholderRole).toBool());
    QVERIFY(m_pane->summaryLabel()->text().contains(QStringLiteral("1,000,000")));
    QVERIFY(!m_pane->view()->isSortingEnabled());
}

void TestPoolUsersPane::jumpFetchesOnePage()
{
    PoolUserSparseModel *model = m_pane->model();
    QTRY_VERIFY(!model->isLoading());
    const int before = listUsersSent();
    const int sentBefore = model->requestsSent();
    m_pane->jumpToRow(500000);
    // Painted before the page arrives: the loading placeholder.
    QCOMPARE(model->index(500000, 0).data().toString(), PoolUserSparseModel::loadingText());
    QTRY_VERIFY_WITH_TIMEOUT(model->userAt(500000) != nullptr, 20000);
    QTRY_VERIFY(!model->isLoading());
    QCOMPARE(model->requestsSent() - sentBefore, 1);
    QCOMPARE(listUsersSent() - before, 1);
    QCOMPARE(model->cachedPages().contains(5001), true);
    const QRect cell = m_pane->view()->visualRect(model->index(500000, 0));
    QVERIFY(m_pane->view()->viewport()->rect().intersects(cell));
    QVERIFY(model->index(500000, PoolUserSparseModel::PreferredUsername).data().toString().endsWith(QLatin1String("500001")));
    QCOMPARE(m_pane->rowSpin()->value(), 500001);
    // Scrolling a page further down fetches the next one only.
    m_pane->jumpToRow(500100);
    QTRY_VERIFY_WITH_TIMEOUT(model->userAt(500100) != nullptr, 20000);
    QCOMPARE(listUsersSent() - before, 2);
}

void TestPoolUsersPane::detailFromGetUser()
{
    m_pane->jumpToRow(500003);
    QTRY_VERIFY(m_pane->model()->userAt(500003));
    const QString uid = m_pane->model()->userAt(500003)->uid;
    QTRY_COMPARE(m_pane->detailView()->value(QStringLiteral("User ID")), uid);
    QTRY_VERIFY_WITH_TIMEOUT(m_pane->detailView()->keys().contains(QStringLiteral("External identities"))
                                 || m_pane->detailView()->keys().contains(QStringLiteral("Custom attributes")),
                             20000);
    QTRY_VERIFY(!m_pane->detailView()->keys().contains(QStringLiteral("Status")));   // "Loading every field…" gone
    bool getUser = false;
    for (const ExchangeRecord &r : m_exchanges)
        getUser = getUser || r.action == QLatin1String("GetUser");
    QVERIFY(getUser);
}

void TestPoolUsersPane::deleteShowsEachFailure()
{
    PoolUserSparseModel *model = m_pane->model();
    m_pane->jumpToRow(500010);
    QTRY_VERIFY(model->userAt(500012));
    QStringList uids;
    for (int row = 500010; row <= 500012; ++row)
        uids << model->userAt(row)->uid;
    // Someone else deletes the middle one first (the pane still shows it).
    {
        const ApiResult r = call(m_emu, Service::Id, QStringLiteral("DeleteUsers"),
                                 QJsonObject{{QStringLiteral("UserPoolUid"), m_pool},
                                             {QStringLiteral("UserUids"), QJsonArray{uids.at(1)}}});
        QVERIFY(r.ok);
    }
    const QItemSelection selection(model->index(500010, 0), model->index(500012, PoolUserSparseModel::ColumnCount - 1));
    m_pane->view()->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    QVERIFY(m_pane->action(QStringLiteral("deletePoolUsers"))->isEnabled());
    QSignalSpy finished(m_pane, &PoolUsersPane::deleteFinished);
    m_prompter.clear();
    m_prompter.answerConfirm(true);
    m_pane->deleteSelection();
    QCOMPARE(m_prompter.count(QStringLiteral("confirm")), 1);
    QVERIFY(m_prompter.last(QStringLiteral("confirm")).text.contains(QStringLiteral("3 users")));
    QVERIFY(finished.wait(20000));
    QCOMPARE(finished.first().at(0).toInt(), 2);
    QCOMPARE(finished.first().at(1).toInt(), 1);
    // Not a success message: the one bulk dialog stays open with a summary naming the user that was not deleted
    // (the per-item failure inside HTTP 200), and only that one.
    BulkProgressDialog *dialog = m_pane->activeBulk();
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    QVERIFY(dialog->isFinished());
    const BulkSummary summary = dialog->summary();
    QCOMPARE(summary.total, 3);
    QCOMPARE(summary.succeeded, 2);
    QCOMPARE(summary.failed, 1);
    QCOMPARE(summary.failures.size(), 1);
    QCOMPARE(summary.failures.first().index, 1);
    QCOMPARE(summary.failures.first().httpStatus, 200);
    QVERIFY(!summary.failures.first().requestId.isEmpty());
    const QString warning = dialog->summaryView()->toPlainText();
    QVERIFY2(warning.contains(uids.at(1)), qPrintable(warning));
    QVERIFY(!warning.contains(uids.at(0)));
    QVERIFY(m_pane->lastDeleteReport().contains(QStringLiteral("Deleted 2 of 3 users.")));
    QVERIFY(m_pane->lastDeleteReport().contains(QStringLiteral("Not deleted (1)")));
    QVERIFY(m_pane->lastDeleteReport().contains(uids.at(1)));
    QCOMPARE(m_prompter.warnings().size(), 0);   // the summary is the report (as for every bulk delete)
    dialog->closeButton()->click();
    // The rows load again: the pool has three users fewer.
    QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 1000000 - 3, 20000);
}

namespace {
void clickHeader(QHeaderView *header, int section)
{
    QVERIFY(!header->isSectionHidden(section));
    const QPoint at(header->sectionViewportPosition(section) + header->sectionSize(section) / 2, header->height() / 2);
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, at);
}

QStringList usernames(const PoolUserSparseModel *model)
{
    QStringList out;
    for (int row = 0; row < model->rowCount(); ++row)
        out << (model->userAt(row) ? model->userAt(row)->preferredUsername() : QStringLiteral("<not loaded>"));
    return out;
}
} // namespace

void TestPoolUsersPane::headerClickSortsOnTheServer()
{
    // customer-portal: 40 users, one page; the emulator creates them in an order that is not alphabetical.
    QString portal;
    const ApiResult pools = call(m_emu, Service::Id, QStringLiteral("ListUserPools"), {}, true);
    for (const QJsonValue &v : pools.items)
        if (v.toObject().value(QStringLiteral("Name")).toString() == QLatin1String("customer-portal"))
            portal = v.toObject().value(QStringLiteral("Uid")).toString();
    QVERIFY(!portal.isEmpty());
    PoolUserSparseModel *model = m_pane->model();
    m_pane->openPool(portal, QStringLiteral("customer-portal"));
    QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 40, 20000);
    QTRY_VERIFY_WITH_TIMEOUT(model->userAt(39) != nullptr, 20000);
    const QStringList serverOrder = usernames(model);
    QStringList ascending = serverOrder;
    std::sort(ascending.begin(), ascending.end());   // code-point order, as the emulator sorts
    QVERIFY2(serverOrder != ascending, "the fixture must not already be in order, or this test could not fail");
    QStringList descending = ascending;
    std::reverse(descending.begin(), descending.end());

    QHeaderView *header = m_pane->view()->horizontalHeader();
    QVERIFY(!header->isSortIndicatorShown());
    QVERIFY(model->headerData(PoolUserSparseModel::PreferredUsername, Qt::Horizontal, Qt::ToolTipRole)
                .toString().contains(QStringLiteral("click")));
    int sent = listUsersSent();
    clickHeader(header, PoolUserSparseModel::PreferredUsername);
    QCOMPARE(model->rowCount(), 40);                    // the row count is kept while the pages reload
    QCOMPARE(model->sortColumn(), int(PoolUserSparseModel::PreferredUsername));
    QCOMPARE(model->sortOrder(), Qt::AscendingOrder);
    QCOMPARE(model->query().sortField, QStringLiteral("PreferredUsername"));
    QVERIFY(header->isSortIndicatorShown());
    QCOMPARE(header->sortIndicatorSection(), int(PoolUserSparseModel::PreferredUsername));
    QCOMPARE(header->sortIndicatorOrder(), Qt::AscendingOrder);
    QVERIFY(model->userAt(0) == nullptr);               // the cache was dropped
    QTRY_VERIFY_WITH_TIMEOUT(model->userAt(39) != nullptr, 20000);
    QCOMPARE(usernames(model), ascending);              // the rows came back in the server's sorted order
    QVERIFY(listUsersSent() > sent);

    clickHeader(header, PoolUserSparseModel::PreferredUsername);   // again: reversed
    QCOMPARE(header->sortIndicatorOrder(), Qt::DescendingOrder);
    QCOMPARE(model->sortOrder(), Qt::DescendingOrder);
    QVERIFY(model->query().descending);
    QTRY_VERIFY_WITH_TIMEOUT(model->userAt(39) != nullptr, 20000);
    QCOMPARE(usernames(model), descending);

    // A column the service cannot sort by: nothing is asked, the order and the indicator stay, the tooltip says why.
    const QString emailTip = model->headerData(PoolUserSparseModel::Email, Qt::Horizontal, Qt::ToolTipRole).toString();
    QVERIFY2(emailTip.contains(QStringLiteral("cannot sort")), qPrintable(emailTip));
    QSignalSpy status(m_pane, &Pane::statusMessage);
    sent = listUsersSent();
    clickHeader(header, PoolUserSparseModel::Email);
    QTest::qWait(150);
    QCOMPARE(listUsersSent(), sent);
    QCOMPARE(model->sortColumn(), int(PoolUserSparseModel::PreferredUsername));
    QCOMPARE(header->sortIndicatorSection(), int(PoolUserSparseModel::PreferredUsername));
    QCOMPARE(header->sortIndicatorOrder(), Qt::DescendingOrder);
    QCOMPARE(usernames(model), descending);
    QVERIFY(!status.isEmpty());
    QVERIFY(status.last().first().toString().contains(QStringLiteral("cannot sort")));

    // Created: CreateTime descending is the reverse of the service's own (creation) order.
    clickHeader(header, PoolUserSparseModel::Created);
    QCOMPARE(model->query().sortField, QStringLiteral("CreateTime"));
    QCOMPARE(header->sortIndicatorOrder(), Qt::AscendingOrder);
    QTRY_VERIFY_WITH_TIMEOUT(model->userAt(39) != nullptr, 20000);
    QCOMPARE(usernames(model), serverOrder);

    // Back to the service's order and the large pool for the tests that follow.
    m_pane->sortByColumn(-1, Qt::AscendingOrder);
    QVERIFY(!header->isSortIndicatorShown());
    QVERIFY(model->query().sortField.isEmpty());
    m_pane->openPool(m_pool, QStringLiteral("load-test"));
    QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 1000000 - 3, 20000);
}

void TestPoolUsersPane::everyControlIsNamed()
{
    QStringList unnamed;
    const auto widgets = m_pane->findChildren<QWidget *>();
    for (QWidget *w : widgets) {
        if (!w->isVisibleTo(m_pane) || w->focusPolicy() == Qt::NoFocus)
            continue;
        if (qobject_cast<QAbstractSpinBox *>(w->parentWidget()) || qobject_cast<QComboBox *>(w->parentWidget()))
            continue;   // the editor inside a spin box / combo box: the box carries the name
        const bool interactive = qobject_cast<QAbstractButton *>(w) || qobject_cast<QLineEdit *>(w)
                                 || qobject_cast<QComboBox *>(w) || qobject_cast<QAbstractSpinBox *>(w)
                                 || qobject_cast<QAbstractItemView *>(w);
        if (!interactive)
            continue;
        QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(w);
        const QString name = iface ? iface->text(QAccessible::Name) : w->accessibleName();
        if (name.trimmed().isEmpty())
            unnamed << (w->objectName().isEmpty() ? QString::fromLatin1(w->metaObject()->className()) : w->objectName());
    }
    QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QStringLiteral(", "))));
    QCOMPARE(m_pane->poolCombo()->accessibleName(), QStringLiteral("User pool"));
    QCOMPARE(m_pane->rowSpin()->accessibleName(), QStringLiteral("Go to row"));
    QCOMPARE(m_pane->view()->accessibleName(), QStringLiteral("Pool users list"));
}

void TestPoolUsersPane::screenshotsInBothLanguages()
{
    m_pane->jumpToRow(500000);
    QTRY_VERIFY_WITH_TIMEOUT(!m_pane->model()->isLoading(), 20000);
    QTRY_VERIFY(!m_pane->detailView()->keys().contains(QStringLiteral("Status")));
    QVERIFY(!screenshot(m_pane, QStringLiteral("poolusers_en")).isEmpty());
    // A row not loaded yet, as the person sees it while the page is on its way.
    m_pane->model()->setDebounceMs(60000);
    m_pane->jumpToRow(750000);
    QCoreApplication::processEvents();
    QCOMPARE(m_pane->model()->index(750000, 0).data().toString(), QStringLiteral("Loading…"));
    QVERIFY(!screenshot(m_pane, QStringLiteral("poolusers_loading_en")).isEmpty());
    m_pane->model()->setDebounceMs(40);
    m_pane->model()->flushRequests();
    QTRY_VERIFY_WITH_TIMEOUT(m_pane->model()->userAt(750000), 20000);

    setLanguage(QStringLiteral("zh_CN"));
    const QString header = m_pane->model()->headerData(PoolUserSparseModel::PreferredUsername, Qt::Horizontal).toString();
    QVERIFY2(header != QLatin1String("Username"), qPrintable(header));
    QVERIFY(m_pane->poolCombo()->accessibleName() != QLatin1String("User pool"));
    QTRY_VERIFY(!m_pane->detailView()->keys().contains(QStringLiteral("Status")));
    QVERIFY(!screenshot(m_pane, QStringLiteral("poolusers_zh_CN")).isEmpty());
    setLanguage(QStringLiteral("en"));
    QCOMPARE(m_pane->poolCombo()->accessibleName(), QStringLiteral("User pool"));
}

QTEST_MAIN(TestPoolUsersPane)
#include "tst_pooluserspane.moc"
