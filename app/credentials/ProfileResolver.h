// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "credentials/CredentialResult.h"
#include "api/Credentials.h"
#include "credentials/Profile.h"
#include <QString>

class CredentialStore;
class ProfileStore;

// Command-line use only: loads a saved profile and reads its secret from the keychain synchronously, by
// spinning a local QEventLoop (needs a QCoreApplication). The GUI never uses this: it reads asynchronously.
class ProfileResolver
{
public:
    // Uses ProfileStore() (the standard settings) and KeychainCredentialStore("idconsole").
    // true: *profile and *credentials (access key id from the profile, secret key, session token) are filled.
    // false: *error says why, in one line plus what to do. If the profile exists but its secret cannot be read,
    // *profile is still filled (a caller that takes the secret from the environment can go on).
    static bool resolve(const QString &name, Profile *profile, Credentials *credentials, QString *error);

    // The same with explicit stores (tests). `status` (optional) receives the credential store's status
    // (NotFound also when the profile itself does not exist). timeoutMs: give up waiting for the keychain
    // after this long (a locked keyring may be waiting for the person to unlock it).
    static bool resolve(ProfileStore &profiles, CredentialStore &credentialStore, const QString &name,
                        Profile *profile, Credentials *credentials, QString *error,
                        CredentialResult::Status *status = nullptr, int timeoutMs = 120000);

    // Blocking read/write/remove on any CredentialStore through a local event loop (CLI only).
    static CredentialResult readSync(CredentialStore &store, const QString &name, int timeoutMs = 120000);
    static CredentialResult writeSync(CredentialStore &store, const QString &name, const QString &secretKey,
                                      const QString &sessionToken, int timeoutMs = 120000);
    static CredentialResult removeSync(CredentialStore &store, const QString &name, int timeoutMs = 120000);
};
