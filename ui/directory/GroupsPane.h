// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "widgets/BulkProgressDialog.h"
#include "directory/DirectoryPane.h"
#include "cloud/DirectoryRecords.h"
#include <QPointer>

class DetailView;
class GroupFilterProxy;
class GroupListModel;
class GroupMemberModel;
class PaneStateWidget;
class QAction;
class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QSplitter;
class QTableView;
class QToolBar;

// Directory groups: list with search (server-side, debounced), create / edit / delete (with an explanation
// when the service refuses because the group still has members), and the members of the selected group
// with add (user picker with server-side search) and remove.
class GroupsPane : public DirectoryPane
{
    Q_OBJECT
public:
    explicit GroupsPane(QWidget *parent = nullptr);
    ~GroupsPane() override;

    QString paneId() const override { return QStringLiteral("groups"); }
    QString paneTitle() const override;
    QIcon paneIcon() const override;

    void newItem() override;
    void copySelection() override;
    void saveState(QSettings &settings) const override;
    void restoreState(QSettings &settings) override;
    void retranslate() override;

    void editSelected();
    void addMembers();
    void removeSelectedMembers();
    // Adds users to the current group without the picker (the picker's OK ends here too).
    void addUsersToCurrentGroup(const QList<DirectoryUser> &users);

    // For tests.
    GroupListModel *model() const { return m_model; }
    GroupFilterProxy *proxy() const { return m_proxy; }
    GroupMemberModel *memberModel() const { return m_members; }
    QTableView *view() const { return m_view; }
    QTableView *memberView() const { return m_memberView; }
    DetailView *detailView() const { return m_detail; }
    PaneStateWidget *stateWidget() const { return m_state; }
    PaneStateWidget *memberStateWidget() const { return m_memberState; }
    QLineEdit *searchEdit() const { return m_search; }
    void applySearch() override;
    bool selectGroups(const QStringList &ids);
    bool selectMembers(const QStringList &userIds);
    QStringList selectedIds() const;
    QList<DirectoryGroup> selectedGroups() const;
    QString currentGroupId() const { return m_currentGroup; }
    QByteArray csv() const;
    // After a batch delete with groups refused because they are still provisioned: the blockers it listed (empty
    // when none were found). Also announced by refusalsExplained().
    QString lastRefusalBlockers() const { return m_lastRefusalBlockers; }
    // A refusal that means "still provisioned / still has members" (409, *Conflict).
    static bool isDeleteConflict(const ApiError &error);

signals:
    void refusalsExplained(const QString &blockers);

protected:
    DeleteRequest describeDelete() override;
    void backendChanged() override;
    void load() override;

private:
    void retranslateAccessibility();   // accessible names and descriptions (screen readers)
    void buildUi();
    void updateState();
    void updateMemberState();
    void updateActions();
    void onSelectionChanged();
    void renderDetail();
    void showContextMenu(const QPoint &pos);
    QString m_lastRefusalBlockers;
    void showMemberContextMenu(const QPoint &pos);
    void onGroupSaved(const DirectoryGroup &group, const QString &requestId, bool created);
    void deleteGroups(const QList<DirectoryGroup> &groups);
    QString explainDeleteError(const DirectoryGroup &group, const ApiError &error) const;
    QStringList selectedMemberIds() const;
    static QString groupLabel(const DirectoryGroup &g);

    GroupListModel *m_model = nullptr;
    GroupFilterProxy *m_proxy = nullptr;
    GroupMemberModel *m_members = nullptr;
    QSortFilterProxyModel *m_memberProxy = nullptr;
    QToolBar *m_toolbar = nullptr;
    QLineEdit *m_search = nullptr;
    QTableView *m_view = nullptr;
    PaneStateWidget *m_state = nullptr;
    DetailView *m_detail = nullptr;
    QLabel *m_membersTitle = nullptr;
    QToolBar *m_memberToolbar = nullptr;
    QTableView *m_memberView = nullptr;
    PaneStateWidget *m_memberState = nullptr;
    QSplitter *m_splitter = nullptr;
    QSplitter *m_rightSplitter = nullptr;
    QLabel *m_summary = nullptr;
    QString m_currentGroup;

    QAction *m_newAction = nullptr;
    QAction *m_editAction = nullptr;
    QAction *m_deleteAction = nullptr;
    QAction *m_refreshAction = nullptr;
    QAction *m_copyIdAction = nullptr;
    QAction *m_addMembersAction = nullptr;
    QAction *m_removeMembersAction = nullptr;
    QAction *m_copyMemberIdAction = nullptr;
};
