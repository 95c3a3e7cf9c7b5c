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

void BulkProgressDialog::run(BulkRunner *runner, const QList<BulkRunner::Item> &items)
{
    m_runner = runner;
    runner->setParent(this);
    m_running = true;
    connect(runner, &BulkRunner::itemFinished, this, [this](int index, const ApiResult &r) {
        onItem(index, r.error, r.requestId, r.result);
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
    runner->start(items);
}

void BulkProgressDialog::runSequence(Step step)
{
    m_step = std::move(step);
    m_running = true;
    m_summary = BulkSummary();
    m_summary.total = int(m_labels.size());
    m_stepOwner = new QObject(this);
    retranslate();
    nextStep();
}

void BulkProgressDialog::nextStep()
{
    if (m_cancelRequested) {
        m_summary.cancelled += int(m_labels.size()) - m_next;
        m_summary.wasCancelled = true;
        for (int i = m_next; i < m_labels.size(); ++i)
            emit itemFailed(i, ApiError::make(ApiError::Kind::Cancelled, QStringLiteral("Cancelled"), QString()));
        m_next = int(m_labels.size());
        finish();
        return;
    }
    if (m_next >= m_labels.size()) {
        finish();
        return;
    }
    const int index = m_next++;
    QPointer<BulkProgressDialog> self(this);
    m_step(index, m_stepOwner, [self, index](const WriteResult &r) {
        if (!self)
            return;
        self->onItem(index, r.error, r.requestId, r.result);
        if (r.error.kind == ApiError::Kind::Cancelled) {
            // The session went away (profile switch): nothing else can be sent.
            ++self->m_summary.cancelled;
            self->m_cancelRequested = true;
        } else if (r.ok())
            ++self->m_summary.succeeded;
        else {
            ++self->m_summary.failed;
            BulkSummary::Failure f;
            f.index = index;
            f.code = r.error.code;
            f.message = r.error.message;
            f.requestId = r.error.requestId.isEmpty() ? r.requestId : r.error.requestId;
            f.httpStatus = r.error.httpStatus;
            f.ambiguous = r.error.ambiguous;
            f.error = r.error;
            self->m_summary.failures.append(f);
        }
        self->onProgress(index + 1, int(self->m_labels.size()));
        // Next item from the event loop, never from inside the previous callback.
        QMetaObject::invokeMethod(self, [self] { if (self) self->nextStep(); }, Qt::QueuedConnection);
    });
}

void BulkProgressDialog::onItem(int index, const ApiError &error, const QString &requestId, const QJsonObject &result)
{
    Q_UNUSED(requestId);
    if (!error.isError())
        emit itemSucceeded(index, result);
    else
        emit itemFailed(index, error);
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
    delete m_stepOwner;   // drops the answer of a step in flight
    m_stepOwner = nullptr;
    m_summary.total = int(m_labels.size());
    const int answered = m_summary.succeeded + m_summary.failed + m_summary.cancelled;
    m_summary.cancelled += qMax(0, m_summary.total - answered);
    m_next = int(m_labels.size());
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
    m_summaryView->setVisible(!m_summary.failures.isEmpty() || m_summary.cancelled > 0);
    retranslate();
    if (m_summaryView->isVisible())
        resize(qMax(width(), 560), qMax(height(), sizeHint().height()));
    emit batchFinished(m_summary);
}

QString BulkProgressDialog::failureLine(const BulkSummary::Failure &f) const
{
    const QString item = m_labels.value(f.index, QStringLiteral("#%1").arg(f.index + 1));
    QString text = f.error.isError() ? f.error.localizedMessage() : f.message;
    if (text.isEmpty())
        text = f.message;
    QString line = QStringLiteral("%1: %2 — %3").arg(item, f.code.isEmpty() ? tr("Error") : f.code, text);
    if (!f.requestId.isEmpty())
        line += QLatin1Char(' ') + tr("(RequestId %1)").arg(f.requestId);
    if (f.ambiguous)
        line += QLatin1Char(' ') + tr("[the outcome is unknown: check before repeating it]");
    return line;
}

QString BulkProgressDialog::summaryText() const
{
    QStringList lines;
    lines << m_title;
    lines << tr("%1 of %2 succeeded, %3 failed, %4 cancelled.")
                 .arg(m_summary.succeeded)
                 .arg(m_summary.total)
                 .arg(m_summary.failed)
                 .arg(m_summary.cancelled);
    if (m_summary.requeued > 0)
        lines << tr("The service throttled the batch; it slowed down and sent %n item(s) again.", nullptr,
                    m_summary.requeued);
    if (!m_summary.failures.isEmpty()) {
        lines << QString() << tr("Failures:");
        for (const BulkSummary::Failure &f : m_summary.failures)
            lines << failureLine(f);
    }
    return lines.join(QLatin1Char('\n'));
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
    m_close->setText(tr("Close"));
    m_summaryView->setAccessibleName(tr("Summary"));
    m_bar->setAccessibleName(tr("Progress"));
    const int total = int(m_labels.size());
    if (m_finished) {
        if (m_summary.failed == 0 && m_summary.cancelled == 0)
            m_status->setText(tr("Done: all %n item(s) succeeded.", nullptr, total));
        else
            m_status->setText(tr("Finished: %1 succeeded, %2 failed, %3 cancelled.")
                                  .arg(m_summary.succeeded)
                                  .arg(m_summary.failed)
                                  .arg(m_summary.cancelled));
        m_summaryView->setPlainText(summaryText());
        return;
    }
    QString text = tr("%1 of %2 done…").arg(m_bar->value()).arg(total);
    if (m_cancelRequested)
        text = tr("Cancelling: waiting for the requests already sent…");
    else if (m_throttled && m_runner)
        text += QLatin1Char(' ') + tr("The service is throttling: slowed down to %n request(s) at a time.", nullptr,
                                      m_runner->currentConcurrency());
    m_status->setText(text);
}
