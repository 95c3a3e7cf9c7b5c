// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/Credentials.h"
#include "credentials/Profile.h"
#include <QObject>
#include <QProcess>
#include <QStringList>
#include <QTimer>
#include <QUrl>

// `idconsole --demo`: runs idconsole-emulator as a child process on a free loopback port with a random
// key pair held only in memory (the secret goes to the child through IDCONSOLE_EMULATOR_SECRET, never
// on its command line) and describes the transient demo profiles that point at it.
// The child is stopped when this object is destroyed; on Linux it also dies with the console
// (PR_SET_PDEATHSIG), so a crashed console leaves no emulator behind.
class DemoEnvironment : public QObject
{
    Q_OBJECT
public:
    enum class State { NotStarted, Starting, Running, Failed, Stopped };
    Q_ENUM(State)

    explicit DemoEnvironment(QObject *parent = nullptr);
    ~DemoEnvironment() override;

    // Extra emulator arguments (default: --dataset demo).
    void setEmulatorArguments(const QStringList &args) { m_extraArgs = args; }
    // Override the emulator binary (tests); default: next to the console's executable, else on PATH.
    void setEmulatorProgram(const QString &path) { m_program = path; }
    void setStartTimeout(int ms) { m_timeoutMs = ms; }

    // Asynchronous: emits ready() or failed() later; never blocks the event loop.
    void start();
    void stop();

    State state() const { return m_state; }
    int port() const { return m_port; }
    QUrl endpoint() const;
    qint64 processId() const;
    QString errorString() const { return m_error; }
    Credentials credentials() const { return m_credentials; }

    // Transient profiles (never saved): Volcengine (id + cloudidentity) and Alibaba Cloud (cloudsso).
    Profile volcengineProfile() const;
    Profile aliyunProfile() const;

    // Where the emulator binary is looked up: applicationDirPath()/idconsole-emulator, then PATH.
    static QString findEmulator();

signals:
    void ready(const QUrl &endpoint);
    void failed(const QString &message);
    // The child ended while the console was using it (crash or killed).
    void stoppedUnexpectedly(const QString &message);

private:
    void onReadyRead();
    void onFinished(int exitCode, QProcess::ExitStatus status);
    void fail(const QString &message);

    QProcess *m_process = nullptr;
    QTimer m_timeout;
    QStringList m_extraArgs{QStringLiteral("--dataset"), QStringLiteral("demo")};
    QString m_program;
    QByteArray m_stdout;
    QString m_stderrTail;
    QString m_error;
    Credentials m_credentials;
    int m_port = 0;
    int m_timeoutMs = 20000;
    State m_state = State::NotStarted;
};
