// SPDX-License-Identifier: GPL-3.0-or-later
#include "activity/ActivityLogPane.h"

#include "widgets/AccessibleText.h"
#include "models/ActivityLogFilterProxy.h"
#include "models/ActivityLogModel.h"
#include "models/CsvWriter.h"
#include "shell/LanguageManager.h"
#include "widgets/Prompter.h"
#include "cloud/Session.h"
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QScrollBar>
#include <QSettings>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

namespace {
// Failed exchanges in a warning colour.
class ActivityRowDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        if (index.data(ActivityLogModel::IsErrorRole).toBool())
            option->palette.setColor(QPalette::Text, QColor(0xc6, 0x28, 0x28));
    }
};
}

ActivityLogPane::ActivityLogPane(QWidget *parent)
    : ListPane(parent)
{
    setObjectName(QStringLiteral("activityPane"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    m_toolbar = createToolBar(QStringLiteral("activityToolbar"));
    m_filter = addSearchEdit(m_toolbar, QStringLiteral("activityFilter"), [this](const QString &t) {
        m_proxy->setFilterText(t);   // instant: the log is local
        updateSummary();
    });
    auto *box = new QWidget(this);
    auto *bl = new QHBoxLayout(box);
    bl->setContentsMargins(6, 0, 6, 0);
    m_serviceLabel = new QLabel(box);
    m_service = new QComboBox(box);
    m_service->setObjectName(QStringLiteral("activityServiceFilter"));
    m_serviceLabel->setBuddy(m_service);
    for (int i = 0; i < 4; ++i)
        m_service->addItem(QString());
    m_service->setItemData(1, QStringLiteral("id"));
    m_service->setItemData(2, QStringLiteral("cloudidentity"));
    m_service->setItemData(3, QStringLiteral("cloudsso"));
    m_errorsOnly = new QCheckBox(box);
    m_errorsOnly->setObjectName(QStringLiteral("errorsOnly"));
    bl->addWidget(m_serviceLabel);
    bl->addWidget(m_service);
    bl->addSpacing(8);
    bl->addWidget(m_errorsOnly);
    m_toolbar->addWidget(box);
    m_toolbar->addSeparator();
    m_followAction = new QAction(this);
    m_followAction->setObjectName(QStringLiteral("followAction"));
    m_followAction->setCheckable(true);
    m_followAction->setChecked(true);
    m_clearAction = new QAction(QIcon(QStringLiteral(":/icons/delete.svg")), QString(), this);
    m_clearAction->setObjectName(QStringLiteral("clearLogAction"));
    m_copyRequestIdAction = new QAction(QIcon(QStringLiteral(":/icons/copy.svg")), QString(), this);
    m_copyRequestIdAction->setObjectName(QStringLiteral("copyRequestIdAction"));
    m_toolbar->addAction(m_followAction);
    m_toolbar->addAction(m_copyRequestIdAction);
    m_toolbar->addAction(m_clearAction);
    layout->addWidget(m_toolbar);

    m_model = new ActivityLogModel(this);
    m_proxy = new ActivityLogFilterProxy(this);
    m_proxy->setSourceModel(m_model);
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("activityView"));
    m_view->setModel(m_proxy);
    m_view->setItemDelegate(new ActivityRowDelegate(m_view));
    setupTable(m_view);
    setListView(m_view, -1);   // Ctrl+C copies RequestIds (copySelection below)
    m_view->setColumnWidth(ActivityLogModel::Time, 170);
    m_view->setColumnWidth(ActivityLogModel::Profile, 110);
    m_view->setColumnWidth(ActivityLogModel::Service, 100);
    m_view->setColumnWidth(ActivityLogModel::Action, 210);
    m_view->setColumnWidth(ActivityLogModel::HttpStatus, 100);
    m_view->setColumnWidth(ActivityLogModel::ErrorCode, 170);
    m_view->setColumnWidth(ActivityLogModel::RequestId, 280);
    m_view->setColumnWidth(ActivityLogModel::Latency, 80);
    layout->addWidget(m_view, 1);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("activitySummary"));
    m_summary->setContentsMargins(6, 0, 6, 4);
    layout->addWidget(m_summary);

    connect(m_errorsOnly, &QCheckBox::toggled, this, [this](bool on) {
        m_proxy->setErrorsOnly(on);
        updateSummary();
    });
    connect(m_service, &QComboBox::currentIndexChanged, this, [this] {
        m_proxy->setServiceFilter(m_service->currentData().toString());
        updateSummary();
    });
    connect(m_clearAction, &QAction::triggered, this, &ActivityLogPane::clearLog);
    connect(m_copyRequestIdAction, &QAction::triggered, this, &ActivityLogPane::copySelection);
    connect(m_view, &QTableView::customContextMenuRequested, this, &ActivityLogPane::showContextMenu);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            [this] { m_copyRequestIdAction->setEnabled(m_view->selectionModel()->hasSelection()); });
    connect(m_model, &ActivityLogModel::recordAppended, this, [this] {
        updateSummary();
        if (m_followAction->isChecked() && m_view->horizontalHeader()->sortIndicatorSection() < 0 && isVisible())
            m_view->scrollToBottom();
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, &ActivityLogPane::updateSummary);
    connect(LanguageManager::instance(), &LanguageManager::languageChanged, m_model, &ActivityLogModel::retranslate);
    m_copyRequestIdAction->setEnabled(false);
    retranslate();
}

ActivityLogPane::~ActivityLogPane() = default;

QString ActivityLogPane::paneTitle() const
{
    return tr("Activity log");
}

QIcon ActivityLogPane::paneIcon() const
{
    return QIcon(QStringLiteral(":/icons/activity.svg"));
}

bool ActivityLogPane::supports(const Session *session, QString *reason) const
{
    Q_UNUSED(session);
    Q_UNUSED(reason);
    return true;   // the log of earlier sessions stays readable, even disconnected
}

void ActivityLogPane::setSession(Session *session)
{
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    Pane::setSession(session);
    if (session)
        connect(session, &Session::exchangeFinished, this, &ActivityLogPane::addRecord);
}

void ActivityLogPane::addRecord(const ExchangeRecord &record)
{
    m_model->append(record);
}

void ActivityLogPane::clearLog()
{
    if (m_model->rowCount() == 0)
        return;
    if (!Prompter::instance()->confirm(this, tr("Clear the activity log"),
                                       tr("Remove all %n entries from the activity log?", nullptr, m_model->rowCount()),
                                       tr("Clear")))
        return;
    m_model->clear();
}

void ActivityLogPane::refresh()
{
    m_proxy->invalidate();
    updateSummary();
}

void ActivityLogPane::copySelection()
{
    QStringList ids;
    QModelIndexList rows = m_view->selectionModel()->selectedRows(ActivityLogModel::RequestId);
    std::sort(rows.begin(), rows.end(), [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    for (const QModelIndex &i : rows) {
        const QString id = i.data().toString();
        if (!id.isEmpty())
            ids << id;
    }
    if (ids.isEmpty())
        return;
    QApplication::clipboard()->setText(ids.join(QLatin1Char('\n')));
    emit statusMessage(tr("Copied %n RequestId(s).", nullptr, int(ids.size())));
}

QByteArray ActivityLogPane::csv() const
{
    return viewCsv(m_view);
}

void ActivityLogPane::updateSummary()
{
    const int total = m_model->rowCount();
    QString text = m_proxy->rowCount() == total ? tr("%n request(s) logged.", nullptr, total)
                                                : tr("%1 of %2 requests shown.").arg(m_proxy->rowCount()).arg(total);
    if (m_model->droppedCount() > 0)
        text += QLatin1Char(' ') + tr("The oldest %n entries were dropped (the log keeps the latest %1).", nullptr,
                                      int(qMin<qint64>(m_model->droppedCount(), INT_MAX)))
                                       .arg(m_model->capacity());
    m_summary->setText(text);
}

void ActivityLogPane::showContextMenu(const QPoint &pos)
{
    QMenu menu(this);
    menu.addAction(m_copyRequestIdAction);
    menu.addSeparator();
    menu.addAction(m_clearAction);
    menu.exec(m_view->viewport()->mapToGlobal(pos));
}

void ActivityLogPane::saveState(QSettings &settings) const
{
    saveHeader(settings, QStringLiteral("header"), m_view->horizontalHeader());
    settings.setValue(QStringLiteral("errorsOnly"), m_errorsOnly->isChecked());
    settings.setValue(QStringLiteral("follow"), m_followAction->isChecked());
}

void ActivityLogPane::restoreState(QSettings &settings)
{
    restoreHeader(settings, QStringLiteral("header"), m_view->horizontalHeader());
    m_errorsOnly->setChecked(settings.value(QStringLiteral("errorsOnly"), false).toBool());
    m_followAction->setChecked(settings.value(QStringLiteral("follow"), true).toBool());
}

void ActivityLogPane::retranslate()
{
    m_filter->setPlaceholderText(tr("Filter by action, error code, RequestId… (Ctrl+F)"));
    m_serviceLabel->setText(tr("S&ervice:"));
    m_service->setItemText(0, tr("All services"));
    m_service->setItemText(1, tr("Agent Identity (id)"));
    m_service->setItemText(2, tr("Cloud Identity (cloudidentity)"));
    m_service->setItemText(3, tr("CloudSSO (cloudsso)"));
    m_errorsOnly->setText(tr("&Errors only"));
    m_followAction->setText(tr("Follow"));
    m_followAction->setToolTip(tr("Scroll to new requests as they arrive"));
    m_clearAction->setText(tr("Clear"));
    m_copyRequestIdAction->setText(tr("Copy RequestId"));
    m_model->retranslate();
    updateSummary();
    retranslateAccessibility();
}

// What a screen reader announces (AT-SPI). Toolbar buttons are named by their actions' texts, the service
// filter by its buddy label.
void ActivityLogPane::retranslateAccessibility()
{
    m_filter->setAccessibleName(tr("Filter the activity log"));
    AccessibleText::nameEditActions(m_filter, m_filter->accessibleName());   // its search icon
    m_filter->setAccessibleDescription(
        tr("Filters the requests of this session by action, error code or RequestId as you type (Ctrl+F)"));
    m_view->setAccessibleName(paneTitle());
    AccessibleText::describeRows(m_view);
}
