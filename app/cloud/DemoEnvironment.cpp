// SPDX-License-Identifier: GPL-3.0-or-later
#include "cloud/DemoEnvironment.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QProcessEnvironment>
#include <QRandomGenerator>
#include <QStandardPaths>

#ifdef Q_OS_LINUX
#include <csignal>
#include <sys/prctl.h>
#include <unistd.h>
#endif

namespace {
QByteArray randomBytes(int n)
{
    QByteArray out(n, Qt::Uninitialized);
    auto *gen = QRandomGenerator::system();
    for (int i = 0; i < n; ++i)
        out[i] = char(gen->bounded(256));
    return out;
}

#ifdef Q_OS_LINUX
pid_t g_consolePid = 0;
#endif
}

DemoEnvironment::DemoEnvironment(QObject *parent)
    : QObject(parent)
{
    m_timeout.setSingleShot(true);
    connect(&m_timeout, &QTimer::timeout, this, [this] {
        fail(tr("The demo emulator did not report its port within %n second(s).", nullptr, m_timeoutMs / 1000));
    });
    // A fresh key pair for this run only. The secret never leaves memory except into the child's environment.
    m_credentials.accessKeyId = QStringLiteral("AKLTdemo") + QString::fromLatin1(randomBytes(10).toHex());
    m_credentials.secret = QString::fromLatin1(randomBytes(30).toBase64(QByteArray::Base64UrlEncoding));
}

DemoEnvironment::~DemoEnvironment()
{
    stop();
}

QString DemoEnvironment::findEmulator()
{
    const QString name = QStringLiteral("idconsole-emulator");
    const QString dir = QCoreApplication::applicationDirPath();
    if (!dir.isEmpty()) {
        const QFileInfo next(QDir(dir).filePath(name));
        if (next.isFile() && next.isExecutable())
            return next.absoluteFilePath();
    }
    return QStandardPaths::findExecutable(name);
}

QUrl DemoEnvironment::endpoint() const
{
    return m_port > 0 ? QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_port)) : QUrl();
}

qint64 DemoEnvironment::processId() const
{
    return m_process ? m_process->processId() : 0;
}

void DemoEnvironment::start()
{
    if (m_state == State::Starting || m_state == State::Running)
        return;
    const QString program = m_program.isEmpty() ? findEmulator() : m_program;
    m_state = State::Starting;
    m_error.clear();
    m_stdout.clear();
    m_stderrTail.clear();
    m_port = 0;
    if (program.isEmpty()) {
        fail(tr("The demo needs idconsole-emulator, which was found neither next to the console (%1) nor on PATH.")
                 .arg(QDir::toNativeSeparators(QCoreApplication::applicationDirPath())));
        return;
    }

    m_process = new QProcess(this);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("IDCONSOLE_EMULATOR_SECRET"), m_credentials.secret);
    m_process->setProcessEnvironment(env);
    m_process->setProgram(program);
    m_process->setArguments(QStringList{QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--access-key"),
                                        m_credentials.accessKeyId}
                            + m_extraArgs);
    m_process->setProcessChannelMode(QProcess::SeparateChannels);
#ifdef Q_OS_LINUX
    g_consolePid = ::getpid();
    m_process->setChildProcessModifier([] {
        // Runs in the child between fork and exec: only async-signal-safe calls.
        ::prctl(PR_SET_PDEATHSIG, SIGTERM);
        if (::getppid() != g_consolePid)   // the console died before prctl took effect
            ::_exit(1);
    });
#endif
    connect(m_process, &QProcess::readyReadStandardOutput, this, &DemoEnvironment::onReadyRead);
    connect(m_process, &QProcess::readyReadStandardError, this, [this] {
        m_stderrTail += QString::fromUtf8(m_process->readAllStandardError());
        if (m_stderrTail.size() > 4000)
            m_stderrTail = m_stderrTail.right(4000);
    });
    connect(m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart)
            fail(tr("Could not start the demo emulator: %1").arg(m_process->errorString()));
    });
    connect(m_process, &QProcess::finished, this, &DemoEnvironment::onFinished);
    m_timeout.start(m_timeoutMs);
    m_process->start();
}

void DemoEnvironment::onReadyRead()
{
    m_stdout += m_process->readAllStandardOutput();
    if (m_state != State::Starting) {
        m_stdout.clear();   // the emulator's later output is not ours to keep
        return;
    }
    int newline;
    while ((newline = m_stdout.indexOf('\n')) >= 0) {
        const QByteArray line = m_stdout.left(newline).trimmed();
        m_stdout.remove(0, newline + 1);
        if (line.startsWith("LISTENING ")) {
            bool ok = false;
            const int port = line.mid(10).trimmed().toInt(&ok);
            if (ok && port > 0 && port < 65536) {
                m_port = port;
                m_state = State::Running;
                m_timeout.stop();
                emit ready(endpoint());
                return;
            }
        }
    }
    if (m_stdout.size() > 65536)
        m_stdout = m_stdout.right(1024);
}

void DemoEnvironment::onFinished(int exitCode, QProcess::ExitStatus status)
{
    const QString detail = status == QProcess::CrashExit
                               ? tr("the emulator crashed")
                               : tr("the emulator exited with code %1").arg(exitCode);
    QString message = detail;
    if (!m_stderrTail.trimmed().isEmpty())
        message += QStringLiteral(": ") + m_stderrTail.trimmed().section(QLatin1Char('\n'), -3);
    if (m_state == State::Starting) {
        fail(tr("The demo emulator stopped before it was ready (%1).").arg(message));
    } else if (m_state == State::Running) {
        m_state = State::Stopped;
        m_port = 0;
        m_error = message;
        emit stoppedUnexpectedly(tr("The demo emulator stopped (%1).").arg(message));
    }
}

void DemoEnvironment::fail(const QString &message)
{
    if (m_state == State::Failed)
        return;
    m_timeout.stop();
    m_state = State::Failed;
    m_error = message;
    if (m_process) {
        m_process->disconnect(this);
        if (m_process->state() != QProcess::NotRunning) {
            m_process->kill();
            m_process->waitForFinished(1000);
        }
        m_process->deleteLater();
        m_process = nullptr;
    }
    emit failed(message);
}

void DemoEnvironment::stop()
{
    m_timeout.stop();
    if (!m_process)
        return;
    QProcess *p = m_process;
    m_process = nullptr;
    p->disconnect(this);
    if (p->state() != QProcess::NotRunning) {
        p->terminate();
        if (!p->waitForFinished(2000)) {
            p->kill();
            p->waitForFinished(2000);
        }
    }
    delete p;
    if (m_state == State::Starting || m_state == State::Running)
        m_state = State::Stopped;
    m_port = 0;
}

Profile DemoEnvironment::volcengineProfile() const
{
    Profile p;
    p.name = tr("Demo (Volcengine)");
    p.provider = Profile::Provider::Volcengine;
    p.accessKeyId = m_credentials.accessKeyId;
    const QString url = endpoint().toString();
    p.endpoints.insert(QStringLiteral("id"), url);
    p.endpoints.insert(QStringLiteral("cloudidentity"), url);
    p.transient = true;
    return p;
}

Profile DemoEnvironment::aliyunProfile() const
{
    Profile p;
    p.name = tr("Demo (Alibaba Cloud)");
    p.provider = Profile::Provider::Aliyun;
    p.accessKeyId = m_credentials.accessKeyId;
    p.endpoints.insert(QStringLiteral("cloudsso"), endpoint().toString());
    p.transient = true;
    return p;
}
