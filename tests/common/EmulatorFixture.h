// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QProcess>
#include <QString>
#include <QStringList>
#include <QUrl>

// Starts the real idconsole-emulator binary on a free loopback port for a test and stops it afterwards.
class EmulatorFixture
{
public:
    explicit EmulatorFixture(const QStringList &extraArgs = {});
    ~EmulatorFixture();

    // Waits (event loop) until the emulator prints "LISTENING <port>". Returns false with a message on failure.
    bool start(QString *error = nullptr, int timeoutMs = 20000);
    void stop();
    // Stops and starts again with the same arguments (new port).
    bool restart(QString *error = nullptr);

    int port() const { return m_port; }
    QUrl endpoint() const;
    QString accessKey() const { return m_accessKey; }
    QString secret() const { return m_secret; }
    QStringList arguments() const { return m_args; }
    void setArguments(const QStringList &extraArgs) { m_extraArgs = extraArgs; }
    QString standardError() const { return m_stderr; }

    static QString emulatorPath();

private:
    QStringList m_extraArgs;
    QStringList m_args;
    QProcess *m_process = nullptr;
    int m_port = 0;
    QString m_accessKey = QStringLiteral("AKLTtestemulatorkey0001");
    QString m_secret;
    QString m_stderr;
};
