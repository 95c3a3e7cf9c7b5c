// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/ApiResult.h"
#include "api/RequestBuilder.h"
#include "api/ServiceCatalog.h"
#include <QDateTime>
#include <QList>
#include <QObject>
#include <QSslCertificate>
#include <functional>

class QNetworkAccessManager;
class QNetworkReply;

// One request on the wire and its answer, nothing more: one QNetworkAccessManager, the extra CA certificates, the
// timeout, and the reading of the answer into an ApiResult (network error, timeout, cancellation, envelope). It
// also learns the clock offset from the server's Date header when the server rejects the request's time. Whether
// to send again is not its business (ApiClient asks RetryPolicy).
class ApiTransport : public QObject
{
    Q_OBJECT
public:
    struct Outcome
    {
        ApiResult result;    // attempts not filled in
        QDateTime sentAt;    // UTC
        qint64 elapsedMs = 0;
        QString url;         // without user info
    };
    using Done = std::function<void(const Outcome &)>;

    explicit ApiTransport(QObject *parent = nullptr);
    ~ApiTransport() override;

    QNetworkAccessManager *networkAccessManager() const { return m_nam; }
    bool setCaBundle(const QString &pemFile, QString *error = nullptr);

    // Local clock (injectable) and what was learned about the server's.
    void setClock(std::function<QDateTime()> clock) { m_clock = std::move(clock); }
    QDateTime localNow() const;
    qint64 clockOffsetMs() const { return m_clockOffsetMs; }
    bool skewLearned() const { return m_skewLearned; }
    qint64 serverOffsetMs() const { return m_serverOffsetMs; }   // from the Date header of the latest answer
    bool serverTimeKnown() const { return m_serverTimeKnown; }

    // Sends `request`; `done` runs once, asynchronously, unless the reply is discarded. A write (isRead false)
    // that loses its answer after sending ends with ApiError::ambiguous set. `rawItemPath`: see
    // CallOptions::rawItemPath.
    QNetworkReply *send(const PreparedRequest &request, Service service, const QString &action, bool isRead,
                        int timeoutMs, Done done, const QByteArrayList &rawItemPath = {});
    // Ends `reply` as Cancelled (done still runs).
    static void cancel(QNetworkReply *reply);
    // Drops `reply` without calling its done (the caller is going away).
    void discard(QNetworkReply *reply);

private:
    void onFinished(QNetworkReply *reply, Service service, const QString &action, bool isRead, int timeoutMs,
                    const QDateTime &sentAt, qint64 sentAtMs, const Done &done, const QByteArrayList &rawItemPath);

    QNetworkAccessManager *pickManager();
    void release(QNetworkReply *reply);

    QNetworkAccessManager *m_nam = nullptr;      // the first of m_nams
    // Qt's HTTP/1 stack opens at most 6 connections per host and QNetworkAccessManager (and pipelines GET only):
    // more requests in flight need more managers. Each one's keep-alive connections are reused; a request goes to
    // the first manager with a free connection.
    QList<QNetworkAccessManager *> m_nams;
    QList<int> m_namActive;
    QList<QSslCertificate> m_extraCas;
    std::function<QDateTime()> m_clock;
    qint64 m_clockOffsetMs = 0;
    bool m_skewLearned = false;
    qint64 m_serverOffsetMs = 0;
    bool m_serverTimeKnown = false;
};
