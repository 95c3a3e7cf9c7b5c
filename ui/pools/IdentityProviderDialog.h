// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/ApiResult.h"
#include "cloud/PoolDirectoryRecords.h"
#include "cloud/PoolDirectoryService.h"
#include <QDialog>
#include <QPointer>

class FormErrorPresenter;
class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;

// Create or edit an OIDC identity provider of one pool (CreateIdentityProviderOIDC / UpdateIdentityProviderOIDC):
// name, issuer, client ID, client secret, enabled, ID-token mapping, PKCE. The client secret is write-only: the
// field is a password field, always empty when the dialog opens (the secret the cloud returns is never put in
// it), and on edit it is sent only when something was typed into it. Edit reads the provider first and sends
// only the changed fields.
class IdentityProviderDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Mode { Create, Edit };

    IdentityProviderDialog(PoolDirectoryService *service, const QString &poolUid, QWidget *parent = nullptr);
    IdentityProviderDialog(PoolDirectoryService *service, const QString &poolUid, const IdentityProvider &provider,
                           QWidget *parent = nullptr);

    Mode mode() const { return m_mode; }
    bool isBusy() const { return m_busy; }
    IdentityProvider provider() const { return m_provider; }
    OidcProviderDraft draft() const;
    OidcProviderChanges changes() const;
    QString fieldError(const QString &field) const;
    QString generalError() const;

    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *issuerEdit() const { return m_issuer; }
    QLineEdit *clientIdEdit() const { return m_clientId; }
    QLineEdit *secretEdit() const { return m_secret; }
    QCheckBox *enabledBox() const { return m_enabled; }
    QCheckBox *mappingBox() const { return m_mapping; }
    QCheckBox *pkceBox() const { return m_pkce; }
    QPushButton *saveButton() const { return m_save; }

public slots:
    void save();
    void reject() override;

signals:
    void providerSaved(const IdentityProvider &provider, const ApiResult &result);
    void requestIdSeen(const QString &requestId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void build();
    void retranslate();
    void fetch();
    void load(const IdentityProvider &provider);
    void setBusy(bool busy, const QString &text = {});
    void showApiError(const ApiResult &result);
    void finish(const IdentityProvider &saved, const ApiResult &result);
    void updateSaveEnabled();

    QPointer<PoolDirectoryService> m_service;
    QString m_poolUid;
    Mode m_mode;
    IdentityProvider m_provider;   // secret dropped
    bool m_loaded = false;
    bool m_busy = false;
    QLabel *m_intro = nullptr;
    FormErrorPresenter *m_form = nullptr;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_issuer = nullptr;
    QLineEdit *m_clientId = nullptr;
    QLineEdit *m_secret = nullptr;
    QWidget *m_options = nullptr;
    QCheckBox *m_enabled = nullptr;
    QCheckBox *m_mapping = nullptr;
    QCheckBox *m_pkce = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_error = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_save = nullptr;
};
