// SPDX-License-Identifier: GPL-3.0-or-later
#include "directory/DirectoryPane.h"

#include <QPointer>

#include "models/CsvWriter.h"
#include "cloud/DirectoryBackend.h"
#include "directory/DirectorySelector.h"
#include "cloud/Session.h"
#include "cloud/BulkOperation.h"
#include "models/PagedTableModel.h"
#include "widgets/DetailView.h"
#include "widgets/PaneStateWidget.h"
#include "widgets/Prompter.h"
#include <QAbstractProxyModel>
#include <QLabel>
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

DirectoryPane::DirectoryPane(QWidget *parent)
    : ListPane(parent)
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
    if (m_backend != m_backendOverride)
        delete m_backend;
    m_backend = nullptr;
    if (session && supports(session, nullptr))
        m_backend = m_backendOverride ? m_backendOverride.data() : DirectoryBackend::create(session, this);
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
    ListPane::showEvent(event);
    if (m_needsLoad)
        requestLoad();
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

QVBoxLayout *DirectoryPane::createPaneLayout()
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(m_selector);
    return layout;
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

DetailView *DirectoryPane::createDetailView(const QString &objectName)
{
    auto *detail = new DetailView(this);
    detail->setObjectName(objectName);
    connect(detail, &DetailView::copied, this, [this](const QString &) { emit statusMessage(tr("Copied.")); });
    return detail;
}

QSplitter *DirectoryPane::createListDetailSplitter(QWidget *list, QWidget *detail)
{
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(list);
    splitter->addWidget(detail);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);
    splitter->setSizes({860, 420});
    return splitter;
}

QLabel *DirectoryPane::createSummaryLabel(const QString &objectName)
{
    auto *summary = new QLabel(this);
    summary->setObjectName(objectName);
    summary->setContentsMargins(6, 0, 6, 4);
    return summary;
}

void DirectoryPane::watchListModel(PagedTableModel *model, const std::function<void()> &update)
{
    connect(model, &PagedTableModel::loadingChanged, this, update);
    connect(model, &PagedTableModel::pageLoaded, this, update);
    connect(model, &PagedTableModel::loadFailed, this, [this, update](const ApiError &e) {
        update();
        if (!e.requestId.isEmpty())
            emit requestIdSeen(e.requestId);
    });
    connect(model, &QAbstractItemModel::modelReset, this, update);
    connect(model, &QAbstractItemModel::rowsInserted, this, update);
    connect(model, &QAbstractItemModel::rowsRemoved, this, update);
    connect(m_selector, &DirectorySelector::loaded, this, update);
}

bool DirectoryPane::showDirectoryState(PaneStateWidget *state, QLabel *summary, const QString &connectText)
{
    if (!m_backend) {
        state->showEmpty(m_session ? tr("This profile has no directory service.") : connectText);
    } else if (!directoryReady()) {
        if (m_selector->isLoaded() && m_selector->lastError().isError())
            state->showError(m_selector->lastError());
        else if (m_selector->isLoaded() && m_selector->directories().isEmpty())
            state->showEmpty(tr("This account has no CloudSSO directory."));
        else
            state->showBusy(tr("Loading directories…"));
    } else {
        return false;
    }
    summary->clear();
    return true;
}

void DirectoryPane::showRowsState(PaneStateWidget *state, const PagedTableModel *model, const QString &busyText,
                                  const QString &emptyText, const QString &emptyAction)
{
    if (model->rowCount() > 0)
        state->showContent();
    else if (model->lastError().isError())
        state->showError(model->lastError());
    else if (model->isLoading() || !model->hasAnswered())
        state->showBusy(busyText);
    else
        state->showEmpty(emptyText, emptyAction);
}

QString DirectoryPane::summarySuffix(const PagedTableModel *model)
{
    QString text;
    if (model->isLoading())
        text += QLatin1Char(' ') + tr("Loading more…");
    if (model->lastError().isError())
        text += QLatin1Char(' ') + tr("Could not load every page: %1").arg(errorText(model->lastError()));
    return text;
}

QString DirectoryPane::nameList(const QStringList &names)
{
    QStringList shown = names.mid(0, 10);
    if (names.size() > 10)
        shown << tr("… and %n more", nullptr, int(names.size()) - 10);
    return shown.join(QLatin1Char('\n'));
}

void DirectoryPane::runSingleDelete(const SingleDelete &request, const std::function<void(DeleteOutcome)> &then)
{
    request.call(this, [this, request, then](const WriteResult &r) {
        if (!r.requestId.isEmpty())
            emit requestIdSeen(r.requestId);
        DeleteOutcome outcome = DeleteOutcome::Deleted;
        if (r.ok()) {
            request.removeRow();
            emit statusMessage(request.deletedMessage);
        } else if (r.error.kind == ApiError::Kind::Cancelled) {
            outcome = DeleteOutcome::Cancelled;
        } else if (r.error.isNotFound(request.resource, request.id)) {
            request.removeRow();   // gone already
            emit statusMessage(request.goneMessage);
            outcome = DeleteOutcome::Gone;
        } else {
            outcome = DeleteOutcome::Failed;
            if (request.explainFailure) {
                QPointer<DirectoryPane> self = this;
                const auto finished = [self, then] {
                    if (!self)
                        return;
                    if (then)
                        then(DeleteOutcome::Failed);
                    else
                        emit self->writeFinished(false);
                };
                if (request.explainFailure(r.error, finished))
                    return;
            }
            Prompter::instance()->warn(this, request.warnTitle, request.failureText(r.error));
        }
        if (then)
            then(outcome);
        else if (outcome != DeleteOutcome::Cancelled)
            emit writeFinished(outcome == DeleteOutcome::Deleted);
    });
}

void DirectoryPane::runBulkDelete(const QString &title, const QStringList &labels, const BulkOperation &operation,
                                  const std::function<void(const QString &)> &removeRow,
                                  const std::function<QString(const BulkSummary &)> &status)
{
    BulkProgressDialog *dialog = runBulk(title, labels, operation);
    connect(dialog, &BulkProgressDialog::batchFinished, this, [this, removeRow, status](const BulkSummary &s) {
        for (const QString &id : s.appliedIds())   // deleted now, or already gone
            removeRow(id);
        emit statusMessage(status(s));
        emit writeFinished(s.failed == 0);
    });
}
