// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

class EmulatorFixture;

// Helpers for the MAU report tests: run `idconsole-cli mau report` against an emulator with environment
// credentials, and read a PDF's text back with pdftotext (poppler-utils).
namespace MauReportTools {
struct CliRun
{
    int exitCode = -1;
    QString out;
    QString err;
};
// args: everything after `mau report`; cacheHome: XDG_CACHE_HOME for the CLI (its MAU cache lives there).
CliRun runCliReport(const EmulatorFixture &emu, const QStringList &args, const QString &cacheHome,
                    const QString &endpointOverride = QString());
// pdftotext -layout; empty with *error set when it cannot run.
QString pdfText(const QString &pdfFile, QString *error = nullptr);
// The text without the lines that legitimately differ between two renderings (generation time, profile line).
QString comparableText(const QString &text);
}
