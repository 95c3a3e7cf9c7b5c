// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/MauCommand.h"

#include "api/ApiClient.h"
#include "cloud/MauCache.h"
#include "cloud/MauLoader.h"
#include "report/MauReport.h"
#include "report/MauReportRenderer.h"

#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QSaveFile>

namespace {
bool isNetwork(const ApiError &e)
{
    return e.kind == ApiError::Kind::Network || e.kind == ApiError::Kind::Timeout;
}
}

QString MauCommand::usage()
{
    return QStringLiteral(
        "Usage: idconsole-cli [--profile P] mau report [--from YYYY-MM --to YYYY-MM] [--pools UID,...]\n"
        "                     --format pdf|png|csv|json [--lang zh|en] [--refresh] [--no-cache] -o FILE\n"
        "\n"
        "Renders the MAU pane's monthly report without a display (the offscreen platform is used when\n"
        "QT_QPA_PLATFORM is not set). Default range: the last 12 months up to the service's current month\n"
        "(China Standard Time, UTC+8, assumed). Past months come from the local cache unless --refresh;\n"
        "--no-cache neither reads nor writes it. Credentials: --profile or the environment, as for `call`.\n"
        "Exit codes: 0 written, 1 a month failed (the report lists what loaded) or the pool list failed,\n"
        "2 usage error, 3 network error or timeout.\n");
}

QString MauCommand::parse(const QStringList &args, Options *o)
{
    if (args.isEmpty() || args.first() != QLatin1String("report"))
        return QStringLiteral("mau needs the subcommand report");
    for (int i = 1; i < args.size(); ++i) {
        const QString a = args.at(i);
        QString name = a;
        QString value;
        bool inlineValue = false;
        if (a.startsWith(QLatin1String("--")) && a.contains(QLatin1Char('='))) {
            name = a.section(QLatin1Char('='), 0, 0);
            value = a.section(QLatin1Char('='), 1);
            inlineValue = true;
        }
        auto next = [&](QString *target) -> QString {
            if (inlineValue) {
                *target = value;
                return {};
            }
            if (i + 1 >= args.size())
                return QStringLiteral("option %1 needs a value").arg(name);
            *target = args.at(++i);
            return {};
        };
        QString error;
        if (name == QLatin1String("--from"))
            error = next(&o->from);
        else if (name == QLatin1String("--to"))
            error = next(&o->to);
        else if (name == QLatin1String("--pools")) {
            QString list;
            error = next(&list);
            for (const QString &uid : list.split(QLatin1Char(','), Qt::SkipEmptyParts))
                o->pools << uid.trimmed();
        } else if (name == QLatin1String("--format"))
            error = next(&o->format);
        else if (name == QLatin1String("--lang"))
            error = next(&o->lang);
        else if (name == QLatin1String("-o") || name == QLatin1String("--out"))
            error = next(&o->output);
        else if (name == QLatin1String("--refresh"))
            o->refresh = true;
        else if (name == QLatin1String("--no-cache"))
            o->noCache = true;
        else
            error = QStringLiteral("unknown argument %1 for mau report").arg(a);
        if (!error.isEmpty())
            return error;
    }
    if (!QStringList{QStringLiteral("pdf"), QStringLiteral("png"), QStringLiteral("csv"), QStringLiteral("json")}
             .contains(o->format))
        return QStringLiteral("--format must be pdf, png, csv or json");
    bool langOk = false;
    MauReport::languageFromCode(o->lang, &langOk);
    if (!langOk)
        return QStringLiteral("--lang must be zh or en");
    if (o->output.isEmpty())
        return QStringLiteral("mau report needs -o FILE");
    for (const QString *m : {&o->from, &o->to})
        if (!m->isEmpty() && !MauDataSet::monthFromKey(*m).isValid())
            return QStringLiteral("months look like 2025-12 (YYYY-MM): %1").arg(*m);
    if (!o->from.isEmpty() && !o->to.isEmpty()) {
        const int n = MauDataSet::monthsBetween(MauDataSet::monthFromKey(o->from), MauDataSet::monthFromKey(o->to));
        if (n <= 0)
            return QStringLiteral("--from must not be after --to");
        if (n > MauLoader::kMaxMonths)
            return QStringLiteral("at most %1 months at once (%2 asked for)").arg(MauLoader::kMaxMonths).arg(n);
    }
    return {};
}

int MauCommand::run(ApiClient *client, const CliApplication::Options &global, const QStringList &args,
                    QTextStream &out, QTextStream &err)
{
    Options o;
    const QString error = parse(args, &o);
    if (!error.isEmpty()) {
        err << "idconsole-cli: " << error << "\n\n" << usage();
        return CliApplication::Usage;
    }
    const QString region = client->region(Service::Id);
    const QString endpoint = client->endpoint(Service::Id).toString();
    std::unique_ptr<MauCache> cache;
    MauLoader loader(client);
    if (!o.noCache) {
        cache = std::make_unique<MauCache>();
        if (!cache->notice().isEmpty())
            err << "idconsole-cli: " << cache->notice() << '\n';
        loader.setCache(cache.get(), MauCache::scope(global.profile, region, endpoint));
        loader.setRefresh(o.refresh);
    }

    QEventLoop loop;
    MauDataSet data;
    std::optional<ApiError> failure;
    QObject::connect(&loader, &MauLoader::finished, &loop, [&](const MauDataSet &d) {
        data = d;
        loop.quit();
    });
    QObject::connect(&loader, &MauLoader::failed, &loop, [&](const ApiError &e) {
        failure = e;
        loop.quit();
    });
    if (o.from.isEmpty() && o.to.isEmpty()) {
        loader.loadRecent(12, o.pools);
    } else if (!o.from.isEmpty() && !o.to.isEmpty()) {
        loader.load(MauDataSet::monthRange(MauDataSet::monthFromKey(o.from), MauDataSet::monthFromKey(o.to)), o.pools);
    } else {
        // One end given: the other is the service's current month, or 12 months back from --to.
        const QDate to = o.to.isEmpty() ? loader.serviceCurrentMonth() : MauDataSet::monthFromKey(o.to);
        const QDate from = o.from.isEmpty() ? to.addMonths(-11) : MauDataSet::monthFromKey(o.from);
        const int n = MauDataSet::monthsBetween(from, to);
        if (n <= 0 || n > MauLoader::kMaxMonths) {
            err << "idconsole-cli: the range must hold 1 to " << MauLoader::kMaxMonths << " months\n";
            return CliApplication::Usage;
        }
        loader.load(MauDataSet::monthRange(from, to), o.pools);
    }
    loop.exec();

    if (failure) {
        err << "idconsole-cli: " << failure->toString() << '\n';
        return isNetwork(*failure) ? CliApplication::NetworkFailure : CliApplication::ApiFailure;
    }
    for (const QString &uid : std::as_const(o.pools)) {
        bool found = false;
        for (const MauPool &p : data.pools())
            found = found || p.uid == uid;
        if (!found)
            err << "idconsole-cli: warning: no user pool " << uid << " (left out)\n";
    }

    const MauReport report(MauReport::inputFor(loader, data, global.profile, region,
                                               MauReport::languageFromCode(o.lang), QDateTime::currentDateTimeUtc()));
    QString writeError;
    bool written = false;
    if (o.format == QLatin1String("pdf")) {
        written = MauReportRenderer(report).writePdf(o.output, &writeError);
    } else if (o.format == QLatin1String("png")) {
        written = MauReportRenderer(report).writePng(o.output, &writeError);
    } else {
        QSaveFile file(o.output);
        const QByteArray bytes = o.format == QLatin1String("csv")
                                     ? report.toCsv()
                                     : QJsonDocument(report.toJson()).toJson(QJsonDocument::Indented);
        written = file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size() && file.commit();
        if (!written)
            writeError = QStringLiteral("cannot write %1: %2").arg(o.output, file.errorString());
    }
    if (!written) {
        err << "idconsole-cli: " << writeError << '\n';
        return CliApplication::ApiFailure;
    }

    int code = CliApplication::Ok;
    for (int m = 0; m < data.monthCount(); ++m) {
        if (!data.isFailed(m))
            continue;
        const ApiError e = data.error(m);
        err << "idconsole-cli: " << MauDataSet::monthKey(data.months().at(m)) << " failed: " << e.toString() << '\n';
        code = isNetwork(e) ? CliApplication::NetworkFailure
                            : (code == CliApplication::NetworkFailure ? code : CliApplication::ApiFailure);
    }
    out << "wrote " << o.output << " (" << data.monthCount() << " months, " << data.poolCount() << " pools, "
        << loader.mauCallsMade() << " GetUserPoolMaus calls, " << loader.monthsFromCache() << " months from cache)\n";
    return code;
}
