// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/ApiResult.h"
#include "cloud/PoolDirectoryRecords.h"
#include "cloud/PoolDirectoryService.h"
#include "widgets/RecordFormDialog.h"
#include <QPointer>

class QCheckBox;
class QLabel;
class QLineEdit;

// Create or edit an OIDC identity provider of one pool (CreateIdentityProviderOIDC / UpdateIdentityProviderOIDC):
// name, issuer, client ID, client secret, enabled, ID-token mapping, PKCE. The client secret is write-only: the
// field is a password field, always empty when the dialog opens (the secret the cloud returns is never put in
// it), and on edit it is sent only when something was typed into it. Edit reads the provider first and sends
// only the changed fields.
class IdentityProviderDialog : public RecordFormDialog
{
    Q_OBJECT
public:
    enum class Mode { Create, Edit };

    IdentityProviderDialog(PoolDirectoryService *service, const QString &poolUid, QWidget *parent = nullptr);
    IdentityProviderDialog(PoolDirectoryService *service, const QString &poolUid, const IdentityProvider &provider,
                           QWidget *parent = nullptr);

    Mode mode() const { return m_mode; }
    IdentityProvider provider() const { return m_provider; }
    OidcProviderDraft draft() const;
    OidcProviderChanges changes() const;
    bool submit() override;

    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *issuerEdit() const { return m_issuer; }
    QLineEdit *clientIdEdit() const { return m_clientId; }
    QLineEdit *secretEdit() const { return m_secret; }
    QCheckBox *enabledBox() const { return m_enabled; }
    QCheckBox *mappingBox() const { return m_mapping; }
    QCheckBox *pkceBox() const { return m_pkce; }

signals:
    void providerSaved(const IdentityProvider &provider, const ApiResult &result);

protected:
    void retranslate() override;
    bool canSave(QString *why) const override;
    void fetch() override;

private:
    void build();
    void load(const IdentityProvider &provider);
    void finish(const IdentityProvider &saved, const ApiResult &result);

    QPointer<PoolDirectoryService> m_service;
    QString m_poolUid;
    Mode m_mode;
    IdentityProvider m_provider;   // secret dropped
    QLabel *m_intro = nullptr;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_issuer = nullptr;
    QLineEdit *m_clientId = nullptr;
    QLineEdit *m_secret = nullptr;
    QWidget *m_options = nullptr;
    QCheckBox *m_enabled = nullptr;
    QCheckBox *m_mapping = nullptr;
    QCheckBox *m_pkce = nullptr;
};
