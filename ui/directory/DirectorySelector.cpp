// SPDX-License-Identifier: GPL-3.0-or-later
#include "directory/DirectorySelector.h"

#include "cloud/DirectoryBackend.h"
#include "cloud/Session.h"
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QSettings>
#include <QToolButton>

DirectorySelector::DirectorySelector(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_label = new QLabel(this);
    m_combo = new QComboBox(this);
    m_combo->setObjectName(QStringLiteral("directoryCombo"));
    m_combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_combo->setMinimumContentsLength(24);
    m_label->setBuddy(m_combo);
    m_reload = new QToolButton(this);
    m_reload->setIcon(QIcon(QStringLiteral(":/icons/refresh.svg")));
    m_reload->setAutoRaise(true);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("directoryStatus"));
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_label);
    layout->addWidget(m_combo);
    layout->addWidget(m_reload);
    layout->addWidget(m_status, 1);
    connect(m_combo, &QComboBox::activated, this, &DirectorySelector::onActivated);
    connect(m_reload, &QToolButton::clicked, this, &DirectorySelector::reload);
    retranslate();
    hide();
}

QString DirectorySelector::settingsKey(const QString &profileName)
{
    return QStringLiteral("directories/") + profileName;
}

QString DirectorySelector::rememberedDirectory(const QString &profileName)
{
    return QSettings().value(settingsKey(profileName)).toString();
}

void DirectorySelector::setBackend(Session *session, DirectoryBackend *backend)
{
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    delete m_owner;   // drops the answer of a listing in flight
    m_owner = new QObject(this);
    m_session = session;
    m_backend = backend;
    m_directories.clear();
    m_error = ApiError();
    m_loaded = false;
    m_loading = false;
    m_combo->clear();
    m_status->clear();
    m_needed = session && backend && backend->capabilities().directories;
    setVisible(m_needed);
    if (m_needed)
        connect(session, &Session::directoryChanged, this, &DirectorySelector::syncFromSession);
}

void DirectorySelector::load()
{
    if (!m_needed || m_loaded || m_loading)
        return;
    reload();
}

void DirectorySelector::reload()
{
    if (!m_needed || !m_backend)
        return;
    delete m_owner;
    m_owner = new QObject(this);
    m_loading = true;
    m_status->setText(tr("Loading directories…"));
    m_combo->setEnabled(false);
    m_backend->listDirectories(m_owner, [this](const Page<DirectoryInfo> &page) {
        m_loading = false;
        m_loaded = true;
        m_combo->setEnabled(true);
        if (!page.ok()) {
            m_error = page.error;
            if (page.error.kind == ApiError::Kind::Cancelled) {
                m_loaded = false;
                m_status->clear();
                return;
            }
            m_status->setText(tr("Could not list the directories: %1").arg(page.error.localizedMessage()));
            m_status->setToolTip(page.error.toString());
            emit loaded(false);
            return;
        }
        m_error = ApiError();
        m_status->setToolTip(QString());
        m_directories = page.items;
        fill();
        emit loaded(true);
    });
}

void DirectorySelector::fill()
{
    m_combo->clear();
    for (const DirectoryInfo &d : std::as_const(m_directories)) {
        QString text = d.name.isEmpty() ? d.id : QStringLiteral("%1 (%2)").arg(d.name, d.id);
        if (!d.region.isEmpty())
            text += QStringLiteral(" — ") + d.region;
        m_combo->addItem(text, d.id);
    }
    if (m_directories.isEmpty()) {
        m_status->setText(tr("This account has no CloudSSO directory."));
        return;
    }
    m_status->clear();
    // Remembered for this profile, else the session's (profile default), else the first.
    const QString profile = m_session ? m_session->profile().name : QString();
    QStringList candidates{rememberedDirectory(profile), m_session ? m_session->directoryId() : QString()};
    int index = 0;
    for (const QString &c : candidates) {
        const int i = c.isEmpty() ? -1 : m_combo->findData(c);
        if (i >= 0) {
            index = i;
            break;
        }
    }
    m_combo->setCurrentIndex(index);
    onActivated(index);
}

void DirectorySelector::onActivated(int index)
{
    const QString id = m_combo->itemData(index).toString();
    if (id.isEmpty() || !m_session)
        return;
    QSettings().setValue(settingsKey(m_session->profile().name), id);
    m_session->setDirectoryId(id);
}

bool DirectorySelector::selectDirectory(const QString &id)
{
    const int i = m_combo->findData(id);
    if (i < 0)
        return false;
    m_combo->setCurrentIndex(i);
    onActivated(i);
    return true;
}

void DirectorySelector::syncFromSession()
{
    if (!m_session)
        return;
    const int i = m_combo->findData(m_session->directoryId());
    if (i >= 0 && i != m_combo->currentIndex())
        m_combo->setCurrentIndex(i);
}

QString DirectorySelector::currentDirectoryId() const
{
    return m_combo->currentData().toString();
}

void DirectorySelector::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void DirectorySelector::retranslate()
{
    m_label->setText(tr("&Directory:"));
    m_combo->setToolTip(tr("The CloudSSO directory this page works in"));
    m_reload->setToolTip(tr("Reload the list of directories"));
    m_reload->setAccessibleName(tr("Reload directories"));
    if (m_loading)
        m_status->setText(tr("Loading directories…"));
    else if (m_loaded && m_error.isError())
        m_status->setText(tr("Could not list the directories: %1").arg(m_error.localizedMessage()));
    else if (m_loaded && m_directories.isEmpty())
        m_status->setText(tr("This account has no CloudSSO directory."));
}
