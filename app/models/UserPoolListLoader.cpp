// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/UserPoolListLoader.h"

#include "api/ApiResult.h"
#include "cloud/UserPoolService.h"
#include "models/UserPoolModel.h"
#include <algorithm>
#include <climits>

namespace {
QString messageOf(const ApiError &e)
{
    return e.localizedMessage().isEmpty() ? e.message : e.localizedMessage();
}
}

UserPoolListLoader::UserPoolListLoader(UserPoolModel *model, QObject *parent)
    : QObject(parent), m_model(model), m_mauMonth(UserPoolService::currentMonth())
{
    m_readOwner = new QObject(this);
}

void UserPoolListLoader::setService(UserPoolService *service)
{
    m_service = service;
    cancel();
}

void UserPoolListLoader::newGeneration()
{
    delete m_readOwner;   // cancels the reads in flight (never a write)
    m_readOwner = new QObject(this);
    ++m_generation;
    m_detailRequested.clear();
    m_mauRequested.clear();
    m_pendingDetails = 0;
}

void UserPoolListLoader::cancel()
{
    newGeneration();
    m_listing = false;
    m_listFailed = false;
    m_lastListError.clear();
    emit progressChanged();
}

void UserPoolListLoader::setMauMonth(const QString &month)
{
    if (!UserPoolService::isValidMonth(month) || month == m_mauMonth)
        return;
    m_mauMonth = month;
    m_model->clearMaus();
    m_mauRequested.clear();
    if (m_service && !m_listing)
        fetchMaus(m_model->uids());   // while listing, the pages ask for the new month themselves
}

void UserPoolListLoader::noteResult(const ApiResult &result)
{
    if (!result.requestId.isEmpty())
        emit requestIdSeen(result.requestId);
    else if (!result.error.requestId.isEmpty())
        emit requestIdSeen(result.error.requestId);
}

void UserPoolListLoader::load()
{
    if (!m_service)
        return;
    newGeneration();
    const quint64 generation = m_generation;
    m_listing = true;
    m_listFailed = false;
    m_lastListError.clear();
    emit progressChanged();
    m_service->listUserPools(
        m_readOwner,
        [this, generation](const QList<UserPool> &pools, const ApiResult &result) {
            if (generation != m_generation)
                return;
            m_listing = false;
            noteResult(result);
            if (!result.ok) {
                if (result.error.kind != ApiError::Kind::Cancelled) {
                    m_listFailed = true;
                    m_lastListError = messageOf(result.error);
                }
                emit progressChanged();
                emit listFinished(false, result.error);
                return;
            }
            m_model->upsertListItems(pools);
            QSet<QString> uids;
            QStringList order;
            for (const UserPool &p : pools) {
                uids.insert(p.uid);
                order << p.uid;
            }
            m_model->retainOnly(uids);
            fetchDetails(order);
            fetchMaus(order);
            emit progressChanged();
            emit listFinished(true, ApiError());
        },
        [this, generation](const QList<UserPool> &pools, int, qint64) {
            if (generation != m_generation)
                return;
            m_model->upsertListItems(pools);
            emit pageLoaded(int(pools.size()));
            QStringList uids;
            for (const UserPool &p : pools)
                uids << p.uid;
            fetchDetails(uids);
            fetchMaus(uids);
        });
}

void UserPoolListLoader::fetchDetails(const QStringList &uids)
{
    if (!m_service)
        return;
    // Visible rows first, in the order the person sees them.
    QList<QPair<int, QString>> todo;
    for (const QString &uid : uids) {
        if (uid.isEmpty() || m_detailRequested.contains(uid))
            continue;
        m_detailRequested.insert(uid);
        const int row = m_model->rowOfUid(uid);
        const int shown = row >= 0 && m_priority ? m_priority(row) : row;
        todo.append({shown < 0 ? INT_MAX : shown, uid});
    }
    std::stable_sort(todo.begin(), todo.end(),
                     [](const QPair<int, QString> &a, const QPair<int, QString> &b) { return a.first < b.first; });
    const quint64 generation = m_generation;
    for (const auto &item : std::as_const(todo)) {
        const QString uid = item.second;
        ++m_pendingDetails;
        m_service->getUserPool(uid, m_readOwner, [this, uid, generation](const UserPool &pool, const ApiResult &r) {
            if (generation != m_generation)
                return;
            --m_pendingDetails;
            noteResult(r);
            if (r.ok) {
                if (m_model->rowOfUid(uid) >= 0 && pool.isValid())
                    m_model->upsertPool(pool);
            } else if (r.error.isNotFound(ErrorClassification::Resource::UserPool, uid)) {
                m_model->removePool(uid);   // deleted meanwhile
                emit poolRemoved(uid);
            } else if (r.error.kind != ApiError::Kind::Cancelled) {
                const QString message = messageOf(r.error);
                m_model->setDetailError(uid, r.error.code.isEmpty()
                                                 ? message
                                                 : message + QStringLiteral(" (") + r.error.code + QLatin1Char(')'));
            }
            emit progressChanged();
        });
    }
    emit progressChanged();
}

void UserPoolListLoader::fetchMaus(const QStringList &uids)
{
    if (!m_service)
        return;
    QStringList todo;
    for (const QString &uid : uids) {
        if (uid.isEmpty() || m_mauRequested.contains(uid))
            continue;
        m_mauRequested.insert(uid);
        todo << uid;
    }
    const quint64 generation = m_generation;
    for (int i = 0; i < todo.size(); i += 100) {
        const QStringList chunk = todo.mid(i, 100);
        const QString requested = m_mauMonth;
        m_service->getUserPoolMaus(chunk, requested, m_readOwner,
                                   [this, generation, requested](const QHash<QString, double> &maus,
                                                                 const QString &month, const ApiResult &r) {
                                       if (generation != m_generation || requested != m_mauMonth)
                                           return;   // a newer load or another month was asked for since
                                       noteResult(r);
                                       if (r.ok)
                                           m_model->setMaus(maus, month);
                                       else if (r.error.kind != ApiError::Kind::Cancelled)
                                           emit mauFailed(messageOf(r.error));
                                       emit progressChanged();
                                   });
    }
}
