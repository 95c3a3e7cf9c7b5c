// SPDX-License-Identifier: GPL-3.0-or-later
#include "cloud/PoolUserDeletion.h"

#include "cloud/PoolDirectoryService.h"
#include <QTimer>

PoolUserDeletion::PoolUserDeletion(PoolDirectoryService *service, const QString &poolUid, const QStringList &uids,
                                   QObject *parent)
    : QObject(parent), m_service(service), m_poolUid(poolUid), m_uids(uids)
{
    m_uids.removeAll(QString());
    m_uids.removeDuplicates();
}

PoolUserDeletion::~PoolUserDeletion() = default;

void PoolUserDeletion::start()
{
    if (m_running || m_position > 0)
        return;
    m_running = true;
    QTimer::singleShot(0, this, &PoolUserDeletion::next);
}

void PoolUserDeletion::cancel()
{
    if (!m_running)
        return;
    m_cancelled = true;
    if (!m_waiting)   // between chunks: finish now; otherwise when the chunk in flight has answered
        QTimer::singleShot(0, this, &PoolUserDeletion::next);
}

void PoolUserDeletion::next()
{
    if (!m_running || m_waiting)
        return;
    if (m_position >= m_uids.size() || m_cancelled || !m_service) {
        for (int i = m_position; i < m_uids.size(); ++i) {
            Failure f;
            f.uid = m_uids.at(i);
            f.cancelled = true;
            f.code = m_service ? QStringLiteral("Cancelled") : QStringLiteral("NoSession");
            f.message = m_service ? tr("Cancelled before it was sent.") : tr("Not connected.");
            m_failures << f;
        }
        m_position = int(m_uids.size());
        m_running = false;
        emit progress(done(), total());
        emit finished();
        return;
    }
    const QStringList chunk = m_uids.mid(m_position, PoolDirectoryService::kMaxDeleteBatch);
    m_position += int(chunk.size());
    ++m_chunksSent;
    m_waiting = true;
    m_call = m_service->deleteUsers(
        m_poolUid, chunk, this, [this, chunk](const DeleteUsersResult &outcome, const ApiResult &result) {
            m_waiting = false;
            m_call = nullptr;
            if (result.ok) {
                m_deleted << outcome.deletedUids;
                for (const DeleteUsersResult::Failure &f : outcome.failures) {
                    Failure out;
                    out.uid = f.uid;
                    out.code = f.field;
                    out.message = f.error.isEmpty() ? tr("The service did not confirm the deletion.") : f.error;
                    m_failures << out;
                }
            } else {
                for (const QString &uid : chunk) {
                    Failure out;
                    out.uid = uid;
                    out.code = result.error.code;
                    out.ambiguous = result.error.ambiguous;
                    out.message = result.error.ambiguous
                                      ? tr("No answer after the request was sent: the user may have been deleted. "
                                           "Refresh to see.")
                                      : result.error.localizedMessage();
                    m_failures << out;
                }
            }
            emit progress(done(), total());
            next();
        });
}
