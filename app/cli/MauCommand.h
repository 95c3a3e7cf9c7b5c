// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/CliApplication.h"
#include <QStringList>
#include <QTextStream>

class ApiClient;

// `idconsole-cli mau report [--from YYYY-MM --to YYYY-MM] [--pools UID,…] --format pdf|png|csv|json
//  [--lang zh|en] [--refresh] [--no-cache] -o FILE` — the MAU pane's monthly report without a display.
// Exit codes: 0 written, 1 written but some month failed (or the pool list failed: nothing written),
// 2 usage, 3 network error or timeout (the report is still written when only months failed).
class MauCommand
{
public:
    struct Options
    {
        QString from;       // YYYY-MM
        QString to;
        QStringList pools;
        QString format = QStringLiteral("pdf");
        QString lang = QStringLiteral("en");
        QString output;
        bool refresh = false;
        bool noCache = false;
    };

    static QString usage();
    // Parses the arguments after `mau` (the first must be `report`); returns an error message or empty.
    static QString parse(const QStringList &args, Options *options);
    // client: set up by CliApplication (profile or environment credentials, endpoint, region).
    static int run(ApiClient *client, const CliApplication::Options &global, const QStringList &args, QTextStream &out,
                   QTextStream &err);
};
