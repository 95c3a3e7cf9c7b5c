// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "credentials/Profile.h"
#include <QObject>
#include <QStringList>
#include <memory>
#include <optional>

class QSettings;

// The saved profiles, in QSettings (organization and application "idconsole", the standard config location),
// group "profiles/<percent-encoded name>". Never holds a secret: secrets live in a CredentialStore.
// Reads re-sync with the file, so profiles added by idconsole-cli show up in a running console.
class ProfileStore : public QObject
{
    Q_OBJECT
public:
    // The standard location: QSettings("idconsole", "idconsole").
    explicit ProfileStore(QObject *parent = nullptr);
    // An explicit INI file (tests, portable setups).
    explicit ProfileStore(const QString &iniFile, QObject *parent = nullptr);
    ~ProfileStore() override;

    QString fileName() const;

    // Profile names, sorted case-insensitively.
    QStringList names() const;
    QList<Profile> profiles() const;
    std::optional<Profile> profile(const QString &name) const;
    bool contains(const QString &name) const;
    // Case-insensitive lookup: the stored spelling of `name`, or empty.
    QString findName(const QString &name) const;

    // Adds or replaces `profile`. When `previousName` is given and differs, the old entry is removed (rename).
    // Transient profiles are refused. Returns false with a message on failure (e.g. the file is not writable).
    bool save(const Profile &profile, const QString &previousName = {}, QString *error = nullptr);
    bool remove(const QString &name, QString *error = nullptr);

    // The profile the console opened last (empty if none or deleted since).
    QString lastUsed() const;
    void setLastUsed(const QString &name);

    // "base", "base (2)", ... : the first name not taken (case-insensitively).
    QString uniqueName(const QString &base) const;

    // Setting names that must never appear in the profile settings (tests check the file for them).
    static QStringList forbiddenKeys();

signals:
    void profilesChanged();
    void profileSaved(const QString &name, const QString &previousName);
    void profileRemoved(const QString &name);

private:
    static QString groupKey(const QString &name);
    bool commit(QString *error);

    std::unique_ptr<QSettings> m_settings;
};
