// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cloud/BulkRunner.h"
#include "cloud/DirectoryBackend.h"
#include <QDialog>
#include <QPointer>
#include <functional>

class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;

// Progress of a batch (enable/disable users, retry/delete events, delete users or groups, add/remove
// members): a progress bar, Cancel (items not started are skipped; writes in flight finish), and at the end
// a summary listing each failure with its item, code and RequestId, selectable and copyable.
// Drives either a BulkRunner (raw requests, bounded concurrency, slows down under throttling) or a sequence
// of DirectoryBackend writes run one at a time.
class BulkProgressDialog : public QDialog
{
    Q_OBJECT
public:
    // One step of a sequence: start the write for item `index` and call `done` with its outcome.
    using Step = std::function<ApiCall *(int index, QObject *owner, DirectoryBackend::WriteCallback done)>;

    // itemLabels: how each item is named in the summary ("alice (u-123)"); their count is the batch size.
    BulkProgressDialog(const QString &title, const QStringList &itemLabels, QWidget *parent = nullptr);
    ~BulkProgressDialog() override;

    // Runs the items through `runner` (reparented to the dialog).
    void run(BulkRunner *runner, const QList<BulkRunner::Item> &items);
    // Runs `step` for every item, one after the other.
    void runSequence(Step step);

    void cancel();
    // The session went away (profile switch): stops waiting, counts what has not answered as cancelled.
    void abandon();
    bool isRunning() const { return m_running; }
    bool isFinished() const { return m_finished; }
    BulkSummary summary() const { return m_summary; }
    QString summaryText() const;
    QStringList itemLabels() const { return m_labels; }
    BulkRunner *runner() const { return m_runner; }

    QProgressBar *progressBar() const { return m_bar; }
    QPushButton *cancelButton() const { return m_cancel; }
    QPushButton *closeButton() const { return m_close; }
    QPushButton *copyButton() const { return m_copy; }
    QPlainTextEdit *summaryView() const { return m_summaryView; }
    QLabel *statusLabel() const { return m_status; }

signals:
    void itemSucceeded(int index, const QJsonObject &result);
    void itemFailed(int index, const ApiError &error);
    void batchFinished(const BulkSummary &summary);

protected:
    void reject() override;
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void onItem(int index, const ApiError &error, const QString &requestId, const QJsonObject &result);
    void onProgress(int done, int total);
    void finish();
    void nextStep();
    QString failureLine(const BulkSummary::Failure &f) const;

    QString m_title;
    QStringList m_labels;
    QPointer<BulkRunner> m_runner;
    Step m_step;
    QObject *m_stepOwner = nullptr;
    int m_next = 0;
    bool m_running = false;
    bool m_finished = false;
    bool m_cancelRequested = false;
    bool m_throttled = false;
    BulkSummary m_summary;

    QLabel *m_status = nullptr;
    QProgressBar *m_bar = nullptr;
    QPlainTextEdit *m_summaryView = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_cancel = nullptr;
    QPushButton *m_close = nullptr;
    QPushButton *m_copy = nullptr;
};
