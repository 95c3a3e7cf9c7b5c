// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHostAddress>
#include <QString>
#include <QList>
#include <QPair>
#include <QStringList>

namespace emu {

// Command-line options of idconsole-emulator (see README.md and --help).
struct EmulatorOptions
{
    enum class ParseResult { Run, ExitSuccess, ExitError };

    QHostAddress bind = QHostAddress(QHostAddress::LocalHost);
    quint16 port = 0;
    QString accessKey;
    QString credentialsFile;
    QString dataset = QStringLiteral("demo");
    int users = 100000;
    int events = 0;
    int poolUsers = 0; // --pool-users (large only)
    quint64 seed = 1;
    QString statePath;
    double throttleQps = 0;
    double failRate = 0;
    double resetRate = 0;
    int latencyMinMs = 0;
    int latencyMaxMs = 0;
    qint64 clockSkewSeconds = 0;
    bool log = false;
    // Cloud Identity holds each write for this long; a write meanwhile gets 400 ConcurrentException.
    int writeLockMs = 5;
    QString serviceStatus;           // non-empty: Cloud Identity answers 400 ServiceStatusException
    QStringList readOnlyKeys;        // writes by these keys are refused (PermissionError / AccessDenied / NoPermission)
    QList<QPair<QString, int>> quotas; // cloudidentity.users, cloudidentity.groups, id.userpools, id.users
    int retryTaskMs = 0;             // Cloud Identity retry tasks run this long (UserProvisionEventRetryConflict)
    double statusConflictRate = 0;   // id writes: probability of 409 StatusConflict

    // On ExitSuccess `output` holds --help / --version text; on ExitError `output` holds the message.
    static ParseResult parse(const QStringList &arguments, EmulatorOptions *options, QString *output);
    static QString versionString();
};

} // namespace emu
