// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "credentials/CredentialResult.h"
#include "credentials/Profile.h"
#include <QObject>
#include <QPointer>

class CredentialStore;
class ProfileStore;

// Saves one profile and its secret, asynchronously, in an order that loses nothing:
//   1. the secret goes to the credential store first (a new key; or the entry copied from the duplicated /
//      renamed profile), so a profile is never saved pointing at a secret that could not be stored;
//   2. then the profile goes to the ProfileStore (if that fails, a secret written in step 1 for a new name is
//      removed again);
//   3. on a rename, the old entry is removed last.
// Secret untouched and no rename: the stored secret is kept and the keychain is not touched.
class ProfileSaveOperation : public QObject
{
    Q_OBJECT
public:
    ProfileSaveOperation(ProfileStore *profiles, CredentialStore *credentials, QObject *parent = nullptr);

    // Replace the stored secret with this one.
    void setNewSecret(const QString &secretKey, const QString &sessionToken);
    // Duplicate: copy the secret of this profile when no new secret is set (nothing copied if it has none).
    void setCopySecretFrom(const QString &profileName) { m_copyFrom = profileName; }
    // Do not touch the credential store at all (the keychain is unavailable and the key is used for this
    // session only).
    void setSkipCredentialStore(bool skip) { m_skipStore = skip; }

    // `originalName` empty: a new profile.
    void start(const Profile &profile, const QString &originalName = {});
    bool isRunning() const { return m_running; }

signals:
    // ok: both saved. Otherwise `error` says what failed and `secretResult` carries the credential store's
    // status (Unavailable: nothing was saved; the caller may offer "use for this session only").
    // `warning` (ok == true) e.g. when the old keychain entry of a renamed profile could not be removed.
    void finished(bool ok, const QString &error, const CredentialResult &secretResult, const QString &warning);

private:
    void saveProfile(bool secretWrittenForNewName, bool removeOldEntry);
    void done(bool ok, const QString &error, const CredentialResult &secretResult = {}, const QString &warning = {});

    QPointer<ProfileStore> m_profiles;
    QPointer<CredentialStore> m_credentials;
    Profile m_profile;
    QString m_originalName;
    QString m_copyFrom;
    QString m_secretKey;
    QString m_sessionToken;
    bool m_hasNewSecret = false;
    bool m_skipStore = false;
    bool m_running = false;
};
