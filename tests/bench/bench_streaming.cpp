// SPDX-License-Identifier: GPL-3.0-or-later
// Benchmark: streaming `idconsole-cli call … --all` against a sequential SDK-style baseline, in the same run.
//   - baseline: one request after another on one keep-alive connection (ApiClient with 1 in flight, no pacing),
//     each page parsed and its items written as JSON lines - what a script with an official SDK does;
//   - ours: `idconsole-cli call cloudidentity ListUsers --all --output jsonl|csv|json` (streaming, adaptive
//     per-host concurrency);
// each run as a child process measured with wait4(): wall, CPU (user+sys), peak resident memory. Scenarios:
// loopback; emulator --latency-ms 20-20; --latency-ms 50-50 --throttle-qps 100 against the quota bound
// (pages / qps); CloudSSO NextToken listing (sequential by nature) per page vs one round trip.
// Prints one JSON document with targets and pass/fail (timing is reported, never a ctest failure).
//   bench_streaming [--users N] [--skip-slow]
//   bench_streaming --writer-only                       (only the CLI writer micro-benchmark, sliced vs re-serialised)
//   bench_streaming --measure OUTFILE PROGRAM ARGS...   (internal: runs PROGRAM, stdout to OUTFILE, prints rusage)
//   bench_streaming --baseline-child URL SERVICE        (internal: the sequential baseline, jsonl on stdout)
#include "api/ApiCall.h"
#include "api/ApiClient.h"
#include "BenchSupport.h"
#include "cli/StreamingListWriter.h"
#include "EmulatorFixture.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QHash>
#include <QSet>
#include <QTemporaryDir>
#include <QThread>

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <ctime>
#include <fcntl.h>
#include <sys/resource.h>
#include <sys/time.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace BenchSupport;

namespace {
struct Measured
{
    bool ok = false;
    double wall = 0;
    double cpu = 0;
    double rssMb = 0;
    qint64 lines = 0;
    qint64 unique = 0;
    QString error;

    QJsonObject json() const
    {
        QJsonObject o{{QStringLiteral("ok"), ok}, {QStringLiteral("wall_s"), round3(wall)}, {QStringLiteral("cpu_s"), round3(cpu)},
                      {QStringLiteral("peak_rss_mb"), round3(rssMb)}, {QStringLiteral("items"), lines},
                      {QStringLiteral("unique_ids"), unique}};
        if (!error.isEmpty())
            o.insert(QStringLiteral("error"), error);
        return o;
    }
};

// --measure: fork/exec, stdout to a file, wait4 for the child's own rusage.
int measureMain(int argc, char *argv[])
{
    if (argc < 4)
        return 2;
    struct timeval t0, t1;
    gettimeofday(&t0, nullptr);
    const pid_t pid = fork();
    if (pid == 0) {
        const int fd = ::open(argv[2], O_WRONLY | O_CREAT | O_TRUNC, 0600);
        if (fd < 0)
            _exit(127);
        dup2(fd, 1);
        ::close(fd);
        execv(argv[3], argv + 3);
        _exit(127);
    }
    int status = 0;
    struct rusage ru {};
    wait4(pid, &status, 0, &ru);
    gettimeofday(&t1, nullptr);
    const double wall = double(t1.tv_sec - t0.tv_sec) + double(t1.tv_usec - t0.tv_usec) / 1e6;
    const double cpu = double(ru.ru_utime.tv_sec + ru.ru_stime.tv_sec) + double(ru.ru_utime.tv_usec + ru.ru_stime.tv_usec) / 1e6;
    std::fprintf(stderr, "\nMEASURED exit=%d wall=%.4f cpu=%.4f maxrss_kb=%ld\n", WIFEXITED(status) ? WEXITSTATUS(status) : -1,
                 wall, cpu, ru.ru_maxrss);
    return 0;
}

// --baseline-child: the SDK-style sequential listing.
int baselineMain(const QStringList &args)
{
    const QUrl url(args.value(2));
    const bool sso = args.value(3) == QLatin1String("cloudsso");
    ApiClient client;
    client.setCredentials(Credentials{qEnvironmentVariable(sso ? "ALIBABA_CLOUD_ACCESS_KEY_ID" : "VOLCENGINE_ACCESS_KEY"),
                                      qEnvironmentVariable(sso ? "ALIBABA_CLOUD_ACCESS_KEY_SECRET" : "VOLCENGINE_SECRET_KEY"), QString()});
    for (Service s : {Service::CloudIdentity, Service::CloudSso})
        client.setEndpoint(s, url);
    client.setMaxConcurrencyPerHost(1);
    client.setAdaptiveRateLimiting(false);
    QByteArray buf;
    for (int page = 1;; ++page) {
        ApiResult res;
        bool done = false;
        QEventLoop loop;
        ApiCall *c = client.call(Service::CloudIdentity, QStringLiteral("ListUsers"),
                                 {{QStringLiteral("PageNumber"), page}, {QStringLiteral("PageSize"), 100}});
        QObject::connect(c, &ApiCall::finished, &loop, [&](const ApiResult &r) {
            res = r;
            done = true;
            loop.quit();
        });
        if (!done)
            loop.exec();
        if (!res.ok) {
            std::fprintf(stderr, "baseline: %s\n", qPrintable(res.error.toString()));
            return 1;
        }
        const QJsonArray users = res.result.value(QStringLiteral("Users")).toArray();
        for (const QJsonValue &v : users)
            buf += QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact) + '\n';
        fwrite(buf.constData(), 1, size_t(buf.size()), stdout);
        buf.clear();
        if (users.size() < 100)
            break;
    }
    fflush(stdout);
    return 0;
}

QString self;

double threadCpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

// The CLI writer alone, in this process (no network, no load sensitivity to speak of): 1,000 pages of 100
// emulator-like users written as jsonl, once sliced out of the page body (JsonArraySlicer), once re-serialised
// from the parsed items (the path before, and the fallback now). Thread CPU, best of 3.
QJsonObject writerMicrobench()
{
    QJsonArray users;
    for (int i = 0; i < 100; ++i)
        users.append(QJsonObject{{QStringLiteral("UserId"), QString::number(14000001 + i)},
                                 {QStringLiteral("UserName"), QStringLiteral("user.%1").arg(i)},
                                 {QStringLiteral("DisplayName"), i % 2 ? QStringLiteral("徐刚") : QStringLiteral("Sam Hill")},
                                 {QStringLiteral("Description"), i % 3 ? QStringLiteral("研发部") : QStringLiteral("Product")},
                                 {QStringLiteral("Email"), QStringLiteral("user.%1@example.com").arg(i)},
                                 {QStringLiteral("Phone"), QStringLiteral("+861807428%1").arg(7000 + i)},
                                 {QStringLiteral("Source"), QStringLiteral("Manual")},
                                 {QStringLiteral("CreatedTime"), QStringLiteral("2024-12-04T00:15:19+08:00")},
                                 {QStringLiteral("UpdatedTime"), QStringLiteral("2024-12-04T00:15:19+08:00")}});
    const QByteArray body = QJsonDocument(QJsonObject{
        {QStringLiteral("ResponseMetadata"), QJsonObject{{QStringLiteral("RequestId"), QStringLiteral("r")}}},
        {QStringLiteral("Result"), QJsonObject{{QStringLiteral("Users"), users}, {QStringLiteral("Total"), 100000}}}})
                                .toJson(QJsonDocument::Compact);
    const QByteArrayList path{"Result", "Users"};
    FILE *devNull = std::fopen("/dev/null", "w");
    double best[2] = {1e18, 1e18};
    for (int round = 0; round < 3; ++round)
        for (int sliced = 0; sliced < 2; ++sliced) {
            const double t0 = threadCpuMs();
            {
                StreamingListWriter w(StreamingListWriter::Format::Jsonl, devNull);
                for (int page = 0; page < 1000; ++page)
                    sliced ? w.writePage(users, body, path) : w.writePage(users);
                w.finish();
            }
            best[sliced] = qMin(best[sliced], threadCpuMs() - t0);
        }
    std::fclose(devNull);
    return {{QStringLiteral("pages"), 1000}, {QStringLiteral("page_bytes"), body.size()},
            {QStringLiteral("sliced_cpu_ms"), round3(best[1])}, {QStringLiteral("reserialised_cpu_ms"), round3(best[0])}};
}

Measured measure(const QStringList &programAndArgs, const QProcessEnvironment &env, const QString &outFile,
                 const QString &format, const QString &idKey)
{
    const ProcessRun p = runProcess(self, QStringList{QStringLiteral("--measure"), outFile} + programAndArgs, env, {}, 900000);
    Measured m;
    const QByteArray err = p.err;
    const int at = int(err.lastIndexOf("MEASURED "));
    int exitCode = -1;
    long rss = 0;
    if (at >= 0)
        std::sscanf(err.constData() + at, "MEASURED exit=%d wall=%lf cpu=%lf maxrss_kb=%ld", &exitCode, &m.wall, &m.cpu, &rss);
    m.rssMb = double(rss) / 1024.0;
    QFile f(outFile);
    QSet<QByteArray> ids;
    if (f.open(QIODevice::ReadOnly)) {
        const QByteArray needle = '"' + idKey.toUtf8() + "\":\"";
        while (!f.atEnd()) {
            const QByteArray line = f.readLine();
            if (format == QLatin1String("csv")) {
                ++m.lines;
                continue;
            }
            const int i = int(line.indexOf(needle));
            if (i < 0)
                continue;
            ++m.lines;
            const int s = i + int(needle.size());
            ids.insert(line.mid(s, line.indexOf('"', s) - s));
        }
        if (format == QLatin1String("csv"))
            m.lines -= 1; // the header
    }
    m.unique = format == QLatin1String("csv") ? m.lines : ids.size();
    f.remove();
    m.ok = exitCode == 0;
    if (!m.ok)
        m.error = QString::fromUtf8(err.left(at > 0 ? at : err.size()).right(300));
    return m;
}

QProcessEnvironment envFor(const EmulatorFixture &emu)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("VOLCENGINE_ACCESS_KEY"), emu.accessKey());
    env.insert(QStringLiteral("VOLCENGINE_SECRET_KEY"), emu.secret());
    env.insert(QStringLiteral("ALIBABA_CLOUD_ACCESS_KEY_ID"), emu.accessKey());
    env.insert(QStringLiteral("ALIBABA_CLOUD_ACCESS_KEY_SECRET"), emu.secret());
    return env;
}

QStringList cliArgs(const EmulatorFixture &emu, const QString &format, const QString &service = QStringLiteral("cloudidentity"),
                    const QString &params = {})
{
    QStringList a{QStringLiteral(IDCONSOLE_CLI_PATH), QStringLiteral("--endpoint"), emu.endpoint().toString(),
                  QStringLiteral("call"), service, QStringLiteral("ListUsers")};
    if (!params.isEmpty())
        a << params;
    a << QStringLiteral("--all") << QStringLiteral("--output") << format;
    return a;
}

QStringList baselineArgs(const EmulatorFixture &emu)
{
    return {self, QStringLiteral("--baseline-child"), emu.endpoint().toString(), QStringLiteral("cloudidentity")};
}

QJsonObject target(const QString &what, double value, double limit, bool lowerIsBetter)
{
    return {{QStringLiteral("target"), what}, {QStringLiteral("value"), round3(value)},
            {QStringLiteral("pass"), lowerIsBetter ? value <= limit : value >= limit}};
}

QString loadAverage()
{
    QFile f(QStringLiteral("/proc/loadavg"));
    return f.open(QIODevice::ReadOnly) ? QString::fromLatin1(f.readAll()).section(QLatin1Char(' '), 0, 2) : QString();
}

std::unique_ptr<EmulatorFixture> startEmulator(int users, const QStringList &extra)
{
    auto emu = std::make_unique<EmulatorFixture>(QStringList{QStringLiteral("--dataset"), QStringLiteral("large"),
                                                             QStringLiteral("--users"), QString::number(users)} + extra);
    QString error;
    if (!emu->start(&error, 120000)) {
        std::fprintf(stderr, "bench_streaming: %s\n", qPrintable(error));
        return nullptr;
    }
    return emu;
}
} // namespace

int main(int argc, char *argv[])
{
    if (argc > 1 && std::strcmp(argv[1], "--measure") == 0)
        return measureMain(argc, argv);
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.value(1) == QLatin1String("--baseline-child"))
        return baselineMain(args);
    if (args.contains(QStringLiteral("--writer-only"))) {
        printJson(QJsonObject{{QStringLiteral("writer_jsonl_1000_pages"), writerMicrobench()}});
        return 0;
    }
    self = QCoreApplication::applicationFilePath();
    const int users = intArg(args, QStringLiteral("--users"), 100000);
    const bool skipSlow = args.contains(QStringLiteral("--skip-slow"));
    const int pages = (users + 99) / 100;
    QTemporaryDir tmp;
    const QString out = tmp.filePath(QStringLiteral("out"));
    QJsonObject doc{{QStringLiteral("benchmark"), QStringLiteral("streaming")}, {QStringLiteral("users"), users},
                    {QStringLiteral("page_size"), 100}, {QStringLiteral("cpus"), QThread::idealThreadCount()},
                    {QStringLiteral("load_average_at_start"), loadAverage()},
                    {QStringLiteral("issue_14_figures_before"),
                     QJsonObject{{QStringLiteral("cli_loopback"), QStringLiteral("wall 1.7-2.2 s, CPU 1.9-2.2 s, 342 MB")},
                                 {QStringLiteral("node_sdk_loopback"), QStringLiteral("wall 2.0-2.2 s, CPU 2.4 s, 137 MB")},
                                 {QStringLiteral("cli_20ms"), QStringLiteral("wall 4.9 s, CPU 2.4 s, 342 MB")},
                                 {QStringLiteral("node_sdk_20ms"), QStringLiteral("wall 22.8 s, CPU 3.0 s, 115 MB")}}}};
    QJsonArray targets;
    doc.insert(QStringLiteral("writer_jsonl_1000_pages"), writerMicrobench());

    // 1. Loopback. The emulator's first listing after its start is slower (its records touched for the first time):
    // one unmeasured listing warms it up, then three rounds of baseline, jsonl, csv, json; the medians are reported
    // (every run's wall time too) and the speed-up is the ratio of the median wall times.
    {
        auto emu = startEmulator(users, {});
        if (!emu)
            return 1;
        const QProcessEnvironment env = envFor(*emu);
        std::fprintf(stderr, "bench_streaming: loopback warm-up\n");
        measure(cliArgs(*emu, QStringLiteral("jsonl")), env, out, QStringLiteral("jsonl"), QStringLiteral("UserId"));
        const QStringList kinds{QStringLiteral("baseline"), QStringLiteral("jsonl"), QStringLiteral("csv"), QStringLiteral("json")};
        QHash<QString, QList<Measured>> runs;
        constexpr int Rounds = 3;
        for (int round = 0; round < Rounds; ++round)
            for (const QString &kind : kinds) {
                std::fprintf(stderr, "bench_streaming: loopback %s (round %d of %d)\n", qPrintable(kind), round + 1, Rounds);
                runs[kind] << (kind == QLatin1String("baseline")
                                   ? measure(baselineArgs(*emu), env, out, QStringLiteral("jsonl"), QStringLiteral("UserId"))
                                   : measure(cliArgs(*emu, kind), env, out, kind, QStringLiteral("UserId")));
            }
        // The run with the median wall time stands for its kind; a failed run is reported instead.
        auto representative = [&runs](const QString &kind, QJsonArray *walls) {
            QList<Measured> list = runs.value(kind);
            for (const Measured &m : std::as_const(list))
                walls->append(round3(m.wall));
            for (const Measured &m : std::as_const(list))
                if (!m.ok)
                    return m;
            std::sort(list.begin(), list.end(), [](const Measured &a, const Measured &b) { return a.wall < b.wall; });
            return list.at(list.size() / 2);
        };
        QJsonArray baseWalls;
        const Measured base = representative(QStringLiteral("baseline"), &baseWalls);
        QJsonObject baseJson = base.json();
        baseJson.insert(QStringLiteral("wall_s_each_run"), baseWalls);
        QJsonObject loop{{QStringLiteral("sequential_baseline"), baseJson},
                         {QStringLiteral("rounds"), Rounds},
                         {QStringLiteral("reported"), QStringLiteral("the run with the median wall time of each kind")}};
        for (const QString &format : {QStringLiteral("jsonl"), QStringLiteral("csv"), QStringLiteral("json")}) {
            QJsonArray walls;
            const Measured m = representative(format, &walls);
            QJsonObject mj = m.json();
            mj.insert(QStringLiteral("wall_s_each_run"), walls);
            loop.insert(QStringLiteral("cli_") + format, mj);
            targets.append(target(QStringLiteral("loopback %1 peak RSS <= %2 MB").arg(format).arg(format == QLatin1String("json") ? 80 : 60),
                                  m.rssMb, format == QLatin1String("json") ? 80 : 60, true));
            if (format == QLatin1String("jsonl")) {
                const double speedup = base.ok && m.ok ? base.wall / qMax(0.001, m.wall) : 0;
                loop.insert(QStringLiteral("speedup_jsonl_vs_baseline"), round3(speedup));
                // CPU is less sensitive to other load on the machine than wall time.
                loop.insert(QStringLiteral("cpu_ratio_baseline_over_jsonl"), round3(base.cpu / qMax(0.001, m.cpu)));
                targets.append(target(QStringLiteral("loopback jsonl >= 3x faster than the sequential baseline"), speedup, 3, false));
                targets.append(target(QStringLiteral("loopback jsonl lists every user exactly once"), double(m.unique), users, false));
            }
        }
        doc.insert(QStringLiteral("loopback"), loop);
    }
    if (!skipSlow) {
        // 2. 20 ms round trip.
        auto emu = startEmulator(users, {QStringLiteral("--latency-ms"), QStringLiteral("20-20")});
        if (!emu)
            return 1;
        const QProcessEnvironment env = envFor(*emu);
        std::fprintf(stderr, "bench_streaming: 20 ms baseline (about %d s)\n", pages * 21 / 1000);
        const Measured base = measure(baselineArgs(*emu), env, out, QStringLiteral("jsonl"), QStringLiteral("UserId"));
        std::fprintf(stderr, "bench_streaming: 20 ms jsonl\n");
        const Measured m = measure(cliArgs(*emu, QStringLiteral("jsonl")), env, out, QStringLiteral("jsonl"), QStringLiteral("UserId"));
        const double speedup = base.wall / qMax(0.001, m.wall);
        targets.append(target(QStringLiteral("20 ms: jsonl >= 8x faster than the sequential baseline"), speedup, 8, false));
        // CloudSSO NextToken: sequential by nature; per page against one round trip.
        ApiClient probe;
        probe.setCredentials(Credentials{emu->accessKey(), emu->secret(), QString()});
        probe.setEndpoint(Service::CloudSso, emu->endpoint());
        ApiResult dirs;
        bool done = false;
        QObject::connect(probe.call(Service::CloudSso, QStringLiteral("ListDirectories")), &ApiCall::finished,
                         [&](const ApiResult &r) { dirs = r; done = true; });
        waitForSignal(&probe, &ApiClient::inFlightChanged, [&] { return done; }, 30000);
        const QString directory = dirs.result.value(QStringLiteral("Directories")).toArray().first().toObject()
                                      .value(QStringLiteral("DirectoryId")).toString();
        std::fprintf(stderr, "bench_streaming: 20 ms CloudSSO NextToken (about %d s)\n", pages * 21 / 1000);
        const Measured sso = measure(cliArgs(*emu, QStringLiteral("jsonl"), QStringLiteral("cloudsso"),
                                             QStringLiteral("{\"DirectoryId\":\"%1\"}").arg(directory)),
                                     env, out, QStringLiteral("jsonl"), QStringLiteral("UserId"));
        const double perPage = sso.wall * 1000.0 / pages;
        doc.insert(QStringLiteral("latency_20ms"),
                   QJsonObject{{QStringLiteral("sequential_baseline"), base.json()}, {QStringLiteral("cli_jsonl"), m.json()},
                               {QStringLiteral("speedup_jsonl_vs_baseline"), round3(speedup)},
                               {QStringLiteral("cloudsso_token_jsonl"), sso.json()},
                               {QStringLiteral("cloudsso_ms_per_page"), round3(perPage)},
                               {QStringLiteral("cloudsso_overhead_ms_per_page_over_round_trip"), round3(perPage - 20)},
                               // The client's own share of that overhead (CPU per page; the next page is requested
                               // before the current one is written, so writing overlaps the round trip).
                               {QStringLiteral("cloudsso_client_cpu_ms_per_page"), round3(sso.cpu * 1000.0 / pages)}});
        targets.append(target(QStringLiteral("20 ms CloudSSO NextToken: per page <= 1.15 x one round trip (23 ms)"), perPage, 23, true));
    }
    if (!skipSlow) {
        // 3. 50 ms round trip, 100 requests/s quota: the bound is pages / 100 s.
        auto emu = startEmulator(users, {QStringLiteral("--latency-ms"), QStringLiteral("50-50"), QStringLiteral("--throttle-qps"),
                                         QStringLiteral("100")});
        if (!emu)
            return 1;
        std::fprintf(stderr, "bench_streaming: 50 ms + 100 qps jsonl\n");
        const Measured m = measure(cliArgs(*emu, QStringLiteral("jsonl")), envFor(*emu), out, QStringLiteral("jsonl"), QStringLiteral("UserId"));
        const double bound = pages / 100.0;
        doc.insert(QStringLiteral("latency_50ms_quota_100qps"),
                   QJsonObject{{QStringLiteral("cli_jsonl"), m.json()}, {QStringLiteral("quota_bound_s"), bound},
                               {QStringLiteral("ratio_to_bound"), round3(m.wall / bound)}});
        targets.append(target(QStringLiteral("50 ms + 100 qps: within 1.2x of the quota bound"), m.wall / bound, 1.2, true));
        targets.append(target(QStringLiteral("50 ms + 100 qps: every user exactly once"), double(m.unique), users, false));
    }
    doc.insert(QStringLiteral("targets"), targets);
    doc.insert(QStringLiteral("load_average_at_end"), loadAverage());
    printJson(doc);
    return 0;
}
