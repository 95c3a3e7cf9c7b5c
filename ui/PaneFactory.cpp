// SPDX-License-Identifier: GPL-3.0-or-later
#include "PaneFactory.h"

#include "ActivityLogPane.h"
#include "GroupsPane.h"
#include "MauPane.h"
#include "Pane.h"
#include "ProvisioningEventsPane.h"
#include "UserPoolsPane.h"
#include "UsersPane.h"

// Navigation order: User pools, MAU, Users, Groups, Provisioning events, Activity log.
// Each pane's engineer adds its include and its line below when the pane exists.

QList<Pane *> PaneFactory::createPanes(QWidget *parent)
{
    QList<Pane *> panes;
    panes << new UserPoolsPane(parent);
    panes << new MauPane(parent);
    panes << new UsersPane(parent);
    panes << new GroupsPane(parent);
    panes << new ProvisioningEventsPane(parent);
    panes << new ActivityLogPane(parent);
    Q_UNUSED(parent);
    return panes;
}
