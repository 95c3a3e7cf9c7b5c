// SPDX-License-Identifier: GPL-3.0-or-later
#include "directory/ProvisioningLinks.h"

#include "cloud/DirectoryBackend.h"
#include "shell/Pane.h"
#include "widgets/Prompter.h"
#include <QAction>
#include <QMenu>
#include <QPointer>
#include <functional>
#include <memory>

NavigationRequest ProvisioningLinks::provisioningsOf(const QString &principalType, const QString &principalId,
                                                     const QString &label, const QStringList &select)
{
    NavigationRequest r;
    r.paneId = QStringLiteral("provisionings");
    r.filters.insert(QStringLiteral("principalId"), principalId);
    r.filters.insert(QStringLiteral("principalType"), principalType);
    r.label = label;
    r.select = select;
    return r;
}

void ProvisioningLinks::addMenuEntry(QMenu *menu, Pane *pane, DirectoryBackend *backend, const QString &principalType,
                                     const QString &principalId, const QString &label)
{
    QAction *action = menu->addAction(tr("Show user provisionings"));
    action->setObjectName(QStringLiteral("showPrincipalProvisioningsAction"));
    action->setToolTip(tr("Open the user provisionings of %1").arg(label));
    action->setEnabled(backend && backend->capabilities().userProvisionings && !principalId.isEmpty());
    QPointer<Pane> guard(pane);
    QObject::connect(action, &QAction::triggered, pane, [guard, principalType, principalId, label] {
        if (guard)
            emit guard->navigationRequested(provisioningsOf(principalType, principalId, label));
    });
}

QString ProvisioningLinks::describe(const UserProvisioning &p)
{
    const QString target = p.targetName.isEmpty() ? p.targetId : p.targetName;
    return tr("into account %1 (provisioning %2)").arg(target, p.id);
}

void ProvisioningLinks::explainRefusedDelete(Pane *pane, DirectoryBackend *backend, const QString &principalType,
                                             const QString &principalId, const QString &label, const QString &title,
                                             const QString &explanation, const std::function<void()> &then)
{
    if (!backend || !backend->capabilities().userProvisionings) {
        Prompter::instance()->warn(pane, title, explanation);
        then();
        return;
    }
    DirectoryBackend::ProvisioningQuery query;
    query.principalId = principalId;
    query.principalType = principalType;
    // One page of 100 is enough to name the blockers (the message lists 10); Cloud Identity filters client-side
    // per page, so a later page may hold more: the pane shows them all.
    QPointer<Pane> guard(pane);
    backend->listProvisionings(query, QString(), 100, pane, [guard, principalType, principalId, label, title,
                                                            explanation, then](const Page<UserProvisioning> &page) {
        if (!guard)
            return;
        if (!page.ok() || page.items.isEmpty()) {
            Prompter::instance()->warn(guard, title, explanation);
            then();
            return;
        }
        QStringList lines;
        QStringList ids;
        listBlockers(page.items, &lines, &ids);
        const QString text = explanation + QStringLiteral("\n\n")
                             + tr("These user provisionings of %1 block it:").arg(label)
                             + QLatin1Char('\n') + lines.join(QLatin1Char('\n'));
        if (Prompter::instance()->confirm(guard, title, text, tr("Show provisionings")) && guard)
            emit guard->navigationRequested(provisioningsOf(principalType, principalId, label, ids));
        then();
    });
}

void ProvisioningLinks::listBlockers(const QList<UserProvisioning> &blockers, QStringList *lines, QStringList *ids)
{
    constexpr int shown = 10;
    for (int k = 0; k < blockers.size(); ++k) {
        *ids << blockers.at(k).id;
        if (k < shown)
            *lines << QStringLiteral("• ") + describe(blockers.at(k));
    }
    if (blockers.size() > shown)
        *lines << tr("… and %n more", nullptr, int(blockers.size()) - shown);
}

void ProvisioningLinks::explainRefusedBatch(Pane *pane, DirectoryBackend *backend, const QString &principalType,
                                            const QList<QPair<QString, QString>> &refused, const QString &title,
                                            const std::function<void(const QString &)> &then)
{
    if (!backend || !backend->capabilities().userProvisionings || refused.isEmpty()) {
        then(QString());
        return;
    }
    struct State
    {
        QList<QPair<QString, QString>> principals;
        QList<QList<UserProvisioning>> found;   // per principal
        int waiting = 0;
        bool cut = false;                       // more refused principals than were looked up
    };
    auto state = std::make_shared<State>();
    state->principals = refused.mid(0, kMaxBatchLookups);
    state->cut = refused.size() > kMaxBatchLookups;
    state->found.resize(state->principals.size());
    state->waiting = int(state->principals.size());
    QPointer<Pane> guard(pane);
    const auto finish = [guard, state, title, then] {
        if (!guard)
            return;
        QStringList lines;
        QStringList ids;
        for (int i = 0; i < state->principals.size(); ++i) {
            const QList<UserProvisioning> &blockers = state->found.at(i);
            if (blockers.isEmpty())
                continue;
            lines << QString() << tr("%1 is blocked by:").arg(state->principals.at(i).second);
            listBlockers(blockers, &lines, &ids);
        }
        if (ids.isEmpty()) {
            then(QString());
            return;
        }
        if (state->cut)
            lines << QString() << tr("Only the first %1 refused items were looked up.").arg(kMaxBatchLookups);
        const QString listed = tr("These user provisionings block the delete:") + lines.join(QLatin1Char('\n'));
        const QString text = listed + QStringLiteral("\n\n")
                             + tr("Delete them first (Show provisionings opens them, selected), then delete again.");
        if (Prompter::instance()->confirm(guard, title, text, tr("Show provisionings")) && guard) {
            NavigationRequest r;
            r.paneId = QStringLiteral("provisionings");   // no principal filter: the blockers of several principals
            r.label = tr("provisionings that block the delete");
            r.select = ids;
            emit guard->navigationRequested(r);
        }
        then(listed);
    };
    for (int i = 0; i < state->principals.size(); ++i) {
        DirectoryBackend::ProvisioningQuery query;
        query.principalId = state->principals.at(i).first;
        query.principalType = principalType;
        backend->listProvisionings(query, QString(), 100, pane, [state, i, finish](const Page<UserProvisioning> &page) {
            if (page.ok())
                state->found[i] = page.items;
            if (--state->waiting == 0)
                finish();
        });
    }
}
