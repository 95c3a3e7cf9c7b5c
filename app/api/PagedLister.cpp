// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/PagedLister.h"

#include "api/ApiCall.h"
#include "api/ApiClient.h"
#include "api/RetryPolicy.h"

#include <QElapsedTimer>
#include <QMap>
#include <QPointer>
#include <QTimer>

#include <cmath>
#include <memory>

namespace {
// One page's answer: its items parsed, or (CallOptions::rawItems) as spans of its body.
struct Page
{
    QJsonArray items;
    QByteArray body;
    QList<JsonArraySlicer::Span> spans;
    bool raw = false;

    qsizetype count() const { return raw ? spans.size() : items.size(); }
};

Page pageOf(const ApiResult &r, const QString &field)
{
    Page p;
    p.body = r.body;
    p.raw = r.itemsRaw;
    if (p.raw)
        p.spans = r.itemSpans;
    else
        p.items = r.result.value(field).toArray();
    return p;
}

struct ListState
{
    QList<QJsonArray> pages;      // in order; only when the caller wants the whole list (not streaming)
    QMap<int, Page> reorder;      // pages (index from 0) that arrived before an earlier one
    int delivered = 0;            // pages handed out in order (pageReady)
    int nextPage = 2;             // page-number lists: the next page number to request
    int maxBuffered = 0;          // high-water mark of `reorder`
    int expected = 1;
    bool stream = false;
    qint64 total = -1;
    int attempts = 0;
    QElapsedTimer timer;
    QString requestId;
    QJsonObject firstResult;
    QStringList seenTokens;
    bool done = false;
    QList<std::shared_ptr<void>> keepAlive; // self-referencing page fetchers; released when the listing ends
};

qint64 totalOf(const QJsonObject &result)
{
    for (const char *key : {"TotalCount", "Total", "TotalCounts"}) {
        const QJsonValue v = result.value(QLatin1String(key));
        if (v.isDouble()) {
            const double d = v.toDouble(); // out of range (or not finite): unknown, never undefined behaviour
            return std::isfinite(d) && d >= 0 && d < 9.0e15 ? qint64(d) : -1;
        }
        if (v.isString())
            return v.toString().toLongLong();
    }
    return -1;
}
} // namespace

void PagedLister::start(ApiClient *client, ApiCall *c, const CallOptions &options, int pageSize)
{
    const Service service = c->service();
    const QString action = c->action();
    const auto shape = ServiceCatalog::listShape(service, action);
    if (!shape) {
        // No published shape: guessing the list key would print [] for a list that has items.
        ApiResult r;
        r.error = ApiError::make(ApiError::Kind::InvalidInput, QStringLiteral("UnknownListAction"),
                                 tr("%1 is not a list action whose paging is known for %2. Known: %3.")
                                     .arg(action, ServiceCatalog::name(service),
                                          ServiceCatalog::listActions(service).join(QStringLiteral(", "))));
        r.error.service = ServiceCatalog::name(service);
        r.error.action = action;
        QPointer<ApiCall> target = c;
        QTimer::singleShot(0, c, [target, r] { ApiClient::finishComposite(target, r); });
        return;
    }
    const QString field = shape->resultKey;
    auto state = std::make_shared<ListState>();
    state->timer.start();
    state->stream = options.streamPages;
    QPointer<ApiCall> parentCall = c;
    c->m_itemPath = ServiceCatalog::algorithm(service) == SigningAlgorithm::VolcengineHmacSha256
                        ? QByteArrayList{QByteArrayLiteral("Result"), field.toUtf8()}
                        : QByteArrayList{field.toUtf8()};
    // Hands a page out in order (pageReady) and keeps it only when the caller wants the whole list.
    auto deliver = [state, parentCall](const Page &page) {
        const int index = state->delivered++;
        if (!state->stream)
            state->pages.append(page.items);
        if (parentCall) {
            parentCall->m_pageBody = page.body;
            parentCall->m_pageSpans = page.spans;
            parentCall->m_pageItemsRaw = page.raw;
            emit parentCall->pageReady(page.items, index, state->total);
            if (parentCall) {
                parentCall->m_pageBody.clear();
                parentCall->m_pageSpans.clear();
                parentCall->m_pageItemsRaw = false;
            }
        }
    };

    auto finishWith = [state, parentCall](ApiResult r) {
        state->keepAlive.clear(); // breaks the fetchers' reference cycles
        r.body.clear();           // one page's body says nothing about the listing
        r.itemSpans.clear();
        r.itemsRaw = false;
        if (!parentCall || state->done)
            return;
        state->done = true;
        r.attempts = state->attempts;
        r.elapsedMs = state->timer.elapsed();
        r.pagesDelivered = state->delivered;
        r.maxPagesBuffered = state->maxBuffered;
        if (r.requestId.isEmpty())
            r.requestId = state->requestId;
        // A failed listing carries no items: a partial list must not pass for a complete (short) one.
        if (r.ok && !state->stream) {
            for (const QJsonArray &page : std::as_const(state->pages))
                for (const QJsonValue &v : page)
                    r.items.append(v);
        }
        ApiClient::finishComposite(parentCall, r);
    };
    QPointer<ApiClient> clientPtr = client;
    // Items taken as bytes only by a streaming consumer (a kept listing needs them parsed).
    const QByteArrayList rawItemPath = options.rawItems && options.streamPages ? c->m_itemPath : QByteArrayList();
    auto subCall = [clientPtr, c, service, action, options, rawItemPath](const QJsonObject &params) {
        CallOptions sub = options;
        sub.owner = nullptr;
        sub.rawItemPath = rawItemPath;
        ApiCall *page = clientPtr->call(service, action, params, sub);
        page->setParent(c);
        return page;
    };
    // One page, re-fetched up to PageRounds-1 more times when it fails transiently after its own retries:
    // reads are idempotent, and one lost page must not lose a listing of thousands of rows.
    using PageDone = std::function<void(const ApiResult &)>;
    auto fetchPage = std::make_shared<std::function<void(const QJsonObject &, int, PageDone)>>();
    std::weak_ptr<std::function<void(const QJsonObject &, int, PageDone)>> weakFetch = fetchPage;
    *fetchPage = [c, state, subCall, weakFetch](const QJsonObject &params, int roundsLeft, PageDone done) {
        ApiCall *page = subCall(params);
        QObject::connect(page, &ApiCall::finished, c, [=](const ApiResult &r) {
            if (!r.ok && roundsLeft > 1 && !state->done && RetryPolicy::classify(r.error, RetryPolicy::Request::Read) == RetryPolicy::Verdict::Retry) {
                state->attempts += r.attempts;
                if (auto again = weakFetch.lock())
                    (*again)(params, roundsLeft - 1, done);
                return;
            }
            done(r);
        });
    };
    state->keepAlive.append(fetchPage);
    constexpr int PageRounds = 3;

    // Not paged (CloudSSO ListDirectories).
    if (shape->paging == PagingStyle::NotPaged) {
        ApiCall *page = subCall(c->params());
        QObject::connect(page, &ApiCall::finished, c, [state, finishWith, field, parentCall, deliver](const ApiResult &r) {
            ++state->attempts;
            ApiResult out = r;
            if (r.ok) {
                const Page p = pageOf(r, field);
                state->total = totalOf(r.result);
                emit parentCall->pageArrived(p.items, 0, state->total);
                deliver(p);
            }
            finishWith(out);
        });
        return;
    }

    if (shape->paging == PagingStyle::Token) {
        auto next = std::make_shared<std::function<void(const QString &)>>();
        state->keepAlive.append(next);
        std::weak_ptr<std::function<void(const QString &)>> weakNext = next;
        *next = [=](const QString &token) {
            QJsonObject params = parentCall ? parentCall->params() : QJsonObject();
            params.insert(QStringLiteral("MaxResults"), pageSize);
            if (!token.isEmpty())
                params.insert(QStringLiteral("NextToken"), token);
            (*fetchPage)(params, PageRounds, [=](const ApiResult &r) {
                state->attempts += r.attempts;
                if (!r.ok) {
                    finishWith(r);
                    return;
                }
                state->requestId = r.requestId;
                const Page p = pageOf(r, field);
                state->total = totalOf(r.result);
                if (parentCall)
                    emit parentCall->pageArrived(p.items, state->delivered, state->total);
                const QString nextToken = r.result.value(QLatin1String("NextToken")).toString();
                const bool truncated = r.result.value(QLatin1String("IsTruncated")).toBool();
                // Sequential by nature: ask for the next page first, then hand this one out, so that the
                // consumer's work (writing, mapping) overlaps the next round trip instead of adding to it.
                if (truncated && !nextToken.isEmpty() && !state->seenTokens.contains(nextToken)) {
                    state->seenTokens.append(nextToken);
                    if (auto again = weakNext.lock())
                        (*again)(nextToken);
                    deliver(p);
                    return; // a consumer that cancels while taking the page cancels that request too
                }
                deliver(p);
                if (!parentCall || parentCall->isFinished())
                    return; // the consumer cancelled while taking the page
                if (!truncated) {
                    ApiResult out = r;
                    out.result.remove(field);
                    finishWith(out);
                    return;
                }
                if (nextToken.isEmpty()) {
                    ApiResult out = r;
                    out.ok = false;
                    out.error = ApiError::make(ApiError::Kind::MalformedResponse, QStringLiteral("PagingTokenMissing"),
                                               tr("The service said more pages remain but gave no NextToken; the list is incomplete."));
                    out.error.requestId = r.requestId;
                    finishWith(out);
                    return;
                }
                if (state->seenTokens.contains(nextToken)) {
                    ApiResult out = r;
                    out.ok = false;
                    out.error = ApiError::make(ApiError::Kind::MalformedResponse, QStringLiteral("PagingLoop"),
                                               tr("The service returned the same NextToken twice; paging stopped."));
                    finishWith(out);
                    return;
                }
            });
        };
        (*next)(QString());
        return;
    }

    // Page-number style: page 1 tells the total, then the rest concurrently, handed out in order. Only a window of
    // pages is requested ahead of the last page handed out (twice the host's current concurrency limit): pages that
    // arrive early wait in a reorder buffer, so memory is bounded by the pages in flight, not by the listing.
    auto pageParams = [parentCall, pageSize](int number) {
        QJsonObject params = parentCall ? parentCall->params() : QJsonObject();
        params.insert(QStringLiteral("PageNumber"), number);
        params.insert(QStringLiteral("PageSize"), pageSize);
        return params;
    };
    auto window = [clientPtr, service] { return clientPtr ? qMax(2, 2 * clientPtr->concurrencyLimit(service)) : 2; };
    auto launch = std::make_shared<std::function<void()>>();
    state->keepAlive.append(launch);
    std::weak_ptr<std::function<void()>> weakLaunch = launch;
    *launch = [=] {
        while (!state->done && parentCall && !parentCall->isFinished() && state->nextPage <= state->expected
               && (state->nextPage - 1) - state->delivered < window()) {
            const int n = state->nextPage++;
            (*fetchPage)(pageParams(n), PageRounds, [=](const ApiResult &pr) {
                state->attempts += pr.attempts;
                if (state->done)
                    return;
                if (!pr.ok) {
                    // One page failed after its retries: the listing is incomplete; stop the other pages.
                    finishWith(pr);
                    if (parentCall) {
                        const auto siblings = parentCall->findChildren<ApiCall *>(QString(), Qt::FindDirectChildrenOnly);
                        for (ApiCall *s : siblings)
                            s->cancel();
                    }
                    return;
                }
                const Page p = pageOf(pr, field);
                if (parentCall)
                    emit parentCall->pageArrived(p.items, n - 1, state->total);
                state->reorder.insert(n - 1, p);
                while (!state->reorder.isEmpty() && state->reorder.firstKey() == state->delivered) {
                    deliver(state->reorder.take(state->delivered));
                    if (!parentCall || parentCall->isFinished())
                        return; // the consumer cancelled while taking the page
                }
                state->maxBuffered = qMax(state->maxBuffered, int(state->reorder.size()));
                if (state->delivered == state->expected) {
                    ApiResult out = pr;
                    out.result = state->firstResult;
                    out.requestId = state->requestId;
                    finishWith(out);
                    return;
                }
                if (auto more = weakLaunch.lock())
                    (*more)();
            });
        }
    };
    (*fetchPage)(pageParams(1), PageRounds, [=](const ApiResult &r) {
        state->attempts += r.attempts;
        if (!r.ok) {
            finishWith(r);
            return;
        }
        state->requestId = r.requestId;
        const Page first = pageOf(r, field);
        state->total = totalOf(r.result);
        state->firstResult = r.result;
        state->firstResult.remove(field);
        if (parentCall)
            emit parentCall->pageArrived(first.items, 0, state->total);
        // The server may cap PageSize below what was asked: page through with the size it actually used.
        int pages = 1;
        if (state->total > first.count() && first.count() > 0) {
            const qint64 perPage = qMin<qint64>(first.count(), pageSize);
            const qint64 needed = (state->total + perPage - 1) / perPage;
            if (needed > 100000) {
                ApiResult out = r;
                out.ok = false;
                out.error = ApiError::make(ApiError::Kind::MalformedResponse, QStringLiteral("PagingTotalImplausible"),
                                           tr("The service reported %1 items, too many to list page by page.").arg(state->total));
                out.error.requestId = r.requestId;
                finishWith(out);
                return;
            }
            pages = int(needed);
        }
        state->expected = pages;
        deliver(first);
        if (!parentCall || parentCall->isFinished())
            return;
        if (pages == 1) {
            ApiResult out = r;
            out.result = state->firstResult;
            finishWith(out);
            return;
        }
        (*launch)();
    });
}
