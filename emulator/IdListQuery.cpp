// SPDX-License-Identifier: GPL-3.0-or-later
#include "IdListQuery.h"

#include "ParamReader.h"

namespace emu {

IdListQuery::IdListQuery(const ParamReader &params) : m_params(params)
{
    m_pageNumber = params.requiredInt(QStringLiteral("PageNumber"), 1, 2147483647);
    m_pageSize = params.requiredInt(QStringLiteral("PageSize"), 1, 100);
}

void IdListQuery::readSort(const QStringList &fields)
{
    m_sortField = m_params.optionalEnum(QStringLiteral("SortField"), fields);
    const auto direction = m_params.optionalEnum(QStringLiteral("SortDirection"),
                                                 {QStringLiteral("Asc"), QStringLiteral("Desc")});
    m_descending = direction && *direction == QLatin1String("Desc");
}

bool IdListQuery::readFilter()
{
    const auto filter = m_params.optionalObject(QStringLiteral("Filter"));
    m_filter = filter.value_or(QJsonObject());
    return filter.has_value();
}

QString IdListQuery::filterString(const char *key) const
{
    const QJsonValue v = m_filter.value(QLatin1String(key));
    if (v.isUndefined() || v.isNull())
        return QString();
    if (!v.isString())
        m_params.throwInvalid(QStringLiteral("Filter.") + QLatin1String(key));
    return v.toString();
}

} // namespace emu
