// SPDX-License-Identifier: GPL-3.0-or-later
#include "directory/UserDialog.h"

#include "directory/DirectoryPane.h"
#include "widgets/FormErrorPresenter.h"
#include "cloud/RecordMapping.h"
#include "cloud/VerifiedCreate.h"
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

UserDialog::UserDialog(DirectoryBackend *backend, const DirectoryUser &user, QWidget *parent)
    : DirectoryFormDialog(backend, parent), m_userId(user.id), m_original(user)
{
    setObjectName(QStringLiteral("userDialog"));
    buildUi();
    retranslate();
    UserDraft d;
    d.userName = user.userName;
    d.displayName = user.displayName;
    d.firstName = user.firstName;
    d.lastName = user.lastName;
    d.email = user.email;
    d.phone = user.phone;
    d.description = user.description;
    d.status = user.status.isEmpty() ? QStringLiteral("Enabled") : user.status;
    setDraft(d);
    if (!isCreating())
        loadUser();
}

void UserDialog::buildUi()
{
    setMinimumWidth(460);
    auto *layout = createFormLayout();

    m_userName = new QLineEdit(this);
    m_userName->setReadOnly(!isCreating() && !m_caps.userNameEditable);
    m_errors->addField(QStringLiteral("userName"), m_userName);
    m_displayName = new QLineEdit(this);
    m_errors->addField(QStringLiteral("displayName"), m_displayName);
    if (m_caps.userFirstLastName) {
        m_firstName = new QLineEdit(this);
        m_errors->addField(QStringLiteral("firstName"), m_firstName);
        m_lastName = new QLineEdit(this);
        m_errors->addField(QStringLiteral("lastName"), m_lastName);
    }
    m_email = new QLineEdit(this);
    m_email->setInputMethodHints(Qt::ImhEmailCharactersOnly);
    m_errors->addField(QStringLiteral("email"), m_email);
    if (m_caps.userPhone) {
        m_phone = new QLineEdit(this);
        m_phone->setInputMethodHints(Qt::ImhDialableCharactersOnly);
        m_errors->addField(QStringLiteral("phone"), m_phone);
    }
    m_description = createDescriptionEdit();
    m_errors->addField(QStringLiteral("description"), m_description);
    if (!m_caps.userStatusValues.isEmpty() && isCreating()) {
        m_status = new QComboBox(this);
        for (const QString &s : std::as_const(m_caps.userStatusValues))
            m_status->addItem(s, s);
        m_errors->addField(QStringLiteral("status"), m_status);
    }

    m_busyLabel = new QLabel(this);
    m_busyLabel->hide();
    layout->addWidget(m_busyLabel);
    addButtons(layout);
}

void UserDialog::retranslate()
{
    setWindowTitle(isCreating() ? tr("New user") : tr("Edit user %1").arg(m_original.userName));
    auto setLabel = [this](const QString &field, const QString &text) { m_errors->setLabel(field, text); };
    setLabel(QStringLiteral("userName"), tr("&User name:"));
    setLabel(QStringLiteral("displayName"), tr("&Display name:"));
    setLabel(QStringLiteral("firstName"), tr("&First name:"));
    setLabel(QStringLiteral("lastName"), tr("&Last name:"));
    setLabel(QStringLiteral("email"), tr("&Email:"));
    setLabel(QStringLiteral("phone"), tr("&Phone:"));
    setLabel(QStringLiteral("description"), tr("D&escription:"));
    setLabel(QStringLiteral("status"), tr("&Status:"));
    m_userName->setPlaceholderText(m_caps.userFirstLastName ? tr("Letters, digits and @ _ - . (cannot be changed later)")
                                                            : tr("Required"));
    m_email->setPlaceholderText(tr("name@example.com"));
    if (m_phone)
        m_phone->setPlaceholderText(tr("+86 138 0000 0000"));
    if (m_userName->isReadOnly())
        m_userName->setToolTip(tr("The user name cannot be changed after the user is created."));
    if (m_status) {
        for (int i = 0; i < m_status->count(); ++i) {
            const QString v = m_status->itemData(i).toString();
            m_status->setItemText(i, v == QLatin1String("Enabled") ? tr("Enabled")
                                     : v == QLatin1String("Disabled") ? tr("Disabled") : v);
        }
    }
    m_save->setText(isCreating() ? tr("Create") : tr("Save"));
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
}

UserDraft UserDialog::draft() const
{
    UserDraft d;
    d.userName = m_userName->text().trimmed();
    d.displayName = m_displayName->text().trimmed();
    if (m_firstName)
        d.firstName = m_firstName->text().trimmed();
    if (m_lastName)
        d.lastName = m_lastName->text().trimmed();
    d.email = m_email->text().trimmed();
    if (m_phone)
        d.phone = m_phone->text().trimmed();
    d.description = m_description->toPlainText();
    if (m_status)
        d.status = m_status->currentData().toString();
    return d;
}

void UserDialog::setDraft(const UserDraft &d)
{
    m_userName->setText(d.userName);
    m_displayName->setText(d.displayName);
    if (m_firstName)
        m_firstName->setText(d.firstName);
    if (m_lastName)
        m_lastName->setText(d.lastName);
    m_email->setText(d.email);
    if (m_phone)
        m_phone->setText(d.phone);
    m_description->setPlainText(d.description);
    if (m_status)
        selectData(m_status, d.status);
}

void UserDialog::setBusy(bool busy, const QString &text)
{
    m_busy = busy;
    m_errors->setEditorsEnabled(!busy);
    m_save->setEnabled(!busy);
    m_busyLabel->setText(text);
    m_busyLabel->setVisible(busy && !text.isEmpty());
}

void UserDialog::loadUser()
{
    if (!m_backend)
        return;
    setBusy(true, tr("Loading the user…"));
    m_backend->getUser(m_userId, this, [this](const WriteResult &r) {
        setBusy(false);
        if (!r.ok()) {
            m_errors->showFieldError(QString(), tr("Could not load the user: %1").arg(DirectoryPane::errorText(r.error)));
            return;
        }
        const DirectoryUser u = userFromResult(r);
        if (u.id.isEmpty())
            return;
        m_original = u;
        UserDraft d;
        d.userName = u.userName;
        d.displayName = u.displayName;
        d.firstName = u.firstName;
        d.lastName = u.lastName;
        d.email = u.email;
        d.phone = u.phone;
        d.description = u.description;
        setDraft(d);
    });
}

DirectoryUser UserDialog::userFromResult(const WriteResult &r) const
{
    if (!m_backend)
        return {};
    QJsonObject o = r.result;
    if (o.contains(QStringLiteral("User")) && o.value(QStringLiteral("User")).isObject())
        o = o.value(QStringLiteral("User")).toObject();
    DirectoryUser u = m_backend->serviceName() == QLatin1String("cloudsso") ? RecordMapping::cloudSsoUser(o)
                                                                            : RecordMapping::cloudIdentityUser(o);
    return u;
}

bool UserDialog::submit()
{
    if (m_busy || !m_backend)
        return false;
    m_errors->clearErrors();
    const UserDraft d = draft();
    const QList<FieldError> errors = m_backend->validateUser(d, isCreating());
    if (!errors.isEmpty()) {
        for (const FieldError &e : errors)
            m_errors->showFieldError(e.field, e.message);
        // Focus the first field in error.
        for (const FieldError &e : errors) {
            if (QWidget *w = fieldWidget(e.field)) {
                w->setFocus();
                break;
            }
        }
        return false;
    }
    setBusy(true, isCreating() ? tr("Creating the user…") : tr("Saving…"));
    auto done = [this](const WriteResult &r) { onSaved(r); };
    if (isCreating())
        VerifiedCreate::createUser(m_backend, d, this, done); // an unknown outcome is checked by name, never re-sent blindly
    else
        m_backend->updateUser(m_userId, d, this, done);
    return true;
}

void UserDialog::onSaved(const WriteResult &r)
{
    setBusy(false);
    if (!r.ok()) {
        if (r.error.kind == ApiError::Kind::Cancelled)
            return;
        const QString field = showWriteError(
            r.error, tr("The service may have saved the change anyway. Refresh the list before trying again."));
        if (!field.isEmpty()) {
            fieldWidget(field)->setFocus();
            if (!r.error.requestId.isEmpty() || !r.error.code.isEmpty())
                m_errors->showFieldError(QString(), DirectoryPane::errorText(r.error));
        }
        return;
    }
    DirectoryUser u = userFromResult(r);
    const UserDraft d = draft();
    if (u.id.isEmpty())
        u.id = m_userId;
    // UpdateUser may answer with nothing (Cloud Identity): keep what is known.
    if (u.userName.isEmpty()) {
        u = m_original;
        u.userName = d.userName.isEmpty() ? m_original.userName : d.userName;
        u.displayName = d.displayName;
        u.firstName = d.firstName;
        u.lastName = d.lastName;
        u.email = d.email;
        u.phone = d.phone;
        u.description = d.description;
        if (u.id.isEmpty())
            u.id = m_userId;
    }
    emit saved(u, r.requestId);
    accept();
}
