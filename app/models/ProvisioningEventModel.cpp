// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/ProvisioningEventModel.h"

#include "models/DirectoryLabels.h"

QString ProvisioningEventModel::columnTitle(int column)
{
    switch (column) {
    case Time: return tr("Time");
    case Principal: return tr("Principal");
    case PrincipalType: return tr("Type");
    case Target: return tr("Target");
    case Status: return tr("Status");
    case FailureReason: return tr("Failure reason");
    case SourceType: return tr("Source");
    case EventId: return tr("Event ID");
    default: return {};
    }
}

namespace {
using E = ProvisioningEvent;
const QString &principalOf(const E &e) { return e.principalName.isEmpty() ? e.principalId : e.principalName; }
const QString &targetOf(const E &e) { return e.targetName.isEmpty() ? e.targetId : e.targetName; }
}

const ProvisioningEventModel::Columns &ProvisioningEventModel::columnSet()
{
    static const Columns set = [] {
        Columns s;
        s.setId([](const E &e) -> const QString & { return e.id; });
        s.time([] { return columnTitle(Time); }, [](const E &e) { return e.updated.isValid() ? e.updated : e.created; })
            .headerToolTip = [] { return tr("When the event was last updated"); };
        s.text([] { return columnTitle(Principal); }, &principalOf)
            .headerToolTip = [] { return tr("The user or group being provisioned"); };
        s.label([] { return columnTitle(PrincipalType); }, [](const E &e) -> const QString & { return e.principalType; },
                &DirectoryLabels::principalType);
        s.text([] { return columnTitle(Target); }, &targetOf)
            .headerToolTip = [] { return tr("The member account the principal is provisioned into"); };
        s.label([] { return columnTitle(Status); }, [](const E &e) -> const QString & { return e.status; },
                &DirectoryLabels::eventStatus);
        s.custom([] { return columnTitle(FailureReason); },
                 [](const E &e) {
                     QString reason = e.failureReason;
                     reason.replace(QLatin1Char('\n'), QLatin1Char(' '));
                     return QVariant(reason);
                 },
                 [](const E &e) { return QVariant(e.failureReason); });
        s.text([] { return columnTitle(SourceType); }, [](const E &e) -> const QString & { return e.sourceType; },
               Columns::TextSort::Exact);
        s.text([] { return columnTitle(EventId); }, [](const E &e) -> const QString & { return e.id; },
               Columns::TextSort::Id);
        s.setSearchFields({[](const E &e) -> const QString & { return e.principalName; },
                           [](const E &e) -> const QString & { return e.principalId; },
                           [](const E &e) -> const QString & { return e.targetName; },
                           [](const E &e) -> const QString & { return e.targetId; },
                           [](const E &e) -> const QString & { return e.failureReason; },
                           [](const E &e) -> const QString & { return e.id; }});
        s.setTieBreak(Principal);
        s.setCellToolTip([](const E &e, int column) {
            if (column == Principal && !e.principalId.isEmpty())
                return QVariant(QStringLiteral("%1 (%2)").arg(e.principalName, e.principalId));
            if (column == Target && !e.targetId.isEmpty())
                return QVariant(QStringLiteral("%1 (%2)").arg(e.targetName, e.targetId));
            return QVariant();
        });
        s.setExtraData([](const E &e, int role) { return role == StrategyRole ? QVariant(e.duplicationStrategy) : QVariant(); },
                       {{StrategyRole, "duplicationStrategy"}});
        return s;
    }();
    return set;
}

ProvisioningEventModel::ProvisioningEventModel(QObject *parent)
    : RecordTableModel(columnSet(), FetchPolicy::All, parent)
{
    setLister([this](DirectoryBackend *b, const QString &cursor, int size, QObject *owner,
                     DirectoryBackend::PageCallback<ProvisioningEvent> done) {
        return b->listEvents(m_query, cursor, size, owner, done);
    });
}

void ProvisioningEventModel::setQuery(const DirectoryBackend::EventQuery &query)
{
    m_query = query;
    if (backend())
        reload();
    else
        clear();
}
