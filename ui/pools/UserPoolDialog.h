// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/ApiResult.h"
#include "cloud/UserPool.h"
#include "cloud/UserPoolService.h"
#include "widgets/RecordFormDialog.h"
#include <QHash>
#include <QPointer>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

// Create a user pool (Name required, Description, ProjectName, and the creation-only SignInAttributes,
// RequiredSignUpAttributes and Tags, which the form says cannot be changed later) or edit one (those three
// shown read-only; name, description and the nine sign-in switches can change; only changed fields are sent). The dialog sends the request itself and stays open
// with the error (message, code, RequestId) if it fails, so nothing typed is lost.
class UserPoolDialog : public RecordFormDialog
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
    // What Save would send (Edit mode); empty when nothing changed.
    UserPoolService::Changes changes() const;
    UserPoolService::Draft draft() const;
    // Every error the form shows (the general one, then those under the fields).
    QString errorText() const;
    bool submit() override;

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

signals:
    // The server's answer after a successful write (Create/Update return the pool).
    void poolSaved(const UserPool &pool, const ApiResult &result);

protected:
    void retranslate() override;
    bool canSave(QString *why) const override;
    void busyChanged(bool busy) override;
    void fetch() override;

private:
    void build();
    void loadPool(const UserPool &pool);
    QString ambiguousNote() const;
    void finishWrite(const UserPool &pool, const ApiResult &result);

    QPointer<UserPoolService> m_service;
    Mode m_mode;
    UserPool m_pool;
    QLabel *m_intro = nullptr;
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
};
