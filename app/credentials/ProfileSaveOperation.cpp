// SPDX-License-Identifier: GPL-3.0-or-later
#include "credentials/ProfileSaveOperation.h"

#include "credentials/CredentialStore.h"
#include "credentials/ProfileStore.h"

#include <QTimer>

ProfileSaveOperation::ProfileSaveOperation(ProfileStore *profiles, CredentialStore *credentials, QObject *parent)
    : QObject(parent), m_profiles(profiles), m_credentials(credentials)
{
    qRegisterMetaType<CredentialResult>();
}

void ProfileSaveOperation::setNewSecret(const QString &secretKey, const QString &sessionToken)
{
    m_secretKey = secretKey;
    m_sessionToken = sessionToken;
    m_hasNewSecret = true;
}

void ProfileSaveOperation::done(bool ok, const QString &error, const CredentialResult &secretResult,
                                const QString &warning)
{
    m_running = false;
    m_secretKey.fill(QLatin1Char('\0'));
    m_secretKey.clear();
    m_sessionToken.fill(QLatin1Char('\0'));
    m_sessionToken.clear();
    m_hasNewSecret = false;
    emit finished(ok, error, secretResult, warning);
}

void ProfileSaveOperation::start(const Profile &profile, const QString &originalName)
{
    m_profile = profile;
    m_originalName = originalName;
    m_running = true;
    const bool renamed = !originalName.isEmpty() && originalName != profile.name;

    if (!m_profiles) {
        QTimer::singleShot(0, this, [this] { done(false, tr("No profile store.")); });
        return;
    }
    if (m_skipStore || !m_credentials) {
        QTimer::singleShot(0, this, [this] { saveProfile(false, false); });
        return;
    }
    if (m_hasNewSecret) {
        const bool newName = originalName.isEmpty() || renamed;
        m_credentials->write(profile.name, m_secretKey, m_sessionToken, this,
                             [this, newName, renamed](const CredentialResult &r) {
                                 if (!r.ok()) {
                                     done(false, tr("The secret key could not be stored: %1").arg(r.message), r);
                                     return;
                                 }
                                 saveProfile(newName, renamed);
                             });
        return;
    }
    const QString source = renamed ? originalName : m_copyFrom;
    if (!source.isEmpty() && source != profile.name) {
        m_credentials->copy(source, profile.name, this, [this, renamed](const CredentialResult &r) {
            if (r.status == CredentialResult::Status::NotFound) {
                saveProfile(false, false); // nothing saved under the old name: nothing to carry over
                return;
            }
            if (!r.ok()) {
                done(false, tr("The saved secret key could not be carried over to the new name: %1").arg(r.message), r);
                return;
            }
            saveProfile(true, renamed);
        });
        return;
    }
    QTimer::singleShot(0, this, [this] { saveProfile(false, false); });
}

void ProfileSaveOperation::saveProfile(bool secretWrittenForNewName, bool removeOldEntry)
{
    QString error;
    if (!m_profiles || !m_profiles->save(m_profile, m_originalName, &error)) {
        if (error.isEmpty())
            error = tr("No profile store.");
        if (secretWrittenForNewName && m_credentials) {
            // Roll back: the profile does not exist under this name, so its secret must not either.
            m_credentials->remove(m_profile.name, this, [this, error](const CredentialResult &) {
                done(false, error);
            });
            return;
        }
        done(false, error);
        return;
    }
    if (removeOldEntry && m_credentials) {
        const QString old = m_originalName;
        m_credentials->remove(old, this, [this, old](const CredentialResult &r) {
            QString warning;
            if (!r.ok())
                warning = tr("The keychain entry under the old name “%1” could not be removed: %2").arg(old, r.message);
            done(true, {}, {}, warning);
        });
        return;
    }
    done(true, {});
}
