// SPDX-License-Identifier: GPL-3.0-or-later
#include "mau/MauPoolPicker.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPushButton>
#include <QVBoxLayout>
#include <QWidgetAction>

MauPoolPicker::MauPoolPicker(QWidget *parent)
    : QToolButton(parent)
{
    setPopupMode(QToolButton::InstantPopup);
    setToolButtonStyle(Qt::ToolButtonTextOnly);

    m_menu = new QMenu(this);
    auto *panel = new QWidget(m_menu);
    auto *layout = new QVBoxLayout(panel);
    layout->setContentsMargins(6, 6, 6, 6);
    m_filter = new QLineEdit(panel);
    m_filter->setClearButtonEnabled(true);
    layout->addWidget(m_filter);
    m_list = new QListWidget(panel);
    m_list->setObjectName(QStringLiteral("poolList"));
    m_list->setMinimumWidth(280);
    m_list->setUniformItemSizes(true);
    layout->addWidget(m_list);
    auto *buttons = new QHBoxLayout;
    m_allButton = new QPushButton(panel);
    m_noneButton = new QPushButton(panel);
    buttons->addWidget(m_allButton);
    buttons->addWidget(m_noneButton);
    buttons->addStretch();
    layout->addLayout(buttons);
    auto *action = new QWidgetAction(m_menu);
    action->setDefaultWidget(panel);
    m_menu->addAction(action);
    setMenu(m_menu);

    connect(m_menu, &QMenu::aboutToShow, this, [this] { m_filter->setFocus(); });
    connect(m_menu, &QMenu::aboutToHide, this, &MauPoolPicker::commit);
    connect(m_allButton, &QPushButton::clicked, this, [this] { setAllChecked(true); });
    connect(m_noneButton, &QPushButton::clicked, this, [this] { setAllChecked(false); });
    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        for (int i = 0; i < m_list->count(); ++i) {
            QListWidgetItem *item = m_list->item(i);
            item->setHidden(!text.isEmpty() && !item->text().contains(text, Qt::CaseInsensitive)
                            && !item->data(Qt::UserRole).toString().contains(text, Qt::CaseInsensitive));
        }
    });
    connect(m_list, &QListWidget::itemChanged, this, [this] {
        QStringList checked;
        for (int i = 0; i < m_list->count(); ++i)
            if (m_list->item(i)->checkState() == Qt::Checked)
                checked << m_list->item(i)->data(Qt::UserRole).toString();
        m_all = !m_pools.isEmpty() && checked.size() == m_pools.size();
        m_checked = m_all ? QStringList() : checked;
        updateText();
    });
    retranslate();
}

void MauPoolPicker::setPools(const QList<MauPool> &pools)
{
    m_pools = pools;
    if (!m_all) {
        QStringList kept;
        for (const MauPool &pool : pools)
            if (m_checked.contains(pool.uid))
                kept << pool.uid;
        m_checked = kept;
    }
    rebuildList();
}

bool MauPoolPicker::allSelected() const
{
    return m_all;
}

QStringList MauPoolPicker::selectedUids() const
{
    if (!m_all)
        return m_checked;
    QStringList uids;
    for (const MauPool &pool : m_pools)
        uids << pool.uid;
    return uids;
}

void MauPoolPicker::setSelectedUids(const QStringList &uids)
{
    m_all = uids.isEmpty();
    m_checked = uids;
    m_committedAll = m_all;
    m_committed = m_checked;
    rebuildList();
}

void MauPoolPicker::selectAll()
{
    setAllChecked(true);
    commit();
}

void MauPoolPicker::rebuildList()
{
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    for (const MauPool &pool : std::as_const(m_pools)) {
        auto *item = new QListWidgetItem(pool.displayName(), m_list);
        item->setData(Qt::UserRole, pool.uid);
        item->setToolTip(tr("UID: %1").arg(pool.uid));
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(m_all || m_checked.contains(pool.uid) ? Qt::Checked : Qt::Unchecked);
    }
    updateText();
}

void MauPoolPicker::setAllChecked(bool checked)
{
    {
        const QSignalBlocker blocker(m_list);
        for (int i = 0; i < m_list->count(); ++i)
            m_list->item(i)->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
    }
    m_all = checked;
    m_checked.clear();
    updateText();
}

void MauPoolPicker::commit()
{
    if (m_all == m_committedAll && (m_all || m_checked == m_committed))
        return;
    m_committedAll = m_all;
    m_committed = m_checked;
    emit selectionChanged(m_all, m_all ? QStringList() : m_checked);
}

void MauPoolPicker::updateText()
{
    if (m_pools.isEmpty())
        setText(tr("Pools"));
    else if (m_all)
        setText(tr("Pools: all (%1)").arg(m_pools.size()));
    else if (m_checked.isEmpty())
        setText(tr("Pools: none"));
    else
        setText(tr("Pools: %1 of %2").arg(m_checked.size()).arg(m_pools.size()));
}

void MauPoolPicker::retranslate()
{
    setToolTip(tr("Choose the user pools the chart and table show"));
    m_filter->setPlaceholderText(tr("Filter pools"));
    m_filter->setAccessibleName(tr("Filter pools"));
    m_list->setAccessibleName(tr("User pools to show"));
    m_list->setAccessibleDescription(tr("Check the user pools the chart and table show"));
    m_allButton->setText(tr("All"));
    m_noneButton->setText(tr("None"));
    for (int i = 0; i < m_list->count(); ++i)
        m_list->item(i)->setToolTip(tr("UID: %1").arg(m_list->item(i)->data(Qt::UserRole).toString()));
    updateText();
}

void MauPoolPicker::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QToolButton::changeEvent(event);
}
