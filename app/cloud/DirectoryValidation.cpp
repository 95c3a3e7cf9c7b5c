// SPDX-License-Identifier: GPL-3.0-or-later
#include "cloud/DirectoryValidation.h"

#include <QHash>
#include <algorithm>
#include <QRegularExpression>

namespace {
const QString F_UserName = QStringLiteral("userName");
const QString F_DisplayName = QStringLiteral("displayName");
const QString F_FirstName = QStringLiteral("firstName");
const QString F_LastName = QStringLiteral("lastName");
const QString F_Email = QStringLiteral("email");
const QString F_Phone = QStringLiteral("phone");
const QString F_Description = QStringLiteral("description");
const QString F_Status = QStringLiteral("status");
const QString F_Name = QStringLiteral("name");
const QString F_JoinType = QStringLiteral("joinType");
const QString F_Password = QStringLiteral("password");

void checkLength(QList<FieldError> *out, const QString &field, const QString &value, int max, const QString &what)
{
    const int n = DirectoryValidation::length(value);
    if (n > max)
        out->append({field, DirectoryValidation::tr("%1 is too long: %2 characters, at most %3 are allowed.")
                                .arg(what).arg(n).arg(max)});
}

void checkSingleLine(QList<FieldError> *out, const QString &field, const QString &value, const QString &what)
{
    if (DirectoryValidation::hasControlCharacters(value, false))
        out->append({field, DirectoryValidation::tr("%1 cannot contain line breaks or control characters.").arg(what)});
}

void checkEmail(QList<FieldError> *out, const QString &email)
{
    const QString e = email.trimmed();
    if (e.isEmpty())
        return;
    checkLength(out, F_Email, e, DirectoryValidation::kEmailMax, DirectoryValidation::tr("The e-mail address"));
    if (!DirectoryValidation::isValidEmail(e))
        out->append({F_Email, DirectoryValidation::tr("\"%1\" is not an e-mail address (expected name@example.com).").arg(e)});
}

bool hasField(const QList<FieldError> &errors, const QString &field)
{
    for (const FieldError &e : errors)
        if (e.field == field)
            return true;
    return false;
}

// Keep only the first problem of each field: a form shows one message per field.
QList<FieldError> firstPerField(const QList<FieldError> &errors)
{
    QList<FieldError> out;
    for (const FieldError &e : errors)
        if (!hasField(out, e.field))
            out.append(e);
    return out;
}
} // namespace

int DirectoryValidation::length(const QString &text)
{
    int n = 0;
    for (int i = 0; i < text.size(); ++i) {
        if (text.at(i).isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate())
            ++i;
        ++n;
    }
    return n;
}

bool DirectoryValidation::hasControlCharacters(const QString &text, bool allowLineBreaks)
{
    for (const QChar c : text) {
        if (allowLineBreaks && (c == QLatin1Char('\n') || c == QLatin1Char('\r') || c == QLatin1Char('\t')))
            continue;
        if (c.category() == QChar::Other_Control || c == QChar::LineSeparator || c == QChar::ParagraphSeparator)
            return true;
    }
    return false;
}

bool DirectoryValidation::isValidEmail(const QString &email)
{
    static const QRegularExpression re(QStringLiteral(
        "^[^\\s@\"<>(),;:\\[\\]\\\\]+@[^\\s@\"<>(),;:\\[\\]\\\\.]+(\\.[^\\s@\"<>(),;:\\[\\]\\\\.]+)+$"));
    if (email.size() > 254 || hasControlCharacters(email, false))
        return false;
    if (!re.match(email).hasMatch())
        return false;
    const QString local = email.section(QLatin1Char('@'), 0, 0);
    return !local.startsWith(QLatin1Char('.')) && !local.endsWith(QLatin1Char('.'))
           && !local.contains(QStringLiteral(".."));
}

QList<FieldError> DirectoryValidation::cloudIdentityUser(const UserDraft &d, bool creating)
{
    QList<FieldError> out;
    const QString userName = d.userName.trimmed();
    if (userName.isEmpty()) {
        if (creating)
            out.append({F_UserName, tr("Enter a user name.")});
    } else {
        checkLength(&out, F_UserName, userName, kCiUserNameMax, tr("The user name"));
        checkSingleLine(&out, F_UserName, userName, tr("The user name"));
    }
    checkLength(&out, F_DisplayName, d.displayName.trimmed(), kCiDisplayNameMax, tr("The display name"));
    checkSingleLine(&out, F_DisplayName, d.displayName, tr("The display name"));
    checkLength(&out, F_Description, d.description, kCiUserDescriptionMax, tr("The description"));
    if (hasControlCharacters(d.description, true))
        out.append({F_Description, tr("The description cannot contain control characters.")});
    checkEmail(&out, d.email);
    const QString phone = d.phone.trimmed();
    if (!phone.isEmpty()) {
        checkLength(&out, F_Phone, phone, kCiPhoneMax, tr("The phone number"));
        // The reference gives only the length (tests/data/validation-rules.json); this plausibility check accepts
        // every common way of writing a number: a leading +, digits, spaces, hyphens and parentheses.
        static const QRegularExpression re(QStringLiteral("^\\+?[0-9 ()\\-]*[0-9][0-9 ()\\-]*$"));
        if (!re.match(phone).hasMatch())
            out.append({F_Phone, tr("A phone number may contain digits, a leading +, spaces, hyphens and parentheses only.")});
    }
    return firstPerField(out);
}

QList<FieldError> DirectoryValidation::cloudSsoUser(const UserDraft &d, bool creating)
{
    QList<FieldError> out;
    if (creating) {
        const QString userName = d.userName.trimmed();
        static const QRegularExpression re(QStringLiteral("^[A-Za-z0-9@_.\\-]+$"));
        if (userName.isEmpty())
            out.append({F_UserName, tr("Enter a user name.")});
        else {
            checkLength(&out, F_UserName, userName, kSsoUserNameMax, tr("The user name"));
            if (!re.match(userName).hasMatch())
                out.append({F_UserName, tr("A CloudSSO user name may contain letters, digits and @ _ - . only.")});
        }
        if (!d.status.isEmpty() && d.status != QLatin1String("Enabled") && d.status != QLatin1String("Disabled"))
            out.append({F_Status, tr("The status must be Enabled or Disabled.")});
    }
    checkLength(&out, F_FirstName, d.firstName.trimmed(), kSsoPersonNameMax, tr("The first name"));
    checkSingleLine(&out, F_FirstName, d.firstName, tr("The first name"));
    checkLength(&out, F_LastName, d.lastName.trimmed(), kSsoPersonNameMax, tr("The last name"));
    checkSingleLine(&out, F_LastName, d.lastName, tr("The last name"));
    checkLength(&out, F_DisplayName, d.displayName.trimmed(), kSsoDisplayNameMax, tr("The display name"));
    checkSingleLine(&out, F_DisplayName, d.displayName, tr("The display name"));
    checkLength(&out, F_Description, d.description, kSsoDescriptionMax, tr("The description"));
    if (hasControlCharacters(d.description, true))
        out.append({F_Description, tr("The description cannot contain control characters.")});
    checkEmail(&out, d.email);
    return firstPerField(out);
}

QList<FieldError> DirectoryValidation::cloudIdentityGroup(const GroupDraft &d, bool creating)
{
    QList<FieldError> out;
    if (creating) {
        const QString name = d.name.trimmed();
        if (name.isEmpty())
            out.append({F_Name, tr("Enter a group name.")});
        else {
            checkLength(&out, F_Name, name, kCiGroupNameMax, tr("The group name"));
            checkSingleLine(&out, F_Name, name, tr("The group name"));
        }
        if (!d.joinType.isEmpty() && d.joinType != QLatin1String("Manual") && d.joinType != QLatin1String("Auto"))
            out.append({F_JoinType, tr("The join type must be Manual or Auto.")});
    }
    checkLength(&out, F_DisplayName, d.displayName.trimmed(), kCiGroupDisplayNameMax, tr("The display name"));
    checkSingleLine(&out, F_DisplayName, d.displayName, tr("The display name"));
    checkLength(&out, F_Description, d.description, kCiGroupDescriptionMax, tr("The description"));
    if (hasControlCharacters(d.description, true))
        out.append({F_Description, tr("The description cannot contain control characters.")});
    return firstPerField(out);
}

QList<FieldError> DirectoryValidation::cloudSsoGroup(const GroupDraft &d, bool creating)
{
    QList<FieldError> out;
    const QString name = d.name.trimmed();
    if (name.isEmpty()) {
        if (creating)
            out.append({F_Name, tr("Enter a group name.")});
    } else {
        static const QRegularExpression re(QStringLiteral("^[A-Za-z0-9_.\\-]+$"));
        checkLength(&out, F_Name, name, kSsoGroupNameMax, tr("The group name"));
        if (!re.match(name).hasMatch())
            out.append({F_Name, tr("A CloudSSO group name may contain letters, digits and _ - . only.")});
    }
    checkLength(&out, F_Description, d.description, kSsoDescriptionMax, tr("The description"));
    if (hasControlCharacters(d.description, true))
        out.append({F_Description, tr("The description cannot contain control characters.")});
    return firstPerField(out);
}

QSet<QString> DirectoryValidation::changedUserFields(const DirectoryUser &original, const UserDraft &draft,
                                                     bool userNameEditable, bool firstLastName, bool phone)
{
    QSet<QString> changed;
    auto compare = [&changed](const QString &field, const QString &before, const QString &after) {
        if (before.trimmed() != after.trimmed())
            changed.insert(field);
    };
    if (userNameEditable)
        compare(F_UserName, original.userName, draft.userName);
    compare(F_DisplayName, original.displayName, draft.displayName);
    if (firstLastName) {
        compare(F_FirstName, original.firstName, draft.firstName);
        compare(F_LastName, original.lastName, draft.lastName);
    }
    compare(F_Email, original.email, draft.email);
    if (phone)
        compare(F_Phone, original.phone, draft.phone);
    if (original.description != draft.description)   // sent as typed (line breaks are refused by the rules)
        changed.insert(F_Description);
    return changed;
}

QString DirectoryValidation::cannotClearText()
{
    return tr("This field cannot be cleared through the API: enter a new value or leave it as it was.");
}

QList<FieldError> DirectoryValidation::userUpdate(const UserDraft &draft, const QSet<QString> &clearable,
                                                  const QList<FieldError> &fieldErrors)
{
    QList<FieldError> out;
    if (draft.changed.isEmpty()) {
        out.append({QString(), tr("Nothing was changed, so nothing is sent.")});
        return out;
    }
    const QHash<QString, QString> values{{F_UserName, draft.userName},       {F_DisplayName, draft.displayName},
                                         {F_FirstName, draft.firstName},     {F_LastName, draft.lastName},
                                         {F_Email, draft.email},             {F_Phone, draft.phone},
                                         {F_Description, draft.description}};
    QStringList fields(draft.changed.cbegin(), draft.changed.cend());
    fields.sort();
    for (const QString &field : std::as_const(fields)) {
        if (!values.contains(field)) {
            out.append({QString(), tr("The field %1 cannot be updated.").arg(field)});
        } else if (values.value(field).trimmed().isEmpty() && !clearable.contains(field)) {
            out.append({field, field == F_UserName ? tr("The user name cannot be empty.") : cannotClearText()});
        }
    }
    for (const FieldError &e : fieldErrors)
        if (e.field.isEmpty() || draft.changed.contains(e.field))
            if (!std::any_of(out.cbegin(), out.cend(), [&e](const FieldError &o) { return o.field == e.field && !e.field.isEmpty(); }))
                out.append(e);
    return out;
}

QList<FieldError> DirectoryValidation::resetPassword(const QString &password)
{
    QList<FieldError> out;
    if (password.isEmpty())
        return out;
    const int n = length(password);
    if (n < kPasswordMin || n > kPasswordMax)
        out.append({F_Password, tr("The password must be %1 to %2 characters long (it has %3).")
                                    .arg(kPasswordMin).arg(kPasswordMax).arg(n)});
    else if (hasControlCharacters(password, false))
        out.append({F_Password, tr("The password cannot contain control characters.")});
    return out;
}

namespace {
QString ssoFilter(const QString &attribute, const QString &search, const QRegularExpression &allowed, int max,
                  const QString &allowedText, QString *error)
{
    if (error)
        error->clear();
    const QString v = search.trimmed();
    if (v.isEmpty())
        return {};
    if (!allowed.match(v).hasMatch()) {
        if (error)
            *error = allowedText;
        return {};
    }
    if (DirectoryValidation::length(v) > max) {
        if (error)
            *error = DirectoryValidation::tr("The search text is too long (at most %1 characters).").arg(max);
        return {};
    }
    return attribute + QStringLiteral(" sw ") + v;
}
} // namespace

QString DirectoryValidation::cloudSsoUserFilter(const QString &search, QString *error)
{
    static const QRegularExpression re(QStringLiteral("^[A-Za-z0-9@_.\\-]+$"));
    return ssoFilter(QStringLiteral("UserName"), search, re, kSsoUserNameMax,
                     tr("CloudSSO searches the beginning of user names, which contain only letters, digits and "
                        "@ _ - . characters."),
                     error);
}

QString DirectoryValidation::cloudSsoGroupFilter(const QString &search, QString *error)
{
    static const QRegularExpression re(QStringLiteral("^[A-Za-z0-9_.\\-]+$"));
    return ssoFilter(QStringLiteral("GroupName"), search, re, kSsoGroupNameMax,
                     tr("CloudSSO searches the beginning of group names, which contain only letters, digits and "
                        "_ - . characters."),
                     error);
}

QString DirectoryValidation::fieldForParameter(const QString &parameter)
{
    static const QHash<QString, QString> map = {
        {QStringLiteral("username"), F_UserName},
        {QStringLiteral("displayname"), F_DisplayName},
        {QStringLiteral("firstname"), F_FirstName},
        {QStringLiteral("lastname"), F_LastName},
        {QStringLiteral("email"), F_Email},
        {QStringLiteral("phone"), F_Phone},
        {QStringLiteral("description"), F_Description},
        {QStringLiteral("status"), F_Status},
        {QStringLiteral("groupname"), F_Name},
        {QStringLiteral("jointype"), F_JoinType},
        {QStringLiteral("password"), F_Password},
    };
    QString p = parameter.trimmed().toLower();
    if (p.startsWith(QLatin1String("new")) && map.contains(p.mid(3)))
        p = p.mid(3);
    return map.value(p);
}

QString DirectoryValidation::fieldForError(Service service, const ApiError &error)
{
    if (error.kind != ApiError::Kind::Api && error.kind != ApiError::Kind::InvalidInput)
        return {};
    const QString code = error.code;
    const QStringList segments = code.split(QLatin1Char('.'), Qt::SkipEmptyParts);

    // 1. The parameter named in the code: InvalidParameter.UserName, MissingParameter.NewEmail,
    //    InvalidParameter.UserName.Duplicated, EntityAlreadyExists.User.Email ...
    for (int i = 1; i < segments.size(); ++i) {
        const QString f = fieldForParameter(segments.at(i));
        if (!f.isEmpty())
            return f;
    }

    const QString head = segments.value(0);
    const bool paramError = head == QLatin1String("InvalidParam") || head == QLatin1String("ParamMissing")
                            || head == QLatin1String("InvalidParameter") || head == QLatin1String("MissingParameter")
                            || head == QLatin1String("InvalidInput") || head == QLatin1String("SensitiveWord");
    const bool duplicate = code.contains(QLatin1String("AlreadyExist"), Qt::CaseInsensitive)
                           || code.contains(QLatin1String("Duplicat"), Qt::CaseInsensitive)
                           || code.contains(QLatin1String("Conflict.Name"), Qt::CaseInsensitive);

    // 2. The parameter named in the message: "The parameter Email[x] is invalid", "Missing parameter UserName",
    //    "The input parameter \"NewEmail\" that is mandatory ...", "user name alice already exists".
    if (paramError || duplicate) {
        static const QRegularExpression word(QStringLiteral("[A-Za-z]+"));
        auto it = word.globalMatch(error.message);
        QString found;
        while (it.hasNext()) {
            const QString w = it.next().captured(0);
            // Only CamelCase parameter names, not ordinary words ("name", "status" in prose).
            if (!w.at(0).isUpper())
                continue;
            const QString f = fieldForParameter(w);
            if (!f.isEmpty()) {
                found = f;
                break;
            }
        }
        if (!found.isEmpty())
            return found;
    }

    // 3. Duplicates without a parameter name: the object's name field.
    if (duplicate) {
        if (code.contains(QLatin1String("Email"), Qt::CaseInsensitive)
            || error.message.contains(QLatin1String("email"), Qt::CaseInsensitive))
            return F_Email;
        if (code.contains(QLatin1String("Group"), Qt::CaseInsensitive))
            return F_Name;
        if (code.contains(QLatin1String("User"), Qt::CaseInsensitive))
            return F_UserName;
        const QString action = error.action;
        if (action.contains(QLatin1String("Group")))
            return F_Name;
        if (action.contains(QLatin1String("User")))
            return F_UserName;
    }
    Q_UNUSED(service);
    return {};
}
