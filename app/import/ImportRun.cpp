// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/ImportRun.h"

#include "cloud/DirectoryBackend.h"
#include "cloud/PoolDirectoryService.h"
#include "import/BulkImportExecutor.h"
#include "import/ExistingUserLookup.h"
#include "import/ImportExecutor.h"
#include "import/ImportPlanner.h"
#include <QTimer>

ImportRun::ImportRun(DirectoryBackend *backend, const ImportTarget &target, QObject *parent)
    : QObject(parent), m_backend(backend), m_target(target)
{
}

ImportRun::ImportRun(PoolDirectoryService *pool, const QString &poolUid, const ImportTarget &target, QObject *parent)
    : QObject(parent), m_pool(pool), m_poolUid(poolUid), m_target(target)
{
}

void ImportRun::setExecutor(ImportExecutor *executor)
{
    if (m_executor && m_executor != executor)
        m_executor->deleteLater();
    m_executor = executor;
    if (m_executor)
        m_executor->setParent(this);
}

void ImportRun::setPhase(Phase phase)
{
    if (m_phase == phase)
        return;
    m_phase = phase;
    emit phaseChanged(phase);
}

void ImportRun::start(const QList<ImportRow> &rows, const Options &options)
{
    if (isRunning())
        return;
    m_rows = rows;
    m_options = options;
    m_cancelling = false;
    m_error.clear();
    m_existing.clear();
    m_rowOfTask.clear();
    m_tasksDone = 0;
    m_lookupCalls = 0;
    m_elapsed.start();
    for (ImportRow &r : m_rows) {
        r.outcome = ImportRow::Outcome::None;
        r.code.clear();
        r.message.clear();
        r.messageIsNote = false;
        r.requestId.clear();
        r.userId.clear();
        r.ambiguous = false;
        if (!r.isValid() || r.plan == ImportRow::Plan::Invalid) {
            r.plan = ImportRow::Plan::Invalid;
            r.outcome = ImportRow::Outcome::Invalid;
            r.message = r.errorText(m_target);
        }
    }
    setPhase(Phase::LookingUp);
    for (int i = 0; i < m_rows.size(); ++i)
        emit rowChanged(i);
    if (!m_lookup) {
        m_lookup = m_pool ? new ExistingUserLookup(m_pool, m_poolUid, m_target, this)
                          : new ExistingUserLookup(m_backend, m_target, this);
        connect(m_lookup, &ExistingUserLookup::finished, this, &ImportRun::onLookupFinished);
    }
    m_lookup->start(ImportPlanner::namesToLookUp(m_target, m_rows));
}

void ImportRun::onLookupFinished(bool ok, const ApiError &error)
{
    m_lookupCalls = m_lookup->calls();
    if (!ok) {
        const bool cancelled = error.kind == ApiError::Kind::Cancelled;
        if (!cancelled)
            m_error = tr("Could not check which users exist, so nothing was imported: %1").arg(error.localizedMessage());
        for (int i = 0; i < m_rows.size(); ++i) {
            ImportRow &r = m_rows[i];
            if (r.isFinished())
                continue;
            r.outcome = cancelled ? ImportRow::Outcome::Cancelled : ImportRow::Outcome::Failed;
            r.code = error.code;
            r.message = cancelled ? tr("Not sent: the import was cancelled.") : m_error;
            r.requestId = error.requestId;
            emit rowChanged(i);
        }
        finish();
        return;
    }
    m_existing = m_lookup->found();
    ImportPlanner::plan(m_target, &m_rows, m_existing, m_options.updateExisting);

    QList<ImportTask> tasks;
    for (int i = 0; i < m_rows.size(); ++i) {
        ImportRow &r = m_rows[i];
        switch (r.plan) {
        case ImportRow::Plan::Invalid:
            r.outcome = ImportRow::Outcome::Invalid;
            r.message = r.errorText(m_target);
            break;
        case ImportRow::Plan::Skip:
            r.outcome = ImportRow::Outcome::Skipped;
            r.message = ImportPlanner::noteText(r);
            r.messageIsNote = true;
            r.userId = r.existingId;
            break;
        case ImportRow::Plan::Create:
        case ImportRow::Plan::Update:
            if (m_options.dryRun) {
                r.outcome = r.plan == ImportRow::Plan::Create ? ImportRow::Outcome::WouldCreate : ImportRow::Outcome::WouldUpdate;
                r.message = ImportPlanner::noteText(r);
                r.messageIsNote = true;
                r.userId = r.existingId;
                break;
            }
            {
                ImportTask t;
                t.row = i;
                t.key = m_target.key(r.values);
                t.keyField = m_target.keyHeaderOf(r.values);
                if (r.plan == ImportRow::Plan::Create) {
                    t.kind = ImportTask::Kind::Create;
                    t.draft = m_target.toDraft(r.values);
                    t.fields = r.values;
                } else {
                    t.kind = ImportTask::Kind::Update;
                    t.userId = r.existingId;
                    t.draft = ImportPlanner::updateDraft(m_target, r, m_existing.value(m_target.normalizedKey(m_target.key(r.values))));
                    t.fields = ImportPlanner::changedValues(r); // pool users: changed fields only
                }
                tasks.append(t);
                m_rowOfTask.append(i);
            }
            break;
        case ImportRow::Plan::Pending:
            break;
        }
        emit rowChanged(i);
    }
    if (tasks.isEmpty() || m_options.dryRun) {
        finish();
        return;
    }
    if (!m_executor) {
        // Cloud Identity runs one write at a time anyway (its write queue): hand over one row at a time, so that a
        // cancel leaves no row waiting in that queue, to be sent after the cancel.
        const bool serialised = m_backend && m_backend->serviceName() == QLatin1String("cloudidentity");
        if (m_pool)
            setExecutor(new BulkImportExecutor(m_pool, m_poolUid, m_target, m_options.concurrency));
        else
            setExecutor(new BulkImportExecutor(m_backend, m_target, serialised ? 1 : m_options.concurrency));
    }
    connect(m_executor, &ImportExecutor::taskFinished, this, &ImportRun::onTaskFinished, Qt::UniqueConnection);
    connect(m_executor, &ImportExecutor::finished, this, &ImportRun::finish, Qt::UniqueConnection);
    setPhase(Phase::Writing);
    emit progress(0, int(tasks.size()));
    m_executor->start(tasks);
    if (m_cancelling)
        m_executor->cancel();
}

void ImportRun::onTaskFinished(int taskIndex, const ImportTaskResult &result)
{
    if (taskIndex < 0 || taskIndex >= m_rowOfTask.size())
        return;
    const int i = m_rowOfTask.at(taskIndex);
    ImportRow &r = m_rows[i];
    r.requestId = result.requestId;
    if (!result.userId.isEmpty())
        r.userId = result.userId;
    if (result.ok) {
        r.outcome = r.plan == ImportRow::Plan::Create ? ImportRow::Outcome::Created : ImportRow::Outcome::Updated;
        r.messageIsNote = result.note.isEmpty();
        r.message = result.note.isEmpty() ? ImportPlanner::noteText(r) : result.note;
    } else if (!result.sent && result.error.kind == ApiError::Kind::Cancelled) {
        r.outcome = ImportRow::Outcome::Cancelled;
        r.code = result.error.code;
        r.message = result.error.localizedMessage();
    } else {
        r.outcome = ImportRow::Outcome::Failed;
        r.code = result.error.code;
        r.ambiguous = result.error.ambiguous;
        r.message = result.note.isEmpty() ? result.error.localizedMessage() : result.note;
        if (r.ambiguous && result.note.isEmpty())
            r.message = tr("%1 It may or may not have been applied: check before importing this row again.")
                            .arg(result.error.localizedMessage());
    }
    ++m_tasksDone;
    emit rowChanged(i);
    emit progress(m_tasksDone, int(m_rowOfTask.size()));
}

void ImportRun::cancel()
{
    if (!isRunning() || m_cancelling)
        return;
    m_cancelling = true;
    if (m_phase == Phase::LookingUp && m_lookup && m_lookup->isRunning())
        m_lookup->cancel();
    else if (m_executor)
        m_executor->cancel();
}

void ImportRun::finish()
{
    if (m_phase == Phase::Finished)
        return;
    m_finalElapsed = m_elapsed.elapsed();
    setPhase(Phase::Finished);
    emit finished();
}

QString ImportRun::summaryText() const
{
    const ImportPlanner::Counts c = counts();
    if (m_options.dryRun)
        return tr("Dry run: %1 row(s): %2 would be created, %3 would be updated, %4 skipped, %5 invalid%6.")
            .arg(c.total)
            .arg(c.wouldCreate)
            .arg(c.wouldUpdate)
            .arg(c.skipped)
            .arg(c.invalid)
            .arg(c.failed ? tr(", %1 failed").arg(c.failed) : QString());
    return tr("%1 row(s): %2 created, %3 updated, %4 skipped, %5 invalid, %6 failed, %7 cancelled.")
        .arg(c.total)
        .arg(c.created)
        .arg(c.updated)
        .arg(c.skipped)
        .arg(c.invalid)
        .arg(c.failed)
        .arg(c.cancelled);
}
