// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cloud/BulkRunner.h"
#include <QDialog>
#include <QPointer>

class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;

// The one progress dialog of every batch (retry / delete events, enable / disable / delete users, delete
// groups, add / remove members, enable / disable pools): runs a BulkOperation in the one BulkRunner and shows
// a progress bar, Cancel (nothing new is sent; writes already sent are waited for, and the dialog says so),
// and at the end the BulkSummary: each failure with its item, code and RequestId, items already done or
// already under way, selectable and copyable.
class BulkProgressDialog : public QDialog
{
    Q_OBJECT
public:
    // itemLabels: how each item is named in the summary ("alice (u-123)"); their count is the batch size.
    BulkProgressDialog(const QString &title, const QStringList &itemLabels, QWidget *parent = nullptr);
    ~BulkProgressDialog() override;

    // Runs `operation` against `target` (at most `concurrency` requests at a time).
    void run(const BulkOperation &operation, BulkTarget *target, int concurrency = 4);
    // Closes by itself when every item succeeded (the caller reports success elsewhere, e.g. the status bar).
    void setCloseWhenAllSucceeded(bool on) { m_closeWhenAllSucceeded = on; }

    void cancel();
    // The session went away (profile switch): stops waiting, counts what has not answered as cancelled.
    void abandon();
    bool isRunning() const { return m_running; }
    bool isFinished() const { return m_finished; }
    BulkSummary summary() const { return m_summary; }
    // The title, then BulkSummary::text() with the item labels (what Copy summary copies).
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
    void onProgress(int done, int total);
    void finish();

    QString m_title;
    QStringList m_labels;
    QPointer<BulkRunner> m_runner;
    bool m_running = false;
    bool m_finished = false;
    bool m_cancelRequested = false;
    bool m_throttled = false;
    bool m_closeWhenAllSucceeded = false;
    BulkSummary m_summary;

    QLabel *m_status = nullptr;
    QProgressBar *m_bar = nullptr;
    QPlainTextEdit *m_summaryView = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_cancel = nullptr;
    QPushButton *m_close = nullptr;
    QPushButton *m_copy = nullptr;
};
