// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cloud/DirectoryBackend.h"
#include "models/PagedTableModel.h"
#include <QDateTime>
#include <QHash>
#include <QVector>

// The users of a directory, lazily paged (100 per page): the first page on reload(), then one page per
// fetchMore(). Server-side search and filters through setQuery() (which discards pages of the old query).
// Rows are kept compact (no raw JSON, interned enum strings): 100,000 rows fit in a few tens of MB.
// Details (description, first/last name, raw object) come from DirectoryBackend::getUser when needed.
class UserListModel : public PagedTableModel
{
    Q_OBJECT
public:
    enum Column { UserName, DisplayName, Email, Phone, Status, Source, UserId, Created, Updated, ColumnCount };
    Q_ENUM(Column)
    enum Role {
        RawValueRole = Qt::UserRole,   // sort / export value (QString or QDateTime)
        IdRole,                        // the user's id, every column
        StatusRole,                    // raw status ("Enabled" / "Disabled" / "")
        SearchTextRole,                // what the quick filter matches
    };

    // One compact row (public only so that it can be declared relocatable).
    struct Row
    {
        QString id;
        QString userName;
        QString displayName;
        QString email;
        QString phone;
        QString status;      // interned
        QString source;      // interned
        QDateTime created;   // UTC (8 bytes, no heap)
        QDateTime updated;
    };

    explicit UserListModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;
    static QString columnTitle(int column);

    // New server-side query: discards the rows and pages in flight and loads the first page (if a backend is set).
    void setQuery(const DirectoryBackend::UserQuery &query);
    DirectoryBackend::UserQuery query() const { return m_query; }

    // Appends rows (a page, or test/benchmark data). Users already present are updated in place.
    void appendUsers(const QList<DirectoryUser> &users);
    // A created or edited user: replaces its row, or inserts it at the top.
    int upsertUser(const DirectoryUser &user);
    bool removeUser(const QString &id);
    bool setUserStatus(const QString &id, const QString &status);

    // Fast paths for UserFilterProxy (no QVariant per cell): whether the row's name, display name, e-mail,
    // phone or id contains `needle` (case-insensitive), and a three-way comparison of two rows on a column.
    bool rowContains(int row, const QString &needle) const;
    // The same with a needle already case-folded (QString::toCaseFolded), for repeated calls.
    bool rowContainsFolded(int row, const QString &folded) const;
    int compareRows(int left, int right, int column) const;
    // Sorting 100,000 rows: prepareSort() ranks every row on `column` once (pre-folded keys, one std::sort),
    // after which compareForSort() is an integer comparison. Rows added or changed later are unranked and
    // compared with compareRows(); ranks and compareRows() agree, so mixing them keeps a consistent order.
    void prepareSort(int column);
    int compareForSort(int left, int right, int column) const;

    int rowOfId(const QString &id) const { return m_rowById.value(id, -1); }
    QString userId(int row) const;
    // The compact row as a record (no description / names / raw: use getUser for those).
    DirectoryUser user(int row) const;

    // Re-emits header and enum texts after a language switch (models get no LanguageChange event).
    void retranslate();

protected:
    ApiCall *requestPage(const QString &cursor, quint64 generation) override;
    void clearRows() override;

private:
    Row makeRow(const DirectoryUser &user);
    QString intern(const QString &value);
    QVariant display(const Row &row, int column) const;
    QVariant raw(const Row &row, int column) const;
    void reindexFrom(int first);

    DirectoryBackend::UserQuery m_query;
    QVector<Row> m_rows;
    QHash<QString, int> m_rowById;
    QHash<QString, QString> m_interned;
    QVector<int> m_rank;        // parallel to m_rows while m_rankColumn >= 0; -1 = unranked
    int m_rankColumn = -1;
    int m_unranked = 0;
    void unrank(int row);
};

Q_DECLARE_TYPEINFO(UserListModel::Row, Q_RELOCATABLE_TYPE);
