// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cloud/PoolDirectoryRecords.h"
#include "pools/PoolUserDialog.h"
#include "widgets/BulkProgressDialog.h"
#include "widgets/ListPane.h"
#include <QHash>
#include <QPointer>

class ApiCall;
class DetailView;
class PoolDirectoryService;
class PoolServicePageSource;

class PoolUserSparseModel;
class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QSplitter;
class QTableView;
class UserPoolService;

// The users of one Agent Identity user pool (volcengine-id.md §7): a sparse list that scrolls anywhere in a
// pool of millions (PoolUserSparseModel: only the pages in view are fetched), server-side search
// (Filter.UniversalSearch) and a field filter (Filter.<Field>), a "Go to row" box, a detail panel from GetUser
// (external identities, groups, custom attributes, last login), create / edit (changed fields only) and delete
// one or many through DeleteUsers (BulkOperation::deletePoolUsers in the one BulkRunner: batches of 100 uids per
// request, each user its own outcome in the one BulkProgressDialog summary, per-item failures never counted as
// deleted).
// Opened from the navigation (pick a pool) or from a pool's user count in the user pools pane (openPool()).
class PoolUsersPane : public ListPane
{
    Q_OBJECT
public:
    explicit PoolUsersPane(QWidget *parent = nullptr);
    ~PoolUsersPane() override;

    QString paneId() const override { return QStringLiteral("poolusers"); }
    QString paneTitle() const override { return tr("Pool users"); }
    QIcon paneIcon() const override;
    bool supports(const Session *session, QString *reason) const override;
    void setSession(Session *session) override;
    void refresh() override;
    void newItem() override;
    bool exportCsv(const QString &fileName, QString *error) override;
    void saveState(QSettings &settings) const override;
    void restoreState(QSettings &settings) override;
    void retranslate() override;
    void applySearch() override;

    // Shows the users of this pool (the name is shown until the pool list has loaded).
    void openPool(const QString &poolUid, const QString &poolName = QString());
    // A link from another pane (the pool detail's user count): filters "poolUid", label = the pool's name.
    bool navigate(const NavigationRequest &request) override;
    QString poolUid() const { return m_poolUid; }
    // Scrolls to a row (0-based) and selects it; only its page is fetched.
    void jumpToRow(int row);
    // A header click: re-queries with ListUsers SortField for the columns the service can sort by (cache dropped,
    // row count kept, sort indicator shown); other columns change nothing and say so.
    void sortByColumn(int column, Qt::SortOrder order);
    void editSelected();
    void retrySelected();

    PoolUserSparseModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QComboBox *poolCombo() const { return m_poolCombo; }
    QComboBox *filterFieldCombo() const { return m_filterField; }
    QLineEdit *filterValueEdit() const { return m_filterValue; }
    QSpinBox *rowSpin() const { return m_rowSpin; }
    DetailView *detailView() const { return m_detail; }
    QLabel *summaryLabel() const { return m_summary; }
    PoolUserDialog *activeDialog() const { return m_dialog; }
    // The delete batch's dialog (running, or showing its summary until closed).
    BulkProgressDialog *activeBulk() const { return m_bulk; }
    // The text of the last delete summary (what the person was told), for tests.
    QString lastDeleteReport() const { return m_lastDeleteReport; }

signals:
    // A delete batch ended: `deleted` users gone, `failed` not (each was reported).
    void deleteFinished(int deleted, int failed);

protected:
    DeleteRequest describeDelete() override;
    QString idNoun() const override;
    void showEvent(QShowEvent *event) override;

private:
    void buildUi();
    void loadPools();
    void loadUsers();
    void updateState();
    void updateActions();
    void updateVisibleRows();
    void showDetail();
    void renderDetail();
    void runDelete(const QStringList &uids);
    void onDeleteFinished(const BulkSummary &summary);
    void showContextMenu(const QPoint &pos);
    void syncSortIndicator();
    QStringList selectedUids() const;
    QList<PoolUser> selectedUsers() const;

    PoolDirectoryService *m_service = nullptr;
    UserPoolService *m_pools = nullptr;
    PoolServicePageSource *m_source = nullptr;
    PoolUserSparseModel *m_model = nullptr;
    QTableView *m_view = nullptr;
    DetailView *m_detail = nullptr;
    QSplitter *m_splitter = nullptr;
    QLabel *m_poolLabel = nullptr;
    QComboBox *m_poolCombo = nullptr;
    QLineEdit *m_search = nullptr;
    QLabel *m_filterLabel = nullptr;
    QComboBox *m_filterField = nullptr;
    QLineEdit *m_filterValue = nullptr;
    QLabel *m_rowLabel = nullptr;
    QSpinBox *m_rowSpin = nullptr;
    QLabel *m_summary = nullptr;
    QAction *m_newAction = nullptr;
    QAction *m_editAction = nullptr;
    QAction *m_deleteAction = nullptr;
    QAction *m_refreshAction = nullptr;
    QAction *m_retryAction = nullptr;
    QAction *m_copyIdAction = nullptr;
    QPointer<PoolUserDialog> m_dialog;
    QPointer<BulkProgressDialog> m_bulk;
    QPointer<ApiCall> m_detailCall;
    QString m_poolUid;
    QString m_pendingPoolName;
    PoolUser m_detailUser;       // what the detail panel shows (full once GetUser answered)
    bool m_detailComplete = false;
    QString m_detailError;
    QString m_lastDeleteReport;
    bool m_needsLoad = false;
};
