// SPDX-License-Identifier: GPL-3.0-or-later
#include "cloud/MauLoader.h"

#include "api/ApiClient.h"
#include "api/ApiResult.h"
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

void MauLoader::load(const QList<QDate> &months, const QStringList &selectedUids, bool reloadPools)
{
    cancel();
    m_loading = true;
    m_months = months;
    m_selectedUids = selectedUids;

    if (months.size() > kMaxMonths) {
        failLater(makeError(ApiError::Kind::InvalidInput, QStringLiteral("InvalidParameter.Month"),
                            tr("At most %1 months can be shown at once; %2 were asked for.")
                                .arg(kMaxMonths)
                                .arg(months.size()),
                            QStringLiteral("GetUserPoolMaus")));
        return;
    }
    if (!reloadPools && m_poolsLoaded) {
        fetchMonths();
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
        m_poolsLoaded = true;
        emit poolsLoaded(m_pools);
        if (generation == m_generation) // a slot may have started another load
            fetchMonths();
    });
}

void MauLoader::fetchMonths()
{
    QList<MauPool> selected;
    QStringList uids;
    for (const MauPool &pool : std::as_const(m_pools)) {
        if (m_selectedUids.isEmpty() || m_selectedUids.contains(pool.uid)) {
            selected.append(pool);
            uids.append(pool.uid);
        }
    }
    m_data = MauDataSet(m_months, selected);
    m_pending = 0;
    if (selected.isEmpty() || m_months.isEmpty()) {
        finishLater();
        return;
    }

    const quint64 generation = m_generation;
    m_pending = int(m_months.size());
    for (int i = 0; i < m_months.size(); ++i) {
        // UserPoolService validates the month (YYYY-MM) and answers a refusal asynchronously, like a call.
        m_service->getUserPoolMaus(uids, MauDataSet::monthKey(m_months.at(i)), this,
                                   [this, generation, i](const QHash<QString, double> &mauByUid,
                                                         const QString &answeredMonth, const ApiResult &result) {
                                       onMonth(generation, i, mauByUid, answeredMonth, result);
                                   });
    }
}

void MauLoader::onMonth(quint64 generation, int month, const QHash<QString, double> &mauByUid,
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
    if (!result.ok) {
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
        for (int p = 0; p < m_data.poolCount(); ++p)
            m_data.setValue(month, p, mauByUid.value(m_data.pools().at(p).uid, 0.0));
    }
    --m_pending;
    emit progress(m_data.monthCount() - m_pending, m_data.monthCount());
    if (m_pending == 0 && generation == m_generation) {
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
