// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cloud/UserPool.h"
#include <QAbstractTableModel>
#include <QHash>
#include <QSet>
#include <optional>

// The user pools of one account, one row per pool. DisplayRole is formatted for people;
// RawValueRole carries the value used for sorting and export (QString, int, bool as int, QDateTime, double).
class UserPoolModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Name, Uid, Enabled, Domain, Users, Clients, Project, Created, Updated, Mau, ColumnCount };
    Q_ENUM(Column)
    enum Role {
        RawValueRole = Qt::UserRole,   // sort / export value
        UidRole,                       // the pool's Uid, for every column
        SearchTextRole,                // what the quick filter matches (name, uid, domain, project, description)
        EnabledStateRole,              // int: 1 enabled, 0 disabled, -1 not known yet
    };

    explicit UserPoolModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    static QString columnTitle(int column);

    void clear();
    // ListUserPools items (a page or the whole list): existing rows keep what only GetUserPool knows.
    void upsertListItems(const QList<UserPool> &items);
    // Removes every row whose uid is not in `uids` (after a complete list).
    void retainOnly(const QSet<QString> &uids);
    // A full pool (GetUserPool, CreateUserPool, UpdateUserPool): replaces the row or appends one.
    // Returns the row.
    int upsertPool(const UserPool &pool);
    bool removePool(const QString &uid);
    // A GetUserPool for the row failed: the Enabled cell shows this (localized) instead of "loading".
    void setDetailError(const QString &uid, const QString &message);

    // GetUserPoolMaus for `month`: pools missing from the hash keep "unknown".
    void setMaus(const QHash<QString, double> &mauByUid, const QString &month);
    void clearMaus();
    QString mauMonth() const { return m_mauMonth; }

    int rowOfUid(const QString &uid) const { return m_rowByUid.value(uid, -1); }
    UserPool pool(int row) const;
    UserPool poolByUid(const QString &uid) const;
    std::optional<double> mau(int row) const;
    QStringList uids() const;
    QStringList uidsWithoutDetail() const;   // rows whose Enabled is not known yet

    // Re-emits header and display text after a language switch (models get no LanguageChange event).
    void retranslate();

private:
    struct Row
    {
        UserPool pool;
        std::optional<double> mau;
        QString detailError;
    };
    QVariant display(const Row &row, int column) const;
    QVariant raw(const Row &row, int column) const;
    void reindex();
    void emitRowChanged(int row);

    QList<Row> m_rows;
    QHash<QString, int> m_rowByUid;
    QString m_mauMonth;
};
