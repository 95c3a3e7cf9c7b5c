// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/ApiResult.h"
#include "cloud/PoolDirectoryRecords.h"
#include "cloud/PoolDirectoryService.h"
#include <QDialog>
#include <QHash>
#include <QPointer>

class FormErrorPresenter;
class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;

// Create or edit an application (user-pool client) of one pool: name, type, description, logo, the four URL
// lists (one per line), the ID token lifetime, the refresh token settings and the four switches.
// Create: CreateUserPoolClient takes only name, type, description, logo, callback URLs and the switches
// (volcengine-id.md §7b); anything else filled in is sent right after with UpdateUserPoolClient, and if that
// second call fails the dialog says the application exists without those settings.
// Edit: reads the full application first (GetUserPoolClient), sends only the changed fields; the type cannot be
// changed (UpdateUserPoolClient does not take it). The client secret is never shown here.
// Errors stay in the dialog (under the field, or with code and RequestId), so nothing typed is lost.
class PoolClientDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Mode { Create, Edit };

    PoolClientDialog(PoolDirectoryService *service, const QString &poolUid, QWidget *parent = nullptr);
    PoolClientDialog(PoolDirectoryService *service, const QString &poolUid, const PoolClient &client,
                     QWidget *parent = nullptr);

    Mode mode() const { return m_mode; }
    bool isBusy() const { return m_busy; }
    PoolClient client() const { return m_client; }
    // The application as the form describes it (secret never included).
    PoolClient formClient() const;
    // Edit: what Save sends. Create: what goes in the follow-up UpdateUserPoolClient.
    PoolClientChanges changes() const;
    PoolClientDraft draft() const;
    QString fieldError(const QString &field) const;
    QString generalError() const;

    QWidget *field(const QString &name) const;   // "Name", "ClientType", "AllowedCallbackUrls", …
    QCheckBox *switchBox(const QString &field) const { return m_switches.value(field); }
    QSpinBox *idTokenSpin() const { return m_idToken; }
    QCheckBox *rotationBox() const { return m_rotation; }
    QCheckBox *idleBox() const { return m_hasIdle; }
    QSpinBox *idleSpin() const { return m_idle; }
    QCheckBox *combinedBox() const { return m_hasCombined; }
    QSpinBox *combinedSpin() const { return m_combined; }
    QPushButton *saveButton() const { return m_save; }

public slots:
    void save();
    void reject() override;

signals:
    void clientSaved(const PoolClient &client, const ApiResult &result);
    void requestIdSeen(const QString &requestId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void build();
    void retranslate();
    void fetch();
    void load(const PoolClient &client);
    void setBusy(bool busy, const QString &text = {});
    void showProblems(const QList<PoolDirectoryService::FieldProblem> &problems);
    void showApiError(const ApiResult &result, const QString &prefix = {});
    void finishCreate(const PoolClient &created, const ApiResult &result);
    void finish(const PoolClient &saved, const ApiResult &result);
    void updateSaveEnabled();
    void updateTypeHint();
    QList<PoolDirectoryService::FieldProblem> localProblems() const;

    QPointer<PoolDirectoryService> m_service;
    QString m_poolUid;
    Mode m_mode;
    PoolClient m_client;           // Edit: as read (secret dropped)
    PoolClient m_initial;          // the form as first shown (what "changed" compares against)
    bool m_loaded = false;
    bool m_busy = false;
    QLabel *m_intro = nullptr;
    FormErrorPresenter *m_form = nullptr;
    QLineEdit *m_name = nullptr;
    QComboBox *m_type = nullptr;
    QLabel *m_typeHint = nullptr;
    QPlainTextEdit *m_description = nullptr;
    QLineEdit *m_logo = nullptr;
    QHash<QString, QPlainTextEdit *> m_urls;
    QSpinBox *m_idToken = nullptr;
    QWidget *m_refreshBox = nullptr;
    QCheckBox *m_rotation = nullptr;
    QCheckBox *m_hasIdle = nullptr;
    QSpinBox *m_idle = nullptr;
    QCheckBox *m_hasCombined = nullptr;
    QSpinBox *m_combined = nullptr;
    QWidget *m_switchBox = nullptr;
    QHash<QString, QCheckBox *> m_switches;
    QLabel *m_status = nullptr;
    QLabel *m_error = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_save = nullptr;
};
