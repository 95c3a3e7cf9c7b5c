// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/ApiResult.h"
#include "api/ServiceCatalog.h"
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QTextStream>

class ApiClient;

// `idconsole-cli batch SERVICE ACTION`: one JSON parameter object per stdin line, run with the BulkRunner the
// panes use (4 at a time, slowing down under throttling, Cloud Identity writes one at a time). Prints one
// JSON line per item on stdout IN INPUT ORDER (an item is printed once it and every item before it are done):
//   {"index":0,"line":1,"ok":true,"code":null,"requestId":"…","attempts":1}
//   {"index":1,"line":2,"ok":false,"code":"EntityNotExists.User","requestId":"…","message":"…","httpStatus":404}
// "index" counts items from 0 (blank lines are skipped and not counted), "line" is the 1-based input line.
// Successful items with a non-empty answer add "result"; failures add "message", "httpStatus" and
// "ambiguous":true when a write may or may not have happened. A line that is not a JSON object is a failed
// item with code InvalidJson and is not sent. A summary goes to stderr. Exit status: 0 when every item
// succeeded, 1 otherwise, 2 for a usage error. Ctrl-C cancels: items not yet sent are reported as Cancelled,
// writes already sent are waited for; a second Ctrl-C quits at once.
class BatchCommand
{
public:
    static int run(ApiClient *client, Service service, const QString &action, QTextStream &in, QTextStream &out,
                   QTextStream &err);

    struct Line
    {
        int lineNumber = 0;      // 1-based
        QJsonObject params;
        QString parseError;      // non-empty: not a JSON object
    };
    // Non-blank lines of `in`, parsed.
    static QList<Line> readLines(QTextStream &in);
    // One output line (without the newline).
    static QString itemJson(int index, int lineNumber, const ApiResult &result);
    static QString help();
};
