// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/ImportTarget.h"

#include "cloud/DirectoryValidation.h"
#include "models/CsvWriter.h"

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

std::optional<ImportTarget> ImportTarget::forService(const QString &service)
{
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
    return {};
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
    return validator ? validator(toDraft(values), creating) : QList<FieldError>();
}

QString ImportTarget::normalizedKey(const QString &name) const
{
    return keyCase == Qt::CaseInsensitive ? name.toCaseFolded() : name;
}
