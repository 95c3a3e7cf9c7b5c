// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QObject>

class ApiError;
#include <QString>

class QFormLayout;
class QLabel;
class QWidget;

// The fields of a directory form (UserDialog, GroupDialog) and the errors shown on them: each field is a row
// of the form with its label, its editor (objectName = the field name, e.g. "userName") and a red error label
// under it ("<name>Error"); errors for no known field go to a general error label ("generalError") that the
// dialog places itself. Editing a field clears its error. Texts are the dialog's (it sets the labels).
class FormErrorPresenter : public QObject
{
    Q_OBJECT
public:
    // `form` must belong to `dialog`'s layout; widgets are created as children of `dialog`.
    FormErrorPresenter(QWidget *dialog, QFormLayout *form);

    // `trailing` (optional) stands right of the editor, e.g. a "Clear" check box.
    void addField(const QString &name, QWidget *editor, QWidget *trailing = nullptr);
    bool hasField(const QString &name) const { return m_fields.contains(name); }
    // Sets the label of a field if the form has it.
    void setLabel(const QString &field, const QString &text);
    void setEditorsEnabled(bool enabled);

    QWidget *fieldWidget(const QString &field) const;
    // The error shown under a field (empty when none is shown).
    QString fieldError(const QString &field) const;
    QLabel *generalErrorLabel() const { return m_generalError; }
    QString generalError() const;

    void clearErrors();
    // Appends `message` under `field`, or to the general error when the form has no such field.
    void showFieldError(const QString &field, const QString &message);
    // An `InvalidParameter.<Field>` answer also shows its message under that field, if the form has it.
    void showParameterError(const ApiError &error);
    // The text under a form whose request failed: the message, `ambiguousText` when the server did not confirm
    // a write (it may have happened anyway), then "Code: … · RequestId: …". No error: "Not connected.".
    static QString apiErrorText(const ApiError &error, const QString &ambiguousText);

private:
    struct Field
    {
        QLabel *label = nullptr;
        QWidget *editor = nullptr;
        QLabel *error = nullptr;
    };
    void clearFieldError(const QString &name);

    QWidget *m_dialog = nullptr;
    QFormLayout *m_form = nullptr;
    QHash<QString, Field> m_fields;
    QLabel *m_generalError = nullptr;
};
