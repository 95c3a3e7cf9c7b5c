// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cloud/DirectoryBackend.h"
#include "models/PagedTableModel.h"
#include <QHash>

// Failed provisioning events (every page) with the status filter and search of DirectoryBackend::EventQuery.
class ProvisioningEventModel : public PagedTableModel
{
    Q_OBJECT
public:
    enum Column { Time, Principal, PrincipalType, Target, Status, FailureReason, SourceType, EventId, ColumnCount };
    Q_ENUM(Column)
    enum Role {
        RawValueRole = Qt::UserRole,
        IdRole,              // event id
        StrategyRole,        // the provisioning's duplication strategy (CloudSSO)
        SearchTextRole,
    };

    explicit ProvisioningEventModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;
    static QString columnTitle(int column);

    void setQuery(const DirectoryBackend::EventQuery &query);
    DirectoryBackend::EventQuery query() const { return m_query; }

    void appendEvents(const QList<ProvisioningEvent> &events);
    bool removeEvent(const QString &id);
    int rowOfId(const QString &id) const { return m_rowById.value(id, -1); }
    ProvisioningEvent event(int row) const;
    ProvisioningEvent eventById(const QString &id) const { return event(rowOfId(id)); }

    void retranslate();

protected:
    ApiCall *requestPage(const QString &cursor, quint64 generation) override;
    void clearRows() override;

private:
    QVariant display(const ProvisioningEvent &e, int column) const;
    QVariant raw(const ProvisioningEvent &e, int column) const;
    void reindex();

    DirectoryBackend::EventQuery m_query;
    QList<ProvisioningEvent> m_rows;
    QHash<QString, int> m_rowById;
};
