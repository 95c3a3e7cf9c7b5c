// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/ApiError.h"
#include "cloud/PoolDirectoryRecords.h"
#include "models/RecordColumnSet.h"
#include <QAbstractTableModel>
#include <QHash>
#include <QSet>
#include <QVector>

class PoolUserPageSource;
class QTimer;

// The users of one Agent Identity pool as a sparse table: a pool of 1,000,000 users scrolls anywhere without
// loading what lies before. rowCount() is the TotalCount of the first answered page; a row that has not been
// fetched shows "Loading…" (PlaceholderRole true) and asks, debounced and coalesced with its neighbours, for the
// page that holds it. ListUsers pages by page number (volcengine-id.md §7.2), so row 500,000 with pages of 100
// is page 5,001 and nothing else is fetched.
//
// Bounded: at most maxCachedPages() pages are kept (least recently shown first out, never a page in view), at
// most maxInFlight() requests run; a page request whose rows left the view before it was sent is dropped, one
// in flight far from the view is cancelled. A new query (search, filter, pool) starts a new generation: answers
// of older generations are dropped. A failed page shows "Failed — retry" in its cells (StateRole Failed) and is
// not asked again until retryPage()/retryFailed().
//
// Order: the server's. Sorting a sparse list locally would sort only what happens to be loaded, so sort() asks
// the server instead: ListUsers SortField / SortDirection (volcengine-id.md §7.2) for the columns the service can
// sort by (serverSortField(); the others are ignored and say so in their header tooltip). A new sort keeps the
// row count and drops every cached page (invalidate()); the rows in view load again in the new order. Views keep
// their own sorting disabled (QTableView would call sort() on every header state restore) and call sort().
class PoolUserSparseModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        PreferredUsername,
        Name,
        Email,
        PhoneNumber,
        UserState,
        Connection,
        NumLogins,
        LatestLogin,
        Created,
        Updated,
        Uid,
        GivenName,
        FamilyName,
        MiddleName,
        Nickname,
        Gender,
        Birthdate,
        Locale,
        Zoneinfo,
        Picture,
        Profile,
        Website,
        ColumnCount
    };
    enum Role {
        RawValueRole = Qt::UserRole,   // same values as RecordTableModelBase's roles
        IdRole,                        // the user's Uid (empty while loading)
        PlaceholderRole = Qt::UserRole + 16,   // true: the row is not loaded (loading or failed)
        StateRole,                     // RowState
    };
    enum class RowState { Loaded, Loading, Failed };

    explicit PoolUserSparseModel(QObject *parent = nullptr);
    ~PoolUserSparseModel() override;

    // The page source (not owned). Setting it (or a new query) resets the model; nothing loads until reload().
    void setSource(PoolUserPageSource *source);
    PoolUserPageSource *source() const { return m_source; }
    // Search and filters (pageNumber / pageSize are the model's).
    void setQuery(const PoolUserQuery &query);
    PoolUserQuery query() const { return m_query; }
    void setPageSize(int size);
    int pageSize() const { return m_pageSize; }
    void setMaxCachedPages(int pages) { m_maxPages = qMax(2, pages); }
    int maxCachedPages() const { return m_maxPages; }
    void setMaxInFlight(int n) { m_maxInFlight = qMax(1, n); }
    int maxInFlight() const { return m_maxInFlight; }
    void setDebounceMs(int ms);

    // Server-side sort (see the class comment). column -1: the service's own order. A column that cannot be sorted
    // by is ignored (returns without a request). setQuery() keeps the current sort unless the query names one.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }
    // The ListUsers SortField of a column, empty when the service cannot sort by it.
    static QString serverSortField(int column);
    static bool isServerSortable(int column) { return !serverSortField(column).isEmpty(); }

    // New generation: drops rows, cache and requests, and asks for the first page.
    void reload();
    // Keeps the row count and the position, drops every cached page (after a delete or create): the rows in view
    // load again. Also a new generation.
    void invalidate();
    // Drops everything, no request (no pool).
    void clear();
    void retryPage(int page);
    void retryFailed();

    // Sends the debounced page requests now (tests, benchmarks, a jump from the pane).
    void flushRequests();
    // Rows the view shows; pages of other rows in flight may be cancelled, pending ones dropped.
    void setVisibleRows(int first, int last);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    // --- state ---
    int pageOfRow(int row) const { return row / m_pageSize + 1; }   // 1-based, as ListUsers
    bool hasAnswered() const { return m_answered; }
    bool isLoading() const { return !m_inFlight.isEmpty() || !m_wanted.isEmpty(); }
    qint64 totalCount() const { return m_total; }
    ApiError firstPageError() const { return m_firstError; }
    RowState rowState(int row) const;
    // The user of a loaded row, nullptr otherwise (valid until the model changes).
    const PoolUser *userAt(int row) const;
    int rowOfUid(const QString &uid) const;   // among loaded rows; -1 if none
    // Replaces a loaded user with this uid (after an edit); false if none is loaded.
    bool replaceUser(const PoolUser &user);
    QList<int> cachedPages() const { return m_pages.keys(); }
    // The users of every cached page, in row order (what an export of "the loaded rows" writes).
    QVector<PoolUser> loadedUsers() const;
    QList<int> pagesInFlight() const;
    QList<int> failedPages() const { return m_failed.keys(); }
    ApiError pageError(int page) const { return m_failed.value(page); }
    quint64 generation() const { return m_generation; }

    // Counters (benchmarks, tests).
    int requestsSent() const { return m_requestsSent; }
    int requestsCancelled() const { return m_cancelled; }
    int staleAnswersDropped() const { return m_staleDropped; }
    int pagesEvicted() const { return m_evicted; }

    static const RecordColumnSet<PoolUser> &columns();
    static QString columnTitle(int column);
    // "Loading…", "Failed — retry".
    static QString loadingText();
    static QString failedText();

    // Language switch: headers and placeholders.
    void retranslate();

signals:
    void firstPageLoaded(bool ok);
    void pageLoaded(int page);
    void pageFailed(int page, const ApiError &error);
    void pageEvicted(int page);
    void loadingChanged(bool loading);

private:
    struct CachedPage
    {
        QVector<PoolUser> users;
        quint64 lastUsed = 0;
    };
    void want(int page) const;
    void scheduleFlush() const;
    void send(int page);
    void onAnswer(quint64 generation, int page, int ticket, const PoolUserPage &answer, const ApiError &error);
    void evictIfNeeded();
    void setTotal(qint64 total);
    void resetState();
    void emitPageChanged(int page);
    bool inView(int page) const;

    PoolUserPageSource *m_source = nullptr;
    PoolUserQuery m_query;
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    int m_pageSize = 100;
    int m_maxPages = 50;
    int m_maxInFlight = 4;
    quint64 m_generation = 0;
    qint64 m_total = 0;
    bool m_answered = false;
    ApiError m_firstError;

    mutable QHash<int, CachedPage> m_pages;
    QHash<int, ApiError> m_failed;
    QHash<int, int> m_inFlight;           // page -> ticket
    mutable QVector<int> m_wanted;        // pages asked for since the last flush, most recent last
    mutable quint64 m_clock = 0;          // LRU stamps
    mutable int m_touchedFirst = 0;       // pages the view asked for since the last flush (0: none)
    mutable int m_touchedLast = 0;
    int m_firstVisiblePage = 0;           // 0: unknown
    int m_lastVisiblePage = 0;
    QTimer *m_flushTimer = nullptr;
    int m_requestsSent = 0;
    int m_cancelled = 0;
    int m_staleDropped = 0;
    int m_evicted = 0;
};
