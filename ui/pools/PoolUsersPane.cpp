// SPDX-License-Identifier: GPL-3.0-or-later
#include "pools/PoolUsersPane.h"

#include "api/ApiCall.h"
#include "cloud/BulkOperation.h"
#include "cloud/PoolDirectoryService.h"
#include "cloud/UserPoolService.h"
#include "models/CsvWriter.h"
#include "models/DirectoryLabels.h"
#include "models/PoolServicePageSource.h"
#include "models/PoolUserSparseModel.h"
#include "models/RecordTableModel.h"
#include "pools/PoolUserDialog.h"
#include "widgets/AccessibleText.h"
#include "widgets/DetailView.h"
#include "widgets/PaneStateWidget.h"
#include "widgets/Prompter.h"
#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QScrollBar>
#include <QSettings>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QSplitter>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

namespace {
// ListUsers string filters offered in the field filter (volcengine-id.md §7.2).
const char *const kFilterFields[] = {"PreferredUsername", "Email", "PhoneNumber", "Name", "GivenName", "FamilyName",
                                     "Nickname", "Connection", "GroupUid", "DepartmentUid", "LatestLoginMethod"};

QString time(const QString &raw)
{
    const QDateTime t = QDateTime::fromString(raw, Qt::ISODateWithMs);
    return t.isValid() ? DirectoryLabels::time(t) : raw;
}
} // namespace

PoolUsersPane::PoolUsersPane(QWidget *parent)
    : ListPane(parent)
{
    setObjectName(QStringLiteral("poolUsersPane"));
    m_model = new PoolUserSparseModel(this);
    buildUi();
    retranslate();
    QString reason;
    supports(nullptr, &reason);
    listState()->showEmpty(reason);
    updateActions();
}

PoolUsersPane::~PoolUsersPane()
{
    if (m_bulk)
        m_bulk->disconnect(this);
    m_model->setSource(nullptr);   // before the source goes (it cancels what is in flight)
}

QIcon PoolUsersPane::paneIcon() const
{
    return QIcon(QStringLiteral(":/icons/users.svg"));
}

void PoolUsersPane::buildUi()
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    QToolBar *toolbar = createToolBar(QStringLiteral("poolUsersToolbar"));
    m_poolLabel = new QLabel(this);
    m_poolCombo = new QComboBox(this);
    m_poolCombo->setObjectName(QStringLiteral("poolCombo"));
    m_poolCombo->setMinimumWidth(180);
    m_poolCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_poolLabel->setBuddy(m_poolCombo);
    toolbar->addWidget(m_poolLabel);
    toolbar->addWidget(m_poolCombo);
    toolbar->addSeparator();
    m_newAction = makeAction(QStringLiteral("newPoolUser"), QStringLiteral("add"));
    m_editAction = makeAction(QStringLiteral("editPoolUser"), QString());
    m_deleteAction = makeAction(QStringLiteral("deletePoolUsers"), QStringLiteral("delete"));
    m_refreshAction = makeAction(QStringLiteral("refreshPoolUsers"), QStringLiteral("refresh"));
    m_retryAction = makeAction(QStringLiteral("retryPoolUserPages"), QString());
    m_copyIdAction = makeAction(QStringLiteral("copyPoolUserId"), QString());
    toolbar->addAction(m_newAction);
    toolbar->addAction(m_editAction);
    toolbar->addAction(m_deleteAction);
    toolbar->addAction(m_refreshAction);
    toolbar->addAction(m_retryAction);
    toolbar->addSeparator();
    m_search = addSearchEdit(toolbar, QStringLiteral("poolUserSearch"), nullptr);   // server-side only
    layout->addWidget(toolbar);

    auto *filters = new QWidget(this);
    auto *fl = new QHBoxLayout(filters);
    fl->setContentsMargins(6, 2, 6, 2);
    m_filterLabel = new QLabel(filters);
    m_filterField = new QComboBox(filters);
    m_filterField->setObjectName(QStringLiteral("filterField"));
    for (const char *f : kFilterFields)
        m_filterField->addItem(QString(), QString::fromLatin1(f));
    m_filterValue = new QLineEdit(filters);
    m_filterValue->setObjectName(QStringLiteral("filterValue"));
    m_filterValue->setClearButtonEnabled(true);
    m_filterLabel->setBuddy(m_filterField);
    m_rowLabel = new QLabel(filters);
    m_rowSpin = new QSpinBox(filters);
    m_rowSpin->setObjectName(QStringLiteral("rowSpin"));
    m_rowSpin->setRange(1, 1);
    m_rowSpin->setGroupSeparatorShown(true);
    m_rowSpin->setMinimumWidth(110);
    m_rowLabel->setBuddy(m_rowSpin);
    m_summary = new QLabel(filters);
    m_summary->setObjectName(QStringLiteral("poolUsersSummary"));
    fl->addWidget(m_filterLabel);
    fl->addWidget(m_filterField);
    fl->addWidget(m_filterValue, 1);
    fl->addSpacing(12);
    fl->addWidget(m_rowLabel);
    fl->addWidget(m_rowSpin);
    fl->addSpacing(12);
    fl->addWidget(m_summary);
    layout->addWidget(filters);

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(QStringLiteral("poolUsersSplitter"));
    m_view = new QTableView(m_splitter);
    m_view->setObjectName(QStringLiteral("poolUsersView"));
    m_view->setModel(m_model);
    setupTable(m_view);
    // A sparse list cannot be sorted locally: the view's own sorting stays off, and a click on a column the service
    // can sort by re-queries ListUsers with SortField / SortDirection (PoolUserSparseModel::sort).
    m_view->setSortingEnabled(false);
    m_view->horizontalHeader()->setSortIndicatorShown(false);
    m_view->horizontalHeader()->setSectionsClickable(true);
    connect(m_view->horizontalHeader(), &QHeaderView::sortIndicatorChanged, this, &PoolUsersPane::sortByColumn);
    for (int c = PoolUserSparseModel::GivenName; c < PoolUserSparseModel::ColumnCount; ++c)
        m_view->setColumnHidden(c, true);   // the other OIDC claims: the header's menu shows them
    m_view->setColumnWidth(PoolUserSparseModel::NumLogins, 70);
    enableColumnChooser(m_view->horizontalHeader(), PoolUserSparseModel::PreferredUsername);
    setListView(m_view, PoolUserSparseModel::IdRole);
    m_detail = new DetailView(m_splitter);
    m_detail->setObjectName(QStringLiteral("poolUserDetail"));
    m_splitter->addWidget(m_view);
    m_splitter->addWidget(m_detail);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({760, 300});
    layout->addWidget(createStateWidget(m_splitter), 1);

    connect(m_newAction, &QAction::triggered, this, &PoolUsersPane::newItem);
    connect(m_editAction, &QAction::triggered, this, &PoolUsersPane::editSelected);
    connect(m_deleteAction, &QAction::triggered, this, &PoolUsersPane::deleteSelection);
    connect(m_refreshAction, &QAction::triggered, this, &PoolUsersPane::refresh);
    connect(m_retryAction, &QAction::triggered, this, &PoolUsersPane::retrySelected);
    connect(m_copyIdAction, &QAction::triggered, this, &PoolUsersPane::copySelection);
    connect(m_poolCombo, qOverload<int>(&QComboBox::activated), this, [this](int index) {
        const QString uid = m_poolCombo->itemData(index).toString();
        if (!uid.isEmpty() && uid != m_poolUid)
            openPool(uid);
    });
    connect(m_filterValue, &QLineEdit::returnPressed, this, &PoolUsersPane::applySearch);
    connect(m_filterField, qOverload<int>(&QComboBox::activated), this, [this] {
        if (!m_filterValue->text().trimmed().isEmpty())
            applySearch();
    });
    connect(m_rowSpin, &QSpinBox::editingFinished, this, [this] {
        if (m_rowSpin->hasFocus() || m_rowSpin->value() - 1 != m_view->currentIndex().row())
            jumpToRow(m_rowSpin->value() - 1);
    });
    connect(m_view, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        if (m_model->rowState(index.row()) == PoolUserSparseModel::RowState::Failed)
            m_model->retryPage(m_model->pageOfRow(index.row()));
        else
            editSelected();
    });
    connect(m_view, &QTableView::activated, this, [this](const QModelIndex &index) {
        if (m_model->rowState(index.row()) == PoolUserSparseModel::RowState::Failed)
            m_model->retryPage(m_model->pageOfRow(index.row()));
    });
    connect(m_view, &QTableView::customContextMenuRequested, this, &PoolUsersPane::showContextMenu);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &PoolUsersPane::updateActions);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &PoolUsersPane::showDetail);
    connect(m_view->verticalScrollBar(), &QScrollBar::valueChanged, this, &PoolUsersPane::updateVisibleRows);
    connect(m_view->verticalScrollBar(), &QScrollBar::rangeChanged, this, &PoolUsersPane::updateVisibleRows);
    connect(m_model, &PoolUserSparseModel::firstPageLoaded, this, [this] {
        updateState();
        updateVisibleRows();
    });
    connect(m_model, &PoolUserSparseModel::modelReset, this, &PoolUsersPane::updateState);
    connect(m_model, &PoolUserSparseModel::rowsInserted, this, &PoolUsersPane::updateState);
    connect(m_model, &PoolUserSparseModel::rowsRemoved, this, &PoolUsersPane::updateState);
    connect(m_model, &PoolUserSparseModel::pageLoaded, this, [this](int page) {
        const QModelIndex current = m_view->currentIndex();
        if (current.isValid() && m_model->pageOfRow(current.row()) == page && !m_detailUser.isValid())
            showDetail();
        updateActions();
    });
    connect(m_model, &PoolUserSparseModel::pageFailed, this, [this](int page, const ApiError &error) {
        emit statusMessage(tr("Users %1–%2 could not be loaded: %3")
                               .arg(QLocale().toString(qint64(page - 1) * m_model->pageSize() + 1),
                                    QLocale().toString(qint64(page) * m_model->pageSize()),
                                    error.localizedMessage()));
        if (!error.requestId.isEmpty())
            emit requestIdSeen(error.requestId);
        updateActions();
    });
    connect(listState(), &PaneStateWidget::retryRequested, this, &PoolUsersPane::refresh);
}

void PoolUsersPane::retranslate()
{
    m_poolLabel->setText(tr("User &pool:"));
    m_poolCombo->setAccessibleName(tr("User pool"));
    m_poolCombo->setToolTip(tr("The pool whose users are listed"));
    m_newAction->setText(tr("New user"));
    m_newAction->setToolTip(tr("Create a user in this pool (Ctrl+N)"));
    m_editAction->setText(tr("Edit"));
    m_editAction->setToolTip(tr("Edit the selected user"));
    m_deleteAction->setText(tr("Delete"));
    m_deleteAction->setToolTip(tr("Delete the selected users (Delete)"));
    m_refreshAction->setText(tr("Refresh"));
    m_refreshAction->setToolTip(tr("Reload the users in view (F5)"));
    m_retryAction->setText(tr("Retry"));
    m_retryAction->setToolTip(tr("Load again the rows that failed to load"));
    m_copyIdAction->setText(tr("Copy user ID"));
    m_search->setPlaceholderText(tr("Search users on the server… (Ctrl+F)"));
    m_filterLabel->setText(tr("&Filter:"));
    m_filterField->setAccessibleName(tr("Filter field"));
    m_filterValue->setAccessibleName(tr("Filter value"));
    m_filterValue->setPlaceholderText(tr("Exact value, then Enter"));
    m_filterValue->setToolTip(tr("Only users whose chosen field has this value (ListUsers Filter)"));
    const QHash<QString, QString> fieldTitles{
        {QStringLiteral("PreferredUsername"), tr("Username")},
        {QStringLiteral("Email"), tr("Email")},
        {QStringLiteral("PhoneNumber"), tr("Phone number")},
        {QStringLiteral("Name"), tr("Name")},
        {QStringLiteral("GivenName"), tr("Given name")},
        {QStringLiteral("FamilyName"), tr("Family name")},
        {QStringLiteral("Nickname"), tr("Nickname")},
        {QStringLiteral("Connection"), tr("Connection")},
        {QStringLiteral("GroupUid"), tr("Group ID")},
        {QStringLiteral("DepartmentUid"), tr("Department ID")},
        {QStringLiteral("LatestLoginMethod"), tr("Last login method")},
    };
    for (int i = 0; i < m_filterField->count(); ++i)
        m_filterField->setItemText(i, fieldTitles.value(m_filterField->itemData(i).toString()));
    m_rowLabel->setText(tr("&Go to row:"));
    m_rowSpin->setAccessibleName(tr("Go to row"));
    m_rowSpin->setToolTip(tr("Jump to this row; only its page is loaded"));
    m_summary->setAccessibleName(tr("User count"));
    m_detail->setAccessibleName(tr("User details"));
    m_detail->setPlaceholder(tr("Select a user to see its details."));
    m_model->retranslate();
    AccessibleText::nameEditActions(m_search, m_search->accessibleName());
    AccessibleText::describeRows(m_view);
    updateState();
    renderDetail();
}

bool PoolUsersPane::supports(const Session *session, QString *reason) const
{
    if (!session) {
        if (reason)
            *reason = tr("Connect to a Volcengine profile to see the users of its user pools.");
        return false;
    }
    if (!session->hasService(Service::Id)) {
        if (reason)
            *reason = tr("Pool users belong to Volcengine Agent Identity; this profile has no access to it.");
        return false;
    }
    return true;
}

void PoolUsersPane::setSession(Session *session)
{
    Pane::setSession(session);
    if (m_bulk) {   // the old session's batch: requests already sent finish on their own
        m_bulk->disconnect(this);
        m_bulk->abandon();
        m_bulk = nullptr;
    }
    if (m_dialog)
        m_dialog->done(QDialog::Rejected);
    m_model->setSource(nullptr);
    delete m_source;
    m_source = nullptr;
    delete m_service;
    m_service = nullptr;
    delete m_pools;
    m_pools = nullptr;
    m_poolCombo->clear();
    m_poolUid.clear();
    m_detailUser = PoolUser();
    renderDetail();
    QString reason;
    if (!supports(session, &reason)) {
        m_needsLoad = false;
        listState()->showEmpty(reason);
    } else {
        m_service = new PoolDirectoryService(session->client(), this);
        m_pools = new UserPoolService(session->client(), this);
        m_needsLoad = true;
        if (isVisible())
            loadPools();
    }
    updateActions();
    updateState();
}

void PoolUsersPane::showEvent(QShowEvent *event)
{
    ListPane::showEvent(event);
    if (m_needsLoad)
        loadPools();
}

void PoolUsersPane::loadPools()
{
    if (!m_pools)
        return;
    m_needsLoad = false;
    m_pools->listUserPools(this, [this](const QList<UserPool> &pools, const ApiResult &result) {
        if (!result.ok) {
            if (m_poolUid.isEmpty())
                listState()->showError(result.error);
            return;
        }
        const QString keep = m_poolUid;
        m_poolCombo->clear();
        for (const UserPool &p : pools)
            m_poolCombo->addItem(p.name.isEmpty() ? p.uid : p.name, p.uid);
        if (!keep.isEmpty()) {
            int i = m_poolCombo->findData(keep);
            if (i < 0) {
                m_poolCombo->addItem(m_pendingPoolName.isEmpty() ? keep : m_pendingPoolName, keep);
                i = m_poolCombo->count() - 1;
            }
            m_poolCombo->setCurrentIndex(i);
        } else if (m_poolCombo->count() > 0) {
            openPool(m_poolCombo->itemData(0).toString());
        } else {
            updateState();
        }
    });
}

void PoolUsersPane::openPool(const QString &poolUid, const QString &poolName)
{
    if (poolUid.isEmpty())
        return;
    m_pendingPoolName = poolName;
    int i = m_poolCombo->findData(poolUid);
    if (i < 0) {
        m_poolCombo->addItem(poolName.isEmpty() ? poolUid : poolName, poolUid);
        i = m_poolCombo->count() - 1;
    }
    m_poolCombo->setCurrentIndex(i);
    if (m_needsLoad)
        loadPools();   // fills the rest of the list; keeps this pool
    m_poolUid = poolUid;
    m_model->setSource(nullptr);
    delete m_source;
    m_source = m_service ? new PoolServicePageSource(m_service, poolUid, this) : nullptr;
    m_model->setSource(m_source);
    m_detailUser = PoolUser();
    renderDetail();
    cancelPendingSearch();
    applySearch();
}

bool PoolUsersPane::navigate(const NavigationRequest &request)
{
    const QString uid = request.filters.value(QStringLiteral("poolUid"));
    if (uid.isEmpty())
        return false;
    openPool(uid, request.label);
    return true;
}

void PoolUsersPane::applySearch()
{
    if (m_poolUid.isEmpty() || !m_source) {
        updateState();
        return;
    }
    PoolUserQuery q;
    q.search = m_search->text().trimmed();
    const QString value = m_filterValue->text().trimmed();
    if (!value.isEmpty())
        q.filters.insert(m_filterField->currentData().toString(), value);
    m_model->setQuery(q);
    m_model->reload();
    m_detailUser = PoolUser();
    renderDetail();
    updateState();
}

void PoolUsersPane::refresh()
{
    if (m_needsLoad) {
        loadPools();
        return;
    }
    if (m_poolUid.isEmpty()) {
        loadPools();
        return;
    }
    cancelPendingSearch();
    m_model->invalidate();
    updateVisibleRows();
    showDetail();
}

void PoolUsersPane::updateVisibleRows()
{
    const int first = m_view->rowAt(0);
    int last = m_view->rowAt(m_view->viewport()->height() - 1);
    if (first < 0) {
        m_model->setVisibleRows(-1, -1);
        return;
    }
    if (last < 0)
        last = m_model->rowCount() - 1;
    m_model->setVisibleRows(first, last);
}

void PoolUsersPane::updateState()
{
    const QLocale locale;
    if (!m_session || !m_service) {
        m_summary->clear();
        return;
    }
    if (m_poolUid.isEmpty()) {
        listState()->showEmpty(tr("Choose a user pool."));
        m_summary->clear();
        return;
    }
    const qint64 total = m_model->totalCount();
    const bool filtered = !m_model->query().search.isEmpty() || !m_model->query().filters.isEmpty();
    if (!m_model->hasAnswered()) {
        listState()->showBusy(tr("Loading users…"));
        m_summary->setText(tr("Loading…"));
    } else if (m_model->firstPageError().isError() && total == 0) {
        listState()->showError(m_model->firstPageError());
        m_summary->clear();
    } else if (total == 0) {
        listState()->showEmpty(filtered ? tr("No user matches the search or filter.") : tr("This pool has no users."));
        m_summary->setText(tr("No users"));
    } else {
        listState()->showContent();
        m_summary->setText(filtered ? tr("%1 users match").arg(locale.toString(total))
                                    : tr("%1 users").arg(locale.toString(total)));
    }
    m_rowSpin->setRange(1, int(qMax<qint64>(1, total)));
    m_rowSpin->setSuffix(total > 0 ? tr(" of %1").arg(locale.toString(total)) : QString());
    updateActions();
}

void PoolUsersPane::updateActions()
{
    const bool connected = m_service && !m_poolUid.isEmpty();
    const int selectedLoaded = int(selectedUids().size());
    m_newAction->setEnabled(connected);
    m_editAction->setEnabled(connected && selectedLoaded == 1);
    m_deleteAction->setEnabled(connected && selectedLoaded > 0 && !(m_bulk && m_bulk->isRunning()));
    m_refreshAction->setEnabled(connected || m_needsLoad);
    m_retryAction->setEnabled(connected && !m_model->failedPages().isEmpty());
    m_copyIdAction->setEnabled(selectedLoaded > 0);
}

void PoolUsersPane::jumpToRow(int row)
{
    if (row < 0 || row >= m_model->rowCount())
        return;
    const QModelIndex index = m_model->index(row, 0);
    m_view->scrollTo(index, QAbstractItemView::PositionAtTop);
    m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    updateVisibleRows();
    if (m_rowSpin->value() != row + 1)
        m_rowSpin->setValue(row + 1);
}

QStringList PoolUsersPane::selectedUids() const
{
    QStringList uids;
    if (!m_view->selectionModel())
        return uids;
    for (const QModelIndex &i : m_view->selectionModel()->selectedRows()) {
        if (const PoolUser *u = m_model->userAt(i.row()))
            uids << u->uid;
    }
    return uids;
}

QList<PoolUser> PoolUsersPane::selectedUsers() const
{
    QList<PoolUser> users;
    if (!m_view->selectionModel())
        return users;
    for (const QModelIndex &i : m_view->selectionModel()->selectedRows()) {
        if (const PoolUser *u = m_model->userAt(i.row()))
            users << *u;
    }
    return users;
}

QString PoolUsersPane::idNoun() const
{
    return tr("user ID(s)");
}

void PoolUsersPane::showContextMenu(const QPoint &pos)
{
    QMenu menu(this);
    menu.addAction(m_editAction);
    menu.addAction(m_copyIdAction);
    menu.addSeparator();
    menu.addAction(m_retryAction);
    menu.addAction(m_deleteAction);
    menu.exec(m_view->viewport()->mapToGlobal(pos));
}

void PoolUsersPane::retrySelected()
{
    bool any = false;
    if (m_view->selectionModel()) {
        for (const QModelIndex &i : m_view->selectionModel()->selectedRows()) {
            if (m_model->rowState(i.row()) == PoolUserSparseModel::RowState::Failed) {
                m_model->retryPage(m_model->pageOfRow(i.row()));
                any = true;
            }
        }
    }
    if (!any)
        m_model->retryFailed();
    updateActions();
}

void PoolUsersPane::showDetail()
{
    if (m_detailCall)
        m_detailCall->cancel();
    m_detailCall = nullptr;
    m_detailError.clear();
    const QModelIndex current = m_view->currentIndex();
    const PoolUser *user = current.isValid() ? m_model->userAt(current.row()) : nullptr;
    if (!user || !m_service) {
        m_detailUser = PoolUser();
        renderDetail();
        return;
    }
    m_detailUser = *user;
    m_detailComplete = false;
    renderDetail();
    const QString uid = user->uid;
    m_detailCall = m_service->getUser(m_poolUid, uid, this, [this, uid](const PoolUser &full, const ApiResult &r) {
        m_detailCall = nullptr;
        if (m_detailUser.uid != uid)
            return;
        if (r.ok && full.isValid()) {
            m_detailUser = full;
            m_detailComplete = true;
            m_model->replaceUser(full);
        } else {
            m_detailError = r.error.localizedMessage();
        }
        renderDetail();
    });
}

void PoolUsersPane::renderDetail()
{
    if (!m_detail)
        return;
    m_detail->clear();
    const PoolUser &u = m_detailUser;
    if (!u.isValid())
        return;   // the placeholder
    const auto yesNo = [this](std::optional<bool> v) { return v ? (*v ? tr("Yes") : tr("No")) : QString(); };
    m_detail->setTitle(u.preferredUsername().isEmpty() ? u.uid : u.preferredUsername());
    if (!m_detailComplete)
        m_detail->addRow(tr("Status"), m_detailError.isEmpty() ? tr("Loading every field of the user…")
                                                               : tr("Could not load every field: %1").arg(m_detailError),
                         false);
    m_detail->addSection(tr("General"));
    m_detail->addRow(tr("User ID"), u.uid);
    m_detail->addRow(tr("Subject (sub)"), u.sub);
    m_detail->addRow(tr("Username"), u.preferredUsername());
    m_detail->addRow(tr("Name"), u.name());
    m_detail->addRow(tr("Email"), u.email());
    m_detail->addRow(tr("Email verified"), yesNo(u.emailVerified), false);
    m_detail->addRow(tr("Phone number"), u.phoneNumber());
    m_detail->addRow(tr("Phone number verified"), yesNo(u.phoneNumberVerified), false);
    m_detail->addRow(tr("State"), u.userState);
    m_detail->addRow(tr("Connection"), u.connection);
    m_detail->addRow(tr("Created"), time(u.createTime));
    m_detail->addRow(tr("Updated"), time(u.updateTime));

    QStringList otherClaims;
    for (const QString &field : PoolUser::profileFields()) {
        if (field == QLatin1String("PreferredUsername") || field == QLatin1String("Name")
            || field == QLatin1String("Email") || field == QLatin1String("PhoneNumber"))
            continue;
        if (!u.claim(field).isEmpty())
            otherClaims << field;
    }
    if (!otherClaims.isEmpty()) {
        m_detail->addSection(tr("Profile"));
        // The list's column titles (translated) for the claims.
        const QHash<QString, int> columnOf{
            {QStringLiteral("GivenName"), PoolUserSparseModel::GivenName},
            {QStringLiteral("FamilyName"), PoolUserSparseModel::FamilyName},
            {QStringLiteral("MiddleName"), PoolUserSparseModel::MiddleName},
            {QStringLiteral("Nickname"), PoolUserSparseModel::Nickname},
            {QStringLiteral("Gender"), PoolUserSparseModel::Gender},
            {QStringLiteral("Birthdate"), PoolUserSparseModel::Birthdate},
            {QStringLiteral("Locale"), PoolUserSparseModel::Locale},
            {QStringLiteral("Zoneinfo"), PoolUserSparseModel::Zoneinfo},
            {QStringLiteral("Picture"), PoolUserSparseModel::Picture},
            {QStringLiteral("Profile"), PoolUserSparseModel::Profile},
            {QStringLiteral("Website"), PoolUserSparseModel::Website},
        };
        for (const QString &field : std::as_const(otherClaims))
            m_detail->addRow(columnOf.contains(field) ? PoolUserSparseModel::columnTitle(columnOf.value(field)) : field,
                             u.claim(field));
    }

    m_detail->addSection(tr("Last login"));
    m_detail->addRow(tr("Logins"), QLocale().toString(u.numLogins), false);
    m_detail->addRow(tr("Last login"), time(u.latestLogin));
    m_detail->addRow(tr("Method"), u.latestLoginMethod);
    m_detail->addRow(tr("Browser"), u.latestBrowser);
    QStringList connection;
    for (const QString &part : {u.latestLoginConnectionName, u.latestLoginConnectionProvider, u.latestLoginConnectionType})
        if (!part.isEmpty())
            connection << part;
    m_detail->addRow(tr("Through"), connection.join(QStringLiteral(" · ")));

    m_detail->addSection(tr("External identities"));
    if (u.externalIdentities.isEmpty())
        m_detail->addRow(tr("External identities"), m_detailComplete ? tr("None") : QString(), false);
    for (const PoolUser::ExternalIdentity &e : u.externalIdentities) {
        QStringList parts{e.externalProviderUserIdentifier};
        if (!e.connectionType.isEmpty())
            parts << e.connectionType;
        if (!e.linkSource.isEmpty())
            parts << tr("linked by %1").arg(e.linkSource);
        if (!e.lastLoginAt.isEmpty())
            parts << tr("last login %1").arg(time(e.lastLoginAt));
        m_detail->addRow(e.provider.isEmpty() ? e.connectionUid : e.provider, parts.join(QStringLiteral(" · ")));
    }

    m_detail->addSection(tr("Groups"));
    m_detail->addRow(tr("Groups"), u.groupUids.join(QLatin1Char('\n')));
    m_detail->addRow(tr("Departments"), u.departmentUids.join(QLatin1Char('\n')));

    m_detail->addSection(tr("Custom attributes"));
    if (u.customAttributes.isEmpty())
        m_detail->addRow(tr("Custom attributes"), m_detailComplete ? tr("None") : QString(), false);
    for (const auto &a : u.customAttributes)
        m_detail->addRow(a.first, a.second);
    if (!u.userMetadata.isEmpty()) {
        m_detail->addSection(tr("Metadata"));
        m_detail->addRow(tr("User metadata"), u.userMetadata);
    }
}

void PoolUsersPane::newItem()
{
    if (!m_service || m_poolUid.isEmpty() || m_dialog)
        return;
    m_dialog = new PoolUserDialog(m_service, m_poolUid, PoolUser(), this);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_dialog, &PoolUserDialog::saved, this, [this](const PoolUser &user, bool) {
        emit statusMessage(tr("Created user %1.").arg(user.preferredUsername().isEmpty() ? user.uid
                                                                                         : user.preferredUsername()));
        m_model->invalidate();   // the new user takes its place in the service's order
    });
    m_dialog->open();
}

void PoolUsersPane::editSelected()
{
    const QList<PoolUser> users = selectedUsers();
    if (!m_service || users.size() != 1 || m_dialog)
        return;
    // The full object when the detail panel has it (custom attributes, metadata), else the list's.
    const PoolUser user = m_detailComplete && m_detailUser.uid == users.first().uid ? m_detailUser : users.first();
    m_dialog = new PoolUserDialog(m_service, m_poolUid, user, this);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_dialog, &PoolUserDialog::saved, this, [this](const PoolUser &saved, bool) {
        m_model->replaceUser(saved);
        if (m_detailUser.uid == saved.uid) {
            m_detailUser = saved;
            m_detailComplete = true;
            renderDetail();
        }
        emit statusMessage(tr("Saved user %1.").arg(saved.preferredUsername().isEmpty() ? saved.uid
                                                                                        : saved.preferredUsername()));
    });
    m_dialog->open();
}

ListPane::DeleteRequest PoolUsersPane::describeDelete()
{
    DeleteRequest request;
    if (!m_service || (m_bulk && m_bulk->isRunning()))
        return request;
    const QList<PoolUser> users = selectedUsers();
    if (users.isEmpty())
        return request;
    const QString pool = m_poolCombo->currentText();
    if (users.size() == 1) {
        const PoolUser &u = users.first();
        request.title = tr("Delete user");
        request.text = tr("Delete the user %1 (%2) from the pool %3? The user can no longer sign in; this cannot "
                          "be undone.")
                           .arg(u.preferredUsername().isEmpty() ? u.email() : u.preferredUsername(), u.uid, pool);
    } else {
        request.title = tr("Delete users");
        request.text = tr("Delete %1 users from the pool %2? They can no longer sign in; this cannot be undone. "
                          "They are deleted in batches of %3; each user that cannot be deleted is listed afterwards.")
                           .arg(QLocale().toString(users.size()), pool)
                           .arg(PoolDirectoryService::kMaxDeleteBatch);
    }
    QStringList uids;
    for (const PoolUser &u : users)
        uids << u.uid;
    request.run = [this, uids] { runDelete(uids); };
    return request;
}

void PoolUsersPane::runDelete(const QStringList &uids)
{
    if (!m_service || (m_bulk && m_bulk->isRunning()) || uids.isEmpty())
        return;
    QHash<QString, QString> names;
    for (const PoolUser &u : selectedUsers())
        names.insert(u.uid, u.preferredUsername().isEmpty() ? u.email() : u.preferredUsername());
    QStringList labels;
    for (const QString &uid : uids)
        labels << (names.value(uid).isEmpty() ? uid : tr("%1 (%2)").arg(names.value(uid), uid));
    // Collect → typed operation → the one bulk dialog and runner (DeleteUsers in batches of 100 uids).
    auto *dialog = new BulkProgressDialog(tr("Deleting %n users", nullptr, int(uids.size())), labels, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_bulk = dialog;
    connect(dialog, &BulkProgressDialog::batchFinished, this, &PoolUsersPane::onDeleteFinished);
    connect(dialog, &QDialog::finished, this, &PoolUsersPane::updateActions);
    dialog->open();
    dialog->run(BulkOperation::deletePoolUsers(m_poolUid, uids), m_service);
    updateActions();
}

void PoolUsersPane::onDeleteFinished(const BulkSummary &s)
{
    for (const BulkSummary::Failure &f : s.failures)
        if (!f.requestId.isEmpty())
            emit requestIdSeen(f.requestId);
    const QStringList gone = s.appliedIds();   // deleted now, or already gone
    const int deleted = int(gone.size());
    const int notDeleted = s.total - deleted;
    const QLocale locale;
    QString report = tr("Deleted %1 of %2 users.").arg(locale.toString(deleted), locale.toString(s.total));
    if (notDeleted > 0)
        report += QLatin1Char(' ') + tr("Not deleted (%1): each is listed in the summary.").arg(locale.toString(notDeleted));
    m_lastDeleteReport = report;
    if (m_bulk)
        m_lastDeleteReport += QLatin1Char('\n') + m_bulk->summaryText();
    if (m_detailUser.isValid() && gone.contains(m_detailUser.uid)) {
        m_detailUser = PoolUser();
        renderDetail();
    }
    m_model->invalidate();   // row count and pages change: re-read (the row count is kept until it answers)
    // The dialog stays open with its summary until closed (activeBulk() keeps pointing at it until then).
    updateActions();
    emit statusMessage(report);
    emit deleteFinished(deleted, notDeleted);
}

bool PoolUsersPane::exportCsv(const QString &fileName, QString *error)
{
    // A sparse list: what has been loaded (the pages in the cache), in the visible columns.
    RecordTableModel<PoolUser> loaded(PoolUserSparseModel::columns(), PagedTableModel::FetchPolicy::OnDemand);
    loaded.appendRecords(m_model->loadedUsers());
    CsvWriter::Options options;
    const QHeaderView *header = m_view->horizontalHeader();
    for (int visual = 0; visual < header->count(); ++visual) {
        const int logical = header->logicalIndex(visual);
        if (!header->isSectionHidden(logical))
            options.columns << logical;
    }
    const bool ok = CsvWriter::writeFile(&loaded, fileName, options, error);
    if (ok && m_model->totalCount() > loaded.rowCount())
        emit statusMessage(tr("Exported the %1 loaded users of %2 (a list this large is loaded page by page).")
                               .arg(QLocale().toString(loaded.rowCount()), QLocale().toString(m_model->totalCount())));
    return ok;
}

void PoolUsersPane::saveState(QSettings &settings) const
{
    saveHeader(settings, QStringLiteral("header"), m_view->horizontalHeader());
    saveSplitter(settings, QStringLiteral("splitter"), m_splitter);
    settings.setValue(QStringLiteral("pool"), m_poolUid);
}

void PoolUsersPane::restoreState(QSettings &settings)
{
    restoreHeader(settings, QStringLiteral("header"), m_view->horizontalHeader());
    restoreSplitter(settings, QStringLiteral("splitter"), m_splitter);
    syncSortIndicator();   // the header's saved indicator is not the model's order
}

void PoolUsersPane::sortByColumn(int column, Qt::SortOrder order)
{
    if (column >= 0 && !PoolUserSparseModel::isServerSortable(column)) {
        // Put the indicator back: nothing is re-queried (the column's tooltip says the service cannot sort by it).
        syncSortIndicator();
        emit statusMessage(tr("The service cannot sort by %1.").arg(PoolUserSparseModel::columnTitle(column)));
        return;
    }
    const bool changed = column != m_model->sortColumn() || (column >= 0 && order != m_model->sortOrder());
    m_model->sort(column, order);
    syncSortIndicator();
    if (!changed)
        return;
    m_view->scrollToTop();
    updateVisibleRows();
    if (column >= 0)
        emit statusMessage(order == Qt::AscendingOrder
                               ? tr("Sorted by %1, ascending (by the service).").arg(PoolUserSparseModel::columnTitle(column))
                               : tr("Sorted by %1, descending (by the service).").arg(PoolUserSparseModel::columnTitle(column)));
}

void PoolUsersPane::syncSortIndicator()
{
    QHeaderView *header = m_view->horizontalHeader();
    const QSignalBlocker blocker(header);
    header->setSortIndicatorShown(m_model->sortColumn() >= 0);
    header->setSortIndicator(m_model->sortColumn(), m_model->sortOrder());
}
