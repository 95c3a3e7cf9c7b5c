// SPDX-License-Identifier: GPL-3.0-or-later
#include "profiles/CredentialPromptDialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

CredentialPromptDialog::Reason CredentialPromptDialog::reasonFor(const CredentialResult &problem)
{
    switch (problem.status) {
    case CredentialResult::Status::NotFound:
        return Reason::NoSecret;
    case CredentialResult::Status::Unavailable:
        return Reason::Unavailable;
    case CredentialResult::Status::Ok:
    case CredentialResult::Status::Error:
        break;
    }
    return Reason::Unreadable;
}

CredentialPromptDialog::CredentialPromptDialog(const Profile &profile, Reason reason, const QString &message,
                                               const QString &hint, QWidget *parent)
    : QDialog(parent), m_profile(profile), m_reason(reason), m_message(message), m_hint(hint)
{
    setObjectName(QStringLiteral("CredentialPromptDialog"));
    auto *layout = new QVBoxLayout(this);

    auto *header = new QHBoxLayout;
    m_icon = new QLabel(this);
    const bool unavailable = reason == Reason::Unavailable;
    m_icon->setPixmap(style()->standardIcon(reason == Reason::NoSecret ? QStyle::SP_MessageBoxInformation
                                                                        : QStyle::SP_MessageBoxWarning)
                          .pixmap(32, 32));
    m_icon->setAlignment(Qt::AlignTop);
    header->addWidget(m_icon);
    auto *texts = new QVBoxLayout;
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("titleLabel"));
    m_title->setWordWrap(true);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_details = new QLabel(this);
    m_details->setObjectName(QStringLiteral("detailsLabel"));
    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    texts->addWidget(m_title);
    texts->addWidget(m_details);
    header->addLayout(texts, 1);
    layout->addLayout(header);

    auto *form = new QFormLayout;
    m_secret = new QLineEdit(this);
    m_secret->setObjectName(QStringLiteral("secretEdit"));
    m_secret->setEchoMode(QLineEdit::Password);
    m_secret->setAttribute(Qt::WA_InputMethodEnabled, false);
    m_token = new QLineEdit(this);
    m_token->setObjectName(QStringLiteral("sessionTokenEdit"));
    m_token->setEchoMode(QLineEdit::Password);
    m_token->setAttribute(Qt::WA_InputMethodEnabled, false);
    m_secretLabel = new QLabel(this);
    m_secretLabel->setBuddy(m_secret);
    m_tokenLabel = new QLabel(this);
    m_tokenLabel->setBuddy(m_token);
    form->addRow(m_secretLabel, m_secret);
    form->addRow(m_tokenLabel, m_token);
    layout->addLayout(form);

    m_save = new QCheckBox(this);
    m_save->setObjectName(QStringLiteral("saveToKeychainCheck"));
    m_save->setChecked(!unavailable);
    m_save->setEnabled(!unavailable);
    m_save->setVisible(!unavailable);
    layout->addWidget(m_save);
    m_sessionOnly = new QLabel(this);
    m_sessionOnly->setObjectName(QStringLiteral("sessionOnlyLabel"));
    m_sessionOnly->setWordWrap(true);
    m_sessionOnly->setVisible(unavailable);
    layout->addWidget(m_sessionOnly);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->setObjectName(QStringLiteral("buttonBox"));
    if (unavailable) {
        m_retry = m_buttons->addButton(QString(), QDialogButtonBox::ResetRole);
        m_retry->setObjectName(QStringLiteral("retryButton"));
        connect(m_retry, &QPushButton::clicked, this, [this] { done(Retry); });
    }
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(m_buttons);
    connect(m_secret, &QLineEdit::textChanged, this, &CredentialPromptDialog::updateOk);
    retranslate();
    updateOk();
    setMinimumWidth(480);
}

CredentialPromptDialog::~CredentialPromptDialog()
{
    m_secret->clear();
    m_token->clear();
}

QString CredentialPromptDialog::secretKey() const
{
    return m_secret->text();
}

QString CredentialPromptDialog::sessionToken() const
{
    return m_token->text();
}

bool CredentialPromptDialog::saveToKeychain() const
{
    return m_save->isEnabled() && m_save->isChecked();
}

void CredentialPromptDialog::updateOk()
{
    const QString s = m_secret->text();
    bool ok = !s.isEmpty();
    for (const QChar c : s)
        ok = ok && !c.isSpace();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(ok);
}

void CredentialPromptDialog::retranslate()
{
    setWindowTitle(tr("Secret Key for “%1”").arg(m_profile.name));
    switch (m_reason) {
    case Reason::NoSecret:
        m_title->setText(tr("No secret key is saved for profile “%1” yet.").arg(m_profile.name));
        m_details->setText(tr("Enter the secret access key that belongs to access key ID %1.").arg(m_profile.accessKeyId));
        break;
    case Reason::Unavailable:
        m_title->setText(tr("The system keychain is unavailable, so the secret key of “%1” cannot be read.")
                             .arg(m_profile.name));
        m_details->setText(m_hint.isEmpty() ? tr("The keychain said: %1").arg(m_message)
                                            : tr("The keychain said: %1\n\n%2").arg(m_message, m_hint));
        break;
    case Reason::Rejected:
        m_title->setText(tr("The service rejected the secret key of “%1”: it is wrong or has expired.").arg(m_profile.name));
        m_details->setText(tr("%1\n\nEnter the current secret access key for access key ID %2.")
                               .arg(m_message, m_profile.accessKeyId));
        break;
    case Reason::Unreadable:
        m_title->setText(tr("The secret key of “%1” cannot be read.").arg(m_profile.name));
        m_details->setText(m_hint.isEmpty() ? m_message : m_message + QLatin1Char('\n') + m_hint);
        break;
    }
    m_secretLabel->setText(tr("&Secret access key:"));
    m_tokenLabel->setText(tr("Session &token (optional):"));
    m_save->setText(tr("Save in the system &keychain"));
    m_sessionOnly->setText(tr("The key will be kept in memory for this session only. It is never written to disk; "
                              "you will be asked again after a restart."));
    m_buttons->button(QDialogButtonBox::Ok)->setText(m_save->isEnabled() ? tr("&Use") : tr("&Use for This Session Only"));
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    if (m_retry)
        m_retry->setText(tr("&Retry Keychain"));
}

void CredentialPromptDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        // The button box re-labels its standard buttons after this (children get the event after their
        // parent), turning "Use" back into "OK": label them again once it has.
        QMetaObject::invokeMethod(this, &CredentialPromptDialog::retranslate, Qt::QueuedConnection);
    }
    QDialog::changeEvent(event);
}
