// SPDX-License-Identifier: GPL-3.0-or-later
#include "UserDialog.h"

#include "DirectoryPane.h"
#include "RecordMapping.h"
#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

UserDialog::UserDialog(DirectoryBackend *backend, const DirectoryUser &user, QWidget *parent)
    : QDialog(parent), m_backend(backend), m_userId(user.id), m_original(user)
{
    setObjectName(QStringLiteral("userDialog"));
    if (backend)
        m_caps = backend->capabilities();
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
    auto *layout = new QVBoxLayout(this);
    m_form = new QFormLayout;
    m_form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    layout->addLayout(m_form);

    m_userName = new QLineEdit(this);
    m_userName->setReadOnly(!isCreating() && !m_caps.userNameEditable);
    addField(QStringLiteral("userName"), m_userName);
    m_displayName = new QLineEdit(this);
    addField(QStringLiteral("displayName"), m_displayName);
    if (m_caps.userFirstLastName) {
        m_firstName = new QLineEdit(this);
        addField(QStringLiteral("firstName"), m_firstName);
        m_lastName = new QLineEdit(this);
        addField(QStringLiteral("lastName"), m_lastName);
    }
    m_email = new QLineEdit(this);
    m_email->setInputMethodHints(Qt::ImhEmailCharactersOnly);
    addField(QStringLiteral("email"), m_email);
    if (m_caps.userPhone) {
        m_phone = new QLineEdit(this);
        m_phone->setInputMethodHints(Qt::ImhDialableCharactersOnly);
        addField(QStringLiteral("phone"), m_phone);
    }
    m_description = new QPlainTextEdit(this);
    m_description->setTabChangesFocus(true);
    m_description->setFixedHeight(m_description->fontMetrics().lineSpacing() * 4 + 12);
    addField(QStringLiteral("description"), m_description);
    if (!m_caps.userStatusValues.isEmpty() && isCreating()) {
        m_status = new QComboBox(this);
        for (const QString &s : std::as_const(m_caps.userStatusValues))
            m_status->addItem(s, s);
        addField(QStringLiteral("status"), m_status);
    }

    m_busyLabel = new QLabel(this);
    m_busyLabel->hide();
    layout->addWidget(m_busyLabel);
    m_generalError = new QLabel(this);
    m_generalError->setObjectName(QStringLiteral("generalError"));
    m_generalError->setWordWrap(true);
    m_generalError->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_generalError->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_generalError->hide();
    layout->addWidget(m_generalError);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_save = m_buttons->button(QDialogButtonBox::Save);
    m_save->setDefault(true);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &UserDialog::submit);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

void UserDialog::addField(const QString &name, QWidget *editor)
{
    Field f;
    f.label = new QLabel(this);
    f.label->setBuddy(editor);
    f.editor = editor;
    editor->setObjectName(name);
    auto *box = new QWidget(this);
    auto *v = new QVBoxLayout(box);
    v->setContentsMargins(0, 0, 0, 0);
    v->setSpacing(2);
    v->addWidget(editor);
    f.error = new QLabel(box);
    f.error->setObjectName(name + QStringLiteral("Error"));
    f.error->setWordWrap(true);
    f.error->setStyleSheet(QStringLiteral("color: #c62828;"));
    f.error->hide();
    v->addWidget(f.error);
    m_form->addRow(f.label, box);
    m_fields.insert(name, f);
    // Editing a field clears its error.
    auto clear = [this, name] {
        const Field &fld = m_fields[name];
        fld.error->hide();
        fld.error->clear();
        fld.editor->setStyleSheet(QString());
    };
    if (auto *le = qobject_cast<QLineEdit *>(editor))
        connect(le, &QLineEdit::textEdited, this, clear);
    else if (auto *pe = qobject_cast<QPlainTextEdit *>(editor))
        connect(pe, &QPlainTextEdit::textChanged, this, clear);
}

void UserDialog::retranslate()
{
    setWindowTitle(isCreating() ? tr("New user") : tr("Edit user %1").arg(m_original.userName));
    auto setLabel = [this](const QString &field, const QString &text) {
        if (m_fields.contains(field))
            m_fields[field].label->setText(text);
    };
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

void UserDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
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
    if (m_status) {
        const int i = m_status->findData(d.status);
        if (i >= 0)
            m_status->setCurrentIndex(i);
    }
}

QWidget *UserDialog::fieldWidget(const QString &field) const
{
    return m_fields.value(field).editor;
}

QString UserDialog::fieldError(const QString &field) const
{
    const Field f = m_fields.value(field);
    return f.error && !f.error->isHidden() ? f.error->text() : QString();
}

QString UserDialog::generalError() const
{
    return m_generalError->isHidden() ? QString() : m_generalError->text();
}

void UserDialog::clearErrors()
{
    for (auto it = m_fields.begin(); it != m_fields.end(); ++it) {
        it->error->hide();
        it->error->clear();
        it->editor->setStyleSheet(QString());
    }
    m_generalError->hide();
    m_generalError->clear();
}

void UserDialog::showFieldError(const QString &field, const QString &message)
{
    auto it = m_fields.find(field);
    if (it == m_fields.end()) {
        m_generalError->setText(m_generalError->text().isEmpty() ? message
                                                                 : m_generalError->text() + QLatin1Char('\n') + message);
        m_generalError->show();
        return;
    }
    const QString text = it->error->text().isEmpty() ? message : it->error->text() + QLatin1Char('\n') + message;
    it->error->setText(text);
    it->error->show();
    it->editor->setStyleSheet(QStringLiteral("border: 1px solid #c62828;"));
}

void UserDialog::setBusy(bool busy, const QString &text)
{
    m_busy = busy;
    for (auto it = m_fields.begin(); it != m_fields.end(); ++it)
        it->editor->setEnabled(!busy);
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
            showFieldError(QString(), tr("Could not load the user: %1").arg(DirectoryPane::errorText(r.error)));
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
    clearErrors();
    const UserDraft d = draft();
    const QList<FieldError> errors = m_backend->validateUser(d, isCreating());
    if (!errors.isEmpty()) {
        for (const FieldError &e : errors)
            showFieldError(e.field, e.message);
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
        m_backend->createUser(d, this, done);
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
        const QString field = m_backend ? m_backend->fieldForError(r.error) : QString();
        QString message = r.error.localizedMessage();
        if (r.error.kind == ApiError::Kind::InvalidInput && !r.error.message.isEmpty())
            message = r.error.message;
        if (!field.isEmpty() && m_fields.contains(field)) {
            showFieldError(field, message);
            m_fields.value(field).editor->setFocus();
            if (!r.error.requestId.isEmpty() || !r.error.code.isEmpty())
                showFieldError(QString(), DirectoryPane::errorText(r.error));
        } else {
            QString text = DirectoryPane::errorText(r.error);
            if (r.error.ambiguous)
                text += QLatin1Char('\n')
                        + tr("The service may have saved the change anyway. Refresh the list before trying again.");
            showFieldError(QString(), text);
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
