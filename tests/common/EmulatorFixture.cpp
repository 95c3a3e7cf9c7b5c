// SPDX-License-Identifier: GPL-3.0-or-later
#include "EmulatorFixture.h"

#include <QDeadlineTimer>
#include <QEventLoop>
#include <QProcessEnvironment>
#include <QRandomGenerator>
#include <QTimer>

#ifdef Q_OS_LINUX
#include <csignal>
#include <sys/prctl.h>
#endif

EmulatorFixture::EmulatorFixture(const QStringList &extraArgs)
    : m_extraArgs(extraArgs)
{
    m_secret = QStringLiteral("test-secret-%1").arg(QRandomGenerator::global()->generate64(), 0, 16);
}

EmulatorFixture::~EmulatorFixture()
{
    stop();
}

QString EmulatorFixture::emulatorPath()
{
    const QString env = qEnvironmentVariable("IDCONSOLE_EMULATOR");
    return env.isEmpty() ? QStringLiteral(IDCONSOLE_EMULATOR_PATH) : env;
}

QUrl EmulatorFixture::endpoint() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_port));
}

bool EmulatorFixture::start(QString *error, int timeoutMs)
{
    stop();
    m_process = new QProcess;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("IDCONSOLE_EMULATOR_SECRET"), m_secret);
    m_process->setProcessEnvironment(env);
    m_args = QStringList{QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--access-key"), m_accessKey}
             + m_extraArgs;
#ifdef Q_OS_LINUX
    // A test killed by a timeout must not leave its emulator behind.
    m_process->setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGTERM); });
#endif
    m_process->setProgram(emulatorPath());
    m_process->setArguments(m_args);
    QObject::connect(m_process, &QProcess::readyReadStandardError, m_process,
                     [this] { m_stderr += QString::fromUtf8(m_process->readAllStandardError()); });
    m_process->start();
    QDeadlineTimer deadline(timeoutMs);
    QByteArray out;
    while (!deadline.hasExpired()) {
        if (m_process->state() == QProcess::NotRunning)
            break;
        m_process->waitForReadyRead(100);
        out += m_process->readAllStandardOutput();
        const int idx = out.indexOf("LISTENING ");
        if (idx >= 0) {
            const int end = out.indexOf('\n', idx);
            if (end > idx) {
                m_port = out.mid(idx + 10, end - idx - 10).trimmed().toInt();
                if (m_port > 0)
                    return true;
            }
        }
    }
    if (error)
        *error = QStringLiteral("emulator did not start (%1): %2 %3")
                     .arg(emulatorPath(), QString::fromUtf8(out), m_stderr + QString::fromUtf8(m_process->readAllStandardError()));
    stop();
    return false;
}

void EmulatorFixture::stop()
{
    if (!m_process)
        return;
    if (m_process->state() != QProcess::NotRunning) {
        m_process->terminate();
        if (!m_process->waitForFinished(3000)) {
            m_process->kill();
            m_process->waitForFinished(3000);
        }
    }
    delete m_process;
    m_process = nullptr;
    m_port = 0;
}

bool EmulatorFixture::restart(QString *error)
{
    return start(error);
}
