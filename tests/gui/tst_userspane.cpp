// SPDX-License-Identifier: GPL-3.0-or-later
// The Users pane against the real emulator, with a Volcengine (Cloud Identity) and an Aliyun (CloudSSO)
// profile: lazy paging, debounced server-side search and filters, detail panel with groups, create / edit /
// delete with field errors, reset password, enable / disable in bulk (progress, cancel, partial failure,
// summary), states, CSV, screenshots in English and Chinese.
#include "models/ActivityLogModel.h"
#include "widgets/BulkProgressDialog.h"
#include "widgets/DetailView.h"
#include "DirectoryGuiSupport.h"
#include "directory/DirectorySelector.h"
#include "EmulatorFixture.h"
#include "widgets/PaneStateWidget.h"
#include "directory/ResetPasswordDialog.h"
#include "ScriptedPrompter.h"
#include "cloud/Session.h"
#include "directory/UserDialog.h"
#include "models/UserFilterProxy.h"
#include "models/UserListModel.h"
#include "directory/UsersPane.h"
#include "directory/UserProvisioningsPane.h"
#include "ContextMenuSupport.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QElapsedTimer>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>
#include <QTest>

using namespace DirectoryGuiSupport;

namespace {
bool waitLoaded(UsersPane &pane, int timeout = 20000)
{
    return QTest::qWaitFor([&] { return pane.model()->hasAnswered() && !pane.model()->isLoading(); }, timeout);
}

QJsonObject serverUser(const EmulatorFixture &emu, Service s, const QString &id, ApiResult *out = nullptr)
{
    QJsonObject params{{QStringLiteral("UserId"), id}};
    if (s == Service::CloudSso)
        params.insert(QStringLiteral("DirectoryId"), ssoDirectory(emu));
    const ApiResult r = call(emu, s, QStringLiteral("GetUser"), params);
    if (out)
        *out = r;
    return s == Service::CloudSso ? r.result.value(QStringLiteral("User")).toObject() : r.result;
}

QStringList columnValues(QAbstractItemModel *m, int column, int role = Qt::DisplayRole)
{
    QStringList out;
    for (int r = 0; r < m->rowCount(); ++r)
        out << m->index(r, column).data(role).toString();
    return out;
}
}

class TestUsersPane : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();

    void supportsAndNoSession();
    void cloudIdentityPagingAndSearch();
    void detailShowsGroups();
    void createEditDeleteWithFieldErrors();
    void bulkDeleteUsers();
    void resetPassword();
    void refusedDeleteListsProvisionings();
    void contextMenuShowsUserProvisionings();
    void cloudSsoListFiltersAndSelector();
    void cloudSsoEnableDisableBulk();
    void cloudSsoPartialFailure();
    void cancelBulkMidway();
    void statesEmptyAndError();
    void copyExportAndLayout();
    void largeDirectoryScrolls();
    void screenshotsChinese();

private:
    EmulatorFixture m_emu{{QStringLiteral("--dataset"), QStringLiteral("demo")}};
    ScriptedPrompter m_prompter;
    Session *m_ci = nullptr;
    Session *m_sso = nullptr;
};

void TestUsersPane::initTestCase()
{
    initSettings(QStringLiteral("tst_userspane"));
    QSettings().clear();
    Prompter::setInstance(&m_prompter);
    QString error;
    QVERIFY2(m_emu.start(&error), qPrintable(error));
    m_ci = newSession(m_emu, volcengineProfile(m_emu), this);
    m_sso = newSession(m_emu, aliyunProfile(m_emu), this);
}

void TestUsersPane::cleanupTestCase()
{
    Prompter::setInstance(nullptr);
    setLanguage(QStringLiteral("en"));
}

void TestUsersPane::init()
{
    m_prompter.clear();
}

void TestUsersPane::supportsAndNoSession()
{
    UsersPane pane;
    QString reason;
    QVERIFY(!pane.supports(nullptr, &reason));
    QVERIFY(!reason.isEmpty());
    QVERIFY(pane.supports(m_ci, &reason));
    QVERIFY(pane.supports(m_sso, &reason));
    QCOMPARE(pane.paneId(), QStringLiteral("users"));
    pane.show();
    QCOMPARE(pane.stateWidget()->state(), PaneStateWidget::State::Empty);
    QVERIFY(!pane.action(QStringLiteral("newUserAction"))->isEnabled());
}

void TestUsersPane::cloudIdentityPagingAndSearch()
{
    UsersPane pane;
    pane.resize(1280, 720);
    pane.setSession(m_ci);
    QCOMPARE(pane.model()->rowCount(), 0);   // nothing is loaded until the pane is shown
    QVERIFY(pane.directorySelector()->isHidden());
    QElapsedTimer timer;
    timer.start();
    pane.show();
    QVERIFY(QTest::qWaitForWindowExposed(&pane));
    QVERIFY(waitLoaded(pane));
    qInfo("first page of Cloud Identity users visible after %lld ms", timer.elapsed());
    // First rows after one page round trip.
    QCOMPARE(pane.model()->pagesLoaded(), 1);
    QCOMPARE(pane.model()->rowCount(), 100);
    QCOMPARE(pane.model()->totalCount(), 250);
    QCOMPARE(pane.stateWidget()->state(), PaneStateWidget::State::Content);
    QVERIFY(pane.summaryLabel()->text().contains(QLatin1String("250")));
    // Cloud Identity: phone column, no status column, no enable/disable, reset password available.
    QVERIFY(!pane.view()->isColumnHidden(UserListModel::Phone));
    QVERIFY(pane.view()->isColumnHidden(UserListModel::Status));
    QVERIFY(!pane.action(QStringLiteral("enableUserAction"))->isVisible());
    QVERIFY(pane.action(QStringLiteral("resetPasswordAction"))->isVisible());
    QVERIFY(pane.statusFilter()->isHidden());

    // Scrolling to the end fetches the next page.
    pane.view()->scrollToBottom();
    QTRY_COMPARE_WITH_TIMEOUT(pane.model()->rowCount(), 200, 15000);
    pane.view()->scrollToBottom();
    QTRY_COMPARE_WITH_TIMEOUT(pane.model()->rowCount(), 250, 15000);
    QVERIFY(!pane.model()->canFetchMore());
    DirectoryGuiSupport::screenshot(&pane, QStringLiteral("users_cloudidentity_en"));

    // Typing filters the loaded rows at once; the server search follows after the debounce.
    const int callsBefore = pane.model()->pagesLoaded();
    QTest::keyClicks(pane.searchEdit(), QStringLiteral("yara"));
    QVERIFY(pane.proxy()->rowCount() < 250);
    QVERIFY(pane.proxy()->rowCount() >= 1);
    QCOMPARE(pane.model()->query().search, QString());   // not sent yet (debounced)
    QCOMPARE(pane.model()->pagesLoaded(), callsBefore);
    QTRY_COMPARE_WITH_TIMEOUT(pane.model()->query().search, QStringLiteral("yara"), 3000);
    QVERIFY(waitLoaded(pane));
    QVERIFY(pane.model()->rowCount() >= 1);
    for (const QString &name : columnValues(pane.model(), UserListModel::UserName))
        QVERIFY2(name.contains(QLatin1String("yara")), qPrintable(name));

    // Source filter (server-side): only synchronised users.
    pane.searchEdit()->clear();
    const int sync = pane.sourceFilter()->findData(QStringLiteral("Sync"));
    QVERIFY(sync > 0);
    pane.sourceFilter()->setCurrentIndex(sync);
    pane.applySearch();
    QCOMPARE(pane.model()->query().source, QStringLiteral("Sync"));
    QVERIFY(waitLoaded(pane));
    QVERIFY(pane.model()->rowCount() > 0);
    QVERIFY(pane.model()->rowCount() < 250);
    for (const QString &s : columnValues(pane.model(), UserListModel::Source, UserListModel::RawValueRole))
        QCOMPARE(s, QStringLiteral("Sync"));
}

void TestUsersPane::detailShowsGroups()
{
    const ApiResult members = call(m_emu, Service::CloudIdentity, QStringLiteral("ListGroupMembers"),
                                   {{QStringLiteral("GroupId"), QStringLiteral("25000001")}, {QStringLiteral("PageSize"), 100}});
    QVERIFY2(members.ok, qPrintable(members.error.toString()));
    const QJsonObject member = members.result.value(QStringLiteral("Members")).toArray().first().toObject();
    const QString userId = member.value(QStringLiteral("UserId")).toString();
    const QString userName = member.value(QStringLiteral("UserName")).toString();
    QVERIFY(!userId.isEmpty());

    UsersPane pane;
    pane.resize(1280, 720);
    pane.setSession(m_ci);
    pane.show();
    QVERIFY(waitLoaded(pane));
    pane.searchEdit()->setText(userName);
    pane.applySearch();
    QVERIFY(waitLoaded(pane));
    QVERIFY(pane.selectUsers({userId}));
    QCOMPARE(pane.detailView()->value(QStringLiteral("User ID")), userId);
    QTRY_VERIFY_WITH_TIMEOUT(!pane.isDetailLoading(), 15000);
    QVERIFY2(pane.detailGroupNames().contains(QStringLiteral("engineering")), qPrintable(pane.detailGroupNames().join(',')));
    // The full record (GetUser) fills what the compact list row lacks.
    QVERIFY(pane.detailView()->keys().contains(QStringLiteral("Description")));
    DirectoryGuiSupport::screenshot(&pane, QStringLiteral("users_detail_en"));

    // Several selected: no single detail.
    pane.searchEdit()->clear();
    pane.applySearch();
    QVERIFY(waitLoaded(pane));
    pane.view()->selectAll();
    QVERIFY(pane.detailView()->value(QStringLiteral("User ID")).isEmpty());
}

void TestUsersPane::createEditDeleteWithFieldErrors()
{
    UsersPane pane;
    pane.resize(1280, 720);
    pane.setSession(m_ci);
    pane.show();
    QVERIFY(waitLoaded(pane));
    QSignalSpy exchanges(m_ci, &Session::exchangeFinished);
    QSignalSpy written(&pane, &UsersPane::writeFinished);

    pane.newItem();
    auto *dialog = qobject_cast<UserDialog *>(pane.activeDialog());
    QVERIFY(dialog);
    QVERIFY(dialog->isCreating());
    QVERIFY(dialog->fieldWidget(QStringLiteral("phone")));          // Cloud Identity has phone
    QVERIFY(!dialog->fieldWidget(QStringLiteral("firstName")));     // ... and no first/last name
    // Documented limits, checked before sending: nothing goes out.
    UserDraft bad;
    bad.userName = QString(60, QLatin1Char('a'));
    bad.email = QStringLiteral("not-an-email");
    dialog->setDraft(bad);
    QVERIFY(!dialog->submit());
    QVERIFY(!dialog->fieldError(QStringLiteral("userName")).isEmpty());
    QVERIFY(!dialog->fieldError(QStringLiteral("email")).isEmpty());
    DirectoryGuiSupport::screenshot(dialog, QStringLiteral("user_dialog_errors_en"));
    QTest::qWait(50);
    for (const QVariantList &args : exchanges)
        QVERIFY(args.first().value<ExchangeRecord>().action != QLatin1String("CreateUser"));

    // A server error concerning a field is shown on that field (duplicate user name).
    UserDraft dup;
    dup.userName = QStringLiteral("yara.garcia");
    dialog->setDraft(dup);
    QVERIFY(dialog->submit());
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isBusy(), 15000);
    QVERIFY2(!dialog->fieldError(QStringLiteral("userName")).isEmpty(), qPrintable(dialog->generalError()));
    QVERIFY(dialog->generalError().contains(QLatin1String("RequestId")));
    QVERIFY(dialog->isVisible());

    // A valid user is created and shows up in the list.
    UserDraft good;
    good.userName = QStringLiteral("gui.test.user");
    good.displayName = QStringLiteral("界面 测试");
    good.email = QStringLiteral("gui.test@example.com");
    good.phone = QStringLiteral("+8613800000001");
    good.description = QStringLiteral("created by the GUI test");
    dialog->setDraft(good);
    QVERIFY(dialog->submit());
    QTRY_VERIFY_WITH_TIMEOUT(!pane.activeDialog(), 15000);
    QCOMPARE(written.count(), 1);
    QCOMPARE(written.last().first().toBool(), true);
    QStringList selected = pane.selectedIds();
    QCOMPARE(selected.size(), 1);
    const QString id = selected.first();
    QVERIFY(pane.model()->rowOfId(id) >= 0);
    QCOMPARE(pane.model()->user(pane.model()->rowOfId(id)).userName, good.userName);
    QCOMPARE(serverUser(m_emu, Service::CloudIdentity, id).value(QStringLiteral("DisplayName")).toString(), good.displayName);

    // Edit: the dialog loads the full user first, then saves the change.
    pane.editSelected();
    dialog = qobject_cast<UserDialog *>(pane.activeDialog());
    QVERIFY(dialog);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isBusy(), 15000);
    UserDraft edit = dialog->draft();
    QCOMPARE(edit.description, good.description);   // from GetUser, not in the list row
    edit.displayName = QStringLiteral("Renamed by test");
    dialog->setDraft(edit);
    QVERIFY(dialog->submit());
    QTRY_VERIFY_WITH_TIMEOUT(!pane.activeDialog(), 15000);
    QCOMPARE(pane.model()->user(pane.model()->rowOfId(id)).displayName, QStringLiteral("Renamed by test"));
    QCOMPARE(serverUser(m_emu, Service::CloudIdentity, id).value(QStringLiteral("DisplayName")).toString(),
             QStringLiteral("Renamed by test"));

    // Delete, refused first, then confirmed.
    QVERIFY(pane.selectUsers({id}));
    m_prompter.answerConfirm(false);
    pane.deleteSelection();
    QCOMPARE(m_prompter.count(QStringLiteral("confirm")), 1);
    QTest::qWait(100);
    QVERIFY(pane.model()->rowOfId(id) >= 0);
    m_prompter.answerConfirm(true);
    const int before = written.count();
    pane.deleteSelection();
    QTRY_COMPARE_WITH_TIMEOUT(written.count(), before + 1, 15000);
    QVERIFY(written.last().first().toBool());
    QCOMPARE(pane.model()->rowOfId(id), -1);
    ApiResult gone;
    serverUser(m_emu, Service::CloudIdentity, id, &gone);
    QVERIFY(!gone.ok);
    QCOMPARE(gone.error.code, QStringLiteral("UserNotFound"));
    QVERIFY(m_prompter.unexpected().isEmpty());
}

void TestUsersPane::bulkDeleteUsers()
{
    QStringList ids;
    for (int i = 0; i < 3; ++i) {
        const ApiResult r = call(m_emu, Service::CloudIdentity, QStringLiteral("CreateUser"),
                                 {{QStringLiteral("UserName"), QStringLiteral("bulkdel%1").arg(i)}});
        QVERIFY2(r.ok, qPrintable(r.error.toString()));
        ids << r.result.value(QStringLiteral("UserId")).toString();
    }
    UsersPane pane;
    pane.resize(1280, 720);
    pane.setSession(m_ci);
    pane.show();
    QVERIFY(waitLoaded(pane));
    pane.searchEdit()->setText(QStringLiteral("bulkdel"));
    pane.applySearch();
    QVERIFY(waitLoaded(pane));
    QCOMPARE(pane.model()->rowCount(), 3);
    QVERIFY(pane.selectUsers(ids));
    m_prompter.answerConfirm(true);
    pane.deleteSelection();
    QVERIFY(m_prompter.last(QStringLiteral("confirm")).text.contains(QLatin1String("bulkdel1")));
    BulkProgressDialog *bulk = pane.activeBulk();
    QVERIFY(bulk);
    QTRY_VERIFY_WITH_TIMEOUT(bulk->isFinished(), 20000);
    QCOMPARE(bulk->summary().succeeded, 3);
    QCOMPARE(bulk->summary().failed, 0);
    QCOMPARE(pane.model()->rowCount(), 0);
    QCOMPARE(pane.stateWidget()->state(), PaneStateWidget::State::Empty);
    bulk->closeButton()->click();
    QTRY_VERIFY(!pane.activeBulk());
}

void TestUsersPane::refusedDeleteListsProvisionings()
{
    // Cloud Identity refuses to delete a user who is still provisioned (400 UserHasProvision): the refusal lists
    // the user's provisionings and offers to open them.
    const ApiResult provs = call(m_emu, Service::CloudIdentity, QStringLiteral("ListUserProvisionings"), {}, true);
    QVERIFY(provs.ok);
    QString id;
    for (const QJsonValue &v : provs.items)
        if (v.toObject().value(QStringLiteral("PrincipalType")).toString() == QLatin1String("User"))
            id = v.toObject().value(QStringLiteral("PrincipalId")).toString();
    QVERIFY2(!id.isEmpty(), "the demo dataset has a provisioned user");
    QStringList blockers;
    for (const QJsonValue &v : provs.items)
        if (v.toObject().value(QStringLiteral("PrincipalId")).toString() == id)
            blockers << v.toObject().value(QStringLiteral("UserProvisioningId")).toString();
    UsersPane pane;
    pane.resize(1280, 760);
    pane.setSession(m_ci);
    pane.show();
    QVERIFY(waitLoaded(pane));
    QTRY_VERIFY_WITH_TIMEOUT(pane.selectUsers({id}), 20000);
    QSignalSpy written(&pane, &UsersPane::writeFinished);
    QSignalSpy navigation(&pane, &Pane::navigationRequested);
    m_prompter.answerConfirm(true);   // delete the user
    m_prompter.answerConfirm(true);   // refused: "Show provisionings"
    pane.deleteSelection();
    QVERIFY(written.wait(15000));
    QCOMPARE(written.last().first().toBool(), false);
    QCOMPARE(m_prompter.count(QStringLiteral("confirm")), 2);
    QVERIFY(m_prompter.warnings().isEmpty());
    const QString text = m_prompter.last(QStringLiteral("confirm")).text;
    QVERIFY2(text.contains(QLatin1String("UserHasProvision")), qPrintable(text));
    for (const QString &b : std::as_const(blockers))
        QVERIFY2(text.contains(b), qPrintable(text));
    QCOMPARE(navigation.count(), 1);
    const NavigationRequest request = navigation.first().first().value<NavigationRequest>();
    QCOMPARE(request.paneId, QStringLiteral("provisionings"));
    QCOMPARE(request.filters.value(QStringLiteral("principalId")), id);
    QCOMPARE(request.filters.value(QStringLiteral("principalType")), QStringLiteral("User"));
    QVERIFY(pane.model()->rowOfId(id) >= 0);   // still listed
    QVERIFY(call(m_emu, Service::CloudIdentity, QStringLiteral("GetUser"), {{QStringLiteral("UserId"), id}}).ok);
}

void TestUsersPane::resetPassword()
{
    UsersPane pane;
    pane.resize(1280, 720);
    pane.setSession(m_ci);
    pane.show();
    QVERIFY(waitLoaded(pane));
    const QString id = pane.model()->userId(0);
    QVERIFY(pane.selectUsers({id}));

    // Generated by the service, shown once with a copy button.
    pane.resetPasswordSelected();
    QPointer<ResetPasswordDialog> dialog = qobject_cast<ResetPasswordDialog *>(pane.activeDialog());
    QVERIFY(dialog);
    dialog->setGenerate(true);
    QVERIFY(dialog->submit());
    QTRY_VERIFY_WITH_TIMEOUT(dialog->isShowingResult(), 15000);
    const QString generated = dialog->shownPassword();
    QVERIFY(generated.size() >= 8);
    dialog->copyButton()->click();
    QCOMPARE(QApplication::clipboard()->text(), generated);
    DirectoryGuiSupport::screenshot(dialog, QStringLiteral("reset_password_result_en"));
    QVERIFY(!dialog->submit());   // once shown, nothing is sent again
    dialog->accept();
    QTRY_VERIFY(!dialog);         // closed and deleted: the password is gone with it

    // Typed: checked before sending.
    pane.resetPasswordSelected();
    dialog = qobject_cast<ResetPasswordDialog *>(pane.activeDialog());
    QVERIFY(dialog);
    dialog->setTypedPassword(QStringLiteral("short"), QStringLiteral("short"));
    QVERIFY(!dialog->submit());
    QVERIFY(!dialog->errorText().isEmpty());
    dialog->setTypedPassword(QStringLiteral("Correct#Horse42"), QStringLiteral("Correct#Horse43"));
    QVERIFY(!dialog->submit());
    QVERIFY(dialog->errorText().contains(QLatin1String("differ")));
    DirectoryGuiSupport::screenshot(dialog, QStringLiteral("reset_password_form_en"));
    dialog->setTypedPassword(QStringLiteral("Correct#Horse42"), QStringLiteral("Correct#Horse42"));
    dialog->setMustChange(false);
    QVERIFY(dialog->submit());
    QTRY_VERIFY_WITH_TIMEOUT(dialog->isShowingResult(), 15000);
    QCOMPARE(dialog->shownPassword(), QStringLiteral("Correct#Horse42"));
    dialog->reject();
    QTRY_VERIFY(!dialog);
}

void TestUsersPane::contextMenuShowsUserProvisionings()
{
    // Right click on a provisioned user, "Show user provisionings": the pane asks to open the provisionings pane
    // filtered to that user, and that pane, given the request, lists exactly the user's provisionings.
    const ProvisionedPrincipal principal = provisionedPrincipal(m_emu, QStringLiteral("User"));
    QVERIFY(principal.listed);
    const QString id = principal.id;
    QVERIFY(!id.isEmpty());
    const QStringList expected = principal.provisioningIds;
    UsersPane pane;
    pane.resize(1280, 760);
    pane.setSession(m_ci);
    pane.show();
    QVERIFY(waitLoaded(pane));
    QTRY_VERIFY_WITH_TIMEOUT(pane.selectUsers({id}), 20000);
    QSignalSpy navigation(&pane, &Pane::navigationRequested);
    const auto menu = ContextMenuSupport::triggerContextMenuAction(pane.view(), QStringLiteral("showPrincipalProvisioningsAction"));
    QVERIFY(menu.menuShown);
    QVERIFY2(menu.found, qPrintable(menu.actions.join(QLatin1Char(','))));
    QVERIFY(menu.enabled);
    QCOMPARE(navigation.count(), 1);
    const NavigationRequest request = navigation.first().first().value<NavigationRequest>();
    QCOMPARE(request.paneId, QStringLiteral("provisionings"));
    QCOMPARE(request.filters.value(QStringLiteral("principalId")), id);
    QCOMPARE(request.filters.value(QStringLiteral("principalType")), QStringLiteral("User"));
    QVERIFY(request.label.contains(id));

    UserProvisioningsPane target;
    target.resize(1280, 760);
    target.setSession(m_ci);
    target.show();
    QVERIFY(target.navigate(request));
    QCOMPARE(target.principalFilter(), id);
    QVERIFY(QTest::qWaitFor([&] { return target.model()->hasAnswered() && !target.model()->isLoading(); }, 20000));
    QStringList listed;
    for (int r = 0; r < target.model()->rowCount(); ++r) {
        QCOMPARE(target.model()->record(r).principalId, id);
        listed << target.model()->record(r).id;
    }
    listed.sort();
    QCOMPARE(listed, expected);

    // Several users selected: the entry is not offered (it opens one principal's provisionings).
    QString other;
    for (int r = 0; r < pane.model()->rowCount() && other.isEmpty(); ++r)
        if (pane.model()->user(r).id != id)
            other = pane.model()->user(r).id;
    QVERIFY(pane.selectUsers({id, other}));
    const auto many = ContextMenuSupport::triggerContextMenuAction(pane.view(), QStringLiteral("showPrincipalProvisioningsAction"));
    QVERIFY(many.menuShown);
    QVERIFY(!many.found);
    QCOMPARE(navigation.count(), 1);
}

void TestUsersPane::cloudSsoListFiltersAndSelector()
{
    UsersPane pane;
    pane.resize(1280, 720);
    pane.setSession(m_sso);
    pane.show();
    QVERIFY(QTest::qWaitForWindowExposed(&pane));
    QVERIFY(pane.directorySelector()->isVisible());
    QTRY_VERIFY_WITH_TIMEOUT(pane.directorySelector()->isLoaded(), 15000);
    const QString dir = ssoDirectory(m_emu);
    QCOMPARE(pane.directorySelector()->currentDirectoryId(), dir);
    QCOMPARE(m_sso->directoryId(), dir);
    QCOMPARE(QSettings().value(DirectorySelector::settingsKey(m_sso->profile().name)).toString(), dir);
    QVERIFY(waitLoaded(pane));
    QCOMPARE(pane.model()->rowCount(), 100);
    QCOMPARE(pane.model()->totalCount(), 150);
    QVERIFY(!pane.view()->isColumnHidden(UserListModel::Status));
    QVERIFY(pane.view()->isColumnHidden(UserListModel::Phone));
    QVERIFY(pane.action(QStringLiteral("enableUserAction"))->isVisible());
    QVERIFY(!pane.action(QStringLiteral("resetPasswordAction"))->isVisible());
    DirectoryGuiSupport::screenshot(&pane, QStringLiteral("users_cloudsso_en"));

    // Server-side search: CloudSSO "UserName sw …".
    pane.searchEdit()->setText(QStringLiteral("j"));
    pane.applySearch();
    QVERIFY(waitLoaded(pane));
    QVERIFY(pane.model()->rowCount() > 0);
    for (const QString &name : columnValues(pane.model(), UserListModel::UserName))
        QVERIFY2(name.startsWith(QLatin1Char('j'), Qt::CaseInsensitive), qPrintable(name));
    pane.searchEdit()->clear();

    // Status filter (server-side).
    const QString someone = pane.model()->userId(0);
    QVERIFY(call(m_emu, Service::CloudSso, QStringLiteral("UpdateUserStatus"),
                 {{QStringLiteral("DirectoryId"), dir}, {QStringLiteral("UserId"), someone}, {QStringLiteral("NewStatus"), QStringLiteral("Disabled")}})
                .ok);
    pane.statusFilter()->setCurrentIndex(pane.statusFilter()->findData(QStringLiteral("Disabled")));
    pane.applySearch();
    QCOMPARE(pane.model()->query().status, QStringLiteral("Disabled"));
    QVERIFY(waitLoaded(pane));
    QVERIFY(pane.model()->rowOfId(someone) >= 0);
    for (const QString &s : columnValues(pane.model(), UserListModel::Status, UserListModel::RawValueRole))
        QCOMPARE(s, QStringLiteral("Disabled"));
    pane.statusFilter()->setCurrentIndex(0);
    pane.applySearch();
    QVERIFY(waitLoaded(pane));

    // CloudSSO create: first / last name, status; a duplicate e-mail lands on the e-mail field.
    pane.newItem();
    auto *dialog = qobject_cast<UserDialog *>(pane.activeDialog());
    QVERIFY(dialog);
    QVERIFY(dialog->fieldWidget(QStringLiteral("firstName")));
    QVERIFY(!dialog->fieldWidget(QStringLiteral("phone")));
    UserDraft d;
    d.userName = QStringLiteral("bad name!");   // not allowed characters
    dialog->setDraft(d);
    QVERIFY(!dialog->submit());
    QVERIFY(!dialog->fieldError(QStringLiteral("userName")).isEmpty());
    const QString takenEmail = serverUser(m_emu, Service::CloudSso, pane.model()->userId(1)).value(QStringLiteral("Email")).toString();
    QVERIFY(!takenEmail.isEmpty());
    d.userName = QStringLiteral("sso.gui.user");
    d.firstName = QStringLiteral("Gui");
    d.lastName = QStringLiteral("Test");
    d.email = takenEmail;
    d.status = QStringLiteral("Enabled");
    dialog->setDraft(d);
    QVERIFY(dialog->submit());
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isBusy(), 15000);
    QVERIFY2(!dialog->fieldError(QStringLiteral("email")).isEmpty(), qPrintable(dialog->generalError()));
    d.email = QStringLiteral("sso.gui.user@example.com");
    dialog->setDraft(d);
    QVERIFY(dialog->submit());
    QTRY_VERIFY_WITH_TIMEOUT(!pane.activeDialog(), 15000);
    const QString created = pane.selectedIds().value(0);
    QVERIFY(created.startsWith(QLatin1String("u-")));
    QCOMPARE(serverUser(m_emu, Service::CloudSso, created).value(QStringLiteral("FirstName")).toString(), QStringLiteral("Gui"));
    QCOMPARE(pane.detailView()->value(QStringLiteral("First name")), QStringLiteral("Gui"));
}

void TestUsersPane::cloudSsoEnableDisableBulk()
{
    UsersPane pane;
    pane.resize(1280, 720);
    pane.setSession(m_sso);
    pane.show();
    QTRY_VERIFY_WITH_TIMEOUT(!m_sso->directoryId().isEmpty() && pane.model()->hasAnswered(), 15000);
    QVERIFY(waitLoaded(pane));
    QStringList ids;
    for (int r = 0; r < pane.model()->rowCount() && ids.size() < 4; ++r)
        if (pane.model()->user(r).status == QLatin1String("Enabled"))
            ids << pane.model()->userId(r);
    QCOMPARE(ids.size(), 4);
    QVERIFY(pane.selectUsers(ids));
    m_prompter.answerConfirm(true);
    pane.setSelectedEnabled(false);
    QCOMPARE(m_prompter.count(QStringLiteral("confirm")), 1);
    BulkProgressDialog *bulk = pane.activeBulk();
    QVERIFY(bulk);
    QTRY_VERIFY_WITH_TIMEOUT(bulk->isFinished(), 20000);
    QCOMPARE(bulk->summary().succeeded, 4);
    QCOMPARE(bulk->summary().failed, 0);
    QCOMPARE(bulk->progressBar()->value(), bulk->progressBar()->maximum());
    for (const QString &id : ids) {
        QCOMPARE(pane.model()->user(pane.model()->rowOfId(id)).status, QStringLiteral("Disabled"));
        QCOMPARE(serverUser(m_emu, Service::CloudSso, id).value(QStringLiteral("Status")).toString(), QStringLiteral("Disabled"));
    }
    bulk->closeButton()->click();
    QTRY_VERIFY(!pane.activeBulk());

    // Enable them again (no confirmation needed to enable).
    QVERIFY(pane.selectUsers(ids));
    pane.setSelectedEnabled(true);
    bulk = pane.activeBulk();
    QVERIFY(bulk);
    QTRY_VERIFY_WITH_TIMEOUT(bulk->isFinished(), 20000);
    QCOMPARE(bulk->summary().succeeded, 4);
    for (const QString &id : ids)
        QCOMPARE(serverUser(m_emu, Service::CloudSso, id).value(QStringLiteral("Status")).toString(), QStringLiteral("Enabled"));
    bulk->accept();
    QTRY_VERIFY(!pane.activeBulk());

    // One user: no batch dialog, the row changes in place.
    QVERIFY(pane.selectUsers({ids.first()}));
    QSignalSpy written(&pane, &UsersPane::writeFinished);
    pane.setSelectedEnabled(false);
    QVERIFY(!pane.activeBulk());
    QVERIFY(written.wait(15000));
    QCOMPARE(pane.model()->user(pane.model()->rowOfId(ids.first())).status, QStringLiteral("Disabled"));
    QVERIFY(m_prompter.unexpected().isEmpty());
}

void TestUsersPane::cloudSsoPartialFailure()
{
    const QString dir = ssoDirectory(m_emu);
    const ApiResult created = call(m_emu, Service::CloudSso, QStringLiteral("CreateUser"),
                                   {{QStringLiteral("DirectoryId"), dir}, {QStringLiteral("UserName"), QStringLiteral("zz.gone.soon")}});
    QVERIFY2(created.ok, qPrintable(created.error.toString()));
    const QString goneId = created.result.value(QStringLiteral("User")).toObject().value(QStringLiteral("UserId")).toString();
    QVERIFY(!goneId.isEmpty());

    UsersPane pane;
    pane.resize(1280, 720);
    pane.setSession(m_sso);
    pane.show();
    QTRY_VERIFY_WITH_TIMEOUT(!m_sso->directoryId().isEmpty() && pane.model()->hasAnswered(), 15000);
    pane.searchEdit()->setText(QStringLiteral("zz.gone"));
    pane.applySearch();
    QVERIFY(waitLoaded(pane));
    QVERIFY(pane.model()->rowOfId(goneId) >= 0);
    // The user disappears on the server while the pane still lists it.
    QVERIFY(call(m_emu, Service::CloudSso, QStringLiteral("DeleteUser"),
                 {{QStringLiteral("DirectoryId"), dir}, {QStringLiteral("UserId"), goneId}})
                .ok);
    pane.searchEdit()->clear();
    pane.applySearch();
    QVERIFY(waitLoaded(pane));
    // Reinsert the stale row so the batch includes it (as if the list were older than the deletion).
    DirectoryUser stale;
    stale.id = goneId;
    stale.userName = QStringLiteral("zz.gone.soon");
    stale.status = QStringLiteral("Enabled");
    pane.model()->upsertUser(stale);
    const QStringList ids{pane.model()->userId(1), goneId, pane.model()->userId(2)};
    QVERIFY(pane.selectUsers(ids));
    m_prompter.answerConfirm(true);
    pane.setSelectedEnabled(false);
    BulkProgressDialog *bulk = pane.activeBulk();
    QVERIFY(bulk);
    QTRY_VERIFY_WITH_TIMEOUT(bulk->isFinished(), 20000);
    const BulkSummary s = bulk->summary();
    QCOMPARE(s.total, 3);
    QCOMPARE(s.succeeded, 2);
    QCOMPARE(s.failed, 1);
    QCOMPARE(s.failures.size(), 1);
    QCOMPARE(s.failures.first().code, QStringLiteral("EntityNotExists.User"));
    QVERIFY(!s.failures.first().requestId.isEmpty());
    // The summary names the item, its code and its RequestId, and can be copied.
    QVERIFY(bulk->summaryView()->isVisible());
    const QString text = bulk->summaryView()->toPlainText();
    QVERIFY(text.contains(QLatin1String("zz.gone.soon")));
    QVERIFY(text.contains(QLatin1String("EntityNotExists.User")));
    QVERIFY(text.contains(s.failures.first().requestId));
    bulk->copyButton()->click();
    QCOMPARE(QApplication::clipboard()->text(), bulk->summaryText());
    DirectoryGuiSupport::screenshot(bulk, QStringLiteral("bulk_summary_partial_failure_en"));
    bulk->closeButton()->click();
    // Restore the two users.
    for (const QString &id : {ids.at(0), ids.at(2)})
        call(m_emu, Service::CloudSso, QStringLiteral("UpdateUserStatus"),
             {{QStringLiteral("DirectoryId"), dir}, {QStringLiteral("UserId"), id}, {QStringLiteral("NewStatus"), QStringLiteral("Enabled")}});
}

void TestUsersPane::cancelBulkMidway()
{
    // A slow service: cancel after the first answers; items not started are skipped, nothing hangs.
    EmulatorFixture slow({QStringLiteral("--dataset"), QStringLiteral("demo"), QStringLiteral("--latency-ms"), QStringLiteral("250")});
    QString error;
    QVERIFY2(slow.start(&error), qPrintable(error));
    Session *session = newSession(slow, aliyunProfile(slow, QStringLiteral("aliyun-slow")), this);
    UsersPane pane;
    pane.resize(1280, 720);
    pane.setSession(session);
    pane.show();
    QTRY_VERIFY_WITH_TIMEOUT(!session->directoryId().isEmpty() && pane.model()->hasAnswered(), 20000);
    QVERIFY(waitLoaded(pane));
    QStringList ids;
    for (int r = 0; r < 12; ++r)
        ids << pane.model()->userId(r);
    QVERIFY(pane.selectUsers(ids));
    m_prompter.answerConfirm(true);
    pane.setSelectedEnabled(false);
    BulkProgressDialog *bulk = pane.activeBulk();
    QVERIFY(bulk);
    QVERIFY(bulk->isRunning());
    QTRY_VERIFY_WITH_TIMEOUT(bulk->progressBar()->value() >= 1, 20000);
    bulk->cancelButton()->click();
    QVERIFY(!bulk->cancelButton()->isEnabled());
    // Writes already on the wire are waited for, and the dialog says so.
    QVERIFY(bulk->isRunning());
    QVERIFY2(bulk->statusLabel()->text().contains(QLatin1String("already sent")), qPrintable(bulk->statusLabel()->text()));
    QTRY_VERIFY_WITH_TIMEOUT(bulk->isFinished(), 20000);
    const BulkSummary s = bulk->summary();
    QVERIFY(s.wasCancelled);
    QCOMPARE(s.total, 12);
    QVERIFY(s.succeeded >= 1);
    QVERIFY2(s.cancelled >= 1, qPrintable(bulk->summaryText()));
    QCOMPARE(s.succeeded + s.failed + s.cancelled, 12);
    QVERIFY(bulk->summaryText().contains(QLatin1String("cancelled")));
    DirectoryGuiSupport::screenshot(bulk, QStringLiteral("bulk_summary_cancelled_en"));
    // Exactly the succeeded ones changed on the server.
    int disabled = 0;
    for (const QString &id : ids) {
        const ApiResult r = call(slow, Service::CloudSso, QStringLiteral("GetUser"),
                                 {{QStringLiteral("DirectoryId"), session->directoryId()}, {QStringLiteral("UserId"), id}});
        disabled += r.result.value(QStringLiteral("User")).toObject().value(QStringLiteral("Status")).toString() == QLatin1String("Disabled");
    }
    QCOMPARE(disabled, s.succeeded);
    bulk->closeButton()->click();
    pane.setSession(nullptr);
    delete session;
}

void TestUsersPane::statesEmptyAndError()
{
    UsersPane pane;
    pane.resize(1000, 600);
    pane.setSession(m_ci);
    pane.show();
    QVERIFY(waitLoaded(pane));
    pane.searchEdit()->setText(QStringLiteral("no-such-user-anywhere"));
    pane.applySearch();
    QVERIFY(waitLoaded(pane));
    QCOMPARE(pane.model()->rowCount(), 0);
    QCOMPARE(pane.stateWidget()->state(), PaneStateWidget::State::Empty);
    DirectoryGuiSupport::screenshot(&pane, QStringLiteral("users_empty_en"));
    // The empty state's action clears the search.
    emit pane.stateWidget()->emptyActionRequested();
    QVERIFY(pane.searchEdit()->text().isEmpty());
    QVERIFY(waitLoaded(pane));
    QVERIFY(pane.model()->rowCount() > 0);

    // A profile whose endpoint does not answer: error state with Retry.
    EmulatorFixture dead;
    QVERIFY(dead.start());
    Profile p = volcengineProfile(dead, QStringLiteral("dead"));
    dead.stop();
    Session *session = new Session(p, Credentials{dead.accessKey(), dead.secret(), QString()}, this);
    session->client()->setMaxAttempts(1);
    pane.setSession(session);
    QVERIFY(waitLoaded(pane));
    QCOMPARE(pane.stateWidget()->state(), PaneStateWidget::State::Error);
    QCOMPARE(pane.stateWidget()->lastError().kind, ApiError::Kind::Network);
    DirectoryGuiSupport::screenshot(&pane, QStringLiteral("users_error_en"));
    pane.setSession(nullptr);
    delete session;
    QCOMPARE(pane.stateWidget()->state(), PaneStateWidget::State::Empty);
}

void TestUsersPane::copyExportAndLayout()
{
    UsersPane pane;
    pane.resize(1280, 720);
    pane.setSession(m_ci);
    pane.show();
    QVERIFY(waitLoaded(pane));
    const QStringList ids{pane.model()->userId(0), pane.model()->userId(3)};
    QVERIFY(pane.selectUsers(ids));
    pane.copySelection();
    QCOMPARE(QApplication::clipboard()->text().split(QLatin1Char('\n')), ids);

    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("users.csv"));
    QString error;
    QVERIFY2(pane.exportCsv(file, &error), qPrintable(error));
    QFile f(file);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray csv = f.readAll();
    QCOMPARE(csv, pane.csv());
    const QList<QByteArray> lines = csv.split('\n');
    QCOMPARE(lines.size(), pane.proxy()->rowCount() + 2);   // header + rows + trailing empty
    QVERIFY(lines.first().contains("User name"));
    QVERIFY(!lines.first().contains("Status"));   // hidden column not exported
    QVERIFY(csv.contains(pane.model()->user(0).userName.toUtf8()));

    // Sort, column widths and splitter survive a restart.
    pane.view()->sortByColumn(UserListModel::Email, Qt::DescendingOrder);
    pane.view()->setColumnWidth(UserListModel::Email, 321);
    QSettings settings;
    settings.beginGroup(QStringLiteral("panes/users"));
    pane.saveState(settings);
    UsersPane other;
    other.setSession(m_ci);
    other.restoreState(settings);
    settings.endGroup();
    QCOMPARE(other.view()->horizontalHeader()->sortIndicatorSection(), int(UserListModel::Email));
    QCOMPARE(other.view()->horizontalHeader()->sortIndicatorOrder(), Qt::DescendingOrder);
    QCOMPARE(other.view()->columnWidth(UserListModel::Email), 321);
}

void TestUsersPane::largeDirectoryScrolls()
{
    // The scale: a 100,000-user directory, 30 ms per answer.
    EmulatorFixture large({QStringLiteral("--dataset"), QStringLiteral("large"), QStringLiteral("--users"), QStringLiteral("100000"),
                           QStringLiteral("--latency-ms"), QStringLiteral("30")});
    QString error;
    QVERIFY2(large.start(&error, 60000), qPrintable(error));
    Session *session = newSession(large, volcengineProfile(large, QStringLiteral("volc-large")), this);
    UsersPane pane;
    pane.resize(1280, 720);
    pane.setSession(session);
    QElapsedTimer t;
    t.start();
    pane.show();
    QVERIFY(waitLoaded(pane, 30000));
    qInfo("large directory: first %d rows after %lld ms (one page)", pane.model()->rowCount(), t.elapsed());
    QCOMPARE(pane.model()->pagesLoaded(), 1);
    QCOMPARE(pane.model()->totalCount(), 100000);
    // Keep scrolling: each time the end is reached, one more page arrives; the event loop never stalls.
    qint64 worstGap = 0;
    QElapsedTimer gap;
    gap.start();
    QTimer ticker;
    ticker.setInterval(5);
    connect(&ticker, &QTimer::timeout, this, [&] {
        worstGap = qMax(worstGap, gap.restart());
    });
    ticker.start();
    for (int page = 2; page <= 10; ++page) {
        pane.view()->scrollToBottom();
        QTRY_COMPARE_WITH_TIMEOUT(pane.model()->rowCount(), page * 100, 15000);
    }
    ticker.stop();
    // Printed, not asserted (timings belong to the benchmarks).
    qInfo("scrolled to 1000 rows; longest event-loop gap %lld ms", worstGap);
    QVERIFY(pane.summaryLabel()->text().contains(QLatin1String("100000")));
    // A server-side search in the big directory answers with one page as well.
    pane.searchEdit()->setText(pane.model()->user(5).userName);
    pane.applySearch();
    QVERIFY(waitLoaded(pane, 30000));
    QVERIFY(pane.model()->rowCount() >= 1);
    QVERIFY(pane.model()->rowCount() <= 100);
    pane.setSession(nullptr);
    delete session;
}

void TestUsersPane::screenshotsChinese()
{
    UsersPane ci;
    ci.resize(1280, 720);
    ci.setSession(m_ci);
    ci.show();
    QVERIFY(waitLoaded(ci));
    QVERIFY(ci.selectUsers({ci.model()->userId(1)}));
    QTRY_VERIFY_WITH_TIMEOUT(!ci.isDetailLoading(), 15000);
    UsersPane sso;
    sso.resize(1280, 720);
    sso.setSession(m_sso);
    sso.show();
    QTRY_VERIFY_WITH_TIMEOUT(sso.model()->hasAnswered() && !sso.model()->isLoading(), 15000);
    setLanguage(QStringLiteral("zh_CN"));
    QCOMPARE(ci.paneTitle(), UsersPane::tr("Users"));
    // Headers follow the language (the model re-emits them).
    QCOMPARE(ci.model()->headerData(UserListModel::UserName, Qt::Horizontal).toString(), UserListModel::tr("User name"));
    DirectoryGuiSupport::screenshot(&ci, QStringLiteral("users_cloudidentity_zh_CN"));
    DirectoryGuiSupport::screenshot(&sso, QStringLiteral("users_cloudsso_zh_CN"));
    ci.newItem();
    QVERIFY(ci.activeDialog());
    DirectoryGuiSupport::screenshot(ci.activeDialog(), QStringLiteral("user_dialog_zh_CN"));
    ci.activeDialog()->reject();
    setLanguage(QStringLiteral("en"));
    QCOMPARE(ci.model()->headerData(UserListModel::UserName, Qt::Horizontal).toString(), QStringLiteral("User name"));
}

QTEST_MAIN(TestUsersPane)
#include "tst_userspane.moc"
