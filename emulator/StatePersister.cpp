// SPDX-License-Identifier: GPL-3.0-or-later
#include "StatePersister.h"

#include "DataStore.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSaveFile>

namespace emu {

StatePersister::LoadResult StatePersister::load(DataStore &store, QString *error) const
{
    const QFileInfo info(m_path);
    if (!info.exists())
        return LoadResult::Missing;
    auto fail = [&](const QString &message) {
        if (error)
            *error = QStringLiteral("state file %1: %2").arg(m_path, message);
        return LoadResult::Error;
    };
    if (!info.isFile())
        return fail(QStringLiteral("not a regular file"));
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(QStringLiteral("cannot read: %1").arg(file.errorString()));
    const QByteArray data = file.readAll();
    if (data.trimmed().isEmpty())
        return fail(QStringLiteral("the file is empty"));
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(data, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return fail(QStringLiteral("corrupt JSON at offset %1: %2").arg(parseError.offset).arg(parseError.errorString()));
    if (!doc.isObject())
        return fail(QStringLiteral("corrupt: the top level is not a JSON object"));
    QString message;
    if (!store.loadState(doc.object(), &message))
        return fail(message);
    return LoadResult::Loaded;
}

bool StatePersister::save(const DataStore &store, QString *error) const
{
    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = QStringLiteral("cannot write state file %1: %2").arg(m_path, file.errorString());
        return false;
    }
    const QByteArray data = store.stateJson();
    if (file.write(data) != data.size() || !file.commit()) {
        if (error)
            *error = QStringLiteral("cannot write state file %1: %2").arg(m_path, file.errorString());
        file.cancelWriting();
        return false;
    }
    return true;
}

} // namespace emu
