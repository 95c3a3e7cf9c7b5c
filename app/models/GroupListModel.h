// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cloud/DirectoryBackend.h"
#include "models/PagedTableModel.h"
#include <QHash>

// The groups of a directory (every page, server-side search through setSearch()).
class GroupListModel : public PagedTableModel
{
    Q_OBJECT
public:
    enum Column { Name, DisplayName, Description, JoinType, Source, GroupId, Created, Updated, ColumnCount };
    Q_ENUM(Column)
    enum Role {
        RawValueRole = Qt::UserRole,
        IdRole,
        SearchTextRole,
    };

    explicit GroupListModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;
    static QString columnTitle(int column);

    // Server-side search; reloads when a backend is set.
    void setSearch(const QString &search);
    QString search() const { return m_search; }

    void appendGroups(const QList<DirectoryGroup> &groups);
    int upsertGroup(const DirectoryGroup &group);
    bool removeGroup(const QString &id);
    int rowOfId(const QString &id) const { return m_rowById.value(id, -1); }
    DirectoryGroup group(int row) const;
    QString groupId(int row) const;

    void retranslate();

protected:
    ApiCall *requestPage(const QString &cursor, quint64 generation) override;
    void clearRows() override;

private:
    QVariant display(const DirectoryGroup &g, int column) const;
    QVariant raw(const DirectoryGroup &g, int column) const;
    void reindex();

    QString m_search;
    QList<DirectoryGroup> m_rows;
    QHash<QString, int> m_rowById;
};
