// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DirectoryBackend.h"
#include <QDialog>
#include <QHash>
#include <QPointer>

class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

// Create or edit a group: GroupName, JoinType (Manual / Auto, Cloud Identity, create only), DisplayName
// (Cloud Identity), Description. Limits checked before sending (DirectoryBackend::validateGroup), errors
// shown on their field. Cloud Identity cannot rename a group: the name is read-only when editing there.
class GroupDialog : public QDialog
{
    Q_OBJECT
public:
    // Create: group.id empty.
    GroupDialog(DirectoryBackend *backend, const DirectoryGroup &group, QWidget *parent = nullptr);

    bool isCreating() const { return m_groupId.isEmpty(); }
    GroupDraft draft() const;
    void setDraft(const GroupDraft &draft);
    bool submit();
    bool isBusy() const { return m_busy; }
    QWidget *fieldWidget(const QString &field) const;
    QString fieldError(const QString &field) const;
    QString generalError() const;
    QPushButton *saveButton() const { return m_save; }

signals:
    void saved(const DirectoryGroup &group, const QString &requestId);

protected:
    void changeEvent(QEvent *event) override;

private:
    struct Field
    {
        QLabel *label = nullptr;
        QWidget *editor = nullptr;
        QLabel *error = nullptr;
    };
    void retranslate();
    void addField(const QString &name, QWidget *editor);
    void clearErrors();
    void showFieldError(const QString &field, const QString &message);
    void setBusy(bool busy);
    void onSaved(const WriteResult &r);

    QPointer<DirectoryBackend> m_backend;
    DirectoryBackend::Capabilities m_caps;
    QString m_groupId;
    DirectoryGroup m_original;
    bool m_busy = false;
    QFormLayout *m_form = nullptr;
    QHash<QString, Field> m_fields;
    QLineEdit *m_name = nullptr;
    QComboBox *m_joinType = nullptr;
    QLineEdit *m_displayName = nullptr;
    QPlainTextEdit *m_description = nullptr;
    QLabel *m_generalError = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_save = nullptr;
};
