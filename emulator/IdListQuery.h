// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ApiResult.h"
#include "JsonWriter.h"
#include "Paging.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringList>

#include <algorithm>
#include <optional>
#include <vector>

namespace emu {

class ParamReader;

// The page-number lists of `id` (ListUserPools, ListUserPoolClients, ListIdentityProviders): PageNumber and
// PageSize (required), SortField / SortDirection, the string fields of Filter, and the answer
// {PageNumber, PageSize, TotalCount, Data[]}. Each read* step reads its parameters when it is called, so the order
// of the calls is the order in which a request's errors are found.
class IdListQuery
{
public:
    // Reads PageNumber (>= 1) and PageSize (1..100).
    explicit IdListQuery(const ParamReader &params);

    // SortField (one of `fields`) and SortDirection (Asc / Desc).
    void readSort(const QStringList &fields);
    // The Filter object; false when there is none.
    bool readFilter();
    // A string of the Filter: empty when absent or null, InvalidParameter.Filter.<key> when not a string.
    QString filterString(const char *key) const;
    QJsonValue filterValue(const QString &key) const { return m_filter.value(key); }

    // Stable sort by SortField: Name, UpdateTime, or CreateTime as `createKey(item)` gives it; without a
    // SortField, Desc reverses the creation order.
    template <class T, class CreateKey>
    void sort(std::vector<const T *> &items, CreateKey createKey) const
    {
        if (m_sortField) {
            const QString field = *m_sortField;
            const bool desc = m_descending;
            std::stable_sort(items.begin(), items.end(), [&](const T *a, const T *b) {
                if (field == QLatin1String("Name"))
                    return desc ? a->name > b->name : a->name < b->name;
                const qint64 ta = field == QLatin1String("UpdateTime") ? a->updateTime : createKey(*a);
                const qint64 tb = field == QLatin1String("UpdateTime") ? b->updateTime : createKey(*b);
                return desc ? ta > tb : ta < tb;
            });
        } else if (m_descending) {
            std::reverse(items.begin(), items.end());
        }
    }

    // The requested page of `matched`; writeItem(JsonWriter &, const T &) writes one Data[] item.
    template <class T, class WriteItem>
    ApiResult page(const std::vector<const T *> &matched, WriteItem writeItem) const
    {
        const auto page = Paging::byPageNumber<T>(matched, m_pageNumber, m_pageSize);
        JsonWriter w;
        w.beginObject().field("PageNumber", m_pageNumber).field("PageSize", m_pageSize).field("TotalCount", page.total);
        w.key("Data").beginArray();
        for (const T *item : page.items)
            writeItem(w, *item);
        w.endArray().endObject();
        return ApiResult::fromRawJson(w.take());
    }

private:
    const ParamReader &m_params;
    qint64 m_pageNumber = 1;
    qint64 m_pageSize = 10;
    std::optional<QString> m_sortField;
    bool m_descending = false;
    QJsonObject m_filter;
};

} // namespace emu
