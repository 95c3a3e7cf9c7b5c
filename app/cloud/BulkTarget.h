// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/ApiError.h"
#include "api/ServiceCatalog.h"
#include <QJsonObject>
#include <QString>
#include <functional>

class QObject;

class ApiClient;
class BulkOperation;

// What a BulkOperation runs against: the client and service it goes to, and the request of each item.
// Implemented by DirectoryBackend (Cloud Identity, CloudSSO), UserPoolService (Agent Identity) and, for
// `idconsole-cli batch` only, RawCallTarget. Only the BulkRunner asks for requests; panes never see them.
class BulkTarget
{
public:
    // What looking a created object up found (VerifiedCreate's rule, run by the BulkRunner for an item whose
    // create answer left the outcome unknown).
    struct Verification
    {
        enum class Result { Found, NotFound, Failed };
        Result result = Result::Failed;
        QJsonObject object;      // Found: the object as listed (what a successful create would have answered)
        ApiError error;          // Failed: why the look-up could not be done
        int calls = 0;           // read calls it took
    };
    // Looks the object of a create up (reads only) and calls `done` once, unless `context` is destroyed first.
    using Verifier = std::function<void(QObject *context, std::function<void(const Verification &)> done)>;

    struct Request
    {
        QString action;
        QJsonObject params;
        ApiError refusal;        // set (kind InvalidInput) when the item cannot be sent: it fails without sending
        // Creates of objects with a unique name only: how to settle an unknown outcome (timeout, reset, 5xx) by
        // looking the object up instead of sending the create blindly again. Empty: the item is an ordinary write
        // (an unknown outcome is reported as ambiguous).
        Verifier verify;
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
