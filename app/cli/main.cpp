// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/CliApplication.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <memory>

int main(int argc, char *argv[])
{
    // `mau report` paints (PDF/PNG, fonts): it needs QtGui. Headless by default: the offscreen platform unless
    // the caller chose one. Every other command stays a plain QCoreApplication.
    bool gui = false;
    for (int i = 1; i < argc; ++i)
        gui = gui || qstrcmp(argv[i], "mau") == 0;
    if (gui && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    std::unique_ptr<QCoreApplication> app = gui ? std::make_unique<QGuiApplication>(argc, argv)
                                                : std::make_unique<QCoreApplication>(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("idconsole-cli"));
    QCoreApplication::setOrganizationName(QStringLiteral("idconsole"));
    QCoreApplication::setApplicationVersion(QStringLiteral(IDCONSOLE_VERSION));
    return CliApplication::run(QCoreApplication::arguments());
}
