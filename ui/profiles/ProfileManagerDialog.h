// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "credentials/Profile.h"
#include <QDialog>
#include <QPointer>

class ConnectionTester;
class CredentialStore;
class MemoryCredentialStore;
class ProfileEditDialog;
class ProfileStore;
class QLabel;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

// Lists the saved profiles: add, edit, duplicate, delete (with its keychain entry, after confirmation through
// the Prompter) and "Test connection" (one cheap read per service through a temporary ApiClient; success with
// latency, or the error with code and RequestId). Nothing here blocks: keychain and network work is async.
class ProfileManagerDialog : public QDialog
{
    Q_OBJECT
public:
    // sessionStore: secrets held for this session only (may be nullptr).
    ProfileManagerDialog(ProfileStore *profiles, CredentialStore *credentials, MemoryCredentialStore *sessionStore,
                         QWidget *parent = nullptr);
    ~ProfileManagerDialog() override;

    void selectProfile(const QString &name);
    QString currentProfileName() const;
    QStringList listedNames() const;

    // The actions behind the buttons (public for shortcuts and tests).
    void addProfile();
    void editProfile();
    void duplicateProfile();
    void deleteProfile();
    void testConnection();
    void useProfile();

    // The add/edit dialog currently open (nullptr if none).
    ProfileEditDialog *editDialog() const;
    ConnectionTester *tester() const { return m_tester; }
    // The text of the test result / secret status areas (tests, accessibility).
    QString testResultText() const;
    QString secretStatusText() const;
    bool isTesting() const;

signals:
    // "Use profile": the person wants to switch the main window to this profile.
    void useProfileRequested(const QString &name);
    void testFinished(bool ok);

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void build();
    void retranslate();
    void reload();
    void updateDetails();
    void updateButtons();
    void updateTestButton();
    void openEditor(ProfileEditDialog *dialog);
    void finishDelete(const QString &name);
    void showTestResult(bool ok);
    void setTestMessage(const QString &html, bool error);

    QPointer<ProfileStore> m_profiles;
    QPointer<CredentialStore> m_credentials;
    QPointer<MemoryCredentialStore> m_sessionStore;
    QPointer<ProfileEditDialog> m_editDialog;
    ConnectionTester *m_tester = nullptr;
    QString m_testedProfile;
    quint64 m_detailsSerial = 0;

    QLabel *m_hint = nullptr;
    QTreeWidget *m_list = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_edit = nullptr;
    QPushButton *m_duplicate = nullptr;
    QPushButton *m_delete = nullptr;
    QPushButton *m_test = nullptr;
    QPushButton *m_use = nullptr;
    QPushButton *m_close = nullptr;
    QLabel *m_detailsTitle = nullptr;
    QLabel *m_details = nullptr;
    QLabel *m_secretStatus = nullptr;
    QLabel *m_testResult = nullptr;
};
