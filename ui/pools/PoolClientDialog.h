// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/ApiResult.h"
#include "cloud/PoolDirectoryRecords.h"
#include "cloud/PoolDirectoryService.h"
#include "widgets/RecordFormDialog.h"
#include <QHash>
#include <QPointer>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

// Create or edit an application (user-pool client) of one pool: name, type, description, logo, the four URL
// lists (one per line), the ID token lifetime, the refresh token settings and the four switches.
// Create: CreateUserPoolClient takes only name, type, description, logo, callback URLs and the switches
// (volcengine-id.md §7b); anything else filled in is sent right after with UpdateUserPoolClient, and if that
// second call fails the dialog says the application exists without those settings.
// Edit: reads the full application first (GetUserPoolClient), sends only the changed fields; the type cannot be
// changed (UpdateUserPoolClient does not take it). The client secret is never shown here.
// Errors stay in the dialog (under the field, or with code and RequestId), so nothing typed is lost.
class PoolClientDialog : public RecordFormDialog
{
    Q_OBJECT
public:
    enum class Mode { Create, Edit };

    PoolClientDialog(PoolDirectoryService *service, const QString &poolUid, QWidget *parent = nullptr);
    PoolClientDialog(PoolDirectoryService *service, const QString &poolUid, const PoolClient &client,
                     QWidget *parent = nullptr);

    Mode mode() const { return m_mode; }
    PoolClient client() const { return m_client; }
    // The application as the form describes it (secret never included).
    PoolClient formClient() const;
    // Edit: what Save sends. Create: what goes in the follow-up UpdateUserPoolClient.
    PoolClientChanges changes() const;
    PoolClientDraft draft() const;
    bool submit() override;

    QWidget *field(const QString &name) const;   // "Name", "ClientType", "AllowedCallbackUrls", …
    QCheckBox *switchBox(const QString &field) const { return m_switches.value(field); }
    QSpinBox *idTokenSpin() const { return m_idToken; }
    QCheckBox *rotationBox() const { return m_rotation; }
    QCheckBox *idleBox() const { return m_hasIdle; }
    QSpinBox *idleSpin() const { return m_idle; }
    QCheckBox *combinedBox() const { return m_hasCombined; }
    QSpinBox *combinedSpin() const { return m_combined; }

signals:
    void clientSaved(const PoolClient &client, const ApiResult &result);

protected:
    void retranslate() override;
    bool canSave(QString *why) const override;
    void busyChanged(bool busy) override;
    void fetch() override;

private:
    void build();
    void load(const PoolClient &client);
    void showApiError(const ApiResult &result, const QString &prefix = {});
    void finishCreate(const PoolClient &created, const ApiResult &result);
    void finish(const PoolClient &saved, const ApiResult &result);
    void updateTypeHint();
    QList<PoolDirectoryService::FieldProblem> localProblems() const;

    QPointer<PoolDirectoryService> m_service;
    QString m_poolUid;
    Mode m_mode;
    PoolClient m_client;           // Edit: as read (secret dropped)
    PoolClient m_initial;          // the form as first shown (what "changed" compares against)
    QLabel *m_intro = nullptr;
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
};
