// SPDX-License-Identifier: GPL-3.0-or-later
// The user edit dialog sends what changed (issue 13 item 2), against FakeDirectoryBackend (which records every
// updateUser draft): nothing changed = Save disabled and "No changes.", one changed field = only that field in
// UserDraft::changed, an emptied field the API cannot clear is refused on that field (and the form names those
// fields), a clearable field is cleared only through its "Clear" box. Screenshots: build/screenshots/userdialog_*.

#include "DirectoryGuiSupport.h"
#include "../unit/FakeDirectoryBackend.h"
#include "cloud/DirectoryValidation.h"
#include "directory/UserDialog.h"
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace DirectoryGuiSupport;

class TestUserDialog : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();

    void nothingChangedSendsNothing();
    void sendsOnlyTheChangedField();
    void emptiedFieldThatCannotBeClearedIsRefused();
    void clearIsAnExplicitAction();
    void failedReadOffersRetry();
    void aWriteInFlightCannotBeCancelled();
    void screenshots();

private:
    // An edit dialog of m_user, after GetUser answered.
    UserDialog *openEdit();
    static QLineEdit *edit(UserDialog *d, const char *field) { return qobject_cast<QLineEdit *>(d->fieldWidget(QString::fromLatin1(field))); }

    FakeDirectoryBackend *m_backend = nullptr;
    DirectoryUser m_user;
};

void TestUserDialog::initTestCase()
{
    initSettings(QStringLiteral("tst_userdialog"));
}

void TestUserDialog::init()
{
    m_backend = new FakeDirectoryBackend(this);
    // Cloud Identity's shape: phone, editable user name, no first / last name.
    m_backend->caps.userPhone = true;
    m_backend->caps.userNameEditable = true;
    m_backend->caps.resetPassword = true;
    m_user = FakeDirectoryBackend::makeUser(1);
    m_user.phone = QStringLiteral("+86 138 0000 0000");
    m_user.description = QStringLiteral("Operations");
    m_backend->users << m_user;
}

void TestUserDialog::cleanup()
{
    setLanguage(QStringLiteral("en"));
    delete m_backend;
    m_backend = nullptr;
}

UserDialog *TestUserDialog::openEdit()
{
    auto *d = new UserDialog(m_backend, m_user);
    d->setAttribute(Qt::WA_DeleteOnClose, false);
    d->show();
    if (!QTest::qWaitFor([d] { return !d->isBusy(); }, 5000))
        qWarning("GetUser did not answer");
    return d;
}

void TestUserDialog::nothingChangedSendsNothing()
{
    std::unique_ptr<UserDialog> d(openEdit());
    QCOMPARE(edit(d.get(), "email")->text(), m_user.email);
    QVERIFY(!d->saveButton()->isEnabled());
    QCOMPARE(d->changesLabel()->text(), QStringLiteral("No changes."));
    QCOMPARE(d->draft().changed, QSet<QString>());
    // White space around a value is not a change (values are sent trimmed).
    edit(d.get(), "displayName")->setText(m_user.displayName + QStringLiteral("  "));
    QVERIFY(!d->saveButton()->isEnabled());
    QVERIFY(!d->submit());
    QVERIFY(!d->generalError().isEmpty());
    QVERIFY(m_backend->updates.isEmpty());
}

void TestUserDialog::sendsOnlyTheChangedField()
{
    std::unique_ptr<UserDialog> d(openEdit());
    QSignalSpy saved(d.get(), &UserDialog::saved);
    edit(d.get(), "displayName")->setText(QStringLiteral("Renamed"));
    QVERIFY(d->saveButton()->isEnabled());
    QVERIFY2(d->changesLabel()->text().contains(QStringLiteral("Display name")), qPrintable(d->changesLabel()->text()));
    QVERIFY(!d->changesLabel()->text().contains(QStringLiteral("Email")));
    QVERIFY(d->submit());
    QVERIFY(saved.wait(5000));
    QCOMPARE(m_backend->updates.size(), 1);
    QCOMPARE(m_backend->updates.first().changed, QSet<QString>{QStringLiteral("displayName")});
    QCOMPARE(m_backend->updates.first().displayName, QStringLiteral("Renamed"));
    const DirectoryUser u = saved.first().first().value<DirectoryUser>();
    QCOMPARE(u.email, m_user.email);   // what was not sent is kept as loaded
}

void TestUserDialog::emptiedFieldThatCannotBeClearedIsRefused()
{
    std::unique_ptr<UserDialog> d(openEdit());
    // No field of either cloud can be cleared (the docs do not say that an empty value clears): no Clear boxes,
    // and the note names the fields.
    QCOMPARE(d->clearBox(QStringLiteral("email")), nullptr);
    QCOMPARE(d->clearBox(QStringLiteral("phone")), nullptr);
    QVERIFY(d->clearNote()->isVisibleTo(d.get()));
    QVERIFY2(d->clearNote()->text().contains(QStringLiteral("cannot be cleared through the API")), qPrintable(d->clearNote()->text()));
    for (const char *label : {"Display name", "Email", "Phone", "Description"})
        QVERIFY2(d->clearNote()->text().contains(QLatin1String(label)), label);
    edit(d.get(), "email")->clear();
    QVERIFY(d->saveButton()->isEnabled());   // a change, refused with a reason on Save
    QVERIFY(!d->submit());
    QCOMPARE(d->fieldError(QStringLiteral("email")), DirectoryValidation::cannotClearText());
    QVERIFY(m_backend->updates.isEmpty());
}

void TestUserDialog::clearIsAnExplicitAction()
{
    m_backend->caps.userClearableFields = {QStringLiteral("description")};
    std::unique_ptr<UserDialog> d(openEdit());
    QCheckBox *clear = d->clearBox(QStringLiteral("description"));
    QVERIFY(clear);
    QVERIFY(!clear->accessibleName().isEmpty());
    QCOMPARE(d->clearBox(QStringLiteral("email")), nullptr);
    QVERIFY(!d->clearNote()->text().contains(QStringLiteral("Description")));
    auto *description = qobject_cast<QPlainTextEdit *>(d->fieldWidget(QStringLiteral("description")));
    QVERIFY(description);
    // Emptying the text is not a clear: Save says to tick the box.
    description->clear();
    QVERIFY(!d->submit());
    QVERIFY(!d->fieldError(QStringLiteral("description")).isEmpty());
    QVERIFY(m_backend->updates.isEmpty());
    description->setPlainText(m_user.description);
    QVERIFY(!d->saveButton()->isEnabled());
    // Ticked: the field shows it will be cleared, Save says so, only that field is sent, empty.
    clear->setChecked(true);
    QVERIFY(!description->isEnabled());
    QVERIFY(description->toPlainText().isEmpty());
    QCOMPARE(description->placeholderText(), QStringLiteral("Will be cleared"));
    QVERIFY2(d->changesLabel()->text().contains(QStringLiteral("Save clears: Description")), qPrintable(d->changesLabel()->text()));
    QVERIFY(d->saveButton()->isEnabled());
    // Unticked: the loaded value is back, nothing to save.
    clear->setChecked(false);
    QCOMPARE(description->toPlainText(), m_user.description);
    QVERIFY(!d->saveButton()->isEnabled());
    clear->setChecked(true);
    QSignalSpy saved(d.get(), &UserDialog::saved);
    QVERIFY(d->submit());
    QVERIFY(saved.wait(5000));
    QCOMPARE(m_backend->updates.size(), 1);
    QCOMPARE(m_backend->updates.first().changed, QSet<QString>{QStringLiteral("description")});
    QVERIFY(m_backend->updates.first().description.isEmpty());
}

// Fetch-then-load (RecordFormDialog): a failed GetUser leaves Save disabled with the error and Retry; Retry reads
// again and, once the user is read, the form works.
void TestUserDialog::failedReadOffersRetry()
{
    const QList<DirectoryUser> users = m_backend->users;
    m_backend->users.clear();   // GetUser answers "not found"
    std::unique_ptr<UserDialog> d(openEdit());
    QVERIFY(!d->isLoaded());
    QVERIFY(!d->retryButton()->isHidden());
    QVERIFY2(d->generalError().contains(QLatin1String("Could not load the user")), qPrintable(d->generalError()));
    edit(d.get(), "displayName")->setText(QStringLiteral("Renamed"));
    QVERIFY(!d->saveButton()->isEnabled());   // nothing is saved over a user that was not read
    QVERIFY(!d->submit());
    d->save();
    QVERIFY(m_backend->updates.isEmpty());

    m_backend->users = users;
    QTest::mouseClick(d->retryButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(d->isLoaded() && !d->isBusy(), 5000);
    QVERIFY(d->retryButton()->isHidden());
    QVERIFY(d->generalError().isEmpty());
    QCOMPARE(edit(d.get(), "displayName")->text(), m_user.displayName);   // the read user, not the typed text
    edit(d.get(), "displayName")->setText(QStringLiteral("Renamed"));
    QVERIFY(d->saveButton()->isEnabled());
}

// While a write is on its way Cancel is disabled and rejecting the dialog does nothing: the answer decides.
void TestUserDialog::aWriteInFlightCannotBeCancelled()
{
    std::unique_ptr<UserDialog> d(openEdit());
    QSignalSpy saved(d.get(), &UserDialog::saved);
    m_backend->delayMs = 300;
    edit(d.get(), "displayName")->setText(QStringLiteral("Renamed"));
    QVERIFY(d->submit());
    QVERIFY(d->isBusy());
    QVERIFY(!d->saveButton()->isEnabled());
    QVERIFY(!edit(d.get(), "displayName")->isEnabled());
    QVERIFY(!d->statusText().isEmpty());
    d->reject();
    QVERIFY(d->isVisible());
    QVERIFY(saved.wait(5000));
    QCOMPARE(m_backend->updates.size(), 1);
}

void TestUserDialog::screenshots()
{
    m_backend->caps.userClearableFields = {QStringLiteral("description")};
    for (const QString &language : {QStringLiteral("en"), QStringLiteral("zh_CN")}) {
        setLanguage(language);
        std::unique_ptr<UserDialog> d(openEdit());
        edit(d.get(), "displayName")->setText(QStringLiteral("Renamed"));
        d->clearBox(QStringLiteral("description"))->setChecked(true);
        edit(d.get(), "email")->clear();
        QVERIFY(!d->submit());   // shows the can't-clear error under the e-mail
        const QString path = screenshot(d.get(), QStringLiteral("userdialog_edit_") + language);
        QVERIFY(!path.isEmpty());
        qInfo("%s", qPrintable(path));
    }
}

QTEST_MAIN(TestUserDialog)
#include "tst_userdialog.moc"
