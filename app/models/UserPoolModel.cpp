// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/UserPoolModel.h"

#include <QLocale>

UserPoolModel::UserPoolModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

int UserPoolModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int UserPoolModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString UserPoolModel::columnTitle(int column)
{
    switch (column) {
    case Name: return tr("Name");
    case Uid: return tr("Uid");
    case Enabled: return tr("Enabled");
    case Domain: return tr("Domain");
    case Users: return tr("Users");
    case Clients: return tr("Clients");
    case Project: return tr("Project");
    case Created: return tr("Created");
    case Updated: return tr("Updated");
    case Mau: return tr("MAU");
    default: return {};
    }
}

QVariant UserPoolModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole)
        return columnTitle(section);
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case Uid: return tr("The pool's unique id (UserPoolUid)");
        case Users: return tr("Total users in the pool");
        case Clients: return tr("Total applications (clients) of the pool");
        case Project: return tr("IAM project");
        case Mau:
            return m_mauMonth.isEmpty() ? tr("Monthly active users")
                                        : tr("Monthly active users in %1").arg(m_mauMonth);
        default: return columnTitle(section);
        }
    }
    return {};
}

QHash<int, QByteArray> UserPoolModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(RawValueRole, "rawValue");
    names.insert(UidRole, "uid");
    names.insert(SearchTextRole, "searchText");
    names.insert(EnabledStateRole, "enabledState");
    return names;
}

QVariant UserPoolModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return display(row, column);
    case Qt::EditRole:
    case RawValueRole:
        return raw(row, column);
    case UidRole:
        return row.pool.uid;
    case EnabledStateRole:
        return row.pool.enabled ? int(*row.pool.enabled) : -1;
    case SearchTextRole:
        return QStringList{row.pool.name, row.pool.uid, row.pool.domain, row.pool.projectName, row.pool.description}
            .join(QLatin1Char('\n'));
    case Qt::TextAlignmentRole:
        if (column == Users || column == Clients || column == Mau)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return int(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::ToolTipRole:
        switch (column) {
        case Name:
            return row.pool.description.isEmpty() ? row.pool.name
                                                  : row.pool.name + QLatin1Char('\n') + row.pool.description;
        case Enabled:
            if (!row.pool.enabled)
                return row.detailError.isEmpty() ? tr("Reading the pool's state…")
                                                 : tr("Could not read the pool's state: %1").arg(row.detailError);
            return display(row, column);
        case Created:
        case Updated: {
            const QDateTime t = column == Created ? row.pool.created() : row.pool.updated();
            const QString raw = column == Created ? row.pool.createTime : row.pool.updateTime;
            return t.isValid() ? QLocale().toString(t.toLocalTime(), QLocale::LongFormat) + QLatin1Char('\n') + raw : raw;
        }
        case Mau:
            return m_mauMonth.isEmpty() ? QVariant() : tr("Monthly active users in %1").arg(m_mauMonth);
        default: {
            const QVariant d = display(row, column);
            return d.toString().isEmpty() ? QVariant() : d;
        }
        }
    default:
        return {};
    }
}

QVariant UserPoolModel::display(const Row &row, int column) const
{
    const UserPool &p = row.pool;
    const QLocale locale;
    switch (column) {
    case Name: return p.name;
    case Uid: return p.uid;
    case Enabled:
        if (p.enabled)
            return *p.enabled ? tr("Enabled") : tr("Disabled");
        return row.detailError.isEmpty() ? tr("…") : tr("Unknown");
    case Domain: return p.domain;
    case Users: return locale.toString(p.totalUsers);
    case Clients: return locale.toString(p.totalClients);
    case Project: return p.projectName;
    case Created:
    case Updated: {
        const QDateTime t = column == Created ? p.created() : p.updated();
        if (!t.isValid())
            return column == Created ? p.createTime : p.updateTime;
        return locale.toString(t.toLocalTime().date(), QStringLiteral("yyyy-MM-dd"));
    }
    case Mau:
        if (!row.mau)
            return QStringLiteral("—");
        return locale.toString(qRound64(*row.mau));
    default: return {};
    }
}

QVariant UserPoolModel::raw(const Row &row, int column) const
{
    const UserPool &p = row.pool;
    switch (column) {
    case Name: return p.name;
    case Uid: return p.uid;
    case Enabled: return p.enabled ? int(*p.enabled) : -1;
    case Domain: return p.domain;
    case Users: return p.totalUsers;
    case Clients: return p.totalClients;
    case Project: return p.projectName;
    case Created: return p.created();
    case Updated: return p.updated();
    case Mau: return row.mau ? QVariant(*row.mau) : QVariant();
    default: return {};
    }
}

void UserPoolModel::clear()
{
    if (m_rows.isEmpty() && m_mauMonth.isEmpty())
        return;
    beginResetModel();
    m_rows.clear();
    m_rowByUid.clear();
    m_mauMonth.clear();
    endResetModel();
}

void UserPoolModel::upsertListItems(const QList<UserPool> &items)
{
    QList<UserPool> fresh;
    QSet<QString> seen;
    for (const UserPool &item : items) {
        if (!item.isValid())
            continue;
        const int row = rowOfUid(item.uid);
        if (row >= 0) {
            m_rows[row].pool.mergeListItem(item);
            emitRowChanged(row);
        } else if (!seen.contains(item.uid)) {
            seen.insert(item.uid);
            fresh.append(item);
        }
    }
    if (fresh.isEmpty())
        return;
    const int first = int(m_rows.size());
    beginInsertRows({}, first, first + int(fresh.size()) - 1);
    for (const UserPool &p : fresh) {
        m_rowByUid.insert(p.uid, int(m_rows.size()));
        m_rows.append(Row{p, std::nullopt, QString()});
    }
    endInsertRows();
}

void UserPoolModel::retainOnly(const QSet<QString> &uids)
{
    // Remove from the bottom in contiguous blocks so views keep their selection elsewhere.
    int row = int(m_rows.size()) - 1;
    while (row >= 0) {
        if (uids.contains(m_rows.at(row).pool.uid)) {
            --row;
            continue;
        }
        int first = row;
        while (first > 0 && !uids.contains(m_rows.at(first - 1).pool.uid))
            --first;
        beginRemoveRows({}, first, row);
        m_rows.erase(m_rows.begin() + first, m_rows.begin() + row + 1);
        endRemoveRows();
        row = first - 1;
    }
    reindex();
}

int UserPoolModel::upsertPool(const UserPool &pool)
{
    if (!pool.isValid())
        return -1;
    const int row = rowOfUid(pool.uid);
    if (row >= 0) {
        UserPool merged = pool;
        // A full object may still lack Enabled (CreateUserPool answers vary): keep what we knew.
        if (!merged.enabled)
            merged.enabled = m_rows.at(row).pool.enabled;
        m_rows[row].pool = merged;
        m_rows[row].detailError.clear();
        emitRowChanged(row);
        return row;
    }
    const int at = int(m_rows.size());
    beginInsertRows({}, at, at);
    m_rows.append(Row{pool, std::nullopt, QString()});
    m_rowByUid.insert(pool.uid, at);
    endInsertRows();
    return at;
}

bool UserPoolModel::removePool(const QString &uid)
{
    const int row = rowOfUid(uid);
    if (row < 0)
        return false;
    beginRemoveRows({}, row, row);
    m_rows.removeAt(row);
    endRemoveRows();
    reindex();
    return true;
}

void UserPoolModel::setDetailError(const QString &uid, const QString &message)
{
    const int row = rowOfUid(uid);
    if (row < 0)
        return;
    m_rows[row].detailError = message;
    const QModelIndex i = index(row, Enabled);
    emit dataChanged(i, i);
}

void UserPoolModel::setMaus(const QHash<QString, double> &mauByUid, const QString &month)
{
    const bool monthChanged = month != m_mauMonth;
    m_mauMonth = month;
    for (auto it = mauByUid.cbegin(); it != mauByUid.cend(); ++it) {
        const int row = rowOfUid(it.key());
        if (row >= 0)
            m_rows[row].mau = it.value();
    }
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, Mau), index(int(m_rows.size()) - 1, Mau));
    if (monthChanged)
        emit headerDataChanged(Qt::Horizontal, Mau, Mau);
}

void UserPoolModel::clearMaus()
{
    for (Row &r : m_rows)
        r.mau.reset();
    m_mauMonth.clear();
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, Mau), index(int(m_rows.size()) - 1, Mau));
    emit headerDataChanged(Qt::Horizontal, Mau, Mau);
}

UserPool UserPoolModel::pool(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).pool : UserPool();
}

UserPool UserPoolModel::poolByUid(const QString &uid) const
{
    return pool(rowOfUid(uid));
}

std::optional<double> UserPoolModel::mau(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).mau : std::nullopt;
}

QStringList UserPoolModel::uids() const
{
    QStringList out;
    out.reserve(m_rows.size());
    for (const Row &r : m_rows)
        out << r.pool.uid;
    return out;
}

QStringList UserPoolModel::uidsWithoutDetail() const
{
    QStringList out;
    for (const Row &r : m_rows)
        if (!r.pool.enabled)
            out << r.pool.uid;
    return out;
}

void UserPoolModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
}

void UserPoolModel::reindex()
{
    m_rowByUid.clear();
    for (int i = 0; i < m_rows.size(); ++i)
        m_rowByUid.insert(m_rows.at(i).pool.uid, i);
}

void UserPoolModel::emitRowChanged(int row)
{
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}
