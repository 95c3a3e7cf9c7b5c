// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cloud/DirectoryBackend.h"
#include <QDialog>
#include <QPointer>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QStackedWidget;

// Cloud Identity ResetPassword: a generated or a typed password (8-32 characters), optionally to be changed
// at the next login. The new password is shown once, with a Copy button, and wiped from the dialog's memory
// when it closes. It never reaches a log, the activity log or the settings.
class ResetPasswordDialog : public QDialog
{
    Q_OBJECT
public:
    ResetPasswordDialog(DirectoryBackend *backend, const DirectoryUser &user, QWidget *parent = nullptr);
    ~ResetPasswordDialog() override;

    void setGenerate(bool generate);
    void setTypedPassword(const QString &password, const QString &confirmation);
    void setMustChange(bool on);
    bool submit();
    bool isBusy() const { return m_busy; }
    // After success: whether the result page is shown, and (for tests) what it shows.
    bool isShowingResult() const;
    QString shownPassword() const;
    QString errorText() const;
    QPushButton *copyButton() const { return m_copy; }
    QPushButton *resetButton() const { return m_reset; }

signals:
    void passwordReset(const QString &userId, const QString &requestId);

protected:
    void done(int result) override;
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateMode();
    void showError(const QString &text);
    void wipe();

    QPointer<DirectoryBackend> m_backend;
    DirectoryUser m_user;
    bool m_busy = false;
    QStackedWidget *m_pages = nullptr;
    QLabel *m_intro = nullptr;
    QRadioButton *m_generate = nullptr;
    QRadioButton *m_type = nullptr;
    QLineEdit *m_password = nullptr;
    QLineEdit *m_confirm = nullptr;
    QLabel *m_passwordLabel = nullptr;
    QLabel *m_confirmLabel = nullptr;
    QCheckBox *m_mustChange = nullptr;
    QLabel *m_error = nullptr;
    QLabel *m_resultIntro = nullptr;
    QLineEdit *m_result = nullptr;
    QPushButton *m_copy = nullptr;
    QLabel *m_copied = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_reset = nullptr;
    QPushButton *m_cancel = nullptr;
    QPushButton *m_close = nullptr;
};
