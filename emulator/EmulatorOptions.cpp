// SPDX-License-Identifier: GPL-3.0-or-later
#include "EmulatorOptions.h"

#include "DatasetBuilder.h"
#include "ServicePolicy.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QRegularExpression>

namespace emu {

QString EmulatorOptions::versionString()
{
    return QStringLiteral("idconsole-emulator 0.1.0 (id 2025-10-30, cloudidentity 2023-01-01, cloudsso 2021-05-15)");
}

EmulatorOptions::ParseResult EmulatorOptions::parse(const QStringList &arguments, EmulatorOptions *options,
                                                    QString *output)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Local stand-in for Volcengine Agent Identity (id), Volcengine Cloud Identity (cloudidentity) "
                       "and Alibaba Cloud CloudSSO on one HTTP port.\n"
                       "Credentials: --access-key AK with the secret in the environment variable "
                       "IDCONSOLE_EMULATOR_SECRET, and/or --credentials-file with lines \"AK SECRET\".\n"
                       "When ready it prints \"LISTENING <port>\" on stdout."));
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, QStringLiteral("Show this help."));
    const QCommandLineOption version(QStringLiteral("version"), QStringLiteral("Show the version."));
    const QCommandLineOption bind(QStringLiteral("bind"),
                                  QStringLiteral("Address to listen on (default 127.0.0.1; anything else prints a "
                                                 "warning)."),
                                  QStringLiteral("address"), QStringLiteral("127.0.0.1"));
    const QCommandLineOption port(QStringLiteral("port"), QStringLiteral("TCP port; 0 picks a free one (default 0)."),
                                  QStringLiteral("port"), QStringLiteral("0"));
    const QCommandLineOption accessKey(QStringLiteral("access-key"),
                                       QStringLiteral("Access key id; its secret comes from IDCONSOLE_EMULATOR_SECRET."),
                                       QStringLiteral("id"));
    const QCommandLineOption credentialsFile(QStringLiteral("credentials-file"),
                                             QStringLiteral("File with one \"ACCESS_KEY_ID SECRET\" pair per line."),
                                             QStringLiteral("file"));
    const QCommandLineOption dataset(QStringLiteral("dataset"), QStringLiteral("demo (default), large or empty."),
                                     QStringLiteral("name"), QStringLiteral("demo"));
    const QCommandLineOption users(QStringLiteral("users"),
                                   QStringLiteral("Users per service for --dataset large (default 100000)."),
                                   QStringLiteral("n"));
    const QCommandLineOption events(QStringLiteral("events"),
                                    QStringLiteral("Failed provisioning events per service for --dataset large "
                                                   "(default 0)."),
                                    QStringLiteral("n"));
    const QCommandLineOption seed(QStringLiteral("seed"), QStringLiteral("Seed for data and faults (default 1)."),
                                  QStringLiteral("s"), QStringLiteral("1"));
    const QCommandLineOption state(QStringLiteral("state"),
                                   QStringLiteral("Load the state from this file at start (if it exists) and save it "
                                                  "atomically after every write."),
                                   QStringLiteral("file"));
    const QCommandLineOption throttle(QStringLiteral("throttle-qps"),
                                      QStringLiteral("Token bucket per access key: n requests/s, burst n."),
                                      QStringLiteral("n"));
    const QCommandLineOption failRate(QStringLiteral("fail-rate"),
                                      QStringLiteral("Probability 0..1 of an injected 500/503 (no state change)."),
                                      QStringLiteral("p"));
    const QCommandLineOption latency(QStringLiteral("latency-ms"),
                                     QStringLiteral("Delay every answer by A ms, or uniformly A..B ms."),
                                     QStringLiteral("A[-B]"));
    const QCommandLineOption resetRate(QStringLiteral("reset-rate"),
                                       QStringLiteral("Probability 0..1 of dropping the connection without an answer "
                                                      "(writes: before or after applying the change)."),
                                       QStringLiteral("p"));
    const QCommandLineOption skew(QStringLiteral("clock-skew"),
                                  QStringLiteral("Shift the emulator's clock (timestamp checks, Date header) by this "
                                                 "many seconds."),
                                  QStringLiteral("seconds"));
    const QCommandLineOption log(QStringLiteral("log"),
                                 QStringLiteral("One line per request on stderr: time, access key id, action, status, "
                                                "ms."));
    const QCommandLineOption writeLock(QStringLiteral("write-lock-ms"),
                                       QStringLiteral("Cloud Identity holds each write for n ms; another write "
                                                      "meanwhile gets 400 ConcurrentException (default 5, 0 = off)."),
                                       QStringLiteral("n"), QStringLiteral("5"));
    const QCommandLineOption serviceStatus(QStringLiteral("service-status"),
                                           QStringLiteral("Cloud Identity instance status, e.g. Disabled: every "
                                                          "Cloud Identity action gets 400 ServiceStatusException."),
                                           QStringLiteral("status"));
    const QCommandLineOption readOnlyKey(QStringLiteral("read-only-key"),
                                         QStringLiteral("An access key limited to reads (repeatable): its writes get "
                                                        "400 PermissionError (cloudidentity), 403 AccessDenied (id), "
                                                        "403 NoPermission (cloudsso)."),
                                         QStringLiteral("id"));
    const QCommandLineOption quota(QStringLiteral("quota"),
                                   QStringLiteral("Object-count limit (repeatable): cloudidentity.users, "
                                                  "cloudidentity.groups (429 ReachedQuotaLimit), id.userpools, "
                                                  "id.users per pool (429 QuotaExceeded)."),
                                   QStringLiteral("name=n"));
    const QCommandLineOption retryTask(QStringLiteral("retry-task-ms"),
                                       QStringLiteral("A Cloud Identity event retry keeps running for n ms: retrying "
                                                      "it or deleting its provisioning meanwhile gets 409 "
                                                      "UserProvisionEventRetryConflict (default 0)."),
                                       QStringLiteral("n"));
    const QCommandLineOption statusConflict(QStringLiteral("status-conflict-rate"),
                                            QStringLiteral("Probability 0..1 that an id write gets 409 "
                                                           "StatusConflict (no state change)."),
                                            QStringLiteral("p"));
    const QCommandLineOption poolUsers(QStringLiteral("pool-users"),
                                       QStringLiteral("Users of an extra Agent Identity pool \"load-test\" for --dataset "
                                                      "large, generated on demand (default 0: no such pool)."),
                                       QStringLiteral("N"));
    parser.addOption(poolUsers);
    parser.addOptions({help, version, bind, port, accessKey, credentialsFile, dataset, users, events, seed, state,
                       throttle, failRate, latency, resetRate, skew, log, writeLock, serviceStatus, readOnlyKey, quota,
                       retryTask, statusConflict});

    auto error = [output](const QString &message) {
        *output = message;
        return ParseResult::ExitError;
    };
    if (!parser.parse(arguments))
        return error(parser.errorText());
    if (parser.isSet(help)) {
        *output = parser.helpText();
        return ParseResult::ExitSuccess;
    }
    if (parser.isSet(version)) {
        *output = versionString();
        return ParseResult::ExitSuccess;
    }
    if (!parser.positionalArguments().isEmpty())
        return error(QStringLiteral("unexpected argument: %1").arg(parser.positionalArguments().first()));

    EmulatorOptions o;
    if (!o.bind.setAddress(parser.value(bind)))
        return error(QStringLiteral("--bind: not an IP address: %1").arg(parser.value(bind)));
    bool ok = false;
    const uint p = parser.value(port).toUInt(&ok);
    if (!ok || p > 65535)
        return error(QStringLiteral("--port: expected 0..65535"));
    o.port = quint16(p);
    o.accessKey = parser.value(accessKey);
    o.credentialsFile = parser.value(credentialsFile);
    o.dataset = parser.value(dataset);
    if (!DatasetBuilder::datasetNames().contains(o.dataset))
        return error(QStringLiteral("--dataset: expected demo, large or empty"));
    if ((parser.isSet(users) || parser.isSet(events)) && o.dataset != QLatin1String("large"))
        return error(QStringLiteral("--users and --events need --dataset large"));
    if (parser.isSet(users)) {
        o.users = parser.value(users).toInt(&ok);
        if (!ok || o.users < 0 || o.users > 5000000)
            return error(QStringLiteral("--users: expected 0..5000000"));
    }
    if (parser.isSet(poolUsers)) {
        if (o.dataset != QLatin1String("large"))
            return error(QStringLiteral("--pool-users needs --dataset large"));
        o.poolUsers = parser.value(poolUsers).toInt(&ok);
        if (!ok || o.poolUsers < 0 || o.poolUsers > 100000000)
            return error(QStringLiteral("--pool-users: expected 0..100000000"));
    }
    if (parser.isSet(events)) {
        o.events = parser.value(events).toInt(&ok);
        if (!ok || o.events < 0 || o.events > 1000000)
            return error(QStringLiteral("--events: expected 0..1000000"));
    }
    o.seed = parser.value(seed).toULongLong(&ok);
    if (!ok)
        return error(QStringLiteral("--seed: expected a non-negative integer"));
    o.statePath = parser.value(state);
    auto probability = [&](const QCommandLineOption &opt, double *out) {
        if (!parser.isSet(opt))
            return true;
        bool valid = false;
        *out = parser.value(opt).toDouble(&valid);
        return valid && *out >= 0 && *out <= 1;
    };
    if (parser.isSet(throttle)) {
        o.throttleQps = parser.value(throttle).toDouble(&ok);
        if (!ok || o.throttleQps <= 0 || o.throttleQps > 1e6)
            return error(QStringLiteral("--throttle-qps: expected a positive number"));
    }
    if (!probability(failRate, &o.failRate))
        return error(QStringLiteral("--fail-rate: expected a probability 0..1"));
    if (!probability(resetRate, &o.resetRate))
        return error(QStringLiteral("--reset-rate: expected a probability 0..1"));
    if (parser.isSet(latency)) {
        static const QRegularExpression re(QStringLiteral("^(\\d{1,6})(?:-(\\d{1,6}))?$"));
        const auto m = re.match(parser.value(latency));
        if (!m.hasMatch())
            return error(QStringLiteral("--latency-ms: expected A or A-B (milliseconds)"));
        o.latencyMinMs = m.captured(1).toInt();
        o.latencyMaxMs = m.captured(2).isEmpty() ? o.latencyMinMs : m.captured(2).toInt();
        if (o.latencyMaxMs < o.latencyMinMs)
            return error(QStringLiteral("--latency-ms: B must not be less than A"));
    }
    if (parser.isSet(skew)) {
        o.clockSkewSeconds = parser.value(skew).toLongLong(&ok);
        if (!ok || qAbs(o.clockSkewSeconds) > 100LL * 365 * 86400)
            return error(QStringLiteral("--clock-skew: expected a number of seconds"));
    }
    o.log = parser.isSet(log);
    o.writeLockMs = parser.value(writeLock).toInt(&ok);
    if (!ok || o.writeLockMs < 0 || o.writeLockMs > 600000)
        return error(QStringLiteral("--write-lock-ms: expected 0..600000"));
    o.serviceStatus = parser.value(serviceStatus);
    if (parser.isSet(serviceStatus) && o.serviceStatus.trimmed().isEmpty())
        return error(QStringLiteral("--service-status: expected a status such as Disabled"));
    o.readOnlyKeys = parser.values(readOnlyKey);
    for (const QString &q : parser.values(quota)) {
        const int eq = q.indexOf(QLatin1Char('='));
        const QString name = q.left(eq);
        const int n = eq < 0 ? -1 : q.mid(eq + 1).toInt(&ok);
        if (eq < 0 || !ok || n < 0 || !ServicePolicy::quotaNames().contains(name))
            return error(QStringLiteral("--quota: expected NAME=N with NAME one of %1")
                             .arg(ServicePolicy::quotaNames().join(QStringLiteral(", "))));
        o.quotas.append({name, n});
    }
    if (parser.isSet(retryTask)) {
        o.retryTaskMs = parser.value(retryTask).toInt(&ok);
        if (!ok || o.retryTaskMs < 0 || o.retryTaskMs > 3600000)
            return error(QStringLiteral("--retry-task-ms: expected 0..3600000"));
    }
    if (!probability(statusConflict, &o.statusConflictRate))
        return error(QStringLiteral("--status-conflict-rate: expected a probability 0..1"));
    *options = o;
    return ParseResult::Run;
}

} // namespace emu
