// SPDX-License-Identifier: GPL-3.0-or-later
// User provisioning forms and links against the real emulator:
//   * Cloud Identity create form: "delete and recreate" said, strategies explained, validation on the fields
//     (suffix required with KeepBoth, account ID digits, principal), the create sent as documented
//     (Takeover spelling, DuplicationSuffix), the new row selected; Edit explains there is no update;
//   * CloudSSO create (TakeOver / Delete, principal picked from the group list) and update of the changed fields
//     only (NewDeletionStrategy sent, the rest unchanged), "Nothing was changed" refused;
//   * links: in the main window, an event's "Show provisioning" opens the provisionings pane with it selected, a
//     provisioning's "Show events" opens the events pane filtered to it, a group's provisionings (filtered);
//   * screenshots of the forms and panes in English and Chinese (build/screenshots/).
#include "DirectoryGuiSupport.h"
#include "PendingTranslator.h"
#include "EmulatorFixture.h"
#include "ScriptedPrompter.h"
#include "cloud/Session.h"
#include "credentials/MemoryCredentialStore.h"
#include "credentials/ProfileStore.h"
#include "directory/ProvisioningDialog.h"
#include "directory/ProvisioningEventsPane.h"
#include "directory/ProvisioningLinks.h"
#include "directory/UserProvisioningsPane.h"
#include "models/ProvisioningEventModel.h"
#include "models/UserProvisioningColumns.h"
#include "shell/MainWindow.h"
#include "widgets/DetailView.h"
#include "widgets/PaneStateWidget.h"

#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace DirectoryGuiSupport;

namespace {
bool waitLoaded(UserProvisioningsPane &pane)
{
    return QTest::qWaitFor([&] { return pane.model()->hasAnswered() && !pane.model()->isLoading(); }, 20000);
}
QJsonObject obj(const ApiResult &r, const char *key = nullptr)
{
    return key ? r.result.value(QLatin1String(key)).toObject() : r.result;
}
// A user of the directory that no provisioning has yet for `target`.
QString freshUser(const EmulatorFixture &emu, Service s, const QString &dir)
{
    QJsonObject params;
    if (s == Service::CloudSso)
        params.insert(QStringLiteral("DirectoryId"), dir);
    const ApiResult users = call(emu, s, QStringLiteral("ListUsers"), params, true);
    const ApiResult provs = call(emu, s, QStringLiteral("ListUserProvisionings"), params, true);
    QSet<QString> used;
    for (const QJsonValue &v : provs.items)
        used.insert(v.toObject().value(QStringLiteral("PrincipalId")).toString());
    for (const QJsonValue &v : users.items) {
        const QString id = v.toObject().value(QStringLiteral("UserId")).toString();
        if (!used.contains(id))
            return id;
    }
    return QString();
}
}

class TestProvisioningForms : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();

    void cloudIdentityCreateForm();
    void cloudSsoCreateAndUpdate();
    void linksInTheMainWindow();
    void screenshots();
    void principalSearchBeyondTheFirstPage();   // last: it adds 101 users to the directory

private:
    ProvisioningDialog *openCreate(UserProvisioningsPane &pane, const UserProvisioning &prefill = {});

    EmulatorFixture m_emu{{QStringLiteral("--dataset"), QStringLiteral("demo")}};
    ScriptedPrompter m_prompter;
    Session *m_ci = nullptr;
    Session *m_sso = nullptr;
    QTemporaryDir m_dir;
    PendingTranslator m_pending;
};

void TestProvisioningForms::initTestCase()
{
    initSettings(QStringLiteral("tst_provisioningforms"));
    Prompter::setInstance(&m_prompter);
    m_pending.load();
    QCoreApplication::installTranslator(&m_pending);
    QString error;
    QVERIFY2(m_emu.start(&error), qPrintable(error));
    m_ci = newSession(m_emu, volcengineProfile(m_emu), this);
    m_sso = newSession(m_emu, aliyunProfile(m_emu), this);
    m_sso->setDirectoryId(ssoDirectory(m_emu));
}

void TestProvisioningForms::cleanupTestCase()
{
    Prompter::setInstance(nullptr);
    setLanguage(QStringLiteral("en"));
}

void TestProvisioningForms::init()
{
    m_prompter.clear();
}

ProvisioningDialog *TestProvisioningForms::openCreate(UserProvisioningsPane &pane, const UserProvisioning &prefill)
{
    pane.openCreateDialog(prefill);
    auto *dialog = qobject_cast<ProvisioningDialog *>(pane.activeDialog());
    if (dialog)
        (void)QTest::qWaitFor([dialog] { return dialog->principalsLoaded(); }, 15000);
    return dialog;
}

void TestProvisioningForms::cloudIdentityCreateForm()
{
    UserProvisioningsPane pane;
    pane.resize(1200, 700);
    pane.setSession(m_ci);
    pane.show();
    QVERIFY(waitLoaded(pane));
    const int before = pane.model()->rowCount();

    QPointer<ProvisioningDialog> dialog = openCreate(pane);
    QVERIFY(dialog);
    QVERIFY(!dialog->isCloudSso());
    QVERIFY(dialog->principalCombo()->count() > 0);   // the directory's users to pick from
    QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("provisioningNote"))->text().contains(QLatin1String("delete it and create it again")));
    // Every strategy is explained, and the text follows the choice.
    auto *dup = qobject_cast<QComboBox *>(dialog->fieldWidget(QStringLiteral("duplicationStrategy")));
    QVERIFY(dup);
    QVERIFY2(dialog->strategyHelp(QStringLiteral("duplicationStrategy")).contains(QLatin1String("suffix")),
             qPrintable(dialog->strategyHelp(QStringLiteral("duplicationStrategy"))));
    dup->setCurrentIndex(dup->findData(QStringLiteral("Takeover")));
    QVERIFY(dialog->strategyHelp(QStringLiteral("duplicationStrategy")).contains(QLatin1String("takes it over")));
    QVERIFY(!dialog->fieldWidget(QStringLiteral("duplicationSuffix"))->isEnabled());   // only with KeepBoth
    dup->setCurrentIndex(dup->findData(QStringLiteral("KeepBoth")));
    QVERIFY(dialog->fieldWidget(QStringLiteral("duplicationSuffix"))->isEnabled());
    auto *del = qobject_cast<QComboBox *>(dialog->fieldWidget(QStringLiteral("deletionStrategy")));
    del->setCurrentIndex(del->findData(QStringLiteral("Delete")));
    QVERIFY(dialog->strategyHelp(QStringLiteral("deletionStrategy")).contains(QLatin1String("deleted too")));
    del->setCurrentIndex(del->findData(QStringLiteral("Keep")));
    QVERIFY(dialog->strategyHelp(QStringLiteral("deletionStrategy")).contains(QLatin1String("kept")));
    QVERIFY(!dialog->strategyHelp(QStringLiteral("identitySourceStrategy")).isEmpty());

    // Validation: on the fields, nothing sent.
    auto *target = qobject_cast<QLineEdit *>(dialog->fieldWidget(QStringLiteral("targetId")));
    auto *suffix = qobject_cast<QLineEdit *>(dialog->fieldWidget(QStringLiteral("duplicationSuffix")));
    dialog->principalCombo()->setEditText(QString());
    target->setText(QStringLiteral("acct-1"));
    suffix->clear();
    QVERIFY(!dialog->submit());
    QVERIFY(!dialog->fieldError(QStringLiteral("principalId")).isEmpty());
    QVERIFY(dialog->fieldError(QStringLiteral("targetId")).contains(QLatin1String("digits")));
    QVERIFY(dialog->fieldError(QStringLiteral("duplicationSuffix")).contains(QLatin1String("suffix")));
    QCOMPARE(pane.model()->rowCount(), before);

    // Valid: created as documented; the list reloads with the new row selected.
    const QString user = freshUser(m_emu, Service::CloudIdentity, QString());
    QVERIFY(!user.isEmpty());
    dialog->principalCombo()->setEditText(user);
    target->setText(QStringLiteral("2100311842"));
    suffix->setText(QStringLiteral("-ci"));
    qobject_cast<QPlainTextEdit *>(dialog->fieldWidget(QStringLiteral("description")))->setPlainText(QStringLiteral("gui form"));
    QSignalSpy saved(&pane, &UserProvisioningsPane::provisioningSaved);
    QVERIFY(dialog->submit());
    QVERIFY(saved.wait(15000));
    const QString id = saved.first().first().toString();
    QVERIFY(!id.isEmpty());
    QTRY_VERIFY(!dialog);
    const ApiResult got = call(m_emu, Service::CloudIdentity, QStringLiteral("GetUserProvisioning"),
                               {{QStringLiteral("UserProvisioningId"), id}});
    QVERIFY(got.ok);
    QCOMPARE(obj(got).value(QStringLiteral("PrincipalId")).toString(), user);
    QCOMPARE(obj(got).value(QStringLiteral("TargetId")).toString(), QStringLiteral("2100311842"));
    QCOMPARE(obj(got).value(QStringLiteral("DuplicationStrategy")).toString(), QStringLiteral("KeepBoth"));
    QCOMPARE(obj(got).value(QStringLiteral("DuplicationSuffix")).toString(), QStringLiteral("-ci"));
    QCOMPARE(obj(got).value(QStringLiteral("DeletionStrategy")).toString(), QStringLiteral("Keep"));
    QCOMPARE(obj(got).value(QStringLiteral("IdentitySourceStrategy")).toString(), QStringLiteral("Create"));
    QCOMPARE(obj(got).value(QStringLiteral("Description")).toString(), QStringLiteral("gui form"));
    QTRY_COMPARE_WITH_TIMEOUT(pane.selectedProvisionings().size(), 1, 15000);
    QCOMPARE(pane.selectedProvisionings().first().id, id);

    // The same principal and account again: the server's conflict is shown in the form (general error).
    dialog = openCreate(pane);
    QVERIFY(dialog);
    dialog->principalCombo()->setEditText(user);
    qobject_cast<QLineEdit *>(dialog->fieldWidget(QStringLiteral("targetId")))->setText(QStringLiteral("2100311842"));
    QVERIFY(dialog->submit());
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->generalError().isEmpty(), 15000);
    QVERIFY2(dialog->generalError().contains(QLatin1String("RequestId")), qPrintable(dialog->generalError()));
    dialog->reject();
    QTRY_VERIFY(!dialog);

    // Edit on Cloud Identity: there is no update, the pane says so.
    QAction *edit = pane.action(QStringLiteral("editProvisioningAction"));
    QVERIFY(edit->isEnabled());
    edit->trigger();
    QCOMPARE(m_prompter.count(QStringLiteral("inform")), 1);
    QVERIFY(!pane.activeDialog());
}

void TestProvisioningForms::cloudSsoCreateAndUpdate()
{
    const QString dir = m_sso->directoryId();
    UserProvisioningsPane pane;
    pane.resize(1200, 700);
    pane.setSession(m_sso);
    pane.show();
    QVERIFY(waitLoaded(pane));

    // A group with no provisioning yet.
    const ApiResult created = call(m_emu, Service::CloudSso, QStringLiteral("CreateGroup"),
                                   {{QStringLiteral("DirectoryId"), dir}, {QStringLiteral("GroupName"), QStringLiteral("gui-prov-group")}});
    QVERIFY(created.ok);
    const QString groupId = obj(created, "Group").value(QStringLiteral("GroupId")).toString();

    QPointer<ProvisioningDialog> dialog = openCreate(pane);
    QVERIFY(dialog);
    QVERIFY(dialog->isCloudSso());
    QVERIFY(!dialog->fieldWidget(QStringLiteral("identitySourceStrategy")));   // Cloud Identity only
    QVERIFY(!dialog->fieldWidget(QStringLiteral("duplicationSuffix")));
    QVERIFY2(dialog->strategyHelp(QStringLiteral("duplicationStrategy")).contains(QLatin1String("_sso")),
             qPrintable(dialog->strategyHelp(QStringLiteral("duplicationStrategy"))));
    auto *type = qobject_cast<QComboBox *>(dialog->fieldWidget(QStringLiteral("principalType")));
    type->setCurrentIndex(type->findData(QStringLiteral("Group")));
    QTRY_VERIFY_WITH_TIMEOUT(dialog->principalsLoaded(), 15000);
    const int groupRow = dialog->principalCombo()->findData(groupId);
    QVERIFY2(groupRow >= 0, "the new group is offered in the picker");
    dialog->principalCombo()->setCurrentIndex(groupRow);
    auto *dup = qobject_cast<QComboBox *>(dialog->fieldWidget(QStringLiteral("duplicationStrategy")));
    QCOMPARE(dup->findData(QStringLiteral("Takeover")), -1);   // CloudSSO spells it TakeOver
    dup->setCurrentIndex(dup->findData(QStringLiteral("TakeOver")));
    QVERIFY(dialog->strategyHelp(QStringLiteral("duplicationStrategy")).contains(QLatin1String("replaces")));
    auto *del = qobject_cast<QComboBox *>(dialog->fieldWidget(QStringLiteral("deletionStrategy")));
    del->setCurrentIndex(del->findData(QStringLiteral("Delete")));
    qobject_cast<QLineEdit *>(dialog->fieldWidget(QStringLiteral("targetId")))->setText(QStringLiteral("1234567890120009"));
    QCOMPARE(dialog->draft().principalId, groupId);
    QSignalSpy saved(&pane, &UserProvisioningsPane::provisioningSaved);
    QVERIFY(dialog->submit());
    QVERIFY(saved.wait(15000));
    const QString id = saved.first().first().toString();
    QVERIFY(id.startsWith(QLatin1String("up-")));
    ApiResult got = call(m_emu, Service::CloudSso, QStringLiteral("GetUserProvisioning"),
                         {{QStringLiteral("DirectoryId"), dir}, {QStringLiteral("UserProvisioningId"), id}});
    QCOMPARE(obj(got, "UserProvisioning").value(QStringLiteral("DuplicationStrategy")).toString(), QStringLiteral("TakeOver"));
    QCOMPARE(obj(got, "UserProvisioning").value(QStringLiteral("DeletionStrategy")).toString(), QStringLiteral("Delete"));
    QCOMPARE(obj(got, "UserProvisioning").value(QStringLiteral("TargetType")).toString(), QStringLiteral("RD-Account"));
    QCOMPARE(obj(got, "UserProvisioning").value(QStringLiteral("PrincipalType")).toString(), QStringLiteral("Group"));
    QTRY_COMPARE_WITH_TIMEOUT(pane.selectedProvisionings().size(), 1, 15000);
    QCOMPARE(pane.selectedProvisionings().first().id, id);

    // Update: principal and target fixed; only what changed is sent.
    pane.editSelected();
    dialog = qobject_cast<ProvisioningDialog *>(pane.activeDialog());
    QVERIFY(dialog);
    QVERIFY(!dialog->isCreating());
    QVERIFY(!dialog->principalCombo()->isEnabled());
    QVERIFY(qobject_cast<QLineEdit *>(dialog->fieldWidget(QStringLiteral("targetId")))->isReadOnly());
    QVERIFY(!dialog->submit());   // nothing changed
    QVERIFY(dialog->generalError().contains(QLatin1String("Nothing was changed")));
    del = qobject_cast<QComboBox *>(dialog->fieldWidget(QStringLiteral("deletionStrategy")));
    del->setCurrentIndex(del->findData(QStringLiteral("Keep")));
    const SsoProvisioningChanges changes = dialog->changes();
    QVERIFY(changes.deletionStrategy && *changes.deletionStrategy == QLatin1String("Keep"));
    QVERIFY(!changes.duplicationStrategy);
    QVERIFY(!changes.description);
    saved.clear();
    QVERIFY(dialog->submit());
    QVERIFY(saved.wait(15000));
    got = call(m_emu, Service::CloudSso, QStringLiteral("GetUserProvisioning"),
               {{QStringLiteral("DirectoryId"), dir}, {QStringLiteral("UserProvisioningId"), id}});
    QCOMPARE(obj(got, "UserProvisioning").value(QStringLiteral("DeletionStrategy")).toString(), QStringLiteral("Keep"));
    QCOMPARE(obj(got, "UserProvisioning").value(QStringLiteral("DuplicationStrategy")).toString(), QStringLiteral("TakeOver"));
    QTRY_COMPARE(pane.model()->recordById(id).deletionStrategy, QStringLiteral("Keep"));
}

// The principal list holds one page (100): a principal beyond it is found by typing the start of its name, which
// asks the service (QueryString) instead of filtering the first page locally.
void TestProvisioningForms::principalSearchBeyondTheFirstPage()
{
    // 101 users whose names share a prefix, so that the directory holds more than one page; the last one
    // created is not among the first 100 listed.
    QString lastId;
    for (int i = 0; i <= 100; ++i) {
        QJsonObject params{{QStringLiteral("UserName"), QStringLiteral("zzpick%1").arg(i, 3, 10, QLatin1Char('0'))}};
        const ApiResult r = call(m_emu, Service::CloudIdentity, QStringLiteral("CreateUser"), params);
        QVERIFY2(r.ok, qPrintable(r.error.message));
        lastId = r.result.value(QStringLiteral("UserId")).toString();
    }
    QVERIFY(!lastId.isEmpty());

    UserProvisioningsPane pane;
    pane.setSession(m_ci);
    pane.show();
    QVERIFY(waitLoaded(pane));
    QPointer<ProvisioningDialog> dialog = openCreate(pane);
    QVERIFY(dialog);
    QComboBox *combo = dialog->principalCombo();
    QCOMPARE(combo->count(), 100);                 // one page offered
    QCOMPARE(combo->findData(lastId), -1);         // ... without the last user
    QVERIFY(combo->toolTip().contains(QLatin1String("type the start of a name")));

    combo->lineEdit()->clear();
    QTest::keyClicks(combo->lineEdit(), QStringLiteral("zzpick100"));
    QTRY_VERIFY_WITH_TIMEOUT(combo->findData(lastId) >= 0, 10000);
    QCOMPARE(combo->count(), 1);                   // the service's answer, not the first page
    QCOMPARE(combo->currentText(), QStringLiteral("zzpick100"));   // what was typed stays
    combo->setCurrentIndex(combo->findData(lastId));
    QCOMPARE(dialog->draft().principalId, lastId);
    for (const QString &lang : {QStringLiteral("en"), QStringLiteral("zh_CN")}) {
        setLanguage(lang);
        dialog->adjustSize();
        QTest::qWait(100);
        QVERIFY(!screenshot(dialog, QStringLiteral("provisioning-principal-search-%1").arg(lang)).isEmpty());
    }
    setLanguage(QStringLiteral("en"));
    dialog->reject();
}

void TestProvisioningForms::linksInTheMainWindow()
{
    QVERIFY(m_dir.isValid());
    ProfileStore profiles(m_dir.filePath(QStringLiteral("profiles.ini")));
    MemoryCredentialStore credentials;
    MainWindow w(&profiles, &credentials);
    w.resize(1280, 800);
    w.show();
    w.setSession(volcengineProfile(m_emu, QStringLiteral("volc-links")),
                 Credentials{m_emu.accessKey(), m_emu.secret(), QString()});

    // Event → its provisioning, selected.
    QVERIFY(w.setCurrentPane(QStringLiteral("events")));
    auto *events = qobject_cast<ProvisioningEventsPane *>(w.currentPane());
    QVERIFY(events);
    QTRY_VERIFY_WITH_TIMEOUT(events->model()->rowCount() > 0 && !events->model()->isLoading(), 20000);
    const ProvisioningEvent event = events->model()->record(0);
    QVERIFY(!event.provisioningId.isEmpty());
    QVERIFY(events->selectEvents({event.id}));
    QAction *show = events->action(QStringLiteral("showProvisioningAction"));
    QVERIFY(show && show->isEnabled());
    show->trigger();
    QCOMPARE(w.currentPaneId(), QStringLiteral("provisionings"));
    auto *provs = qobject_cast<UserProvisioningsPane *>(w.currentPane());
    QVERIFY(provs);
    QTRY_VERIFY_WITH_TIMEOUT(provs->selectedProvisionings().size() == 1, 20000);
    QCOMPARE(provs->selectedProvisionings().first().id, event.provisioningId);

    // Provisioning → its events (filtered to it).
    provs->action(QStringLiteral("provisioningEventsAction"))->trigger();
    QCOMPARE(w.currentPaneId(), QStringLiteral("events"));
    QCOMPARE(events->provisioningFilter(), event.provisioningId);
    QTRY_VERIFY_WITH_TIMEOUT(!events->model()->isLoading() && events->model()->rowCount() > 0, 20000);
    for (int r = 0; r < events->model()->rowCount(); ++r)
        QCOMPARE(events->model()->record(r).provisioningId, event.provisioningId);
    QVERIFY(events->findChild<QWidget *>(QStringLiteral("eventFilterBar"))->isVisible());
    events->clearProvisioningFilter();
    QVERIFY(events->provisioningFilter().isEmpty());

    // A group → its provisionings (the filter bar says whose; "Show all" clears it).
    const ApiResult all = call(m_emu, Service::CloudIdentity, QStringLiteral("ListUserProvisionings"), {}, true);
    QString groupId;
    for (const QJsonValue &v : all.items)
        if (v.toObject().value(QStringLiteral("PrincipalType")).toString() == QLatin1String("Group"))
            groupId = v.toObject().value(QStringLiteral("PrincipalId")).toString();
    QVERIFY(!groupId.isEmpty());
    QVERIFY(w.navigate(ProvisioningLinks::provisioningsOf(QStringLiteral("Group"), groupId, QStringLiteral("ops"))));
    QCOMPARE(w.currentPaneId(), QStringLiteral("provisionings"));
    QTRY_VERIFY_WITH_TIMEOUT(!provs->model()->isLoading() && provs->model()->hasAnswered(), 20000);
    QTRY_VERIFY(provs->model()->rowCount() > 0);
    for (int r = 0; r < provs->model()->rowCount(); ++r)
        QCOMPARE(provs->model()->record(r).principalId, groupId);
    // The previous selection (the event's provisioning) is gone with the reload, and so is its detail.
    if (provs->selectedProvisionings().isEmpty())
        QVERIFY(provs->detailView()->value(QStringLiteral("Provisioning ID")).isEmpty());
    auto *bar = provs->findChild<QLabel *>(QStringLiteral("provisioningFilterLabel"));
    QVERIFY(bar->isVisible() && bar->text().contains(QLatin1String("ops")));
    screenshot(&w, QStringLiteral("provisionings-of-group-en"));
    provs->findChild<QPushButton *>(QStringLiteral("clearProvisioningFilter"))->click();
    QTRY_VERIFY_WITH_TIMEOUT(!provs->model()->isLoading() && provs->model()->rowCount() > 1, 20000);
    QVERIFY(provs->principalFilter().isEmpty());

    // A pane that does not apply: refused, the window stays where it is.
    NavigationRequest nowhere;
    nowhere.paneId = QStringLiteral("no-such-pane");
    QVERIFY(!w.navigate(nowhere));
    QCOMPARE(w.currentPaneId(), QStringLiteral("provisionings"));
}

void TestProvisioningForms::screenshots()
{
    for (const QString &lang : {QStringLiteral("en"), QStringLiteral("zh_CN")}) {
        setLanguage(lang);
        for (Session *s : {m_ci, m_sso}) {
            const QString cloud = s == m_ci ? QStringLiteral("ci") : QStringLiteral("sso");
            UserProvisioningsPane pane;
            pane.resize(1200, 640);
            pane.setSession(s);
            pane.show();
            QVERIFY(waitLoaded(pane));
            QVERIFY(pane.selectProvisionings({pane.model()->record(0).id}));
            QTest::qWait(300);
            QVERIFY(!screenshot(&pane, QStringLiteral("provisionings-%1-%2").arg(cloud, lang)).isEmpty());
            QPointer<ProvisioningDialog> dialog = openCreate(pane);
            QVERIFY(dialog);
            dialog->submit();   // empty: the errors show on the fields
            dialog->adjustSize();
            QTest::qWait(100);
            QVERIFY(!screenshot(dialog, QStringLiteral("provisioning-create-%1-%2").arg(cloud, lang)).isEmpty());
            dialog->reject();
            QTRY_VERIFY(!dialog);
            if (s == m_sso) {
                pane.editSelected();
                dialog = qobject_cast<ProvisioningDialog *>(pane.activeDialog());
                QVERIFY(dialog);
                dialog->adjustSize();
                QTest::qWait(100);
                QVERIFY(!screenshot(dialog, QStringLiteral("provisioning-edit-%1-%2").arg(cloud, lang)).isEmpty());
                dialog->reject();
                QTRY_VERIFY(!dialog);
            }
        }
        ProvisioningEventsPane events;
        events.resize(1200, 600);
        events.setSession(m_ci);
        events.show();
        QTRY_VERIFY_WITH_TIMEOUT(events.model()->rowCount() > 0 && !events.model()->isLoading(), 20000);
        NavigationRequest r;
        r.paneId = events.paneId();
        r.filters.insert(QStringLiteral("provisioningId"), events.model()->record(0).provisioningId);
        r.label = events.model()->record(0).provisioningId;
        QVERIFY(events.navigate(r));
        QTRY_VERIFY_WITH_TIMEOUT(!events.model()->isLoading() && events.model()->rowCount() > 0, 20000);
        QVERIFY(!screenshot(&events, QStringLiteral("events-of-provisioning-%1").arg(lang)).isEmpty());
    }
    setLanguage(QStringLiteral("en"));
}

QTEST_MAIN(TestProvisioningForms)
#include "tst_provisioningforms.moc"
