// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cloud/DirectoryBackend.h"
#include <QDialog>
#include <QPointer>

class FormErrorPresenter;
class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QPlainTextEdit;
class QPushButton;
class QVBoxLayout;

// Base of the create / edit dialogs of directory records (UserDialog, GroupDialog): the backend and its
// capabilities, a form whose fields show their own errors (FormErrorPresenter), the general error and the
// Save / Cancel buttons (Save runs submit()), the busy flag, and retranslation on language change. Texts are
// the subclasses' (they set labels and button texts in retranslate()).
class DirectoryFormDialog : public QDialog
{
    Q_OBJECT
public:
    // Validates and, if valid, sends. Returns false if refused before sending.
    virtual bool submit() = 0;
    bool isBusy() const { return m_busy; }

    // For tests: the widget of a field ("userName", "email", ...) and the error shown under it.
    QWidget *fieldWidget(const QString &field) const;
    QString fieldError(const QString &field) const;
    QString generalError() const;
    QPushButton *saveButton() const { return m_save; }

protected:
    DirectoryFormDialog(DirectoryBackend *backend, QWidget *parent);

    virtual void retranslate() = 0;
    void changeEvent(QEvent *event) override;

    // The dialog's layout with the (empty) form in it; add fields with m_errors->addField().
    QVBoxLayout *createFormLayout();
    // The general error and the Save / Cancel buttons, at the end of `layout`.
    void addButtons(QVBoxLayout *layout);
    // A four-line description editor (Tab moves on).
    QPlainTextEdit *createDescriptionEdit();
    // Selects the item whose data is `value`, if there is one.
    static void selectData(QComboBox *combo, const QString &value);

    // Shows a failed write: on the field the backend says it concerns (that field is returned), otherwise as
    // the general error with code and RequestId, followed by `ambiguousNote` when the write may have happened.
    QString showWriteError(const ApiError &error, const QString &ambiguousNote);

    QPointer<DirectoryBackend> m_backend;
    DirectoryBackend::Capabilities m_caps;
    bool m_busy = false;
    QFormLayout *m_form = nullptr;
    FormErrorPresenter *m_errors = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_save = nullptr;
};
