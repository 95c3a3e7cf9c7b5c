// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/ApiCall.h"
#include "api/ApiTransport.h"
#include "api/Credentials.h"
#include "api/ExchangeRecord.h"
#include "api/RequestBuilder.h"
#include "api/RetryPolicy.h"
#include "api/ServiceCatalog.h"
#include "api/SigningTypes.h"
#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QUrl>
#include <functional>

class QNetworkAccessManager;
class AdaptiveRateLimiter;

struct CallOptions
{
    QObject *owner = nullptr;  // cancelAll(owner) cancels the call; the call also ends when owner dies
    int timeoutMs = -1;        // -1: the client's default (30 s)
    int maxAttempts = -1;      // -1: the client's default (4)
    // listAll(): items come out only through ApiCall::pageReady (in order) and ApiResult::items stays empty, so
    // memory is bounded by the pages in flight instead of the whole listing.
    bool streamPages = false;
    // listAll() with streamPages: the consumer copies each page's items out as bytes (ApiCall::currentPageSpans
    // over currentPageBody) and needs them neither parsed nor in pageReady's array. Each page's answer is then
    // validated and sliced (JsonArraySlicer) and only the envelope around the items is parsed; when the slicer
    // refuses an answer, that page is parsed whole as usual (ApiCall::currentPageItemsRaw() false).
    bool rawItems = false;
    // One call: the answer's array at these object keys is sliced, not parsed (ApiResult::itemSpans). PagedLister
    // sets it for rawItems listings.
    QByteArrayList rawItemPath;
};

// One client for every service of one profile: schedules calls (per-host concurrency, adaptive pacing), and
// retries them as RetryPolicy says. The work is split along its seams: RequestBuilder builds and signs,
// ApiTransport sends one request and reads its answer (one QNetworkAccessManager, timeout, clock-skew learning),
// RetryPolicy decides whether and when to send again, PagedLister pages List* actions.
class ApiClient : public QObject
{
    Q_OBJECT
public:
    explicit ApiClient(QObject *parent = nullptr);
    ~ApiClient() override;

    void setCredentials(const Credentials &credentials);
    Credentials credentials() const { return m_credentials; }
    void setRegion(const QString &region);          // empty: each service's default region
    QString region(Service s) const;
    void setEndpoint(Service s, const QUrl &url);   // empty URL: the default for the region
    QUrl endpoint(Service s) const;
    // Extra CA certificates (PEM file) trusted for every endpoint, on top of the system store. Returns false
    // with a message if the file cannot be read or holds no certificate.
    bool setCaBundle(const QString &pemFile, QString *error = nullptr);

    void setDefaultTimeout(int ms) { m_defaultTimeoutMs = ms; }
    int defaultTimeout() const { return m_defaultTimeoutMs; }
    void setMaxAttempts(int n) { m_maxAttempts = n; }
    // Requests in flight per host. By default the limit adapts per host (AdaptiveConcurrency: starts at 8, grows
    // while round trips stay flat and nothing is throttled, up to 64, shrinks on throttling or rising latency).
    // setMaxConcurrencyPerHost(n) fixes it at n instead (adaptation off).
    void setMaxConcurrencyPerHost(int n);
    int maxConcurrencyPerHost() const { return m_maxPerHost; }
    void setAdaptiveConcurrency(bool on, int maximum = 64);
    // The current limit for the host of `s` (the adaptive one, or the fixed one).
    int concurrencyLimit(Service s) const;
    void setRetryBaseDelay(int ms) { m_retryBaseMs = ms; }   // backoff base (default 200 ms), cap 20 s
    // The backoff's random source (RetryPolicy::Jitter, [0, bound]); empty: QRandomGenerator. For tests.
    void setRetryJitter(RetryPolicy::Jitter jitter) { m_jitter = std::move(jitter); }
    void setAdaptiveRateLimiting(bool on) { m_adaptive = on; }

    // Injectable clock and nonce source (tests pin X-Date and the nonce).
    void setClock(std::function<QDateTime()> clock);
    void setNonceGenerator(std::function<QByteArray()> gen) { m_nonce = std::move(gen); }
    qint64 clockOffsetMs() const; // learned from the server's Date header
    // The server's clock: the local (injectable) clock corrected by the Date header of the latest answer that had
    // one (1 s resolution). Before any answer: the signing clock. For "which month is it at the service".
    QDateTime serverNow() const;
    bool hasServerTime() const;

    // One call. Volcengine: POST JSON body, Action/Version in the query. CloudSSO: POST, every parameter
    // in the query (arrays of objects flattened Name.N.Key, arrays of scalars Name.N), empty body.
    ApiCall *call(Service service, const QString &action, const QJsonObject &params = {},
                  const CallOptions &options = {});

    // Every page of a List* action, merged in order into ApiResult::items. Page-number services read
    // page 1, then fetch the rest concurrently; token services follow NextToken until IsTruncated is false.
    // pageSize: 1-100 (PageSize / MaxResults). The action's result key and paging style come from its
    // ServiceCatalog::listShape() entry; an action without one fails with InvalidInput UnknownListAction (PagedLister).
    ApiCall *listAll(Service service, const QString &action, const QJsonObject &params = {},
                     const CallOptions &options = {}, int pageSize = 100);

    // A call that sends nothing by itself: its owner does the work later with ordinary calls (e.g. the
    // Cloud Identity write queue) and ends it with finishComposite(). cancel(), cancelAll(owner) and the
    // owner's destruction end it with Kind::Cancelled like any call; the worker checks isFinished().
    ApiCall *compositeCall(Service service, const QString &action, const QJsonObject &params = {},
                           const CallOptions &options = {});
    static void finishComposite(ApiCall *call, const ApiResult &result);

    // Builds and signs the request exactly as call() would send it, without sending.
    PreparedRequest prepare(Service service, const QString &action, const QJsonObject &params) const;

    void cancelAll(QObject *owner);
    void cancelAll();
    int inFlight() const { return m_inFlight; }
    QNetworkAccessManager *networkAccessManager() const;

    // Query items a CloudSSO call sends (flattening rules above); public for tests and the CLI.
    static QueryItems flattenParams(const QJsonObject &params);

signals:
    void exchangeFinished(const ExchangeRecord &record);
    void inFlightChanged(int count);

private:
    friend class ApiCall;
    struct Attempt;
    struct HostQueue;
    void startCall(ApiCall *call, const CallOptions &options);
    void runAttempt(Attempt *attempt);
    void dispatch(const QString &hostKey);
    void send(Attempt *attempt);
    void onAnswer(Attempt *attempt, const ApiTransport::Outcome &outcome);
    void completeAttempt(Attempt *attempt, const ApiResult &result);
    void cancelCall(ApiCall *call);
    RetryPolicy::Settings retrySettings(int maxAttempts) const;
    QDateTime now() const;
    QString hostKey(Service s) const;
    void setInFlight(int n);
    void watchOwner(ApiCall *call, QObject *owner);
    int hostLimit(const HostQueue *q) const;

    ApiTransport *m_transport = nullptr;
    Credentials m_credentials;
    QString m_region;
    QHash<int, QUrl> m_endpoints;
    int m_defaultTimeoutMs = 30000;
    int m_maxAttempts = 4;
    int m_maxPerHost = 8;
    int m_retryBaseMs = 200;
    bool m_adaptive = true;
    bool m_adaptiveConcurrency = true;
    int m_adaptiveMax = 64;
    std::function<QByteArray()> m_nonce;
    RetryPolicy::Jitter m_jitter;
    int m_inFlight = 0;
    QHash<QString, HostQueue *> m_hosts;
    QList<Attempt *> m_attempts;
};
