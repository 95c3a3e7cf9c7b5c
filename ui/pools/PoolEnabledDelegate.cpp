// SPDX-License-Identifier: GPL-3.0-or-later
#include "pools/PoolEnabledDelegate.h"

#include "models/UserPoolModel.h"
#include <QFile>
#include <QIcon>

namespace {
QIcon icon(const char *name)
{
    const QString path = QStringLiteral(":/icons/%1.svg").arg(QLatin1String(name));
    return QFile::exists(path) ? QIcon(path) : QIcon();
}
}

PoolEnabledDelegate::PoolEnabledDelegate(QObject *parent)
    : QStyledItemDelegate(parent), m_enabled(icon("enable")), m_disabled(icon("disable"))
{
}

void PoolEnabledDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    const int state = index.data(UserPoolModel::EnabledStateRole).toInt();
    const bool selected = option->state & QStyle::State_Selected;
    if (state == 1) {
        option->features |= QStyleOptionViewItem::HasDecoration;
        option->icon = m_enabled;
        if (!selected)
            option->palette.setColor(QPalette::Text, QColor(0x1b, 0x7f, 0x3b));
    } else if (state == 0) {
        option->features |= QStyleOptionViewItem::HasDecoration;
        option->icon = m_disabled;
        if (!selected)
            option->palette.setColor(QPalette::Text, option->palette.color(QPalette::Disabled, QPalette::Text));
    } else if (!selected) {
        option->palette.setColor(QPalette::Text, option->palette.color(QPalette::Disabled, QPalette::Text));
    }
    option->decorationSize = QSize(14, 14);
}
