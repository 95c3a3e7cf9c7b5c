// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "import/ImportBulkTarget.h"
#include "import/ImportExecutor.h"

class BulkRunner;
class DirectoryBackend;
class PoolDirectoryService;

// The import's write step on the shared bulk path: the tasks become one typed BulkOperation::importUsers, run by
// a BulkRunner against an ImportBulkTarget (bounded concurrency, throttle pacing, cancel that waits for sent
// writes, unknown create outcomes settled by looking the user up, never sent blindly again). This class only
// translates tasks to items and the runner's results back to ImportTaskResult.
class BulkImportExecutor : public ImportExecutor
{
    Q_OBJECT
public:
    BulkImportExecutor(DirectoryBackend *backend, const ImportTarget &target, int concurrency = 4,
                       QObject *parent = nullptr);
    BulkImportExecutor(PoolDirectoryService *pool, const QString &poolUid, const ImportTarget &target,
                       int concurrency = 4, QObject *parent = nullptr);

    void start(const QList<ImportTask> &tasks) override;
    void cancel() override;
    bool isRunning() const override;
    int inFlight() const override;
    // Delay before the look-up after an unknown outcome (tests shorten it).
    void setCheckDelay(int ms);
    BulkRunner *runner() const { return m_runner; }

    static BulkOperation operation(const QList<ImportTask> &tasks);

private:
    void init(int concurrency);

    ImportBulkTarget m_target;
    QString m_service;
    BulkRunner *m_runner = nullptr;
    QList<ImportTask> m_tasks;
};
