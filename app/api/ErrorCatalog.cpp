// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/ErrorCatalog.h"

#include <QHash>
#include <QMutex>
#include <QRegularExpression>

namespace {

// One row of a service's published error table.
//  service: "id", "cloudidentity", "cloudsso", or nullptr for any service.
//  code:    the exact code, or (prefix == true) a prefix ending in '.' whose remainder fills %1.
//  pattern: the server's English message template ("%s"/"%v" = a value the server fills in), used to recover
//           those values from the message; nullptr when the text carries no values.
//  text:    the English source text (tr), %1..%n = the recovered values in the template's order.
//  plain:   the text when the message does not follow the template (no values available).
struct Entry
{
    const char *service;
    const char *code;
    bool prefix;
    const char *pattern;
    const char *text;
    const char *plain;
};


const Entry kEntries[] = {
    // ---- Volcengine Agent Identity (`id`) business table (volcengine-id.md §9.1), shared with the gateway.
    {nullptr, "InvalidParameter", false, "Invalid request parameters: %s.", QT_TRANSLATE_NOOP("ErrorCatalog", "Invalid request parameters: %1."),
     QT_TRANSLATE_NOOP("ErrorCatalog", "The request parameters are invalid.")},
    {nullptr, "InvalidParameter.", true, nullptr,
     QT_TRANSLATE_NOOP("ErrorCatalog", "The parameter %1 is invalid: wrong type, length, enumeration value or format."), nullptr},
    {nullptr, "InvalidRequest", false, nullptr, QT_TRANSLATE_NOOP("ErrorCatalog", "The request is invalid or malformed."), nullptr},
    {nullptr, "MissingParameter.", true, nullptr, QT_TRANSLATE_NOOP("ErrorCatalog", "The required parameter %1 is missing."), nullptr},
    {nullptr, "MissingParameter", false,
     "The input parameter \"%s\" that is mandatory for processing this request is not supplied.",
     QT_TRANSLATE_NOOP("ErrorCatalog", "The required parameter %1 is missing."),
     QT_TRANSLATE_NOOP("ErrorCatalog", "A required parameter (such as Action or Version) is missing.")},
    {nullptr, "MissingAction", false, nullptr, QT_TRANSLATE_NOOP("ErrorCatalog", "The request is missing an action."), nullptr},
    {nullptr, "InvalidAction", false, nullptr, QT_TRANSLATE_NOOP("ErrorCatalog", "The specified action is invalid."), nullptr},
    {nullptr, "SignatureNotMatch", false, nullptr, QT_TRANSLATE_NOOP("ErrorCatalog", "The request signature provided is incorrect."), nullptr},
    {nullptr, "InvalidAccessKeyId", false, nullptr, QT_TRANSLATE_NOOP("ErrorCatalog", "The access key ID provided is not valid."), nullptr},
    {nullptr, "AccessDenied", false, "User is not authorized to perform: %s on resource: %s",
     QT_TRANSLATE_NOOP("ErrorCatalog", "You are not authorized to perform %1 on resource %2."),
     QT_TRANSLATE_NOOP("ErrorCatalog", "You are not authorized to perform this action.")},
    {nullptr, "NotFound", false, "Resource not found: %s.", QT_TRANSLATE_NOOP("ErrorCatalog", "Resource not found: %1."),
     QT_TRANSLATE_NOOP("ErrorCatalog", "The resource was not found.")},
    {nullptr, "StatusConflict", false, "Status conflict: %s.", QT_TRANSLATE_NOOP("ErrorCatalog", "Status conflict: %1."),
     QT_TRANSLATE_NOOP("ErrorCatalog", "The resource is in a state that does not allow this operation.")},
    {nullptr, "Duplicated", false, "Resource already exists: %s.", QT_TRANSLATE_NOOP("ErrorCatalog", "Resource already exists: %1."),
     QT_TRANSLATE_NOOP("ErrorCatalog", "The resource already exists.")},
    {nullptr, "ParseFailed", false, "Failed to parse document: %s.", QT_TRANSLATE_NOOP("ErrorCatalog", "Failed to parse document: %1."),
     QT_TRANSLATE_NOOP("ErrorCatalog", "The service could not parse the request document.")},
    {nullptr, "QuotaExceeded", false, "Quota exceeded: %s.", QT_TRANSLATE_NOOP("ErrorCatalog", "Quota exceeded: %1."),
     QT_TRANSLATE_NOOP("ErrorCatalog", "A quota has been exceeded.")},
    {nullptr, "Throttling", false, nullptr, QT_TRANSLATE_NOOP("ErrorCatalog", "The request is denied due to request throttling."), nullptr},
    {nullptr, "Throttling.", true, nullptr, QT_TRANSLATE_NOOP("ErrorCatalog", "The request is denied due to request throttling."), nullptr},
    {nullptr, "RequestLimitExceeded", false, nullptr, QT_TRANSLATE_NOOP("ErrorCatalog", "The request is denied due to request throttling."), nullptr},
    {nullptr, "TooManyRequests", false, nullptr, QT_TRANSLATE_NOOP("ErrorCatalog", "The request is denied due to request throttling."), nullptr},
    {"cloudsso", "InternalError", false, nullptr,
     QT_TRANSLATE_NOOP("ErrorCatalog", "The request processing has failed due to some unknown error."), nullptr},
    {nullptr, "InternalError", false, "Internal server error: %s.", QT_TRANSLATE_NOOP("ErrorCatalog", "Internal server error: %1."),
     QT_TRANSLATE_NOOP("ErrorCatalog", "The service had an internal error.")},
    {nullptr, "InternalError", false, "Unknown internal error: %v", QT_TRANSLATE_NOOP("ErrorCatalog", "Unknown internal error: %1"),
     QT_TRANSLATE_NOOP("ErrorCatalog", "The service had an internal error.")},
    {nullptr, "DownstreamServerError", false, nullptr, QT_TRANSLATE_NOOP("ErrorCatalog", "An error has occurred due to an unreachable service."),
     nullptr},
    {nullptr, "NotImplemented", false, "Not implemented: %s.", QT_TRANSLATE_NOOP("ErrorCatalog", "Not implemented: %1."),
     QT_TRANSLATE_NOOP("ErrorCatalog", "This function is not implemented by the service.")},
    {nullptr, "UpstreamUnreachable", false, "Upstream unreachable: %s.", QT_TRANSLATE_NOOP("ErrorCatalog", "Upstream unreachable: %1."),
     QT_TRANSLATE_NOOP("ErrorCatalog", "A back-end service is unreachable.")},
    {nullptr, "ServiceUnavailable", false, nullptr,
     QT_TRANSLATE_NOOP("ErrorCatalog", "The request has failed due to a temporary failure of the server."), nullptr},

    // ---- Volcengine Cloud Identity business codes (volcengine-cloudidentity.md §7.1).
    {nullptr, "ConcurrentException", false, nullptr, QT_TRANSLATE_NOOP("ErrorCatalog", "Concurrent request conflict."), nullptr},
    {nullptr, "OperateTooFrequentlyException", false, "Perform action[%s] too frequently",
     QT_TRANSLATE_NOOP("ErrorCatalog", "The action %1 was performed too frequently. Try again later."),
     QT_TRANSLATE_NOOP("ErrorCatalog", "The action was performed too frequently. Try again later.")},
    {nullptr, "SensitiveWord", false, nullptr, QT_TRANSLATE_NOOP("ErrorCatalog", "The input contains a sensitive word."), nullptr},
    {nullptr, "ParamMissing", false, "Missing parameter %v", QT_TRANSLATE_NOOP("ErrorCatalog", "Missing parameter: %1."),
     QT_TRANSLATE_NOOP("ErrorCatalog", "A required parameter is missing.")},
    {nullptr, "InvalidParam", false, "The parameter %v[%v] is invalid", QT_TRANSLATE_NOOP("ErrorCatalog", "The parameter %1 [%2] is invalid."),
     QT_TRANSLATE_NOOP("ErrorCatalog", "A parameter is invalid.")},
    {nullptr, "PermissionError", false, "No permission to perform action[%s] on resource %s",
     QT_TRANSLATE_NOOP("ErrorCatalog", "No permission to perform action %1 on resource %2."), QT_TRANSLATE_NOOP("ErrorCatalog", "No permission to call this API.")},
    {nullptr, "ServiceStatusException", false, "Can not perform action[%s] when service is %s",
     QT_TRANSLATE_NOOP("ErrorCatalog", "The Cloud Identity instance is not available: cannot perform action %1 while the service is %2."),
     QT_TRANSLATE_NOOP("ErrorCatalog", "The Cloud Identity instance is not available.")},
    {nullptr, "ErrDeleteSyncUserNotAllowed", false, nullptr,
     QT_TRANSLATE_NOOP("ErrorCatalog", "Users created by synchronization cannot be deleted."), nullptr},
    {nullptr, "UserHasProvision", false, nullptr, QT_TRANSLATE_NOOP("ErrorCatalog", "The user still has user provisionings."), nullptr},
    {nullptr, "UserProvisioningNotExists", false, nullptr, QT_TRANSLATE_NOOP("ErrorCatalog", "The user provisioning does not exist."), nullptr},
    {nullptr, "UserProvisionStatusException", false, "Can not perform action[%s] when user provison status is %s",
     QT_TRANSLATE_NOOP("ErrorCatalog", "Cannot perform action %1 while the user provisioning is in status %2."),
     QT_TRANSLATE_NOOP("ErrorCatalog", "The user provisioning is in a status that does not allow this action.")},
    {nullptr, "UserProvisionEventStatusException", false,
     "Can not perform action[%s] when user provison event status is %s",
     QT_TRANSLATE_NOOP("ErrorCatalog", "Cannot perform action %1 while the provisioning event is in status %2."),
     QT_TRANSLATE_NOOP("ErrorCatalog", "The provisioning event is in a status that does not allow this action.")},
    {nullptr, "PermissionDenied", false, "No permission to perform action[%s]",
     QT_TRANSLATE_NOOP("ErrorCatalog", "No permission to perform action %1."), QT_TRANSLATE_NOOP("ErrorCatalog", "Permission denied.")},
    {nullptr, "UserNotFound", false, nullptr, QT_TRANSLATE_NOOP("ErrorCatalog", "The user was not found."), nullptr},
    {nullptr, "UserProvisionNotFound", false, nullptr, QT_TRANSLATE_NOOP("ErrorCatalog", "User provisioning is not found."), nullptr},
    {nullptr, "UserProvisionEventNotFound", false, nullptr, QT_TRANSLATE_NOOP("ErrorCatalog", "The provisioning event was not found."), nullptr},
    {nullptr, "UserProvisionPrincipalNotFound", false, nullptr,
     QT_TRANSLATE_NOOP("ErrorCatalog", "The principal of the user provisioning was not found."), nullptr},
    {nullptr, "GroupMemberNotFound", false, nullptr, QT_TRANSLATE_NOOP("ErrorCatalog", "The group member was not found."), nullptr},
    {nullptr, "GroupAlreadyExists", false, "Group %s already exists", QT_TRANSLATE_NOOP("ErrorCatalog", "The group %1 already exists."),
     QT_TRANSLATE_NOOP("ErrorCatalog", "The group already exists.")},
    {nullptr, "GroupAlreadyExists", false, "Group[%s] already exists", QT_TRANSLATE_NOOP("ErrorCatalog", "The group %1 already exists."),
     QT_TRANSLATE_NOOP("ErrorCatalog", "The group already exists.")},
    {nullptr, "UserProvisionEventRetryConflict", false, nullptr,
     QT_TRANSLATE_NOOP("ErrorCatalog", "A retry task for this provisioning event already exists."), nullptr},
    {nullptr, "ReachedQuotaLimit", false, "%s reached quota limit", QT_TRANSLATE_NOOP("ErrorCatalog", "The number of %1 has reached its quota."),
     QT_TRANSLATE_NOOP("ErrorCatalog", "A quota limit has been reached.")},
    {nullptr, "ReachedQuotaLimit", false, "The number of %s has reached the maximum quota",
     QT_TRANSLATE_NOOP("ErrorCatalog", "The number of %1 has reached its quota."), QT_TRANSLATE_NOOP("ErrorCatalog", "A quota limit has been reached.")},

    // ---- Volcengine OpenAPI gateway (volcengine-cloudidentity.md §7.2).
    {nullptr, "MissingAuthenticationToken", false, nullptr,
     QT_TRANSLATE_NOOP("ErrorCatalog", "The request carries no authentication information."), nullptr},
    {nullptr, "MissingRequestInfo", false, nullptr,
     QT_TRANSLATE_NOOP("ErrorCatalog", "The request is missing required information such as the access key, service or region."), nullptr},
    {nullptr, "MissingSignature", false, nullptr, QT_TRANSLATE_NOOP("ErrorCatalog", "The request has no signature."), nullptr},
    {nullptr, "InvalidTimestamp", false, nullptr,
     QT_TRANSLATE_NOOP("ErrorCatalog", "The request signature has expired or its time is invalid. Check that this computer's clock is correct."),
     nullptr},
    {nullptr, "ServiceNotFound", false, nullptr, QT_TRANSLATE_NOOP("ErrorCatalog", "The service was not found."), nullptr},
    {nullptr, "InvalidActionOrVersion", false, "Could not find operation %s for version %s",
     QT_TRANSLATE_NOOP("ErrorCatalog", "Operation %1 was not found for API version %2."), QT_TRANSLATE_NOOP("ErrorCatalog", "The action or API version is invalid.")},
    {nullptr, "InvalidAccessKey", false, nullptr, QT_TRANSLATE_NOOP("ErrorCatalog", "The access key is invalid."), nullptr},
    {nullptr, "SignatureDoesNotMatch", false, nullptr,
     QT_TRANSLATE_NOOP("ErrorCatalog", "The request signature does not match. Check the secret access key and this computer's clock."), nullptr},
    {nullptr, "LackPolicy", false, nullptr, QT_TRANSLATE_NOOP("ErrorCatalog", "The sub-account lacks a policy that allows this action."), nullptr},
    {nullptr, "InvalidSecurityToken", false, nullptr, QT_TRANSLATE_NOOP("ErrorCatalog", "The security token is invalid or has expired."), nullptr},

    // ---- Alibaba Cloud CloudSSO service codes (aliyun-cloudsso.md §8.2).
    {nullptr, "EntityNotExists.Directory", false, nullptr, QT_TRANSLATE_NOOP("ErrorCatalog", "The directory does not exist."), nullptr},
    {nullptr, "EntityNotExists.User", false, nullptr, QT_TRANSLATE_NOOP("ErrorCatalog", "The user does not exist."), nullptr},
    {nullptr, "EntityNotExists.Group", false, nullptr, QT_TRANSLATE_NOOP("ErrorCatalog", "The group does not exist."), nullptr},
    {nullptr, "EntityNotExists.UserProvisioning", false, nullptr,
     QT_TRANSLATE_NOOP("ErrorCatalog", "The RAM user provisioning does not exist."), nullptr},
    {nullptr, "EntityNotExists.UserProvisioningEvent", false, nullptr,
     QT_TRANSLATE_NOOP("ErrorCatalog", "The provisioning event does not exist."), nullptr},
    {nullptr, "EntityNotExists.GroupMember", false, nullptr, QT_TRANSLATE_NOOP("ErrorCatalog", "The user is not a member of the group."), nullptr},
    {nullptr, "EntityNotExists.", true, nullptr, QT_TRANSLATE_NOOP("ErrorCatalog", "The specified %1 does not exist."), nullptr},
    {nullptr, "DeletionConflict.User.AccessAssigment", false, nullptr,
     QT_TRANSLATE_NOOP("ErrorCatalog", "The user cannot be deleted while it still has access assignments."), nullptr},
    {nullptr, "DeletionConflict.Group.AccessAssigment", false, nullptr,
     QT_TRANSLATE_NOOP("ErrorCatalog", "The group cannot be deleted while it still has access assignments."), nullptr},
    {nullptr, "DeletionConflict.", true, nullptr, QT_TRANSLATE_NOOP("ErrorCatalog", "The object cannot be deleted because it is still in use (%1)."),
     nullptr},
    {nullptr, "OperationConflict.Task", false, nullptr,
     QT_TRANSLATE_NOOP("ErrorCatalog", "An asynchronous task is still running. Try again later."), nullptr},
    {nullptr, "OperationConflict.UserProvisioning.Process.fail.ImsUserExists", false, nullptr,
     QT_TRANSLATE_NOOP("ErrorCatalog", "A RAM user with the same name already exists."), nullptr},
    {nullptr, "OperationConflict.", true, nullptr,
     QT_TRANSLATE_NOOP("ErrorCatalog", "The operation conflicts with another operation (%1). Try again later."), nullptr},
    {nullptr, "EntityAlreadyExists.", true, nullptr, QT_TRANSLATE_NOOP("ErrorCatalog", "The %1 already exists."), nullptr},

    // ---- Alibaba Cloud OpenAPI gateway (aliyun-cloudsso.md §8.3).
    {nullptr, "IncompleteSignature", false, nullptr,
     QT_TRANSLATE_NOOP("ErrorCatalog", "The request signature does not conform to Alibaba Cloud standards."), nullptr},
    {nullptr, "InvalidAccessKeyId.NotFound", false, nullptr, QT_TRANSLATE_NOOP("ErrorCatalog", "The access key was not found."), nullptr},
    {nullptr, "InvalidAccessKeyId.Inactive", false, nullptr, QT_TRANSLATE_NOOP("ErrorCatalog", "The access key is disabled."), nullptr},
    {nullptr, "Forbidden.AccessKeyDisabled", false, nullptr, QT_TRANSLATE_NOOP("ErrorCatalog", "The access key is disabled."), nullptr},
    {nullptr, "InvalidAccessKeyId.", true, nullptr, QT_TRANSLATE_NOOP("ErrorCatalog", "The access key ID provided is not valid."), nullptr},
    {nullptr, "SignatureNonceUsed", false, nullptr, QT_TRANSLATE_NOOP("ErrorCatalog", "The signature nonce was already used."), nullptr},
    {nullptr, "InvalidTimeStamp.Expired", false, nullptr,
     QT_TRANSLATE_NOOP("ErrorCatalog", "The request time stamp has expired (more than 15 minutes of clock difference). "
        "Check that this computer's clock is correct."),
     nullptr},
    {nullptr, "InvalidTimeStamp.Format", false, nullptr, QT_TRANSLATE_NOOP("ErrorCatalog", "The request time stamp is not well formatted."), nullptr},
    {nullptr, "InvalidTimeStamp.", true, nullptr,
     QT_TRANSLATE_NOOP("ErrorCatalog", "The request time stamp is invalid. Check that this computer's clock is correct."), nullptr},
    {nullptr, "InvalidVersion", false, nullptr, QT_TRANSLATE_NOOP("ErrorCatalog", "The API version is not valid."), nullptr},
    {nullptr, "InvalidAction.NotFound", false, nullptr, QT_TRANSLATE_NOOP("ErrorCatalog", "The API was not found. Check the URL and method."),
     nullptr},
    {nullptr, "Forbidden.RAM", false, "You are not authorized to do this operation. Action: %s",
     QT_TRANSLATE_NOOP("ErrorCatalog", "You are not authorized to perform %1."), QT_TRANSLATE_NOOP("ErrorCatalog", "You are not authorized to perform this operation.")},
    {nullptr, "NoPermission", false, "You are not authorized to do this operation. Action: %s",
     QT_TRANSLATE_NOOP("ErrorCatalog", "You are not authorized to perform %1."), QT_TRANSLATE_NOOP("ErrorCatalog", "You are not authorized to perform this operation.")},
    {nullptr, "Forbidden.", true, nullptr, QT_TRANSLATE_NOOP("ErrorCatalog", "You are not authorized to perform this operation."), nullptr},
};


QString translate(const char *text, int n = -1)
{
    return QCoreApplication::translate("ErrorCatalog", text, nullptr, n);
}

QString fill(QString text, const QStringList &args)
{
    if (!text.contains(QLatin1String("%1")))
        return text; // a row whose text names no value (e.g. "Throttling.User")
    // One pass per placeholder number, so a value that itself contains "%2" is never substituted again.
    switch (args.size()) {
    case 0: return text;
    case 1: return text.arg(args[0]);
    case 2: return text.arg(args[0], args[1]);
    case 3: return text.arg(args[0], args[1], args[2]);
    default: return text.arg(args[0], args[1], args[2], args[3]);
    }
}

int placeholderCount(const char *pattern)
{
    int n = 0;
    for (const char *p = pattern; p && *p; ++p) {
        if (p[0] == '%' && (p[1] == 's' || p[1] == 'v'))
            ++n;
    }
    return n;
}

// The published English template as an anchored, case-insensitive expression with one capture per value.
QRegularExpression patternExpression(const char *pattern)
{
    static QMutex mutex;
    static QHash<const char *, QRegularExpression> cache;
    QMutexLocker lock(&mutex);
    auto it = cache.constFind(pattern);
    if (it != cache.constEnd())
        return *it;
    QString escaped = QRegularExpression::escape(QString::fromUtf8(pattern));
    escaped.replace(QLatin1String("\\%s"), QLatin1String("(.+?)"));
    escaped.replace(QLatin1String("\\%v"), QLatin1String("(.+?)"));
    // Spaces in the template match any run of white space; a final full stop is optional.
    escaped.replace(QLatin1String("\\ "), QLatin1String("\\s+"));
    if (escaped.endsWith(QLatin1String("\\.")))
        escaped.chop(2);
    QRegularExpression re(QLatin1String("^\\s*") + escaped + QLatin1String("\\.?\\s*$"),
                          QRegularExpression::CaseInsensitiveOption | QRegularExpression::DotMatchesEverythingOption);
    cache.insert(pattern, re);
    return re;
}

QStringList extract(const char *pattern, const QString &message)
{
    if (!pattern || message.isEmpty())
        return {};
    const QRegularExpressionMatch m = patternExpression(pattern).match(message);
    if (!m.hasMatch())
        return {};
    QStringList args;
    const int n = placeholderCount(pattern);
    for (int i = 1; i <= n; ++i) {
        const QString v = m.captured(i).trimmed();
        if (v.isEmpty())
            return {};
        args << v;
    }
    return args;
}

bool serviceMatches(const Entry &e, const QString &service)
{
    return !e.service || service == QLatin1String(e.service);
}

// Exact rows for the code, service-specific rows first.
QList<const Entry *> exactRows(const QString &service, const QString &code)
{
    QList<const Entry *> specific, generic;
    for (const Entry &e : kEntries) {
        if (e.prefix || code != QLatin1String(e.code) || !serviceMatches(e, service))
            continue;
        (e.service ? specific : generic) << &e;
    }
    return specific + generic;
}

// The longest prefix row for the code, service-specific rows winning ties.
const Entry *prefixRow(const QString &service, const QString &code)
{
    const Entry *best = nullptr;
    int bestLen = 0;
    for (const Entry &e : kEntries) {
        if (!e.prefix || !serviceMatches(e, service))
            continue;
        const QLatin1String prefix(e.code);
        if (code.size() <= prefix.size() || !code.startsWith(prefix))
            continue;
        if (prefix.size() > bestLen || (prefix.size() == bestLen && e.service && best && !best->service)) {
            best = &e;
            bestLen = prefix.size();
        }
    }
    return best;
}

// Appends a sentence: a space after Latin text, nothing after Chinese punctuation, and a full stop first
// when a Chinese text ends without one (several of the services' Chinese descriptions do).
QString joinSentences(const QString &first, const QString &second)
{
    if (first.isEmpty())
        return second;
    const QChar last = first.back();
    const ushort u = last.unicode();
    const bool cjkPunctuation = (u >= 0x3000 && u <= 0x303F) || (u >= 0xFF00 && u <= 0xFFEF);
    if (cjkPunctuation)
        return first + second;
    if (last.script() == QChar::Script_Han)
        return first + QChar(0x3002) + second;
    // A server message without final punctuation still ends its sentence before ours begins.
    if (last.isLetterOrNumber() || last == QLatin1Char(')') || last == QLatin1Char('"'))
        return first + QStringLiteral(". ") + second;
    return first + QLatin1Char(' ') + second;
}

QString withServerMessage(const QString &text, const QString &message)
{
    const QString m = message.trimmed();
    if (m.isEmpty() || m == text)
        return text;
    return ErrorCatalog::tr("%1 (Server message: %2)").arg(text, m);
}

QString describeApi(const ApiError &e)
{
    const QList<const Entry *> rows = exactRows(e.service, e.code);
    if (!rows.isEmpty()) {
        // A row whose template the message follows, with the values the server filled in.
        for (const Entry *row : rows) {
            if (!row->pattern)
                continue;
            const QStringList args = extract(row->pattern, e.message);
            if (!args.isEmpty())
                return fill(translate(row->text), args);
        }
        // Otherwise a row without values, or the plain text plus the server's own words.
        for (const Entry *row : rows) {
            if (!row->pattern)
                return translate(row->text);
        }
        return withServerMessage(translate(rows.first()->plain), e.message);
    }
    if (const Entry *row = prefixRow(e.service, e.code)) {
        const QString parameter = e.code.mid(int(qstrlen(row->code)));
        return fill(translate(row->text), {parameter});
    }
    // Unknown code: the server's own message, verbatim.
    if (!e.message.trimmed().isEmpty())
        return e.message.trimmed();
    switch (e.httpStatus) {
    case 400: return ErrorCatalog::tr("The service rejected the request as invalid.");
    case 401: return ErrorCatalog::tr("The service could not authenticate the request.");
    case 403: return ErrorCatalog::tr("You are not authorized to perform this action.");
    case 404: return ErrorCatalog::tr("The requested object was not found.");
    case 409: return ErrorCatalog::tr("The request conflicts with the current state of the object.");
    case 429: return ErrorCatalog::tr("The request is denied due to request throttling.");
    default: break;
    }
    if (e.httpStatus >= 500)
        return ErrorCatalog::tr("The service had an internal error.");
    return ErrorCatalog::tr("The service reported an error.");
}

QString describeNetwork(const ApiError &e)
{
    const QString &c = e.code;
    QString text;
    if (c == QLatin1String("ConnectionRefused"))
        text = ErrorCatalog::tr("The server refused the connection. Check the endpoint address and port.");
    else if (c == QLatin1String("HostNotFound"))
        text = ErrorCatalog::tr("The server name could not be resolved (DNS lookup failed). "
                                "Check the endpoint address and the network connection.");
    else if (c == QLatin1String("TlsCertificateInvalid") || c.startsWith(QLatin1String("Ssl"))
             || c.startsWith(QLatin1String("Tls")))
        text = ErrorCatalog::tr("The secure connection failed: the server's TLS certificate is invalid or not "
                                "trusted.");
    else if (c == QLatin1String("RemoteHostClosed"))
        text = ErrorCatalog::tr("The server closed the connection unexpectedly.");
    else if (c == QLatin1String("ConnectionReset"))
        text = ErrorCatalog::tr("The connection was reset.");
    else if (c.startsWith(QLatin1String("Proxy")))
        text = ErrorCatalog::tr("The proxy server could not be used. Check the proxy settings.");
    else if (c == QLatin1String("NetworkUnavailable") || c == QLatin1String("TemporaryNetworkFailure")
             || c == QLatin1String("NetworkSessionFailed") || c == QLatin1String("NetworkUnreachable"))
        text = ErrorCatalog::tr("The network is not available.");
    else if (c == QLatin1String("Timeout"))
        text = ErrorCatalog::tr("The server did not answer in time.");
    else
        text = ErrorCatalog::tr("A network error occurred.");
    const QString detail = e.message.trimmed();
    if (!detail.isEmpty())
        text = joinSentences(text, ErrorCatalog::tr("Details: %1").arg(detail));
    return text;
}

// The timeout in seconds when the client's message names it ("No answer within 30 seconds.", "30 s",
// "30000 ms", "30 秒"); 0 when it does not, or when it is below one second.
int timeoutSeconds(const QString &message)
{
    static const QRegularExpression ms(QStringLiteral("(\\d+(?:\\.\\d+)?)\\s*ms\\b"),
                                       QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression s(QStringLiteral("(\\d+(?:\\.\\d+)?)\\s*(?:s\\b|secs?\\b|seconds?\\b|秒)"),
                                      QRegularExpression::CaseInsensitiveOption);
    double seconds = 0;
    QRegularExpressionMatch m = ms.match(message);
    if (m.hasMatch()) {
        seconds = m.captured(1).toDouble() / 1000.0;
    } else {
        m = s.match(message);
        if (m.hasMatch())
            seconds = m.captured(1).toDouble();
    }
    return seconds >= 1 ? qRound(seconds) : 0;
}

} // namespace

QString ErrorCatalog::describe(const ApiError &e)
{
    QString text;
    switch (e.kind) {
    case ApiError::Kind::None:
        return {};
    case ApiError::Kind::Api:
        text = describeApi(e);
        if (e.isThrottling() && e.retryAfterSeconds > 0)
            text = joinSentences(text, tr("Try again in %n second(s).", nullptr, e.retryAfterSeconds));
        break;
    case ApiError::Kind::Network:
        text = describeNetwork(e);
        break;
    case ApiError::Kind::Timeout: {
        const int seconds = timeoutSeconds(e.message);
        text = seconds > 0 ? tr("The server did not answer within %n second(s).", nullptr, seconds)
                           : tr("The server did not answer in time.");
        break;
    }
    case ApiError::Kind::Cancelled:
        text = tr("The request was cancelled.");
        break;
    case ApiError::Kind::MalformedResponse:
        if (e.code == QLatin1String("PagingLoop"))
            text = tr("The service returned the same page token twice, so reading the list stopped.");
        else if (e.code == QLatin1String("EmptyResponse"))
            text = tr("The service answered with an empty body.");
        else
            text = tr("The server's answer could not be understood (it is not the expected JSON). "
                      "A proxy or firewall may have answered instead of the service.");
        break;
    case ApiError::Kind::InvalidInput:
        if (e.code == QLatin1String("MissingCredentials"))
            text = tr("No access key is set for this profile.");
        else
            text = e.message.trimmed().isEmpty() ? tr("The request was not sent because its input is invalid.")
                                                 : e.message.trimmed();
        break;
    }
    if (e.ambiguous)
        text = joinSentences(text, tr("The change may or may not have been made: check before repeating it."));
    return text;
}

bool ErrorCatalog::knows(const QString &service, const QString &code)
{
    return !exactRows(service, code).isEmpty() || prefixRow(service, code) != nullptr;
}

QStringList ErrorCatalog::messageArguments(const QString &service, const QString &code, const QString &message)
{
    for (const Entry *row : exactRows(service, code)) {
        const QStringList args = extract(row->pattern, message);
        if (!args.isEmpty())
            return args;
    }
    return {};
}
