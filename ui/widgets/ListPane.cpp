// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/ListPane.h"

#include "models/CsvWriter.h"
#include "widgets/PaneStateWidget.h"
#include "widgets/Prompter.h"
#include <QAbstractProxyModel>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QEvent>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QMenu>
#include <QSettings>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QTreeView>

namespace {
// The export options of a view: the visible columns in visual order (or every column), the spec's roles.
CsvWriter::Options exportOptions(const QAbstractItemView *view, const ListPane::ExportSpec &spec)
{
    CsvWriter::Options options;
    options.role = spec.role;
    options.headerRole = spec.headerRole;
    const QHeaderView *header = ListPane::headerOfView(view);
    if (!header || spec.allColumns)
        return options;
    for (int visual = 0; visual < header->count(); ++visual) {
        const int logical = header->logicalIndex(visual);
        if (!header->isSectionHidden(logical))
            options.columns << logical;
    }
    return options;
}
}

ListPane::ListPane(QWidget *parent)
    : Pane(parent)
{
}

QHeaderView *ListPane::headerOfView(const QAbstractItemView *view)
{
    if (const auto *table = qobject_cast<const QTableView *>(view))
        return table->horizontalHeader();
    if (const auto *tree = qobject_cast<const QTreeView *>(view))
        return tree->header();
    return nullptr;
}

QByteArray ListPane::viewCsv(const QAbstractItemView *view)
{
    return viewCsv(view, ExportSpec());
}

bool ListPane::exportView(const QAbstractItemView *view, const QString &fileName, QString *error)
{
    return exportView(view, fileName, error, ExportSpec());
}

QByteArray ListPane::viewCsv(const QAbstractItemView *view, const ExportSpec &spec)
{
    return CsvWriter::toCsv(view->model(), exportOptions(view, spec));
}

bool ListPane::exportView(const QAbstractItemView *view, const QString &fileName, QString *error,
                          const ExportSpec &spec)
{
    return CsvWriter::writeFile(view->model(), fileName, exportOptions(view, spec), error);
}

QByteArray ListPane::listCsv() const
{
    return m_listView ? viewCsv(m_listView, m_exportSpec) : QByteArray();
}

bool ListPane::exportCsv(const QString &fileName, QString *error)
{
    if (!m_listView) {
        if (error)
            *error = tr("This list cannot be exported.");
        return false;
    }
    return exportView(m_listView, fileName, error, m_exportSpec);
}

void ListPane::copyToClipboard(const QStringList &values, const QString &what)
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

QString ListPane::idNoun() const
{
    return tr("ID(s)");
}

void ListPane::copySelection()
{
    if (!m_listView || m_idRole < 0)
        return;
    copyToClipboard(selectedData(m_listView, m_idRole), idNoun());
}

ListPane::DeleteRequest ListPane::describeDelete()
{
    return {};
}

void ListPane::deleteSelection()
{
    runDeleteRequest(describeDelete());
}

void ListPane::runDeleteRequest(const DeleteRequest &request)
{
    if (!request.run)
        return;
    Prompter *prompter = Prompter::instance();
    const bool confirmed = request.typeToConfirm.isEmpty()
                               ? prompter->confirm(this, request.title, request.text,
                                                   request.acceptText.isEmpty() ? tr("Delete") : request.acceptText)
                               : prompter->confirmByTyping(this, request.title, request.text, request.typeToConfirm);
    if (confirmed)
        request.run();
}

void ListPane::saveHeader(QSettings &settings, const QString &key, const QHeaderView *header)
{
    settings.setValue(key, header->saveState());
}

void ListPane::restoreHeader(QSettings &settings, const QString &key, QHeaderView *header)
{
    const QByteArray state = settings.value(key).toByteArray();
    if (!state.isEmpty())
        header->restoreState(state);
}

void ListPane::saveSplitter(QSettings &settings, const QString &key, const QSplitter *splitter)
{
    settings.setValue(key, splitter->saveState());
}

void ListPane::restoreSplitter(QSettings &settings, const QString &key, QSplitter *splitter)
{
    const QByteArray state = settings.value(key).toByteArray();
    if (!state.isEmpty())
        splitter->restoreState(state);
}

void ListPane::setupTable(QTableView *view)
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

void ListPane::enableColumnChooser(QHeaderView *header, int fixedColumn)
{
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(header, &QHeaderView::customContextMenuRequested, this, [this, header, fixedColumn](const QPoint &pos) {
        QMenu menu(this);
        const QAbstractItemModel *model = header->model();
        for (int c = 0; model && c < model->columnCount(); ++c) {
            QAction *a = menu.addAction(model->headerData(c, Qt::Horizontal).toString());
            a->setCheckable(true);
            a->setChecked(!header->isSectionHidden(c));
            a->setEnabled(c != fixedColumn);
            connect(a, &QAction::toggled, header, [header, c](bool on) { header->setSectionHidden(c, !on); });
        }
        menu.exec(header->viewport()->mapToGlobal(pos));
    });
}

QList<int> ListPane::selectedRows(const QAbstractItemView *view)
{
    QList<int> rows;
    if (!view->selectionModel())
        return rows;
    for (const QModelIndex &i : view->selectionModel()->selectedRows())
        rows << i.row();
    std::sort(rows.begin(), rows.end());
    return rows;
}

QStringList ListPane::selectedData(const QAbstractItemView *view, int role)
{
    QStringList values;
    if (!view->selectionModel())
        return values;
    for (const QModelIndex &i : view->selectionModel()->selectedRows())
        values << i.data(role).toString();
    return values;
}

bool ListPane::selectSourceRows(QAbstractItemView *view, const QAbstractProxyModel *proxy, const QList<int> &sourceRows,
                                SelectFocus focus)
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

void ListPane::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateBase();
        retranslate();
    }
    Pane::changeEvent(event);
}

void ListPane::retranslateBase()
{
    const QString title = paneTitle();
    if (m_toolbar)
        m_toolbar->setAccessibleName(tr("%1 toolbar").arg(title));
    if (m_searchEdit)
        m_searchEdit->setAccessibleName(tr("Search %1").arg(title));
    if (m_listView)
        m_listView->setAccessibleName(tr("%1 list").arg(title));
    if (m_listState)
        m_listState->setAccessibleName(tr("%1 list state").arg(title));
}

QAction *ListPane::action(const QString &name) const
{
    return findChild<QAction *>(name);
}

QToolBar *ListPane::createToolBar(const QString &objectName)
{
    auto *toolbar = new QToolBar(this);
    if (!objectName.isEmpty())
        toolbar->setObjectName(objectName);
    toolbar->setIconSize(QSize(16, 16));
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    if (!m_toolbar)
        m_toolbar = toolbar;
    retranslateBase();
    return toolbar;
}

QAction *ListPane::makeAction(const QString &name, const QString &icon)
{
    auto *a = new QAction(QIcon(icon.isEmpty() ? QString() : QStringLiteral(":/icons/%1.svg").arg(icon)), QString(), this);
    a->setObjectName(name);
    return a;
}

QLineEdit *ListPane::addSearchEdit(QToolBar *toolbar, const QString &objectName,
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
        if (instantFilter)
            instantFilter(text);   // instant on the loaded rows
        m_searchTimer->start();    // the server-side search follows, debounced
    });
    connect(m_searchTimer, &QTimer::timeout, this, [this] { applySearch(); });
    retranslateBase();
    return m_searchEdit;
}

void ListPane::cancelPendingSearch()
{
    if (m_searchTimer)
        m_searchTimer->stop();
}

void ListPane::focusFilter()
{
    if (!m_searchEdit)
        return;
    m_searchEdit->setFocus(Qt::ShortcutFocusReason);
    m_searchEdit->selectAll();
}

PaneStateWidget *ListPane::createStateWidget(QWidget *content)
{
    m_listState = new PaneStateWidget(content, this);
    retranslateBase();
    return m_listState;
}

void ListPane::setListView(QAbstractItemView *view, int idRole)
{
    m_listView = view;
    m_idRole = idRole;
    retranslateBase();
}
