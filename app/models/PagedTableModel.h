// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/ApiError.h"
#include <QAbstractTableModel>
#include <QPointer>

class ApiCall;
class DirectoryBackend;

// Base of the directory list models: pages through a DirectoryBackend listing with cursors.
// OnDemand: the first page on reload(), then one page per fetchMore() (views call it when scrolled to the end).
// All: follows the cursors until the listing is complete.
// A reset (reload, clear, new backend or query) starts a new generation: answers of older pages are discarded
// and their calls cancelled, so a slow page of an old search never lands in the new list.
class PagedTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum class FetchPolicy { OnDemand, All };

    explicit PagedTableModel(FetchPolicy policy, QObject *parent = nullptr);
    ~PagedTableModel() override;

    // Clears the rows; does not load (call reload()). nullptr: no backend, nothing to fetch.
    void setBackend(DirectoryBackend *backend);
    DirectoryBackend *backend() const { return m_backend; }
    void setPageSize(int size) { m_pageSize = qBound(1, size, 100); }
    int pageSize() const { return m_pageSize; }
    FetchPolicy fetchPolicy() const { return m_policy; }

    // Discards every row and page in flight, then requests the first page.
    void reload();
    // Discards every row and page in flight; nothing is requested until reload().
    void clear();
    // After a failed page: asks for the same page again.
    void retry();

    bool canFetchMore(const QModelIndex &parent = {}) const override;
    void fetchMore(const QModelIndex &parent = {}) override;

    bool isLoading() const { return m_fetching; }
    // True once the first page of the current generation has answered (successfully or not).
    bool hasAnswered() const { return m_answered; }
    bool hasMore() const { return !m_exhausted; }
    qint64 totalCount() const { return m_total; }   // -1: unknown
    ApiError lastError() const { return m_error; }
    int pagesLoaded() const { return m_pages; }

signals:
    void loadingChanged(bool loading);
    // A page of the current generation arrived; `added` rows were appended.
    void pageLoaded(int added);
    // The listing is complete (no more pages).
    void loadFinished();
    void loadFailed(const ApiError &error);

protected:
    // Sends the request for one page and arranges for the answer to be handed to acceptPage()/pageDone().
    // Returns the call (may be nullptr: the answer is scheduled anyway).
    virtual ApiCall *requestPage(const QString &cursor, quint64 generation) = 0;
    // Drops every row; called between beginResetModel() and endResetModel().
    virtual void clearRows() = 0;

    // Called first by the page callback. Returns false if the answer is stale or an error (handled here);
    // otherwise the caller appends its rows and then calls pageDone().
    bool acceptPage(quint64 generation, const ApiError &error, const QString &nextCursor, qint64 total);
    void pageDone(int added);
    quint64 generation() const { return m_generation; }
    // Starts a new generation (cancels the page in flight) inside a model reset.
    void resetState();

private:
    void requestNext();
    void setFetching(bool on);

    FetchPolicy m_policy;
    QPointer<DirectoryBackend> m_backend;
    QPointer<ApiCall> m_call;
    int m_pageSize = 100;
    quint64 m_generation = 0;
    QString m_cursor;
    bool m_fetching = false;
    bool m_exhausted = true;
    bool m_failed = false;
    bool m_answered = false;
    qint64 m_total = -1;
    int m_pages = 0;
    ApiError m_error;
};
