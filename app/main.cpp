// SPDX-License-Identifier: GPL-3.0-or-later
// The Identity Console GUI executable: thin on purpose, everything lives in idconsole_core / idconsole_ui.
#include "shell/FirstPaintProbe.h"
#include "credentials/KeychainCredentialStore.h"
#include "shell/LanguageManager.h"
#include "shell/MainWindow.h"
#include "credentials/MemoryCredentialStore.h"
#include "credentials/ProfileStore.h"
#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QTemporaryDir>
#include <cstring>
#include <memory>

namespace {
void setApplicationNames()
{
    QCoreApplication::setOrganizationName(QStringLiteral("idconsole"));
    QCoreApplication::setApplicationName(QStringLiteral("idconsole"));
    QCoreApplication::setApplicationVersion(QStringLiteral(IDCONSOLE_VERSION));
}

void setupParser(QCommandLineParser &parser, QCommandLineOption &demo)
{
    parser.setApplicationDescription(QCoreApplication::translate(
        "main", "Identity Console: a desktop admin console for cloud identity directories."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption(demo);
}

// --help and --version need no display: answer them without creating a QApplication.
bool wantsInfoOnly(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        const char *a = argv[i];
        if (!std::strcmp(a, "--help") || !std::strcmp(a, "-h") || !std::strcmp(a, "-?") || !std::strcmp(a, "--version")
            || !std::strcmp(a, "-v") || !std::strcmp(a, "--help-all"))
            return true;
    }
    return false;
}
}

int main(int argc, char **argv)
{
    setApplicationNames();
    if (wantsInfoOnly(argc, argv)) {
        QCoreApplication app(argc, argv);
        LanguageManager::instance()->applyStartupLanguage();
        QCommandLineParser parser;
        QCommandLineOption demo(QStringLiteral("demo"),
                                QCoreApplication::translate("main", "Open the console on a local emulator with demo data."));
        setupParser(parser, demo);
        parser.process(app);   // prints and exits
        return 0;
    }

    QApplication app(argc, argv);
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/idconsole.svg")));
    LanguageManager::instance()->applyStartupLanguage();

    QCommandLineParser parser;
    QCommandLineOption demo(QStringLiteral("demo"),
                            QCoreApplication::translate("main", "Open the console on a local emulator with demo data."));
    setupParser(parser, demo);
    parser.process(app);
    const bool demoMode = parser.isSet(demo);

    // Demo mode touches neither the saved profiles nor the keychain: a throw-away profile file and secrets in memory.
    std::unique_ptr<QTemporaryDir> demoDir;
    std::unique_ptr<ProfileStore> profiles;
    std::unique_ptr<CredentialStore> credentials;
    if (demoMode) {
        demoDir = std::make_unique<QTemporaryDir>();
        profiles = std::make_unique<ProfileStore>(QDir(demoDir->path()).filePath(QStringLiteral("demo-profiles.ini")));
        credentials = std::make_unique<MemoryCredentialStore>();
    } else {
        profiles = std::make_unique<ProfileStore>();
        credentials = std::make_unique<KeychainCredentialStore>();
    }

    MainWindow window(profiles.get(), credentials.get());
    FirstPaintProbe::installIfRequested(&window); // IDCONSOLE_EXIT_AFTER_FIRST_PAINT: cold-start benchmark
    window.show();
    if (demoMode)
        window.startDemo();
    else
        window.restoreLastProfile();
    return app.exec();
}
