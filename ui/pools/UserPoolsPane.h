// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/ApiResult.h"
#include "widgets/ListPane.h"
#include "widgets/BulkProgressDialog.h"
#include "pools/UserPoolDialog.h"
#include "cloud/UserPool.h"
#include <QPointer>
#include <QSet>

class PaneStateWidget;
class QAction;
class ImportUsersDialog;
class QComboBox;
class QLabel;
class QLineEdit;
class QModelIndex;
class QSplitter;
class QToolBar;
class QTreeView;
class UserPoolDetailView;
class UserPoolFilterProxy;
class UserPoolModel;
class UserPoolListLoader;
class UserPoolService;

// Volcengine Agent Identity user pools: list (pages of 100 as they arrive), Enabled and MAU filled in
// asynchronously (UserPoolListLoader), detail panel, create / edit / delete / enable / disable. Toolbar, filter,
// state widget, header state and the delete confirmation come from ListPane.
class UserPoolsPane : public ListPane
{
    Q_OBJECT
public:
    explicit UserPoolsPane(QWidget *parent = nullptr);
    ~UserPoolsPane() override;

    QString paneId() const override { return QStringLiteral("pools"); }
    QString paneTitle() const override;
    QIcon paneIcon() const override;
    bool supports(const Session *session, QString *reason) const override;
    void setSession(Session *session) override;

    void refresh() override;
    void newItem() override;
    void copySelection() override;
    bool exportCsv(const QString &fileName, QString *error) override;
    void saveState(QSettings &settings) const override;
    void restoreState(QSettings &settings) override;
    void retranslate() override;

    // Actions on the selection (also in the toolbar and the context menu).
    void editSelected();
    void setSelectedEnabled(bool enabled);
    void openCreateDialog();
    // "Import users…": the CSV import dialog in pool mode for the one selected pool (returns it, or nullptr).
    ImportUsersDialog *importUsersIntoSelected();

    // For tests and the main window.
    UserPoolModel *model() const { return m_model; }
    UserPoolFilterProxy *proxy() const { return m_proxy; }
    QTreeView *view() const { return m_view; }
    UserPoolDetailView *detailView() const { return m_detail; }
    PaneStateWidget *stateWidget() const { return m_state; }
    QLineEdit *filterEdit() const { return m_filter; }
    // The month whose MAU the MAU column shows ("YYYY-MM"; the current month by default, the last 12 offered).
    QComboBox *monthCombo() const { return m_monthCombo; }
    void setMauMonth(const QString &month);
    UserPoolDialog *activeDialog() const { return m_dialog; }
    // The progress dialog of the last enable / disable batch (while it is open).
    BulkProgressDialog *activeBulk() const { return m_bulk; }
    bool isLoading() const;
    int pendingDetails() const;
    UserPoolListLoader *loader() const { return m_loader; }
    QList<UserPool> selectedPools() const;
    bool selectPool(const QString &uid);

signals:
    // The list finished loading (successfully or not).
    void loaded(bool ok);
    // A bulk enable/disable finished; failures are in the summary.
    void bulkFinished(int succeeded, int failed);

protected:
    void showEvent(QShowEvent *event) override;
    DeleteRequest describeDelete() override;

private:
    void retranslateAccessibility();   // accessible names and descriptions (screen readers)
    void buildUi();
    void load();
    void onPageLoaded();
    void onListFinished(bool ok, const ApiError &error);
    void updateActions();
    void updateDetail();
    void updateEmptyState();
    void deletePool(const UserPool &pool);
    void noteResult(const ApiResult &result);
    void showContextMenu(const QPoint &pos);
    QString statusText() const;

    UserPoolService *m_service = nullptr;
    UserPoolListLoader *m_loader = nullptr;   // list pages, GetUserPool details, MAU (reads only)
    UserPoolModel *m_model = nullptr;
    UserPoolFilterProxy *m_proxy = nullptr;
    QToolBar *m_toolbar = nullptr;
    QLineEdit *m_filter = nullptr;
    QComboBox *m_stateFilter = nullptr;
    QLabel *m_monthLabel = nullptr;
    QComboBox *m_monthCombo = nullptr;
    QLabel *m_summary = nullptr;
    QTreeView *m_view = nullptr;
    UserPoolDetailView *m_detail = nullptr;
    QSplitter *m_splitter = nullptr;
    PaneStateWidget *m_state = nullptr;
    QPointer<UserPoolDialog> m_dialog;
    QPointer<BulkProgressDialog> m_bulk;

    QAction *m_newAction = nullptr;
    QAction *m_editAction = nullptr;
    QAction *m_enableAction = nullptr;
    QAction *m_disableAction = nullptr;
    QAction *m_deleteAction = nullptr;
    QAction *m_refreshAction = nullptr;
    QAction *m_copyUidAction = nullptr;
    QAction *m_copyAction = nullptr;
    QAction *m_importUsersAction = nullptr;

    bool m_needsLoad = false;
};
