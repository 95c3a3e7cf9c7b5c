// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/PoolUserSparseModel.h"

#include "models/PoolUserPageSource.h"
#include <QLocale>
#include <QTimer>
#include <algorithm>
#include <limits>
#include <memory>

namespace {
const QString &claimRef(const PoolUser &u, const QString &key)
{
    static const QString empty;
    const auto it = u.claims.constFind(key);
    return it == u.claims.constEnd() ? empty : it.value();
}
} // namespace

const RecordColumnSet<PoolUser> &PoolUserSparseModel::columns()
{
    using Set = RecordColumnSet<PoolUser>;
    static const Set set = [] {
        Set set;
        set.setId([](const PoolUser &u) -> const QString & { return u.uid; });
        set.text([] { return columnTitle(PreferredUsername); },
                 [](const PoolUser &u) -> const QString & {
                     static const QString key = QStringLiteral("PreferredUsername");
                     return claimRef(u, key);
                 }, Set::TextSort::Folded);
        set.text([] { return columnTitle(Name); },
                 [](const PoolUser &u) -> const QString & {
                     static const QString key = QStringLiteral("Name");
                     return claimRef(u, key);
                 }, Set::TextSort::Folded);
        set.text([] { return columnTitle(Email); },
                 [](const PoolUser &u) -> const QString & {
                     static const QString key = QStringLiteral("Email");
                     return claimRef(u, key);
                 }, Set::TextSort::Folded);
        set.text([] { return columnTitle(PhoneNumber); },
                 [](const PoolUser &u) -> const QString & {
                     static const QString key = QStringLiteral("PhoneNumber");
                     return claimRef(u, key);
                 }, Set::TextSort::Exact);
        set.text([] { return columnTitle(UserState); }, [](const PoolUser &u) -> const QString & { return u.userState; },
                 Set::TextSort::Exact);
        set.text([] { return columnTitle(Connection); }, [](const PoolUser &u) -> const QString & { return u.connection; });
        set.custom([] { return columnTitle(NumLogins); },
                   [](const PoolUser &u) { return QVariant(QLocale().toString(u.numLogins)); },
                   [](const PoolUser &u) { return QVariant(u.numLogins); })
            .alignment = Qt::AlignRight | Qt::AlignVCenter;
        set.time([] { return columnTitle(LatestLogin); }, [](const PoolUser &u) { return u.lastLogin(); });
        set.time([] { return columnTitle(Created); }, [](const PoolUser &u) { return u.created(); });
        set.time([] { return columnTitle(Updated); }, [](const PoolUser &u) { return u.updated(); });
        set.text([] { return columnTitle(Uid); }, [](const PoolUser &u) -> const QString & { return u.uid; },
                 Set::TextSort::Id);
        set.text([] { return columnTitle(GivenName); },
                 [](const PoolUser &u) -> const QString & {
                     static const QString key = QStringLiteral("GivenName");
                     return claimRef(u, key);
                 }, Set::TextSort::Folded);
        set.text([] { return columnTitle(FamilyName); },
                 [](const PoolUser &u) -> const QString & {
                     static const QString key = QStringLiteral("FamilyName");
                     return claimRef(u, key);
                 }, Set::TextSort::Folded);
        set.text([] { return columnTitle(MiddleName); },
                 [](const PoolUser &u) -> const QString & {
                     static const QString key = QStringLiteral("MiddleName");
                     return claimRef(u, key);
                 }, Set::TextSort::Folded);
        set.text([] { return columnTitle(Nickname); },
                 [](const PoolUser &u) -> const QString & {
                     static const QString key = QStringLiteral("Nickname");
                     return claimRef(u, key);
                 }, Set::TextSort::Folded);
        set.text([] { return columnTitle(Gender); },
                 [](const PoolUser &u) -> const QString & {
                     static const QString key = QStringLiteral("Gender");
                     return claimRef(u, key);
                 }, Set::TextSort::Folded);
        set.text([] { return columnTitle(Birthdate); },
                 [](const PoolUser &u) -> const QString & {
                     static const QString key = QStringLiteral("Birthdate");
                     return claimRef(u, key);
                 }, Set::TextSort::Folded);
        set.text([] { return columnTitle(Locale); },
                 [](const PoolUser &u) -> const QString & {
                     static const QString key = QStringLiteral("Locale");
                     return claimRef(u, key);
                 }, Set::TextSort::Folded);
        set.text([] { return columnTitle(Zoneinfo); },
                 [](const PoolUser &u) -> const QString & {
                     static const QString key = QStringLiteral("Zoneinfo");
                     return claimRef(u, key);
                 }, Set::TextSort::Folded);
        set.text([] { return columnTitle(Picture); },
                 [](const PoolUser &u) -> const QString & {
                     static const QString key = QStringLiteral("Picture");
                     return claimRef(u, key);
                 }, Set::TextSort::Folded);
        set.text([] { return columnTitle(Profile); },
                 [](const PoolUser &u) -> const QString & {
                     static const QString key = QStringLiteral("Profile");
                     return claimRef(u, key);
                 }, Set::TextSort::Folded);
        set.text([] { return columnTitle(Website); },
                 [](const PoolUser &u) -> const QString & {
                     static const QString key = QStringLiteral("Website");
                     return claimRef(u, key);
                 }, Set::TextSort::Folded);
        set.setTieBreak(Uid);
        return set;
    }();
    return set;
}

QString PoolUserSparseModel::columnTitle(int column)
{
    switch (Column(column)) {
    case PreferredUsername: return tr("Username");
    case Name: return tr("Name");
    case Email: return tr("Email");
    case PhoneNumber: return tr("Phone number");
    case UserState: return tr("State");
    case Connection: return tr("Connection");
    case NumLogins: return tr("Logins");
    case LatestLogin: return tr("Last login");
    case Created: return tr("Created");
    case Updated: return tr("Updated");
    case Uid: return tr("User ID");
    case GivenName: return tr("Given name");
    case FamilyName: return tr("Family name");
    case MiddleName: return tr("Middle name");
    case Nickname: return tr("Nickname");
    case Gender: return tr("Gender");
    case Birthdate: return tr("Birthdate");
    case Locale: return tr("Locale");
    case Zoneinfo: return tr("Time zone");
    case Picture: return tr("Picture");
    case Profile: return tr("Profile page");
    case Website: return tr("Website");
    case ColumnCount: break;
    }
    return {};
}

QString PoolUserSparseModel::loadingText()
{
    return tr("Loading…");
}

QString PoolUserSparseModel::failedText()
{
    return tr("Failed — retry");
}

PoolUserSparseModel::PoolUserSparseModel(QObject *parent)
    : QAbstractTableModel(parent)
{
    Q_ASSERT(columns().count() == ColumnCount);
    m_flushTimer = new QTimer(this);
    m_flushTimer->setSingleShot(true);
    m_flushTimer->setInterval(40);   // coalesces the data() calls of one repaint (and of a fast scroll)
    connect(m_flushTimer, &QTimer::timeout, this, &PoolUserSparseModel::flushRequests);
}

PoolUserSparseModel::~PoolUserSparseModel()
{
    if (m_source)
        for (const int ticket : std::as_const(m_inFlight))
            m_source->cancel(ticket);
}

void PoolUserSparseModel::setDebounceMs(int ms)
{
    m_flushTimer->setInterval(qMax(0, ms));
}

void PoolUserSparseModel::setSource(PoolUserPageSource *source)
{
    beginResetModel();
    resetState();
    m_source = source;
    endResetModel();
}

void PoolUserSparseModel::setQuery(const PoolUserQuery &query)
{
    beginResetModel();
    resetState();
    m_query = query;
    if (m_query.sortField.isEmpty() && m_sortColumn >= 0) {   // a new search keeps the column sort
        m_query.sortField = serverSortField(m_sortColumn);
        m_query.descending = m_sortOrder == Qt::DescendingOrder;
    } else if (!m_query.sortField.isEmpty()) {
        m_sortColumn = -1;
        for (int c = 0; c < ColumnCount; ++c)
            if (serverSortField(c) == m_query.sortField)
                m_sortColumn = c;
        m_sortOrder = m_query.descending ? Qt::DescendingOrder : Qt::AscendingOrder;
    }
    endResetModel();
}

QString PoolUserSparseModel::serverSortField(int column)
{
    // ListUsers SortField (volcengine-id.md §7.2 "as for ListUserPools", §4): the docs show CreateTime only;
    // UpdateTime and Name are [assumed] there, and PreferredUsername is assumed too (our emulator accepts these
    // four). The other columns are not offered: an unsupported SortField would be refused by the service.
    switch (column) {
    case PreferredUsername: return QStringLiteral("PreferredUsername");
    case Name: return QStringLiteral("Name");
    case Created: return QStringLiteral("CreateTime");
    case Updated: return QStringLiteral("UpdateTime");
    default: return {};
    }
}

void PoolUserSparseModel::sort(int column, Qt::SortOrder order)
{
    const QString field = column < 0 ? QString() : serverSortField(column);
    if (column >= 0 && field.isEmpty())
        return;   // the service cannot sort by it: nothing changes (the header tooltip says so)
    if (column == m_sortColumn && (column < 0 || order == m_sortOrder))
        return;
    m_sortColumn = column < 0 ? -1 : column;
    m_sortOrder = order;
    m_query.sortField = field;
    m_query.descending = column >= 0 && order == Qt::DescendingOrder;
    if (!m_source)
        return;
    // Every cached page was in the old order: drop them all, keep the row count (a sort changes no count).
    invalidate();
}

void PoolUserSparseModel::setPageSize(int size)
{
    beginResetModel();
    resetState();
    m_pageSize = qBound(1, size, 100);
    endResetModel();
}

void PoolUserSparseModel::resetState()
{
    const bool wasLoading = isLoading();
    ++m_generation;
    if (m_source)
        for (const int ticket : std::as_const(m_inFlight))
            m_source->cancel(ticket);
    m_cancelled += int(m_inFlight.size());
    m_inFlight.clear();
    m_pages.clear();
    m_pages.squeeze();
    m_failed.clear();
    m_wanted.clear();
    m_flushTimer->stop();
    m_total = 0;
    m_answered = false;
    m_firstError = ApiError();
    m_firstVisiblePage = m_lastVisiblePage = 0;
    m_touchedFirst = m_touchedLast = 0;
    if (wasLoading)
        emit loadingChanged(false);
}

void PoolUserSparseModel::reload()
{
    beginResetModel();
    resetState();
    endResetModel();
    if (m_source)
        send(1);
}

void PoolUserSparseModel::clear()
{
    beginResetModel();
    resetState();
    endResetModel();
}

void PoolUserSparseModel::invalidate()
{
    if (!m_answered || m_total == 0) {
        reload();
        return;
    }
    const bool wasLoading = isLoading();
    ++m_generation;
    if (m_source)
        for (const int ticket : std::as_const(m_inFlight))
            m_source->cancel(ticket);
    m_cancelled += int(m_inFlight.size());
    m_inFlight.clear();
    m_pages.clear();
    m_failed.clear();
    m_wanted.clear();
    if (wasLoading)
        emit loadingChanged(false);
    // The view repaints and asks for the pages it shows; until then the rows read "Loading…".
    emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int PoolUserSparseModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(qMin<qint64>(m_total, std::numeric_limits<int>::max()));
}

int PoolUserSparseModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(ColumnCount);
}

PoolUserSparseModel::RowState PoolUserSparseModel::rowState(int row) const
{
    const int page = pageOfRow(row);
    if (m_pages.contains(page))
        return RowState::Loaded;
    return m_failed.contains(page) ? RowState::Failed : RowState::Loading;
}

const PoolUser *PoolUserSparseModel::userAt(int row) const
{
    if (row < 0 || row >= rowCount())
        return nullptr;
    const int page = pageOfRow(row);
    const auto it = m_pages.find(page);
    if (it == m_pages.end())
        return nullptr;
    const int offset = row - (page - 1) * m_pageSize;
    if (offset >= it->users.size())
        return nullptr;
    it->lastUsed = ++m_clock;
    return &it->users.at(offset);
}

int PoolUserSparseModel::rowOfUid(const QString &uid) const
{
    for (auto it = m_pages.cbegin(); it != m_pages.cend(); ++it) {
        for (int i = 0; i < it->users.size(); ++i)
            if (it->users.at(i).uid == uid)
                return (it.key() - 1) * m_pageSize + i;
    }
    return -1;
}

bool PoolUserSparseModel::replaceUser(const PoolUser &user)
{
    const int row = rowOfUid(user.uid);
    if (row < 0)
        return false;
    const int page = pageOfRow(row);
    m_pages[page].users[row - (page - 1) * m_pageSize] = user;
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
    return true;
}

QVector<PoolUser> PoolUserSparseModel::loadedUsers() const
{
    QList<int> pages = m_pages.keys();
    std::sort(pages.begin(), pages.end());
    QVector<PoolUser> users;
    for (const int page : std::as_const(pages))
        users += m_pages.value(page).users;
    return users;
}

QList<int> PoolUserSparseModel::pagesInFlight() const
{
    QList<int> pages = m_inFlight.keys();
    std::sort(pages.begin(), pages.end());
    return pages;
}

QVariant PoolUserSparseModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount() || index.column() >= ColumnCount)
        return {};
    const int row = index.row();
    const int column = index.column();
    if (role == Qt::TextAlignmentRole)
        return int(columns().at(column).alignment);
    if (const PoolUser *u = userAt(row)) {
        switch (role) {
        case Qt::DisplayRole: return columns().displayValue(*u, column);
        case Qt::ToolTipRole: {
            const QVariant d = columns().displayValue(*u, column);
            return d.toString().isEmpty() ? QVariant() : d;
        }
        case RawValueRole: return columns().rawValue(*u, column);
        case IdRole: return u->uid;
        case PlaceholderRole: return false;
        case StateRole: return int(RowState::Loaded);
        default: return {};
        }
    }
    const int page = pageOfRow(row);
    if (m_pages.contains(page)) {   // a row past the end of a short page (the pool shrank): empty
        if (role == PlaceholderRole)
            return false;
        if (role == StateRole)
            return int(RowState::Loaded);
        return {};
    }
    const auto failed = m_failed.constFind(page);
    if (failed != m_failed.constEnd()) {
        switch (role) {
        case Qt::DisplayRole: return column == 0 ? failedText() : QString();
        case Qt::ToolTipRole:
            return tr("Page %1 could not be loaded: %2 Select the row and choose Retry (or press Enter).")
                .arg(page)
                .arg(failed->localizedMessage());
        case PlaceholderRole: return true;
        case StateRole: return int(RowState::Failed);
        default: return {};
        }
    }
    want(page);
    switch (role) {
    case Qt::DisplayRole: return column == 0 ? loadingText() : QString();
    case PlaceholderRole: return true;
    case StateRole: return int(RowState::Loading);
    default: return {};
    }
}

QVariant PoolUserSparseModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole)
        return columnTitle(section);
    if (role == Qt::ToolTipRole)
        return isServerSortable(section)
                   ? tr("%1 (click to have the service sort the whole list by it; click again to reverse)")
                         .arg(columnTitle(section))
                   : tr("%1 (the service cannot sort by this column; a list loaded page by page cannot be sorted "
                        "here)")
                         .arg(columnTitle(section));
    return {};
}

QHash<int, QByteArray> PoolUserSparseModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(RawValueRole, "rawValue");
    names.insert(IdRole, "id");
    names.insert(PlaceholderRole, "placeholder");
    names.insert(StateRole, "rowState");
    return names;
}

void PoolUserSparseModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (rowCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1), {Qt::DisplayRole, Qt::ToolTipRole});
}

void PoolUserSparseModel::want(int page) const
{
    // The pages the view asked for since the last flush (loading ones, sent or not): where the view is.
    m_touchedFirst = m_touchedFirst == 0 ? page : qMin(m_touchedFirst, page);
    m_touchedLast = qMax(m_touchedLast, page);
    if (!m_source || m_inFlight.contains(page) || m_failed.contains(page) || m_pages.contains(page))
        return;
    if (!m_wanted.isEmpty() && m_wanted.constLast() == page)
        return;   // the other cells of the same page in this repaint
    m_wanted.removeOne(page);
    m_wanted.append(page);
    scheduleFlush();
}

void PoolUserSparseModel::scheduleFlush() const
{
    if (!m_flushTimer->isActive())
        m_flushTimer->start();
}

void PoolUserSparseModel::setVisibleRows(int first, int last)
{
    if (first < 0 || last < first) {
        m_firstVisiblePage = m_lastVisiblePage = 0;
        return;
    }
    m_firstVisiblePage = pageOfRow(first);
    m_lastVisiblePage = pageOfRow(last);
}

bool PoolUserSparseModel::inView(int page) const
{
    if (m_firstVisiblePage <= 0)
        return false;
    return page >= m_firstVisiblePage - 1 && page <= m_lastVisiblePage + 1;   // a page of margin either side
}

void PoolUserSparseModel::flushRequests()
{
    m_flushTimer->stop();
    if (!m_source)
        return;
    const bool wasLoading = isLoading();
    // The view: what it says it shows, or else the pages it just asked for.
    if (m_firstVisiblePage <= 0 && m_touchedFirst > 0) {
        const int first = m_touchedFirst, last = m_touchedLast;
        // Requests in flight for pages far from what the view asked for now: it has moved on. Cancel them (reads).
        const QList<int> pages = m_inFlight.keys();
        for (const int page : pages) {
            if (page >= first - 2 && page <= last + 2)
                continue;
            m_source->cancel(m_inFlight.take(page));
            ++m_cancelled;
        }
        m_wanted.erase(std::remove_if(m_wanted.begin(), m_wanted.end(),
                                      [first, last](int p) { return p < first - 2 || p > last + 2; }),
                       m_wanted.end());
    }
    m_touchedFirst = m_touchedLast = 0;
    if (m_firstVisiblePage > 0) {
        const QList<int> pages = m_inFlight.keys();
        for (const int page : pages) {
            if (inView(page))
                continue;
            m_source->cancel(m_inFlight.take(page));
            ++m_cancelled;
        }
        // Pending pages that left the view are dropped (they are asked for again if the view comes back).
        m_wanted.erase(std::remove_if(m_wanted.begin(), m_wanted.end(), [this](int p) { return !inView(p); }),
                       m_wanted.end());
    }
    // Most recently asked first.
    while (!m_wanted.isEmpty() && m_inFlight.size() < m_maxInFlight) {
        const int page = m_wanted.takeLast();
        if (!m_inFlight.contains(page) && !m_pages.contains(page) && !m_failed.contains(page))
            send(page);
    }
    if (wasLoading != isLoading())
        emit loadingChanged(isLoading());
}

void PoolUserSparseModel::send(int page)
{
    if (!m_source)
        return;
    const bool wasLoading = isLoading();
    PoolUserQuery q = m_query;
    q.pageNumber = page;
    q.pageSize = m_pageSize;
    const quint64 generation = m_generation;
    ++m_requestsSent;
    // The ticket is known only after fetch() returns; the answer always comes later (PoolUserPageSource).
    auto ticket = std::make_shared<int>(0);
    *ticket = m_source->fetch(q, [this, generation, page, ticket](const PoolUserPage &answer, const ApiError &error) {
        onAnswer(generation, page, *ticket, answer, error);
    });
    m_inFlight.insert(page, *ticket);
    if (!wasLoading)
        emit loadingChanged(true);
}

void PoolUserSparseModel::onAnswer(quint64 generation, int page, int ticket, const PoolUserPage &answer,
                                   const ApiError &error)
{
    if (generation != m_generation || m_inFlight.value(page, -1) != ticket) {
        ++m_staleDropped;   // an older search, or a request cancelled after it was answered
        return;
    }
    m_inFlight.remove(page);
    const bool first = !m_answered;
    if (error.kind == ApiError::Kind::Cancelled) {
        // Cancelled elsewhere (profile switch): not a failure; asked again when shown.
    } else if (error.isError()) {
        m_failed.insert(page, error);
        if (first) {
            m_answered = true;
            m_firstError = error;
        }
        emitPageChanged(page);
        emit pageFailed(page, error);
        if (first)
            emit firstPageLoaded(false);
    } else {
        m_answered = true;
        setTotal(answer.total > 0 || answer.users.isEmpty() ? answer.total
                                                            : qint64(page - 1) * m_pageSize + answer.users.size());
        CachedPage cached;
        cached.users = QVector<PoolUser>(answer.users.cbegin(), answer.users.cend());
        cached.lastUsed = ++m_clock;
        m_pages.insert(page, std::move(cached));
        m_failed.remove(page);
        evictIfNeeded();
        emitPageChanged(page);
        emit pageLoaded(page);
        if (first)
            emit firstPageLoaded(true);
    }
    flushRequests();   // a slot is free: the next wanted page
    if (!isLoading())
        emit loadingChanged(false);
}

void PoolUserSparseModel::setTotal(qint64 total)
{
    total = qBound(qint64(0), total, qint64(std::numeric_limits<int>::max()));
    if (total == m_total)
        return;
    if (total > m_total) {
        beginInsertRows({}, int(m_total), int(total - 1));
        m_total = total;
        endInsertRows();
    } else {
        beginRemoveRows({}, int(total), int(m_total - 1));
        m_total = total;
        const int lastPage = total == 0 ? 0 : pageOfRow(int(total - 1));
        for (auto it = m_pages.begin(); it != m_pages.end();)
            it = it.key() > lastPage ? m_pages.erase(it) : std::next(it);
        endRemoveRows();
    }
}

void PoolUserSparseModel::evictIfNeeded()
{
    while (m_pages.size() > m_maxPages) {
        // Least recently shown first; never a page in view. Equal stamps: the one farthest from the view.
        int victim = -1;
        quint64 oldest = std::numeric_limits<quint64>::max();
        const int centre = m_firstVisiblePage > 0 ? (m_firstVisiblePage + m_lastVisiblePage) / 2 : 0;
        for (auto it = m_pages.cbegin(); it != m_pages.cend(); ++it) {
            if (inView(it.key()))
                continue;
            if (it->lastUsed < oldest
                || (it->lastUsed == oldest && qAbs(it.key() - centre) > qAbs(victim - centre))) {
                oldest = it->lastUsed;
                victim = it.key();
            }
        }
        if (victim < 0)
            break;   // everything cached is in view (a view taller than the cache): bounded by the view
        m_pages.remove(victim);
        ++m_evicted;
        emitPageChanged(victim);   // its rows are placeholders again (out of view: nothing is fetched)
        emit pageEvicted(victim);
    }
}

void PoolUserSparseModel::emitPageChanged(int page)
{
    const int first = (page - 1) * m_pageSize;
    const int last = qMin(rowCount() - 1, first + m_pageSize - 1);
    if (first > last)
        return;
    emit dataChanged(index(first, 0), index(last, ColumnCount - 1));
}

void PoolUserSparseModel::retryPage(int page)
{
    if (!m_failed.remove(page))
        return;
    emitPageChanged(page);
    want(page);
    flushRequests();
}

void PoolUserSparseModel::retryFailed()
{
    const QList<int> pages = m_failed.keys();
    for (const int page : pages)
        retryPage(page);
}
