// SPDX-License-Identifier: GPL-3.0-or-later
#include "pools/PoolUserDialog.h"

#include "cloud/PoolDirectoryService.h"
#include "widgets/AccessibleText.h"
#include "widgets/FormErrorPresenter.h"
#include <QCheckBox>
#include <QFormLayout>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QVBoxLayout>

PoolUserDialog::PoolUserDialog(PoolDirectoryService *service, const QString &poolUid, const PoolUser &existing,
                               QWidget *parent)
    : RecordFormDialog(parent), m_service(service), m_poolUid(poolUid), m_original(existing)
{
    setObjectName(QStringLiteral("poolUserDialog"));
    buildUi();
    for (auto it = m_claims.cbegin(); it != m_claims.cend(); ++it)
        it.value()->setText(existing.claim(it.key()));
    m_emailVerified->setChecked(existing.emailVerified.value_or(false));
    m_phoneVerified->setChecked(existing.phoneNumberVerified.value_or(false));
    if (m_state)
        m_state->setText(existing.userState);
    m_metadata->setPlainText(existing.userMetadata);
    QStringList custom;
    for (const auto &a : existing.customAttributes)
        custom << a.first + QLatin1Char('=') + a.second;
    m_custom->setPlainText(custom.join(QLatin1Char('\n')));
    retranslate();
}

void PoolUserDialog::buildUi()
{
    setMinimumWidth(480);
    auto *outer = createFormLayout(nullptr, QStringLiteral("poolUserScroll"));
    QWidget *body = this;
    for (const QString &field : PoolUser::profileFields()) {
        auto *edit = new QLineEdit(body);
        m_claims.insert(field, edit);
        m_errors->addField(field, edit);
    }
    m_claims.value(QStringLiteral("Email"))->setInputMethodHints(Qt::ImhEmailCharactersOnly);
    m_claims.value(QStringLiteral("PhoneNumber"))->setInputMethodHints(Qt::ImhDialableCharactersOnly);
    m_emailVerified = new QCheckBox(body);
    m_errors->addField(QStringLiteral("EmailVerified"), m_emailVerified);
    m_phoneVerified = new QCheckBox(body);
    m_errors->addField(QStringLiteral("PhoneNumberVerified"), m_phoneVerified);
    m_password = new QLineEdit(body);
    m_password->setEchoMode(QLineEdit::Password);
    m_errors->addField(QStringLiteral("Password"), m_password);
    if (!isCreating()) {
        m_state = new QLineEdit(body);
        m_errors->addField(QStringLiteral("UserState"), m_state);
    }
    m_metadata = new QPlainTextEdit(body);
    m_metadata->setTabChangesFocus(true);
    m_metadata->setFixedHeight(60);
    m_errors->addField(QStringLiteral("UserMetadata"), m_metadata);
    m_custom = new QPlainTextEdit(body);
    m_custom->setTabChangesFocus(true);
    m_custom->setFixedHeight(60);
    m_errors->addField(QStringLiteral("CustomAttributes"), m_custom);
    addButtons(outer);
    resize(520, 640);
}

void PoolUserDialog::retranslate()
{
    setWindowTitle(isCreating() ? tr("New pool user")
                                : tr("Edit pool user %1").arg(m_original.preferredUsername().isEmpty()
                                                                  ? m_original.uid
                                                                  : m_original.preferredUsername()));
    const QHash<QString, QString> labels{
        {QStringLiteral("PreferredUsername"), tr("&Username:")},
        {QStringLiteral("Email"), tr("&Email:")},
        {QStringLiteral("PhoneNumber"), tr("&Phone number:")},
        {QStringLiteral("Name"), tr("&Name:")},
        {QStringLiteral("GivenName"), tr("&Given name:")},
        {QStringLiteral("FamilyName"), tr("&Family name:")},
        {QStringLiteral("MiddleName"), tr("&Middle name:")},
        {QStringLiteral("Nickname"), tr("Nic&kname:")},
        {QStringLiteral("Gender"), tr("Gen&der:")},
        {QStringLiteral("Birthdate"), tr("&Birthdate:")},
        {QStringLiteral("Locale"), tr("&Locale:")},
        {QStringLiteral("Zoneinfo"), tr("&Time zone:")},
        {QStringLiteral("Picture"), tr("P&icture URL:")},
        {QStringLiteral("Profile"), tr("Profile page &URL:")},
        {QStringLiteral("Website"), tr("&Website:")},
        {QStringLiteral("EmailVerified"), tr("Email verified:")},
        {QStringLiteral("PhoneNumberVerified"), tr("Phone number verified:")},
        {QStringLiteral("Password"), isCreating() ? tr("Pass&word:") : tr("New pass&word:")},
        {QStringLiteral("UserState"), tr("&State:")},
        {QStringLiteral("UserMetadata"), tr("User &metadata (JSON):")},
        {QStringLiteral("CustomAttributes"), tr("&Custom attributes:")},
    };
    for (auto it = labels.cbegin(); it != labels.cend(); ++it)
        m_errors->setLabel(it.key(), it.value());
    m_claims.value(QStringLiteral("PreferredUsername"))->setPlaceholderText(tr("Letters, digits and . _ -"));
    m_claims.value(QStringLiteral("Email"))->setPlaceholderText(tr("name@example.com"));
    m_claims.value(QStringLiteral("PhoneNumber"))->setPlaceholderText(tr("+86 138 0000 0000"));
    m_claims.value(QStringLiteral("Birthdate"))->setPlaceholderText(tr("YYYY-MM-DD"));
    m_password->setPlaceholderText(isCreating() ? tr("Optional") : tr("Leave empty to keep the current password"));
    if (m_state)
        m_state->setToolTip(tr("Sent as typed; the service does not document its values."));
    m_metadata->setPlaceholderText(tr("{\"plan\": \"pro\"}"));
    m_custom->setPlaceholderText(tr("One per line: name=value"));
    m_emailVerified->setText(tr("Yes"));
    m_phoneVerified->setText(tr("Yes"));
    setSaveText(isCreating() ? tr("Create") : tr("Save"));
}

QWidget *PoolUserDialog::editor(const QString &field) const
{
    return fieldWidget(field);
}

QList<QPair<QString, QString>> PoolUserDialog::customAttributes(QString *error) const
{
    QList<QPair<QString, QString>> out;
    const QStringList lines = m_custom->toPlainText().split(QLatin1Char('\n'));
    for (int i = 0; i < lines.size(); ++i) {
        const QString line = lines.at(i).trimmed();
        if (line.isEmpty())
            continue;
        const int eq = line.indexOf(QLatin1Char('='));
        if (eq <= 0) {
            if (error)
                *error = tr("Line %1: write name=value.").arg(i + 1);
            return {};
        }
        out.append({line.left(eq).trimmed(), line.mid(eq + 1).trimmed()});
    }
    return out;
}

PoolUser PoolUserDialog::edited() const
{
    PoolUser u = m_original;
    for (auto it = m_claims.cbegin(); it != m_claims.cend(); ++it) {
        const QString value = it.value()->text().trimmed();
        if (value.isEmpty())
            u.claims.remove(it.key());
        else
            u.claims.insert(it.key(), value);
    }
    // A box left unchecked on a user whose value was unknown stays unknown (not sent).
    if (m_emailVerified->isChecked() || m_original.emailVerified)
        u.emailVerified = m_emailVerified->isChecked();
    if (m_phoneVerified->isChecked() || m_original.phoneNumberVerified)
        u.phoneNumberVerified = m_phoneVerified->isChecked();
    u.userMetadata = m_metadata->toPlainText().trimmed();
    if (m_state)
        u.userState = m_state->text().trimmed();
    u.customAttributes = customAttributes(nullptr);
    return u;
}

PoolUserDraft PoolUserDialog::draft() const
{
    const PoolUser u = edited();
    PoolUserDraft d;
    d.claims = u.claims;
    if (m_emailVerified->isChecked())
        d.emailVerified = true;
    if (m_phoneVerified->isChecked())
        d.phoneNumberVerified = true;
    d.userMetadata = u.userMetadata;
    d.password = m_password->text();
    d.customAttributes = u.customAttributes;
    return d;
}

PoolUserChanges PoolUserDialog::changes() const
{
    PoolUserChanges c = PoolUserChanges::between(m_original, edited());
    if (!m_password->text().isEmpty())
        c.password = m_password->text();
    return c;
}

bool PoolUserDialog::submit()
{
    if (isBusy())
        return false;
    clearErrors();
    QString customError;
    customAttributes(&customError);
    if (!customError.isEmpty()) {
        m_errors->showFieldError(QStringLiteral("CustomAttributes"), customError);
        return false;
    }
    const QString metadata = m_metadata->toPlainText().trimmed();
    if (!metadata.isEmpty()) {
        QJsonParseError parse;
        QJsonDocument::fromJson(metadata.toUtf8(), &parse);
        if (parse.error != QJsonParseError::NoError) {
            m_errors->showFieldError(QStringLiteral("UserMetadata"),
                                     tr("Not valid JSON: %1 (at character %2).").arg(parse.errorString()).arg(parse.offset));
            return false;
        }
    }
    if (!m_service) {
        m_errors->showFieldError(QString(), tr("Not connected."));
        return false;
    }
    const bool creating = isCreating();
    QList<PoolDirectoryService::FieldProblem> problems;
    PoolUserDraft d;
    PoolUserChanges c;
    if (creating) {
        d = draft();
        problems = PoolDirectoryService::validateUserDraft(d);
    } else {
        c = changes();
        if (c.isEmpty()) {
            m_errors->showFieldError(QString(), tr("Nothing has changed."));
            return false;
        }
        problems = PoolDirectoryService::validateUserChanges(c);
    }
    if (!problems.isEmpty()) {
        showProblems(problems);
        return false;
    }
    setBusy(true, creating ? tr("Creating the pool user…") : tr("Saving…"));
    auto done = [this, creating](const PoolUser &user, const ApiResult &result) {
        if (!result.requestId.isEmpty())
            emit requestIdSeen(result.requestId);
        setBusy(false);
        if (!result.ok) {
            // "InvalidParameter.<Field>" names the field; other errors go to the general label.
            focusField(showWriteError(result.error,
                                      tr("No answer after the request was sent: the change may have been made. "
                                         "Refresh the list before trying again.")));
            return;
        }
        m_password->clear();
        emit saved(user, creating);
        accept();
    };
    if (creating)
        m_service->createUser(m_poolUid, d, this, done);
    else
        m_service->updateUser(m_poolUid, m_original.uid, c, this, done);
    return true;
}
