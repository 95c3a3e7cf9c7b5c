// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class ApiError;
class FormErrorPresenter;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QPushButton;
class QVBoxLayout;

// Base of every create / edit dialog of one record (a pool, an application, an identity provider, a pool user, a
// directory user or group, a provisioning). It owns what those forms share, so a new record type's form is its
// fields, its texts and its two calls (read, write):
// - a form whose fields show their own errors (FormErrorPresenter), a general error above the buttons, and
//   Save / Cancel (Save calls submit()); a Retry button appears only when reading the record failed;
// - the busy state: while a read or a write is on its way the fields are disabled, Save is disabled and a
//   status text ("statusLabel") says what is happening; a write in flight cannot be cancelled (its answer decides
//   what happened), a read can;
// - fetch-then-load: beginLoad() shows the loading text and calls fetch(); the subclass's answer handler calls
//   endLoad(), which on failure shows the error with Retry (Save stays disabled) and on success lets the
//   subclass fill the form;
// - showWriteError(): a failed write shown on the field it concerns (and with Code · RequestId in the general
//   error) or as the general error, with the subclass's "may have happened anyway" note when the write is
//   ambiguous;
// - retranslation on a language change (retranslate() is the subclass's; the base re-labels its own buttons).
// Texts of the record stay in the subclass (their tr() context).
class RecordFormDialog : public QDialog
{
    Q_OBJECT
public:
    // Validates and, if valid, sends. Returns false if refused before sending (always while busy or while the
    // record has not been read).
    virtual bool submit() = 0;

    // A read or a write is on its way.
    bool isBusy() const { return m_busy; }
    // The record the form edits has been read (always true when creating).
    bool isLoaded() const { return m_loaded; }

    // For tests: the editor of a field, the error shown under it, the general error (empty when none shows).
    QWidget *fieldWidget(const QString &field) const;
    QString fieldError(const QString &field) const;
    QString generalError() const;
    QPushButton *saveButton() const { return m_save; }
    QPushButton *retryButton() const { return m_retry; }
    QString statusText() const;
    FormErrorPresenter *errors() const { return m_errors; }

public slots:
    // Save: submit() unless busy, not loaded or Save is disabled.
    void save();
    void reject() override;

signals:
    // Every answer (read or write, success or failure) that carried a RequestId.
    void requestIdSeen(const QString &requestId);

protected:
    explicit RecordFormDialog(QWidget *parent);

    // Texts of the subclass; called once by finishLayout() and on every language change.
    virtual void retranslate() = 0;
    // Create: Save needs at least a name; Edit: something to send. Returns true when Save may be pressed; when
    // not, `why` (optional) says why (Save's tool tip). Default: always.
    virtual bool canSave(QString *why) const;
    // Called after the busy state changed: enable or disable what FormErrorPresenter does not own (check boxes
    // in a row, fixed fields that stay disabled, ...). Default: nothing.
    virtual void busyChanged(bool busy);
    // Starts reading the record (fetch-then-load); the answer's handler calls endLoad(). Default: nothing.
    virtual void fetch();

    // The dialog's layout with the (empty) form in it; add fields with m_errors->addField(). `intro` (optional)
    // stands above the form; with a `scrollName` the form is in a scroll area of that object name.
    QVBoxLayout *createFormLayout(QLabel *intro = nullptr, const QString &scrollName = {});
    // The general error, the status text and the Save / Retry / Cancel buttons, at the end of `layout`. Calls
    // retranslate() and updates Save.
    void addButtons(QVBoxLayout *layout);
    void setSaveText(const QString &text);

    // The busy state (see above); `text` is the status shown while busy. A write sets `writing`.
    void setBusy(bool busy, const QString &text = {}, bool writing = true);
    void updateSaveEnabled();

    // Fetch-then-load: marks the record as not read, shows `loadingText` and calls fetch(). Retry does it again.
    void beginLoad(const QString &loadingText);
    // The read answered (`ok`: it succeeded): its RequestId is announced; on failure the error shows (as %1 of
    // `failureText` when given) with Retry and false is returned; on success the record counts as read (the caller fills the
    // form) and true is returned.
    bool endLoad(bool ok, const ApiError &error, const QString &requestId, const QString &failureText = {});
    // Create mode, or a record already complete: nothing to read.
    void setLoaded(bool loaded);

    // Shows a failed write: on the field it concerns (fieldForError()) — with the code and RequestId also as the
    // general error — or else as the general error: message, `ambiguousNote` when the write may have happened,
    // then "Code: … · RequestId: …". `prefix` (optional) stands first in the general error. Returns the field.
    QString showWriteError(const ApiError &error, const QString &ambiguousNote, const QString &prefix = {});
    // The form field a server error concerns. Default: "InvalidParameter.<Field>" when the form has <Field>.
    virtual QString fieldForError(const ApiError &error) const;
    // Shows field problems found before sending and focuses the first field in error.
    template <typename Problems>
    void showProblems(const Problems &problems)
    {
        QString first;
        for (const auto &p : problems) {
            showFieldProblem(p.field, p.message);
            if (first.isEmpty() && fieldWidget(p.field))
                first = p.field;
        }
        focusField(first);
    }
    void showFieldProblem(const QString &field, const QString &message);
    void focusField(const QString &field);
    void clearErrors();

    void changeEvent(QEvent *event) override;

    FormErrorPresenter *m_errors = nullptr;
    QFormLayout *m_form = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_save = nullptr;

private:
    void retranslateButtons();

    QPushButton *m_retry = nullptr;
    QLabel *m_status = nullptr;
    QString m_loadingText;
    bool m_busy = false;
    bool m_writing = false;
    bool m_loaded = true;
};
