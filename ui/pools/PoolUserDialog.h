// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cloud/PoolDirectoryRecords.h"
#include "widgets/RecordFormDialog.h"
#include <QHash>
#include <QPointer>

class PoolDirectoryService;
class QCheckBox;
class QLineEdit;
class QPlainTextEdit;

// Creates a pool user (CreateUser) or edits one (UpdateUser, only the fields that changed). Validates before
// sending with PoolDirectoryService's checks; errors appear under their fields (FormErrorPresenter), errors of
// the service too when they name a field. The password is sent only when typed and never kept after sending.
class PoolUserDialog : public RecordFormDialog
{
    Q_OBJECT
public:
    // `existing` invalid: create.
    PoolUserDialog(PoolDirectoryService *service, const QString &poolUid, const PoolUser &existing,
                   QWidget *parent = nullptr);

    bool isCreating() const { return !m_original.isValid(); }
    // The editor of a field (JSON names: "PreferredUsername", "Email", ..., "EmailVerified", "Password",
    // "UserState", "UserMetadata", "CustomAttributes"), for tests.
    QWidget *editor(const QString &field) const;
    // What would be sent now (edit mode), for tests.
    PoolUserChanges changes() const;
    PoolUserDraft draft() const;
    bool submit() override;

signals:
    // The service answered with the created / updated user.
    void saved(const PoolUser &user, bool created);

protected:
    void retranslate() override;

private:
    void buildUi();
    PoolUser edited() const;
    QList<QPair<QString, QString>> customAttributes(QString *error) const;

    QPointer<PoolDirectoryService> m_service;
    QString m_poolUid;
    PoolUser m_original;
    QHash<QString, QLineEdit *> m_claims;
    QCheckBox *m_emailVerified = nullptr;
    QCheckBox *m_phoneVerified = nullptr;
    QLineEdit *m_password = nullptr;
    QLineEdit *m_state = nullptr;
    QPlainTextEdit *m_metadata = nullptr;
    QPlainTextEdit *m_custom = nullptr;
};
