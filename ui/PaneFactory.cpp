// SPDX-License-Identifier: GPL-3.0-or-later
#include "PaneFactory.h"

#include "Pane.h"

// Navigation order: User pools, MAU, Users, Groups, Provisioning events, Activity log.
// Each pane's engineer adds its include and its line below when the pane exists.

QList<Pane *> PaneFactory::createPanes(QWidget *parent)
{
    QList<Pane *> panes;
    Q_UNUSED(parent);
    return panes;
}
