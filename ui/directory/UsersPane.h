// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "widgets/BulkProgressDialog.h"
#include "directory/DirectoryPane.h"
#include "cloud/DirectoryRecords.h"
#include <QPointer>

class DetailView;
class PaneStateWidget;
class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QSplitter;
class QTableView;
class QToolBar;
class ResetPasswordDialog;
class UserDialog;
class UserFilterProxy;
class UserListModel;

// Directory users (Cloud Identity or CloudSSO): a lazily paged list (100 per page, more on scroll) with a
// debounced server-side search and Source / Status filters, a detail panel with the user's groups,
// create / edit / delete, enable / disable several users at once (CloudSSO), reset password (Cloud Identity).
class UsersPane : public DirectoryPane
{
    Q_OBJECT
public:
    explicit UsersPane(QWidget *parent = nullptr);
    ~UsersPane() override;

    QString paneId() const override { return QStringLiteral("users"); }
    QString paneTitle() const override;
    QIcon paneIcon() const override;

    void newItem() override;
    bool exportCsv(const QString &fileName, QString *error) override;
    void saveState(QSettings &settings) const override;
    void restoreState(QSettings &settings) override;
    void retranslate() override;

    void editSelected();
    void setSelectedEnabled(bool enabled);
    void resetPasswordSelected();
    // Opens the CSV import dialog (ImportUsersDialog).
    void importUsers();

    // For tests.
    UserListModel *model() const { return m_model; }
    UserFilterProxy *proxy() const { return m_proxy; }
    QTableView *view() const { return m_view; }
    DetailView *detailView() const { return m_detail; }
    PaneStateWidget *stateWidget() const { return m_state; }
    QLineEdit *searchEdit() const { return m_search; }
    QComboBox *sourceFilter() const { return m_sourceFilter; }
    QComboBox *statusFilter() const { return m_statusFilter; }
    QLabel *summaryLabel() const { return m_summary; }
    void applySearch() override;
    bool selectUsers(const QStringList &ids);
    QStringList selectedIds() const;
    QList<DirectoryUser> selectedUsers() const;
    // The groups shown in the detail panel (after listUserGroups answered).
    QStringList detailGroupNames() const;
    bool isDetailLoading() const { return m_detailLoading > 0; }
    QByteArray csv() const;

protected:
    DeleteRequest describeDelete() override;
    QString idNoun() const override;
    void backendChanged() override;
    void load() override;

private:
    void retranslateAccessibility();   // accessible names and descriptions (screen readers)
    void buildUi();
    void updateState();
    void updateActions();
    void updateDetail();
    void renderDetail();
    void fillFilters();
    void showContextMenu(const QPoint &pos);
    void onUserSaved(const DirectoryUser &user, const QString &requestId, bool created);
    void deleteUsers(const QList<DirectoryUser> &users);
    static QString userLabel(const DirectoryUser &u);

    UserListModel *m_model = nullptr;
    UserFilterProxy *m_proxy = nullptr;
    QToolBar *m_toolbar = nullptr;
    QLineEdit *m_search = nullptr;
    QLabel *m_sourceLabel = nullptr;
    QComboBox *m_sourceFilter = nullptr;
    QLabel *m_statusLabel = nullptr;
    QComboBox *m_statusFilter = nullptr;
    QTableView *m_view = nullptr;
    PaneStateWidget *m_state = nullptr;
    DetailView *m_detail = nullptr;
    QSplitter *m_splitter = nullptr;
    QLabel *m_summary = nullptr;

    QAction *m_newAction = nullptr;
    QAction *m_editAction = nullptr;
    QAction *m_deleteAction = nullptr;
    QAction *m_enableAction = nullptr;
    QAction *m_disableAction = nullptr;
    QAction *m_resetAction = nullptr;
    QAction *m_refreshAction = nullptr;
    QAction *m_copyIdAction = nullptr;
    QAction *m_copyNameAction = nullptr;
    QAction *m_importAction = nullptr;

    // Detail panel: the selected user's full record and groups, loaded on selection.
    QObject *m_detailOwner = nullptr;
    QString m_detailId;
    DirectoryUser m_detailUser;
    bool m_detailFull = false;
    ApiError m_detailError;
    QList<DirectoryGroup> m_detailGroups;
    bool m_groupsLoaded = false;
    ApiError m_groupsError;
    int m_detailLoading = 0;
};
