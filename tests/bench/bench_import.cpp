// SPDX-License-Identifier: GPL-3.0-or-later
// CSV import of 1,000 users with `idconsole-cli import` against the emulator at --throttle-qps 20 (a token bucket of
// 20 requests/s, burst 20, per access key). 1,000 creates at 20/s: the quota bounds the import below by 50 s (the
// look-up of existing users adds a few list calls: the directory is listed, 100 per page). Reported: the time, its
// ratio to the bound, the rows created / failed, and that the directory then holds exactly the file's users.
// Cloud Identity (writes one at a time through the write queue), CloudSSO and Agent Identity pool users (4 at a
// time, into a fresh pool), each on a fresh, empty emulator. The harness shared with bench_bulkretry is in
// BenchSupport.h. Prints one JSON object.   bench_import [--users N] [--qps Q] [--cloudidentity-only]
#include "api/ApiCall.h"
#include "api/ApiClient.h"
#include "BenchSupport.h"
#include "EmulatorFixture.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QSet>
#include <QTemporaryDir>
#include <QThread>

using namespace BenchSupport;

namespace {
QByteArray usersCsv(Service service, int users)
{
    QByteArray csv = service == Service::CloudSso ? "UserName,FirstName,LastName,DisplayName,Description,Email\r\n"
                     : service == Service::Id     ? "PreferredUsername,Email,Name,EmailVerified\r\n"
                                                  : "UserName,DisplayName,Description,Email,Phone\r\n";
    for (int i = 1; i <= users; ++i) {
        const QByteArray n = QByteArray::number(i);
        const QByteArray name = "bench.user" + n;
        if (service == Service::Id)
            csv += name + "," + name + "@example.com,\"王芳 " + n + ", Bench\",true\r\n";
        else if (service == Service::CloudSso)
            csv += name + ",Fang" + n + ",Wang,\"王芳 " + n + ", Bench\",imported," + name + "@example.com\r\n";
        else
            csv += name + ",\"王芳 " + n + ", Bench\",imported," + name + "@example.com,+86-10-" + n + "\r\n";
    }
    return csv;
}

QJsonObject runService(Service service, int users, int qps)
{
    const QString name = ServiceCatalog::name(service);
    EmulatorFixture emu({QStringLiteral("--dataset"), QStringLiteral("empty"), QStringLiteral("--throttle-qps"),
                         QString::number(qps)});
    QString error;
    if (!emu.start(&error, 60000))
        return {{QStringLiteral("ok"), false}, {QStringLiteral("error"), error}};
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("users.csv"));
    {
        QFile f(file);
        if (!f.open(QIODevice::WriteOnly) || f.write(usersCsv(service, users)) < 0)
            return {{QStringLiteral("ok"), false}, {QStringLiteral("error"), QStringLiteral("cannot write the CSV file")}};
    }
    // Let the bucket fill to its burst, so the import starts where any import would.
    QThread::msleep(1500);

    ApiClient client;
    client.setCredentials(Credentials{emu.accessKey(), emu.secret(), QString()});
    client.setEndpoint(service, emu.endpoint());
    QStringList importArgs{QStringLiteral("--endpoint"), emu.endpoint().toString(), QStringLiteral("-v"),
                           QStringLiteral("import"), name, file};
    QString poolUid;
    if (service == Service::Id) {
        // A fresh pool to import into (before the bucket refills).
        const ApiResult pool = waitCall(client.call(service, QStringLiteral("CreateUserPool"),
                                                    {{QStringLiteral("Name"), QStringLiteral("bench-import")}}));
        poolUid = pool.result.value(QStringLiteral("Uid")).toString();
        if (poolUid.isEmpty())
            poolUid = pool.result.value(QStringLiteral("UserPoolUid")).toString();
        if (poolUid.isEmpty())
            return {{QStringLiteral("ok"), false}, {QStringLiteral("error"), pool.error.toString()}};
        importArgs << QStringLiteral("--pool") << poolUid;
        QThread::msleep(1500);
    }
    const ProcessRun p = runProcess(QStringLiteral(IDCONSOLE_CLI_PATH), importArgs,
                                    cliEnvironment(emu.accessKey(), emu.secret()), {}, 900000);
    const JsonLines rows = readJsonLines(p.out);
    int created = 0, other = 0;
    for (const QJsonObject &o : rows.lines) {
        const QString action = o.value(QStringLiteral("action")).toString();
        if (action == QLatin1String("created"))
            ++created;
        else if (action != QLatin1String("failed"))
            ++other;
    }
    // Afterwards (not timed): the directory (pool) holds exactly the file's users, each once.
    QJsonObject listParams;
    if (service == Service::Id)
        listParams.insert(QStringLiteral("UserPoolUid"), poolUid);
    if (service == Service::CloudSso) {
        listParams.insert(QStringLiteral("DirectoryId"), firstDirectoryId(client));
    }
    const ApiResult list = waitCall(client.listAll(service, QStringLiteral("ListUsers"), listParams));
    QSet<QString> names;
    int listed = 0;
    for (const QJsonValue &v : list.items) {
        names.insert(v.toObject().value(service == Service::Id ? QStringLiteral("PreferredUsername") : QStringLiteral("UserName")).toString());
        ++listed;
    }
    const bool exact = list.ok && listed == users && names.size() == users;

    const VerboseLog log = readVerboseLog(p.err, "ListUsers");
    QJsonObject out = quotaBoundFigures(p, rows, log, users, qps, rows.failed == 0 && created == users);
    out.insert(QStringLiteral("users"), users);
    out.insert(QStringLiteral("created_rows"), created);
    out.insert(QStringLiteral("failed_rows"), rows.failed);
    out.insert(QStringLiteral("other_rows"), other);
    out.insert(QStringLiteral("ambiguous_rows"), rows.ambiguous);
    out.insert(QStringLiteral("directory_holds_exactly_the_file"), exact);
    out.insert(QStringLiteral("users_listed_afterwards"), listed);
    // The -v lines name the action in the URL for Volcengine only (CloudSSO sends it in a header).
    if (service != Service::CloudSso)
        out.insert(QStringLiteral("lookup_list_calls"), log.matching);
    return out;
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int users = intArg(args, QStringLiteral("--users"), 1000);
    const int qps = intArg(args, QStringLiteral("--qps"), 20);
    const bool onlyCi = args.contains(QStringLiteral("--cloudidentity-only"));
    std::fprintf(stderr, "bench_import: cloudidentity, %d users at %d qps\n", users, qps);
    QJsonObject out{{QStringLiteral("benchmark"), QStringLiteral("csv_import")},
                    {QStringLiteral("users"), users},
                    {QStringLiteral("throttle_qps"), qps},
                    {QStringLiteral("cloudidentity"), runService(Service::CloudIdentity, users, qps)}};
    if (!onlyCi) {
        std::fprintf(stderr, "bench_import: cloudsso, %d users at %d qps\n", users, qps);
        out.insert(QStringLiteral("cloudsso"), runService(Service::CloudSso, users, qps));
        std::fprintf(stderr, "bench_import: id (pool users), %d users at %d qps\n", users, qps);
        out.insert(QStringLiteral("id"), runService(Service::Id, users, qps));
    }
    printJson(out);
    return 0;
}
