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
