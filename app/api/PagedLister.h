// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>

class ApiClient;
class ApiCall;
struct CallOptions;

// Every page of a List* action, handed out in order (ApiCall::pageReady) as soon as it and every page before it
// have arrived, and merged into the listAll() call's ApiResult::items unless CallOptions::streamPages. The action's
// result key and paging style come from its one ServiceCatalog::listShape() entry; an action without one fails at
// once with InvalidInput `UnknownListAction` (never an empty list). Page-number lists read page 1, then fetch the
// rest concurrently, at most a window of 2 × the host's current concurrency limit ahead of the last page handed
// out (pages that arrive early wait in a reorder buffer: memory is bounded by the pages in flight); token lists
// follow NextToken until IsTruncated is false; ListDirectories is one answer. A page that
// fails with an error RetryPolicy would retry for a read is fetched again (up to 3 rounds) after the client's own
// retries: one lost page must not lose a listing of thousands of rows. A failed listing carries no items.
// CallOptions::rawItems (streaming only): each page's items are sliced out of its answer instead of parsed
// (ApiCall::currentPageSpans); only the envelope around them is parsed, for the paging fields and errors.
class PagedLister
{
    Q_DECLARE_TR_FUNCTIONS(PagedLister)
public:
    static void start(ApiClient *client, ApiCall *call, const CallOptions &options, int pageSize);
};
