// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/DetailView.h"

#include "widgets/FocusOrder.h"
#include <QApplication>
#include <QClipboard>
#include <QGridLayout>
#include <QLabel>
#include <QToolButton>

namespace {
// Keys in a quieter colour than the values (but readable, unlike a disabled label).
void secondary(QLabel *label)
{
    QPalette pal = label->palette();
    QColor c = pal.color(QPalette::WindowText);
    c.setAlphaF(0.62);
    pal.setColor(QPalette::WindowText, c);
    label->setPalette(pal);
}
}

DetailView::DetailView(QWidget *parent)
    : QScrollArea(parent)
{
    setWidgetResizable(true);
    setFrameShape(QFrame::NoFrame);
    setMinimumWidth(260);
    m_content = new QWidget(this);
    m_grid = new QGridLayout(m_content);
    m_grid->setContentsMargins(8, 8, 8, 8);
    m_grid->setHorizontalSpacing(8);
    m_grid->setVerticalSpacing(4);
    m_grid->setColumnStretch(1, 1);
    setWidget(m_content);
    m_placeholder = new QLabel(m_content);
    m_placeholder->setObjectName(QStringLiteral("detailPlaceholder"));
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_placeholder->setEnabled(false);
    clear();
}

void DetailView::clear()
{
    // Keep the placeholder, delete everything else.
    while (QLayoutItem *item = m_grid->takeAt(0)) {
        if (QWidget *w = item->widget(); w && w != m_placeholder) {
            // Out of the tree at once (deleted later: clear() may run from one of these rows' own signals), so
            // that the focus chain and findChild() of the next rows never walk the old ones — a loop that only
            // calls processEvents() (tests, benchmarks) runs no deferred deletes, and they piled up.
            w->hide();
            w->setParent(nullptr);
            w->deleteLater();
        }
        delete item;
    }
    m_title = nullptr;
    m_values.clear();
    m_row = 1;
    m_grid->addWidget(m_placeholder, 0, 0, 1, 3);
    m_placeholder->show();
    m_grid->setRowStretch(1, 1);
}

void DetailView::setPlaceholder(const QString &text)
{
    m_placeholder->setText(text);
}

void DetailView::setTitle(const QString &title)
{
    m_placeholder->hide();
    if (!m_title) {
        m_title = new QLabel(m_content);
        m_title->setObjectName(QStringLiteral("detailTitle"));
        QFont f = m_title->font();
        f.setBold(true);
        f.setPointSizeF(f.pointSizeF() * 1.15);
        m_title->setFont(f);
        m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
        m_title->setWordWrap(true);
        m_title->setTextFormat(Qt::PlainText);
        m_grid->addWidget(m_title, 0, 0, 1, 3);
    }
    m_title->setText(title);
}

QString DetailView::title() const
{
    return m_title ? m_title->text() : QString();
}

void DetailView::addSection(const QString &title)
{
    m_placeholder->hide();
    auto *label = new QLabel(title, m_content);
    label->setTextFormat(Qt::PlainText);
    QFont f = label->font();
    f.setBold(true);
    label->setFont(f);
    label->setContentsMargins(0, 8, 0, 0);
    m_grid->setRowStretch(m_row, 0);
    m_grid->addWidget(label, m_row++, 0, 1, 3);
    finishLayout();
}

void DetailView::addRow(const QString &key, const QString &value, bool copyable)
{
    m_placeholder->hide();
    auto *keyLabel = new QLabel(key, m_content);
    keyLabel->setTextFormat(Qt::PlainText);
    keyLabel->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    secondary(keyLabel);
    auto *valueLabel = new QLabel(m_content);
    valueLabel->setObjectName(QStringLiteral("detailValue"));
    valueLabel->setWordWrap(true);
    valueLabel->setAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    valueLabel->setMinimumHeight(22);   // same height with or without a Copy button
    const bool isUrl = value.startsWith(QLatin1String("https://")) || value.startsWith(QLatin1String("http://"));
    if (value.isEmpty()) {
        valueLabel->setTextFormat(Qt::PlainText);
        valueLabel->setText(QStringLiteral("—"));
    } else if (isUrl) {
        valueLabel->setTextFormat(Qt::RichText);
        valueLabel->setText(QStringLiteral("<a href=\"%1\">%2</a>").arg(value.toHtmlEscaped(), value.toHtmlEscaped()));
        valueLabel->setOpenExternalLinks(true);
        valueLabel->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::LinksAccessibleByMouse);
    } else {
        valueLabel->setTextFormat(Qt::PlainText);
        valueLabel->setText(value);
        valueLabel->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    }
    m_grid->setRowStretch(m_row, 0);
    m_grid->addWidget(keyLabel, m_row, 0);
    m_grid->addWidget(valueLabel, m_row, 1);
    if (copyable && !value.isEmpty()) {
        auto *copy = new QToolButton(m_content);
        copy->setObjectName(QStringLiteral("copyButton"));
        copy->setIcon(QIcon(QStringLiteral(":/icons/copy.svg")));
        copy->setAutoRaise(true);
        copy->setIconSize(QSize(14, 14));
        copy->setFixedSize(22, 22);
        copy->setToolTip(tr("Copy %1").arg(key));
        copy->setAccessibleName(tr("Copy %1").arg(key));
        connect(copy, &QToolButton::clicked, this, [this, value] {
            QApplication::clipboard()->setText(value);
            emit copied(value);
        });
        m_grid->addWidget(copy, m_row, 2, Qt::AlignVCenter);
    }
    ++m_row;
    m_values.append({key, value});
    finishLayout();
}

void DetailView::addWidgetRow(const QString &key, QWidget *widget)
{
    m_placeholder->hide();
    auto *keyLabel = new QLabel(key, m_content);
    keyLabel->setTextFormat(Qt::PlainText);
    keyLabel->setAlignment(Qt::AlignRight | Qt::AlignTop);
    secondary(keyLabel);
    widget->setParent(m_content);
    m_grid->setRowStretch(m_row, 0);
    m_grid->addWidget(keyLabel, m_row, 0);
    m_grid->addWidget(widget, m_row, 1, 1, 2);
    ++m_row;
    finishLayout();
}

void DetailView::finishLayout()
{
    m_grid->setRowStretch(m_row, 1);
    FocusOrder::chainAfter(this, m_content);   // Tab: the new rows follow the panel, not the status bar
}

QString DetailView::value(const QString &key) const
{
    for (const auto &kv : m_values)
        if (kv.first == key)
            return kv.second;
    return {};
}

QStringList DetailView::keys() const
{
    QStringList keys;
    for (const auto &kv : m_values)
        keys << kv.first;
    return keys;
}
