// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/FocusOrder.h"

#include <QWidget>

void FocusOrder::chainAfter(QWidget *anchor, QWidget *container)
{
    if (!anchor || !container || anchor->window() != container->window())
        return;
    QWidget *previous = anchor;
    const QList<QWidget *> widgets = container->findChildren<QWidget *>();   // depth first, creation order
    for (QWidget *w : widgets) {
        // Not the popups of combo boxes and menus under the container: windows of their own.
        if (!(w->focusPolicy() & Qt::TabFocus) || w->focusProxy() || w->window() != anchor->window())
            continue;
        QWidget::setTabOrder(previous, w);
        previous = w;
    }
}
