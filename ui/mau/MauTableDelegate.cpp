// SPDX-License-Identifier: GPL-3.0-or-later
#include "mau/MauTableDelegate.h"

#include "models/MauTableModel.h"

void MauTableDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    if (index.data(MauTableModel::FailedRole).toBool()) {
        const bool dark = option->palette.color(QPalette::Base).lightness() < 128;
        const QColor error = dark ? QColor(0xEF5350) : QColor(0xC62828);
        option->palette.setColor(QPalette::Text, error);
    }
    if (index.data(MauTableModel::AboveThresholdRole).toBool()) {
        // Above the pool's allowance: a translucent amber behind the figure (readable on light and dark palettes).
        option->backgroundBrush = QColor(255, 160, 40, 90);
        option->font.setBold(true);
    }
    if (index.data(MauTableModel::PartialRole).toBool())
        option->font.setItalic(true);
    if (index.data(MauTableModel::TotalsRowRole).toBool())
        option->font.setBold(true);
}
