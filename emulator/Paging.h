// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <algorithm>
#include <optional>
#include <vector>

namespace emu {

// The two paging styles over records kept in creation order (ascending seq).
//  - page number: PageNumber/PageSize (id, cloudidentity)
//  - token: MaxResults/NextToken (cloudsso, id ListUsers); the token carries the seq of the last record returned,
//    so records created or deleted between calls neither repeat nor get skipped.
class Paging
{
public:
    template <class T>
    struct Page
    {
        std::vector<const T *> items;
        qint64 total = 0;
        bool truncated = false;
        qint64 lastSeq = 0;
    };

    static QString encodeToken(qint64 lastSeq);
    static std::optional<qint64> decodeToken(const QString &token);

    // `matches` is ignored (everything matches) when `filtered` is false, which makes the slice O(1).
    template <class T, class Pred>
    static Page<T> byPageNumber(const std::vector<T> &items, qint64 pageNumber, qint64 pageSize, bool filtered,
                                Pred matches)
    {
        Page<T> page;
        const qint64 start = (pageNumber - 1) * pageSize;
        if (!filtered) {
            page.total = qint64(items.size());
            for (qint64 i = start; i < page.total && i < start + pageSize; ++i)
                page.items.push_back(&items[size_t(i)]);
            return page;
        }
        qint64 index = 0;
        for (const T &item : items) {
            if (!matches(item))
                continue;
            if (index >= start && index < start + pageSize)
                page.items.push_back(&item);
            ++index;
        }
        page.total = index;
        return page;
    }

    // Same over a pre-built (e.g. sorted) list of pointers.
    template <class T>
    static Page<T> byPageNumber(const std::vector<const T *> &items, qint64 pageNumber, qint64 pageSize)
    {
        Page<T> page;
        const qint64 start = (pageNumber - 1) * pageSize;
        page.total = qint64(items.size());
        for (qint64 i = start; i < page.total && i < start + pageSize; ++i)
            page.items.push_back(items[size_t(i)]);
        return page;
    }

    template <class T, class Pred>
    static Page<T> byToken(const std::vector<T> &items, qint64 afterSeq, qint64 maxResults, bool filtered,
                           Pred matches)
    {
        Page<T> page;
        if (!filtered) {
            page.total = qint64(items.size());
            auto it = std::upper_bound(items.begin(), items.end(), afterSeq,
                                       [](qint64 s, const T &item) { return s < item.seq; });
            for (; it != items.end() && qint64(page.items.size()) < maxResults; ++it)
                page.items.push_back(&*it);
            page.truncated = it != items.end();
        } else {
            for (const T &item : items) {
                if (!matches(item))
                    continue;
                ++page.total;
                if (item.seq <= afterSeq)
                    continue;
                if (qint64(page.items.size()) < maxResults)
                    page.items.push_back(&item);
                else
                    page.truncated = true;
            }
        }
        if (!page.items.empty())
            page.lastSeq = page.items.back()->seq;
        return page;
    }
};

} // namespace emu
