// SPDX-License-Identifier: GPL-3.0-or-later
#include "CredentialStore.h"

#include <QFile>

namespace emu {

bool CredentialStore::loadFile(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = QStringLiteral("cannot read credentials file %1: %2").arg(path, file.errorString());
        return false;
    }
    const QByteArray data = file.read(1024 * 1024);
    int lineNumber = 0;
    int added = 0;
    for (const QByteArray &rawLine : data.split('\n')) {
        ++lineNumber;
        const QByteArray line = rawLine.trimmed();
        if (line.isEmpty() || line.startsWith('#'))
            continue;
        const QList<QByteArray> fields = line.simplified().split(' ');
        if (fields.size() != 2) {
            if (error)
                *error = QStringLiteral("credentials file %1, line %2: expected \"ACCESS_KEY_ID SECRET\"")
                             .arg(path)
                             .arg(lineNumber);
            return false;
        }
        add(QString::fromUtf8(fields.at(0)), fields.at(1));
        ++added;
    }
    if (added == 0) {
        if (error)
            *error = QStringLiteral("credentials file %1 contains no key pairs").arg(path);
        return false;
    }
    return true;
}

} // namespace emu
