// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "directory/DirectoryFormDialog.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

// Create or edit a directory user. The documented limits are checked before sending
// (DirectoryBackend::validateUser) and shown under the field they concern; a server error that concerns a
// field (DirectoryBackend::fieldForError) is shown there too, anything else above the buttons with its code
// and RequestId. Editing loads the full user first (GetUser), so nothing is overwritten with stale data.
class UserDialog : public DirectoryFormDialog
{
    Q_OBJECT
public:
    // Create: userId empty. Edit: the user's id and the list row (shown until GetUser answers).
    UserDialog(DirectoryBackend *backend, const DirectoryUser &user, QWidget *parent = nullptr);

    bool isCreating() const { return m_userId.isEmpty(); }
    UserDraft draft() const;
    void setDraft(const UserDraft &draft);
    bool submit() override;

signals:
    // After a successful save: the user as the service returned it (or as far as it is known).
    void saved(const DirectoryUser &user, const QString &requestId);

protected:
    void retranslate() override;

private:
    void buildUi();
    void setBusy(bool busy, const QString &text = {});
    void loadUser();
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
    QLabel *m_busyLabel = nullptr;
};
