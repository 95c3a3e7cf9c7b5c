// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cloud/DirectoryBackend.h"
#include "models/RecordTableModel.h"

// Failed provisioning events (every page) with the status filter and search of DirectoryBackend::EventQuery.
class ProvisioningEventModel : public RecordTableModel<ProvisioningEvent>
{
    Q_OBJECT
public:
    enum Column { Time, Principal, PrincipalType, Target, Status, FailureReason, SourceType, EventId, ColumnCount };
    Q_ENUM(Column)
    enum Role {
        RawValueRole = RecordTableModelBase::RawValueRole,
        IdRole = RecordTableModelBase::IdRole,                  // event id
        SearchTextRole = RecordTableModelBase::SearchTextRole,
        StrategyRole = RecordTableModelBase::FirstCustomRole,   // the provisioning's duplication strategy (CloudSSO)
    };

    explicit ProvisioningEventModel(QObject *parent = nullptr);

    static QString columnTitle(int column);
    static const Columns &columnSet();

    void setQuery(const DirectoryBackend::EventQuery &query);
    DirectoryBackend::EventQuery query() const { return m_query; }

    void appendEvents(const QList<ProvisioningEvent> &events) { appendRecords(events); }
    bool removeEvent(const QString &id) { return removeRecord(id); }
    ProvisioningEvent event(int row) const { return record(row); }
    ProvisioningEvent eventById(const QString &id) const { return recordById(id); }

private:
    DirectoryBackend::EventQuery m_query;
};
