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
class QWidget;

// Create or edit a directory user. The documented limits are checked before sending
// (DirectoryBackend::validateUser) and shown under the field they concern; a server error that concerns a
// field (DirectoryBackend::fieldForError) is shown there too, anything else above the buttons with its code
// and RequestId. Editing loads the full user first (GetUser), so nothing is overwritten with stale data.
class UserDialog : public QDialog
{
    Q_OBJECT
public:
    // Create: userId empty. Edit: the user's id and the list row (shown until GetUser answers).
    UserDialog(DirectoryBackend *backend, const DirectoryUser &user, QWidget *parent = nullptr);

    bool isCreating() const { return m_userId.isEmpty(); }
    UserDraft draft() const;
    void setDraft(const UserDraft &draft);
    // Validates and, if valid, sends. Returns false if refused before sending.
    bool submit();
    bool isBusy() const { return m_busy; }

    // For tests: the widget of a field ("userName", "email", ...) and the error shown under it.
    QWidget *fieldWidget(const QString &field) const;
    QString fieldError(const QString &field) const;
    QString generalError() const;
    QPushButton *saveButton() const { return m_save; }

signals:
    // After a successful save: the user as the service returned it (or as far as it is known).
    void saved(const DirectoryUser &user, const QString &requestId);

protected:
    void changeEvent(QEvent *event) override;

private:
    struct Field
    {
        QLabel *label = nullptr;
        QWidget *editor = nullptr;
        QLabel *error = nullptr;
    };
    void buildUi();
    void retranslate();
    void addField(const QString &name, QWidget *editor);
    void clearErrors();
    void showFieldError(const QString &field, const QString &message);
    void setBusy(bool busy, const QString &text = {});
    void loadUser();
    void onSaved(const WriteResult &result);
    DirectoryUser userFromResult(const WriteResult &result) const;

    QPointer<DirectoryBackend> m_backend;
    DirectoryBackend::Capabilities m_caps;
    QString m_userId;
    DirectoryUser m_original;
    bool m_busy = false;

    QFormLayout *m_form = nullptr;
    QHash<QString, Field> m_fields;
    QLineEdit *m_userName = nullptr;
    QLineEdit *m_displayName = nullptr;
    QLineEdit *m_firstName = nullptr;
    QLineEdit *m_lastName = nullptr;
    QLineEdit *m_email = nullptr;
    QLineEdit *m_phone = nullptr;
    QPlainTextEdit *m_description = nullptr;
    QComboBox *m_status = nullptr;
    QLabel *m_busyLabel = nullptr;
    QLabel *m_generalError = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_save = nullptr;
};
