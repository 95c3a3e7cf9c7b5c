// SPDX-License-Identifier: GPL-3.0-or-later
// The applications pane against the real emulator (demo dataset): the list of one pool, the pool picker and the
// link from the pools pane, the detail read in full, the ClientSecret only on demand (and nowhere else: not in
// the model, the CSV export, the activity log or the log output), create with every field (the settings
// CreateUserPoolClient does not take follow in one UpdateUserPoolClient), validation errors under the fields,
// edit sending only the changed fields, delete through the Prompter. Screenshots in English and Chinese.
#include "PoolPaneTestSupport.h"
#include "ScriptedPrompter.h"
#include "api/ExchangeRecord.h"
#include "cloud/Session.h"
#include "models/ActivityLogModel.h"
#include "models/RecordFilterProxy.h"
#include "pools/PoolClientDialog.h"
#include "pools/PoolClientsPane.h"
#include "pools/UserPoolDetailView.h"
#include "pools/UserPoolsPane.h"
#include "models/UserPoolModel.h"
#include "shell/LanguageManager.h"
#include "widgets/DetailView.h"
#include "widgets/PaneStateWidget.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QScrollArea>
#include <QSpinBox>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace PoolPaneTestSupport;

namespace {
QStringList g_messages;   // every qDebug/qWarning/... while the test runs
QtMessageHandler g_previous = nullptr;
void capture(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    g_messages << message;
    if (g_previous)
        g_previous(type, context, message);
}
}

class TestPoolClientsPane : public QObject
{
    Q_OBJECT

private:
    ScriptedPrompter m_prompter;
    EmulatorFixture m_emu{{QStringLiteral("--dataset"), QStringLiteral("demo")}};
    Session *m_session = nullptr;
    PoolClientsPane *m_pane = nullptr;
    ActivityLogModel *m_activity = nullptr;
    QString m_poolUid;   // a demo pool with applications
    QString m_revealed;  // the secret the pane showed

    PoolClientDialog *dialog() const { return qobject_cast<PoolClientDialog *>(m_pane->activeDialog()); }
    // Activity log rows that mention this action.
    int exchangesOf(const QString &action) const
    {
        int n = 0;
        for (int r = 0; r < m_activity->rowCount(); ++r) {
            bool hit = false;
            for (int c = 0; c < m_activity->columnCount(); ++c)
                hit = hit || m_activity->index(r, c).data().toString() == action;
            n += hit ? 1 : 0;
        }
        return n;
    }
    int rowOf(const QString &name) const
    {
        for (int r = 0; r < m_pane->model()->rowCount(); ++r)
            if (m_pane->model()->record(r).name == name)
                return r;
        return -1;
    }

private slots:
    void initTestCase()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        g_previous = qInstallMessageHandler(capture);
        Prompter::setInstance(&m_prompter);
        QString error;
        QVERIFY2(m_emu.start(&error), qPrintable(error));
        m_session = new Session(volcProfile(m_emu.endpoint(), m_emu.accessKey()),
                                Credentials{m_emu.accessKey(), m_emu.secret(), QString()}, this);
        m_activity = new ActivityLogModel(this);
        connect(m_session, &Session::exchangeFinished, m_activity, &ActivityLogModel::append);
        ServerReader server(m_emu);
        for (const UserPool &p : server.pools())
            if (p.totalClients >= 3 && m_poolUid.isEmpty())
                m_poolUid = p.uid;
        QVERIFY2(!m_poolUid.isEmpty(), "the demo dataset has a pool with applications");
        m_pane = new PoolClientsPane;
        m_pane->resize(1200, 640);
        m_pane->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_pane));
    }

    void cleanupTestCase()
    {
        delete m_pane;
        delete m_session;
        Prompter::setInstance(nullptr);
        qInstallMessageHandler(g_previous);
    }

    // The pools are listed when the pane is first shown (or navigated to), not when the session starts.
    void aPaneNeverShownNeverListsPools()
    {
        const int before = exchangesOf(QStringLiteral("ListUserPools"));
        auto *hidden = new PoolClientsPane;
        hidden->setSession(m_session);
        QTest::qWait(600);
        QCOMPARE(exchangesOf(QStringLiteral("ListUserPools")), before);
        hidden->resize(900, 500);
        hidden->show();
        QTRY_COMPARE_WITH_TIMEOUT(exchangesOf(QStringLiteral("ListUserPools")), before + 1, 20000);
        QTRY_VERIFY_WITH_TIMEOUT(hidden->poolCombo()->count() > 0, 20000);
        // Shown again: no second listing.
        hidden->hide();
        hidden->show();
        QTest::qWait(300);
        QCOMPARE(exchangesOf(QStringLiteral("ListUserPools")), before + 1);
        delete hidden;
    }

    void unsupportedWithoutSession()
    {
        QString reason;
        QVERIFY(!m_pane->supports(nullptr, &reason));
        QVERIFY(!reason.isEmpty());
        m_pane->setSession(nullptr);
        QCOMPARE(m_pane->listState()->state(), PaneStateWidget::State::Empty);
        QVERIFY(!m_pane->action(QStringLiteral("poolClientsNewAction"))->isEnabled());
    }

    void listsTheApplicationsOfThePoolAskedFor()
    {
        QSignalSpy loaded(m_pane, &PoolObjectsPane::listLoaded);
        m_pane->setSession(m_session);
        NavigationRequest request;
        request.paneId = m_pane->paneId();
        request.filters.insert(QStringLiteral("poolUid"), m_poolUid);
        QVERIFY(m_pane->navigate(request));
        QTRY_VERIFY_WITH_TIMEOUT(m_pane->poolUid() == m_poolUid && !m_pane->isLoading() && loaded.count() > 0, 20000);
        QTRY_COMPARE_WITH_TIMEOUT(m_pane->poolCombo()->currentData().toString(), m_poolUid, 20000);
        QTRY_VERIFY_WITH_TIMEOUT(!m_pane->isLoading(), 20000);
        ServerReader server(m_emu);
        const int expected = server.pool(m_poolUid).totalClients;
        QCOMPARE(m_pane->model()->rowCount(), expected);
        QCOMPARE(m_pane->listState()->state(), PaneStateWidget::State::Content);
        // Types read as people's words; the raw value sorts and exports.
        QStringList types;
        for (int r = 0; r < m_pane->model()->rowCount(); ++r)
            types << m_pane->model()->index(r, PoolClientColumns::ClientType).data().toString();
        QVERIFY2(types.contains(QStringLiteral("Web application")), qPrintable(types.join(',')));
        QVERIFY(!types.contains(QStringLiteral("WEB_APPLICATION")));
        QVERIFY(m_pane->summaryLabel()->text().contains(QString::number(expected)));
        // The quick filter narrows the loaded rows.
        m_pane->searchEdit()->setText(QStringLiteral("mobile"));
        QTRY_COMPARE(m_pane->proxy()->rowCount(), 1);
        m_pane->searchEdit()->clear();
        QTRY_COMPARE(m_pane->proxy()->rowCount(), expected);
    }

    void poolsPaneCountOpensThisPane()
    {
        UserPoolsPane pools;
        pools.resize(900, 500);
        pools.show();
        QSignalSpy loaded(&pools, &UserPoolsPane::loaded);
        pools.setSession(m_session);
        QVERIFY(loaded.wait(20000));
        QVERIFY(pools.selectPool(m_poolUid));
        QSignalSpy open(&pools, &Pane::navigationRequested);
        QVERIFY(pools.detailView()->activateCountLink(QStringLiteral("TotalClients")));
        QCOMPARE(open.count(), 1);
        QCOMPARE(open.first().at(0).value<NavigationRequest>().paneId, m_pane->paneId());
        QCOMPARE(open.first().at(0).value<NavigationRequest>().filters.value(QStringLiteral("poolUid")), m_poolUid);
        QVERIFY(pools.detailView()->activateCountLink(QStringLiteral("TotalConnections")));
        QCOMPARE(open.last().at(0).value<NavigationRequest>().paneId, QStringLiteral("identityproviders"));
        QVERIFY(!pools.detailView()->activateCountLink(QStringLiteral("Name")));   // not a link
    }

    void detailReadsEverySettingButNotTheSecret()
    {
        const int row = rowOf(QStringLiteral("web-shop"));
        QVERIFY(row >= 0);
        const QString uid = m_pane->model()->record(row).uid;
        QVERIFY(m_pane->selectIds({uid}));
        QTRY_VERIFY_WITH_TIMEOUT(m_pane->model()->recordById(uid).complete, 15000);
        QTRY_VERIFY(!m_pane->detailView()->value(QStringLiteral("Callback URLs")).isEmpty());
        QCOMPARE(m_pane->detailView()->value(QStringLiteral("Client ID")), uid);
        // The full read carried the secret: neither the model nor the detail panel kept it.
        ServerReader server(m_emu);
        const QString secret = server.getClient(m_poolUid, uid).clientSecret;
        QVERIFY(secret.size() >= 16);
        QVERIFY(m_pane->model()->recordById(uid).clientSecret.isEmpty());
        QVERIFY(m_pane->secretField());
        QVERIFY(m_pane->secretField()->text().isEmpty());
        for (const QString &key : m_pane->detailView()->keys())
            QVERIFY2(!m_pane->detailView()->value(key).contains(secret), qPrintable(key));
    }

    void secretOnlyOnDemandAndNeverLogged()
    {
        const PoolClient selected = m_pane->selectedClient();
        QVERIFY(selected.isValid());
        ServerReader server(m_emu);
        const QString secret = server.getClient(m_poolUid, selected.uid).clientSecret;
        QVERIFY(!secret.isEmpty());
        QCOMPARE(m_pane->secretField()->echoMode(), QLineEdit::Password);

        QSignalSpy fetched(m_pane, &PoolClientsPane::secretFetched);
        QTest::mouseClick(m_pane->showSecretButton(), Qt::LeftButton);
        QVERIFY(fetched.wait(15000));
        QCOMPARE(fetched.first().first().toBool(), true);
        QCOMPARE(m_pane->secretField()->text(), secret);
        QCOMPARE(m_pane->secretField()->echoMode(), QLineEdit::Normal);
        m_revealed = secret;
        // Hide drops the value.
        QTest::mouseClick(m_pane->showSecretButton(), Qt::LeftButton);
        QVERIFY(m_pane->secretField()->text().isEmpty());
        // Copy: on the clipboard, not in the field.
        QApplication::clipboard()->clear();
        QTest::mouseClick(m_pane->copySecretButton(), Qt::LeftButton);
        QVERIFY(fetched.wait(15000));
        QCOMPARE(QApplication::clipboard()->text(), secret);
        QVERIFY(m_pane->secretField()->text().isEmpty());
        QApplication::clipboard()->clear();

        // Nowhere else: the model (every role of every cell), the CSV export, the activity log, the log output.
        for (int r = 0; r < m_pane->model()->rowCount(); ++r)
            for (int c = 0; c < m_pane->model()->columnCount(); ++c)
                for (int role : {int(Qt::DisplayRole), int(Qt::ToolTipRole), int(RecordTableModelBase::RawValueRole),
                                 int(RecordTableModelBase::SearchTextRole), int(RecordTableModelBase::IdRole)})
                    QVERIFY(!m_pane->model()->index(r, c).data(role).toString().contains(secret));
        QTemporaryDir dir;
        const QString csv = dir.filePath(QStringLiteral("apps.csv"));
        QString error;
        for (int c = 0; c < m_pane->model()->columnCount(); ++c)
            m_pane->view()->setColumnHidden(c, false);   // every column exported
        QVERIFY2(m_pane->exportCsv(csv, &error), qPrintable(error));
        QFile f(csv);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray exported = f.readAll();
        QVERIFY(exported.contains(selected.uid.toUtf8()));   // the export did run
        QVERIFY2(!exported.contains(secret.toUtf8()), "the CSV export holds the client secret");
        QVERIFY(m_activity->rowCount() > 0);
        bool sawGet = false;
        for (int r = 0; r < m_activity->rowCount(); ++r) {
            for (int c = 0; c < m_activity->columnCount(); ++c) {
                for (int role : {int(Qt::DisplayRole), int(Qt::ToolTipRole), int(Qt::UserRole)}) {
                    const QString text = m_activity->index(r, c).data(role).toString();
                    QVERIFY2(!text.contains(secret), qPrintable(QStringLiteral("activity log row %1: %2").arg(r).arg(text)));
                    sawGet = sawGet || text.contains(QLatin1String("GetUserPoolClient"));
                }
            }
        }
        QVERIFY2(sawGet, "the activity log recorded the GetUserPoolClient calls");
        for (const QString &m : std::as_const(g_messages))
            QVERIFY2(!m.contains(secret), qPrintable(m));
        // A new selection forgets a revealed secret.
        QTest::mouseClick(m_pane->showSecretButton(), Qt::LeftButton);
        QVERIFY(fetched.wait(15000));
        QCOMPARE(m_pane->secretField()->text(), secret);
        const int other = rowOf(QStringLiteral("mobile-app"));
        QVERIFY(other >= 0);
        QVERIFY(m_pane->selectIds({m_pane->model()->record(other).uid}));
        QVERIFY(m_pane->secretField()->text().isEmpty());
    }

    void createRefusesBadInputWithoutSending()
    {
        const int before = m_pane->model()->rowCount();
        const int exchanges = exchangesOf(QStringLiteral("CreateUserPoolClient"));
        m_pane->newItem();
        QPointer<PoolClientDialog> d = dialog();
        QVERIFY(d);
        QVERIFY(!d->saveButton()->isEnabled());   // no name yet
        qobject_cast<QLineEdit *>(d->field(QStringLiteral("Name")))->setText(QStringLiteral("bad-app"));
        qobject_cast<QPlainTextEdit *>(d->field(QStringLiteral("AllowedCallbackUrls")))
            ->setPlainText(QStringLiteral("https://ok.example.com/cb\nnot a url"));
        qobject_cast<QPlainTextEdit *>(d->field(QStringLiteral("AllowedCors")))->setPlainText(QStringLiteral("::"));
        d->idleBox()->setChecked(true);   // and no seconds
        QVERIFY(d->saveButton()->isEnabled());
        d->save();
        QVERIFY2(d->fieldError(QStringLiteral("AllowedCallbackUrls")).contains(QLatin1String("not a url")),
                 qPrintable(d->fieldError(QStringLiteral("AllowedCallbackUrls"))));
        QVERIFY(!d->fieldError(QStringLiteral("AllowedCors")).isEmpty());
        QVERIFY(!d->fieldError(QStringLiteral("RefreshToken")).isEmpty());
        QVERIFY(d->isVisible());
        QCOMPARE(qobject_cast<QLineEdit *>(d->field(QStringLiteral("Name")))->text(), QStringLiteral("bad-app"));
        QTest::qWait(200);
        QCOMPARE(exchangesOf(QStringLiteral("CreateUserPoolClient")), exchanges);   // nothing was sent
        QCOMPARE(m_pane->model()->rowCount(), before);
        // Screenshot of the errors, then cancel.
        QVERIFY(d->grab().save(screenshotPath(QStringLiteral("apps-create-errors.png"))));
        d->reject();
        QTRY_VERIFY(!d);
    }

    void createWithEveryField()
    {
        QSignalSpy written(m_pane, &PoolObjectsPane::writeFinished);
        m_pane->newItem();
        QPointer<PoolClientDialog> d = dialog();
        QVERIFY(d);
        qobject_cast<QLineEdit *>(d->field(QStringLiteral("Name")))->setText(QStringLiteral("partner-portal"));
        auto *type = qobject_cast<QComboBox *>(d->field(QStringLiteral("ClientType")));
        type->setCurrentIndex(type->findData(QStringLiteral("SINGLE_PAGE_APPLICATION")));
        qobject_cast<QPlainTextEdit *>(d->field(QStringLiteral("Description")))->setPlainText(QStringLiteral("门户 SPA"));
        qobject_cast<QLineEdit *>(d->field(QStringLiteral("LogoUri")))->setText(QStringLiteral("https://p.example.com/l.png"));
        qobject_cast<QPlainTextEdit *>(d->field(QStringLiteral("AllowedCallbackUrls")))
            ->setPlainText(QStringLiteral("https://p.example.com/cb\n\nhttp://localhost:3000/cb\n"));
        qobject_cast<QPlainTextEdit *>(d->field(QStringLiteral("AllowedLogoutUrls")))->setPlainText(QStringLiteral("https://p.example.com/"));
        qobject_cast<QPlainTextEdit *>(d->field(QStringLiteral("AllowedWebOrigins")))->setPlainText(QStringLiteral("https://p.example.com"));
        qobject_cast<QPlainTextEdit *>(d->field(QStringLiteral("AllowedCors")))->setPlainText(QStringLiteral("https://p.example.com"));
        d->idTokenSpin()->setValue(1800);
        d->rotationBox()->setChecked(true);
        d->idleBox()->setChecked(true);
        d->idleSpin()->setValue(86400);
        d->switchBox(QStringLiteral("DevelopmentModeEnabled"))->setChecked(true);
        // What goes where: the draft has the create fields, the follow-up the rest.
        QCOMPARE(d->draft().allowedCallbackUrls,
                 QStringList({QStringLiteral("https://p.example.com/cb"), QStringLiteral("http://localhost:3000/cb")}));
        QCOMPARE(d->draft().booleans.value(QStringLiteral("DevelopmentModeEnabled")), true);
        QCOMPARE(d->draft().booleans.size(), 1);   // untouched switches keep the service's default
        QVERIFY(d->changes().allowedLogoutUrls);
        QVERIFY(!d->changes().name);
        d->save();
        QVERIFY(written.wait(15000));
        QCOMPARE(written.first().first().toBool(), true);
        QTRY_VERIFY(!d);
        QCOMPARE(exchangesOf(QStringLiteral("CreateUserPoolClient")), 1);   // the action column is what we count
        const int row = rowOf(QStringLiteral("partner-portal"));
        QVERIFY(row >= 0);
        const PoolClient created = m_pane->model()->record(row);
        QVERIFY(created.clientSecret.isEmpty());
        ServerReader server(m_emu);
        const PoolClient stored = server.getClient(m_poolUid, created.uid);
        QCOMPARE(stored.clientType, QStringLiteral("SINGLE_PAGE_APPLICATION"));
        QCOMPARE(stored.description, QStringLiteral("门户 SPA"));
        QCOMPARE(stored.allowedLogoutUrls, QStringList{QStringLiteral("https://p.example.com/")});
        QCOMPARE(stored.allowedWebOrigins, QStringList{QStringLiteral("https://p.example.com")});
        QCOMPARE(stored.allowedCors, QStringList{QStringLiteral("https://p.example.com")});
        QCOMPARE(stored.idTokenLifetimeSeconds.value_or(-1), 1800);
        QCOMPARE(stored.refreshToken.rotation.value_or(false), true);
        QCOMPARE(stored.refreshToken.idleLifetimeSeconds.value_or(-1), 86400);
        QCOMPARE(stored.developmentModeEnabled.value_or(false), true);
    }

    void editSendsOnlyChangedFields()
    {
        const int row = rowOf(QStringLiteral("partner-portal"));
        QVERIFY(row >= 0);
        const QString uid = m_pane->model()->record(row).uid;
        QVERIFY(m_pane->selectIds({uid}));
        QSignalSpy written(m_pane, &PoolObjectsPane::writeFinished);
        m_pane->editSelected();
        QPointer<PoolClientDialog> d = dialog();
        QVERIFY(d);
        QTRY_VERIFY_WITH_TIMEOUT(!d->isBusy(), 10000);
        QCOMPARE(qobject_cast<QPlainTextEdit *>(d->field(QStringLiteral("AllowedLogoutUrls")))->toPlainText(),
                 QStringLiteral("https://p.example.com/"));
        QVERIFY(!d->field(QStringLiteral("ClientType"))->isEnabled());   // the type cannot change
        QVERIFY(d->changes().isEmpty());
        QVERIFY(!d->saveButton()->isEnabled());
        QVERIFY(d->grab().save(screenshotPath(QStringLiteral("apps-edit-dialog.png"))));
        qobject_cast<QPlainTextEdit *>(d->field(QStringLiteral("AllowedCors")))
            ->setPlainText(QStringLiteral("https://p.example.com\nhttps://cdn.example.com"));
        d->idTokenSpin()->setValue(900);
        const PoolClientChanges c = d->changes();
        QVERIFY(c.allowedCors);
        QCOMPARE(c.idTokenLifetimeSeconds.value_or(-1), 900);
        QVERIFY(!c.name && !c.description && !c.allowedCallbackUrls && !c.allowedLogoutUrls && !c.refreshToken
                && c.booleans.isEmpty());
        const QJsonObject body = PoolDirectoryService::updateClientParams(m_poolUid, uid, c);
        QCOMPARE(body.keys().size(), 4);   // UserPoolUid, ClientUid, AllowedCors, IdToken
        d->save();
        QVERIFY(written.wait(15000));
        QTRY_VERIFY(!d);
        ServerReader server(m_emu);
        const PoolClient stored = server.getClient(m_poolUid, uid);
        QCOMPARE(stored.allowedCors.size(), 2);
        QCOMPARE(stored.idTokenLifetimeSeconds.value_or(-1), 900);
        QCOMPARE(stored.allowedLogoutUrls, QStringList{QStringLiteral("https://p.example.com/")});
    }

    void deleteAsksFirst()
    {
        const int row = rowOf(QStringLiteral("partner-portal"));
        QVERIFY(row >= 0);
        const QString uid = m_pane->model()->record(row).uid;
        QVERIFY(m_pane->selectIds({uid}));
        m_prompter.clear();
        m_prompter.answerConfirm(false);
        m_pane->deleteSelection();
        QCOMPARE(m_prompter.count(QStringLiteral("confirm")), 1);
        QVERIFY(m_prompter.last(QStringLiteral("confirm")).text.contains(QLatin1String("partner-portal")));
        QTest::qWait(300);
        QVERIFY(m_pane->model()->containsId(uid));
        ServerReader server(m_emu);
        ApiResult r;
        server.getClient(m_poolUid, uid, &r);
        QVERIFY(r.ok);
        QSignalSpy written(m_pane, &PoolObjectsPane::writeFinished);
        m_prompter.answerConfirm(true);
        m_pane->deleteSelection();
        QVERIFY(written.wait(15000));
        QCOMPARE(written.first().first().toBool(), true);
        QVERIFY(!m_pane->model()->containsId(uid));
        server.getClient(m_poolUid, uid, &r);
        QVERIFY(!r.ok);
        QVERIFY(r.error.isNotFound());
    }

    void screenshotsInBothLanguages()
    {
        const int row = rowOf(QStringLiteral("web-shop"));
        QVERIFY(row >= 0);
        QVERIFY(m_pane->selectIds({m_pane->model()->record(row).uid}));
        QTRY_VERIFY_WITH_TIMEOUT(m_pane->model()->record(row).complete, 15000);
        QTest::qWait(100);   // the detail rows show on the next event loop turn
        QVERIFY(m_pane->grab().save(screenshotPath(QStringLiteral("apps-pane-en.png"))));
        m_pane->newItem();
        QVERIFY(dialog());
        QVERIFY(dialog()->grab().save(screenshotPath(QStringLiteral("apps-create-en.png"))));
        dialog()->reject();
        QTRY_VERIFY(!dialog());
        LanguageManager::instance()->setLanguage(QStringLiteral("zh_CN"));
        QTest::qWait(100);
        QVERIFY(m_pane->grab().save(screenshotPath(QStringLiteral("apps-pane-zh.png"))));
        m_pane->newItem();
        QVERIFY(dialog());
        QVERIFY(QTest::qWaitForWindowExposed(dialog()));
        QTest::qWait(50);   // the scroll area settles its scroll bars
        QVERIFY(dialog()->grab().save(screenshotPath(QStringLiteral("apps-create-zh.png"))));
        {
            auto *scroll = dialog()->findChild<QScrollArea *>(QStringLiteral("poolClientScroll"));
            QVERIFY(scroll);
            // The form fits the dialog's width: nothing is cut off at the right.
            QVERIFY2(scroll->widget()->minimumSizeHint().width() <= scroll->viewport()->width(),
                     qPrintable(QStringLiteral("%1 > %2").arg(scroll->widget()->minimumSizeHint().width())
                                    .arg(scroll->viewport()->width())));
        }
        dialog()->reject();
        QTRY_VERIFY(!dialog());
        LanguageManager::instance()->setLanguage(QStringLiteral("en"));
        QCOMPARE(m_pane->paneTitle(), QStringLiteral("Applications"));
    }
};

QTEST_MAIN(TestPoolClientsPane)
#include "tst_poolclientspane.moc"
