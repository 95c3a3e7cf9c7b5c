// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AcsVerifier.h"
#include "CloudIdentityHandler.h"
#include "CloudSsoHandler.h"
#include "EnvelopeBuilder.h"
#include "HttpRequestHandler.h"
#include "IdServiceHandler.h"
#include "ServicePolicy.h"
#include "Throttler.h"
#include "VolcengineVerifier.h"

#include <QElapsedTimer>

#include <functional>

namespace emu {

class CredentialStore;
class DataStore;
class EmulatorClock;
class FaultInjector;
class StatePersister;

// Tells the services apart on one port, verifies the signature, applies throttling and injected faults, calls the
// service handler and wraps the outcome in the right envelope:
//  - Volcengine: `?Action=…&Version=…` in the query; Version 2025-10-30 -> id, 2023-01-01 -> cloudidentity, and the
//    credential scope's service must agree.
//  - Alibaba CloudSSO: `x-acs-action` / `x-acs-version` headers (or an ACS3 Authorization header).
class RequestDispatcher : public HttpRequestHandler
{
public:
    RequestDispatcher(DataStore &store, const CredentialStore &credentials, const EmulatorClock &clock);

    HttpResponse handle(const HttpRequest &request) override;
    HttpResponse protocolError(const HttpRequest &partial, int status, const QString &message) override;

    void setThrottleQps(double qps) { m_throttler.setQps(qps); }
    void setFaultInjector(FaultInjector *faults) { m_faults = faults; }
    // Cloud Identity's write lock and the opt-in fault modes for documented codes (ServicePolicy). The write lock
    // is off (0 ms) unless set: requests handled synchronously here have no "in progress" time of their own.
    ServicePolicy &policy() { return m_policy; }
    void setPersister(StatePersister *persister) { m_persister = persister; }
    // One line per request on the sink (stderr in the binary): time, access key id, action, status, ms.
    void setLogSink(std::function<void(const QString &)> sink) { m_log = std::move(sink); }
    // Monotonic milliseconds for the token buckets (tests may replace it).
    void setMonotonicClock(std::function<qint64()> clock) { m_monotonic = std::move(clock); }

    IdServiceHandler &idHandler() { return m_id; }
    CloudIdentityHandler &cloudIdentityHandler() { return m_ci; }
    CloudSsoHandler &cloudSsoHandler() { return m_sso; }
    qint64 requestCount() const { return m_requests; }

    static bool isAlibabaRequest(const HttpRequest &request);

private:
    struct LogInfo
    {
        QString accessKeyId;
        QString action;
        QString note;
    };

    HttpResponse handleVolcengine(const HttpRequest &request, LogInfo &log);
    HttpResponse handleAlibaba(const HttpRequest &request, LogInfo &log);
    // Business refusals decided before the handler runs (quotas, retry tasks, id status conflicts): throws the
    // service's ApiError, or returns when the call may proceed.
    void checkPolicy(const ApiCall &call, bool write);
    ServiceHandler *volcHandlerForService(const QString &service);
    void persistAfterWrite();
    void finalize(HttpResponse &response) const;
    void writeLog(const LogInfo &log, const HttpResponse &response, qint64 elapsedNs) const;

    DataStore &m_store;
    const CredentialStore &m_credentials;
    const EmulatorClock &m_clock;
    VolcengineVerifier m_volcVerifier;
    AcsVerifier m_acsVerifier;
    IdServiceHandler m_id;
    CloudIdentityHandler m_ci;
    CloudSsoHandler m_sso;
    EnvelopeBuilder m_envelopes;
    Throttler m_throttler;
    ServicePolicy m_policy;
    FaultInjector *m_faults = nullptr;
    StatePersister *m_persister = nullptr;
    std::function<void(const QString &)> m_log;
    std::function<qint64()> m_monotonic;
    QElapsedTimer m_uptime;
    qint64 m_requests = 0;
};

} // namespace emu
