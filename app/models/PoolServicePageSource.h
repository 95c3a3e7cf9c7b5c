// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/PoolUserPageSource.h"
#include <QHash>
#include <QObject>
#include <QPointer>

class ApiCall;
class PoolDirectoryService;

// PoolUserPageSource over PoolDirectoryService::listUsers for one pool. Cancelling a ticket cancels its ApiCall
// (a read: nothing on the server depends on it).
class PoolServicePageSource : public QObject, public PoolUserPageSource
{
    Q_OBJECT
public:
    PoolServicePageSource(PoolDirectoryService *service, const QString &poolUid, QObject *parent = nullptr);
    ~PoolServicePageSource() override;

    QString poolUid() const { return m_poolUid; }
    int fetch(const PoolUserQuery &query, Done done) override;
    void cancel(int ticket) override;
    int requestsSent() const { return m_sent; }

private:
    QPointer<PoolDirectoryService> m_service;
    QString m_poolUid;
    QHash<int, QPointer<ApiCall>> m_calls;
    int m_nextTicket = 1;
    int m_sent = 0;
};
