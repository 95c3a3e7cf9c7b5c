// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QStringList>

namespace emu {

// Access key id -> secret. Secrets never leave this class except to the verifiers.
class CredentialStore
{
public:
    void add(const QString &accessKeyId, const QByteArray &secret) { m_secrets.insert(accessKeyId, secret); }
    bool contains(const QString &accessKeyId) const { return m_secrets.contains(accessKeyId); }
    QByteArray secret(const QString &accessKeyId) const { return m_secrets.value(accessKeyId); }
    bool isEmpty() const { return m_secrets.isEmpty(); }
    int size() const { return int(m_secrets.size()); }
    QStringList accessKeyIds() const { return m_secrets.keys(); }

    // Lines "AK SECRET" (whitespace separated); blank lines and lines starting with '#' are skipped.
    bool loadFile(const QString &path, QString *error);

private:
    QHash<QString, QByteArray> m_secrets;
};

} // namespace emu
