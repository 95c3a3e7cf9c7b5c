// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/UserListModel.h"

#include "models/DirectoryLabels.h"

QString UserListModel::columnTitle(int column)
{
    switch (column) {
    case UserName: return tr("User name");
    case DisplayName: return tr("Display name");
    case Email: return tr("Email");
    case Phone: return tr("Phone");
    case Status: return tr("Status");
    case Source: return tr("Source");
    case UserId: return tr("User ID");
    case Created: return tr("Created");
    case Updated: return tr("Updated");
    default: return {};
    }
}

const UserListModel::Columns &UserListModel::columnSet()
{
    static const Columns set = [] {
        using S = Columns::TextSort;
        Columns s;
        s.setId([](const Row &r) -> const QString & { return r.id; });
        s.text([] { return columnTitle(UserName); }, [](const Row &r) -> const QString & { return r.userName; });
        s.text([] { return columnTitle(DisplayName); }, [](const Row &r) -> const QString & { return r.displayName; });
        s.text([] { return columnTitle(Email); }, [](const Row &r) -> const QString & { return r.email; });
        s.text([] { return columnTitle(Phone); }, [](const Row &r) -> const QString & { return r.phone; }, S::Exact);
        s.label([] { return columnTitle(Status); }, [](const Row &r) -> const QString & { return r.status; },
                &DirectoryLabels::userStatus);
        s.label([] { return columnTitle(Source); }, [](const Row &r) -> const QString & { return r.source; },
                &DirectoryLabels::source);
        s.text([] { return columnTitle(UserId); }, [](const Row &r) -> const QString & { return r.id; }, S::Id);
        s.time([] { return columnTitle(Created); }, [](const Row &r) { return r.created; });
        s.time([] { return columnTitle(Updated); }, [](const Row &r) { return r.updated; });
        s.setSearchFields({[](const Row &r) -> const QString & { return r.userName; },
                           [](const Row &r) -> const QString & { return r.displayName; },
                           [](const Row &r) -> const QString & { return r.email; },
                           [](const Row &r) -> const QString & { return r.phone; },
                           [](const Row &r) -> const QString & { return r.id; }});
        s.setTieBreak(UserName);
        s.setExtraData([](const Row &r, int role) { return role == StatusRole ? QVariant(r.status) : QVariant(); },
                       {{StatusRole, "status"}});
        return s;
    }();
    return set;
}

UserListModel::UserListModel(QObject *parent)
    : RecordTableModel(columnSet(), FetchPolicy::OnDemand, parent)
{
}

void UserListModel::setQuery(const DirectoryBackend::UserQuery &query)
{
    m_query = query;
    if (backend())
        reload();
    else
        clear();
}

ApiCall *UserListModel::requestPage(const QString &cursor, quint64 generation)
{
    return backend()->listUsers(m_query, cursor, pageSize(), this,
                                pageHandler<DirectoryUser>(generation, [this](const QList<DirectoryUser> &users) {
                                    return makeRows(users);
                                }));
}

QString UserListModel::intern(const QString &value)
{
    if (value.isEmpty())
        return {};
    auto it = m_interned.constFind(value);
    if (it != m_interned.constEnd())
        return it.value();
    if (m_interned.size() > 64)   // enum-like fields only; never grow without bound
        return value;
    m_interned.insert(value, value);
    return value;
}

UserListModel::Row UserListModel::makeRow(const DirectoryUser &user)
{
    Row row;
    row.id = user.id;
    row.userName = user.userName;
    row.displayName = user.displayName;
    row.email = user.email;
    row.phone = user.phone;
    row.status = intern(user.status);
    row.source = intern(user.source);
    row.created = user.created.isValid() ? user.created.toUTC() : QDateTime();
    row.updated = user.updated.isValid() ? user.updated.toUTC() : QDateTime();
    // Drop any spare capacity the JSON parser left behind.
    for (QString *s : {&row.id, &row.userName, &row.displayName, &row.email, &row.phone})
        s->squeeze();
    return row;
}

QVector<UserListModel::Row> UserListModel::makeRows(const QList<DirectoryUser> &users)
{
    QVector<Row> rows;
    rows.reserve(users.size());
    for (const DirectoryUser &u : users)
        rows.append(makeRow(u));
    return rows;
}

void UserListModel::appendUsers(const QList<DirectoryUser> &users)
{
    appendRecords(makeRows(users));
}

int UserListModel::upsertUser(const DirectoryUser &user)
{
    return upsertRecord(makeRow(user), InsertAt::Top);
}

bool UserListModel::setUserStatus(const QString &id, const QString &status)
{
    const QString interned = intern(status);
    return updateRecord(id, [&interned](Row &r) { r.status = interned; });
}

DirectoryUser UserListModel::user(int row) const
{
    DirectoryUser u;
    if (row < 0 || row >= rowCount())
        return u;
    const Row &r = records().at(row);
    u.id = r.id;
    u.userName = r.userName;
    u.displayName = r.displayName;
    u.email = r.email;
    u.phone = r.phone;
    u.status = r.status;
    u.source = r.source;
    u.created = r.created;
    u.updated = r.updated;
    return u;
}
