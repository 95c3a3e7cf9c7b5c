// SPDX-License-Identifier: GPL-3.0-or-later
#include "DirectoryPane.h"

#include "CsvWriter.h"
#include "DirectoryBackend.h"
#include "DirectorySelector.h"
#include "Session.h"
#include <QApplication>
#include <QClipboard>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QSettings>
#include <QTableView>

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
    CsvWriter::Options options;
    const QHeaderView *header = view->horizontalHeader();
    for (int visual = 0; visual < header->count(); ++visual) {
        const int logical = header->logicalIndex(visual);
        if (!header->isSectionHidden(logical))
            options.columns << logical;
    }
    return CsvWriter::toCsv(view->model(), options);
}

bool DirectoryPane::exportView(const QTableView *view, const QString &fileName, QString *error)
{
    CsvWriter::Options options;
    const QHeaderView *header = view->horizontalHeader();
    for (int visual = 0; visual < header->count(); ++visual) {
        const int logical = header->logicalIndex(visual);
        if (!header->isSectionHidden(logical))
            options.columns << logical;
    }
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
