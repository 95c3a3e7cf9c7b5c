// SPDX-License-Identifier: GPL-3.0-or-later
#include "cloud/RawCallTarget.h"

#include "api/ApiClient.h"
#include "cloud/BulkOperation.h"

RawCallTarget::RawCallTarget(ApiClient *client, Service service) : m_client(client), m_service(service) {}

ApiClient *RawCallTarget::bulkClient() const
{
    return m_client;
}

BulkTarget::Request RawCallTarget::bulkRequest(const BulkOperation &op, int index) const
{
    if (op.kind() != BulkOperation::Kind::RawCalls)
        return refuse(m_service, QString(), QStringLiteral("NotSupported"),
                      tr("Only raw calls can be sent without a typed target."));
    const QPair<QString, QJsonObject> call = op.rawCall(index);
    if (call.first.isEmpty())
        return refuse(m_service, QString(), QStringLiteral("InvalidInput"), tr("This item has no action: it was not sent."));
    Request r;
    r.action = call.first;
    r.params = call.second;
    return r;
}
