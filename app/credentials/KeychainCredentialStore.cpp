// SPDX-License-Identifier: GPL-3.0-or-later
#include "credentials/KeychainCredentialStore.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <qt6keychain/keychain.h>

KeychainCredentialStore::KeychainCredentialStore(QObject *parent)
    : KeychainCredentialStore(defaultService(), parent)
{
}

KeychainCredentialStore::KeychainCredentialStore(const QString &service, QObject *parent)
    : CredentialStore(parent), m_service(service)
{
}

KeychainCredentialStore::~KeychainCredentialStore() = default;

QString KeychainCredentialStore::displayName() const
{
    return tr("System keychain");
}

QByteArray KeychainCredentialStore::encode(const QString &secretKey, const QString &sessionToken)
{
    QJsonObject o;
    o.insert(QStringLiteral("v"), 1);
    o.insert(QStringLiteral("secretKey"), secretKey);
    if (!sessionToken.isEmpty())
        o.insert(QStringLiteral("sessionToken"), sessionToken);
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

bool KeychainCredentialStore::decode(const QByteArray &data, QString *secretKey, QString *sessionToken)
{
    QJsonParseError err{};
    const QJsonDocument doc = QJsonDocument::fromJson(data, &err);
    if (err.error == QJsonParseError::NoError && doc.isObject()) {
        const QJsonObject o = doc.object();
        const QString sk = o.value(QStringLiteral("secretKey")).toString();
        if (sk.isEmpty())
            return false;
        *secretKey = sk;
        *sessionToken = o.value(QStringLiteral("sessionToken")).toString();
        return true;
    }
    // An entry written by hand (e.g. with secret-tool) holding just the key: accept it as the secret key.
    const QString raw = QString::fromUtf8(data).trimmed();
    if (raw.isEmpty() || raw.startsWith(QLatin1Char('{')))
        return false;
    *secretKey = raw;
    sessionToken->clear();
    return true;
}

void KeychainCredentialStore::prepare(QKeychain::Job *job, const QString &profileName) const
{
    job->setAutoDelete(true);
    // Never let QtKeychain write the secret into a QSettings file when no keychain answers.
    job->setInsecureFallback(false);
    job->setKey(profileName);
}

CredentialResult KeychainCredentialStore::failure(QKeychain::Job *job, bool forRemove)
{
    CredentialResult r;
    r.message = job->errorString();
    switch (job->error()) {
    case QKeychain::NoError:
        r.status = CredentialResult::Status::Ok;
        r.message.clear();
        break;
    case QKeychain::EntryNotFound:
        r.status = forRemove ? CredentialResult::Status::Ok : CredentialResult::Status::NotFound;
        if (forRemove)
            r.message.clear();
        else
            r.message = tr("No secret key is saved in the system keychain for profile “%1” yet.").arg(job->key());
        break;
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied:
        r.status = CredentialResult::Status::Unavailable;
        r.hint = tr("The system keychain refused access (it may be locked). Unlock it (for example in "
                    "Passwords and Keys / KWallet Manager) and try again, or use the key for this session only.");
        break;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
    case QKeychain::OtherError:
    case QKeychain::CouldNotDeleteEntry:
    default:
        r.status = CredentialResult::Status::Unavailable;
        r.hint = tr("No usable system keychain answered. Start and unlock a Secret Service provider "
                    "(GNOME Keyring or KWallet) in your desktop session and try again, or use the key for this "
                    "session only. Identity Console never stores secrets in plain text.");
        break;
    }
    if (r.status != CredentialResult::Status::Ok && r.message.isEmpty())
        r.message = tr("The system keychain reported an unknown error.");
    return r;
}

void KeychainCredentialStore::read(const QString &profileName, QObject *context, Callback done)
{
    auto *job = new QKeychain::ReadPasswordJob(m_service);
    prepare(job, profileName);
    QObject *ctx = context ? context : this;
    connect(job, &QKeychain::Job::finished, ctx, [done = std::move(done)](QKeychain::Job *j) {
        auto *readJob = static_cast<QKeychain::ReadPasswordJob *>(j);
        CredentialResult r = failure(j, false);
        if (r.ok()) {
            if (!decode(readJob->binaryData(), &r.secretKey, &r.sessionToken)) {
                r.status = CredentialResult::Status::Error;
                r.message = tr("The keychain entry of profile “%1” does not hold a secret key this version can read.")
                                .arg(j->key());
                r.hint = tr("Enter the secret key again to replace the entry.");
            }
        }
        if (done)
            done(r);
    });
    job->start();
}

void KeychainCredentialStore::write(const QString &profileName, const QString &secretKey,
                                    const QString &sessionToken, QObject *context, Callback done)
{
    auto *job = new QKeychain::WritePasswordJob(m_service);
    prepare(job, profileName);
    job->setBinaryData(encode(secretKey, sessionToken));
    QObject *ctx = context ? context : this;
    QPointer<KeychainCredentialStore> self(this);
    connect(job, &QKeychain::Job::finished, ctx, [self, profileName, done = std::move(done)](QKeychain::Job *j) {
        const CredentialResult r = failure(j, false);
        if (r.ok() && self)
            emit self->changed(profileName);
        if (done)
            done(r);
    });
    job->start();
}

void KeychainCredentialStore::remove(const QString &profileName, QObject *context, Callback done)
{
    auto *job = new QKeychain::DeletePasswordJob(m_service);
    prepare(job, profileName);
    QObject *ctx = context ? context : this;
    QPointer<KeychainCredentialStore> self(this);
    connect(job, &QKeychain::Job::finished, ctx, [self, profileName, done = std::move(done)](QKeychain::Job *j) {
        const CredentialResult r = failure(j, true);
        if (r.ok() && self)
            emit self->changed(profileName);
        if (done)
            done(r);
    });
    job->start();
}
