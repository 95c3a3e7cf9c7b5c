// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "credentials/CredentialResult.h"
#include "credentials/Profile.h"
#include <QDialog>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;

// Asks for a profile's secret key when none can be used:
//   NoSecret     no secret saved yet (offers to save it in the keychain);
//   Unavailable  keychain unavailable: shows the backend's message and what to do; offers Retry and
//                "use for this session only" (never a plain-text fallback);
//   Rejected     the service rejected the key (wrong or expired): enter the current one (replaces the saved one);
//   Unreadable   the keychain entry cannot be read (replaces it).
class CredentialPromptDialog : public QDialog
{
    Q_OBJECT
public:
    enum Result { Retry = 2 }; // done(Retry): read the keychain again
    enum class Reason { NoSecret, Unavailable, Rejected, Unreadable };

    // message: the backend's / service's message; hint: what to do (may be empty).
    CredentialPromptDialog(const Profile &profile, Reason reason, const QString &message, const QString &hint,
                           QWidget *parent = nullptr);
    static Reason reasonFor(const CredentialResult &problem);
    ~CredentialPromptDialog() override;

    QString profileName() const { return m_profile.name; }
    Reason reason() const { return m_reason; }
    QString secretKey() const;
    QString sessionToken() const;
    // True: store the key in the system keychain; false: this session only.
    bool saveToKeychain() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateOk();

    Profile m_profile;
    Reason m_reason;
    QString m_message;
    QString m_hint;
    QLabel *m_icon = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_details = nullptr;
    QLabel *m_secretLabel = nullptr;
    QLabel *m_tokenLabel = nullptr;
    QLineEdit *m_secret = nullptr;
    QLineEdit *m_token = nullptr;
    QCheckBox *m_save = nullptr;
    QLabel *m_sessionOnly = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_retry = nullptr;
};
