// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QIcon>
#include <QStyledItemDelegate>

// Paints the Enabled column of the user pools table: a green check for enabled, a grey pause sign for
// disabled, a muted "…" while the state is being read (UserPoolModel::EnabledStateRole).
class PoolEnabledDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    explicit PoolEnabledDelegate(QObject *parent = nullptr);

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;

private:
    QIcon m_enabled;
    QIcon m_disabled;
};
