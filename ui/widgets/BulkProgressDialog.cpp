// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/BulkProgressDialog.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QElapsedTimer>
#include <QEvent>
#include <QLabel>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

BulkProgressDialog::BulkProgressDialog(const QString &title, const QStringList &itemLabels, QWidget *parent)
    : QDialog(parent), m_title(title), m_labels(itemLabels)
{
    setObjectName(QStringLiteral("bulkProgressDialog"));
    setWindowTitle(title);
    setModal(true);
    setMinimumWidth(480);
    auto *layout = new QVBoxLayout(this);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("bulkStatus"));
    m_status->setWordWrap(true);
    layout->addWidget(m_status);
    m_bar = new QProgressBar(this);
    m_bar->setRange(0, qMax(1, int(itemLabels.size())));
    m_bar->setValue(0);
    layout->addWidget(m_bar);
    m_summaryView = new QPlainTextEdit(this);
    m_summaryView->setObjectName(QStringLiteral("bulkSummary"));
    m_summaryView->setReadOnly(true);
    m_summaryView->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_summaryView->setMinimumHeight(150);
    m_summaryView->hide();
    layout->addWidget(m_summaryView, 1);
    m_buttons = new QDialogButtonBox(this);
    m_copy = m_buttons->addButton(QString(), QDialogButtonBox::ActionRole);
    m_copy->setObjectName(QStringLiteral("copySummaryButton"));
    m_copy->setIcon(QIcon(QStringLiteral(":/icons/copy.svg")));
    m_copy->hide();
    m_cancel = m_buttons->addButton(QDialogButtonBox::Cancel);
    m_close = m_buttons->addButton(QDialogButtonBox::Close);
    m_close->hide();
    layout->addWidget(m_buttons);
    connect(m_cancel, &QPushButton::clicked, this, &BulkProgressDialog::cancel);
    connect(m_close, &QPushButton::clicked, this, &QDialog::accept);
    connect(m_copy, &QPushButton::clicked, this, [this] { QApplication::clipboard()->setText(summaryText()); });
    m_summary.total = int(itemLabels.size());
    retranslate();
}

BulkProgressDialog::~BulkProgressDialog()
{
    if (m_runner && m_runner->isRunning())
        m_runner->cancel();
}

void BulkProgressDialog::run(const BulkOperation &operation, BulkTarget *target, int concurrency)
{
    if (m_running || m_finished)
        return;
    auto *runner = new BulkRunner(this);
    m_runner = runner;
    runner->setConcurrency(concurrency);
    m_running = true;
    connect(runner, &BulkRunner::itemFinished, this, [this](int index, const ApiResult &r) {
        if (r.ok)
            emit itemSucceeded(index, r.result);
        else
            emit itemFailed(index, r.error);
    });
    connect(runner, &BulkRunner::progress, this, &BulkProgressDialog::onProgress);
    connect(runner, &BulkRunner::itemRequeued, this, [this] {
        m_throttled = true;
        retranslate();
    });
    connect(runner, &BulkRunner::concurrencyChanged, this, [this] { retranslate(); });
    connect(runner, &BulkRunner::finished, this, [this](const BulkSummary &s) {
        m_summary = s;
        finish();
    });
    retranslate();
    runner->start(operation, target);
}

void BulkProgressDialog::onProgress(int done, int total)
{
    m_bar->setRange(0, qMax(1, total));
    m_bar->setValue(done);
    retranslate();
}

void BulkProgressDialog::cancel()
{
    if (!m_running)
        return;
    m_cancelRequested = true;
    m_cancel->setEnabled(false);
    if (m_runner)
        m_runner->cancel();
    retranslate();
}

void BulkProgressDialog::abandon()
{
    if (!m_running)
        return;
    m_cancelRequested = true;
    if (m_runner) {
        m_summary = m_runner->summary();
        m_runner->disconnect(this);
        delete m_runner;
    }
    m_summary.total = int(m_labels.size());
    const int answered = m_summary.succeeded + m_summary.failed + m_summary.cancelled + m_summary.alreadyDone
                         + m_summary.alreadyUnderWay;
    m_summary.cancelled += qMax(0, m_summary.total - answered);
    finish();
}

void BulkProgressDialog::reject()
{
    // Escape / the window's close button: cancel while running, close afterwards.
    if (m_running) {
        cancel();
        return;
    }
    QDialog::reject();
}

void BulkProgressDialog::finish()
{
    if (m_finished)
        return;
    m_running = false;
    m_finished = true;
    if (m_cancelRequested)
        m_summary.wasCancelled = true;
    m_bar->setValue(m_bar->maximum());
    m_cancel->hide();
    m_close->show();
    m_close->setDefault(true);
    m_close->setFocus();
    m_copy->show();
    m_summaryView->setPlainText(summaryText());
    m_summaryView->setVisible(!m_summary.failures.isEmpty() || !m_summary.notes.isEmpty() || m_summary.cancelled > 0);
    retranslate();
    if (m_summaryView->isVisible())
        resize(qMax(width(), 560), qMax(height(), sizeHint().height()));
    emit batchFinished(m_summary);
    if (m_closeWhenAllSucceeded && m_summary.succeeded + m_summary.alreadyDone == m_summary.total)
        accept();
}

QString BulkProgressDialog::summaryText() const
{
    return m_title + QLatin1Char('\n') + m_summary.text(m_labels);
}

void BulkProgressDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void BulkProgressDialog::retranslate()
{
    m_copy->setText(tr("Copy summary"));
    m_cancel->setText(tr("Cancel"));
    m_cancel->setToolTip(tr("Stop sending: items not sent yet are skipped; requests already sent are waited for."));
    m_cancel->setAccessibleName(tr("Cancel the batch"));
    m_close->setAccessibleName(tr("Close"));
    m_copy->setAccessibleName(tr("Copy summary"));
    m_summaryView->setAccessibleName(tr("Batch summary"));
    m_bar->setAccessibleName(tr("Batch progress"));
    m_close->setText(tr("Close"));
    m_summaryView->setAccessibleName(tr("Summary"));
    m_bar->setAccessibleName(tr("Progress"));
    const int total = int(m_labels.size());
    if (m_finished) {
        if (m_summary.succeeded == total)
            m_status->setText(tr("Done: all %n item(s) succeeded.", nullptr, total));
        else
            m_status->setText(tr("Finished: %1 succeeded, %2 failed, %3 cancelled, %4 already done, %5 already under way.")
                                  .arg(m_summary.succeeded)
                                  .arg(m_summary.failed)
                                  .arg(m_summary.cancelled)
                                  .arg(m_summary.alreadyDone)
                                  .arg(m_summary.alreadyUnderWay));
        m_summaryView->setPlainText(summaryText());
        return;
    }
    QString text = tr("%1 of %2 done…").arg(m_bar->value()).arg(total);
    if (m_cancelRequested)
        text = tr("Cancelling: nothing new is sent; waiting for the %n request(s) already sent to finish (a write "
                  "already sent is never abandoned)…",
                  nullptr, m_runner ? m_runner->inFlight() : 0);
    else if (m_throttled && m_runner)
        text += QLatin1Char(' ') + tr("The service is throttling: slowed down to %n request(s) at a time.", nullptr,
                                      m_runner->currentConcurrency());
    m_status->setText(text);
}
