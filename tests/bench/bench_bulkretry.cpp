// SPDX-License-Identifier: GPL-3.0-or-later
// Benchmark 2: bulk retry of 1,000 failed provisioning events with `idconsole-cli batch` against the emulator at
// --throttle-qps 20 (a token bucket of 20 requests/s, burst 20, per access key). 1,000 requests at 20/s: the quota
// bounds the batch below by 50 s. The target is <= 1.15 x that bound with zero failed items, reached by the
// client's adaptive pacing (AdaptiveRateLimiter: it learns the accepted rate from the throttling answers).
// Cloud Identity (writes one at a time through the write queue) and CloudSSO (the runner's 4 at a time), each on
// a fresh emulator so that one's throttling does not leak into the other's figures.
// Prints one JSON object.   bench_bulkretry [--events N] [--qps Q]
#include "api/ApiCall.h"
#include "api/ApiClient.h"
#include "BenchSupport.h"
#include "EmulatorFixture.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QThread>

using namespace BenchSupport;

namespace {
QJsonObject runService(Service service, int events, int qps)
{
    const QString name = ServiceCatalog::name(service);
    EmulatorFixture emu({QStringLiteral("--dataset"), QStringLiteral("large"), QStringLiteral("--users"),
                         QString::number(qMax(1000, events)), QStringLiteral("--events"), QString::number(events),
                         QStringLiteral("--throttle-qps"), QString::number(qps)});
    QString error;
    if (!emu.start(&error, 60000))
        return {{QStringLiteral("ok"), false}, {QStringLiteral("error"), error}};

    // The failed events (read with a client of our own; its reads also count against the quota).
    ApiClient client;
    client.setCredentials(Credentials{emu.accessKey(), emu.secret(), QString()});
    client.setEndpoint(service, emu.endpoint());
    QString directory;
    QJsonObject listParams;
    if (service == Service::CloudSso) {
        directory = firstDirectoryId(client);
        listParams.insert(QStringLiteral("DirectoryId"), directory);
    }
    const ApiResult list = waitCall(client.listAll(service, QStringLiteral("ListUserProvisioningEvents"), listParams));
    if (!list.ok)
        return {{QStringLiteral("ok"), false}, {QStringLiteral("error"), list.error.toString()}};
    QByteArray input;
    int lines = 0;
    for (const QJsonValue &v : list.items) {
        const QJsonObject e = v.toObject();
        QJsonObject p;
        if (service == Service::CloudSso) {
            p.insert(QStringLiteral("DirectoryId"), directory);
            p.insert(QStringLiteral("EventId"), e.value(QStringLiteral("EventId")));
            p.insert(QStringLiteral("DuplicationStrategy"), QStringLiteral("KeepBoth"));
        } else {
            p.insert(QStringLiteral("UserProvisioningEventId"), e.value(QStringLiteral("UserProvisioningEventId")));
        }
        input += QJsonDocument(p).toJson(QJsonDocument::Compact) + '\n';
        ++lines;
    }
    // Let the bucket refill to its burst, so the batch starts where any batch would.
    QThread::msleep(1500);

    const ProcessRun p = runProcess(QStringLiteral(IDCONSOLE_CLI_PATH),
                                    {QStringLiteral("--endpoint"), emu.endpoint().toString(), QStringLiteral("-v"),
                                     QStringLiteral("batch"), name, QStringLiteral("RetryUserProvisioningEvent")},
                                    cliEnvironment(emu.accessKey(), emu.secret()), input, 900000);
    const JsonLines items = readJsonLines(p.out);
    QJsonObject out = quotaBoundFigures(p, items, readVerboseLog(p.err), lines, qps,
                                        items.failed == 0 && items.ok == lines);
    out.insert(QStringLiteral("items"), lines);
    out.insert(QStringLiteral("succeeded_items"), items.ok);
    out.insert(QStringLiteral("failed_items"), items.failed);
    out.insert(QStringLiteral("ambiguous_items"), items.ambiguous);
    return out;
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int events = intArg(args, QStringLiteral("--events"), 1000);
    const int qps = intArg(args, QStringLiteral("--qps"), 20);
    const bool onlyCi = args.contains(QStringLiteral("--cloudidentity-only"));
    std::fprintf(stderr, "bench_bulkretry: cloudidentity, %d events at %d qps\n", events, qps);
    QJsonObject out{{QStringLiteral("benchmark"), QStringLiteral("bulk_retry")},
                    {QStringLiteral("events"), events},
                    {QStringLiteral("throttle_qps"), qps},
                    {QStringLiteral("cloudidentity"), runService(Service::CloudIdentity, events, qps)}};
    if (!onlyCi) {
        std::fprintf(stderr, "bench_bulkretry: cloudsso, %d events at %d qps\n", events, qps);
        out.insert(QStringLiteral("cloudsso"), runService(Service::CloudSso, events, qps));
    }
    printJson(out);
    return 0;
}
