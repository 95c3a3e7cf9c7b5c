// SPDX-License-Identifier: GPL-3.0-or-later
#include "shell/LanguageManager.h"

#include <QApplication>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QLocale>
#include <QPointer>
#include <QSettings>
#include <QTranslator>
#include <QWidget>

// The icons (resources/idconsole.qrc) are compiled into the static idconsole_ui library by AUTORCC. A static
// library's resource initializer is only linked when something references it, so reference it here: every
// executable that shows a window uses the LanguageManager. (The .qm catalogs under :/i18n/ are added with
// qt_add_resources, which takes care of static libraries itself.)
static void initIdconsoleResources()
{
    Q_INIT_RESOURCE(idconsole);
}

namespace {

const char kSettingsKey[] = "ui/language";
const char kEnglish[] = "en";
const char kChinese[] = "zh_CN";

// Where QtKeychain's own catalogs may live: next to Qt's, next to the executable (Windows/macOS bundles),
// and where Debian's libqt6keychain1 installs them (/usr/share/qt6keychain/translations).
QStringList qtKeychainDirectories()
{
    const QString appDir = QCoreApplication::applicationDirPath();
    return {
        QLibraryInfo::path(QLibraryInfo::TranslationsPath),
        appDir + QStringLiteral("/translations"),
        appDir + QStringLiteral("/../share/qt6keychain/translations"),
        appDir + QStringLiteral("/../Resources/translations"),
        QStringLiteral("/usr/share/qt6keychain/translations"),
        QStringLiteral("/usr/local/share/qt6keychain/translations"),
    };
}

// The first directory that holds exactly `fileName` (no fallback to a shorter locale name: Debian's
// qtkeychain_zh.qm is Traditional Chinese and must not appear in a Simplified Chinese UI).
QString findExact(const QStringList &directories, const QString &fileName)
{
    for (const QString &dir : directories) {
        const QFileInfo fi(QDir(dir), fileName);
        if (fi.isFile())
            return fi.absoluteFilePath();
    }
    return {};
}

} // namespace

LanguageManager::LanguageManager(QObject *parent)
    : QObject(parent)
{
    initIdconsoleResources();
}

LanguageManager *LanguageManager::instance()
{
    static QPointer<LanguageManager> s_instance;
    if (!s_instance)
        s_instance = new LanguageManager(QCoreApplication::instance());
    return s_instance;
}

QStringList LanguageManager::availableLanguages()
{
    return {QLatin1String(kEnglish), QLatin1String(kChinese)};
}

QString LanguageManager::displayName(const QString &language)
{
    if (normalize(language) == QLatin1String(kChinese))
        return QStringLiteral("简体中文");
    return QStringLiteral("English");
}

QString LanguageManager::normalize(const QString &language)
{
    const QString l = language.trimmed().toLower();
    if (l == QLatin1String("zh") || l.startsWith(QLatin1String("zh_")) || l.startsWith(QLatin1String("zh-")))
        return QLatin1String(kChinese);
    return QLatin1String(kEnglish);
}

QString LanguageManager::systemLanguage()
{
    const QLocale system = QLocale::system();
    if (system.language() == QLocale::Chinese)
        return QLatin1String(kChinese);
    // LANGUAGE=zh_CN:en with LANG=C.UTF-8 still means Chinese for the user interface.
    const QStringList ui = system.uiLanguages();
    if (!ui.isEmpty() && normalize(ui.first()) == QLatin1String(kChinese))
        return QLatin1String(kChinese);
    return QLatin1String(kEnglish);
}

void LanguageManager::applyStartupLanguage()
{
    // IDCONSOLE_LANGUAGE=en|zh_CN overrides for one run (screenshots, support) without changing the setting.
    const QString forced = qEnvironmentVariable("IDCONSOLE_LANGUAGE");
    QString language;
    if (!forced.isEmpty()) {
        language = normalize(forced);
    } else {
        const QString remembered = QSettings().value(QLatin1String(kSettingsKey)).toString();
        language = remembered.isEmpty() ? systemLanguage() : normalize(remembered);
    }
    const bool changed = language != m_language;
    install(language);
    if (changed)
        emit languageChanged(m_language);
}

void LanguageManager::setLanguage(const QString &language)
{
    const QString lang = normalize(language);
    QSettings().setValue(QLatin1String(kSettingsKey), lang);
    if (lang == m_language && !m_translators.isEmpty())
        return;
    install(lang);
    emit languageChanged(m_language);
}

void LanguageManager::install(const QString &language)
{
    for (QTranslator *t : std::as_const(m_translators)) {
        QCoreApplication::removeTranslator(t);
        delete t;
    }
    m_translators.clear();
    m_loaded.clear();

    m_language = normalize(language);
    const bool chinese = m_language == QLatin1String(kChinese);
    QLocale::setDefault(chinese ? QLocale(QLocale::Chinese, QLocale::China)
                                : QLocale(QLocale::English, QLocale::UnitedStates));
    // Existing windows keep the locale they resolved when they were created: re-resolve it, so that date,
    // number and spin-box widgets follow the new language too (children inherit it from their window).
    if (qobject_cast<QApplication *>(QCoreApplication::instance())) {
        const QWidgetList windows = QApplication::topLevelWidgets();
        for (QWidget *w : windows) {
            if (!w->testAttribute(Qt::WA_SetLocale))
                w->unsetLocale();
        }
    }

    // Qt searches the most recently installed translator first: Qt's and QtKeychain's first, ours last.
    QList<QString> files;
    const QString qtDir = QLibraryInfo::path(QLibraryInfo::TranslationsPath);
    const QString qtbase = findExact({qtDir, QCoreApplication::applicationDirPath() + QStringLiteral("/translations")},
                                     QStringLiteral("qtbase_%1.qm").arg(m_language));
    if (!qtbase.isEmpty())
        files << qtbase;
    if (chinese) {
        // Debian ships only qtkeychain_zh.qm, which is Traditional Chinese (zh_TW): use an exact
        // qtkeychain_zh_CN.qm when a platform provides one, otherwise our own Simplified Chinese catalog.
        QString keychain = findExact(qtKeychainDirectories(), QStringLiteral("qtkeychain_zh_CN.qm"));
        if (keychain.isEmpty())
            keychain = QStringLiteral(":/i18n/qtkeychain_zh_CN.qm");
        files << keychain;
    }
    files << QStringLiteral(":/i18n/idconsole_%1.qm").arg(m_language);

    for (const QString &file : std::as_const(files)) {
        auto *translator = new QTranslator(this);
        if (!translator->load(file)) {
            delete translator;
            continue;
        }
        if (!QCoreApplication::installTranslator(translator)) {
            delete translator;
            continue;
        }
        m_translators << translator;
        m_loaded << file;
    }
}
