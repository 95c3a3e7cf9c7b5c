// SPDX-License-Identifier: GPL-3.0-or-later
// The user pools pane against the real emulator: list with Enabled and MAU filled in asynchronously, detail
// panel, create / edit / disable / enable (bulk, with a failure summary) / delete (typed confirmation),
// busy / empty / error states, filter, copy and CSV export. Screenshots go to build/screenshots.
#include "api/ApiClient.h"
#include "EmulatorFixture.h"
#include "widgets/PaneStateWidget.h"
#include "widgets/BulkProgressDialog.h"
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include "widgets/Prompter.h"
#include "cloud/Session.h"
#include "pools/UserPoolDetailView.h"
#include "pools/UserPoolDialog.h"
#include "models/UserPoolFilterProxy.h"
#include "models/UserPoolModel.h"
#include "cloud/UserPoolService.h"
#include "pools/UserPoolsPane.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QClipboard>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTreeView>

namespace {
// Answers the pane's questions from the test and records them.
class ScriptedPrompter : public Prompter
{
public:
    bool confirmAnswer = true;
    QString typedText;           // what the "person" types into confirmByTyping
    QStringList confirmations;   // titles
    QStringList typedExpected;   // what confirmByTyping asked for
    QStringList warnings;        // title + "\n" + text
    QStringList informs;

    bool confirm(QWidget *, const QString &title, const QString &, const QString &) override
    {
        confirmations << title;
        return confirmAnswer;
    }
    bool confirmByTyping(QWidget *, const QString &title, const QString &, const QString &expected) override
    {
        confirmations << title;
        typedExpected << expected;
        return typedText == expected;
    }
    QString choose(QWidget *, const QString &, const QString &, const QStringList &items, int current) override
    {
        return items.value(current);
    }
    void inform(QWidget *, const QString &title, const QString &text) override { informs << title + QLatin1Char('\n') + text; }
    void warn(QWidget *, const QString &title, const QString &text) override { warnings << title + QLatin1Char('\n') + text; }
    QString saveFileName(QWidget *, const QString &, const QString &, const QString &) override { return {}; }
};

Profile volcProfile(const QUrl &endpoint, const QString &accessKey)
{
    Profile p;
    p.name = QStringLiteral("emulator");
    p.provider = Profile::Provider::Volcengine;
    p.accessKeyId = accessKey;
    p.endpoints.insert(QStringLiteral("id"), endpoint.toString());
    p.endpoints.insert(QStringLiteral("cloudidentity"), endpoint.toString());
    p.transient = true;
    return p;
}

QString screenshotPath(const QString &name)
{
    const QString dir = QStringLiteral(IDCONSOLE_BUILD_DIR "/screenshots");
    QDir().mkpath(dir);
    return dir + QLatin1Char('/') + name;
}

// An independent read of one pool, straight from the emulator (not through the pane).
UserPool serverPool(const EmulatorFixture &emu, const QString &uid, ApiResult *outResult = nullptr)
{
    ApiClient client;
    client.setCredentials(Credentials{emu.accessKey(), emu.secret(), QString()});
    client.setEndpoint(Service::Id, emu.endpoint());
    UserPoolService service(&client);
    UserPool pool;
    ApiResult result;
    bool done = false;
    service.getUserPool(uid, nullptr, [&](const UserPool &p, const ApiResult &r) {
        pool = p;
        result = r;
        done = true;
    });
    if (!QTest::qWaitFor([&] { return done; }, 15000))
        qWarning("GetUserPool %s did not answer", qPrintable(uid));
    if (outResult)
        *outResult = result;
    return pool;
}

int rowWhere(UserPoolModel *model, const std::function<bool(const UserPool &)> &pred)
{
    for (int r = 0; r < model->rowCount(); ++r)
        if (pred(model->pool(r)))
            return r;
    return -1;
}
}

class TestUserPoolsPane : public QObject
{
    Q_OBJECT

private:
    ScriptedPrompter m_prompter;
    EmulatorFixture m_emu{{QStringLiteral("--dataset"), QStringLiteral("demo")}};
    Session *m_session = nullptr;
    UserPoolsPane *m_pane = nullptr;

    void waitLoaded(UserPoolsPane *pane)
    {
        QTRY_VERIFY_WITH_TIMEOUT(!pane->isLoading(), 20000);
        QTRY_VERIFY_WITH_TIMEOUT(pane->pendingDetails() == 0, 20000);
    }

private slots:
    void initTestCase();
    void cleanupTestCase();
    void listsPoolsWithEnabledAndMau();
    void mauMonthFollowsSelector();
    void detailShowsEveryField();
    void createPoolAppearsInList();
    void createRefusesBadInputAndKeepsIt();
    void editSendsOnlyChanges();
    void disableThenEnable();
    void bulkEnableReportsFailures();
    void deleteNeedsTypedName();
    void filterCopyAndExport();
    void emptyState();
    void errorStateWithRetry();
    void unsupportedProfile();
    void manyPoolsAcrossPages();
    void survivesInjectedFaults();
    void screenshots();
};

void TestUserPoolsPane::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    Prompter::setInstance(&m_prompter);
    QString error;
    QVERIFY2(m_emu.start(&error), qPrintable(error));
    m_session = new Session(volcProfile(m_emu.endpoint(), m_emu.accessKey()),
                            Credentials{m_emu.accessKey(), m_emu.secret(), QString()}, this);
    m_pane = new UserPoolsPane;
    m_pane->resize(1200, 640);
    m_pane->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_pane));
}

void TestUserPoolsPane::cleanupTestCase()
{
    delete m_pane;
    delete m_session;
    Prompter::setInstance(nullptr);
}

void TestUserPoolsPane::listsPoolsWithEnabledAndMau()
{
    QSignalSpy loaded(m_pane, &UserPoolsPane::loaded);
    QSignalSpy requestIds(m_pane, &Pane::requestIdSeen);
    QVERIFY(m_pane->supports(m_session, nullptr));
    m_pane->setSession(m_session);
    // The busy state shows at once, before any answer.
    QCOMPARE(m_pane->stateWidget()->state(), PaneStateWidget::State::Busy);
    QVERIFY(loaded.wait(20000));
    QCOMPARE(loaded.first().first().toBool(), true);
    QCOMPARE(m_pane->model()->rowCount(), 4);   // the demo dataset
    QCOMPARE(m_pane->stateWidget()->state(), PaneStateWidget::State::Content);
    waitLoaded(m_pane);
    // Enabled arrives from GetUserPool for every row; MAU for the current month.
    QTRY_VERIFY_WITH_TIMEOUT(m_pane->model()->uidsWithoutDetail().isEmpty(), 15000);
    QTRY_COMPARE_WITH_TIMEOUT(m_pane->model()->mauMonth(), UserPoolService::currentMonth(), 15000);
    for (int r = 0; r < 4; ++r) {
        const QString enabled = m_pane->model()->index(r, UserPoolModel::Enabled).data().toString();
        QVERIFY2(enabled == QLatin1String("Enabled") || enabled == QLatin1String("Disabled"), qPrintable(enabled));
        QVERIFY(m_pane->model()->pool(r).complete);
        QVERIFY(m_pane->model()->mau(r).has_value());
        // The list agrees with the server.
        const UserPool server = serverPool(m_emu, m_pane->model()->pool(r).uid);
        QCOMPARE(m_pane->model()->pool(r).name, server.name);
        QCOMPARE(m_pane->model()->pool(r).enabled, server.enabled);
    }
    QVERIFY(!requestIds.isEmpty());
    QVERIFY(!requestIds.last().first().toString().isEmpty());
}

void TestUserPoolsPane::mauMonthFollowsSelector()
{
    waitLoaded(m_pane);
    QCOMPARE(m_pane->monthCombo()->count(), 12);
    QCOMPARE(m_pane->monthCombo()->currentData().toString(), UserPoolService::currentMonth());
    const QString previous = m_pane->monthCombo()->itemData(1).toString();
    m_pane->monthCombo()->setCurrentIndex(1);
    QTRY_COMPARE_WITH_TIMEOUT(m_pane->model()->mauMonth(), previous, 10000);
    // The column equals what the service answers for that month (straight from the emulator).
    ApiClient client;
    client.setCredentials(Credentials{m_emu.accessKey(), m_emu.secret(), QString()});
    client.setEndpoint(Service::Id, m_emu.endpoint());
    UserPoolService service(&client);
    QHash<QString, double> expected;
    bool done = false;
    service.getUserPoolMaus(m_pane->model()->uids(), previous, nullptr,
                            [&](const QHash<QString, double> &maus, const QString &, const ApiResult &r) {
                                QVERIFY(r.ok);
                                expected = maus;
                                done = true;
                            });
    QTRY_VERIFY_WITH_TIMEOUT(done, 10000);
    QTRY_VERIFY_WITH_TIMEOUT(m_pane->model()->mau(m_pane->model()->rowCount() - 1).has_value(), 10000);
    double sum = 0;
    for (int r = 0; r < m_pane->model()->rowCount(); ++r) {
        const QString uid = m_pane->model()->pool(r).uid;
        QCOMPARE(m_pane->model()->mau(r).value_or(-1), expected.value(uid));
        sum += expected.value(uid);
    }
    QVERIFY2(sum > 0, "the demo dataset has MAU last month");
    m_pane->setMauMonth(UserPoolService::currentMonth());
    QCOMPARE(m_pane->monthCombo()->currentIndex(), 0);
    QTRY_COMPARE_WITH_TIMEOUT(m_pane->model()->mauMonth(), UserPoolService::currentMonth(), 10000);
}

void TestUserPoolsPane::detailShowsEveryField()
{
    const UserPool pool = m_pane->model()->pool(0);
    QVERIFY(m_pane->selectPool(pool.uid));
    UserPoolDetailView *detail = m_pane->detailView();
    QVERIFY(detail->hasPool());
    QCOMPARE(detail->valueText(QStringLiteral("Uid")), pool.uid);
    QCOMPARE(detail->valueText(QStringLiteral("Name")), pool.name);
    for (const char *field : {"Trn", "Domain", "IssuerUrl", "DiscoveryUrl", "TokenUrl", "TokenSigningKeyUrl",
                              "OidcLoginCallbackUrl", "SamlLoginCallbackUrl", "OauthSignUpCallbackUrl", "TotalUsers",
                              "TotalClients", "TotalConnections", "Mau", "CreateTime", "UpdateTime", "Enabled",
                              "SignInAttributes", "Brand.Name"})
        QVERIFY2(detail->fields().contains(QLatin1String(field)), field);
    for (const QString &s : UserPool::switchFields()) {
        QVERIFY2(detail->fields().contains(s), qPrintable(s));
        QVERIFY(detail->valueText(s) == QLatin1String("On") || detail->valueText(s) == QLatin1String("Off"));
    }
    // Copyable values and clickable URLs.
    QVERIFY(detail->copyValue(QStringLiteral("Uid")));
    QCOMPARE(QGuiApplication::clipboard()->text(), pool.uid);
    QVERIFY(detail->copyValue(QStringLiteral("CreateTime")));   // times are copied as the server sent them
    QCOMPARE(QGuiApplication::clipboard()->text(), pool.createTime);
    QVERIFY(!detail->copyValue(QStringLiteral("NoSuchField")));
    if (!pool.issuerUrl.isEmpty()) {
        auto *issuer = detail->findChild<QLabel *>(QStringLiteral("value_IssuerUrl"));
        QVERIFY(issuer);
        QVERIFY(issuer->openExternalLinks());
        QVERIFY(issuer->text().contains(QStringLiteral("<a href=")));
    }
    auto *copyButton = detail->findChild<QToolButton *>(QStringLiteral("copy_Name"));
    QVERIFY(copyButton);
    QGuiApplication::clipboard()->clear();
    copyButton->click();
    QCOMPARE(QGuiApplication::clipboard()->text(), pool.name);
}

void TestUserPoolsPane::createPoolAppearsInList()
{
    const int before = m_pane->model()->rowCount();
    m_pane->newItem();
    UserPoolDialog *dialog = m_pane->activeDialog();
    QVERIFY(dialog);
    QCOMPARE(dialog->mode(), UserPoolDialog::Mode::Create);
    QVERIFY(!dialog->saveButton()->isEnabled());   // the name is required
    const QString name = QStringLiteral("GUI test pool 测试");
    QTest::keyClicks(dialog->nameEdit(), QStringLiteral("GUI test pool"));   // typed like a person...
    dialog->nameEdit()->insert(QStringLiteral(" 测试"));                      // ...plus an input-method commit
    dialog->descriptionEdit()->setPlainText(QStringLiteral("made by tst_userpoolspane"));
    dialog->projectEdit()->setText(QStringLiteral("default"));
    QVERIFY(dialog->saveButton()->isEnabled());
    QSignalSpy saved(dialog, &UserPoolDialog::poolSaved);
    QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
    QVERIFY(saved.wait(15000));
    QTRY_COMPARE_WITH_TIMEOUT(m_pane->model()->rowCount(), before + 1, 5000);
    const int row = rowWhere(m_pane->model(), [&](const UserPool &p) { return p.name == name; });
    QVERIFY(row >= 0);
    const UserPool created = m_pane->model()->pool(row);
    QVERIFY(!created.uid.isEmpty());
    // The new row is selected and shown in the detail panel; the server knows it.
    QCOMPARE(m_pane->selectedPools().value(0).uid, created.uid);
    QCOMPARE(m_pane->detailView()->valueText(QStringLiteral("Name")), name);
    QCOMPARE(serverPool(m_emu, created.uid).description, QStringLiteral("made by tst_userpoolspane"));
    QTRY_VERIFY_WITH_TIMEOUT(m_pane->model()->pool(m_pane->model()->rowOfUid(created.uid)).enabled.has_value(), 10000);
    QTRY_VERIFY(!m_pane->activeDialog());
}

void TestUserPoolsPane::createRefusesBadInputAndKeepsIt()
{
    m_pane->openCreateDialog();
    UserPoolDialog *dialog = m_pane->activeDialog();
    QVERIFY(dialog);
    const QString tooLong(UserPoolService::kMaxNameLength + 5, QLatin1Char('n'));
    dialog->nameEdit()->setText(tooLong);
    dialog->descriptionEdit()->setPlainText(QStringLiteral("keep me"));
    const int before = m_pane->model()->rowCount();
    dialog->save();
    // Refused before sending, with a clear message; nothing typed is lost.
    QVERIFY(dialog->isVisible());
    QVERIFY(dialog->errorText().contains(QString::number(UserPoolService::kMaxNameLength)));
    QCOMPARE(dialog->nameEdit()->text(), tooLong);
    QCOMPARE(dialog->descriptionEdit()->toPlainText(), QStringLiteral("keep me"));
    QTest::qWait(200);
    QCOMPARE(m_pane->model()->rowCount(), before);
    dialog->reject();
    QTRY_VERIFY(!m_pane->activeDialog());
}

void TestUserPoolsPane::editSendsOnlyChanges()
{
    const int row = rowWhere(m_pane->model(), [](const UserPool &p) { return p.name.startsWith(QLatin1String("GUI test pool")); });
    QVERIFY(row >= 0);
    const UserPool pool = m_pane->model()->pool(row);
    QVERIFY(m_pane->selectPool(pool.uid));
    m_pane->editSelected();
    UserPoolDialog *dialog = m_pane->activeDialog();
    QVERIFY(dialog);
    QCOMPARE(dialog->mode(), UserPoolDialog::Mode::Edit);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isBusy(), 10000);
    QCOMPARE(dialog->nameEdit()->text(), pool.name);
    QVERIFY(!dialog->saveButton()->isEnabled());   // nothing changed yet
    QVERIFY(dialog->changes().isEmpty());
    QCheckBox *selfSignUp = dialog->switchBox(QStringLiteral("SelfSignUpEnabled"));
    QVERIFY(selfSignUp);
    const bool wasOn = selfSignUp->isChecked();
    selfSignUp->setChecked(!wasOn);
    dialog->nameEdit()->setText(pool.name + QStringLiteral(" (edited)"));
    const UserPoolService::Changes changes = dialog->changes();
    QVERIFY(changes.name.has_value());
    QVERIFY(!changes.description.has_value());
    QCOMPARE(changes.switches.size(), 1);
    QSignalSpy saved(dialog, &UserPoolDialog::poolSaved);
    dialog->save();
    QVERIFY(saved.wait(15000));
    const UserPool after = m_pane->model()->poolByUid(pool.uid);
    QCOMPARE(after.name, pool.name + QStringLiteral(" (edited)"));
    QCOMPARE(after.selfSignUpEnabled, std::optional<bool>(!wasOn));
    const UserPool server = serverPool(m_emu, pool.uid);
    QCOMPARE(server.selfSignUpEnabled, std::optional<bool>(!wasOn));
    QCOMPARE(server.name, after.name);
}

void TestUserPoolsPane::disableThenEnable()
{
    waitLoaded(m_pane);
    const int row = rowWhere(m_pane->model(), [](const UserPool &p) { return p.enabled.value_or(false); });
    QVERIFY2(row >= 0, "the demo dataset has an enabled pool");
    const QString uid = m_pane->model()->pool(row).uid;
    QVERIFY(m_pane->selectPool(uid));
    m_prompter.confirmations.clear();
    QSignalSpy finished(m_pane, &UserPoolsPane::bulkFinished);

    // Declined: nothing happens.
    m_prompter.confirmAnswer = false;
    m_pane->setSelectedEnabled(false);
    QCOMPARE(m_prompter.confirmations.size(), 1);
    QVERIFY(!m_pane->activeBulk());
    QCOMPARE(serverPool(m_emu, uid).enabled, std::optional<bool>(true));

    m_prompter.confirmAnswer = true;
    m_pane->setSelectedEnabled(false);
    QVERIFY(finished.wait(15000));
    QCOMPARE(finished.last().at(0).toInt(), 1);
    QCOMPARE(finished.last().at(1).toInt(), 0);
    QCOMPARE(m_pane->model()->index(m_pane->model()->rowOfUid(uid), UserPoolModel::Enabled).data().toString(),
             QStringLiteral("Disabled"));
    QCOMPARE(serverPool(m_emu, uid).enabled, std::optional<bool>(false));
    QCOMPARE(m_pane->detailView()->valueText(QStringLiteral("Enabled")), QStringLiteral("Disabled"));

    m_pane->setSelectedEnabled(true);
    QVERIFY(finished.wait(15000));
    QCOMPARE(m_pane->model()->pool(m_pane->model()->rowOfUid(uid)).enabled, std::optional<bool>(true));
    QCOMPARE(serverPool(m_emu, uid).enabled, std::optional<bool>(true));
}

void TestUserPoolsPane::bulkEnableReportsFailures()
{
    waitLoaded(m_pane);
    // Disable two pools, then delete one of them behind the pane's back: enabling both must report one failure
    // with its code and RequestId, and enable the other.
    QStringList uids;
    for (int r = 0; r < m_pane->model()->rowCount() && uids.size() < 2; ++r)
        if (!m_pane->model()->pool(r).name.startsWith(QLatin1String("GUI test pool")))
            uids << m_pane->model()->pool(r).uid;
    QCOMPARE(uids.size(), 2);
    QItemSelection selection;
    for (const QString &uid : uids) {
        const QModelIndex i = m_pane->proxy()->mapFromSource(m_pane->model()->index(m_pane->model()->rowOfUid(uid), 0));
        selection.select(i, i);
    }
    m_pane->view()->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    QCOMPARE(m_pane->selectedPools().size(), 2);
    QSignalSpy finished(m_pane, &UserPoolsPane::bulkFinished);
    m_prompter.confirmAnswer = true;
    m_pane->setSelectedEnabled(false);
    QVERIFY(finished.wait(15000));
    QCOMPARE(finished.last().at(0).toInt(), 2);

    // Delete uids[1] directly on the server.
    {
        ApiClient client;
        client.setCredentials(Credentials{m_emu.accessKey(), m_emu.secret(), QString()});
        client.setEndpoint(Service::Id, m_emu.endpoint());
        UserPoolService service(&client);
        bool done = false;
        service.deleteUserPool(uids.at(1), nullptr, [&](const ApiResult &r) {
            QVERIFY(r.ok);
            done = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(done, 10000);
    }
    m_pane->view()->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_prompter.warnings.clear();
    m_pane->setSelectedEnabled(true);
    QPointer<BulkProgressDialog> bulk = m_pane->activeBulk();
    QVERIFY(bulk);
    QVERIFY(finished.wait(15000));
    QCOMPARE(finished.last().at(0).toInt(), 1);
    QCOMPARE(finished.last().at(1).toInt(), 1);
    // The summary is told once, in the one bulk dialog (which stays open because an item failed).
    QVERIFY(bulk);
    QVERIFY(bulk->isFinished());
    QVERIFY(bulk->summaryView()->isVisible());
    QCOMPARE(m_prompter.warnings.size(), 0);
    QCOMPARE(bulk->summary().failures.size(), 1);
    QVERIFY(!bulk->summary().failures.first().requestId.isEmpty());
    const QString summary = bulk->summaryText();
    QVERIFY2(summary.contains(QStringLiteral("RequestId")), qPrintable(summary));
    QVERIFY2(summary.contains(QStringLiteral("NotFound")) || summary.contains(QStringLiteral("NotExist")), qPrintable(summary));
    QCOMPARE(serverPool(m_emu, uids.at(0)).enabled, std::optional<bool>(true));
    QCOMPARE(m_pane->model()->pool(m_pane->model()->rowOfUid(uids.at(0))).enabled, std::optional<bool>(true));
    bulk->closeButton()->click();
    QTRY_VERIFY(!bulk);
    m_pane->refresh();
    waitLoaded(m_pane);
    QCOMPARE(m_pane->model()->rowOfUid(uids.at(1)), -1);
}

void TestUserPoolsPane::deleteNeedsTypedName()
{
    waitLoaded(m_pane);
    const int row = rowWhere(m_pane->model(), [](const UserPool &p) { return p.name.startsWith(QLatin1String("GUI test pool")); });
    QVERIFY(row >= 0);
    const UserPool pool = m_pane->model()->pool(row);
    QVERIFY(m_pane->selectPool(pool.uid));
    const int before = m_pane->model()->rowCount();

    // Wrong name typed: nothing is deleted.
    m_prompter.typedExpected.clear();
    m_prompter.typedText = QStringLiteral("not the name");
    m_pane->deleteSelection();
    QCOMPARE(m_prompter.typedExpected, QStringList{pool.name});
    QTest::qWait(300);
    QCOMPARE(m_pane->model()->rowCount(), before);
    QCOMPARE(serverPool(m_emu, pool.uid).uid, pool.uid);

    m_prompter.typedText = pool.name;
    m_pane->deleteSelection();
    QTRY_COMPARE_WITH_TIMEOUT(m_pane->model()->rowCount(), before - 1, 10000);
    QCOMPARE(m_pane->model()->rowOfUid(pool.uid), -1);
    ApiResult result;
    serverPool(m_emu, pool.uid, &result);
    QVERIFY(!result.ok);
    QVERIFY(result.error.isNotFound());
}

void TestUserPoolsPane::filterCopyAndExport()
{
    waitLoaded(m_pane);
    const int total = m_pane->model()->rowCount();
    QVERIFY(total >= 2);
    const UserPool first = m_pane->model()->pool(0);
    m_pane->focusFilter();
    QVERIFY(m_pane->filterEdit()->hasFocus() || !m_pane->isActiveWindow());
    QTest::keyClicks(m_pane->filterEdit(), first.uid.left(12));
    QCOMPARE(m_pane->proxy()->rowCount(), 1);
    m_pane->filterEdit()->clear();
    QCOMPARE(m_pane->proxy()->rowCount(), total);

    QVERIFY(m_pane->selectPool(first.uid));
    m_pane->copySelection();
    const QString copied = QGuiApplication::clipboard()->text();
    QVERIFY2(copied.contains(first.name) && copied.contains(first.uid), qPrintable(copied));
    QVERIFY(copied.contains(QLatin1Char('\t')));

    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("pools.csv"));
    QString error;
    QVERIFY2(m_pane->exportCsv(file, &error), qPrintable(error));
    QFile f(file);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
    const QStringList lines = QString::fromUtf8(bytes.mid(3)).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), total + 1);
    QVERIFY(lines.first().startsWith(QStringLiteral("Name,Uid,Enabled")));
    QVERIFY(bytes.contains(first.uid.toUtf8()));
    QVERIFY(!m_pane->exportCsv(dir.filePath(QStringLiteral("no/such/dir/x.csv")), &error));
    QVERIFY(!error.isEmpty());
}

void TestUserPoolsPane::emptyState()
{
    EmulatorFixture empty({QStringLiteral("--dataset"), QStringLiteral("empty")});
    QString error;
    QVERIFY2(empty.start(&error), qPrintable(error));
    Session session(volcProfile(empty.endpoint(), empty.accessKey()), Credentials{empty.accessKey(), empty.secret(), QString()});
    UserPoolsPane pane;
    pane.resize(900, 420);
    pane.show();
    QSignalSpy loaded(&pane, &UserPoolsPane::loaded);
    pane.setSession(&session);
    QVERIFY(loaded.wait(15000));
    QCOMPARE(pane.model()->rowCount(), 0);
    QCOMPARE(pane.stateWidget()->state(), PaneStateWidget::State::Empty);
    QCOMPARE(pane.stateWidget()->messageText(), QStringLiteral("No user pools yet — create one"));
    // The empty state's button opens the create dialog.
    emit pane.stateWidget()->emptyActionRequested();
    QVERIFY(pane.activeDialog());
    QCOMPARE(pane.activeDialog()->mode(), UserPoolDialog::Mode::Create);
    QVERIFY(pane.grab().save(screenshotPath(QStringLiteral("pools-empty.png"))));
    pane.activeDialog()->reject();
    pane.setSession(nullptr);
}

void TestUserPoolsPane::errorStateWithRetry()
{
    // A port nobody listens on.
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost));
    const QUrl dead(QStringLiteral("http://127.0.0.1:%1").arg(probe.serverPort()));
    probe.close();
    Session session(volcProfile(dead, m_emu.accessKey()), Credentials{m_emu.accessKey(), m_emu.secret(), QString()});
    session.client()->setMaxAttempts(1);
    UserPoolsPane pane;
    pane.resize(900, 420);
    pane.show();
    QSignalSpy loaded(&pane, &UserPoolsPane::loaded);
    pane.setSession(&session);
    QVERIFY(loaded.wait(20000));
    QCOMPARE(loaded.last().first().toBool(), false);
    QCOMPARE(pane.stateWidget()->state(), PaneStateWidget::State::Error);
    QVERIFY(pane.stateWidget()->lastError().isError());
    QVERIFY(!pane.stateWidget()->messageText().isEmpty());
    auto *retry = pane.stateWidget()->findChild<QPushButton *>(QStringLiteral("retryButton"));
    QVERIFY(retry);
    QVERIFY(pane.grab().save(screenshotPath(QStringLiteral("pools-error.png"))));
    QTest::mouseClick(retry, Qt::LeftButton);
    QVERIFY(pane.isLoading());
    QCOMPARE(pane.stateWidget()->state(), PaneStateWidget::State::Busy);
    QVERIFY(loaded.wait(20000));
    QCOMPARE(pane.stateWidget()->state(), PaneStateWidget::State::Error);
    pane.setSession(nullptr);
}

void TestUserPoolsPane::unsupportedProfile()
{
    Profile aliyun;
    aliyun.name = QStringLiteral("ali");
    aliyun.provider = Profile::Provider::Aliyun;
    aliyun.accessKeyId = m_emu.accessKey();
    aliyun.endpoints.insert(QStringLiteral("cloudsso"), m_emu.endpoint().toString());
    Session session(aliyun, Credentials{m_emu.accessKey(), m_emu.secret(), QString()});
    UserPoolsPane pane;
    QString reason;
    QVERIFY(!pane.supports(&session, &reason));
    QVERIFY(reason.contains(QStringLiteral("Alibaba")));
    QVERIFY(!pane.supports(nullptr, &reason));
    QVERIFY(!reason.isEmpty());
    pane.show();
    pane.setSession(&session);
    QCOMPARE(pane.stateWidget()->state(), PaneStateWidget::State::Empty);
    QVERIFY(pane.stateWidget()->messageText().contains(QStringLiteral("Alibaba")));
    QCOMPARE(session.client()->inFlight(), 0);   // nothing was sent
    pane.newItem();                              // no service: no dialog
    QVERIFY(!pane.activeDialog());
    pane.setSession(nullptr);
}

void TestUserPoolsPane::manyPoolsAcrossPages()
{
    // 234 pools: three ListUserPools pages, 234 GetUserPool reads and three GetUserPoolMaus calls.
    EmulatorFixture emu({QStringLiteral("--dataset"), QStringLiteral("empty")});
    QString error;
    QVERIFY2(emu.start(&error), qPrintable(error));
    const int count = 234;
    {
        ApiClient client;
        client.setCredentials(Credentials{emu.accessKey(), emu.secret(), QString()});
        client.setEndpoint(Service::Id, emu.endpoint());
        UserPoolService service(&client);
        int created = 0, failed = 0;
        for (int i = 0; i < count; ++i)
            service.createUserPool({QStringLiteral("pool-%1").arg(i, 3, 10, QLatin1Char('0')), QString(), QString()},
                                   nullptr, [&](const UserPool &, const ApiResult &r) { r.ok ? ++created : ++failed; });
        QTRY_COMPARE_WITH_TIMEOUT(created + failed, count, 60000);
        QCOMPARE(created, count);
    }
    Session session(volcProfile(emu.endpoint(), emu.accessKey()), Credentials{emu.accessKey(), emu.secret(), QString()});
    int listCalls = 0, getCalls = 0, mauCalls = 0;
    connect(&session, &Session::exchangeFinished, this, [&](const ExchangeRecord &r) {
        listCalls += r.action == QLatin1String("ListUserPools");
        getCalls += r.action == QLatin1String("GetUserPool");
        mauCalls += r.action == QLatin1String("GetUserPoolMaus");
    });
    UserPoolsPane pane;
    pane.resize(1000, 500);
    pane.show();
    QElapsedTimer timer;
    timer.start();
    QSignalSpy loaded(&pane, &UserPoolsPane::loaded);
    pane.setSession(&session);
    QVERIFY(loaded.wait(30000));
    const qint64 listedMs = timer.elapsed();
    QCOMPARE(pane.model()->rowCount(), count);
    QTRY_VERIFY_WITH_TIMEOUT(pane.pendingDetails() == 0, 60000);
    QTRY_VERIFY_WITH_TIMEOUT(pane.model()->mau(count - 1).has_value(), 20000);
    const qint64 completeMs = timer.elapsed();
    QVERIFY(pane.model()->uidsWithoutDetail().isEmpty());
    for (int r = 0; r < count; ++r)
        QVERIFY(pane.model()->mau(r).has_value());
    QCOMPARE(listCalls, 3);
    QCOMPARE(getCalls, count);
    QCOMPARE(mauCalls, 3);
    qInfo("user pools pane, %d pools: list %lld ms, every Enabled and MAU %lld ms", count, listedMs, completeMs);
    pane.setSession(nullptr);
}

void TestUserPoolsPane::survivesInjectedFaults()
{
    // Failures and latency injected by the emulator: the pane ends in a consistent state, every row either
    // knows its Enabled state or says why not, and nothing stays "loading".
    EmulatorFixture emu({QStringLiteral("--dataset"), QStringLiteral("demo"), QStringLiteral("--fail-rate"),
                         QStringLiteral("0.35"), QStringLiteral("--latency-ms"), QStringLiteral("5-40"),
                         QStringLiteral("--seed"), QStringLiteral("7")});
    QString error;
    QVERIFY2(emu.start(&error), qPrintable(error));
    Session session(volcProfile(emu.endpoint(), emu.accessKey()), Credentials{emu.accessKey(), emu.secret(), QString()});
    session.client()->setRetryBaseDelay(5);
    UserPoolsPane pane;
    pane.show();
    for (int round = 0; round < 3; ++round) {
        QSignalSpy loaded(&pane, &UserPoolsPane::loaded);
        if (round == 0)
            pane.setSession(&session);
        else
            pane.refresh();
        QVERIFY(loaded.wait(60000));
        QTRY_VERIFY_WITH_TIMEOUT(pane.pendingDetails() == 0, 60000);
        if (loaded.last().first().toBool()) {
            QCOMPARE(pane.model()->rowCount(), 4);
            QCOMPARE(pane.stateWidget()->state(), PaneStateWidget::State::Content);
            for (int r = 0; r < pane.model()->rowCount(); ++r) {
                const QString enabled = pane.model()->index(r, UserPoolModel::Enabled).data().toString();
                QVERIFY2(enabled != QLatin1String("…"), "a row stayed loading");
            }
        } else {
            QVERIFY(pane.stateWidget()->state() == PaneStateWidget::State::Error || pane.model()->rowCount() == 4);
        }
    }
    pane.setSession(nullptr);
}

void TestUserPoolsPane::screenshots()
{
    waitLoaded(m_pane);
    QVERIFY(m_pane->selectPool(m_pane->model()->pool(0).uid));
    QVERIFY(m_pane->grab().save(screenshotPath(QStringLiteral("pools-pane.png"))));
    // The detail panel's endpoints and switches (scrolled down): long URLs wrap, nothing scrolls sideways.
    auto *scroll = m_pane->detailView()->findChild<QScrollArea *>();
    QVERIFY(scroll);
    QCOMPARE(scroll->horizontalScrollBar()->maximum(), 0);
    scroll->verticalScrollBar()->setValue(scroll->verticalScrollBar()->maximum() * 45 / 100);
    QVERIFY(m_pane->detailView()->grab().save(screenshotPath(QStringLiteral("pools-detail-endpoints.png"))));
    scroll->verticalScrollBar()->setValue(scroll->verticalScrollBar()->maximum());
    QVERIFY(m_pane->detailView()->grab().save(screenshotPath(QStringLiteral("pools-detail-signin.png"))));
    m_pane->newItem();
    UserPoolDialog *dialog = m_pane->activeDialog();
    QVERIFY(dialog);
    dialog->nameEdit()->setText(QStringLiteral("Partner portal"));
    QVERIFY(dialog->grab().save(screenshotPath(QStringLiteral("pools-create-dialog.png"))));
    dialog->reject();
    m_pane->editSelected();
    dialog = m_pane->activeDialog();
    QVERIFY(dialog);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isBusy(), 10000);
    QVERIFY(dialog->grab().save(screenshotPath(QStringLiteral("pools-edit-dialog.png"))));
    dialog->reject();
}

QTEST_MAIN(TestUserPoolsPane)
#include "tst_userpoolspane.moc"
