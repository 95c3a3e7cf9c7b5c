// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/ApiClient.h"
#include "cloud/BulkOperation.h"
#include "cloud/DirectoryBackend.h"
#include <QTimer>

// What the Cloud Identity and CloudSSO backends share: refusing before sending (the callback still runs
// once, asynchronously), reading one page, sending writes and shaping their results.
class DirectoryBackendBase : public DirectoryBackend
{
    Q_OBJECT
public:
    Service service() const { return m_service; }
    ApiClient *client() const;

    // BulkTarget
    ApiClient *bulkClient() const override { return client(); }
    Service bulkService() const override { return m_service; }

    static WriteResult toWriteResult(const ApiResult &r, const QString &unwrap);
    // <= 0: 100; otherwise 1-100.
    static int clampPageSize(int pageSize);
    // Page-number cursors (Cloud Identity): "" = page 1. Returns 0 for a cursor that is not a page number.
    static int pageFromCursor(const QString &cursor);
    // The next cursor after page `page` whose server answer held `count` entries out of `total` (-1 unknown):
    // none when the page was short or the pages so far reach the total.
    static QString nextPageCursor(int page, int pageSize, int count, qint64 total);

protected:
    DirectoryBackendBase(Session *session, Service service, QObject *parent);

    QObject *context(QObject *owner) { return owner ? owner : static_cast<QObject *>(this); }
    ApiError refusal(const QString &action, const QString &code, const QString &message) const;
    // InvalidInput with code "InvalidParameter.<field>" (fieldForError() maps it back) and every message.
    ApiError fieldRefusal(const QString &action, const QList<FieldError> &errors) const;

    template<class T>
    ApiCall *refusePage(const ApiError &error, QObject *owner, PageCallback<T> done)
    {
        Page<T> page;
        page.error = error;
        QTimer::singleShot(0, context(owner), [done, page] {
            if (done)
                done(page);
        });
        return nullptr;
    }
    ApiCall *refuseWrite(const ApiError &error, QObject *owner, WriteCallback done);

    // One page of a List* action; `map` turns the result into the page (items, total, nextCursor).
    template<class T>
    ApiCall *readPage(const QString &action, const QJsonObject &params, QObject *owner, PageCallback<T> done,
                      std::function<Page<T>(const ApiResult &)> map)
    {
        ApiClient *c = client();
        if (!c)
            return refusePage<T>(notConnected(action), owner, done);
        CallOptions options;
        options.owner = owner;
        ApiCall *call = c->call(m_service, action, params, options);
        connect(call, &ApiCall::finished, context(owner), [done, map](const ApiResult &r) {
            Page<T> page;
            if (r.ok)
                page = map(r);
            page.error = r.error;
            page.requestId = r.requestId;
            if (done)
                done(page);
        });
        return call;
    }

    // A Get* call answered as a WriteResult; `unwrap` names the object to return (CloudSSO "User"), if any.
    ApiCall *read(const QString &action, const QJsonObject &params, QObject *owner, WriteCallback done,
                  const QString &unwrap = QString());
    // A write (Cloud Identity: through the one-at-a-time write queue).
    ApiCall *write(const QString &action, const QJsonObject &params, QObject *owner, WriteCallback done,
                   const QString &unwrap = QString());
    virtual ApiCall *sendWrite(const QString &action, const QJsonObject &params, QObject *owner) = 0;
    // The single-item form of a bulk operation: its one request (bulkRequest(op, 0)) written, or refused.
    ApiCall *writeOne(const BulkOperation &op, QObject *owner, WriteCallback done, const QString &unwrap = QString());
    BulkTarget::Request refuseRequest(const QString &action, const QString &code, const QString &message) const;

    ApiError notConnected(const QString &action) const;
    Service m_service;
};
