// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "credentials/CredentialResult.h"
#include "api/Credentials.h"
#include "credentials/Profile.h"
#include <QHash>
#include <QPointer>
#include <QWidget>
#include <optional>

class CredentialPromptDialog;
class CredentialStore;
class MemoryCredentialStore;
class ProfileManagerDialog;
class ProfileStore;
class QComboBox;
class QLabel;
class QToolButton;

// The main window's toolbar widget: a combo of the saved (and transient) profiles, a status button that shows
// when the secret is missing or the keychain is unavailable, and "Manage profiles…".
// Selecting a profile reads its secret asynchronously, then emits sessionRequested(profile, credentials);
// if no secret can be read it emits credentialProblem(name, message) instead (the clear "no session" state)
// and, when the person picked the profile, asks for the key (save in keychain / this session only).
// The last profile that opened a session is remembered (ProfileStore::setLastUsed).
class ProfileSwitcher : public QWidget
{
    Q_OBJECT
public:
    enum class State {
        NoProfile,   // nothing selected (no profiles yet)
        Loading,     // reading the secret
        Ready,       // sessionRequested() was emitted for the current profile
        NoSecret,    // no secret saved yet
        Unavailable, // keychain unavailable (locked, no Secret Service, access denied)
        Error,       // unreadable entry
        Rejected,    // the service rejected the key (wrong or expired), see reportCredentialRejected()
    };

    ProfileSwitcher(ProfileStore *profiles, CredentialStore *credentials, QWidget *parent = nullptr);
    ~ProfileSwitcher() override;

    // Selects a profile by name and starts reading its secret. Unknown or empty name: the clear state.
    // Programmatic: never opens a dialog by itself (the status button offers it).
    void selectProfile(const QString &name);
    // Selects ProfileStore::lastUsed(), else the first profile, else emits sessionCleared().
    void restoreLastUsed();
    // Demo mode / session-only: shown in the combo (marked), never saved; the secret is held in memory only.
    void addTransientProfile(const Profile &profile, const Credentials &credentials);
    void removeTransientProfile(const QString &name);

    QString currentProfileName() const;
    std::optional<Profile> currentProfile() const;
    QStringList profileNames() const; // as listed in the combo
    State state() const { return m_state; }
    QString stateMessage() const { return m_stateMessage; }
    // Secrets held for this session only (transient profiles and "use for this session only").
    MemoryCredentialStore *sessionStore() const { return m_sessionStore; }
    ProfileManagerDialog *managerDialog() const;
    CredentialPromptDialog *promptDialog() const;

public slots:
    // Opens the profile manager (window-modal, non-blocking).
    void openManager();
    // Asks for the current profile's secret (what the status button does).
    void promptForSecret();
    // Re-reads the current profile's secret (e.g. after unlocking the keychain).
    void retry();
    // The main window calls this when an API call of the current session failed because of the key
    // (ApiError::isAuthProblem(), e.g. SignatureDoesNotMatch, InvalidAccessKeyId, expired STS token): the
    // switcher shows the "wrong or expired key" state and its status button asks for the current key.
    void reportCredentialRejected(const QString &profileName, const QString &message);

signals:
    // A profile and its complete credentials: the main window replaces its Session with a new one
    // (cancelling the old profile's requests) and reloads its panes.
    void sessionRequested(const Profile &profile, const Credentials &credentials);
    // The selected profile has no usable secret: no session. message is localized and says what to do.
    void credentialProblem(const QString &profileName, const QString &message);
    // Nothing is selected any more (no profiles, or the current one was deleted): drop the session.
    void sessionCleared();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void reloadCombo(const QString &select);
    void activate(const QString &name, bool interactive);
    void onSecret(const Profile &profile, const CredentialResult &result, bool interactive, quint64 serial);
    void setState(State state, const QString &message = {});
    void openPrompt(const Profile &profile, int reason, const QString &message, const QString &hint);
    void emitSession(const Profile &profile, const QString &secret, const QString &token);
    void onProfileSaved(const QString &name, const QString &previousName);
    void onProfileRemoved(const QString &name);

    QPointer<ProfileStore> m_profiles;
    QPointer<CredentialStore> m_credentials;
    MemoryCredentialStore *m_sessionStore = nullptr;
    QHash<QString, Profile> m_transient;
    QPointer<ProfileManagerDialog> m_manager;
    QPointer<CredentialPromptDialog> m_prompt;
    State m_state = State::NoProfile;
    QString m_stateMessage;
    QString m_current;
    CredentialResult m_lastProblem;
    quint64 m_serial = 0;
    bool m_reloading = false;

    QLabel *m_label = nullptr;
    QComboBox *m_combo = nullptr;
    QToolButton *m_status = nullptr;
    QToolButton *m_manage = nullptr;
};
