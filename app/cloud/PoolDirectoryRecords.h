// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QMetaType>
#include <QPair>
#include <QString>
#include <QStringList>
#include <optional>

// Records of the objects inside an Agent Identity user pool (`id` service, volcengine-id.md §7, §7b, §7c) and
// of user provisionings (Cloud Identity §3, CloudSSO §6). Built by PoolRecordMapping, leniently: a missing field
// stays empty / unknown (std::nullopt), a field of the wrong type reads as missing.
//
// Secrets: PoolClient::clientSecret and IdentityProvider::clientSecret hold the value the cloud returned so a
// pane can show it on request; no record keeps a raw copy of the JSON that carried them, and nothing in the
// core writes them to a log, a file or the activity log.

// One user of a pool (the User object of ListUsers / GetUser / CreateUser / UpdateUser).
struct PoolUser
{
    struct ExternalIdentity
    {
        QString provider;
        QString connectionType;
        QString connectionUid;
        QString externalProviderUserIdentifier;
        QString externalProviderUserMetadata;
        QString linkSource;
        QString lastLoginAt;
        QString updatedAt;
    };

    QString uid;
    QString sub;
    QMap<QString, QString> claims;       // the OIDC profile claims by JSON name (profileFields()); empty = unset
    std::optional<bool> emailVerified;
    std::optional<bool> phoneNumberVerified;
    QString userMetadata;                // a JSON document carried as a string
    QString userState;                   // opaque (values not documented)
    QString connection;
    QList<QPair<QString, QString>> customAttributes; // Name, Value
    QList<ExternalIdentity> externalIdentities;
    QStringList groupUids;
    QStringList departmentUids;
    int numLogins = 0;
    QString latestLogin;                 // RFC 3339 as sent
    QString latestLoginMethod;
    QString latestBrowser;
    QString latestLoginConnectionName;
    QString latestLoginConnectionProvider;
    QString latestLoginConnectionType;
    QString createTime;
    QString updateTime;

    // PreferredUsername, Email, PhoneNumber, Name, GivenName, FamilyName, MiddleName, Nickname, Gender,
    // Birthdate, Locale, Zoneinfo, Picture, Profile, Website.
    static const QStringList &profileFields();
    QString claim(const QString &field) const { return claims.value(field); }
    QString preferredUsername() const { return claim(QStringLiteral("PreferredUsername")); }
    QString email() const { return claim(QStringLiteral("Email")); }
    QString phoneNumber() const { return claim(QStringLiteral("PhoneNumber")); }
    QString name() const { return claim(QStringLiteral("Name")); }
    QString customAttribute(const QString &name) const;
    QDateTime created() const;
    QDateTime updated() const;
    QDateTime lastLogin() const;
    bool isValid() const { return !uid.isEmpty(); }
};

// CreateUser input.
struct PoolUserDraft
{
    QMap<QString, QString> claims;       // profileFields() names; empty values are not sent
    std::optional<bool> emailVerified;
    std::optional<bool> phoneNumberVerified;
    QString userMetadata;                // JSON text or empty
    QString password;                    // sent only when set; never logged
    QList<QPair<QString, QString>> customAttributes;
};

// UpdateUser input: only what is set here is sent (partial update). A claim mapped to "" clears it.
struct PoolUserChanges
{
    QMap<QString, QString> claims;
    std::optional<bool> emailVerified;
    std::optional<bool> phoneNumberVerified;
    std::optional<QString> userMetadata;
    std::optional<QString> userState;
    std::optional<QString> password;
    QList<QPair<QString, QString>> customAttributesToUpsert;

    bool isEmpty() const
    {
        return claims.isEmpty() && !emailVerified && !phoneNumberVerified && !userMetadata && !userState && !password
               && customAttributesToUpsert.isEmpty();
    }
    // The fields of `edited` that differ from `original` (custom attributes: new or changed values only).
    static PoolUserChanges between(const PoolUser &original, const PoolUser &edited);
};

// ListUsers request (page numbers; the client never uses tokens).
struct PoolUserQuery
{
    int pageNumber = 1;
    int pageSize = 100;                  // 1-100
    QString search;                      // -> Filter.UniversalSearch [{"Search": text}] [assumed]
    QMap<QString, QString> filters;      // documented string filters (Email, PhoneNumber, Name, GroupUid, ...)
    QStringList userUidsOr;
    QString sortField;                   // CreateTime, UpdateTime, ... (empty: the cloud's order)
    bool descending = false;
};

struct PoolUserPage
{
    QList<PoolUser> users;
    int pageNumber = 0;
    int pageSize = 0;
    qint64 total = 0;
};

// DeleteUsers outcome. HTTP 200 can still carry per-item failures: only `deletedUids` were deleted.
struct DeleteUsersResult
{
    struct Failure
    {
        int index = -1;                  // position in the request's UserUids (-1: unknown)
        QString uid;                     // the id at that position, when known
        QString field;
        QString error;
    };
    QStringList requestedUids;
    QStringList deletedUids;
    QList<Failure> failures;             // ErrorsStructured, plus unstructured Errors, plus any requested id the
                                         // answer neither lists as deleted nor as failed ("not confirmed")
    int successCount = 0;                // as reported
    int failureCount = 0;                // as reported (may be lower than failures.size() for a sloppy answer)
    bool allDeleted() const { return failures.isEmpty() && deletedUids.size() == requestedUids.size(); }
};

// An application (user-pool client).
struct PoolClient
{
    struct RefreshToken
    {
        std::optional<bool> rotation;
        std::optional<bool> hasIdleLifetime;
        std::optional<int> idleLifetimeSeconds;
        std::optional<bool> hasCombinedLifetime;
        std::optional<int> combinedLifetimeSeconds;
        bool operator==(const RefreshToken &o) const
        {
            return rotation == o.rotation && hasIdleLifetime == o.hasIdleLifetime
                   && idleLifetimeSeconds == o.idleLifetimeSeconds && hasCombinedLifetime == o.hasCombinedLifetime
                   && combinedLifetimeSeconds == o.combinedLifetimeSeconds;
        }
        bool operator!=(const RefreshToken &o) const { return !(*this == o); }
    };

    QString uid;
    QString name;
    QString description;
    QString clientType;                  // WEB_APPLICATION, SINGLE_PAGE_APPLICATION, MOBILE_APPLICATION, MACHINE_TO_MACHINE
    QString clientSecret;                // only from Get/Create/Update (never in lists); a secret
    QString logoUri;
    QStringList allowedCallbackUrls;
    QStringList allowedLogoutUrls;
    QStringList allowedWebOrigins;
    QStringList allowedCors;
    std::optional<int> idTokenLifetimeSeconds;
    RefreshToken refreshToken;
    std::optional<bool> developmentModeEnabled;
    std::optional<bool> deviceFlowEnabled; // not in the documented Client object: usually unknown
    std::optional<bool> dismissLoginPageEnabled;
    std::optional<bool> skipConsentEnabled;
    QString loginPageUrl;
    QString createTime;
    QString updateTime;
    bool complete = false;               // built from the full Client object (not a list item)

    static QStringList clientTypes();
    static QStringList booleanFields();  // DevelopmentModeEnabled, DeviceFlowEnabled, DismissLoginPageEnabled, SkipConsentEnabled
    std::optional<bool> booleanValue(const QString &field) const;
    bool isValid() const { return !uid.isEmpty(); }
};

struct PoolClientDraft
{
    QString name;
    QString clientType;
    QString description;
    QString logoUri;
    QStringList allowedCallbackUrls;
    QMap<QString, bool> booleans;        // PoolClient::booleanFields() -> value; unset: not sent
};

// UpdateUserPoolClient input: only the fields set here are sent.
struct PoolClientChanges
{
    std::optional<QString> name;
    std::optional<QString> description;
    std::optional<QString> logoUri;
    std::optional<QStringList> allowedCallbackUrls;
    std::optional<QStringList> allowedLogoutUrls;
    std::optional<QStringList> allowedWebOrigins;
    std::optional<QStringList> allowedCors;
    std::optional<int> idTokenLifetimeSeconds;
    std::optional<PoolClient::RefreshToken> refreshToken; // sent with its known members only
    QMap<QString, bool> booleans;

    bool isEmpty() const
    {
        return !name && !description && !logoUri && !allowedCallbackUrls && !allowedLogoutUrls && !allowedWebOrigins
               && !allowedCors && !idTokenLifetimeSeconds && !refreshToken && booleans.isEmpty();
    }
    static PoolClientChanges between(const PoolClient &original, const PoolClient &edited);
};

// An identity provider (connection). List items carry no protocol details; GetIdentityProviderOIDC does.
struct IdentityProvider
{
    QString uid;
    QString name;
    QString provider;
    QString connectionType;              // e.g. OIDC
    std::optional<bool> enabled;
    QString issuer;
    QString clientId;
    QString clientSecret;                // a secret
    std::optional<bool> isIdTokenMapping;
    std::optional<bool> usePkce;
    QStringList scopes;
    QString createTime;
    QString updateTime;
    bool complete = false;

    bool isOidc() const { return connectionType.compare(QLatin1String("OIDC"), Qt::CaseInsensitive) == 0 || complete; }
    bool isValid() const { return !uid.isEmpty(); }
};

struct OidcProviderDraft
{
    QString name;
    QString issuer;
    QString clientId;
    QString clientSecret;
    bool enabled = true;
    bool isIdTokenMapping = false;
    bool usePkce = true;
    QStringList scopes;                  // empty: not sent
};

struct OidcProviderChanges
{
    std::optional<QString> name;
    std::optional<QString> issuer;
    std::optional<QString> clientId;
    std::optional<QString> clientSecret; // set only when the admin typed a new one
    std::optional<bool> enabled;
    std::optional<bool> isIdTokenMapping;
    std::optional<bool> usePkce;
    bool isEmpty() const
    {
        return !name && !issuer && !clientId && !clientSecret && !enabled && !isIdTokenMapping && !usePkce;
    }
};

// A user provisioning of Volcengine Cloud Identity or Alibaba CloudSSO, as far as the create / update calls
// return it. (Kept apart from the directory backends' records; the fields are the union of both services.)
struct UserProvisioningRecord
{
    QString service;                     // "cloudidentity" or "cloudsso"
    QString id;                          // UserProvisioningId
    QString directoryId;                 // CloudSSO
    QString principalType;               // User, Group
    QString principalId;
    QString principalName;
    QString targetId;
    QString targetName;
    QString targetPath;
    QString targetType;                  // CloudSSO: RD-Account
    QString identitySourceStrategy;      // Cloud Identity: Create, Ignore
    QString duplicationStrategy;         // KeepBoth, Takeover (Cloud Identity) / TakeOver (CloudSSO)
    QString duplicationSuffix;           // Cloud Identity
    QString deletionStrategy;            // Keep, Delete
    QString status;                      // Cloud Identity ProvisionStatus / CloudSSO Status, verbatim
    QString description;
    QString remark;                      // Cloud Identity create result
    QString ownerPk;                     // CloudSSO
    QString createTime;
    QString updateTime;
    bool isValid() const { return !id.isEmpty(); }
};

// Create input for both services (each ignores what it does not know).
struct UserProvisioningDraft
{
    QString principalType;               // User, Group
    QString principalId;
    QString targetId;                    // member account id (digits)
    QString targetType = QStringLiteral("RD-Account"); // CloudSSO
    QString identitySourceStrategy;      // Cloud Identity: Create, Ignore
    QString duplicationStrategy;         // Cloud Identity: KeepBoth, Takeover; CloudSSO: KeepBoth, TakeOver
    QString duplicationSuffix;           // Cloud Identity, required with KeepBoth
    QString deletionStrategy;            // Keep, Delete
    QString description;
};

// CloudSSO UpdateUserProvisioning input (NewDeletionStrategy, NewDuplicationStrategy, NewDescription).
struct SsoProvisioningChanges
{
    std::optional<QString> deletionStrategy;
    std::optional<QString> duplicationStrategy;
    std::optional<QString> description;
    bool isEmpty() const { return !deletionStrategy && !duplicationStrategy && !description; }
};

Q_DECLARE_METATYPE(PoolUser)
Q_DECLARE_METATYPE(PoolClient)
Q_DECLARE_METATYPE(IdentityProvider)
Q_DECLARE_METATYPE(UserProvisioningRecord)
