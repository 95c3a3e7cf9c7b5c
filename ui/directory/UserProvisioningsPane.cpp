// SPDX-License-Identifier: GPL-3.0-or-later
#include "directory/UserProvisioningsPane.h"
#include "widgets/AccessibleText.h"
#include <memory>
#include <functional>

#include "cloud/BulkOperation.h"

#include "cloud/Session.h"
#include "directory/DirectorySelector.h"
#include "directory/ProvisioningDialog.h"
#include "models/DirectoryLabels.h"
#include "models/RecordFilterProxy.h"
#include "widgets/DetailView.h"
#include "widgets/PaneStateWidget.h"
#include "widgets/Prompter.h"
#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QSettings>
#include <QSplitter>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

using Columns = UserProvisioningColumns;

UserProvisioningsPane::UserProvisioningsPane(QWidget *parent)
    : DirectoryPane(parent)
{
    setObjectName(QStringLiteral("UserProvisioningsPane"));
    m_detailOwner = new QObject(this);
    buildUi();
    retranslate();
}

QString UserProvisioningsPane::paneTitle() const
{
    return tr("User provisionings");
}

QIcon UserProvisioningsPane::paneIcon() const
{
    return QIcon(QStringLiteral(":/icons/provisioning.svg"));
}

bool UserProvisioningsPane::supports(const Session *session, QString *reason) const
{
    return DirectoryPane::supports(session, reason);
}

void UserProvisioningsPane::buildUi()
{
    auto *layout = createPaneLayout();
    m_toolbar = createToolBar(QStringLiteral("provisioningsToolbar"));
    m_newAction = makeAction(QStringLiteral("newProvisioningAction"), QStringLiteral("add"));
    m_editAction = makeAction(QStringLiteral("editProvisioningAction"), QString());
    m_eventsAction = makeAction(QStringLiteral("provisioningEventsAction"), QString());
    connect(m_newAction, &QAction::triggered, this, &UserProvisioningsPane::newItem);
    connect(m_editAction, &QAction::triggered, this, &UserProvisioningsPane::editSelected);
    connect(m_eventsAction, &QAction::triggered, this, &UserProvisioningsPane::showEventsOfSelected);
    m_deleteAction = makeAction(QStringLiteral("deleteProvisioningAction"), QStringLiteral("delete"));
    m_refreshAction = makeAction(QStringLiteral("refreshProvisioningsAction"), QStringLiteral("refresh"));
    m_copyIdAction = makeAction(QStringLiteral("copyProvisioningIdAction"), QStringLiteral("copy"));
    connect(m_deleteAction, &QAction::triggered, this, &UserProvisioningsPane::deleteSelection);
    connect(m_refreshAction, &QAction::triggered, this, &UserProvisioningsPane::refresh);
    connect(m_copyIdAction, &QAction::triggered, this, &UserProvisioningsPane::copySelection);

    m_model = Columns::createModel(&m_query, this);
    m_proxy = new RecordFilterProxy(this);
    m_proxy->setSourceModel(m_model);

    m_search = addSearchEdit(m_toolbar, QStringLiteral("provisioningSearch"),
                             [this](const QString &text) { m_proxy->setFilterText(text); });
    m_accountLabel = new QLabel(this);
    m_accountLabel->setContentsMargins(6, 0, 4, 0);
    m_account = new QLineEdit(this);
    m_account->setObjectName(QStringLiteral("provisioningAccountFilter"));
    m_account->setClearButtonEnabled(true);
    m_account->setMaximumWidth(180);
    m_accountLabel->setBuddy(m_account);
    m_toolbar->addWidget(m_accountLabel);
    m_toolbar->addWidget(m_account);
    connect(m_account, &QLineEdit::returnPressed, this, &UserProvisioningsPane::applySearch);
    connect(m_account, &QLineEdit::textChanged, this, [this](const QString &text) {
        if (text.isEmpty())
            applySearch();   // the clear button
    });
    m_toolbar->addSeparator();
    m_toolbar->addAction(m_newAction);
    m_toolbar->addAction(m_editAction);
    m_toolbar->addAction(m_eventsAction);
    m_toolbar->addAction(m_deleteAction);
    m_toolbar->addSeparator();
    m_toolbar->addAction(m_refreshAction);
    layout->addWidget(m_toolbar);

    // The filter a link set (a user's or group's provisionings), with the way back to every provisioning.
    m_filterBar = new QWidget(this);
    m_filterBar->setObjectName(QStringLiteral("provisioningFilterBar"));
    auto *barLayout = new QHBoxLayout(m_filterBar);
    barLayout->setContentsMargins(6, 2, 6, 2);
    m_filterLabel = new QLabel(m_filterBar);
    m_filterLabel->setObjectName(QStringLiteral("provisioningFilterLabel"));
    m_filterLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_clearFilter = new QPushButton(m_filterBar);
    m_clearFilter->setObjectName(QStringLiteral("clearProvisioningFilter"));
    connect(m_clearFilter, &QPushButton::clicked, this, &UserProvisioningsPane::clearPrincipalFilter);
    barLayout->addWidget(m_filterLabel, 1);
    barLayout->addWidget(m_clearFilter);
    m_filterBar->hide();
    layout->addWidget(m_filterBar);

    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("provisioningsView"));
    m_view->setModel(m_proxy);
    setupTable(m_view);
    enableColumnChooser(m_view->horizontalHeader());
    m_view->setColumnWidth(Columns::Principal, 170);
    m_view->setColumnWidth(Columns::Target, 130);
    m_view->setColumnWidth(Columns::Description, 200);
    m_view->setColumnHidden(Columns::Updated, true);
    connect(m_view, &QTableView::customContextMenuRequested, this, &UserProvisioningsPane::showContextMenu);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        updateActions();
        renderDetail();
    });
    setListView(m_view, RecordTableModelBase::IdRole);

    m_state = createStateWidget(m_view);
    connect(m_state, &PaneStateWidget::retryRequested, this, &UserProvisioningsPane::refresh);
    connect(m_state, &PaneStateWidget::emptyActionRequested, this, [this] {
        m_query.principalId.clear();
        m_query.principalType.clear();
        m_search->clear();
        m_account->clear();
        applySearch();
    });
    m_detail = createDetailView(QStringLiteral("provisioningDetail"));
    m_splitter = createListDetailSplitter(m_state, m_detail);
    layout->addWidget(m_splitter, 1);
    m_summary = createSummaryLabel(QStringLiteral("provisioningsSummary"));
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_summary);

    watchListModel(m_model, [this] { updateState(); });
    connect(m_model, &PagedTableModel::loadingChanged, this, &UserProvisioningsPane::applyPendingSelection);
    connect(m_model, &QAbstractItemModel::modelReset, this, &UserProvisioningsPane::renderDetail);   // selection gone
}

void UserProvisioningsPane::backendChanged()
{
    cancelPendingSearch();
    abandonBulk();
    delete m_detailOwner;
    m_detailOwner = new QObject(this);
    m_detailId.clear();
    m_model->setBackend(backend());
    updateState();
    renderDetail();
}

void UserProvisioningsPane::load()
{
    cancelPendingSearch();
    if (!directoryReady()) {
        m_model->clear();
        updateState();
        return;
    }
    if (!backend()->capabilities().userProvisionings) {
        m_model->clear();
        updateState();
        return;
    }
    m_query.targetId = m_account->text().trimmed();
    updateFilterBar();
    m_model->reload();
    updateState();
}

void UserProvisioningsPane::applySearch()
{
    cancelPendingSearch();
    if (!directoryReady())
        return;
    const QString target = m_account->text().trimmed();
    if (m_model->hasAnswered() && target == m_query.targetId && !m_model->lastError().isError())
        return;   // the quick filter already applied to the loaded rows
    load();
}

void UserProvisioningsPane::updateState()
{
    updateActions();
    if (backend() && !backend()->capabilities().userProvisionings) {
        m_state->showEmpty(tr("This directory service has no user provisionings."));
        m_summary->clear();
        return;
    }
    if (showDirectoryState(m_state, m_summary, tr("Connect a profile to see its user provisionings.")))
        return;
    const int rows = m_model->rowCount();
    if (!m_query.principalId.isEmpty())
        showRowsState(m_state, m_model, tr("Loading user provisionings…"),
                      tr("No user provisioning for %1.").arg(m_filterText), tr("Clear filter"));
    else if (!m_query.targetId.isEmpty())
        showRowsState(m_state, m_model, tr("Loading user provisionings…"),
                      tr("No user provisioning into account %1.").arg(m_query.targetId), tr("Clear filter"));
    else
        showRowsState(m_state, m_model, tr("Loading user provisionings…"),
                      tr("No user provisionings: no user or group is synchronised into a member account."));
    QString text;
    if (rows > 0) {
        text = tr("%n user provisioning(s).", nullptr, rows);
        if (m_proxy->rowCount() != rows)
            text += QLatin1Char(' ') + tr("%n shown.", nullptr, m_proxy->rowCount());
        text += summarySuffix(m_model);
    }
    m_summary->setText(text);
}

void UserProvisioningsPane::updateActions()
{
    const int n = int(selectedProvisionings().size());
    const bool ready = canWrite();
    m_deleteAction->setEnabled(ready && n > 0);
    const bool provisionings = ready && backend()->capabilities().userProvisionings;
    m_newAction->setEnabled(provisionings && backend()->bulkClient());
    // Cloud Identity has no UpdateUserProvisioning: the action stays visible and explains (editSelected()).
    m_editAction->setEnabled(provisionings && n == 1 && backend()->bulkClient());
    m_eventsAction->setEnabled(n == 1);
    m_editAction->setToolTip(backend() && backend()->serviceName() == QLatin1String("cloudidentity")
                                 ? tr("Cloud Identity cannot change a provisioning: delete it and create it again")
                                 : tr("Change the strategies or the description of the selected provisioning"));
    m_copyIdAction->setEnabled(n > 0);
    m_refreshAction->setEnabled(backend() != nullptr);
}

QList<UserProvisioning> UserProvisioningsPane::selectedProvisionings() const
{
    QList<UserProvisioning> out;
    for (const int row : selectedRows(m_view))
        out << m_model->record(m_proxy->mapToSource(m_proxy->index(row, 0)).row());
    return out;
}

bool UserProvisioningsPane::selectProvisionings(const QStringList &ids)
{
    QList<int> rows;
    for (const QString &id : ids)
        rows << m_model->rowOfId(id);
    return selectSourceRows(m_view, m_proxy, rows, SelectFocus::Current);
}

QString UserProvisioningsPane::label(const UserProvisioning &p)
{
    const QString principal = p.principalName.isEmpty() ? p.principalId : p.principalName;
    const QString target = p.targetName.isEmpty() ? p.targetId : p.targetName;
    return QStringLiteral("%1 → %2 (%3)").arg(principal, target, p.id);
}

void UserProvisioningsPane::renderDetail()
{
    m_detail->clear();
    const QList<UserProvisioning> selected = selectedProvisionings();
    if (selected.size() != 1) {
        m_detail->setPlaceholder(selected.size() > 1
                                     ? tr("%n user provisionings selected.", nullptr, int(selected.size()))
                                     : tr("Select a user provisioning to see the details."));
        return;
    }
    UserProvisioning p = selected.first();
    if (p.id == m_detailId && !m_detailObject.isEmpty() && backend())
        p = backend()->provisioningFromResult(m_detailObject);
    else if (p.id != m_detailId)
        fetchDetail(p.id);
    m_detail->setTitle(label(p));
    m_detail->addRow(tr("Status"), Columns::statusLabel(p.status), false);
    m_detail->addRow(tr("Description"), p.description);
    m_detail->addSection(tr("Principal"));
    m_detail->addRow(tr("Name"), p.principalName);
    m_detail->addRow(tr("ID"), p.principalId);
    m_detail->addRow(tr("Type"), DirectoryLabels::principalType(p.principalType), false);
    m_detail->addSection(tr("Target account"));
    if (!p.targetName.isEmpty())
        m_detail->addRow(tr("Name"), p.targetName);
    m_detail->addRow(tr("ID"), p.targetId);
    m_detail->addSection(tr("Strategies"));
    if (!p.identitySourceStrategy.isEmpty())
        m_detail->addRow(tr("Identity source"), p.identitySourceStrategy, false);
    m_detail->addRow(tr("On name clash"), DirectoryLabels::strategy(p.duplicationStrategy), false);
    if (!p.duplicationSuffix.isEmpty())
        m_detail->addRow(tr("Name suffix"), p.duplicationSuffix);
    m_detail->addRow(tr("On deletion"), Columns::deletionLabel(p.deletionStrategy), false);
    m_detail->addSection(tr("Provisioning"));
    m_detail->addRow(tr("Provisioning ID"), p.id);
    m_detail->addRow(tr("Created"), DirectoryLabels::time(p.created), false);
    m_detail->addRow(tr("Updated"), DirectoryLabels::time(p.updated), false);
}

void UserProvisioningsPane::fetchDetail(const QString &id)
{
    delete m_detailOwner;   // cancels the previous GetUserProvisioning
    m_detailOwner = new QObject(this);
    m_detailId = id;
    m_detailObject = QJsonObject();
    if (!backend())
        return;
    backend()->getProvisioning(id, m_detailOwner, [this, id](const WriteResult &r) {
        if (id != m_detailId)
            return;
        if (!r.requestId.isEmpty())
            emit requestIdSeen(r.requestId);
        if (!r.ok()) {
            if (r.error.isNotFound()) {
                m_model->removeRecord(id);   // deleted meanwhile
                emit statusMessage(tr("The user provisioning %1 no longer exists.").arg(id));
            } else if (r.error.kind != ApiError::Kind::Cancelled) {
                emit statusMessage(tr("Could not read the user provisioning: %1").arg(errorText(r.error)));
            }
            return;
        }
        m_detailObject = r.result;
        const UserProvisioning fresh = backend()->provisioningFromResult(r.result);
        if (!fresh.id.isEmpty() && m_model->rowOfId(fresh.id) >= 0)
            m_model->replaceRecord(m_model->rowOfId(fresh.id), fresh);
        renderDetail();
    });
}

ListPane::DeleteRequest UserProvisioningsPane::describeDelete()
{
    const QList<UserProvisioning> selected = selectedProvisionings();
    if (!canWrite() || selected.isEmpty())
        return {};
    QString text;
    if (selected.size() == 1) {
        const UserProvisioning &p = selected.first();
        text = tr("Delete the user provisioning %1?").arg(label(p));
    } else {
        QStringList names;
        for (const UserProvisioning &p : selected)
            names << label(p);
        text = tr("Delete these %n user provisionings?", nullptr, int(selected.size())) + QStringLiteral("\n\n")
               + nameList(names);
    }
    text += QStringLiteral("\n\n")
            + tr("The principals stop being synchronised into the accounts. Users already created there are kept or "
                 "deleted as each provisioning's deletion strategy says. This cannot be undone.");
    return {tr("Delete user provisionings"), text, tr("Delete"), QString(),
            [this, selected] { deleteProvisionings(selected); }};
}

void UserProvisioningsPane::deleteOne(const UserProvisioning &p, const std::function<void(DeleteOutcome)> &then)
{
    runSingleDelete({[this, p](QObject *owner, DirectoryBackend::WriteCallback done) {
                         return backend()->deleteProvisioning(p.id, owner, std::move(done));
                     },
                     ErrorClassification::Resource::Provisioning, p.id, [this, p] { m_model->removeRecord(p.id); },
                     tr("Deleted user provisioning %1.").arg(p.id),
                     tr("The user provisioning %1 no longer exists.").arg(p.id),
                     tr("Could not delete the user provisioning"),
                     [p](const ApiError &error) {
                         QString text = tr("The user provisioning %1 was not deleted.").arg(label(p));
                         if (error.ambiguous)
                             text += QStringLiteral("\n\n")
                                     + tr("The server did not confirm: it may have been deleted anyway. Refresh to see.");
                         return text + QStringLiteral("\n\n") + errorText(error);
                     },
                     {}},
                    then);
}

void UserProvisioningsPane::deleteProvisionings(const QList<UserProvisioning> &provisionings)
{
    if (!canWrite() || provisionings.isEmpty())
        return;
    if (provisionings.size() == 1) {
        deleteOne(provisionings.first(), {});   // writeFinished(deleted) follows
        return;
    }
    QStringList labels;
    QStringList ids;
    for (const UserProvisioning &p : provisionings) {
        labels << label(p);
        ids << p.id;
    }
    runBulkDelete(tr("Deleting %n user provisionings", nullptr, int(provisionings.size())), labels,
                  BulkOperation::deleteProvisionings(ids), [this](const QString &id) { m_model->removeRecord(id); },
                  [this](const BulkSummary &s) {
                      updateActions();
                      return tr("Deleted %1 of %2 user provisionings.").arg(s.succeeded).arg(s.total);
                  });
    updateActions();
}

QString UserProvisioningsPane::idNoun() const
{
    return tr("provisioning ID(s)");
}

void UserProvisioningsPane::showContextMenu(const QPoint &pos)
{
    if (!m_view->indexAt(pos).isValid())
        return;
    QMenu menu(this);
    menu.addAction(m_copyIdAction);
    menu.addAction(m_eventsAction);
    menu.addSeparator();
    menu.addAction(m_editAction);
    menu.addAction(m_deleteAction);
    menu.addSeparator();
    menu.addAction(m_refreshAction);
    menu.exec(m_view->viewport()->mapToGlobal(pos));
}

void UserProvisioningsPane::saveState(QSettings &settings) const
{
    saveHeader(settings, QStringLiteral("header"), m_view->horizontalHeader());
    saveSplitter(settings, QStringLiteral("splitter"), m_splitter);
    settings.setValue(QStringLiteral("account"), m_account->text());
}

void UserProvisioningsPane::restoreState(QSettings &settings)
{
    restoreHeader(settings, QStringLiteral("header"), m_view->horizontalHeader());
    restoreSplitter(settings, QStringLiteral("splitter"), m_splitter);
    m_account->setText(settings.value(QStringLiteral("account")).toString());
}

void UserProvisioningsPane::retranslate()
{
    m_newAction->setText(tr("New…"));
    m_newAction->setToolTip(tr("Provision a user or group into a member account (Ctrl+N)"));
    m_editAction->setText(tr("Edit…"));
    m_eventsAction->setText(tr("Show events"));
    m_eventsAction->setToolTip(tr("Open the provisioning events of the selected provisioning"));
    m_clearFilter->setText(tr("Show all provisionings"));
    m_clearFilter->setAccessibleName(tr("Show all provisionings"));
    m_filterLabel->setAccessibleName(tr("Provisioning filter"));
    m_deleteAction->setText(tr("Delete"));
    m_deleteAction->setToolTip(tr("Delete the selected user provisionings (Delete)"));
    m_refreshAction->setText(tr("Refresh"));
    m_refreshAction->setToolTip(tr("Reload the user provisionings (F5)"));
    m_copyIdAction->setText(tr("Copy provisioning ID"));
    m_search->setPlaceholderText(tr("Filter by principal, account, description… (Ctrl+F)"));
    m_accountLabel->setText(tr("&Account:"));
    m_account->setPlaceholderText(tr("Any member account"));
    m_account->setAccessibleName(tr("Target account filter"));
    m_account->setToolTip(tr("Only provisionings into this member account (press Enter)"));
    m_model->retranslate();
    AccessibleText::nameEditActions(m_search, m_search->accessibleName());   // its search icon
    AccessibleText::describeRows(m_view);
    updateFilterBar();
    updateState();
    renderDetail();
}

void UserProvisioningsPane::updateFilterBar()
{
    const bool on = !m_query.principalId.isEmpty();
    m_filterBar->setVisible(on);
    if (on)
        m_filterLabel->setText(tr("Showing the user provisionings of %1.").arg(m_filterText));
}

void UserProvisioningsPane::clearPrincipalFilter()
{
    m_query.principalId.clear();
    m_query.principalType.clear();
    m_filterText.clear();
    m_pendingSelect.clear();
    load();
}

bool UserProvisioningsPane::navigate(const NavigationRequest &request)
{
    if (!backend() || !backend()->capabilities().userProvisionings)
        return false;
    m_query.principalId = request.filters.value(QStringLiteral("principalId"));
    m_query.principalType = request.filters.value(QStringLiteral("principalType"));
    m_filterText = request.label.isEmpty() ? m_query.principalId : request.label;
    m_search->clear();
    m_account->setText(request.filters.value(QStringLiteral("targetId")));
    m_pendingSelect = request.select;
    load();
    return true;
}

void UserProvisioningsPane::applyPendingSelection()
{
    if (m_pendingSelect.isEmpty() || m_model->isLoading() || !m_model->hasAnswered())
        return;
    const QStringList wanted = m_pendingSelect;
    m_pendingSelect.clear();
    QStringList missing;
    for (const QString &id : wanted)
        if (m_model->rowOfId(id) < 0)
            missing << id;
    selectProvisionings(wanted);
    if (!missing.isEmpty())
        emit statusMessage(tr("The user provisioning %1 is not in the list (deleted, or not in this directory).")
                               .arg(missing.join(QStringLiteral(", "))));
    else if (!wanted.isEmpty())
        m_view->scrollTo(m_view->currentIndex());
}

void UserProvisioningsPane::newItem()
{
    UserProvisioning prefill;
    if (!m_query.principalId.isEmpty()) {   // from a user's / group's provisionings: that principal
        prefill.principalId = m_query.principalId;
        prefill.principalType = m_query.principalType;
    }
    prefill.targetId = m_account->text().trimmed();
    openCreateDialog(prefill);
}

void UserProvisioningsPane::openCreateDialog(const UserProvisioning &prefill)
{
    if (!canOpenDialog() || !backend()->capabilities().userProvisionings)
        return;
    UserProvisioning p = prefill;
    p.id.clear();
    auto *dialog = new ProvisioningDialog(backend(), p, this);
    connect(dialog, &ProvisioningDialog::saved, this, [this](const UserProvisioning &saved, const QString &requestId) {
        reportSaved(requestId, tr("Created user provisioning %1.").arg(saved.id));
        m_pendingSelect = {saved.id};
        load();
        emit provisioningSaved(saved.id);
    });
    openDialog(dialog);
}

void UserProvisioningsPane::editSelected()
{
    const QList<UserProvisioning> selected = selectedProvisionings();
    if (selected.size() != 1 || !backend())
        return;
    if (backend()->serviceName() == QLatin1String("cloudidentity")) {
        Prompter::instance()->inform(this, tr("Edit user provisioning"),
                                     tr("Cloud Identity cannot change a user provisioning. To change it, delete it "
                                        "and create a new one with the settings you want."));
        return;
    }
    if (!canOpenDialog())
        return;
    auto *dialog = new ProvisioningDialog(backend(), selected.first(), this);
    connect(dialog, &ProvisioningDialog::saved, this, [this](const UserProvisioning &saved, const QString &requestId) {
        reportSaved(requestId, tr("Saved user provisioning %1.").arg(saved.id));
        const int row = m_model->rowOfId(saved.id);
        if (row >= 0 && !saved.id.isEmpty())
            m_model->replaceRecord(row, saved);
        m_detailId.clear();   // read it again
        renderDetail();
        emit provisioningSaved(saved.id);
    });
    openDialog(dialog);
}

void UserProvisioningsPane::showEventsOfSelected()
{
    const QList<UserProvisioning> selected = selectedProvisionings();
    if (selected.size() != 1)
        return;
    NavigationRequest request;
    request.paneId = QStringLiteral("events");
    request.filters.insert(QStringLiteral("provisioningId"), selected.first().id);
    request.label = label(selected.first());
    emit navigationRequested(request);
}
