// SPDX-License-Identifier: GPL-3.0-or-later
#include "pools/PoolObjectsPane.h"

#include "cloud/PoolDirectoryService.h"
#include "cloud/Session.h"
#include "widgets/RecordFormDialog.h"
#include "cloud/UserPoolService.h"
#include "models/RecordFilterProxy.h"
#include "cloud/DirectoryBackend.h"
#include "models/RecordTableModelBase.h"
#include "widgets/AccessibleText.h"
#include "widgets/DetailView.h"
#include "widgets/PaneStateWidget.h"
#include "widgets/Prompter.h"
#include <QAction>
#include <QComboBox>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QSettings>
#include <QSplitter>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

PoolObjectsPane::PoolObjectsPane(const QString &prefix, QWidget *parent)
    : ListPane(parent), m_prefix(prefix)
{
    m_listOwner = new QObject(this);
    m_poolsOwner = new QObject(this);
    m_detailOwner = new QObject(this);
}

void PoolObjectsPane::buildUi(RecordTableModelBase *model)
{
    m_model = model;
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    m_toolbar = createToolBar(m_prefix + QStringLiteral("Toolbar"));
    m_newAction = makeAction(m_prefix + QStringLiteral("NewAction"), QStringLiteral("add"));
    m_editAction = makeAction(m_prefix + QStringLiteral("EditAction"), QStringLiteral("settings"));
    m_deleteAction = makeAction(m_prefix + QStringLiteral("DeleteAction"), QStringLiteral("delete"));
    m_refreshAction = makeAction(m_prefix + QStringLiteral("RefreshAction"), QStringLiteral("refresh"));
    m_copyIdAction = makeAction(m_prefix + QStringLiteral("CopyIdAction"), QStringLiteral("copy"));
    connect(m_newAction, &QAction::triggered, this, &PoolObjectsPane::newItem);
    connect(m_editAction, &QAction::triggered, this, &PoolObjectsPane::editSelected);
    connect(m_deleteAction, &QAction::triggered, this, &PoolObjectsPane::deleteSelection);
    connect(m_refreshAction, &QAction::triggered, this, &PoolObjectsPane::refresh);
    connect(m_copyIdAction, &QAction::triggered, this, &PoolObjectsPane::copySelection);

    m_poolLabel = new QLabel(this);
    m_poolLabel->setContentsMargins(4, 0, 4, 0);
    m_poolCombo = new QComboBox(this);
    m_poolCombo->setObjectName(m_prefix + QStringLiteral("PoolCombo"));
    m_poolCombo->setMinimumContentsLength(18);
    m_poolCombo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_poolLabel->setBuddy(m_poolCombo);
    m_toolbar->addWidget(m_poolLabel);
    m_toolbar->addWidget(m_poolCombo);
    m_toolbar->addSeparator();
    connect(m_poolCombo, &QComboBox::currentIndexChanged, this, [this] {
        m_pendingPool.clear();
        loadCurrent();
    });

    m_proxy = new RecordFilterProxy(this);
    m_proxy->setSourceModel(m_model);
    m_search = addSearchEdit(m_toolbar, m_prefix + QStringLiteral("Search"),
                             [this](const QString &text) {
                                 m_proxy->setFilterText(text);
                                 updateState();
                             });
    m_toolbar->addSeparator();
    m_toolbar->addAction(m_newAction);
    m_toolbar->addAction(m_editAction);
    m_toolbar->addAction(m_deleteAction);
    m_toolbar->addSeparator();
    m_toolbar->addAction(m_refreshAction);
    layout->addWidget(m_toolbar);

    m_view = new QTableView(this);
    m_view->setObjectName(m_prefix + QStringLiteral("View"));
    m_view->setModel(m_proxy);
    setupTable(m_view);
    enableColumnChooser(m_view->horizontalHeader());
    connect(m_view, &QTableView::customContextMenuRequested, this, &PoolObjectsPane::showContextMenu);
    connect(m_view, &QTableView::doubleClicked, this, [this] { editSelected(); });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        updateActions();
        renderDetail();
    });
    setListView(m_view, RecordTableModelBase::IdRole);
    m_state = createStateWidget(m_view);
    connect(m_state, &PaneStateWidget::retryRequested, this, &PoolObjectsPane::refresh);
    connect(m_state, &PaneStateWidget::emptyActionRequested, this, &PoolObjectsPane::newItem);

    m_detail = new DetailView(this);
    m_detail->setObjectName(m_prefix + QStringLiteral("Detail"));
    connect(m_detail, &DetailView::copied, this, [this](const QString &) { emit statusMessage(tr("Copied.")); });
    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->addWidget(m_state);
    m_splitter->addWidget(m_detail);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setSizes({680, 420});   // the table's columns would otherwise squeeze the detail (restoreState wins)
    layout->addWidget(m_splitter, 1);
    m_summary = new QLabel(this);
    m_summary->setObjectName(m_prefix + QStringLiteral("Summary"));
    m_summary->setContentsMargins(6, 0, 6, 4);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_summary);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &PoolObjectsPane::updateState);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &PoolObjectsPane::updateState);
    connect(m_model, &QAbstractItemModel::modelReset, this, &PoolObjectsPane::updateState);
}

void PoolObjectsPane::setColumnWidths(const QList<int> &widths)
{
    for (int i = 0; i < widths.size(); ++i)
        if (widths.at(i) > 0)
            m_view->setColumnWidth(i, widths.at(i));
}

bool PoolObjectsPane::supports(const Session *session, QString *reason) const
{
    if (!session) {
        if (reason)
            *reason = tr("Connect to a Volcengine profile to see the applications and identity providers of its "
                         "user pools.");
        return false;
    }
    if (!session->hasService(Service::Id)) {
        if (reason)
            *reason = tr("This profile has no access to Volcengine Agent Identity.");
        return false;
    }
    return true;
}

void PoolObjectsPane::setSession(Session *session)
{
    ListPane::setSession(session);
    delete m_listOwner;
    m_listOwner = new QObject(this);
    delete m_poolsOwner;
    m_poolsOwner = new QObject(this);
    delete m_detailOwner;
    m_detailOwner = new QObject(this);
    delete m_pools;
    m_pools = nullptr;
    delete m_directory;
    m_directory = nullptr;
    m_loading = false;
    m_answered = false;
    m_poolsLoading = false;
    m_poolsWanted = false;
    m_error = ApiError();
    m_poolsError = ApiError();
    clearList();
    {
        const QSignalBlocker block(m_poolCombo);
        m_poolCombo->clear();
    }
    if (supports(session, nullptr)) {
        m_pools = new UserPoolService(session->client(), this);
        m_directory = new PoolDirectoryService(session->client(), this);
        // Lazily: a pane that is never opened never lists the pools (showEvent or navigate() start it).
        m_poolsWanted = true;
        if (isVisible())
            loadPools();
    }
    updateState();
    renderDetail();
}

void PoolObjectsPane::loadPools()
{
    if (!m_pools)
        return;
    delete m_poolsOwner;
    m_poolsOwner = new QObject(this);
    m_poolsWanted = false;
    m_poolsLoading = true;
    m_poolsError = ApiError();
    updateState();
    m_pools->listUserPools(m_poolsOwner, [this](const QList<UserPool> &pools, const ApiResult &result) {
        m_poolsLoading = false;
        noteResult(result);
        if (!result.ok) {
            m_poolsError = result.error;
            updateState();
            return;
        }
        const QString want = !m_pendingPool.isEmpty() ? m_pendingPool : poolUid();
        {
            const QSignalBlocker block(m_poolCombo);
            m_poolCombo->clear();
            for (const UserPool &p : pools)
                m_poolCombo->addItem(p.name.isEmpty() ? p.uid : p.name, p.uid);
            const int index = m_poolCombo->findData(want);
            m_poolCombo->setCurrentIndex(index >= 0 ? index : (pools.isEmpty() ? -1 : 0));
        }
        m_pendingPool.clear();
        loadCurrent();
    });
}

QString PoolObjectsPane::poolUid() const
{
    if (!m_pendingPool.isEmpty())
        return m_pendingPool;
    return m_poolCombo->currentData().toString();
}

QString PoolObjectsPane::poolName() const
{
    return m_pendingPool.isEmpty() ? m_poolCombo->currentText() : m_pendingPool;
}

void PoolObjectsPane::setPool(const QString &uid)
{
    const int index = m_poolCombo->findData(uid);
    if (index >= 0 && index == m_poolCombo->currentIndex() && m_pendingPool.isEmpty())
        return;
    if (index >= 0) {
        m_pendingPool.clear();
        m_poolCombo->setCurrentIndex(index);   // loads
        return;
    }
    m_pendingPool = uid;   // the pools have not arrived (or the pool is new): load it now, the picker follows
    loadCurrent();
    if (!m_poolsLoading)
        loadPools();
}

void PoolObjectsPane::showEvent(QShowEvent *event)
{
    ListPane::showEvent(event);
    if (m_poolsWanted && !m_poolsLoading)
        loadPools();
}

bool PoolObjectsPane::navigate(const NavigationRequest &request)
{
    const QString uid = request.filters.value(QStringLiteral("poolUid"));
    if (uid.isEmpty())
        return false;
    setPool(uid);
    return true;
}

void PoolObjectsPane::refresh()
{
    if (!m_directory)
        return;
    if (m_poolCombo->count() == 0 && !m_poolsLoading)
        loadPools();
    else
        loadCurrent();
}

void PoolObjectsPane::loadCurrent()
{
    delete m_listOwner;   // cancels the list of the previous pool
    m_listOwner = new QObject(this);
    delete m_detailOwner;
    m_detailOwner = new QObject(this);
    clearList();
    m_error = ApiError();
    m_answered = false;
    const QString uid = poolUid();
    if (!m_directory || uid.isEmpty()) {
        m_loading = false;
        updateState();
        renderDetail();
        return;
    }
    m_loading = true;
    updateState();
    renderDetail();
    loadList(uid, m_listOwner, [this](const ApiResult &result) {
        m_loading = false;
        m_answered = true;
        noteResult(result);
        m_error = result.ok ? ApiError() : result.error;
        updateState();
        renderDetail();
        emit listLoaded(result.ok);
    });
}

void PoolObjectsPane::newItem()
{
    if (m_directory && !poolUid().isEmpty())
        openCreateDialog();
}

QObject *PoolObjectsPane::detailOwner()
{
    delete m_detailOwner;
    m_detailOwner = new QObject(this);
    return m_detailOwner;
}

QStringList PoolObjectsPane::selectedIds() const
{
    return selectedData(m_view, RecordTableModelBase::IdRole);
}

int PoolObjectsPane::selectedCount() const
{
    return int(selectedRows(m_view).size());
}

bool PoolObjectsPane::selectIds(const QStringList &ids)
{
    QList<int> rows;
    for (const QString &id : ids)
        rows << m_model->rowOfId(id);
    return selectSourceRows(m_view, m_proxy, rows, SelectFocus::Current);
}

void PoolObjectsPane::updateActions()
{
    const int n = selectedCount();
    const bool ready = m_directory && !poolUid().isEmpty();
    m_newAction->setEnabled(ready);
    m_editAction->setEnabled(ready && n == 1);
    m_deleteAction->setEnabled(ready && n == 1);
    m_copyIdAction->setEnabled(n > 0);
    m_refreshAction->setEnabled(m_directory != nullptr);
}

void PoolObjectsPane::updateState()
{
    updateActions();
    QString reason;
    if (!supports(m_session, &reason)) {
        m_state->showEmpty(reason);
        m_summary->clear();
        return;
    }
    if (poolUid().isEmpty()) {
        if (m_poolsError.isError())
            m_state->showError(m_poolsError);
        else if (m_poolsLoading)
            m_state->showBusy(tr("Loading user pools…"));
        else
            m_state->showEmpty(tr("This account has no user pool yet. Create one in User pools first."));
        m_summary->clear();
        return;
    }
    const int rows = m_model->rowCount();
    if (rows == 0) {
        if (m_error.isError())
            m_state->showError(m_error);
        else if (m_loading || !m_answered)
            m_state->showBusy(tr("Loading %1…").arg(nounPlural()));
        else
            m_state->showEmpty(emptyText(), m_newAction->text());
    } else {
        m_state->showContent();
    }
    QString text;
    if (rows > 0) {
        text = countText(rows);
        if (m_proxy->rowCount() != rows)
            text += QLatin1Char(' ') + tr("%n shown.", nullptr, m_proxy->rowCount());
    }
    m_summary->setText(text);
}

void PoolObjectsPane::noteResult(const ApiResult &result)
{
    if (!result.requestId.isEmpty())
        emit requestIdSeen(result.requestId);
    else if (!result.error.requestId.isEmpty())
        emit requestIdSeen(result.error.requestId);
}

QString PoolObjectsPane::errorText(const ApiError &error)
{
    QStringList extra;
    if (!error.code.isEmpty())
        extra << error.code;
    if (!error.requestId.isEmpty())
        extra << tr("RequestId %1").arg(error.requestId);
    QString text = error.localizedMessage();
    if (text.isEmpty())
        text = error.message;
    return extra.isEmpty() ? text : QStringLiteral("%1 (%2)").arg(text, extra.join(QStringLiteral(", ")));
}

void PoolObjectsPane::warnFailure(const QString &title, const QString &what, const ApiResult &result)
{
    QString text = what;
    if (result.error.ambiguous)
        text += QStringLiteral("\n\n") + tr("The server did not confirm: it may have happened anyway. Refresh to see.");
    Prompter::instance()->warn(this, title, text + QStringLiteral("\n\n") + errorText(result.error));
}

void PoolObjectsPane::showContextMenu(const QPoint &pos)
{
    if (!m_view->indexAt(pos).isValid())
        return;
    QMenu menu(this);
    menu.addAction(m_editAction);
    menu.addAction(m_copyIdAction);
    menu.addSeparator();
    menu.addAction(m_deleteAction);
    menu.addSeparator();
    menu.addAction(m_refreshAction);
    menu.exec(m_view->viewport()->mapToGlobal(pos));
}

void PoolObjectsPane::saveState(QSettings &settings) const
{
    saveHeader(settings, QStringLiteral("header"), m_view->horizontalHeader());
    saveSplitter(settings, QStringLiteral("splitter"), m_splitter);
    if (!poolUid().isEmpty())
        settings.setValue(QStringLiteral("pool"), poolUid());
}

void PoolObjectsPane::restoreState(QSettings &settings)
{
    restoreHeader(settings, QStringLiteral("header"), m_view->horizontalHeader());
    restoreSplitter(settings, QStringLiteral("splitter"), m_splitter);
    const QString pool = settings.value(QStringLiteral("pool")).toString();
    if (!pool.isEmpty() && poolUid().isEmpty())
        m_pendingPool = pool;
}

void PoolObjectsPane::retranslate()
{
    m_poolLabel->setText(tr("&Pool:"));
    m_poolCombo->setAccessibleName(tr("User pool"));
    m_poolCombo->setToolTip(tr("The user pool whose %1 are listed").arg(nounPlural()));
    m_refreshAction->setText(tr("Refresh"));
    m_refreshAction->setToolTip(tr("Reload the list (F5)"));
    m_search->setPlaceholderText(tr("Filter by name, type, ID… (Ctrl+F)"));
    retranslateActions();
    m_model->retranslate();
    AccessibleText::nameEditActions(m_search, m_search->accessibleName());
    AccessibleText::describeRows(m_view);
    updateState();
    renderDetail();
}

void PoolObjectsPane::retranslateActions()
{
    const Texts t = texts();
    m_newAction->setText(t.newText);
    m_newAction->setToolTip(t.newTip);
    m_editAction->setText(tr("Edit"));
    m_editAction->setToolTip(t.editTip);
    m_deleteAction->setText(tr("Delete"));
    m_deleteAction->setToolTip(t.deleteTip);
    m_copyIdAction->setText(t.copyIdText);
}

void PoolObjectsPane::openDialog(RecordFormDialog *dialog)
{
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &RecordFormDialog::requestIdSeen, this, &Pane::requestIdSeen);
    m_dialog = dialog;
    dialog->open();
}

void PoolObjectsPane::finishDelete(const ApiResult &r, const std::function<void()> &removeRow,
                                   const QString &deletedText, const QString &goneText, const QString &failTitle,
                                   const QString &failText)
{
    noteResult(r);
    if (r.ok || r.error.isNotFound()) {
        removeRow();
        emit statusMessage(r.ok ? deletedText : goneText);
        emit writeFinished(true);
        return;
    }
    if (r.error.kind == ApiError::Kind::Cancelled)
        return;
    warnFailure(failTitle, failText, r);
    emit writeFinished(false);
}

bool PoolObjectsPane::canOpenDialog() const
{
    return m_directory && !poolUid().isEmpty() && !m_dialog;
}

void PoolObjectsPane::recordSaved(const QString &uid, const QString &status, bool select)
{
    if (select)
        selectIds({uid});
    emit statusMessage(status);
    emit writeFinished(true);
}
