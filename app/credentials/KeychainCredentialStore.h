// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "credentials/CredentialStore.h"

namespace QKeychain {
class Job;
}

// The system keychain through QtKeychain (Secret Service / KWallet on Linux, Keychain on macOS, Credential
// Manager on Windows). One entry per profile (key = profile name) under the service `idconsole`, holding
// {"secretKey", "sessionToken"} as JSON in a binary entry. Never falls back to plain text: insecure fallback
// is switched off on every job, so an unavailable keychain is reported as Unavailable.
class KeychainCredentialStore : public CredentialStore
{
    Q_OBJECT
public:
    explicit KeychainCredentialStore(QObject *parent = nullptr);
    explicit KeychainCredentialStore(const QString &service, QObject *parent = nullptr);
    ~KeychainCredentialStore() override;

    static QString defaultService() { return QStringLiteral("idconsole"); }
    QString service() const { return m_service; }

    void read(const QString &profileName, QObject *context, Callback done) override;
    void write(const QString &profileName, const QString &secretKey, const QString &sessionToken,
               QObject *context, Callback done) override;
    void remove(const QString &profileName, QObject *context, Callback done) override;
    bool isPersistent() const override { return true; }
    QString displayName() const override;

    // The JSON payload of one entry (public for tests).
    static QByteArray encode(const QString &secretKey, const QString &sessionToken);
    static bool decode(const QByteArray &data, QString *secretKey, QString *sessionToken);

private:
    void prepare(QKeychain::Job *job, const QString &profileName) const;
    static CredentialResult failure(QKeychain::Job *job, bool forRemove);

    QString m_service;
};
