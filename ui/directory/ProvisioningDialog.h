// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cloud/DirectoryRecords.h"
#include "cloud/PoolDirectoryRecords.h"
#include "directory/DirectoryFormDialog.h"

class ProvisioningService;
class QComboBox;
class QTimer;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

// Create a user provisioning (Cloud Identity §3 CreateUserProvisioning, CloudSSO §6 CreateUserProvisioning) or
// edit a CloudSSO one (UpdateUserProvisioning: only the deletion / duplication strategies and the description,
// and only the fields that changed are sent). Cloud Identity has no update: the pane never opens this dialog on
// an existing Cloud Identity provisioning, and the create form says that a change means delete and recreate.
// The principal is picked from the directory's users or groups (an editable list: an ID typed by hand is taken
// as is); the target is a member account ID. Every strategy choice is explained under its field, from the docs.
// Validation and parameters are ProvisioningService's (core); errors show on their fields (FormErrorPresenter).
class ProvisioningDialog : public DirectoryFormDialog
{
    Q_OBJECT
public:
    // `existing.id` empty: create. Otherwise edit `existing` (CloudSSO only).
    ProvisioningDialog(DirectoryBackend *backend, const UserProvisioning &existing, QWidget *parent = nullptr);

    bool submit() override;
    bool isCreating() const { return m_existing.id.isEmpty(); }
    bool isCloudSso() const { return m_sso; }

    // The form as a draft (create) / the changed fields (edit), for tests too.
    UserProvisioningDraft draft() const;
    SsoProvisioningChanges changes() const;
    // The explanation shown under a strategy field ("duplicationStrategy", "deletionStrategy",
    // "identitySourceStrategy"); for tests.
    QString strategyHelp(const QString &field) const;
    QComboBox *principalCombo() const { return m_principal; }
    // The principals offered in the list have been loaded (or the listing failed).
    bool principalsLoaded() const { return m_principalsLoaded; }

signals:
    // The provisioning was created / updated; `provisioning` is the server's answer.
    void saved(const UserProvisioning &provisioning, const QString &requestId);

protected:
    void retranslate() override;
    void busyChanged(bool busy) override;
    QString fieldForError(const ApiError &error) const override;

private:
    void loadPrincipals();
    // Typing in the principal box asks the server for matching names (debounced); the list holds one page.
    void searchPrincipals();
    // Replaces the offered principals ("name (id)" → id), keeping the typed text.
    void setPrincipalItems(const QList<QPair<QString, QString>> &items);
    void updateHelp();
    QString principalIdFromCombo() const;
    static QString fieldOf(const QString &apiField);

    UserProvisioning m_existing;
    bool m_sso = false;
    bool m_principalsLoaded = false;
    ProvisioningService *m_service = nullptr;
    QObject *m_listOwner = nullptr;
    QTimer *m_searchTimer = nullptr;
    QString m_search;          // the text the offered principals were searched for (empty: the first page)
    bool m_morePrincipals = false;

    QLabel *m_note = nullptr;
    QComboBox *m_principalType = nullptr;
    QComboBox *m_principal = nullptr;
    QLineEdit *m_target = nullptr;
    QComboBox *m_identitySource = nullptr;
    QLabel *m_identitySourceHelp = nullptr;
    QComboBox *m_duplication = nullptr;
    QLabel *m_duplicationHelp = nullptr;
    QLineEdit *m_suffix = nullptr;
    QComboBox *m_deletion = nullptr;
    QLabel *m_deletionHelp = nullptr;
    QPlainTextEdit *m_description = nullptr;
};
