// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QMetaType>
#include <QString>
#include <QStringList>

// "Open that pane and show this": what a pane asks the main window when a link leads to another pane (an event
// to its provisioning, a group to its provisionings ...). The main window switches to `paneId` and hands the
// request to that pane's Pane::navigate(). Generic on purpose: `filters` are named by the receiving pane (e.g.
// the provisionings pane understands "principalId", "principalType", "targetId"; the events pane
// "provisioningId"), `select` names the records to select once they are listed.
struct NavigationRequest
{
    QString paneId;                   // "provisionings", "events", "users", "groups" ...
    QStringList select;               // ids of the records to select
    QHash<QString, QString> filters;  // filter name -> value; empty: the pane's filters are cleared
    QString label;                    // what the filter means, for the receiving pane's banner ("group ops")

    bool isValid() const { return !paneId.isEmpty(); }
};

Q_DECLARE_METATYPE(NavigationRequest)
