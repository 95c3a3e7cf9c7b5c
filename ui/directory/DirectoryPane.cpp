// SPDX-License-Identifier: GPL-3.0-or-later
#include "directory/DirectoryPane.h"

#include "models/CsvWriter.h"
#include "cloud/DirectoryBackend.h"
#include "directory/DirectorySelector.h"
#include "cloud/Session.h"
#include <QAbstractProxyModel>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDialog>
#include <QEvent>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QSettings>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

namespace {
// The visible columns of a view in visual order.
CsvWriter::Options visibleColumns(const QTableView *view)
{
    CsvWriter::Options options;
    const QHeaderView *header = view->horizontalHeader();
    for (int visual = 0; visual < header->count(); ++visual) {
        const int logical = header->logicalIndex(visual);
        if (!header->isSectionHidden(logical))
            options.columns << logical;
    }
    return options;
}
}

DirectoryPane::DirectoryPane(QWidget *parent)
    : Pane(parent)
{
    m_selector = new DirectorySelector(this);
    m_selector->setObjectName(QStringLiteral("directorySelector"));
}

bool DirectoryPane::supports(const Session *session, QString *reason) const
{
    if (!session) {
        if (reason)
            *reason = tr("Connect a profile first.");
        return false;
    }
    if (session->hasService(Service::CloudIdentity) || session->hasService(Service::CloudSso))
        return true;
    if (reason)
        *reason = tr("This profile has neither Volcengine Cloud Identity nor Alibaba Cloud CloudSSO.");
    return false;
}

void DirectoryPane::setSession(Session *session)
{
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    Pane::setSession(session);
    delete m_backend;
    m_backend = nullptr;
    if (session && supports(session, nullptr))
        m_backend = DirectoryBackend::create(session, this);
    m_selector->setBackend(session, m_backend);
    if (session)
        connect(session, &Session::directoryChanged, this, &DirectoryPane::onDirectoryChanged);
    backendChanged();
    m_needsLoad = m_backend != nullptr;
    if (m_needsLoad && isVisible())
        requestLoad();
}

bool DirectoryPane::directoryReady() const
{
    if (!m_backend || !m_session)
        return false;
    return !m_selector->isNeeded() || !m_session->directoryId().isEmpty();
}

void DirectoryPane::requestLoad()
{
    m_needsLoad = false;
    if (!m_backend)
        return;
    m_selector->load();
    load();
}

void DirectoryPane::refresh()
{
    if (m_selector->isNeeded() && m_selector->isLoaded() && m_selector->lastError().isError())
        m_selector->reload();
    requestLoad();
}

void DirectoryPane::onDirectoryChanged()
{
    if (isVisible())
        requestLoad();
    else
        m_needsLoad = true;
}

void DirectoryPane::showEvent(QShowEvent *event)
{
    Pane::showEvent(event);
    if (m_needsLoad)
        requestLoad();
}

QByteArray DirectoryPane::viewCsv(const QTableView *view)
{
    const CsvWriter::Options options = visibleColumns(view);
    return CsvWriter::toCsv(view->model(), options);
}

bool DirectoryPane::exportView(const QTableView *view, const QString &fileName, QString *error)
{
    const CsvWriter::Options options = visibleColumns(view);
    return CsvWriter::writeFile(view->model(), fileName, options, error);
}

QString DirectoryPane::errorText(const ApiError &error)
{
    QStringList extra;
    if (!error.code.isEmpty())
        extra << error.code;
    if (!error.requestId.isEmpty())
        extra << tr("RequestId %1").arg(error.requestId);
    const QString text = error.localizedMessage();
    return extra.isEmpty() ? text : QStringLiteral("%1 (%2)").arg(text, extra.join(QStringLiteral(", ")));
}

void DirectoryPane::copyToClipboard(const QStringList &values, const QString &what)
{
    QStringList nonEmpty;
    for (const QString &v : values)
        if (!v.isEmpty())
            nonEmpty << v;
    if (nonEmpty.isEmpty())
        return;
    QApplication::clipboard()->setText(nonEmpty.join(QLatin1Char('\n')));
    emit statusMessage(tr("Copied %n %1.", nullptr, int(nonEmpty.size())).arg(what));
}

void DirectoryPane::saveHeader(QSettings &settings, const QString &key, const QHeaderView *header)
{
    settings.setValue(key, header->saveState());
}

void DirectoryPane::restoreHeader(QSettings &settings, const QString &key, QHeaderView *header)
{
    const QByteArray state = settings.value(key).toByteArray();
    if (!state.isEmpty())
        header->restoreState(state);
}

void DirectoryPane::setupTable(QTableView *view)
{
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    view->setSortingEnabled(true);
    view->setAlternatingRowColors(true);
    view->setWordWrap(false);
    view->setContextMenuPolicy(Qt::CustomContextMenu);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setTabKeyNavigation(false);   // Tab leaves the table (arrows move between cells), no keyboard trap
    view->verticalHeader()->hide();
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 8);
    view->horizontalHeader()->setSectionsMovable(true);
    view->horizontalHeader()->setHighlightSections(false);
    view->horizontalHeader()->setStretchLastSection(true);
    view->horizontalHeader()->setDefaultSectionSize(140);
    view->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
}

QList<int> DirectoryPane::selectedRows(const QAbstractItemView *view)
{
    QList<int> rows;
    if (!view->selectionModel())
        return rows;
    for (const QModelIndex &i : view->selectionModel()->selectedRows())
        rows << i.row();
    std::sort(rows.begin(), rows.end());
    return rows;
}

void DirectoryPane::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    Pane::changeEvent(event);
}

QAction *DirectoryPane::action(const QString &name) const
{
    return findChild<QAction *>(name);
}

QVBoxLayout *DirectoryPane::createPaneLayout()
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(m_selector);
    return layout;
}

QToolBar *DirectoryPane::createToolBar()
{
    auto *toolbar = new QToolBar(this);
    toolbar->setIconSize(QSize(16, 16));
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    return toolbar;
}

QAction *DirectoryPane::makeAction(const QString &name, const QString &icon)
{
    auto *a = new QAction(QIcon(icon.isEmpty() ? QString() : QStringLiteral(":/icons/%1.svg").arg(icon)), QString(), this);
    a->setObjectName(name);
    return a;
}

QLineEdit *DirectoryPane::addSearchEdit(QToolBar *toolbar, const QString &objectName,
                                        const std::function<void(const QString &)> &instantFilter)
{
    m_searchEdit = new QLineEdit(this);
    m_searchEdit->setObjectName(objectName);
    m_searchEdit->setClearButtonEnabled(true);
    m_searchEdit->addAction(QIcon(QStringLiteral(":/icons/search.svg")), QLineEdit::LeadingPosition);
    m_searchEdit->setMinimumWidth(220);
    toolbar->addWidget(m_searchEdit);
    m_searchTimer = new QTimer(this);
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(300);
    connect(m_searchEdit, &QLineEdit::textChanged, this, [this, instantFilter](const QString &text) {
        instantFilter(text);     // instant on the loaded rows
        m_searchTimer->start();  // the server-side search follows, debounced
    });
    connect(m_searchTimer, &QTimer::timeout, this, &DirectoryPane::applySearch);
    return m_searchEdit;
}

void DirectoryPane::cancelPendingSearch()
{
    if (m_searchTimer)
        m_searchTimer->stop();
}

void DirectoryPane::focusFilter()
{
    if (!m_searchEdit)
        return;
    m_searchEdit->setFocus(Qt::ShortcutFocusReason);
    m_searchEdit->selectAll();
}

bool DirectoryPane::canOpenDialog() const
{
    return directoryReady() && !(m_dialog && m_dialog->isVisible());
}

void DirectoryPane::openDialog(QDialog *dialog)
{
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_dialog = dialog;
    dialog->open();
}

void DirectoryPane::discardDialog()
{
    if (m_dialog)
        m_dialog->deleteLater();
}

void DirectoryPane::reportSaved(const QString &requestId, const QString &message)
{
    if (!requestId.isEmpty())
        emit requestIdSeen(requestId);
    emit statusMessage(message);
}

void DirectoryPane::saveSplitter(QSettings &settings, const QString &key, const QSplitter *splitter)
{
    settings.setValue(key, splitter->saveState());
}

void DirectoryPane::restoreSplitter(QSettings &settings, const QString &key, QSplitter *splitter)
{
    const QByteArray state = settings.value(key).toByteArray();
    if (!state.isEmpty())
        splitter->restoreState(state);
}

QStringList DirectoryPane::selectedData(const QAbstractItemView *view, int role)
{
    QStringList values;
    if (!view->selectionModel())
        return values;
    for (const QModelIndex &i : view->selectionModel()->selectedRows())
        values << i.data(role).toString();
    return values;
}

bool DirectoryPane::selectSourceRows(QAbstractItemView *view, const QAbstractProxyModel *proxy,
                                     const QList<int> &sourceRows, SelectFocus focus)
{
    view->selectionModel()->clearSelection();
    QModelIndex first;
    bool all = true;
    for (const int row : sourceRows) {
        const QModelIndex i = proxy->mapFromSource(proxy->sourceModel()->index(row, 0));
        if (!i.isValid()) {
            all = false;
            continue;
        }
        if (!first.isValid())
            first = i;
        view->selectionModel()->select(i, QItemSelectionModel::Select | QItemSelectionModel::Rows);
    }
    if (first.isValid() && focus != SelectFocus::None) {
        view->selectionModel()->setCurrentIndex(first, QItemSelectionModel::NoUpdate);
        if (focus == SelectFocus::CurrentAndScroll)
            view->scrollTo(first);
    }
    return all && first.isValid();
}

BulkProgressDialog *DirectoryPane::startBulk(const QString &title, const QStringList &labels)
{
    auto *dialog = new BulkProgressDialog(title, labels, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_bulk = dialog;
    dialog->open();
    return dialog;
}

void DirectoryPane::abandonBulk()
{
    if (m_bulk)
        m_bulk->abandon();
}

BulkProgressDialog *DirectoryPane::runBulk(const QString &title, const QStringList &labels,
                                           const BulkOperation &operation, int concurrency)
{
    BulkProgressDialog *dialog = startBulk(title, labels);
    dialog->run(operation, m_backend.data(), concurrency);
    return dialog;
}
