// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QObject>
#include <QStringList>

class QTranslator;

// Installs the application's, Qt's (qtbase) and QtKeychain's translators and switches them at run time.
// Widgets retranslate on QEvent::LanguageChange; models listen to languageChanged() and emit headerDataChanged.
class LanguageManager : public QObject
{
    Q_OBJECT
public:
    static LanguageManager *instance();

    // "en" or "zh_CN".
    static QStringList availableLanguages();
    static QString displayName(const QString &language); // native name: "English", "简体中文"
    // First start: the system locale (any zh -> zh_CN, otherwise en); later: the remembered choice.
    void applyStartupLanguage();
    // Switches at once (installs translators, sets QLocale::setDefault, remembers the choice in QSettings).
    void setLanguage(const QString &language);
    QString language() const { return m_language; }

    // "zh", "zh-CN", "zh_Hans_CN", ... -> "zh_CN"; anything else -> "en".
    static QString normalize(const QString &language);
    // The language the system locale asks for ("zh_CN" for any Chinese locale, otherwise "en").
    static QString systemLanguage();
    // The .qm files currently installed (resource paths and file paths), for diagnostics and tests.
    QStringList loadedCatalogs() const { return m_loaded; }

signals:
    void languageChanged(const QString &language);

private:
    explicit LanguageManager(QObject *parent = nullptr);
    void install(const QString &language);

    QString m_language;
    QList<QTranslator *> m_translators;
    QStringList m_loaded;
};
