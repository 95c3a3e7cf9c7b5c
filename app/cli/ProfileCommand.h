// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

class CredentialStore;
class ProfileStore;

// `idconsole-cli profile ...`: add, list, show, edit, remove, test. Secrets are read from stdin (no echo on a
// terminal), never from the command line, and stored only in the system keychain.
// Exit codes: 0 ok, 1 API error (test), 2 usage or validation error, 3 network error or timeout (test),
// 4 the system keychain is unavailable or holds no secret for the profile (nothing was changed).
class ProfileCommand
{
public:
    enum ExitCode { Ok = 0, ApiFailure = 1, Usage = 2, NetworkFailure = 3, KeychainFailure = 4 };

    // args: everything after the word `profile`. Uses ProfileStore() and KeychainCredentialStore().
    static int run(const QStringList &args);
    // The same with explicit stores (tests).
    static int run(const QStringList &args, ProfileStore &profiles, CredentialStore &credentials);
    static QString usage();
};
