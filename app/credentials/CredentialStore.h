// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "credentials/CredentialResult.h"
#include <QObject>
#include <QString>
#include <functional>

// Where a profile's secret key and optional STS session token live: one entry per profile name.
// Every operation is asynchronous: `done` runs later from the event loop (never inside the call), exactly once,
// and not at all if `context` is destroyed first (context may be nullptr: then the store itself is the context).
class CredentialStore : public QObject
{
    Q_OBJECT
public:
    using Callback = std::function<void(const CredentialResult &)>;

    explicit CredentialStore(QObject *parent = nullptr);
    ~CredentialStore() override;

    virtual void read(const QString &profileName, QObject *context, Callback done) = 0;
    // Creates or overwrites the entry.
    virtual void write(const QString &profileName, const QString &secretKey, const QString &sessionToken,
                       QObject *context, Callback done) = 0;
    // Removing an entry that does not exist succeeds (Ok).
    virtual void remove(const QString &profileName, QObject *context, Callback done) = 0;

    // Copies the entry of `from` to `to` (read + write). NotFound when `from` has no entry (nothing written).
    void copy(const QString &from, const QString &to, QObject *context, Callback done);
    // Moves the entry of `from` to `to` (read + write + remove). NotFound when `from` has no entry.
    void move(const QString &from, const QString &to, QObject *context, Callback done);

    // True when entries survive the process (the system keychain); false for memory.
    virtual bool isPersistent() const = 0;
    // Localized name of the backend for people ("System keychain", "This session only").
    virtual QString displayName() const = 0;

signals:
    // A write or remove succeeded for this profile.
    void changed(const QString &profileName);
};
