// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/ApiError.h"
#include "cloud/UserPool.h"
#include "models/MauDataSet.h"
#include <QDate>
#include <QHash>
#include <QList>
#include <QObject>
#include <QStringList>
#include <functional>
#include <optional>

class ApiClient;
class MauCache;
class UserPoolService;
struct ApiResult;

// Loads monthly active users for the MAU pane and the report, asynchronously, through UserPoolService:
//   1. ListUserPools (every page, ApiClient::listAll) for the pool names — skipped when the pools are cached,
//   2. GetUserPoolMaus per month for the selected pools, every month at once (the client paces them), the UIDs
//      in chunks of at most kMaxUidsPerCall. The API reference gives no limit for UserPoolUids; the emulator
//      (like the other `id` lists) accepts 100, so the console never sends more than 100 in one call.
// A month whose call fails keeps its error (code, RequestId) in the data set; the other months still load.
// A pool the answer leaves out is *missing* (MauDataSet::hasValue false), never 0.
// "Now" is the service's: the server-corrected clock (ApiClient::serverNow) in the service's time zone
// (MauDataSet::serviceToday, UTC+8 assumed). The current month is marked partial ("to date").
// With a cache (setCache), months before the current one are read from it and only the pools it lacks are
// asked for; what loads is stored. refresh = true asks the service for everything again.
// Starting a new load cancels the previous one; its results are never reported.
class MauLoader : public QObject
{
    Q_OBJECT
public:
    static constexpr int kMaxMonths = 36;
    static constexpr int kMaxUidsPerCall = 100;

    explicit MauLoader(ApiClient *client, QObject *parent = nullptr);
    ~MauLoader() override;

    // selectedUids empty: every pool. UIDs that are not (or no longer) in the pool list are ignored.
    // reloadPools false: reuse the pools of the previous load when there are any.
    // At most kMaxMonths months; more is refused with an InvalidInput error (failed()).
    void load(const QList<QDate> &months, const QStringList &selectedUids = {}, bool reloadPools = true);
    // The `count` months ending with the service's current month, decided once the pool list answered (so the
    // server's Date header has corrected the clock).
    void loadRecent(int count, const QStringList &selectedUids = {}, bool reloadPools = true);

    // Cache of past months (not owned; nullptr: none) and the scope (MauCache::scope) figures belong to.
    void setCache(MauCache *cache, const QString &scope);
    MauCache *cache() const { return m_cache; }
    QString cacheScope() const { return m_scope; }
    // The next load ignores the cache (and refills it).
    void setRefresh(bool refresh) { m_refresh = refresh; }

    // Local clock for tests (UTC); the server's offset learned by the ApiClient is added to it.
    void setClock(std::function<QDateTime()> clock) { m_clock = std::move(clock); }
    QDateTime serviceNow() const;
    QDate serviceCurrentMonth() const { return MauDataSet::firstOfMonth(MauDataSet::serviceToday(serviceNow())); }

    // Of the last load: GetUserPoolMaus calls sent, months read wholly from the cache.
    int mauCallsMade() const { return m_callsMade; }
    int monthsFromCache() const { return m_monthsFromCache; }
    void cancel();
    bool isLoading() const { return m_loading; }

    // Every pool of the account, in the order ListUserPools returned them (after a successful load).
    QList<MauPool> pools() const { return m_pools; }
    // Pool details of the last ListUserPools (create time, enabled) for the report.
    QList<UserPool> poolDetails() const { return m_poolDetails; }
    bool hasPools() const { return m_poolsLoaded; }

signals:
    void poolsLoaded(const QList<MauPool> &pools);
    void progress(int monthsDone, int monthsTotal);
    // Every month answered (some may have failed: MauDataSet::isFailed).
    void finished(const MauDataSet &data);
    // The load could not start (ListUserPools failed, or the request was refused before sending), or it was
    // cancelled from outside (ApiClient::cancelAll: kind Cancelled). Not emitted after cancel().
    void failed(const ApiError &error);

private:
    void fetchMonths();
    void onChunk(quint64 generation, int month, const QStringList &uids, const QHash<QString, double> &mauByUid,
                 const QString &answeredMonth, const ApiResult &result);
    void monthDone(int month);
    void finishLater();
    void failLater(const ApiError &error);

    UserPoolService *m_service = nullptr;
    QList<MauPool> m_pools;
    QList<UserPool> m_poolDetails;
    bool m_poolsLoaded = false;
    QList<QDate> m_months;
    QStringList m_selectedUids;
    MauDataSet m_data;
    int m_pending = 0;
    int m_recentCount = 0;
    QList<int> m_chunksLeft;                                   // per month
    QList<QHash<QString, std::optional<double>>> m_fresh;     // per month: what the service answered
    QHash<QString, int> m_poolIndex;
    MauCache *m_cache = nullptr;
    QString m_scope;
    bool m_refresh = false;
    std::function<QDateTime()> m_clock;
    int m_callsMade = 0;
    int m_monthsFromCache = 0;
    QDate m_currentMonth;
    bool m_loading = false;
    quint64 m_generation = 0;
};
