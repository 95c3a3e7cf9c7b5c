// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "credentials/Profile.h"
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

// Checks a profile before it is saved; every message is translated and says what to fix.
class ProfileValidator
{
    Q_DECLARE_TR_FUNCTIONS(ProfileValidator)
public:
    enum class Field { Name, Region, AccessKeyId, SecretKey, Endpoint, CaBundle, DefaultDirectory };
    struct Issue
    {
        Field field;
        QString service; // Endpoint: which service
        QString message;
    };

    // The regions offered in the region list (free entry stays allowed).
    static QStringList knownRegions(Profile::Provider provider);

    // Empty string = fine. `existingNames`: the names already saved; `originalName`: the name being edited.
    static QString checkName(const QString &name, const QStringList &existingNames, const QString &originalName = {});
    static QString checkRegion(const QString &region);
    static QString checkAccessKeyId(const QString &accessKeyId);
    // Empty secret is refused (a new profile needs one). Whitespace inside is refused as a likely paste error.
    static QString checkSecretKey(const QString &secretKey);
    // URL or host[:port]. https is required unless the host is a loopback address. On success `normalized`
    // receives "https://host[:port]" (or the http URL for loopback), without a trailing slash.
    static QString checkEndpoint(const QString &value, QString *normalized = nullptr);
    // The file must exist and hold at least one PEM certificate.
    static QString checkCaBundle(const QString &path);
    static bool isLoopbackHost(const QString &host);
    // "Agent Identity", "Cloud Identity", "CloudSSO" for "id", "cloudidentity", "cloudsso".
    static QString serviceDisplayName(const QString &service);

    // Every issue of the profile (the secret is checked only when `secretKey` is given).
    static QList<Issue> validate(const Profile &profile, const QStringList &existingNames,
                                 const QString &originalName = {}, const QString *secretKey = nullptr);
    // Normalizes endpoints in place (host:port -> https://host:port). Call after validate() found no issue.
    static void normalize(Profile *profile);
};
