// SPDX-License-Identifier: GPL-3.0-or-later
#include "cloud/MauLoader.h"

#include "api/ApiClient.h"
#include "api/ApiResult.h"
#include "cloud/MauCache.h"
#include "cloud/UserPoolService.h"

#include <QMetaObject>

namespace {
ApiError makeError(ApiError::Kind kind, const QString &code, const QString &message, const QString &action)
{
    ApiError e = ApiError::make(kind, code, message);
    e.service = ServiceCatalog::name(Service::Id);
    e.action = action;
    return e;
}
}

MauLoader::MauLoader(ApiClient *client, QObject *parent)
    : QObject(parent), m_service(new UserPoolService(client, this))
{
}

MauLoader::~MauLoader()
{
    cancel();
}

void MauLoader::cancel()
{
    ++m_generation;
    m_loading = false;
    m_pending = 0;
    if (ApiClient *client = m_service->client())
        client->cancelAll(this);
}

void MauLoader::setCache(MauCache *cache, const QString &scope)
{
    m_cache = cache;
    m_scope = scope;
}

QDateTime MauLoader::serviceNow() const
{
    ApiClient *client = m_service->client();
    if (m_clock) {
        // Test clock plus what the client learned from the server's Date header.
        const qint64 offset = client ? client->serverNow().toMSecsSinceEpoch() - QDateTime::currentMSecsSinceEpoch() : 0;
        return m_clock().toUTC().addMSecs(client && client->hasServerTime() ? offset : 0);
    }
    return client ? client->serverNow() : QDateTime::currentDateTimeUtc();
}

void MauLoader::loadRecent(int count, const QStringList &selectedUids, bool reloadPools)
{
    load({}, selectedUids, reloadPools);
    m_recentCount = qBound(1, count, int(kMaxMonths));
}

void MauLoader::load(const QList<QDate> &months, const QStringList &selectedUids, bool reloadPools)
{
    cancel();
    m_loading = true;
    m_months = months;
    m_recentCount = 0;
    m_selectedUids = selectedUids;
    m_callsMade = 0;
    m_monthsFromCache = 0;

    if (months.size() > kMaxMonths) {
        failLater(makeError(ApiError::Kind::InvalidInput, QStringLiteral("InvalidParameter.Month"),
                            tr("At most %1 months can be shown at once; %2 were asked for.")
                                .arg(kMaxMonths)
                                .arg(months.size()),
                            QStringLiteral("GetUserPoolMaus")));
        return;
    }
    if (!reloadPools && m_poolsLoaded) {
        const quint64 generation = m_generation;
        // Queued like a call, so that loadRecent() can set the count first.
        QMetaObject::invokeMethod(this, [this, generation] {
            if (generation == m_generation)
                fetchMonths();
        }, Qt::QueuedConnection);
        return;
    }

    const quint64 generation = m_generation;
    m_service->listUserPools(this, [this, generation](const QList<UserPool> &pools, const ApiResult &result) {
        if (generation != m_generation)
            return;
        if (!result.ok) {
            m_loading = false;
            emit failed(result.error);
            return;
        }
        m_pools.clear();
        m_pools.reserve(pools.size());
        for (const UserPool &pool : pools)
            m_pools.append(MauPool{pool.uid, pool.name});
        m_poolDetails = pools;
        m_poolsLoaded = true;
        emit poolsLoaded(m_pools);
        if (generation == m_generation) // a slot may have started another load
            fetchMonths();
    });
}

void MauLoader::fetchMonths()
{
    m_currentMonth = serviceCurrentMonth();
    if (m_recentCount > 0)
        m_months = MauDataSet::lastMonths(m_recentCount, m_currentMonth);

    QList<MauPool> selected;
    QStringList uids;
    m_poolIndex.clear();
    for (const MauPool &pool : std::as_const(m_pools)) {
        if (m_selectedUids.isEmpty() || m_selectedUids.contains(pool.uid)) {
            m_poolIndex.insert(pool.uid, int(selected.size()));
            selected.append(pool);
            uids.append(pool.uid);
        }
    }
    m_data = MauDataSet(m_months, selected);
    m_data.setPartialMonth(int(m_months.indexOf(m_currentMonth)));
    m_pending = 0;
    m_chunksLeft = QList<int>(m_months.size(), 0);
    m_fresh = QList<QHash<QString, std::optional<double>>>(m_months.size());
    if (selected.isEmpty() || m_months.isEmpty()) {
        finishLater();
        return;
    }
    const bool useCache = m_cache && m_cache->isOpen();
    if (useCache && m_refresh)
        m_cache->forget(m_scope);
    m_refresh = false;

    const quint64 generation = m_generation;
    QList<QPair<int, QStringList>> calls;
    for (int i = 0; i < m_months.size(); ++i) {
        const QString key = MauDataSet::monthKey(m_months.at(i));
        QStringList need = uids;
        // Only months that are over at the service are cached: the current one still grows.
        if (useCache && m_months.at(i) < m_currentMonth) {
            const auto cached = m_cache->lookup(m_scope, key, uids);
            if (!cached.isEmpty()) {
                need.clear();
                for (const QString &uid : std::as_const(uids)) {
                    const auto it = cached.constFind(uid);
                    if (it == cached.cend())
                        need.append(uid);
                    else if (it.value())
                        m_data.setValue(i, m_poolIndex.value(uid), *it.value());
                    else
                        m_data.setMissing(i, m_poolIndex.value(uid));
                }
            }
        }
        if (need.isEmpty()) {
            ++m_monthsFromCache;
            continue;
        }
        ++m_pending;
        for (int from = 0; from < need.size(); from += kMaxUidsPerCall) {
            calls.append({i, need.mid(from, kMaxUidsPerCall)});
            ++m_chunksLeft[i];
        }
    }
    if (m_pending == 0) {
        finishLater();
        return;
    }
    for (const auto &call : std::as_const(calls)) {
        const int i = call.first;
        const QStringList chunk = call.second;
        ++m_callsMade;
        // UserPoolService validates the month (YYYY-MM) and answers a refusal asynchronously, like a call.
        m_service->getUserPoolMaus(chunk, MauDataSet::monthKey(m_months.at(i)), this,
                                   [this, generation, i, chunk](const QHash<QString, double> &mauByUid,
                                                                const QString &answeredMonth, const ApiResult &result) {
                                       onChunk(generation, i, chunk, mauByUid, answeredMonth, result);
                                   });
        if (generation != m_generation)
            return;
    }
}

void MauLoader::onChunk(quint64 generation, int month, const QStringList &uids, const QHash<QString, double> &mauByUid,
                        const QString &answeredMonth, const ApiResult &result)
{
    if (generation != m_generation)
        return;
    if (result.error.kind == ApiError::Kind::Cancelled) {
        // Cancelled from outside (ApiClient::cancelAll, e.g. a profile switch): the load as a whole ends.
        cancel();
        emit failed(result.error);
        return;
    }
    const QString asked = MauDataSet::monthKey(m_data.months().at(month));
    if (m_data.isFailed(month)) {
        // Another chunk of this month failed already: the month is shown as failed with the first error.
    } else if (!result.ok) {
        m_data.setError(month, result.error);
    } else if (answeredMonth != asked) {
        // The numbers are for another month: showing them under this label would be wrong.
        ApiError e = makeError(ApiError::Kind::MalformedResponse, QStringLiteral("MalformedResponse"),
                               tr("The service answered for %1 instead of %2.").arg(answeredMonth, asked),
                               QStringLiteral("GetUserPoolMaus"));
        e.requestId = result.requestId;
        e.httpStatus = result.httpStatus;
        m_data.setError(month, e);
    } else {
        // mauByUid has 0 for the pools the answer left out; read the answer itself to tell them apart.
        Q_UNUSED(mauByUid);
        const QHash<QString, double> listed = UserPoolService::parseMaus(result.result, {});
        for (const QString &uid : uids) {
            const int p = m_poolIndex.value(uid, -1);
            const auto it = listed.constFind(uid);
            if (it != listed.cend()) {
                m_data.setValue(month, p, it.value());
                m_fresh[month].insert(uid, it.value());
            } else {
                m_data.setMissing(month, p);
                m_fresh[month].insert(uid, std::nullopt);
            }
        }
    }
    if (--m_chunksLeft[month] == 0)
        monthDone(month);
}

void MauLoader::monthDone(int month)
{
    if (!m_data.isFailed(month) && m_cache && m_data.months().at(month) < m_currentMonth)
        m_cache->store(m_scope, MauDataSet::monthKey(m_data.months().at(month)), m_fresh.at(month));
    m_fresh[month].clear();
    --m_pending;
    emit progress(m_data.monthCount() - m_pending, m_data.monthCount());
    if (m_pending == 0) {
        m_loading = false;
        emit finished(m_data);
    }
}

void MauLoader::finishLater()
{
    const quint64 generation = m_generation;
    QMetaObject::invokeMethod(this, [this, generation] {
        if (generation != m_generation)
            return;
        m_loading = false;
        emit progress(m_data.monthCount(), m_data.monthCount());
        emit finished(m_data);
    }, Qt::QueuedConnection);
}

void MauLoader::failLater(const ApiError &error)
{
    const quint64 generation = m_generation;
    QMetaObject::invokeMethod(this, [this, generation, error] {
        if (generation != m_generation)
            return;
        m_loading = false;
        emit failed(error);
    }, Qt::QueuedConnection);
}
