// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace emu {

class DataStore;

// --state FILE: loads the whole emulated state at start and saves it atomically (QSaveFile) after every write.
// A file that exists but cannot be read or parsed is an error and is never overwritten.
class StatePersister
{
public:
    enum class LoadResult { Loaded, Missing, Error };

    explicit StatePersister(const QString &path) : m_path(path) {}

    QString path() const { return m_path; }
    LoadResult load(DataStore &store, QString *error) const;
    bool save(const DataStore &store, QString *error) const;

private:
    QString m_path;
};

} // namespace emu
