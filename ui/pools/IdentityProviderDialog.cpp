// SPDX-License-Identifier: GPL-3.0-or-later
#include "pools/IdentityProviderDialog.h"

#include "widgets/FormErrorPresenter.h"
#include <QCheckBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

IdentityProviderDialog::IdentityProviderDialog(PoolDirectoryService *service, const QString &poolUid, QWidget *parent)
    : RecordFormDialog(parent), m_service(service), m_poolUid(poolUid), m_mode(Mode::Create)
{
    build();
    m_enabled->setChecked(true);
    m_pkce->setChecked(true);
    updateSaveEnabled();
}

IdentityProviderDialog::IdentityProviderDialog(PoolDirectoryService *service, const QString &poolUid,
                                               const IdentityProvider &provider, QWidget *parent)
    : RecordFormDialog(parent), m_service(service), m_poolUid(poolUid), m_mode(Mode::Edit), m_provider(provider)
{
    m_provider.clientSecret.clear();
    build();
    m_name->setText(provider.name);
    beginLoad(tr("Reading the identity provider…"));
}

void IdentityProviderDialog::build()
{
    setObjectName(m_mode == Mode::Create ? QStringLiteral("createIdentityProviderDialog")
                                         : QStringLiteral("editIdentityProviderDialog"));
    m_intro = new QLabel(this);
    auto *layout = createFormLayout(m_intro);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_name = new QLineEdit(this);
    m_name->setMaxLength(PoolDirectoryService::kMaxNameLength + 32);
    m_errors->addField(QStringLiteral("Name"), m_name);
    m_issuer = new QLineEdit(this);
    m_errors->addField(QStringLiteral("Issuer"), m_issuer);
    m_clientId = new QLineEdit(this);
    m_errors->addField(QStringLiteral("ClientId"), m_clientId);
    m_secret = new QLineEdit(this);
    m_secret->setEchoMode(QLineEdit::Password);
    m_secret->setInputMethodHints(Qt::ImhHiddenText | Qt::ImhNoPredictiveText | Qt::ImhSensitiveData);
    m_errors->addField(QStringLiteral("ClientSecret"), m_secret);
    m_options = new QWidget(this);
    auto *ov = new QVBoxLayout(m_options);
    ov->setContentsMargins(0, 0, 0, 0);
    m_enabled = new QCheckBox(m_options);
    m_enabled->setObjectName(QStringLiteral("Enabled"));
    m_mapping = new QCheckBox(m_options);
    m_mapping->setObjectName(QStringLiteral("IsIdTokenMapping"));
    m_pkce = new QCheckBox(m_options);
    m_pkce->setObjectName(QStringLiteral("UsePkce"));
    ov->addWidget(m_enabled);
    ov->addWidget(m_mapping);
    ov->addWidget(m_pkce);
    m_errors->addField(QStringLiteral("Options"), m_options);
    layout->addStretch();
    addButtons(layout);
    for (QLineEdit *e : {m_name, m_issuer, m_clientId, m_secret})
        connect(e, &QLineEdit::textChanged, this, &IdentityProviderDialog::updateSaveEnabled);
    for (QCheckBox *b : {m_enabled, m_mapping, m_pkce})
        connect(b, &QCheckBox::toggled, this, &IdentityProviderDialog::updateSaveEnabled);
    resize(560, sizeHint().height());
}

void IdentityProviderDialog::retranslate()
{
    if (m_mode == Mode::Create) {
        setWindowTitle(tr("Add OIDC identity provider"));
        m_intro->setText(tr("Users of this pool can sign in with an account of another OpenID Connect provider. "
                            "Register the pool's OIDC callback URL (in the pool's details) with that provider "
                            "first; it gives you the client ID and secret."));
        setSaveText(tr("Add"));
        m_secret->setPlaceholderText(QString());
    } else {
        setWindowTitle(tr("Edit identity provider — %1").arg(m_provider.name));
        m_intro->setText(tr("Changes apply to the identity provider %1 (%2). Only the fields you change are sent.")
                             .arg(m_provider.name, m_provider.uid));
        setSaveText(tr("Save"));
        m_secret->setPlaceholderText(tr("Unchanged — type a new secret to replace it"));
    }
    m_errors->setLabel(QStringLiteral("Name"), tr("&Name (required):"));
    m_name->setPlaceholderText(tr("e.g. Corporate SSO"));
    m_errors->setLabel(QStringLiteral("Issuer"), tr("&Issuer URL:"));
    m_issuer->setPlaceholderText(tr("https://login.example.com"));
    m_issuer->setToolTip(tr("The provider's issuer; its discovery document is at "
                            "<issuer>/.well-known/openid-configuration"));
    m_errors->setLabel(QStringLiteral("ClientId"), tr("&Client ID:"));
    m_errors->setLabel(QStringLiteral("ClientSecret"), tr("Client &secret:"));
    m_secret->setToolTip(tr("Write-only: the console never shows a stored secret."));
    m_errors->setLabel(QStringLiteral("Options"), tr("Options:"));
    m_options->setAccessibleName(tr("Options"));
    m_enabled->setText(tr("&Enabled (users can sign in with it)"));
    m_mapping->setText(tr("Map user attributes from the ID &token"));
    m_mapping->setToolTip(tr("Take the user's profile from the ID token's claims instead of the userinfo endpoint."));
    m_pkce->setText(tr("Use &PKCE"));
    m_pkce->setToolTip(tr("Proof Key for Code Exchange: recommended unless the provider does not support it."));
    updateSaveEnabled();
}

void IdentityProviderDialog::fetch()
{
    if (!m_service) {
        endLoad(false, ApiError(), QString());
        return;
    }
    m_service->getOidcProvider(m_poolUid, m_provider.uid, this, [this](const IdentityProvider &p, const ApiResult &r) {
        if (endLoad(r.ok, r.error, r.requestId))
            load(p);
    });
}

void IdentityProviderDialog::load(const IdentityProvider &provider)
{
    m_provider = provider;
    m_provider.clientSecret.clear();   // write-only: never shown back
    const QSignalBlocker b0(m_name), b1(m_issuer), b2(m_clientId);
    m_name->setText(provider.name);
    m_issuer->setText(provider.issuer);
    m_clientId->setText(provider.clientId);
    m_secret->clear();
    m_enabled->setChecked(provider.enabled.value_or(false));
    m_mapping->setChecked(provider.isIdTokenMapping.value_or(false));
    m_pkce->setChecked(provider.usePkce.value_or(false));
    retranslate();
}

OidcProviderDraft IdentityProviderDialog::draft() const
{
    OidcProviderDraft d;
    d.name = m_name->text().trimmed();
    d.issuer = m_issuer->text().trimmed();
    d.clientId = m_clientId->text().trimmed();
    d.clientSecret = m_secret->text();
    d.enabled = m_enabled->isChecked();
    d.isIdTokenMapping = m_mapping->isChecked();
    d.usePkce = m_pkce->isChecked();
    return d;
}

OidcProviderChanges IdentityProviderDialog::changes() const
{
    OidcProviderChanges c;
    if (!isLoaded() || m_mode != Mode::Edit)
        return c;
    const IdentityProvider &p = m_provider;
    if (m_name->text().trimmed() != p.name)
        c.name = m_name->text().trimmed();
    if (m_issuer->text().trimmed() != p.issuer)
        c.issuer = m_issuer->text().trimmed();
    if (m_clientId->text().trimmed() != p.clientId)
        c.clientId = m_clientId->text().trimmed();
    if (!m_secret->text().isEmpty())
        c.clientSecret = m_secret->text();
    if (p.enabled.value_or(false) != m_enabled->isChecked())
        c.enabled = m_enabled->isChecked();
    if (p.isIdTokenMapping.value_or(false) != m_mapping->isChecked())
        c.isIdTokenMapping = m_mapping->isChecked();
    if (p.usePkce.value_or(false) != m_pkce->isChecked())
        c.usePkce = m_pkce->isChecked();
    return c;
}

bool IdentityProviderDialog::canSave(QString *why) const
{
    if (m_mode == Mode::Create) {
        *why = tr("Enter a name first.");
        return !m_name->text().trimmed().isEmpty();
    }
    *why = tr("Nothing has changed.");
    return !changes().isEmpty();
}

bool IdentityProviderDialog::submit()
{
    if (isBusy() || !isLoaded())
        return false;
    clearErrors();
    const QString ambiguous =
        m_mode == Mode::Create ? tr("The server did not confirm the request: the identity provider may have been created "
                                    "anyway. Refresh the list before trying again.")
                               : tr("The server did not confirm the request: the change may have been applied anyway.");
    if (!m_service) {
        showWriteError(ApiError(), ambiguous);
        return false;
    }
    QList<PoolDirectoryService::FieldProblem> problems;
    if (m_mode == Mode::Create)
        problems = PoolDirectoryService::validateProviderDraft(draft());
    else
        problems = PoolDirectoryService::validateProviderChanges(changes());
    if (!problems.isEmpty()) {
        showProblems(problems);
        return false;
    }
    auto handler = [this, ambiguous](const IdentityProvider &p, const ApiResult &r) {
        if (!r.requestId.isEmpty())
            emit requestIdSeen(r.requestId);
        setBusy(false);
        if (!r.ok) {
            showWriteError(r.error, ambiguous);
            return;
        }
        finish(p, r);
    };
    if (m_mode == Mode::Create) {
        setBusy(true, tr("Adding the identity provider…"));
        m_service->createOidcProvider(m_poolUid, draft(), this, handler);
    } else {
        setBusy(true, tr("Saving…"));
        m_service->updateOidcProvider(m_poolUid, m_provider.uid, changes(), this, handler);
    }
    return true;
}

void IdentityProviderDialog::finish(const IdentityProvider &saved, const ApiResult &result)
{
    IdentityProvider out = saved;
    if (!out.isValid()) {
        out = m_provider;
        const OidcProviderDraft d = draft();
        out.name = d.name;
        out.issuer = d.issuer;
        out.clientId = d.clientId;
        out.enabled = d.enabled;
        out.isIdTokenMapping = d.isIdTokenMapping;
        out.usePkce = d.usePkce;
    }
    out.clientSecret.clear();
    if (out.connectionType.isEmpty())
        out.connectionType = QStringLiteral("OIDC");
    m_secret->clear();
    m_provider = out;
    emit providerSaved(out, result);
    accept();
}
