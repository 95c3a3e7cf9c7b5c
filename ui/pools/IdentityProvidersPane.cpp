// SPDX-License-Identifier: GPL-3.0-or-later
#include "pools/IdentityProvidersPane.h"

#include "cloud/PoolDirectoryService.h"
#include "models/DirectoryLabels.h"
#include "models/PoolClientColumns.h"
#include "pools/IdentityProviderDialog.h"
#include "widgets/DetailView.h"
#include <QAction>
#include <QItemSelectionModel>
#include <QTableView>

using Columns = IdentityProviderColumns;

IdentityProvidersPane::IdentityProvidersPane(QWidget *parent)
    : PoolObjectsPane(QStringLiteral("identityProviders"), parent)
{
    setObjectName(QStringLiteral("IdentityProvidersPane"));
    m_model = Columns::createModel(this);
    buildUi(m_model);
    setColumnWidths({200, 90, 140, 90, 260});
    view()->setColumnHidden(Columns::Updated, true);
    connect(view()->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &IdentityProvidersPane::updateEditAction);
    retranslate();
}

QIcon IdentityProvidersPane::paneIcon() const
{
    return QIcon(QStringLiteral(":/icons/directory.svg"));
}

PoolObjectsPane::Texts IdentityProvidersPane::texts() const
{
    Texts t;
    t.title = tr("Identity providers");
    t.nounPlural = tr("identity providers");
    t.emptyText = tr("This pool has no identity providers: its users sign in with the pool's own accounts only.");
    t.idNoun = tr("connection ID(s)");
    t.newText = tr("Add OIDC provider");
    t.newTip = tr("Add an OpenID Connect identity provider to this pool (Ctrl+N)");
    t.editTip = tr("Edit the selected OIDC identity provider");
    t.deleteTip = tr("Delete the selected identity provider (Delete)");
    t.copyIdText = tr("Copy connection ID");
    return t;
}

QString IdentityProvidersPane::countText(int n) const
{
    return tr("%n identity provider(s) in %1.", nullptr, n).arg(poolName());
}

void IdentityProvidersPane::retranslateActions()
{
    PoolObjectsPane::retranslateActions();
    updateEditAction();
}

void IdentityProvidersPane::updateEditAction()
{
    const IdentityProvider p = selectedProvider();
    const bool oidc = p.isValid() && p.isOidc();
    if (p.isValid() && !oidc)
        m_editAction->setEnabled(false);
    m_editAction->setToolTip(p.isValid() && !oidc
                                 ? tr("Only OIDC providers can be edited here (this one is %1).").arg(p.connectionType)
                                 : tr("Edit the selected OIDC identity provider"));
}

void IdentityProvidersPane::loadList(const QString &poolUid, QObject *owner,
                                     const std::function<void(const ApiResult &)> &done)
{
    directoryService()->listIdentityProviders(poolUid, owner,
                                              [this, done](const QList<IdentityProvider> &list, const ApiResult &r) {
                                                  if (r.ok) {
                                                      QVector<IdentityProvider> rows;
                                                      for (IdentityProvider p : list) {
                                                          p.clientSecret.clear();
                                                          rows.append(p);
                                                      }
                                                      m_model->appendRecords(rows);
                                                  }
                                                  done(r);
                                              });
}

void IdentityProvidersPane::clearList()
{
    m_model->clear();
    m_detailUid.clear();
    m_detailProvider = IdentityProvider();
}

IdentityProvider IdentityProvidersPane::selectedProvider() const
{
    const QStringList ids = selectedIds();
    return ids.size() == 1 ? m_model->recordById(ids.first()) : IdentityProvider();
}

void IdentityProvidersPane::renderDetail()
{
    updateEditAction();
    DetailView *d = detailView();
    d->clear();
    const QStringList ids = selectedIds();
    if (ids.size() != 1) {
        m_detailUid.clear();
        d->setPlaceholder(ids.size() > 1 ? tr("%n identity providers selected.", nullptr, int(ids.size()))
                                         : tr("Select an identity provider to see its settings."));
        return;
    }
    IdentityProvider p = m_model->recordById(ids.first());
    const bool oidc = p.connectionType.compare(QLatin1String("OIDC"), Qt::CaseInsensitive) == 0;
    if (p.uid == m_detailUid && m_detailProvider.isValid())
        p = m_detailProvider;
    else if (p.uid != m_detailUid && oidc)
        fetchDetail(p);
    auto yesNo = [this](std::optional<bool> v) { return !v ? tr("Unknown") : (*v ? tr("Yes") : tr("No")); };
    d->setTitle(p.name);
    d->addRow(tr("Protocol"), p.connectionType, false);
    d->addRow(tr("Provider"), p.provider);
    d->addRow(tr("State"), Columns::enabledLabel(p.enabled), false);
    d->addRow(tr("Connection ID"), p.uid);
    if (oidc) {
        d->addSection(tr("OpenID Connect"));
        if (!p.complete) {
            d->addRow(tr("Issuer URL"), tr("Loading…"), false);
        } else {
            d->addRow(tr("Issuer URL"), p.issuer);
            d->addRow(tr("Client ID"), p.clientId);
            d->addRow(tr("Client secret"), m_detailHasSecret ? tr("Set (never shown)") : tr("Not set"), false);
            d->addRow(tr("Map attributes from the ID token"), yesNo(p.isIdTokenMapping), false);
            d->addRow(tr("PKCE"), yesNo(p.usePkce), false);
            if (!p.scopes.isEmpty())
                d->addRow(tr("Scopes"), p.scopes.join(QLatin1Char(' ')));
        }
    } else {
        d->addSection(tr("Settings"));
        d->addRow(tr("Settings"), tr("This console edits OIDC providers only; use the cloud console for %1.")
                                      .arg(p.connectionType.isEmpty() ? tr("this protocol") : p.connectionType),
                  false);
    }
    d->addSection(tr("Identity provider"));
    d->addRow(tr("Created"), DirectoryLabels::time(PoolClientColumns::parseTime(p.createTime)), false);
    d->addRow(tr("Updated"), DirectoryLabels::time(PoolClientColumns::parseTime(p.updateTime)), false);
}

void IdentityProvidersPane::fetchDetail(const IdentityProvider &provider)
{
    const QString uid = provider.uid;
    m_detailUid = uid;
    m_detailProvider = IdentityProvider();
    if (!directoryService())
        return;
    directoryService()->getOidcProvider(poolUid(), uid, detailOwner(), [this, uid, provider](const IdentityProvider &full,
                                                                                              const ApiResult &r) {
        if (uid != m_detailUid)
            return;
        noteResult(r);
        if (!r.ok) {
            if (r.error.isNotFound()) {
                m_model->removeRecord(uid);
                emit statusMessage(tr("The identity provider %1 no longer exists.").arg(provider.name));
            } else if (r.error.kind != ApiError::Kind::Cancelled) {
                emit statusMessage(tr("Could not read the identity provider: %1").arg(errorText(r.error)));
            }
            return;
        }
        IdentityProvider p = full;
        m_detailHasSecret = !p.clientSecret.isEmpty();
        p.clientSecret.clear();   // write-only: dropped on arrival
        if (p.connectionType.isEmpty())
            p.connectionType = provider.connectionType;
        if (p.provider.isEmpty())
            p.provider = provider.provider;
        m_detailProvider = p;
        renderDetail();
    });
}

void IdentityProvidersPane::openCreateDialog()
{
    if (!canOpenDialog())
        return;
    auto *dialog = new IdentityProviderDialog(directoryService(), poolUid(), this);
    connect(dialog, &IdentityProviderDialog::providerSaved, this, [this](const IdentityProvider &p, const ApiResult &) {
        m_model->upsertRecord(p);
        recordSaved(p.uid, tr("Added identity provider %1.").arg(p.name), true);
    });
    openDialog(dialog);
}

void IdentityProvidersPane::editSelected()
{
    const IdentityProvider p = selectedProvider();
    if (!p.isValid() || !p.isOidc() || !canOpenDialog())
        return;
    auto *dialog = new IdentityProviderDialog(directoryService(), poolUid(), p, this);
    connect(dialog, &IdentityProviderDialog::providerSaved, this, [this](const IdentityProvider &saved,
                                                                         const ApiResult &) {
        m_model->upsertRecord(saved);
        m_detailUid.clear();   // read it again
        renderDetail();
        recordSaved(saved.uid, tr("Saved identity provider %1.").arg(saved.name), false);
    });
    openDialog(dialog);
}

ListPane::DeleteRequest IdentityProvidersPane::describeDelete()
{
    const IdentityProvider p = selectedProvider();
    if (!p.isValid() || !directoryService())
        return {};
    return {tr("Delete identity provider"),
            tr("Delete the identity provider %1 (%2) from the pool %3?").arg(p.name, p.uid, poolName())
                + QStringLiteral("\n\n")
                + tr("Users who sign in through it can no longer do so. This cannot be undone."),
            tr("Delete"), QString(), [this, p] { deleteProvider(p); }};
}

void IdentityProvidersPane::deleteProvider(const IdentityProvider &p)
{
    if (!directoryService())
        return;
    directoryService()->deleteIdentityProvider(poolUid(), p.uid, this, [this, p](const ApiResult &r) {
        finishDelete(r, [this, p] { m_model->removeRecord(p.uid); }, tr("Deleted identity provider %1.").arg(p.name),
                     tr("The identity provider %1 no longer exists.").arg(p.name),
                     tr("Could not delete the identity provider"),
                     tr("The identity provider %1 was not deleted.").arg(p.name));
    });
}
