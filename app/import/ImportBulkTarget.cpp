// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/ImportBulkTarget.h"

#include "cloud/BulkOperation.h"
#include "cloud/CloudIdentityBackend.h"
#include "cloud/CloudSsoBackend.h"
#include "cloud/DirectoryBackend.h"
#include "cloud/PoolDirectoryService.h"
#include "cloud/Session.h"
#include "import/ExistingUserLookup.h"
#include <QObject>

ImportBulkTarget::ImportBulkTarget(DirectoryBackend *backend, const ImportTarget &target)
    : m_backend(backend), m_target(target)
{
}

ImportBulkTarget::ImportBulkTarget(PoolDirectoryService *pool, const QString &poolUid, const ImportTarget &target)
    : m_pool(pool), m_poolUid(poolUid), m_target(target)
{
}

ApiClient *ImportBulkTarget::bulkClient() const
{
    if (m_backend)
        return m_backend->bulkClient();
    return m_pool ? m_pool->client() : nullptr;
}

Service ImportBulkTarget::bulkService() const
{
    if (m_backend)
        return m_backend->bulkService();
    return Service::Id;
}

BulkTarget::Request ImportBulkTarget::refuseFields(const QString &action, const QList<FieldError> &errors) const
{
    QStringList lines;
    for (const FieldError &e : errors)
        lines << (e.field.isEmpty() ? e.message : m_target.headerForField(e.field) + QStringLiteral(": ") + e.message);
    const QString field = errors.isEmpty() ? QString() : m_target.headerForField(errors.first().field);
    return refuse(bulkService(), action,
                  field.isEmpty() ? QStringLiteral("InvalidParameter") : QStringLiteral("InvalidParameter.") + field,
                  lines.join(QStringLiteral("; ")));
}

QString ImportBulkTarget::userIdOf(const QString &service, const QJsonObject &result)
{
    if (service == QLatin1String("id"))
        return result.value(QStringLiteral("Uid")).toString();
    if (result.value(QStringLiteral("User")).isObject()) // CloudSSO answers {"User": {…}}
        return result.value(QStringLiteral("User")).toObject().value(QStringLiteral("UserId")).toString();
    const QJsonValue id = result.value(QStringLiteral("UserId"));
    return id.isDouble() ? QString::number(qint64(id.toDouble())) : id.toString();
}

BulkTarget::Verifier ImportBulkTarget::verifier(const QString &key) const
{
    const QPointer<DirectoryBackend> backend = m_backend;
    const QPointer<PoolDirectoryService> pool = m_pool;
    const QString poolUid = m_poolUid;
    const ImportTarget target = m_target;
    return [backend, pool, poolUid, target, key](QObject *context, std::function<void(const Verification &)> done) {
        ExistingUserLookup *lookup = nullptr;
        if (backend)
            lookup = new ExistingUserLookup(backend, target, context);
        else if (pool)
            lookup = new ExistingUserLookup(pool, poolUid, target, context);
        if (!lookup) {
            Verification v;
            v.error = ApiError::make(ApiError::Kind::InvalidInput, QStringLiteral("NotConnected"), tr("Not connected."));
            done(v);
            return;
        }
        QObject::connect(lookup, &ExistingUserLookup::finished, context, [lookup, done, target, key](bool ok, const ApiError &error) {
            Verification v;
            v.calls = lookup->calls();
            if (!ok) {
                v.result = Verification::Result::Failed;
                v.error = error;
            } else {
                const auto found = lookup->found();
                const auto it = found.constFind(target.normalizedKey(key));
                if (it == found.constEnd()) {
                    v.result = Verification::Result::NotFound;
                } else {
                    v.result = Verification::Result::Found;
                    QJsonObject o = it.value().raw;
                    if (target.service == QLatin1String("id"))
                        o.insert(QStringLiteral("Uid"), it.value().id);
                    else
                        o.insert(QStringLiteral("UserId"), it.value().id);
                    v.object = o;
                }
            }
            lookup->deleteLater();
            done(v);
        });
        lookup->start({key});
    };
}

BulkTarget::Request ImportBulkTarget::bulkRequest(const BulkOperation &op, int index) const
{
    using Item = BulkOperation::ImportItem;
    const Item item = op.importItem(index);
    const bool create = item.action == Item::Action::Create;
    const QString action = create ? QStringLiteral("CreateUser") : QStringLiteral("UpdateUser");
    if (op.kind() != BulkOperation::Kind::ImportUsers)
        return refuse(bulkService(), QString(), QStringLiteral("NotSupported"), tr("This operation is not an import."));
    if (!create && item.userId.isEmpty())
        return refuse(bulkService(), action, QStringLiteral("MissingParameter"), tr("No user was given."));
    Request r;
    r.action = action;
    if (m_backend) {
        const QList<FieldError> errors = m_backend->validateUser(item.draft, create);
        if (!errors.isEmpty())
            return refuseFields(action, errors);
        if (m_backend->serviceName() == QLatin1String("cloudsso")) {
            const QString dir = m_backend->session() ? m_backend->session()->directoryId() : QString();
            if (dir.isEmpty())
                return refuse(bulkService(), action, QStringLiteral("NoDirectory"), tr("No CloudSSO directory is selected."));
            r.params = create ? CloudSsoBackend::createUserParams(dir, item.draft)
                              : CloudSsoBackend::updateUserParams(dir, item.userId, item.draft);
        } else {
            r.params = create ? CloudIdentityBackend::createUserParams(item.draft)
                              : CloudIdentityBackend::updateUserParams(item.userId, item.draft);
        }
    } else if (m_pool) {
        if (m_poolUid.isEmpty())
            return refuse(Service::Id, action, QStringLiteral("MissingParameter"), tr("No user pool was given."));
        const QList<FieldError> errors = m_target.validate(item.fields, create);
        if (!errors.isEmpty())
            return refuseFields(action, errors);
        if (create) {
            r.params = PoolDirectoryService::createUserParams(m_poolUid, ImportTarget::poolDraft(item.fields));
        } else {
            const PoolUserChanges changes = ImportTarget::poolChanges(item.fields);
            if (changes.isEmpty())
                return refuse(Service::Id, action, QStringLiteral("NothingChanged"), tr("Nothing was changed."));
            r.params = PoolDirectoryService::updateUserParams(m_poolUid, item.userId, changes);
        }
    } else {
        return refuse(bulkService(), action, QStringLiteral("NotConnected"), tr("Not connected."));
    }
    if (create && !item.key.isEmpty())
        r.verify = verifier(item.key);
    return r;
}
