// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMetaType>
#include <QString>
#include <QStringList>

class ApiError;

// What an error MEANS, in one table for the three services: every code the stored API docs publish
// (volcengine-id.md §9.1, volcengine-cloudidentity.md §7.1 and §7.2, aliyun-cloudsso.md §8.2 and §8.3, plus the
// per-action tables of those files) has one row here. Callers act on the category, never on HTTP 404 or on a
// code's spelling: a revoked access key answers 404 `InvalidAccessKeyId.NotFound` and an unknown action 404
// `InvalidAction.NotFound` / `InvalidActionOrVersion`, which are Authentication and Gateway problems, not
// "the object is gone".
//
// Codes not in the table are Unknown, with a careful fall back on the HTTP status (429 -> Throttled,
// 401 -> Authentication, 403 -> Permission, 409 -> Conflict, 5xx -> Server, other 4xx -> Validation). A bare 404
// never means NotFound; the one exception is the documented Cloud Identity rule for group actions (see the
// .cpp). The retry rule that uses these classes is RetryPolicy.
class ErrorClassification
{
public:
    enum class Category {
        None,           // no error
        Authentication, // signature, access key, security token, timestamp: fix the credentials or the clock
        Permission,     // the credentials are valid but lack a policy for the action
        NotFound,       // a resource named by the request does not exist (see resource())
        Conflict,       // the resource's state or a concurrent operation refuses the change (incl. "already exists")
        Throttled,      // flow control: try again after a pause
        Quota,          // a quota is used up: waiting does not help
        Validation,     // the request's parameters are wrong
        ServiceState,   // the service instance itself is not usable (Cloud Identity ServiceStatusException)
        Server,         // the service failed (5xx)
        Gateway,        // the gateway could not route it: unknown service, action or version; back end unreachable
        Transport,      // no usable answer: network error, timeout, malformed response
        Local,          // refused before sending (validation, missing credentials) or cancelled
        Unknown,        // an API code the table does not know, not placed by its HTTP status either
    };

    // Which resource a NotFound names.
    enum class Resource {
        None,                  // not a NotFound
        Unspecified,           // a generic NotFound (`id` "Resource not found: %s.") that does not say which
        User,
        Group,
        GroupMember,
        UserPool,
        Client,                // an `id` user-pool client (application)
        IdentityProvider,      // an `id` identity provider (connection)
        Provisioning,          // a user provisioning (both clouds)
        ProvisioningEvent,
        ProvisioningPrincipal, // the user or group a provisioning event is for
        Directory,             // a CloudSSO directory
    };

    enum Flag {
        NoFlag = 0,
        NotActed = 1 << 0,         // the service provably did not act (safe to send a write again)
        RetryLater = 1 << 1,       // an asynchronous task is still running: send again later (writes too)
        AlreadyUnderway = 1 << 2,  // the requested work is already under way (e.g. a retry task exists)
        AlreadyExists = 1 << 3,    // a create found the name taken
        ClockSkew = 1 << 4,        // the request time is outside the accepted window
        NonceReused = 1 << 5,      // the signature nonce was seen before: re-sign and send again
        Permanent = 1 << 6,        // a 5xx that repeating cannot fix (501 NotImplemented)
    };

    struct Result
    {
        Category category = Category::None;
        Resource resource = Resource::None;
        int flags = NoFlag;
        bool known = false;        // the code is in the table (exactly or by a documented prefix)
        bool has(Flag f) const { return (flags & f) != 0; }
    };

    // One row of the table, for tests and diagnostics.
    struct Row
    {
        const char *service;  // "id", "cloudidentity", "cloudsso", or nullptr for any
        const char *code;     // exact code, or a prefix ending in '.' when prefix is true
        bool prefix;
        Category category;
        Resource resource;
        int flags;
        const char *source;   // where the docs publish it
    };

    static Result classify(const ApiError &error);
    // The table lookup alone (service: "id", "cloudidentity", "cloudsso"); known == false when absent.
    static Result classifyCode(const QString &service, const QString &code);
    static QList<Row> rows();

    static QString categoryName(Category c);   // "NotFound", ... (stable, for tests, logs and the CLI)
    static QString resourceName(Resource r);   // "User", "UserPool", ...
};

Q_DECLARE_METATYPE(ErrorClassification::Category)
Q_DECLARE_METATYPE(ErrorClassification::Resource)
