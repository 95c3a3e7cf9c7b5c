// SPDX-License-Identifier: GPL-3.0-or-later
#include "mau/MauPane.h"

#include "widgets/AccessibleText.h"
#include "mau/MauChartView.h"
#include "cloud/MauLoader.h"
#include "mau/MauPoolPicker.h"
#include "mau/MauTableDelegate.h"
#include "models/MauTableModel.h"
#include "models/MauTableProxyModel.h"
#include "widgets/PaneStateWidget.h"
#include "widgets/Prompter.h"
#include "cloud/Session.h"

#include <QAbstractBarSeries>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QSaveFile>
#include <QSettings>
#include <QDateTime>
#include <QLocale>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QScopeGuard>
#include <QSignalBlocker>
#include <QSpinBox>
#include "cloud/MauCache.h"
#include "models/MauThresholds.h"
#include "report/MauReport.h"
#include "report/MauReportRenderer.h"
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>
#include <algorithm>

namespace {
const int kPresets[] = {3, 6, 12, 24, 36};
const QDate kEarliestMonth(2000, 1, 1);

// The service's month for the local clock (before a session has corrected it with the server's Date header).
QDate currentMonth()
{
    return MauDataSet::firstOfMonth(MauDataSet::serviceToday(QDateTime::currentDateTimeUtc()));
}
}

MauPane::MauPane(QWidget *parent)
    : Pane(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    // Toolbar: pools, range, stacked; status and actions on the right.
    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(8, 6, 8, 0);
    m_picker = new MauPoolPicker(this);
    m_picker->setObjectName(QStringLiteral("poolPicker"));
    bar->addWidget(m_picker);
    m_rangeCombo = new QComboBox(this);
    m_rangeCombo->setObjectName(QStringLiteral("rangeCombo"));
    for (int months : kPresets)
        m_rangeCombo->addItem(QString(), months);
    m_rangeCombo->addItem(QString(), 0); // custom
    m_rangeCombo->setCurrentIndex(m_rangeCombo->findData(kDefaultMonths));
    bar->addWidget(m_rangeCombo);
    m_fromLabel = new QLabel(this);
    bar->addWidget(m_fromLabel);
    m_fromEdit = new QDateEdit(this);
    m_fromEdit->setObjectName(QStringLiteral("fromEdit"));
    m_toLabel = new QLabel(this);
    m_toEdit = new QDateEdit(this);
    m_toEdit->setObjectName(QStringLiteral("toEdit"));
    for (QDateEdit *edit : {m_fromEdit, m_toEdit}) {
        edit->setDisplayFormat(QStringLiteral("yyyy-MM"));
        edit->setDateRange(kEarliestMonth, currentMonth());
        edit->setKeyboardTracking(false);
    }
    m_fromLabel->setBuddy(m_fromEdit);
    m_toLabel->setBuddy(m_toEdit);
    bar->addWidget(m_fromEdit);
    bar->addWidget(m_toLabel);
    bar->addWidget(m_toEdit);
    m_stackedCheck = new QCheckBox(this);
    m_stackedCheck->setObjectName(QStringLiteral("stackedCheck"));
    bar->addWidget(m_stackedCheck);
    m_shareCheck = new QCheckBox(this);
    m_shareCheck->setObjectName(QStringLiteral("shareCheck"));
    bar->addWidget(m_shareCheck);
    m_thresholdLabel = new QLabel(this);
    bar->addWidget(m_thresholdLabel);
    m_thresholdPool = new QComboBox(this);
    m_thresholdPool->setObjectName(QStringLiteral("thresholdPool"));
    m_thresholdPool->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    bar->addWidget(m_thresholdPool);
    m_thresholdSpin = new QSpinBox(this);
    m_thresholdSpin->setObjectName(QStringLiteral("thresholdSpin"));
    m_thresholdSpin->setRange(0, 2000000000);
    m_thresholdSpin->setGroupSeparatorShown(true);
    m_thresholdSpin->setKeyboardTracking(false);
    m_thresholdLabel->setBuddy(m_thresholdPool);
    bar->addWidget(m_thresholdSpin);
    bar->addStretch();
    auto makeButton = [this, bar](const char *name, const QString &icon) {
        auto *button = new QToolButton(this);
        button->setObjectName(QLatin1String(name));
        button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        button->setIcon(QIcon::fromTheme(icon));
        bar->addWidget(button);
        return button;
    };
    m_cancelButton = makeButton("cancelButton", QStringLiteral("process-stop"));
    m_cancelButton->hide();
    m_refreshButton = makeButton("refreshButton", QStringLiteral("view-refresh"));
    m_pngButton = makeButton("exportPngButton", QStringLiteral("image-x-generic"));
    m_csvButton = makeButton("exportCsvButton", QStringLiteral("document-save-as"));
    m_reportButton = makeButton("exportReportButton", QStringLiteral("x-office-document"));
    m_printButton = makeButton("printButton", QStringLiteral("document-print"));
    layout->addLayout(bar);
    // What is shown (range, pools, failures) or how far loading got, on its own line: it can be long.
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("statusLabel"));
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setContentsMargins(10, 0, 8, 0);
    layout->addWidget(m_status);

    // Chart over table.
    m_splitter = new QSplitter(Qt::Vertical);
    m_splitter->setObjectName(QStringLiteral("splitter"));
    m_splitter->setChildrenCollapsible(false);
    m_chart = new MauChartView(m_splitter);
    m_chart->setObjectName(QStringLiteral("chartView"));
    m_table = new QTableView(m_splitter);
    m_table->setObjectName(QStringLiteral("tableView"));
    m_model = new MauTableModel(this);
    m_proxy = new MauTableProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_table->setModel(m_proxy);
    m_table->setItemDelegate(new MauTableDelegate(m_table));
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(0, Qt::AscendingOrder);
    m_table->verticalHeader()->hide();
    m_table->setAlternatingRowColors(true);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setWordWrap(false);
    m_table->setTabKeyNavigation(false);   // Tab leaves the table (arrows move between cells)
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    m_splitter->addWidget(m_chart);
    m_splitter->addWidget(m_table);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_state = new PaneStateWidget(m_splitter, this);
    layout->addWidget(m_state, 1);

    m_reloadTimer = new QTimer(this);
    m_reloadTimer->setSingleShot(true);
    m_reloadTimer->setInterval(250);

    connect(m_reloadTimer, &QTimer::timeout, this, [this] { startLoad(false); });
    connect(m_picker, &MauPoolPicker::selectionChanged, this, [this] { scheduleReload(); });
    connect(m_rangeCombo, &QComboBox::activated, this, [this] {
        m_rangeNote.clear();
        if (rangePreset() == 0 && !m_customFrom.isValid()) {
            const QList<QDate> shown = MauDataSet::lastMonths(kDefaultMonths, serviceCurrentMonth());
            m_customFrom = shown.first();
            m_customTo = shown.last();
        }
        syncDateEdits();
        scheduleReload();
    });
    connect(m_fromEdit, &QDateEdit::dateChanged, this, [this] { onDateEdited(true); });
    connect(m_toEdit, &QDateEdit::dateChanged, this, [this] { onDateEdited(false); });
    connect(m_stackedCheck, &QCheckBox::toggled, m_chart, &MauChartView::setStacked);
    connect(m_cancelButton, &QToolButton::clicked, this, [this] {
        if (m_loader)
            m_loader->cancel();
        setLoadingUi(false);
        if (m_model->rowCount() == 0)
            showEmpty(EmptyReason::Cancelled);
        emit statusMessage(tr("Loading monthly active users was cancelled."));
    });
    connect(m_refreshButton, &QToolButton::clicked, this, &MauPane::refreshFromService);
    connect(m_reportButton, &QToolButton::clicked, this, &MauPane::exportReportInteractively);
    connect(m_printButton, &QToolButton::clicked, this, &MauPane::printReportInteractively);
    connect(m_shareCheck, &QCheckBox::toggled, this, &MauPane::setShowShare);
    connect(m_thresholdPool, &QComboBox::currentIndexChanged, this, [this] { syncThresholdEditor(); });
    connect(m_thresholdSpin, &QSpinBox::valueChanged, this, [this](int value) {
        const QString uid = m_thresholdPool->currentData().toString();
        if (!uid.isEmpty() && m_session)
            setThreshold(uid, value);
    });
    connect(m_pngButton, &QToolButton::clicked, this, &MauPane::exportChartInteractively);
    connect(m_csvButton, &QToolButton::clicked, this, &MauPane::exportCsvInteractively);
    connect(m_state, &PaneStateWidget::retryRequested, this, &MauPane::refresh);
    connect(m_state, &PaneStateWidget::emptyActionRequested, this, [this] {
        if (m_emptyReason == EmptyReason::NoneSelected)
            m_picker->selectAll(); // emits selectionChanged -> reload
        else
            refresh();
    });
    connect(m_table, &QTableView::customContextMenuRequested, this, &MauPane::showTableMenu);

    syncDateEdits();
    retranslate();
    updateActions();
    showEmpty(EmptyReason::NoSession);
}

MauPane::~MauPane() = default;

QString MauPane::paneTitle() const
{
    return tr("Monthly active users");
}

QIcon MauPane::paneIcon() const
{
    return QIcon::fromTheme(QStringLiteral("office-chart-bar"));
}

bool MauPane::supports(const Session *session, QString *reason) const
{
    if (!session) {
        if (reason)
            *reason = tr("Connect a profile first.");
        return false;
    }
    if (!session->hasService(Service::Id)) {
        if (reason)
            *reason = tr("Monthly active users belong to Volcengine Agent Identity; this profile has no such service.");
        return false;
    }
    return true;
}

void MauPane::setSession(Session *session)
{
    Pane::setSession(session);
    delete m_loader; // cancels whatever it still had in flight
    m_loader = nullptr;
    m_reloadTimer->stop();
    setLoadingUi(false);
    m_model->clear();
    m_chart->clear();
    m_picker->setPools({});
    m_picker->setSelectedUids({}); // another account: back to all pools
    if (session && supports(session, nullptr)) {
        m_loader = new MauLoader(session->client(), this);
        if (!m_cache) {
            m_cache = std::make_unique<MauCache>();
            if (!m_cache->notice().isEmpty()) {
                m_rangeNote = m_cache->notice();
                emit statusMessage(m_cache->notice());
            }
        }
        m_loader->setCache(m_cache.get(), MauCache::scope(session->profile().name, session->client()->region(Service::Id),
                                                          session->client()->endpoint(Service::Id).toString()));
        connect(m_loader, &MauLoader::poolsLoaded, m_picker, &MauPoolPicker::setPools);
        connect(m_loader, &MauLoader::progress, this, [this](int done, int total) {
            m_progressDone = done;
            m_progressTotal = total;
            updateStatus();
        });
        connect(m_loader, &MauLoader::finished, this, &MauPane::onLoaderFinished);
        connect(m_loader, &MauLoader::failed, this, &MauPane::onLoaderFailed);
    }
    updateActions();
    updateStatus();
    m_needsLoad = true;
    if (isVisible())
        refresh();
    else if (!m_loader)
        showEmpty(session ? EmptyReason::NotSupported : EmptyReason::NoSession);
}

void MauPane::refresh()
{
    m_needsLoad = false;
    startLoad(true);
}

void MauPane::scheduleReload()
{
    if (m_loader)
        m_reloadTimer->start();
}

void MauPane::startLoad(bool reloadPools)
{
    m_reloadTimer->stop();
    if (!m_loader) {
        showEmpty(m_session ? EmptyReason::NotSupported : EmptyReason::NoSession);
        return;
    }
    if (!m_picker->allSelected() && m_picker->selectedUids().isEmpty()) {
        m_loader->cancel();
        setLoadingUi(false);
        m_model->clear();
        m_chart->clear();
        showEmpty(EmptyReason::NoneSelected);
        updateActions();
        return;
    }
    if (m_model->rowCount() == 0)
        m_state->showBusy(tr("Loading monthly active users…"));
    m_progressDone = 0;
    m_progressTotal = 0;
    setLoadingUi(true);
    const QStringList uids = m_picker->allSelected() ? QStringList() : m_picker->selectedUids();
    if (rangePreset() > 0)
        m_loader->loadRecent(rangePreset(), uids, reloadPools);   // "now" decided with the server's clock
    else
        m_loader->load(months(), uids, reloadPools);
}

void MauPane::onLoaderFinished(const MauDataSet &data)
{
    setLoadingUi(false);
    if (data.poolCount() == 0) {
        m_model->clear();
        m_chart->clear();
        if (m_loader && m_loader->pools().isEmpty())
            showEmpty(EmptyReason::NoPools);
        else
            showEmpty(EmptyReason::NoneSelected);
    } else if (data.monthCount() > 0 && data.failedCount() == data.monthCount()) {
        // Nothing to draw: the error state says why, with Retry.
        m_model->clear();
        m_chart->clear();
        m_state->showError(data.error(0));
    } else {
        setDataSet(data);
    }
    for (int m = 0; m < data.monthCount(); ++m)
        if (data.isFailed(m) && !data.error(m).requestId.isEmpty())
            emit requestIdSeen(data.error(m).requestId);
    if (data.failedCount() > 0)
        emit statusMessage(tr("Monthly active users: %1 of %2 months could not be loaded.")
                               .arg(data.failedCount())
                               .arg(data.monthCount()));
    updateActions();
    updateStatus();
    emit loadFinished();
}

void MauPane::onLoaderFailed(const ApiError &error)
{
    setLoadingUi(false);
    if (error.kind == ApiError::Kind::Cancelled) {
        // Not a failure of the service: keep what is shown.
        if (m_model->rowCount() == 0)
            showEmpty(EmptyReason::Cancelled);
        emit loadFinished();
        return;
    }
    m_model->clear();
    m_chart->clear();
    m_state->showError(error);
    if (!error.requestId.isEmpty())
        emit requestIdSeen(error.requestId);
    updateActions();
    updateStatus();
    emit loadFinished();
}

void MauPane::setDataSet(const MauDataSet &data)
{
    QScopeGuard thresholds([this] { syncThresholdEditor(); applyThresholds(); });
    m_chart->setDataSet(data);
    m_model->setDataSet(data);
    m_table->resizeColumnsToContents();
    m_state->showContent();
    updateActions();
    updateStatus();
}

bool MauPane::isLoading() const
{
    return m_loader && m_loader->isLoading();
}

void MauPane::showEmpty(EmptyReason reason)
{
    m_emptyReason = reason;
    QString reasonText;
    switch (reason) {
    case EmptyReason::NoSession:
        m_state->showEmpty(tr("Connect a Volcengine profile to see monthly active users."));
        break;
    case EmptyReason::NotSupported:
        supports(m_session, &reasonText);
        m_state->showEmpty(reasonText);
        break;
    case EmptyReason::NoPools:
        m_state->showEmpty(tr("No user pools yet"), tr("Reload"));
        break;
    case EmptyReason::NoneSelected:
        m_state->showEmpty(tr("No user pools selected."), tr("Show all pools"));
        break;
    case EmptyReason::Cancelled:
        m_state->showEmpty(tr("Loading was cancelled."), tr("Reload"));
        break;
    }
}

void MauPane::setLoadingUi(bool loading)
{
    m_cancelButton->setVisible(loading);
    if (!loading) {
        m_progressDone = 0;
        m_progressTotal = 0;
    }
    updateStatus();
}

// --- range ---------------------------------------------------------------------------------------------

int MauPane::rangePreset() const
{
    return m_rangeCombo->currentData().toInt();
}

void MauPane::setRangePreset(int months)
{
    const int index = m_rangeCombo->findData(months);
    if (index < 0 || months == 0)
        return;
    m_rangeCombo->setCurrentIndex(index);
    m_rangeNote.clear();
    syncDateEdits();
    scheduleReload();
}

void MauPane::setCustomRange(const QDate &from, const QDate &to)
{
    QDate f = MauDataSet::firstOfMonth(std::clamp(from, kEarliestMonth, currentMonth()));
    QDate t = MauDataSet::firstOfMonth(std::clamp(to, kEarliestMonth, currentMonth()));
    if (t < f)
        std::swap(f, t);
    m_rangeNote.clear();
    if (MauDataSet::monthsBetween(f, t) > MauLoader::kMaxMonths) {
        t = f.addMonths(MauLoader::kMaxMonths - 1);
        m_rangeNote = tr("At most %1 months are shown at once.").arg(MauLoader::kMaxMonths);
    }
    m_customFrom = f;
    m_customTo = t;
    m_rangeCombo->setCurrentIndex(m_rangeCombo->findData(0));
    syncDateEdits();
    updateStatus();
    scheduleReload();
}

QList<QDate> MauPane::months() const
{
    const int preset = rangePreset();
    if (preset > 0)
        return MauDataSet::lastMonths(preset, serviceCurrentMonth());
    return MauDataSet::monthRange(m_customFrom, m_customTo);
}

void MauPane::syncDateEdits()
{
    const QList<QDate> shown = months();
    const bool custom = rangePreset() == 0;
    const QSignalBlocker b1(m_fromEdit);
    const QSignalBlocker b2(m_toEdit);
    for (QDateEdit *edit : {m_fromEdit, m_toEdit})
        edit->setMaximumDate(currentMonth()); // the console may stay open into the next month
    if (!shown.isEmpty()) {
        m_fromEdit->setDate(shown.first());
        m_toEdit->setDate(shown.last());
    }
    m_fromEdit->setEnabled(custom);
    m_toEdit->setEnabled(custom);
}

void MauPane::onDateEdited(bool fromEdited)
{
    QDate from = MauDataSet::firstOfMonth(m_fromEdit->date());
    QDate to = MauDataSet::firstOfMonth(m_toEdit->date());
    m_rangeNote.clear();
    // Keep from <= to and at most 36 months by moving the end the person did not touch.
    if (to < from) {
        if (fromEdited)
            to = from;
        else
            from = to;
    }
    if (MauDataSet::monthsBetween(from, to) > MauLoader::kMaxMonths) {
        if (fromEdited)
            to = from.addMonths(MauLoader::kMaxMonths - 1);
        else
            from = to.addMonths(-(MauLoader::kMaxMonths - 1));
        m_rangeNote = tr("At most %1 months are shown at once.").arg(MauLoader::kMaxMonths);
    }
    m_customFrom = from;
    m_customTo = to;
    syncDateEdits();
    updateStatus();
    scheduleReload();
}

void MauPane::setStacked(bool stacked)
{
    m_stackedCheck->setChecked(stacked);
}

bool MauPane::isStacked() const
{
    return m_stackedCheck->isChecked();
}

// --- status, language --------------------------------------------------------------------------------

void MauPane::updateStatus()
{
    QStringList parts;
    if (m_cancelButton->isVisible()) {
        parts << (m_progressTotal > 0 ? tr("Loading month %1 of %2…").arg(m_progressDone).arg(m_progressTotal)
                                      : tr("Loading…"));
    } else {
        const MauDataSet &data = m_model->dataSet();
        if (data.monthCount() > 0) {
            const QLocale locale;
            parts << tr("%1 – %2").arg(MauDataSet::monthLabel(data.months().first(), locale),
                                       MauDataSet::monthLabel(data.months().last(), locale));
            parts << tr("Pools: %1").arg(data.poolCount());
            if (data.failedCount() > 0)
                parts << tr("%1 of %2 months could not be loaded (marked ⚠)").arg(data.failedCount()).arg(data.monthCount());
        }
    }
    if (!m_rangeNote.isEmpty())
        parts << m_rangeNote;
    m_status->setText(parts.join(QStringLiteral(" · ")));
}

void MauPane::updateActions()
{
    const bool hasData = m_model->rowCount() > 0;
    m_pngButton->setEnabled(hasData);
    m_csvButton->setEnabled(hasData);
    m_reportButton->setEnabled(hasData);
    m_printButton->setEnabled(hasData);
    m_refreshButton->setEnabled(m_loader != nullptr);
}

void MauPane::retranslate()
{
    m_rangeCombo->setToolTip(tr("Months to show"));
    for (int i = 0; i < m_rangeCombo->count(); ++i) {
        const int months = m_rangeCombo->itemData(i).toInt();
        m_rangeCombo->setItemText(i, months > 0 ? tr("Last %1 months").arg(months) : tr("Custom range"));
    }
    m_fromLabel->setText(tr("&From"));
    m_toLabel->setText(tr("&to"));
    m_fromEdit->setToolTip(tr("First month (YYYY-MM)"));
    m_toEdit->setToolTip(tr("Last month (YYYY-MM)"));
    m_stackedCheck->setText(tr("S&tacked"));
    m_stackedCheck->setToolTip(tr("Stack the pools' bars instead of grouping them"));
    m_cancelButton->setText(tr("Cancel"));
    m_cancelButton->setToolTip(tr("Stop loading"));
    m_refreshButton->setText(tr("Refresh"));
    m_refreshButton->setToolTip(tr("Load the pools and their monthly active users again (F5)"));
    m_pngButton->setText(tr("Export PNG…"));
    m_pngButton->setToolTip(tr("Save the chart as a PNG image"));
    m_csvButton->setText(tr("Export CSV…"));
    m_csvButton->setToolTip(tr("Save the table as a CSV file"));
    m_reportButton->setText(tr("Export report…"));
    m_reportButton->setToolTip(tr("Save a monthly report (PDF) with the chart, totals, changes, trends and allowances"));
    m_printButton->setText(tr("Print…"));
    m_printButton->setToolTip(tr("Print the monthly report (with a preview)"));
    m_shareCheck->setText(tr("S&hare"));
    m_shareCheck->setToolTip(tr("Show each pool's percent of the month's total in the table"));
    m_thresholdLabel->setText(tr("&Allowance:"));
    m_thresholdPool->setToolTip(tr("User pool whose monthly MAU allowance is edited"));
    m_thresholdSpin->setToolTip(tr("Monthly MAU allowance of the pool (the plan's limit); 0 = none. Months above it are flagged."));
    m_thresholdSpin->setSpecialValueText(tr("None"));
    for (QToolButton *b : {m_cancelButton, m_refreshButton, m_pngButton, m_csvButton, m_reportButton, m_printButton})
        b->setAccessibleName(b->text().remove(QLatin1Char('&')).remove(QChar(0x2026)));
    m_shareCheck->setAccessibleName(tr("Share of the month's total"));
    m_thresholdPool->setAccessibleName(tr("Allowance pool"));
    m_thresholdSpin->setAccessibleName(tr("Monthly MAU allowance"));
    m_picker->retranslate();
    m_chart->retranslate();
    m_model->relabel();
    if (m_state->state() == PaneStateWidget::State::Empty)
        showEmpty(m_emptyReason); // the same state in the new language
    m_table->resizeColumnsToContents();
    updateStatus();
    retranslateAccessibility();
}

void MauPane::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    Pane::changeEvent(event);
}

void MauPane::showEvent(QShowEvent *event)
{
    Pane::showEvent(event);
    if (m_needsLoad && m_loader)
        QTimer::singleShot(0, this, [this] {
            if (m_needsLoad)
                refresh();
        });
}

// --- export, copy, state -------------------------------------------------------------------------------

QString MauPane::suggestedFileName(const QString &suffix) const
{
    const MauDataSet &data = m_model->dataSet();
    if (data.monthCount() == 0)
        return QStringLiteral("mau.") + suffix;
    return QStringLiteral("mau-%1-to-%2.%3")
        .arg(MauDataSet::monthKey(data.months().first()), MauDataSet::monthKey(data.months().last()), suffix);
}

bool MauPane::exportPng(const QString &fileName, QString *error)
{
    if (m_model->rowCount() == 0) {
        if (error)
            *error = tr("There is no chart to export yet.");
        return false;
    }
    const QPixmap image = m_chart->grab();
    QSaveFile file(fileName);
    if (!file.open(QIODevice::WriteOnly) || !image.save(&file, "PNG") || !file.commit()) {
        if (error)
            *error = tr("Could not write %1: %2").arg(QDir::toNativeSeparators(fileName), file.errorString());
        return false;
    }
    return true;
}

bool MauPane::exportCsv(const QString &fileName, QString *error)
{
    if (m_model->rowCount() == 0) {
        if (error)
            *error = tr("There is no table to export yet.");
        return false;
    }
    QSaveFile file(fileName);
    if (!file.open(QIODevice::WriteOnly) || file.write(m_model->toCsv()) < 0 || !file.commit()) {
        if (error)
            *error = tr("Could not write %1: %2").arg(QDir::toNativeSeparators(fileName), file.errorString());
        return false;
    }
    return true;
}

void MauPane::exportChartInteractively()
{
    QString fileName = Prompter::instance()->saveFileName(this, tr("Export chart"), suggestedFileName(QStringLiteral("png")),
                                                          tr("PNG images (*.png)"));
    if (fileName.isEmpty())
        return;
    if (QFileInfo(fileName).suffix().isEmpty())
        fileName += QStringLiteral(".png");
    QString error;
    if (exportPng(fileName, &error))
        emit statusMessage(tr("Chart saved to %1").arg(QDir::toNativeSeparators(fileName)));
    else
        Prompter::instance()->warn(this, tr("Export chart"), error);
}

void MauPane::exportCsvInteractively()
{
    QString fileName = Prompter::instance()->saveFileName(this, tr("Export table"), suggestedFileName(QStringLiteral("csv")),
                                                          tr("CSV files (*.csv)"));
    if (fileName.isEmpty())
        return;
    if (QFileInfo(fileName).suffix().isEmpty())
        fileName += QStringLiteral(".csv");
    QString error;
    if (exportCsv(fileName, &error))
        emit statusMessage(tr("Table saved to %1").arg(QDir::toNativeSeparators(fileName)));
    else
        Prompter::instance()->warn(this, tr("Export table"), error);
}

void MauPane::copySelection()
{
    QModelIndexList indexes = m_table->selectionModel() ? m_table->selectionModel()->selectedIndexes() : QModelIndexList();
    if (indexes.isEmpty())
        return;
    std::sort(indexes.begin(), indexes.end(), [](const QModelIndex &a, const QModelIndex &b) {
        return a.row() != b.row() ? a.row() < b.row() : a.column() < b.column();
    });
    QString text;
    int row = indexes.first().row();
    QStringList cells;
    for (const QModelIndex &index : std::as_const(indexes)) {
        if (index.row() != row) {
            text += cells.join(QLatin1Char('\t')) + QLatin1Char('\n');
            cells.clear();
            row = index.row();
        }
        cells << index.data(Qt::DisplayRole).toString();
    }
    text += cells.join(QLatin1Char('\t'));
    QApplication::clipboard()->setText(text);
}

void MauPane::showTableMenu(const QPoint &pos)
{
    const QModelIndex index = m_table->indexAt(pos);
    QMenu menu(this);
    QAction *copy = menu.addAction(tr("Copy"), this, &MauPane::copySelection);
    copy->setShortcut(QKeySequence::Copy);
    copy->setEnabled(m_table->selectionModel() && m_table->selectionModel()->hasSelection());
    const QString requestId = index.data(MauTableModel::RequestIdRole).toString();
    if (!requestId.isEmpty())
        menu.addAction(tr("Copy RequestId"), this, [requestId] { QApplication::clipboard()->setText(requestId); });
    menu.exec(m_table->viewport()->mapToGlobal(pos));
}

void MauPane::saveState(QSettings &settings) const
{
    settings.setValue(QStringLiteral("rangeMonths"), rangePreset());
    if (m_customFrom.isValid()) {
        settings.setValue(QStringLiteral("rangeFrom"), MauDataSet::monthKey(m_customFrom));
        settings.setValue(QStringLiteral("rangeTo"), MauDataSet::monthKey(m_customTo));
    }
    settings.setValue(QStringLiteral("stacked"), isStacked());
    settings.setValue(QStringLiteral("splitter"), m_splitter->saveState());
}

void MauPane::restoreState(QSettings &settings)
{
    const int preset = settings.value(QStringLiteral("rangeMonths"), kDefaultMonths).toInt();
    const QDate from = MauDataSet::monthFromKey(settings.value(QStringLiteral("rangeFrom")).toString());
    const QDate to = MauDataSet::monthFromKey(settings.value(QStringLiteral("rangeTo")).toString());
    if (preset == 0 && from.isValid() && to.isValid()) {
        setCustomRange(from, to);
    } else {
        if (from.isValid() && to.isValid()) { // remembered for when "Custom range" is picked again
            m_customFrom = from;
            m_customTo = to;
        }
        setRangePreset(m_rangeCombo->findData(preset) >= 0 && preset > 0 ? preset : kDefaultMonths);
    }
    setStacked(settings.value(QStringLiteral("stacked"), false).toBool());
    const QByteArray splitter = settings.value(QStringLiteral("splitter")).toByteArray();
    if (!splitter.isEmpty())
        m_splitter->restoreState(splitter);
}

// --- report, thresholds, share, cache ------------------------------------------------------------------

QDate MauPane::serviceCurrentMonth() const
{
    return m_loader ? m_loader->serviceCurrentMonth() : currentMonth();
}

MauCache *MauPane::cache() const
{
    return m_cache.get();
}

void MauPane::refreshFromService()
{
    if (m_loader)
        m_loader->setRefresh(true);
    refresh();
}

void MauPane::setShowShare(bool share)
{
    const QSignalBlocker block(m_shareCheck);
    m_shareCheck->setChecked(share);
    m_model->setShowShare(share);
}

QHash<QString, double> MauPane::thresholds() const
{
    return m_session ? MauThresholds::load(m_session->profile().name) : QHash<QString, double>();
}

void MauPane::setThreshold(const QString &poolUid, double value)
{
    if (!m_session)
        return;
    MauThresholds::save(m_session->profile().name, poolUid, value);
    applyThresholds();
    syncThresholdEditor();
}

void MauPane::applyThresholds()
{
    const QHash<QString, double> t = thresholds();
    m_model->setThresholds(t);
    m_chart->setThresholds(t);
}

void MauPane::syncThresholdEditor()
{
    const QString current = m_thresholdPool->currentData().toString();
    {
        const QSignalBlocker block(m_thresholdPool);
        m_thresholdPool->clear();
        for (const MauPool &pool : m_model->dataSet().pools())
            m_thresholdPool->addItem(pool.displayName(), pool.uid);
        const int index = m_thresholdPool->findData(current);
        m_thresholdPool->setCurrentIndex(index >= 0 ? index : 0);
    }
    const QSignalBlocker block(m_thresholdSpin);
    const QString uid = m_thresholdPool->currentData().toString();
    m_thresholdSpin->setValue(int(thresholds().value(uid, 0.0)));
    m_thresholdPool->setEnabled(m_thresholdPool->count() > 0);
    m_thresholdSpin->setEnabled(m_thresholdPool->count() > 0);
}

bool MauPane::exportReport(const QString &fileName, const QString &language, QString *error)
{
    if (m_model->rowCount() == 0 || !m_loader || !m_session) {
        if (error)
            *error = tr("There is nothing to report yet.");
        return false;
    }
    const MauReport report(MauReport::inputFor(*m_loader, m_model->dataSet(), m_session->profile().name,
                                               m_session->client()->region(Service::Id),
                                               MauReport::languageFromCode(language), QDateTime::currentDateTimeUtc()));
    QString renderError;
    if (!MauReportRenderer(report).writePdf(fileName, &renderError)) {
        if (error)
            *error = tr("Could not write %1.").arg(QDir::toNativeSeparators(fileName));
        return false;
    }
    return true;
}

void MauPane::printReportTo(QPrinter *printer, const QString &language)
{
    if (m_model->rowCount() == 0 || !m_loader || !m_session)
        return;
    const MauReport report(MauReport::inputFor(*m_loader, m_model->dataSet(), m_session->profile().name,
                                               m_session->client()->region(Service::Id),
                                               MauReport::languageFromCode(language), QDateTime::currentDateTimeUtc()));
    MauReportRenderer(report).paint(printer);
}

QString MauPane::askReportLanguage(const QString &title)
{
    // The report's language is its own: a Chinese report can be made from an English UI and the other way round.
    const QStringList items{QStringLiteral("中文"), QStringLiteral("English")};
    const int current = QLocale().language() == QLocale::Chinese ? 0 : 1;
    const QString chosen = Prompter::instance()->choose(this, title, tr("Language of the report:"), items, current);
    if (chosen.isEmpty())
        return {};
    return chosen == items.first() ? QStringLiteral("zh") : QStringLiteral("en");
}

void MauPane::exportReportInteractively()
{
    const QString language = askReportLanguage(tr("Export report"));
    if (language.isEmpty())
        return;
    QString fileName = Prompter::instance()->saveFileName(this, tr("Export report"),
                                                          suggestedFileName(QStringLiteral("pdf")).replace(
                                                              QStringLiteral("mau-"), QStringLiteral("mau-report-")),
                                                          tr("PDF documents (*.pdf)"));
    if (fileName.isEmpty())
        return;
    if (QFileInfo(fileName).suffix().isEmpty())
        fileName += QStringLiteral(".pdf");
    QString error;
    if (exportReport(fileName, language, &error))
        emit statusMessage(tr("Report saved to %1").arg(QDir::toNativeSeparators(fileName)));
    else
        Prompter::instance()->warn(this, tr("Export report"), error);
}

void MauPane::printReportInteractively()
{
    const QString language = askReportLanguage(tr("Print report"));
    if (language.isEmpty())
        return;
    QPrinter printer(QPrinter::HighResolution);
    QPrintPreviewDialog preview(&printer, this);
    preview.setWindowTitle(tr("Print report"));
    connect(&preview, &QPrintPreviewDialog::paintRequested, this,
            [this, language](QPrinter *p) { printReportTo(p, language); });
    preview.exec();
}

// What a screen reader announces (AT-SPI). Buttons are named by their texts, the month fields by their buddy
// labels.
void MauPane::retranslateAccessibility()
{
    m_rangeCombo->setAccessibleName(tr("Range"));
    m_rangeCombo->setAccessibleDescription(tr("Months to show"));
    m_chart->setAccessibleName(tr("Monthly active users chart"));
    m_table->setAccessibleName(tr("Monthly active users by user pool"));
    AccessibleText::describeRows(m_table);
    m_thresholdPool->setAccessibleName(tr("Allowance pool"));
    m_thresholdPool->setAccessibleDescription(tr("The user pool whose monthly allowance is edited"));
    m_thresholdSpin->setAccessibleName(tr("Monthly allowance"));
    m_thresholdSpin->setAccessibleDescription(tr("The plan's MAU allowance of the chosen pool; 0 means none"));
}
