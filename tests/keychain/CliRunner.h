// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

// Runs idconsole-cli once (test helper): stdin text, extra environment, captured output.
struct CliRun
{
    int exitCode = -1;
    QString out;
    QString err;
    bool finished = false;
};

inline CliRun runCli(const QStringList &args, const QString &stdinText = {},
                     const QProcessEnvironment &extraEnv = {}, int timeoutMs = 60000)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    // Credentials in the caller's environment would win over the profile: keep them out.
    for (const char *var : {"VOLCENGINE_ACCESS_KEY", "VOLCENGINE_SECRET_KEY", "VOLCENGINE_SESSION_TOKEN",
                            "ALIBABA_CLOUD_ACCESS_KEY_ID", "ALIBABA_CLOUD_ACCESS_KEY_SECRET", "ALIBABA_CLOUD_SECURITY_TOKEN"})
        env.remove(QString::fromLatin1(var));
    for (const QString &k : extraEnv.keys())
        env.insert(k, extraEnv.value(k));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(IDCONSOLE_CLI_PATH), args);
    CliRun r;
    if (!p.waitForStarted(10000)) {
        r.err = QStringLiteral("could not start %1").arg(QStringLiteral(IDCONSOLE_CLI_PATH));
        return r;
    }
    if (!stdinText.isEmpty())
        p.write(stdinText.toUtf8());
    p.closeWriteChannel();
    r.finished = p.waitForFinished(timeoutMs);
    if (!r.finished)
        p.kill();
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}
