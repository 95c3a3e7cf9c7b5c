// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cloud/DirectoryRecords.h"
#include "cloud/PoolDirectoryRecords.h"
#include <QCoreApplication>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>
#include <functional>
#include <optional>

// One column of an import file: the header is the create action's own parameter name.
struct ImportColumn
{
    QString header;          // "UserName", "Email", ...
    QString field;           // the UserDraft member it fills: "userName", "email", ...
    bool required = false;   // the header must be in the file (cells are checked by the validator)
    bool updatable = false;  // changed on an existing user by "update existing" (the key never is)
    bool boolean = false;    // true / false (compared case-insensitively)
};

// What a CSV import writes to: the columns, how a row becomes the create form's UserDraft, and the form's own
// validator. Three targets: Cloud Identity and CloudSSO users (UserDraft fields) and Agent Identity pool users
// (fields are the CreateUser parameter names themselves; rows become PoolUserDraft / PoolUserChanges).
class ImportTarget
{
    Q_DECLARE_TR_FUNCTIONS(ImportTarget)
public:
    using Values = QMap<QString, QString>;   // header -> cell (trimmed); a header missing from the file is absent

    QString service;                         // "cloudidentity", "cloudsso", "id"
    QList<ImportColumn> columns;             // template order
    QString keyHeader;                       // identifies an existing user: "UserName" (pool users: PreferredUsername)
    QString altKeyHeader;                    // used when the row's keyHeader cell is empty (pool users: Email)
    Qt::CaseSensitivity keyCase = Qt::CaseSensitive;
    // The form's validator (DirectoryValidation::cloudIdentityUser / cloudSsoUser, what DirectoryBackend::
    // validateUser calls): field names are UserDraft members.
    std::function<QList<FieldError>(const UserDraft &, bool creating)> validator;
    // Used instead of `validator` when set (pool users): the row's values (creating) or the changed values only
    // (an update); field names are the headers.
    std::function<QList<FieldError>(const Values &, bool creating)> valuesValidator;

    // Volcengine Cloud Identity CreateUser: UserName (required), DisplayName, Description, Email, Phone.
    static ImportTarget cloudIdentity();
    // Alibaba CloudSSO CreateUser: UserName (required), FirstName, LastName, DisplayName, Description, Email.
    // Status and Tags are left out: a new user is Enabled; status has its own action (UpdateUserStatus).
    static ImportTarget cloudSso();
    // Agent Identity pool users (volcengine-id.md §7.3 CreateUser): the 15 profile claims (PreferredUsername,
    // Email, PhoneNumber, Name, GivenName, FamilyName, MiddleName, Nickname, Gender, Birthdate, Locale, Zoneinfo,
    // Picture, Profile, Website), EmailVerified, PhoneNumberVerified, UserMetadata. Password is left out (a file of
    // passwords would be a secret on disk, and failed-row exports would copy it); so are CustomAttributesToUpsert
    // (not a flat value) and the ExternalProvider… link. A row needs PreferredUsername or Email: that is how a
    // second import recognises the user (the pool compares user names case-insensitively [assumed]).
    static ImportTarget poolUsers();
    // "cloudidentity" / "cloudsso" / "id"; nullopt otherwise.
    static std::optional<ImportTarget> forService(const QString &service);

    // The column failed-row exports add; ignored when such a file is imported again.
    static QString errorHeader() { return QStringLiteral("Error"); }

    QStringList headers() const;
    bool isValid() const { return !columns.isEmpty(); }
    // The template: exactly the header line (CRLF; UTF-8 with a BOM by default so spreadsheets read Chinese).
    QByteArray templateCsv(bool byteOrderMark = true) const;
    // The header for a UserDraft field ("email" -> "Email"), or the field itself.
    QString headerForField(const QString &field) const;
    const ImportColumn *column(const QString &header) const;

    UserDraft toDraft(const Values &values) const;
    Values fromUser(const DirectoryUser &user) const;
    QList<FieldError> validate(const Values &values, bool creating) const;
    // The row's key: the keyHeader cell, or (empty) the altKeyHeader cell.
    QString key(const Values &values) const;
    // The header the key came from ("UserName", "PreferredUsername", "Email"), or empty without a key.
    QString keyHeaderOf(const Values &values) const;
    // Whether a cell equals the user's current value (booleans case-insensitively).
    bool sameValue(const ImportColumn &column, const QString &cell, const QString &current) const;
    // Validation of an update: the merged edit form (directories) or the changed values only (pool users).
    QList<FieldError> validateUpdate(const Values &changed, const UserDraft &merged) const;
    // The key as compared (case-folded when the service compares names case-insensitively).
    QString normalizedKey(const QString &name) const;

    // UserDraft member access by field name ("email").
    static QString draftField(const UserDraft &draft, const QString &field);
    static void setDraftField(UserDraft *draft, const QString &field, const QString &value);
    // A member of DirectoryUser; other fields (pool users' claims) are read from DirectoryUser::raw.
    static QString userField(const DirectoryUser &user, const QString &field);

    // Pool users: the values as CreateUser / UpdateUser input (empty cells are not sent), and a pool user as the
    // record the planner compares with (id = Uid, userName = PreferredUsername, raw = every column's value).
    static PoolUserDraft poolDraft(const Values &values);
    static PoolUserChanges poolChanges(const Values &changed);
    static DirectoryUser poolUserRecord(const PoolUser &user);
    static std::optional<bool> parseBool(const QString &cell);
};
