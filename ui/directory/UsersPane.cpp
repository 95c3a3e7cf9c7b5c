// SPDX-License-Identifier: GPL-3.0-or-later
#include "directory/UsersPane.h"
#include "directory/ProvisioningLinks.h"

#include "widgets/AccessibleText.h"
#include "widgets/BulkProgressDialog.h"
#include "cloud/BulkOperation.h"
#include "widgets/DetailView.h"
#include "cloud/DirectoryBackend.h"
#include "models/DirectoryLabels.h"
#include "directory/DirectorySelector.h"
#include "shell/LanguageManager.h"
#include "widgets/PaneStateWidget.h"
#include "widgets/Prompter.h"
#include "cloud/RecordMapping.h"
#include "directory/ResetPasswordDialog.h"
#include "cloud/Session.h"
#include "directory/UserDialog.h"
#include "models/UserFilterProxy.h"
#include "models/UserListModel.h"
#include "directory/ImportUsersDialog.h"
#include <QAction>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QSettings>
#include <QSplitter>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

namespace {
// Disabled users are drawn in the disabled text colour.
class UserRowDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        if (index.data(UserListModel::StatusRole).toString() == QLatin1String("Disabled"))
            option->palette.setColor(QPalette::Text, option->palette.color(QPalette::Disabled, QPalette::Text));
    }
};
}

UsersPane::UsersPane(QWidget *parent)
    : DirectoryPane(parent)
{
    setObjectName(QStringLiteral("usersPane"));
    buildUi();
    connect(LanguageManager::instance(), &LanguageManager::languageChanged, m_model, &UserListModel::retranslate);
    retranslate();
    backendChanged();
}

UsersPane::~UsersPane() = default;

QString UsersPane::paneTitle() const
{
    return tr("Users");
}

QIcon UsersPane::paneIcon() const
{
    return QIcon(QStringLiteral(":/icons/users.svg"));
}

void UsersPane::buildUi()
{
    auto *layout = createPaneLayout();

    m_toolbar = createToolBar();
    m_newAction = makeAction(QStringLiteral("newUserAction"), QStringLiteral("add"));
    m_editAction = makeAction(QStringLiteral("editUserAction"), QString());
    m_deleteAction = makeAction(QStringLiteral("deleteUserAction"), QStringLiteral("delete"));
    m_enableAction = makeAction(QStringLiteral("enableUserAction"), QStringLiteral("enable"));
    m_disableAction = makeAction(QStringLiteral("disableUserAction"), QStringLiteral("disable"));
    m_resetAction = makeAction(QStringLiteral("resetPasswordAction"), QString());
    m_refreshAction = makeAction(QStringLiteral("refreshUsersAction"), QStringLiteral("refresh"));
    m_copyIdAction = makeAction(QStringLiteral("copyUserIdAction"), QStringLiteral("copy"));
    m_copyNameAction = makeAction(QStringLiteral("copyUserNameAction"), QString());
    m_importAction = makeAction(QStringLiteral("importUsersAction"), QString());
    connect(m_importAction, &QAction::triggered, this, &UsersPane::importUsers);
    connect(m_newAction, &QAction::triggered, this, &UsersPane::newItem);
    connect(m_editAction, &QAction::triggered, this, &UsersPane::editSelected);
    connect(m_deleteAction, &QAction::triggered, this, &UsersPane::deleteSelection);
    connect(m_enableAction, &QAction::triggered, this, [this] { setSelectedEnabled(true); });
    connect(m_disableAction, &QAction::triggered, this, [this] { setSelectedEnabled(false); });
    connect(m_resetAction, &QAction::triggered, this, &UsersPane::resetPasswordSelected);
    connect(m_refreshAction, &QAction::triggered, this, &UsersPane::refresh);
    connect(m_copyIdAction, &QAction::triggered, this, &UsersPane::copySelection);
    connect(m_copyNameAction, &QAction::triggered, this, [this] {
        QStringList names;
        for (const DirectoryUser &u : selectedUsers())
            names << u.userName;
        copyToClipboard(names, tr("user name(s)"));
    });

    m_search = addSearchEdit(m_toolbar, QStringLiteral("userSearch"), [this](const QString &text) { m_proxy->setFilterText(text); });
    m_sourceLabel = new QLabel(this);
    m_sourceFilter = new QComboBox(this);
    m_sourceFilter->setObjectName(QStringLiteral("sourceFilter"));
    m_sourceLabel->setBuddy(m_sourceFilter);
    m_statusLabel = new QLabel(this);
    m_statusFilter = new QComboBox(this);
    m_statusFilter->setObjectName(QStringLiteral("statusFilter"));
    m_statusLabel->setBuddy(m_statusFilter);
    auto *filters = new QWidget(this);
    auto *fl = new QHBoxLayout(filters);
    fl->setContentsMargins(6, 0, 6, 0);
    fl->addWidget(m_sourceLabel);
    fl->addWidget(m_sourceFilter);
    fl->addSpacing(6);
    fl->addWidget(m_statusLabel);
    fl->addWidget(m_statusFilter);
    m_toolbar->addWidget(filters);
    m_toolbar->addSeparator();
    m_toolbar->addAction(m_newAction);
    m_toolbar->addAction(m_editAction);
    m_toolbar->addAction(m_deleteAction);
    m_toolbar->addAction(m_enableAction);
    m_toolbar->addAction(m_disableAction);
    m_toolbar->addAction(m_resetAction);
    m_toolbar->addAction(m_importAction);
    m_toolbar->addSeparator();
    m_toolbar->addAction(m_refreshAction);
    layout->addWidget(m_toolbar);

    connect(m_sourceFilter, &QComboBox::activated, this, &UsersPane::applySearch);
    connect(m_statusFilter, &QComboBox::activated, this, &UsersPane::applySearch);

    m_model = new UserListModel(this);
    m_proxy = new UserFilterProxy(this);
    m_proxy->setSourceModel(m_model);
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("usersView"));
    m_view->setModel(m_proxy);
    m_view->setItemDelegate(new UserRowDelegate(m_view));
    setupTable(m_view);
    enableColumnChooser(m_view->horizontalHeader());
    m_view->setColumnWidth(UserListModel::UserName, 170);
    m_view->setColumnWidth(UserListModel::DisplayName, 150);
    m_view->setColumnWidth(UserListModel::Email, 200);
    m_view->setColumnWidth(UserListModel::Status, 90);
    m_view->setColumnWidth(UserListModel::Source, 110);
    m_view->setColumnWidth(UserListModel::UserId, 190);
    m_view->setColumnWidth(UserListModel::Created, 150);
    m_view->setColumnHidden(UserListModel::Updated, true);
    connect(m_view, &QTableView::customContextMenuRequested, this, &UsersPane::showContextMenu);
    connect(m_view, &QTableView::doubleClicked, this, &UsersPane::editSelected);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        updateActions();
        updateDetail();
    });

    m_state = createStateWidget(m_view);
    setListView(m_view, UserListModel::IdRole);
    connect(m_state, &PaneStateWidget::retryRequested, this, [this] {
        if (m_model->lastError().isError())
            m_model->retry();
        else
            refresh();
    });
    connect(m_state, &PaneStateWidget::emptyActionRequested, this, [this] {
        if (!m_search->text().isEmpty() || m_sourceFilter->currentIndex() > 0 || m_statusFilter->currentIndex() > 0) {
            m_search->clear();
            m_sourceFilter->setCurrentIndex(0);
            m_statusFilter->setCurrentIndex(0);
            applySearch();
        } else {
            newItem();
        }
    });
    m_detail = createDetailView(QStringLiteral("userDetail"));
    m_splitter = createListDetailSplitter(m_state, m_detail);
    layout->addWidget(m_splitter, 1);
    m_summary = createSummaryLabel(QStringLiteral("usersSummary"));
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::LinksAccessibleByMouse);
    connect(m_summary, &QLabel::linkActivated, this, [this] { m_model->retry(); });
    layout->addWidget(m_summary);

    watchListModel(m_model, [this] { updateState(); });
}

void UsersPane::backendChanged()
{
    cancelPendingSearch();
    abandonBulk();
    discardDialog();
    m_model->setBackend(backend());
    delete m_detailOwner;
    m_detailOwner = nullptr;
    m_detailId.clear();
    m_detailLoading = 0;
    const DirectoryBackend::Capabilities caps = backend() ? backend()->capabilities() : DirectoryBackend::Capabilities();
    m_view->setColumnHidden(UserListModel::Phone, !caps.userPhone);
    m_view->setColumnHidden(UserListModel::Status, caps.userStatusValues.isEmpty());
    updateDetail();
    retranslate();   // texts that depend on the service (search placeholder, filters)
}

void UsersPane::fillFilters()
{
    const DirectoryBackend::Capabilities caps = backend() ? backend()->capabilities() : DirectoryBackend::Capabilities();
    const QString source = m_sourceFilter->currentData().toString();
    const QString status = m_statusFilter->currentData().toString();
    m_sourceFilter->clear();
    m_sourceFilter->addItem(tr("All sources"), QString());
    for (const QString &v : caps.userSourceValues)
        m_sourceFilter->addItem(DirectoryLabels::source(v), v);
    m_sourceFilter->setCurrentIndex(qMax(0, m_sourceFilter->findData(source)));
    m_statusFilter->clear();
    m_statusFilter->addItem(tr("Any status"), QString());
    for (const QString &v : caps.userStatusValues)
        m_statusFilter->addItem(DirectoryLabels::userStatus(v), v);
    m_statusFilter->setCurrentIndex(qMax(0, m_statusFilter->findData(status)));
    m_sourceLabel->setVisible(!caps.userSourceValues.isEmpty());
    m_sourceFilter->setVisible(!caps.userSourceValues.isEmpty());
    m_statusLabel->setVisible(!caps.userStatusValues.isEmpty());
    m_statusFilter->setVisible(!caps.userStatusValues.isEmpty());
}

void UsersPane::load()
{
    if (!directoryReady()) {
        m_model->clear();
        updateState();
        return;
    }
    cancelPendingSearch();
    DirectoryBackend::UserQuery q;
    q.search = m_search->text().trimmed();
    q.source = m_sourceFilter->currentData().toString();
    q.status = m_statusFilter->currentData().toString();
    m_proxy->setFilterText(QString());   // the server's answer is authoritative
    m_model->setQuery(q);
    updateState();
}

void UsersPane::applySearch()
{
    cancelPendingSearch();
    if (!directoryReady())
        return;
    DirectoryBackend::UserQuery q;
    q.search = m_search->text().trimmed();
    q.source = m_sourceFilter->currentData().toString();
    q.status = m_statusFilter->currentData().toString();
    const DirectoryBackend::UserQuery current = m_model->query();
    if (m_model->hasAnswered() && q.search == current.search && q.source == current.source
        && q.status == current.status && !m_model->lastError().isError()) {
        m_proxy->setFilterText(QString());
        return;
    }
    m_proxy->setFilterText(QString());
    m_model->setQuery(q);
}

void UsersPane::updateState()
{
    updateActions();
    const bool filtered = !m_model->query().search.isEmpty() || !m_model->query().source.isEmpty()
                          || !m_model->query().status.isEmpty();
    if (showDirectoryState(m_state, m_summary, tr("Connect a profile to see its users.")))
        return;
    const int rows = m_model->rowCount();
    if (filtered)
        showRowsState(m_state, m_model, tr("Searching…"), tr("No user matches the search or filters."),
                      tr("Clear search and filters"));
    else
        showRowsState(m_state, m_model, tr("Loading users…"), tr("This directory has no users yet."), tr("New user…"));
    // Summary line under the table.
    QString text;
    const qint64 total = m_model->totalCount();
    if (rows > 0) {
        if (total >= 0 && m_model->hasMore())
            text = tr("%1 of %2 users loaded; scroll down for more.").arg(rows).arg(total);
        else if (m_model->hasMore())
            text = tr("%1 users loaded; scroll down for more.").arg(rows);
        else
            text = tr("%n user(s).", nullptr, rows);
        if (m_proxy->rowCount() != rows)
            text += QLatin1Char(' ') + tr("%n shown by the quick filter.", nullptr, m_proxy->rowCount());
        if (m_model->isLoading())
            text += QLatin1Char(' ') + tr("Loading more…");
        if (m_model->lastError().isError())
            text += QLatin1Char(' ')
                    + tr("Could not load more: %1 <a href=\"retry\">Retry</a>").arg(errorText(m_model->lastError()).toHtmlEscaped());
    }
    m_summary->setTextFormat(m_model->lastError().isError() ? Qt::RichText : Qt::PlainText);
    m_summary->setText(text);
}

void UsersPane::updateActions()
{
    const DirectoryBackend::Capabilities caps = backend() ? backend()->capabilities() : DirectoryBackend::Capabilities();
    const int n = int(selectedIds().size());
    const bool ready = directoryReady();
    m_newAction->setEnabled(ready);
    m_importAction->setEnabled(ready);
    m_editAction->setEnabled(ready && n == 1);
    m_deleteAction->setEnabled(ready && n > 0);
    m_enableAction->setVisible(caps.userEnableDisable);
    m_disableAction->setVisible(caps.userEnableDisable);
    m_enableAction->setEnabled(ready && n > 0);
    m_disableAction->setEnabled(ready && n > 0);
    m_resetAction->setVisible(caps.resetPassword);
    m_resetAction->setEnabled(ready && n == 1);
    m_copyIdAction->setEnabled(n > 0);
    m_copyNameAction->setEnabled(n > 0);
    m_refreshAction->setEnabled(backend() != nullptr);
}

QStringList UsersPane::selectedIds() const
{
    return selectedData(m_view, UserListModel::IdRole);
}

QList<DirectoryUser> UsersPane::selectedUsers() const
{
    QList<DirectoryUser> users;
    for (const QString &id : selectedIds())
        users << m_model->user(m_model->rowOfId(id));
    return users;
}

bool UsersPane::selectUsers(const QStringList &ids)
{
    QList<int> rows;
    for (const QString &id : ids)
        rows << m_model->rowOfId(id);
    return selectSourceRows(m_view, m_proxy, rows, SelectFocus::CurrentAndScroll);
}

QString UsersPane::userLabel(const DirectoryUser &u)
{
    return u.userName.isEmpty() ? u.id : QStringLiteral("%1 (%2)").arg(u.userName, u.id);
}

// ---- detail panel -------------------------------------------------------------------------------------------

void UsersPane::updateDetail()
{
    const QStringList ids = selectedIds();
    const QString id = ids.size() == 1 ? ids.first() : QString();
    if (id == m_detailId && !id.isEmpty())
        return;
    delete m_detailOwner;   // drops the answers for the previous selection
    m_detailOwner = nullptr;
    m_detailLoading = 0;
    m_detailId = id;
    m_detailFull = false;
    m_detailError = ApiError();
    m_detailGroups.clear();
    m_groupsLoaded = false;
    m_groupsError = ApiError();
    if (id.isEmpty() || !backend()) {
        m_detailUser = DirectoryUser();
        renderDetail();
        return;
    }
    m_detailUser = m_model->user(m_model->rowOfId(id));
    m_detailOwner = new QObject(this);
    m_detailLoading = 2;
    const bool sso = backend()->serviceName() == QLatin1String("cloudsso");
    backend()->getUser(id, m_detailOwner, [this, sso](const WriteResult &r) {
        --m_detailLoading;
        if (!r.ok()) {
            m_detailError = r.error;
        } else {
            QJsonObject o = r.result;
            if (o.value(QStringLiteral("User")).isObject())
                o = o.value(QStringLiteral("User")).toObject();
            DirectoryUser u = sso ? RecordMapping::cloudSsoUser(o) : RecordMapping::cloudIdentityUser(o);
            if (!u.id.isEmpty()) {
                m_detailUser = u;
                m_detailFull = true;
            }
        }
        renderDetail();
    });
    backend()->listUserGroups(id, m_detailOwner, [this](const Page<DirectoryGroup> &page) {
        --m_detailLoading;
        m_groupsLoaded = true;
        if (!page.ok())
            m_groupsError = page.error;
        else
            m_detailGroups = page.items;
        renderDetail();
    });
    renderDetail();
}

QStringList UsersPane::detailGroupNames() const
{
    QStringList names;
    for (const DirectoryGroup &g : m_detailGroups)
        names << g.name;
    return names;
}

void UsersPane::renderDetail()
{
    m_detail->clear();
    const int n = int(selectedIds().size());
    if (m_detailId.isEmpty()) {
        m_detail->setPlaceholder(n > 1 ? tr("%n users selected.", nullptr, n) : tr("Select a user to see the details."));
        return;
    }
    const DirectoryUser &u = m_detailUser;
    const DirectoryBackend::Capabilities caps = backend() ? backend()->capabilities() : DirectoryBackend::Capabilities();
    m_detail->setTitle(u.displayName.isEmpty() ? u.userName : QStringLiteral("%1 — %2").arg(u.displayName, u.userName));
    m_detail->addRow(tr("User name"), u.userName);
    m_detail->addRow(tr("Display name"), u.displayName);
    if (caps.userFirstLastName) {
        m_detail->addRow(tr("First name"), u.firstName);
        m_detail->addRow(tr("Last name"), u.lastName);
    }
    m_detail->addRow(tr("Email"), u.email);
    if (caps.userPhone)
        m_detail->addRow(tr("Phone"), u.phone);
    if (!caps.userStatusValues.isEmpty())
        m_detail->addRow(tr("Status"), DirectoryLabels::userStatus(u.status), false);
    m_detail->addRow(tr("Source"), DirectoryLabels::source(u.source), false);
    m_detail->addRow(tr("User ID"), u.id);
    if (m_detailFull) {
        if (!u.identityType.isEmpty())
            m_detail->addRow(tr("Identity type"), u.identityType);
        const QJsonObject ext = u.raw.value(QStringLiteral("ExternalId")).toObject();
        if (!ext.isEmpty())
            m_detail->addRow(tr("External ID"), QStringLiteral("%1 (%2)").arg(ext.value(QStringLiteral("Id")).toString(),
                                                                              ext.value(QStringLiteral("Issuer")).toString()));
        m_detail->addRow(tr("Description"), u.description);
    }
    m_detail->addRow(tr("Created"), DirectoryLabels::time(u.created), false);
    m_detail->addRow(tr("Updated"), DirectoryLabels::time(u.updated), false);
    if (m_detailError.isError())
        m_detail->addRow(tr("Details"), tr("Could not load: %1").arg(errorText(m_detailError)), true);

    m_detail->addSection(tr("Groups"));
    auto *groups = new QListWidget;
    groups->setObjectName(QStringLiteral("userGroupsList"));
    groups->setSelectionMode(QAbstractItemView::ExtendedSelection);
    groups->setFrameShape(QFrame::NoFrame);
    if (!m_groupsLoaded) {
        groups->addItem(tr("Loading…"));
    } else if (m_groupsError.isError()) {
        groups->addItem(tr("Could not load the groups: %1").arg(errorText(m_groupsError)));
    } else if (m_detailGroups.isEmpty()) {
        groups->addItem(tr("Not a member of any group."));
    } else {
        for (const DirectoryGroup &g : std::as_const(m_detailGroups)) {
            auto *item = new QListWidgetItem(g.displayName.isEmpty() || g.displayName == g.name
                                                 ? g.name
                                                 : QStringLiteral("%1 (%2)").arg(g.name, g.displayName));
            item->setToolTip(g.id);
            groups->addItem(item);
        }
    }
    groups->setMaximumHeight(qMin(8, groups->count() + 1) * (groups->fontMetrics().height() + 6));
    groups->setAccessibleName(tr("Groups of the user"));
    AccessibleText::describeRows(groups);
    m_detail->addWidgetRow(tr("Member of"), groups);
}

// ---- actions ------------------------------------------------------------------------------------------------

void UsersPane::newItem()
{
    openRecordDialog<UserDialog>(DirectoryUser(),
                         [this](const DirectoryUser &u, const QString &requestId) { onUserSaved(u, requestId, true); });
}

void UsersPane::editSelected()
{
    const QList<DirectoryUser> users = selectedUsers();
    if (users.size() != 1)
        return;
    openRecordDialog<UserDialog>(users.first(),
                         [this](const DirectoryUser &u, const QString &requestId) { onUserSaved(u, requestId, false); });
}

void UsersPane::onUserSaved(const DirectoryUser &user, const QString &requestId, bool created)
{
    reportSaved(requestId, created ? tr("Created user %1.").arg(user.userName) : tr("Saved user %1.").arg(user.userName));
    if (user.id.isEmpty()) {
        m_model->reload();
    } else {
        m_model->upsertUser(user);
        m_detailId.clear();   // reload the detail panel
        selectUsers({user.id});
        updateDetail();
    }
    emit writeFinished(true);
}

ListPane::DeleteRequest UsersPane::describeDelete()
{
    const QList<DirectoryUser> users = selectedUsers();
    if (!canWrite() || users.isEmpty())
        return {};
    QString text;
    if (users.size() == 1)
        text = tr("Delete the user “%1”? This cannot be undone.").arg(userLabel(users.first()));
    else {
        QStringList names;
        for (const DirectoryUser &u : users)
            names << u.userName;
        text = tr("Delete these %n users? This cannot be undone.", nullptr, int(users.size())) + QStringLiteral("\n\n")
               + nameList(names);
    }
    return {tr("Delete users"), text, tr("Delete"), QString(), [this, users] { deleteUsers(users); }};
}

void UsersPane::deleteUsers(const QList<DirectoryUser> &users)
{
    if (users.size() == 1) {
        const DirectoryUser u = users.first();
        runSingleDelete({[this, u](QObject *owner, DirectoryBackend::WriteCallback done) {
                             return backend()->deleteUser(u.id, owner, std::move(done));
                         },
                         ErrorClassification::Resource::User, u.id, [this, u] { m_model->removeUser(u.id); },
                         tr("Deleted user %1.").arg(u.userName), tr("The user %1 no longer exists.").arg(u.userName),
                         tr("Could not delete the user"), [u](const ApiError &error) {
                             return tr("The user “%1” was not deleted.").arg(userLabel(u)) + QStringLiteral("\n\n")
                                    + errorText(error);
                         },
                         [this, u](const ApiError &error, const std::function<void()> &finished) {
                             // Cloud Identity refuses to delete a user who is still provisioned (UserHasProvision,
                             // volcengine-cloudidentity.md DeleteUser): list the provisionings that block it.
                             if (error.code != QLatin1String("UserHasProvision"))
                                 return false;
                             ProvisioningLinks::explainRefusedDelete(
                                 this, backend(), QStringLiteral("User"), u.id, userLabel(u), tr("Could not delete the user"),
                                 tr("The user “%1” was not deleted.").arg(userLabel(u)) + QStringLiteral("\n\n")
                                     + errorText(error),
                                 finished);
                             return true;
                         }});
        return;
    }
    // Several users: collect → typed operation → the one bulk dialog → apply the summary to the model.
    QStringList labels;
    QStringList ids;
    for (const DirectoryUser &u : users) {
        labels << userLabel(u);
        ids << u.id;
    }
    runBulkDelete(tr("Deleting %n users", nullptr, int(users.size())), labels, BulkOperation::deleteUsers(ids),
                  [this](const QString &id) { m_model->removeUser(id); },
                  [](const BulkSummary &s) { return tr("Deleted %1 of %2 users.").arg(s.succeeded).arg(s.total); });
}

void UsersPane::setSelectedEnabled(bool enabled)
{
    const QList<DirectoryUser> users = selectedUsers();
    if (!directoryReady() || users.isEmpty() || isBulkRunning() || !backend()->capabilities().userEnableDisable)
        return;
    const QString status = enabled ? QStringLiteral("Enabled") : QStringLiteral("Disabled");
    if (users.size() == 1) {
        const DirectoryUser u = users.first();
        backend()->setUserEnabled(u.id, enabled, this, [this, u, status, enabled](const WriteResult &r) {
            if (!r.requestId.isEmpty())
                emit requestIdSeen(r.requestId);
            if (!r.ok()) {
                if (r.error.kind != ApiError::Kind::Cancelled)
                    Prompter::instance()->warn(this, enabled ? tr("Could not enable the user") : tr("Could not disable the user"),
                                               errorText(r.error));
                emit writeFinished(false);
                return;
            }
            m_model->setUserStatus(u.id, status);
            if (m_detailId == u.id) {
                m_detailUser.status = status;
                renderDetail();
            }
            emit statusMessage(enabled ? tr("Enabled %1.").arg(u.userName) : tr("Disabled %1.").arg(u.userName));
            emit writeFinished(true);
        });
        return;
    }
    // Several users: a bounded-concurrency batch with progress, cancel and a summary.
    if (enabled == false) {
        if (!Prompter::instance()->confirm(this, tr("Disable users"),
                                           tr("Disable %n users? They will not be able to sign in until enabled again.",
                                              nullptr, int(users.size())),
                                           tr("Disable")))
            return;
    }
    QStringList labels;
    QStringList ids;
    for (const DirectoryUser &u : users) {
        labels << userLabel(u);
        ids << u.id;
    }
    BulkProgressDialog *dialog = runBulk(enabled ? tr("Enabling %n users", nullptr, int(users.size()))
                                                 : tr("Disabling %n users", nullptr, int(users.size())),
                                         labels, BulkOperation::setUsersEnabled(ids, enabled));
    connect(dialog, &BulkProgressDialog::batchFinished, this, [this, enabled, status](const BulkSummary &s) {
        for (const QString &id : s.appliedIds())
            m_model->setUserStatus(id, status);
        emit statusMessage(enabled ? tr("Enabled %1 of %2 users.").arg(s.succeeded).arg(s.total)
                                   : tr("Disabled %1 of %2 users.").arg(s.succeeded).arg(s.total));
        m_detailId.clear();
        updateDetail();
        emit writeFinished(s.failed == 0);
    });
}

void UsersPane::resetPasswordSelected()
{
    const QList<DirectoryUser> users = selectedUsers();
    if (users.size() != 1 || !canOpenDialog() || !backend()->capabilities().resetPassword)
        return;
    auto *dialog = new ResetPasswordDialog(backend(), users.first(), this);
    connect(dialog, &ResetPasswordDialog::passwordReset, this, [this, users](const QString &, const QString &requestId) {
        reportSaved(requestId, tr("Reset the password of %1.").arg(users.first().userName));
        emit writeFinished(true);
    });
    openDialog(dialog);
}

QString UsersPane::idNoun() const
{
    return tr("user ID(s)");
}

QByteArray UsersPane::csv() const
{
    return viewCsv(m_view);
}

bool UsersPane::exportCsv(const QString &fileName, QString *error)
{
    if (!exportView(m_view, fileName, error))
        return false;
    if (m_model->hasMore())
        emit statusMessage(tr("Exported the %n loaded user(s); scroll to load more before exporting everything.", nullptr,
                              m_proxy->rowCount()));
    return true;
}

void UsersPane::showContextMenu(const QPoint &pos)
{
    QMenu menu(this);
    menu.addAction(m_newAction);
    menu.addAction(m_editAction);
    menu.addAction(m_deleteAction);
    if (m_enableAction->isVisible()) {
        menu.addSeparator();
        menu.addAction(m_enableAction);
        menu.addAction(m_disableAction);
    }
    if (m_resetAction->isVisible())
        menu.addAction(m_resetAction);
    menu.addSeparator();
    menu.addAction(m_copyIdAction);
    menu.addAction(m_copyNameAction);
    if (selectedUsers().size() == 1) {
        const DirectoryUser u = selectedUsers().first();
        ProvisioningLinks::addMenuEntry(&menu, this, backend(), QStringLiteral("User"), u.id,
                                        u.userName.isEmpty() ? u.id : QStringLiteral("%1 (%2)").arg(u.userName, u.id));
    }
    menu.addSeparator();
    menu.addAction(m_refreshAction);
    menu.exec(m_view->viewport()->mapToGlobal(pos));
}

void UsersPane::saveState(QSettings &settings) const
{
    saveHeader(settings, QStringLiteral("header"), m_view->horizontalHeader());
    saveSplitter(settings, QStringLiteral("splitter"), m_splitter);
}

void UsersPane::restoreState(QSettings &settings)
{
    restoreHeader(settings, QStringLiteral("header"), m_view->horizontalHeader());
    restoreSplitter(settings, QStringLiteral("splitter"), m_splitter);
    // Capabilities decide these columns, whatever the saved state says.
    const DirectoryBackend::Capabilities caps = backend() ? backend()->capabilities() : DirectoryBackend::Capabilities();
    if (backend()) {
        m_view->setColumnHidden(UserListModel::Phone, !caps.userPhone);
        m_view->setColumnHidden(UserListModel::Status, caps.userStatusValues.isEmpty());
    }
}

void UsersPane::retranslate()
{
    m_newAction->setText(tr("New user…"));
    m_newAction->setToolTip(tr("Create a user (Ctrl+N)"));
    m_editAction->setText(tr("Edit…"));
    m_deleteAction->setText(tr("Delete"));
    m_deleteAction->setToolTip(tr("Delete the selected users (Delete)"));
    m_enableAction->setText(tr("Enable"));
    m_enableAction->setToolTip(tr("Allow the selected users to sign in"));
    m_disableAction->setText(tr("Disable"));
    m_disableAction->setToolTip(tr("Block the selected users from signing in"));
    m_resetAction->setText(tr("Reset password…"));
    m_refreshAction->setText(tr("Refresh"));
    m_copyIdAction->setText(tr("Copy user ID"));
    m_copyNameAction->setText(tr("Copy user name"));
    m_importAction->setText(tr("Import users…"));
    m_importAction->setToolTip(tr("Create or update users from a CSV file"));
    const bool prefix = backend() && backend()->serviceName() == QLatin1String("cloudsso");
    m_search->setPlaceholderText(prefix ? tr("Search user names starting with… (Ctrl+F)") : tr("Search users… (Ctrl+F)"));
    m_sourceLabel->setText(tr("&Source:"));
    m_statusLabel->setText(tr("S&tatus:"));
    fillFilters();
    m_detail->setPlaceholder(tr("Select a user to see the details."));
    m_model->retranslate();
    updateState();
    renderDetail();
    retranslateAccessibility();
}

// What a screen reader announces (AT-SPI). Toolbar buttons are named by their actions' texts, the source and
// status filters by their buddy labels.
void UsersPane::retranslateAccessibility()
{
    const bool prefix = backend() && backend()->serviceName() == QLatin1String("cloudsso");
    m_search->setAccessibleName(tr("Search users"));
    AccessibleText::nameEditActions(m_search, m_search->accessibleName());   // its search icon
    m_search->setAccessibleDescription(
        prefix ? tr("Searches the whole directory on the server for user names that start with the text; "
                    "the loaded rows are filtered at once (Ctrl+F)")
               : tr("Searches the whole directory on the server, not only the loaded rows; "
                    "the loaded rows are filtered at once (Ctrl+F)"));
    m_view->setAccessibleName(paneTitle());
    AccessibleText::describeRows(m_view);
}

void UsersPane::importUsers()
{
    if (!canOpenDialog())
        return;
    auto *dialog = new ImportUsersDialog(backend(), this);
    connect(dialog, &ImportUsersDialog::importFinished, this, [this](int created, int updated) {
        reportSaved(QString(), tr("Import: %1 user(s) created, %2 updated.").arg(created).arg(updated));
        refresh();
    });
    openDialog(dialog);
}
