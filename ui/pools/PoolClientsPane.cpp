// SPDX-License-Identifier: GPL-3.0-or-later
#include "pools/PoolClientsPane.h"

#include "cloud/PoolDirectoryService.h"
#include "models/DirectoryLabels.h"
#include "models/RecordFilterProxy.h"
#include "pools/PoolClientDialog.h"
#include "widgets/DetailView.h"
#include "widgets/Prompter.h"
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QHBoxLayout>
#include <QVBoxLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>

using Columns = PoolClientColumns;

PoolClientsPane::PoolClientsPane(QWidget *parent)
    : PoolObjectsPane(QStringLiteral("poolClients"), parent)
{
    setObjectName(QStringLiteral("PoolClientsPane"));
    m_secretOwner = new QObject(this);
    m_model = Columns::createModel(this);
    buildUi(m_model);
    setColumnWidths({200, 170, 220, 260});
    view()->setColumnHidden(Columns::Updated, true);
    retranslate();
}

QIcon PoolClientsPane::paneIcon() const
{
    return QIcon(QStringLiteral(":/icons/settings.svg"));
}

PoolObjectsPane::Texts PoolClientsPane::texts() const
{
    Texts t;
    t.title = tr("Applications");
    t.nounPlural = tr("applications");
    t.emptyText = tr("This pool has no applications yet. An application (web site, single-page app, mobile app or "
                     "service) signs its users in through the pool.");
    t.idNoun = tr("client ID(s)");
    t.newText = tr("New application");
    t.newTip = tr("Create an application in this pool (Ctrl+N)");
    t.editTip = tr("Edit the selected application");
    t.deleteTip = tr("Delete the selected application (Delete)");
    t.copyIdText = tr("Copy client ID");
    return t;
}

QString PoolClientsPane::countText(int n) const
{
    return tr("%n application(s) in %1.", nullptr, n).arg(poolName());
}

void PoolClientsPane::loadList(const QString &poolUid, QObject *owner,
                               const std::function<void(const ApiResult &)> &done)
{
    directoryService()->listClients(poolUid, owner, [this, done](const QList<PoolClient> &clients, const ApiResult &r) {
        if (r.ok) {
            QVector<PoolClient> rows;
            rows.reserve(clients.size());
            for (PoolClient c : clients) {
                c.clientSecret.clear();   // lists carry none; never keep one in the model
                rows.append(c);
            }
            m_model->appendRecords(rows);
        }
        done(r);
    });
}

void PoolClientsPane::clearList()
{
    m_model->clear();
    m_detailUid.clear();
    m_detailClient = PoolClient();
    delete m_secretOwner;
    m_secretOwner = new QObject(this);
}

PoolClient PoolClientsPane::selectedClient() const
{
    const QStringList ids = selectedIds();
    return ids.size() == 1 ? m_model->recordById(ids.first()) : PoolClient();
}

void PoolClientsPane::renderDetail()
{
    DetailView *d = detailView();
    d->clear();
    const QStringList ids = selectedIds();
    if (ids.size() != 1) {
        m_detailUid.clear();
        d->setPlaceholder(ids.size() > 1 ? tr("%n applications selected.", nullptr, int(ids.size()))
                                         : tr("Select an application to see its settings."));
        return;
    }
    PoolClient c = m_model->recordById(ids.first());
    if (c.uid == m_detailUid && m_detailClient.isValid())
        c = m_detailClient;
    else if (c.uid != m_detailUid)
        fetchDetail(c.uid);
    auto yesNo = [this](std::optional<bool> v) { return !v ? tr("Unknown") : (*v ? tr("Yes") : tr("No")); };
    auto seconds = [this](std::optional<int> v) {
        return v ? tr("%n second(s)", nullptr, *v) : tr("Service default");
    };
    d->setTitle(c.name);
    d->addRow(tr("Type"), Columns::typeLabel(c.clientType), false);
    d->addRow(tr("Description"), c.description);
    d->addRow(tr("Client ID"), c.uid);
    d->addWidgetRow(tr("Client secret"), makeSecretRow());
    d->addRow(tr("Logo URL"), c.logoUri);
    if (!c.complete) {
        d->addSection(tr("Loading every setting…"));
        return;
    }
    d->addRow(tr("Login page"), c.loginPageUrl);
    d->addSection(tr("URLs"));
    d->addRow(tr("Callback URLs"), c.allowedCallbackUrls.join(QLatin1Char('\n')));
    d->addRow(tr("Sign-out URLs"), c.allowedLogoutUrls.join(QLatin1Char('\n')));
    d->addRow(tr("Web origins"), c.allowedWebOrigins.join(QLatin1Char('\n')));
    d->addRow(tr("CORS origins"), c.allowedCors.join(QLatin1Char('\n')));
    d->addSection(tr("Tokens"));
    d->addRow(tr("ID token lifetime"), seconds(c.idTokenLifetimeSeconds), false);
    d->addRow(tr("Refresh token rotation"), yesNo(c.refreshToken.rotation), false);
    d->addRow(tr("Refresh token idle lifetime"),
              c.refreshToken.hasIdleLifetime.value_or(false) ? seconds(c.refreshToken.idleLifetimeSeconds) : tr("None"),
              false);
    d->addRow(tr("Refresh token absolute lifetime"),
              c.refreshToken.hasCombinedLifetime.value_or(false) ? seconds(c.refreshToken.combinedLifetimeSeconds)
                                                                 : tr("None"),
              false);
    d->addSection(tr("Options"));
    d->addRow(tr("Development mode"), yesNo(c.developmentModeEnabled), false);
    if (c.deviceFlowEnabled)
        d->addRow(tr("Device authorization flow"), yesNo(c.deviceFlowEnabled), false);
    d->addRow(tr("Skip the pool's login page"), yesNo(c.dismissLoginPageEnabled), false);
    d->addRow(tr("Skip the consent page"), yesNo(c.skipConsentEnabled), false);
    d->addSection(tr("Application"));
    d->addRow(tr("Created"), DirectoryLabels::time(Columns::parseTime(c.createTime)), false);
    d->addRow(tr("Updated"), DirectoryLabels::time(Columns::parseTime(c.updateTime)), false);
}

QWidget *PoolClientsPane::makeSecretRow()
{
    // The field on its own line, the buttons under it: the detail column is narrow.
    auto *row = new QWidget;
    auto *v = new QVBoxLayout(row);
    v->setContentsMargins(0, 0, 0, 0);
    v->setSpacing(2);
    auto *h = new QHBoxLayout;
    h->setContentsMargins(0, 0, 0, 0);
    m_secretEdit = new QLineEdit(row);
    m_secretEdit->setObjectName(QStringLiteral("clientSecretField"));
    m_secretEdit->setReadOnly(true);
    m_secretEdit->setEchoMode(QLineEdit::Password);
    m_secretEdit->setPlaceholderText(tr("Hidden"));
    m_secretEdit->setAccessibleName(tr("Client secret"));
    m_secretEdit->setFocusPolicy(Qt::ClickFocus);
    m_showSecret = new QPushButton(tr("Show secret"), row);
    m_showSecret->setObjectName(QStringLiteral("showSecretButton"));
    m_showSecret->setToolTip(tr("Read the client secret from the cloud and show it here"));
    m_showSecret->setAccessibleName(tr("Show secret"));
    m_copySecret = new QPushButton(tr("Copy secret"), row);
    m_copySecret->setObjectName(QStringLiteral("copySecretButton"));
    m_copySecret->setToolTip(tr("Read the client secret from the cloud and copy it to the clipboard"));
    m_copySecret->setAccessibleName(tr("Copy secret"));
    v->addWidget(m_secretEdit);
    h->addWidget(m_showSecret);
    h->addWidget(m_copySecret);
    h->addStretch();
    v->addLayout(h);
    connect(m_showSecret, &QPushButton::clicked, this, [this] {
        if (m_secretEdit && m_secretEdit->echoMode() == QLineEdit::Normal) {
            m_secretEdit->clear();   // hide again: the value is dropped, not just masked
            m_secretEdit->setEchoMode(QLineEdit::Password);
            m_showSecret->setText(tr("Show secret"));
            m_showSecret->setAccessibleName(tr("Show secret"));
            return;
        }
        revealSecret();
    });
    connect(m_copySecret, &QPushButton::clicked, this, &PoolClientsPane::copySecret);
    return row;
}

void PoolClientsPane::revealSecret()
{
    fetchSecret(false);
}

void PoolClientsPane::copySecret()
{
    fetchSecret(true);
}

void PoolClientsPane::fetchSecret(bool copy)
{
    const PoolClient c = selectedClient();
    if (!c.isValid() || !directoryService())
        return;
    delete m_secretOwner;
    m_secretOwner = new QObject(this);
    if (m_showSecret)
        m_showSecret->setEnabled(false);
    if (m_copySecret)
        m_copySecret->setEnabled(false);
    // A fresh GetUserPoolClient each time: the secret is kept nowhere but in the field that shows it.
    directoryService()->getClient(poolUid(), c.uid, m_secretOwner, [this, copy, uid = c.uid](const PoolClient &full,
                                                                                             const ApiResult &r) {
        noteResult(r);
        if (m_showSecret)
            m_showSecret->setEnabled(true);
        if (m_copySecret)
            m_copySecret->setEnabled(true);
        if (!r.ok || full.clientSecret.isEmpty() || selectedClient().uid != uid) {
            if (!r.ok && r.error.kind != ApiError::Kind::Cancelled)
                emit statusMessage(tr("Could not read the client secret: %1").arg(errorText(r.error)));
            else if (r.ok && full.clientSecret.isEmpty())
                emit statusMessage(tr("The cloud returned no client secret for this application."));
            emit secretFetched(false);
            return;
        }
        if (copy) {
            QApplication::clipboard()->setText(full.clientSecret);
            emit statusMessage(tr("Client secret copied. Paste it only where it is needed."));
        } else if (m_secretEdit) {
            m_secretEdit->setText(full.clientSecret);
            m_secretEdit->setEchoMode(QLineEdit::Normal);
            m_secretEdit->setCursorPosition(0);
            m_showSecret->setText(tr("Hide secret"));
            m_showSecret->setAccessibleName(tr("Hide secret"));
        }
        emit secretFetched(true);
    });
}

void PoolClientsPane::fetchDetail(const QString &uid)
{
    m_detailUid = uid;
    m_detailClient = PoolClient();
    if (!directoryService())
        return;
    directoryService()->getClient(poolUid(), uid, detailOwner(), [this, uid](const PoolClient &full, const ApiResult &r) {
        if (uid != m_detailUid)
            return;
        noteResult(r);
        if (!r.ok) {
            if (r.error.isNotFound()) {
                m_model->removeRecord(uid);
                emit statusMessage(tr("The application %1 no longer exists.").arg(uid));
            } else if (r.error.kind != ApiError::Kind::Cancelled) {
                emit statusMessage(tr("Could not read the application: %1").arg(errorText(r.error)));
            }
            return;
        }
        PoolClient c = full;
        c.clientSecret.clear();
        m_detailClient = c;
        const int row = m_model->rowOfId(uid);
        if (row >= 0)
            m_model->replaceRecord(row, c);
        renderDetail();
    });
}

void PoolClientsPane::openCreateDialog()
{
    if (!canOpenDialog())
        return;
    auto *dialog = new PoolClientDialog(directoryService(), poolUid(), this);
    connect(dialog, &PoolClientDialog::clientSaved, this, [this](const PoolClient &c, const ApiResult &) {
        m_model->upsertRecord(c);
        recordSaved(c.uid, tr("Created application %1.").arg(c.name), true);
    });
    openDialog(dialog);
}

void PoolClientsPane::editSelected()
{
    const PoolClient c = selectedClient();
    if (!c.isValid() || !canOpenDialog())
        return;
    auto *dialog = new PoolClientDialog(directoryService(), poolUid(), c, this);
    connect(dialog, &PoolClientDialog::clientSaved, this, [this](const PoolClient &saved, const ApiResult &) {
        m_model->upsertRecord(saved);
        if (saved.uid == m_detailUid) {
            m_detailClient = saved.complete ? saved : PoolClient();
            if (!saved.complete)
                m_detailUid.clear();
        }
        renderDetail();
        recordSaved(saved.uid, tr("Saved application %1.").arg(saved.name), false);
    });
    openDialog(dialog);
}

ListPane::DeleteRequest PoolClientsPane::describeDelete()
{
    const PoolClient c = selectedClient();
    if (!c.isValid() || !directoryService())
        return {};
    return {tr("Delete application"),
            tr("Delete the application %1 (%2) from the pool %3?").arg(c.name, c.uid, poolName()) + QStringLiteral("\n\n")
                + tr("Its users can no longer sign in to it, and its client ID and secret stop working at once. "
                     "This cannot be undone."),
            tr("Delete"), QString(), [this, c] { deleteClient(c); }};
}

void PoolClientsPane::deleteClient(const PoolClient &c)
{
    if (!directoryService())
        return;
    directoryService()->deleteClient(poolUid(), c.uid, this, [this, c](const ApiResult &r) {
        finishDelete(r, [this, c] { m_model->removeRecord(c.uid); }, tr("Deleted application %1.").arg(c.name),
                     tr("The application %1 no longer exists.").arg(c.name), tr("Could not delete the application"),
                     tr("The application %1 was not deleted.").arg(c.name));
    });
}
