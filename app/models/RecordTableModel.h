// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cloud/DirectoryBackend.h"
#include "models/DirectoryLabels.h"
#include "models/RecordColumnSet.h"
#include "models/RecordTableModelBase.h"
#include <QHash>
#include <QSet>
#include <QVector>
#include <algorithm>
#include <functional>
#include <limits>
#include <utility>
#include <vector>

// The paged record table every directory list uses: a record type R + a RecordColumnSet<R> + a page source.
// Rows are unique by id (a page that repeats a record updates its row; within a page the later one wins),
// indexed by id, sorted through ranks (prepareSort) and searched without a QVariant per cell.
//
// A list either passes a Lister (a DirectoryBackend listing call: nothing else to write) or subclasses and
// overrides requestPage() (a query, a record conversion). Header-only because it is a template.
template<class R>
class RecordTableModel : public RecordTableModelBase
{
public:
    using Columns = RecordColumnSet<R>;
    using Lister = std::function<ApiCall *(DirectoryBackend *backend, const QString &cursor, int pageSize,
                                           QObject *owner, DirectoryBackend::PageCallback<R> done)>;
    enum class InsertAt { Top, Bottom };

    RecordTableModel(const Columns &columns, FetchPolicy policy, QObject *parent = nullptr)
        : RecordTableModelBase(policy, parent), m_columns(columns)
    {
    }

    void setLister(const Lister &lister) { m_lister = lister; }
    const Columns &columns() const { return m_columns; }

    int rowCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : int(m_rows.size()); }
    int columnCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : m_columns.count(); }

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override
    {
        if (!index.isValid() || index.row() >= m_rows.size() || index.column() >= m_columns.count())
            return {};
        const R &r = m_rows.at(index.row());
        const int column = index.column();
        switch (role) {
        case Qt::DisplayRole:
            return display(r, column);
        case Qt::ToolTipRole: {
            if (m_columns.cellToolTip()) {
                const QVariant tip = m_columns.cellToolTip()(r, column);
                if (tip.isValid())
                    return tip;
            }
            const QVariant d = display(r, column);
            return d.toString().isEmpty() ? QVariant() : d;
        }
        case Qt::TextAlignmentRole:
            return int(m_columns.at(column).alignment);
        case RawValueRole:
            return raw(r, column);
        case IdRole:
            return m_columns.id()(r);
        case SearchTextRole:
            return m_columns.searchText(r);
        default:
            if (role >= FirstCustomRole && m_columns.extraData())
                return m_columns.extraData()(r, role);
            return {};
        }
    }

    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override
    {
        if (orientation != Qt::Horizontal || section < 0 || section >= m_columns.count())
            return RecordTableModelBase::headerData(section, orientation, role);
        const auto &c = m_columns.at(section);
        if (role == Qt::DisplayRole)
            return c.title();
        if (role == Qt::ToolTipRole)
            return c.headerToolTip ? c.headerToolTip() : c.title();
        return {};
    }

    QHash<int, QByteArray> roleNames() const override
    {
        QHash<int, QByteArray> names = RecordTableModelBase::roleNames();
        names.insert(RawValueRole, "rawValue");
        names.insert(IdRole, "id");
        names.insert(SearchTextRole, "searchText");
        for (auto it = m_columns.extraRoleNames().cbegin(); it != m_columns.extraRoleNames().cend(); ++it)
            names.insert(it.key(), it.value());
        return names;
    }

    QString columnTitle(int column) const
    {
        return column >= 0 && column < m_columns.count() ? m_columns.at(column).title() : QString();
    }

    // --- records ---------------------------------------------------------------------------------------------
    const QVector<R> &records() const { return m_rows; }
    R record(int row) const { return row >= 0 && row < m_rows.size() ? m_rows.at(row) : R(); }
    R recordById(const QString &id) const { return record(rowOfId(id)); }
    int rowOfId(const QString &id) const override
    {
        if (m_sequential) {
            bool ok = false;
            const qint64 n = id.toLongLong(&ok);
            if (!ok || n < m_firstOrdinal || n - m_firstOrdinal >= m_rows.size())
                return -1;
            const int row = int(n - m_firstOrdinal);
            return m_columns.id()(m_rows.at(row)) == id ? row : -1;   // "007" is not "7"
        }
        const auto it = m_rowById.constFind(id);
        return it == m_rowById.constEnd() ? -1 : int(it.value() - m_dropped);
    }

    // For an append-only log whose ids are consecutive decimal numbers in append order ("1", "2", ...): rows
    // are found by arithmetic, with no index entry per row (appending 50,000 rows costs a third less). Anything
    // out of that pattern (an id out of sequence, an insert elsewhere than at the end, a removal other than of
    // the oldest rows) builds the index at once and carries on as usual: the mode only saves work, it never
    // changes what the model does. Takes effect now (when empty) or after the next clear.
    void setSequentialIds(bool on)
    {
        m_sequentialWanted = on;
        if (!on)
            leaveSequential();
        else if (m_rows.isEmpty())
            m_sequential = true;
    }
    bool sequentialIds() const { return m_sequential; }
    QString recordId(int row) const override
    {
        return row >= 0 && row < m_rows.size() ? m_columns.id()(m_rows.at(row)) : QString();
    }
    bool containsId(const QString &id) const { return m_sequential ? rowOfId(id) >= 0 : m_rowById.contains(id); }

    // Appends a page (or test / benchmark data). Records already present are updated in place; a record twice
    // in `incoming`: the later one wins. Records without an id are dropped.
    void appendRecords(QVector<R> incoming)
    {
        leaveSequential();
        const auto id = m_columns.id();
        const int base = int(m_rows.size());
        QVector<R> fresh;
        fresh.reserve(incoming.size());
        QVector<int> changed;
        if (incoming.size() > 1000)
            m_rowById.reserve(base + incoming.size());
        for (R &r : incoming) {
            const QString &key = id(r);
            if (key.isEmpty())
                continue;
            const auto it = m_rowById.constFind(key);
            if (it != m_rowById.constEnd()) {
                const int row = int(it.value() - m_dropped);
                if (row >= base) {
                    fresh[row - base] = std::move(r);
                } else {
                    m_rows[row] = std::move(r);
                    unrank(row);
                    changed << row;
                }
                continue;
            }
            m_rowById.insert(key, base + int(fresh.size()) + m_dropped);
            fresh.append(std::move(r));
        }
        if (!fresh.isEmpty()) {
            beginInsertRows({}, base, base + int(fresh.size()) - 1);
            for (R &r : fresh) {
                m_rows.append(std::move(r));
                if (m_rankColumn >= 0) {
                    m_rank.append(-1);
                    ++m_unranked;
                }
            }
            endInsertRows();
        }
        for (const int row : std::as_const(changed))
            emitRowChanged(row);
    }

    // Appends one record (an append-only log); a record already present is updated in place.
    void appendRecord(R r)
    {
        const QString &key = m_columns.id()(r);
        if (key.isEmpty())
            return;
        if (m_sequential) {
            bool ok = false;
            const qint64 n = key.toLongLong(&ok);
            const bool next = ok && (m_rows.isEmpty() ? n >= 0 : n == m_firstOrdinal + m_rows.size())
                              && QString::number(n) == key;
            if (next) {
                if (m_rows.isEmpty())
                    m_firstOrdinal = n;
                const int row = int(m_rows.size());
                beginInsertRows({}, row, row);
                m_rows.append(std::move(r));
                if (m_rankColumn >= 0) {
                    m_rank.append(-1);
                    ++m_unranked;
                }
                endInsertRows();
                return;
            }
            leaveSequential();
        }
        const int existing = rowOfId(key);
        if (existing >= 0) {
            replaceRecord(existing, r);
            return;
        }
        const int row = int(m_rows.size());
        beginInsertRows({}, row, row);
        m_rowById.insert(key, row + m_dropped);
        m_rows.append(std::move(r));
        if (m_rankColumn >= 0) {
            m_rank.append(-1);
            ++m_unranked;
        }
        endInsertRows();
    }

    // A created or edited record: replaces its row (returns it) or inserts one at `at`.
    int upsertRecord(const R &r, InsertAt at = InsertAt::Top)
    {
        const QString key = m_columns.id()(r);
        if (key.isEmpty())
            return -1;
        const int existing = rowOfId(key);
        if (existing < 0)
            leaveSequential();
        if (existing >= 0) {
            replaceRecord(existing, r);
            return existing;
        }
        const int row = at == InsertAt::Top ? 0 : int(m_rows.size());
        beginInsertRows({}, row, row);
        m_rows.insert(row, r);
        if (m_rankColumn >= 0) {
            m_rank.insert(row, -1);
            ++m_unranked;
        }
        if (at == InsertAt::Top)
            reindexFrom(0);
        else
            m_rowById.insert(key, row + m_dropped);
        endInsertRows();
        return row;
    }

    // Replaces the record of a row (same id).
    void replaceRecord(int row, const R &r)
    {
        if (row < 0 || row >= m_rows.size())
            return;
        m_rows[row] = r;
        unrank(row);
        emitRowChanged(row);
    }

    // Changes the record with this id in place (`change` gets an R&); false if there is none.
    template<class Change>
    bool updateRecord(const QString &id, Change change)
    {
        const int row = rowOfId(id);
        if (row < 0)
            return false;
        change(m_rows[row]);
        unrank(row);
        emitRowChanged(row);
        return true;
    }

    bool removeRecord(const QString &id)
    {
        const int row = rowOfId(id);
        if (row < 0)
            return false;
        leaveSequential();
        beginRemoveRows({}, row, row);
        m_rows.removeAt(row);
        if (m_rankColumn >= 0) {
            m_unranked -= m_rank.at(row) < 0 ? 1 : 0;
            m_rank.removeAt(row);
        }
        m_rowById.remove(id);
        reindexFrom(row);
        endRemoveRows();
        return true;
    }

    // Drops the first `count` rows (the oldest of an append-only list such as the activity log) in one removal.
    void removeFirstRecords(int count)
    {
        count = qMin(count, int(m_rows.size()));
        if (count <= 0)
            return;
        const auto id = m_columns.id();
        beginRemoveRows({}, 0, count - 1);
        if (m_sequential)
            m_firstOrdinal += count;
        else
            for (int i = 0; i < count; ++i)
                m_rowById.remove(id(m_rows.at(i)));
        m_rows.erase(m_rows.begin(), m_rows.begin() + count);
        if (m_rankColumn >= 0) {
            for (int i = 0; i < count; ++i)
                m_unranked -= m_rank.at(i) < 0 ? 1 : 0;
            m_rank.erase(m_rank.begin(), m_rank.begin() + count);
        }
        m_dropped += count;   // every remaining row moved up by `count`: no re-indexing
        endRemoveRows();
    }

    // Removes every record whose id is not in `ids` (after a complete listing), bottom-up in contiguous blocks.
    void retainOnly(const QSet<QString> &ids)
    {
        leaveSequential();
        const auto id = m_columns.id();
        int row = int(m_rows.size()) - 1;
        while (row >= 0) {
            if (ids.contains(id(m_rows.at(row)))) {
                --row;
                continue;
            }
            int first = row;
            while (first > 0 && !ids.contains(id(m_rows.at(first - 1))))
                --first;
            beginRemoveRows({}, first, row);
            for (int i = first; i <= row; ++i)
                m_rowById.remove(id(m_rows.at(i)));
            m_rows.erase(m_rows.begin() + first, m_rows.begin() + row + 1);
            if (m_rankColumn >= 0) {
                for (int i = first; i <= row; ++i)
                    m_unranked -= m_rank.at(i) < 0 ? 1 : 0;
                m_rank.erase(m_rank.begin() + first, m_rank.begin() + row + 1);
            }
            reindexFrom(first);
            endRemoveRows();
            row = first - 1;
        }
    }

    // --- RecordTableModelBase --------------------------------------------------------------------------------
    bool rowContainsFolded(int row, const QString &folded) const override
    {
        if (row < 0 || row >= m_rows.size())
            return false;
        if (folded.isEmpty())
            return true;
        const R &r = m_rows.at(row);
        for (const auto field : m_columns.searchFields())
            if (containsFolded(field(r), folded))
                return true;
        return false;
    }

    QString columnText(int row, int column) const override
    {
        if (row < 0 || row >= m_rows.size() || column < 0 || column >= m_columns.count())
            return {};
        const auto &c = m_columns.at(column);
        if (c.kind == Columns::Kind::Text)
            return c.text(m_rows.at(row));
        return raw(m_rows.at(row), column).toString();
    }

    int compareRows(int left, int right, int column) const override
    {
        if (column < 0 || column >= m_columns.count())
            return 0;
        const R &a = m_rows.at(left);
        const R &b = m_rows.at(right);
        int c = compareOn(a, b, column);
        const int tie = m_columns.tieBreak();
        if (c == 0 && column != tie && tie >= 0 && tie < m_columns.count())
            c = compareOn(a, b, tie);
        return c;
    }

    void prepareSort(int column) override
    {
        if (column < 0 || column >= m_columns.count()) {
            m_rank.clear();
            m_rankColumn = -1;
            m_unranked = 0;
            return;
        }
        if (column == m_rankColumn && m_unranked == 0 && m_rank.size() == m_rows.size())
            return;
        const int n = int(m_rows.size());
        QVector<int> order(n);
        for (int i = 0; i < n; ++i)
            order[i] = i;
        const auto &col = m_columns.at(column);
        const int tieColumn = m_columns.tieBreak();
        const bool hasTie = column != tieColumn && tieColumn >= 0 && tieColumn < m_columns.count();
        // The tie-break column: pre-folded text keys when it is text (text ties are frequent: display names,
        // statuses), otherwise compared lazily, only when the keys are equal.
        const bool textTie = hasTie && m_columns.at(tieColumn).kind == Columns::Kind::Text;
        QVector<QString> tieStore;
        TextKeys tieKeys;
        const bool idSort = col.kind == Columns::Kind::Text && col.textSort == Columns::TextSort::Id;
        if (textTie && col.kind == Columns::Kind::Text && !idSort)
            textKeys(tieColumn, &tieStore, &tieKeys);   // text ties are frequent: fold up front
        // Other columns: fold the tie-break keys only once a run of equal keys shows up (often never).
        const std::function<void()> needTieKeys = [&] {
            if (textTie && tieKeys.isEmpty() && n > 0)
                textKeys(tieColumn, &tieStore, &tieKeys);
        };
        std::function<int(int, int)> lazyTie;
        if (hasTie && !textTie)
            lazyTie = [this, tieColumn](int a, int b) { return compareOn(m_rows.at(a), m_rows.at(b), tieColumn); };
        QVector<const TextKeys *> levels;
        if (col.kind == Columns::Kind::Text) {
            QVector<QString> store;
            TextKeys keys;
            textKeys(column, &store, &keys);
            levels << &keys;
            if (idSort) {
                // Shorter first, then exact (numeric ids of any length sort numerically); ids rarely tie: the
                // tie-break column is compared only then.
                QVector<qsizetype> lengths(n);
                for (int i = 0; i < n; ++i)
                    lengths[i] = keys.at(i).size();
                std::function<int(int, int)> idTie;
                if (hasTie)
                    idTie = [this, tieColumn](int a, int b) { return compareOn(m_rows.at(a), m_rows.at(b), tieColumn); };
                sortByKey(order, lengths, std::less<qsizetype>(), levels, idTie, {});
            } else {
                if (textTie)
                    levels << &tieKeys;
                sortRowsByText(order.data(), order.data() + n, levels, lazyTie);
            }
        } else {
            if (textTie)
                levels << &tieKeys;
            if (col.kind == Columns::Kind::Time) {
                QVector<qint64> keys(n);
                for (int i = 0; i < n; ++i)
                    keys[i] = timeKey(col.time(m_rows.at(i)));
                sortByKey(order, keys, std::less<qint64>(), levels, lazyTie, needTieKeys);
            } else if (col.kind == Columns::Kind::Number) {
                QVector<double> keys(n);
                for (int i = 0; i < n; ++i)
                    keys[i] = col.number(m_rows.at(i));
                sortByKey(order, keys, [](double x, double y) { return compareNumbers(x, y) < 0; }, levels, lazyTie,
                          needTieKeys);
            } else {
                std::sort(order.begin(), order.end(), [&](int a, int b) {
                    const int c = compareRows(a, b, column);
                    return c != 0 ? c < 0 : a < b;
                });
            }
        }
        m_rank.resize(n);
        for (int i = 0; i < n; ++i)
            m_rank[order[i]] = i;
        m_rankColumn = column;
        m_unranked = 0;
    }

    int compareForSort(int left, int right, int column) const override
    {
        if (column == m_rankColumn && left < m_rank.size() && right < m_rank.size()) {
            const int a = m_rank.at(left);
            const int b = m_rank.at(right);
            if (a >= 0 && b >= 0)
                return a < b ? -1 : (a > b ? 1 : 0);
        }
        return compareRows(left, right, column);
    }

    void retranslate() override
    {
        emit headerDataChanged(Qt::Horizontal, 0, m_columns.count() - 1);
        if (!m_rows.isEmpty())
            emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, m_columns.count() - 1),
                             {Qt::DisplayRole, Qt::ToolTipRole});
    }

protected:
    ApiCall *requestPage(const QString &cursor, quint64 generation) override
    {
        if (!m_lister) {
            acceptPage(generation, ApiError(), QString(), 0);
            pageDone(0);
            return nullptr;
        }
        return m_lister(backend(), cursor, pageSize(), this, pageHandler<R>(generation, [](const QList<R> &items) {
                            return QVector<R>(items);
                        }));
    }

    // The callback of one page request: stale or failed pages are handled by PagedTableModel; the items are
    // converted to rows (`convert(const QList<Item> &) -> QVector<R>`) and appended.
    template<class Item, class Convert>
    DirectoryBackend::PageCallback<Item> pageHandler(quint64 generation, Convert convert)
    {
        return [this, generation, convert](const Page<Item> &page) {
            if (!acceptPage(generation, page.error, page.nextCursor, page.total))
                return;
            const int before = int(m_rows.size());
            appendRecords(convert(page.items));
            pageDone(int(m_rows.size()) - before);
        };
    }

    void clearRows() override
    {
        m_rows.clear();
        m_rows.squeeze();
        m_rowById.clear();
        m_rowById.squeeze();
        m_dropped = 0;
        m_sequential = m_sequentialWanted;
        m_firstOrdinal = 0;
        m_rank.clear();
        m_rankColumn = -1;
        m_unranked = 0;
    }

    void emitRowChanged(int row) { emit dataChanged(index(row, 0), index(row, m_columns.count() - 1)); }
    R &mutableRecord(int row) { return m_rows[row]; }
    void unrank(int row)
    {
        if (m_rankColumn < 0 || row < 0 || row >= m_rank.size() || m_rank.at(row) < 0)
            return;
        m_rank[row] = -1;
        ++m_unranked;
    }

    QVariant display(const R &r, int column) const { return m_columns.displayValue(r, column); }
    QVariant raw(const R &r, int column) const { return m_columns.rawValue(r, column); }

private:
    // The sort keys of a Text column: case-folded copies (Folded) or the values themselves, as views.
    void textKeys(int column, QVector<QString> *store, TextKeys *keys) const
    {
        const auto &c = m_columns.at(column);
        const int n = int(m_rows.size());
        store->resize(n);
        keys->resize(n);
        for (int i = 0; i < n; ++i) {
            const QString &text = c.text(m_rows.at(i));
            (*store)[i] = c.textSort == Columns::TextSort::Folded ? text.toCaseFolded() : text;
            (*keys)[i] = (*store)[i];
        }
    }

    // Sorts `order` on a per-row key (pairs of key and row: no indirection per comparison), then runs of equal
    // keys on the text levels / the lazy tie-break, then by row.
    template<class K, class Less>
    static void sortByKey(QVector<int> &order, const QVector<K> &keys, Less less, const QVector<const TextKeys *> &levels,
                          const std::function<int(int, int)> &lazyTie, const std::function<void()> &beforeFirstTie)
    {
        bool tied = false;
        const int n = int(keys.size());
        std::vector<std::pair<K, int>> pairs(static_cast<size_t>(n));
        for (int i = 0; i < n; ++i)
            pairs[size_t(i)] = {keys.at(i), i};
        std::sort(pairs.begin(), pairs.end(), [&less](const std::pair<K, int> &x, const std::pair<K, int> &y) {
            if (less(x.first, y.first))
                return true;
            if (less(y.first, x.first))
                return false;
            return x.second < y.second;
        });
        for (int i = 0; i < n; ++i)
            order[i] = pairs[size_t(i)].second;
        if (levels.isEmpty() && !lazyTie)
            return;
        int start = 0;
        while (start < n) {
            int end = start + 1;
            while (end < n && !less(pairs[size_t(start)].first, pairs[size_t(end)].first))
                ++end;
            if (end - start > 1) {
                if (!tied && beforeFirstTie)
                    beforeFirstTie();
                tied = true;
                sortRowsByText(order.data() + start, order.data() + end, levels, lazyTie);
            }
            start = end;
        }
    }

    // NaN (not known) first, then ascending.
    static int compareNumbers(double x, double y)
    {
        const bool nx = x != x, ny = y != y;
        if (nx || ny)
            return nx == ny ? 0 : (nx ? -1 : 1);
        return x < y ? -1 : (y < x ? 1 : 0);
    }

    static qint64 timeKey(const QDateTime &t)
    {
        return t.isValid() ? t.toMSecsSinceEpoch() : std::numeric_limits<qint64>::min();
    }

    int compareOn(const R &a, const R &b, int column) const
    {
        const auto &c = m_columns.at(column);
        switch (c.kind) {
        case Columns::Kind::Text: {
            const QString &x = c.text(a);
            const QString &y = c.text(b);
            switch (c.textSort) {
            case Columns::TextSort::Folded: return compareFolded(x, y);
            case Columns::TextSort::Exact: return x.compare(y);
            case Columns::TextSort::Id:
                return x.size() != y.size() ? (x.size() < y.size() ? -1 : 1) : x.compare(y);
            }
            return 0;
        }
        case Columns::Kind::Time: {
            const qint64 x = timeKey(c.time(a));
            const qint64 y = timeKey(c.time(b));
            return x < y ? -1 : (y < x ? 1 : 0);
        }
        case Columns::Kind::Number: return compareNumbers(c.number(a), c.number(b));
        case Columns::Kind::Custom: {
            const QVariant x = c.raw ? c.raw(a) : c.display(a);
            const QVariant y = c.raw ? c.raw(b) : c.display(b);
            if (!x.isValid() || !y.isValid())
                return x.isValid() == y.isValid() ? 0 : (x.isValid() ? 1 : -1);
            if (x.userType() == QMetaType::QString && y.userType() == QMetaType::QString)
                return compareFolded(x.toString(), y.toString());
            const QPartialOrdering o = QVariant::compare(x, y);
            return o == QPartialOrdering::Less ? -1 : (o == QPartialOrdering::Greater ? 1 : 0);
        }
        }
        return 0;
    }

    // Sequential ids → the ordinary index (every row gets its entry).
    void leaveSequential()
    {
        if (!m_sequential)
            return;
        m_sequential = false;
        m_rowById.reserve(m_rows.size());
        reindexFrom(0);
    }

    void reindexFrom(int first)
    {
        const auto id = m_columns.id();
        for (int i = first; i < m_rows.size(); ++i)
            m_rowById.insert(id(m_rows.at(i)), i + m_dropped);
    }

    Columns m_columns;
    Lister m_lister;
    QVector<R> m_rows;
    // Position of each id counted from the first row ever kept: row + m_dropped (dropping the oldest rows
    // then costs no re-indexing).
    QHash<QString, qint64> m_rowById;
    qint64 m_dropped = 0;
    bool m_sequentialWanted = false;
    bool m_sequential = false;   // setSequentialIds() in effect: m_rowById is empty, row = id - m_firstOrdinal
    qint64 m_firstOrdinal = 0;   // the id of row 0 while m_sequential
    QVector<int> m_rank;   // parallel to m_rows while m_rankColumn >= 0; -1 = unranked
    int m_rankColumn = -1;
    int m_unranked = 0;
};
