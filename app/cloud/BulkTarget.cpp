// SPDX-License-Identifier: GPL-3.0-or-later
#include "cloud/BulkTarget.h"

#include <QCoreApplication>

BulkTarget::~BulkTarget() = default;

BulkTarget::Request BulkTarget::refuse(Service service, const QString &action, const QString &code, const QString &message)
{
    Request r;
    r.action = action;
    r.refusal = ApiError::make(ApiError::Kind::InvalidInput, code, message);
    r.refusal.service = ServiceCatalog::name(service);
    r.refusal.action = action;
    return r;
}

int BulkTarget::bulkBatchLimit(const BulkOperation &) const
{
    return 1;
}

BulkTarget::Request BulkTarget::bulkBatchRequest(const BulkOperation &, const QList<int> &) const
{
    return refuse(bulkService(), QString(), QStringLiteral("NotSupported"),
                  QCoreApplication::translate("BulkTarget", "This operation cannot be sent in batches."));
}
