// SPDX-License-Identifier: GPL-3.0-or-later
#include "pools/PoolClientDialog.h"

#include "models/PoolClientColumns.h"
#include "widgets/FormErrorPresenter.h"
#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QVBoxLayout>

namespace {
const QStringList &urlFields()
{
    static const QStringList f{QStringLiteral("AllowedCallbackUrls"), QStringLiteral("AllowedLogoutUrls"),
                               QStringLiteral("AllowedWebOrigins"), QStringLiteral("AllowedCors")};
    return f;
}

QStringList lines(const QPlainTextEdit *edit)
{
    QStringList out;
    for (const QString &line : edit->toPlainText().split(QLatin1Char('\n'))) {
        const QString t = line.trimmed();
        if (!t.isEmpty())
            out << t;
    }
    return out;
}

constexpr int kMaxLifetime = 365 * 24 * 3600 * 2;   // two years: a bound for the spin box, not a cloud rule
}

PoolClientDialog::PoolClientDialog(PoolDirectoryService *service, const QString &poolUid, QWidget *parent)
    : RecordFormDialog(parent), m_service(service), m_poolUid(poolUid), m_mode(Mode::Create)
{
    build();
    m_initial = formClient();
    updateSaveEnabled();
}

PoolClientDialog::PoolClientDialog(PoolDirectoryService *service, const QString &poolUid, const PoolClient &client,
                                   QWidget *parent)
    : RecordFormDialog(parent), m_service(service), m_poolUid(poolUid), m_mode(Mode::Edit), m_client(client)
{
    m_client.clientSecret.clear();
    build();
    // List rows lack the URLs and token settings: always read the full application.
    beginLoad(tr("Reading the application…"));
}

void PoolClientDialog::build()
{
    setObjectName(m_mode == Mode::Create ? QStringLiteral("createPoolClientDialog")
                                         : QStringLiteral("editPoolClientDialog"));
    m_intro = new QLabel(this);
    auto *outer = createFormLayout(m_intro, QStringLiteral("poolClientScroll"));
    QFormLayout *formLayout = m_form;

    m_name = new QLineEdit(this);
    m_name->setMaxLength(PoolDirectoryService::kMaxNameLength + 32);
    m_name->setClearButtonEnabled(true);
    m_errors->addField(QStringLiteral("Name"), m_name);

    m_type = new QComboBox(this);
    for (const QString &t : PoolClient::clientTypes())
        m_type->addItem(QString(), t);
    m_errors->addField(QStringLiteral("ClientType"), m_type);
    m_typeHint = new QLabel(this);
    m_typeHint->setWordWrap(true);
    m_typeHint->setEnabled(false);
    formLayout->addRow(QString(), m_typeHint);
    connect(m_type, &QComboBox::currentIndexChanged, this, [this] {
        updateTypeHint();
        updateSaveEnabled();
    });

    m_description = new QPlainTextEdit(this);
    m_description->setTabChangesFocus(true);
    m_description->setFixedHeight(m_description->fontMetrics().lineSpacing() * 3 + 12);
    m_errors->addField(QStringLiteral("Description"), m_description);

    m_logo = new QLineEdit(this);
    m_errors->addField(QStringLiteral("LogoUri"), m_logo);

    for (const QString &f : urlFields()) {
        auto *edit = new QPlainTextEdit(this);
        edit->setTabChangesFocus(true);
        edit->setLineWrapMode(QPlainTextEdit::NoWrap);
        edit->setFixedHeight(edit->fontMetrics().lineSpacing() * 3 + 12);
        m_urls.insert(f, edit);
        m_errors->addField(f, edit);
        connect(edit, &QPlainTextEdit::textChanged, this, &PoolClientDialog::updateSaveEnabled);
    }

    m_idToken = new QSpinBox(this);
    m_idToken->setRange(0, kMaxLifetime);
    m_idToken->setSingleStep(300);
    m_idToken->setAccelerated(true);
    m_errors->addField(QStringLiteral("IdToken"), m_idToken);
    connect(m_idToken, &QSpinBox::valueChanged, this, &PoolClientDialog::updateSaveEnabled);

    m_refreshBox = new QWidget(this);
    auto *rg = new QGridLayout(m_refreshBox);
    rg->setContentsMargins(0, 0, 0, 0);
    m_rotation = new QCheckBox(m_refreshBox);
    m_rotation->setObjectName(QStringLiteral("refreshRotation"));
    m_hasIdle = new QCheckBox(m_refreshBox);
    m_hasIdle->setObjectName(QStringLiteral("refreshHasIdleLifetime"));
    m_idle = new QSpinBox(m_refreshBox);
    m_idle->setObjectName(QStringLiteral("refreshIdleLifetime"));
    m_hasCombined = new QCheckBox(m_refreshBox);
    m_hasCombined->setObjectName(QStringLiteral("refreshHasCombinedLifetime"));
    m_combined = new QSpinBox(m_refreshBox);
    m_combined->setObjectName(QStringLiteral("refreshCombinedLifetime"));
    for (QSpinBox *s : {m_idle, m_combined}) {
        s->setRange(0, kMaxLifetime);
        s->setSingleStep(3600);
        s->setAccelerated(true);
        s->setEnabled(false);
        connect(s, &QSpinBox::valueChanged, this, &PoolClientDialog::updateSaveEnabled);
    }
    rg->addWidget(m_rotation, 0, 0, 1, 2);
    rg->addWidget(m_hasIdle, 1, 0);
    rg->addWidget(m_idle, 1, 1);
    rg->addWidget(m_hasCombined, 2, 0);
    rg->addWidget(m_combined, 2, 1);
    rg->setColumnStretch(1, 1);
    m_errors->addField(QStringLiteral("RefreshToken"), m_refreshBox);
    connect(m_rotation, &QCheckBox::toggled, this, &PoolClientDialog::updateSaveEnabled);
    connect(m_hasIdle, &QCheckBox::toggled, this, [this](bool on) {
        m_idle->setEnabled(on && !isBusy());
        updateSaveEnabled();
    });
    connect(m_hasCombined, &QCheckBox::toggled, this, [this](bool on) {
        m_combined->setEnabled(on && !isBusy());
        updateSaveEnabled();
    });

    m_switchBox = new QWidget(this);
    auto *sg = new QVBoxLayout(m_switchBox);
    sg->setContentsMargins(0, 0, 0, 0);
    for (const QString &f : PoolClient::booleanFields()) {
        auto *box = new QCheckBox(m_switchBox);
        box->setObjectName(f);
        m_switches.insert(f, box);
        sg->addWidget(box);
        connect(box, &QCheckBox::toggled, this, &PoolClientDialog::updateSaveEnabled);
    }
    m_errors->addField(QStringLiteral("Options"), m_switchBox);

    connect(m_name, &QLineEdit::textChanged, this, &PoolClientDialog::updateSaveEnabled);
    connect(m_description, &QPlainTextEdit::textChanged, this, &PoolClientDialog::updateSaveEnabled);
    connect(m_logo, &QLineEdit::textChanged, this, &PoolClientDialog::updateSaveEnabled);

    if (m_mode == Mode::Edit) {
        m_type->setEnabled(false);   // UpdateUserPoolClient has no ClientType
        const int i = m_type->findData(m_client.clientType);
        if (i >= 0)
            m_type->setCurrentIndex(i);
        m_name->setText(m_client.name);
    }
    addButtons(outer);
    resize(700, 740);
}

void PoolClientDialog::retranslate()
{
    if (m_mode == Mode::Create) {
        setWindowTitle(tr("Create application"));
        m_intro->setText(tr("An application signs its users in through this user pool. The type cannot be changed "
                            "later. Leave a setting empty to get the service's default."));
        setSaveText(tr("Create"));
    } else {
        setWindowTitle(tr("Edit application — %1").arg(m_client.name));
        m_intro->setText(tr("Changes apply to the application %1 (%2). Only the fields you change are sent; the "
                            "type cannot be changed.")
                             .arg(m_client.name, m_client.uid));
        setSaveText(tr("Save"));
    }
    m_errors->setLabel(QStringLiteral("Name"), tr("&Name (required):"));
    m_name->setPlaceholderText(tr("e.g. Customer portal web"));
    m_errors->setLabel(QStringLiteral("ClientType"), tr("&Type:"));
    for (int i = 0; i < m_type->count(); ++i)
        m_type->setItemText(i, PoolClientColumns::typeLabel(m_type->itemData(i).toString()));
    m_errors->setLabel(QStringLiteral("Description"), tr("&Description:"));
    m_errors->setLabel(QStringLiteral("LogoUri"), tr("&Logo URL:"));
    m_logo->setPlaceholderText(tr("https://example.com/logo.png"));
    m_errors->setLabel(QStringLiteral("AllowedCallbackUrls"), tr("&Callback URLs:"));
    m_urls.value(QStringLiteral("AllowedCallbackUrls"))
        ->setToolTip(tr("Where the pool may send users back after sign-in. One URL per line; apps may use their own "
                        "scheme (myapp://callback)."));
    m_errors->setLabel(QStringLiteral("AllowedLogoutUrls"), tr("Sign-&out URLs:"));
    m_urls.value(QStringLiteral("AllowedLogoutUrls"))
        ->setToolTip(tr("Where users may be sent after signing out. One URL per line."));
    m_errors->setLabel(QStringLiteral("AllowedWebOrigins"), tr("&Web origins:"));
    m_urls.value(QStringLiteral("AllowedWebOrigins"))
        ->setToolTip(tr("Origins allowed to use silent sign-in from the browser. One per line."));
    m_errors->setLabel(QStringLiteral("AllowedCors"), tr("C&ORS origins:"));
    m_urls.value(QStringLiteral("AllowedCors"))
        ->setToolTip(tr("Origins allowed to call the pool's endpoints from JavaScript. One per line."));
    for (QPlainTextEdit *e : std::as_const(m_urls))
        e->setPlaceholderText(tr("One URL per line"));
    m_errors->setLabel(QStringLiteral("IdToken"), tr("&ID token lifetime:"));
    m_idToken->setSuffix(tr(" s"));
    m_idToken->setSpecialValueText(tr("Service default"));
    m_idToken->setToolTip(tr("How long an ID token is valid, in seconds"));
    m_errors->setLabel(QStringLiteral("RefreshToken"), tr("Refresh tokens:"));
    m_rotation->setText(tr("&Rotate on every use"));
    m_hasIdle->setText(tr("Expire when &idle for"));
    m_idle->setAccessibleName(tr("Idle lifetime in seconds"));
    m_idle->setSuffix(tr(" s"));
    m_hasCombined->setText(tr("E&xpire in any case after"));
    m_combined->setAccessibleName(tr("Absolute lifetime in seconds"));
    m_combined->setSuffix(tr(" s"));
    m_refreshBox->setAccessibleName(tr("Refresh tokens"));
    m_errors->setLabel(QStringLiteral("Options"), tr("Options:"));
    m_switchBox->setAccessibleName(tr("Options"));
    m_switches.value(QStringLiteral("DevelopmentModeEnabled"))->setText(tr("Development mode"));
    m_switches.value(QStringLiteral("DevelopmentModeEnabled"))
        ->setToolTip(tr("Relaxed checks for testing (e.g. http:// callbacks on localhost)."));
    m_switches.value(QStringLiteral("DeviceFlowEnabled"))->setText(tr("Device authorization flow"));
    m_switches.value(QStringLiteral("DeviceFlowEnabled"))
        ->setToolTip(tr("Sign-in on devices without a browser (TVs, command-line tools) with a code."));
    m_switches.value(QStringLiteral("DismissLoginPageEnabled"))->setText(tr("Skip the pool's login page"));
    m_switches.value(QStringLiteral("DismissLoginPageEnabled"))
        ->setToolTip(tr("Go straight to the identity provider instead of showing the pool's login page."));
    m_switches.value(QStringLiteral("SkipConsentEnabled"))->setText(tr("Skip the consent page"));
    m_switches.value(QStringLiteral("SkipConsentEnabled"))
        ->setToolTip(tr("Users are not asked to consent to the scopes this application requests."));
    updateTypeHint();
    updateSaveEnabled();
}

void PoolClientDialog::updateTypeHint()
{
    const QString type = m_type->currentData().toString();
    m_typeHint->setText(PoolClientColumns::typeDescription(type));
    m_type->setToolTip(m_mode == Mode::Edit ? tr("The type cannot be changed after creation.")
                                            : PoolClientColumns::typeDescription(type));
}

QWidget *PoolClientDialog::field(const QString &name) const
{
    return fieldWidget(name);
}

void PoolClientDialog::fetch()
{
    if (!m_service) {
        endLoad(false, ApiError(), QString());
        return;
    }
    m_service->getClient(m_poolUid, m_client.uid, this, [this](const PoolClient &client, const ApiResult &result) {
        if (endLoad(result.ok, result.error, result.requestId))
            load(client);
    });
}

void PoolClientDialog::load(const PoolClient &client)
{
    m_client = client;
    m_client.clientSecret.clear();   // the dialog never holds the secret
    const QSignalBlocker b0(m_name), b1(m_description), b2(m_logo), b3(m_type);
    m_name->setText(client.name);
    m_description->setPlainText(client.description);
    m_logo->setText(client.logoUri);
    const int i = m_type->findData(client.clientType);
    if (i >= 0)
        m_type->setCurrentIndex(i);
    m_urls.value(QStringLiteral("AllowedCallbackUrls"))->setPlainText(client.allowedCallbackUrls.join(QLatin1Char('\n')));
    m_urls.value(QStringLiteral("AllowedLogoutUrls"))->setPlainText(client.allowedLogoutUrls.join(QLatin1Char('\n')));
    m_urls.value(QStringLiteral("AllowedWebOrigins"))->setPlainText(client.allowedWebOrigins.join(QLatin1Char('\n')));
    m_urls.value(QStringLiteral("AllowedCors"))->setPlainText(client.allowedCors.join(QLatin1Char('\n')));
    m_idToken->setValue(client.idTokenLifetimeSeconds.value_or(0));
    const PoolClient::RefreshToken &r = client.refreshToken;
    m_rotation->setChecked(r.rotation.value_or(false));
    m_hasIdle->setChecked(r.hasIdleLifetime.value_or(false));
    m_idle->setValue(r.idleLifetimeSeconds.value_or(0));
    m_hasCombined->setChecked(r.hasCombinedLifetime.value_or(false));
    m_combined->setValue(r.combinedLifetimeSeconds.value_or(0));
    for (auto it = m_switches.cbegin(); it != m_switches.cend(); ++it)
        it.value()->setChecked(client.booleanValue(it.key()).value_or(false));
    m_initial = formClient();
    retranslate();
    updateSaveEnabled();
}

PoolClient PoolClientDialog::formClient() const
{
    PoolClient c = m_client;
    c.clientSecret.clear();
    c.name = m_name->text().trimmed();
    c.description = m_description->toPlainText();
    c.clientType = m_type->currentData().toString();
    c.logoUri = m_logo->text().trimmed();
    c.allowedCallbackUrls = lines(m_urls.value(QStringLiteral("AllowedCallbackUrls")));
    c.allowedLogoutUrls = lines(m_urls.value(QStringLiteral("AllowedLogoutUrls")));
    c.allowedWebOrigins = lines(m_urls.value(QStringLiteral("AllowedWebOrigins")));
    c.allowedCors = lines(m_urls.value(QStringLiteral("AllowedCors")));
    c.idTokenLifetimeSeconds = m_idToken->value() > 0 ? std::optional<int>(m_idToken->value()) : std::nullopt;
    c.refreshToken.rotation = m_rotation->isChecked();
    c.refreshToken.hasIdleLifetime = m_hasIdle->isChecked();
    c.refreshToken.idleLifetimeSeconds =
        m_hasIdle->isChecked() && m_idle->value() > 0 ? std::optional<int>(m_idle->value()) : std::nullopt;
    c.refreshToken.hasCombinedLifetime = m_hasCombined->isChecked();
    c.refreshToken.combinedLifetimeSeconds =
        m_hasCombined->isChecked() && m_combined->value() > 0 ? std::optional<int>(m_combined->value()) : std::nullopt;
    c.developmentModeEnabled = m_switches.value(QStringLiteral("DevelopmentModeEnabled"))->isChecked();
    c.deviceFlowEnabled = m_switches.value(QStringLiteral("DeviceFlowEnabled"))->isChecked();
    c.dismissLoginPageEnabled = m_switches.value(QStringLiteral("DismissLoginPageEnabled"))->isChecked();
    c.skipConsentEnabled = m_switches.value(QStringLiteral("SkipConsentEnabled"))->isChecked();
    return c;
}

PoolClientChanges PoolClientDialog::changes() const
{
    if (!isLoaded())
        return {};
    PoolClientChanges c = PoolClientChanges::between(m_initial, formClient());
    if (m_mode == Mode::Create) {
        // What CreateUserPoolClient already carried is not sent again.
        c.name.reset();
        c.description.reset();
        c.logoUri.reset();
        c.allowedCallbackUrls.reset();
        c.booleans.clear();
    }
    return c;
}

PoolClientDraft PoolClientDialog::draft() const
{
    const PoolClient f = formClient();
    PoolClientDraft d;
    d.name = f.name;
    d.clientType = f.clientType;
    d.description = f.description;
    d.logoUri = f.logoUri;
    d.allowedCallbackUrls = f.allowedCallbackUrls;
    // Only the switches the admin turned on or off: the others keep the service's default for the type.
    for (auto it = m_switches.cbegin(); it != m_switches.cend(); ++it) {
        if (f.booleanValue(it.key()) != m_initial.booleanValue(it.key()))
            d.booleans.insert(it.key(), it.value()->isChecked());
    }
    return d;
}

bool PoolClientDialog::canSave(QString *why) const
{
    if (m_mode == Mode::Create) {
        *why = tr("Enter a name first.");
        return !m_name->text().trimmed().isEmpty();
    }
    *why = tr("Nothing has changed.");
    return !changes().isEmpty();
}

void PoolClientDialog::busyChanged(bool busy)
{
    m_idle->setEnabled(!busy && m_hasIdle->isChecked());
    m_combined->setEnabled(!busy && m_hasCombined->isChecked());
    if (m_mode == Mode::Edit)
        m_type->setEnabled(false);
}

QList<PoolDirectoryService::FieldProblem> PoolClientDialog::localProblems() const
{
    QList<PoolDirectoryService::FieldProblem> out;
    if (m_hasIdle->isChecked() && m_idle->value() <= 0)
        out.append({QStringLiteral("RefreshToken"), tr("Enter how many seconds of idleness end a refresh token.")});
    if (m_hasCombined->isChecked() && m_combined->value() <= 0)
        out.append({QStringLiteral("RefreshToken"), tr("Enter after how many seconds a refresh token ends.")});
    return out;
}

void PoolClientDialog::showApiError(const ApiResult &result, const QString &prefix)
{
    showWriteError(result.error,
                   m_mode == Mode::Create && prefix.isEmpty()
                       ? tr("The server did not confirm the request: the application may have been created anyway. "
                            "Refresh the list before trying again.")
                       : tr("The server did not confirm the request: the change may have been applied anyway."),
                   prefix);
}

bool PoolClientDialog::submit()
{
    if (isBusy() || !isLoaded())
        return false;
    clearErrors();
    if (!m_service) {
        showApiError(ApiResult{});
        return false;
    }
    if (m_mode == Mode::Create) {
        const PoolClientDraft d = draft();
        auto problems = PoolDirectoryService::validateClientDraft(d);
        const PoolClientChanges more = changes();
        if (!more.isEmpty())
            problems += PoolDirectoryService::validateClientChanges(more);
        problems += localProblems();
        if (!problems.isEmpty()) {
            showProblems(problems);
            return false;
        }
        setBusy(true, tr("Creating the application…"));
        m_service->createClient(m_poolUid, d, this,
                                [this](const PoolClient &c, const ApiResult &r) { finishCreate(c, r); });
        return true;
    }
    const PoolClientChanges c = changes();
    if (c.isEmpty())
        return false;
    auto problems = PoolDirectoryService::validateClientChanges(c) + localProblems();
    if (!problems.isEmpty()) {
        showProblems(problems);
        return false;
    }
    setBusy(true, tr("Saving…"));
    m_service->updateClient(m_poolUid, m_client.uid, c, this,
                            [this](const PoolClient &saved, const ApiResult &r) { finish(saved, r); });
    return true;
}

void PoolClientDialog::finishCreate(const PoolClient &created, const ApiResult &result)
{
    if (!result.requestId.isEmpty())
        emit requestIdSeen(result.requestId);
    if (!result.ok) {
        setBusy(false);
        showApiError(result);
        return;
    }
    const PoolClientChanges more = changes();
    if (more.isEmpty() || !created.isValid()) {
        finish(created, result);
        return;
    }
    // The settings CreateUserPoolClient does not take, sent once on the new application. If this fails the
    // application exists: the dialog becomes an edit of it (nothing is created twice).
    setBusy(true, tr("Saving the remaining settings…"));
    m_service->updateClient(m_poolUid, created.uid, more, this,
                            [this, created, result](const PoolClient &saved, const ApiResult &r) {
                                if (!r.requestId.isEmpty())
                                    emit requestIdSeen(r.requestId);
                                if (r.ok) {
                                    finish(saved.isValid() ? saved : created, r);
                                    return;
                                }
                                PoolClient shown = created;
                                shown.clientSecret.clear();
                                emit clientSaved(shown, result);   // the list shows the new application
                                m_mode = Mode::Edit;
                                m_client = shown;
                                m_initial = shown;   // what the cloud holds: the rest now counts as a change
                                m_initial.refreshToken = PoolClient::RefreshToken();
                                setBusy(false);
                                retranslate();
                                showApiError(r, tr("The application %1 was created, but its URLs and token settings "
                                                   "were not saved. Save again to retry them.")
                                                    .arg(created.name));
                            });
}

void PoolClientDialog::finish(const PoolClient &saved, const ApiResult &result)
{
    if (!result.requestId.isEmpty())
        emit requestIdSeen(result.requestId);
    setBusy(false);
    if (!result.ok) {
        showApiError(result);
        return;
    }
    PoolClient out = saved.isValid() ? saved : formClient();
    out.clientSecret.clear();
    m_client = out;
    emit clientSaved(out, result);
    accept();
}
