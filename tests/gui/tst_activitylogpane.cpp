// SPDX-License-Identifier: GPL-3.0-or-later
// The Activity log pane: every API call of the session (via Session::exchangeFinished) with time, profile,
// service, action, HTTP status, error code, RequestId and latency; kept across profile switches; filters;
// CSV export; never a secret (access key secret, typed password, generated password).
#include "models/ActivityLogFilterProxy.h"
#include "models/ActivityLogModel.h"
#include "activity/ActivityLogPane.h"
#include "DirectoryGuiSupport.h"
#include "EmulatorFixture.h"
#include "directory/ResetPasswordDialog.h"
#include "ScriptedPrompter.h"
#include "cloud/Session.h"
#include "models/UserListModel.h"
#include "directory/UsersPane.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QLineEdit>
#include <QSettings>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace DirectoryGuiSupport;

class TestActivityLogPane : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void recordsEveryCallAcrossProfileSwitches();
    void filtersCopyAndClear();
    void secretsNeverAppear();
    void screenshots();

private:
    int rowsWith(const QString &action) const;

    EmulatorFixture m_emu{{QStringLiteral("--dataset"), QStringLiteral("demo")}};
    ScriptedPrompter m_prompter;
    ActivityLogPane *m_log = nullptr;
};

void TestActivityLogPane::initTestCase()
{
    initSettings(QStringLiteral("tst_activitylogpane"));
    QSettings().clear();
    Prompter::setInstance(&m_prompter);
    QString error;
    QVERIFY2(m_emu.start(&error), qPrintable(error));
    m_log = new ActivityLogPane;
    m_log->resize(1280, 600);
}

void TestActivityLogPane::cleanupTestCase()
{
    delete m_log;
    Prompter::setInstance(nullptr);
    setLanguage(QStringLiteral("en"));
}

int TestActivityLogPane::rowsWith(const QString &action) const
{
    int n = 0;
    for (int r = 0; r < m_log->model()->rowCount(); ++r)
        n += m_log->model()->record(r).action == action;
    return n;
}

void TestActivityLogPane::recordsEveryCallAcrossProfileSwitches()
{
    QString reason;
    QVERIFY(m_log->supports(nullptr, &reason));   // readable even when disconnected
    QCOMPARE(m_log->paneId(), QStringLiteral("activity"));

    // Profile 1: Volcengine, the Users pane lists users.
    Session *volc = newSession(m_emu, volcengineProfile(m_emu), this);
    m_log->setSession(volc);
    UsersPane users;
    users.setSession(volc);
    users.show();
    QTRY_VERIFY_WITH_TIMEOUT(users.model()->hasAnswered() && !users.model()->isLoading(), 15000);
    QTRY_VERIFY(rowsWith(QStringLiteral("ListUsers")) >= 1);
    const ExchangeRecord r = m_log->model()->record(m_log->model()->rowCount() - 1);
    QCOMPARE(r.profile, QStringLiteral("volc-emulator"));
    QCOMPARE(r.service, QStringLiteral("cloudidentity"));
    QCOMPARE(r.httpStatus, 200);
    QVERIFY(!r.requestId.isEmpty());
    QVERIFY(r.elapsedMs >= 0);
    QVERIFY(r.time.isValid());
    const int row = m_log->model()->rowCount() - 1;
    QCOMPARE(m_log->model()->index(row, ActivityLogModel::Profile).data().toString(), QStringLiteral("volc-emulator"));
    QCOMPARE(m_log->model()->index(row, ActivityLogModel::Action).data().toString(), QStringLiteral("ListUsers"));
    QCOMPARE(m_log->model()->index(row, ActivityLogModel::RequestId).data().toString(), r.requestId);
    QCOMPARE(m_log->model()->index(row, ActivityLogModel::HttpStatus).data().toString(), QStringLiteral("200"));

    // A failing call is logged with its HTTP status and error code.
    const int before = m_log->model()->rowCount();
    bool done = false;
    ApiCall *c = volc->client()->call(Service::CloudIdentity, QStringLiteral("GetUser"), {{QStringLiteral("UserId"), QStringLiteral("999")}});
    connect(c, &ApiCall::finished, this, [&] { done = true; });
    QTRY_VERIFY_WITH_TIMEOUT(done, 15000);
    QTRY_COMPARE(m_log->model()->rowCount(), before + 1);
    const ExchangeRecord failed = m_log->model()->record(before);
    QCOMPARE(failed.action, QStringLiteral("GetUser"));
    QCOMPARE(failed.httpStatus, 404);
    QCOMPARE(failed.errorCode, QStringLiteral("UserNotFound"));
    QVERIFY(m_log->model()->index(before, 0).data(ActivityLogModel::IsErrorRole).toBool());

    // Profile switch: the old rows stay, the new profile's calls are added.
    const int volcRows = m_log->model()->rowCount();
    Session *ali = newSession(m_emu, aliyunProfile(m_emu), this);
    users.setSession(ali);
    m_log->setSession(ali);
    delete volc;
    QTRY_VERIFY_WITH_TIMEOUT(users.model()->hasAnswered() && !users.model()->isLoading(), 15000);
    QTRY_VERIFY(m_log->model()->rowCount() > volcRows);
    QCOMPARE(m_log->model()->record(0).profile, QStringLiteral("volc-emulator"));
    bool sawDirectories = false;
    for (int i = volcRows; i < m_log->model()->rowCount(); ++i) {
        QCOMPARE(m_log->model()->record(i).profile, QStringLiteral("aliyun-emulator"));
        QCOMPARE(m_log->model()->record(i).service, QStringLiteral("cloudsso"));
        sawDirectories = sawDirectories || m_log->model()->record(i).action == QLatin1String("ListDirectories");
    }
    QVERIFY(sawDirectories);
    users.setSession(nullptr);
    m_log->setSession(nullptr);
    delete ali;
    // Disconnected: still readable.
    QVERIFY(m_log->model()->rowCount() > volcRows);
}

void TestActivityLogPane::filtersCopyAndClear()
{
    QVERIFY(m_log->model()->rowCount() > 3);
    const int total = m_log->model()->rowCount();
    m_log->errorsOnlyCheck()->setChecked(true);
    QCOMPARE(m_log->proxy()->rowCount(), 1);
    m_log->errorsOnlyCheck()->setChecked(false);
    m_log->serviceFilter()->setCurrentIndex(m_log->serviceFilter()->findData(QStringLiteral("cloudsso")));
    QVERIFY(m_log->proxy()->rowCount() > 0);
    QVERIFY(m_log->proxy()->rowCount() < total);
    m_log->serviceFilter()->setCurrentIndex(0);
    QTest::keyClicks(m_log->filterEdit(), QStringLiteral("listdirectories"));
    QVERIFY(m_log->proxy()->rowCount() >= 1);
    for (int r = 0; r < m_log->proxy()->rowCount(); ++r)
        QCOMPARE(m_log->proxy()->index(r, ActivityLogModel::Action).data().toString(), QStringLiteral("ListDirectories"));
    // Copy copies RequestIds.
    m_log->view()->selectAll();
    m_log->copySelection();
    const QStringList copied = QApplication::clipboard()->text().split(QLatin1Char('\n'));
    QCOMPARE(copied.size(), m_log->proxy()->rowCount());
    QCOMPARE(copied.first(), m_log->proxy()->index(0, ActivityLogModel::RequestId).data().toString());
    // The export writes what is shown.
    QTemporaryDir dir;
    QString error;
    QVERIFY(m_log->exportCsv(dir.filePath(QStringLiteral("log.csv")), &error));
    QFile f(dir.filePath(QStringLiteral("log.csv")));
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll().count('\n'), m_log->proxy()->rowCount() + 1);
    m_log->filterEdit()->clear();
    QCOMPARE(m_log->proxy()->rowCount(), total);

    // Clear asks first.
    ActivityLogPane scratch;
    ExchangeRecord rec;
    rec.action = QStringLiteral("X");
    scratch.addRecord(rec);
    m_prompter.answerConfirm(false);
    scratch.clearLog();
    QCOMPARE(scratch.model()->rowCount(), 1);
    m_prompter.answerConfirm(true);
    scratch.clearLog();
    QCOMPARE(scratch.model()->rowCount(), 0);
}

void TestActivityLogPane::secretsNeverAppear()
{
    Session *volc = newSession(m_emu, volcengineProfile(m_emu, QStringLiteral("volc-secrets")), this);
    m_log->setSession(volc);
    UsersPane users;
    users.setSession(volc);
    users.show();
    QTRY_VERIFY_WITH_TIMEOUT(users.model()->hasAnswered() && !users.model()->isLoading(), 15000);
    QVERIFY(users.selectUsers({users.model()->userId(0)}));
    const QString typed = QStringLiteral("Typed#Secret123");
    users.resetPasswordSelected();
    auto *dialog = qobject_cast<ResetPasswordDialog *>(users.activeDialog());
    QVERIFY(dialog);
    dialog->setTypedPassword(typed, typed);
    QVERIFY(dialog->submit());
    QTRY_VERIFY_WITH_TIMEOUT(dialog->isShowingResult(), 15000);
    dialog->accept();
    QTRY_VERIFY(!users.activeDialog());
    users.resetPasswordSelected();
    dialog = qobject_cast<ResetPasswordDialog *>(users.activeDialog());
    QVERIFY(dialog);
    dialog->setGenerate(true);
    QVERIFY(dialog->submit());
    QTRY_VERIFY_WITH_TIMEOUT(dialog->isShowingResult(), 15000);
    const QString generated = dialog->shownPassword();
    QVERIFY(!generated.isEmpty());
    dialog->accept();
    QTRY_VERIFY(rowsWith(QStringLiteral("ResetPassword")) >= 2);

    QTemporaryDir dir;
    QString error;
    QVERIFY(m_log->exportCsv(dir.filePath(QStringLiteral("log.csv")), &error));
    QFile f(dir.filePath(QStringLiteral("log.csv")));
    QVERIFY(f.open(QIODevice::ReadOnly));
    QByteArray everything = f.readAll();
    // Every role of every cell too, not only the export.
    for (int r = 0; r < m_log->model()->rowCount(); ++r)
        for (int c = 0; c < m_log->model()->columnCount(); ++c)
            for (int role : {int(Qt::DisplayRole), int(Qt::ToolTipRole), int(ActivityLogModel::RawValueRole),
                             int(ActivityLogModel::SearchTextRole)})
                everything += m_log->model()->index(r, c).data(role).toString().toUtf8();
    QVERIFY(everything.contains("ResetPassword"));
    QVERIFY(!everything.contains(m_emu.secret().toUtf8()));
    QVERIFY(!everything.contains(typed.toUtf8()));
    QVERIFY(!everything.contains(generated.toUtf8()));
    QVERIFY(!everything.contains("Signature"));
    QVERIFY(!everything.contains("Authorization"));
    users.setSession(nullptr);
    m_log->setSession(nullptr);
    delete volc;
}

void TestActivityLogPane::screenshots()
{
    m_log->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_log));
    DirectoryGuiSupport::screenshot(m_log, QStringLiteral("activity_log_en"));
    setLanguage(QStringLiteral("zh_CN"));
    QCOMPARE(m_log->model()->headerData(ActivityLogModel::Latency, Qt::Horizontal).toString(), ActivityLogModel::tr("Latency"));
    DirectoryGuiSupport::screenshot(m_log, QStringLiteral("activity_log_zh_CN"));
    setLanguage(QStringLiteral("en"));
}

QTEST_MAIN(TestActivityLogPane)
#include "tst_activitylogpane.moc"
