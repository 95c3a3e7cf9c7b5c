// SPDX-License-Identifier: GPL-3.0-or-later
#include "credentials/MemoryCredentialStore.h"

#include <QPointer>
#include <QTimer>

MemoryCredentialStore::MemoryCredentialStore(QObject *parent)
    : CredentialStore(parent)
{
}

MemoryCredentialStore::~MemoryCredentialStore()
{
    clear();
}

QString MemoryCredentialStore::displayName() const
{
    return tr("This session only (memory)");
}

void MemoryCredentialStore::deliver(QObject *context, Callback done, const CredentialResult &result)
{
    QObject *ctx = context ? context : this;
    QPointer<QObject> guard(ctx);
    // Queued through a timer owned by the context: if the context dies first, nothing runs.
    QTimer::singleShot(m_latencyMs, ctx, [guard, done = std::move(done), result] {
        if (guard && done)
            done(result);
    });
}

CredentialResult MemoryCredentialStore::unavailable() const
{
    CredentialResult r;
    r.status = CredentialResult::Status::Unavailable;
    r.message = m_unavailableMessage;
    r.hint = tr("Unlock or start your keyring, then try again, or use the key for this session only.");
    return r;
}

void MemoryCredentialStore::read(const QString &profileName, QObject *context, Callback done)
{
    ++m_operations;
    if (!m_unavailableMessage.isEmpty()) {
        deliver(context, std::move(done), unavailable());
        return;
    }
    CredentialResult r;
    const auto it = m_entries.constFind(profileName);
    if (it == m_entries.cend()) {
        r.status = CredentialResult::Status::NotFound;
        r.message = tr("No secret key is saved for profile “%1” yet.").arg(profileName);
    } else {
        r.secretKey = it->secretKey;
        r.sessionToken = it->sessionToken;
    }
    deliver(context, std::move(done), r);
}

void MemoryCredentialStore::write(const QString &profileName, const QString &secretKey,
                                  const QString &sessionToken, QObject *context, Callback done)
{
    ++m_operations;
    ++m_writes;
    if (!m_unavailableMessage.isEmpty()) {
        deliver(context, std::move(done), unavailable());
        return;
    }
    m_entries.insert(profileName, Entry{secretKey, sessionToken});
    emit changed(profileName);
    deliver(context, std::move(done), CredentialResult{});
}

void MemoryCredentialStore::remove(const QString &profileName, QObject *context, Callback done)
{
    ++m_operations;
    ++m_writes;
    if (!m_unavailableMessage.isEmpty()) {
        deliver(context, std::move(done), unavailable());
        return;
    }
    if (m_entries.remove(profileName))
        emit changed(profileName);
    deliver(context, std::move(done), CredentialResult{});
}

void MemoryCredentialStore::insert(const QString &profileName, const QString &secretKey, const QString &sessionToken)
{
    m_entries.insert(profileName, Entry{secretKey, sessionToken});
    emit changed(profileName);
}

std::optional<CredentialResult> MemoryCredentialStore::peek(const QString &profileName) const
{
    const auto it = m_entries.constFind(profileName);
    if (it == m_entries.cend())
        return std::nullopt;
    CredentialResult r;
    r.secretKey = it->secretKey;
    r.sessionToken = it->sessionToken;
    return r;
}

void MemoryCredentialStore::clear()
{
    for (auto it = m_entries.begin(); it != m_entries.end(); ++it) {
        it->secretKey.fill(QLatin1Char('\0'));
        it->sessionToken.fill(QLatin1Char('\0'));
    }
    m_entries.clear();
}
