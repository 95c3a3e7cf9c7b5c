// SPDX-License-Identifier: GPL-3.0-or-later
#include "credentials/ProfileStore.h"

#include <QCollator>
#include <QLocale>
#include <QSettings>
#include <QUrl>
#include <algorithm>

namespace {
const QString kProfiles = QStringLiteral("profiles");
const QString kLastUsed = QStringLiteral("session/lastProfile");

Profile readProfile(QSettings &s)
{
    Profile p;
    p.name = s.value(QStringLiteral("name")).toString();
    p.provider = Profile::providerFromKey(s.value(QStringLiteral("provider")).toString())
                     .value_or(Profile::Provider::Volcengine);
    p.region = s.value(QStringLiteral("region")).toString();
    p.accessKeyId = s.value(QStringLiteral("accessKeyId")).toString();
    p.caBundle = s.value(QStringLiteral("caBundle")).toString();
    p.defaultDirectory = s.value(QStringLiteral("defaultDirectory")).toString();
    s.beginGroup(QStringLiteral("endpoints"));
    const QStringList services = s.childKeys();
    for (const QString &svc : services) {
        const QString url = s.value(svc).toString();
        if (!url.isEmpty())
            p.endpoints.insert(svc, url);
    }
    s.endGroup();
    return p;
}
} // namespace

ProfileStore::ProfileStore(QObject *parent)
    : QObject(parent),
      m_settings(std::make_unique<QSettings>(QStringLiteral("idconsole"), QStringLiteral("idconsole")))
{
}

ProfileStore::ProfileStore(const QString &iniFile, QObject *parent)
    : QObject(parent), m_settings(std::make_unique<QSettings>(iniFile, QSettings::IniFormat))
{
}

ProfileStore::~ProfileStore() = default;

QString ProfileStore::fileName() const
{
    return m_settings->fileName();
}

QString ProfileStore::groupKey(const QString &name)
{
    // Percent-encoding keeps '/', '\\' and friends out of the QSettings key path.
    return kProfiles + QLatin1Char('/') + QString::fromLatin1(QUrl::toPercentEncoding(name));
}

QStringList ProfileStore::names() const
{
    QStringList result;
    for (const Profile &p : profiles())
        result << p.name;
    return result;
}

QList<Profile> ProfileStore::profiles() const
{
    m_settings->sync();
    QList<Profile> result;
    m_settings->beginGroup(kProfiles);
    const QStringList groups = m_settings->childGroups();
    for (const QString &g : groups) {
        m_settings->beginGroup(g);
        Profile p = readProfile(*m_settings);
        m_settings->endGroup();
        if (!p.name.isEmpty())
            result << p;
    }
    m_settings->endGroup();
    // Natural order ("prod 2" before "prod 10") in the person's language; the C locale has no collation rules.
    QLocale locale;
    if (locale.language() == QLocale::C)
        locale = QLocale(QLocale::English);
    QCollator collator(locale);
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    collator.setNumericMode(true);
    std::sort(result.begin(), result.end(),
              [&collator](const Profile &a, const Profile &b) { return collator.compare(a.name, b.name) < 0; });
    return result;
}

std::optional<Profile> ProfileStore::profile(const QString &name) const
{
    if (name.isEmpty())
        return std::nullopt;
    m_settings->sync();
    m_settings->beginGroup(groupKey(name));
    std::optional<Profile> result;
    if (m_settings->contains(QStringLiteral("name"))) {
        Profile p = readProfile(*m_settings);
        if (p.name == name)
            result = p;
    }
    m_settings->endGroup();
    return result;
}

bool ProfileStore::contains(const QString &name) const
{
    return profile(name).has_value();
}

QString ProfileStore::findName(const QString &name) const
{
    for (const Profile &p : profiles()) {
        if (p.name.compare(name, Qt::CaseInsensitive) == 0)
            return p.name;
    }
    return {};
}

QStringList ProfileStore::forbiddenKeys()
{
    return {QStringLiteral("secret"), QStringLiteral("secretKey"), QStringLiteral("secretAccessKey"),
            QStringLiteral("sessionToken"), QStringLiteral("password")};
}

bool ProfileStore::commit(QString *error)
{
    m_settings->sync();
    if (m_settings->status() != QSettings::NoError) {
        if (error)
            *error = m_settings->status() == QSettings::AccessError
                         ? tr("Cannot write the settings file %1.").arg(m_settings->fileName())
                         : tr("The settings file %1 is malformed.").arg(m_settings->fileName());
        return false;
    }
    return true;
}

bool ProfileStore::save(const Profile &profile, const QString &previousName, QString *error)
{
    if (profile.transient) {
        if (error)
            *error = tr("A session-only profile is never saved.");
        return false;
    }
    if (profile.name.trimmed().isEmpty()) {
        if (error)
            *error = tr("A profile needs a name.");
        return false;
    }
    m_settings->sync();
    const bool renamed = !previousName.isEmpty() && previousName != profile.name;
    if (renamed)
        m_settings->remove(groupKey(previousName));
    m_settings->remove(groupKey(profile.name)); // drop endpoints that are gone
    m_settings->beginGroup(groupKey(profile.name));
    m_settings->setValue(QStringLiteral("name"), profile.name);
    m_settings->setValue(QStringLiteral("provider"), Profile::providerKey(profile.provider));
    m_settings->setValue(QStringLiteral("region"), profile.region);
    m_settings->setValue(QStringLiteral("accessKeyId"), profile.accessKeyId);
    if (!profile.caBundle.isEmpty())
        m_settings->setValue(QStringLiteral("caBundle"), profile.caBundle);
    if (!profile.defaultDirectory.isEmpty())
        m_settings->setValue(QStringLiteral("defaultDirectory"), profile.defaultDirectory);
    for (auto it = profile.endpoints.cbegin(); it != profile.endpoints.cend(); ++it) {
        if (!it.value().isEmpty())
            m_settings->setValue(QStringLiteral("endpoints/") + it.key(), it.value());
    }
    m_settings->endGroup();
    if (renamed && m_settings->value(kLastUsed).toString() == previousName)
        m_settings->setValue(kLastUsed, profile.name);
    if (!commit(error))
        return false;
    emit profileSaved(profile.name, renamed ? previousName : QString());
    emit profilesChanged();
    return true;
}

bool ProfileStore::remove(const QString &name, QString *error)
{
    m_settings->sync();
    if (!m_settings->contains(groupKey(name) + QStringLiteral("/name"))) {
        if (error)
            *error = tr("There is no profile named “%1”.").arg(name);
        return false;
    }
    m_settings->remove(groupKey(name));
    if (m_settings->value(kLastUsed).toString() == name)
        m_settings->remove(kLastUsed);
    if (!commit(error))
        return false;
    emit profileRemoved(name);
    emit profilesChanged();
    return true;
}

QString ProfileStore::lastUsed() const
{
    m_settings->sync();
    const QString name = m_settings->value(kLastUsed).toString();
    return contains(name) ? name : QString();
}

void ProfileStore::setLastUsed(const QString &name)
{
    if (name.isEmpty())
        m_settings->remove(kLastUsed);
    else
        m_settings->setValue(kLastUsed, name);
    m_settings->sync();
}

QString ProfileStore::uniqueName(const QString &base) const
{
    const QStringList taken = names();
    auto isTaken = [&taken](const QString &n) {
        return std::any_of(taken.cbegin(), taken.cend(),
                           [&n](const QString &t) { return t.compare(n, Qt::CaseInsensitive) == 0; });
    };
    if (!isTaken(base))
        return base;
    for (int i = 2;; ++i) {
        const QString candidate = QStringLiteral("%1 (%2)").arg(base).arg(i);
        if (!isTaken(candidate))
            return candidate;
    }
}
