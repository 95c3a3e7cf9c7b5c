// SPDX-License-Identifier: GPL-3.0-or-later
// LanguageManager switches English <-> Simplified Chinese at run time: our catalog, Qt's and QtKeychain's,
// the default locale and the remembered choice. Also checks that the embedded icons load.
#include "shell/LanguageManager.h"
#include "widgets/PaneStateWidget.h"

#include <QApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QGridLayout>
#include <QFileInfo>
#include <QIcon>
#include <QImage>
#include <QLabel>
#include <QLibraryInfo>
#include <QPixmap>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

class TestLanguageSwitch : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void normalize();
    void catalogsAreEmbedded();
    void switchesAtRunTime();
    void startupLanguage();
    void iconsLoad();

private:
    static void saveScreenshot(QWidget *w, const QString &name);
};

void TestLanguageSwitch::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("idconsole-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_languageswitch"));
    QSettings().remove(QStringLiteral("ui/language"));
    qunsetenv("IDCONSOLE_LANGUAGE");
}

void TestLanguageSwitch::cleanupTestCase()
{
    QSettings().remove(QStringLiteral("ui/language"));
}

void TestLanguageSwitch::saveScreenshot(QWidget *w, const QString &name)
{
    const QString dir = QStringLiteral(IDCONSOLE_BUILD_DIR "/screenshots");
    QDir().mkpath(dir);
    QVERIFY(w->grab().save(dir + QLatin1Char('/') + name));
}

void TestLanguageSwitch::normalize()
{
    QCOMPARE(LanguageManager::normalize(QStringLiteral("zh")), QStringLiteral("zh_CN"));
    QCOMPARE(LanguageManager::normalize(QStringLiteral("zh-CN")), QStringLiteral("zh_CN"));
    QCOMPARE(LanguageManager::normalize(QStringLiteral("zh_Hans_CN")), QStringLiteral("zh_CN"));
    QCOMPARE(LanguageManager::normalize(QStringLiteral("en_GB")), QStringLiteral("en"));
    QCOMPARE(LanguageManager::normalize(QStringLiteral("de")), QStringLiteral("en"));
    QCOMPARE(LanguageManager::normalize(QString()), QStringLiteral("en"));
    QCOMPARE(LanguageManager::availableLanguages(), (QStringList{QStringLiteral("en"), QStringLiteral("zh_CN")}));
    QCOMPARE(LanguageManager::displayName(QStringLiteral("zh_CN")), QStringLiteral("简体中文"));
    QCOMPARE(LanguageManager::displayName(QStringLiteral("en")), QStringLiteral("English"));
}

void TestLanguageSwitch::catalogsAreEmbedded()
{
    LanguageManager::instance(); // pulls in the icon resources
    for (const char *qm : {":/i18n/idconsole_zh_CN.qm", ":/i18n/idconsole_en.qm", ":/i18n/qtkeychain_zh_CN.qm"}) {
        QFile f(QString::fromLatin1(qm));
        QVERIFY2(f.open(QIODevice::ReadOnly), qm);
        QVERIFY2(f.size() > 16, qm);
    }
}

void TestLanguageSwitch::switchesAtRunTime()
{
    LanguageManager *lm = LanguageManager::instance();
    lm->setLanguage(QStringLiteral("en"));

    auto *content = new QLabel(QStringLiteral("content")); // owned by the pane
    PaneStateWidget pane(content);
    pane.resize(520, 260);
    ApiError error = ApiError::make(ApiError::Kind::Api, QStringLiteral("NotFound"), QStringLiteral("Resource not found: pool-7."));
    error.service = QStringLiteral("id");
    error.httpStatus = 404;
    error.requestId = QStringLiteral("20251222101446137193086110");
    pane.showError(error);
    pane.show();
    auto *retry = pane.findChild<QPushButton *>(QStringLiteral("retryButton"));
    QVERIFY(retry);
    QCOMPARE(retry->text(), QStringLiteral("Retry"));
    QVERIFY(pane.messageText().contains(QLatin1String("Resource not found: pool-7.")));
    saveScreenshot(&pane, QStringLiteral("languageswitch_error_en.png"));

    QSignalSpy spy(lm, &LanguageManager::languageChanged);
    lm->setLanguage(QStringLiteral("zh_CN"));
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.at(0).at(0).toString(), QStringLiteral("zh_CN"));
    QCOMPARE(lm->language(), QStringLiteral("zh_CN"));
    // Widgets retranslate on the (posted) LanguageChange event.
    QTRY_COMPARE(retry->text(), QStringLiteral("重试"));
    QTRY_VERIFY(pane.messageText().contains(QStringLiteral("资源 pool-7 不存在")));
    // Code and RequestId stay verbatim.
    QVERIFY(pane.messageText().contains(QLatin1String("NotFound")));
    QVERIFY(pane.messageText().contains(QLatin1String("20251222101446137193086110")));
    QCOMPARE(QLocale().language(), QLocale::Chinese);
    QCOMPARE(QLocale().territory(), QLocale::China);
    // Existing windows and their children follow the new default locale.
    QCOMPARE(pane.locale().language(), QLocale::Chinese);
    QCOMPARE(retry->locale().language(), QLocale::Chinese);
    QCOMPARE(QSettings().value(QStringLiteral("ui/language")).toString(), QStringLiteral("zh_CN"));
    QVERIFY(lm->loadedCatalogs().contains(QStringLiteral(":/i18n/idconsole_zh_CN.qm")));
    // QtKeychain's messages in Simplified Chinese (our catalog: Debian ships only Traditional Chinese).
    QCOMPARE(QCoreApplication::translate("QKeychain::ReadPasswordJobPrivate", "No keychain service available"),
             QStringLiteral("没有可用的密钥环服务"));
    // Qt's own strings (qtbase_zh_CN from qt6-translations-l10n).
    const bool haveQtCatalog = QFile::exists(QLibraryInfo::path(QLibraryInfo::TranslationsPath)
                                             + QStringLiteral("/qtbase_zh_CN.qm"));
    if (haveQtCatalog) {
        QVERIFY(lm->loadedCatalogs().contains(QLibraryInfo::path(QLibraryInfo::TranslationsPath)
                                              + QStringLiteral("/qtbase_zh_CN.qm")));
        QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("取消"));
    } else {
        qWarning("qtbase_zh_CN.qm is not installed (package qt6-translations-l10n): Qt's own strings stay English");
    }
    saveScreenshot(&pane, QStringLiteral("languageswitch_error_zh_CN.png"));

    // Setting the same language again changes nothing.
    lm->setLanguage(QStringLiteral("zh-CN"));
    QCOMPARE(spy.count(), 1);

    lm->setLanguage(QStringLiteral("en"));
    QCOMPARE(spy.count(), 2);
    QTRY_COMPARE(retry->text(), QStringLiteral("Retry"));
    QTRY_VERIFY(pane.messageText().contains(QLatin1String("Resource not found: pool-7.")));
    QCOMPARE(QLocale().language(), QLocale::English);
    QCOMPARE(retry->locale().language(), QLocale::English);
    QCOMPARE(QSettings().value(QStringLiteral("ui/language")).toString(), QStringLiteral("en"));
    QVERIFY(!lm->loadedCatalogs().contains(QStringLiteral(":/i18n/idconsole_zh_CN.qm")));
    QCOMPARE(QCoreApplication::translate("QKeychain::ReadPasswordJobPrivate", "No keychain service available"),
             QStringLiteral("No keychain service available"));
}

void TestLanguageSwitch::startupLanguage()
{
    LanguageManager *lm = LanguageManager::instance();
    lm->setLanguage(QStringLiteral("en"));

    // The remembered choice wins over the system locale.
    QSettings().setValue(QStringLiteral("ui/language"), QStringLiteral("zh_CN"));
    lm->applyStartupLanguage();
    QCOMPARE(lm->language(), QStringLiteral("zh_CN"));
    QCOMPARE(QCoreApplication::translate("PaneStateWidget", "Retry"), QStringLiteral("重试"));

    // First start (nothing remembered): the system locale; ctest runs with LC_ALL=C.UTF-8 -> English.
    QSettings().remove(QStringLiteral("ui/language"));
    lm->applyStartupLanguage();
    QCOMPARE(lm->language(), LanguageManager::systemLanguage());
    QVERIFY(!QSettings().contains(QStringLiteral("ui/language"))); // only an explicit choice is remembered

    // IDCONSOLE_LANGUAGE overrides for one run without touching the setting.
    qputenv("IDCONSOLE_LANGUAGE", "zh_CN");
    lm->applyStartupLanguage();
    qunsetenv("IDCONSOLE_LANGUAGE");
    QCOMPARE(lm->language(), QStringLiteral("zh_CN"));
    QVERIFY(!QSettings().contains(QStringLiteral("ui/language")));
    lm->setLanguage(QStringLiteral("en"));
}

void TestLanguageSwitch::iconsLoad()
{
    LanguageManager::instance();
    QStringList icons;
    QDirIterator it(QStringLiteral(":/icons"));
    while (it.hasNext())
        icons << it.next();
    icons.sort();
    const QStringList required = {
        QStringLiteral(":/icons/idconsole.svg"), QStringLiteral(":/icons/pools.svg"), QStringLiteral(":/icons/mau.svg"),
        QStringLiteral(":/icons/users.svg"), QStringLiteral(":/icons/groups.svg"), QStringLiteral(":/icons/events.svg"),
        QStringLiteral(":/icons/activity.svg"), QStringLiteral(":/icons/refresh.svg"), QStringLiteral(":/icons/add.svg"),
        QStringLiteral(":/icons/delete.svg"), QStringLiteral(":/icons/enable.svg"), QStringLiteral(":/icons/disable.svg"),
        QStringLiteral(":/icons/export.svg"), QStringLiteral(":/icons/profile.svg")};
    for (const QString &r : required)
        QVERIFY2(icons.contains(r), qPrintable(r));

    // Each icon renders to a pixmap that is not blank (needs the Qt SVG plugins, package libqt6svg6).
    QWidget sheet;
    auto *grid = new QGridLayout(&sheet);
    int i = 0;
    for (const QString &path : std::as_const(icons)) {
        const QIcon icon(path);
        const QPixmap pm = icon.pixmap(32, 32);
        QVERIFY2(!pm.isNull(), qPrintable(path));
        const QImage img = pm.toImage().convertToFormat(QImage::Format_ARGB32);
        int opaque = 0;
        for (int y = 0; y < img.height(); ++y)
            for (int x = 0; x < img.width(); ++x)
                opaque += qAlpha(img.pixel(x, y)) > 0;
        QVERIFY2(opaque > 20, qPrintable(path));
        auto *picture = new QLabel(&sheet);
        picture->setPixmap(icon.pixmap(32, 32));
        auto *name = new QLabel(QFileInfo(path).baseName(), &sheet);
        grid->addWidget(picture, (i / 6) * 2, i % 6, Qt::AlignCenter);
        grid->addWidget(name, (i / 6) * 2 + 1, i % 6, Qt::AlignCenter);
        ++i;
    }
    sheet.setStyleSheet(QStringLiteral("background: white"));
    sheet.adjustSize();
    saveScreenshot(&sheet, QStringLiteral("icons.png"));
}

QTEST_MAIN(TestLanguageSwitch)
#include "tst_languageswitch.moc"
