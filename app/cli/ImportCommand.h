// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QTextStream>

class Session;
struct ImportRow;
class ImportTarget;

// `idconsole-cli import SERVICE FILE.csv [--pool UID | --directory ID] [--dry-run] [--update-existing]` and
// `idconsole-cli template SERVICE` (or `import SERVICE --template`).
//
// SERVICE is id (pool users of --pool UID), cloudidentity or cloudsso. The file's columns are the CreateUser
// parameter names (see `template`); UTF-8 (with or without BOM) or GB18030. Every row is validated like the
// console's forms, existing users (by UserName; pool users by PreferredUsername, else Email) are looked up, then
// the writes run as one typed bulk operation on the BulkRunner (4 at a time; Cloud Identity one at a time) with
// unknown create outcomes checked by looking the user up. One JSON line per row on
// stdout, in file order:
//   {"row":2,"line":2,"user":"alice","ok":true,"action":"created","code":null,"message":"…","requestId":"…"}
// "row" is the spreadsheet row (the header is row 1); "line" the text line the row starts on. Actions:
//   created, updated, skipped (exists: unchanged, or differs without --update-existing),
//   invalid (never sent; message lists the problems), failed (code, message, "ambiguous":true when the write
//   may or may not have happened), cancelled (never sent: Ctrl-C);
//   with --dry-run (nothing written): would-create, would-update, skipped, invalid.
// "ok" is false for invalid, failed and cancelled. Updates add "changes":[columns]. A summary goes to stderr.
// Exit status: 0 every row ok, 1 any row invalid/failed/cancelled, 2 usage or unreadable file / wrong columns.
class ImportCommand
{
public:
    struct Options
    {
        QString service;
        QString file;
        QString directory;          // CloudSSO directory (default: the only one, else required)
        QString pool;               // Agent Identity user pool (required for id)
        bool dryRun = false;
        bool updateExisting = false;
    };

    static int runTemplate(const QString &service, QTextStream &out, QTextStream &err);
    // The session's client is configured (credentials, endpoint). Runs the event loop until done.
    static int run(Session *session, const Options &options, QTextStream &out, QTextStream &err);
    static QString rowJson(const ImportRow &row, const ImportTarget &target);
    static QString help();
};
