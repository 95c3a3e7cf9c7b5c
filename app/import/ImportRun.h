// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "import/ImportPlanner.h"
#include "import/ImportRow.h"
#include "import/ImportTarget.h"
#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QPointer>

class DirectoryBackend;
class PoolDirectoryService;
class ExistingUserLookup;
class ImportExecutor;
struct ImportTaskResult;

// One import (or dry run) of parsed rows: looks up which users exist (ExistingUserLookup), plans every row
// (ImportPlanner::plan), then - unless it is a dry run - hands the creates and updates to the ImportExecutor.
// Invalid rows are never sent. cancel() during the look-up ends at once (nothing was written); during the writes
// it sends no further row and waits for the writes already sent (finished() comes after them).
// Row outcomes: created / updated / skipped / invalid / failed / cancelled; dry run: would-create / would-update /
// skipped / invalid.
class ImportRun : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        bool dryRun = false;
        bool updateExisting = false;
        int concurrency = 4;     // CloudSSO; Cloud Identity rows go one at a time (its writes are serialised)
    };
    enum class Phase { Idle, LookingUp, Writing, Finished };
    Q_ENUM(Phase)

    ImportRun(DirectoryBackend *backend, const ImportTarget &target, QObject *parent = nullptr);
    // Agent Identity pool users of `poolUid` (target: ImportTarget::poolUsers()).
    ImportRun(PoolDirectoryService *pool, const QString &poolUid, const ImportTarget &target, QObject *parent = nullptr);

    // Replaces the default BulkImportExecutor (takes ownership). Call before start().
    void setExecutor(ImportExecutor *executor);
    ImportExecutor *executor() const { return m_executor; }

    void start(const QList<ImportRow> &rows, const Options &options);
    void cancel();

    const QList<ImportRow> &rows() const { return m_rows; }
    const ImportTarget &target() const { return m_target; }
    Phase phase() const { return m_phase; }
    bool isRunning() const { return m_phase == Phase::LookingUp || m_phase == Phase::Writing; }
    bool isCancelling() const { return m_cancelling; }
    bool isDryRun() const { return m_options.dryRun; }
    ImportPlanner::Counts counts() const { return ImportPlanner::count(m_rows); }
    // Why the run stopped before writing (look-up failed), tr()'d; empty otherwise.
    QString error() const { return m_error; }
    qint64 elapsedMs() const { return m_phase == Phase::Finished ? m_finalElapsed : (m_elapsed.isValid() ? m_elapsed.elapsed() : 0); }
    int lookupCalls() const { return m_lookupCalls; }
    // A one-line localized summary ("50 created, 0 updated, …").
    QString summaryText() const;

signals:
    void phaseChanged(ImportRun::Phase phase);
    void rowChanged(int index);
    void progress(int done, int total);
    void finished();

private:
    void onLookupFinished(bool ok, const ApiError &error);
    void onTaskFinished(int taskIndex, const ImportTaskResult &result);
    void setPhase(Phase phase);
    void finish();

    QPointer<DirectoryBackend> m_backend;
    QPointer<PoolDirectoryService> m_pool;
    QString m_poolUid;
    ImportTarget m_target;
    Options m_options;
    QList<ImportRow> m_rows;
    QHash<QString, DirectoryUser> m_existing;
    QList<int> m_rowOfTask;
    ExistingUserLookup *m_lookup = nullptr;
    ImportExecutor *m_executor = nullptr;
    Phase m_phase = Phase::Idle;
    bool m_cancelling = false;
    QString m_error;
    QElapsedTimer m_elapsed;
    qint64 m_finalElapsed = 0;
    int m_tasksDone = 0;
    int m_lookupCalls = 0;
};
