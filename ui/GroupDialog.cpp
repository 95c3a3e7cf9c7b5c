// SPDX-License-Identifier: GPL-3.0-or-later
#include "GroupDialog.h"

#include "DirectoryLabels.h"
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

GroupDialog::GroupDialog(DirectoryBackend *backend, const DirectoryGroup &group, QWidget *parent)
    : QDialog(parent), m_backend(backend), m_groupId(group.id), m_original(group)
{
    setObjectName(QStringLiteral("groupDialog"));
    setMinimumWidth(440);
    if (backend)
        m_caps = backend->capabilities();
    auto *layout = new QVBoxLayout(this);
    m_form = new QFormLayout;
    m_form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    layout->addLayout(m_form);
    m_name = new QLineEdit(this);
    m_name->setReadOnly(!isCreating() && !m_caps.groupRename);
    addField(QStringLiteral("name"), m_name);
    if (m_caps.groupJoinType) {
        m_joinType = new QComboBox(this);
        m_joinType->addItem(QString(), QStringLiteral("Manual"));
        m_joinType->addItem(QString(), QStringLiteral("Auto"));
        m_joinType->setEnabled(isCreating());
        addField(QStringLiteral("joinType"), m_joinType);
    }
    if (m_caps.groupDisplayName) {
        m_displayName = new QLineEdit(this);
        addField(QStringLiteral("displayName"), m_displayName);
    }
    m_description = new QPlainTextEdit(this);
    m_description->setTabChangesFocus(true);
    m_description->setFixedHeight(m_description->fontMetrics().lineSpacing() * 4 + 12);
    addField(QStringLiteral("description"), m_description);
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
    connect(m_buttons, &QDialogButtonBox::accepted, this, &GroupDialog::submit);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    retranslate();
    GroupDraft d;
    d.name = group.name;
    d.displayName = group.displayName;
    d.description = group.description;
    d.joinType = group.joinType.isEmpty() ? QStringLiteral("Manual") : group.joinType;
    setDraft(d);
}

void GroupDialog::addField(const QString &name, QWidget *editor)
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
    auto clear = [this, name] {
        const Field &fld = m_fields[name];
        fld.error->hide();
        fld.editor->setStyleSheet(QString());
    };
    if (auto *le = qobject_cast<QLineEdit *>(editor))
        connect(le, &QLineEdit::textEdited, this, clear);
    else if (auto *pe = qobject_cast<QPlainTextEdit *>(editor))
        connect(pe, &QPlainTextEdit::textChanged, this, clear);
}

void GroupDialog::retranslate()
{
    setWindowTitle(isCreating() ? tr("New group") : tr("Edit group %1").arg(m_original.name));
    auto setLabel = [this](const QString &field, const QString &text) {
        if (m_fields.contains(field))
            m_fields[field].label->setText(text);
    };
    setLabel(QStringLiteral("name"), tr("Group &name:"));
    setLabel(QStringLiteral("joinType"), tr("&Join type:"));
    setLabel(QStringLiteral("displayName"), tr("&Display name:"));
    setLabel(QStringLiteral("description"), tr("D&escription:"));
    if (m_joinType) {
        m_joinType->setItemText(0, tr("Manual: members are added by hand"));
        m_joinType->setItemText(1, tr("Automatic: members join by rule"));
        if (!isCreating())
            m_joinType->setToolTip(tr("The join type cannot be changed after the group is created."));
    }
    m_name->setPlaceholderText(m_caps.groupRename ? tr("Letters, digits and _ - .") : tr("Required"));
    if (m_name->isReadOnly())
        m_name->setToolTip(tr("Cloud Identity cannot rename a group."));
    m_save->setText(isCreating() ? tr("Create") : tr("Save"));
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
}

void GroupDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

GroupDraft GroupDialog::draft() const
{
    GroupDraft d;
    d.name = m_name->text().trimmed();
    if (m_displayName)
        d.displayName = m_displayName->text().trimmed();
    d.description = m_description->toPlainText();
    if (m_joinType && isCreating())
        d.joinType = m_joinType->currentData().toString();
    return d;
}

void GroupDialog::setDraft(const GroupDraft &d)
{
    m_name->setText(d.name);
    if (m_displayName)
        m_displayName->setText(d.displayName);
    m_description->setPlainText(d.description);
    if (m_joinType) {
        const int i = m_joinType->findData(d.joinType);
        if (i >= 0)
            m_joinType->setCurrentIndex(i);
    }
}

QWidget *GroupDialog::fieldWidget(const QString &field) const
{
    return m_fields.value(field).editor;
}

QString GroupDialog::fieldError(const QString &field) const
{
    const Field f = m_fields.value(field);
    return f.error && !f.error->isHidden() ? f.error->text() : QString();
}

QString GroupDialog::generalError() const
{
    return m_generalError->isHidden() ? QString() : m_generalError->text();
}

void GroupDialog::clearErrors()
{
    for (auto it = m_fields.begin(); it != m_fields.end(); ++it) {
        it->error->hide();
        it->error->clear();
        it->editor->setStyleSheet(QString());
    }
    m_generalError->hide();
    m_generalError->clear();
}

void GroupDialog::showFieldError(const QString &field, const QString &message)
{
    auto it = m_fields.find(field);
    if (it == m_fields.end()) {
        m_generalError->setText(m_generalError->text().isEmpty() ? message
                                                                 : m_generalError->text() + QLatin1Char('\n') + message);
        m_generalError->show();
        return;
    }
    it->error->setText(it->error->text().isEmpty() ? message : it->error->text() + QLatin1Char('\n') + message);
    it->error->show();
    it->editor->setStyleSheet(QStringLiteral("border: 1px solid #c62828;"));
}

void GroupDialog::setBusy(bool busy)
{
    m_busy = busy;
    for (auto it = m_fields.begin(); it != m_fields.end(); ++it)
        it->editor->setEnabled(!busy && !(it.key() == QLatin1String("joinType") && !isCreating()));
    m_save->setEnabled(!busy);
}

bool GroupDialog::submit()
{
    if (m_busy || !m_backend)
        return false;
    clearErrors();
    const GroupDraft d = draft();
    const QList<FieldError> errors = m_backend->validateGroup(d, isCreating());
    if (!errors.isEmpty()) {
        for (const FieldError &e : errors)
            showFieldError(e.field, e.message);
        if (QWidget *w = fieldWidget(errors.first().field))
            w->setFocus();
        return false;
    }
    setBusy(true);
    auto done = [this](const WriteResult &r) { onSaved(r); };
    if (isCreating())
        m_backend->createGroup(d, this, done);
    else
        m_backend->updateGroup(m_groupId, d, this, done);
    return true;
}

void GroupDialog::onSaved(const WriteResult &r)
{
    setBusy(false);
    if (!r.ok()) {
        if (r.error.kind == ApiError::Kind::Cancelled)
            return;
        const QString field = m_backend ? m_backend->fieldForError(r.error) : QString();
        QString message = r.error.kind == ApiError::Kind::InvalidInput && !r.error.message.isEmpty()
                              ? r.error.message
                              : r.error.localizedMessage();
        if (!field.isEmpty() && m_fields.contains(field)) {
            showFieldError(field, message);
            if (r.error.kind != ApiError::Kind::InvalidInput)
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
    QJsonObject o = r.result;
    if (o.value(QStringLiteral("Group")).isObject())
        o = o.value(QStringLiteral("Group")).toObject();
    DirectoryGroup g = m_backend && m_backend->serviceName() == QLatin1String("cloudsso")
                           ? RecordMapping::cloudSsoGroup(o)
                           : RecordMapping::cloudIdentityGroup(o);
    const GroupDraft d = draft();
    if (g.id.isEmpty() || g.name.isEmpty()) {
        const QString id = g.id.isEmpty() ? m_groupId : g.id;
        g = m_original;
        g.id = id;
        g.name = d.name.isEmpty() ? m_original.name : d.name;
        g.displayName = d.displayName;
        g.description = d.description;
        if (isCreating())
            g.joinType = d.joinType;
    }
    emit saved(g, r.requestId);
    accept();
}
