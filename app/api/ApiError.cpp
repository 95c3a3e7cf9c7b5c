// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/ApiError.h"

#include "api/ErrorCatalog.h"
#include "api/RetryPolicy.h"

ErrorClassification::Category ApiError::category() const
{
    return ErrorClassification::classify(*this).category;
}

ErrorClassification::Resource ApiError::notFoundResource() const
{
    const auto c = ErrorClassification::classify(*this);
    return c.category == ErrorClassification::Category::NotFound ? c.resource : ErrorClassification::Resource::None;
}

bool ApiError::isThrottling() const
{
    return kind == Kind::Api && category() == ErrorClassification::Category::Throttled;
}

bool ApiError::isTransient() const
{
    const auto v = RetryPolicy::classify(*this, RetryPolicy::Request::Read);
    return v == RetryPolicy::Verdict::Retry || v == RetryPolicy::Verdict::RetryLater;
}

bool ApiError::isAuthProblem() const
{
    if (kind != Kind::Api)
        return false;
    // A reused nonce is the gateway's replay guard, not a credentials problem: the client re-signs and resends.
    const auto c = ErrorClassification::classify(*this);
    return c.category == ErrorClassification::Category::Authentication && !c.has(ErrorClassification::NonceReused);
}

bool ApiError::isClockSkew() const
{
    return kind == Kind::Api && ErrorClassification::classify(*this).has(ErrorClassification::ClockSkew);
}

bool ApiError::isNotFound() const
{
    return kind == Kind::Api && category() == ErrorClassification::Category::NotFound;
}

bool ApiError::isNotFound(ErrorClassification::Resource resource, const QString &id) const
{
    if (!isNotFound())
        return false;
    const auto found = notFoundResource();
    if (found == resource)
        return true;
    return found == ErrorClassification::Resource::Unspecified && !id.isEmpty() && message.contains(id);
}

bool ApiError::isAlreadyUnderway() const
{
    return kind == Kind::Api && ErrorClassification::classify(*this).has(ErrorClassification::AlreadyUnderway);
}

bool ApiError::isAlreadyExists() const
{
    return kind == Kind::Api && ErrorClassification::classify(*this).has(ErrorClassification::AlreadyExists);
}

QString ApiError::toString() const
{
    QString s = code.isEmpty() ? QStringLiteral("Error") : code;
    s += QStringLiteral(": ") + (message.isEmpty() ? QStringLiteral("(no message)") : message);
    QStringList extra;
    if (httpStatus)
        extra << QStringLiteral("HTTP %1").arg(httpStatus);
    if (!requestId.isEmpty())
        extra << QStringLiteral("RequestId %1").arg(requestId);
    if (ambiguous)
        extra << QStringLiteral("outcome unknown: verify before repeating");
    if (!extra.isEmpty())
        s += QStringLiteral(" (") + extra.join(QStringLiteral(", ")) + QLatin1Char(')');
    return s;
}

QString ApiError::localizedMessage() const
{
    return ErrorCatalog::describe(*this);
}

ApiError ApiError::make(Kind kind, const QString &code, const QString &message)
{
    ApiError e;
    e.kind = kind;
    e.code = code;
    e.message = message;
    return e;
}
