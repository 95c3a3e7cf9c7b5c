// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/PaneStateWidget.h"

#include <QEvent>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QStackedLayout>
#include <QVBoxLayout>

namespace {
QLabel *centeredLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setAlignment(Qt::AlignCenter);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}
}

PaneStateWidget::PaneStateWidget(QWidget *content, QWidget *parent)
    : QWidget(parent), m_content(content)
{
    m_stack = new QStackedLayout(this);
    m_stack->setContentsMargins(0, 0, 0, 0);
    m_stack->addWidget(content);

    m_busyPage = new QWidget(this);
    auto *busyLayout = new QVBoxLayout(m_busyPage);
    busyLayout->addStretch();
    m_busyLabel = centeredLabel(m_busyPage);
    busyLayout->addWidget(m_busyLabel);
    auto *bar = new QProgressBar(m_busyPage);
    bar->setRange(0, 0);
    bar->setMaximumWidth(240);
    busyLayout->addWidget(bar, 0, Qt::AlignHCenter);
    busyLayout->addStretch();
    m_stack->addWidget(m_busyPage);

    m_emptyPage = new QWidget(this);
    auto *emptyLayout = new QVBoxLayout(m_emptyPage);
    emptyLayout->addStretch();
    m_emptyLabel = centeredLabel(m_emptyPage);
    emptyLayout->addWidget(m_emptyLabel);
    m_emptyButton = new QPushButton(m_emptyPage);
    emptyLayout->addWidget(m_emptyButton, 0, Qt::AlignHCenter);
    emptyLayout->addStretch();
    connect(m_emptyButton, &QPushButton::clicked, this, &PaneStateWidget::emptyActionRequested);
    m_stack->addWidget(m_emptyPage);

    m_errorPage = new QWidget(this);
    auto *errorLayout = new QVBoxLayout(m_errorPage);
    errorLayout->addStretch();
    m_errorTitle = centeredLabel(m_errorPage);
    QFont f = m_errorTitle->font();
    f.setBold(true);
    m_errorTitle->setFont(f);
    errorLayout->addWidget(m_errorTitle);
    m_errorLabel = centeredLabel(m_errorPage);
    errorLayout->addWidget(m_errorLabel);
    m_errorDetails = centeredLabel(m_errorPage);
    m_errorDetails->setObjectName(QStringLiteral("errorDetails"));
    errorLayout->addWidget(m_errorDetails);
    m_retryButton = new QPushButton(m_errorPage);
    m_retryButton->setObjectName(QStringLiteral("retryButton"));
    errorLayout->addWidget(m_retryButton, 0, Qt::AlignHCenter);
    errorLayout->addStretch();
    connect(m_retryButton, &QPushButton::clicked, this, &PaneStateWidget::retryRequested);
    m_stack->addWidget(m_errorPage);

    retranslate();
}

void PaneStateWidget::showContent()
{
    m_state = State::Content;
    m_stack->setCurrentWidget(m_content);
}

void PaneStateWidget::showBusy(const QString &text)
{
    m_state = State::Busy;
    m_busyText = text;
    m_busyLabel->setText(text.isEmpty() ? tr("Loading…") : text);
    m_stack->setCurrentWidget(m_busyPage);
}

void PaneStateWidget::showEmpty(const QString &text, const QString &actionText)
{
    m_state = State::Empty;
    m_emptyLabel->setText(text);
    m_emptyButton->setText(actionText);
    m_emptyButton->setVisible(!actionText.isEmpty());
    m_stack->setCurrentWidget(m_emptyPage);
}

void PaneStateWidget::showError(const ApiError &error)
{
    m_state = State::Error;
    m_error = error;
    retranslate();
    m_stack->setCurrentWidget(m_errorPage);
}

QString PaneStateWidget::messageText() const
{
    switch (m_state) {
    case State::Busy: return m_busyLabel->text();
    case State::Empty: return m_emptyLabel->text();
    case State::Error: return m_errorLabel->text() + QLatin1Char('\n') + m_errorDetails->text();
    case State::Content: break;
    }
    return {};
}

void PaneStateWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void PaneStateWidget::retranslate()
{
    m_errorTitle->setText(tr("The request failed"));
    m_retryButton->setText(tr("Retry"));
    if (m_state == State::Busy && m_busyText.isEmpty())
        m_busyLabel->setText(tr("Loading…"));
    if (m_error.isError()) {
        m_errorLabel->setText(m_error.localizedMessage());
        QStringList details;
        if (!m_error.code.isEmpty())
            details << tr("Code: %1").arg(m_error.code);
        if (m_error.httpStatus)
            details << tr("HTTP %1").arg(m_error.httpStatus);
        if (!m_error.requestId.isEmpty())
            details << tr("RequestId: %1").arg(m_error.requestId);
        m_errorDetails->setText(details.join(QStringLiteral(" · ")));
    }
}
