// SPDX-License-Identifier: GPL-3.0-or-later
#include "profiles/ProfileManagerDialog.h"

#include "widgets/AccessibleText.h"
#include "credentials/ConnectionTester.h"
#include "credentials/CredentialStore.h"
#include "credentials/MemoryCredentialStore.h"
#include "profiles/ProfileEditDialog.h"
#include "credentials/ProfileStore.h"
#include "widgets/Prompter.h"
#include "api/ServiceCatalog.h"

#include <QCloseEvent>
#include <QDialogButtonBox>
#include <QEvent>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeySequence>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QShortcut>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {
enum Column { NameColumn, ProviderColumn, RegionColumn, AccessKeyColumn, ColumnCount };
const char kGeometryKey[] = "ProfileManagerDialog/geometry";
const char kHeaderKey[] = "ProfileManagerDialog/header";
} // namespace

ProfileManagerDialog::ProfileManagerDialog(ProfileStore *profiles, CredentialStore *credentials,
                                           MemoryCredentialStore *sessionStore, QWidget *parent)
    : QDialog(parent), m_profiles(profiles), m_credentials(credentials), m_sessionStore(sessionStore),
      m_tester(new ConnectionTester(this))
{
    setObjectName(QStringLiteral("ProfileManagerDialog"));
    build();
    connect(m_tester, &ConnectionTester::finished, this, &ProfileManagerDialog::showTestResult);
    if (m_profiles)
        connect(m_profiles, &ProfileStore::profilesChanged, this, &ProfileManagerDialog::reload);
    if (m_credentials)
        connect(m_credentials, &CredentialStore::changed, this, [this](const QString &name) {
            if (name == currentProfileName())
                updateDetails();
        });
    reload();
    const QSettings settings;
    restoreGeometry(settings.value(QLatin1String(kGeometryKey)).toByteArray());
    m_list->header()->restoreState(settings.value(QLatin1String(kHeaderKey)).toByteArray());
}

ProfileManagerDialog::~ProfileManagerDialog()
{
    QSettings settings;
    settings.setValue(QLatin1String(kGeometryKey), saveGeometry());
    settings.setValue(QLatin1String(kHeaderKey), m_list->header()->saveState());
}

void ProfileManagerDialog::build()
{
    auto *layout = new QVBoxLayout(this);
    m_hint = new QLabel(this);
    m_hint->setWordWrap(true);
    layout->addWidget(m_hint);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    auto *left = new QWidget(splitter);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    m_list = new QTreeWidget(left);
    m_list->setObjectName(QStringLiteral("profileList"));
    m_list->setColumnCount(ColumnCount);
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setSortingEnabled(true);
    m_list->sortByColumn(NameColumn, Qt::AscendingOrder);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setAlternatingRowColors(true);
    m_list->header()->setStretchLastSection(true);
    leftLayout->addWidget(m_list, 1);
    auto *buttons = new QHBoxLayout;
    m_add = new QPushButton(left);
    m_add->setObjectName(QStringLiteral("addButton"));
    m_edit = new QPushButton(left);
    m_edit->setObjectName(QStringLiteral("editButton"));
    m_duplicate = new QPushButton(left);
    m_duplicate->setObjectName(QStringLiteral("duplicateButton"));
    m_delete = new QPushButton(left);
    m_delete->setObjectName(QStringLiteral("deleteButton"));
    for (QPushButton *b : {m_add, m_edit, m_duplicate, m_delete}) {
        b->setAutoDefault(false);
        buttons->addWidget(b);
    }
    buttons->addStretch(1);
    leftLayout->addLayout(buttons);

    auto *right = new QGroupBox(splitter);
    right->setObjectName(QStringLiteral("detailsBox"));
    auto *rightLayout = new QVBoxLayout(right);
    m_detailsTitle = new QLabel(right);
    QFont bold = m_detailsTitle->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.15);
    m_detailsTitle->setFont(bold);
    m_detailsTitle->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details = new QLabel(right);
    m_details->setObjectName(QStringLiteral("detailsLabel"));
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details->setWordWrap(true);
    m_details->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_secretStatus = new QLabel(right);
    m_secretStatus->setObjectName(QStringLiteral("secretStatusLabel"));
    m_secretStatus->setWordWrap(true);
    m_secretStatus->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_test = new QPushButton(right);
    m_test->setObjectName(QStringLiteral("testButton"));
    m_test->setAutoDefault(false);
    m_use = new QPushButton(right);
    m_use->setObjectName(QStringLiteral("useButton"));
    m_use->setAutoDefault(false);
    m_testResult = new QLabel(right);
    m_testResult->setObjectName(QStringLiteral("testResultLabel"));
    m_testResult->setWordWrap(true);
    m_testResult->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_testResult->setTextFormat(Qt::RichText);
    m_testResult->setMinimumHeight(m_testResult->fontMetrics().height() * 3);
    m_testResult->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    rightLayout->addWidget(m_detailsTitle);
    rightLayout->addWidget(m_details);
    rightLayout->addWidget(m_secretStatus);
    auto *testRow = new QHBoxLayout;
    testRow->addWidget(m_test);
    testRow->addWidget(m_use);
    testRow->addStretch(1);
    rightLayout->addLayout(testRow);
    rightLayout->addWidget(m_testResult);
    rightLayout->addStretch(1);
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    layout->addWidget(splitter, 1);

    auto *box = new QDialogButtonBox(this);
    m_close = box->addButton(QDialogButtonBox::Close);
    m_close->setObjectName(QStringLiteral("closeButton"));
    connect(box, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(box);

    connect(m_add, &QPushButton::clicked, this, &ProfileManagerDialog::addProfile);
    connect(m_edit, &QPushButton::clicked, this, &ProfileManagerDialog::editProfile);
    connect(m_duplicate, &QPushButton::clicked, this, &ProfileManagerDialog::duplicateProfile);
    connect(m_delete, &QPushButton::clicked, this, &ProfileManagerDialog::deleteProfile);
    connect(m_test, &QPushButton::clicked, this, &ProfileManagerDialog::testConnection);
    connect(m_use, &QPushButton::clicked, this, &ProfileManagerDialog::useProfile);
    connect(m_list, &QTreeWidget::itemDoubleClicked, this, [this] { editProfile(); });
    connect(m_list, &QTreeWidget::currentItemChanged, this, [this] {
        updateDetails();
        updateButtons();
    });

    auto shortcut = [this](const QKeySequence &keys, void (ProfileManagerDialog::*slot)()) {
        auto *s = new QShortcut(keys, this);
        connect(s, &QShortcut::activated, this, slot);
    };
    shortcut(QKeySequence::New, &ProfileManagerDialog::addProfile);
    shortcut(QKeySequence(Qt::Key_Insert), &ProfileManagerDialog::addProfile);
    shortcut(QKeySequence(Qt::Key_F2), &ProfileManagerDialog::editProfile);
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_D), &ProfileManagerDialog::duplicateProfile);
    shortcut(QKeySequence::Delete, &ProfileManagerDialog::deleteProfile);
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_T), &ProfileManagerDialog::testConnection);

    retranslate();
    resize(860, 460);
}

void ProfileManagerDialog::retranslate()
{
    setWindowTitle(tr("Connection Profiles"));
    m_hint->setText(tr("Each profile names one account and region. Secret keys live only in the system keychain."));
    m_list->setHeaderLabels({tr("Name"), tr("Provider"), tr("Region"), tr("Access Key ID")});
    m_add->setText(tr("&Add…"));
    m_add->setToolTip(tr("Add a profile (Ctrl+N)"));
    m_edit->setText(tr("&Edit…"));
    m_edit->setToolTip(tr("Edit the selected profile (F2)"));
    m_duplicate->setText(tr("D&uplicate…"));
    m_duplicate->setToolTip(tr("Copy the selected profile, e.g. for another region (Ctrl+D)"));
    m_delete->setText(tr("&Delete…"));
    m_delete->setToolTip(tr("Delete the selected profile and its keychain entry (Del)"));
    updateTestButton();
    m_test->setToolTip(tr("One cheap read call per service with this profile (Ctrl+T)"));
    m_use->setText(tr("&Use Profile"));
    m_use->setToolTip(tr("Switch the main window to this profile"));
    m_close->setText(tr("Close"));
    m_list->setAccessibleName(tr("Connection profiles"));
    AccessibleText::describeRows(m_list);
    const QList<QTreeWidgetItem *> items = m_list->findItems(QStringLiteral("*"), Qt::MatchWildcard);
    for (QTreeWidgetItem *item : items) {
        const auto provider = Profile::providerFromKey(item->data(ProviderColumn, Qt::UserRole).toString());
        if (provider)
            item->setText(ProviderColumn, Profile::providerDisplayName(*provider));
        const QString region = item->data(RegionColumn, Qt::UserRole).toString();
        item->setText(RegionColumn, region.isEmpty() ? tr("(default)") : region);
    }
}

void ProfileManagerDialog::updateTestButton()
{
    // Wide enough for both captions, so the button does not jump while a test runs.
    const QString test = tr("&Test Connection"), cancel = tr("&Cancel Test");
    int width = 0;
    for (const QString &caption : {test, cancel}) {
        m_test->setText(caption);
        width = qMax(width, m_test->sizeHint().width());
    }
    m_test->setMinimumWidth(width);
    m_test->setText(isTesting() ? cancel : test);
}

void ProfileManagerDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        updateDetails();
    }
    QDialog::changeEvent(event);
}

void ProfileManagerDialog::closeEvent(QCloseEvent *event)
{
    m_tester->cancel();
    QDialog::closeEvent(event);
}

void ProfileManagerDialog::reload()
{
    const QString current = currentProfileName();
    m_list->clear();
    if (m_profiles) {
        for (const Profile &p : m_profiles->profiles()) {
            auto *item = new QTreeWidgetItem(m_list);
            item->setText(NameColumn, p.name);
            item->setData(NameColumn, Qt::UserRole, p.name);
            item->setText(ProviderColumn, Profile::providerDisplayName(p.provider));
            item->setData(ProviderColumn, Qt::UserRole, Profile::providerKey(p.provider));
            item->setText(RegionColumn, p.region.isEmpty() ? tr("(default)") : p.region);
            item->setData(RegionColumn, Qt::UserRole, p.region);
            item->setText(AccessKeyColumn, p.accessKeyId);
            item->setToolTip(NameColumn, p.name);
        }
    }
    for (int c = 0; c < ColumnCount - 1; ++c)
        m_list->resizeColumnToContents(c);
    selectProfile(current);
    if (!m_list->currentItem() && m_list->topLevelItemCount() > 0)
        m_list->setCurrentItem(m_list->topLevelItem(0));
    updateDetails();
    updateButtons();
}

void ProfileManagerDialog::selectProfile(const QString &name)
{
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_list->topLevelItem(i);
        if (item->data(NameColumn, Qt::UserRole).toString() == name) {
            m_list->setCurrentItem(item);
            return;
        }
    }
}

QString ProfileManagerDialog::currentProfileName() const
{
    const QTreeWidgetItem *item = m_list->currentItem();
    return item ? item->data(NameColumn, Qt::UserRole).toString() : QString();
}

QStringList ProfileManagerDialog::listedNames() const
{
    QStringList names;
    for (int i = 0; i < m_list->topLevelItemCount(); ++i)
        names << m_list->topLevelItem(i)->data(NameColumn, Qt::UserRole).toString();
    return names;
}

ProfileEditDialog *ProfileManagerDialog::editDialog() const
{
    return m_editDialog;
}

QString ProfileManagerDialog::testResultText() const
{
    return m_testResult->text();
}

QString ProfileManagerDialog::secretStatusText() const
{
    return m_secretStatus->text();
}

bool ProfileManagerDialog::isTesting() const
{
    return m_tester && m_tester->isRunning();
}

void ProfileManagerDialog::updateButtons()
{
    const bool has = m_list->currentItem() != nullptr;
    m_edit->setEnabled(has);
    m_duplicate->setEnabled(has);
    m_delete->setEnabled(has);
    m_test->setEnabled(has || isTesting());
    m_use->setEnabled(has);
}

void ProfileManagerDialog::updateDetails()
{
    const QString name = currentProfileName();
    const std::optional<Profile> p = (m_profiles && !name.isEmpty()) ? m_profiles->profile(name) : std::nullopt;
    ++m_detailsSerial;
    if (name != m_testedProfile && !isTesting())
        m_testResult->clear();
    if (!p) {
        m_detailsTitle->setText(m_list->topLevelItemCount() == 0 ? tr("No profiles yet") : QString());
        m_details->setText(m_list->topLevelItemCount() == 0
                               ? tr("Add a profile with the access key of the account you manage.")
                               : QString());
        m_secretStatus->clear();
        return;
    }
    m_detailsTitle->setText(p->name);
    QString html = QStringLiteral("<table cellspacing=\"2\">");
    auto row = [&html](const QString &label, const QString &value) {
        html += QStringLiteral("<tr><td style=\"padding-right:12px\"><b>%1</b></td><td>%2</td></tr>")
                    .arg(label.toHtmlEscaped(), value.toHtmlEscaped());
    };
    row(tr("Provider"), Profile::providerDisplayName(p->provider));
    row(tr("Region"), p->region.isEmpty() ? tr("(each service's default)") : p->region);
    row(tr("Access key ID"), p->accessKeyId);
    for (const QString &service : p->serviceNames()) {
        const auto s = ServiceCatalog::fromName(service);
        const QString label = s ? ConnectionTester::serviceDisplayName(*s) : service;
        QString value = p->endpoints.value(service);
        if (value.isEmpty() && s)
            value = tr("default (%1)")
                        .arg(ServiceCatalog::defaultEndpoint(*s, p->region.isEmpty() ? ServiceCatalog::defaultRegion(*s) : p->region)
                                 .host());
        row(tr("%1 endpoint").arg(label), value);
    }
    if (!p->caBundle.isEmpty())
        row(tr("Extra CA bundle"), p->caBundle);
    if (p->provider == Profile::Provider::Aliyun)
        row(tr("Default directory"), p->defaultDirectory.isEmpty() ? tr("(choose when connecting)") : p->defaultDirectory);
    html += QStringLiteral("</table>");
    m_details->setText(html);

    if (m_sessionStore && m_sessionStore->contains(name)) {
        m_secretStatus->setText(tr("Secret key: held for this session only (not saved)."));
        return;
    }
    if (!m_credentials) {
        m_secretStatus->clear();
        return;
    }
    m_secretStatus->setText(tr("Secret key: checking the system keychain…"));
    const quint64 serial = m_detailsSerial;
    m_credentials->read(name, this, [this, serial](const CredentialResult &r) {
        if (serial != m_detailsSerial)
            return;
        switch (r.status) {
        case CredentialResult::Status::Ok:
            m_secretStatus->setText(r.sessionToken.isEmpty()
                                        ? tr("Secret key: saved in the system keychain.")
                                        : tr("Secret key: saved in the system keychain, with a session token."));
            break;
        case CredentialResult::Status::NotFound:
            m_secretStatus->setText(tr("Secret key: not saved yet. Edit the profile to enter it."));
            break;
        case CredentialResult::Status::Unavailable:
            m_secretStatus->setText(tr("Secret key: the system keychain is unavailable: %1\n%2").arg(r.message, r.hint));
            break;
        case CredentialResult::Status::Error:
            m_secretStatus->setText(tr("Secret key: %1").arg(r.fullMessage()));
            break;
        }
    });
}

void ProfileManagerDialog::openEditor(ProfileEditDialog *dialog)
{
    if (m_editDialog)
        m_editDialog->close();
    m_editDialog = dialog;
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ProfileEditDialog::profileSaved, this, [this](const QString &name) {
        reload();
        selectProfile(name);
    });
    dialog->open();
}

void ProfileManagerDialog::addProfile()
{
    auto *dialog = new ProfileEditDialog(m_profiles, m_credentials, m_sessionStore, this);
    dialog->setAddMode();
    openEditor(dialog);
}

void ProfileManagerDialog::editProfile()
{
    const QString name = currentProfileName();
    const std::optional<Profile> p = m_profiles ? m_profiles->profile(name) : std::nullopt;
    if (!p)
        return;
    auto *dialog = new ProfileEditDialog(m_profiles, m_credentials, m_sessionStore, this);
    dialog->setEditMode(*p);
    openEditor(dialog);
}

void ProfileManagerDialog::duplicateProfile()
{
    const std::optional<Profile> p = m_profiles ? m_profiles->profile(currentProfileName()) : std::nullopt;
    if (!p)
        return;
    auto *dialog = new ProfileEditDialog(m_profiles, m_credentials, m_sessionStore, this);
    dialog->setDuplicateMode(*p);
    openEditor(dialog);
}

void ProfileManagerDialog::deleteProfile()
{
    const QString name = currentProfileName();
    if (name.isEmpty() || !m_profiles)
        return;
    if (!Prompter::instance()->confirm(
            this, tr("Delete Profile"),
            tr("Delete profile “%1”?\n\nIts secret key is also removed from the system keychain. This cannot be "
               "undone.")
                .arg(name),
            tr("Delete")))
        return;
    if (m_sessionStore)
        m_sessionStore->take(name);
    if (!m_credentials) {
        finishDelete(name);
        return;
    }
    m_delete->setEnabled(false);
    m_credentials->remove(name, this, [this, name](const CredentialResult &r) {
        if (r.ok()) {
            finishDelete(name);
            return;
        }
        if (Prompter::instance()->confirm(
                this, tr("Keychain Unavailable"),
                tr("The secret key of “%1” could not be removed from the system keychain:\n%2\n\nDelete the profile "
                   "anyway? Its keychain entry (service “idconsole”, account “%1”) then stays until you remove it "
                   "with your keyring manager.")
                    .arg(name, r.message),
                tr("Delete Anyway")))
            finishDelete(name);
        else
            updateButtons();
    });
}

void ProfileManagerDialog::finishDelete(const QString &name)
{
    QString error;
    if (m_profiles && !m_profiles->remove(name, &error))
        Prompter::instance()->warn(this, tr("Delete Profile"), error);
    if (m_testedProfile == name) {
        m_tester->cancel();
        m_testedProfile.clear();
        m_testResult->clear();
    }
    reload();
}

void ProfileManagerDialog::useProfile()
{
    const QString name = currentProfileName();
    if (!name.isEmpty())
        emit useProfileRequested(name);
}

void ProfileManagerDialog::setTestMessage(const QString &html, bool error)
{
    m_testResult->setText(QStringLiteral("<span style=\"color:%1\">%2</span>")
                              .arg(error ? QStringLiteral("#b3261e") : QStringLiteral("#1b7f3b"), html));
}

void ProfileManagerDialog::testConnection()
{
    if (isTesting()) {
        m_tester->cancel();
        return;
    }
    const QString name = currentProfileName();
    const std::optional<Profile> p = m_profiles ? m_profiles->profile(name) : std::nullopt;
    if (!p)
        return;
    m_testedProfile = name;
    m_testResult->setText(tr("Reading the secret key…"));
    auto run = [this, profile = *p](const CredentialResult &r) {
        if (profile.name != m_testedProfile || currentProfileName() != profile.name)
            return;
        if (!r.ok()) {
            const QString message = r.status == CredentialResult::Status::NotFound
                                        ? tr("No secret key is saved for this profile yet. Edit the profile to enter it.")
                                        : tr("The secret key cannot be read: %1").arg(r.fullMessage());
            setTestMessage(message.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>")), true);
            emit testFinished(false);
            return;
        }
        Credentials c;
        c.accessKeyId = profile.accessKeyId;
        c.secret = r.secretKey;
        c.sessionToken = r.sessionToken;
        m_testResult->setText(tr("Testing the connection…"));
        m_tester->start(profile, c);
        c.secret.fill(QLatin1Char('\0'));
        updateTestButton();
        updateButtons();
    };
    if (m_sessionStore) {
        if (const auto held = m_sessionStore->peek(name)) {
            run(*held);
            return;
        }
    }
    if (!m_credentials) {
        CredentialResult r;
        r.status = CredentialResult::Status::NotFound;
        run(r);
        return;
    }
    m_credentials->read(name, this, run);
}

void ProfileManagerDialog::showTestResult(bool ok)
{
    updateTestButton();
    updateButtons();
    const QList<ConnectionTester::Check> checks = m_tester->checks();
    if (ok) {
        setTestMessage(QStringLiteral("✔ ") + ConnectionTester::summary(checks).toHtmlEscaped(), false);
        emit testFinished(true);
        return;
    }
    QStringList lines;
    for (const ConnectionTester::Check &c : checks) {
        const QString service = ConnectionTester::serviceDisplayName(c.service);
        if (c.ok) {
            lines << tr("✔ %1: OK in %2 ms").arg(service).arg(c.latencyMs).toHtmlEscaped();
            continue;
        }
        if (c.error.kind == ApiError::Kind::Cancelled) {
            lines << tr("%1: cancelled").arg(service).toHtmlEscaped();
            continue;
        }
        QString line = QStringLiteral("✘ <b>%1</b>: %2").arg(service.toHtmlEscaped(), c.error.localizedMessage().toHtmlEscaped());
        QStringList facts;
        if (!c.error.code.isEmpty())
            facts << tr("Code: %1").arg(c.error.code).toHtmlEscaped();
        if (c.error.httpStatus)
            facts << tr("HTTP %1").arg(c.error.httpStatus).toHtmlEscaped();
        if (!c.error.requestId.isEmpty())
            facts << tr("RequestId: %1").arg(c.error.requestId).toHtmlEscaped();
        if (!facts.isEmpty())
            line += QStringLiteral("<br><small>%1</small>").arg(facts.join(QStringLiteral(" · ")));
        lines << line;
    }
    setTestMessage(lines.join(QStringLiteral("<br>")), true);
    emit testFinished(false);
}
