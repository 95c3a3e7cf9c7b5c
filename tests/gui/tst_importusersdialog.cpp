// SPDX-License-Identifier: GPL-3.0-or-later
// The Users pane's "Import users…" dialog against the real emulator (offscreen), questions answered by the
// ScriptedPrompter: template, preview with per-row status and errors, problems-only filter, dry run (writes
// nothing), import with confirmation, the same file again (skipped), update existing, cancel, failed-row export
// read back, accessible names on every control; pool mode from the pools pane (Agent Identity pool users), grabbed
// in English and Chinese (build/screenshots/importusers-pool-{en,zh}.png).
#include "cloud/DirectoryBackend.h"
#include "cloud/Session.h"
#include "directory/ImportUsersDialog.h"
#include "directory/UsersPane.h"
#include "models/UserPoolModel.h"
#include "pools/UserPoolsPane.h"
#include "DirectoryGuiSupport.h"
#include "EmulatorFixture.h"
#include "import/ImportPlanner.h"
#include "models/ImportPreviewFilterProxy.h"
#include "models/ImportPreviewModel.h"
#include "models/UserListModel.h"
#include "ScriptedPrompter.h"

#include <QAbstractButton>
#include <QAction>
#include <QCheckBox>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTreeView>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <memory>

using namespace DirectoryGuiSupport;

namespace {
bool writeFile(const QString &path, const QByteArray &data)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(data) == data.size();
}

int statusCount(const ImportPreviewModel *m, const QString &key)
{
    int n = 0;
    for (int r = 0; r < m->rowCount(); ++r)
        if (m->index(r, 0).data(ImportPreviewModel::StatusRole).toString() == key)
            ++n;
    return n;
}
} // namespace

class TestImportUsersDialog : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void init() { m_prompter.clear(); }
    void fromUsersPaneCloudIdentity();
    void cloudSsoUpdateExistingAndCancel();
    void badFileShowsError();
    void poolModeFromPoolsPane();

private:
    QStringList ciUserNames(const QString &prefix);
    bool waitIdle(ImportUsersDialog *d) { return QTest::qWaitFor([d] { return !d->isRunning(); }, 60000); }

    EmulatorFixture m_emu{{QStringLiteral("--dataset"), QStringLiteral("demo")}};
    ScriptedPrompter m_prompter;
    Session *m_ci = nullptr;
    Session *m_sso = nullptr;
    QTemporaryDir m_dir;
};

void TestImportUsersDialog::initTestCase()
{
    initSettings(QStringLiteral("tst_importusersdialog"));
    QSettings().clear();
    Prompter::setInstance(&m_prompter);
    QString error;
    QVERIFY2(m_emu.start(&error), qPrintable(error));
    m_ci = newSession(m_emu, volcengineProfile(m_emu), this);
    m_sso = newSession(m_emu, aliyunProfile(m_emu), this);
    m_sso->setDirectoryId(ssoDirectory(m_emu));
    QVERIFY(m_dir.isValid());
}

void TestImportUsersDialog::cleanupTestCase()
{
    Prompter::setInstance(nullptr);
}

QStringList TestImportUsersDialog::ciUserNames(const QString &prefix)
{
    const ApiResult r = call(m_emu, Service::CloudIdentity, QStringLiteral("ListUsers"),
                             {{QStringLiteral("QueryString"), prefix}}, true);
    QStringList names;
    for (const QJsonValue &v : r.items)
        if (v.toObject().value(QStringLiteral("UserName")).toString().startsWith(prefix))
            names << v.toObject().value(QStringLiteral("UserName")).toString();
    names.sort();
    return names;
}

void TestImportUsersDialog::fromUsersPaneCloudIdentity()
{
    UsersPane pane;
    pane.setSession(m_ci);
    pane.resize(1000, 700);
    pane.show();
    QVERIFY(QTest::qWaitForWindowExposed(&pane));
    QVERIFY(QTest::qWaitFor([&] { return pane.model()->hasAnswered() && !pane.model()->isLoading(); }, 20000));
    auto *action = pane.findChild<QAction *>(QStringLiteral("importUsersAction"));
    QVERIFY(action);
    QVERIFY(action->isEnabled());
    QCOMPARE(action->text(), QStringLiteral("Import users…"));
    action->trigger();
    auto *d = qobject_cast<ImportUsersDialog *>(pane.activeDialog());
    QVERIFY(d);
    QVERIFY(QTest::qWaitForWindowExposed(d));

    // Every control has an accessible name.
    const auto widgets = d->findChildren<QWidget *>();
    for (QWidget *w : widgets) {
        // Parts of the table (header views, corner button) are the view's own.
        bool insideView = false;
        for (QWidget *p = w->parentWidget(); p && p != d; p = p->parentWidget())
            insideView = insideView || qobject_cast<QAbstractItemView *>(p);
        const bool interactive = !insideView && (qobject_cast<QAbstractButton *>(w) || qobject_cast<QLineEdit *>(w)
                                 || qobject_cast<QAbstractItemView *>(w) || qobject_cast<QProgressBar *>(w));
        if (interactive)
            QVERIFY2(!w->accessibleName().isEmpty(), qPrintable(w->objectName() + QStringLiteral(" has no accessible name")));
    }
    QVERIFY(!d->importButton()->isEnabled());
    QVERIFY(!d->dryRunButton()->isEnabled());

    // Template.
    const QString templ = m_dir.filePath(QStringLiteral("template.csv"));
    m_prompter.answerSaveFile(templ);
    QTest::mouseClick(d->templateButton(), Qt::LeftButton);
    QFile tf(templ);
    QVERIFY(tf.open(QIODevice::ReadOnly));
    QCOMPARE(tf.readAll(), QByteArray("\xEF\xBB\xBFUserName,DisplayName,Description,Email,Phone\r\n"));

    // A file: 5 valid users, a bad e-mail, a duplicate.
    QByteArray csv = "UserName,DisplayName,Email,Phone\r\n";
    for (int i = 1; i <= 5; ++i)
        csv += QStringLiteral("guiimp-%1,\"图形 %1, GUI\",guiimp-%1@example.com,+86-10-100%1\r\n").arg(i).toUtf8();
    csv += "guiimp-bad,Bad,not-an-address,\r\n";
    csv += "guiimp-1,Again,,\r\n";
    const QString file = m_dir.filePath(QStringLiteral("users.csv"));
    QVERIFY(writeFile(file, csv));
    d->fileEdit()->setText(file);
    QTest::mouseClick(d->loadButton(), Qt::LeftButton);
    ImportPreviewModel *m = d->model();
    QCOMPARE(m->rowCount(), 7);
    QCOMPARE(m->index(5, ImportPreviewModel::StatusColumn).data().toString(), QStringLiteral("Invalid"));
    QVERIFY(m->index(5, m->detailsColumn()).data().toString().startsWith(QStringLiteral("Email: ")));
    QVERIFY(m->index(6, m->detailsColumn()).data().toString().contains(QStringLiteral("row 2")));
    QCOMPARE(m->index(0, ImportPreviewModel::StatusColumn).data().toString(), QStringLiteral("Valid"));
    QCOMPARE(m->index(0, ImportPreviewModel::RowColumn).data(ImportPreviewModel::RawValueRole).toInt(), 2);
    QCOMPARE(m->headerData(ImportPreviewModel::FirstValueColumn, Qt::Horizontal).toString(), QStringLiteral("UserName"));
    QVERIFY2(d->fileInfoLabel()->text().contains(QStringLiteral("5 valid")), qPrintable(d->fileInfoLabel()->text()));
    d->problemsOnlyCheck()->setChecked(true);
    QCOMPARE(d->proxy()->rowCount(), 2);
    d->problemsOnlyCheck()->setChecked(false);
    QCOMPARE(d->proxy()->rowCount(), 7);
    // The validation problems were worded when the file was read; a language switch words them again.
    {
        const auto details = [m](int row) { return m->index(row, m->detailsColumn()).data().toString(); };
        const auto hasCjk = [](const QString &text) {
            return std::any_of(text.begin(), text.end(), [](QChar c) { return c.unicode() >= 0x4E00 && c.unicode() <= 0x9FFF; });
        };
        const QString badEmail = details(5), repeated = details(6);
        QVERIFY(!hasCjk(badEmail) && !hasCjk(repeated));
        screenshot(d, QStringLiteral("importusers-invalid-rows-en"));
        setLanguage(QStringLiteral("zh_CN"));
        QTRY_VERIFY2(hasCjk(details(5)), qPrintable(details(5)));
        QVERIFY2(details(5).startsWith(QStringLiteral("Email")), qPrintable(details(5))); // column names stay
        QVERIFY2(hasCjk(details(6)) && details(6).contains(QLatin1Char('2')), qPrintable(details(6)));
        screenshot(d, QStringLiteral("importusers-invalid-rows-zh"));
        setLanguage(QStringLiteral("en"));
        QTRY_COMPARE(details(5), badEmail);
        QCOMPARE(details(6), repeated);
    }
    QVERIFY(d->importButton()->isEnabled());
    QVERIFY(d->exportButton()->isEnabled()); // invalid rows can be exported before running

    // Dry run: nothing written.
    QTest::mouseClick(d->dryRunButton(), Qt::LeftButton);
    QVERIFY(waitIdle(d));
    QCOMPARE(statusCount(m, QStringLiteral("would-create")), 5);
    QCOMPARE(statusCount(m, QStringLiteral("invalid")), 2);
    QVERIFY2(d->summaryLabel()->text().contains(QStringLiteral("Dry run")), qPrintable(d->summaryLabel()->text()));
    QCOMPARE(ciUserNames(QStringLiteral("guiimp-")).size(), 0);

    // Import, declined then confirmed.
    m_prompter.answerConfirm(false);
    QTest::mouseClick(d->importButton(), Qt::LeftButton);
    QVERIFY(!d->isRunning());
    QCOMPARE(ciUserNames(QStringLiteral("guiimp-")).size(), 0);
    QSignalSpy finished(d, &ImportUsersDialog::importFinished);
    m_prompter.answerConfirm(true);
    QTest::mouseClick(d->importButton(), Qt::LeftButton);
    QVERIFY(m_prompter.last(QStringLiteral("confirm")).text.contains(QStringLiteral("5 valid row(s)")));
    QVERIFY(d->cancelButton()->isVisible() || !d->isRunning());
    QVERIFY(waitIdle(d));
    QVERIFY2(statusCount(m, QStringLiteral("created")) == 5, qPrintable(d->summaryLabel()->text() + QLatin1Char(' ')
                                                                          + m->index(0, m->detailsColumn()).data().toString()));
    QCOMPARE(finished.count(), 1);
    QCOMPARE(finished.first().at(0).toInt(), 5);
    QVERIFY2(d->summaryLabel()->text().contains(QStringLiteral("5 created")), qPrintable(d->summaryLabel()->text()));
    QCOMPARE(ciUserNames(QStringLiteral("guiimp-")),
             (QStringList{"guiimp-1", "guiimp-2", "guiimp-3", "guiimp-4", "guiimp-5"}));

    // Failed rows out, and back in: the same columns plus Error.
    const QString failed = m_dir.filePath(QStringLiteral("failed.csv"));
    m_prompter.answerSaveFile(failed);
    QTest::mouseClick(d->exportButton(), Qt::LeftButton);
    const ImportPlanner::Parsed back = ImportPlanner::parseFile(d->target(), failed);
    QVERIFY2(back.ok(), qPrintable(back.error));
    QCOMPARE(back.rows.size(), 2);
    QCOMPARE(back.fileHeaders.last(), QStringLiteral("Error"));
    QCOMPARE(back.rows.at(0).values.value(QStringLiteral("UserName")), QStringLiteral("guiimp-bad"));

    // The same file again: nothing created.
    m_prompter.answerConfirm(true);
    QTest::mouseClick(d->importButton(), Qt::LeftButton);
    QVERIFY(waitIdle(d));
    QCOMPARE(statusCount(m, QStringLiteral("skipped")), 5);
    QCOMPARE(statusCount(m, QStringLiteral("created")), 0);
    QCOMPARE(ciUserNames(QStringLiteral("guiimp-")).size(), 5);

    QTest::mouseClick(d->closeButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!pane.activeDialog(), 5000);
    QVERIFY(m_prompter.unexpected().isEmpty());
}

void TestImportUsersDialog::cloudSsoUpdateExistingAndCancel()
{
    std::unique_ptr<DirectoryBackend> backend(DirectoryBackend::create(m_sso));
    ImportUsersDialog d(backend.get());
    d.show();
    QVERIFY(QTest::qWaitForWindowExposed(&d));
    QVERIFY(d.windowTitle().contains(QStringLiteral("CloudSSO")));
    QByteArray csv = "UserName,FirstName,LastName,DisplayName,Email\r\n";
    for (int i = 1; i <= 3; ++i)
        csv += QStringLiteral("ssogui-%1,Fang%1,Wang,王芳 %1,ssogui-%1@example.com\r\n").arg(i).toUtf8();
    const QString file = m_dir.filePath(QStringLiteral("sso.csv"));
    QVERIFY(writeFile(file, csv));
    QVERIFY(d.loadFile(file));
    m_prompter.answerConfirm(true);
    d.startImport();
    QVERIFY(waitIdle(&d));
    QCOMPARE(statusCount(d.model(), QStringLiteral("created")), 3);

    // Change one display name; with "update existing" only that row is updated.
    csv.replace("王芳 2", "王芳 two");
    QVERIFY(writeFile(file, csv));
    QVERIFY(d.loadFile(file));
    d.updateExistingCheck()->setChecked(true);
    d.startDryRun();
    QVERIFY(waitIdle(&d));
    QCOMPARE(statusCount(d.model(), QStringLiteral("would-update")), 1);
    QCOMPARE(statusCount(d.model(), QStringLiteral("skipped")), 2);
    // The row notes are worded when shown: a language switch re-words them (they were planned in English).
    {
        const ImportPreviewModel *m = d.model();
        const auto detailsOf = [m](const QString &status) {
            for (int r = 0; r < m->rowCount(); ++r)
                if (m->index(r, 0).data(ImportPreviewModel::StatusRole).toString() == status)
                    return m->index(r, m->detailsColumn()).data().toString();
            return QString();
        };
        QCOMPARE(detailsOf(QStringLiteral("skipped")), QStringLiteral("The user exists (unchanged)."));
        QCOMPARE(detailsOf(QStringLiteral("would-update")), QStringLiteral("Changes: DisplayName."));
        QSignalSpy changed(d.model(), &QAbstractItemModel::dataChanged);
        setLanguage(QStringLiteral("zh_CN"));
        QTRY_COMPARE(detailsOf(QStringLiteral("skipped")), QStringLiteral("用户已存在（无变化）。"));
        QCOMPARE(detailsOf(QStringLiteral("would-update")), QStringLiteral("变更：DisplayName。"));
        QVERIFY(!changed.isEmpty());   // the view was told to repaint
        setLanguage(QStringLiteral("en"));
        QTRY_COMPARE(detailsOf(QStringLiteral("skipped")), QStringLiteral("The user exists (unchanged)."));
    }
    m_prompter.answerConfirm(true);
    d.startImport();
    QVERIFY(m_prompter.last(QStringLiteral("confirm")).text.contains(QStringLiteral("updated")));
    QVERIFY(waitIdle(&d));
    QCOMPARE(statusCount(d.model(), QStringLiteral("updated")), 1);
    const ApiResult users = call(m_emu, Service::CloudSso, QStringLiteral("ListUsers"),
                                 {{QStringLiteral("DirectoryId"), m_sso->directoryId()},
                                  {QStringLiteral("Filter"), QStringLiteral("UserName sw ssogui-")}}, true);
    int checked = 0;
    for (const QJsonValue &v : users.items) {
        const QJsonObject u = v.toObject();
        if (u.value(QStringLiteral("UserName")).toString() == QLatin1String("ssogui-2")) {
            QCOMPARE(u.value(QStringLiteral("DisplayName")).toString(), QStringLiteral("王芳 two"));
            QCOMPARE(u.value(QStringLiteral("FirstName")).toString(), QStringLiteral("Fang2"));
            ++checked;
        }
    }
    QCOMPARE(checked, 1);

    // Cancel at once: nothing is sent, every valid row is reported "not sent", and can be exported.
    QByteArray more = "UserName\r\n";
    for (int i = 1; i <= 20; ++i)
        more += QStringLiteral("ssocancel-%1\r\n").arg(i).toUtf8();
    QVERIFY(writeFile(file, more));
    QVERIFY(d.loadFile(file));
    d.updateExistingCheck()->setChecked(false);
    m_prompter.answerConfirm(true);
    d.startImport();
    QVERIFY(d.isRunning());
    QVERIFY(d.cancelButton()->isVisible());
    QTest::mouseClick(d.cancelButton(), Qt::LeftButton);
    QVERIFY(waitIdle(&d));
    QCOMPARE(statusCount(d.model(), QStringLiteral("cancelled")), 20);
    QCOMPARE(d.model()->index(0, ImportPreviewModel::StatusColumn).data().toString(), QStringLiteral("Not sent"));
    QVERIFY(d.exportButton()->isEnabled());
    const ApiResult none = call(m_emu, Service::CloudSso, QStringLiteral("ListUsers"),
                                {{QStringLiteral("DirectoryId"), m_sso->directoryId()},
                                 {QStringLiteral("Filter"), QStringLiteral("UserName sw ssocancel-")}}, true);
    QCOMPARE(none.items.size(), 0);
    QVERIFY(m_prompter.unexpected().isEmpty());
}

void TestImportUsersDialog::badFileShowsError()
{
    std::unique_ptr<DirectoryBackend> backend(DirectoryBackend::create(m_ci));
    ImportUsersDialog d(backend.get());
    const QString file = m_dir.filePath(QStringLiteral("bad.csv"));
    QVERIFY(writeFile(file, "Login,Mail\r\nx,y\r\n"));
    QVERIFY(!d.loadFile(file));
    QVERIFY2(d.fileInfoLabel()->text().contains(QStringLiteral("Login")), qPrintable(d.fileInfoLabel()->text()));
    QCOMPARE(d.model()->rowCount(), 0);
    QVERIFY(!d.importButton()->isEnabled());
    QVERIFY(!d.dryRunButton()->isEnabled());
    QVERIFY(!d.loadFile(m_dir.filePath(QStringLiteral("missing.csv"))));
    QVERIFY(!d.fileInfoLabel()->text().isEmpty());
}

void TestImportUsersDialog::poolModeFromPoolsPane()
{
    const ApiResult created = call(m_emu, Service::Id, QStringLiteral("CreateUserPool"), {{QStringLiteral("Name"), QStringLiteral("gui-import-pool")}});
    QVERIFY2(created.ok, qPrintable(created.error.toString()));
    const QString uid = created.result.value(QStringLiteral("Uid")).toString().isEmpty()
                            ? created.result.value(QStringLiteral("UserPoolUid")).toString()
                            : created.result.value(QStringLiteral("Uid")).toString();
    QVERIFY(!uid.isEmpty());
    auto poolUserCount = [&] {
        const ApiResult r = call(m_emu, Service::Id, QStringLiteral("ListUsers"), {{QStringLiteral("UserPoolUid"), uid}});
        return r.ok ? r.result.value(QStringLiteral("TotalCount")).toInt() : -1;
    };
    QCOMPARE(poolUserCount(), 0);

    UserPoolsPane pane;
    pane.setSession(m_ci);
    pane.resize(1000, 700);
    pane.show();
    QVERIFY(QTest::qWaitForWindowExposed(&pane));
    QTRY_VERIFY_WITH_TIMEOUT(pane.model()->rowCount() > 0 && !pane.isLoading(), 20000);
    auto *action = pane.findChild<QAction *>(QStringLiteral("importPoolUsersAction"));
    QVERIFY(action);
    pane.view()->clearSelection();
    QVERIFY(!action->isEnabled());          // one pool must be selected
    QVERIFY(pane.selectPool(uid));
    QTRY_VERIFY(action->isEnabled());
    QCOMPARE(action->text(), QStringLiteral("Import users from CSV…"));
    action->trigger();
    auto *d = pane.findChild<ImportUsersDialog *>();
    QVERIFY(d);
    QVERIFY(QTest::qWaitForWindowExposed(d));
    QVERIFY2(d->windowTitle().contains(QStringLiteral("gui-import-pool")), qPrintable(d->windowTitle()));
    QCOMPARE(d->target().service, QStringLiteral("id"));
    for (QWidget *w : d->findChildren<QWidget *>()) {
        bool insideView = false;
        for (QWidget *p = w->parentWidget(); p && p != d; p = p->parentWidget())
            insideView = insideView || qobject_cast<QAbstractItemView *>(p);
        if (!insideView && (qobject_cast<QAbstractButton *>(w) || qobject_cast<QLineEdit *>(w)))
            QVERIFY2(!w->accessibleName().isEmpty(), qPrintable(w->objectName()));
    }

    // The template is exactly CreateUser's parameter names.
    const QString templ = m_dir.filePath(QStringLiteral("pool-template.csv"));
    m_prompter.answerSaveFile(templ);
    QTest::mouseClick(d->templateButton(), Qt::LeftButton);
    QFile tf(templ);
    QVERIFY(tf.open(QIODevice::ReadOnly));
    QCOMPARE(tf.readAll(), ImportTarget::poolUsers().templateCsv());

    // 3 valid rows (one keyed by Email only), a bad user name, a row with neither key.
    const QString file = m_dir.filePath(QStringLiteral("pool-users.csv"));
    QVERIFY(writeFile(file, "PreferredUsername,Email,PhoneNumber,Name,EmailVerified\r\n"
                            "gp-1,gp-1@example.com,,池用户 1,true\r\n"
                            "gp-2,gp-2@example.com,,池用户 2,false\r\n"
                            ",gp-3@example.com,,池用户 3,\r\n"
                            "gp bad,,,Bad,\r\n"
                            ",,+8613800000000,No key,\r\n"));
    d->fileEdit()->setText(file);
    QTest::mouseClick(d->loadButton(), Qt::LeftButton);
    ImportPreviewModel *m = d->model();
    QCOMPARE(m->rowCount(), 5);
    QCOMPARE(m->headerData(ImportPreviewModel::FirstValueColumn, Qt::Horizontal).toString(), QStringLiteral("PreferredUsername"));
    QCOMPARE(m->index(3, ImportPreviewModel::StatusColumn).data().toString(), QStringLiteral("Invalid"));
    QVERIFY(m->index(3, m->detailsColumn()).data().toString().startsWith(QStringLiteral("PreferredUsername: ")));
    QCOMPARE(m->index(4, ImportPreviewModel::StatusColumn).data().toString(), QStringLiteral("Invalid"));
    QVERIFY2(d->fileInfoLabel()->text().contains(QStringLiteral("3 valid")), qPrintable(d->fileInfoLabel()->text()));

    QTest::mouseClick(d->dryRunButton(), Qt::LeftButton);
    QVERIFY(waitIdle(d));
    QCOMPARE(statusCount(m, QStringLiteral("would-create")), 3);
    QCOMPARE(poolUserCount(), 0);

    m_prompter.answerConfirm(true);
    QTest::mouseClick(d->importButton(), Qt::LeftButton);
    QVERIFY(m_prompter.last(QStringLiteral("confirm")).text.contains(QStringLiteral("gui-import-pool")));
    QVERIFY(waitIdle(d));
    QVERIFY2(statusCount(m, QStringLiteral("created")) == 3, qPrintable(d->summaryLabel()->text()));
    QCOMPARE(poolUserCount(), 3);
    d->resize(1100, 560);
    const QString en = screenshot(d, QStringLiteral("importusers-pool-en"));
    QVERIFY(!en.isEmpty());

    // Again: recognised, nothing created.
    m_prompter.answerConfirm(true);
    QTest::mouseClick(d->importButton(), Qt::LeftButton);
    QVERIFY(waitIdle(d));
    QCOMPARE(statusCount(m, QStringLiteral("skipped")), 3);
    QCOMPARE(poolUserCount(), 3);

    // Failed rows out and back in with the pool's columns.
    const QString failed = m_dir.filePath(QStringLiteral("pool-failed.csv"));
    m_prompter.answerSaveFile(failed);
    QTest::mouseClick(d->exportButton(), Qt::LeftButton);
    const ImportPlanner::Parsed back = ImportPlanner::parseFile(d->target(), failed);
    QVERIFY2(back.ok(), qPrintable(back.error));
    QCOMPARE(back.rows.size(), 2);
    QCOMPARE(back.rows.at(0).values.value(QStringLiteral("PreferredUsername")), QStringLiteral("gp bad"));

    setLanguage(QStringLiteral("zh_CN"));
    const QString zh = screenshot(d, QStringLiteral("importusers-pool-zh"));
    setLanguage(QStringLiteral("en"));
    QVERIFY(!zh.isEmpty());
    QTest::mouseClick(d->closeButton(), Qt::LeftButton);
    QVERIFY(m_prompter.unexpected().isEmpty());
}

QTEST_MAIN(TestImportUsersDialog)
#include "tst_importusersdialog.moc"
