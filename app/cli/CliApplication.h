// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/ApiClient.h"
#include "api/Credentials.h"
#include <QStringList>
#include <QTextStream>
#include <optional>

// idconsole-cli: argument parsing and the `call` command; `profile`, `batch`, `import` and `template` are delegated.
// Exit codes: 0 ok, 1 API error, 2 usage error, 3 network error or timeout, 4 keychain (profile commands).
class CliApplication
{
public:
    enum ExitCode { Ok = 0, ApiFailure = 1, Usage = 2, NetworkFailure = 3, KeychainFailure = 4 };

    struct Options
    {
        QString command;               // call, batch, profile
        QStringList positional;        // after the command
        QString endpoint;
        QString region;
        QString profile;
        bool all = false;
        QString output = QStringLiteral("json");
        double timeoutSeconds = 30;
        bool verbose = false;
        bool dryRun = false;
        bool help = false;
        QString directory;             // import: CloudSSO directory
        QString pool;                  // import: Agent Identity user pool (not supported yet)
        bool updateExisting = false;   // import
        bool templateOnly = false;     // import --template
        bool version = false;
    };

    static int run(const QStringList &arguments);

    // Parses global options anywhere on the line; returns an error message or empty.
    static QString parse(const QStringList &arguments, Options *options);
    static QString usage();
    // Credentials for a service: environment variables first, then the profile's keychain secret.
    static std::optional<Credentials> credentialsFromEnvironment(Service service);
    // Renders a JSON array of objects as CSV (RFC 4180; nested values as compact JSON).
    static QByteArray toCsv(const QJsonArray &rows);
    static QString redactedDryRun(const PreparedRequest &request);

private:
    static int runCall(const Options &options, QTextStream &out, QTextStream &err);
    static int runBatch(const Options &options, QTextStream &out, QTextStream &err);
    static int runMau(const Options &options, QTextStream &out, QTextStream &err);
    static int runImport(const Options &options, QTextStream &out, QTextStream &err);
    static bool setUpClient(ApiClient *client, Service service, const Options &options, QTextStream &err, int *exitCode);
};
