// SPDX-License-Identifier: GPL-3.0-or-later
#include "IdPoolScope.h"

#include "ApiError.h"
#include "DataStore.h"
#include "ParamReader.h"

namespace emu {

IdUserPool &IdPoolScope::requirePool(const ParamReader &params, const QString &key) const
{
    const QString uid = params.requiredString(key, 128);
    IdUserPool *pool = m_store.pools().find(uid);
    if (!pool)
        notFound(QStringLiteral("UserPool"), uid);
    return *pool;
}

void IdPoolScope::syncCounters(IdUserPool &pool) const
{
    pool.totalClients = m_store.poolClientCount(pool.id);
    pool.totalConnections = m_store.identityProviderCount(pool.id);
}

void IdPoolScope::notFound(const QString &kind, const QString &id)
{
    throw ApiError(404, QStringLiteral("NotFound"), QStringLiteral("Resource not found: %1 %2.").arg(kind, id));
}

} // namespace emu
