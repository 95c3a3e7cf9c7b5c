// SPDX-License-Identifier: GPL-3.0-or-later
#include "directory/ProvisioningEventsPane.h"

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
#include "models/ProvisioningEventFilterProxy.h"
#include "models/ProvisioningEventModel.h"
#include "cloud/Session.h"
#include <QAction>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QPushButton>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QSettings>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

ProvisioningEventsPane::ProvisioningEventsPane(QWidget *parent)
    : DirectoryPane(parent)
{
    setObjectName(QStringLiteral("eventsPane"));
    buildUi();
    connect(LanguageManager::instance(), &LanguageManager::languageChanged, m_model, &ProvisioningEventModel::retranslate);
    retranslate();
    backendChanged();
}

ProvisioningEventsPane::~ProvisioningEventsPane() = default;

QString ProvisioningEventsPane::paneTitle() const
{
    return tr("Provisioning events");
}

QIcon ProvisioningEventsPane::paneIcon() const
{
    return QIcon(QStringLiteral(":/icons/events.svg"));
}

void ProvisioningEventsPane::buildUi()
{
    auto *layout = createPaneLayout();

    m_retryAction = makeAction(QStringLiteral("retryEventsAction"), QStringLiteral("refresh"));
    m_deleteAction = makeAction(QStringLiteral("deleteEventsAction"), QStringLiteral("delete"));
    m_refreshAction = makeAction(QStringLiteral("refreshEventsAction"), QStringLiteral("refresh"));
    m_copyIdAction = makeAction(QStringLiteral("copyEventIdAction"), QStringLiteral("copy"));
    m_copyReasonAction = makeAction(QStringLiteral("copyReasonAction"), QString());
    m_showProvisioningAction = makeAction(QStringLiteral("showProvisioningAction"), QString());
    connect(m_showProvisioningAction, &QAction::triggered, this, &ProvisioningEventsPane::showProvisioningOfSelected);
    connect(m_retryAction, &QAction::triggered, this, &ProvisioningEventsPane::retrySelected);
    connect(m_deleteAction, &QAction::triggered, this, &ProvisioningEventsPane::deleteSelection);
    connect(m_refreshAction, &QAction::triggered, this, &ProvisioningEventsPane::refresh);
    connect(m_copyIdAction, &QAction::triggered, this, &ProvisioningEventsPane::copySelection);
    connect(m_copyReasonAction, &QAction::triggered, this, [this] {
        QStringList reasons;
        for (const ProvisioningEvent &e : selectedEvents())
            reasons << e.failureReason;
        copyToClipboard(reasons, tr("failure reason(s)"));
    });

    m_toolbar = createToolBar();
    m_search = addSearchEdit(m_toolbar, QStringLiteral("eventSearch"), [this](const QString &text) { m_proxy->setFilterText(text); });
    auto *box = new QWidget(this);
    auto *bl = new QHBoxLayout(box);
    bl->setContentsMargins(6, 0, 6, 0);
    m_statusLabel = new QLabel(box);
    m_statusFilter = new QComboBox(box);
    m_statusFilter->setObjectName(QStringLiteral("eventStatusFilter"));
    m_statusLabel->setBuddy(m_statusFilter);
    bl->addWidget(m_statusLabel);
    bl->addWidget(m_statusFilter);
    m_toolbar->addWidget(box);
    m_toolbar->addSeparator();
    m_toolbar->addAction(m_retryAction);
    m_toolbar->addAction(m_deleteAction);
    m_toolbar->addAction(m_showProvisioningAction);
    m_toolbar->addSeparator();
    m_toolbar->addAction(m_refreshAction);
    layout->addWidget(m_toolbar);

    // The filter a link set (the events of one provisioning), with the way back to every event.
    m_filterBar = new QWidget(this);
    m_filterBar->setObjectName(QStringLiteral("eventFilterBar"));
    auto *barLayout = new QHBoxLayout(m_filterBar);
    barLayout->setContentsMargins(6, 2, 6, 2);
    m_filterLabel = new QLabel(m_filterBar);
    m_filterLabel->setObjectName(QStringLiteral("eventFilterLabel"));
    m_filterLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_clearFilter = new QPushButton(m_filterBar);
    m_clearFilter->setObjectName(QStringLiteral("clearEventFilter"));
    connect(m_clearFilter, &QPushButton::clicked, this, &ProvisioningEventsPane::clearProvisioningFilter);
    barLayout->addWidget(m_filterLabel, 1);
    barLayout->addWidget(m_clearFilter);
    m_filterBar->hide();
    layout->addWidget(m_filterBar);

    connect(m_statusFilter, &QComboBox::activated, this, &ProvisioningEventsPane::applySearch);

    m_model = new ProvisioningEventModel(this);
    m_proxy = new ProvisioningEventFilterProxy(this);
    m_proxy->setSourceModel(m_model);
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("eventsView"));
    m_view->setModel(m_proxy);
    setupTable(m_view);
    enableColumnChooser(m_view->horizontalHeader());
    m_view->setColumnWidth(ProvisioningEventModel::Time, 150);
    m_view->setColumnWidth(ProvisioningEventModel::Principal, 130);
    m_view->setColumnWidth(ProvisioningEventModel::PrincipalType, 60);
    m_view->setColumnWidth(ProvisioningEventModel::Target, 130);
    m_view->setColumnWidth(ProvisioningEventModel::Status, 120);
    m_view->setColumnWidth(ProvisioningEventModel::FailureReason, 320);
    m_view->setColumnHidden(ProvisioningEventModel::SourceType, true);
    m_view->setColumnHidden(ProvisioningEventModel::EventId, true);
    connect(m_view, &QTableView::customContextMenuRequested, this, &ProvisioningEventsPane::showContextMenu);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        updateActions();
        renderDetail();
    });
    m_state = createStateWidget(m_view);
    setListView(m_view, ProvisioningEventModel::IdRole);
    connect(m_state, &PaneStateWidget::retryRequested, this, &ProvisioningEventsPane::refresh);
    connect(m_state, &PaneStateWidget::emptyActionRequested, this, [this] {
        m_provisioningFilter.clear();
        updateFilterBar();
        m_search->clear();
        m_statusFilter->setCurrentIndex(0);
        applySearch();
    });
    m_detail = createDetailView(QStringLiteral("eventDetail"));
    m_splitter = createListDetailSplitter(m_state, m_detail);
    layout->addWidget(m_splitter, 1);
    m_summary = createSummaryLabel(QStringLiteral("eventsSummary"));
    layout->addWidget(m_summary);

    watchListModel(m_model, [this] { updateState(); });
    connect(m_model, &PagedTableModel::loadingChanged, this, &ProvisioningEventsPane::applyPendingSelection);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ProvisioningEventsPane::renderDetail);   // selection gone
}

void ProvisioningEventsPane::fillStatusFilter()
{
    const QString current = m_statusFilter->currentData().toString();
    m_statusFilter->clear();
    m_statusFilter->addItem(tr("All failed events"), QString());
    m_statusFilter->addItem(DirectoryLabels::eventStatus(QStringLiteral("ProvisionFailed")), QStringLiteral("ProvisionFailed"));
    m_statusFilter->addItem(DirectoryLabels::eventStatus(QStringLiteral("DeleteProvisionFailed")),
                            QStringLiteral("DeleteProvisionFailed"));
    m_statusFilter->setCurrentIndex(qMax(0, m_statusFilter->findData(current)));
}

void ProvisioningEventsPane::backendChanged()
{
    cancelPendingSearch();
    abandonBulk();
    m_model->setBackend(backend());
    updateActions();
    renderDetail();
    updateState();
}

void ProvisioningEventsPane::load()
{
    if (!directoryReady()) {
        m_model->clear();
        updateState();
        return;
    }
    cancelPendingSearch();
    DirectoryBackend::EventQuery q;
    q.status = m_statusFilter->currentData().toString();
    q.search = m_search->text().trimmed();
    q.provisioningId = m_provisioningFilter;
    m_proxy->setFilterText(QString());
    m_model->setQuery(q);
    updateFilterBar();
    updateState();
}

void ProvisioningEventsPane::applySearch()
{
    cancelPendingSearch();
    if (!directoryReady())
        return;
    DirectoryBackend::EventQuery q;
    q.status = m_statusFilter->currentData().toString();
    q.search = m_search->text().trimmed();
    q.provisioningId = m_provisioningFilter;
    m_proxy->setFilterText(QString());
    const DirectoryBackend::EventQuery current = m_model->query();
    if (m_model->hasAnswered() && q.status == current.status && q.search == current.search
        && q.provisioningId == current.provisioningId && !m_model->lastError().isError())
        return;
    m_model->setQuery(q);
}

void ProvisioningEventsPane::updateState()
{
    updateActions();
    if (showDirectoryState(m_state, m_summary, tr("Connect a profile to see its provisioning events.")))
        return;
    const int rows = m_model->rowCount();
    const bool filtered = !m_model->query().search.isEmpty() || !m_model->query().status.isEmpty()
                          || !m_model->query().provisioningId.isEmpty();
    if (filtered)
        showRowsState(m_state, m_model, tr("Loading provisioning events…"),
                      tr("No failed event matches the search or filter."), tr("Clear search and filter"));
    else
        showRowsState(m_state, m_model, tr("Loading provisioning events…"),
                      tr("No failed provisioning events: everything is in sync."));
    m_summary->setText(rows > 0 ? tr("%n failed event(s).", nullptr, rows) + summarySuffix(m_model) : QString());
}

void ProvisioningEventsPane::updateActions()
{
    const int n = int(selectedEvents().size());
    const bool ready = canWrite();
    m_retryAction->setEnabled(ready && n > 0);
    m_deleteAction->setEnabled(ready && n > 0);
    m_copyIdAction->setEnabled(n > 0);
    m_copyReasonAction->setEnabled(n > 0);
    m_showProvisioningAction->setEnabled(n == 1 && !selectedEvents().first().provisioningId.isEmpty()
                                         && backend() && backend()->capabilities().userProvisionings);
    m_refreshAction->setEnabled(backend() != nullptr);
}

QList<ProvisioningEvent> ProvisioningEventsPane::selectedEvents() const
{
    QList<ProvisioningEvent> events;
    if (!m_view->selectionModel())
        return events;
    QModelIndexList rows = m_view->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(), [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    for (const QModelIndex &i : rows)
        events << m_model->eventById(i.data(ProvisioningEventModel::IdRole).toString());
    return events;
}

bool ProvisioningEventsPane::selectEvents(const QStringList &ids)
{
    QList<int> rows;
    for (const QString &id : ids)
        rows << m_model->rowOfId(id);
    return selectSourceRows(m_view, m_proxy, rows, SelectFocus::Current);
}

QString ProvisioningEventsPane::eventLabel(const ProvisioningEvent &e)
{
    const QString principal = e.principalName.isEmpty() ? e.principalId : e.principalName;
    const QString target = e.targetName.isEmpty() ? e.targetId : e.targetName;
    return QStringLiteral("%1 → %2 (%3)").arg(principal, target, e.id);
}

void ProvisioningEventsPane::renderDetail()
{
    m_detail->clear();
    const QList<ProvisioningEvent> events = selectedEvents();
    if (events.size() != 1) {
        m_detail->setPlaceholder(events.size() > 1 ? tr("%n events selected.", nullptr, int(events.size()))
                                                   : tr("Select an event to see the details."));
        return;
    }
    const ProvisioningEvent &e = events.first();
    m_detail->setTitle(eventLabel(e));
    m_detail->addRow(tr("Status"), DirectoryLabels::eventStatus(e.status), false);
    m_detail->addRow(tr("Failure reason"), e.failureReason);
    m_detail->addSection(tr("Principal"));
    m_detail->addRow(tr("Name"), e.principalName);
    m_detail->addRow(tr("ID"), e.principalId);
    m_detail->addRow(tr("Type"), DirectoryLabels::principalType(e.principalType), false);
    m_detail->addSection(tr("Target account"));
    m_detail->addRow(tr("Name"), e.targetName);
    m_detail->addRow(tr("ID"), e.targetId);
    m_detail->addSection(tr("Event"));
    m_detail->addRow(tr("Event ID"), e.id);
    m_detail->addRow(tr("Provisioning ID"), e.provisioningId);
    if (!e.sourceType.isEmpty())
        m_detail->addRow(tr("Source"), e.sourceType);
    if (!e.duplicationStrategy.isEmpty())
        m_detail->addRow(tr("Duplication strategy"), DirectoryLabels::strategy(e.duplicationStrategy), false);
    const QJsonValue errorCount = e.raw.value(QStringLiteral("ErrorCount"));
    if (!errorCount.isUndefined())
        m_detail->addRow(tr("Error count"), QString::number(errorCount.toVariant().toLongLong()), false);
    const QString lastSync = e.raw.value(QStringLiteral("LatestAsyncTime")).toString();
    if (!lastSync.isEmpty()) {
        const QDateTime t = QDateTime::fromString(lastSync, Qt::ISODate);
        m_detail->addRow(tr("Last attempt"), t.isValid() ? DirectoryLabels::time(t) : lastSync, false);
    }
    m_detail->addRow(tr("Created"), DirectoryLabels::time(e.created), false);
    m_detail->addRow(tr("Updated"), DirectoryLabels::time(e.updated), false);
}

void ProvisioningEventsPane::retrySelected()
{
    retryEvents(selectedEvents());
}

void ProvisioningEventsPane::retryEvents(const QList<ProvisioningEvent> &events)
{
    if (!canWrite() || events.isEmpty())
        return;
    QString strategy;
    if (backend()->capabilities().eventRetryNeedsStrategy) {
        // One question per batch, pre-selecting the strategy most of the events' provisionings use.
        int keepBoth = 0;
        int takeOver = 0;
        for (const ProvisioningEvent &e : events) {
            if (e.duplicationStrategy == QLatin1String("KeepBoth"))
                ++keepBoth;
            else if (e.duplicationStrategy.compare(QLatin1String("TakeOver"), Qt::CaseInsensitive) == 0)
                ++takeOver;
        }
        const QStringList values{QStringLiteral("KeepBoth"), QStringLiteral("TakeOver")};
        const QStringList items{tr("KeepBoth — keep the existing RAM user and create the new one with a suffix"),
                                tr("TakeOver — the provisioned user takes over the RAM user with the same name")};
        const QString chosen = Prompter::instance()->choose(
            this, tr("Retry provisioning events"),
            tr("When a RAM user with the same name already exists, what should happen for these %n event(s)?", nullptr,
               int(events.size())),
            items, takeOver > keepBoth ? 1 : 0);
        if (chosen.isEmpty())
            return;
        const int index = int(items.indexOf(chosen));
        if (index < 0)
            return;
        strategy = values.at(index);
    } else {
        const QString text = events.size() == 1
                                 ? tr("Retry provisioning %1?").arg(eventLabel(events.first()))
                                 : tr("Retry these %n failed provisioning events?", nullptr, int(events.size()));
        if (!Prompter::instance()->confirm(this, tr("Retry provisioning events"), text, tr("Retry")))
            return;
    }
    runBatch(tr("Retrying %n provisioning event(s)", nullptr, int(events.size())), events,
             BulkOperation::retryEvents(events, strategy));
}

ListPane::DeleteRequest ProvisioningEventsPane::describeDelete()
{
    return describeDelete(selectedEvents());
}

ListPane::DeleteRequest ProvisioningEventsPane::describeDelete(const QList<ProvisioningEvent> &events)
{
    if (!canWrite() || events.isEmpty())
        return {};
    const QString text = events.size() == 1
                             ? tr("Delete the failed event %1? The failure record is removed; nothing is provisioned.")
                                   .arg(eventLabel(events.first()))
                             : tr("Delete these %n failed events? The failure records are removed; nothing is provisioned.",
                                  nullptr, int(events.size()));
    return {tr("Delete provisioning events"), text, tr("Delete"), QString(), [this, events] {
                runBatch(tr("Deleting %n provisioning event(s)", nullptr, int(events.size())), events,
                         BulkOperation::deleteEvents(events));
            }};
}

void ProvisioningEventsPane::deleteEvents(const QList<ProvisioningEvent> &events)
{
    runDeleteRequest(describeDelete(events));
}

void ProvisioningEventsPane::runBatch(const QString &title, const QList<ProvisioningEvent> &events,
                                      const BulkOperation &operation)
{
    QStringList labels;
    for (const ProvisioningEvent &e : events)
        labels << eventLabel(e);
    BulkProgressDialog *dialog = runBulk(title, labels, operation, m_concurrency);
    connect(dialog, &BulkProgressDialog::batchFinished, this, [this, operation](const BulkSummary &s) {
        for (const BulkSummary::Failure &f : s.failures)
            if (!f.requestId.isEmpty())
                emit requestIdSeen(f.requestId);
        QString status = tr("%1 of %2 events succeeded, %3 failed.").arg(s.succeeded).arg(s.total).arg(s.failed);
        if (s.alreadyUnderWay > 0)
            status += QLatin1Char(' ') + tr("%n already under way.", nullptr, s.alreadyUnderWay);
        emit statusMessage(status);
        // Deleted events (also those already gone) leave the list now; then the list reloads, because the
        // service changed the events (retried ones leave the failed list).
        if (operation.removesTargets())
            for (const QString &id : s.appliedIds())
                m_model->removeEvent(id);
        m_model->reload();
        updateActions();
        emit batchFinished(s);
    });
    connect(dialog, &QDialog::finished, this, &ProvisioningEventsPane::updateActions);
    updateActions();
}

QString ProvisioningEventsPane::idNoun() const
{
    return tr("event ID(s)");
}

QByteArray ProvisioningEventsPane::csv() const
{
    return viewCsv(m_view);
}


void ProvisioningEventsPane::showContextMenu(const QPoint &pos)
{
    QMenu menu(this);
    menu.addAction(m_retryAction);
    menu.addAction(m_deleteAction);
    menu.addSeparator();
    menu.addAction(m_copyIdAction);
    menu.addAction(m_copyReasonAction);
    menu.addAction(m_showProvisioningAction);
    menu.addSeparator();
    menu.addAction(m_refreshAction);
    menu.exec(m_view->viewport()->mapToGlobal(pos));
}

void ProvisioningEventsPane::saveState(QSettings &settings) const
{
    saveHeader(settings, QStringLiteral("header"), m_view->horizontalHeader());
    saveSplitter(settings, QStringLiteral("splitter"), m_splitter);
}

void ProvisioningEventsPane::restoreState(QSettings &settings)
{
    restoreHeader(settings, QStringLiteral("header"), m_view->horizontalHeader());
    restoreSplitter(settings, QStringLiteral("splitter"), m_splitter);
}

void ProvisioningEventsPane::retranslate()
{
    m_retryAction->setText(tr("Retry…"));
    m_retryAction->setToolTip(tr("Provision the selected events again"));
    m_deleteAction->setText(tr("Delete"));
    m_deleteAction->setToolTip(tr("Delete the selected failure records (Delete)"));
    m_refreshAction->setText(tr("Refresh"));
    m_copyIdAction->setText(tr("Copy event ID"));
    m_copyReasonAction->setText(tr("Copy failure reason"));
    m_showProvisioningAction->setText(tr("Show provisioning"));
    m_showProvisioningAction->setToolTip(tr("Open the user provisioning this event belongs to"));
    m_clearFilter->setText(tr("Show all events"));
    m_clearFilter->setAccessibleName(tr("Show all events"));
    m_filterLabel->setAccessibleName(tr("Event filter"));
    updateFilterBar();
    m_search->setPlaceholderText(tr("Search by user name… (Ctrl+F)"));
    m_statusLabel->setText(tr("S&tatus:"));
    fillStatusFilter();
    m_model->retranslate();
    updateState();
    renderDetail();
    retranslateAccessibility();
}

// What a screen reader announces (AT-SPI). Toolbar buttons are named by their actions' texts, the status
// filter by its buddy label.
void ProvisioningEventsPane::retranslateAccessibility()
{
    m_search->setAccessibleName(tr("Search events by user name"));
    AccessibleText::nameEditActions(m_search, m_search->accessibleName());   // its search icon
    m_search->setAccessibleDescription(tr("Searches the events on the server, not only the loaded rows; "
                                          "the loaded rows are filtered at once (Ctrl+F)"));
    m_view->setAccessibleName(paneTitle());
    AccessibleText::describeRows(m_view);
}

void ProvisioningEventsPane::updateFilterBar()
{
    const bool on = !m_provisioningFilter.isEmpty();
    m_filterBar->setVisible(on);
    if (on)
        m_filterLabel->setText(tr("Showing the events of the user provisioning %1.").arg(m_filterText));
}

void ProvisioningEventsPane::clearProvisioningFilter()
{
    m_provisioningFilter.clear();
    m_filterText.clear();
    m_pendingSelect.clear();
    load();
}

bool ProvisioningEventsPane::navigate(const NavigationRequest &request)
{
    if (!backend())
        return false;
    m_provisioningFilter = request.filters.value(QStringLiteral("provisioningId"));
    m_filterText = request.label.isEmpty() ? m_provisioningFilter : request.label;
    m_search->clear();
    m_statusFilter->setCurrentIndex(0);
    m_pendingSelect = request.select;
    load();
    return true;
}

void ProvisioningEventsPane::applyPendingSelection()
{
    if (m_pendingSelect.isEmpty() || m_model->isLoading() || !m_model->hasAnswered())
        return;
    const QStringList wanted = m_pendingSelect;
    m_pendingSelect.clear();
    selectEvents(wanted);
}

void ProvisioningEventsPane::showProvisioningOfSelected()
{
    const QList<ProvisioningEvent> events = selectedEvents();
    if (events.size() != 1 || events.first().provisioningId.isEmpty())
        return;
    NavigationRequest request;
    request.paneId = QStringLiteral("provisionings");
    request.select = {events.first().provisioningId};
    emit navigationRequested(request);
}
