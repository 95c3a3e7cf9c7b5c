// SPDX-License-Identifier: GPL-3.0-or-later
#include "cloud/DirectoryBackendBase.h"

#include "cloud/Session.h"

DirectoryBackendBase::DirectoryBackendBase(Session *session, Service service, QObject *parent)
    : DirectoryBackend(session, parent), m_service(service)
{
}

ApiClient *DirectoryBackendBase::client() const
{
    return m_session ? m_session->client() : nullptr;
}

ApiError DirectoryBackendBase::refusal(const QString &action, const QString &code, const QString &message) const
{
    ApiError e = ApiError::make(ApiError::Kind::InvalidInput, code, message);
    e.service = ServiceCatalog::name(m_service);
    e.action = action;
    return e;
}

ApiError DirectoryBackendBase::fieldRefusal(const QString &action, const QList<FieldError> &errors) const
{
    QStringList messages;
    for (const FieldError &f : errors)
        messages << f.message;
    const QString code = errors.isEmpty() || errors.first().field.isEmpty()
                             ? QStringLiteral("InvalidInput")
                             : QStringLiteral("InvalidParameter.") + errors.first().field;
    return refusal(action, code, messages.join(QLatin1Char(' ')));
}

ApiError DirectoryBackendBase::notConnected(const QString &action) const
{
    return refusal(action, QStringLiteral("NotConnected"), tr("Not connected: choose a profile first."));
}

ApiCall *DirectoryBackendBase::refuseWrite(const ApiError &error, QObject *owner, WriteCallback done)
{
    WriteResult w;
    w.error = error;
    QTimer::singleShot(0, context(owner), [done, w] {
        if (done)
            done(w);
    });
    return nullptr;
}

WriteResult DirectoryBackendBase::toWriteResult(const ApiResult &r, const QString &unwrap)
{
    WriteResult w;
    w.error = r.error;
    w.requestId = r.requestId;
    if (r.ok) {
        if (!unwrap.isEmpty() && r.result.value(unwrap).isObject())
            w.result = r.result.value(unwrap).toObject();
        else
            w.result = r.result;
    }
    return w;
}

ApiCall *DirectoryBackendBase::read(const QString &action, const QJsonObject &params, QObject *owner,
                                    WriteCallback done, const QString &unwrap)
{
    ApiClient *c = client();
    if (!c)
        return refuseWrite(notConnected(action), owner, done);
    CallOptions options;
    options.owner = owner;
    ApiCall *call = c->call(m_service, action, params, options);
    connect(call, &ApiCall::finished, context(owner), [done, unwrap](const ApiResult &r) {
        if (done)
            done(toWriteResult(r, unwrap));
    });
    return call;
}

ApiCall *DirectoryBackendBase::write(const QString &action, const QJsonObject &params, QObject *owner,
                                     WriteCallback done, const QString &unwrap)
{
    if (!client())
        return refuseWrite(notConnected(action), owner, done);
    ApiCall *call = sendWrite(action, params, owner);
    connect(call, &ApiCall::finished, context(owner), [done, unwrap](const ApiResult &r) {
        if (done)
            done(toWriteResult(r, unwrap));
    });
    return call;
}

ApiCall *DirectoryBackendBase::writeOne(const BulkOperation &op, QObject *owner, WriteCallback done, const QString &unwrap)
{
    const Request r = bulkRequest(op, 0);
    if (r.refused())
        return refuseWrite(r.refusal, owner, done);
    return write(r.action, r.params, owner, done, unwrap);
}

BulkTarget::Request DirectoryBackendBase::refuseRequest(const QString &action, const QString &code,
                                                        const QString &message) const
{
    return BulkTarget::refuse(m_service, action, code, message);
}

int DirectoryBackendBase::clampPageSize(int pageSize)
{
    return pageSize <= 0 ? 100 : qBound(1, pageSize, 100);
}

int DirectoryBackendBase::pageFromCursor(const QString &cursor)
{
    if (cursor.isEmpty())
        return 1;
    bool ok = false;
    const int n = cursor.toInt(&ok);
    return ok && n >= 1 ? n : 0;
}

QString DirectoryBackendBase::nextPageCursor(int page, int pageSize, int count, qint64 total)
{
    if (count < pageSize || count == 0)
        return {};
    if (total >= 0 && qint64(page) * pageSize >= total)
        return {};
    return QString::number(page + 1);
}
