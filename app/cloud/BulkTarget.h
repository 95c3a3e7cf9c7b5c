// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/ApiError.h"
#include "api/ApiResult.h"
#include "api/ServiceCatalog.h"
#include <QJsonObject>
#include <QList>
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
        // Batch requests only (bulkBatchRequest): turns the answer of the one call (ok) into one result per item
        // of the batch, in the order of the indexes it was built for. An item the answer does not settle must
        // come back as a failure, never as a success. A call that fails as a whole is not split: the runner
        // gives its error (ambiguous or not) to every item of the batch. Verifiers are not used for batches.
        std::function<QList<ApiResult>(const ApiResult &answer)> split;
        bool refused() const { return refusal.isError(); }
    };

    virtual ~BulkTarget();

    virtual ApiClient *bulkClient() const = 0;
    virtual Service bulkService() const = 0;
    // The request for item `index` of `op`, or a refusal (missing id, no directory, an operation this target
    // does not support: code NotSupported).
    virtual Request bulkRequest(const BulkOperation &op, int index) const = 0;

    // Batch actions (one request settles several items, e.g. Agent Identity DeleteUsers with up to 100 UserUids):
    // how many items one request may carry for `op` (1: every item is its own request, the default). When it is
    // more, the runner first asks bulkRequest() for each item (a refused item fails alone, unsent), then groups
    // the others in order, at most that many per request, and sends bulkBatchRequest() for each group; its
    // Request::split maps the answer back to the items.
    virtual int bulkBatchLimit(const BulkOperation &op) const;
    // The one request for the items `indexes` of `op` (all accepted by bulkRequest()), with its split.
    virtual Request bulkBatchRequest(const BulkOperation &op, const QList<int> &indexes) const;

    // A refusal of `action` on `service` (kind InvalidInput).
    static Request refuse(Service service, const QString &action, const QString &code, const QString &message);
};
