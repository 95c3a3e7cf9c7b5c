// SPDX-License-Identifier: GPL-3.0-or-later
#include "shell/PaneFactory.h"

#include "activity/ActivityLogPane.h"
#include "directory/GroupsPane.h"
#include "mau/MauPane.h"
#include "shell/Pane.h"
#include "directory/ProvisioningEventsPane.h"
#include "directory/UserProvisioningsPane.h"
#include "pools/IdentityProvidersPane.h"
#include "pools/PoolClientsPane.h"
#include "pools/PoolUsersPane.h"
#include "pools/UserPoolsPane.h"
#include "directory/UsersPane.h"

// Navigation order: User pools, MAU, Users, Groups, User provisionings, Provisioning events, Activity log.
// Each pane's engineer adds its include and its line below when the pane exists.

QList<Pane *> PaneFactory::createPanes(QWidget *parent)
{
    QList<Pane *> panes;
    panes << new UserPoolsPane(parent);
    panes << new PoolUsersPane(parent);
    panes << new MauPane(parent);
    panes << new UsersPane(parent);
    panes << new GroupsPane(parent);
    panes << new UserProvisioningsPane(parent);
    panes << new ProvisioningEventsPane(parent);
    panes << new PoolClientsPane(parent);
    panes << new IdentityProvidersPane(parent);
    panes << new ActivityLogPane(parent);
    Q_UNUSED(parent);
    return panes;
}
