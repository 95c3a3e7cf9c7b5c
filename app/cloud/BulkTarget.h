// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/ApiError.h"
#include "api/ServiceCatalog.h"
#include <QJsonObject>
#include <QString>

class ApiClient;
class BulkOperation;

// What a BulkOperation runs against: the client and service it goes to, and the request of each item.
// Implemented by DirectoryBackend (Cloud Identity, CloudSSO), UserPoolService (Agent Identity) and, for
// `idconsole-cli batch` only, RawCallTarget. Only the BulkRunner asks for requests; panes never see them.
class BulkTarget
{
public:
    struct Request
    {
        QString action;
        QJsonObject params;
        ApiError refusal;        // set (kind InvalidInput) when the item cannot be sent: it fails without sending
        bool refused() const { return refusal.isError(); }
    };

    virtual ~BulkTarget();

    virtual ApiClient *bulkClient() const = 0;
    virtual Service bulkService() const = 0;
    // The request for item `index` of `op`, or a refusal (missing id, no directory, an operation this target
    // does not support: code NotSupported).
    virtual Request bulkRequest(const BulkOperation &op, int index) const = 0;

    // A refusal of `action` on `service` (kind InvalidInput).
    static Request refuse(Service service, const QString &action, const QString &code, const QString &message);
};
