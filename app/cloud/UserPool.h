// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QPair>
#include <QString>
#include <QStringList>
#include <optional>

// One Agent Identity user pool (`id` service). Built from a ListUserPools item (no Enabled, no URLs)
// or from the full UserPool object of GetUserPool / CreateUserPool / UpdateUserPool.
struct UserPool
{
    struct CustomAttribute
    {
        QString uid;
        QString name;
        QString dataType;
        QString mutability;
        std::optional<int> minimum;
        std::optional<int> maximum;
        QString createTime;
        QString updateTime;
    };

    QString uid;
    QString trn;
    QString name;
    QString description;
    QString projectName;
    QList<QPair<QString, QString>> tags;   // Key, Value
    std::optional<bool> enabled;           // unknown for list items until GetUserPool answers
    QString domain;
    QString customDomain;
    QString issuerUrl;
    QString discoveryUrl;
    QString tokenUrl;
    QString tokenSigningKeyUrl;
    QString oidcLoginCallbackUrl;
    QString oidcSignUpCallbackUrl;
    QString samlLoginCallbackUrl;
    QString samlSignUpCallbackUrl;
    QString oauthLoginCallbackUrl;
    QString oauthSignUpCallbackUrl;
    int totalUsers = 0;
    int totalClients = 0;
    int totalConnections = 0;
    QString brandName;
    QString brandLogoUri;
    QStringList signInAttributes;
    QStringList requiredSignUpAttributes;
    QStringList authenticationMethodOrder;
    QStringList selfAccountRecoveryVerificationAttributes;
    // The nine sign-in and sign-up switches (unknown for list items).
    std::optional<bool> passwordSignInEnabled;
    std::optional<bool> selfSignUpEnabled;
    std::optional<bool> selfAccountRecoveryEnabled;
    std::optional<bool> signUpAutoVerificationEnabled;
    std::optional<bool> unconfirmedUserSignInEnabled;
    std::optional<bool> emailPasswordlessSignInEnabled;
    std::optional<bool> smsPasswordlessSignInEnabled;
    std::optional<bool> emailAnonymousSignUpEnabled;
    std::optional<bool> smsAnonymousSignUpEnabled;
    QList<CustomAttribute> customAttributes;
    QString customAttributesText;          // CreateUserPool quirk: CustomAttributes typed string
    QString createTime;                    // RFC 3339 as sent
    QString updateTime;
    QJsonObject raw;                       // the object as received (fields this struct does not know too)
    bool complete = false;                 // true when built from a full UserPool object (GetUserPool...)

    QDateTime created() const { return parseTime(createTime); }
    QDateTime updated() const { return parseTime(updateTime); }
    bool isValid() const { return !uid.isEmpty(); }

    // The nine switches, in documentation order, as JSON field names.
    static QStringList switchFields();
    std::optional<bool> switchValue(const QString &field) const;
    void setSwitchValue(const QString &field, std::optional<bool> value);

    // Lenient parse: missing fields stay empty; CustomAttributes may be an array or a string.
    static UserPool fromJson(const QJsonObject &object, bool complete);
    // Combines a list item into an existing record: list fields are replaced, the fields only GetUserPool
    // knows (Enabled, URLs, switches...) are kept.
    void mergeListItem(const UserPool &item);
    static QDateTime parseTime(const QString &text);
};

Q_DECLARE_METATYPE(UserPool)
