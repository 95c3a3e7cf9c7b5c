// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "import/ImportExecutor.h"
#include <QPointer>

class DirectoryBackend;
class VerifiedCreate;
class ApiCall;

// ImportExecutor for Cloud Identity and CloudSSO: creates through VerifiedCreate (an unknown outcome is resolved
// by looking the name up, never by sending blindly again), updates through DirectoryBackend::updateUser (an
// ambiguous update is reported, not re-sent). At most `concurrency` tasks in flight (default 4); Cloud Identity
// writes are further serialised by the backend's write queue.
class DirectoryImportExecutor : public ImportExecutor
{
    Q_OBJECT
public:
    explicit DirectoryImportExecutor(DirectoryBackend *backend, int concurrency = 4, QObject *parent = nullptr);

    void start(const QList<ImportTask> &tasks) override;
    void cancel() override;
    bool isRunning() const override { return m_running; }
    int inFlight() const override { return m_inFlight; }
    // Delay before VerifiedCreate's look-up after an unknown outcome (tests shorten it).
    void setCheckDelay(int ms) { m_checkDelayMs = ms; }

private:
    void pump();
    void runTask(int index);
    void taskDone(int index, const ImportTaskResult &result);

    QPointer<DirectoryBackend> m_backend;
    int m_concurrency = 4;
    int m_checkDelayMs = 300;
    QList<ImportTask> m_tasks;
    int m_next = 0;
    int m_inFlight = 0;
    int m_done = 0;
    bool m_running = false;
    bool m_cancelling = false;
    QList<bool> m_finished;
};
