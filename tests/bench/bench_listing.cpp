// SPDX-License-Identifier: GPL-3.0-or-later
// Benchmark 1: full listing of N users (default 100,000) from the local emulator.
//   - `idconsole-cli call cloudidentity ListUsers --all` (what an operator runs): wall time of the whole process,
//     including printing the merged JSON array; HTTP exchanges counted from its --verbose lines.
//   - the same listing in-process through ApiClient::listAll (page 1, then the other pages concurrently, the
//     client's default of 8 per host),
//   - next to a sequential page-by-page baseline in the same run (one ApiClient call per page, each waiting for the
//     previous one: what a naive client does),
//   - and CloudSSO's NextToken listing (sequential by nature: each page names the next).
// The local emulator answers in well under a millisecond, so the pages' round trips cost almost nothing and
// concurrency gains little on 2 cores; a second emulator with --latency-ms 20 (a typical round trip to a cloud
// region) shows what concurrent paging buys over the network: in-process listAll vs the sequential baseline.
// Every variant is run --runs times (default 3); the median is reported with every run. Prints one JSON object.
//   bench_listing [--users N] [--runs R] [--latency-ms MS (0: skip the second emulator)]
#include "api/ApiCall.h"
#include "api/ApiClient.h"
#include "BenchSupport.h"
#include "EmulatorFixture.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QSet>
#include <QThread>

using namespace BenchSupport;

namespace {
struct Run
{
    double seconds = 0;
    int requests = 0;
    int users = 0;
    int unique = 0;
    bool ok = false;
    QString error;
};

int uniqueIds(const QJsonArray &items)
{
    QSet<QString> ids;
    ids.reserve(items.size());
    for (const QJsonValue &v : items)
        ids.insert(v.toObject().value(QStringLiteral("UserId")).toString());
    ids.remove(QString());
    return int(ids.size());
}

ApiResult wait(ApiCall *call)
{
    ApiResult out;
    bool done = false;
    QEventLoop loop;
    QObject::connect(call, &ApiCall::finished, &loop, [&](const ApiResult &r) {
        out = r;
        done = true;
        loop.quit();
    });
    QTimer::singleShot(600000, &loop, &QEventLoop::quit);
    if (!done)
        loop.exec();
    if (!done)
        out.error = ApiError::make(ApiError::Kind::Timeout, QStringLiteral("BenchTimeout"), QStringLiteral("no answer"));
    return out;
}

void configure(ApiClient &client, const EmulatorFixture &emu)
{
    client.setCredentials(Credentials{emu.accessKey(), emu.secret(), QString()});
    for (Service s : {Service::Id, Service::CloudIdentity, Service::CloudSso})
        client.setEndpoint(s, emu.endpoint());
}

Run cliListAll(const EmulatorFixture &emu)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("VOLCENGINE_ACCESS_KEY"), emu.accessKey());
    env.insert(QStringLiteral("VOLCENGINE_SECRET_KEY"), emu.secret());
    const ProcessRun p = runProcess(QStringLiteral(IDCONSOLE_CLI_PATH),
                                    {QStringLiteral("--endpoint"), emu.endpoint().toString(), QStringLiteral("-v"),
                                     QStringLiteral("call"), QStringLiteral("cloudidentity"), QStringLiteral("ListUsers"),
                                     QStringLiteral("--all")},
                                    env);
    Run r;
    r.seconds = p.elapsedMs / 1000.0;
    r.requests = int(p.err.count('\n'));
    const QJsonDocument doc = QJsonDocument::fromJson(p.out);
    r.users = int(doc.array().size());
    r.unique = uniqueIds(doc.array());
    r.ok = p.finished && p.exitCode == 0 && doc.isArray();
    if (!r.ok)
        r.error = QString::fromUtf8(p.err.right(400));
    return r;
}

Run inProcessListAll(const EmulatorFixture &emu, Service service, const QJsonObject &params, int perHost)
{
    ApiClient client;
    configure(client, emu);
    client.setMaxConcurrencyPerHost(perHost);
    int exchanges = 0;
    QObject::connect(&client, &ApiClient::exchangeFinished, [&](const ExchangeRecord &) { ++exchanges; });
    QElapsedTimer t;
    t.start();
    const ApiResult res = wait(client.listAll(service, QStringLiteral("ListUsers"), params));
    Run r;
    r.seconds = t.nsecsElapsed() / 1e9;
    r.requests = exchanges;
    r.users = int(res.items.size());
    r.unique = uniqueIds(res.items);
    r.ok = res.ok;
    if (!res.ok)
        r.error = res.error.toString();
    return r;
}

// The baseline: one page at a time, page numbers 1, 2, 3 … until a short page.
Run sequentialPages(const EmulatorFixture &emu)
{
    ApiClient client;
    configure(client, emu);
    client.setMaxConcurrencyPerHost(1);
    client.setAdaptiveRateLimiting(false);
    int exchanges = 0;
    QObject::connect(&client, &ApiClient::exchangeFinished, [&](const ExchangeRecord &) { ++exchanges; });
    QJsonArray all;
    QElapsedTimer t;
    t.start();
    Run r;
    r.ok = true;
    for (int page = 1;; ++page) {
        const ApiResult res = wait(client.call(Service::CloudIdentity, QStringLiteral("ListUsers"),
                                               {{QStringLiteral("PageNumber"), page}, {QStringLiteral("PageSize"), 100}}));
        if (!res.ok) {
            r.ok = false;
            r.error = res.error.toString();
            break;
        }
        const QJsonArray users = res.result.value(QStringLiteral("Users")).toArray();
        for (const QJsonValue &v : users)
            all.append(v);
        if (users.size() < 100)
            break;
    }
    r.seconds = t.nsecsElapsed() / 1e9;
    r.requests = exchanges;
    r.users = int(all.size());
    r.unique = uniqueIds(all);
    return r;
}

QJsonObject summarize(const QList<Run> &runs, int perHost)
{
    QList<double> secs;
    QJsonArray each;
    bool ok = true;
    QString error;
    for (const Run &r : runs) {
        secs << r.seconds;
        each.append(round3(r.seconds));
        ok = ok && r.ok;
        if (!r.ok && error.isEmpty())
            error = r.error;
    }
    const Run &last = runs.last();
    const double med = median(secs);
    QJsonObject o{{QStringLiteral("seconds"), round3(med)},
                  {QStringLiteral("runs_seconds"), each},
                  {QStringLiteral("requests"), last.requests},
                  {QStringLiteral("requests_per_s"), med > 0 ? qRound(last.requests / med) : 0},
                  {QStringLiteral("users"), last.users},
                  {QStringLiteral("unique_users"), last.unique},
                  {QStringLiteral("users_per_s"), med > 0 ? qRound(last.users / med) : 0},
                  {QStringLiteral("ok"), ok}};
    if (perHost > 0)
        o.insert(QStringLiteral("max_concurrency_per_host"), perHost);
    if (!error.isEmpty())
        o.insert(QStringLiteral("error"), error);
    return o;
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int users = intArg(args, QStringLiteral("--users"), 100000);
    const int runs = qMax(1, intArg(args, QStringLiteral("--runs"), 3));

    EmulatorFixture emu({QStringLiteral("--dataset"), QStringLiteral("large"), QStringLiteral("--users"),
                         QString::number(users)});
    QString error;
    if (!emu.start(&error, 60000)) {
        std::fprintf(stderr, "bench_listing: %s\n", qPrintable(error));
        return 1;
    }
    ApiClient probe;
    configure(probe, emu);
    const ApiResult dirs = wait(probe.call(Service::CloudSso, QStringLiteral("ListDirectories")));
    const QString directory = dirs.result.value(QStringLiteral("Directories")).toArray().first().toObject()
                                  .value(QStringLiteral("DirectoryId")).toString();

    QList<Run> cli, concurrent, sequential, sso;
    for (int i = 0; i < runs; ++i) {
        std::fprintf(stderr, "bench_listing: run %d/%d\n", i + 1, runs);
        cli << cliListAll(emu);
        concurrent << inProcessListAll(emu, Service::CloudIdentity, {}, 8);
        sequential << sequentialPages(emu);
        sso << inProcessListAll(emu, Service::CloudSso, {{QStringLiteral("DirectoryId"), directory}}, 8);
    }
    emu.stop();

    // The same listing with a realistic round trip.
    const int latency = intArg(args, QStringLiteral("--latency-ms"), 20);
    QJsonObject withLatency;
    if (latency > 0) {
        EmulatorFixture slow({QStringLiteral("--dataset"), QStringLiteral("large"), QStringLiteral("--users"),
                              QString::number(users), QStringLiteral("--latency-ms"), QString::number(latency)});
        if (slow.start(&error, 60000)) {
            QList<Run> c, q;
            std::fprintf(stderr, "bench_listing: with %d ms latency\n", latency);
            c << inProcessListAll(slow, Service::CloudIdentity, {}, 8);
            q << sequentialPages(slow);
            const QJsonObject cs = summarize(c, 8), qs = summarize(q, 1);
            withLatency = {{QStringLiteral("latency_ms"), latency},
                           {QStringLiteral("in_process_list_all"), cs},
                           {QStringLiteral("sequential_baseline"), qs},
                           {QStringLiteral("speedup_list_all_vs_sequential"),
                            round3(qs.value(QStringLiteral("seconds")).toDouble()
                                   / qMax(0.001, cs.value(QStringLiteral("seconds")).toDouble()))}};
        }
    }

    const QJsonObject conc = summarize(concurrent, 8);
    const QJsonObject seq = summarize(sequential, 1);
    const QJsonObject cliOut = summarize(cli, 0);
    const double speedup = conc.value(QStringLiteral("seconds")).toDouble() > 0
                               ? seq.value(QStringLiteral("seconds")).toDouble() / conc.value(QStringLiteral("seconds")).toDouble()
                               : 0;
    printJson({{QStringLiteral("benchmark"), QStringLiteral("listing")},
               {QStringLiteral("users"), users},
               {QStringLiteral("page_size"), 100},
               {QStringLiteral("runs"), runs},
               {QStringLiteral("cpus"), QThread::idealThreadCount()},
               {QStringLiteral("cli_list_all"), cliOut},
               {QStringLiteral("in_process_list_all"), conc},
               {QStringLiteral("sequential_baseline"), seq},
               {QStringLiteral("speedup_list_all_vs_sequential"), round3(speedup)},
               {QStringLiteral("cloudsso_token_paging"), summarize(sso, 8)},
               {QStringLiteral("with_network_latency"), withLatency}});
    return 0;
}
