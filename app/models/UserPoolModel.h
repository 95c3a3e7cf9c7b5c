// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cloud/UserPool.h"
#include "models/RecordTableModel.h"
#include <QHash>
#include <QSet>
#include <optional>

// One row of the pools list: the pool, plus what the loader fills in later (Enabled comes with the pool from
// GetUserPool; the MAU of the chosen month; why reading the pool's details failed).
struct UserPoolRow
{
    UserPool pool;
    std::optional<double> mau;
    QString detailError;
};

// The user pools of one account, one row per pool, on the shared record model (RecordTableModel + a column
// set; filtered and sorted by RecordFilterProxy / UserPoolFilterProxy). DisplayRole is formatted for people;
// RawValueRole carries the value used for sorting and export (QString, int, Enabled as 1 / 0 / -1 unknown,
// QDateTime, double). Rows are not paged from a backend: UserPoolListLoader fills them (list items first,
// Enabled and MAU later).
class UserPoolModel : public RecordTableModel<UserPoolRow>
{
    Q_OBJECT
public:
    using Row = UserPoolRow;
    enum Column { Name, Uid, Enabled, Domain, Users, Clients, Project, Created, Updated, Mau, ColumnCount };
    Q_ENUM(Column)
    enum Role {
        RawValueRole = RecordTableModelBase::RawValueRole,   // sort / export value
        UidRole = RecordTableModelBase::IdRole,              // the pool's Uid, for every column
        SearchTextRole = RecordTableModelBase::SearchTextRole,   // name, uid, domain, project, description
        EnabledStateRole = RecordTableModelBase::FirstCustomRole,   // int: 1 enabled, 0 disabled, -1 not known yet
        // CSV export: cells as data (counts as numbers, Enabled true / false, times as sent, MAU rounded; empty
        // while not known); header texts with the MAU month.
        ExportRole,
    };

    explicit UserPoolModel(QObject *parent = nullptr);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString columnTitle(int column);
    static const Columns &columnSet();

    // Drops every row and the MAU month.
    void clear();
    // ListUserPools items (a page or the whole list): existing rows keep what only GetUserPool knows.
    void upsertListItems(const QList<UserPool> &items);
    // A full pool (GetUserPool, CreateUserPool, UpdateUserPool): replaces the row or appends one.
    // Returns the row.
    int upsertPool(const UserPool &pool);
    bool removePool(const QString &uid) { return removeRecord(uid); }
    // A GetUserPool for the row failed: the Enabled cell shows this (localized) instead of "loading".
    void setDetailError(const QString &uid, const QString &message);

    // GetUserPoolMaus for `month`: pools missing from the hash keep "unknown".
    void setMaus(const QHash<QString, double> &mauByUid, const QString &month);
    void clearMaus();
    QString mauMonth() const { return m_mauMonth; }

    int rowOfUid(const QString &uid) const { return rowOfId(uid); }
    UserPool pool(int row) const;
    UserPool poolByUid(const QString &uid) const { return pool(rowOfUid(uid)); }
    std::optional<double> mau(int row) const;
    QStringList uids() const;
    QStringList uidsWithoutDetail() const;   // rows whose Enabled is not known yet

    void retranslate() override;

protected:
    void clearRows() override;

private:
    void emitColumnChanged(int column);

    QString m_mauMonth;
};
