// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/ApiCall.h"

#include "api/ApiClient.h"

ApiCall::ApiCall(ApiClient *client, Service service, const QString &action, const QJsonObject &params, QObject *owner)
    : QObject(client), m_client(client), m_service(service), m_action(action), m_params(params), m_owner(owner),
      m_hasOwner(owner != nullptr)
{
}

void ApiCall::cancel()
{
    if (m_finished)
        return;
    if (m_client)
        m_client->cancelCall(this);
}

void ApiCall::finish(ApiResult result)
{
    if (m_finished)
        return;
    m_finished = true;
    emit finished(result);
    deleteLater();
}
