// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/ApiResult.h"
#include "api/ServiceCatalog.h"
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

    // Aborts the call; finished() is emitted with ApiError::Kind::Cancelled.
    void cancel();

signals:
    void finished(const ApiResult &result);
    // listAll(): emitted once per page as it arrives (items of that page, page index from 0).
    void pageArrived(const QJsonArray &items, int pageIndex, qint64 total);

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
};
