// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>

#include "cloud/DirectoryRecords.h"
#include "directory/DirectoryPane.h"
#include "models/UserProvisioningColumns.h"

class DetailView;
class PaneStateWidget;
class QLabel;
class QLineEdit;
class QSplitter;
class QTableView;
class RecordFilterProxy;

// User provisionings (Cloud Identity §3, CloudSSO §6): which users and groups are synchronised into which member
// accounts. Filter by target account (server-side), quick filter on the loaded rows, the provisioning's detail
// (GetUserProvisioning), delete one or many. Everything else comes from the list machinery: the model is a
// RecordTableModel<UserProvisioning> with UserProvisioningColumns, the proxy a RecordFilterProxy.
class UserProvisioningsPane : public DirectoryPane
{
    Q_OBJECT
public:
    explicit UserProvisioningsPane(QWidget *parent = nullptr);

    QString paneId() const override { return QStringLiteral("provisionings"); }
    QString paneTitle() const override;
    QIcon paneIcon() const override;
    bool supports(const Session *session, QString *reason) const override;

    void saveState(QSettings &settings) const override;
    void restoreState(QSettings &settings) override;
    void retranslate() override;
    void applySearch() override;

    // Deletes these provisionings (no question asked: deleteSelection() confirms first); for tests too.
    void deleteProvisionings(const QList<UserProvisioning> &provisionings);

    // For tests.
    UserProvisioningColumns::Model *model() const { return m_model; }
    RecordFilterProxy *proxy() const { return m_proxy; }
    QTableView *view() const { return m_view; }
    DetailView *detailView() const { return m_detail; }
    PaneStateWidget *stateWidget() const { return m_state; }
    QLineEdit *accountFilter() const { return m_account; }
    QList<UserProvisioning> selectedProvisionings() const;
    bool selectProvisionings(const QStringList &ids);

protected:
    void backendChanged() override;
    void load() override;
    DeleteRequest describeDelete() override;
    QString idNoun() const override;

private:
    // Deletes one provisioning, updates the model, reports it (status or warning), then calls `then` (runSingleDelete).
    void deleteOne(const UserProvisioning &p, const std::function<void(DeleteOutcome)> &then);

    void buildUi();
    void updateState();
    void updateActions();
    void renderDetail();
    void fetchDetail(const QString &id);
    void showContextMenu(const QPoint &pos);
    static QString label(const UserProvisioning &p);

    DirectoryBackend::ProvisioningQuery m_query;
    UserProvisioningColumns::Model *m_model = nullptr;
    RecordFilterProxy *m_proxy = nullptr;
    QToolBar *m_toolbar = nullptr;
    QLabel *m_accountLabel = nullptr;
    QLineEdit *m_account = nullptr;
    QLineEdit *m_search = nullptr;
    QTableView *m_view = nullptr;
    PaneStateWidget *m_state = nullptr;
    DetailView *m_detail = nullptr;
    QSplitter *m_splitter = nullptr;
    QLabel *m_summary = nullptr;
    QAction *m_deleteAction = nullptr;
    QAction *m_refreshAction = nullptr;
    QAction *m_copyIdAction = nullptr;
    QObject *m_detailOwner = nullptr;   // owns the GetUserProvisioning in flight (a new selection cancels it)
    QString m_detailId;
    QJsonObject m_detailObject;         // the answer for m_detailId
};
