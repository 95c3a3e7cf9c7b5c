// SPDX-License-Identifier: GPL-3.0-or-later
#include "pools/IdentityProviderDialog.h"

#include "widgets/FormErrorPresenter.h"
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

IdentityProviderDialog::IdentityProviderDialog(PoolDirectoryService *service, const QString &poolUid, QWidget *parent)
    : QDialog(parent), m_service(service), m_poolUid(poolUid), m_mode(Mode::Create)
{
    build();
    m_enabled->setChecked(true);
    m_pkce->setChecked(true);
    m_loaded = true;
    updateSaveEnabled();
}

IdentityProviderDialog::IdentityProviderDialog(PoolDirectoryService *service, const QString &poolUid,
                                               const IdentityProvider &provider, QWidget *parent)
    : QDialog(parent), m_service(service), m_poolUid(poolUid), m_mode(Mode::Edit), m_provider(provider)
{
    m_provider.clientSecret.clear();
    build();
    m_name->setText(provider.name);
    fetch();
}

void IdentityProviderDialog::build()
{
    setObjectName(m_mode == Mode::Create ? QStringLiteral("createIdentityProviderDialog")
                                         : QStringLiteral("editIdentityProviderDialog"));
    auto *layout = new QVBoxLayout(this);
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    layout->addWidget(m_intro);
    auto *formLayout = new QFormLayout;
    formLayout->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    layout->addLayout(formLayout);
    m_form = new FormErrorPresenter(this, formLayout);
    m_name = new QLineEdit(this);
    m_name->setMaxLength(PoolDirectoryService::kMaxNameLength + 32);
    m_form->addField(QStringLiteral("Name"), m_name);
    m_issuer = new QLineEdit(this);
    m_form->addField(QStringLiteral("Issuer"), m_issuer);
    m_clientId = new QLineEdit(this);
    m_form->addField(QStringLiteral("ClientId"), m_clientId);
    m_secret = new QLineEdit(this);
    m_secret->setEchoMode(QLineEdit::Password);
    m_secret->setInputMethodHints(Qt::ImhHiddenText | Qt::ImhNoPredictiveText | Qt::ImhSensitiveData);
    m_form->addField(QStringLiteral("ClientSecret"), m_secret);
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
    m_form->addField(QStringLiteral("Options"), m_options);
    layout->addWidget(m_form->generalErrorLabel());

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("statusLabel"));
    m_status->hide();
    layout->addWidget(m_status);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setStyleSheet(QStringLiteral("QLabel { color: white; background: #b3261e; border-radius: 3px; "
                                          "padding: 6px; }"));
    m_error->hide();
    layout->addWidget(m_error);
    layout->addStretch();
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_save = m_buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_save->setObjectName(QStringLiteral("saveButton"));
    m_save->setDefault(true);
    connect(m_save, &QPushButton::clicked, this, &IdentityProviderDialog::save);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &IdentityProviderDialog::reject);
    layout->addWidget(m_buttons);
    for (QLineEdit *e : {m_name, m_issuer, m_clientId, m_secret})
        connect(e, &QLineEdit::textChanged, this, &IdentityProviderDialog::updateSaveEnabled);
    for (QCheckBox *b : {m_enabled, m_mapping, m_pkce})
        connect(b, &QCheckBox::toggled, this, &IdentityProviderDialog::updateSaveEnabled);
    retranslate();
    resize(560, sizeHint().height());
}

void IdentityProviderDialog::retranslate()
{
    if (m_mode == Mode::Create) {
        setWindowTitle(tr("Add OIDC identity provider"));
        m_intro->setText(tr("Users of this pool can sign in with an account of another OpenID Connect provider. "
                            "Register the pool's OIDC callback URL (in the pool's details) with that provider "
                            "first; it gives you the client ID and secret."));
        m_save->setText(tr("Add"));
        m_secret->setPlaceholderText(QString());
    } else {
        setWindowTitle(tr("Edit identity provider — %1").arg(m_provider.name));
        m_intro->setText(tr("Changes apply to the identity provider %1 (%2). Only the fields you change are sent.")
                             .arg(m_provider.name, m_provider.uid));
        m_save->setText(tr("Save"));
        m_secret->setPlaceholderText(tr("Unchanged — type a new secret to replace it"));
    }
    m_form->setLabel(QStringLiteral("Name"), tr("&Name (required):"));
    m_name->setPlaceholderText(tr("e.g. Corporate SSO"));
    m_form->setLabel(QStringLiteral("Issuer"), tr("&Issuer URL:"));
    m_issuer->setPlaceholderText(tr("https://login.example.com"));
    m_issuer->setToolTip(tr("The provider's issuer; its discovery document is at "
                            "<issuer>/.well-known/openid-configuration"));
    m_form->setLabel(QStringLiteral("ClientId"), tr("&Client ID:"));
    m_form->setLabel(QStringLiteral("ClientSecret"), tr("Client &secret:"));
    m_secret->setToolTip(tr("Write-only: the console never shows a stored secret."));
    m_form->setLabel(QStringLiteral("Options"), tr("Options:"));
    m_options->setAccessibleName(tr("Options"));
    m_enabled->setText(tr("&Enabled (users can sign in with it)"));
    m_mapping->setText(tr("Map user attributes from the ID &token"));
    m_mapping->setToolTip(tr("Take the user's profile from the ID token's claims instead of the userinfo endpoint."));
    m_pkce->setText(tr("Use &PKCE"));
    m_pkce->setToolTip(tr("Proof Key for Code Exchange: recommended unless the provider does not support it."));
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    updateSaveEnabled();
}

void IdentityProviderDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

QString IdentityProviderDialog::fieldError(const QString &field) const
{
    return m_form->fieldError(field);
}

QString IdentityProviderDialog::generalError() const
{
    QStringList parts;
    if (!m_form->generalError().isEmpty())
        parts << m_form->generalError();
    if (!m_error->isHidden())
        parts << m_error->text();
    return parts.join(QLatin1Char('\n'));
}

void IdentityProviderDialog::fetch()
{
    if (!m_service) {
        showApiError(ApiResult{});
        return;
    }
    setBusy(true, tr("Reading the identity provider…"));
    m_service->getOidcProvider(m_poolUid, m_provider.uid, this, [this](const IdentityProvider &p, const ApiResult &r) {
        if (!r.requestId.isEmpty())
            emit requestIdSeen(r.requestId);
        setBusy(false);
        if (!r.ok) {
            showApiError(r);
            return;
        }
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
    m_loaded = true;
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
    if (!m_loaded || m_mode != Mode::Edit)
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

void IdentityProviderDialog::updateSaveEnabled()
{
    if (m_busy || !m_loaded) {
        m_save->setEnabled(false);
        return;
    }
    if (m_mode == Mode::Create) {
        const bool ok = !m_name->text().trimmed().isEmpty();
        m_save->setEnabled(ok);
        m_save->setToolTip(ok ? QString() : tr("Enter a name first."));
    } else {
        const bool changed = !changes().isEmpty();
        m_save->setEnabled(changed);
        m_save->setToolTip(changed ? QString() : tr("Nothing has changed."));
    }
}

void IdentityProviderDialog::setBusy(bool busy, const QString &text)
{
    m_busy = busy;
    m_form->setEditorsEnabled(!busy);
    for (QCheckBox *b : {m_enabled, m_mapping, m_pkce})
        b->setEnabled(!busy);
    m_buttons->button(QDialogButtonBox::Cancel)->setEnabled(!busy || !m_loaded);
    m_status->setText(text);
    m_status->setVisible(busy && !text.isEmpty());
    updateSaveEnabled();
}

void IdentityProviderDialog::showApiError(const ApiResult &result)
{
    m_form->showParameterError(result.error);
    m_error->setText(FormErrorPresenter::apiErrorText(
        result.error, m_mode == Mode::Create
                          ? tr("The server did not confirm the request: the identity provider may have been created "
                               "anyway. Refresh the list before trying again.")
                          : tr("The server did not confirm the request: the change may have been applied anyway.")));
    m_error->show();
}

void IdentityProviderDialog::save()
{
    if (m_busy || !m_loaded || !m_save->isEnabled())
        return;
    m_form->clearErrors();
    m_error->hide();
    if (!m_service) {
        showApiError(ApiResult{});
        return;
    }
    QList<PoolDirectoryService::FieldProblem> problems;
    if (m_mode == Mode::Create)
        problems = PoolDirectoryService::validateProviderDraft(draft());
    else
        problems = PoolDirectoryService::validateProviderChanges(changes());
    if (!problems.isEmpty()) {
        for (const auto &p : problems)
            m_form->showFieldError(p.field, p.message);
        if (QWidget *w = m_form->fieldWidget(problems.first().field))
            w->setFocus();
        return;
    }
    auto handler = [this](const IdentityProvider &p, const ApiResult &r) { finish(p, r); };
    if (m_mode == Mode::Create) {
        setBusy(true, tr("Adding the identity provider…"));
        m_service->createOidcProvider(m_poolUid, draft(), this, handler);
    } else {
        setBusy(true, tr("Saving…"));
        m_service->updateOidcProvider(m_poolUid, m_provider.uid, changes(), this, handler);
    }
}

void IdentityProviderDialog::finish(const IdentityProvider &saved, const ApiResult &result)
{
    if (!result.requestId.isEmpty())
        emit requestIdSeen(result.requestId);
    setBusy(false);
    if (!result.ok) {
        showApiError(result);
        return;
    }
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

void IdentityProviderDialog::reject()
{
    if (m_busy && m_loaded)
        return;
    QDialog::reject();
}
