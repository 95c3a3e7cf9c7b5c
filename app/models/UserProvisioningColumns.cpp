// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/UserProvisioningColumns.h"

#include "models/DirectoryLabels.h"

QString UserProvisioningColumns::columnTitle(int column)
{
    switch (column) {
    case Principal: return tr("Principal");
    case PrincipalType: return tr("Type");
    case Target: return tr("Target account");
    case Status: return tr("Status");
    case DuplicationStrategy: return tr("On name clash");
    case DeletionStrategy: return tr("On deletion");
    case Description: return tr("Description");
    case ProvisioningId: return tr("Provisioning ID");
    case Created: return tr("Created");
    case Updated: return tr("Updated");
    default: return {};
    }
}

QString UserProvisioningColumns::statusLabel(const QString &status)
{
    if (status == QLatin1String("Provisioned"))
        return tr("Provisioned");
    if (status == QLatin1String("Failed"))
        return tr("Failed");
    if (status == QLatin1String("Enabled") || status == QLatin1String("Disabled"))
        return DirectoryLabels::userStatus(status);
    return status;
}

QString UserProvisioningColumns::deletionLabel(const QString &strategy)
{
    if (strategy == QLatin1String("Keep"))
        return tr("Keep users");
    if (strategy == QLatin1String("Delete"))
        return tr("Delete users");
    return strategy;
}

namespace {
using P = UserProvisioning;
const QString &principalOf(const P &p) { return p.principalName.isEmpty() ? p.principalId : p.principalName; }
const QString &targetOf(const P &p) { return p.targetName.isEmpty() ? p.targetId : p.targetName; }
}

const RecordColumnSet<UserProvisioning> &UserProvisioningColumns::columnSet()
{
    static const RecordColumnSet<P> set = [] {
        using S = RecordColumnSet<P>;
        S s;
        s.setId([](const P &p) -> const QString & { return p.id; });
        s.text([] { return columnTitle(Principal); }, &principalOf)
            .headerToolTip = [] { return tr("The user or group synchronised into the account"); };
        s.label([] { return columnTitle(PrincipalType); }, [](const P &p) -> const QString & { return p.principalType; },
                &DirectoryLabels::principalType);
        s.text([] { return columnTitle(Target); }, &targetOf, S::TextSort::Id)
            .headerToolTip = [] { return tr("The member account the principal is provisioned into"); };
        s.label([] { return columnTitle(Status); }, [](const P &p) -> const QString & { return p.status; }, &statusLabel);
        s.label([] { return columnTitle(DuplicationStrategy); },
                [](const P &p) -> const QString & { return p.duplicationStrategy; }, &DirectoryLabels::strategy)
            .headerToolTip = [] { return tr("What happens when the account already has a user of the same name"); };
        s.label([] { return columnTitle(DeletionStrategy); },
                [](const P &p) -> const QString & { return p.deletionStrategy; }, &deletionLabel)
            .headerToolTip = [] { return tr("What happens to the synchronised users when the provisioning is deleted"); };
        s.text([] { return columnTitle(Description); }, [](const P &p) -> const QString & { return p.description; });
        s.text([] { return columnTitle(ProvisioningId); }, [](const P &p) -> const QString & { return p.id; },
               S::TextSort::Id);
        s.time([] { return columnTitle(Created); }, [](const P &p) { return p.created; });
        s.time([] { return columnTitle(Updated); }, [](const P &p) { return p.updated; });
        s.setSearchFields({[](const P &p) -> const QString & { return p.principalName; },
                           [](const P &p) -> const QString & { return p.principalId; },
                           [](const P &p) -> const QString & { return p.targetName; },
                           [](const P &p) -> const QString & { return p.targetId; },
                           [](const P &p) -> const QString & { return p.description; },
                           [](const P &p) -> const QString & { return p.id; }});
        s.setTieBreak(Principal);
        s.setCellToolTip([](const P &p, int column) {
            if (column == Principal && !p.principalName.isEmpty() && !p.principalId.isEmpty())
                return QVariant(QStringLiteral("%1 (%2)").arg(p.principalName, p.principalId));
            if (column == Target && !p.targetName.isEmpty() && !p.targetId.isEmpty())
                return QVariant(QStringLiteral("%1 (%2)").arg(p.targetName, p.targetId));
            return QVariant();
        });
        return s;
    }();
    return set;
}

UserProvisioningColumns::Model *UserProvisioningColumns::createModel(const DirectoryBackend::ProvisioningQuery *query,
                                                                     QObject *parent)
{
    auto *model = new Model(columnSet(), PagedTableModel::FetchPolicy::All, parent);
    model->setLister([query](DirectoryBackend *b, const QString &cursor, int size, QObject *owner,
                             DirectoryBackend::PageCallback<UserProvisioning> done) {
        return b->listProvisionings(query ? *query : DirectoryBackend::ProvisioningQuery(), cursor, size, owner, done);
    });
    return model;
}
