// SPDX-License-Identifier: GPL-3.0-or-later
#include "credentials/ProfileResolver.h"

#include "credentials/CredentialStore.h"
#include "credentials/KeychainCredentialStore.h"
#include "credentials/ProfileStore.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QTimer>
#include <functional>

namespace {
CredentialResult runSync(const std::function<void(QObject *, CredentialStore::Callback)> &op, int timeoutMs)
{
    QEventLoop loop;
    QObject context; // dropped before returning: a late answer after a timeout goes nowhere
    CredentialResult out;
    bool answered = false;
    op(&context, [&](const CredentialResult &r) {
        out = r;
        answered = true;
        loop.quit();
    });
    QTimer timer;
    timer.setSingleShot(true);
    QObject::connect(&timer, &QTimer::timeout, &loop, &QEventLoop::quit);
    if (timeoutMs > 0)
        timer.start(timeoutMs);
    if (!answered)
        loop.exec();
    if (!answered) {
        out = {};
        out.status = CredentialResult::Status::Unavailable;
        out.message = QCoreApplication::translate("ProfileResolver", "The system keychain did not answer within %n second(s).",
                                                  nullptr, timeoutMs / 1000);
        out.hint = QCoreApplication::translate("ProfileResolver",
                                               "Unlock your keyring (it may be waiting for its password) and try again.");
    }
    return out;
}
} // namespace

CredentialResult ProfileResolver::readSync(CredentialStore &store, const QString &name, int timeoutMs)
{
    return runSync([&](QObject *ctx, CredentialStore::Callback cb) { store.read(name, ctx, std::move(cb)); }, timeoutMs);
}

CredentialResult ProfileResolver::writeSync(CredentialStore &store, const QString &name, const QString &secretKey,
                                            const QString &sessionToken, int timeoutMs)
{
    return runSync([&](QObject *ctx, CredentialStore::Callback cb) {
        store.write(name, secretKey, sessionToken, ctx, std::move(cb));
    }, timeoutMs);
}

CredentialResult ProfileResolver::removeSync(CredentialStore &store, const QString &name, int timeoutMs)
{
    return runSync([&](QObject *ctx, CredentialStore::Callback cb) { store.remove(name, ctx, std::move(cb)); }, timeoutMs);
}

bool ProfileResolver::resolve(const QString &name, Profile *profile, Credentials *credentials, QString *error)
{
    ProfileStore profiles;
    KeychainCredentialStore keychain;
    return resolve(profiles, keychain, name, profile, credentials, error);
}

bool ProfileResolver::resolve(ProfileStore &profiles, CredentialStore &credentialStore, const QString &name,
                              Profile *profile, Credentials *credentials, QString *error,
                              CredentialResult::Status *status, int timeoutMs)
{
    auto fail = [&](CredentialResult::Status s, const QString &message) {
        if (status)
            *status = s;
        if (error)
            *error = message;
        return false;
    };
    std::optional<Profile> p = profiles.profile(name);
    if (!p) {
        const QString other = profiles.findName(name);
        if (!other.isEmpty())
            return fail(CredentialResult::Status::NotFound,
                        QCoreApplication::translate("ProfileResolver", "There is no profile named “%1” (did you mean “%2”?).")
                            .arg(name, other));
        return fail(CredentialResult::Status::NotFound,
                    QCoreApplication::translate("ProfileResolver",
                                                "There is no profile named “%1”. List them with: idconsole-cli profile list")
                        .arg(name));
    }
    if (profile)
        *profile = *p;
    const CredentialResult r = readSync(credentialStore, name, timeoutMs);
    switch (r.status) {
    case CredentialResult::Status::Ok:
        if (credentials) {
            credentials->accessKeyId = p->accessKeyId;
            credentials->secret = r.secretKey;
            credentials->sessionToken = r.sessionToken;
        }
        if (status)
            *status = r.status;
        return true;
    case CredentialResult::Status::NotFound:
        return fail(r.status, QCoreApplication::translate("ProfileResolver",
                                                          "No secret key is saved for profile “%1” yet. Store one with: "
                                                          "idconsole-cli profile edit %1 --secret-stdin")
                                  .arg(name));
    case CredentialResult::Status::Unavailable:
        return fail(r.status, QCoreApplication::translate("ProfileResolver", "The system keychain is unavailable: %1")
                                      .arg(r.message)
                                  + (r.hint.isEmpty() ? QString() : QStringLiteral(" ") + r.hint));
    case CredentialResult::Status::Error:
        break;
    }
    return fail(r.status, r.fullMessage());
}
