// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/UserPoolModel.h"

#include <QLocale>
#include <limits>

namespace {
QVariant dateCell(const QDateTime &t, const QString &sent)
{
    if (!t.isValid())
        return sent;
    return QLocale().toString(t.toLocalTime().date(), QStringLiteral("yyyy-MM-dd"));
}

QVariant longTime(const QDateTime &t, const QString &sent)
{
    return t.isValid() ? QLocale().toString(t.toLocalTime(), QLocale::LongFormat) + QLatin1Char('\n') + sent : sent;
}
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

const UserPoolModel::Columns &UserPoolModel::columnSet()
{
    static const Columns set = [] {
        using S = Columns::TextSort;
        Columns s;
        s.setId([](const Row &r) -> const QString & { return r.pool.uid; });
        s.text([] { return columnTitle(Name); }, [](const Row &r) -> const QString & { return r.pool.name; });
        s.text([] { return columnTitle(Uid); }, [](const Row &r) -> const QString & { return r.pool.uid; }, S::Exact)
            .headerToolTip = [] { return tr("The pool's unique id (UserPoolUid)"); };
        {
            auto &c = s.number([] { return columnTitle(Enabled); },
                               [](const Row &r) -> QVariant {
                                   if (r.pool.enabled)
                                       return *r.pool.enabled ? tr("Enabled") : tr("Disabled");
                                   return r.detailError.isEmpty() ? tr("…") : tr("Unknown");
                               },
                               [](const Row &r) -> QVariant { return r.pool.enabled ? int(*r.pool.enabled) : -1; },
                               [](const Row &r) -> double { return r.pool.enabled ? int(*r.pool.enabled) : -1; });
            c.alignment = Qt::AlignLeft | Qt::AlignVCenter;
        }
        s.text([] { return columnTitle(Domain); }, [](const Row &r) -> const QString & { return r.pool.domain; });
        s.number([] { return columnTitle(Users); },
                 [](const Row &r) -> QVariant { return QLocale().toString(r.pool.totalUsers); },
                 [](const Row &r) -> QVariant { return r.pool.totalUsers; },
                 [](const Row &r) -> double { return r.pool.totalUsers; })
            .headerToolTip = [] { return tr("Total users in the pool"); };
        s.number([] { return columnTitle(Clients); },
                 [](const Row &r) -> QVariant { return QLocale().toString(r.pool.totalClients); },
                 [](const Row &r) -> QVariant { return r.pool.totalClients; },
                 [](const Row &r) -> double { return r.pool.totalClients; })
            .headerToolTip = [] { return tr("Total applications (clients) of the pool"); };
        s.text([] { return columnTitle(Project); }, [](const Row &r) -> const QString & { return r.pool.projectName; })
            .headerToolTip = [] { return tr("IAM project"); };
        s.time([] { return columnTitle(Created); }, [](const Row &r) { return r.pool.created(); }).display =
            [](const Row &r) { return dateCell(r.pool.created(), r.pool.createTime); };
        s.time([] { return columnTitle(Updated); }, [](const Row &r) { return r.pool.updated(); }).display =
            [](const Row &r) { return dateCell(r.pool.updated(), r.pool.updateTime); };
        s.number([] { return columnTitle(Mau); },
                 [](const Row &r) -> QVariant { return r.mau ? QLocale().toString(qRound64(*r.mau)) : QStringLiteral("—"); },
                 [](const Row &r) -> QVariant { return r.mau ? QVariant(*r.mau) : QVariant(); },
                 [](const Row &r) -> double { return r.mau ? *r.mau : std::numeric_limits<double>::quiet_NaN(); });
        s.setSearchFields({[](const Row &r) -> const QString & { return r.pool.name; },
                           [](const Row &r) -> const QString & { return r.pool.uid; },
                           [](const Row &r) -> const QString & { return r.pool.domain; },
                           [](const Row &r) -> const QString & { return r.pool.projectName; },
                           [](const Row &r) -> const QString & { return r.pool.description; }});
        s.setTieBreak(Name);
        s.setCellToolTip([](const Row &r, int column) -> QVariant {
            switch (column) {
            case Name:
                return r.pool.description.isEmpty() ? r.pool.name : r.pool.name + QLatin1Char('\n') + r.pool.description;
            case Enabled:
                if (!r.pool.enabled)
                    return r.detailError.isEmpty() ? tr("Reading the pool's state…")
                                                   : tr("Could not read the pool's state: %1").arg(r.detailError);
                return {};
            case Created: return longTime(r.pool.created(), r.pool.createTime);
            case Updated: return longTime(r.pool.updated(), r.pool.updateTime);
            default: return {};
            }
        });
        s.setExtraData(
            [](const Row &r, int role) -> QVariant {
                return role == EnabledStateRole ? QVariant(r.pool.enabled ? int(*r.pool.enabled) : -1) : QVariant();
            },
            {{EnabledStateRole, "enabledState"}, {UidRole, "uid"}, {ExportRole, "export"}});
        return s;
    }();
    return set;
}

UserPoolModel::UserPoolModel(QObject *parent)
    : RecordTableModel(columnSet(), FetchPolicy::All, parent)
{
}

QVariant UserPoolModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount() || index.column() >= ColumnCount)
        return {};
    if (role == Qt::EditRole)
        return RecordTableModel::data(index, RawValueRole);
    if (role == ExportRole) {
        const Row &r = records().at(index.row());
        switch (index.column()) {
        case Enabled:
            return r.pool.enabled ? (*r.pool.enabled ? QStringLiteral("true") : QStringLiteral("false")) : QString();
        case Created: return r.pool.createTime;
        case Updated: return r.pool.updateTime;
        case Mau: return r.mau ? QVariant(qRound64(*r.mau)) : QVariant(QString());
        default: return RecordTableModel::data(index, RawValueRole);
        }
    }
    if (role == Qt::ToolTipRole && index.column() == Mau)
        return m_mauMonth.isEmpty() ? QVariant() : tr("Monthly active users in %1").arg(m_mauMonth);
    return RecordTableModel::data(index, role);
}

QVariant UserPoolModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && section == Mau && role == Qt::ToolTipRole)
        return m_mauMonth.isEmpty() ? tr("Monthly active users") : tr("Monthly active users in %1").arg(m_mauMonth);
    if (orientation == Qt::Horizontal && role == ExportRole) {
        if (section == Mau && !m_mauMonth.isEmpty())
            return QStringLiteral("%1 (%2)").arg(columnTitle(Mau), m_mauMonth);
        return RecordTableModel::headerData(section, orientation, Qt::DisplayRole);
    }
    return RecordTableModel::headerData(section, orientation, role);
}

void UserPoolModel::clear()
{
    if (rowCount() == 0 && m_mauMonth.isEmpty())
        return;
    PagedTableModel::clear();   // clearRows() forgets the month too
}

void UserPoolModel::clearRows()
{
    RecordTableModel::clearRows();
    m_mauMonth.clear();
}

void UserPoolModel::upsertListItems(const QList<UserPool> &items)
{
    QVector<Row> fresh;
    QSet<QString> seen;
    for (const UserPool &item : items) {
        if (!item.isValid())
            continue;
        if (updateRecord(item.uid, [&item](Row &r) { r.pool.mergeListItem(item); }))
            continue;
        if (seen.contains(item.uid))
            continue;   // twice in one page: the first one counts
        seen.insert(item.uid);
        fresh.append(Row{item, std::nullopt, QString()});
    }
    if (!fresh.isEmpty())
        appendRecords(std::move(fresh));
}

int UserPoolModel::upsertPool(const UserPool &pool)
{
    if (!pool.isValid())
        return -1;
    const int row = rowOfUid(pool.uid);
    if (row >= 0) {
        updateRecord(pool.uid, [&pool](Row &r) {
            const std::optional<bool> known = r.pool.enabled;
            r.pool = pool;
            // A full object may still lack Enabled (CreateUserPool answers vary): keep what we knew.
            if (!r.pool.enabled)
                r.pool.enabled = known;
            r.detailError.clear();
        });
        return row;
    }
    return upsertRecord(Row{pool, std::nullopt, QString()}, InsertAt::Bottom);
}

void UserPoolModel::setDetailError(const QString &uid, const QString &message)
{
    updateRecord(uid, [&message](Row &r) { r.detailError = message; });
}

void UserPoolModel::setMaus(const QHash<QString, double> &mauByUid, const QString &month)
{
    const bool monthChanged = month != m_mauMonth;
    m_mauMonth = month;
    for (auto it = mauByUid.cbegin(); it != mauByUid.cend(); ++it) {
        const int row = rowOfUid(it.key());
        if (row < 0)
            continue;
        mutableRecord(row).mau = it.value();
        unrank(row);
    }
    emitColumnChanged(Mau);
    if (monthChanged)
        emit headerDataChanged(Qt::Horizontal, Mau, Mau);
}

void UserPoolModel::clearMaus()
{
    for (int row = 0; row < rowCount(); ++row) {
        if (!mutableRecord(row).mau)
            continue;
        mutableRecord(row).mau.reset();
        unrank(row);
    }
    m_mauMonth.clear();
    emitColumnChanged(Mau);
    emit headerDataChanged(Qt::Horizontal, Mau, Mau);
}

UserPool UserPoolModel::pool(int row) const
{
    return row >= 0 && row < rowCount() ? records().at(row).pool : UserPool();
}

std::optional<double> UserPoolModel::mau(int row) const
{
    return row >= 0 && row < rowCount() ? records().at(row).mau : std::nullopt;
}

QStringList UserPoolModel::uids() const
{
    QStringList out;
    out.reserve(rowCount());
    for (const Row &r : records())
        out << r.pool.uid;
    return out;
}

QStringList UserPoolModel::uidsWithoutDetail() const
{
    QStringList out;
    for (const Row &r : records())
        if (!r.pool.enabled)
            out << r.pool.uid;
    return out;
}

void UserPoolModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (rowCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

void UserPoolModel::emitColumnChanged(int column)
{
    if (rowCount() > 0)
        emit dataChanged(index(0, column), index(rowCount() - 1, column));
}
