// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "credentials/CredentialResult.h"
#include "credentials/Profile.h"
#include "credentials/ProfileValidator.h"
#include <QDialog>
#include <QMap>
#include <QPointer>

class CredentialStore;
class MemoryCredentialStore;
class ProfileSaveOperation;
class ProfileStore;
class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QToolButton;

// Add, edit or duplicate one profile. The secret fields are password fields; editing without typing a secret
// keeps the stored one. Saving is asynchronous (keychain first, then settings, see ProfileSaveOperation);
// when the keychain is unavailable the person may save the profile and use the key for this session only.
// Open it with open() (window-modal); it closes itself after a successful save.
class ProfileEditDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Mode { Add, Edit, Duplicate };

    // sessionStore may be nullptr (then "this session only" is not offered).
    ProfileEditDialog(ProfileStore *profiles, CredentialStore *credentials, MemoryCredentialStore *sessionStore,
                      QWidget *parent = nullptr);
    ~ProfileEditDialog() override;

    void setAddMode(Profile::Provider provider = Profile::Provider::Volcengine);
    void setEditMode(const Profile &profile);
    void setDuplicateMode(const Profile &source);

    Mode mode() const { return m_mode; }
    QString originalName() const { return m_originalName; }
    // The profile as the form currently describes it (not normalized).
    Profile profile() const;
    // Every problem of the current form (empty: it can be saved).
    QList<ProfileValidator::Issue> issues() const;
    QString messageText() const;
    bool isSaving() const;

public slots:
    void accept() override;

signals:
    // After a successful save (settings written; the secret stored or kept).
    void profileSaved(const QString &name, const QString &previousName);
    // The key was accepted for this session only (keychain unavailable); it sits in the session store.
    void sessionOnlySecret(const QString &name);

protected:
    void changeEvent(QEvent *event) override;

private:
    void build();
    void retranslate();
    void providerChanged();
    void updateEndpointPlaceholders();
    void revalidate();
    void showIssues(const QList<ProfileValidator::Issue> &issues);
    void setBusy(bool busy, const QString &text = {});
    void startSave(bool skipStore);
    void onSaveFinished(bool ok, const QString &error, const CredentialResult &secretResult,
                        const QString &warning);
    void loadSecretStatus();
    void browseCaBundle();

    QPointer<ProfileStore> m_profiles;
    QPointer<CredentialStore> m_credentials;
    QPointer<MemoryCredentialStore> m_sessionStore;
    Mode m_mode = Mode::Add;
    QString m_originalName;
    QString m_copyFrom;
    Profile m_base; // fields the form does not show are carried over (e.g. defaultDirectory of Volcengine)
    bool m_validateLive = false;
    bool m_sessionOnly = false;

    QFormLayout *m_form = nullptr;
    QLabel *m_intro = nullptr;
    QLineEdit *m_name = nullptr;
    QComboBox *m_provider = nullptr;
    QComboBox *m_region = nullptr;
    QLineEdit *m_accessKeyId = nullptr;
    QLineEdit *m_secret = nullptr;
    QLabel *m_secretStatus = nullptr;
    QLineEdit *m_sessionToken = nullptr;
    QMap<QString, QLineEdit *> m_endpoints;
    QLineEdit *m_caBundle = nullptr;
    QToolButton *m_caBrowse = nullptr;
    QWidget *m_caRow = nullptr;
    QLineEdit *m_defaultDirectory = nullptr;
    QLabel *m_message = nullptr;
    QMap<QString, QLabel *> m_labels; // form labels by field key, for retranslate()
    QDialogButtonBox *m_buttons = nullptr;
    ProfileSaveOperation *m_save = nullptr;
};
