// SPDX-License-Identifier: GPL-3.0-or-later
#include "PendingTranslator.h"

#include "shell/LanguageManager.h"
#include <QDir>
#include <QFile>

int PendingTranslator::load()
{
    const QDir dir(QStringLiteral(IDCONSOLE_TEST_DATA_DIR "/../../translations/pending"));
    for (const QString &name : dir.entryList({QStringLiteral("*.tsv")}, QDir::Files)) {
        QFile file(dir.filePath(name));
        if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
            continue;
        for (const QString &line : QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'))) {
            const QStringList f = line.split(QLatin1Char('\t'));
            if (f.size() >= 3 && !f.at(0).isEmpty() && !f.at(2).isEmpty())
                m_map.insert(f.at(1) + QLatin1Char('\x1f') + f.at(0), f.at(2));
        }
    }
    return int(m_map.size());
}

QString PendingTranslator::translate(const char *context, const char *source, const char *disambiguation, int n) const
{
    Q_UNUSED(disambiguation);
    Q_UNUSED(n);
    if (LanguageManager::instance()->language() != QLatin1String("zh_CN"))
        return {};
    return m_map.value(QString::fromUtf8(context) + QLatin1Char('\x1f') + QString::fromUtf8(source));
}
