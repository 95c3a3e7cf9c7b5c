// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/ApiError.h"
#include "models/MauDataSet.h"
#include <QDate>
#include <QHash>
#include <QList>
#include <QObject>
#include <QStringList>

class ApiClient;
class UserPoolService;
struct ApiResult;

// Loads monthly active users for the MAU pane, asynchronously, through UserPoolService:
//   1. ListUserPools (every page, ApiClient::listAll) for the pool names — skipped when the pools are cached,
//   2. GetUserPoolMaus once per month for the selected pools, every month at once (the client paces them).
// A month whose call fails keeps its error (code, RequestId) in the data set; the other months still load.
// A pool the answer leaves out counts 0. Starting a new load cancels the previous one; its results are
// never reported.
class MauLoader : public QObject
{
    Q_OBJECT
public:
    static constexpr int kMaxMonths = 36;

    explicit MauLoader(ApiClient *client, QObject *parent = nullptr);
    ~MauLoader() override;

    // selectedUids empty: every pool. UIDs that are not (or no longer) in the pool list are ignored.
    // reloadPools false: reuse the pools of the previous load when there are any.
    // At most kMaxMonths months; more is refused with an InvalidInput error (failed()).
    void load(const QList<QDate> &months, const QStringList &selectedUids = {}, bool reloadPools = true);
    void cancel();
    bool isLoading() const { return m_loading; }

    // Every pool of the account, in the order ListUserPools returned them (after a successful load).
    QList<MauPool> pools() const { return m_pools; }
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
    void onMonth(quint64 generation, int month, const QHash<QString, double> &mauByUid, const QString &answeredMonth,
                 const ApiResult &result);
    void finishLater();
    void failLater(const ApiError &error);

    UserPoolService *m_service = nullptr;
    QList<MauPool> m_pools;
    bool m_poolsLoaded = false;
    QList<QDate> m_months;
    QStringList m_selectedUids;
    MauDataSet m_data;
    int m_pending = 0;
    bool m_loading = false;
    quint64 m_generation = 0;
};
