// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/ApiError.h"
#include "api/JsonArraySlicer.h"
#include <QJsonArray>
#include <QJsonObject>
#include <QMetaType>

// The outcome of one logical call (after retries).
struct ApiResult
{
    bool ok = false;
    QJsonObject result;  // Volcengine: the Result object; Alibaba: the body without RequestId
    QJsonArray items;    // listAll(): every item of every page, in order
    QString requestId;   // of the final attempt
    int httpStatus = 0;
    int attempts = 0;
    qint64 elapsedMs = 0;
    int pagesDelivered = 0;   // listAll(): pages handed out in order (pageReady), also when the listing failed
    int maxPagesBuffered = 0; // listAll(): most pages that waited for an earlier one (reorder buffer high-water mark)
    ApiError error;      // kind None when ok
    // The answer's body as received (only when ok; shares the reply's bytes, no copy). A listing's writer slices
    // the items out of it (JsonArraySlicer) instead of re-serialising the parsed objects.
    QByteArray body;
    // A call made with CallOptions::rawItemPath whose answer the slicer accepted (itemsRaw): where each item of
    // that array lies in `body`. The array itself was left out of `result` (it holds [] there), so the items were
    // never parsed. itemsRaw false: the items are in `result` as usual.
    QList<JsonArraySlicer::Span> itemSpans;
    bool itemsRaw = false;
};

Q_DECLARE_METATYPE(ApiResult)
