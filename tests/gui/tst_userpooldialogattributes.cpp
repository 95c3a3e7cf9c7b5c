// SPDX-License-Identifier: GPL-3.0-or-later
// The user pool dialog's creation-only fields against the real emulator: create with SignInAttributes,
// RequiredSignUpAttributes and Tags (the form says they cannot be changed later), validation errors keep the
// dialog open and send nothing, and the edit dialog shows the three read-only and never sends them.
// Screenshots in English and Chinese.
#include "PoolPaneTestSupport.h"
#include "pools/UserPoolDialog.h"
#include "shell/LanguageManager.h"

#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace PoolPaneTestSupport;

class TestUserPoolDialogAttributes : public QObject
{
    Q_OBJECT

private:
    EmulatorFixture m_emu{{QStringLiteral("--dataset"), QStringLiteral("demo")}};
    ApiClient *m_client = nullptr;
    UserPoolService *m_service = nullptr;
    UserPool m_created;

private slots:
    void initTestCase()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QString error;
        QVERIFY2(m_emu.start(&error), qPrintable(error));
        m_client = new ApiClient(this);
        m_client->setCredentials(Credentials{m_emu.accessKey(), m_emu.secret(), QString()});
        m_client->setEndpoint(Service::Id, m_emu.endpoint());
        m_service = new UserPoolService(m_client, this);
    }

    void createRefusesDuplicateTagKeys()
    {
        ServerReader server(m_emu);
        const int before = int(server.pools().size());
        UserPoolDialog d(m_service);
        d.show();
        QVERIFY(d.findChild<QLabel *>(QStringLiteral("creationOnlyNote"))->text().contains(QLatin1String("cannot be changed")));
        d.nameEdit()->setText(QStringLiteral("tagged-twice"));
        d.tagsEdit()->setPlainText(QStringLiteral("env=prod\nenv=dev"));
        d.save();
        QVERIFY(!d.isBusy());
        QVERIFY2(d.errorText().contains(QLatin1String("env")), qPrintable(d.errorText()));
        QVERIFY(d.isVisible());
        QCOMPARE(d.tagsEdit()->toPlainText(), QStringLiteral("env=prod\nenv=dev"));   // nothing lost
        QVERIFY(d.grab().save(screenshotPath(QStringLiteral("pool-create-errors.png"))));
        QTest::qWait(200);
        QCOMPARE(int(server.pools().size()), before);
    }

    void createSendsTheCreationOnlyFields()
    {
        UserPoolDialog d(m_service);
        d.show();
        QVERIFY(QTest::qWaitForWindowExposed(&d));
        d.nameEdit()->setText(QStringLiteral("partner-portal"));
        QVERIFY(d.signInBox(QStringLiteral("email")));
        d.signInBox(QStringLiteral("email"))->setChecked(true);
        d.signInBox(QStringLiteral("phone_number"))->setChecked(true);
        d.requiredBox(QStringLiteral("email"))->setChecked(true);
        d.tagsEdit()->setPlainText(QStringLiteral("env = prod\n\nteam=identity\ncost-center"));
        const UserPoolService::Draft draft = d.draft();
        QCOMPARE(draft.signInAttributes, QStringList({QStringLiteral("phone_number"), QStringLiteral("email")}));
        QCOMPARE(draft.requiredSignUpAttributes, QStringList{QStringLiteral("email")});
        QCOMPARE(draft.tags.size(), 3);
        QCOMPARE(draft.tags.at(0), qMakePair(QStringLiteral("env"), QStringLiteral("prod")));
        QCOMPARE(draft.tags.at(2), qMakePair(QStringLiteral("cost-center"), QString()));
        QVERIFY(d.grab().save(screenshotPath(QStringLiteral("pool-create-en.png"))));
        QSignalSpy saved(&d, &UserPoolDialog::poolSaved);
        d.save();
        QVERIFY(saved.wait(15000));
        m_created = saved.first().first().value<UserPool>();
        QVERIFY(m_created.isValid());
        ServerReader server(m_emu);
        const UserPool stored = server.pool(m_created.uid);
        QCOMPARE(stored.signInAttributes, QStringList({QStringLiteral("phone_number"), QStringLiteral("email")}));
        QCOMPARE(stored.requiredSignUpAttributes, QStringList{QStringLiteral("email")});
        QCOMPARE(stored.tags.size(), 3);
        QCOMPARE(stored.tags.at(1), qMakePair(QStringLiteral("team"), QStringLiteral("identity")));
    }

    void editShowsThemReadOnly()
    {
        QVERIFY(m_created.isValid());
        UserPool listed = m_created;
        listed.complete = false;   // as from a list row: the dialog reads it
        UserPoolDialog d(m_service, listed);
        d.show();
        QTRY_VERIFY_WITH_TIMEOUT(!d.isBusy(), 10000);
        QCOMPARE(d.readOnlyText(QStringLiteral("SignInAttributes")), QStringLiteral("Phone number, Email"));
        QCOMPARE(d.readOnlyText(QStringLiteral("RequiredSignUpAttributes")), QStringLiteral("Email"));
        QCOMPARE(d.readOnlyText(QStringLiteral("Tags")), QStringLiteral("env=prod, team=identity, cost-center"));
        auto *field = d.findChild<QLineEdit *>(QStringLiteral("readOnly_SignInAttributes"));
        QVERIFY(field && field->isReadOnly());
        QVERIFY(!field->accessibleName().isEmpty());
        QVERIFY(!d.signInBox(QStringLiteral("email")));   // no editable attribute boxes on edit
        QVERIFY(!d.tagsEdit());
        QVERIFY(d.changes().isEmpty());
        QVERIFY(d.grab().save(screenshotPath(QStringLiteral("pool-edit-en.png"))));
        d.nameEdit()->setText(QStringLiteral("partner-portal-2"));
        const QJsonObject body = UserPoolService::updateParams(m_created.uid, d.changes());
        QVERIFY(!body.contains(QStringLiteral("SignInAttributes")));
        QVERIFY(!body.contains(QStringLiteral("RequiredSignUpAttributes")));
        QVERIFY(!body.contains(QStringLiteral("Tags")));
        LanguageManager::instance()->setLanguage(QStringLiteral("zh_CN"));
        QTest::qWait(50);
        QVERIFY(d.grab().save(screenshotPath(QStringLiteral("pool-edit-zh.png"))));
        UserPoolDialog create(m_service);
        create.show();
        QVERIFY(create.grab().save(screenshotPath(QStringLiteral("pool-create-zh.png"))));
        LanguageManager::instance()->setLanguage(QStringLiteral("en"));
    }
};

QTEST_MAIN(TestUserPoolDialogAttributes)
#include "tst_userpooldialogattributes.moc"
