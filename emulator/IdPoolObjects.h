// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ApiCall.h"
#include "ApiResult.h"
#include "DataStore.h"
#include "EntityTable.h"
#include "IdPoolScope.h"

#include <QJsonObject>
#include <QString>

namespace emu {

// The life cycle that the objects inside a user pool share (applications, identity providers): each is named by
// a uid parameter (ClientUid, ConnectionUid) next to UserPoolUid, lives in a per-pool EntityTable of the
// DataStore, and counts towards the pool's totals. T needs id, createTime, updateTime and seq.
template <class T>
class IdPoolObjects
{
public:
    using TableOf = EntityTable<T> &(DataStore::*)(const QString &poolUid);

    struct InPool
    {
        IdUserPool &pool;
        T &object;
    };

    IdPoolObjects(const IdPoolScope &scope, TableOf tableOf, QString uidKey, QString kind)
        : m_scope(scope), m_tableOf(tableOf), m_uidKey(std::move(uidKey)), m_kind(std::move(kind))
    {
    }

    EntityTable<T> &table(const IdUserPool &pool) const { return (m_scope.store().*m_tableOf)(pool.id); }

    // The pool (UserPoolUid) and the object (the uid parameter) a request names, or 404 NotFound for either.
    InPool require(const ParamReader &params) const
    {
        IdUserPool &pool = m_scope.requirePool(params);
        const QString uid = params.requiredString(m_uidKey, 128);
        T *object = table(pool).find(uid);
        if (!object)
            IdPoolScope::notFound(m_kind, uid);
        return {pool, *object};
    }

    // Stamps (times, seq), stores and counts a new object whose id is set; returns the stored object.
    const T &add(IdUserPool &pool, T object, qint64 nowMs) const
    {
        object.createTime = object.updateTime = nowMs;
        object.seq = m_scope.store().nextSeq();
        const T &stored = table(pool).append(std::move(object));
        m_scope.syncCounters(pool);
        return stored;
    }

    // `edit` changes a copy (and may throw, leaving the object as it was); the copy is stamped and stored.
    template <class Edit>
    const T &update(T &object, qint64 nowMs, Edit edit) const
    {
        T updated = object;
        edit(updated);
        updated.updateTime = nowMs;
        object = updated;
        return object;
    }

    // Deletes the object a request names; answers {"Message": message}.
    ApiResult remove(const ApiCall &call, const QString &message) const
    {
        const InPool found = require(call.params);
        const QString uid = found.object.id;
        table(found.pool).remove(uid);
        m_scope.syncCounters(found.pool);
        return QJsonObject{{QStringLiteral("Message"), message}};
    }

private:
    const IdPoolScope &m_scope;
    TableOf m_tableOf;
    QString m_uidKey;
    QString m_kind;
};

} // namespace emu
