// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/RetryPolicy.h"

#include "api/ApiError.h"
#include "api/ErrorClassification.h"
#include "api/ServiceCatalog.h"

#include <QRandomGenerator>

namespace {
using Cat = ErrorClassification::Category;
using V = RetryPolicy::Verdict;

// Network errors that no repetition fixes: the name does not resolve, TLS is refused.
bool isPermanentNetwork(const QString &code)
{
    return code == QLatin1String("HostNotFound") || code.startsWith(QLatin1String("Ssl"))
           || code == QLatin1String("TlsCertificateInvalid");
}

V set(QString *reason, V v, const char *why)
{
    if (reason)
        *reason = QString::fromLatin1(why);
    return v;
}
} // namespace

RetryPolicy::Request RetryPolicy::requestFor(const QString &action)
{
    return ServiceCatalog::isRead(action) ? Request::Read : Request::Write;
}

RetryPolicy::Verdict RetryPolicy::classify(const ApiError &e, Request request, QString *reason)
{
    const bool read = request == Request::Read;
    switch (e.kind) {
    case ApiError::Kind::None:
        return set(reason, V::Fail, "no error");
    case ApiError::Kind::InvalidInput:
        return set(reason, V::Fail, "refused before sending");
    case ApiError::Kind::Cancelled:
        // Never repeated; a write cancelled on the wire may have happened.
        return e.ambiguous && !read ? set(reason, V::Ambiguous, "cancelled while sending a write")
                                    : set(reason, V::Fail, "cancelled");
    case ApiError::Kind::Timeout:
        return read ? set(reason, V::Retry, "read timed out") : set(reason, V::Ambiguous, "write timed out after sending");
    case ApiError::Kind::Network:
        if (isPermanentNetwork(e.code))
            return set(reason, V::Fail, "host not found or TLS refused");
        if (e.code == QLatin1String("ConnectionRefused"))
            return set(reason, V::Retry, "connection refused: nothing was sent");
        if (read)
            return set(reason, V::Retry, "network error on a read");
        // The transport marks a write that provably never reached a server (proxy refused...) as not ambiguous.
        return e.ambiguous ? set(reason, V::Ambiguous, "connection lost after sending a write")
                           : set(reason, V::Retry, "the write was never sent");
    case ApiError::Kind::MalformedResponse: {
        const int s = e.httpStatus;
        const bool serverSide = s == 0 || s >= 500;
        if (read)
            return serverSide ? set(reason, V::Retry, "unreadable answer to a read")
                              : set(reason, V::Fail, "unreadable answer");
        // A 2xx whose body was cut, or a proxy's 5xx page: the write may have happened.
        return serverSide || (s >= 200 && s < 300) ? set(reason, V::Ambiguous, "unreadable answer to a write")
                                                   : set(reason, V::Fail, "unreadable answer");
    }
    case ApiError::Kind::Api:
        break;
    }

    const ErrorClassification::Result c = ErrorClassification::classify(e);
    if (c.has(ErrorClassification::RetryLater))
        return set(reason, V::RetryLater, "an asynchronous task is still running");
    if (c.has(ErrorClassification::NotActed) || c.category == Cat::Throttled)
        return set(reason, V::Retry, c.category == Cat::Throttled ? "throttled" : "the service did not act");
    if (c.has(ErrorClassification::Permanent))
        return set(reason, V::Fail, "not implemented");
    if (c.category == Cat::Server || (c.category == Cat::Gateway && e.httpStatus >= 500)) {
        // An internal error or an unreachable back end may come after the change was made.
        return read ? set(reason, V::Retry, "server error on a read")
                    : set(reason, V::Ambiguous, "server error: the write may have happened");
    }
    return set(reason, V::Fail, "definite error");
}

int RetryPolicy::waitMs(const ApiError &e, int attempt, bool later, const Settings &s, const Jitter &jitter)
{
    const auto draw = [&jitter](int bound) {
        if (bound <= 0)
            return 0;
        const int v = jitter ? jitter(bound) : int(QRandomGenerator::global()->bounded(bound + 1));
        return qBound(0, v, bound);
    };
    const int n = qBound(0, attempt, 20);
    int wait;
    if (later) {
        const qint64 fixed = qMin<qint64>(s.laterCapMs, qint64(s.laterBaseMs) << qMax(0, qMin(n - 1, 20)));
        wait = int(fixed) + draw(int(fixed / 2));
    } else {
        const qint64 cap = qMin<qint64>(s.capMs, qint64(s.baseMs) << qMin(n, 20));
        wait = draw(int(cap));
    }
    if (e.retryAfterSeconds > 0)
        wait = qMax(wait, e.retryAfterSeconds * 1000);
    return wait;
}

RetryPolicy::Decision RetryPolicy::decide(const ApiError &e, Request request, int attempt, const Settings &s,
                                          const Jitter &jitter)
{
    Decision d;
    d.verdict = classify(e, request, &d.reason);
    if (d.retries()) {
        if (attempt >= s.maxAttempts) {
            d.verdict = Verdict::Fail;
            d.reason += QStringLiteral("; attempts used up");
            return d;
        }
        d.waitMs = waitMs(e, attempt, d.verdict == Verdict::RetryLater, s, jitter);
    }
    return d;
}

QString RetryPolicy::verdictName(Verdict v)
{
    switch (v) {
    case Verdict::Retry: return QStringLiteral("Retry");
    case Verdict::RetryLater: return QStringLiteral("RetryLater");
    case Verdict::Ambiguous: return QStringLiteral("Ambiguous");
    case Verdict::Fail: return QStringLiteral("Fail");
    }
    return {};
}
