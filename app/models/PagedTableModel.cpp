// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/PagedTableModel.h"

#include "api/ApiCall.h"
#include "cloud/DirectoryBackend.h"

PagedTableModel::PagedTableModel(FetchPolicy policy, QObject *parent)
    : QAbstractTableModel(parent), m_policy(policy)
{
}

PagedTableModel::~PagedTableModel()
{
    // Answers addressed to this model are dropped by the backend once we are gone (owner = this).
    ++m_generation;
}

void PagedTableModel::setBackend(DirectoryBackend *backend)
{
    m_backend = backend;
    clear();
}

void PagedTableModel::resetState()
{
    ++m_generation;
    if (m_call && !m_call->isFinished())
        m_call->cancel();
    m_call = nullptr;
    m_cursor.clear();
    m_exhausted = true;
    m_failed = false;
    m_answered = false;
    m_total = -1;
    m_pages = 0;
    m_error = ApiError();
    setFetching(false);
}

void PagedTableModel::clear()
{
    beginResetModel();
    resetState();
    clearRows();
    endResetModel();
}

void PagedTableModel::reload()
{
    clear();
    if (!m_backend)
        return;
    m_exhausted = false;
    requestNext();
}

void PagedTableModel::retry()
{
    if (!m_backend || m_fetching || !m_failed)
        return;
    m_failed = false;
    m_error = ApiError();
    requestNext();
}

bool PagedTableModel::canFetchMore(const QModelIndex &parent) const
{
    if (parent.isValid() || !m_backend)
        return false;
    return !m_exhausted && !m_fetching && !m_failed;
}

void PagedTableModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    requestNext();
}

void PagedTableModel::requestNext()
{
    if (!m_backend || m_fetching)
        return;
    setFetching(true);
    const quint64 gen = m_generation;
    ApiCall *call = requestPage(m_cursor, gen);
    // The answer may in theory already have been handled; only remember a call of the current generation.
    if (gen == m_generation && m_fetching)
        m_call = call;
}

bool PagedTableModel::acceptPage(quint64 generation, const ApiError &error, const QString &nextCursor, qint64 total)
{
    if (generation != m_generation)
        return false;   // an old search, list or directory: discard
    m_call = nullptr;
    m_answered = true;
    if (error.isError()) {
        setFetching(false);
        if (error.kind == ApiError::Kind::Cancelled)
            return false;   // e.g. profile switch: nothing to show, a later fetchMore() asks again
        m_failed = true;
        m_error = error;
        emit loadFailed(error);
        return false;
    }
    m_cursor = nextCursor;
    m_exhausted = nextCursor.isEmpty();
    if (total >= 0)
        m_total = total;
    ++m_pages;
    return true;
}

void PagedTableModel::pageDone(int added)
{
    setFetching(false);
    emit pageLoaded(added);
    if (m_exhausted) {
        emit loadFinished();
        return;
    }
    if (m_policy == FetchPolicy::All)
        requestNext();
}

void PagedTableModel::setFetching(bool on)
{
    if (m_fetching == on)
        return;
    m_fetching = on;
    emit loadingChanged(on);
}
