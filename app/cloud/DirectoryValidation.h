// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/ApiError.h"
#include "cloud/DirectoryRecords.h"
#include "api/ServiceCatalog.h"
#include <QCoreApplication>
#include <QList>
#include <QString>

// Client-side checks with the documented limits of Volcengine Cloud Identity and Alibaba CloudSSO
// (see the API reference), and the mapping of server errors back to form fields.
// Lengths are counted in characters (Unicode code points), as the services count them.
// Field names are the UserDraft / GroupDraft member names ("userName", "email", "name", ...), plus
// "password" for ResetPassword and "search" for search boxes.
class DirectoryValidation
{
    Q_DECLARE_TR_FUNCTIONS(DirectoryValidation)
public:
    // Cloud Identity CreateUser / UpdateUser: UserName 1-54 (required), DisplayName <= 64, Description <= 255,
    // Email <= 128 (and an e-mail address), Phone <= 20 (digits, a leading +, -, spaces, parentheses).
    // The shared rules table tests/data/validation-rules.json lists these limits and the form-only checks.
    static QList<FieldError> cloudIdentityUser(const UserDraft &draft, bool creating);
    // CloudSSO CreateUser / UpdateUser: UserName <= 64 of letters, digits and @ _ - . (required on create,
    // fixed afterwards), FirstName / LastName <= 64, DisplayName <= 256, Description <= 1024, Email <= 128,
    // Status Enabled / Disabled.
    static QList<FieldError> cloudSsoUser(const UserDraft &draft, bool creating);
    // Cloud Identity CreateGroup / UpdateGroup: GroupName <= 63 (required on create, fixed afterwards),
    // DisplayName <= 64, Description <= 128, JoinType Manual / Auto (required on create).
    static QList<FieldError> cloudIdentityGroup(const GroupDraft &draft, bool creating);
    // CloudSSO CreateGroup / UpdateGroup: GroupName <= 128 of letters, digits and _ - . (required on create;
    // optional rename on update), Description <= 1024.
    static QList<FieldError> cloudSsoGroup(const GroupDraft &draft, bool creating);

    // The UserDraft fields whose value in `draft` differs from `original` (trimmed as they are sent; the user
    // name only where `userNameEditable`): what an update sends (UserDraft::changed).
    static QSet<QString> changedUserFields(const DirectoryUser &original, const UserDraft &draft, bool userNameEditable,
                                           bool firstLastName, bool phone);
    // An update's own checks, before the field rules: something to change, no field cleared that the API cannot
    // clear (`clearable`), and the field rules only for the fields sent (`fieldErrors`, from cloud*User()).
    static QList<FieldError> userUpdate(const UserDraft &draft, const QSet<QString> &clearable,
                                        const QList<FieldError> &fieldErrors);
    // "… cannot be cleared through the API" for a field (its label in the form's words).
    static QString cannotClearText();

    // Cloud Identity ResetPassword: empty (the server generates one) or 8-32 characters.
    static QList<FieldError> resetPassword(const QString &password);

    // A plausible e-mail address: local@domain.tld, no spaces, no control characters.
    static bool isValidEmail(const QString &email);
    // Number of characters (code points, so a surrogate pair counts once).
    static int length(const QString &text);
    static bool hasControlCharacters(const QString &text, bool allowLineBreaks);

    // CloudSSO Filter values. The filter syntax is "<Attribute> <Operator> <Value>" with no quoting, so the
    // value may only contain characters a user / group name can contain. Returns the filter
    // ("UserName sw alice") or an empty string with *error set (tr()'d) when the text cannot be searched.
    // An empty (or blank) search gives an empty filter and no error.
    static QString cloudSsoUserFilter(const QString &search, QString *error);
    static QString cloudSsoGroupFilter(const QString &search, QString *error);

    // The form field a server validation error concerns, or empty. Understands
    // InvalidParameter.<Name> / MissingParameter.<Name> (CloudSSO), InvalidParam / ParamMissing with the
    // parameter name in the message (Cloud Identity), duplicates (GroupAlreadyExists, *AlreadyExists*,
    // *Duplicate*) and New<Name> update parameters.
    static QString fieldForError(Service service, const ApiError &error);
    // The form field for a request parameter name ("NewEmail" -> "email"), or empty.
    static QString fieldForParameter(const QString &parameter);

    static constexpr int kCiUserNameMax = 54;
    static constexpr int kCiDisplayNameMax = 64;
    static constexpr int kCiUserDescriptionMax = 255;
    static constexpr int kEmailMax = 128;
    static constexpr int kCiPhoneMax = 20;
    static constexpr int kCiGroupNameMax = 63;
    static constexpr int kCiGroupDescriptionMax = 128;
    static constexpr int kCiGroupDisplayNameMax = 64;
    static constexpr int kSsoUserNameMax = 64;
    static constexpr int kSsoPersonNameMax = 64;
    static constexpr int kSsoDisplayNameMax = 256;
    static constexpr int kSsoDescriptionMax = 1024;
    static constexpr int kSsoGroupNameMax = 128;
    static constexpr int kPasswordMin = 8;
    static constexpr int kPasswordMax = 32;
};
