// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/CliApplication.h"

#include "api/SecretRedaction.h"

#include "credentials/Profile.h"
#include "cloud/Session.h"

#include "cli/BatchCommand.h"
#include "cli/MauCommand.h"
#include "cli/ImportCommand.h"
#include "cli/ProfileCommand.h"
#include "cli/StreamingListWriter.h"
#include "credentials/ProfileResolver.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

namespace {
const QStringList SecretOptions = {QStringLiteral("--secret"), QStringLiteral("--secret-key"),
                                   QStringLiteral("--access-key-secret"), QStringLiteral("--secret-access-key"),
                                   QStringLiteral("--session-token"), QStringLiteral("--security-token")};

QString optionValue(const QStringList &args, int *i, const QString &name, QString *error)
{
    const QString arg = args.at(*i);
    if (arg.startsWith(name + QLatin1Char('=')))
        return arg.mid(name.size() + 1);
    if (*i + 1 >= args.size()) {
        *error = QStringLiteral("option %1 needs a value").arg(name);
        return {};
    }
    ++*i;
    return args.at(*i);
}

bool matches(const QString &arg, const QString &name)
{
    return arg == name || arg.startsWith(name + QLatin1Char('='));
}
} // namespace

QString CliApplication::usage()
{
    return QStringLiteral(
        "Usage: idconsole-cli [options] call SERVICE ACTION [JSON-PARAMS]\n"
        "       idconsole-cli [options] batch SERVICE ACTION   < one JSON object per line\n"
        "       idconsole-cli [options] import SERVICE FILE.csv [--pool UID | --directory ID] [--dry-run] [--update-existing]\n"
        "       idconsole-cli template SERVICE   (or import SERVICE --template)\n"
        "       idconsole-cli profile add|list|edit|remove|test ...\n"
        "       idconsole-cli [options] mau report [--from YYYY-MM --to YYYY-MM] [--pools UID,...]\n"
        "                     --format pdf|png|csv|json [--lang zh|en] -o FILE   (see mau --help)\n"
        "\n"
        "SERVICE is id (Volcengine Agent Identity), cloudidentity (Volcengine Cloud Identity)\n"
        "or cloudsso (Alibaba Cloud CloudSSO).\n"
        "\n"
        "batch reads one JSON parameter object per line on stdin (blank lines skipped), runs them 4 at a time\n"
        "(slowing down when throttled; Ctrl-C stops sending) and prints one JSON line per item IN INPUT ORDER:\n"
        "{\"index\":N,\"line\":L,\"ok\":true|false,\"code\":…,\"requestId\":…}; a line that is not a JSON object\n"
        "fails with code InvalidJson. A summary goes to stderr; exit status 1 if any item failed.\n"
        "\n"
        "import creates the users of a CSV file whose columns are the CreateUser parameters (template prints\n"
        "them; SERVICE id with --pool UID, cloudidentity or cloudsso). Rows are validated like the console's\n"
        "forms; existing users (same UserName; pool users: same PreferredUsername, else same Email) are skipped,\n"
        "or updated with --update-existing (non-empty cells that differ). With\n"
        "--dry-run it validates and looks up existing users but writes nothing. One JSON line per row:\n"
        "{\"row\":N,\"ok\":…,\"action\":created|updated|skipped|invalid|failed|cancelled|would-create|would-update,\n"
        "\"code\":…,\"message\":…,\"requestId\":…}; exit status 1 if any row was invalid or failed.\n"
        "\n"
        "Options (before or after the command):\n"
        "  --endpoint URL        send to URL instead of the service's default endpoint\n"
        "  --region R            region (default cn-beijing for Volcengine, cn-shanghai for Alibaba Cloud)\n"
        "  --profile NAME        use a saved profile (endpoints, region, secret from the OS keychain)\n"
        "  --all                 follow the paging of a List* action; items are written as their pages arrive\n"
        "                        (in order). If a page fails, the output stops unfinished (json: no closing ']'),\n"
        "                        stderr says 'listing incomplete' and the exit status is not 0\n"
        "  --output json|jsonl|csv  json: pretty result, or with --all one array of compact items, one per line;\n"
        "                        jsonl: one compact JSON item per line; csv: RFC 4180 (with --all the header comes\n"
        "                        from the first page; a column first seen later is left out, with a warning)\n"
        "  --timeout S           per-request timeout in seconds (default 30)\n"
        "  -v, --verbose         one line per HTTP exchange on stderr\n"
        "  --dry-run             print the canonical request, string to sign and headers; send nothing\n"
        "  -h, --help            this help\n"
        "  --version             version\n"
        "\n"
        "Credentials come from the environment (never from the command line):\n"
        "  VOLCENGINE_ACCESS_KEY, VOLCENGINE_SECRET_KEY, VOLCENGINE_SESSION_TOKEN\n"
        "  ALIBABA_CLOUD_ACCESS_KEY_ID, ALIBABA_CLOUD_ACCESS_KEY_SECRET, ALIBABA_CLOUD_SECURITY_TOKEN\n"
        "or from --profile. Environment variables win when set.\n"
        "\n"
        "Exit codes: 0 success, 1 API error, 2 usage error, 3 network error or timeout,\n"
        "4 keychain unavailable or no secret saved (profile commands).\n");
}

QString CliApplication::parse(const QStringList &arguments, Options *o)
{
    QString error;
    for (int i = 1; i < arguments.size() && error.isEmpty(); ++i) {
        const QString a = arguments.at(i);
        // After `profile`, everything belongs to the profile command.
        if (o->command == QLatin1String("mau"))
            for (const QString &s : SecretOptions)
                if (matches(a, s))
                    return QStringLiteral("secrets are never accepted on the command line (they end up in shell "
                                          "history and process lists); set them in the environment or use --profile");
        if (o->command == QLatin1String("profile")
            || (o->command == QLatin1String("mau") && !matches(a, QStringLiteral("--profile"))
                && !matches(a, QStringLiteral("--endpoint")) && !matches(a, QStringLiteral("--region"))
                && !matches(a, QStringLiteral("--timeout")) && a != QLatin1String("-v") && a != QLatin1String("--verbose"))) {
            // After `mau`, its own options (and their values) belong to the mau command.
            o->positional << a;
            continue;
        }
        for (const QString &s : SecretOptions)
            if (matches(a, s))
                return QStringLiteral("secrets are never accepted on the command line (they end up in shell history "
                                      "and process lists); set them in the environment or use --profile");
        if (matches(a, QStringLiteral("--endpoint")))
            o->endpoint = optionValue(arguments, &i, QStringLiteral("--endpoint"), &error);
        else if (matches(a, QStringLiteral("--region")))
            o->region = optionValue(arguments, &i, QStringLiteral("--region"), &error);
        else if (matches(a, QStringLiteral("--directory")))
            o->directory = optionValue(arguments, &i, QStringLiteral("--directory"), &error);
        else if (matches(a, QStringLiteral("--pool")))
            o->pool = optionValue(arguments, &i, QStringLiteral("--pool"), &error);
        else if (a == QLatin1String("--update-existing"))
            o->updateExisting = true;
        else if (a == QLatin1String("--template"))
            o->templateOnly = true;
        else if (matches(a, QStringLiteral("--profile")))
            o->profile = optionValue(arguments, &i, QStringLiteral("--profile"), &error);
        else if (matches(a, QStringLiteral("--output"))) {
            o->output = optionValue(arguments, &i, QStringLiteral("--output"), &error);
            if (error.isEmpty() && o->output != QLatin1String("json") && o->output != QLatin1String("jsonl")
                && o->output != QLatin1String("csv"))
                error = QStringLiteral("--output must be json, jsonl or csv");
        } else if (matches(a, QStringLiteral("--timeout"))) {
            bool ok = false;
            o->timeoutSeconds = optionValue(arguments, &i, QStringLiteral("--timeout"), &error).toDouble(&ok);
            if (error.isEmpty() && (!ok || o->timeoutSeconds <= 0))
                error = QStringLiteral("--timeout must be a positive number of seconds");
        } else if (a == QLatin1String("--all"))
            o->all = true;
        else if (a == QLatin1String("-v") || a == QLatin1String("--verbose"))
            o->verbose = true;
        else if (a == QLatin1String("--dry-run"))
            o->dryRun = true;
        else if (a == QLatin1String("-h") || a == QLatin1String("--help"))
            o->help = true;
        else if (a == QLatin1String("--version"))
            o->version = true;
        else if (a.startsWith(QLatin1String("--")) && a.size() > 2)
            error = QStringLiteral("unknown option %1").arg(a);
        else if (o->command.isEmpty())
            o->command = a;
        else
            o->positional << a;
    }
    return error;
}

std::optional<Credentials> CliApplication::credentialsFromEnvironment(Service service)
{
    Credentials c;
    if (service == Service::CloudSso) {
        c.accessKeyId = qEnvironmentVariable("ALIBABA_CLOUD_ACCESS_KEY_ID");
        c.secret = qEnvironmentVariable("ALIBABA_CLOUD_ACCESS_KEY_SECRET");
        c.sessionToken = qEnvironmentVariable("ALIBABA_CLOUD_SECURITY_TOKEN");
    } else {
        c.accessKeyId = qEnvironmentVariable("VOLCENGINE_ACCESS_KEY");
        c.secret = qEnvironmentVariable("VOLCENGINE_SECRET_KEY");
        c.sessionToken = qEnvironmentVariable("VOLCENGINE_SESSION_TOKEN");
    }
    if (!c.isComplete())
        return std::nullopt;
    return c;
}

int CliApplication::run(const QStringList &arguments)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    Options o;
    const QString error = parse(arguments, &o);
    if (!error.isEmpty()) {
        err << "idconsole-cli: " << error << "\n\n" << usage();
        return Usage;
    }
    if (o.version) {
        out << "idconsole-cli " << QCoreApplication::applicationVersion() << '\n';
        return Ok;
    }
    if (o.help || o.command.isEmpty()) {
        (o.help ? out : err) << usage();
        return o.help ? Ok : Usage;
    }
    if (o.command == QLatin1String("call"))
        return runCall(o, out, err);
    if (o.command == QLatin1String("batch"))
        return runBatch(o, out, err);
    if (o.command == QLatin1String("mau"))
        return runMau(o, out, err);
    if (o.command == QLatin1String("import"))
        return runImport(o, out, err);
    if (o.command == QLatin1String("template")) {
        if (o.positional.size() != 1) {
            err << "idconsole-cli: template needs SERVICE (cloudidentity or cloudsso)\n";
            return Usage;
        }
        return ImportCommand::runTemplate(o.positional.at(0), out, err);
    }
    if (o.command == QLatin1String("profile")) {
        out.flush();
        err.flush();
        return ProfileCommand::run(o.positional);
    }
    err << "idconsole-cli: unknown command " << o.command << "\n\n" << usage();
    return Usage;
}

bool CliApplication::setUpClient(ApiClient *client, Service service, const Options &o, QTextStream &err, int *exitCode)
{
    Profile profile;
    Credentials credentials;
    if (!o.profile.isEmpty()) {
        QString error;
        if (!ProfileResolver::resolve(o.profile, &profile, &credentials, &error)) {
            // The profile exists but its secret cannot be read: environment credentials may still stand in.
            if (profile.name.isEmpty() || !credentialsFromEnvironment(service)) {
                err << "idconsole-cli: " << error << '\n';
                *exitCode = Usage;
                return false;
            }
        }
        if (!profile.hasService(service)) {
            err << "idconsole-cli: profile " << o.profile << " is for another provider than " << ServiceCatalog::name(service) << '\n';
            *exitCode = Usage;
            return false;
        }
    }
    if (const auto env = credentialsFromEnvironment(service))
        credentials = *env; // environment wins, as in the official CLIs
    if (!credentials.isComplete() && !o.dryRun) {
        err << "idconsole-cli: no credentials: set "
            << (service == Service::CloudSso ? "ALIBABA_CLOUD_ACCESS_KEY_ID and ALIBABA_CLOUD_ACCESS_KEY_SECRET"
                                             : "VOLCENGINE_ACCESS_KEY and VOLCENGINE_SECRET_KEY")
            << " or use --profile NAME\n";
        *exitCode = Usage;
        return false;
    }
    if (o.dryRun && !credentials.isComplete()) {
        credentials.accessKeyId = credentials.accessKeyId.isEmpty() ? QStringLiteral("AKEXAMPLE") : credentials.accessKeyId;
        credentials.secret = QStringLiteral("dry-run-placeholder");
    }
    const QString caError = Session::configureClient(client, profile, credentials);
    if (!caError.isEmpty()) {
        err << "idconsole-cli: " << caError << '\n';
        *exitCode = Usage;
        return false;
    }
    if (!o.region.isEmpty())
        client->setRegion(o.region);
    if (!o.endpoint.isEmpty()) {
        const QUrl url(o.endpoint);
        if (!url.isValid() || url.host().isEmpty() || (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http"))) {
            err << "idconsole-cli: --endpoint must be an http(s) URL, e.g. https://host:port\n";
            *exitCode = Usage;
            return false;
        }
        client->setEndpoint(service, url);
    }
    client->setDefaultTimeout(int(o.timeoutSeconds * 1000));
    if (o.verbose) {
        QObject::connect(client, &ApiClient::exchangeFinished, client, [&err](const ExchangeRecord &r) {
            err << r.method << ' ' << r.url << ' ' << (r.httpStatus ? QString::number(r.httpStatus) : QStringLiteral("-"))
                << ' ' << r.elapsedMs << "ms" << (r.requestId.isEmpty() ? QString() : QStringLiteral(" RequestId=") + r.requestId)
                << (r.errorCode.isEmpty() ? QString() : QStringLiteral(" ") + r.errorCode)
                << (r.attempt > 1 ? QStringLiteral(" attempt=%1").arg(r.attempt) : QString()) << '\n';
            err.flush();
        });
    }
    return true;
}

QString CliApplication::redactedDryRun(const PreparedRequest &p)
{
    // The canonical request lists the signed headers with their values: the STS token is one of them.
    QByteArrayList canonicalLines = p.parts.canonicalRequest.split('\n');
    bool redacted = false;
    for (QByteArray &line : canonicalLines) {
        if (line.startsWith("x-security-token:") || line.startsWith("x-acs-security-token:")) {
            line = line.left(line.indexOf(':') + 1) + "<redacted>";
            redacted = true;
        }
    }
    QString s;
    s += QStringLiteral("# Canonical request") + (redacted ? QStringLiteral(" (security token redacted; the hash below covers it)") : QString())
         + QLatin1Char('\n') + QString::fromUtf8(canonicalLines.join('\n')) + QStringLiteral("\n\n");
    s += QStringLiteral("# String to sign\n") + QString::fromUtf8(p.parts.stringToSign) + QStringLiteral("\n\n");
    s += QStringLiteral("# Request\n") + QString::fromLatin1(p.method) + QLatin1Char(' ')
         + p.url.toString(QUrl::FullyEncoded) + QLatin1Char('\n');
    for (const auto &h : p.headers) {
        const QByteArray name = h.first.toLower();
        QString value = QString::fromUtf8(h.second);
        if (name == "x-security-token" || name == "x-acs-security-token")
            value = QStringLiteral("<redacted>");
        s += QString::fromLatin1(h.first) + QStringLiteral(": ") + value + QLatin1Char('\n');
    }
    // Secret fields of the body (ClientSecret, Password, ...) are shown as <redacted>; the hash in the canonical
    // request above still covers the real body.
    if (!p.body.isEmpty())
        s += QLatin1Char('\n') + QString::fromUtf8(SecretRedaction::redactJsonText(p.body)) + QLatin1Char('\n');
    return s;
}

QByteArray CliApplication::toCsv(const QJsonArray &rows)
{
    QStringList columns;
    for (const QJsonValue &row : rows)
        for (const QString &key : row.toObject().keys())
            if (!columns.contains(key))
                columns << key;
    auto quote = [](QString v) {
        if (v.contains(QLatin1Char(',')) || v.contains(QLatin1Char('"')) || v.contains(QLatin1Char('\n'))
            || v.contains(QLatin1Char('\r'))) {
            v.replace(QLatin1Char('"'), QStringLiteral("\"\""));
            return QLatin1Char('"') + v + QLatin1Char('"');
        }
        return v;
    };
    QByteArray out;
    QStringList header;
    for (const QString &c : columns)
        header << quote(c);
    out += header.join(QLatin1Char(',')).toUtf8() + "\r\n";
    for (const QJsonValue &row : rows) {
        const QJsonObject o = row.toObject();
        QStringList cells;
        for (const QString &c : columns) {
            const QJsonValue v = o.value(c);
            QString text;
            if (v.isObject())
                text = QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
            else if (v.isArray())
                text = QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact));
            else if (v.isBool())
                text = v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
            else if (v.isDouble())
                text = QString::number(v.toDouble(), 'g', 17);
            else
                text = v.toString();
            cells << quote(text);
        }
        out += cells.join(QLatin1Char(',')).toUtf8() + "\r\n";
    }
    return out;
}

int CliApplication::runCall(const Options &o, QTextStream &out, QTextStream &err)
{
    if (o.positional.size() < 2 || o.positional.size() > 3) {
        err << "idconsole-cli: call needs SERVICE ACTION [JSON-PARAMS]\n\n" << usage();
        return Usage;
    }
    const auto service = ServiceCatalog::fromName(o.positional.at(0));
    if (!service) {
        err << "idconsole-cli: unknown service " << o.positional.at(0) << " (use id, cloudidentity or cloudsso)\n";
        return Usage;
    }
    const QString action = o.positional.at(1);
    if (action.isEmpty() || !action.at(0).isUpper()) {
        err << "idconsole-cli: ACTION must be an API action name such as ListUsers\n";
        return Usage;
    }
    QJsonObject params;
    if (o.positional.size() == 3) {
        QJsonParseError perr;
        const QJsonDocument doc = QJsonDocument::fromJson(o.positional.at(2).toUtf8(), &perr);
        if (perr.error != QJsonParseError::NoError || !doc.isObject()) {
            err << "idconsole-cli: JSON-PARAMS must be a JSON object: "
                << (perr.error != QJsonParseError::NoError ? perr.errorString() : QStringLiteral("not an object")) << '\n';
            return Usage;
        }
        params = doc.object();
    }
    if (o.all && !action.startsWith(QLatin1String("List"))) {
        err << "idconsole-cli: --all applies to List* actions only\n";
        return Usage;
    }
    if (o.all) {
        // Paging needs the action's published shape (result key, paging style): never guess it (a wrong key
        // would print [] for a list that has items).
        const auto shape = ServiceCatalog::listShape(*service, action);
        if (!shape) {
            err << "idconsole-cli: --all does not know how " << ServiceCatalog::name(*service) << ' ' << action
                << " pages; list actions it knows for " << ServiceCatalog::name(*service) << ": "
                << ServiceCatalog::listActions(*service).join(QStringLiteral(", "))
                << " (call it without --all to get one page)\n";
            return Usage;
        }
        QStringList missing;
        for (const QString &p : shape->requiredParams)
            if (!params.contains(p))
                missing << p;
        if (!missing.isEmpty()) {
            err << "idconsole-cli: " << ServiceCatalog::name(*service) << ' ' << action << " --all needs "
                << missing.join(QStringLiteral(", ")) << " in JSON-PARAMS\n";
            return Usage;
        }
    }

    ApiClient client;
    int exitCode = Ok;
    if (!setUpClient(&client, *service, o, err, &exitCode))
        return exitCode;

    if (o.dryRun) {
        out << redactedDryRun(client.prepare(*service, action, params));
        return Ok;
    }

    out.flush();
    const StreamingListWriter::Format format = o.output == QLatin1String("csv")     ? StreamingListWriter::Format::Csv
                                               : o.output == QLatin1String("jsonl") ? StreamingListWriter::Format::Jsonl
                                                                                   : StreamingListWriter::Format::Json;
    QEventLoop loop;
    ApiResult result;
    // --all streams: each page is written as soon as it and every page before it have arrived.
    StreamingListWriter writer(format, stdout);
    ApiCall *c = nullptr;
    if (o.all) {
        CallOptions streaming;
        streaming.streamPages = true;
        streaming.rawItems = true; // items are copied out of each answer as bytes, never parsed (csv: one by one)
        c = client.listAll(*service, action, params, streaming);
        QObject::connect(c, &ApiCall::pageReady, &loop, [&writer, c](const QJsonArray &items, int, qint64) {
            if (c->currentPageItemsRaw())
                writer.writeRawPage(c->currentPageBody(), c->currentPageSpans());
            else
                writer.writePage(items); // the slicer refused this answer: it was parsed whole
        });
    } else {
        c = client.call(*service, action, params);
    }
    QObject::connect(c, &ApiCall::finished, &loop, [&](const ApiResult &r) {
        result = r;
        loop.quit();
    });
    loop.exec();

    if (!result.ok) {
        if (o.all) {
            writer.abort();
            if (writer.itemsWritten() > 0)
                err << "idconsole-cli: listing incomplete: the " << writer.itemsWritten() << " items written above ("
                    << result.pagesDelivered << " pages) are NOT the whole list; it stopped at: ";
        }
        err << result.error.toString() << '\n';
        switch (result.error.kind) {
        case ApiError::Kind::Network:
        case ApiError::Kind::Timeout:
            return NetworkFailure;
        case ApiError::Kind::InvalidInput:
            return Usage;
        default:
            return ApiFailure;
        }
    }
    if (o.all) {
        writer.finish();
        for (const QString &column : writer.newColumns())
            err << "idconsole-cli: warning: column " << column
                << " first appeared after the CSV header was written; its values are left out (use --output jsonl "
                   "to see every field)\n";
        return Ok;
    }
    if (o.output == QLatin1String("jsonl")) {
        const QString field = ServiceCatalog::listField(*service, action);
        if (result.result.value(field).isArray())
            writer.writePage(result.result.value(field).toArray());
        else
            writer.writePage(QJsonArray{result.result});
        writer.finish();
        return Ok;
    }
    if (o.output == QLatin1String("csv")) {
        QJsonArray rows = result.items;
        if (!o.all) {
            const QString field = ServiceCatalog::listField(*service, action);
            if (result.result.value(field).isArray())
                rows = result.result.value(field).toArray();
            else
                rows = QJsonArray{result.result};
        }
        out.flush();
        const QByteArray csv = toCsv(rows);
        fwrite(csv.constData(), 1, size_t(csv.size()), stdout);
        fflush(stdout);
        return Ok;
    }
    const QByteArray json = QJsonDocument(result.result).toJson(QJsonDocument::Indented);
    out << QString::fromUtf8(json);
    return Ok;
}

int CliApplication::runBatch(const Options &o, QTextStream &out, QTextStream &err)
{
    if (o.positional.size() != 2) {
        err << "idconsole-cli: batch needs SERVICE ACTION (parameters come from stdin, one JSON object per line)\n";
        return Usage;
    }
    const auto service = ServiceCatalog::fromName(o.positional.at(0));
    if (!service) {
        err << "idconsole-cli: unknown service " << o.positional.at(0) << '\n';
        return Usage;
    }
    ApiClient client;
    int exitCode = Ok;
    if (!setUpClient(&client, *service, o, err, &exitCode))
        return exitCode;
    QTextStream in(stdin);
    return BatchCommand::run(&client, *service, o.positional.at(1), in, out, err);
}

int CliApplication::runMau(const Options &o, QTextStream &out, QTextStream &err)
{
    if (o.positional.contains(QLatin1String("--help")) || o.positional.contains(QLatin1String("-h"))) {
        out << MauCommand::usage();
        return Ok;
    }
    ApiClient client;
    int exitCode = Ok;
    if (!setUpClient(&client, Service::Id, o, err, &exitCode))
        return exitCode;
    return MauCommand::run(&client, o, o.positional, out, err);
}

int CliApplication::runImport(const Options &o, QTextStream &out, QTextStream &err)
{
    if (o.templateOnly) {
        if (o.positional.size() != 1) {
            err << "idconsole-cli: import --template needs SERVICE (id, cloudidentity or cloudsso)\n";
            return Usage;
        }
        return ImportCommand::runTemplate(o.positional.at(0), out, err);
    }
    if (o.positional.size() != 2) {
        err << "idconsole-cli: import needs SERVICE FILE.csv\n\n" << ImportCommand::help();
        return Usage;
    }
    const QString serviceName = o.positional.at(0);
    const auto service = ServiceCatalog::fromName(serviceName);
    if (!service) {
        err << "idconsole-cli: unknown service " << serviceName << " (use id, cloudidentity or cloudsso)\n";
        return Usage;
    }
    if (*service == Service::Id && o.pool.isEmpty()) {
        err << "idconsole-cli: import id needs --pool UID (the user pool to import into)\n";
        return Usage;
    }
    if (*service != Service::Id && !o.pool.isEmpty()) {
        err << "idconsole-cli: --pool applies to Agent Identity (id) only\n";
        return Usage;
    }
    if (!o.directory.isEmpty() && *service != Service::CloudSso) {
        err << "idconsole-cli: --directory applies to cloudsso only\n";
        return Usage;
    }
    Profile profile;
    profile.name = o.profile.isEmpty() ? QStringLiteral("cli") : o.profile;
    profile.provider = *service == Service::CloudSso ? Profile::Provider::Aliyun : Profile::Provider::Volcengine;
    Session session(profile, Credentials());
    // --dry-run of import looks users up: it needs real credentials (unlike `call --dry-run`).
    Options clientOptions = o;
    clientOptions.dryRun = false;
    int exitCode = Ok;
    if (!setUpClient(session.client(), *service, clientOptions, err, &exitCode))
        return exitCode;
    ImportCommand::Options io;
    io.service = serviceName;
    io.file = o.positional.at(1);
    io.directory = o.directory;
    io.pool = o.pool;
    io.dryRun = o.dryRun;
    io.updateExisting = o.updateExisting;
    return ImportCommand::run(&session, io, out, err);
}
