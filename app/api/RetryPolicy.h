// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <functional>

class ApiError;

// THE retry rule of the console, a pure function: given a failed attempt's error, whether the request reads or
// writes, and the attempt number, say whether to send it again and after how long. ApiClient, the Cloud Identity
// write queue, VerifiedCreate and the bulk runner all ask it; none spells out codes of its own.
//
//   Retry       send again: the service provably did not act (throttling, ConcurrentException,
//               OperateTooFrequentlyException, 503 ServiceUnavailable, a refused connection, a reused nonce), or
//               the request is a read (5xx, 502, reset, timeout): reads are safe to repeat.
//   RetryLater  send again after a longer wait, writes too: CloudSSO OperationConflict.Task (an asynchronous task
//               is still running; nothing was done).
//   Ambiguous   a write that may have happened (timeout, reset after sending, 5xx other than 503, a 200 whose body
//               was cut): report it, never send it again. Callers verify by reading (VerifiedCreate).
//   Fail        a definite answer (validation, conflict, permission, authentication, not found, quota,
//               501 NotImplemented, retries used up...): report it as is.
//
// Waits: the server's Retry-After / x-acs-retry-after when given (a minimum), else exponential backoff with full
// jitter: uniform in [0, min(cap, base * 2^attempt)]. RetryLater waits min(laterCap, laterBase * 2^(attempt-1))
// plus up to half of that again as jitter. The jitter source is injectable (tests pin it).
struct RetrySettings
{
    int maxAttempts = 4;       // attempts in all (the first one included)
    int baseMs = 200;          // backoff base
    int capMs = 20000;         // backoff cap
    int laterBaseMs = 2000;    // RetryLater: first wait
    int laterCapMs = 30000;    // RetryLater: cap
};

class RetryPolicy
{
public:
    enum class Request { Read, Write };
    enum class Verdict { Retry, RetryLater, Ambiguous, Fail };

    using Settings = RetrySettings;

    // Returns a value in [0, bound] (inclusive). Default: QRandomGenerator::global().
    using Jitter = std::function<int(int bound)>;

    struct Decision
    {
        Verdict verdict = Verdict::Fail;
        int waitMs = 0;            // for Retry / RetryLater
        QString reason;            // short English diagnostic ("throttled", "write may have happened", ...)
        bool retries() const { return verdict == Verdict::Retry || verdict == Verdict::RetryLater; }
    };

    // The verdict without a budget: what kind of failure this is for a read or a write.
    static Verdict classify(const ApiError &error, Request request, QString *reason = nullptr);
    // The decision after `attempt` (1-based) attempts: Retry / RetryLater turn into Fail once maxAttempts are used.
    static Decision decide(const ApiError &error, Request request, int attempt, const Settings &settings = Settings(),
                           const Jitter &jitter = {});
    // The wait before attempt `attempt + 1` for a Retry (RetryLater when later is true), Retry-After included.
    static int waitMs(const ApiError &error, int attempt, bool later, const Settings &settings = Settings(),
                      const Jitter &jitter = {});

    static Request requestFor(const QString &action); // Read for List*/Get*/Query*/Describe*, else Write
    static QString verdictName(Verdict v);
};
