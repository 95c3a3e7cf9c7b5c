// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cloud/BulkTarget.h"
#include "import/ImportTarget.h"
#include <QCoreApplication>
#include <QPointer>

class DirectoryBackend;
class PoolDirectoryService;

// The BulkTarget of an import's write step (BulkOperation::importUsers): turns each planned row into the create
// or update request of its service, with the same builders and validators the forms use, and gives every create
// a verifier that looks the user up by its key (VerifiedCreate's rule, run by the BulkRunner):
//  - Cloud Identity: CreateUser / UpdateUser (the whole edit form), looked up by UserName;
//  - CloudSSO: CreateUser / UpdateUser of the session's directory, looked up by UserName (case-insensitively);
//  - Agent Identity pool users: CreateUser / UpdateUser (changed fields only), looked up by PreferredUsername or
//    Email with ListUsers' Filter.
// A value type over guarded pointers: a service gone away refuses (NotConnected) instead of crashing.
class ImportBulkTarget : public BulkTarget
{
    Q_DECLARE_TR_FUNCTIONS(ImportBulkTarget)
public:
    ImportBulkTarget(DirectoryBackend *backend, const ImportTarget &target);
    ImportBulkTarget(PoolDirectoryService *pool, const QString &poolUid, const ImportTarget &target);

    ApiClient *bulkClient() const override;
    Service bulkService() const override;
    Request bulkRequest(const BulkOperation &op, int index) const override;

    // The created / updated user's id in a create or update answer (or a verified look-up's object).
    static QString userIdOf(const QString &service, const QJsonObject &result);

private:
    Request refuseFields(const QString &action, const QList<FieldError> &errors) const;
    Verifier verifier(const QString &key) const;

    QPointer<DirectoryBackend> m_backend;
    QPointer<PoolDirectoryService> m_pool;
    QString m_poolUid;
    ImportTarget m_target;
};
