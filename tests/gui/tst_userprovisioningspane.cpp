// SPDX-License-Identifier: GPL-3.0-or-later
// The User provisionings pane, built on the shared list machinery (ListPane + RecordTableModel +
// RecordFilterProxy), against FakeDirectoryBackend: listing every page, the account filter (server-side) and the
// quick filter (loaded rows), the detail (GetUserProvisioning), delete one (confirmed through the Prompter, or
// declined) and many (the bulk path, against the emulator through the fake's client), a failed delete, Ctrl+C of ids, CSV export, accessible names and their retranslation, and
// the navigation entry in the main window's pane list.
#include "DirectoryGuiSupport.h"
#include "EmulatorFixture.h"
#include "../unit/FakeDirectoryBackend.h"
#include "ScriptedPrompter.h"
#include "cloud/Session.h"
#include "directory/UserProvisioningsPane.h"
#include "models/RecordFilterProxy.h"
#include "models/UserProvisioningColumns.h"
#include "shell/PaneFactory.h"
#include "widgets/BulkProgressDialog.h"
#include "widgets/DetailView.h"
#include "widgets/PaneStateWidget.h"

#include <QAction>
#include <QPushButton>
#include <QPointer>
#include <QApplication>
#include <QClipboard>
#include <QFile>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBar>
#include <QTranslator>

using namespace DirectoryGuiSupport;

namespace {
Profile fakeProfile()
{
    Profile p;
    p.name = QStringLiteral("fake-volc");
    p.provider = Profile::Provider::Volcengine;
    p.accessKeyId = QStringLiteral("AKLTfake");
    p.endpoints.insert(QStringLiteral("cloudidentity"), QStringLiteral("http://127.0.0.1:9"));
    p.transient = true;
    return p;
}

class FakeTranslator : public QTranslator
{
public:
    bool isEmpty() const override { return false; }
    QString translate(const char *context, const char *source, const char *, int) const override
    {
        static const QHash<QByteArray, QString> zh{{"ListPane/Search %1", QStringLiteral("搜索%1")},
                                                   {"ListPane/%1 toolbar", QStringLiteral("%1工具栏")},
                                                   {"ListPane/%1 list", QStringLiteral("%1列表")},
                                                   {"UserProvisioningsPane/User provisionings", QStringLiteral("用户授权任务")}};
        return zh.value(QByteArray(context) + '/' + source);
    }
};

bool waitLoaded(UserProvisioningsPane &pane, int timeout = 10000)
{
    return QTest::qWaitFor([&] { return pane.model()->hasAnswered() && !pane.model()->isLoading(); }, timeout);
}
}

class TestUserProvisioningsPane : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void listsEveryPageAndFilters();
    void detailComesFromGetUserProvisioning();
    void deleteOneConfirmedOrDeclined();
    void deleteManyAndFailure();
    void copyExportAndAccessibleNames();
    void unsupportedServiceSaysSo();
    void reachableFromNavigation();

private:
    void setUpPane(int count);

    ScriptedPrompter m_prompter;
    EmulatorFixture m_emu{{QStringLiteral("--dataset"), QStringLiteral("demo")}};
    Session *m_emuSession = nullptr;   // a client against the emulator, for the bulk path
    Session *m_session = nullptr;
    FakeDirectoryBackend *m_backend = nullptr;
    UserProvisioningsPane *m_pane = nullptr;
};

void TestUserProvisioningsPane::initTestCase()
{
    initSettings(QStringLiteral("tst_userprovisioningspane"));
    Prompter::setInstance(&m_prompter);
    QString error;
    QVERIFY2(m_emu.start(&error), qPrintable(error));
    m_emuSession = newSession(m_emu, volcengineProfile(m_emu), this);
}

void TestUserProvisioningsPane::init()
{
    m_prompter.clear();
    m_session = new Session(fakeProfile(), Credentials{QStringLiteral("AKLTfake"), QStringLiteral("secret"), QString()}, this);
    m_backend = new FakeDirectoryBackend(this);
    m_backend->caps.userProvisionings = true;
    m_pane = new UserProvisioningsPane;
    m_pane->setBackendOverride(m_backend);
    m_pane->resize(1200, 700);
}

void TestUserProvisioningsPane::cleanup()
{
    delete m_pane;
    m_pane = nullptr;
    delete m_session;
    delete m_backend;
    setLanguage(QStringLiteral("en"));
}

void TestUserProvisioningsPane::setUpPane(int count)
{
    for (int i = 0; i < count; ++i)
        m_backend->provisionings << FakeDirectoryBackend::makeProvisioning(i, i % 4 ? QStringLiteral("2100000001")
                                                                                  : QStringLiteral("2100000002"));
    m_pane->setSession(m_session);
    m_pane->show();
    QVERIFY(waitLoaded(*m_pane));
}

void TestUserProvisioningsPane::listsEveryPageAndFilters()
{
    setUpPane(230);   // three pages of 100
    QCOMPARE(m_pane->model()->rowCount(), 230);
    QCOMPARE(m_backend->listProvisioningsCalls, 3);
    QCOMPARE(m_pane->stateWidget()->state(), PaneStateWidget::State::Content);
    QCOMPARE(m_pane->model()->columnCount(), int(UserProvisioningColumns::ColumnCount));
    QCOMPARE(m_pane->model()->headerData(UserProvisioningColumns::Target, Qt::Horizontal).toString(),
             QStringLiteral("Target account"));

    // Quick filter: instant, on the loaded rows, no new request.
    m_pane->searchEdit()->setText(QStringLiteral("principal17"));
    QCOMPARE(m_pane->proxy()->rowCount(), 11);   // 17, 170..179
    m_pane->searchEdit()->setText(QStringLiteral("PRINCIPAL229"));
    QCOMPARE(m_pane->proxy()->rowCount(), 1);
    m_pane->applySearch();
    QCOMPARE(m_backend->listProvisioningsCalls, 3);
    m_pane->searchEdit()->clear();
    QCOMPARE(m_pane->proxy()->rowCount(), 230);

    // Account filter: server-side (AccountId / TargetId).
    m_pane->accountFilter()->setText(QStringLiteral("2100000002"));
    m_pane->applySearch();
    QVERIFY(waitLoaded(*m_pane));
    QCOMPARE(m_backend->provisioningQueries.last().targetId, QStringLiteral("2100000002"));
    QCOMPARE(m_pane->model()->rowCount(), 58);   // i % 4 == 0 of 0..229
    for (int r = 0; r < m_pane->model()->rowCount(); ++r)
        QCOMPARE(m_pane->model()->record(r).targetId, QStringLiteral("2100000002"));

    // Sorting through the proxy (raw values, ranked) and an exact column filter.
    m_pane->view()->sortByColumn(UserProvisioningColumns::ProvisioningId, Qt::DescendingOrder);
    const QString top = m_pane->proxy()->index(0, UserProvisioningColumns::ProvisioningId).data().toString();
    QCOMPARE(top, FakeDirectoryBackend::makeProvisioning(228).id);
    m_pane->proxy()->setColumnFilter(UserProvisioningColumns::Status, QStringLiteral("Failed"));
    QVERIFY(m_pane->proxy()->rowCount() > 0);
    for (int r = 0; r < m_pane->proxy()->rowCount(); ++r)
        QCOMPARE(m_pane->proxy()->index(r, UserProvisioningColumns::Status).data(RecordTableModelBase::RawValueRole).toString(),
                 QStringLiteral("Failed"));

    // Nothing matches: the empty state offers to clear the filter.
    m_pane->proxy()->setColumnFilter(UserProvisioningColumns::Status, QString());
    m_pane->accountFilter()->setText(QStringLiteral("9999"));
    m_pane->applySearch();
    QVERIFY(waitLoaded(*m_pane));
    QCOMPARE(m_pane->stateWidget()->state(), PaneStateWidget::State::Empty);
    QVERIFY(m_pane->stateWidget()->messageText().contains(QStringLiteral("9999")));

    // A failed listing shows the error state.
    m_backend->failNextList = ApiError::make(ApiError::Kind::Api, QStringLiteral("InternalError"), QStringLiteral("boom"));
    m_pane->refresh();
    QVERIFY(waitLoaded(*m_pane));
    QCOMPARE(m_pane->stateWidget()->state(), PaneStateWidget::State::Error);
}

void TestUserProvisioningsPane::detailComesFromGetUserProvisioning()
{
    setUpPane(5);
    // The server knows more than the list row: GetUserProvisioning's answer is what the detail shows.
    UserProvisioning p = m_backend->provisionings.at(2);
    p.description = QStringLiteral("fresh from GetUserProvisioning");
    p.raw.insert(QStringLiteral("Description"), p.description);
    m_backend->provisionings[2] = p;
    QVERIFY(m_pane->selectProvisionings({p.id}));
    QTRY_COMPARE(m_pane->detailView()->value(QStringLiteral("Description")), p.description);
    QCOMPARE(m_pane->detailView()->value(QStringLiteral("Provisioning ID")), p.id);
    QCOMPARE(m_pane->detailView()->value(QStringLiteral("Name suffix")), QStringLiteral("-sso"));
    QTRY_COMPARE(m_pane->model()->recordById(p.id).description, p.description);   // the row follows
}

void TestUserProvisioningsPane::deleteOneConfirmedOrDeclined()
{
    setUpPane(5);
    const QString id = m_backend->provisionings.at(1).id;
    QVERIFY(m_pane->selectProvisionings({id}));
    QVERIFY(m_pane->action(QStringLiteral("deleteProvisioningAction"))->isEnabled());

    m_prompter.answerConfirm(false);
    m_pane->deleteSelection();
    QCOMPARE(m_prompter.count(QStringLiteral("confirm")), 1);
    QVERIFY(m_prompter.last(QStringLiteral("confirm")).text.contains(id));
    QTest::qWait(50);
    QCOMPARE(m_backend->deletedProvisionings, QStringList());
    QCOMPARE(m_pane->model()->rowCount(), 5);

    m_prompter.answerConfirm(true);
    QSignalSpy finished(m_pane, &UserProvisioningsPane::writeFinished);
    m_pane->action(QStringLiteral("deleteProvisioningAction"))->trigger();
    QVERIFY(finished.wait(5000));
    QCOMPARE(finished.first().first().toBool(), true);
    QCOMPARE(m_backend->deletedProvisionings, QStringList{id});
    QCOMPARE(m_pane->model()->rowOfId(id), -1);
    QCOMPARE(m_pane->model()->rowCount(), 4);
}

void TestUserProvisioningsPane::deleteManyAndFailure()
{
    // The fake lists what the emulator holds; delete-many runs on the one bulk path (BulkOperation
    // DeleteProvisionings in BulkRunner, shown by BulkProgressDialog) against the emulator through the fake's client.
    const ApiResult listed = call(m_emu, Service::CloudIdentity, QStringLiteral("ListUserProvisionings"), {}, true);
    QVERIFY(listed.items.size() >= 4);
    for (const QJsonValue &v : listed.items) {
        const QJsonObject o = v.toObject();
        UserProvisioning p;
        p.id = o.value(QStringLiteral("UserProvisioningId")).toString();
        p.principalType = o.value(QStringLiteral("PrincipalType")).toString();
        p.principalId = o.value(QStringLiteral("PrincipalId")).toString();
        p.principalName = o.value(QStringLiteral("PrincipalName")).toString();
        p.targetId = o.value(QStringLiteral("TargetId")).toString();
        p.raw = o;
        m_backend->provisionings << p;
    }
    // One the server does not know (deleted meanwhile): "already gone" counts as done, not as a failure.
    m_backend->provisionings << FakeDirectoryBackend::makeProvisioning(7, QStringLiteral("2100000009"));
    const int rows = int(m_backend->provisionings.size());
    m_backend->bulkClientForTests = m_emuSession->client();
    m_pane->setSession(m_session);
    m_pane->show();
    QVERIFY(waitLoaded(*m_pane));
    const QStringList ids{m_backend->provisionings.at(0).id, m_backend->provisionings.at(2).id,
                          m_backend->provisionings.at(3).id, m_backend->provisionings.last().id};
    QVERIFY(m_pane->selectProvisionings(ids));
    m_prompter.answerConfirm(true);
    QSignalSpy finished(m_pane, &UserProvisioningsPane::writeFinished);
    m_pane->deleteSelection();
    QVERIFY(m_prompter.last(QStringLiteral("confirm")).text.contains(QStringLiteral("4")));
    QPointer<BulkProgressDialog> bulk = m_pane->activeBulk();
    QVERIFY(bulk);   // progress, cancel and the summary: the shared dialog
    QVERIFY(bulk->cancelButton());
    QVERIFY(finished.wait(20000));
    QCOMPARE(finished.first().first().toBool(), true);
    QVERIFY(bulk->isFinished());
    QCOMPARE(bulk->summary().total, 4);
    QCOMPARE(bulk->summary().failed, 0);
    QCOMPARE(bulk->summary().alreadyDone, 1);
    QCOMPARE(bulk->itemLabels().size(), 4);
    QVERIFY(m_backend->deletedProvisionings.isEmpty());   // not one by one through the backend's single delete
    for (int i = 0; i < 3; ++i) {
        const ApiResult got = call(m_emu, Service::CloudIdentity, QStringLiteral("GetUserProvisioning"),
                                   {{QStringLiteral("UserProvisioningId"), ids.at(i)}});
        QCOMPARE(got.error.code, QStringLiteral("UserProvisionNotFound"));
    }
    for (const QString &id : ids)
        QCOMPARE(m_pane->model()->rowOfId(id), -1);
    QCOMPARE(m_pane->model()->rowCount(), rows - 4);
    if (bulk && bulk->isVisible())
        bulk->closeButton()->click();
    QTRY_VERIFY(!m_pane->activeBulk() || !m_pane->activeBulk()->isVisible());

    // A refused delete keeps the row and explains, with the server's code.
    const QString keep = m_pane->model()->record(0).id;
    QVERIFY(m_pane->selectProvisionings({keep}));
    m_backend->failNextDelete = ApiError::make(ApiError::Kind::Api, QStringLiteral("UserProvisionStatusException"),
                                               QStringLiteral("Can not perform action when user provison status is Provisioning"));
    m_prompter.answerConfirm(true);
    finished.clear();
    m_pane->deleteSelection();
    QVERIFY(finished.wait(5000));
    QCOMPARE(finished.first().first().toBool(), false);
    QCOMPARE(m_pane->model()->rowOfId(keep) >= 0, true);
    QCOMPARE(m_prompter.count(QStringLiteral("warn")), 1);
    QVERIFY(m_prompter.warnings().first().contains(QStringLiteral("UserProvisionStatusException")));
}

void TestUserProvisioningsPane::copyExportAndAccessibleNames()
{
    setUpPane(4);
    const QStringList ids{m_backend->provisionings.at(1).id, m_backend->provisionings.at(2).id};
    QVERIFY(m_pane->selectProvisionings(ids));
    QApplication::clipboard()->clear();
    m_pane->copySelection();   // Ctrl+C: the selected ids
    QStringList copied = QApplication::clipboard()->text().split(QLatin1Char('\n'));
    copied.sort();
    QCOMPARE(copied, ids);

    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("provisionings.csv"));
    QString error;
    QVERIFY2(m_pane->exportCsv(file, &error), qPrintable(error));
    QFile f(file);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QString csv = QString::fromUtf8(f.readAll());
    QVERIFY(csv.contains(QStringLiteral("Target account")));
    QVERIFY(!csv.contains(QStringLiteral("Updated")));   // hidden column: not exported
    for (const UserProvisioning &p : std::as_const(m_backend->provisionings))
        QVERIFY(csv.contains(p.id));

    // Base-provided controls are named for assistive technology, in the current language.
    QCOMPARE(m_pane->searchEdit()->accessibleName(), QStringLiteral("Search User provisionings"));
    QCOMPARE(m_pane->toolBar()->accessibleName(), QStringLiteral("User provisionings toolbar"));
    QCOMPARE(m_pane->view()->accessibleName(), QStringLiteral("User provisionings list"));
    QVERIFY(!m_pane->accountFilter()->accessibleName().isEmpty());
    // Retranslated on LanguageChange (a translator of our own: independent of the shipped .qm files).
    FakeTranslator translator;
    QCoreApplication::installTranslator(&translator);
    QTRY_COMPARE(m_pane->searchEdit()->accessibleName(), QStringLiteral("搜索用户授权任务"));
    QCOMPARE(m_pane->toolBar()->accessibleName(), QStringLiteral("用户授权任务工具栏"));
    QCOMPARE(m_pane->view()->accessibleName(), QStringLiteral("用户授权任务列表"));
    QCoreApplication::removeTranslator(&translator);
    QTRY_COMPARE(m_pane->searchEdit()->accessibleName(), QStringLiteral("Search User provisionings"));
}

void TestUserProvisioningsPane::unsupportedServiceSaysSo()
{
    m_backend->caps.userProvisionings = false;
    m_pane->setSession(m_session);
    m_pane->show();
    QTest::qWait(50);
    QCOMPARE(m_pane->stateWidget()->state(), PaneStateWidget::State::Empty);
    QCOMPARE(m_backend->listProvisioningsCalls, 0);
}

void TestUserProvisioningsPane::reachableFromNavigation()
{
    QWidget parent;
    const QList<Pane *> panes = PaneFactory::createPanes(&parent);
    bool found = false;
    for (Pane *p : panes)
        found = found || (p->paneId() == QStringLiteral("provisionings") && qobject_cast<UserProvisioningsPane *>(p));
    QVERIFY(found);
}

QTEST_MAIN(TestUserProvisioningsPane)
#include "tst_userprovisioningspane.moc"
