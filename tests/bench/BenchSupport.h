// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Small helpers shared by the network benchmarks (bench_listing, bench_bulkretry, bench_coldstart, bench_import,
// bench_mau_report): waiting for a call or a process, the CLI's credentials, reading the CLI's JSON lines and
// -v exchange lines, and the figures of a quota-bound CLI run.

#include "api/ApiCall.h"
#include "api/ApiClient.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
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

// The final answer of one client call, the event loop spinning meanwhile (BenchTimeout after timeoutMs).
inline ApiResult waitCall(ApiCall *call, int timeoutMs = 600000)
{
    ApiResult out;
    bool done = false;
    QEventLoop loop;
    QObject::connect(call, &ApiCall::finished, &loop, [&](const ApiResult &r) {
        out = r;
        done = true;
        loop.quit();
    });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    if (!done)
        loop.exec();
    if (!done)
        out.error = ApiError::make(ApiError::Kind::Timeout, QStringLiteral("BenchTimeout"), QStringLiteral("no answer"));
    return out;
}

// The environment of an idconsole-cli child with the emulator's key for both providers.
inline QProcessEnvironment cliEnvironment(const QString &accessKey, const QString &secret)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("VOLCENGINE_ACCESS_KEY"), accessKey);
    env.insert(QStringLiteral("VOLCENGINE_SECRET_KEY"), secret);
    env.insert(QStringLiteral("ALIBABA_CLOUD_ACCESS_KEY_ID"), accessKey);
    env.insert(QStringLiteral("ALIBABA_CLOUD_ACCESS_KEY_SECRET"), secret);
    return env;
}

// The per-item JSON lines of `idconsole-cli batch` / `import` (stdout): counted by "ok", with failure codes.
struct JsonLines
{
    int ok = 0;
    int failed = 0;
    int ambiguous = 0;
    QJsonObject failureCodes;               // code -> count
    QList<QJsonObject> lines;
};

inline JsonLines readJsonLines(const QByteArray &out)
{
    JsonLines r;
    for (const QByteArray &line : out.split('\n')) {
        const QJsonObject o = QJsonDocument::fromJson(line).object();
        if (o.isEmpty())
            continue;
        r.lines.append(o);
        if (o.value(QStringLiteral("ok")).toBool()) {
            ++r.ok;
            continue;
        }
        ++r.failed;
        r.ambiguous += o.value(QStringLiteral("ambiguous")).toBool() ? 1 : 0;
        const QString code = o.value(QStringLiteral("code")).toString();
        r.failureCodes.insert(code, r.failureCodes.value(code).toInt() + 1);
    }
    return r;
}

// The exchange lines `idconsole-cli -v` writes on stderr ("POST … 200 …"), and the rest as a summary.
struct VerboseLog
{
    int exchanges = 0;
    int throttled = 0;            // 429 / Throttling answers
    int matching = 0;             // exchanges whose line contains `match` (e.g. an action name in the URL)
    QString summary;              // the other lines, joined
};

inline VerboseLog readVerboseLog(const QByteArray &err, const QByteArray &match = {})
{
    VerboseLog r;
    for (const QByteArray &line : err.split('\n')) {
        if (line.startsWith("POST ") || line.startsWith("GET ")) {
            ++r.exchanges;
            if (line.contains(" 429 ") || line.contains("Throttling"))
                ++r.throttled;
            if (!match.isEmpty() && line.contains(match))
                ++r.matching;
        } else if (!line.trimmed().isEmpty()) {
            r.summary += QString::fromUtf8(line.trimmed()) + QLatin1Char(' ');
        }
    }
    r.summary = r.summary.trimmed();
    return r;
}

// The figures of a CLI run whose time the emulator's quota bounds (`items` requests at `qps`): the time and its
// ratio to the bound (target 1.15 x, met when `allSucceeded` holds too), the HTTP exchanges, the exit code, the
// CLI's summary and the failure codes. Each benchmark adds its own item counts.
inline QJsonObject quotaBoundFigures(const ProcessRun &p, const JsonLines &rows, const VerboseLog &log, int items,
                                     int qps, bool allSucceeded)
{
    const double seconds = p.elapsedMs / 1000.0;
    const double bound = double(items) / qps;
    QJsonObject out{{QStringLiteral("seconds"), round3(seconds)},
                    {QStringLiteral("quota_bound_seconds"), round3(bound)},
                    {QStringLiteral("ratio_to_bound"), round3(seconds / bound)},
                    {QStringLiteral("target_ratio"), 1.15},
                    {QStringLiteral("within_target"), seconds <= 1.15 * bound && allSucceeded},
                    {QStringLiteral("http_exchanges"), log.exchanges},
                    {QStringLiteral("throttled_answers"), log.throttled},
                    {QStringLiteral("achieved_requests_per_s"), round3(log.exchanges / seconds)},
                    {QStringLiteral("exit_code"), p.exitCode},
                    {QStringLiteral("cli_summary"), log.summary.trimmed().left(300)}};
    if (!rows.failureCodes.isEmpty())
        out.insert(QStringLiteral("failure_codes"), rows.failureCodes);
    return out;
}

// The DirectoryId of the first CloudSSO directory (the emulator's datasets have one).
inline QString firstDirectoryId(ApiClient &client)
{
    const ApiResult dirs = waitCall(client.call(Service::CloudSso, QStringLiteral("ListDirectories")));
    return dirs.result.value(QStringLiteral("Directories")).toArray().first().toObject()
        .value(QStringLiteral("DirectoryId")).toString();
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
