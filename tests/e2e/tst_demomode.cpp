// SPDX-License-Identifier: GPL-3.0-or-later
// Demo mode: DemoEnvironment starts the real emulator with an in-memory key pair (secret in the environment,
// never on the command line), its failures are reported, and `idconsole --demo` leaves no emulator behind even
// when the console is killed. Also: `idconsole --version` / `--help` need no display.
#include "api/ApiClient.h"
#include "cloud/DemoEnvironment.h"
#include "EmulatorFixture.h"

#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <csignal>

namespace {
bool alive(qint64 pid)
{
    if (pid <= 0 || ::kill(pid_t(pid), 0) != 0)
        return false;
    // A zombie is dead for our purpose.
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return false;
    const QByteArray s = stat.readAll();
    const int close = s.lastIndexOf(')');
    return close < 0 || s.mid(close + 2, 1) != "Z";
}

// Children of `parent` whose executable name starts with `name` (from /proc/*/stat).
QList<qint64> childrenNamed(qint64 parent, const QByteArray &name)
{
    QList<qint64> out;
    const QStringList entries = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &e : entries) {
        bool ok = false;
        const qint64 pid = e.toLongLong(&ok);
        if (!ok)
            continue;
        QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
        if (!stat.open(QIODevice::ReadOnly))
            continue;
        const QByteArray s = stat.readAll();
        const int open = s.indexOf('('), close = s.lastIndexOf(')');
        if (open < 0 || close < 0)
            continue;
        const QByteArray comm = s.mid(open + 1, close - open - 1);
        const QList<QByteArray> rest = s.mid(close + 2).split(' ');
        if (rest.size() > 1 && rest.at(1).toLongLong() == parent && comm.startsWith(name))
            out << pid;
    }
    return out;
}

QList<QByteArray> procList(qint64 pid, const char *file)
{
    QFile f(QStringLiteral("/proc/%1/%2").arg(pid).arg(QLatin1String(file)));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QList<QByteArray> parts = f.readAll().split('\0');
    while (!parts.isEmpty() && parts.last().isEmpty())
        parts.removeLast();
    return parts;
}
}

class TestDemoMode : public QObject
{
    Q_OBJECT

private slots:
    void startsEmulatorWithSecretInEnvironment();
    void reportsMissingProgram();
    void reportsEarlyExit();
    void reportsTimeoutAndKillsChild();
    void reportsUnexpectedStop();
    void consoleDeathStopsEmulator();
    void versionAndHelpNeedNoDisplay();
};

void TestDemoMode::startsEmulatorWithSecretInEnvironment()
{
    DemoEnvironment demo;
    demo.setEmulatorProgram(EmulatorFixture::emulatorPath());
    QSignalSpy ready(&demo, &DemoEnvironment::ready);
    QSignalSpy failed(&demo, &DemoEnvironment::failed);
    QCOMPARE(demo.state(), DemoEnvironment::State::NotStarted);
    demo.start();
    QCOMPARE(demo.state(), DemoEnvironment::State::Starting);   // asynchronous: nothing waited for yet
    QVERIFY2(ready.wait(20000), qPrintable(failed.isEmpty() ? QString() : failed.first().first().toString()));
    QCOMPARE(demo.state(), DemoEnvironment::State::Running);
    QVERIFY(demo.port() > 0);
    QCOMPARE(ready.first().first().toUrl(), demo.endpoint());
    QCOMPARE(demo.endpoint().host(), QStringLiteral("127.0.0.1"));

    // A fresh random key pair per run.
    DemoEnvironment other;
    QVERIFY(other.credentials().accessKeyId != demo.credentials().accessKeyId);
    QVERIFY(other.credentials().secret != demo.credentials().secret);
    QVERIFY(demo.credentials().secret.size() >= 32);

    const qint64 pid = demo.processId();
    const QList<QByteArray> args = procList(pid, "cmdline");
    QVERIFY(!args.isEmpty());
    for (const QByteArray &a : args)
        QVERIFY2(!a.contains(demo.credentials().secret.toUtf8()), "secret on the command line");
    QVERIFY(args.contains(demo.credentials().accessKeyId.toUtf8()));
    QVERIFY(procList(pid, "environ").contains("IDCONSOLE_EMULATOR_SECRET=" + demo.credentials().secret.toUtf8()));

    // The profiles point at the emulator and it answers with the demo data.
    const Profile volc = demo.volcengineProfile();
    QVERIFY(volc.transient);
    QCOMPARE(volc.provider, Profile::Provider::Volcengine);
    QCOMPARE(volc.endpoints.value(QStringLiteral("id")), demo.endpoint().toString());
    QCOMPARE(volc.endpoints.value(QStringLiteral("cloudidentity")), demo.endpoint().toString());
    const Profile ali = demo.aliyunProfile();
    QVERIFY(ali.transient);
    QCOMPARE(ali.provider, Profile::Provider::Aliyun);
    QCOMPARE(ali.endpoints.value(QStringLiteral("cloudsso")), demo.endpoint().toString());
    ApiClient client;
    client.setCredentials(demo.credentials());
    client.setEndpoint(Service::Id, demo.endpoint());
    ApiCall *call = client.listAll(Service::Id, QStringLiteral("ListUserPools"));
    QSignalSpy done(call, &ApiCall::finished);
    QVERIFY(done.wait(15000));
    const ApiResult r = done.first().first().value<ApiResult>();
    QVERIFY2(r.ok, qPrintable(r.error.toString()));
    QCOMPARE(r.items.size(), 4);

    demo.stop();
    QVERIFY(!alive(pid));
    QCOMPARE(demo.state(), DemoEnvironment::State::Stopped);
}

void TestDemoMode::reportsMissingProgram()
{
    DemoEnvironment demo;
    demo.setEmulatorProgram(QStringLiteral("/nonexistent/idconsole-emulator"));
    QSignalSpy failed(&demo, &DemoEnvironment::failed);
    demo.start();
    QVERIFY(failed.wait(10000));
    QCOMPARE(demo.state(), DemoEnvironment::State::Failed);
    QVERIFY(!demo.errorString().isEmpty());
}

void TestDemoMode::reportsEarlyExit()
{
    DemoEnvironment demo;
    demo.setEmulatorProgram(EmulatorFixture::emulatorPath());
    demo.setEmulatorArguments({QStringLiteral("--no-such-option-for-sure")});
    QSignalSpy failed(&demo, &DemoEnvironment::failed);
    demo.start();
    QVERIFY(failed.wait(10000));
    QVERIFY2(failed.first().first().toString().contains(QStringLiteral("stopped before it was ready")),
             qPrintable(failed.first().first().toString()));
}

void TestDemoMode::reportsTimeoutAndKillsChild()
{
    // A "emulator" that never says LISTENING.
    QTemporaryDir dir;
    const QString script = dir.filePath(QStringLiteral("silent-emulator"));
    {
        QFile f(script);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("#!/bin/sh\necho starting\nexec sleep 60\n");
        f.close();
        QVERIFY(f.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
    }
    DemoEnvironment demo;
    demo.setEmulatorProgram(script);
    demo.setStartTimeout(500);
    QSignalSpy failed(&demo, &DemoEnvironment::failed);
    demo.start();
    QTRY_VERIFY(demo.processId() > 0);
    const qint64 pid = demo.processId();
    QElapsedTimer timer;
    timer.start();
    QVERIFY(failed.wait(5000));
    QVERIFY2(failed.first().first().toString().contains(QStringLiteral("did not report its port")),
             qPrintable(failed.first().first().toString()));
    QVERIFY(timer.elapsed() >= 300);
    QCOMPARE(demo.state(), DemoEnvironment::State::Failed);
    QTRY_VERIFY(!alive(pid));
}

void TestDemoMode::reportsUnexpectedStop()
{
    DemoEnvironment demo;
    demo.setEmulatorProgram(EmulatorFixture::emulatorPath());
    QSignalSpy ready(&demo, &DemoEnvironment::ready);
    QSignalSpy stopped(&demo, &DemoEnvironment::stoppedUnexpectedly);
    demo.start();
    QVERIFY(ready.wait(20000));
    ::kill(pid_t(demo.processId()), SIGKILL);
    QVERIFY(stopped.wait(5000));
    QCOMPARE(demo.state(), DemoEnvironment::State::Stopped);
}

void TestDemoMode::consoleDeathStopsEmulator()
{
    const QString gui = QStringLiteral(IDCONSOLE_GUI_PATH);
    QVERIFY2(QFile::exists(gui), "build the idconsole target first");
    QTemporaryDir home;
    QProcess console;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
    console.setProcessEnvironment(env);
    console.start(gui, {QStringLiteral("--demo")});
    QVERIFY(console.waitForStarted(10000));
    QList<qint64> children;
    QTRY_VERIFY_WITH_TIMEOUT(!(children = childrenNamed(console.processId(), "idconsole-emul")).isEmpty(), 15000);
    const qint64 emulator = children.first();
    QVERIFY(alive(emulator));
    const QList<QByteArray> args = procList(emulator, "cmdline");
    QVERIFY(args.contains("--access-key"));
    QVERIFY(args.contains("--port"));
    bool hasSecretEnv = false;
    for (const QByteArray &e : procList(emulator, "environ"))
        hasSecretEnv |= e.startsWith("IDCONSOLE_EMULATOR_SECRET=") && e.size() > 40;
    QVERIFY(hasSecretEnv);
    QTest::qWait(500);   // let it settle (the window opens the demo profile)
    QVERIFY(console.state() == QProcess::Running);

    // The console crashes (SIGKILL: no chance to clean up): the emulator must not outlive it.
    ::kill(pid_t(console.processId()), SIGKILL);
    QVERIFY(console.waitForFinished(5000));
    QTRY_VERIFY_WITH_TIMEOUT(!alive(emulator), 5000);
}

void TestDemoMode::versionAndHelpNeedNoDisplay()
{
    const QString gui = QStringLiteral(IDCONSOLE_GUI_PATH);
    QVERIFY2(QFile::exists(gui), "build the idconsole target first");
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("xcb"));   // would fail if a window were needed
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(gui, {QStringLiteral("--version")});
    QVERIFY(p.waitForFinished(10000));
    QCOMPARE(p.exitCode(), 0);
    QVERIFY2(p.readAllStandardOutput().contains(IDCONSOLE_VERSION), "version printed");
    p.start(gui, {QStringLiteral("--help")});
    QVERIFY(p.waitForFinished(10000));
    QCOMPARE(p.exitCode(), 0);
    const QByteArray help = p.readAllStandardOutput();
    QVERIFY(help.contains("--demo"));
    QVERIFY(help.contains("--version"));
}

QTEST_GUILESS_MAIN(TestDemoMode)
#include "tst_demomode.moc"
