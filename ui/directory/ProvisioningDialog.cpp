// SPDX-License-Identifier: GPL-3.0-or-later
#include "directory/ProvisioningDialog.h"

#include "cloud/ProvisioningService.h"
#include "cloud/Session.h"
#include "directory/DirectoryPane.h"
#include "widgets/FormErrorPresenter.h"
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QTimer>
#include <QVBoxLayout>

namespace {
QLabel *helpLabel(QWidget *parent, const QString &name)
{
    auto *label = new QLabel(parent);
    label->setObjectName(name);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // Wrapped labels in a form row get the width of their size hint, not of the column: give them room.
    label->setMinimumWidth(400);
    label->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Minimum);
    QPalette pal = label->palette();
    pal.setColor(QPalette::WindowText, pal.color(QPalette::PlaceholderText));
    label->setPalette(pal);
    return label;
}
} // namespace

ProvisioningDialog::ProvisioningDialog(DirectoryBackend *backend, const UserProvisioning &existing, QWidget *parent)
    : DirectoryFormDialog(backend, parent), m_existing(existing)
{
    setObjectName(QStringLiteral("provisioningDialog"));
    setMinimumWidth(560);
    m_sso = backend && backend->serviceName() == QLatin1String("cloudsso");
    m_service = new ProvisioningService(backend ? backend->bulkClient() : nullptr, this);
    m_listOwner = new QObject(this);

    auto *layout = createFormLayout();
    m_note = helpLabel(this, QStringLiteral("provisioningNote"));
    layout->insertWidget(0, m_note);

    m_principalType = new QComboBox(this);
    m_principalType->addItem(QString(), QStringLiteral("User"));
    m_principalType->addItem(QString(), QStringLiteral("Group"));
    m_errors->addField(QStringLiteral("principalType"), m_principalType);

    m_principal = new QComboBox(this);
    m_principal->setEditable(true);
    m_principal->setInsertPolicy(QComboBox::NoInsert);
    m_principal->setMinimumContentsLength(28);
    m_errors->addField(QStringLiteral("principalId"), m_principal);

    m_target = new QLineEdit(this);
    m_errors->addField(QStringLiteral("targetId"), m_target);

    if (!m_sso) {
        m_identitySource = new QComboBox(this);
        for (const QString &v : ProvisioningService::identitySourceStrategies())
            m_identitySource->addItem(QString(), v);
        m_errors->addField(QStringLiteral("identitySourceStrategy"), m_identitySource);
        m_identitySourceHelp = helpLabel(this, QStringLiteral("identitySourceStrategyHelp"));
        m_form->addRow(QString(), m_identitySourceHelp);
    }

    m_duplication = new QComboBox(this);
    for (const QString &v : m_sso ? ProvisioningService::cloudSsoDuplicationStrategies()
                                  : ProvisioningService::cloudIdentityDuplicationStrategies())
        m_duplication->addItem(QString(), v);
    m_errors->addField(QStringLiteral("duplicationStrategy"), m_duplication);
    m_duplicationHelp = helpLabel(this, QStringLiteral("duplicationStrategyHelp"));
    m_form->addRow(QString(), m_duplicationHelp);
    if (!m_sso) {
        m_suffix = new QLineEdit(this);
        m_errors->addField(QStringLiteral("duplicationSuffix"), m_suffix);
    }

    m_deletion = new QComboBox(this);
    for (const QString &v : ProvisioningService::deletionStrategies())
        m_deletion->addItem(QString(), v);
    m_errors->addField(QStringLiteral("deletionStrategy"), m_deletion);
    m_deletionHelp = helpLabel(this, QStringLiteral("deletionStrategyHelp"));
    m_form->addRow(QString(), m_deletionHelp);

    m_description = createDescriptionEdit();
    m_errors->addField(QStringLiteral("description"), m_description);
    addButtons(layout);

    // Initial values: the provisioning being edited, or the documented samples' defaults.
    if (isCreating()) {
        selectData(m_duplication, QStringLiteral("KeepBoth"));
        selectData(m_deletion, QStringLiteral("Keep"));
        if (m_identitySource)
            selectData(m_identitySource, QStringLiteral("Create"));
        if (m_suffix)
            m_suffix->setText(m_sso ? QString() : QStringLiteral("-sso"));   // the doc's sample suffix
        if (!existing.principalType.isEmpty())   // prefilled (e.g. "New provisioning" from a user or group)
            selectData(m_principalType, existing.principalType);
        if (!existing.principalId.isEmpty())
            m_principal->setEditText(existing.principalId);
        m_target->setText(existing.targetId);
    } else {
        selectData(m_principalType, existing.principalType);
        m_principalType->setEnabled(false);
        const QString name = existing.principalName.isEmpty()
                                 ? existing.principalId
                                 : QStringLiteral("%1 (%2)").arg(existing.principalName, existing.principalId);
        m_principal->addItem(name, existing.principalId);
        m_principal->setEnabled(false);
        m_target->setText(existing.targetName.isEmpty()
                              ? existing.targetId
                              : QStringLiteral("%1 (%2)").arg(existing.targetName, existing.targetId));
        m_target->setReadOnly(true);
        m_target->setEnabled(false);   // shown like the other fixed fields
        selectData(m_duplication, existing.duplicationStrategy);
        selectData(m_deletion, existing.deletionStrategy);
        m_description->setPlainText(existing.description);
    }

    connect(m_duplication, &QComboBox::currentIndexChanged, this, &ProvisioningDialog::updateHelp);
    connect(m_deletion, &QComboBox::currentIndexChanged, this, &ProvisioningDialog::updateHelp);
    if (m_identitySource)
        connect(m_identitySource, &QComboBox::currentIndexChanged, this, &ProvisioningDialog::updateHelp);
    if (isCreating()) {
        connect(m_principalType, &QComboBox::currentIndexChanged, this, [this] {
            m_search.clear();
            loadPrincipals();
        });
        m_searchTimer = new QTimer(this);
        m_searchTimer->setSingleShot(true);
        m_searchTimer->setInterval(300);
        connect(m_searchTimer, &QTimer::timeout, this, &ProvisioningDialog::searchPrincipals);
        // Only what the operator types (not a pick from the list) starts a search.
        connect(m_principal->lineEdit(), &QLineEdit::textEdited, m_searchTimer, qOverload<>(&QTimer::start));
        loadPrincipals();
    } else {
        m_principalsLoaded = true;
    }
    retranslate();
}

void ProvisioningDialog::retranslate()
{
    setWindowTitle(isCreating() ? tr("New user provisioning") : tr("Edit user provisioning %1").arg(m_existing.id));
    auto setLabel = [this](const QString &field, const QString &text) { m_errors->setLabel(field, text); };
    setLabel(QStringLiteral("principalType"), tr("Principal &type:"));
    setLabel(QStringLiteral("principalId"), tr("&Principal:"));
    setLabel(QStringLiteral("targetId"), tr("Target &account ID:"));
    setLabel(QStringLiteral("identitySourceStrategy"), tr("&Identity source:"));
    setLabel(QStringLiteral("duplicationStrategy"), tr("On a name &clash:"));
    setLabel(QStringLiteral("duplicationSuffix"), tr("Name &suffix:"));
    setLabel(QStringLiteral("deletionStrategy"), tr("When &deleted:"));
    setLabel(QStringLiteral("description"), tr("D&escription:"));

    m_principalType->setItemText(0, tr("User"));
    m_principalType->setItemText(1, tr("Group"));
    auto setItem = [](QComboBox *combo, const QString &value, const QString &text) {
        const int i = combo->findData(value);
        if (i >= 0)
            combo->setItemText(i, text);
    };
    setItem(m_duplication, QStringLiteral("KeepBoth"), tr("Keep both (KeepBoth)"));
    setItem(m_duplication, QStringLiteral("Takeover"), tr("Take over (Takeover)"));
    setItem(m_duplication, QStringLiteral("TakeOver"), tr("Take over (TakeOver)"));
    setItem(m_deletion, QStringLiteral("Keep"), tr("Keep the synchronised users (Keep)"));
    setItem(m_deletion, QStringLiteral("Delete"), tr("Delete the synchronised users (Delete)"));
    if (m_identitySource) {
        setItem(m_identitySource, QStringLiteral("Create"), tr("Create"));
        setItem(m_identitySource, QStringLiteral("Ignore"), tr("Ignore"));
    }

    if (isCreating()) {
        m_principal->lineEdit()->setPlaceholderText(tr("Choose from the list or type an ID"));
        m_principal->setToolTip(tr("The user or group whose users are synchronised into the account"));
        m_target->setPlaceholderText(m_sso ? tr("Resource directory member ID, e.g. 1234567890120001")
                                           : tr("Member account ID, e.g. 2100247160"));
    } else {
        m_principal->setToolTip(tr("The principal and the account cannot be changed: delete the provisioning and "
                                   "create a new one."));
        m_target->setToolTip(m_principal->toolTip());
    }
    if (m_suffix) {
        m_suffix->setPlaceholderText(tr("e.g. -sso"));
        m_suffix->setToolTip(tr("Added to the name of a user whose name is already taken in the account "
                                "(required with Keep both)"));
    }
    if (!m_sso)
        m_note->setText(tr("Cloud Identity cannot change a user provisioning after it is created: to change one, "
                           "delete it and create it again."));
    else if (isCreating())
        m_note->setText(tr("The principal's users are synchronised as RAM users into the resource directory "
                           "member account. The strategies and the description can be changed later."));
    else
        m_note->setText(tr("Only the strategies and the description can be changed; only what you change is "
                           "sent."));
    setSaveText(isCreating() ? tr("Create") : tr("Save"));
    updateHelp();
}

QString ProvisioningDialog::strategyHelp(const QString &field) const
{
    if (field == QLatin1String("duplicationStrategy"))
        return m_duplicationHelp->text();
    if (field == QLatin1String("deletionStrategy"))
        return m_deletionHelp->text();
    if (field == QLatin1String("identitySourceStrategy") && m_identitySourceHelp)
        return m_identitySourceHelp->text();
    return QString();
}

void ProvisioningDialog::busyChanged(bool)
{
    if (!isCreating()) {   // the fixed fields stay fixed
        m_principalType->setEnabled(false);
        m_principal->setEnabled(false);
        m_target->setEnabled(false);
    }
    updateHelp();
}

QString ProvisioningDialog::fieldForError(const ApiError &e) const
{
    QString field;
    const int dot = e.code.indexOf(QLatin1Char('.'));
    if (e.kind == ApiError::Kind::InvalidInput || e.code.startsWith(QLatin1String("InvalidParam"))
        || e.code.startsWith(QLatin1String("MissingParameter")))
        field = dot > 0 ? fieldOf(e.code.mid(dot + 1)) : QString();
    if (!field.isEmpty() && m_errors->hasField(field))
        return field;
    return DirectoryFormDialog::fieldForError(e);
}

void ProvisioningDialog::updateHelp()
{
    // What each choice does: aliyun-cloudsso.md §6 ("Strategy meanings"), volcengine-cloudidentity.md §3.
    const QString dup = m_duplication->currentData().toString();
    QString text;
    if (m_sso) {
        text = dup == QLatin1String("KeepBoth")
                   ? tr("When a RAM user with the same name already exists in the account, it is kept and the "
                        "synchronised user is created as <name>_sso.")
                   : tr("When a RAM user with the same name already exists in the account, the synchronised user "
                        "takes it over (replaces it).");
    } else {
        text = dup == QLatin1String("KeepBoth")
                   ? tr("When a user with the same name already exists in the account, it is kept and the "
                        "synchronised user gets the name suffix below (required).")
                   : tr("When a user with the same name already exists in the account, the synchronised user "
                        "takes it over.");
    }
    m_duplicationHelp->setText(text);
    if (m_suffix)
        m_suffix->setEnabled(dup == QLatin1String("KeepBoth") && isCreating() && !isBusy());
    const QString del = m_deletion->currentData().toString();
    m_deletionHelp->setText(del == QLatin1String("Delete")
                                ? tr("When this provisioning is deleted, the users it synchronised into the account "
                                     "are deleted too.")
                                : tr("When this provisioning is deleted, the users it synchronised into the account "
                                     "are kept."));
    if (m_identitySourceHelp) {
        // [doc silent] §3 lists Create and Ignore without describing them.
        m_identitySourceHelp->setText(tr("The documented values are Create and Ignore; the reference does not "
                                         "describe them further."));
    }
}

namespace {
// The id of a principal written "name (id)", as the list shows them; empty when `text` is not written so.
QString idInParentheses(const QString &text)
{
    static const QRegularExpression withId(QStringLiteral("\\(([^()\\s]+)\\)$"));
    const QRegularExpressionMatch m = withId.match(text);
    return m.hasMatch() ? m.captured(1) : QString();
}
} // namespace

void ProvisioningDialog::searchPrincipals()
{
    QString text = m_principal->currentText().trimmed();
    if (m_principal->findText(text) >= 0)   // a principal of the list: nothing to search
        return;
    // "name (id)" pasted: an ID is not searched by name; the list stays as it is.
    if (!idInParentheses(text).isEmpty() || text == m_search)
        return;
    // The page already holds every match of a shorter search: no need to ask again.
    if (!m_morePrincipals && m_principalsLoaded && !m_search.isEmpty() && text.startsWith(m_search))
        return;
    m_search = text;
    loadPrincipals();
}

void ProvisioningDialog::setPrincipalItems(const QList<QPair<QString, QString>> &items)
{
    // What is typed, and where the cursor is, stay: the list changes under the operator's typing.
    const QString typed = m_principal->currentText();
    const int cursor = m_principal->lineEdit()->cursorPosition();
    m_principal->clear();
    for (const auto &item : items)
        m_principal->addItem(QStringLiteral("%1 (%2)").arg(item.first, item.second), item.second);
    m_principal->setCurrentIndex(-1);
    m_principal->setEditText(typed);
    m_principal->lineEdit()->setCursorPosition(cursor);
}

void ProvisioningDialog::loadPrincipals()
{
    delete m_listOwner;   // cancels the listing of the other type, or of an older search
    m_listOwner = new QObject(this);
    m_principalsLoaded = false;
    setPrincipalItems({});
    if (!m_backend)
        return;
    auto fill = [this](const QList<QPair<QString, QString>> &items, bool more, const ApiError &error) {
        setPrincipalItems(items);
        m_morePrincipals = more;
        if (error.isError() && error.kind != ApiError::Kind::Cancelled)
            m_principal->setToolTip(tr("Could not list them (%1): type the ID.").arg(DirectoryPane::errorText(error)));
        else if (more)
            m_principal->setToolTip(tr("Only the first %1 are listed: type the start of a name to search the "
                                       "directory, or type an ID.").arg(items.size()));
        m_principalsLoaded = true;
    };
    // One page of 100 is offered: the first, or the first that matches what was typed (searched by the
    // service: Cloud Identity QueryString, CloudSSO "UserName sw" / the group name filter); any other principal
    // is typed by ID.
    if (m_principalType->currentData().toString() == QLatin1String("Group")) {
        m_backend->listGroups(m_search, QString(), 100, m_listOwner, [fill](const Page<DirectoryGroup> &page) {
            QList<QPair<QString, QString>> items;
            for (const DirectoryGroup &g : page.items)
                items.append({g.name, g.id});
            fill(items, !page.nextCursor.isEmpty(), page.error);
        });
    } else {
        DirectoryBackend::UserQuery query;
        query.search = m_search;
        m_backend->listUsers(query, QString(), 100, m_listOwner, [fill](const Page<DirectoryUser> &page) {
            QList<QPair<QString, QString>> items;
            for (const DirectoryUser &u : page.items)
                items.append({u.userName, u.id});
            fill(items, !page.nextCursor.isEmpty(), page.error);
        });
    }
}

QString ProvisioningDialog::principalIdFromCombo() const
{
    const QString text = m_principal->currentText().trimmed();
    const int index = m_principal->findText(text);
    if (index >= 0 && !m_principal->itemData(index).toString().isEmpty())
        return m_principal->itemData(index).toString();
    // "name (id)" typed or pasted by hand: the id.
    const QString id = idInParentheses(text);
    return id.isEmpty() ? text : id;
}

UserProvisioningDraft ProvisioningDialog::draft() const
{
    UserProvisioningDraft d;
    d.principalType = m_principalType->currentData().toString();
    d.principalId = isCreating() ? principalIdFromCombo() : m_existing.principalId;
    d.targetId = isCreating() ? m_target->text().trimmed() : m_existing.targetId;
    d.duplicationStrategy = m_duplication->currentData().toString();
    d.deletionStrategy = m_deletion->currentData().toString();
    if (m_identitySource)
        d.identitySourceStrategy = m_identitySource->currentData().toString();
    if (m_suffix && d.duplicationStrategy == QLatin1String("KeepBoth"))
        d.duplicationSuffix = m_suffix->text().trimmed();
    d.description = m_description->toPlainText();
    return d;
}

SsoProvisioningChanges ProvisioningDialog::changes() const
{
    SsoProvisioningChanges c;
    const UserProvisioningDraft d = draft();
    if (d.deletionStrategy != m_existing.deletionStrategy)
        c.deletionStrategy = d.deletionStrategy;
    if (d.duplicationStrategy != m_existing.duplicationStrategy)
        c.duplicationStrategy = d.duplicationStrategy;
    if (d.description != m_existing.description)
        c.description = d.description;
    return c;
}

QString ProvisioningDialog::fieldOf(const QString &apiField)
{
    QString f = apiField;
    if (f.startsWith(QLatin1String("New")))
        f = f.mid(3);   // NewDeletionStrategy -> DeletionStrategy
    if (f.isEmpty())
        return f;
    f[0] = f.at(0).toLower();
    return f;
}

bool ProvisioningDialog::submit()
{
    if (isBusy() || !m_backend)
        return false;
    clearErrors();
    QList<ProvisioningService::FieldProblem> problems;
    const UserProvisioningDraft d = draft();
    const SsoProvisioningChanges c = changes();
    if (isCreating())
        problems = m_sso ? ProvisioningService::validateCloudSsoDraft(d) : ProvisioningService::validateCloudIdentityDraft(d);
    else if (c.isEmpty())
        problems.append({QString(), tr("Nothing was changed.")});
    else
        problems = ProvisioningService::validateCloudSsoChanges(c);
    if (!problems.isEmpty()) {
        for (ProvisioningService::FieldProblem &p : problems)
            p.field = fieldOf(p.field);
        showProblems(problems);
        return false;
    }

    setBusy(true, isCreating() ? tr("Creating the provisioning…") : tr("Saving…"));
    const bool sso = m_sso;
    auto done = [this, sso](const UserProvisioningRecord &, const ApiResult &r) {
        if (!r.requestId.isEmpty())
            emit requestIdSeen(r.requestId);
        setBusy(false);
        if (!r.ok) {
            showWriteError(r.error, isCreating() ? tr("The server did not confirm: the provisioning may have been "
                                                    "created anyway. Refresh the list before trying again.")
                                               : tr("The server did not confirm: the change may have been made "
                                                    "anyway. Refresh the list before trying again."));
            return;
        }
        const QJsonObject object = sso ? r.result.value(QLatin1String("UserProvisioning")).toObject() : r.result;
        UserProvisioning p = m_backend ? m_backend->provisioningFromResult(object) : UserProvisioning();
        if (p.id.isEmpty())
            p.id = object.value(QLatin1String("UserProvisioningId")).toString();
        emit saved(p, r.requestId);
        accept();
    };
    ApiCall *call = nullptr;
    const QString dir = m_backend->session() ? m_backend->session()->directoryId() : QString();
    if (!isCreating())
        call = m_service->updateCloudSsoProvisioning(dir, m_existing.id, c, this, done);
    else if (sso)
        call = m_service->createCloudSsoProvisioning(dir, d, this, done);
    else
        call = m_service->createCloudIdentityProvisioning(d, this, done);
    return call != nullptr;
}
