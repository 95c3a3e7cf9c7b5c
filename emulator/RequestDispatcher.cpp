// SPDX-License-Identifier: GPL-3.0-or-later
#include "RequestDispatcher.h"

#include "ApiError.h"
#include "CredentialStore.h"
#include "DataStore.h"
#include "EmulatorClock.h"
#include "FaultInjector.h"
#include "StatePersister.h"
#include "TimeFormat.h"

#include <QJsonDocument>

namespace emu {

namespace {

const QString kIdVersion = QStringLiteral("2025-10-30");
const QString kCiVersion = QStringLiteral("2023-01-01");
const QString kSsoVersion = QStringLiteral("2021-05-15");
const QString kDefaultAcsHost = QStringLiteral("cloudsso.cn-shanghai.aliyuncs.com");

QString serviceForVersion(const QString &version)
{
    if (version == kIdVersion)
        return QStringLiteral("id");
    if (version == kCiVersion)
        return QStringLiteral("cloudidentity");
    return QString();
}

QString printable(const QString &text, int max = 64)
{
    QString out;
    for (const QChar c : text.left(max))
        out.append(c.isPrint() && c != QLatin1Char(' ') ? c : QLatin1Char('?'));
    return out;
}

QHash<QString, QString> queryHash(const HttpRequest &request, bool dropActionVersion)
{
    QHash<QString, QString> out;
    const auto items = request.queryItems();
    for (const auto &item : items) {
        if (dropActionVersion && (item.first == QLatin1String("Action") || item.first == QLatin1String("Version")))
            continue;
        if (!out.contains(item.first))
            out.insert(item.first, item.second);
    }
    return out;
}

} // namespace

RequestDispatcher::RequestDispatcher(DataStore &store, const CredentialStore &credentials, const EmulatorClock &clock)
    : m_store(store),
      m_credentials(credentials),
      m_clock(clock),
      m_volcVerifier(credentials, {QStringLiteral("id"), QStringLiteral("cloudidentity")}),
      m_acsVerifier(credentials),
      m_id(store),
      m_ci(store),
      m_sso(store)
{
    m_uptime.start();
    m_monotonic = [this] { return m_uptime.elapsed(); };
}

bool RequestDispatcher::isAlibabaRequest(const HttpRequest &request)
{
    if (request.hasHeader("x-acs-action") || request.hasHeader("x-acs-version"))
        return true;
    return request.header("Authorization").trimmed().startsWith("ACS3-");
}

ServiceHandler *RequestDispatcher::volcHandlerForService(const QString &service)
{
    if (service == QLatin1String("id"))
        return &m_id;
    if (service == QLatin1String("cloudidentity"))
        return &m_ci;
    return nullptr;
}

void RequestDispatcher::finalize(HttpResponse &response) const
{
    response.setHeader("Date", TimeFormat::httpDate(m_clock.now()));
    response.setHeader("Server", "idconsole-emulator");
}

void RequestDispatcher::writeLog(const LogInfo &log, const HttpResponse &response, qint64 elapsedNs) const
{
    if (!m_log)
        return;
    QString status = response.dropConnection() ? QStringLiteral("dropped") : QString::number(response.status());
    QString line = QStringLiteral("%1 ak=%2 action=%3 status=%4 ms=%5")
                       .arg(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs),
                            log.accessKeyId.isEmpty() ? QStringLiteral("-") : printable(log.accessKeyId),
                            log.action.isEmpty() ? QStringLiteral("-") : printable(log.action, 96), status,
                            QString::number(double(elapsedNs) / 1e6, 'f', 2));
    if (response.delayMs() > 0)
        line += QStringLiteral(" delay=%1").arg(response.delayMs());
    if (!log.note.isEmpty())
        line += QLatin1Char(' ') + log.note;
    m_log(line);
}

void RequestDispatcher::persistAfterWrite()
{
    if (!m_persister)
        return;
    QString error;
    if (!m_persister->save(m_store, &error)) {
        if (m_log)
            m_log(QStringLiteral("error: %1").arg(error));
        else
            qWarning("idconsole-emulator: %s", qPrintable(error));
    }
}

HttpResponse RequestDispatcher::handle(const HttpRequest &request)
{
    QElapsedTimer timer;
    timer.start();
    ++m_requests;
    LogInfo log;
    HttpResponse response
        = isAlibabaRequest(request) ? handleAlibaba(request, log) : handleVolcengine(request, log);
    if (m_faults && !response.dropConnection())
        response.setDelayMs(response.delayMs() + m_faults->latencyMs());
    finalize(response);
    writeLog(log, response, timer.nsecsElapsed());
    return response;
}

HttpResponse RequestDispatcher::protocolError(const HttpRequest &partial, int status, const QString &message)
{
    QString code;
    switch (status) {
    case 413: code = QStringLiteral("RequestEntityTooLarge"); break;
    case 431: code = QStringLiteral("RequestHeaderFieldsTooLarge"); break;
    case 501: code = QStringLiteral("NotImplemented"); break;
    case 505: code = QStringLiteral("HTTPVersionNotSupported"); break;
    default: code = QStringLiteral("InvalidRequest"); break;
    }
    const QString text = QStringLiteral("The request is invalid or malformed: %1.").arg(message);
    HttpResponse response;
    LogInfo log;
    if (isAlibabaRequest(partial)) {
        const QString host = QString::fromLatin1(partial.header("Host"));
        log.action = QStringLiteral("cloudsso:") + QString::fromLatin1(partial.header("x-acs-action"));
        response = EnvelopeBuilder::acsError(m_envelopes.acsRequestId(), host.isEmpty() ? kDefaultAcsHost : host,
                                             status, code, text);
    } else {
        EnvelopeBuilder::VolcMeta meta;
        meta.requestId = m_envelopes.volcRequestId(m_clock.now());
        const auto query = queryHash(partial, false);
        meta.action = query.value(QStringLiteral("Action"));
        meta.version = query.value(QStringLiteral("Version"));
        meta.service = serviceForVersion(meta.version);
        log.action = meta.action;
        response = EnvelopeBuilder::volcError(meta, status, code, text);
    }
    response.setCloseAfter(true);
    finalize(response);
    writeLog(log, response, 0);
    return response;
}

HttpResponse RequestDispatcher::handleVolcengine(const HttpRequest &request, LogInfo &log)
{
    const QDateTime now = m_clock.now();
    const QHash<QString, QString> query = queryHash(request, false);
    EnvelopeBuilder::VolcMeta meta;
    meta.requestId = m_envelopes.volcRequestId(now);
    meta.action = query.value(QStringLiteral("Action"));
    meta.version = query.value(QStringLiteral("Version"));
    meta.service = serviceForVersion(meta.version);
    log.action = meta.action;
    const VolcengineVerifier::Authorization parsed = VolcengineVerifier::parseAuthorization(request.header("Authorization"));
    if (parsed.credentialWellFormed) {
        meta.service = parsed.service;
        meta.region = parsed.region;
    }
    log.accessKeyId = parsed.accessKeyId;
    if (!meta.service.isEmpty())
        log.action = meta.service + QLatin1Char(':') + meta.action;

    if (request.method() != "POST" && request.method() != "GET")
        return EnvelopeBuilder::volcError(meta, 405, QStringLiteral("InvalidRequest"),
                                          QStringLiteral("The HTTP method %1 is not supported; use POST or GET.")
                                              .arg(QString::fromLatin1(request.method().left(16))));
    if (request.path() != "/")
        return EnvelopeBuilder::volcError(meta, 404, QStringLiteral("InvalidActionOrVersion"),
                                          QStringLiteral("Could not find operation for path %1.")
                                              .arg(QString::fromUtf8(request.path().left(128))),
                                          100008);
    if (meta.action.isEmpty() || meta.version.isEmpty())
        return EnvelopeBuilder::volcError(meta, 400, QStringLiteral("MissingParameter"),
                                          QStringLiteral("The request is missing the Action or Version parameter."),
                                          100002);

    const AuthOutcome auth = m_volcVerifier.verify(request, now);
    if (!auth.ok)
        return EnvelopeBuilder::volcError(meta, auth.httpStatus, auth.code, auth.message, auth.codeN);

    ServiceHandler *handler = volcHandlerForService(auth.service);
    if (!handler || handler->version() != meta.version || !handler->hasAction(meta.action))
        return EnvelopeBuilder::volcError(meta, 404, QStringLiteral("InvalidActionOrVersion"),
                                          QStringLiteral("Could not find operation %1 for version %2")
                                              .arg(meta.action, meta.version),
                                          100008);

    const bool ci = handler == &m_ci;
    int retryAfter = 0;
    if (!m_throttler.tryAcquire(auth.accessKeyId, m_monotonic(), &retryAfter)) {
        // id publishes 429 Throttling; Cloud Identity publishes 400 OperateTooFrequentlyException ("Perform
        // action[%s] too frequently") and no Throttling code. Retry-After on both is the emulator's choice.
        HttpResponse r = ci ? EnvelopeBuilder::volcError(meta, 400, QStringLiteral("OperateTooFrequentlyException"),
                                                         QStringLiteral("Perform action[%1] too frequently").arg(meta.action))
                            : EnvelopeBuilder::volcError(meta, 429, QStringLiteral("Throttling"),
                                                         QStringLiteral("The request is denied due to request throttling."));
        r.setHeader("Retry-After", QByteArray::number(retryAfter));
        return r;
    }

    const bool write = handler->isWriteAction(meta.action);
    if (write && m_policy.isReadOnlyKey(auth.accessKeyId)) {
        log.note = QStringLiteral("fault=read-only-key");
        if (ci)
            return EnvelopeBuilder::volcError(meta, 400, QStringLiteral("PermissionError"),
                                              QStringLiteral("No permission to perform action[%1] on resource %2")
                                                  .arg(meta.action, QStringLiteral("cloudidentity")));
        return EnvelopeBuilder::volcError(meta, 403, QStringLiteral("AccessDenied"),
                                          QStringLiteral("You are not authorized to perform this action."));
    }
    if (ci && !m_policy.cloudIdentityStatus().isEmpty()) {
        log.note = QStringLiteral("fault=service-status");
        return EnvelopeBuilder::volcError(meta, 400, QStringLiteral("ServiceStatusException"),
                                          QStringLiteral("Can not perform action[%1] when service is %2")
                                              .arg(meta.action, m_policy.cloudIdentityStatus()));
    }
    FaultInjector::Reset reset = FaultInjector::Reset::None;
    if (m_faults) {
        if (const int status = m_faults->failureStatus()) {
            log.note = QStringLiteral("fault=injected");
            if (status == 503)
                return EnvelopeBuilder::volcError(meta, 503, QStringLiteral("ServiceUnavailable"),
                                                  QStringLiteral("The request has failed due to a temporary failure "
                                                                 "of the server."));
            return EnvelopeBuilder::volcError(meta, 500, QStringLiteral("InternalError"),
                                              handler == &m_ci ? QStringLiteral("Unknown internal error: injected fault")
                                                               : QStringLiteral("Internal server error: injected fault."));
        }
        reset = m_faults->reset(write);
        if (reset == FaultInjector::Reset::BeforeApply) {
            HttpResponse r;
            r.setDropConnection(true);
            log.note = QStringLiteral("reset=before");
            return r;
        }
    }

    // Cloud Identity refuses a write while another write of the instance is in progress (400 ConcurrentException,
    // the reason the official Terraform provider serialises every write). Each write holds the instance for
    // writeLockMs and is answered when the lock ends, so writes of two clients that overlap really collide.
    int holdMs = 0;
    if (ci && write && m_policy.writeLockMs() > 0) {
        if (!m_policy.tryLockWrite(m_monotonic())) {
            log.note = QStringLiteral("concurrent");
            return EnvelopeBuilder::volcError(meta, 400, QStringLiteral("ConcurrentException"),
                                              QStringLiteral("Concurrent request exception"));
        }
        holdMs = m_policy.writeLockMs();
    }
    auto held = [holdMs](HttpResponse r) {
        r.setDelayMs(r.delayMs() + holdMs);
        return r;
    };

    const ParamReader::Style style = handler == &m_id ? ParamReader::Style::IdStyle
                                                      : ParamReader::Style::CloudIdentityStyle;
    QJsonObject body;
    const QByteArray trimmed = request.body().trimmed();
    if (!trimmed.isEmpty()) {
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(trimmed, &error);
        if (error.error != QJsonParseError::NoError || !doc.isObject()) {
            if (style == ParamReader::Style::IdStyle)
                return EnvelopeBuilder::volcError(meta, 400, QStringLiteral("InvalidRequest"),
                                                  QStringLiteral("The request is invalid or malformed."));
            return held(EnvelopeBuilder::volcError(meta, 400, QStringLiteral("InvalidParam"),
                                              QStringLiteral("The parameter body[%1] is invalid")
                                                  .arg(error.error != QJsonParseError::NoError
                                                           ? error.errorString()
                                                           : QStringLiteral("not a JSON object"))));
        }
        body = doc.object();
    }

    ApiCall call;
    call.action = meta.action;
    call.version = meta.version;
    call.service = auth.service;
    call.region = auth.region;
    call.accessKeyId = auth.accessKeyId;
    call.requestId = meta.requestId;
    call.params = ParamReader(style, body, queryHash(request, true));
    call.now = now;
    call.nowMs = now.toMSecsSinceEpoch();
    HttpResponse response;
    try {
        checkPolicy(call, write);
        response = EnvelopeBuilder::volcSuccess(meta, handler->handle(call));
    } catch (const ApiError &e) {
        if (e.code() == QLatin1String("StatusConflict") || e.code() == QLatin1String("QuotaExceeded")
            || e.code() == QLatin1String("ReachedQuotaLimit") || e.code() == QLatin1String("UserProvisionEventRetryConflict"))
            log.note = QStringLiteral("fault=") + e.code();
        return held(EnvelopeBuilder::volcError(meta, e.httpStatus(), e.code(), e.message(), e.codeN()));
    }
    if (ci && call.action == QLatin1String("RetryUserProvisioningEvent")) {
        const QString eventId = call.params.requiredString(QStringLiteral("UserProvisioningEventId"));
        const CiProvisioningEvent *event = m_store.ciEvents().find(eventId);
        m_policy.startRetryTask(eventId, event ? event->provisioningId : QString(), m_monotonic());
    }
    if (write)
        persistAfterWrite();
    response = held(response);
    if (reset == FaultInjector::Reset::AfterApply) {
        response.setDropConnection(true);
        log.note = QStringLiteral("reset=after");
    }
    return response;
}

HttpResponse RequestDispatcher::handleAlibaba(const HttpRequest &request, LogInfo &log)
{
    const QDateTime now = m_clock.now();
    const QString requestId = m_envelopes.acsRequestId();
    const QString host = QString::fromLatin1(request.header("Host"));
    const QString hostId = host.isEmpty() ? kDefaultAcsHost : host;
    const QString action = QString::fromUtf8(request.header("x-acs-action").trimmed());
    const QString version = QString::fromUtf8(request.header("x-acs-version").trimmed());
    log.action = QStringLiteral("cloudsso:") + action;
    log.accessKeyId = AcsVerifier::parseAuthorization(request.header("Authorization")).accessKeyId;
    auto error = [&](int status, const QString &code, const QString &message) {
        return EnvelopeBuilder::acsError(requestId, hostId, status, code, message);
    };

    if (request.method() != "POST" && request.method() != "GET")
        return error(400, QStringLiteral("UnsupportedHTTPMethod"),
                     QStringLiteral("Specified HTTP method is not supported; use POST or GET."));
    if (request.path() != "/")
        return error(404, QStringLiteral("InvalidAction.NotFound"),
                     QStringLiteral("Specified api is not found, please check your url and method."));
    if (action.isEmpty())
        return error(400, QStringLiteral("MissingParameter"),
                     QStringLiteral("The input parameter \"Action\" that is mandatory for processing this request is "
                                    "not supplied."));
    if (version.isEmpty())
        return error(400, QStringLiteral("MissingParameter"),
                     QStringLiteral("The input parameter \"Version\" that is mandatory for processing this request is "
                                    "not supplied."));
    if (version != kSsoVersion)
        return error(400, QStringLiteral("InvalidVersion"), QStringLiteral("Specified parameter Version is not valid."));
    if (!m_sso.hasAction(action))
        return error(404, QStringLiteral("InvalidAction.NotFound"),
                     QStringLiteral("Specified api is not found, please check your url and method."));

    const AuthOutcome auth = m_acsVerifier.verify(request, now);
    if (!auth.ok)
        return error(auth.httpStatus, auth.code, auth.message);

    int retryAfter = 0;
    if (!m_throttler.tryAcquire(auth.accessKeyId, m_monotonic(), &retryAfter)) {
        HttpResponse r = error(400, QStringLiteral("Throttling.User"), QStringLiteral("Request was denied due to user flow control."));
        r.setHeader("x-acs-retry-after", QByteArray::number(retryAfter));
        return r;
    }

    const bool write = m_sso.isWriteAction(action);
    if (write && m_policy.isReadOnlyKey(auth.accessKeyId)) {
        log.note = QStringLiteral("fault=read-only-key");
        return error(403, QStringLiteral("NoPermission"),
                     QStringLiteral("You are not authorized to do this operation. Action: cloudsso:%1.").arg(action));
    }
    FaultInjector::Reset reset = FaultInjector::Reset::None;
    if (m_faults) {
        if (const int status = m_faults->failureStatus()) {
            log.note = QStringLiteral("fault=injected");
            if (status == 503)
                return error(503, QStringLiteral("ServiceUnavailable"),
                             QStringLiteral("The request has failed due to a temporary failure of the server."));
            return error(500, QStringLiteral("InternalError"),
                         QStringLiteral("The request processing has failed due to some unknown error."));
        }
        reset = m_faults->reset(write);
        if (reset == FaultInjector::Reset::BeforeApply) {
            HttpResponse r;
            r.setDropConnection(true);
            log.note = QStringLiteral("reset=before");
            return r;
        }
    }

    QHash<QString, QString> params = queryHash(request, false);
    if (request.header("Content-Type").toLower().startsWith("application/x-www-form-urlencoded")) {
        HttpRequest form;
        form.setTarget("/?" + request.body());
        const auto items = form.queryItems();
        for (const auto &item : items) {
            if (!params.contains(item.first))
                params.insert(item.first, item.second);
        }
    }
    ApiCall call;
    call.action = action;
    call.version = version;
    call.service = QStringLiteral("cloudsso");
    call.accessKeyId = auth.accessKeyId;
    call.requestId = requestId;
    call.params = ParamReader(ParamReader::Style::AcsStyle, QJsonObject(), params);
    call.now = now;
    call.nowMs = now.toMSecsSinceEpoch();
    HttpResponse response;
    try {
        response = EnvelopeBuilder::acsSuccess(requestId, m_sso.handle(call));
    } catch (const ApiError &e) {
        return error(e.httpStatus(), e.code(), e.message());
    }
    if (write)
        persistAfterWrite();
    if (reset == FaultInjector::Reset::AfterApply) {
        response.setDropConnection(true);
        log.note = QStringLiteral("reset=after");
    }
    return response;
}

void RequestDispatcher::checkPolicy(const ApiCall &call, bool write)
{
    if (!write)
        return;
    const ParamReader &p = call.params;
    if (call.service == QLatin1String("cloudidentity")) {
        // ReachedQuotaLimit: published on the CreateGroup page with HTTP 429 and only the Chinese text
        // "%s 数量达到最大额度".
        auto quota = [&](const QString &name, int count, const QString &what) {
            const int limit = m_policy.quota(name);
            if (limit >= 0 && count >= limit)
                throw ApiError(429, QStringLiteral("ReachedQuotaLimit"), QStringLiteral("%1 数量达到最大额度").arg(what));
        };
        if (call.action == QLatin1String("CreateUser"))
            quota(QStringLiteral("cloudidentity.users"), m_store.ciUsers().size(), QStringLiteral("User"));
        else if (call.action == QLatin1String("CreateGroup"))
            quota(QStringLiteral("cloudidentity.groups"), m_store.ciGroups().size(), QStringLiteral("UserGroup"));
        const qint64 nowMs = m_monotonic();
        if (call.action == QLatin1String("RetryUserProvisioningEvent") && p.has(QStringLiteral("UserProvisioningEventId"))) {
            const QString eventId = p.requiredString(QStringLiteral("UserProvisioningEventId"));
            if (m_policy.retryTaskRunning(eventId, nowMs))
                throw ApiError(409, QStringLiteral("UserProvisionEventRetryConflict"),
                               QStringLiteral("User provision event retry task already exists"));
        }
        if (call.action == QLatin1String("DeleteUserProvisioning") && p.has(QStringLiteral("UserProvisioningId"))) {
            if (m_policy.retryTaskRunningForProvisioning(p.requiredString(QStringLiteral("UserProvisioningId")), nowMs))
                throw ApiError(409, QStringLiteral("UserProvisionEventRetryConflict"),
                               QStringLiteral("User provision event retry task already exists"));
        }
        return;
    }
    if (call.service == QLatin1String("id")) {
        if (m_policy.statusConflict())
            throw ApiError(409, QStringLiteral("StatusConflict"),
                           QStringLiteral("Status conflict: %1 (injected by --status-conflict-rate).").arg(call.action));
        if (call.action == QLatin1String("CreateUserPool")) {
            const int limit = m_policy.quota(QStringLiteral("id.userpools"));
            if (limit >= 0 && m_store.pools().size() >= limit)
                throw ApiError(429, QStringLiteral("QuotaExceeded"), QStringLiteral("Quota exceeded: UserPool."));
        } else if (call.action == QLatin1String("CreateUser") && p.has(QStringLiteral("UserPoolUid"))) {
            const int limit = m_policy.quota(QStringLiteral("id.users"));
            const QString pool = p.requiredString(QStringLiteral("UserPoolUid"));
            if (limit >= 0 && m_store.pools().find(pool) && m_store.poolUserCount(pool) >= limit)
                throw ApiError(429, QStringLiteral("QuotaExceeded"), QStringLiteral("Quota exceeded: User."));
        }
    }
}

} // namespace emu
