// SPDX-License-Identifier: GPL-3.0-or-later
// The Groups pane against the real emulator (Cloud Identity and CloudSSO): list and search, create / edit /
// delete (with the "has members" conflict explained), members sub-table with add (user picker, server-side
// search, several at once) and remove, screenshots in English and Chinese.
#include "widgets/BulkProgressDialog.h"
#include "widgets/DetailView.h"
#include "DirectoryGuiSupport.h"
#include "EmulatorFixture.h"
#include "directory/GroupDialog.h"
#include "models/GroupFilterProxy.h"
#include "models/GroupListModel.h"
#include "models/GroupMemberModel.h"
#include "directory/GroupsPane.h"
#include "directory/UserProvisioningsPane.h"
#include "ContextMenuSupport.h"
#include "shell/NavigationRequest.h"
#include "directory/MemberPickerDialog.h"
#include "widgets/PaneStateWidget.h"
#include "ScriptedPrompter.h"
#include "cloud/Session.h"
#include "models/UserListModel.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace DirectoryGuiSupport;

namespace {
bool waitLoaded(GroupsPane &pane)
{
    return QTest::qWaitFor([&] { return pane.model()->hasAnswered() && !pane.model()->isLoading(); }, 20000);
}
bool waitMembers(GroupsPane &pane)
{
    return QTest::qWaitFor([&] { return pane.memberModel()->hasAnswered() && !pane.memberModel()->isLoading(); }, 20000);
}
QSet<QString> serverMembers(const EmulatorFixture &emu, Service s, const QString &groupId, const QString &dir = {})
{
    QJsonObject params{{QStringLiteral("GroupId"), groupId}};
    if (s == Service::CloudSso)
        params.insert(QStringLiteral("DirectoryId"), dir);
    const ApiResult r = call(emu, s, QStringLiteral("ListGroupMembers"), params, true);
    QSet<QString> ids;
    for (const QJsonValue &v : r.items)
        ids.insert(v.toObject().value(QStringLiteral("UserId")).toString());
    return ids;
}
}

class TestGroupsPane : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();

    void cloudIdentityListSearchDetail();
    void cloudIdentityCreateEditDelete();
    void deleteWithMembersIsExplained();
    void batchDeleteListsBlockersPerGroup();
    void contextMenuShowsGroupProvisionings();
    void membersAddWithPickerAndRemove();
    void cloudSsoGroupsAndMembers();
    void exportCopyAndScreenshots();

private:
    EmulatorFixture m_emu{{QStringLiteral("--dataset"), QStringLiteral("demo")}};
    ScriptedPrompter m_prompter;
    Session *m_ci = nullptr;
    Session *m_sso = nullptr;
};

void TestGroupsPane::initTestCase()
{
    initSettings(QStringLiteral("tst_groupspane"));
    QSettings().clear();
    Prompter::setInstance(&m_prompter);
    QString error;
    QVERIFY2(m_emu.start(&error), qPrintable(error));
    m_ci = newSession(m_emu, volcengineProfile(m_emu), this);
    m_sso = newSession(m_emu, aliyunProfile(m_emu), this);
}

void TestGroupsPane::cleanupTestCase()
{
    Prompter::setInstance(nullptr);
    setLanguage(QStringLiteral("en"));
}

void TestGroupsPane::init()
{
    m_prompter.clear();
}

void TestGroupsPane::cloudIdentityListSearchDetail()
{
    GroupsPane pane;
    pane.resize(1280, 760);
    QString reason;
    QVERIFY(!pane.supports(nullptr, &reason));
    QVERIFY(pane.supports(m_ci, &reason));
    pane.setSession(m_ci);
    pane.show();
    QVERIFY(waitLoaded(pane));
    QCOMPARE(pane.model()->rowCount(), 30);
    QCOMPARE(pane.stateWidget()->state(), PaneStateWidget::State::Content);
    QVERIFY(!pane.view()->isColumnHidden(GroupListModel::JoinType));
    QVERIFY(!pane.view()->isColumnHidden(GroupListModel::DisplayName));
    QCOMPARE(pane.memberStateWidget()->state(), PaneStateWidget::State::Empty);   // nothing selected

    // Instant filter on the loaded rows, then the server-side search.
    QTest::keyClicks(pane.searchEdit(), QStringLiteral("finance"));
    QCOMPARE(pane.proxy()->rowCount(), 1);
    QTRY_COMPARE_WITH_TIMEOUT(pane.model()->search(), QStringLiteral("finance"), 3000);
    QVERIFY(waitLoaded(pane));
    QCOMPARE(pane.model()->rowCount(), 1);
    const QString id = pane.model()->groupId(0);
    QVERIFY(pane.selectGroups({id}));
    QCOMPARE(pane.detailView()->value(QStringLiteral("Group name")), QStringLiteral("finance"));
    QCOMPARE(pane.detailView()->value(QStringLiteral("Display name")), QStringLiteral("财务部"));
    QCOMPARE(pane.currentGroupId(), id);
    QVERIFY(waitMembers(pane));
    QCOMPARE(QSet<QString>(serverMembers(m_emu, Service::CloudIdentity, id)).size(), pane.memberModel()->rowCount());
    QVERIFY(pane.action(QStringLiteral("addMembersAction"))->isEnabled());

    pane.searchEdit()->setText(QStringLiteral("nothing-matches-this"));
    pane.applySearch();
    QVERIFY(waitLoaded(pane));
    QCOMPARE(pane.stateWidget()->state(), PaneStateWidget::State::Empty);
    emit pane.stateWidget()->emptyActionRequested();   // "Clear search"
    QVERIFY(waitLoaded(pane));
    QCOMPARE(pane.model()->rowCount(), 30);
}

void TestGroupsPane::cloudIdentityCreateEditDelete()
{
    GroupsPane pane;
    pane.resize(1280, 760);
    pane.setSession(m_ci);
    pane.show();
    QVERIFY(waitLoaded(pane));
    QSignalSpy written(&pane, &GroupsPane::writeFinished);

    pane.newItem();
    auto *dialog = qobject_cast<GroupDialog *>(pane.activeDialog());
    QVERIFY(dialog);
    QVERIFY(dialog->fieldWidget(QStringLiteral("joinType")));
    QVERIFY(dialog->fieldWidget(QStringLiteral("displayName")));
    GroupDraft d;
    d.name = QString(70, QLatin1Char('g'));   // over the 63-character limit
    dialog->setDraft(d);
    QVERIFY(!dialog->submit());
    QVERIFY(!dialog->fieldError(QStringLiteral("name")).isEmpty());
    DirectoryGuiSupport::screenshot(dialog, QStringLiteral("group_dialog_errors_en"));
    // Duplicate name: the server's conflict lands on the name field.
    d.name = QStringLiteral("finance");
    d.joinType = QStringLiteral("Manual");
    dialog->setDraft(d);
    QVERIFY(dialog->submit());
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isBusy(), 15000);
    QVERIFY2(!dialog->fieldError(QStringLiteral("name")).isEmpty(), qPrintable(dialog->generalError()));
    d.name = QStringLiteral("gui-auto-group");
    d.displayName = QStringLiteral("自动组");
    d.description = QStringLiteral("created by the GUI test");
    d.joinType = QStringLiteral("Auto");
    dialog->setDraft(d);
    QVERIFY(dialog->submit());
    QTRY_VERIFY_WITH_TIMEOUT(!pane.activeDialog(), 15000);
    QCOMPARE(written.count(), 1);
    const QString id = pane.selectedIds().value(0);
    QVERIFY(!id.isEmpty());
    const ApiResult got = call(m_emu, Service::CloudIdentity, QStringLiteral("GetGroup"), {{QStringLiteral("GroupId"), id}});
    QCOMPARE(got.result.value(QStringLiteral("JoinType")).toString(), QStringLiteral("Auto"));
    QCOMPARE(got.result.value(QStringLiteral("DisplayName")).toString(), QStringLiteral("自动组"));

    // Edit: name and join type are fixed in Cloud Identity.
    pane.editSelected();
    dialog = qobject_cast<GroupDialog *>(pane.activeDialog());
    QVERIFY(dialog);
    QVERIFY(!dialog->fieldWidget(QStringLiteral("joinType"))->isEnabled());
    QVERIFY(qobject_cast<QLineEdit *>(dialog->fieldWidget(QStringLiteral("name")))->isReadOnly());
    GroupDraft e = dialog->draft();
    e.description = QStringLiteral("edited");
    dialog->setDraft(e);
    QVERIFY(dialog->submit());
    QTRY_VERIFY_WITH_TIMEOUT(!pane.activeDialog(), 15000);
    QCOMPARE(pane.model()->group(pane.model()->rowOfId(id)).description, QStringLiteral("edited"));
    QCOMPARE(pane.model()->group(pane.model()->rowOfId(id)).joinType, QStringLiteral("Auto"));
    QCOMPARE(call(m_emu, Service::CloudIdentity, QStringLiteral("GetGroup"), {{QStringLiteral("GroupId"), id}})
                 .result.value(QStringLiteral("Description")).toString(),
             QStringLiteral("edited"));

    // Delete (empty group): confirmed, gone from the list and the server.
    QVERIFY(pane.selectGroups({id}));
    m_prompter.answerConfirm(true);
    pane.deleteSelection();
    QTRY_COMPARE_WITH_TIMEOUT(written.count(), 3, 15000);
    QVERIFY(written.last().first().toBool());
    QCOMPARE(pane.model()->rowOfId(id), -1);
    QVERIFY(!call(m_emu, Service::CloudIdentity, QStringLiteral("GetGroup"), {{QStringLiteral("GroupId"), id}}).ok);
    QVERIFY(m_prompter.unexpected().isEmpty());
}

void TestGroupsPane::deleteWithMembersIsExplained()
{
    // Cloud Identity refuses to delete a group that is still provisioned to a member account (409).
    const ApiResult provs = call(m_emu, Service::CloudIdentity, QStringLiteral("ListUserProvisionings"), {}, true);
    QString id;
    for (const QJsonValue &v : provs.items)
        if (v.toObject().value(QStringLiteral("PrincipalType")).toString() == QLatin1String("Group"))
            id = v.toObject().value(QStringLiteral("PrincipalId")).toString();
    QVERIFY(!id.isEmpty());
    GroupsPane pane;
    pane.resize(1280, 760);
    pane.setSession(m_ci);
    pane.show();
    QVERIFY(waitLoaded(pane));
    QVERIFY(pane.selectGroups({id}));
    QVERIFY(waitMembers(pane));
    QStringList blockers;   // the group's provisionings
    for (const QJsonValue &v : provs.items)
        if (v.toObject().value(QStringLiteral("PrincipalId")).toString() == id)
            blockers << v.toObject().value(QStringLiteral("UserProvisioningId")).toString();
    QVERIFY(!blockers.isEmpty());
    QSignalSpy written(&pane, &GroupsPane::writeFinished);
    QSignalSpy navigation(&pane, &Pane::navigationRequested);
    m_prompter.answerConfirm(true);   // delete the group
    m_prompter.answerConfirm(true);   // refused: "Show provisionings"
    pane.deleteSelection();
    if (pane.memberModel()->rowCount() > 0)   // the confirmation says what happens to the members
        QVERIFY(m_prompter.last(QStringLiteral("confirm")).text.contains(QLatin1String("member")));
    QVERIFY(written.wait(15000));
    QCOMPARE(written.last().first().toBool(), false);
    // The refusal lists the provisionings that block the delete and offers to open them.
    QCOMPARE(m_prompter.count(QStringLiteral("confirm")), 2);
    QVERIFY(m_prompter.warnings().isEmpty());
    const QString warning = m_prompter.last(QStringLiteral("confirm")).text;
    QVERIFY2(warning.contains(QLatin1String("provisionings first")), qPrintable(warning));
    QVERIFY(warning.contains(QLatin1String("UserGroupDeletionConflict")));
    QVERIFY(warning.contains(QLatin1String("RequestId")));
    for (const QString &b : std::as_const(blockers))
        QVERIFY2(warning.contains(b), qPrintable(warning));
    QCOMPARE(navigation.count(), 1);
    const NavigationRequest request = navigation.first().first().value<NavigationRequest>();
    QCOMPARE(request.paneId, QStringLiteral("provisionings"));
    QCOMPARE(request.filters.value(QStringLiteral("principalId")), id);
    QCOMPARE(request.filters.value(QStringLiteral("principalType")), QStringLiteral("Group"));
    QStringList selected = request.select;
    selected.sort();
    blockers.sort();
    QCOMPARE(selected, blockers);
    QVERIFY(pane.model()->rowOfId(id) >= 0);   // still listed

    // Declined: nothing opens.
    QVERIFY(pane.selectGroups({id}));
    m_prompter.answerConfirm(true);
    m_prompter.answerConfirm(false);
    written.clear();
    pane.deleteSelection();
    QVERIFY(written.wait(15000));
    QCOMPARE(navigation.count(), 1);
}

void TestGroupsPane::batchDeleteListsBlockersPerGroup()
{
    // A batch delete of every provisioned group plus a fresh one: the fresh one goes, each provisioned one is
    // refused (409) and, as for a single delete, the provisionings that block it are named, per group, with
    // "Show provisionings" for all of them.
    const ApiResult provs = call(m_emu, Service::CloudIdentity, QStringLiteral("ListUserProvisionings"), {}, true);
    QMap<QString, QStringList> blockersOf;   // group id -> its provisionings
    for (const QJsonValue &v : provs.items) {
        const QJsonObject o = v.toObject();
        if (o.value(QStringLiteral("PrincipalType")).toString() == QLatin1String("Group"))
            blockersOf[o.value(QStringLiteral("PrincipalId")).toString()]
                << o.value(QStringLiteral("UserProvisioningId")).toString();
    }
    QVERIFY(!blockersOf.isEmpty());
    const ApiResult created = call(m_emu, Service::CloudIdentity, QStringLiteral("CreateGroup"),
                                   {{QStringLiteral("GroupName"), QStringLiteral("batch-free-group")},
                                    {QStringLiteral("JoinType"), QStringLiteral("Manual")}});
    QVERIFY(created.ok);
    GroupsPane pane;
    pane.resize(1280, 760);
    pane.setSession(m_ci);
    pane.show();
    QVERIFY(waitLoaded(pane));
    QString freeId;
    for (int row = 0; row < pane.model()->rowCount(); ++row)
        if (pane.model()->group(row).name == QLatin1String("batch-free-group"))
            freeId = pane.model()->group(row).id;
    QVERIFY(!freeId.isEmpty());
    QStringList ids = blockersOf.keys();
    ids << freeId;
    QVERIFY(pane.selectGroups(ids));
    QCOMPARE(pane.selectedIds().size(), ids.size());
    QSignalSpy explained(&pane, &GroupsPane::refusalsExplained);
    QSignalSpy navigation(&pane, &Pane::navigationRequested);
    m_prompter.answerConfirm(true);   // delete them
    m_prompter.answerConfirm(true);   // refused ones: "Show provisionings"
    pane.deleteSelection();
    QVERIFY(explained.wait(20000));
    BulkProgressDialog *dialog = pane.activeBulk();
    QVERIFY(dialog);
    QCOMPARE(dialog->summary().succeeded, 1);
    QCOMPARE(dialog->summary().failed, blockersOf.size());
    QVERIFY(pane.model()->rowOfId(freeId) < 0);
    // One message: each refused group with its own blockers.
    QCOMPARE(m_prompter.count(QStringLiteral("confirm")), 2);
    const QString text = m_prompter.last(QStringLiteral("confirm")).text;
    QCOMPARE(pane.lastRefusalBlockers(), explained.first().first().toString());
    for (auto it = blockersOf.cbegin(); it != blockersOf.cend(); ++it) {
        const int row = pane.model()->rowOfId(it.key());
        QVERIFY(row >= 0);   // still listed
        QVERIFY2(text.contains(pane.model()->group(row).name), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral(" is blocked by:")), qPrintable(text));
        // The group's blockers follow its heading (before the next heading).
        const QString heading = QStringLiteral("(%1) is blocked by:").arg(it.key());
        const int at = text.indexOf(heading);
        QVERIFY2(at >= 0, qPrintable(text));
        const int next = text.indexOf(QStringLiteral(" is blocked by:"), at + heading.size());
        const QString section = text.mid(at, next < 0 ? -1 : next - at);
        for (const QString &b : it.value())
            QVERIFY2(section.contains(b), qPrintable(section));
    }
    QVERIFY(!text.contains(freeId));
    QCOMPARE(navigation.count(), 1);
    const NavigationRequest request = navigation.first().first().value<NavigationRequest>();
    QCOMPARE(request.paneId, QStringLiteral("provisionings"));
    QStringList all;
    for (const QStringList &b : std::as_const(blockersOf))
        all << b;
    all.sort();
    QStringList selected = request.select;
    selected.sort();
    QCOMPARE(selected, all);
    dialog->closeButton()->click();
}

void TestGroupsPane::contextMenuShowsGroupProvisionings()
{
    // Right click on a provisioned group, "Show user provisionings": the provisionings pane, filtered to the group.
    const ProvisionedPrincipal principal = provisionedPrincipal(m_emu, QStringLiteral("Group"));
    const QString id = principal.id;
    QVERIFY(!id.isEmpty());
    const QStringList expected = principal.provisioningIds;
    GroupsPane pane;
    pane.resize(1280, 760);
    pane.setSession(m_ci);
    pane.show();
    QVERIFY(waitLoaded(pane));
    QVERIFY(pane.selectGroups({id}));
    QSignalSpy navigation(&pane, &Pane::navigationRequested);
    const auto menu = ContextMenuSupport::triggerContextMenuAction(pane.view(), QStringLiteral("showPrincipalProvisioningsAction"));
    QVERIFY(menu.menuShown);
    QVERIFY2(menu.found, qPrintable(menu.actions.join(QLatin1Char(','))));
    QVERIFY(menu.enabled);
    QCOMPARE(navigation.count(), 1);
    const NavigationRequest request = navigation.first().first().value<NavigationRequest>();
    QCOMPARE(request.paneId, QStringLiteral("provisionings"));
    QCOMPARE(request.filters.value(QStringLiteral("principalId")), id);
    QCOMPARE(request.filters.value(QStringLiteral("principalType")), QStringLiteral("Group"));
    UserProvisioningsPane target;
    target.resize(1280, 760);
    target.setSession(m_ci);
    target.show();
    QVERIFY(target.navigate(request));
    QVERIFY(QTest::qWaitFor([&] { return target.model()->hasAnswered() && !target.model()->isLoading(); }, 20000));
    QStringList listed;
    for (int r = 0; r < target.model()->rowCount(); ++r) {
        QCOMPARE(target.model()->record(r).principalType, QStringLiteral("Group"));
        listed << target.model()->record(r).id;
    }
    listed.sort();
    QCOMPARE(listed, expected);
}

void TestGroupsPane::membersAddWithPickerAndRemove()
{
    GroupsPane pane;
    pane.resize(1280, 760);
    pane.setSession(m_ci);
    pane.show();
    QVERIFY(waitLoaded(pane));
    const QString groupId = pane.model()->groupId(pane.model()->rowCount() - 1);
    QVERIFY(pane.selectGroups({groupId}));
    QVERIFY(waitMembers(pane));
    const QSet<QString> before = serverMembers(m_emu, Service::CloudIdentity, groupId);
    QCOMPARE(pane.memberModel()->rowCount(), before.size());

    pane.addMembers();
    auto *picker = qobject_cast<MemberPickerDialog *>(pane.activeDialog());
    QVERIFY(picker);
    QTRY_VERIFY_WITH_TIMEOUT(picker->model()->hasAnswered() && !picker->model()->isLoading(), 15000);
    QCOMPARE(picker->model()->rowCount(), 100);   // first page; more on scroll
    // Beyond the first 100: "Load more" asks the server for the next page, and a user there can be picked.
    QVERIFY(picker->loadMoreButton()->isVisible());
    QVERIFY(picker->loadMoreButton()->isEnabled());
    QVERIFY(!picker->loadMoreButton()->accessibleName().isEmpty());
    QTest::mouseClick(picker->loadMoreButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(picker->model()->rowCount() > 100 && !picker->model()->isLoading(), 15000);
    {
        QString far;
        for (int r = picker->model()->rowCount() - 1; r >= 100 && far.isEmpty(); --r)
            if (!before.contains(picker->model()->userId(r)))
                far = picker->model()->userId(r);
        QVERIFY(!far.isEmpty());
        QVERIFY(picker->selectUser(far));
        QCOMPARE(picker->selectedUsers().size(), 1);
        QCOMPARE(picker->selectedUsers().first().id, far);
        picker->view()->clearSelection();
    }
    // Server-side search, debounced.
    QTest::keyClicks(picker->searchEdit(), QStringLiteral("zhang"));
    QTRY_COMPARE_WITH_TIMEOUT(picker->model()->query().search, QStringLiteral("zhang"), 3000);
    QTRY_VERIFY_WITH_TIMEOUT(picker->model()->hasAnswered() && !picker->model()->isLoading(), 15000);
    QVERIFY(picker->model()->rowCount() >= 2);
    QStringList picked;
    for (int r = 0; r < picker->model()->rowCount() && picked.size() < 2; ++r) {
        const QString uid = picker->model()->userId(r);
        if (!before.contains(uid) && picker->selectUser(uid))
            picked << uid;
    }
    QCOMPARE(picked.size(), 2);
    QVERIFY(picker->addButton()->isEnabled());
    DirectoryGuiSupport::screenshot(picker, QStringLiteral("member_picker_en"));
    picker->accept();
    BulkProgressDialog *bulk = pane.activeBulk();
    QVERIFY(bulk);
    QTRY_VERIFY_WITH_TIMEOUT(bulk->isFinished(), 20000);
    QCOMPARE(bulk->summary().succeeded, 2);
    bulk->closeButton()->click();
    QVERIFY(waitMembers(pane));
    const QSet<QString> after = serverMembers(m_emu, Service::CloudIdentity, groupId);
    for (const QString &uid : picked) {
        QVERIFY(after.contains(uid));
        QVERIFY(pane.memberModel()->contains(uid));
    }

    // Already a member: the picker does not offer it again.
    pane.addMembers();
    picker = qobject_cast<MemberPickerDialog *>(pane.activeDialog());
    QVERIFY(picker);
    picker->searchEdit()->setText(QStringLiteral("zhang"));
    picker->applySearch();
    QTRY_VERIFY_WITH_TIMEOUT(picker->model()->hasAnswered() && !picker->model()->isLoading(), 15000);
    QVERIFY(!picker->selectUser(picked.first()));
    picker->reject();
    QTRY_VERIFY(!pane.activeDialog());

    // Remove both, with confirmation.
    QTRY_VERIFY(!pane.activeBulk());
    QVERIFY(pane.selectMembers(picked));
    m_prompter.answerConfirm(true);
    pane.removeSelectedMembers();
    bulk = pane.activeBulk();
    QVERIFY(bulk);
    QTRY_VERIFY_WITH_TIMEOUT(bulk->isFinished(), 20000);
    QCOMPARE(bulk->summary().succeeded, 2);
    for (const QString &uid : picked)
        QVERIFY(!pane.memberModel()->contains(uid));
    QCOMPARE(serverMembers(m_emu, Service::CloudIdentity, groupId), before);
    bulk->closeButton()->click();
    QTRY_VERIFY(!pane.activeBulk());

    // One member: added and removed without a batch dialog.
    QSignalSpy written(&pane, &GroupsPane::writeFinished);
    DirectoryUser one;
    one.id = picked.first();
    one.userName = QStringLiteral("single");
    pane.addUsersToCurrentGroup({one});
    QVERIFY(written.wait(15000));
    QVERIFY(written.last().first().toBool());
    QVERIFY(pane.memberModel()->contains(one.id));
    QVERIFY(pane.selectMembers({one.id}));
    m_prompter.answerConfirm(true);
    pane.removeSelectedMembers();
    QVERIFY(written.wait(15000));
    QVERIFY(!pane.memberModel()->contains(one.id));
    QCOMPARE(serverMembers(m_emu, Service::CloudIdentity, groupId), before);
}

void TestGroupsPane::cloudSsoGroupsAndMembers()
{
    GroupsPane pane;
    pane.resize(1280, 760);
    pane.setSession(m_sso);
    pane.show();
    QTRY_VERIFY_WITH_TIMEOUT(!m_sso->directoryId().isEmpty(), 15000);
    QVERIFY(waitLoaded(pane));
    const QString dir = m_sso->directoryId();
    QCOMPARE(pane.model()->rowCount(), 20);
    QVERIFY(pane.view()->isColumnHidden(GroupListModel::JoinType));
    QVERIFY(pane.view()->isColumnHidden(GroupListModel::DisplayName));
    DirectoryGuiSupport::screenshot(&pane, QStringLiteral("groups_cloudsso_en"));

    // Create, rename (CloudSSO can), add a member, then the delete conflict, remove, delete.
    pane.newItem();
    auto *dialog = qobject_cast<GroupDialog *>(pane.activeDialog());
    QVERIFY(dialog);
    QVERIFY(!dialog->fieldWidget(QStringLiteral("joinType")));
    GroupDraft d;
    d.name = QStringLiteral("bad name!");
    dialog->setDraft(d);
    QVERIFY(!dialog->submit());
    QVERIFY(!dialog->fieldError(QStringLiteral("name")).isEmpty());
    d.name = QStringLiteral("sso-gui-group");
    dialog->setDraft(d);
    QVERIFY(dialog->submit());
    QTRY_VERIFY_WITH_TIMEOUT(!pane.activeDialog(), 15000);
    const QString id = pane.selectedIds().value(0);
    QVERIFY(id.startsWith(QLatin1String("g-")));
    pane.editSelected();
    dialog = qobject_cast<GroupDialog *>(pane.activeDialog());
    QVERIFY(dialog);
    QVERIFY(!qobject_cast<QLineEdit *>(dialog->fieldWidget(QStringLiteral("name")))->isReadOnly());
    GroupDraft e = dialog->draft();
    e.name = QStringLiteral("sso-gui-group-renamed");
    dialog->setDraft(e);
    QVERIFY(dialog->submit());
    QTRY_VERIFY_WITH_TIMEOUT(!pane.activeDialog(), 15000);
    QCOMPARE(pane.model()->group(pane.model()->rowOfId(id)).name, QStringLiteral("sso-gui-group-renamed"));

    QVERIFY(waitMembers(pane));
    QCOMPARE(pane.memberModel()->rowCount(), 0);
    QCOMPARE(pane.memberStateWidget()->state(), PaneStateWidget::State::Empty);
    const ApiResult users = call(m_emu, Service::CloudSso, QStringLiteral("ListUsers"),
                                 {{QStringLiteral("DirectoryId"), dir}, {QStringLiteral("MaxResults"), 5}});
    DirectoryUser u;
    u.id = users.result.value(QStringLiteral("Users")).toArray().first().toObject().value(QStringLiteral("UserId")).toString();
    u.userName = users.result.value(QStringLiteral("Users")).toArray().first().toObject().value(QStringLiteral("UserName")).toString();
    QSignalSpy written(&pane, &GroupsPane::writeFinished);
    pane.addUsersToCurrentGroup({u});
    QVERIFY(written.wait(15000));
    QVERIFY(pane.memberModel()->contains(u.id));
    QVERIFY(serverMembers(m_emu, Service::CloudSso, id, dir).contains(u.id));

    m_prompter.answerConfirm(true);
    pane.deleteSelection();
    QVERIFY(written.wait(15000));
    QCOMPARE(written.last().first().toBool(), false);
    QVERIFY(m_prompter.last(QStringLiteral("confirm")).text.contains(QLatin1String("refuses to delete a group with members")));
    QVERIFY2(m_prompter.warnings().value(0).contains(QLatin1String("DeletionConflict")), qPrintable(m_prompter.warnings().value(0)));
    QVERIFY(m_prompter.warnings().value(0).contains(QLatin1String("Remove its members")));

    QVERIFY(pane.selectMembers({u.id}));
    m_prompter.answerConfirm(true);
    pane.removeSelectedMembers();
    QVERIFY(written.wait(15000));
    QVERIFY(written.last().first().toBool());
    m_prompter.answerConfirm(true);
    pane.deleteSelection();
    QVERIFY(written.wait(15000));
    QVERIFY(written.last().first().toBool());
    QCOMPARE(pane.model()->rowOfId(id), -1);
}

void TestGroupsPane::exportCopyAndScreenshots()
{
    GroupsPane pane;
    pane.resize(1280, 760);
    pane.setSession(m_ci);
    pane.show();
    QVERIFY(waitLoaded(pane));
    QVERIFY(pane.selectGroups({QStringLiteral("25000002")}));
    QVERIFY(waitMembers(pane));
    pane.copySelection();
    QCOMPARE(QApplication::clipboard()->text(), QStringLiteral("25000002"));
    QTemporaryDir dir;
    QString error;
    QVERIFY2(pane.exportCsv(dir.filePath(QStringLiteral("groups.csv")), &error), qPrintable(error));
    QFile f(dir.filePath(QStringLiteral("groups.csv")));
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray csv = f.readAll();
    QCOMPARE(csv.count('\n'), 31);
    QVERIFY(csv.contains(QStringLiteral("财务部").toUtf8()));
    DirectoryGuiSupport::screenshot(&pane, QStringLiteral("groups_cloudidentity_en"));

    QSettings settings;
    settings.beginGroup(QStringLiteral("panes/groups"));
    pane.view()->setColumnWidth(GroupListModel::Description, 333);
    pane.saveState(settings);
    GroupsPane other;
    other.restoreState(settings);
    QCOMPARE(other.view()->columnWidth(GroupListModel::Description), 333);

    setLanguage(QStringLiteral("zh_CN"));
    QCOMPARE(pane.model()->headerData(GroupListModel::Name, Qt::Horizontal).toString(), GroupListModel::tr("Group name"));
    DirectoryGuiSupport::screenshot(&pane, QStringLiteral("groups_cloudidentity_zh_CN"));
    pane.newItem();
    QVERIFY(pane.activeDialog());
    DirectoryGuiSupport::screenshot(pane.activeDialog(), QStringLiteral("group_dialog_zh_CN"));
    pane.activeDialog()->reject();
    setLanguage(QStringLiteral("en"));
}

QTEST_MAIN(TestGroupsPane)
#include "tst_groupspane.moc"
