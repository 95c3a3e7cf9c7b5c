// SPDX-License-Identifier: GPL-3.0-or-later
#include "profiles/ProfileEditDialog.h"

#include "credentials/CredentialStore.h"
#include "credentials/MemoryCredentialStore.h"
#include "credentials/ProfileSaveOperation.h"
#include "credentials/ProfileStore.h"
#include "widgets/Prompter.h"
#include "api/ServiceCatalog.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

namespace {
const QStringList kServices = {QStringLiteral("id"), QStringLiteral("cloudidentity"), QStringLiteral("cloudsso")};

// A "show" toggle at the end of a password field.
void addRevealAction(QLineEdit *edit)
{
    const QIcon icon = QIcon::fromTheme(QStringLiteral("view-visible"),
                                        QIcon::fromTheme(QStringLiteral("password-show-on"),
                                                         edit->style()->standardIcon(QStyle::SP_FileDialogContentsView)));
    QAction *reveal = edit->addAction(icon, QLineEdit::TrailingPosition);
    reveal->setCheckable(true);
    reveal->setObjectName(edit->objectName() + QStringLiteral("Reveal"));
    reveal->setToolTip(QCoreApplication::translate("ProfileEditDialog", "Show or hide the text"));
    QObject::connect(reveal, &QAction::toggled, edit, [edit](bool on) {
        edit->setEchoMode(on ? QLineEdit::Normal : QLineEdit::Password);
    });
}
} // namespace

ProfileEditDialog::ProfileEditDialog(ProfileStore *profiles, CredentialStore *credentials,
                                     MemoryCredentialStore *sessionStore, QWidget *parent)
    : QDialog(parent), m_profiles(profiles), m_credentials(credentials), m_sessionStore(sessionStore)
{
    setObjectName(QStringLiteral("ProfileEditDialog"));
    build();
    setAddMode();
}

ProfileEditDialog::~ProfileEditDialog()
{
    // Do not leave typed secrets in freed memory longer than needed.
    m_secret->clear();
    m_sessionToken->clear();
}

void ProfileEditDialog::build()
{
    auto *layout = new QVBoxLayout(this);
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    layout->addWidget(m_intro);

    m_form = new QFormLayout;
    m_form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    auto addRow = [this](const QString &key, QWidget *field) {
        auto *label = new QLabel(this);
        label->setBuddy(field);
        m_labels.insert(key, label);
        m_form->addRow(label, field);
    };

    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("nameEdit"));
    m_name->setMaxLength(64);
    addRow(QStringLiteral("name"), m_name);

    m_provider = new QComboBox(this);
    m_provider->setObjectName(QStringLiteral("providerCombo"));
    m_provider->addItem(QString(), Profile::providerKey(Profile::Provider::Volcengine));
    m_provider->addItem(QString(), Profile::providerKey(Profile::Provider::Aliyun));
    addRow(QStringLiteral("provider"), m_provider);

    m_region = new QComboBox(this);
    m_region->setObjectName(QStringLiteral("regionCombo"));
    m_region->setEditable(true);
    m_region->setInsertPolicy(QComboBox::NoInsert);
    addRow(QStringLiteral("region"), m_region);

    m_accessKeyId = new QLineEdit(this);
    m_accessKeyId->setObjectName(QStringLiteral("accessKeyIdEdit"));
    addRow(QStringLiteral("accessKeyId"), m_accessKeyId);

    auto *secretBox = new QWidget(this);
    auto *secretLayout = new QVBoxLayout(secretBox);
    secretLayout->setContentsMargins(0, 0, 0, 0);
    secretLayout->setSpacing(2);
    m_secret = new QLineEdit(secretBox);
    m_secret->setObjectName(QStringLiteral("secretEdit"));
    m_secret->setEchoMode(QLineEdit::Password);
    m_secret->setAttribute(Qt::WA_InputMethodEnabled, false);
    addRevealAction(m_secret);
    m_secretStatus = new QLabel(secretBox);
    m_secretStatus->setObjectName(QStringLiteral("secretStatusLabel"));
    m_secretStatus->setWordWrap(true);
    m_secretStatus->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont small = m_secretStatus->font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    m_secretStatus->setFont(small);
    secretLayout->addWidget(m_secret);
    secretLayout->addWidget(m_secretStatus);
    secretBox->setFocusProxy(m_secret);   // the label's mnemonic focuses the field
    addRow(QStringLiteral("secret"), secretBox);

    m_sessionToken = new QLineEdit(this);
    m_sessionToken->setObjectName(QStringLiteral("sessionTokenEdit"));
    m_sessionToken->setEchoMode(QLineEdit::Password);
    m_sessionToken->setAttribute(Qt::WA_InputMethodEnabled, false);
    addRevealAction(m_sessionToken);
    addRow(QStringLiteral("sessionToken"), m_sessionToken);

    for (const QString &service : kServices) {
        auto *edit = new QLineEdit(this);
        edit->setObjectName(QStringLiteral("endpointEdit_") + service);
        edit->setClearButtonEnabled(true);
        m_endpoints.insert(service, edit);
        addRow(QStringLiteral("endpoint_") + service, edit);
    }

    m_caRow = new QWidget(this);
    auto *caLayout = new QHBoxLayout(m_caRow);
    caLayout->setContentsMargins(0, 0, 0, 0);
    m_caBundle = new QLineEdit(m_caRow);
    m_caBundle->setObjectName(QStringLiteral("caBundleEdit"));
    m_caBundle->setClearButtonEnabled(true);
    m_caBrowse = new QToolButton(m_caRow);
    m_caBrowse->setObjectName(QStringLiteral("caBundleBrowse"));
    caLayout->addWidget(m_caBundle, 1);
    caLayout->addWidget(m_caBrowse);
    m_caRow->setFocusProxy(m_caBundle);
    addRow(QStringLiteral("caBundle"), m_caRow);

    m_defaultDirectory = new QLineEdit(this);
    m_defaultDirectory->setObjectName(QStringLiteral("defaultDirectoryEdit"));
    addRow(QStringLiteral("defaultDirectory"), m_defaultDirectory);

    layout->addLayout(m_form);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("messageLabel"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->setVisible(false);
    layout->addWidget(m_message);
    layout->addStretch(1);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_buttons->setObjectName(QStringLiteral("buttonBox"));
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ProfileEditDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ProfileEditDialog::reject);

    connect(m_provider, qOverload<int>(&QComboBox::currentIndexChanged), this, &ProfileEditDialog::providerChanged);
    connect(m_region, &QComboBox::currentTextChanged, this, [this] {
        updateEndpointPlaceholders();
        revalidate();
    });
    connect(m_caBrowse, &QToolButton::clicked, this, &ProfileEditDialog::browseCaBundle);
    const QList<QLineEdit *> edits = {m_name, m_accessKeyId, m_secret, m_sessionToken, m_caBundle, m_defaultDirectory};
    for (QLineEdit *e : edits)
        connect(e, &QLineEdit::textChanged, this, &ProfileEditDialog::revalidate);
    for (QLineEdit *e : std::as_const(m_endpoints))
        connect(e, &QLineEdit::textChanged, this, &ProfileEditDialog::revalidate);

    retranslate();
    setMinimumWidth(520);
}

void ProfileEditDialog::retranslate()
{
    switch (m_mode) {
    case Mode::Add:
        setWindowTitle(tr("Add Profile"));
        m_intro->setText(tr("A profile names one account and region. The secret access key is stored in the "
                            "system keychain, never in a file."));
        break;
    case Mode::Edit:
        setWindowTitle(tr("Edit Profile “%1”").arg(m_originalName));
        m_intro->setText(tr("Leave the secret access key empty to keep the one saved in the system keychain."));
        break;
    case Mode::Duplicate:
        setWindowTitle(tr("Duplicate Profile “%1”").arg(m_copyFrom));
        m_intro->setText(tr("Leave the secret access key empty to use the same key as “%1”.").arg(m_copyFrom));
        break;
    }
    m_labels.value(QStringLiteral("name"))->setText(tr("&Name:"));
    m_labels.value(QStringLiteral("provider"))->setText(tr("&Provider:"));
    m_labels.value(QStringLiteral("region"))->setText(tr("&Region:"));
    m_labels.value(QStringLiteral("accessKeyId"))->setText(tr("&Access key ID:"));
    m_labels.value(QStringLiteral("secret"))->setText(tr("&Secret access key:"));
    m_labels.value(QStringLiteral("sessionToken"))->setText(tr("Session &token (STS):"));
    m_labels.value(QStringLiteral("endpoint_id"))->setText(tr("Agent Identity endpoint:"));
    m_labels.value(QStringLiteral("endpoint_cloudidentity"))->setText(tr("Cloud Identity endpoint:"));
    m_labels.value(QStringLiteral("endpoint_cloudsso"))->setText(tr("CloudSSO endpoint:"));
    m_labels.value(QStringLiteral("caBundle"))->setText(tr("Extra &CA bundle:"));
    m_labels.value(QStringLiteral("defaultDirectory"))->setText(tr("Default &directory:"));
    m_provider->setItemText(0, Profile::providerDisplayName(Profile::Provider::Volcengine));
    m_provider->setItemText(1, Profile::providerDisplayName(Profile::Provider::Aliyun));
    m_name->setPlaceholderText(tr("e.g. Production Beijing"));
    m_region->lineEdit()->setPlaceholderText(tr("Choose or type a region id"));
    m_accessKeyId->setPlaceholderText(tr("AccessKey ID"));
    switch (m_mode) {
    case Mode::Add:
        m_secret->setPlaceholderText(tr("Required"));
        break;
    case Mode::Edit:
        m_secret->setPlaceholderText(tr("Unchanged"));
        break;
    case Mode::Duplicate:
        m_secret->setPlaceholderText(tr("Same as “%1”").arg(m_copyFrom));
        break;
    }
    m_sessionToken->setPlaceholderText(tr("Optional, for temporary STS credentials"));
    m_caBundle->setPlaceholderText(tr("Optional PEM file, trusted on top of the system certificates"));
    m_caBrowse->setText(tr("Browse…"));
    // The secret and the CA bundle sit in a row widget (the form label's buddy): they get names of their own.
    m_secret->setAccessibleName(tr("Secret access key"));
    m_caBundle->setAccessibleName(tr("Extra CA bundle"));
    for (QLineEdit *edit : {m_secret, m_sessionToken}) {
        if (QAction *reveal = edit->findChild<QAction *>(edit->objectName() + QStringLiteral("Reveal"))) {
            reveal->setText(tr("Show the text"));
            reveal->setToolTip(tr("Show or hide the text"));
        }
    }
    m_caBrowse->setAccessibleDescription(tr("Choose the PEM file of the extra CA bundle"));
    m_defaultDirectory->setPlaceholderText(tr("Optional, e.g. d-00fc2p61****"));
    m_buttons->button(QDialogButtonBox::Save)->setText(tr("&Save"));
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    updateEndpointPlaceholders();
}

void ProfileEditDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void ProfileEditDialog::setAddMode(Profile::Provider provider)
{
    m_mode = Mode::Add;
    m_originalName.clear();
    m_copyFrom.clear();
    m_base = Profile{};
    m_base.provider = provider;
    m_name->clear();
    m_provider->setCurrentIndex(provider == Profile::Provider::Aliyun ? 1 : 0);
    providerChanged();
    m_region->setCurrentText(ProfileValidator::knownRegions(provider).value(0));
    m_accessKeyId->clear();
    m_secret->clear();
    m_sessionToken->clear();
    for (QLineEdit *e : std::as_const(m_endpoints))
        e->clear();
    m_caBundle->clear();
    m_defaultDirectory->clear();
    m_secretStatus->setVisible(false);
    m_validateLive = false;
    m_message->setVisible(false);
    retranslate();
}

void ProfileEditDialog::setEditMode(const Profile &profile)
{
    m_mode = Mode::Edit;
    m_originalName = profile.name;
    m_copyFrom.clear();
    m_base = profile;
    m_name->setText(profile.name);
    m_provider->setCurrentIndex(profile.provider == Profile::Provider::Aliyun ? 1 : 0);
    providerChanged();
    m_region->setCurrentText(profile.region);
    m_accessKeyId->setText(profile.accessKeyId);
    m_secret->clear();
    m_sessionToken->clear();
    for (auto it = m_endpoints.cbegin(); it != m_endpoints.cend(); ++it)
        it.value()->setText(profile.endpoints.value(it.key()));
    m_caBundle->setText(profile.caBundle);
    m_defaultDirectory->setText(profile.defaultDirectory);
    m_validateLive = true;
    m_message->setVisible(false);
    retranslate();
    loadSecretStatus();
    revalidate();
}

void ProfileEditDialog::setDuplicateMode(const Profile &source)
{
    setEditMode(source);
    m_mode = Mode::Duplicate;
    m_originalName.clear();
    m_copyFrom = source.name;
    m_name->setText(m_profiles ? m_profiles->uniqueName(tr("%1 (copy)").arg(source.name))
                               : tr("%1 (copy)").arg(source.name));
    m_name->selectAll();
    retranslate();
    loadSecretStatus();
    revalidate();
}

void ProfileEditDialog::loadSecretStatus()
{
    const QString name = m_mode == Mode::Duplicate ? m_copyFrom : m_originalName;
    if (name.isEmpty() || !m_credentials) {
        m_secretStatus->setVisible(false);
        return;
    }
    m_secretStatus->setVisible(true);
    if (m_sessionStore && m_sessionStore->contains(name)) {
        m_secretStatus->setText(tr("The secret key is held for this session only."));
        return;
    }
    m_secretStatus->setText(tr("Checking the system keychain…"));
    m_credentials->read(name, this, [this, name](const CredentialResult &r) {
        const QString current = m_mode == Mode::Duplicate ? m_copyFrom : m_originalName;
        if (current != name)
            return;
        switch (r.status) {
        case CredentialResult::Status::Ok:
            m_secretStatus->setText(r.sessionToken.isEmpty()
                                        ? tr("A secret key is saved in the system keychain.")
                                        : tr("A secret key and a session token are saved in the system keychain."));
            break;
        case CredentialResult::Status::NotFound:
            m_secretStatus->setText(tr("No secret key is saved yet: enter one."));
            break;
        case CredentialResult::Status::Unavailable:
            m_secretStatus->setText(tr("The system keychain is unavailable: %1").arg(r.message));
            break;
        case CredentialResult::Status::Error:
            m_secretStatus->setText(r.fullMessage());
            break;
        }
    });
}

void ProfileEditDialog::providerChanged()
{
    const Profile::Provider provider =
        m_provider->currentIndex() == 1 ? Profile::Provider::Aliyun : Profile::Provider::Volcengine;
    const QString currentRegion = m_region->currentText();
    const QStringList regions = ProfileValidator::knownRegions(provider);
    const QSignalBlocker blocker(m_region);
    m_region->clear();
    m_region->addItems(regions);
    // A region of the other provider's list is replaced by this provider's first; a free entry is kept.
    const QStringList other = ProfileValidator::knownRegions(provider == Profile::Provider::Aliyun
                                                                 ? Profile::Provider::Volcengine
                                                                 : Profile::Provider::Aliyun);
    if (currentRegion.isEmpty() || (other.contains(currentRegion) && !regions.contains(currentRegion)))
        m_region->setCurrentText(regions.value(0));
    else
        m_region->setCurrentText(currentRegion);

    Profile probe;
    probe.provider = provider;
    const QStringList services = probe.serviceNames();
    for (auto it = m_endpoints.cbegin(); it != m_endpoints.cend(); ++it)
        m_form->setRowVisible(it.value(), services.contains(it.key()));
    m_form->setRowVisible(m_defaultDirectory, provider == Profile::Provider::Aliyun);
    updateEndpointPlaceholders();
    revalidate();
    adjustSize();
}

void ProfileEditDialog::updateEndpointPlaceholders()
{
    const QString region = m_region->currentText().trimmed();
    for (auto it = m_endpoints.cbegin(); it != m_endpoints.cend(); ++it) {
        const auto service = ServiceCatalog::fromName(it.key());
        if (!service)
            continue;
        const QString url = ServiceCatalog::defaultEndpoint(*service, region.isEmpty()
                                                                         ? ServiceCatalog::defaultRegion(*service)
                                                                         : region)
                                .toString();
        it.value()->setPlaceholderText(tr("Default: %1").arg(url));
    }
}

Profile ProfileEditDialog::profile() const
{
    Profile p = m_base;
    p.transient = false;
    p.name = m_name->text();
    p.provider = m_provider->currentIndex() == 1 ? Profile::Provider::Aliyun : Profile::Provider::Volcengine;
    p.region = m_region->currentText().trimmed();
    p.accessKeyId = m_accessKeyId->text().trimmed();
    p.endpoints.clear();
    const QStringList services = p.serviceNames();
    for (auto it = m_endpoints.cbegin(); it != m_endpoints.cend(); ++it) {
        const QString v = it.value()->text().trimmed();
        if (!v.isEmpty() && services.contains(it.key()))
            p.endpoints.insert(it.key(), v);
    }
    p.caBundle = m_caBundle->text().trimmed();
    p.defaultDirectory = p.provider == Profile::Provider::Aliyun ? m_defaultDirectory->text().trimmed() : QString();
    return p;
}

QList<ProfileValidator::Issue> ProfileEditDialog::issues() const
{
    const Profile p = profile();
    const QStringList existing = m_profiles ? m_profiles->names() : QStringList();
    const QString secret = m_secret->text();
    const bool needSecret = m_mode == Mode::Add || !secret.isEmpty();
    QList<ProfileValidator::Issue> list =
        ProfileValidator::validate(p, existing, m_originalName, needSecret ? &secret : nullptr);
    if (!m_sessionToken->text().isEmpty() && secret.isEmpty())
        list << ProfileValidator::Issue{ProfileValidator::Field::SecretKey, {},
                                        tr("Enter the secret access key together with the session token.")};
    return list;
}

QString ProfileEditDialog::messageText() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

bool ProfileEditDialog::isSaving() const
{
    return m_save && m_save->isRunning();
}

void ProfileEditDialog::showIssues(const QList<ProfileValidator::Issue> &list)
{
    if (list.isEmpty()) {
        m_message->setVisible(false);
        m_message->clear();
        return;
    }
    QStringList lines;
    for (const auto &issue : list)
        lines << issue.message.toHtmlEscaped();
    m_message->setText(QStringLiteral("<span style=\"color:#b3261e\">%1</span>")
                           .arg(lines.join(QStringLiteral("<br>"))));
    m_message->setVisible(true);
}

void ProfileEditDialog::revalidate()
{
    if (!m_validateLive || isSaving())
        return;
    showIssues(issues());
}

void ProfileEditDialog::setBusy(bool busy, const QString &text)
{
    for (QWidget *w : {static_cast<QWidget *>(m_name), static_cast<QWidget *>(m_provider),
                       static_cast<QWidget *>(m_region), static_cast<QWidget *>(m_accessKeyId),
                       static_cast<QWidget *>(m_secret), static_cast<QWidget *>(m_sessionToken), m_caRow,
                       static_cast<QWidget *>(m_defaultDirectory)})
        w->setEnabled(!busy);
    for (QLineEdit *e : std::as_const(m_endpoints))
        e->setEnabled(!busy);
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(!busy);
    if (busy) {
        m_message->setText(text);
        m_message->setVisible(true);
    }
}

void ProfileEditDialog::accept()
{
    if (isSaving())
        return;
    m_validateLive = true;
    const QList<ProfileValidator::Issue> list = issues();
    showIssues(list);
    if (!list.isEmpty()) {
        // Focus the first field with a problem.
        switch (list.first().field) {
        case ProfileValidator::Field::Name: m_name->setFocus(); break;
        case ProfileValidator::Field::Region: m_region->setFocus(); break;
        case ProfileValidator::Field::AccessKeyId: m_accessKeyId->setFocus(); break;
        case ProfileValidator::Field::SecretKey: m_secret->setFocus(); break;
        case ProfileValidator::Field::Endpoint:
            if (QLineEdit *e = m_endpoints.value(list.first().service))
                e->setFocus();
            break;
        case ProfileValidator::Field::CaBundle: m_caBundle->setFocus(); break;
        case ProfileValidator::Field::DefaultDirectory: m_defaultDirectory->setFocus(); break;
        }
        return;
    }
    startSave(false);
}

void ProfileEditDialog::startSave(bool skipStore)
{
    Profile p = profile();
    ProfileValidator::normalize(&p);
    if (m_save)
        m_save->deleteLater();
    m_save = new ProfileSaveOperation(m_profiles, m_credentials, this);
    m_sessionOnly = skipStore;
    const QString secret = m_secret->text();
    if (!secret.isEmpty())
        m_save->setNewSecret(secret, m_sessionToken->text());
    if (m_mode == Mode::Duplicate)
        m_save->setCopySecretFrom(m_copyFrom);
    m_save->setSkipCredentialStore(skipStore);
    connect(m_save, &ProfileSaveOperation::finished, this, &ProfileEditDialog::onSaveFinished);
    setBusy(true, skipStore ? tr("Saving…") : tr("Saving; the system keychain may ask you to unlock it…"));
    m_save->start(p, m_mode == Mode::Edit ? m_originalName : QString());
}

void ProfileEditDialog::onSaveFinished(bool ok, const QString &error, const CredentialResult &secretResult,
                                       const QString &warning)
{
    setBusy(false);
    const Profile p = [this] {
        Profile x = profile();
        ProfileValidator::normalize(&x);
        return x;
    }();
    if (ok) {
        const QString previous = m_mode == Mode::Edit && m_originalName != p.name ? m_originalName : QString();
        if (m_sessionStore) {
            if (m_sessionOnly && !m_secret->text().isEmpty()) {
                m_sessionStore->insert(p.name, m_secret->text(), m_sessionToken->text());
            } else if (m_sessionOnly && m_mode == Mode::Duplicate) {
                if (const auto source = m_sessionStore->peek(m_copyFrom))
                    m_sessionStore->insert(p.name, source->secretKey, source->sessionToken);
            } else if (!m_sessionOnly && !m_secret->text().isEmpty()) {
                m_sessionStore->take(p.name); // the keychain has the newer key now
            }
            if (!previous.isEmpty() && m_sessionStore->contains(previous)) {
                const auto held = m_sessionStore->peek(previous);
                m_sessionStore->take(previous);
                if (held && !m_sessionStore->contains(p.name))
                    m_sessionStore->insert(p.name, held->secretKey, held->sessionToken);
            }
        }
        if (!warning.isEmpty())
            Prompter::instance()->warn(this, tr("Profile Saved"), warning);
        m_secret->clear();
        m_sessionToken->clear();
        emit profileSaved(p.name, previous);
        if (m_sessionOnly)
            emit sessionOnlySecret(p.name);
        QDialog::accept();
        return;
    }
    if (secretResult.status == CredentialResult::Status::Unavailable && m_sessionStore) {
        const bool typed = !m_secret->text().isEmpty();
        const QString question =
            typed ? tr("The secret key cannot be stored because the system keychain is unavailable:\n%1\n\n%2\n\n"
                       "Save the profile without its secret key and use the key for this session only? It is kept "
                       "in memory until you quit; nothing is written in plain text.")
                        .arg(secretResult.message, secretResult.hint)
                  : tr("The saved secret key cannot be carried over because the system keychain is unavailable:\n"
                       "%1\n\n%2\n\nSave the profile anyway? You will be asked for its secret key when you use it.")
                        .arg(secretResult.message, secretResult.hint);
        if (Prompter::instance()->confirm(this, tr("Keychain Unavailable"), question,
                                          typed ? tr("Save for This Session Only") : tr("Save Anyway"))) {
            startSave(true);
            return;
        }
    }
    showIssues({ProfileValidator::Issue{ProfileValidator::Field::SecretKey, {},
                                        secretResult.hint.isEmpty() ? error : error + QLatin1Char('\n') + secretResult.hint}});
}

void ProfileEditDialog::browseCaBundle()
{
    const QString file = QFileDialog::getOpenFileName(this, tr("Choose a CA Bundle"), m_caBundle->text(),
                                                      tr("PEM certificates (*.pem *.crt *.cer);;All files (*)"));
    if (!file.isEmpty())
        m_caBundle->setText(file);
}
