// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/ErrorClassification.h"
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

    // What the error means (ErrorClassification: one table for every documented code of the three services).
    ErrorClassification::Category category() const;
    // For a NotFound: which resource is missing (Unspecified when the service does not say); None otherwise.
    ErrorClassification::Resource notFoundResource() const;

    bool isThrottling() const;    // category Throttled (Throttling*, OperateTooFrequentlyException, 429, Retry-After)
    bool isTransient() const;     // a READ would be worth repeating (RetryPolicy: Retry or RetryLater)
    bool isAuthProblem() const;   // category Authentication (signature, access key, token, timestamp), not a reused nonce
    bool isClockSkew() const;     // InvalidTimestamp / InvalidTimeStamp.Expired
    // A resource named by the request does not exist. Never the gateway's 404s (InvalidAccessKeyId.NotFound,
    // InvalidAction.NotFound, ServiceNotFound, InvalidActionOrVersion) and never a bare HTTP 404.
    bool isNotFound() const;
    // The resource `resource` does not exist: the classified resource is that one, or the service did not say
    // which (`id` "Resource not found: %s.") and its message names `id`. Use it before saying "already deleted".
    bool isNotFound(ErrorClassification::Resource resource, const QString &id = QString()) const;
    // The requested work is already under way (UserProvisionEventRetryConflict): report that, not a failure.
    bool isAlreadyUnderway() const;
    // A create found the name taken (GroupAlreadyExists, Duplicated).
    bool isAlreadyExists() const;

    // "CODE: message (HTTP n, RequestId …)" — the CLI's error line; code and RequestId verbatim.
    QString toString() const;
    // Localized one-line description for people (ErrorCatalog), code and RequestId excluded.
    QString localizedMessage() const;

    static ApiError make(Kind kind, const QString &code, const QString &message);
};

Q_DECLARE_METATYPE(ApiError)
