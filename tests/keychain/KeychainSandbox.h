// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "credentials/CredentialStore.h"
#include <QDirIterator>
#include <QFile>
#include <QString>
#include <QStringList>
#include <QUrl>
#include <QtTest>
#include <functional>

// Helpers for tests that run inside run-with-keyring.sh (private bus + gnome-keyring + fresh HOME/XDG/TMPDIR).
namespace KeychainSandbox {

// The sandbox root, or empty when not running inside the wrapper (then the test must not touch any keychain).
inline QString root()
{
    return qEnvironmentVariable("IDCONSOLE_TEST_SANDBOX");
}

inline bool inSandbox(QString *why)
{
    const QString r = root();
    if (r.isEmpty() || !qEnvironmentVariable("HOME").startsWith(r)) {
        *why = QStringLiteral("not inside run-with-keyring.sh: refusing to touch the real keychain "
                              "(run it through ctest -L keychain)");
        return false;
    }
    if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS")) {
        *why = QStringLiteral("no private session bus");
        return false;
    }
    return true;
}

// Runs one async CredentialStore operation and waits for its single answer.
inline CredentialResult wait(const std::function<void(CredentialStore::Callback)> &op, int timeoutMs = 30000)
{
    CredentialResult result;
    int calls = 0;
    op([&](const CredentialResult &r) {
        result = r;
        ++calls;
    });
    if (!QTest::qWaitFor([&] { return calls > 0; }, timeoutMs)) {
        result.status = CredentialResult::Status::Error;
        result.message = QStringLiteral("test: no answer within %1 ms").arg(timeoutMs);
    }
    return result;
}

// Forms in which a secret could show up in a file or a log: raw, hex, percent-encoded, and base64 at each of
// the three byte alignments (base64 of a larger payload such as the keychain's JSON entry).
inline QList<QByteArray> needles(const QString &secret)
{
    const QByteArray raw = secret.toUtf8();
    QList<QByteArray> list{raw, raw.toHex(), QUrl::toPercentEncoding(secret)};
    for (int shift = 0; shift < 3; ++shift) {
        const QByteArray b = (QByteArray(shift, 'x') + raw).toBase64();
        const int start = shift ? 4 : 0;
        list << b.mid(start, b.size() - start - 4);
    }
    return list;
}

inline bool containsSecret(const QByteArray &data, const QString &secret)
{
    for (const QByteArray &n : needles(secret)) {
        if (n.size() >= 8 && data.contains(n))
            return true;
    }
    return false;
}

// Files under `dir` (recursively, hidden included) that contain the secret in any of the forms above.
inline QStringList filesContaining(const QString &dir, const QString &secret)
{
    QStringList hits;
    QDirIterator it(dir, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile f(it.next());
        if (f.open(QIODevice::ReadOnly) && containsSecret(f.readAll(), secret))
            hits << f.fileName();
    }
    return hits;
}

} // namespace KeychainSandbox
