// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/ImportCommand.h"

#include "cloud/DirectoryBackend.h"
#include "cloud/PoolDirectoryService.h"
#include "cloud/Session.h"
#include "import/ImportExecutor.h"
#include "import/ImportPlanner.h"
#include "import/ImportRun.h"
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTimer>
#include <csignal>
#include <cstdio>
#include <memory>

namespace {
volatile std::sig_atomic_t g_importInterrupted = 0;

extern "C" void onImportInterrupt(int)
{
    g_importInterrupted = 1;
    std::signal(SIGINT, SIG_DFL); // a second Ctrl-C quits at once
}

QString jsonValue(const QJsonValue &v)
{
    const QByteArray a = QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(a.mid(1, a.size() - 2));
}

QJsonValue orNull(const QString &s)
{
    return s.isEmpty() ? QJsonValue() : QJsonValue(s);
}

QString unsupported(const QString &service)
{
    return QStringLiteral("unknown service %1 (use id, cloudidentity or cloudsso)").arg(service);
}
} // namespace

QString ImportCommand::help()
{
    return QStringLiteral(
        "import SERVICE FILE.csv creates the users of a CSV file (columns: `idconsole-cli template SERVICE`;\n"
        "UTF-8 or GB18030). Rows are validated like the console's forms; users that exist (same UserName) are\n"
        "skipped, or updated with --update-existing (only non-empty cells that differ; an empty cell never clears\n"
        "a value). --dry-run validates and looks up existing users but writes nothing. One JSON line per row on\n"
        "stdout: {\"row\":N,\"line\":L,\"user\":…,\"ok\":…,\"action\":created|updated|skipped|invalid|failed|cancelled\n"
        "(dry run: would-create|would-update|skipped|invalid),\"code\":…,\"message\":…,\"requestId\":…}; a summary\n"
        "on stderr. Exit status 1 if any row was invalid, failed or cancelled; 2 if the file cannot be used.\n"
        "CloudSSO: --directory ID (default: the only directory). Agent Identity (id): --pool UID is required;\n"
        "existing pool users are recognised by PreferredUsername, or by Email when a row has no PreferredUsername.\n");
}

QString ImportCommand::rowJson(const ImportRow &r, const ImportTarget &target)
{
    const bool ok = r.outcome == ImportRow::Outcome::Created || r.outcome == ImportRow::Outcome::Updated
                    || r.outcome == ImportRow::Outcome::Skipped || r.outcome == ImportRow::Outcome::WouldCreate
                    || r.outcome == ImportRow::Outcome::WouldUpdate;
    QList<QPair<QString, QJsonValue>> f{
        {QStringLiteral("row"), r.row},
        {QStringLiteral("line"), r.line},
        {QStringLiteral("user"), target.key(r.values)},
        {QStringLiteral("ok"), ok},
        {QStringLiteral("action"), ImportRow::outcomeName(r.outcome)},
        {QStringLiteral("code"), ok ? QJsonValue() : orNull(r.code.isEmpty() && r.outcome == ImportRow::Outcome::Invalid
                                                                 ? QStringLiteral("InvalidRow") : r.code)},
        {QStringLiteral("message"), orNull(r.message)},
        {QStringLiteral("requestId"), orNull(r.requestId)},
    };
    if (!r.userId.isEmpty())
        f.append({QStringLiteral("userId"), r.userId});
    if (!r.changedHeaders.isEmpty() && (r.outcome == ImportRow::Outcome::Updated || r.outcome == ImportRow::Outcome::WouldUpdate
                                        || r.plan == ImportRow::Plan::Update))
        f.append({QStringLiteral("changes"), QJsonArray::fromStringList(r.changedHeaders)});
    if (r.outcome == ImportRow::Outcome::Invalid && !r.errors.isEmpty()) {
        QJsonArray errors;
        for (const FieldError &e : r.errors)
            errors.append(QJsonObject{{QStringLiteral("field"), e.field}, {QStringLiteral("message"), e.message}});
        f.append({QStringLiteral("errors"), errors});
    }
    if (r.ambiguous)
        f.append({QStringLiteral("ambiguous"), true});
    QStringList parts;
    for (const auto &p : f)
        parts << jsonValue(p.first) + QLatin1Char(':') + jsonValue(p.second);
    return QLatin1Char('{') + parts.join(QLatin1Char(',')) + QLatin1Char('}');
}

int ImportCommand::runTemplate(const QString &service, QTextStream &out, QTextStream &err)
{
    const auto target = ImportTarget::forService(service);
    if (!target) {
        err << "idconsole-cli: " << unsupported(service) << '\n';
        return 2;
    }
    out << QString::fromUtf8(target->templateCsv(false));
    out.flush();
    return 0;
}

int ImportCommand::run(Session *session, const Options &o, QTextStream &out, QTextStream &err)
{
    const auto target = ImportTarget::forService(o.service);
    if (!target) {
        err << "idconsole-cli: " << unsupported(o.service) << '\n';
        return 2;
    }
    const ImportPlanner::Parsed parsed = ImportPlanner::parseFile(*target, o.file);
    if (!parsed.ok()) {
        err << "idconsole-cli: " << o.file << ": " << parsed.error << '\n';
        return 2;
    }
    const bool pool = o.service == QLatin1String("id");
    if (pool && o.pool.isEmpty()) {
        err << "idconsole-cli: import id needs --pool UID\n";
        return 2;
    }
    std::unique_ptr<PoolDirectoryService> poolService(pool ? new PoolDirectoryService(session->client()) : nullptr);
    std::unique_ptr<DirectoryBackend> backend(pool ? nullptr : DirectoryBackend::create(session));
    if (!pool && (!backend || backend->serviceName() != o.service)) {
        err << "idconsole-cli: the credentials are for another provider than " << o.service << '\n';
        return 2;
    }

    QEventLoop loop;
    if (o.service == QLatin1String("cloudsso")) {
        if (!o.directory.isEmpty()) {
            session->setDirectoryId(o.directory);
        } else if (session->directoryId().isEmpty()) {
            Page<DirectoryInfo> dirs;
            backend->listDirectories(&loop, [&](const Page<DirectoryInfo> &p) {
                dirs = p;
                loop.quit();
            });
            loop.exec();
            if (!dirs.ok()) {
                err << "idconsole-cli: cannot list the CloudSSO directories: " << dirs.error.toString() << '\n';
                return 1;
            }
            if (dirs.items.size() != 1) {
                QStringList ids;
                for (const DirectoryInfo &d : std::as_const(dirs.items))
                    ids << d.id + QStringLiteral(" (") + d.name + QLatin1Char(')');
                err << "idconsole-cli: choose the CloudSSO directory with --directory ID"
                    << (ids.isEmpty() ? QStringLiteral(" (the account has none)") : QStringLiteral(": ") + ids.join(QStringLiteral(", ")))
                    << '\n';
                return 2;
            }
            session->setDirectoryId(dirs.items.first().id);
        }
    }

    std::unique_ptr<ImportRun> runner(pool ? new ImportRun(poolService.get(), o.pool, *target)
                                           : new ImportRun(backend.get(), *target));
    ImportRun &run = *runner;
    const QList<ImportRow> &rows = run.rows();
    int printed = 0;
    auto flushReady = [&] {
        while (printed < rows.size() && rows.at(printed).isFinished()) {
            out << rowJson(rows.at(printed), *target) << '\n';
            ++printed;
        }
        out.flush();
    };
    QObject::connect(&run, &ImportRun::rowChanged, &loop, [&](int) {
        if (run.phase() == ImportRun::Phase::Writing || run.phase() == ImportRun::Phase::Finished)
            flushReady();
    });
    QObject::connect(&run, &ImportRun::finished, &loop, &QEventLoop::quit);

    g_importInterrupted = 0;
    auto previous = std::signal(SIGINT, onImportInterrupt);
    QTimer interruptPoll;
    interruptPoll.setInterval(100);
    QObject::connect(&interruptPoll, &QTimer::timeout, &loop, [&] {
        if (g_importInterrupted && run.isRunning() && !run.isCancelling()) {
            err << "import: cancelling; waiting for " << (run.executor() ? run.executor()->inFlight() : 0)
                << " write(s) already sent (Ctrl-C again to quit at once)\n";
            err.flush();
            run.cancel();
        }
    });
    interruptPoll.start();
    ImportRun::Options ro;
    ro.dryRun = o.dryRun;
    ro.updateExisting = o.updateExisting;
    run.start(parsed.rows, ro);
    if (run.isRunning())
        loop.exec();
    interruptPoll.stop();
    std::signal(SIGINT, previous == SIG_ERR ? SIG_DFL : previous);
    flushReady();

    const ImportPlanner::Counts c = run.counts();
    err << "import " << o.service << ' ' << o.file << " (" << CsvReader::encodingName(parsed.encoding) << "): ";
    if (o.dryRun)
        err << "dry run, nothing written: " << c.total << " row(s), " << c.wouldCreate << " would be created, "
            << c.wouldUpdate << " would be updated, " << c.skipped << " skipped (exist), " << c.invalid << " invalid";
    else
        err << c.total << " row(s), " << c.created << " created, " << c.updated << " updated, " << c.skipped
            << " skipped, " << c.invalid << " invalid, " << c.failed << " failed, " << c.cancelled << " cancelled";
    err << " in " << QString::number(run.elapsedMs() / 1000.0, 'f', 1) << " s\n";
    if (!run.error().isEmpty())
        err << "  " << run.error() << '\n';
    for (const ImportRow &r : rows) {
        if (r.outcome == ImportRow::Outcome::Invalid || r.outcome == ImportRow::Outcome::Failed)
            err << "  row " << r.row << " (" << target->key(r.values) << "): "
                << (r.code.isEmpty() ? QString() : r.code + QStringLiteral(": ")) << r.message
                << (r.ambiguous ? QStringLiteral(" [may or may not have happened]") : QString()) << '\n';
    }
    err.flush();
    const bool bad = c.invalid > 0 || c.failed > 0 || c.cancelled > 0 || c.notRun > 0;
    return bad ? 1 : 0;
}
