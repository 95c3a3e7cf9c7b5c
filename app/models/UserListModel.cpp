// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/UserListModel.h"

#include "models/DirectoryLabels.h"
#include <algorithm>
#include <limits>

UserListModel::UserListModel(QObject *parent)
    : PagedTableModel(FetchPolicy::OnDemand, parent)
{
}

int UserListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int UserListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

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

QVariant UserListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return PagedTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole)
        return columnTitle(section);
    return {};
}

QHash<int, QByteArray> UserListModel::roleNames() const
{
    QHash<int, QByteArray> names = PagedTableModel::roleNames();
    names.insert(RawValueRole, "rawValue");
    names.insert(IdRole, "userId");
    names.insert(StatusRole, "status");
    names.insert(SearchTextRole, "searchText");
    return names;
}

QVariant UserListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(row, index.column());
    case Qt::ToolTipRole: {
        const QVariant d = display(row, index.column());
        return d.toString().isEmpty() ? QVariant() : d;
    }
    case RawValueRole:
        return raw(row, index.column());
    case IdRole:
        return row.id;
    case StatusRole:
        return row.status;
    case SearchTextRole:
        return QStringList{row.userName, row.displayName, row.email, row.phone, row.id}.join(QLatin1Char('\n'));
    default:
        return {};
    }
}

QVariant UserListModel::display(const Row &row, int column) const
{
    switch (column) {
    case UserName: return row.userName;
    case DisplayName: return row.displayName;
    case Email: return row.email;
    case Phone: return row.phone;
    case Status: return DirectoryLabels::userStatus(row.status);
    case Source: return DirectoryLabels::source(row.source);
    case UserId: return row.id;
    case Created: return DirectoryLabels::time(row.created);
    case Updated: return DirectoryLabels::time(row.updated);
    default: return {};
    }
}

QVariant UserListModel::raw(const Row &row, int column) const
{
    switch (column) {
    case UserName: return row.userName;
    case DisplayName: return row.displayName;
    case Email: return row.email;
    case Phone: return row.phone;
    case Status: return row.status;
    case Source: return row.source;
    case UserId: return row.id;
    case Created: return row.created;
    case Updated: return row.updated;
    default: return {};
    }
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
                                [this, generation](const Page<DirectoryUser> &page) {
                                    if (!acceptPage(generation, page.error, page.nextCursor, page.total))
                                        return;
                                    const int before = int(m_rows.size());
                                    appendUsers(page.items);
                                    pageDone(int(m_rows.size()) - before);
                                });
}

void UserListModel::clearRows()
{
    m_rows.clear();
    m_rows.squeeze();
    m_rowById.clear();
    m_rowById.squeeze();
    m_rank.clear();
    m_rankColumn = -1;
    m_unranked = 0;
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

void UserListModel::appendUsers(const QList<DirectoryUser> &users)
{
    // One pass: m_rowById learns the future row of each new user at once (it doubles as the duplicate check
    // within the page); rows already listed are updated in place and reported after the insertion.
    const int base = int(m_rows.size());
    QVector<Row> fresh;
    fresh.reserve(users.size());
    QVector<int> changed;
    if (users.size() > 1000)
        m_rowById.reserve(base + users.size());
    for (const DirectoryUser &u : users) {
        if (u.id.isEmpty())
            continue;
        const auto it = m_rowById.constFind(u.id);
        if (it != m_rowById.constEnd()) {
            const int row = it.value();
            if (row >= base) {
                fresh[row - base] = makeRow(u);   // twice in the same page: the later one wins
            } else {
                m_rows[row] = makeRow(u);
                unrank(row);
                changed << row;
            }
            continue;
        }
        m_rowById.insert(u.id, base + int(fresh.size()));
        fresh.append(makeRow(u));
    }
    if (!fresh.isEmpty()) {
        beginInsertRows({}, base, base + int(fresh.size()) - 1);
        for (Row &r : fresh) {
            m_rows.append(std::move(r));
            if (m_rankColumn >= 0) {
                m_rank.append(-1);
                ++m_unranked;
            }
        }
        endInsertRows();
    }
    for (int row : std::as_const(changed))
        emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

int UserListModel::upsertUser(const DirectoryUser &user)
{
    if (user.id.isEmpty())
        return -1;
    const int existing = rowOfId(user.id);
    if (existing >= 0) {
        m_rows[existing] = makeRow(user);
        unrank(existing);
        emit dataChanged(index(existing, 0), index(existing, ColumnCount - 1));
        return existing;
    }
    beginInsertRows({}, 0, 0);
    m_rows.prepend(makeRow(user));
    if (m_rankColumn >= 0) {
        m_rank.prepend(-1);
        ++m_unranked;
    }
    reindexFrom(0);
    endInsertRows();
    return 0;
}

bool UserListModel::removeUser(const QString &id)
{
    const int row = rowOfId(id);
    if (row < 0)
        return false;
    beginRemoveRows({}, row, row);
    m_rows.removeAt(row);
    if (m_rankColumn >= 0) {
        m_unranked -= m_rank.at(row) < 0 ? 1 : 0;
        m_rank.removeAt(row);
    }
    m_rowById.remove(id);
    reindexFrom(row);
    endRemoveRows();
    return true;
}

bool UserListModel::setUserStatus(const QString &id, const QString &status)
{
    const int row = rowOfId(id);
    if (row < 0)
        return false;
    m_rows[row].status = intern(status);
    unrank(row);
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
    return true;
}

void UserListModel::reindexFrom(int first)
{
    for (int i = first; i < m_rows.size(); ++i)
        m_rowById.insert(m_rows.at(i).id, i);
}

namespace {
// Whether `hay` contains `folded` (already case-folded), ignoring case; fast for ASCII.
bool containsFolded(const QString &hay, const QString &folded)
{
    const qsizetype m = folded.size();
    const qsizetype n = hay.size();
    if (m == 0)
        return true;
    if (m > n)
        return false;
    const QChar *h = hay.constData();
    const QChar *f = folded.constData();
    for (qsizetype i = 0; i + m <= n; ++i) {
        qsizetype j = 0;
        for (; j < m; ++j) {
            char16_t c = h[i + j].unicode();
            if (c < 128) {
                if (c >= 'A' && c <= 'Z')
                    c += 32;
            } else {
                c = QChar::toCaseFolded(c);
            }
            if (c != f[j].unicode())
                break;
        }
        if (j == m)
            return true;
    }
    return false;
}
}

bool UserListModel::rowContains(int row, const QString &needle) const
{
    return rowContainsFolded(row, needle.toCaseFolded());
}

bool UserListModel::rowContainsFolded(int row, const QString &folded) const
{
    if (row < 0 || row >= m_rows.size())
        return false;
    if (folded.isEmpty())
        return true;
    const Row &r = m_rows.at(row);
    return containsFolded(r.userName, folded) || containsFolded(r.displayName, folded) || containsFolded(r.email, folded)
           || containsFolded(r.phone, folded) || containsFolded(r.id, folded);
}

namespace {
// Case-insensitive three-way comparison, fast for ASCII (the common case for user names and e-mail
// addresses), full Unicode case folding otherwise.
int compareFolded(const QString &a, const QString &b)
{
    const qsizetype n = qMin(a.size(), b.size());
    const QChar *pa = a.constData();
    const QChar *pb = b.constData();
    for (qsizetype i = 0; i < n; ++i) {
        char16_t ca = pa[i].unicode();
        char16_t cb = pb[i].unicode();
        if (ca == cb)
            continue;
        if (ca < 128 && cb < 128) {
            if (ca >= 'A' && ca <= 'Z')
                ca += 32;
            if (cb >= 'A' && cb <= 'Z')
                cb += 32;
            if (ca != cb)
                return ca < cb ? -1 : 1;
            continue;
        }
        return QStringView(a).mid(i).compare(QStringView(b).mid(i), Qt::CaseInsensitive);
    }
    return a.size() == b.size() ? 0 : (a.size() < b.size() ? -1 : 1);
}
}

int UserListModel::compareRows(int left, int right, int column) const
{
    const Row &a = m_rows.at(left);
    const Row &b = m_rows.at(right);
    int c = 0;
    switch (column) {
    case UserName: c = compareFolded(a.userName, b.userName); break;
    case DisplayName: c = compareFolded(a.displayName, b.displayName); break;
    case Email: c = compareFolded(a.email, b.email); break;
    case Phone: c = a.phone.compare(b.phone); break;
    case Status: c = a.status.compare(b.status); break;
    case Source: c = a.source.compare(b.source); break;
    case UserId: c = a.id.size() != b.id.size() ? int(a.id.size() - b.id.size()) : a.id.compare(b.id); break;
    case Created: c = a.created < b.created ? -1 : (b.created < a.created ? 1 : 0); break;
    case Updated: c = a.updated < b.updated ? -1 : (b.updated < a.updated ? 1 : 0); break;
    default: break;
    }
    if (c == 0 && column != UserName)
        c = compareFolded(a.userName, b.userName);
    return c;
}

void UserListModel::unrank(int row)
{
    if (m_rankColumn < 0 || row < 0 || row >= m_rank.size() || m_rank.at(row) < 0)
        return;
    m_rank[row] = -1;
    ++m_unranked;
}

void UserListModel::prepareSort(int column)
{
    if (column < 0 || column >= ColumnCount) {
        m_rank.clear();
        m_rankColumn = -1;
        m_unranked = 0;
        return;
    }
    if (column == m_rankColumn && m_unranked == 0 && m_rank.size() == m_rows.size())
        return;
    const int n = int(m_rows.size());
    QVector<int> order(n);
    for (int i = 0; i < n; ++i)
        order[i] = i;
    auto byRow = [](int a, int b) { return a < b; };
    switch (column) {
    case Created:
    case Updated: {
        QVector<qint64> keys(n);
        for (int i = 0; i < n; ++i) {
            const QDateTime &t = column == Created ? m_rows.at(i).created : m_rows.at(i).updated;
            keys[i] = t.isValid() ? t.toMSecsSinceEpoch() : std::numeric_limits<qint64>::min();
        }
        std::sort(order.begin(), order.end(), [&](int a, int b) {
            if (keys[a] != keys[b])
                return keys[a] < keys[b];
            const int c = compareRows(a, b, UserName);
            return c != 0 ? c < 0 : byRow(a, b);
        });
        break;
    }
    default: {
        // Pre-folded keys: the comparison becomes a plain UTF-16 comparison.
        QVector<QString> keys(n);
        for (int i = 0; i < n; ++i) {
            const Row &r = m_rows.at(i);
            switch (column) {
            case UserName: keys[i] = r.userName.toCaseFolded(); break;
            case DisplayName: keys[i] = r.displayName.toCaseFolded(); break;
            case Email: keys[i] = r.email.toCaseFolded(); break;
            case Phone: keys[i] = r.phone; break;
            case Status: keys[i] = r.status; break;
            case Source: keys[i] = r.source; break;
            default: break;
            }
        }
        if (column == UserId) {
            std::sort(order.begin(), order.end(), [&](int a, int b) {
                const int c = compareRows(a, b, UserId);
                return c != 0 ? c < 0 : byRow(a, b);
            });
            break;
        }
        QVector<QString> tie;
        if (column != UserName) {
            tie.resize(n);
            for (int i = 0; i < n; ++i)
                tie[i] = m_rows.at(i).userName.toCaseFolded();
        }
        std::sort(order.begin(), order.end(), [&](int a, int b) {
            int c = keys[a].compare(keys[b]);
            if (c == 0 && !tie.isEmpty())
                c = tie[a].compare(tie[b]);
            return c != 0 ? c < 0 : byRow(a, b);
        });
        break;
    }
    }
    m_rank.resize(n);
    for (int i = 0; i < n; ++i)
        m_rank[order[i]] = i;
    m_rankColumn = column;
    m_unranked = 0;
}

int UserListModel::compareForSort(int left, int right, int column) const
{
    if (column == m_rankColumn && left < m_rank.size() && right < m_rank.size()) {
        const int a = m_rank.at(left);
        const int b = m_rank.at(right);
        if (a >= 0 && b >= 0)
            return a < b ? -1 : (a > b ? 1 : 0);
    }
    return compareRows(left, right, column);
}

QString UserListModel::userId(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).id : QString();
}

DirectoryUser UserListModel::user(int row) const
{
    DirectoryUser u;
    if (row < 0 || row >= m_rows.size())
        return u;
    const Row &r = m_rows.at(row);
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

void UserListModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1), {Qt::DisplayRole, Qt::ToolTipRole});
}
