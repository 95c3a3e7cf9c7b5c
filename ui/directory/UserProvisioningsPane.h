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
class QPushButton;
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
    void newItem() override;
    // Links from other panes: filters "principalId", "principalType", "targetId"; `select` ids are selected
    // once listed (a status message says so when one is not there).
    bool navigate(const NavigationRequest &request) override;

    // The create dialog (prefilled with `prefill`'s principal / target when given) and, for CloudSSO, the edit
    // dialog of the selected provisioning (Cloud Identity cannot update one: the pane says to delete and recreate).
    void openCreateDialog(const UserProvisioning &prefill = UserProvisioning());
    void editSelected();
    // Opens the events pane filtered to the selected provisioning.
    void showEventsOfSelected();
    // The principal filter set by a link ("" when none).
    QString principalFilter() const { return m_query.principalId; }
    void clearPrincipalFilter();

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

signals:
    // A provisioning was created or updated (the list reloads and selects it).
    void provisioningSaved(const QString &id);

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
    void applyPendingSelection();
    void updateFilterBar();
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
    QAction *m_newAction = nullptr;
    QAction *m_editAction = nullptr;
    QAction *m_eventsAction = nullptr;
    QWidget *m_filterBar = nullptr;
    QLabel *m_filterLabel = nullptr;
    QPushButton *m_clearFilter = nullptr;
    QString m_filterText;               // what the link's filter means ("group ops (25000001)")
    QStringList m_pendingSelect;        // ids to select once the list has loaded
    QAction *m_deleteAction = nullptr;
    QAction *m_refreshAction = nullptr;
    QAction *m_copyIdAction = nullptr;
    QObject *m_detailOwner = nullptr;   // owns the GetUserProvisioning in flight (a new selection cancels it)
    QString m_detailId;
    QJsonObject m_detailObject;         // the answer for m_detailId
};
