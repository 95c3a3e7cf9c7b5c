// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/DirectoryImportExecutor.h"

#include "cloud/DirectoryBackend.h"
#include "cloud/VerifiedCreate.h"
#include <QTimer>

DirectoryImportExecutor::DirectoryImportExecutor(DirectoryBackend *backend, int concurrency, QObject *parent)
    : ImportExecutor(parent), m_backend(backend), m_concurrency(qMax(1, concurrency))
{
}

void DirectoryImportExecutor::start(const QList<ImportTask> &tasks)
{
    m_tasks = tasks;
    m_finished = QList<bool>(tasks.size(), false);
    m_next = 0;
    m_inFlight = 0;
    m_done = 0;
    m_running = true;
    m_cancelling = false;
    QTimer::singleShot(0, this, [this] { pump(); });
}

void DirectoryImportExecutor::pump()
{
    if (!m_running)
        return;
    while (!m_cancelling && m_inFlight < m_concurrency && m_next < m_tasks.size())
        runTask(m_next++);
    if (m_cancelling) {
        // Tasks never sent end now; the ones in flight are waited for.
        while (m_next < m_tasks.size()) {
            const int i = m_next++;
            ImportTaskResult r;
            r.sent = false;
            r.error = ApiError::make(ApiError::Kind::Cancelled, QStringLiteral("Cancelled"),
                                     tr("Not sent: the import was cancelled."));
            taskDone(i, r);
        }
    }
    if (m_done == m_tasks.size() && m_inFlight == 0 && m_running) {
        m_running = false;
        emit finished();
    }
}

void DirectoryImportExecutor::runTask(int index)
{
    const ImportTask task = m_tasks.at(index);
    ++m_inFlight;
    emit taskStarted(index);
    if (!m_backend) {
        ImportTaskResult r;
        r.sent = false;
        r.error = ApiError::make(ApiError::Kind::InvalidInput, QStringLiteral("NotConnected"), tr("Not connected."));
        QTimer::singleShot(0, this, [this, index, r] {
            --m_inFlight;
            taskDone(index, r);
            pump();
        });
        return;
    }
    if (task.kind == ImportTask::Kind::Create) {
        VerifiedCreate *vc = VerifiedCreate::createUser(m_backend, task.draft, this,
                                                        VerifiedCreate::Callback([this, index](const VerifiedCreate::Outcome &o) {
            ImportTaskResult r;
            r.ok = o.ok();
            r.error = o.write.error;
            r.requestId = o.write.requestId.isEmpty() ? o.write.error.requestId : o.write.requestId;
            r.userId = o.write.result.value(QStringLiteral("UserId")).toString();
            if (o.resolution == VerifiedCreate::Resolution::Verified || o.resolution == VerifiedCreate::Resolution::Recreated
                || !o.unknownOutcomes.isEmpty())
                r.note = o.report();
            // A cancelled create that was never sent (VerifiedCreate's first create still queued) is not ambiguous.
            r.sent = o.creates > 0 && !(o.write.error.kind == ApiError::Kind::Cancelled && !o.write.error.ambiguous);
            --m_inFlight;
            taskDone(index, r);
            pump();
        }));
        vc->setCheckDelay(m_checkDelayMs);
        return;
    }
    m_backend->updateUser(task.userId, task.draft, this, [this, index, task](const WriteResult &w) {
        ImportTaskResult r;
        r.ok = w.ok();
        r.error = w.error;
        r.requestId = w.requestId.isEmpty() ? w.error.requestId : w.requestId;
        r.userId = task.userId;
        r.sent = !(w.error.kind == ApiError::Kind::Cancelled && !w.error.ambiguous)
                 && w.error.kind != ApiError::Kind::InvalidInput;
        if (!w.ok() && VerifiedCreate::isUnknownOutcome(w.error))
            r.error.ambiguous = true; // the update may have been applied: reported, never sent again
        --m_inFlight;
        taskDone(index, r);
        pump();
    });
}

void DirectoryImportExecutor::taskDone(int index, const ImportTaskResult &result)
{
    if (index < 0 || index >= m_finished.size() || m_finished.at(index))
        return;
    m_finished[index] = true;
    ++m_done;
    emit taskFinished(index, result);
}

void DirectoryImportExecutor::cancel()
{
    if (!m_running || m_cancelling)
        return;
    // Writes already sent are not aborted (their outcome would become unknown): they are waited for.
    m_cancelling = true;
    QTimer::singleShot(0, this, [this] { pump(); });
}
