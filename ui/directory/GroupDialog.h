// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "directory/DirectoryFormDialog.h"

class QComboBox;
class QLineEdit;
class QPlainTextEdit;

// Create or edit a group: GroupName, JoinType (Manual / Auto, Cloud Identity, create only), DisplayName
// (Cloud Identity), Description. Limits checked before sending (DirectoryBackend::validateGroup), errors
// shown on their field. Cloud Identity cannot rename a group: the name is read-only when editing there.
class GroupDialog : public DirectoryFormDialog
{
    Q_OBJECT
public:
    // Create: group.id empty.
    GroupDialog(DirectoryBackend *backend, const DirectoryGroup &group, QWidget *parent = nullptr);

    bool isCreating() const { return m_groupId.isEmpty(); }
    GroupDraft draft() const;
    void setDraft(const GroupDraft &draft);
    bool submit() override;

signals:
    void saved(const DirectoryGroup &group, const QString &requestId);

protected:
    void retranslate() override;

private:
    void busyChanged(bool busy) override;
    void onSaved(const WriteResult &r);

    QString m_groupId;
    DirectoryGroup m_original;
    QLineEdit *m_name = nullptr;
    QComboBox *m_joinType = nullptr;
    QLineEdit *m_displayName = nullptr;
    QPlainTextEdit *m_description = nullptr;
};
