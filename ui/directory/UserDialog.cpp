// SPDX-License-Identifier: GPL-3.0-or-later
#include "directory/UserDialog.h"

#include "widgets/FormErrorPresenter.h"
#include "cloud/RecordMapping.h"
#include "cloud/DirectoryValidation.h"
#include "cloud/VerifiedCreate.h"
#include "import/ImportTarget.h"
#include <QCheckBox>
#include <QComboBox>
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
    UserDraft d = draftOf(user);
    d.status = user.status.isEmpty() ? QStringLiteral("Enabled") : user.status;
    setDraft(d);
    if (!isCreating() && m_backend)
        beginLoad(tr("Loading the user…"));
}

UserDraft UserDialog::draftOf(const DirectoryUser &u)
{
    UserDraft d;
    d.userName = u.userName;
    d.displayName = u.displayName;
    d.firstName = u.firstName;
    d.lastName = u.lastName;
    d.email = u.email;
    d.phone = u.phone;
    d.description = u.description;
    return d;
}

void UserDialog::buildUi()
{
    setMinimumWidth(460);
    auto *layout = createFormLayout();

    m_userName = new QLineEdit(this);
    m_userName->setReadOnly(!isCreating() && !m_caps.userNameEditable);
    m_errors->addField(QStringLiteral("userName"), m_userName);
    m_displayName = new QLineEdit(this);
    addUserField(QStringLiteral("displayName"), m_displayName);
    if (m_caps.userFirstLastName) {
        m_firstName = new QLineEdit(this);
        addUserField(QStringLiteral("firstName"), m_firstName);
        m_lastName = new QLineEdit(this);
        addUserField(QStringLiteral("lastName"), m_lastName);
    }
    m_email = new QLineEdit(this);
    m_email->setInputMethodHints(Qt::ImhEmailCharactersOnly);
    addUserField(QStringLiteral("email"), m_email);
    if (m_caps.userPhone) {
        m_phone = new QLineEdit(this);
        m_phone->setInputMethodHints(Qt::ImhDialableCharactersOnly);
        addUserField(QStringLiteral("phone"), m_phone);
    }
    m_description = createDescriptionEdit();
    addUserField(QStringLiteral("description"), m_description);
    if (!m_caps.userStatusValues.isEmpty() && isCreating()) {
        m_status = new QComboBox(this);
        for (const QString &s : std::as_const(m_caps.userStatusValues))
            m_status->addItem(s, s);
        m_errors->addField(QStringLiteral("status"), m_status);
    }

    if (!isCreating()) {
        // Which fields cannot be cleared (the docs do not say that an empty value clears them), and what Save sends.
        m_clearNote = new QLabel(this);
        m_clearNote->setObjectName(QStringLiteral("clearNote"));
        m_clearNote->setWordWrap(true);
        m_clearNote->setTextFormat(Qt::PlainText);
        layout->addWidget(m_clearNote);
        m_changesLabel = new QLabel(this);
        m_changesLabel->setObjectName(QStringLiteral("changesLabel"));
        m_changesLabel->setWordWrap(true);
        m_changesLabel->setTextFormat(Qt::PlainText);
        layout->addWidget(m_changesLabel);
        if (m_userName && !m_userName->isReadOnly())
            connect(m_userName, &QLineEdit::textChanged, this, &UserDialog::updateChanges);
        for (const QString &field : optionalFields()) {
            if (QLineEdit *edit = lineEdit(field))
                connect(edit, &QLineEdit::textChanged, this, &UserDialog::updateChanges);
        }
        connect(m_description, &QPlainTextEdit::textChanged, this, &UserDialog::updateChanges);
    }

    addButtons(layout);
}

QStringList UserDialog::optionalFields() const
{
    QStringList fields{QStringLiteral("displayName")};
    if (m_firstName)
        fields << QStringLiteral("firstName") << QStringLiteral("lastName");
    fields << QStringLiteral("email");
    if (m_phone)
        fields << QStringLiteral("phone");
    fields << QStringLiteral("description");
    return fields;
}

QString UserDialog::fieldLabel(const QString &field) const
{
    if (field == QLatin1String("userName"))
        return tr("User name");
    if (field == QLatin1String("displayName"))
        return tr("Display name");
    if (field == QLatin1String("firstName"))
        return tr("First name");
    if (field == QLatin1String("lastName"))
        return tr("Last name");
    if (field == QLatin1String("email"))
        return tr("Email");
    if (field == QLatin1String("phone"))
        return tr("Phone");
    if (field == QLatin1String("description"))
        return tr("Description");
    return field;
}

QLineEdit *UserDialog::lineEdit(const QString &field) const
{
    return qobject_cast<QLineEdit *>(fieldWidget(field));
}

void UserDialog::addUserField(const QString &field, QWidget *editor)
{
    QCheckBox *clear = nullptr;
    if (!isCreating() && m_caps.userClearableFields.contains(field)) {
        clear = new QCheckBox(this);
        clear->setObjectName(field + QStringLiteral("Clear"));
        m_clear.insert(field, clear);
        connect(clear, &QCheckBox::toggled, this, [this, field] {
            applyClearState(field);
            updateChanges();
        });
    }
    m_errors->addField(field, editor, clear);
}

// A ticked "Clear" empties the field and locks it (the placeholder says it will be cleared); unticked, the field
// gets the loaded value back.
void UserDialog::applyClearState(const QString &field)
{
    QCheckBox *box = m_clear.value(field);
    QWidget *editor = fieldWidget(field);
    if (!box || !editor)
        return;
    const bool clearing = box->isChecked();
    const QString original = ImportTarget::userField(m_original, field);
    if (auto *edit = qobject_cast<QLineEdit *>(editor)) {
        if (clearing)
            edit->clear();
        else if (edit->text().isEmpty())
            edit->setText(original);
        edit->setPlaceholderText(clearing ? tr("Will be cleared") : QString());
    } else if (auto *text = qobject_cast<QPlainTextEdit *>(editor)) {
        if (clearing)
            text->clear();
        else if (text->toPlainText().isEmpty())
            text->setPlainText(original);
        text->setPlaceholderText(clearing ? tr("Will be cleared") : QString());
    }
    editor->setEnabled(!clearing && !isBusy());
}

void UserDialog::updateChanges()
{
    if (isCreating() || !m_changesLabel)
        return;
    const UserDraft d = draft();
    QStringList changed;
    QStringList cleared;
    for (const QString &field : QStringList{QStringLiteral("userName")} + optionalFields()) {
        if (!d.changed.contains(field))
            continue;
        if (m_clear.value(field) && m_clear.value(field)->isChecked())
            cleared << fieldLabel(field);
        else
            changed << fieldLabel(field);
    }
    QStringList parts;
    if (!changed.isEmpty())
        parts << tr("Save sends: %1.").arg(changed.join(tr(", ")));
    if (!cleared.isEmpty())
        parts << tr("Save clears: %1.").arg(cleared.join(tr(", ")));
    m_changesLabel->setText(parts.isEmpty() ? tr("No changes.") : parts.join(QLatin1Char(' ')));
    updateSaveEnabled();
}

bool UserDialog::canSave(QString *) const
{
    return isCreating() || !draft().changed.isEmpty();
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
    setSaveText(isCreating() ? tr("Create") : tr("Save"));
    for (auto it = m_clear.cbegin(); it != m_clear.cend(); ++it) {
        it.value()->setText(tr("Clear"));
        it.value()->setAccessibleName(tr("Clear %1").arg(fieldLabel(it.key())));
        it.value()->setToolTip(tr("Save clears this field (sends an empty value)."));
    }
    if (m_clearNote) {
        QStringList fixed;
        for (const QString &field : optionalFields()) {
            if (m_clear.contains(field))
                continue;
            fixed << fieldLabel(field);
            fieldWidget(field)->setToolTip(DirectoryValidation::cannotClearText());
        }
        m_clearNote->setVisible(!fixed.isEmpty());
        m_clearNote->setText(tr("Only changed fields are sent. These cannot be cleared through the API (its reference "
                                "does not say that an empty value clears them): %1.")
                                 .arg(fixed.join(tr(", "))));
        m_clearNote->setAccessibleName(m_clearNote->text());
        updateChanges();
    }
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
    if (!isCreating()) {
        d.changed = DirectoryValidation::changedUserFields(m_original, d, !m_userName->isReadOnly(), m_firstName != nullptr,
                                                           m_phone != nullptr);
        for (auto it = m_clear.cbegin(); it != m_clear.cend(); ++it)
            if (it.value()->isChecked() && !ImportTarget::userField(m_original, it.key()).isEmpty())
                d.changed.insert(it.key());
    }
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

void UserDialog::busyChanged(bool busy)
{
    for (auto it = m_clear.cbegin(); it != m_clear.cend(); ++it) {
        it.value()->setEnabled(!busy);
        applyClearState(it.key());
    }
    updateChanges();
}

void UserDialog::fetch()
{
    if (!m_backend) {
        endLoad(false, ApiError(), QString());
        return;
    }
    m_backend->getUser(m_userId, this, [this](const WriteResult &r) {
        if (!endLoad(r.ok(), r.error, r.requestId, tr("Could not load the user: %1")))
            return;
        const DirectoryUser u = userFromResult(r);
        if (u.id.isEmpty())
            return;
        m_original = u;
        setDraft(draftOf(u));
        updateChanges();
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
    if (isBusy() || !isLoaded() || !m_backend)
        return false;
    clearErrors();
    const UserDraft d = draft();
    QList<FieldError> errors;
    if (isCreating()) {
        errors = m_backend->validateUser(d, true);
    } else {
        // Only what changed is checked and sent; an emptied field is a clear only through its "Clear" box.
        errors = DirectoryValidation::userUpdate(d, m_caps.userClearableFields, m_backend->validateUser(d, false));
        for (auto it = m_clear.cbegin(); it != m_clear.cend(); ++it)
            if (d.changed.contains(it.key()) && !it.value()->isChecked()
                && ImportTarget::draftField(d, it.key()).trimmed().isEmpty())
                errors.append({it.key(), tr("Tick “Clear” to clear this field.")});
    }
    if (!errors.isEmpty()) {
        showProblems(errors);
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
        focusField(showWriteError(
            r.error, tr("The service may have saved the change anyway. Refresh the list before trying again.")));
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
