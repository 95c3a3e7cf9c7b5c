// SPDX-License-Identifier: GPL-3.0-or-later
// Benchmark 4: cold start of `idconsole --demo` to the first painted window. The console is started with
// IDCONSOLE_EXIT_AFTER_FIRST_PAINT=1 (ui/shell/FirstPaintProbe): once the main window's first frame is painted it prints
// "FIRST_PAINT <ms since the process started>" and quits. Measured --runs times (default 5) on the offscreen
// platform, and under xvfb-run (a real X server) when it is installed; the median is reported with every run.
// Two figures per run: the application's own (kernel process start -> first frame) and the wall time seen from
// here (QProcess::start -> the line arrives; includes exec and dynamic loading).
// Prints one JSON object.   bench_coldstart [--runs N]
#include "BenchSupport.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QStandardPaths>
#include <QTemporaryDir>

using namespace BenchSupport;

namespace {
struct Sample
{
    bool ok = false;
    double appMs = 0;
    double wallMs = 0;
    QString error;
};

Sample once(const QString &program, const QStringList &args, const QProcessEnvironment &env)
{
    Sample s;
    QProcess p;
    p.setProcessEnvironment(env);
    QByteArray out, err;
    QElapsedTimer t;
    qint64 lineAt = -1;
    QObject::connect(&p, &QProcess::readyReadStandardOutput, [&] {
        out += p.readAllStandardOutput();
        if (lineAt < 0 && out.contains("FIRST_PAINT "))
            lineAt = t.elapsed();
    });
    QObject::connect(&p, &QProcess::readyReadStandardError, [&] { err += p.readAllStandardError(); });
    t.start();
    p.start(program, args);
    const bool finished = waitForSignal(&p, &QProcess::finished, [&] { return p.state() == QProcess::NotRunning; }, 60000);
    if (!finished) {
        p.kill();
        p.waitForFinished(5000);
    }
    out += p.readAllStandardOutput();
    const int idx = out.indexOf("FIRST_PAINT ");
    if (idx < 0) {
        s.error = QString::fromUtf8(err.right(300));
        return s;
    }
    const int end = out.indexOf('\n', idx);
    s.appMs = out.mid(idx + 12, end - idx - 12).trimmed().toDouble();
    s.wallMs = lineAt >= 0 ? double(lineAt) : double(t.elapsed());
    s.ok = true;
    return s;
}

QJsonObject series(const QString &platform, const QString &program, const QStringList &args, int runs)
{
    QList<double> app, wall;
    QJsonArray appRuns, wallRuns;
    QString error;
    for (int i = 0; i < runs; ++i) {
        // A fresh HOME each run: no remembered settings or caches from an earlier start.
        QTemporaryDir home;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("IDCONSOLE_EXIT_AFTER_FIRST_PAINT"), QStringLiteral("1"));
        env.insert(QStringLiteral("HOME"), home.path());
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("XDG_CACHE_HOME"), home.filePath(QStringLiteral("cache")));
        env.insert(QStringLiteral("IDCONSOLE_LANGUAGE"), QStringLiteral("en"));
        if (platform == QLatin1String("offscreen"))
            env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        else
            env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("xcb"));
        const Sample s = once(program, args, env);
        if (!s.ok) {
            error = s.error;
            continue;
        }
        app << s.appMs;
        wall << s.wallMs;
        appRuns.append(s.appMs);
        wallRuns.append(s.wallMs);
    }
    QJsonObject o{{QStringLiteral("platform"), platform},
                  {QStringLiteral("runs"), runs},
                  {QStringLiteral("ok_runs"), int(app.size())},
                  {QStringLiteral("first_paint_ms_median"), median(app)},
                  {QStringLiteral("first_paint_ms_runs"), appRuns},
                  {QStringLiteral("wall_to_first_paint_ms_median"), median(wall)},
                  {QStringLiteral("wall_to_first_paint_ms_runs"), wallRuns}};
    if (!error.isEmpty())
        o.insert(QStringLiteral("error"), error);
    return o;
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int runs = qMax(1, intArg(app.arguments(), QStringLiteral("--runs"), 5));
    const QString gui = QStringLiteral(IDCONSOLE_GUI_PATH);
    QJsonObject out{{QStringLiteral("benchmark"), QStringLiteral("cold_start")},
                    {QStringLiteral("command"), QStringLiteral("idconsole --demo")}};
    std::fprintf(stderr, "bench_coldstart: offscreen x%d\n", runs);
    out.insert(QStringLiteral("offscreen"), series(QStringLiteral("offscreen"), gui, {QStringLiteral("--demo")}, runs));
    const QString xvfb = QStandardPaths::findExecutable(QStringLiteral("xvfb-run"));
    if (!xvfb.isEmpty()) {
        std::fprintf(stderr, "bench_coldstart: xvfb x%d\n", runs);
        // xvfb-run starts a new X server per run; FIRST_PAINT counts from the console's own process start only.
        QJsonObject x = series(QStringLiteral("xvfb"), xvfb,
                               {QStringLiteral("-a"), QStringLiteral("-s"), QStringLiteral("-screen 0 1600x1000x24"), gui,
                                QStringLiteral("--demo")},
                               runs);
        x.insert(QStringLiteral("note"), QStringLiteral("wall figures include starting Xvfb"));
        out.insert(QStringLiteral("xvfb"), x);
    }
    printJson(out);
    return 0;
}
