// SPDX-License-Identifier: GPL-3.0-or-later
#include "pools/UserPoolsPane.h"

#include "widgets/AccessibleText.h"
#include "widgets/PaneStateWidget.h"
#include "pools/PoolEnabledDelegate.h"
#include "cloud/BulkOperation.h"
#include "widgets/Prompter.h"
#include "cloud/Session.h"
#include "pools/UserPoolDetailView.h"
#include "pools/UserPoolDialog.h"
#include "models/UserPoolFilterProxy.h"
#include "models/UserPoolListLoader.h"
#include "models/UserPoolModel.h"
#include "cloud/UserPoolService.h"
#include "cloud/PoolDirectoryService.h"
#include "directory/ImportUsersDialog.h"
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDate>
#include <QEvent>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QSettings>
#include <QSplitter>
#include <QStyle>
#include <QToolBar>
#include <QTreeView>
#include <QVBoxLayout>
#include <algorithm>

namespace {
QIcon themeIcon(const QWidget *w, const char *name, QStyle::StandardPixmap fallback)
{
    const QString resource = QStringLiteral(":/icons/%1.svg").arg(QLatin1String(name));
    if (QFile::exists(resource))
        return QIcon(resource);
    return w->style()->standardIcon(fallback);
}

QString errorLines(const ApiError &e)
{
    QString message = e.localizedMessage();
    if (message.isEmpty())
        message = e.message;
    QStringList details;
    if (!e.code.isEmpty())
        details << UserPoolsPane::tr("Code: %1").arg(e.code);
    if (!e.requestId.isEmpty())
        details << UserPoolsPane::tr("RequestId: %1").arg(e.requestId);
    if (details.isEmpty())
        return message;
    return message + QStringLiteral("\n\n") + details.join(QLatin1Char('\n'));
}
}

UserPoolsPane::UserPoolsPane(QWidget *parent)
    : ListPane(parent)
{
    setObjectName(QStringLiteral("UserPoolsPane"));
    m_model = new UserPoolModel(this);
    m_proxy = new UserPoolFilterProxy(this);
    m_proxy->setSourceModel(m_model);
    m_loader = new UserPoolListLoader(m_model, this);
    // Details are read for the rows the person sees first.
    m_loader->setRowPriority([this](int row) { return m_proxy->mapFromSource(m_model->index(row, 0)).row(); });
    connect(m_loader, &UserPoolListLoader::requestIdSeen, this, &Pane::requestIdSeen);
    connect(m_loader, &UserPoolListLoader::pageLoaded, this, &UserPoolsPane::onPageLoaded);
    connect(m_loader, &UserPoolListLoader::listFinished, this, &UserPoolsPane::onListFinished);
    connect(m_loader, &UserPoolListLoader::poolRemoved, this, &UserPoolsPane::updateEmptyState);
    connect(m_loader, &UserPoolListLoader::progressChanged, this, [this] { m_summary->setText(statusText()); });
    connect(m_loader, &UserPoolListLoader::mauFailed, this, [this](const QString &message) {
        emit statusMessage(tr("Could not read the monthly active users: %1").arg(message));
    });
    buildUi();
    retranslate();
    QString reason;
    supports(nullptr, &reason);
    m_state->showEmpty(reason);
    updateActions();
}

UserPoolsPane::~UserPoolsPane()
{
    if (m_bulk)
        m_bulk->disconnect(this);
}

void UserPoolsPane::buildUi()
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);

    m_toolbar = createToolBar(QStringLiteral("poolsToolbar"));
    m_newAction = m_toolbar->addAction(themeIcon(this, "add", QStyle::SP_FileDialogNewFolder), QString(),
                                       this, &UserPoolsPane::openCreateDialog);
    m_editAction = m_toolbar->addAction(themeIcon(this, "edit", QStyle::SP_FileDialogDetailedView), QString(),
                                        this, &UserPoolsPane::editSelected);
    m_enableAction = m_toolbar->addAction(themeIcon(this, "enable", QStyle::SP_DialogApplyButton),
                                          QString(), this, [this] { setSelectedEnabled(true); });
    m_disableAction = m_toolbar->addAction(themeIcon(this, "disable", QStyle::SP_DialogCancelButton),
                                           QString(), this, [this] { setSelectedEnabled(false); });
    m_deleteAction = m_toolbar->addAction(themeIcon(this, "delete", QStyle::SP_TrashIcon), QString(), this,
                                          &UserPoolsPane::deleteSelection);
    m_toolbar->addSeparator();
    m_refreshAction = m_toolbar->addAction(themeIcon(this, "refresh", QStyle::SP_BrowserReload), QString(), this,
                                           &UserPoolsPane::refresh);
    m_copyAction = new QAction(themeIcon(this, "copy", QStyle::SP_FileIcon), QString(), this);
    connect(m_copyAction, &QAction::triggered, this, &UserPoolsPane::copySelection);
    m_importUsersAction = new QAction(this);
    m_importUsersAction->setObjectName(QStringLiteral("importPoolUsersAction"));
    connect(m_importUsersAction, &QAction::triggered, this, [this] { importUsersIntoSelected(); });
    m_copyUidAction = new QAction(this);
    connect(m_copyUidAction, &QAction::triggered, this, [this] {
        QStringList uids;
        for (const UserPool &p : selectedPools())
            uids << p.uid;
        if (uids.isEmpty())
            return;
        QGuiApplication::clipboard()->setText(uids.join(QLatin1Char('\n')));
        emit statusMessage(tr("Copied %n Uid(s).", nullptr, int(uids.size())));
    });
    m_newAction->setObjectName(QStringLiteral("newPoolAction"));
    m_editAction->setObjectName(QStringLiteral("editPoolAction"));
    m_enableAction->setObjectName(QStringLiteral("enablePoolAction"));
    m_disableAction->setObjectName(QStringLiteral("disablePoolAction"));
    m_deleteAction->setObjectName(QStringLiteral("deletePoolAction"));
    m_refreshAction->setObjectName(QStringLiteral("refreshPoolsAction"));

    auto *spacer = new QWidget(m_toolbar);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_toolbar->addWidget(spacer);
    m_monthLabel = new QLabel(m_toolbar);
    m_monthLabel->setContentsMargins(6, 0, 4, 0);
    m_toolbar->addWidget(m_monthLabel);
    m_monthCombo = new QComboBox(m_toolbar);
    m_monthCombo->setObjectName(QStringLiteral("mauMonthCombo"));
    {
        const QDate first = QDate::currentDate().addDays(1 - QDate::currentDate().day());
        for (int i = 0; i < 12; ++i) {
            const QString month = first.addMonths(-i).toString(QStringLiteral("yyyy-MM"));
            m_monthCombo->addItem(month, month);
        }
    }
    m_monthLabel->setBuddy(m_monthCombo);
    m_toolbar->addWidget(m_monthCombo);
    m_toolbar->addSeparator();
    m_stateFilter = new QComboBox(m_toolbar);
    m_stateFilter->setObjectName(QStringLiteral("stateFilter"));
    m_stateFilter->addItems({QString(), QString(), QString()});
    m_toolbar->addWidget(m_stateFilter);
    m_filter = addSearchEdit(m_toolbar, QStringLiteral("poolFilter"),
                             [this](const QString &text) { m_proxy->setFilterText(text); });
    m_filter->setMaximumWidth(320);
    layout->addWidget(m_toolbar);

    m_splitter = new QSplitter(Qt::Horizontal);
    m_splitter->setObjectName(QStringLiteral("poolsSplitter"));
    m_view = new QTreeView(m_splitter);
    m_view->setObjectName(QStringLiteral("poolsView"));
    m_view->setModel(m_proxy);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setSortingEnabled(true);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->setAllColumnsShowFocus(true);
    m_view->sortByColumn(UserPoolModel::Name, Qt::AscendingOrder);
    QHeaderView *header = m_view->header();
    header->setSectionsMovable(true);
    header->setStretchLastSection(false);
    header->resizeSection(UserPoolModel::Name, 140);
    header->resizeSection(UserPoolModel::Uid, 80);
    header->resizeSection(UserPoolModel::Enabled, 80);
    header->resizeSection(UserPoolModel::Domain, 100);
    header->resizeSection(UserPoolModel::Users, 50);
    header->resizeSection(UserPoolModel::Clients, 52);
    header->resizeSection(UserPoolModel::Project, 60);
    header->resizeSection(UserPoolModel::Created, 82);
    header->resizeSection(UserPoolModel::Updated, 82);
    header->resizeSection(UserPoolModel::Mau, 70);
    m_view->setItemDelegateForColumn(UserPoolModel::Enabled, new PoolEnabledDelegate(m_view));
    enableColumnChooser(header, UserPoolModel::Name);
    m_detail = new UserPoolDetailView(m_splitter);
    m_detail->setObjectName(QStringLiteral("poolDetail"));
    m_splitter->addWidget(m_view);
    m_splitter->addWidget(m_detail);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({795, 295});
    m_splitter->setChildrenCollapsible(false);

    m_state = createStateWidget(m_splitter);
    setListView(m_view, UserPoolModel::UidRole);
    // The export is data, not the display: every column (hidden ones too), counts as numbers, Enabled as
    // true / false, times as sent, the MAU month in the MAU header; empty cells while a value is not known.
    setExportSpec({UserPoolModel::ExportRole, UserPoolModel::ExportRole, true});
    layout->addWidget(m_state, 1);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("poolsSummary"));
    m_summary->setContentsMargins(6, 3, 6, 3);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_summary);

    connect(m_monthCombo, &QComboBox::currentIndexChanged, this,
            [this](int index) { setMauMonth(m_monthCombo->itemData(index).toString()); });
    connect(m_stateFilter, &QComboBox::currentIndexChanged, this, [this](int index) {
        m_proxy->setEnabledFilter(static_cast<UserPoolFilterProxy::EnabledFilter>(qBound(0, index, 2)));
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        updateActions();
        updateDetail();
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, &UserPoolsPane::updateDetail);
    connect(m_view, &QTreeView::doubleClicked, this, &UserPoolsPane::editSelected);
    connect(m_view, &QTreeView::customContextMenuRequested, this, &UserPoolsPane::showContextMenu);
    connect(m_model, &UserPoolModel::dataChanged, this,
            [this](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
                const UserPool shown = m_detail->pool();
                const int row = m_model->rowOfUid(shown.uid);
                if (m_detail->hasPool() && row >= topLeft.row() && row <= bottomRight.row())
                    updateDetail();
                updateActions();
                m_summary->setText(statusText());
            });
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved}) {
        connect(m_proxy, signal, this, [this] {
            m_summary->setText(statusText());
            updateActions();
        });
    }
    connect(m_proxy, &QAbstractItemModel::modelReset, this, [this] {
        m_summary->setText(statusText());
        updateDetail();
    });
    connect(m_state, &PaneStateWidget::retryRequested, this, &UserPoolsPane::refresh);
    connect(m_state, &PaneStateWidget::emptyActionRequested, this, &UserPoolsPane::openCreateDialog);
    connect(m_detail, &UserPoolDetailView::countLinkActivated, this, [this](const QString &field, const QString &uid) {
        NavigationRequest request;
        request.filters.insert(QStringLiteral("poolUid"), uid);
        request.label = m_model->poolByUid(uid).name;
        if (field == QLatin1String("TotalUsers"))
            request.paneId = QStringLiteral("poolusers");
        else if (field == QLatin1String("TotalClients"))
            request.paneId = QStringLiteral("applications");
        else if (field == QLatin1String("TotalConnections"))
            request.paneId = QStringLiteral("identityproviders");
        if (request.isValid())
            emit navigationRequested(request);
    });
    connect(m_detail, &UserPoolDetailView::valueCopied, this, [this](const QString &field, const QString &) {
        emit statusMessage(tr("Copied %1.").arg(field));
    });
}

QString UserPoolsPane::paneTitle() const
{
    return tr("User pools");
}

QIcon UserPoolsPane::paneIcon() const
{
    return themeIcon(this, "pools", QStyle::SP_DirIcon);
}

bool UserPoolsPane::supports(const Session *session, QString *reason) const
{
    if (!session) {
        if (reason)
            *reason = tr("Connect to a Volcengine profile to see its user pools.");
        return false;
    }
    if (!session->hasService(Service::Id)) {
        if (reason)
            *reason = session->profile().provider == Profile::Provider::Aliyun
                          ? tr("User pools belong to Volcengine Agent Identity; this is an Alibaba Cloud profile.")
                          : tr("This profile has no access to Volcengine Agent Identity.");
        return false;
    }
    return true;
}

void UserPoolsPane::setSession(Session *session)
{
    Pane::setSession(session);
    // Old reads end with the loader's generation; writes of the old session were cancelled with it.
    m_loader->setService(nullptr);
    if (m_bulk) {
        // The old session's batch: stop waiting for it (its sent writes finish on their own).
        m_bulk->disconnect(this);
        m_bulk->abandon();
        m_bulk->deleteLater();
        m_bulk = nullptr;
    }
    if (m_dialog)
        m_dialog->done(QDialog::Rejected);
    delete m_service;
    m_service = nullptr;
    m_model->clear();
    m_detail->clear();

    QString reason;
    if (!supports(session, &reason)) {
        m_needsLoad = false;
        m_state->showEmpty(reason);
    } else {
        m_service = new UserPoolService(session->client(), this);
        m_loader->setService(m_service);
        m_needsLoad = true;
        if (isVisible())
            load();
        else
            m_state->showBusy(tr("Loading user pools…"));
    }
    updateActions();
    m_summary->setText(statusText());
}

void UserPoolsPane::showEvent(QShowEvent *event)
{
    ListPane::showEvent(event);
    if (m_needsLoad)
        load();
}

void UserPoolsPane::refresh()
{
    if (!m_service)
        return;
    load();
}

void UserPoolsPane::load()
{
    m_needsLoad = false;
    if (!m_service)
        return;
    QString month = m_monthCombo->currentData().toString();
    m_loader->setMauMonth(month.isEmpty() ? UserPoolService::currentMonth() : month);
    m_loader->load();
    if (m_model->rowCount() == 0)
        m_state->showBusy(tr("Loading user pools…"));
    m_summary->setText(statusText());
    updateActions();
}

bool UserPoolsPane::isLoading() const
{
    return m_loader->isListing();
}

int UserPoolsPane::pendingDetails() const
{
    return m_loader->pendingDetails();
}

void UserPoolsPane::onPageLoaded()
{
    if (m_model->rowCount() > 0 && m_state->state() != PaneStateWidget::State::Content)
        m_state->showContent();
    // First rows of a fresh list: show the first pool's details right away (without taking the focus).
    if (!m_view->selectionModel()->hasSelection() && m_proxy->rowCount() > 0)
        m_view->selectionModel()->setCurrentIndex(m_proxy->index(0, 0),
                                                  QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_summary->setText(statusText());
}

void UserPoolsPane::onListFinished(bool ok, const ApiError &error)
{
    if (!ok) {
        if (error.kind == ApiError::Kind::Cancelled)
            return;
        if (m_model->rowCount() == 0)
            m_state->showError(error);
        else
            emit statusMessage(tr("Could not refresh the user pools: %1").arg(m_loader->lastListError()));
        m_summary->setText(statusText());
        updateActions();
        emit loaded(false);
        return;
    }
    updateEmptyState();
    m_summary->setText(statusText());
    updateActions();
    emit loaded(true);
}

void UserPoolsPane::setMauMonth(const QString &month)
{
    if (!UserPoolService::isValidMonth(month))
        return;
    const int index = m_monthCombo->findData(month);
    if (index < 0)
        m_monthCombo->addItem(month, month);
    {
        const QSignalBlocker blocker(m_monthCombo);
        m_monthCombo->setCurrentIndex(m_monthCombo->findData(month));
    }
    if (month == m_loader->mauMonth())
        return;
    m_loader->setMauMonth(month);
    updateDetail();
}

void UserPoolsPane::updateEmptyState()
{
    QString reason;
    if (!supports(m_session, &reason)) {
        m_state->showEmpty(reason);
        return;
    }
    if (m_model->rowCount() > 0) {
        if (m_state->state() != PaneStateWidget::State::Content)
            m_state->showContent();
        return;
    }
    if (m_loader->isListing()) {
        m_state->showBusy(tr("Loading user pools…"));
        return;
    }
    if (m_loader->listFailed())
        return;   // the error state stays
    m_state->showEmpty(tr("No user pools yet — create one"), tr("Create user pool"));
}

QString UserPoolsPane::statusText() const
{
    QStringList parts;
    const int total = m_model->rowCount();
    if (total == 0 && !m_loader->isListing())
        return {};   // the empty or error state says it all
    if (m_loader->isListing())
        parts << (total ? tr("Refreshing… %n user pool(s) so far", nullptr, total) : tr("Loading user pools…"));
    else if (m_service)
        parts << tr("%n user pool(s)", nullptr, total);
    if (m_proxy->rowCount() != total)
        parts << tr("%n shown", nullptr, m_proxy->rowCount());
    if (m_loader->pendingDetails() > 0)
        parts << tr("reading details of %n pool(s)…", nullptr, m_loader->pendingDetails());
    if (!m_model->mauMonth().isEmpty())
        parts << tr("MAU for %1").arg(m_model->mauMonth());
    if (m_loader->listFailed() && !m_loader->lastListError().isEmpty())
        parts << tr("last refresh failed: %1").arg(m_loader->lastListError());
    return parts.join(QStringLiteral(" · "));
}

QList<UserPool> UserPoolsPane::selectedPools() const
{
    QList<UserPool> out;
    QModelIndexList rows = m_view->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(), [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    for (const QModelIndex &index : std::as_const(rows)) {
        const UserPool p = m_model->pool(m_proxy->mapToSource(index).row());
        if (p.isValid())
            out << p;
    }
    return out;
}

bool UserPoolsPane::selectPool(const QString &uid)
{
    const int row = m_model->rowOfUid(uid);
    if (row < 0)
        return false;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    if (!index.isValid())
        return false;
    m_view->selectionModel()->setCurrentIndex(
        index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_view->scrollTo(index);
    return true;
}

void UserPoolsPane::updateActions()
{
    const bool connected = m_service != nullptr;
    const QList<UserPool> selected = selectedPools();
    bool anyNotEnabled = false, anyNotDisabled = false;
    for (const UserPool &p : selected) {
        anyNotEnabled |= !p.enabled || !*p.enabled;
        anyNotDisabled |= !p.enabled || *p.enabled;
    }
    const bool bulkRunning = m_bulk && m_bulk->isRunning();
    m_newAction->setEnabled(connected);
    m_refreshAction->setEnabled(connected);
    m_editAction->setEnabled(connected && selected.size() == 1);
    m_deleteAction->setEnabled(connected && selected.size() == 1);
    m_enableAction->setEnabled(connected && !bulkRunning && anyNotEnabled);
    m_disableAction->setEnabled(connected && !bulkRunning && anyNotDisabled);
    m_copyAction->setEnabled(!selected.isEmpty());
    m_copyUidAction->setEnabled(!selected.isEmpty());
    m_importUsersAction->setEnabled(connected && selected.size() == 1);
}

ImportUsersDialog *UserPoolsPane::importUsersIntoSelected()
{
    const QList<UserPool> selected = selectedPools();
    if (!m_service || selected.size() != 1)
        return nullptr;
    auto *pool = new PoolDirectoryService(m_service->client(), this);
    auto *dialog = new ImportUsersDialog(pool, selected.first().uid, selected.first().name, this);
    pool->setParent(dialog);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
    return dialog;
}

void UserPoolsPane::updateDetail()
{
    QModelIndex current = m_view->selectionModel()->currentIndex();
    if (!current.isValid() || !m_view->selectionModel()->isSelected(current)) {
        const QModelIndexList rows = m_view->selectionModel()->selectedRows();
        current = rows.isEmpty() ? QModelIndex() : rows.first();
    }
    if (!current.isValid()) {
        if (m_detail->hasPool())
            m_detail->clear();
        return;
    }
    const int row = m_proxy->mapToSource(current).row();
    m_detail->setPool(m_model->pool(row), m_model->mau(row), m_model->mauMonth());
}

void UserPoolsPane::newItem()
{
    openCreateDialog();
}

void UserPoolsPane::openCreateDialog()
{
    if (!m_service)
        return;
    if (m_dialog) {
        m_dialog->raise();
        m_dialog->activateWindow();
        return;
    }
    auto *dialog = new UserPoolDialog(m_service, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &UserPoolDialog::requestIdSeen, this, &Pane::requestIdSeen);
    connect(dialog, &UserPoolDialog::poolSaved, this, [this](const UserPool &pool, const ApiResult &) {
        m_model->upsertPool(pool);
        updateEmptyState();
        m_filter->clear();
        selectPool(pool.uid);
        emit statusMessage(tr("Created user pool %1.").arg(pool.name));
        if (!pool.enabled)
            m_loader->fetchDetails({pool.uid});
        m_loader->fetchMaus({pool.uid});
    });
    connect(dialog, &QDialog::finished, this, [this, dialog] {
        if (m_dialog == dialog)
            m_dialog = nullptr;
    });
    m_dialog = dialog;
    dialog->open();
}

void UserPoolsPane::editSelected()
{
    if (!m_service)
        return;
    const QList<UserPool> selected = selectedPools();
    if (selected.size() != 1)
        return;
    if (m_dialog) {
        m_dialog->raise();
        return;
    }
    auto *dialog = new UserPoolDialog(m_service, selected.first(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &UserPoolDialog::requestIdSeen, this, &Pane::requestIdSeen);
    connect(dialog, &UserPoolDialog::poolSaved, this, [this](const UserPool &pool, const ApiResult &) {
        if (m_model->rowOfUid(pool.uid) >= 0)
            m_model->upsertPool(pool);
        emit statusMessage(tr("Saved user pool %1.").arg(pool.name));
    });
    connect(dialog, &QDialog::finished, this, [this, dialog] {
        if (m_dialog == dialog)
            m_dialog = nullptr;
    });
    m_dialog = dialog;
    dialog->open();
}

ListPane::DeleteRequest UserPoolsPane::describeDelete()
{
    if (!m_service)
        return {};
    const QList<UserPool> selected = selectedPools();
    if (selected.isEmpty())
        return {};
    if (selected.size() > 1) {
        Prompter::instance()->inform(this, tr("Delete user pool"),
                                     tr("User pools are deleted one at a time, because each deletion removes all "
                                        "of the pool's users and applications. Select a single pool."));
        return {};
    }
    const UserPool pool = selected.first();
    const QString text =
        tr("Delete the user pool “%1” (%2)?\n\nIts %n user(s) and all of its applications and settings are deleted "
           "with it. This cannot be undone.\n\nType the pool's name to confirm.",
           nullptr, pool.totalUsers)
            .arg(pool.name, pool.uid);
    return {tr("Delete user pool"), text, QString(), pool.name, [this, pool] { deletePool(pool); }};
}

void UserPoolsPane::deletePool(const UserPool &pool)
{
    if (!m_service)
        return;
    emit statusMessage(tr("Deleting user pool %1…").arg(pool.name));
    const QString uid = pool.uid;
    const QString name = pool.name;
    m_service->deleteUserPool(uid, this, [this, uid, name](const ApiResult &r) {
        noteResult(r);
        if (r.ok || r.error.isNotFound(ErrorClassification::Resource::UserPool, uid)) {
            m_model->removePool(uid);
            updateEmptyState();
            emit statusMessage(r.ok ? tr("Deleted user pool %1.").arg(name)
                                    : tr("User pool %1 was already deleted.").arg(name));
            return;
        }
        if (r.error.kind == ApiError::Kind::Cancelled)
            return;
        QString text = errorLines(r.error);
        if (r.error.ambiguous) {
            text += QStringLiteral("\n\n") + tr("The server did not confirm: the pool may have been deleted anyway. "
                                                 "The list is refreshed to show its real state.");
            refresh();
        }
        Prompter::instance()->warn(this, tr("Could not delete the user pool %1").arg(name), text);
    });
}

void UserPoolsPane::setSelectedEnabled(bool enabled)
{
    if (!m_service || (m_bulk && m_bulk->isRunning()))
        return;
    QList<UserPool> pools;
    for (const UserPool &p : selectedPools())
        if (!p.enabled || *p.enabled != enabled)
            pools << p;
    if (pools.isEmpty()) {
        emit statusMessage(enabled ? tr("The selected user pools are already enabled.")
                                   : tr("The selected user pools are already disabled."));
        return;
    }
    const int n = int(pools.size());
    QStringList names;
    for (int i = 0; i < qMin(n, 10); ++i)
        names << QStringLiteral("• ") + pools.at(i).name;
    if (n > 10)
        names << tr("… and %n more", nullptr, n - 10);
    const QString question = enabled
        ? tr("Enable %n user pool(s)? Their users can sign in again.", nullptr, n)
        : tr("Disable %n user pool(s)? Their users can no longer sign in until the pool is enabled again.", nullptr, n);
    if (!Prompter::instance()->confirm(this, enabled ? tr("Enable user pools") : tr("Disable user pools"),
                                       question + QStringLiteral("\n\n") + names.join(QLatin1Char('\n')),
                                       enabled ? tr("Enable") : tr("Disable")))
        return;

    // Collect → typed operation → the one bulk dialog (it closes by itself when everything succeeded) → apply.
    QStringList uids;
    QStringList labels;
    for (const UserPool &p : std::as_const(pools)) {
        uids << p.uid;
        labels << QStringLiteral("%1 (%2)").arg(p.name, p.uid);
    }
    auto *dialog = new BulkProgressDialog(enabled ? tr("Enabling user pools") : tr("Disabling user pools"), labels, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setCloseWhenAllSucceeded(true);
    m_bulk = dialog;
    connect(dialog, &BulkProgressDialog::batchFinished, this, [this, pools, enabled](const BulkSummary &s) {
        QStringList changed;
        for (int i = 0; i < pools.size(); ++i) {
            if (s.outcome(i) != BulkSummary::Outcome::Succeeded)
                continue;
            UserPool assumed = pools.at(i);   // the state asked for, until the re-read below answers
            assumed.enabled = enabled;
            if (m_model->rowOfUid(assumed.uid) >= 0)
                m_model->upsertPool(assumed);
            changed << assumed.uid;
        }
        for (const BulkSummary::Failure &f : s.failures)
            if (!f.requestId.isEmpty())
                emit requestIdSeen(f.requestId);
        // Re-read what changed: Enabled is a bool in GetUserPool.
        for (const QString &uid : std::as_const(changed))
            if (m_service)
                m_service->getUserPool(uid, this, [this](const UserPool &fresh, const ApiResult &r) {
                noteResult(r);
                if (r.ok && fresh.isValid() && m_model->rowOfUid(fresh.uid) >= 0)
                    m_model->upsertPool(fresh);
            });
        QString message = s.failed == 0 ? (enabled ? tr("Enabled %n user pool(s).", nullptr, s.succeeded)
                                                   : tr("Disabled %n user pool(s).", nullptr, s.succeeded))
                                        : (enabled ? tr("Enabling finished with errors.")
                                                   : tr("Disabling finished with errors."));
        if (s.cancelled)
            message += QLatin1Char(' ') + tr("%n stopped before they were changed.", nullptr, s.cancelled);
        emit statusMessage(message);
        updateDetail();
        updateActions();
        emit bulkFinished(s.succeeded, s.failed);
    });
    connect(dialog, &QDialog::finished, this, &UserPoolsPane::updateActions);
    dialog->open();
    dialog->run(BulkOperation::setPoolsEnabled(uids, enabled), m_service);
    updateActions();
}

void UserPoolsPane::copySelection()
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return;
    QList<int> proxyRows;
    for (const QModelIndex &i : rows)
        proxyRows << i.row();
    std::sort(proxyRows.begin(), proxyRows.end());
    const QHeaderView *header = m_view->header();
    QStringList lines;
    for (int r : std::as_const(proxyRows)) {
        QStringList cells;
        for (int v = 0; v < header->count(); ++v) {
            const int c = header->logicalIndex(v);
            if (header->isSectionHidden(c))
                continue;
            cells << m_proxy->index(r, c).data(Qt::DisplayRole).toString().replace(QLatin1Char('\t'), QLatin1Char(' '));
        }
        lines << cells.join(QLatin1Char('\t'));
    }
    QGuiApplication::clipboard()->setText(lines.join(QLatin1Char('\n')));
    emit statusMessage(tr("Copied %n row(s).", nullptr, int(lines.size())));
}

bool UserPoolsPane::exportCsv(const QString &fileName, QString *error)
{
    if (!ListPane::exportCsv(fileName, error))
        return false;
    emit statusMessage(tr("Exported %n user pool(s) to %1.", nullptr, m_proxy->rowCount()).arg(fileName));
    return true;
}

void UserPoolsPane::saveState(QSettings &settings) const
{
    saveHeader(settings, QStringLiteral("header"), m_view->header());
    saveSplitter(settings, QStringLiteral("splitter"), m_splitter);
    settings.setValue(QStringLiteral("stateFilter"), m_stateFilter->currentIndex());
}

void UserPoolsPane::restoreState(QSettings &settings)
{
    restoreHeader(settings, QStringLiteral("header"), m_view->header());
    restoreSplitter(settings, QStringLiteral("splitter"), m_splitter);
    const int filter = settings.value(QStringLiteral("stateFilter"), 0).toInt();
    if (filter >= 0 && filter < m_stateFilter->count())
        m_stateFilter->setCurrentIndex(filter);
}

void UserPoolsPane::retranslate()
{
    m_newAction->setText(tr("New"));
    m_newAction->setToolTip(tr("Create a user pool (Ctrl+N)"));
    m_editAction->setText(tr("Edit"));
    m_editAction->setToolTip(tr("Edit the selected user pool's name, description and sign-in settings"));
    m_enableAction->setText(tr("Enable"));
    m_enableAction->setToolTip(tr("Enable the selected user pools"));
    m_disableAction->setText(tr("Disable"));
    m_disableAction->setToolTip(tr("Disable the selected user pools: their users can no longer sign in"));
    m_deleteAction->setText(tr("Delete"));
    m_deleteAction->setToolTip(tr("Delete the selected user pool (Delete)"));
    m_refreshAction->setText(tr("Refresh"));
    m_refreshAction->setToolTip(tr("Reload the user pools (F5)"));
    m_copyAction->setText(tr("Copy rows"));
    m_copyUidAction->setText(tr("Copy Uid"));
    m_importUsersAction->setText(tr("Import users from CSV…"));
    m_filter->setPlaceholderText(tr("Filter by name, Uid, domain, project… (Ctrl+F)"));
    m_monthLabel->setText(tr("MAU month:"));
    m_monthCombo->setToolTip(tr("The month whose monthly active users the MAU column shows"));
    m_stateFilter->setItemText(0, tr("All states"));
    m_stateFilter->setItemText(1, tr("Enabled only"));
    m_stateFilter->setItemText(2, tr("Disabled only"));
    m_view->setToolTip(QString());
    m_model->retranslate();
    m_summary->setText(statusText());
    if (m_state->state() == PaneStateWidget::State::Empty)
        updateEmptyState();
    else if (m_state->state() == PaneStateWidget::State::Busy)
        m_state->showBusy(tr("Loading user pools…"));
    retranslateAccessibility();
}

void UserPoolsPane::showContextMenu(const QPoint &pos)
{
    if (!m_view->indexAt(pos).isValid())
        return;
    QMenu menu(this);
    menu.addAction(m_editAction);
    menu.addAction(m_enableAction);
    menu.addAction(m_disableAction);
    menu.addAction(m_importUsersAction);
    menu.addSeparator();
    menu.addAction(m_copyAction);
    menu.addAction(m_copyUidAction);
    menu.addSeparator();
    menu.addAction(m_deleteAction);
    menu.exec(m_view->viewport()->mapToGlobal(pos));
}

void UserPoolsPane::noteResult(const ApiResult &result)
{
    if (!result.requestId.isEmpty())
        emit requestIdSeen(result.requestId);
    else if (!result.error.requestId.isEmpty())
        emit requestIdSeen(result.error.requestId);
}

// What a screen reader announces (AT-SPI). Toolbar buttons are named by their actions' texts, the month combo
// by its buddy label.
void UserPoolsPane::retranslateAccessibility()
{
    AccessibleText::nameEditActions(m_filter, m_filter->accessibleName());   // its search icon
    m_stateFilter->setAccessibleName(tr("Pool state"));
    m_stateFilter->setAccessibleDescription(tr("Show all user pools, only the enabled or only the disabled ones"));
    m_filter->setAccessibleName(tr("Filter user pools"));
    m_filter->setAccessibleDescription(
        tr("Filters the loaded user pools by name, Uid, domain or project as you type (Ctrl+F)"));
    m_view->setAccessibleName(paneTitle());
    AccessibleText::describeRows(m_view);
}
