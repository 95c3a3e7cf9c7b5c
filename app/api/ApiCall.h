// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/ApiResult.h"
#include "api/ServiceCatalog.h"
#include <QByteArrayList>
#include <QJsonObject>
#include <QObject>
#include <QPointer>

class ApiClient;

// Handle for one logical call (which may span several attempts or pages). Emits finished() exactly once, then
// deletes itself (deleteLater). Answers arrive asynchronously; cancel(), cancelAll() and the owner's destruction
// emit finished(Cancelled) synchronously (not at all when the owner is being destroyed). Connect before returning
// to the event loop.
class ApiCall : public QObject
{
    Q_OBJECT
public:
    Service service() const { return m_service; }
    QString action() const { return m_action; }
    QJsonObject params() const { return m_params; }
    QObject *owner() const { return m_owner; }
    bool isFinished() const { return m_finished; }
    // listAll(): while pageReady() is being emitted, the raw body of that page's answer and the object keys from
    // its root down to the item array (e.g. {"Result", "Users"}), for consumers that copy items out as bytes
    // (JsonArraySlicer); empty otherwise.
    QByteArray currentPageBody() const { return m_pageBody; }
    QByteArrayList itemPath() const { return m_itemPath; }
    // CallOptions::rawItems: while pageReady() is being emitted, whether that page's items were sliced instead of
    // parsed (then pageReady's array is empty and these spans of currentPageBody() are the items, in order).
    bool currentPageItemsRaw() const { return m_pageItemsRaw; }
    QList<JsonArraySlicer::Span> currentPageSpans() const { return m_pageSpans; }

    // Aborts the call; finished() is emitted with ApiError::Kind::Cancelled.
    void cancel();

signals:
    void finished(const ApiResult &result);
    // listAll(): emitted once per page as it arrives, in arrival order (items of that page, page index from 0).
    void pageArrived(const QJsonArray &items, int pageIndex, qint64 total);
    // listAll(): emitted once per page IN ORDER, as soon as the page and every page before it have arrived
    // (pageIndex 0, 1, 2 ...). With CallOptions::streamPages this is the only way the items come out. After a
    // failure no further page is handed out and finished() reports the error (ApiResult::pagesDelivered says how
    // many pages were handed out). The consumer may cancel() from the slot.
    void pageReady(const QJsonArray &items, int pageIndex, qint64 total);

private:
    friend class ApiClient;
    ApiCall(ApiClient *client, Service service, const QString &action, const QJsonObject &params, QObject *owner);
    void finish(ApiResult result);

    QPointer<ApiClient> m_client;
    Service m_service;
    QString m_action;
    QJsonObject m_params;
    QPointer<QObject> m_owner;
    bool m_hasOwner = false;
    bool m_finished = false;
    QByteArray m_pageBody;
    QByteArrayList m_itemPath;
    QList<JsonArraySlicer::Span> m_pageSpans;
    bool m_pageItemsRaw = false;
    friend class PagedLister;
};
