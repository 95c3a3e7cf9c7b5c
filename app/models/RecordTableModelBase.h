// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/PagedTableModel.h"
#include <QStringView>
#include <QVector>
#include <functional>

// The part of RecordTableModel<R> that does not depend on the record type: what RecordFilterProxy, the list
// panes and CSV export use. Roles are shared by every list (qBittorrent style: DisplayRole is formatted for
// people, RawValueRole carries the value for sorting and export); a list may add its own roles from
// FirstCustomRole on.
class RecordTableModelBase : public PagedTableModel
{
    Q_OBJECT
public:
    enum Role {
        RawValueRole = Qt::UserRole,   // sort / export value (QString, QDateTime, number)
        IdRole,                        // the record's id, every column
        SearchTextRole,                // what the quick filter matches, one field per line
        FirstCustomRole = Qt::UserRole + 16,
    };

    using PagedTableModel::PagedTableModel;

    virtual QString recordId(int row) const = 0;
    virtual int rowOfId(const QString &id) const = 0;
    // Quick filter: whether one of the record's search fields contains `folded` (QString::toCaseFolded).
    virtual bool rowContainsFolded(int row, const QString &folded) const = 0;
    bool rowContains(int row, const QString &needle) const { return rowContainsFolded(row, needle.toCaseFolded()); }
    // The raw text of a column (exact-match filters such as status or join type), without a QVariant.
    virtual QString columnText(int row, int column) const = 0;
    // Three-way comparison of two rows on a column (ties broken on the list's tie-break column).
    virtual int compareRows(int left, int right, int column) const = 0;
    // Sorting many rows: prepareSort() ranks every row on `column` once, after which compareForSort() is an
    // integer comparison. Rows added or changed later are unranked and compared with compareRows(); ranks and
    // compareRows() agree, so mixing them keeps a consistent order.
    virtual void prepareSort(int column) = 0;
    virtual int compareForSort(int left, int right, int column) const = 0;
    // Re-emits header and cell texts after a language switch (models get no LanguageChange event).
    virtual void retranslate() = 0;

    // Case-insensitive helpers, fast for ASCII, full Unicode case folding otherwise.
    static bool containsFolded(const QString &hay, const QString &folded);
    static int compareFolded(const QString &a, const QString &b);

    // Text keys of every row for one sort level (QStringView into strings that outlive the sort).
    using TextKeys = QVector<QStringView>;
    // Sorts the row numbers [first, last) by levels[0][row], then levels[1][row] ..., then `finalTie` (may be
    // empty), then by row. Keys compare by UTF-16 code unit (a prefix before its extensions), like
    // QString::compare: a multikey sort on 3-unit chunks packed into integers, so most comparisons are integer
    // ones and equal prefixes are never compared twice (100,000 user names: ~4x faster than std::sort with
    // QString::compare).
    static void sortRowsByText(int *first, int *last, const QVector<const TextKeys *> &levels,
                               const std::function<int(int, int)> &finalTie);
};
