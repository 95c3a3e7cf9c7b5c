// SPDX-License-Identifier: GPL-3.0-or-later
#include "directory/MemberPickerDialog.h"

#include "widgets/AccessibleText.h"
#include "cloud/DirectoryBackend.h"
#include "directory/DirectoryPane.h"
#include "models/UserListModel.h"
#include <QDialogButtonBox>
#include <QEvent>
#include <QHeaderView>
#include <QIdentityProxyModel>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTimer>
#include <QHBoxLayout>
#include <QVBoxLayout>

namespace {
// Greys out (and makes unselectable) the users who are members already.
class ExistingMembersProxy : public QIdentityProxyModel
{
public:
    ExistingMembersProxy(const QSet<QString> &existing, QObject *parent)
        : QIdentityProxyModel(parent), m_existing(existing) {}
    Qt::ItemFlags flags(const QModelIndex &index) const override
    {
        Qt::ItemFlags f = QIdentityProxyModel::flags(index);
        if (m_existing.contains(index.data(UserListModel::IdRole).toString()))
            f &= ~(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        return f;
    }
    QVariant data(const QModelIndex &index, int role) const override
    {
        if (role == Qt::ToolTipRole && m_existing.contains(index.data(UserListModel::IdRole).toString()))
            return MemberPickerDialog::tr("Already a member of this group");
        return QIdentityProxyModel::data(index, role);
    }

private:
    QSet<QString> m_existing;
};
}

MemberPickerDialog::MemberPickerDialog(DirectoryBackend *backend, const QString &groupName,
                                       const QSet<QString> &existingMembers, QWidget *parent)
    : QDialog(parent), m_backend(backend), m_groupName(groupName), m_existing(existingMembers)
{
    setObjectName(QStringLiteral("memberPickerDialog"));
    resize(640, 460);
    auto *layout = new QVBoxLayout(this);
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    layout->addWidget(m_intro);
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("memberSearch"));
    m_search->setClearButtonEnabled(true);
    m_search->addAction(QIcon(QStringLiteral(":/icons/search.svg")), QLineEdit::LeadingPosition);
    layout->addWidget(m_search);
    m_model = new UserListModel(this);
    m_model->setBackend(backend);
    auto *proxy = new ExistingMembersProxy(m_existing, this);
    proxy->setSourceModel(m_model);
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("memberPickerView"));
    m_view->setModel(proxy);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setTabKeyNavigation(false);   // Tab leaves the table (arrows move between cells)
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setAlternatingRowColors(true);
    for (int c = 0; c < UserListModel::ColumnCount; ++c) {
        const bool shown = c == UserListModel::UserName || c == UserListModel::DisplayName || c == UserListModel::Email
                           || c == UserListModel::UserId;
        m_view->setColumnHidden(c, !shown);
    }
    m_view->setColumnWidth(UserListModel::UserName, 160);
    m_view->setColumnWidth(UserListModel::DisplayName, 140);
    m_view->setColumnWidth(UserListModel::Email, 180);
    layout->addWidget(m_view, 1);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("pickerStatus"));
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_loadMore = new QPushButton(this);
    m_loadMore->setObjectName(QStringLiteral("loadMoreButton"));
    m_loadMore->hide();
    auto *statusRow = new QHBoxLayout;
    statusRow->addWidget(m_status, 1);
    statusRow->addWidget(m_loadMore);
    layout->addLayout(statusRow);
    connect(m_loadMore, &QPushButton::clicked, this, &MemberPickerDialog::loadMore);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_add = m_buttons->button(QDialogButtonBox::Ok);
    m_add->setEnabled(false);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_view, &QTableView::doubleClicked, this, [this](const QModelIndex &i) {
        if (i.flags() & Qt::ItemIsEnabled)
            accept();
    });

    m_debounce = new QTimer(this);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(300);
    connect(m_search, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_debounce, &QTimer::timeout, this, &MemberPickerDialog::applySearch);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &MemberPickerDialog::updateState);
    connect(m_model, &PagedTableModel::loadingChanged, this, &MemberPickerDialog::updateState);
    connect(m_model, &PagedTableModel::pageLoaded, this, &MemberPickerDialog::updateState);
    connect(m_model, &PagedTableModel::loadFailed, this, &MemberPickerDialog::updateState);
    connect(m_model, &QAbstractItemModel::modelReset, this, &MemberPickerDialog::updateState);
    retranslate();
    m_model->reload();
    m_search->setFocus();
}

void MemberPickerDialog::applySearch()
{
    m_debounce->stop();
    DirectoryBackend::UserQuery q;
    q.search = m_search->text().trimmed();
    if (q.search == m_model->query().search && m_model->hasAnswered())
        return;
    m_model->setQuery(q);
}

bool MemberPickerDialog::loadMore()
{
    if (!m_model->hasAnswered() || m_model->isLoading() || !m_model->canFetchMore())
        return false;
    m_model->fetchMore();
    updateState();
    return true;
}

bool MemberPickerDialog::selectUser(const QString &userId)
{
    const int row = m_model->rowOfId(userId);
    if (row < 0)
        return false;
    const QModelIndex i = m_view->model()->index(row, 0);
    if (!(i.flags() & Qt::ItemIsSelectable))
        return false;
    m_view->selectionModel()->select(i, QItemSelectionModel::Select | QItemSelectionModel::Rows);
    return true;
}

QList<DirectoryUser> MemberPickerDialog::selectedUsers() const
{
    QList<DirectoryUser> users;
    for (const QModelIndex &i : m_view->selectionModel()->selectedRows()) {
        const DirectoryUser u = m_model->user(i.row());
        if (!u.id.isEmpty() && !m_existing.contains(u.id))
            users << u;
    }
    return users;
}

void MemberPickerDialog::updateState()
{
    const int n = int(selectedUsers().size());
    m_add->setEnabled(n > 0);
    m_add->setText(n > 1 ? tr("Add %n users", nullptr, n) : tr("Add"));
    if (m_model->isLoading() && m_model->rowCount() == 0)
        m_status->setText(tr("Searching…"));
    else if (m_model->lastError().isError())
        m_status->setText(DirectoryPane::errorText(m_model->lastError()));
    else if (m_model->hasAnswered() && m_model->rowCount() == 0)
        m_status->setText(tr("No user matches."));
    else if (m_model->hasMore())
        m_status->setText(tr("%1 users shown; scroll for more.").arg(m_model->rowCount()));
    else
        m_status->setText(tr("%n user(s).", nullptr, m_model->rowCount()));
    const bool more = m_model->hasAnswered() && m_model->hasMore() && !m_model->lastError().isError();
    m_loadMore->setVisible(more);
    m_loadMore->setEnabled(more && !m_model->isLoading());
}

void MemberPickerDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        // The button box re-labels its standard buttons after this (children get the event after their
        // parent), turning "Add" back into "OK": label them again once it has.
        QMetaObject::invokeMethod(this, &MemberPickerDialog::updateState, Qt::QueuedConnection);
        m_model->retranslate();
    }
    QDialog::changeEvent(event);
}

void MemberPickerDialog::retranslate()
{
    setWindowTitle(tr("Add members"));
    m_intro->setText(tr("Choose the users to add to %1.").arg(m_groupName));
    const bool prefix = m_backend && m_backend->serviceName() == QLatin1String("cloudsso");
    m_search->setPlaceholderText(prefix ? tr("User names starting with…") : tr("Search users…"));
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    // What a screen reader announces: the search runs on the server, the table lists what it found.
    m_search->setAccessibleName(tr("Search users"));
    AccessibleText::nameEditActions(m_search, m_search->accessibleName());   // its search icon
    m_search->setAccessibleDescription(prefix ? tr("Searches the directory on the server for user names that start "
                                                   "with the text")
                                              : tr("Searches the whole directory on the server"));
    m_view->setAccessibleName(tr("Users to add"));
    m_loadMore->setText(tr("Load more"));
    m_loadMore->setAccessibleName(tr("Load more users"));
    m_loadMore->setToolTip(tr("Load the next page of users from the server"));
    AccessibleText::describeRows(m_view);
    updateState();
}
