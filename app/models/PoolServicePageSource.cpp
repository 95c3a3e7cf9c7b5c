// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/PoolServicePageSource.h"

#include "api/ApiCall.h"
#include "cloud/PoolDirectoryService.h"

PoolUserPageSource::~PoolUserPageSource() = default;

PoolServicePageSource::PoolServicePageSource(PoolDirectoryService *service, const QString &poolUid, QObject *parent)
    : QObject(parent), m_service(service), m_poolUid(poolUid)
{
}

PoolServicePageSource::~PoolServicePageSource()
{
    for (const QPointer<ApiCall> &call : std::as_const(m_calls))
        if (call)
            call->cancel();
}

int PoolServicePageSource::fetch(const PoolUserQuery &query, Done done)
{
    const int ticket = m_nextTicket++;
    if (!m_service) {
        const ApiError error = ApiError::make(ApiError::Kind::InvalidInput, QStringLiteral("NoSession"), tr("Not connected."));
        QMetaObject::invokeMethod(this, [done, error] { done(PoolUserPage(), error); }, Qt::QueuedConnection);
        return ticket;
    }
    ++m_sent;
    // The callback runs only while this object lives (owner = this); a cancelled call never calls back.
    ApiCall *call = m_service->listUsers(m_poolUid, query, this,
                                         [this, ticket, done](const PoolUserPage &page, const ApiResult &result) {
                                             if (!m_calls.contains(ticket))
                                                 return;   // cancelled
                                             m_calls.remove(ticket);
                                             done(page, result.ok ? ApiError() : result.error);
                                         });
    m_calls.insert(ticket, call);
    return ticket;
}

void PoolServicePageSource::cancel(int ticket)
{
    const auto it = m_calls.find(ticket);
    if (it == m_calls.end())
        return;
    QPointer<ApiCall> call = it.value();
    m_calls.erase(it);
    if (call)
        call->cancel();
}
