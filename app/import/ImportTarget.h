// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cloud/DirectoryRecords.h"
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
};

// What a CSV import writes to: the columns, how a row becomes the create form's UserDraft, and the form's own
// validator. A new target (e.g. Agent Identity pool users) is one more description here plus its writer.
class ImportTarget
{
    Q_DECLARE_TR_FUNCTIONS(ImportTarget)
public:
    using Values = QMap<QString, QString>;   // header -> cell (trimmed); a header missing from the file is absent

    QString service;                         // "cloudidentity", "cloudsso"
    QList<ImportColumn> columns;             // template order
    QString keyHeader;                       // identifies an existing user: "UserName"
    Qt::CaseSensitivity keyCase = Qt::CaseSensitive;
    // The form's validator (DirectoryValidation::cloudIdentityUser / cloudSsoUser, what DirectoryBackend::
    // validateUser calls): field names are UserDraft members.
    std::function<QList<FieldError>(const UserDraft &, bool creating)> validator;

    // Volcengine Cloud Identity CreateUser: UserName (required), DisplayName, Description, Email, Phone.
    static ImportTarget cloudIdentity();
    // Alibaba CloudSSO CreateUser: UserName (required), FirstName, LastName, DisplayName, Description, Email.
    // Status and Tags are left out: a new user is Enabled; status has its own action (UpdateUserStatus).
    static ImportTarget cloudSso();
    // "cloudidentity" / "cloudsso"; nullopt otherwise (Agent Identity "id" is not supported yet).
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
    QString key(const Values &values) const { return values.value(keyHeader); }
    // The key as compared (case-folded when the service compares names case-insensitively).
    QString normalizedKey(const QString &name) const;

    // UserDraft member access by field name ("email").
    static QString draftField(const UserDraft &draft, const QString &field);
    static void setDraftField(UserDraft *draft, const QString &field, const QString &value);
    static QString userField(const DirectoryUser &user, const QString &field);
};
