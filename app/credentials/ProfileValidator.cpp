// SPDX-License-Identifier: GPL-3.0-or-later
#include "credentials/ProfileValidator.h"

#include <QFileInfo>
#include <QHostAddress>
#include <QRegularExpression>
#include <QSslCertificate>
#include <QUrl>

QStringList ProfileValidator::knownRegions(Profile::Provider provider)
{
    if (provider == Profile::Provider::Aliyun)
        return {QStringLiteral("cn-shanghai"), QStringLiteral("cn-hongkong"), QStringLiteral("ap-northeast-2"),
                QStringLiteral("ap-southeast-1"), QStringLiteral("us-west-1"), QStringLiteral("eu-central-1")};
    return {QStringLiteral("cn-beijing"), QStringLiteral("cn-shanghai"), QStringLiteral("cn-guangzhou")};
}

QString ProfileValidator::checkName(const QString &name, const QStringList &existingNames, const QString &originalName)
{
    if (name.trimmed().isEmpty())
        return tr("Enter a profile name.");
    if (name != name.trimmed())
        return tr("The profile name must not start or end with a space.");
    if (name.size() > 64)
        return tr("The profile name is too long (at most 64 characters).");
    for (const QChar c : name) {
        if (c.category() == QChar::Other_Control || c == QChar::LineSeparator || c == QChar::ParagraphSeparator)
            return tr("The profile name must not contain control characters or line breaks.");
    }
    for (const QString &existing : existingNames) {
        if (!originalName.isEmpty() && existing == originalName)
            continue;
        if (existing.compare(name, Qt::CaseInsensitive) == 0)
            return tr("A profile named “%1” already exists. Choose another name.").arg(existing);
    }
    return {};
}

QString ProfileValidator::checkRegion(const QString &region)
{
    if (region.isEmpty())
        return {};
    static const QRegularExpression re(QStringLiteral("^[a-z0-9]+(-[a-z0-9]+)*$"));
    if (!re.match(region).hasMatch() || region.size() > 40)
        return tr("“%1” is not a region id. Use lowercase letters, digits and hyphens, e.g. cn-beijing.").arg(region);
    return {};
}

QString ProfileValidator::checkAccessKeyId(const QString &accessKeyId)
{
    if (accessKeyId.isEmpty())
        return tr("Enter the access key ID.");
    for (const QChar c : accessKeyId) {
        if (c.isSpace() || c.category() == QChar::Other_Control)
            return tr("The access key ID must not contain spaces or line breaks.");
    }
    if (accessKeyId.size() > 128)
        return tr("The access key ID is too long.");
    return {};
}

QString ProfileValidator::checkSecretKey(const QString &secretKey)
{
    if (secretKey.isEmpty())
        return tr("Enter the secret access key.");
    for (const QChar c : secretKey) {
        if (c.isSpace() || c.category() == QChar::Other_Control)
            return tr("The secret access key must not contain spaces or line breaks (check what you pasted).");
    }
    return {};
}

QString ProfileValidator::serviceDisplayName(const QString &service)
{
    if (service == QLatin1String("id"))
        return tr("Agent Identity");
    if (service == QLatin1String("cloudidentity"))
        return tr("Cloud Identity");
    if (service == QLatin1String("cloudsso"))
        return tr("CloudSSO");
    return service;
}

bool ProfileValidator::isLoopbackHost(const QString &host)
{
    QString h = host;
    if (h.startsWith(QLatin1Char('[')) && h.endsWith(QLatin1Char(']')))
        h = h.mid(1, h.size() - 2);
    if (h.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    QHostAddress address;
    if (!address.setAddress(h))
        return false;
    return address.isLoopback(); // 127.0.0.0/8, ::1, ::ffff:127.x
}

QString ProfileValidator::checkEndpoint(const QString &value, QString *normalized)
{
    const QString text = value.trimmed();
    if (text.isEmpty())
        return tr("Enter an endpoint URL, or leave the field empty to use the default.");
    QString withScheme = text;
    if (!text.contains(QLatin1String("://")))
        withScheme = QStringLiteral("https://") + text;
    const QUrl url(withScheme, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty())
        return tr("“%1” is not a valid endpoint. Use https://host or https://host:port.").arg(text);
    const QString scheme = url.scheme().toLower();
    if (scheme != QLatin1String("https") && scheme != QLatin1String("http"))
        return tr("The endpoint must use https.");
    if (!url.userInfo().isEmpty())
        return tr("The endpoint must not contain a user name or password.");
    if (url.hasQuery() || url.hasFragment() || (!url.path().isEmpty() && url.path() != QLatin1String("/")))
        return tr("The endpoint is a host and optional port only, without a path or query.");
    if (url.port() == 0)
        return tr("The endpoint port must be between 1 and 65535.");
    const bool loopback = isLoopbackHost(url.host());
    if (scheme == QLatin1String("http") && !loopback)
        return tr("The endpoint must use https (plain http is allowed only for loopback addresses such as "
                  "127.0.0.1, ::1 or localhost).");
    if (normalized) {
        QUrl out;
        out.setScheme(scheme);
        out.setHost(url.host());
        if (url.port() > 0)
            out.setPort(url.port());
        *normalized = out.toString();
    }
    return {};
}

QString ProfileValidator::checkCaBundle(const QString &path)
{
    if (path.isEmpty())
        return {};
    const QFileInfo info(path);
    if (!info.exists())
        return tr("The CA bundle %1 does not exist.").arg(path);
    if (!info.isFile() || !info.isReadable())
        return tr("The CA bundle %1 cannot be read.").arg(path);
    if (QSslCertificate::fromPath(path, QSsl::Pem).isEmpty())
        return tr("The CA bundle %1 holds no PEM certificate.").arg(path);
    return {};
}

QList<ProfileValidator::Issue> ProfileValidator::validate(const Profile &profile, const QStringList &existingNames,
                                                          const QString &originalName, const QString *secretKey)
{
    QList<Issue> issues;
    auto add = [&issues](Field f, const QString &message, const QString &service = {}) {
        if (!message.isEmpty())
            issues.append(Issue{f, service, message});
    };
    add(Field::Name, checkName(profile.name, existingNames, originalName));
    add(Field::Region, checkRegion(profile.region));
    add(Field::AccessKeyId, checkAccessKeyId(profile.accessKeyId));
    if (secretKey)
        add(Field::SecretKey, checkSecretKey(*secretKey));
    const QStringList allowed = profile.serviceNames();
    for (auto it = profile.endpoints.cbegin(); it != profile.endpoints.cend(); ++it) {
        if (it.value().isEmpty())
            continue;
        if (!allowed.contains(it.key())) {
            add(Field::Endpoint,
                tr("%1 has no service “%2”; endpoints can be set for: %3.")
                    .arg(Profile::providerDisplayName(profile.provider), it.key(), allowed.join(QStringLiteral(", "))),
                it.key());
            continue;
        }
        const QString message = checkEndpoint(it.value());
        if (!message.isEmpty())
            add(Field::Endpoint, tr("%1 endpoint: %2").arg(serviceDisplayName(it.key()), message), it.key());
    }
    add(Field::CaBundle, checkCaBundle(profile.caBundle));
    return issues;
}

void ProfileValidator::normalize(Profile *profile)
{
    profile->name = profile->name.trimmed();
    profile->region = profile->region.trimmed();
    profile->accessKeyId = profile->accessKeyId.trimmed();
    profile->defaultDirectory = profile->defaultDirectory.trimmed();
    for (auto it = profile->endpoints.begin(); it != profile->endpoints.end();) {
        QString normalized;
        if (it.value().trimmed().isEmpty()) {
            it = profile->endpoints.erase(it);
            continue;
        }
        if (checkEndpoint(it.value(), &normalized).isEmpty())
            it.value() = normalized;
        ++it;
    }
    if (!profile->caBundle.isEmpty())
        profile->caBundle = QFileInfo(profile->caBundle).absoluteFilePath();
}
