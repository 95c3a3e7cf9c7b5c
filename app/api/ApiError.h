// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMetaType>
#include <QString>

// The one error value that travels from the network to the UI unchanged.
class ApiError
{
public:
    enum class Kind {
        None,              // no error
        Api,               // the service answered with an error envelope
        Network,           // connection refused, DNS, TLS, reset...
        Timeout,           // no answer within the request's timeout
        Cancelled,         // cancelled by the user or by a profile switch
        MalformedResponse, // the body is not the expected JSON (HTML from a proxy, empty, truncated)
        InvalidInput,      // refused before sending (validation, missing credentials)
    };

    Kind kind = Kind::None;
    QString code;           // e.g. "SignatureDoesNotMatch", "EntityNotExists.User", "NetworkError"
    QString message;        // the server's message (or ours for non-API errors)
    int codeN = 0;          // Volcengine gateway CodeN where given
    int httpStatus = 0;     // 0 when no HTTP answer
    QString requestId;
    QString service;        // "id", "cloudidentity", "cloudsso"
    QString action;
    int retryAfterSeconds = 0; // from Retry-After / x-acs-retry-after
    bool ambiguous = false;    // a write may or may not have happened: verify before repeating it

    bool isError() const { return kind != Kind::None; }
    bool isThrottling() const;    // Throttling*, 429 (not QuotaExceeded), positive retry-after
    bool isTransient() const;     // network, timeout, 5xx, throttling, ConcurrentException...
    bool isAuthProblem() const;   // signature, access key, timestamp
    bool isClockSkew() const;     // InvalidTimestamp / InvalidTimeStamp.Expired
    bool isNotFound() const;

    // "CODE: message (HTTP n, RequestId …)" — the CLI's error line; code and RequestId verbatim.
    QString toString() const;
    // Localized one-line description for people (ErrorCatalog), code and RequestId excluded.
    QString localizedMessage() const;

    static ApiError make(Kind kind, const QString &code, const QString &message);
};

Q_DECLARE_METATYPE(ApiError)
