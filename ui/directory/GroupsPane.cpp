// SPDX-License-Identifier: GPL-3.0-or-later
#include "directory/GroupsPane.h"
#include "directory/ProvisioningLinks.h"

#include "widgets/AccessibleText.h"
#include "widgets/BulkProgressDialog.h"
#include "cloud/BulkOperation.h"
#include "widgets/DetailView.h"
#include "cloud/DirectoryBackend.h"
#include "models/DirectoryLabels.h"
#include "directory/DirectorySelector.h"
#include "directory/GroupDialog.h"
#include "models/GroupFilterProxy.h"
#include "models/GroupListModel.h"
#include "models/GroupMemberModel.h"
#include "shell/LanguageManager.h"
#include "directory/MemberPickerDialog.h"
#include "widgets/PaneStateWidget.h"
#include "widgets/Prompter.h"
#include "cloud/Session.h"
#include <QAction>
#include <QEvent>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

GroupsPane::GroupsPane(QWidget *parent)
    : DirectoryPane(parent)
{
    setObjectName(QStringLiteral("groupsPane"));
    buildUi();
    connect(LanguageManager::instance(), &LanguageManager::languageChanged, m_model, &GroupListModel::retranslate);
    connect(LanguageManager::instance(), &LanguageManager::languageChanged, m_members, &GroupMemberModel::retranslate);
    retranslate();
    backendChanged();
}

GroupsPane::~GroupsPane() = default;

QString GroupsPane::paneTitle() const
{
    return tr("Groups");
}

QIcon GroupsPane::paneIcon() const
{
    return QIcon(QStringLiteral(":/icons/groups.svg"));
}

void GroupsPane::buildUi()
{
    auto *layout = createPaneLayout();

    m_newAction = makeAction(QStringLiteral("newGroupAction"), QStringLiteral("add"));
    m_editAction = makeAction(QStringLiteral("editGroupAction"), QString());
    m_deleteAction = makeAction(QStringLiteral("deleteGroupAction"), QStringLiteral("delete"));
    m_refreshAction = makeAction(QStringLiteral("refreshGroupsAction"), QStringLiteral("refresh"));
    m_copyIdAction = makeAction(QStringLiteral("copyGroupIdAction"), QStringLiteral("copy"));
    m_addMembersAction = makeAction(QStringLiteral("addMembersAction"), QStringLiteral("members"));
    m_removeMembersAction = makeAction(QStringLiteral("removeMembersAction"), QStringLiteral("delete"));
    m_copyMemberIdAction = makeAction(QStringLiteral("copyMemberIdAction"), QStringLiteral("copy"));
    connect(m_newAction, &QAction::triggered, this, &GroupsPane::newItem);
    connect(m_editAction, &QAction::triggered, this, &GroupsPane::editSelected);
    connect(m_deleteAction, &QAction::triggered, this, &GroupsPane::deleteSelection);
    connect(m_refreshAction, &QAction::triggered, this, &GroupsPane::refresh);
    connect(m_copyIdAction, &QAction::triggered, this, &GroupsPane::copySelection);
    connect(m_addMembersAction, &QAction::triggered, this, &GroupsPane::addMembers);
    connect(m_removeMembersAction, &QAction::triggered, this, &GroupsPane::removeSelectedMembers);
    connect(m_copyMemberIdAction, &QAction::triggered, this, [this] { copyToClipboard(selectedMemberIds(), tr("user ID(s)")); });

    m_toolbar = createToolBar();
    m_search = addSearchEdit(m_toolbar, QStringLiteral("groupSearch"), [this](const QString &text) { m_proxy->setFilterText(text); });
    m_toolbar->addSeparator();
    m_toolbar->addAction(m_newAction);
    m_toolbar->addAction(m_editAction);
    m_toolbar->addAction(m_deleteAction);
    m_toolbar->addSeparator();
    m_toolbar->addAction(m_refreshAction);
    layout->addWidget(m_toolbar);


    m_model = new GroupListModel(this);
    m_proxy = new GroupFilterProxy(this);
    m_proxy->setSourceModel(m_model);
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("groupsView"));
    m_view->setModel(m_proxy);
    setupTable(m_view);
    enableColumnChooser(m_view->horizontalHeader());
    m_view->setColumnWidth(GroupListModel::Name, 170);
    m_view->setColumnWidth(GroupListModel::DisplayName, 150);
    m_view->setColumnWidth(GroupListModel::Description, 200);
    m_view->setColumnWidth(GroupListModel::JoinType, 100);
    m_view->setColumnWidth(GroupListModel::GroupId, 170);
    m_view->setColumnHidden(GroupListModel::Updated, true);
    connect(m_view, &QTableView::customContextMenuRequested, this, &GroupsPane::showContextMenu);
    connect(m_view, &QTableView::doubleClicked, this, &GroupsPane::editSelected);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &GroupsPane::onSelectionChanged);
    m_state = createStateWidget(m_view);
    setListView(m_view, GroupListModel::IdRole);
    connect(m_state, &PaneStateWidget::retryRequested, this, &GroupsPane::refresh);
    connect(m_state, &PaneStateWidget::emptyActionRequested, this, [this] {
        if (!m_search->text().isEmpty()) {
            m_search->clear();
            applySearch();
        } else {
            newItem();
        }
    });

    // Right side: detail and members.
    m_detail = createDetailView(QStringLiteral("groupDetail"));
    auto *membersBox = new QWidget(this);
    auto *ml = new QVBoxLayout(membersBox);
    ml->setContentsMargins(0, 0, 0, 0);
    ml->setSpacing(2);
    m_membersTitle = new QLabel(membersBox);
    QFont f = m_membersTitle->font();
    f.setBold(true);
    m_membersTitle->setFont(f);
    m_membersTitle->setContentsMargins(6, 4, 6, 0);
    ml->addWidget(m_membersTitle);
    m_memberToolbar = new QToolBar(membersBox);
    m_memberToolbar->setIconSize(QSize(16, 16));
    m_memberToolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_memberToolbar->addAction(m_addMembersAction);
    m_memberToolbar->addAction(m_removeMembersAction);
    ml->addWidget(m_memberToolbar);
    m_members = new GroupMemberModel(this);
    m_memberProxy = new QSortFilterProxyModel(this);
    m_memberProxy->setSortRole(GroupMemberModel::RawValueRole);
    m_memberProxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_memberProxy->setSourceModel(m_members);
    m_memberView = new QTableView(membersBox);
    m_memberView->setObjectName(QStringLiteral("membersView"));
    m_memberView->setModel(m_memberProxy);
    setupTable(m_memberView);
    m_memberView->setColumnWidth(GroupMemberModel::UserName, 150);
    m_memberView->setColumnWidth(GroupMemberModel::DisplayName, 130);
    m_memberView->setColumnHidden(GroupMemberModel::Joined, false);
    connect(m_memberView, &QTableView::customContextMenuRequested, this, &GroupsPane::showMemberContextMenu);
    connect(m_memberView->selectionModel(), &QItemSelectionModel::selectionChanged, this, &GroupsPane::updateActions);
    m_memberState = new PaneStateWidget(m_memberView, membersBox);
    connect(m_memberState, &PaneStateWidget::retryRequested, this, [this] { m_members->reload(); });
    connect(m_memberState, &PaneStateWidget::emptyActionRequested, this, &GroupsPane::addMembers);
    ml->addWidget(m_memberState, 1);

    m_rightSplitter = new QSplitter(Qt::Vertical, this);
    m_rightSplitter->addWidget(m_detail);
    m_rightSplitter->addWidget(membersBox);
    m_rightSplitter->setStretchFactor(0, 1);
    m_rightSplitter->setStretchFactor(1, 2);
    m_rightSplitter->setChildrenCollapsible(false);
    m_rightSplitter->setSizes({270, 430});
    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->addWidget(m_state);
    m_splitter->addWidget(m_rightSplitter);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setSizes({860, 420});
    layout->addWidget(m_splitter, 1);
    m_summary = createSummaryLabel(QStringLiteral("groupsSummary"));
    layout->addWidget(m_summary);

    watchListModel(m_model, [this] { updateState(); });
    connect(m_model, &QAbstractItemModel::dataChanged, this, [this] { renderDetail(); });
    connect(m_members, &PagedTableModel::loadingChanged, this, &GroupsPane::updateMemberState);
    connect(m_members, &PagedTableModel::pageLoaded, this, &GroupsPane::updateMemberState);
    connect(m_members, &PagedTableModel::loadFailed, this, &GroupsPane::updateMemberState);
    connect(m_members, &QAbstractItemModel::modelReset, this, &GroupsPane::updateMemberState);
    connect(m_members, &QAbstractItemModel::rowsInserted, this, &GroupsPane::updateMemberState);
    connect(m_members, &QAbstractItemModel::rowsRemoved, this, &GroupsPane::updateMemberState);
}

void GroupsPane::backendChanged()
{
    cancelPendingSearch();
    abandonBulk();
    discardDialog();
    m_model->setBackend(backend());
    m_members->setBackend(backend());
    m_currentGroup.clear();
    const DirectoryBackend::Capabilities caps = backend() ? backend()->capabilities() : DirectoryBackend::Capabilities();
    m_view->setColumnHidden(GroupListModel::DisplayName, backend() && !caps.groupDisplayName);
    m_view->setColumnHidden(GroupListModel::JoinType, backend() && !caps.groupJoinType);
    m_memberView->setColumnHidden(GroupMemberModel::Status, backend() && caps.userStatusValues.isEmpty());
    updateActions();
    renderDetail();
    updateState();
    updateMemberState();
}

void GroupsPane::load()
{
    if (!directoryReady()) {
        m_model->clear();
        m_members->setGroupId(QString());
        updateState();
        return;
    }
    cancelPendingSearch();
    m_proxy->setFilterText(QString());
    m_currentGroup.clear();
    m_members->setGroupId(QString());
    m_model->setSearch(m_search->text());
    updateState();
}

void GroupsPane::applySearch()
{
    cancelPendingSearch();
    if (!directoryReady())
        return;
    const QString search = m_search->text().trimmed();
    m_proxy->setFilterText(QString());
    if (m_model->hasAnswered() && search == m_model->search() && !m_model->lastError().isError())
        return;
    m_model->setSearch(search);
}

void GroupsPane::updateState()
{
    updateActions();
    if (showDirectoryState(m_state, m_summary, tr("Connect a profile to see its groups.")))
        return;
    const int rows = m_model->rowCount();
    if (!m_model->search().isEmpty())
        showRowsState(m_state, m_model, tr("Loading groups…"), tr("No group matches “%1”.").arg(m_model->search()),
                      tr("Clear search"));
    else
        showRowsState(m_state, m_model, tr("Loading groups…"), tr("This directory has no groups yet."), tr("New group…"));
    m_summary->setText(rows > 0 ? tr("%n group(s).", nullptr, rows) + summarySuffix(m_model) : QString());
}

void GroupsPane::updateMemberState()
{
    if (m_currentGroup.isEmpty()) {
        m_memberState->showEmpty(selectedIds().size() > 1 ? tr("Select one group to see its members.")
                                                           : tr("Select a group to see its members."));
        m_membersTitle->setText(tr("Members"));
        return;
    }
    const int rows = m_members->rowCount();
    m_membersTitle->setText(m_members->isLoading() ? tr("Members (loading…)") : tr("Members (%1)").arg(rows));
    if (rows == 0) {
        if (m_members->lastError().isError())
            m_memberState->showError(m_members->lastError());
        else if (m_members->isLoading() || !m_members->hasAnswered())
            m_memberState->showBusy(tr("Loading members…"));
        else
            m_memberState->showEmpty(tr("This group has no members."), tr("Add members…"));
    } else {
        m_memberState->showContent();
    }
    updateActions();
}

void GroupsPane::updateActions()
{
    const int n = int(selectedIds().size());
    const bool ready = directoryReady();
    m_newAction->setEnabled(ready);
    m_editAction->setEnabled(ready && n == 1);
    m_deleteAction->setEnabled(ready && n > 0);
    m_copyIdAction->setEnabled(n > 0);
    m_refreshAction->setEnabled(backend() != nullptr);
    m_addMembersAction->setEnabled(ready && !m_currentGroup.isEmpty());
    m_removeMembersAction->setEnabled(ready && !m_currentGroup.isEmpty() && !selectedMemberIds().isEmpty());
    m_copyMemberIdAction->setEnabled(!selectedMemberIds().isEmpty());
}

QStringList GroupsPane::selectedIds() const
{
    return selectedData(m_view, GroupListModel::IdRole);
}

QList<DirectoryGroup> GroupsPane::selectedGroups() const
{
    QList<DirectoryGroup> groups;
    for (const QString &id : selectedIds())
        groups << m_model->group(m_model->rowOfId(id));
    return groups;
}

QStringList GroupsPane::selectedMemberIds() const
{
    return selectedData(m_memberView, GroupMemberModel::IdRole);
}

bool GroupsPane::selectGroups(const QStringList &ids)
{
    QList<int> rows;
    for (const QString &id : ids)
        rows << m_model->rowOfId(id);
    return selectSourceRows(m_view, m_proxy, rows, SelectFocus::CurrentAndScroll);
}

bool GroupsPane::selectMembers(const QStringList &userIds)
{
    QList<int> rows;
    for (const QString &id : userIds)
        rows << m_members->rowOfId(id);
    return selectSourceRows(m_memberView, m_memberProxy, rows, SelectFocus::None);
}

QString GroupsPane::groupLabel(const DirectoryGroup &g)
{
    return g.name.isEmpty() ? g.id : QStringLiteral("%1 (%2)").arg(g.name, g.id);
}

void GroupsPane::onSelectionChanged()
{
    const QStringList ids = selectedIds();
    const QString id = ids.size() == 1 ? ids.first() : QString();
    if (id != m_currentGroup) {
        m_currentGroup = id;
        m_members->setGroupId(id);
    }
    renderDetail();
    updateMemberState();
    updateActions();
}

void GroupsPane::renderDetail()
{
    m_detail->clear();
    const QStringList ids = selectedIds();
    if (ids.size() != 1) {
        m_detail->setPlaceholder(ids.size() > 1 ? tr("%n groups selected.", nullptr, int(ids.size()))
                                                : tr("Select a group to see the details."));
        return;
    }
    const DirectoryGroup g = m_model->group(m_model->rowOfId(ids.first()));
    const DirectoryBackend::Capabilities caps = backend() ? backend()->capabilities() : DirectoryBackend::Capabilities();
    m_detail->setTitle(g.displayName.isEmpty() ? g.name : QStringLiteral("%1 — %2").arg(g.displayName, g.name));
    m_detail->addRow(tr("Group name"), g.name);
    if (caps.groupDisplayName)
        m_detail->addRow(tr("Display name"), g.displayName);
    if (caps.groupJoinType)
        m_detail->addRow(tr("Join type"), DirectoryLabels::joinType(g.joinType), false);
    m_detail->addRow(tr("Source"), DirectoryLabels::source(g.source), false);
    m_detail->addRow(tr("Group ID"), g.id);
    m_detail->addRow(tr("Description"), g.description);
    m_detail->addRow(tr("Created"), DirectoryLabels::time(g.created), false);
    m_detail->addRow(tr("Updated"), DirectoryLabels::time(g.updated), false);
}

void GroupsPane::newItem()
{
    openRecordDialog<GroupDialog>(DirectoryGroup(),
                         [this](const DirectoryGroup &g, const QString &requestId) { onGroupSaved(g, requestId, true); });
}

void GroupsPane::editSelected()
{
    const QList<DirectoryGroup> groups = selectedGroups();
    if (groups.size() != 1)
        return;
    openRecordDialog<GroupDialog>(groups.first(),
                         [this](const DirectoryGroup &g, const QString &requestId) { onGroupSaved(g, requestId, false); });
}

void GroupsPane::onGroupSaved(const DirectoryGroup &group, const QString &requestId, bool created)
{
    reportSaved(requestId, created ? tr("Created group %1.").arg(group.name) : tr("Saved group %1.").arg(group.name));
    if (group.id.isEmpty()) {
        m_model->reload();
    } else {
        m_model->upsertGroup(group);
        selectGroups({group.id});
        renderDetail();
    }
    emit writeFinished(true);
}

ListPane::DeleteRequest GroupsPane::describeDelete()
{
    const QList<DirectoryGroup> groups = selectedGroups();
    if (!canWrite() || groups.isEmpty())
        return {};
    QString text;
    if (groups.size() == 1) {
        text = tr("Delete the group “%1”? This cannot be undone.").arg(groupLabel(groups.first()));
        if (groups.first().id == m_currentGroup && m_members->hasAnswered() && m_members->rowCount() > 0) {
            text += QStringLiteral("\n\n");
            if (backend()->serviceName() == QLatin1String("cloudsso"))
                text += tr("It still has %n member(s): CloudSSO refuses to delete a group with members, so remove "
                           "them first.",
                           nullptr, m_members->rowCount());
            else
                text += tr("Its %n member(s) will lose this membership.", nullptr, m_members->rowCount());
        }
    } else {
        QStringList names;
        for (const DirectoryGroup &g : groups)
            names << g.name;
        text = tr("Delete these %n groups? This cannot be undone.", nullptr, int(groups.size())) + QStringLiteral("\n\n")
               + nameList(names);
    }
    return {tr("Delete groups"), text, tr("Delete"), QString(), [this, groups] { deleteGroups(groups); }};
}

QString GroupsPane::explainDeleteError(const DirectoryGroup &group, const ApiError &error) const
{
    const bool conflict = error.httpStatus == 409 || error.code.startsWith(QLatin1String("DeletionConflict"))
                          || error.code.contains(QLatin1String("Member"), Qt::CaseInsensitive)
                          || error.code.contains(QLatin1String("Conflict"), Qt::CaseInsensitive);
    QString text = tr("The group “%1” was not deleted.").arg(groupLabel(group));
    if (conflict) {
        text += QStringLiteral("\n\n");
        if (backend() && backend()->serviceName() == QLatin1String("cloudsso"))
            text += tr("CloudSSO refuses to delete a group that still has members or access assignments. "
                       "Remove its members (and its access assignments) first, then delete it again.");
        else
            text += tr("Cloud Identity refuses to delete a group that is still provisioned to member accounts. "
                       "Delete the group's user provisionings first, then delete it again.");
    }
    return text + QStringLiteral("\n\n") + errorText(error);
}

void GroupsPane::deleteGroups(const QList<DirectoryGroup> &groups)
{
    if (groups.size() == 1) {
        const DirectoryGroup g = groups.first();
        runSingleDelete({[this, g](QObject *owner, DirectoryBackend::WriteCallback done) {
                             return backend()->deleteGroup(g.id, owner, std::move(done));
                         },
                         ErrorClassification::Resource::Group, g.id, [this, g] { m_model->removeGroup(g.id); },
                         tr("Deleted group %1.").arg(g.name), tr("The group %1 no longer exists.").arg(g.name),
                         tr("Could not delete the group"),
                         [this, g](const ApiError &error) { return explainDeleteError(g, error); },
                         [this, g](const ApiError &error, const std::function<void()> &finished) {
                             if (!isDeleteConflict(error))
                                 return false;
                             // Still provisioned (or with members): name the provisionings that block it, offer to
                             // open them.
                             ProvisioningLinks::explainRefusedDelete(this, backend(), QStringLiteral("Group"), g.id,
                                                                     groupLabel(g), tr("Could not delete the group"),
                                                                     explainDeleteError(g, error), finished);
                             return true;
                         }});
        return;
    }
    QStringList labels;
    QStringList ids;
    for (const DirectoryGroup &g : groups) {
        labels << groupLabel(g);
        ids << g.id;
    }
    m_lastRefusalBlockers.clear();
    runBulkDelete(tr("Deleting %n groups", nullptr, int(groups.size())), labels, BulkOperation::deleteGroups(ids),
                  [this](const QString &id) { m_model->removeGroup(id); },
                  [](const BulkSummary &s) { return tr("Deleted %1 of %2 groups.").arg(s.succeeded).arg(s.total); });
    // Groups refused because they are still provisioned (or have members): name what blocks each, as the single
    // delete does, and offer to open those provisionings.
    if (BulkProgressDialog *dialog = activeBulk())
        connect(dialog, &BulkProgressDialog::batchFinished, this, [this, groups](const BulkSummary &s) {
            QList<QPair<QString, QString>> refused;
            for (const BulkSummary::Failure &f : s.failures) {
                if (!isDeleteConflict(f.error) || f.index < 0 || f.index >= groups.size())
                    continue;
                refused.append({groups.at(f.index).id, groupLabel(groups.at(f.index))});
            }
            if (refused.isEmpty())
                return;
            ProvisioningLinks::explainRefusedBatch(this, backend(), QStringLiteral("Group"), refused,
                                                   tr("Some groups were not deleted"), [this](const QString &blockers) {
                                                       m_lastRefusalBlockers = blockers;
                                                       emit refusalsExplained(blockers);
                                                   });
        });
}

bool GroupsPane::isDeleteConflict(const ApiError &error)
{
    return error.category() == ErrorClassification::Category::Conflict || error.httpStatus == 409
           || error.code.contains(QLatin1String("Conflict"));
}

void GroupsPane::addMembers()
{
    if (m_currentGroup.isEmpty() || !canOpenDialog() || isBulkRunning())
        return;
    const DirectoryGroup g = m_model->group(m_model->rowOfId(m_currentGroup));
    QSet<QString> existing;
    for (int r = 0; r < m_members->rowCount(); ++r)
        existing.insert(m_members->member(r).userId);
    auto *picker = new MemberPickerDialog(backend(), g.name, existing, this);
    connect(picker, &QDialog::accepted, this, [this, picker] { addUsersToCurrentGroup(picker->selectedUsers()); });
    openDialog(picker);
}

void GroupsPane::addUsersToCurrentGroup(const QList<DirectoryUser> &picked)
{
    if (!directoryReady() || m_currentGroup.isEmpty() || isBulkRunning())
        return;
    QList<DirectoryUser> users;
    for (const DirectoryUser &u : picked)
        if (!m_members->contains(u.id))
            users << u;
    if (users.isEmpty())
        return;
    const QString groupId = m_currentGroup;
    const DirectoryGroup g = m_model->group(m_model->rowOfId(groupId));
    QStringList labels;
    QStringList ids;
    for (const DirectoryUser &u : users) {
        labels << (u.userName.isEmpty() ? u.id : QStringLiteral("%1 (%2)").arg(u.userName, u.id));
        ids << u.id;
    }
    auto toMember = [groupId](const DirectoryUser &u) {
        GroupMember m;
        m.groupId = groupId;
        m.userId = u.id;
        m.userName = u.userName;
        m.displayName = u.displayName;
        m.email = u.email;
        m.status = u.status;
        m.source = u.source;
        m.joined = QDateTime::currentDateTimeUtc();
        return m;
    };
    if (users.size() == 1) {
        const DirectoryUser u = users.first();
        backend()->addMember(groupId, u.id, this, [this, u, g, groupId, toMember](const WriteResult &r) {
            if (!r.requestId.isEmpty())
                emit requestIdSeen(r.requestId);
            if (!r.ok()) {
                if (r.error.kind != ApiError::Kind::Cancelled)
                    Prompter::instance()->warn(this, tr("Could not add the member"),
                                               tr("%1 was not added to %2.").arg(u.userName, g.name) + QStringLiteral("\n\n")
                                                   + errorText(r.error));
                emit writeFinished(false);
                return;
            }
            if (m_members->groupId() == groupId)
                m_members->addMember(toMember(u));
            emit statusMessage(tr("Added %1 to %2.").arg(u.userName, g.name));
            emit writeFinished(true);
        });
        return;
    }
    BulkProgressDialog *dialog = runBulk(tr("Adding %n members to %1", nullptr, int(users.size())).arg(g.name), labels,
                                         BulkOperation::addMembers(groupId, ids));
    connect(dialog, &BulkProgressDialog::batchFinished, this, [this, users, groupId, toMember](const BulkSummary &s) {
        if (m_members->groupId() == groupId) {
            for (int i = 0; i < users.size(); ++i)
                if (s.outcome(i) == BulkSummary::Outcome::Succeeded)
                    m_members->addMember(toMember(users.at(i)));
        }
        emit statusMessage(tr("Added %1 of %2 members.").arg(s.succeeded).arg(s.total));
        if (m_members->groupId() == groupId)
            m_members->reload();
        emit writeFinished(s.failed == 0);
    });
}

void GroupsPane::removeSelectedMembers()
{
    const QStringList ids = selectedMemberIds();
    if (!directoryReady() || m_currentGroup.isEmpty() || ids.isEmpty() || isBulkRunning())
        return;
    const QString groupId = m_currentGroup;
    const DirectoryGroup g = m_model->group(m_model->rowOfId(groupId));
    QStringList labels;
    for (const QString &id : ids) {
        const GroupMember m = m_members->member(m_members->rowOfId(id));
        labels << (m.userName.isEmpty() ? id : QStringLiteral("%1 (%2)").arg(m.userName, id));
    }
    const QString text = ids.size() == 1
                             ? tr("Remove %1 from the group “%2”?").arg(labels.first(), g.name)
                             : tr("Remove %n members from the group “%1”?", nullptr, int(ids.size())).arg(g.name)
                                   + QStringLiteral("\n\n") + labels.mid(0, 10).join(QLatin1Char('\n'));
    if (!Prompter::instance()->confirm(this, tr("Remove members"), text, tr("Remove")))
        return;
    if (ids.size() == 1) {
        const QString userId = ids.first();
        const QString label = labels.first();
        backend()->removeMember(groupId, userId, this, [this, groupId, userId, label, g](const WriteResult &r) {
            if (!r.requestId.isEmpty())
                emit requestIdSeen(r.requestId);
            if (!r.ok()) {
                if (r.error.kind == ApiError::Kind::Cancelled)
                    return;
                if (r.error.isNotFound(ErrorClassification::Resource::GroupMember, userId)) {
                    if (m_members->groupId() == groupId)
                        m_members->removeMember(userId);
                } else {
                    Prompter::instance()->warn(this, tr("Could not remove the member"),
                                               tr("%1 was not removed from %2.").arg(label, g.name) + QStringLiteral("\n\n")
                                                   + errorText(r.error));
                }
                emit writeFinished(false);
                return;
            }
            if (m_members->groupId() == groupId)
                m_members->removeMember(userId);
            emit statusMessage(tr("Removed %1 from %2.").arg(label, g.name));
            emit writeFinished(true);
        });
        return;
    }
    BulkProgressDialog *dialog = runBulk(tr("Removing %n members from %1", nullptr, int(ids.size())).arg(g.name), labels,
                                         BulkOperation::removeMembers(groupId, ids));
    connect(dialog, &BulkProgressDialog::batchFinished, this, [this, groupId](const BulkSummary &s) {
        if (m_members->groupId() == groupId)
            for (const QString &id : s.appliedIds())   // removed now, or no longer a member
                m_members->removeMember(id);
        emit statusMessage(tr("Removed %1 of %2 members.").arg(s.succeeded).arg(s.total));
        emit writeFinished(s.failed == 0);
    });
}

void GroupsPane::copySelection()
{
    if (m_memberView->hasFocus() && !selectedMemberIds().isEmpty())
        copyToClipboard(selectedMemberIds(), tr("user ID(s)"));
    else
        copyToClipboard(selectedIds(), tr("group ID(s)"));
}

QByteArray GroupsPane::csv() const
{
    return viewCsv(m_view);
}


void GroupsPane::showContextMenu(const QPoint &pos)
{
    QMenu menu(this);
    menu.addAction(m_newAction);
    menu.addAction(m_editAction);
    menu.addAction(m_deleteAction);
    menu.addSeparator();
    menu.addAction(m_addMembersAction);
    menu.addSeparator();
    menu.addAction(m_copyIdAction);
    if (selectedGroups().size() == 1)
        ProvisioningLinks::addMenuEntry(&menu, this, backend(), QStringLiteral("Group"), selectedGroups().first().id,
                                        groupLabel(selectedGroups().first()));
    menu.addAction(m_refreshAction);
    menu.exec(m_view->viewport()->mapToGlobal(pos));
}

void GroupsPane::showMemberContextMenu(const QPoint &pos)
{
    QMenu menu(this);
    menu.addAction(m_addMembersAction);
    menu.addAction(m_removeMembersAction);
    menu.addSeparator();
    menu.addAction(m_copyMemberIdAction);
    menu.exec(m_memberView->viewport()->mapToGlobal(pos));
}

void GroupsPane::saveState(QSettings &settings) const
{
    saveHeader(settings, QStringLiteral("header"), m_view->horizontalHeader());
    saveHeader(settings, QStringLiteral("memberHeader"), m_memberView->horizontalHeader());
    saveSplitter(settings, QStringLiteral("splitter"), m_splitter);
    saveSplitter(settings, QStringLiteral("rightSplitter"), m_rightSplitter);
}

void GroupsPane::restoreState(QSettings &settings)
{
    restoreHeader(settings, QStringLiteral("header"), m_view->horizontalHeader());
    restoreHeader(settings, QStringLiteral("memberHeader"), m_memberView->horizontalHeader());
    restoreSplitter(settings, QStringLiteral("splitter"), m_splitter);
    restoreSplitter(settings, QStringLiteral("rightSplitter"), m_rightSplitter);
    if (backend()) {
        const DirectoryBackend::Capabilities caps = backend()->capabilities();
        m_view->setColumnHidden(GroupListModel::DisplayName, !caps.groupDisplayName);
        m_view->setColumnHidden(GroupListModel::JoinType, !caps.groupJoinType);
    }
}

void GroupsPane::retranslate()
{
    m_newAction->setText(tr("New group…"));
    m_newAction->setToolTip(tr("Create a group (Ctrl+N)"));
    m_editAction->setText(tr("Edit…"));
    m_deleteAction->setText(tr("Delete"));
    m_deleteAction->setToolTip(tr("Delete the selected groups (Delete)"));
    m_refreshAction->setText(tr("Refresh"));
    m_copyIdAction->setText(tr("Copy group ID"));
    m_addMembersAction->setText(tr("Add members…"));
    m_removeMembersAction->setText(tr("Remove"));
    m_removeMembersAction->setToolTip(tr("Remove the selected members from the group"));
    m_copyMemberIdAction->setText(tr("Copy user ID"));
    m_search->setPlaceholderText(tr("Search groups… (Ctrl+F)"));
    m_model->retranslate();
    m_members->retranslate();
    updateState();
    updateMemberState();
    renderDetail();
    retranslateAccessibility();
}

// What a screen reader announces (AT-SPI). Toolbar buttons are named by their actions' texts.
void GroupsPane::retranslateAccessibility()
{
    m_search->setAccessibleName(tr("Search groups"));
    AccessibleText::nameEditActions(m_search, m_search->accessibleName());   // its search icon
    m_search->setAccessibleDescription(tr("Searches the whole directory on the server, not only the loaded rows; "
                                          "the loaded rows are filtered at once (Ctrl+F)"));
    m_view->setAccessibleName(paneTitle());
    AccessibleText::describeRows(m_view);
    m_memberView->setAccessibleName(tr("Members of the selected group"));
    AccessibleText::describeRows(m_memberView);
}
