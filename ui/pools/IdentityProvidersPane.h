// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/IdentityProviderColumns.h"
#include "pools/PoolObjectsPane.h"


// The identity providers (connections) of one Agent Identity pool (volcengine-id.md §7c): list of every
// protocol, detail (OIDC providers read in full with GetIdentityProviderOIDC), delete after confirmation,
// create and edit for OIDC. A provider's client secret is never shown: the detail says whether one is set.
class IdentityProvidersPane : public PoolObjectsPane
{
    Q_OBJECT
public:
    explicit IdentityProvidersPane(QWidget *parent = nullptr);

    QString paneId() const override { return QStringLiteral("identityproviders"); }
    QIcon paneIcon() const override;
    void editSelected() override;
    void openCreateDialog() override;
    void deleteProvider(const IdentityProvider &provider);   // no question (describeDelete asks)

    // For tests.
    IdentityProviderColumns::Model *model() const { return m_model; }
    IdentityProvider selectedProvider() const;

protected:
    void loadList(const QString &poolUid, QObject *owner, const std::function<void(const ApiResult &)> &done) override;
    void clearList() override;
    void renderDetail() override;
    Texts texts() const override;
    QString countText(int n) const override;
    void retranslateActions() override;
    DeleteRequest describeDelete() override;

private:
    void fetchDetail(const IdentityProvider &provider);
    void updateEditAction();

    IdentityProviderColumns::Model *m_model = nullptr;
    QString m_detailUid;
    IdentityProvider m_detailProvider;   // without its secret
    bool m_detailHasSecret = false;
};
