// SPDX-License-Identifier: GPL-3.0-or-later
// idconsole-emulator: a local stand-in for Volcengine id / cloudidentity and Alibaba CloudSSO.
#include "Emulator.h"
#include "EmulatorOptions.h"

#include <QCoreApplication>

#include <cstdio>

namespace {

void printLine(FILE *stream, const QString &text)
{
    const QByteArray bytes = text.toUtf8() + (text.endsWith(QLatin1Char('\n')) ? "" : "\n");
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stream);
    std::fflush(stream);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("idconsole-emulator"));
    QCoreApplication::setApplicationVersion(QStringLiteral("0.1.0"));

    emu::EmulatorOptions options;
    QString output;
    switch (emu::EmulatorOptions::parse(QCoreApplication::arguments(), &options, &output)) {
    case emu::EmulatorOptions::ParseResult::ExitSuccess:
        printLine(stdout, output);
        return 0;
    case emu::EmulatorOptions::ParseResult::ExitError:
        printLine(stderr, QStringLiteral("idconsole-emulator: %1 (see --help)").arg(output));
        return 2;
    case emu::EmulatorOptions::ParseResult::Run:
        break;
    }

    emu::Emulator emulator;
    QString error;
    QStringList warnings;
    const int rc = emulator.start(options, &error, &warnings);
    for (const QString &w : warnings)
        printLine(stderr, QStringLiteral("idconsole-emulator: %1").arg(w));
    if (rc != 0) {
        printLine(stderr, QStringLiteral("idconsole-emulator: %1").arg(error));
        return rc;
    }
    printLine(stdout, QStringLiteral("LISTENING %1").arg(emulator.port()));
    return app.exec();
}
