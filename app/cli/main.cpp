// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/CliApplication.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("idconsole-cli"));
    QCoreApplication::setOrganizationName(QStringLiteral("idconsole"));
    QCoreApplication::setApplicationVersion(QStringLiteral(IDCONSOLE_VERSION));
    return CliApplication::run(app.arguments());
}
