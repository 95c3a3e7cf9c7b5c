// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/BulkImportExecutor.h"

#include "cloud/BulkRunner.h"
#include "cloud/DirectoryBackend.h"

BulkImportExecutor::BulkImportExecutor(DirectoryBackend *backend, const ImportTarget &target, int concurrency,
                                       QObject *parent)
    : ImportExecutor(parent), m_target(backend, target), m_service(target.service)
{
    init(concurrency);
}

BulkImportExecutor::BulkImportExecutor(PoolDirectoryService *pool, const QString &poolUid, const ImportTarget &target,
                                       int concurrency, QObject *parent)
    : ImportExecutor(parent), m_target(pool, poolUid, target), m_service(target.service)
{
    init(concurrency);
}

void BulkImportExecutor::init(int concurrency)
{
    m_runner = new BulkRunner(this);
    m_runner->setConcurrency(concurrency);
    connect(m_runner, &BulkRunner::itemStarted, this, &ImportExecutor::taskStarted);
    connect(m_runner, &BulkRunner::itemFinished, this, [this](int index, const ApiResult &r) {
        ImportTaskResult out;
        out.ok = r.ok;
        out.error = r.error;
        out.requestId = r.requestId.isEmpty() ? r.error.requestId : r.requestId;
        const ImportTask task = m_tasks.value(index);
        out.userId = task.kind == ImportTask::Kind::Update ? task.userId : ImportBulkTarget::userIdOf(m_service, r.result);
        out.note = m_runner->note(index);
        // Never sent: cancelled before its turn (or refused before sending).
        out.sent = !(r.error.kind == ApiError::Kind::Cancelled && !r.error.ambiguous)
                   && r.error.kind != ApiError::Kind::InvalidInput;
        if (!r.ok && r.error.kind != ApiError::Kind::Cancelled && r.error.ambiguous)
            out.error.ambiguous = true; // a write that may have been applied: reported, never sent again
        emit taskFinished(index, out);
    });
    connect(m_runner, &BulkRunner::finished, this, [this] { emit finished(); });
}

BulkOperation BulkImportExecutor::operation(const QList<ImportTask> &tasks)
{
    QList<BulkOperation::ImportItem> items;
    items.reserve(tasks.size());
    for (const ImportTask &t : tasks) {
        BulkOperation::ImportItem item;
        item.action = t.kind == ImportTask::Kind::Create ? BulkOperation::ImportItem::Action::Create
                                                         : BulkOperation::ImportItem::Action::Update;
        item.row = t.row;
        item.userId = t.userId;
        item.key = t.key.isEmpty() ? t.draft.userName : t.key;
        item.keyField = t.keyField;
        item.draft = t.draft;
        item.fields = t.fields;
        items.append(item);
    }
    return BulkOperation::importUsers(items);
}

void BulkImportExecutor::start(const QList<ImportTask> &tasks)
{
    m_tasks = tasks;
    m_runner->start(operation(tasks), &m_target);
}

void BulkImportExecutor::cancel()
{
    m_runner->cancel();
}

bool BulkImportExecutor::isRunning() const
{
    return m_runner->isRunning();
}

int BulkImportExecutor::inFlight() const
{
    return m_runner->inFlight();
}

void BulkImportExecutor::setCheckDelay(int ms)
{
    m_runner->setVerifyDelay(ms);
}
