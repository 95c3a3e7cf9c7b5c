// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/MauDataSet.h"
#include <QToolButton>

class QListWidget;
class QLineEdit;
class QMenu;
class QPushButton;

// "Pools: All (4)" button with a drop-down checklist of the account's user pools (filter box, All / None).
// The choice is reported when the drop-down closes, so ticking several pools costs one reload.
// "All" is a state of its own: pools created later are included too.
class MauPoolPicker : public QToolButton
{
    Q_OBJECT
public:
    explicit MauPoolPicker(QWidget *parent = nullptr);

    // Keeps the ticks of pools that are still there; new pools are ticked when "all" was chosen.
    void setPools(const QList<MauPool> &pools);
    QList<MauPool> pools() const { return m_pools; }

    bool allSelected() const;
    QStringList selectedUids() const;       // the ticked pools (every pool when allSelected())
    // Empty: all. Does not emit selectionChanged().
    void setSelectedUids(const QStringList &uids);
    void selectAll();                       // and emits selectionChanged() if that changed anything

    void retranslate();

signals:
    // uids empty: every pool (allSelected()); otherwise the ticked pools, possibly none.
    void selectionChanged(bool all, const QStringList &uids);

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuildList();
    void setAllChecked(bool checked);
    void updateText();
    void commit();

    QList<MauPool> m_pools;
    bool m_all = true;
    QStringList m_checked;     // when !m_all
    QMenu *m_menu = nullptr;
    QLineEdit *m_filter = nullptr;
    QListWidget *m_list = nullptr;
    QPushButton *m_allButton = nullptr;
    QPushButton *m_noneButton = nullptr;
    bool m_committedAll = true;
    QStringList m_committed;
};
