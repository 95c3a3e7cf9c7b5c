// SPDX-License-Identifier: GPL-3.0-or-later
#include "directory/GroupDialog.h"

#include "models/DirectoryLabels.h"
#include "widgets/FormErrorPresenter.h"
#include "cloud/RecordMapping.h"
#include "cloud/VerifiedCreate.h"
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

GroupDialog::GroupDialog(DirectoryBackend *backend, const DirectoryGroup &group, QWidget *parent)
    : DirectoryFormDialog(backend, parent), m_groupId(group.id), m_original(group)
{
    setObjectName(QStringLiteral("groupDialog"));
    setMinimumWidth(440);
    auto *layout = createFormLayout();
    m_name = new QLineEdit(this);
    m_name->setReadOnly(!isCreating() && !m_caps.groupRename);
    m_errors->addField(QStringLiteral("name"), m_name);
    if (m_caps.groupJoinType) {
        m_joinType = new QComboBox(this);
        m_joinType->addItem(QString(), QStringLiteral("Manual"));
        m_joinType->addItem(QString(), QStringLiteral("Auto"));
        m_joinType->setEnabled(isCreating());
        m_errors->addField(QStringLiteral("joinType"), m_joinType);
    }
    if (m_caps.groupDisplayName) {
        m_displayName = new QLineEdit(this);
        m_errors->addField(QStringLiteral("displayName"), m_displayName);
    }
    m_description = createDescriptionEdit();
    m_errors->addField(QStringLiteral("description"), m_description);
    addButtons(layout);
    GroupDraft d;
    d.name = group.name;
    d.displayName = group.displayName;
    d.description = group.description;
    d.joinType = group.joinType.isEmpty() ? QStringLiteral("Manual") : group.joinType;
    setDraft(d);
}

void GroupDialog::retranslate()
{
    setWindowTitle(isCreating() ? tr("New group") : tr("Edit group %1").arg(m_original.name));
    auto setLabel = [this](const QString &field, const QString &text) { m_errors->setLabel(field, text); };
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
    setSaveText(isCreating() ? tr("Create") : tr("Save"));
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
    if (m_joinType)
        selectData(m_joinType, d.joinType);
}

void GroupDialog::busyChanged(bool)
{
    // The join type is fixed once the group exists.
    if (m_joinType && !isCreating())
        m_joinType->setEnabled(false);
}

bool GroupDialog::submit()
{
    if (isBusy() || !m_backend)
        return false;
    clearErrors();
    const GroupDraft d = draft();
    const QList<FieldError> errors = m_backend->validateGroup(d, isCreating());
    if (!errors.isEmpty()) {
        showProblems(errors);
        return false;
    }
    setBusy(true, isCreating() ? tr("Creating the group…") : tr("Saving…"));
    auto done = [this](const WriteResult &r) { onSaved(r); };
    if (isCreating())
        VerifiedCreate::createGroup(m_backend, d, this, done); // an unknown outcome is checked by name, never re-sent blindly
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
        showWriteError(r.error,
                       tr("The service may have saved the change anyway. Refresh the list before trying again."));
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
