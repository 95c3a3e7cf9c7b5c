// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/ApiResult.h"
#include "cloud/UserPool.h"
#include "cloud/UserPoolService.h"
#include <QDialog>
#include <QHash>
#include <QPointer>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

// Create a user pool (Name required, Description, ProjectName, and the creation-only SignInAttributes,
// RequiredSignUpAttributes and Tags, which the form says cannot be changed later) or edit one (those three
// shown read-only; name, description and the nine sign-in switches can change; only changed fields are sent). The dialog sends the request itself and stays open
// with the error (message, code, RequestId) if it fails, so nothing typed is lost.
class UserPoolDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Mode { Create, Edit };

    // Create mode.
    UserPoolDialog(UserPoolService *service, QWidget *parent = nullptr);
    // Edit mode: if `pool` is not complete, the dialog reads it first (GetUserPool).
    UserPoolDialog(UserPoolService *service, const UserPool &pool, QWidget *parent = nullptr);

    Mode mode() const { return m_mode; }
    UserPool pool() const { return m_pool; }
    bool isBusy() const { return m_busy; }
    // What Save would send (Edit mode); empty when nothing changed.
    UserPoolService::Changes changes() const;
    UserPoolService::Draft draft() const;
    QString errorText() const;

    QLineEdit *nameEdit() const { return m_name; }
    QPlainTextEdit *descriptionEdit() const { return m_description; }
    QLineEdit *projectEdit() const { return m_project; }
    QCheckBox *switchBox(const QString &field) const { return m_switches.value(field); }
    // Create: the creation-only attributes (value: preferred_username, phone_number, email) and the tags.
    QCheckBox *signInBox(const QString &value) const { return m_signIn.value(value); }
    QCheckBox *requiredBox(const QString &value) const { return m_required.value(value); }
    QPlainTextEdit *tagsEdit() const { return m_tags; }
    // Edit: the read-only texts of SignInAttributes, RequiredSignUpAttributes and Tags.
    QString readOnlyText(const QString &field) const;
    // "key=value" lines → tags (a line without "=" is a key with an empty value); blank lines are skipped.
    static QList<QPair<QString, QString>> parseTags(const QString &text);
    // People's name of a sign-in attribute value ("email" → "Email").
    static QString attributeLabel(const QString &value);
    QPushButton *saveButton() const { return m_save; }

public slots:
    void save();
    void reject() override;

signals:
    // The server's answer after a successful write (Create/Update return the pool).
    void poolSaved(const UserPool &pool, const ApiResult &result);
    // Every answer (success or failure) that carried a RequestId.
    void requestIdSeen(const QString &requestId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void build();
    void retranslate();
    void loadPool(const UserPool &pool);
    void fetchPool();
    void setBusy(bool busy, const QString &text = {});
    void showProblems(const QList<UserPoolService::FieldProblem> &problems);
    void showApiError(const ApiResult &result);
    void updateSaveEnabled();
    void finishWrite(const UserPool &pool, const ApiResult &result);

    QPointer<UserPoolService> m_service;
    Mode m_mode;
    UserPool m_pool;
    bool m_loaded = false;
    bool m_busy = false;
    QLabel *m_intro = nullptr;
    QLabel *m_nameLabel = nullptr;
    QLabel *m_descriptionLabel = nullptr;
    QLabel *m_projectLabel = nullptr;
    QLabel *m_switchesLabel = nullptr;
    QLineEdit *m_name = nullptr;
    QPlainTextEdit *m_description = nullptr;
    QLineEdit *m_project = nullptr;
    QHash<QString, QCheckBox *> m_switches;
    QLabel *m_creationNote = nullptr;
    QLabel *m_signInLabel = nullptr;
    QLabel *m_requiredLabel = nullptr;
    QLabel *m_tagsLabel = nullptr;
    QWidget *m_signInRow = nullptr;
    QWidget *m_requiredRow = nullptr;
    QHash<QString, QCheckBox *> m_signIn;      // Create
    QHash<QString, QCheckBox *> m_required;    // Create
    QPlainTextEdit *m_tags = nullptr;          // Create
    QHash<QString, QLineEdit *> m_readOnly;    // Edit: SignInAttributes, RequiredSignUpAttributes, Tags
    QLabel *m_status = nullptr;
    QLabel *m_error = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_save = nullptr;
};
