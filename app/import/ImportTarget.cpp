// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/ImportTarget.h"

#include "cloud/DirectoryValidation.h"
#include "cloud/PoolDirectoryService.h"
#include "models/CsvWriter.h"
#include <QJsonObject>

ImportTarget ImportTarget::cloudIdentity()
{
    ImportTarget t;
    t.service = QStringLiteral("cloudidentity");
    t.keyHeader = QStringLiteral("UserName");
    // Cloud Identity user names: the documentation does not say whether they compare case-insensitively; the
    // import treats "Alice" and "alice" as two users, as an exact-match lookup does.
    t.keyCase = Qt::CaseSensitive;
    t.columns = {
        {QStringLiteral("UserName"), QStringLiteral("userName"), true, false},
        {QStringLiteral("DisplayName"), QStringLiteral("displayName"), false, true},
        {QStringLiteral("Description"), QStringLiteral("description"), false, true},
        {QStringLiteral("Email"), QStringLiteral("email"), false, true},
        {QStringLiteral("Phone"), QStringLiteral("phone"), false, true},
    };
    t.validator = &DirectoryValidation::cloudIdentityUser;
    return t;
}

ImportTarget ImportTarget::cloudSso()
{
    ImportTarget t;
    t.service = QStringLiteral("cloudsso");
    t.keyHeader = QStringLiteral("UserName");
    t.keyCase = Qt::CaseInsensitive; // CloudSSO user names are unique regardless of case
    t.columns = {
        {QStringLiteral("UserName"), QStringLiteral("userName"), true, false},
        {QStringLiteral("FirstName"), QStringLiteral("firstName"), false, true},
        {QStringLiteral("LastName"), QStringLiteral("lastName"), false, true},
        {QStringLiteral("DisplayName"), QStringLiteral("displayName"), false, true},
        {QStringLiteral("Description"), QStringLiteral("description"), false, true},
        {QStringLiteral("Email"), QStringLiteral("email"), false, true},
    };
    t.validator = &DirectoryValidation::cloudSsoUser;
    return t;
}

namespace {
const QString kEmailVerified = QStringLiteral("EmailVerified");
const QString kPhoneVerified = QStringLiteral("PhoneNumberVerified");
const QString kUserMetadata = QStringLiteral("UserMetadata");

QList<FieldError> poolValidate(const ImportTarget::Values &values, bool creating)
{
    QList<FieldError> out;
    for (const QString &h : {kEmailVerified, kPhoneVerified}) {
        const QString v = values.value(h);
        if (!v.isEmpty() && !ImportTarget::parseBool(v))
            out.append({h, ImportTarget::tr("Write true or false.")});
    }
    QList<PoolDirectoryService::FieldProblem> problems;
    if (creating) {
        if (values.value(QStringLiteral("PreferredUsername")).isEmpty() && values.value(QStringLiteral("Email")).isEmpty())
            out.append({QStringLiteral("PreferredUsername"),
                        ImportTarget::tr("Give a PreferredUsername or an Email: the import recognises existing users by them.")});
        problems = PoolDirectoryService::validateUserDraft(ImportTarget::poolDraft(values));
    } else {
        problems = PoolDirectoryService::validateUserChanges(ImportTarget::poolChanges(values));
    }
    for (const auto &p : problems) {
        bool dup = false;
        for (const FieldError &e : std::as_const(out))
            dup = dup || (e.field == p.field && !creating);
        if (!dup)
            out.append({p.field, p.message});
    }
    return out;
}
} // namespace

ImportTarget ImportTarget::poolUsers()
{
    ImportTarget t;
    t.service = QStringLiteral("id");
    t.keyHeader = QStringLiteral("PreferredUsername");
    t.altKeyHeader = QStringLiteral("Email");
    // [assumed] the documentation does not say how user names and e-mail addresses compare; the emulator (like
    // common identity services) treats user names case-insensitively, and e-mail domains are case-insensitive.
    t.keyCase = Qt::CaseInsensitive;
    for (const QString &claim : PoolUser::profileFields()) {
        const bool key = claim == t.keyHeader;
        t.columns.append({claim, claim, false, !key});
    }
    t.columns.append({kEmailVerified, kEmailVerified, false, true, true});
    t.columns.append({kPhoneVerified, kPhoneVerified, false, true, true});
    t.columns.append({kUserMetadata, kUserMetadata, false, true});
    t.valuesValidator = &poolValidate;
    return t;
}

std::optional<bool> ImportTarget::parseBool(const QString &cell)
{
    const QString v = cell.trimmed().toLower();
    if (v == QLatin1String("true"))
        return true;
    if (v == QLatin1String("false"))
        return false;
    return std::nullopt;
}

PoolUserDraft ImportTarget::poolDraft(const Values &values)
{
    PoolUserDraft d;
    for (const QString &claim : PoolUser::profileFields()) {
        const QString v = values.value(claim);
        if (!v.isEmpty())
            d.claims.insert(claim, v);
    }
    d.emailVerified = parseBool(values.value(kEmailVerified));
    d.phoneNumberVerified = parseBool(values.value(kPhoneVerified));
    d.userMetadata = values.value(kUserMetadata);
    return d;
}

PoolUserChanges ImportTarget::poolChanges(const Values &changed)
{
    PoolUserChanges c;
    for (const QString &claim : PoolUser::profileFields()) {
        const QString v = changed.value(claim);
        if (!v.isEmpty())
            c.claims.insert(claim, v);
    }
    c.emailVerified = parseBool(changed.value(kEmailVerified));
    c.phoneNumberVerified = parseBool(changed.value(kPhoneVerified));
    if (!changed.value(kUserMetadata).isEmpty())
        c.userMetadata = changed.value(kUserMetadata);
    return c;
}

DirectoryUser ImportTarget::poolUserRecord(const PoolUser &u)
{
    DirectoryUser d;
    d.id = u.uid;
    d.userName = u.preferredUsername();
    d.displayName = u.name();
    d.email = u.email();
    d.phone = u.phoneNumber();
    QJsonObject raw;
    raw.insert(QStringLiteral("Uid"), u.uid);
    for (auto it = u.claims.constBegin(); it != u.claims.constEnd(); ++it)
        raw.insert(it.key(), it.value());
    auto boolText = [](const std::optional<bool> &b) { return b ? QString(*b ? "true" : "false") : QString(); };
    raw.insert(kEmailVerified, boolText(u.emailVerified));
    raw.insert(kPhoneVerified, boolText(u.phoneNumberVerified));
    raw.insert(kUserMetadata, u.userMetadata);
    d.raw = raw;
    return d;
}

QString ImportTarget::keyHeaderOf(const Values &values) const
{
    if (!values.value(keyHeader).isEmpty())
        return keyHeader;
    if (!altKeyHeader.isEmpty() && !values.value(altKeyHeader).isEmpty())
        return altKeyHeader;
    return {};
}

QString ImportTarget::key(const Values &values) const
{
    const QString h = keyHeaderOf(values);
    return h.isEmpty() ? QString() : values.value(h);
}

bool ImportTarget::sameValue(const ImportColumn &column, const QString &cell, const QString &current) const
{
    if (column.boolean) {
        const auto a = parseBool(cell), b = parseBool(current);
        return a && b ? *a == *b : cell.compare(current, Qt::CaseInsensitive) == 0;
    }
    return cell == current;
}

QList<FieldError> ImportTarget::validateUpdate(const Values &changed, const UserDraft &merged) const
{
    if (valuesValidator)
        return valuesValidator(changed, false);
    return validator ? validator(merged, false) : QList<FieldError>();
}

std::optional<ImportTarget> ImportTarget::forService(const QString &service)
{
    if (service == QLatin1String("id"))
        return poolUsers();
    if (service == QLatin1String("cloudidentity"))
        return cloudIdentity();
    if (service == QLatin1String("cloudsso"))
        return cloudSso();
    return std::nullopt;
}

QStringList ImportTarget::headers() const
{
    QStringList h;
    for (const ImportColumn &c : columns)
        h << c.header;
    return h;
}

QByteArray ImportTarget::templateCsv(bool byteOrderMark) const
{
    QByteArrayList cells;
    for (const ImportColumn &c : columns)
        cells << CsvWriter::escapeField(c.header);
    return (byteOrderMark ? QByteArray("\xEF\xBB\xBF") : QByteArray()) + cells.join(',') + "\r\n";
}

QString ImportTarget::headerForField(const QString &field) const
{
    for (const ImportColumn &c : columns)
        if (c.field == field)
            return c.header;
    return field;
}

const ImportColumn *ImportTarget::column(const QString &header) const
{
    for (const ImportColumn &c : columns)
        if (c.header == header)
            return &c;
    return nullptr;
}

QString ImportTarget::draftField(const UserDraft &d, const QString &field)
{
    if (field == QLatin1String("userName"))
        return d.userName;
    if (field == QLatin1String("displayName"))
        return d.displayName;
    if (field == QLatin1String("firstName"))
        return d.firstName;
    if (field == QLatin1String("lastName"))
        return d.lastName;
    if (field == QLatin1String("email"))
        return d.email;
    if (field == QLatin1String("phone"))
        return d.phone;
    if (field == QLatin1String("description"))
        return d.description;
    if (field == QLatin1String("status"))
        return d.status;
    return {};
}

void ImportTarget::setDraftField(UserDraft *d, const QString &field, const QString &value)
{
    if (field == QLatin1String("userName"))
        d->userName = value;
    else if (field == QLatin1String("displayName"))
        d->displayName = value;
    else if (field == QLatin1String("firstName"))
        d->firstName = value;
    else if (field == QLatin1String("lastName"))
        d->lastName = value;
    else if (field == QLatin1String("email"))
        d->email = value;
    else if (field == QLatin1String("phone"))
        d->phone = value;
    else if (field == QLatin1String("description"))
        d->description = value;
    else if (field == QLatin1String("status"))
        d->status = value;
}

QString ImportTarget::userField(const DirectoryUser &u, const QString &field)
{
    if (field == QLatin1String("userName"))
        return u.userName;
    if (field == QLatin1String("displayName"))
        return u.displayName;
    if (field == QLatin1String("firstName"))
        return u.firstName;
    if (field == QLatin1String("lastName"))
        return u.lastName;
    if (field == QLatin1String("email"))
        return u.email;
    if (field == QLatin1String("phone"))
        return u.phone;
    if (field == QLatin1String("description"))
        return u.description;
    if (field == QLatin1String("status"))
        return u.status;
    return u.raw.value(field).toString();
}

UserDraft ImportTarget::toDraft(const Values &values) const
{
    UserDraft d;
    for (const ImportColumn &c : columns)
        setDraftField(&d, c.field, values.value(c.header));
    return d;
}

ImportTarget::Values ImportTarget::fromUser(const DirectoryUser &user) const
{
    Values v;
    for (const ImportColumn &c : columns)
        v.insert(c.header, userField(user, c.field));
    return v;
}

QList<FieldError> ImportTarget::validate(const Values &values, bool creating) const
{
    if (valuesValidator)
        return valuesValidator(values, creating);
    return validator ? validator(toDraft(values), creating) : QList<FieldError>();
}

QString ImportTarget::normalizedKey(const QString &name) const
{
    return keyCase == Qt::CaseInsensitive ? name.toCaseFolded() : name;
}
