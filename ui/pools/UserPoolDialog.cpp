// SPDX-License-Identifier: GPL-3.0-or-later
#include "pools/UserPoolDialog.h"
#include "widgets/FormErrorPresenter.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

UserPoolDialog::UserPoolDialog(UserPoolService *service, QWidget *parent)
    : RecordFormDialog(parent), m_service(service), m_mode(Mode::Create)
{
    build();
}

UserPoolDialog::UserPoolDialog(UserPoolService *service, const UserPool &pool, QWidget *parent)
    : RecordFormDialog(parent), m_service(service), m_mode(Mode::Edit), m_pool(pool)
{
    build();
    if (pool.complete)
        loadPool(pool);
    else
        beginLoad(tr("Reading the pool…"));
}

void UserPoolDialog::build()
{
    setObjectName(m_mode == Mode::Create ? QStringLiteral("createUserPoolDialog") : QStringLiteral("editUserPoolDialog"));
    m_intro = new QLabel(this);
    auto *layout = createFormLayout(m_intro);
    QFormLayout *form = m_form;

    m_name = new QLineEdit(this);
    m_name->setMaxLength(UserPoolService::kMaxNameLength + 32);   // room to show the "too long" message
    m_name->setClearButtonEnabled(true);
    m_errors->addField(QStringLiteral("Name"), m_name);

    m_description = new QPlainTextEdit(this);
    m_description->setTabChangesFocus(true);
    m_description->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_description->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_description->setFixedHeight(m_description->fontMetrics().lineSpacing() * 4 + 12);
    m_errors->addField(QStringLiteral("Description"), m_description);

    m_project = new QLineEdit(this);
    m_project->setMaxLength(UserPoolService::kMaxProjectNameLength + 32);
    m_errors->addField(QStringLiteral("ProjectName"), m_project);
    if (m_mode == Mode::Edit) {
        // ProjectName cannot be changed by UpdateUserPool: shown, read-only.
        m_project->setReadOnly(true);
        m_project->setEnabled(false);
        m_project->setText(m_pool.projectName);
    }
    // SignInAttributes, RequiredSignUpAttributes and Tags: set at creation only (UpdateUserPool takes none of
    // them, volcengine-id.md §3, §5). Create: editable with a note; Edit: read-only texts.
    m_creationNote = new QLabel(this);
    m_creationNote->setObjectName(QStringLiteral("creationOnlyNote"));
    m_creationNote->setWordWrap(true);
    form->addRow(m_creationNote);
    if (m_mode == Mode::Create) {
        auto makeRow = [this](QHash<QString, QCheckBox *> *boxes, const QString &prefix) {
            auto *row = new QWidget(this);
            auto *h = new QHBoxLayout(row);
            h->setContentsMargins(0, 0, 0, 0);
            for (const QString &v : UserPoolService::signInAttributeValues()) {
                auto *box = new QCheckBox(row);
                box->setObjectName(prefix + v);
                boxes->insert(v, box);
                h->addWidget(box);
            }
            h->addStretch();
            return row;
        };
        m_signInRow = makeRow(&m_signIn, QStringLiteral("signIn_"));
        m_requiredRow = makeRow(&m_required, QStringLiteral("required_"));
        m_errors->addField(QStringLiteral("SignInAttributes"), m_signInRow);
        m_errors->addField(QStringLiteral("RequiredSignUpAttributes"), m_requiredRow);
        m_tags = new QPlainTextEdit(this);
        m_tags->setTabChangesFocus(true);
        m_tags->setLineWrapMode(QPlainTextEdit::NoWrap);
        m_tags->setFixedHeight(m_tags->fontMetrics().lineSpacing() * 3 + 12);
        m_errors->addField(QStringLiteral("Tags"), m_tags);
    } else {
        m_creationNote->setEnabled(false);
        m_signInLabel = new QLabel(this);
        m_requiredLabel = new QLabel(this);
        m_tagsLabel = new QLabel(this);
        for (const QString &f : {QStringLiteral("SignInAttributes"), QStringLiteral("RequiredSignUpAttributes"),
                                 QStringLiteral("Tags")}) {
            auto *edit = new QLineEdit(this);
            edit->setObjectName(QStringLiteral("readOnly_") + f);
            edit->setReadOnly(true);
            edit->setFrame(false);   // reads as a value, not as a field to type in (still selectable and copyable)
            edit->setStyleSheet(QStringLiteral("QLineEdit { background: palette(window); }"));
            m_readOnly.insert(f, edit);
        }
        m_signInLabel->setBuddy(m_readOnly.value(QStringLiteral("SignInAttributes")));
        m_requiredLabel->setBuddy(m_readOnly.value(QStringLiteral("RequiredSignUpAttributes")));
        m_tagsLabel->setBuddy(m_readOnly.value(QStringLiteral("Tags")));
        form->addRow(m_signInLabel, m_readOnly.value(QStringLiteral("SignInAttributes")));
        form->addRow(m_requiredLabel, m_readOnly.value(QStringLiteral("RequiredSignUpAttributes")));
        form->addRow(m_tagsLabel, m_readOnly.value(QStringLiteral("Tags")));

        m_switchesLabel = new QLabel(this);
        QFont f = m_switchesLabel->font();
        f.setBold(true);
        m_switchesLabel->setFont(f);
        layout->addWidget(m_switchesLabel);
        auto *grid = new QGridLayout;
        int i = 0;
        for (const QString &field : UserPool::switchFields()) {
            auto *box = new QCheckBox(this);
            box->setObjectName(field);
            m_switches.insert(field, box);
            grid->addWidget(box, i / 2, i % 2);
            connect(box, &QCheckBox::toggled, this, &UserPoolDialog::updateSaveEnabled);
            ++i;
        }
        layout->addLayout(grid);
    }
    layout->addStretch();
    addButtons(layout);

    connect(m_name, &QLineEdit::textChanged, this, &UserPoolDialog::updateSaveEnabled);
    connect(m_description, &QPlainTextEdit::textChanged, this, &UserPoolDialog::updateSaveEnabled);
    connect(m_name, &QLineEdit::returnPressed, this, &UserPoolDialog::save);
    resize(m_mode == Mode::Edit ? 620 : 460, sizeHint().height());
}

void UserPoolDialog::retranslate()
{
    if (m_mode == Mode::Create) {
        setWindowTitle(tr("Create user pool"));
        m_intro->setText(tr("A user pool holds the users and applications of one Agent Identity directory."));
        setSaveText(tr("Create"));
        m_project->setPlaceholderText(tr("default"));
    } else {
        setWindowTitle(tr("Edit user pool — %1").arg(m_pool.name));
        m_intro->setText(tr("Changes apply to the pool %1 (%2). Only the fields you change are sent.")
                             .arg(m_pool.name, m_pool.uid));
        setSaveText(tr("Save"));
        m_switchesLabel->setText(tr("Sign-in and sign-up"));
        for (auto it = m_switches.cbegin(); it != m_switches.cend(); ++it) {
            it.value()->setText(UserPoolService::switchTitle(it.key()));
            it.value()->setToolTip(UserPoolService::switchDescription(it.key()) + QStringLiteral("\n(") + it.key()
                                   + QLatin1Char(')'));
        }
    }
    m_errors->setLabel(QStringLiteral("Name"), tr("&Name (required):"));
    m_name->setPlaceholderText(tr("e.g. Customer portal"));
    m_errors->setLabel(QStringLiteral("Description"), tr("&Description:"));
    m_errors->setLabel(QStringLiteral("ProjectName"), tr("&Project:"));
    m_project->setToolTip(m_mode == Mode::Edit ? tr("The project cannot be changed after creation.")
                                               : tr("IAM project (empty: default)"));
    if (m_mode == Mode::Create) {
        m_errors->setLabel(QStringLiteral("SignInAttributes"), tr("Sign-in attributes:"));
        m_errors->setLabel(QStringLiteral("RequiredSignUpAttributes"), tr("Required at sign-up:"));
        m_errors->setLabel(QStringLiteral("Tags"), tr("&Tags:"));
        m_creationNote->setText(tr("Sign-in attributes, the attributes required at sign-up and the tags can be set "
                                   "only now: they cannot be changed after the pool is created. Leave the "
                                   "attributes unticked to get the service's defaults."));
        for (auto it = m_signIn.cbegin(); it != m_signIn.cend(); ++it) {
            it.value()->setText(attributeLabel(it.key()));
            it.value()->setAccessibleName(tr("Sign in with %1").arg(attributeLabel(it.key())));
            it.value()->setToolTip(tr("Users can sign in with their %1 (%2).").arg(attributeLabel(it.key()), it.key()));
        }
        for (auto it = m_required.cbegin(); it != m_required.cend(); ++it) {
            it.value()->setText(attributeLabel(it.key()));
            it.value()->setAccessibleName(tr("Require %1 at sign-up").arg(attributeLabel(it.key())));
            it.value()->setToolTip(tr("Users must give their %1 (%2) to sign up.").arg(attributeLabel(it.key()), it.key()));
        }
        m_signInRow->setToolTip(tr("SignInAttributes: cannot be changed after creation"));
        m_requiredRow->setToolTip(tr("RequiredSignUpAttributes: cannot be changed after creation"));
        m_tags->setPlaceholderText(tr("One tag per line: key=value"));
        m_tags->setAccessibleName(tr("Tags"));
        m_tags->setToolTip(tr("Tags cannot be changed after creation."));
    } else {
        m_signInLabel->setText(tr("Sign-in attributes:"));
        m_requiredLabel->setText(tr("Required at sign-up:"));
        m_tagsLabel->setText(tr("Tags:"));
        auto attributes = [this](const QStringList &values) {
            QStringList out;
            for (const QString &v : values)
                out << attributeLabel(v);
            return out.isEmpty() ? tr("Service default") : out.join(QStringLiteral(", "));
        };
        m_readOnly.value(QStringLiteral("SignInAttributes"))->setText(attributes(m_pool.signInAttributes));
        m_readOnly.value(QStringLiteral("RequiredSignUpAttributes"))->setText(attributes(m_pool.requiredSignUpAttributes));
        QStringList tags;
        for (const auto &t : m_pool.tags)
            tags << (t.second.isEmpty() ? t.first : t.first + QLatin1Char('=') + t.second);
        m_readOnly.value(QStringLiteral("Tags"))->setText(tags.isEmpty() ? tr("None") : tags.join(QStringLiteral(", ")));
        m_creationNote->setText(tr("Set when the pool was created; these cannot be changed:"));
        const QString fixed = tr("Set when the pool was created; it cannot be changed.");
        for (auto it = m_readOnly.cbegin(); it != m_readOnly.cend(); ++it)
            it.value()->setToolTip(fixed);
        m_readOnly.value(QStringLiteral("SignInAttributes"))->setAccessibleName(tr("Sign-in attributes (read-only)"));
        m_readOnly.value(QStringLiteral("RequiredSignUpAttributes"))
            ->setAccessibleName(tr("Required at sign-up (read-only)"));
        m_readOnly.value(QStringLiteral("Tags"))->setAccessibleName(tr("Tags (read-only)"));
    }
    updateSaveEnabled(); // its tooltip explains why Save is disabled, in the current language
}

void UserPoolDialog::fetch()
{
    if (!m_service) {
        endLoad(false, ApiError(), QString());
        return;
    }
    m_service->getUserPool(m_pool.uid, this, [this](const UserPool &pool, const ApiResult &result) {
        if (endLoad(result.ok, result.error, result.requestId))
            loadPool(pool);
    });
}

void UserPoolDialog::loadPool(const UserPool &pool)
{
    m_pool = pool;
    setLoaded(true);
    const QSignalBlocker b1(m_name), b2(m_description);
    m_name->setText(pool.name);
    m_description->setPlainText(pool.description);
    m_project->setText(pool.projectName);
    for (auto it = m_switches.cbegin(); it != m_switches.cend(); ++it) {
        const QSignalBlocker b(it.value());
        const std::optional<bool> v = pool.switchValue(it.key());
        it.value()->setChecked(v.value_or(false));
    }
    retranslate();
    updateSaveEnabled();
}

UserPoolService::Draft UserPoolDialog::draft() const
{
    UserPoolService::Draft d;
    d.name = m_name->text().trimmed();
    d.description = m_description->toPlainText();
    d.projectName = m_project->text().trimmed();
    for (const QString &v : UserPoolService::signInAttributeValues()) {   // in the documented order
        if (m_signIn.value(v) && m_signIn.value(v)->isChecked())
            d.signInAttributes << v;
        if (m_required.value(v) && m_required.value(v)->isChecked())
            d.requiredSignUpAttributes << v;
    }
    if (m_tags)
        d.tags = parseTags(m_tags->toPlainText());
    return d;
}

UserPoolService::Changes UserPoolDialog::changes() const
{
    UserPoolService::Changes c;
    if (!isLoaded())
        return c;
    if (m_name->text().trimmed() != m_pool.name)
        c.name = m_name->text().trimmed();
    if (m_description->toPlainText() != m_pool.description)
        c.description = m_description->toPlainText();
    for (auto it = m_switches.cbegin(); it != m_switches.cend(); ++it) {
        const std::optional<bool> was = m_pool.switchValue(it.key());
        if (!was || *was != it.value()->isChecked())
            c.switches.insert(it.key(), it.value()->isChecked());
    }
    return c;
}

QString UserPoolDialog::errorText() const
{
    QStringList parts;
    if (!generalError().isEmpty())
        parts << generalError();
    for (const QString &f : {QStringLiteral("Name"), QStringLiteral("Description"), QStringLiteral("ProjectName"),
                             QStringLiteral("SignInAttributes"), QStringLiteral("RequiredSignUpAttributes"),
                             QStringLiteral("Tags")}) {
        if (!fieldError(f).isEmpty())
            parts << fieldError(f);
    }
    return parts.join(QLatin1Char('\n'));
}

bool UserPoolDialog::canSave(QString *why) const
{
    if (m_mode == Mode::Create) {
        *why = tr("Enter a name first.");
        return !m_name->text().trimmed().isEmpty();
    }
    *why = tr("Nothing has changed.");
    return !changes().isEmpty();
}

void UserPoolDialog::busyChanged(bool busy)
{
    m_project->setEnabled(!busy && m_mode == Mode::Create);
    for (QCheckBox *box : std::as_const(m_switches))
        box->setEnabled(!busy);
}

QString UserPoolDialog::ambiguousNote() const
{
    return m_mode == Mode::Create ? tr("The server did not confirm the request: the pool may have been created anyway. "
                                       "Refresh the list before trying again.")
                                  : tr("The server did not confirm the request: the change may have been applied anyway.");
}

bool UserPoolDialog::submit()
{
    if (isBusy() || !isLoaded())
        return false;
    clearErrors();
    if (!m_service) {
        showWriteError(ApiError(), ambiguousNote());
        return false;
    }
    auto handler = [this](const UserPool &pool, const ApiResult &result) { finishWrite(pool, result); };
    if (m_mode == Mode::Create) {
        const UserPoolService::Draft d = draft();
        const auto problems = UserPoolService::validateDraft(d);
        if (!problems.isEmpty()) {
            showProblems(problems);
            return false;
        }
        setBusy(true, tr("Creating the user pool…"));
        m_service->createUserPool(d, this, handler);
    } else {
        const UserPoolService::Changes c = changes();
        if (c.isEmpty())
            return false;
        const auto problems = UserPoolService::validateChanges(c);
        if (!problems.isEmpty()) {
            showProblems(problems);
            return false;
        }
        setBusy(true, tr("Saving…"));
        m_service->updateUserPool(m_pool.uid, c, this, handler);
    }
    return true;
}

void UserPoolDialog::finishWrite(const UserPool &pool, const ApiResult &result)
{
    if (!result.requestId.isEmpty())
        emit requestIdSeen(result.requestId);
    setBusy(false);
    if (!result.ok) {
        focusField(showWriteError(result.error, ambiguousNote()));
        return;
    }
    UserPool saved = pool;
    if (!saved.isValid()) {   // the answer lacked the object: keep what we know
        saved = m_pool;
        if (m_mode == Mode::Edit) {
            const UserPoolService::Changes c = changes();
            if (c.name)
                saved.name = *c.name;
            if (c.description)
                saved.description = *c.description;
        }
    }
    m_pool = saved;
    emit poolSaved(saved, result);
    accept();
}

QString UserPoolDialog::readOnlyText(const QString &field) const
{
    const QLineEdit *e = m_readOnly.value(field);
    return e ? e->text() : QString();
}

QList<QPair<QString, QString>> UserPoolDialog::parseTags(const QString &text)
{
    QList<QPair<QString, QString>> out;
    for (const QString &line : text.split(QLatin1Char('\n'))) {
        if (line.trimmed().isEmpty())
            continue;
        const int eq = line.indexOf(QLatin1Char('='));
        if (eq < 0)
            out.append({line.trimmed(), QString()});
        else
            out.append({line.left(eq).trimmed(), line.mid(eq + 1).trimmed()});
    }
    return out;
}

QString UserPoolDialog::attributeLabel(const QString &value)
{
    if (value == QLatin1String("preferred_username"))
        return tr("Username");
    if (value == QLatin1String("phone_number"))
        return tr("Phone number");
    if (value == QLatin1String("email"))
        return tr("Email");
    return value;
}
