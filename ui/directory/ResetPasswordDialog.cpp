// SPDX-License-Identifier: GPL-3.0-or-later
#include "directory/ResetPasswordDialog.h"

#include "directory/DirectoryPane.h"
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace {
// Overwrites a string's characters before releasing it when this is the only reference (best effort: a
// shared buffer is left to its other owners, which are cleared the same way).
void scrub(QString &s)
{
    if (s.isDetached())
        s.fill(QLatin1Char('\0'));
    s.clear();
}
}

ResetPasswordDialog::ResetPasswordDialog(DirectoryBackend *backend, const DirectoryUser &user, QWidget *parent)
    : QDialog(parent), m_backend(backend), m_user(user)
{
    setObjectName(QStringLiteral("resetPasswordDialog"));
    setMinimumWidth(440);
    auto *layout = new QVBoxLayout(this);
    m_pages = new QStackedWidget(this);
    layout->addWidget(m_pages);

    auto *form = new QWidget(m_pages);
    auto *fl = new QVBoxLayout(form);
    fl->setContentsMargins(0, 0, 0, 0);
    m_intro = new QLabel(form);
    m_intro->setWordWrap(true);
    fl->addWidget(m_intro);
    m_generate = new QRadioButton(form);
    m_generate->setObjectName(QStringLiteral("generateRadio"));
    m_type = new QRadioButton(form);
    m_type->setObjectName(QStringLiteral("typeRadio"));
    m_generate->setChecked(true);
    fl->addWidget(m_generate);
    fl->addWidget(m_type);
    auto *pw = new QFormLayout;
    m_password = new QLineEdit(form);
    m_password->setObjectName(QStringLiteral("passwordEdit"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setMaxLength(64);
    m_confirm = new QLineEdit(form);
    m_confirm->setObjectName(QStringLiteral("confirmEdit"));
    m_confirm->setEchoMode(QLineEdit::Password);
    m_confirm->setMaxLength(64);
    m_passwordLabel = new QLabel(form);
    m_passwordLabel->setBuddy(m_password);
    m_confirmLabel = new QLabel(form);
    m_confirmLabel->setBuddy(m_confirm);
    pw->addRow(m_passwordLabel, m_password);
    pw->addRow(m_confirmLabel, m_confirm);
    fl->addLayout(pw);
    m_mustChange = new QCheckBox(form);
    m_mustChange->setObjectName(QStringLiteral("mustChangeCheck"));
    m_mustChange->setChecked(true);
    fl->addWidget(m_mustChange);
    m_error = new QLabel(form);
    m_error->setObjectName(QStringLiteral("resetError"));
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_error->hide();
    fl->addWidget(m_error);
    fl->addStretch();
    m_pages->addWidget(form);

    auto *result = new QWidget(m_pages);
    auto *rl = new QVBoxLayout(result);
    rl->setContentsMargins(0, 0, 0, 0);
    m_resultIntro = new QLabel(result);
    m_resultIntro->setWordWrap(true);
    rl->addWidget(m_resultIntro);
    auto *row = new QHBoxLayout;
    m_result = new QLineEdit(result);
    m_result->setObjectName(QStringLiteral("passwordResult"));
    m_result->setReadOnly(true);
    QFont mono(QStringLiteral("monospace"));
    mono.setStyleHint(QFont::Monospace);
    m_result->setFont(mono);
    row->addWidget(m_result, 1);
    m_copy = new QPushButton(result);
    m_copy->setObjectName(QStringLiteral("copyPasswordButton"));
    m_copy->setIcon(QIcon(QStringLiteral(":/icons/copy.svg")));
    row->addWidget(m_copy);
    rl->addLayout(row);
    m_copied = new QLabel(result);
    m_copied->hide();
    rl->addWidget(m_copied);
    rl->addStretch();
    m_pages->addWidget(result);

    m_buttons = new QDialogButtonBox(this);
    m_reset = m_buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_reset->setObjectName(QStringLiteral("resetButton"));
    m_reset->setDefault(true);
    m_cancel = m_buttons->addButton(QDialogButtonBox::Cancel);
    m_close = m_buttons->addButton(QDialogButtonBox::Close);
    m_close->hide();
    layout->addWidget(m_buttons);

    connect(m_reset, &QPushButton::clicked, this, &ResetPasswordDialog::submit);
    connect(m_cancel, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_close, &QPushButton::clicked, this, &QDialog::accept);
    connect(m_generate, &QRadioButton::toggled, this, &ResetPasswordDialog::updateMode);
    connect(m_copy, &QPushButton::clicked, this, [this] {
        QApplication::clipboard()->setText(m_result->text());
        m_copied->show();
    });
    connect(m_password, &QLineEdit::textEdited, m_error, &QLabel::hide);
    connect(m_confirm, &QLineEdit::textEdited, m_error, &QLabel::hide);
    retranslate();
    updateMode();
}

ResetPasswordDialog::~ResetPasswordDialog()
{
    wipe();
}

void ResetPasswordDialog::retranslate()
{
    setWindowTitle(tr("Reset password"));
    m_intro->setText(tr("Set a new password for %1.").arg(m_user.userName.isEmpty() ? m_user.id : m_user.userName));
    m_generate->setText(tr("&Generate a random password"));
    m_type->setText(tr("&Type a password"));
    m_passwordLabel->setText(tr("&New password:"));
    m_confirmLabel->setText(tr("&Confirm:"));
    m_password->setPlaceholderText(tr("8 to 32 characters"));
    m_password->setAccessibleDescription(tr("8 to 32 characters"));
    m_result->setAccessibleName(tr("The new password"));
    m_mustChange->setText(tr("The user must &change it at the next login"));
    m_resultIntro->setText(tr("The password of %1 was reset. Copy it now: it is shown only this once and "
                              "cleared when you close this window.")
                               .arg(m_user.userName.isEmpty() ? m_user.id : m_user.userName));
    m_copy->setText(tr("&Copy"));
    m_copied->setText(tr("Copied to the clipboard."));
    m_reset->setText(tr("&Reset password"));
    m_cancel->setText(tr("Cancel"));
    m_close->setText(tr("Close"));
}

void ResetPasswordDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void ResetPasswordDialog::updateMode()
{
    const bool typed = m_type->isChecked();
    m_password->setEnabled(typed && !m_busy);
    m_confirm->setEnabled(typed && !m_busy);
    m_passwordLabel->setEnabled(typed);
    m_confirmLabel->setEnabled(typed);
    if (typed)
        m_password->setFocus();
}

void ResetPasswordDialog::setGenerate(bool generate)
{
    (generate ? m_generate : m_type)->setChecked(true);
}

void ResetPasswordDialog::setTypedPassword(const QString &password, const QString &confirmation)
{
    m_type->setChecked(true);
    m_password->setText(password);
    m_confirm->setText(confirmation);
}

void ResetPasswordDialog::setMustChange(bool on)
{
    m_mustChange->setChecked(on);
}

void ResetPasswordDialog::showError(const QString &text)
{
    m_error->setText(text);
    m_error->show();
}

bool ResetPasswordDialog::submit()
{
    if (m_busy || !m_backend || isShowingResult())
        return false;
    m_error->hide();
    QString password;
    if (m_type->isChecked()) {
        password = m_password->text();
        if (password.size() < 8 || password.size() > 32) {
            showError(tr("The password must be 8 to 32 characters long."));
            m_password->setFocus();
            return false;
        }
        if (password != m_confirm->text()) {
            showError(tr("The two passwords differ."));
            m_confirm->setFocus();
            return false;
        }
    }
    m_busy = true;
    m_reset->setEnabled(false);
    m_generate->setEnabled(false);
    m_type->setEnabled(false);
    m_mustChange->setEnabled(false);
    updateMode();
    m_backend->resetPassword(m_user.id, password, m_mustChange->isChecked(), this, [this](const WriteResult &r) {
        m_busy = false;
        m_reset->setEnabled(true);
        m_generate->setEnabled(true);
        m_type->setEnabled(true);
        m_mustChange->setEnabled(true);
        updateMode();
        if (!r.ok()) {
            if (r.error.kind == ApiError::Kind::Cancelled)
                return;
            QString text = r.error.kind == ApiError::Kind::InvalidInput && !r.error.message.isEmpty()
                               ? r.error.message
                               : DirectoryPane::errorText(r.error);
            if (r.error.ambiguous)
                text += QLatin1Char('\n') + tr("The password may have been reset anyway.");
            showError(text);
            return;
        }
        QString generated = r.result.value(QStringLiteral("Password")).toString();
        if (generated.isEmpty())
            generated = m_password->text();   // typed, and the service did not echo it
        m_result->setText(generated);
        scrub(generated);
        m_password->clear();
        m_confirm->clear();
        m_pages->setCurrentIndex(1);
        m_reset->hide();
        m_cancel->hide();
        m_close->show();
        m_close->setDefault(true);
        m_copy->setFocus();
        emit passwordReset(m_user.id, r.requestId);
    });
    return true;
}

bool ResetPasswordDialog::isShowingResult() const
{
    return m_pages->currentIndex() == 1;
}

QString ResetPasswordDialog::shownPassword() const
{
    return m_result->text();
}

QString ResetPasswordDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void ResetPasswordDialog::wipe()
{
    // QLineEdit keeps its text in a QString we can only replace; replacing it releases the old buffer.
    for (QLineEdit *e : {m_result, m_password, m_confirm}) {
        if (!e)
            continue;
        QString t = e->text();
        e->setText(QString(t.size(), QLatin1Char('\0')));
        e->clear();
        scrub(t);
    }
}

void ResetPasswordDialog::done(int result)
{
    if (m_busy)
        return;   // the request is in flight: wait for its answer (it cannot be taken back)
    wipe();
    QDialog::done(result);
}
