// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QString>

#include <algorithm>
#include <vector>

namespace emu {

// Records of one kind in creation order (ascending `seq`), with an id index. Positional and seq-based access
// stay O(1) / O(log n), which keeps paging through 100,000 users cheap.
template <class T>
class EntityTable
{
public:
    T *find(const QString &id)
    {
        const auto it = m_index.constFind(id);
        return it == m_index.constEnd() ? nullptr : &m_items[size_t(it.value())];
    }
    const T *find(const QString &id) const
    {
        const auto it = m_index.constFind(id);
        return it == m_index.constEnd() ? nullptr : &m_items[size_t(it.value())];
    }
    bool contains(const QString &id) const { return m_index.contains(id); }

    // The record's seq must be larger than every seq already stored.
    T &append(T item)
    {
        m_index.insert(item.id, int(m_items.size()));
        m_items.push_back(std::move(item));
        return m_items.back();
    }

    bool remove(const QString &id)
    {
        const auto it = m_index.constFind(id);
        if (it == m_index.constEnd())
            return false;
        const int pos = it.value();
        m_index.erase(it);
        m_items.erase(m_items.begin() + pos);
        for (int i = pos; i < int(m_items.size()); ++i)
            m_index[m_items[size_t(i)].id] = i;
        return true;
    }

    // Index of the first record whose seq is greater than `seq`.
    int upperBoundSeq(qint64 seq) const
    {
        const auto it = std::upper_bound(m_items.begin(), m_items.end(), seq,
                                         [](qint64 s, const T &item) { return s < item.seq; });
        return int(it - m_items.begin());
    }

    const std::vector<T> &items() const { return m_items; }
    std::vector<T> &items() { return m_items; }
    int size() const { return int(m_items.size()); }
    void reserve(int n)
    {
        m_items.reserve(size_t(n));
        m_index.reserve(n);
    }
    // After bulk loading (state file): orders by seq and rebuilds the index. False on empty/duplicate ids or seqs.
    bool finalizeLoad()
    {
        std::stable_sort(m_items.begin(), m_items.end(), [](const T &a, const T &b) { return a.seq < b.seq; });
        m_index.clear();
        m_index.reserve(int(m_items.size()));
        for (int i = 0; i < int(m_items.size()); ++i) {
            const T &item = m_items[size_t(i)];
            if (item.id.isEmpty() || m_index.contains(item.id))
                return false;
            if (i > 0 && m_items[size_t(i - 1)].seq == item.seq)
                return false;
            m_index.insert(item.id, i);
        }
        return true;
    }

    void clear()
    {
        m_items.clear();
        m_index.clear();
    }

private:
    std::vector<T> m_items;
    QHash<QString, int> m_index;
};

} // namespace emu
