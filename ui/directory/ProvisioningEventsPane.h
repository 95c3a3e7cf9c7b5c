// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "widgets/BulkProgressDialog.h"
#include "directory/DirectoryPane.h"
#include "cloud/DirectoryRecords.h"
#include <QPointer>

class DetailView;
class PaneStateWidget;
class ProvisioningEventFilterProxy;
class ProvisioningEventModel;
class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSplitter;
class QTableView;
class QToolBar;

// Failed provisioning events: status filter and search, detail panel, retry and delete one or many.
// CloudSSO asks the duplication strategy once per batch (pre-selecting the events' own strategy). A batch
// is a typed BulkOperation run in the one bulk dialog (BulkRunner: bounded concurrency, continues past
// failures, slows down under throttling, can be cancelled) and ends with a summary; the list refreshes afterwards.
class ProvisioningEventsPane : public DirectoryPane
{
    Q_OBJECT
public:
    explicit ProvisioningEventsPane(QWidget *parent = nullptr);
    ~ProvisioningEventsPane() override;

    QString paneId() const override { return QStringLiteral("events"); }
    QString paneTitle() const override;
    QIcon paneIcon() const override;

    void saveState(QSettings &settings) const override;
    void restoreState(QSettings &settings) override;
    void retranslate() override;

    void retrySelected();
    // Batches over explicit events (the selection ends here); for tests too.
    void retryEvents(const QList<ProvisioningEvent> &events);
    // Asks first (through the Prompter), like deleteSelection().
    void deleteEvents(const QList<ProvisioningEvent> &events);

    // For tests.
    ProvisioningEventModel *model() const { return m_model; }
    ProvisioningEventFilterProxy *proxy() const { return m_proxy; }
    QTableView *view() const { return m_view; }
    DetailView *detailView() const { return m_detail; }
    PaneStateWidget *stateWidget() const { return m_state; }
    QLineEdit *searchEdit() const { return m_search; }
    QComboBox *statusFilter() const { return m_statusFilter; }
    void applySearch() override;
    // Links: filter "provisioningId" shows the events of one provisioning; `select` ids are selected once listed.
    bool navigate(const NavigationRequest &request) override;
    // Opens the provisionings pane with the selected event's provisioning selected.
    void showProvisioningOfSelected();
    QString provisioningFilter() const { return m_provisioningFilter; }
    void clearProvisioningFilter();
    bool selectEvents(const QStringList &ids);
    QList<ProvisioningEvent> selectedEvents() const;
    QByteArray csv() const;
    int concurrency() const { return m_concurrency; }
    void setConcurrency(int n) { m_concurrency = n; }

signals:
    // A retry / delete batch finished and the list was asked to refresh.
    void batchFinished(const BulkSummary &summary);

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
    void renderDetail();
    void fillStatusFilter();
    void showContextMenu(const QPoint &pos);
    void updateFilterBar();
    void applyPendingSelection();
    void runBatch(const QString &title, const QList<ProvisioningEvent> &events, const BulkOperation &operation);
    DeleteRequest describeDelete(const QList<ProvisioningEvent> &events);
    static QString eventLabel(const ProvisioningEvent &e);

    ProvisioningEventModel *m_model = nullptr;
    ProvisioningEventFilterProxy *m_proxy = nullptr;
    QToolBar *m_toolbar = nullptr;
    QLabel *m_statusLabel = nullptr;
    QComboBox *m_statusFilter = nullptr;
    QLineEdit *m_search = nullptr;
    QTableView *m_view = nullptr;
    PaneStateWidget *m_state = nullptr;
    DetailView *m_detail = nullptr;
    QSplitter *m_splitter = nullptr;
    QLabel *m_summary = nullptr;
    int m_concurrency = 4;

    QAction *m_retryAction = nullptr;
    QAction *m_deleteAction = nullptr;
    QAction *m_refreshAction = nullptr;
    QAction *m_copyIdAction = nullptr;
    QAction *m_copyReasonAction = nullptr;
    QAction *m_showProvisioningAction = nullptr;
    QWidget *m_filterBar = nullptr;
    QLabel *m_filterLabel = nullptr;
    QPushButton *m_clearFilter = nullptr;
    QString m_provisioningFilter;   // set by a link from a provisioning
    QString m_filterText;
    QStringList m_pendingSelect;
};
