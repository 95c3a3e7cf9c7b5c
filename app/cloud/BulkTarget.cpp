// SPDX-License-Identifier: GPL-3.0-or-later
#include "cloud/BulkTarget.h"

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
