// SPDX-License-Identifier: GPL-3.0-or-later
// listAll() streaming (ApiCall::pageReady, CallOptions::streamPages) against a scripted local server:
//  - pages are handed out in order although later pages answer first; the items keep their order;
//  - memory is bounded: pages that arrive early wait in a reorder buffer that never holds more than the window
//    (twice the concurrency limit), and no page is requested further ahead than that window;
//  - streaming keeps no items in the final result; the non-streaming result still holds them all;
//  - a failure half-way stops the pages (none handed out after it), and the result says how many were;
//  - the consumer may cancel from its pageReady slot;
//  - the adaptive per-host concurrency grows beyond 8 while round trips stay flat;
//  - CallOptions::rawItems: the items come out as spans of each answer (never parsed), the paging fields and the
//    errors still read from the envelope, and an answer the slicer refuses is parsed whole instead.
#include "api/ApiCall.h"
#include "api/ApiClient.h"
#include "Envelopes.h"
#include "ScriptedHttpServer.h"

#include <QJsonArray>
#include <QtTest>

#include <memory>

using Server = ScriptedHttpServer;
using Resp = ScriptedHttpServer::Response;

namespace {
struct Outcome
{
    int count = 0;
    ApiResult result;
    QList<int> readyIndexes;
    QList<int> items; // the N of every item handed out, in order
};

bool waitFor(const std::shared_ptr<Outcome> &o, int timeoutMs = 20000)
{
    return QTest::qWaitFor([&] { return o->count > 0; }, timeoutMs);
}

std::shared_ptr<Outcome> watch(ApiCall *call)
{
    auto o = std::make_shared<Outcome>();
    QObject::connect(call, &ApiCall::pageReady, [o](const QJsonArray &items, int index, qint64) {
        o->readyIndexes << index;
        for (const QJsonValue &v : items)
            o->items << v.toObject().value(QStringLiteral("N")).toInt();
    });
    QObject::connect(call, &ApiCall::finished, [o](const ApiResult &r) {
        ++o->count;
        o->result = r;
    });
    return o;
}

// Cloud Identity ListUsers: `total` users, pages of `size`; page p answers after delay(p) ms.
Server::Handler pagesHandler(int total, std::function<int(int)> delay, std::function<void(int)> seen = {})
{
    return [=](const Server::Request &req) {
        const QJsonObject body = req.jsonBody();
        const int page = body.value(QStringLiteral("PageNumber")).toInt();
        const int size = body.value(QStringLiteral("PageSize")).toInt();
        if (seen)
            seen(page);
        QJsonArray users;
        for (int i = (page - 1) * size; i < qMin(total, page * size); ++i)
            users.append(QJsonObject{{QStringLiteral("UserId"), QStringLiteral("u-%1").arg(i)}, {QStringLiteral("N"), i}});
        return Resp::json(200, Envelopes::volcOk({{QStringLiteral("Users"), users}, {QStringLiteral("Total"), total}}))
            .delayed(delay(page));
    };
}
} // namespace

class TestStreamingListing : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void pagesInOrderDespiteOutOfOrderArrivals_data();
    void pagesInOrderDespiteOutOfOrderArrivals();
    void reorderBufferAndLookAheadAreBounded();
    void failureHalfWayStopsThePages();
    void cancelFromPageSlot();
    void concurrencyGrowsWhileRoundTripsAreFlat();
    void rawItemsAreSlicedNotParsed();

private:
    std::unique_ptr<ApiClient> makeClient();
    std::unique_ptr<Server> m_server;
};

void TestStreamingListing::init()
{
    m_server = std::make_unique<Server>();
    QVERIFY(m_server->listen());
}

void TestStreamingListing::cleanup()
{
    m_server.reset();
}

std::unique_ptr<ApiClient> TestStreamingListing::makeClient()
{
    auto client = std::make_unique<ApiClient>();
    client->setCredentials(Credentials{QStringLiteral("AKLTtestaccesskey0001"), QStringLiteral("c2VjcmV0"), QString()});
    for (Service s : ServiceCatalog::all())
        client->setEndpoint(s, m_server->url());
    client->setRetryBaseDelay(10);
    client->setDefaultTimeout(5000);
    client->setAdaptiveRateLimiting(false);
    return client;
}

void TestStreamingListing::pagesInOrderDespiteOutOfOrderArrivals_data()
{
    QTest::addColumn<bool>("stream");
    QTest::newRow("streaming") << true;
    QTest::newRow("whole list") << false;
}

void TestStreamingListing::pagesInOrderDespiteOutOfOrderArrivals()
{
    QFETCH(bool, stream);
    auto client = makeClient();
    client->setMaxConcurrencyPerHost(4);
    const int total = 1234; // 25 pages of 50
    // Within each group of 4 pages the last answers first.
    m_server->setHandler(pagesHandler(total, [](int page) { return page == 1 ? 0 : 10 + (3 - (page % 4)) * 25; }));
    CallOptions options;
    options.streamPages = stream;
    auto o = watch(client->listAll(Service::CloudIdentity, QStringLiteral("ListUsers"), {}, options, 50));
    QVERIFY(waitFor(o));
    QVERIFY2(o->result.ok, qPrintable(o->result.error.toString()));
    QCOMPARE(o->readyIndexes.size(), 25);
    for (int i = 0; i < o->readyIndexes.size(); ++i)
        QCOMPARE(o->readyIndexes.at(i), i);
    QCOMPARE(o->items.size(), total);
    for (int i = 0; i < total; ++i)
        QCOMPARE(o->items.at(i), i);
    QCOMPARE(o->result.pagesDelivered, 25);
    QVERIFY2(o->result.maxPagesBuffered >= 1, "the later pages did answer first: something waited in the buffer");
    QVERIFY2(o->result.maxPagesBuffered <= 2 * 4 - 1, qPrintable(QString::number(o->result.maxPagesBuffered)));
    if (stream) {
        QVERIFY2(o->result.items.isEmpty(), "streaming keeps no copy of the listing");
    } else {
        QCOMPARE(o->result.items.size(), total);
        for (int i = 0; i < total; ++i)
            QCOMPARE(o->result.items.at(i).toObject().value(QStringLiteral("N")).toInt(), i);
    }
    QCOMPARE(m_server->requestCount(), 25);
}

void TestStreamingListing::reorderBufferAndLookAheadAreBounded()
{
    // Page 2 is very slow: every later page arrives before it. Without a bound the lister would fetch all 60
    // pages and hold 58 of them; with concurrency 3 the window is 6 pages.
    auto client = makeClient();
    client->setMaxConcurrencyPerHost(3);
    const int window = 6;
    auto o = std::make_shared<Outcome>();
    int worstLookAhead = 0;
    m_server->setHandler(pagesHandler(
        6000, [](int page) { return page == 2 ? 400 : 5; },
        [&](int page) {
            // Pages handed out so far: o->readyIndexes.size(); page numbers are 1-based.
            worstLookAhead = qMax(worstLookAhead, page - int(o->readyIndexes.size()));
        }));
    CallOptions options;
    options.streamPages = true;
    ApiCall *call = client->listAll(Service::CloudIdentity, QStringLiteral("ListUsers"), {}, options, 100);
    QObject::connect(call, &ApiCall::pageReady, [o](const QJsonArray &items, int index, qint64) {
        o->readyIndexes << index;
        for (const QJsonValue &v : items)
            o->items << v.toObject().value(QStringLiteral("N")).toInt();
    });
    QObject::connect(call, &ApiCall::finished, [o](const ApiResult &r) {
        ++o->count;
        o->result = r;
    });
    QVERIFY(waitFor(o));
    QVERIFY2(o->result.ok, qPrintable(o->result.error.toString()));
    QCOMPARE(o->items.size(), 6000);
    QCOMPARE(o->result.pagesDelivered, 60);
    QVERIFY2(o->result.maxPagesBuffered >= window - 2, qPrintable(QString::number(o->result.maxPagesBuffered)));
    QVERIFY2(o->result.maxPagesBuffered <= window - 1, qPrintable(QString::number(o->result.maxPagesBuffered)));
    QVERIFY2(worstLookAhead <= window, qPrintable(QString::number(worstLookAhead)));
    QCOMPARE(m_server->requestCount(), 60);
}

void TestStreamingListing::failureHalfWayStopsThePages()
{
    auto client = makeClient();
    client->setMaxConcurrencyPerHost(4);
    const int failing = 7;
    auto handler = pagesHandler(2000, [](int page) { return page == 1 ? 0 : 5; });
    m_server->setHandler([&](const Server::Request &req) {
        if (req.jsonBody().value(QStringLiteral("PageNumber")).toInt() == failing)
            return Resp::json(400, Envelopes::volcError(QStringLiteral("InvalidParameter"), QStringLiteral("page failed"),
                                                        QStringLiteral("RID-FAIL")))
                .delayed(30);
        return handler(req);
    });
    CallOptions options;
    options.streamPages = true;
    auto o = watch(client->listAll(Service::CloudIdentity, QStringLiteral("ListUsers"), {}, options, 100));
    QVERIFY(waitFor(o));
    QVERIFY(!o->result.ok);
    QCOMPARE(o->result.error.requestId, QStringLiteral("RID-FAIL"));
    QVERIFY(o->result.items.isEmpty());
    // Pages 1-6 may have been handed out, never page 7 or any after it.
    QVERIFY2(o->readyIndexes.size() <= failing - 1, qPrintable(QString::number(o->readyIndexes.size())));
    QCOMPARE(o->result.pagesDelivered, int(o->readyIndexes.size()));
    for (int i = 0; i < o->readyIndexes.size(); ++i)
        QCOMPARE(o->readyIndexes.at(i), i);
    QTest::qWait(200);
    QCOMPARE(o->count, 1);
    QCOMPARE(client->inFlight(), 0);
    QVERIFY2(m_server->requestCount() < 20, "the listing stops at the failure");
}

void TestStreamingListing::cancelFromPageSlot()
{
    auto client = makeClient();
    m_server->setHandler(pagesHandler(5000, [](int) { return 5; }));
    CallOptions options;
    options.streamPages = true;
    ApiCall *call = client->listAll(Service::CloudIdentity, QStringLiteral("ListUsers"), {}, options, 100);
    auto o = watch(call);
    QPointer<ApiCall> guard = call;
    QObject::connect(call, &ApiCall::pageReady, [guard](const QJsonArray &, int index, qint64) {
        if (index == 2 && guard)
            guard->cancel();
    });
    QVERIFY(waitFor(o));
    QCOMPARE(o->result.error.kind, ApiError::Kind::Cancelled);
    QCOMPARE(o->readyIndexes.size(), 3);
    QTest::qWait(200);
    QCOMPARE(o->readyIndexes.size(), 3);
    QCOMPARE(client->inFlight(), 0);
    QVERIFY2(m_server->requestCount() < 50, qPrintable(QString::number(m_server->requestCount())));
}

void TestStreamingListing::concurrencyGrowsWhileRoundTripsAreFlat()
{
    auto client = makeClient();
    QCOMPARE(client->concurrencyLimit(Service::CloudIdentity), 8);
    m_server->setHandler(pagesHandler(30000, [](int) { return 30; }));
    CallOptions options;
    options.streamPages = true;
    auto o = watch(client->listAll(Service::CloudIdentity, QStringLiteral("ListUsers"), {}, options, 100));
    QVERIFY(waitFor(o, 60000));
    QVERIFY2(o->result.ok, qPrintable(o->result.error.toString()));
    QCOMPARE(o->items.size(), 30000);
    QVERIFY2(m_server->maxInFlight() > 8, qPrintable(QString::number(m_server->maxInFlight())));
    QVERIFY2(client->concurrencyLimit(Service::CloudIdentity) <= 64, "never above the cap");
}

QTEST_GUILESS_MAIN(TestStreamingListing)
void TestStreamingListing::rawItemsAreSlicedNotParsed()
{
    auto client = makeClient();
    client->setMaxConcurrencyPerHost(4);
    const int total = 530; // 11 pages of 50
    int throttled = 0;
    const Server::Handler pages = pagesHandler(total, [](int) { return 0; });
    m_server->setHandler([&](const Server::Request &req) {
        const int page = req.jsonBody().value(QStringLiteral("PageNumber")).toInt();
        if (page == 4 && throttled++ == 0) // an error answer: read from its envelope, then retried
            return Resp::json(429, Envelopes::volcError(QStringLiteral("FlowLimitExceeded"), QStringLiteral("slow down")));
        Resp r = pages(req);
        if (page == 7) // the path key written with an escape: the slicer refuses, the page is parsed whole
            r.body.replace("\"Users\"", "\"Us\\u0065rs\"");
        if (page == 2) // pretty-printed items: sliced, compacted when written
            r.body.replace("{\"N\":", "{ \"N\" :\n");
        return r;
    });
    CallOptions options;
    options.streamPages = true;
    options.rawItems = true;
    ApiCall *call = client->listAll(Service::CloudIdentity, QStringLiteral("ListUsers"), {}, options, 50);
    QList<int> order;
    QList<bool> raw;
    bool itemsInRawPages = false;
    int looseSpans = 0;
    QObject::connect(call, &ApiCall::pageReady, [&, call](const QJsonArray &items, int, qint64) {
        raw << call->currentPageItemsRaw();
        if (!call->currentPageItemsRaw()) {
            for (const QJsonValue &v : items)
                order << v.toObject().value(QStringLiteral("N")).toInt();
            return;
        }
        itemsInRawPages = itemsInRawPages || !items.isEmpty();
        const QByteArray body = call->currentPageBody();
        for (const JsonArraySlicer::Span &s : call->currentPageSpans()) {
            QByteArray one;
            JsonArraySlicer::appendCompact(&one, body, s);
            QVERIFY2(!one.contains(' '), one.constData());
            looseSpans += s.compact ? 0 : 1;
            order << QJsonDocument::fromJson(one).object().value(QStringLiteral("N")).toInt(-1);
        }
    });
    auto o = watch(call);
    QVERIFY(waitFor(o));
    QVERIFY2(o->result.ok, qPrintable(o->result.error.toString()));
    QCOMPARE(throttled, 2);
    QCOMPARE(raw.size(), 11);
    for (int i = 0; i < raw.size(); ++i)
        QCOMPARE(raw.at(i), i != 6); // page 7 (index 6) was parsed whole, every other one sliced
    QVERIFY2(!itemsInRawPages, "a sliced page hands out no parsed items");
    QCOMPARE(looseSpans, 50); // page 2's items had whitespace between their tokens
    QCOMPARE(order.size(), total);
    for (int i = 0; i < total; ++i)
        QCOMPARE(order.at(i), i);
    QVERIFY2(o->result.items.isEmpty(), "streaming keeps no copy of the listing");
    QVERIFY(o->result.itemSpans.isEmpty());
    QCOMPARE(m_server->requestCount(), 12);
}

#include "tst_streaminglisting.moc"
