// SPDX-License-Identifier: GPL-3.0-or-later
// The identity providers pane against the real emulator (demo dataset): the list of one pool (ListIdentityProviders
// spells its pool parameter UserPoolUID), the OIDC detail without the client secret, create with validation
// errors under the fields, edit where the secret is write-only (empty field, sent only when typed), delete
// through the Prompter. Screenshots in English and Chinese.
#include "PoolPaneTestSupport.h"
#include "ScriptedPrompter.h"
#include "cloud/Session.h"
#include "models/RecordFilterProxy.h"
#include "pools/IdentityProviderDialog.h"
#include "pools/IdentityProvidersPane.h"
#include "shell/LanguageManager.h"
#include "widgets/DetailView.h"
#include "widgets/PaneStateWidget.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace PoolPaneTestSupport;

class TestIdentityProvidersPane : public QObject
{
    Q_OBJECT

private:
    ScriptedPrompter m_prompter;
    EmulatorFixture m_emu{{QStringLiteral("--dataset"), QStringLiteral("demo")}};
    Session *m_session = nullptr;
    IdentityProvidersPane *m_pane = nullptr;
    QString m_poolUid;

    IdentityProviderDialog *dialog() const { return qobject_cast<IdentityProviderDialog *>(m_pane->activeDialog()); }
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
        Prompter::setInstance(&m_prompter);
        QString error;
        QVERIFY2(m_emu.start(&error), qPrintable(error));
        m_session = new Session(volcProfile(m_emu.endpoint(), m_emu.accessKey()),
                                Credentials{m_emu.accessKey(), m_emu.secret(), QString()}, this);
        ServerReader server(m_emu);
        for (const UserPool &p : server.pools())
            if (p.totalConnections >= 2 && m_poolUid.isEmpty())
                m_poolUid = p.uid;
        QVERIFY2(!m_poolUid.isEmpty(), "the demo dataset has a pool with two identity providers");
        m_pane = new IdentityProvidersPane;
        m_pane->resize(1200, 640);
        m_pane->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_pane));
    }

    void cleanupTestCase()
    {
        delete m_pane;
        delete m_session;
        Prompter::setInstance(nullptr);
    }

    void listsTheProvidersOfThePool()
    {
        QSignalSpy loaded(m_pane, &PoolObjectsPane::listLoaded);
        m_pane->setSession(m_session);
        QVERIFY(loaded.wait(20000));   // the first pool
        m_pane->setPool(m_poolUid);
        QTRY_VERIFY_WITH_TIMEOUT(m_pane->poolUid() == m_poolUid && !m_pane->isLoading(), 20000);
        QTRY_COMPARE_WITH_TIMEOUT(m_pane->model()->rowCount(), 2, 20000);
        QCOMPARE(m_pane->listState()->state(), PaneStateWidget::State::Content);
        const int row = rowOf(QStringLiteral("corporate-sso"));
        QVERIFY(row >= 0);
        QCOMPARE(m_pane->model()->index(row, IdentityProviderColumns::ConnectionType).data().toString(),
                 QStringLiteral("OIDC"));
        QCOMPARE(m_pane->model()->index(row, IdentityProviderColumns::Enabled).data().toString(),
                 QStringLiteral("Enabled"));
    }

    void detailNeverShowsTheSecret()
    {
        const int row = rowOf(QStringLiteral("corporate-sso"));
        const QString uid = m_pane->model()->record(row).uid;
        QVERIFY(m_pane->selectIds({uid}));
        QTRY_VERIFY_WITH_TIMEOUT(m_pane->detailView()->value(QStringLiteral("Issuer URL"))
                                     == QLatin1String("https://sso.example.com"), 15000);
        ServerReader server(m_emu);
        const QString secret = server.getProvider(m_poolUid, uid).clientSecret;
        QVERIFY(!secret.isEmpty());
        QCOMPARE(m_pane->detailView()->value(QStringLiteral("Client secret")), QStringLiteral("Set (never shown)"));
        for (const QString &key : m_pane->detailView()->keys())
            QVERIFY2(!m_pane->detailView()->value(key).contains(secret), qPrintable(key));
        QVERIFY(m_pane->model()->recordById(uid).clientSecret.isEmpty());
        QVERIFY(m_pane->action(QStringLiteral("identityProvidersEditAction"))->isEnabled());
    }

    void createRefusesBadInput()
    {
        const int before = m_pane->model()->rowCount();
        m_pane->newItem();
        QPointer<IdentityProviderDialog> d = dialog();
        QVERIFY(d);
        QVERIFY(d->enabledBox()->isChecked());
        QVERIFY(d->pkceBox()->isChecked());
        QCOMPARE(d->secretEdit()->echoMode(), QLineEdit::Password);
        d->nameEdit()->setText(QStringLiteral("github"));
        d->issuerEdit()->setText(QStringLiteral("ftp://issuer.example.com"));
        d->save();
        QVERIFY(!d->fieldError(QStringLiteral("Issuer")).isEmpty());
        QVERIFY(!d->fieldError(QStringLiteral("ClientId")).isEmpty());
        QVERIFY(!d->fieldError(QStringLiteral("ClientSecret")).isEmpty());
        QVERIFY(d->fieldError(QStringLiteral("Name")).isEmpty());
        QVERIFY(d->isVisible());
        QVERIFY(d->grab().save(screenshotPath(QStringLiteral("idp-create-errors.png"))));
        // Fixed: it is created.
        QSignalSpy written(m_pane, &PoolObjectsPane::writeFinished);
        d->issuerEdit()->setText(QStringLiteral("https://token.actions.example.com"));
        d->clientIdEdit()->setText(QStringLiteral("Iv1.abc"));
        d->secretEdit()->setText(QStringLiteral("s3cr3t-typed-by-admin"));
        d->mappingBox()->setChecked(true);
        d->save();
        QVERIFY(written.wait(15000));
        QCOMPARE(written.first().first().toBool(), true);
        QTRY_VERIFY(!d);
        QCOMPARE(m_pane->model()->rowCount(), before + 1);
        const IdentityProvider created = m_pane->model()->record(rowOf(QStringLiteral("github")));
        QVERIFY(created.clientSecret.isEmpty());
        ServerReader server(m_emu);
        const IdentityProvider stored = server.getProvider(m_poolUid, created.uid);
        QCOMPARE(stored.issuer, QStringLiteral("https://token.actions.example.com"));
        QCOMPARE(stored.clientSecret, QStringLiteral("s3cr3t-typed-by-admin"));
        QCOMPARE(stored.isIdTokenMapping.value_or(false), true);
        QCOMPARE(stored.usePkce.value_or(false), true);
    }

    void editKeepsTheSecretWriteOnly()
    {
        const QString uid = m_pane->model()->record(rowOf(QStringLiteral("github"))).uid;
        QVERIFY(m_pane->selectIds({uid}));
        m_pane->editSelected();
        QPointer<IdentityProviderDialog> d = dialog();
        QVERIFY(d);
        QTRY_VERIFY_WITH_TIMEOUT(!d->isBusy(), 10000);
        QCOMPARE(d->issuerEdit()->text(), QStringLiteral("https://token.actions.example.com"));
        QVERIFY(d->secretEdit()->text().isEmpty());   // never shown back
        QVERIFY(d->changes().isEmpty());
        QVERIFY(!d->saveButton()->isEnabled());
        QVERIFY(d->grab().save(screenshotPath(QStringLiteral("idp-edit-en.png"))));
        d->enabledBox()->setChecked(false);
        OidcProviderChanges c = d->changes();
        QVERIFY(c.enabled && !*c.enabled);
        QVERIFY(!c.clientSecret && !c.name && !c.issuer && !c.clientId && !c.usePkce && !c.isIdTokenMapping);
        QSignalSpy written(m_pane, &PoolObjectsPane::writeFinished);
        d->save();
        QVERIFY(written.wait(15000));
        QTRY_VERIFY(!d);
        ServerReader server(m_emu);
        IdentityProvider stored = server.getProvider(m_poolUid, uid);
        QCOMPARE(stored.enabled.value_or(true), false);
        QCOMPARE(stored.clientSecret, QStringLiteral("s3cr3t-typed-by-admin"));   // untouched
        // A typed secret replaces it.
        m_pane->editSelected();
        d = dialog();
        QVERIFY(d);
        QTRY_VERIFY_WITH_TIMEOUT(!d->isBusy(), 10000);
        d->secretEdit()->setText(QStringLiteral("rotated-secret"));
        QCOMPARE(d->changes().clientSecret.value_or(QString()), QStringLiteral("rotated-secret"));
        d->save();
        QVERIFY(written.wait(15000));
        QTRY_VERIFY(!d);
        stored = server.getProvider(m_poolUid, uid);
        QCOMPARE(stored.clientSecret, QStringLiteral("rotated-secret"));
        QTRY_COMPARE_WITH_TIMEOUT(m_pane->model()->index(rowOf(QStringLiteral("github")), IdentityProviderColumns::Enabled)
                                      .data().toString(),
                                  QStringLiteral("Disabled"), 5000);
    }

    void deleteAsksFirst()
    {
        const QString uid = m_pane->model()->record(rowOf(QStringLiteral("github"))).uid;
        QVERIFY(m_pane->selectIds({uid}));
        m_prompter.clear();
        m_prompter.answerConfirm(false);
        m_pane->deleteSelection();
        QCOMPARE(m_prompter.count(QStringLiteral("confirm")), 1);
        QTest::qWait(300);
        QVERIFY(m_pane->model()->containsId(uid));
        QSignalSpy written(m_pane, &PoolObjectsPane::writeFinished);
        m_prompter.answerConfirm(true);
        m_pane->deleteSelection();
        QVERIFY(written.wait(15000));
        QVERIFY(!m_pane->model()->containsId(uid));
        ServerReader server(m_emu);
        ApiResult r;
        server.getProvider(m_poolUid, uid, &r);
        QVERIFY(r.error.isNotFound());
    }

    void screenshotsInBothLanguages()
    {
        QVERIFY(m_pane->selectIds({m_pane->model()->record(rowOf(QStringLiteral("corporate-sso"))).uid}));
        QTRY_VERIFY_WITH_TIMEOUT(!m_pane->detailView()->value(QStringLiteral("Client ID")).isEmpty(), 15000);
        QTest::qWait(100);
        QVERIFY(m_pane->grab().save(screenshotPath(QStringLiteral("idp-pane-en.png"))));
        m_pane->newItem();
        QVERIFY(dialog());
        QVERIFY(dialog()->grab().save(screenshotPath(QStringLiteral("idp-create-en.png"))));
        dialog()->reject();
        QTRY_VERIFY(!dialog());
        LanguageManager::instance()->setLanguage(QStringLiteral("zh_CN"));
        QTest::qWait(100);
        QVERIFY(m_pane->grab().save(screenshotPath(QStringLiteral("idp-pane-zh.png"))));
        m_pane->newItem();
        QVERIFY(dialog());
        QVERIFY(dialog()->grab().save(screenshotPath(QStringLiteral("idp-create-zh.png"))));
        dialog()->reject();
        QTRY_VERIFY(!dialog());
        LanguageManager::instance()->setLanguage(QStringLiteral("en"));
    }
};

QTEST_MAIN(TestIdentityProvidersPane)
#include "tst_identityproviderspane.moc"
