// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "credentials/CredentialStore.h"
#include <QHash>
#include <optional>

// Secrets held in this process's memory only: tests, demo mode, and "use for this session only".
// Asynchronous like the keychain (callbacks are queued). Can simulate an unavailable keychain for tests.
class MemoryCredentialStore : public CredentialStore
{
    Q_OBJECT
public:
    explicit MemoryCredentialStore(QObject *parent = nullptr);
    ~MemoryCredentialStore() override;

    void read(const QString &profileName, QObject *context, Callback done) override;
    void write(const QString &profileName, const QString &secretKey, const QString &sessionToken,
               QObject *context, Callback done) override;
    void remove(const QString &profileName, QObject *context, Callback done) override;
    bool isPersistent() const override { return false; }
    QString displayName() const override;

    // Synchronous helpers (tests, demo setup, session-only secrets).
    bool contains(const QString &profileName) const { return m_entries.contains(profileName); }
    int count() const { return int(m_entries.size()); }
    QStringList names() const { return m_entries.keys(); }
    void insert(const QString &profileName, const QString &secretKey, const QString &sessionToken = {});
    void take(const QString &profileName) { m_entries.remove(profileName); }
    std::optional<CredentialResult> peek(const QString &profileName) const;
    void clear();

    // Test seam: a non-empty message makes every operation fail as Unavailable with that message.
    void setUnavailable(const QString &message) { m_unavailableMessage = message; }
    // Test seam: delay every answer by this many milliseconds (0 = next event loop turn).
    void setLatency(int ms) { m_latencyMs = ms; }
    int operationCount() const { return m_operations; } // reads, writes and removes asked for
    int writeCount() const { return m_writes; }         // writes and removes asked for

private:
    struct Entry
    {
        QString secretKey;
        QString sessionToken;
    };
    void deliver(QObject *context, Callback done, const CredentialResult &result);
    CredentialResult unavailable() const;

    QHash<QString, Entry> m_entries;
    QString m_unavailableMessage;
    int m_latencyMs = 0;
    int m_operations = 0;
    int m_writes = 0;
};
