// SPDX-License-Identifier: GPL-3.0-or-later
#include "pools/PoolBulkRunner.h"

#include "cloud/UserPoolService.h"
#include <QTimer>

PoolBulkRunner::PoolBulkRunner(UserPoolService *service, const QList<UserPool> &pools, bool enable, QObject *parent)
    : QObject(parent), m_service(service), m_pools(pools), m_enable(enable)
{
    m_outcomes.resize(pools.size());
    for (int i = 0; i < pools.size(); ++i) {
        m_outcomes[i].uid = pools.at(i).uid;
        m_outcomes[i].name = pools.at(i).name;
    }
}

void PoolBulkRunner::start()
{
    if (m_running)
        return;
    m_running = true;
    emit progress(0, total(), QString());
    if (m_pools.isEmpty()) {
        QTimer::singleShot(0, this, [this] {
            m_running = false;
            emit finished();
        });
        return;
    }
    startNext();
}

void PoolBulkRunner::cancel()
{
    if (!m_running || m_cancelled)
        return;
    m_cancelled = true;
    // Everything not started yet is skipped.
    while (m_next < m_pools.size()) {
        const int index = m_next++;
        m_outcomes[index].skipped = true;
        ++m_done;
    }
    emit progress(m_done, total(), QString());
    if (m_active == 0) {
        m_running = false;
        emit finished();
    }
}

QList<PoolBulkRunner::Outcome> PoolBulkRunner::failures() const
{
    QList<Outcome> out;
    for (const Outcome &o : m_outcomes)
        if (!o.ok && !o.skipped)
            out << o;
    return out;
}

int PoolBulkRunner::skippedCount() const
{
    int n = 0;
    for (const Outcome &o : m_outcomes)
        n += o.skipped ? 1 : 0;
    return n;
}

void PoolBulkRunner::startNext()
{
    while (!m_cancelled && m_active < m_concurrency && m_next < m_pools.size()) {
        const int index = m_next++;
        const UserPool pool = m_pools.at(index);
        ++m_active;
        emit progress(m_done, total(), pool.name);
        if (!m_service) {
            Outcome o = m_outcomes.at(index);
            o.error = ApiError::make(ApiError::Kind::Cancelled, QStringLiteral("Cancelled"), tr("Not connected."));
            QTimer::singleShot(0, this, [this, index, o] { complete(index, o); });
            continue;
        }
        m_service->setUserPoolEnabled(pool.uid, m_enable, this, [this, index, pool](const ApiResult &r) {
            Outcome o = m_outcomes.at(index);
            o.requestId = r.requestId;
            if (!r.requestId.isEmpty())
                emit requestIdSeen(r.requestId);
            if (!r.ok) {
                o.error = r.error;
                complete(index, o);
                return;
            }
            o.ok = true;
            if (!m_service) {
                complete(index, o);
                return;
            }
            // Re-read: Enabled is a bool in GetUserPool.
            m_service->getUserPool(pool.uid, this, [this, index, o, pool](const UserPool &fresh, const ApiResult &g) {
                if (!g.requestId.isEmpty())
                    emit requestIdSeen(g.requestId);
                if (g.ok && fresh.isValid()) {
                    emit poolUpdated(fresh);
                } else {
                    // The write succeeded; show the state we asked for.
                    UserPool assumed = pool;
                    assumed.enabled = m_enable;
                    emit poolUpdated(assumed);
                }
                complete(index, o);
            });
        });
    }
}

void PoolBulkRunner::complete(int index, const Outcome &outcome)
{
    m_outcomes[index] = outcome;
    --m_active;
    ++m_done;
    emit progress(m_done, total(), outcome.name);
    if (m_active == 0 && (m_cancelled || m_next >= m_pools.size())) {
        m_running = false;
        emit finished();
        return;
    }
    startNext();
}

QString PoolBulkRunner::describe(const Outcome &o)
{
    QString message = o.error.localizedMessage();
    if (message.isEmpty())
        message = o.error.message;
    QString line = o.name.isEmpty() ? o.uid : o.name;
    line += QStringLiteral(": ");
    if (!o.error.code.isEmpty())
        line += o.error.code + QStringLiteral(" — ");
    line += message;
    const QString rid = o.error.requestId.isEmpty() ? o.requestId : o.error.requestId;
    if (!rid.isEmpty())
        line += QLatin1Char(' ') + tr("(RequestId %1)").arg(rid);
    return line;
}
