// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "directory/DirectoryFormDialog.h"
#include <QHash>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

// Create or edit a directory user. The documented limits are checked before sending
// (DirectoryBackend::validateUser) and shown under the field they concern; a server error that concerns a
// field (DirectoryBackend::fieldForError) is shown there too, anything else above the buttons with its code
// and RequestId. Editing loads the full user first (GetUser), so nothing is overwritten with stale data, and
// saves only what the operator changed (UserDraft::changed; nothing changed = Save disabled, "No changes."). An
// empty field never means "clear": a field the API can clear (Capabilities::userClearableFields) has a "Clear"
// check box, every other optional field is named in a note as one that cannot be cleared through the API.
class UserDialog : public DirectoryFormDialog
{
    Q_OBJECT
public:
    // Create: userId empty. Edit: the user's id and the list row (shown until GetUser answers).
    UserDialog(DirectoryBackend *backend, const DirectoryUser &user, QWidget *parent = nullptr);

    bool isCreating() const { return m_userId.isEmpty(); }
    // The form's values; when editing, with `changed` = the fields that differ from the loaded user (or are
    // ticked "Clear").
    UserDraft draft() const;
    void setDraft(const UserDraft &draft);
    // For tests: a field's "Clear" check box (only fields the API can clear have one), the note naming the
    // fields that cannot be cleared, and the line saying what Save will send.
    QCheckBox *clearBox(const QString &field) const { return m_clear.value(field); }
    QLabel *clearNote() const { return m_clearNote; }
    QLabel *changesLabel() const { return m_changesLabel; }
    bool submit() override;

signals:
    // After a successful save: the user as the service returned it (or as far as it is known).
    void saved(const DirectoryUser &user, const QString &requestId);

protected:
    void retranslate() override;

private:
    void buildUi();
    static UserDraft draftOf(const DirectoryUser &user);   // the form's values of a user (status aside)
    void busyChanged(bool busy) override;
    bool canSave(QString *why) const override;
    void fetch() override;
    // Edit mode: the optional fields in form order, their labels (for the note and the changes line).
    QStringList optionalFields() const;
    QString fieldLabel(const QString &field) const;
    QLineEdit *lineEdit(const QString &field) const;
    // Adds a field; when editing and the API can clear it, with a "Clear" check box.
    void addUserField(const QString &field, QWidget *editor);
    void applyClearState(const QString &field);
    void updateChanges();
    void onSaved(const WriteResult &result);
    DirectoryUser userFromResult(const WriteResult &result) const;

    QString m_userId;
    DirectoryUser m_original;

    QLineEdit *m_userName = nullptr;
    QLineEdit *m_displayName = nullptr;
    QLineEdit *m_firstName = nullptr;
    QLineEdit *m_lastName = nullptr;
    QLineEdit *m_email = nullptr;
    QLineEdit *m_phone = nullptr;
    QPlainTextEdit *m_description = nullptr;
    QComboBox *m_status = nullptr;
    QLabel *m_clearNote = nullptr;
    QLabel *m_changesLabel = nullptr;
    QHash<QString, QCheckBox *> m_clear;
};
