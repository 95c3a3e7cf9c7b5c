// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/ApiError.h"
#include "api/ApiResult.h"
#include <QObject>
#include <QPointer>
#include <QSet>
#include <functional>


class UserPoolModel;
class UserPoolService;

// Fills a UserPoolModel: ListUserPools in pages (rows appear as pages arrive), then each pool's Enabled through
// concurrent GetUserPool calls — rows the person sees first (setRowPriority) — and the MAU column through
// GetUserPoolMaus (100 pools per call) for mauMonth(). Every load() starts a new generation: the reads of the
// previous one are cancelled (their owner is deleted) and late answers are discarded, so a slow page of an old
// load never lands in the new list. Never sends a write. Widget-free: the pools pane only shows what it emits.
class UserPoolListLoader : public QObject
{
    Q_OBJECT
public:
    UserPoolListLoader(UserPoolModel *model, QObject *parent = nullptr);

    // nullptr: nothing to load (disconnected); cancels the reads in flight. Does not clear the model.
    void setService(UserPoolService *service);
    UserPoolService *service() const { return m_service; }
    // Position of a model row as the person sees it (-1: not shown); details are read in that order.
    void setRowPriority(const std::function<int(int sourceRow)> &priority) { m_priority = priority; }
    // "YYYY-MM"; a new month clears the MAU column and reads it again (unless a listing will).
    void setMauMonth(const QString &month);
    QString mauMonth() const { return m_mauMonth; }

    // Lists every pool again (new generation). Rows of pools that vanished are removed at the end.
    void load();
    // Cancels every read in flight and forgets the listing state (new generation); the model keeps its rows.
    void cancel();
    // Reads Enabled / MAU of these pools (e.g. one just created), once per generation each.
    void fetchDetails(const QStringList &uids);
    void fetchMaus(const QStringList &uids);

    bool isListing() const { return m_listing; }
    bool listFailed() const { return m_listFailed; }
    // The localized message of the failed listing.
    QString lastListError() const { return m_lastListError; }
    int pendingDetails() const { return m_pendingDetails; }
    quint64 generation() const { return m_generation; }

signals:
    // A page of the current generation was merged into the model.
    void pageLoaded(int pools);
    // The listing ended; on failure (not a cancellation) `error` says why. Details and MAU may still follow.
    void listFinished(bool ok, const ApiError &error);
    // A pool vanished meanwhile (GetUserPool: not found) and was removed.
    void poolRemoved(const QString &uid);
    // Pending details / MAU changed (for a status line).
    void progressChanged();
    void mauFailed(const QString &message);
    void requestIdSeen(const QString &requestId);

private:
    void newGeneration();
    void noteResult(const ApiResult &result);

    UserPoolModel *m_model;
    QPointer<UserPoolService> m_service;
    QObject *m_readOwner = nullptr;   // owns the reads, so a new load cancels reads (never a write)
    std::function<int(int)> m_priority;
    quint64 m_generation = 0;
    bool m_listing = false;
    bool m_listFailed = false;
    QString m_lastListError;
    int m_pendingDetails = 0;
    QSet<QString> m_detailRequested;
    QSet<QString> m_mauRequested;
    QString m_mauMonth;
};
