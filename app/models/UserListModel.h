// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cloud/DirectoryBackend.h"
#include "models/RecordTableModel.h"
#include <QDateTime>
#include <QHash>

// One compact user row: no raw JSON, interned enum strings (100,000 rows fit in a few tens of MB).
struct UserListRow
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
Q_DECLARE_TYPEINFO(UserListRow, Q_RELOCATABLE_TYPE);

// The users of a directory, lazily paged (100 per page): the first page on reload(), then one page per
// fetchMore(). Server-side search and filters through setQuery() (which discards pages of the old query).
// Details (description, first/last name, raw object) come from DirectoryBackend::getUser when needed.
class UserListModel : public RecordTableModel<UserListRow>
{
    Q_OBJECT
public:
    using Row = UserListRow;
    enum Column { UserName, DisplayName, Email, Phone, Status, Source, UserId, Created, Updated, ColumnCount };
    Q_ENUM(Column)
    enum Role {
        RawValueRole = RecordTableModelBase::RawValueRole,   // sort / export value (QString or QDateTime)
        IdRole = RecordTableModelBase::IdRole,               // the user's id, every column
        SearchTextRole = RecordTableModelBase::SearchTextRole,
        StatusRole = RecordTableModelBase::FirstCustomRole,  // raw status ("Enabled" / "Disabled" / "")
    };

    explicit UserListModel(QObject *parent = nullptr);

    static QString columnTitle(int column);
    static const Columns &columnSet();

    // New server-side query: discards the rows and pages in flight and loads the first page (if a backend is set).
    void setQuery(const DirectoryBackend::UserQuery &query);
    DirectoryBackend::UserQuery query() const { return m_query; }

    // Appends rows (a page, or test/benchmark data). Users already present are updated in place.
    void appendUsers(const QList<DirectoryUser> &users);
    // A created or edited user: replaces its row, or inserts it at the top.
    int upsertUser(const DirectoryUser &user);
    bool removeUser(const QString &id) { return removeRecord(id); }
    bool setUserStatus(const QString &id, const QString &status);

    QString userId(int row) const { return recordId(row); }
    // The compact row as a record (no description / names / raw: use getUser for those).
    DirectoryUser user(int row) const;

protected:
    ApiCall *requestPage(const QString &cursor, quint64 generation) override;

private:
    Row makeRow(const DirectoryUser &user);
    QVector<Row> makeRows(const QList<DirectoryUser> &users);
    QString intern(const QString &value);

    DirectoryBackend::UserQuery m_query;
    QHash<QString, QString> m_interned;
};
