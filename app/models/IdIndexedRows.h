// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QList>
#include <QString>

// Rows of records kept unique by an id, with an id -> row index: the bookkeeping the paged directory models
// share. Key is a callable returning the record's id. Header-only because it is a template.
class IdIndexedRows
{
public:
    // Splits an incoming page: records already present are replaced in place (their rows are appended to
    // *updatedRows), the rest come back once each, in arrival order, ready to be appended. Empty ids are dropped.
    template<class T, class Key>
    static QList<T> merge(QList<T> &rows, const QHash<QString, int> &rowById, const QList<T> &incoming, Key key,
                          QList<int> *updatedRows)
    {
        QList<T> fresh;
        QHash<QString, int> freshIndex;
        for (const T &record : incoming) {
            const QString id = key(record);
            if (id.isEmpty())
                continue;
            if (const int existing = rowById.value(id, -1); existing >= 0) {
                rows[existing] = record;
                updatedRows->append(existing);
            } else if (const auto it = freshIndex.constFind(id); it != freshIndex.constEnd()) {
                fresh[it.value()] = record;
            } else {
                freshIndex.insert(id, int(fresh.size()));
                fresh.append(record);
            }
        }
        return fresh;
    }

    // Appends records (from merge()) and indexes them. Call between beginInsertRows and endInsertRows.
    template<class T, class Key>
    static void append(QList<T> &rows, QHash<QString, int> &rowById, const QList<T> &fresh, Key key)
    {
        for (const T &record : fresh) {
            rowById.insert(key(record), int(rows.size()));
            rows.append(record);
        }
    }

    // Rebuilds the index after rows were inserted or removed in the middle.
    template<class T, class Key>
    static void reindex(const QList<T> &rows, QHash<QString, int> &rowById, Key key)
    {
        rowById.clear();
        for (int i = 0; i < rows.size(); ++i)
            rowById.insert(key(rows.at(i)), i);
    }
};
