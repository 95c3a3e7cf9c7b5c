// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/ApiError.h"

#include "api/ErrorCatalog.h"

bool ApiError::isThrottling() const
{
    if (kind != Kind::Api)
        return false;
    if (code.startsWith(QLatin1String("Throttling")) || code == QLatin1String("RequestLimitExceeded")
        || code == QLatin1String("TooManyRequests"))
        return true;
    if (code == QLatin1String("QuotaExceeded") || code == QLatin1String("ReachedQuotaLimit"))
        return false;
    return httpStatus == 429 || retryAfterSeconds > 0;
}

bool ApiError::isTransient() const
{
    switch (kind) {
    case Kind::Network:
        return code != QLatin1String("HostNotFound") && !code.startsWith(QLatin1String("Ssl"))
               && code != QLatin1String("TlsCertificateInvalid");
    case Kind::Timeout:
        return true;
    case Kind::Api:
        return isThrottling() || httpStatus >= 500 || code == QLatin1String("ConcurrentException")
               || code == QLatin1String("OperateTooFrequentlyException")
               || code == QLatin1String("ServiceUnavailable") || code == QLatin1String("OperationConflict.Task");
    case Kind::MalformedResponse:
        return httpStatus >= 500 || httpStatus == 0;
    default:
        return false;
    }
}

bool ApiError::isAuthProblem() const
{
    if (kind != Kind::Api)
        return false;
    static const QStringList codes = {
        QStringLiteral("SignatureDoesNotMatch"), QStringLiteral("SignatureNotMatch"),
        QStringLiteral("InvalidAccessKey"), QStringLiteral("InvalidAccessKeyId"),
        QStringLiteral("MissingAuthenticationToken"), QStringLiteral("MissingSignature"),
        QStringLiteral("IncompleteSignature"), QStringLiteral("InvalidTimestamp"),
        QStringLiteral("Forbidden.AccessKeyDisabled"), QStringLiteral("InvalidSecurityToken"),
    };
    return codes.contains(code) || code.startsWith(QLatin1String("InvalidAccessKeyId."))
           || code.startsWith(QLatin1String("InvalidTimeStamp.")) || httpStatus == 401;
}

bool ApiError::isClockSkew() const
{
    return kind == Kind::Api
           && (code == QLatin1String("InvalidTimestamp") || code == QLatin1String("InvalidTimeStamp.Expired"));
}

bool ApiError::isNotFound() const
{
    return kind == Kind::Api
           && (httpStatus == 404 || code == QLatin1String("NotFound") || code.startsWith(QLatin1String("EntityNotExists."))
               || code.endsWith(QLatin1String("NotFound")) || code.endsWith(QLatin1String("NotExists")));
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
