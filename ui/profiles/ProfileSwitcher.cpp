// SPDX-License-Identifier: GPL-3.0-or-later
#include "profiles/ProfileSwitcher.h"

#include "profiles/CredentialPromptDialog.h"
#include "credentials/CredentialStore.h"
#include "credentials/MemoryCredentialStore.h"
#include "profiles/ProfileManagerDialog.h"
#include "credentials/ProfileStore.h"
#include "widgets/Prompter.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>
#include <QToolButton>

namespace {
constexpr int NameRole = Qt::UserRole;
constexpr int TransientRole = Qt::UserRole + 1;
} // namespace

ProfileSwitcher::ProfileSwitcher(ProfileStore *profiles, CredentialStore *credentials, QWidget *parent)
    : QWidget(parent), m_profiles(profiles), m_credentials(credentials),
      m_sessionStore(new MemoryCredentialStore(this))
{
    setObjectName(QStringLiteral("ProfileSwitcher"));
    qRegisterMetaType<Profile>();
    qRegisterMetaType<Credentials>();
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    m_label = new QLabel(this);
    m_combo = new QComboBox(this);
    m_combo->setObjectName(QStringLiteral("profileCombo"));
    m_combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_combo->setMinimumContentsLength(16);
    m_label->setBuddy(m_combo);
    m_status = new QToolButton(this);
    m_status->setObjectName(QStringLiteral("credentialStatusButton"));
    m_status->setAutoRaise(true);
    m_status->setIcon(style()->standardIcon(QStyle::SP_MessageBoxWarning));
    m_status->setVisible(false);
    m_manage = new QToolButton(this);
    m_manage->setObjectName(QStringLiteral("manageProfilesButton"));
    m_manage->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_manage->setAutoRaise(true);
    layout->addWidget(m_label);
    layout->addWidget(m_combo);
    layout->addWidget(m_status);
    layout->addWidget(m_manage);

    connect(m_combo, qOverload<int>(&QComboBox::activated), this, [this](int index) {
        activate(m_combo->itemData(index, NameRole).toString(), true);
    });
    connect(m_status, &QToolButton::clicked, this, &ProfileSwitcher::promptForSecret);
    connect(m_manage, &QToolButton::clicked, this, &ProfileSwitcher::openManager);
    if (m_profiles) {
        connect(m_profiles, &ProfileStore::profileSaved, this, &ProfileSwitcher::onProfileSaved);
        connect(m_profiles, &ProfileStore::profileRemoved, this, &ProfileSwitcher::onProfileRemoved);
    }
    retranslate();
    reloadCombo({});
}

ProfileSwitcher::~ProfileSwitcher()
{
    m_sessionStore->clear();
}

void ProfileSwitcher::retranslate()
{
    m_label->setText(tr("&Profile:"));
    m_manage->setText(tr("Manage Profiles…"));
    m_manage->setToolTip(tr("Add, edit, test and delete connection profiles"));
    m_combo->setToolTip(tr("The connection profile the console works with"));
    // The warning button shows only an icon; its tooltip (the state) is the description.
    m_status->setAccessibleName(tr("Secret key problem"));
    m_combo->setPlaceholderText(tr("No profiles"));
    for (int i = 0; i < m_combo->count(); ++i) {
        if (m_combo->itemData(i, TransientRole).toBool())
            m_combo->setItemText(i, tr("%1 (this session)").arg(m_combo->itemData(i, NameRole).toString()));
    }
    switch (m_state) {
    case State::NoSecret:
        m_status->setToolTip(tr("No secret key is saved for this profile yet. Click to enter it."));
        break;
    case State::Unavailable:
        m_status->setToolTip(tr("The system keychain is unavailable. Click for details and to use the key for this session only."));
        break;
    case State::Error:
        m_status->setToolTip(tr("The secret key cannot be read. Click for details."));
        break;
    case State::Rejected:
        m_status->setToolTip(tr("The service rejected the secret key (wrong or expired). Click to enter the current key."));
        break;
    default:
        break;
    }
}

void ProfileSwitcher::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void ProfileSwitcher::reloadCombo(const QString &select)
{
    m_reloading = true;
    const QSignalBlocker blocker(m_combo);
    m_combo->clear();
    if (m_profiles) {
        for (const Profile &p : m_profiles->profiles()) {
            if (m_transient.contains(p.name))
                continue;
            m_combo->addItem(p.name);
            const int i = m_combo->count() - 1;
            m_combo->setItemData(i, p.name, NameRole);
            m_combo->setItemData(i, false, TransientRole);
            m_combo->setItemData(i, QStringLiteral("%1 · %2").arg(Profile::providerDisplayName(p.provider),
                                                                  p.region.isEmpty() ? tr("default region") : p.region),
                                 Qt::ToolTipRole);
        }
    }
    for (const Profile &p : std::as_const(m_transient)) {
        m_combo->addItem(tr("%1 (this session)").arg(p.name));
        const int i = m_combo->count() - 1;
        m_combo->setItemData(i, p.name, NameRole);
        m_combo->setItemData(i, true, TransientRole);
        m_combo->setItemData(i, tr("Session only: not saved, the key is held in memory"), Qt::ToolTipRole);
    }
    int index = -1;
    for (int i = 0; i < m_combo->count(); ++i) {
        if (m_combo->itemData(i, NameRole).toString() == select)
            index = i;
    }
    m_combo->setCurrentIndex(index);
    m_reloading = false;
}

ProfileManagerDialog *ProfileSwitcher::managerDialog() const
{
    return m_manager;
}

CredentialPromptDialog *ProfileSwitcher::promptDialog() const
{
    return m_prompt;
}

QStringList ProfileSwitcher::profileNames() const
{
    QStringList names;
    for (int i = 0; i < m_combo->count(); ++i)
        names << m_combo->itemData(i, NameRole).toString();
    return names;
}

QString ProfileSwitcher::currentProfileName() const
{
    return m_current;
}

std::optional<Profile> ProfileSwitcher::currentProfile() const
{
    if (m_current.isEmpty())
        return std::nullopt;
    if (m_transient.contains(m_current))
        return m_transient.value(m_current);
    return m_profiles ? m_profiles->profile(m_current) : std::nullopt;
}

void ProfileSwitcher::setState(State state, const QString &message)
{
    m_state = state;
    m_stateMessage = message;
    const bool problem = state == State::NoSecret || state == State::Unavailable || state == State::Error
                         || state == State::Rejected;
    m_status->setVisible(problem);
    if (problem)
        m_status->setIcon(style()->standardIcon(state == State::NoSecret ? QStyle::SP_MessageBoxInformation
                                                                         : QStyle::SP_MessageBoxWarning));
    retranslate();
    if (problem && !message.isEmpty())
        m_status->setToolTip(m_status->toolTip() + QStringLiteral("\n\n") + message);
}

void ProfileSwitcher::selectProfile(const QString &name)
{
    activate(name, false);
}

void ProfileSwitcher::restoreLastUsed()
{
    QString name = m_profiles ? m_profiles->lastUsed() : QString();
    if (name.isEmpty() && m_combo->count() > 0)
        name = m_combo->itemData(0, NameRole).toString();
    activate(name, false);
}

void ProfileSwitcher::activate(const QString &name, bool interactive)
{
    ++m_serial;
    if (m_prompt)
        m_prompt->reject();
    std::optional<Profile> p;
    if (m_transient.contains(name))
        p = m_transient.value(name);
    else if (m_profiles && !name.isEmpty())
        p = m_profiles->profile(name);
    if (!p) {
        const bool had = !m_current.isEmpty();
        m_current.clear();
        reloadCombo({});
        setState(State::NoProfile);
        if (had || name.isEmpty())
            emit sessionCleared();
        if (!name.isEmpty())
            emit credentialProblem(name, tr("There is no profile named “%1”.").arg(name));
        return;
    }
    m_current = p->name;
    reloadCombo(p->name);
    setState(State::Loading);
    const quint64 serial = m_serial;
    // Secrets held for this session win (transient profiles, "use for this session only"); profiles that cannot
    // be in the keychain are answered by the session store too (NotFound), asynchronously like the keychain.
    if (m_sessionStore->contains(p->name) || p->transient || !m_credentials) {
        m_sessionStore->read(p->name, this, [this, profile = *p, interactive, serial](const CredentialResult &r) {
            onSecret(profile, r, interactive, serial);
        });
        return;
    }
    m_credentials->read(p->name, this, [this, profile = *p, interactive, serial](const CredentialResult &r) {
        onSecret(profile, r, interactive, serial);
    });
}

void ProfileSwitcher::onSecret(const Profile &profile, const CredentialResult &result, bool interactive, quint64 serial)
{
    if (serial != m_serial || profile.name != m_current)
        return; // the person switched again meanwhile
    if (result.ok()) {
        emitSession(profile, result.secretKey, result.sessionToken);
        return;
    }
    m_lastProblem = result;
    m_lastProblem.secretKey.clear();
    QString message;
    State state = State::Error;
    switch (result.status) {
    case CredentialResult::Status::NotFound:
        state = State::NoSecret;
        message = tr("No secret key is saved for profile “%1” yet. Enter it to connect.").arg(profile.name);
        break;
    case CredentialResult::Status::Unavailable:
        state = State::Unavailable;
        message = tr("The system keychain is unavailable: %1\n%2").arg(result.message, result.hint);
        break;
    default:
        message = result.fullMessage();
        break;
    }
    setState(state, message);
    emit credentialProblem(profile.name, message);
    if (interactive)
        openPrompt(profile, int(CredentialPromptDialog::reasonFor(result)), result.message, result.hint);
}

void ProfileSwitcher::emitSession(const Profile &profile, const QString &secret, const QString &token)
{
    Credentials c;
    c.accessKeyId = profile.accessKeyId;
    c.secret = secret;
    c.sessionToken = token;
    setState(State::Ready);
    if (m_profiles && !profile.transient && m_profiles->contains(profile.name))
        m_profiles->setLastUsed(profile.name);
    emit sessionRequested(profile, c);
}

void ProfileSwitcher::promptForSecret()
{
    const std::optional<Profile> p = currentProfile();
    if (!p)
        return;
    if (m_state == State::Rejected) {
        openPrompt(*p, int(CredentialPromptDialog::Reason::Rejected), m_stateMessage, {});
        return;
    }
    if (m_state == State::Ready || m_state == State::Loading || m_lastProblem.ok()) {
        openPrompt(*p, int(CredentialPromptDialog::Reason::NoSecret), {}, {});
        return;
    }
    openPrompt(*p, int(CredentialPromptDialog::reasonFor(m_lastProblem)), m_lastProblem.message, m_lastProblem.hint);
}

void ProfileSwitcher::reportCredentialRejected(const QString &profileName, const QString &message)
{
    if (profileName.isEmpty() || profileName != m_current)
        return;
    setState(State::Rejected, message);
}

void ProfileSwitcher::retry()
{
    if (!m_current.isEmpty())
        activate(m_current, false);
}

void ProfileSwitcher::openPrompt(const Profile &profile, int reasonValue, const QString &message, const QString &hint)
{
    if (m_prompt)
        m_prompt->reject();
    auto reason = CredentialPromptDialog::Reason(reasonValue);
    QString shownHint = hint;
    if (profile.transient || !m_credentials) { // nothing to save into: offer this session only
        reason = CredentialPromptDialog::Reason::Unavailable;
        if (shownHint.isEmpty())
            shownHint = tr("This profile is not saved, so its key is kept for this session only.");
    }
    auto *dialog = new CredentialPromptDialog(profile, reason, message, shownHint, window());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_prompt = dialog;
    const quint64 serial = m_serial;
    connect(dialog, &QDialog::finished, this, [this, dialog, profile, serial](int code) {
        if (serial != m_serial || profile.name != m_current)
            return;
        if (code == CredentialPromptDialog::Retry) {
            activate(profile.name, true);
            return;
        }
        if (code != QDialog::Accepted)
            return; // stays in the problem state; the status button can ask again
        const QString secret = dialog->secretKey();
        const QString token = dialog->sessionToken();
        if (!dialog->saveToKeychain() || !m_credentials || profile.transient) {
            m_sessionStore->insert(profile.name, secret, token);
            emitSession(profile, secret, token);
            return;
        }
        m_sessionStore->take(profile.name); // the keychain gets the newer key
        setState(State::Loading);
        m_credentials->write(profile.name, secret, token, this,
                             [this, profile, secret, token, serial](const CredentialResult &r) {
                                 if (serial != m_serial || profile.name != m_current)
                                     return;
                                 if (!r.ok()) {
                                     // Not saved: still connect, for this session only, and say so.
                                     m_sessionStore->insert(profile.name, secret, token);
                                     Prompter::instance()->warn(
                                         window(), tr("Keychain Unavailable"),
                                         tr("The secret key could not be saved in the system keychain:\n%1\n\n"
                                            "It is used for this session only.")
                                             .arg(r.message));
                                 }
                                 emitSession(profile, secret, token);
                             });
    });
    dialog->open();
}

void ProfileSwitcher::addTransientProfile(const Profile &profile, const Credentials &credentials)
{
    Profile p = profile;
    p.transient = true;
    if (p.accessKeyId.isEmpty())
        p.accessKeyId = credentials.accessKeyId;
    m_transient.insert(p.name, p);
    m_sessionStore->insert(p.name, credentials.secret, credentials.sessionToken);
    reloadCombo(m_current);
}

void ProfileSwitcher::removeTransientProfile(const QString &name)
{
    if (!m_transient.remove(name))
        return;
    m_sessionStore->take(name);
    if (m_current == name)
        activate(QString(), false);
    else
        reloadCombo(m_current);
}

void ProfileSwitcher::openManager()
{
    if (m_manager) {
        m_manager->raise();
        m_manager->activateWindow();
        return;
    }
    auto *dialog = new ProfileManagerDialog(m_profiles, m_credentials, m_sessionStore, window());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (!m_current.isEmpty())
        dialog->selectProfile(m_current);
    connect(dialog, &ProfileManagerDialog::useProfileRequested, this, [this, dialog](const QString &name) {
        activate(name, true);
        dialog->accept();
    });
    m_manager = dialog;
    dialog->open();
}

void ProfileSwitcher::onProfileSaved(const QString &name, const QString &previousName)
{
    const bool currentChanged = !m_current.isEmpty() && (name == m_current || previousName == m_current);
    if (!currentChanged) {
        reloadCombo(m_current);
        if (m_current.isEmpty() && m_combo->count() > 0 && m_state == State::NoProfile) {
            // The very first profile: select it, so the console has something to work with.
            activate(name, false);
        }
        return;
    }
    // The active profile changed (endpoints, region, key, or its name): open a fresh session with it.
    activate(name, false);
}

void ProfileSwitcher::onProfileRemoved(const QString &name)
{
    m_sessionStore->take(name);
    if (name == m_current)
        activate(QString(), false);
    else
        reloadCombo(m_current);
}
