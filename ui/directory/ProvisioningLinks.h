// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/ApiError.h"
#include "cloud/DirectoryRecords.h"
#include "shell/NavigationRequest.h"
#include <QCoreApplication>
#include <QString>
#include <functional>

class DirectoryBackend;
class Pane;
class QMenu;

// The links from users and groups to their user provisionings, shared by the Users and Groups panes (kept here
// so that their own code only gains a line or two): the navigation request that opens the provisionings pane
// filtered to one principal, its context-menu entry, and the refused delete of a principal that is still
// provisioned, which looks up the provisionings that block it, lists them and offers to open them.
class ProvisioningLinks
{
    Q_DECLARE_TR_FUNCTIONS(ProvisioningLinks)
public:
    // Opens the provisionings pane filtered to this principal ("User" / "Group"); `label` names it.
    static NavigationRequest provisioningsOf(const QString &principalType, const QString &principalId,
                                             const QString &label, const QStringList &select = {});
    // Adds "Show user provisionings" to `menu` (disabled when the pane's service has none); triggering it asks
    // `pane` to navigate.
    static void addMenuEntry(QMenu *menu, Pane *pane, DirectoryBackend *backend, const QString &principalType,
                             const QString &principalId, const QString &label);
    // A delete of this principal was refused with `error` and `explanation` says so. Looks up the principal's
    // provisionings: when some exist, the message lists them (at most 10, then "… and N more") and offers
    // "Show provisionings", which opens them in the provisionings pane (selected); otherwise it is a plain
    // warning. `then` runs afterwards (always once, unless `pane` died).
    static void explainRefusedDelete(Pane *pane, DirectoryBackend *backend, const QString &principalType,
                                     const QString &principalId, const QString &label, const QString &title,
                                     const QString &explanation, const std::function<void()> &then);
    // A batch delete was refused for some principals (`refused`: id, label) because they are still provisioned.
    // Looks up the provisionings of each (one page each, at most kMaxBatchLookups principals, in parallel); when
    // some exist, one message lists the blockers per principal (10 per principal at most) and offers "Show
    // provisionings", which opens the provisionings pane with all of them selected; otherwise nothing is shown
    // (the batch summary already lists the refusals). `then` gets the listed text (empty when nothing was found)
    // and runs once, unless `pane` died.
    static void explainRefusedBatch(Pane *pane, DirectoryBackend *backend, const QString &principalType,
                                    const QList<QPair<QString, QString>> &refused, const QString &title,
                                    const std::function<void(const QString &blockers)> &then);
    static constexpr int kMaxBatchLookups = 20;
    // "principal → account (id)"
    static QString describe(const UserProvisioning &p);
    // Appends one line per provisioning (the first ten, then "… and N more") to `lines` and every id to `ids`.
    static void listBlockers(const QList<UserProvisioning> &blockers, QStringList *lines, QStringList *ids);
};
