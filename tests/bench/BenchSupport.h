// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Small helpers shared by the network benchmarks (bench_listing, bench_bulkretry, bench_coldstart).

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QProcess>
#include <QStringList>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <functional>

namespace BenchSupport {

// Runs the event loop until `signal` of `sender` is emitted or `timeoutMs` passes (no polling: a benchmark must
// not add its own latency). Returns whether `done` holds afterwards.
template<class Sender, class Signal>
bool waitForSignal(const Sender *sender, Signal signal, const std::function<bool()> &done, int timeoutMs)
{
    if (done())
        return true;
    QEventLoop loop;
    QObject::connect(sender, signal, &loop, &QEventLoop::quit, Qt::QueuedConnection);
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    loop.exec();
    return done();
}

inline double median(QList<double> v)
{
    if (v.isEmpty())
        return 0;
    std::sort(v.begin(), v.end());
    const qsizetype n = v.size();
    return n % 2 ? v.at(n / 2) : (v.at(n / 2 - 1) + v.at(n / 2)) / 2.0;
}

inline double round3(double v)
{
    return qRound64(v * 1000.0) / 1000.0;
}

// A child process run to completion with the event loop spinning (so servers in this process keep serving).
struct ProcessRun
{
    int exitCode = -1;
    bool finished = false;
    qint64 elapsedMs = 0;
    QByteArray out;
    QByteArray err;
};

inline ProcessRun runProcess(const QString &program, const QStringList &args, const QProcessEnvironment &env,
                             const QByteArray &stdinData = {}, int timeoutMs = 600000)
{
    ProcessRun run;
    QProcess p;
    p.setProcessEnvironment(env);
    QObject::connect(&p, &QProcess::readyReadStandardOutput, [&] { run.out += p.readAllStandardOutput(); });
    QObject::connect(&p, &QProcess::readyReadStandardError, [&] { run.err += p.readAllStandardError(); });
    QElapsedTimer t;
    t.start();
    p.start(program, args);
    if (!p.waitForStarted(10000))
        return run;
    if (!stdinData.isEmpty())
        p.write(stdinData);
    p.closeWriteChannel();
    run.finished = waitForSignal(&p, &QProcess::finished, [&] { return p.state() == QProcess::NotRunning; }, timeoutMs);
    run.elapsedMs = t.elapsed();
    if (!run.finished) {
        p.kill();
        p.waitForFinished(5000);
    }
    run.out += p.readAllStandardOutput();
    run.err += p.readAllStandardError();
    run.exitCode = p.exitCode();
    return run;
}

inline void printJson(const QJsonObject &o)
{
    std::printf("%s\n", QJsonDocument(o).toJson(QJsonDocument::Indented).constData());
    std::fflush(stdout);
}

inline int intArg(const QStringList &args, const QString &name, int fallback)
{
    const int i = args.indexOf(name);
    return i >= 0 && i + 1 < args.size() ? args.at(i + 1).toInt() : fallback;
}

} // namespace BenchSupport
