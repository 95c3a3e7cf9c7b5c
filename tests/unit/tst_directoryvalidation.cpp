// SPDX-License-Identifier: GPL-3.0-or-later
// Client-side limits of Cloud Identity and CloudSSO users / groups, CloudSSO filter escaping, and the mapping
// of server errors to form fields.
#include "cloud/CloudIdentityBackend.h"
#include "cloud/CloudSsoBackend.h"
#include "cloud/DirectoryValidation.h"

#include <QtTest>

namespace {
QString repeat(const QString &s, int n)
{
    return s.repeated(n);
}

QStringList fields(const QList<FieldError> &errors)
{
    QStringList out;
    for (const FieldError &e : errors) {
        out << e.field;
        if (e.message.isEmpty())
            out << QStringLiteral("<empty message>");
    }
    return out;
}

ApiError apiError(const QString &code, const QString &message = QString(), const QString &action = QString())
{
    ApiError e = ApiError::make(ApiError::Kind::Api, code, message);
    e.action = action;
    return e;
}
} // namespace

class TestDirectoryValidation : public QObject
{
    Q_OBJECT
private slots:
    void cloudIdentityUser_data();
    void cloudIdentityUser();
    void cloudSsoUser_data();
    void cloudSsoUser();
    void cloudIdentityGroup_data();
    void cloudIdentityGroup();
    void cloudSsoGroup_data();
    void cloudSsoGroup();
    void lengthCountsCharacters();
    void password_data();
    void password();
    void email_data();
    void email();
    void ssoFilters_data();
    void ssoFilters();
    void fieldForError_data();
    void fieldForError();
    void requestBodies();
    void updateSendsOnlyChangedFields();
    void changedFields();
    void updateChecks();
};

void TestDirectoryValidation::cloudIdentityUser_data()
{
    QTest::addColumn<QString>("userName");
    QTest::addColumn<QString>("displayName");
    QTest::addColumn<QString>("description");
    QTest::addColumn<QString>("email");
    QTest::addColumn<QString>("phone");
    QTest::addColumn<bool>("creating");
    QTest::addColumn<QStringList>("expected");

    const QString a = QStringLiteral("a");
    QTest::newRow("minimal") << "alice" << "" << "" << "" << "" << true << QStringList();
    QTest::newRow("name required on create") << "  " << "" << "" << "" << "" << true << QStringList{"userName"};
    QTest::newRow("name optional on update") << "" << "" << "" << "" << "" << false << QStringList();
    QTest::newRow("name 54") << repeat(a, 54) << "" << "" << "" << "" << true << QStringList();
    QTest::newRow("name 55") << repeat(a, 55) << "" << "" << "" << "" << true << QStringList{"userName"};
    QTest::newRow("name 55 on update") << repeat(a, 55) << "" << "" << "" << "" << false << QStringList{"userName"};
    QTest::newRow("chinese name 54") << repeat(QStringLiteral("张"), 54) << "" << "" << "" << "" << true << QStringList();
    QTest::newRow("name with newline") << "ali\nce" << "" << "" << "" << "" << true << QStringList{"userName"};
    QTest::newRow("display 64") << "u" << repeat(a, 64) << "" << "" << "" << true << QStringList();
    QTest::newRow("display 65") << "u" << repeat(a, 65) << "" << "" << "" << true << QStringList{"displayName"};
    QTest::newRow("description 255") << "u" << "" << repeat(a, 255) << "" << "" << true << QStringList();
    QTest::newRow("description 256") << "u" << "" << repeat(a, 256) << "" << "" << true << QStringList{"description"};
    QTest::newRow("description multi-line") << "u" << "" << "line 1\nline 2" << "" << "" << true << QStringList();
    QTest::newRow("email ok") << "u" << "" << "" << "alice@example.com" << "" << true << QStringList();
    QTest::newRow("email bad") << "u" << "" << "" << "alice@" << "" << true << QStringList{"email"};
    QTest::newRow("email 129") << "u" << "" << "" << repeat(a, 117) + "@example.com" << "" << true << QStringList{"email"};
    QTest::newRow("email 128") << "u" << "" << "" << repeat(a, 116) + "@example.com" << "" << true << QStringList();
    QTest::newRow("phone ok") << "u" << "" << "" << "" << "+9627784204919962" << true << QStringList();
    QTest::newRow("phone 20") << "u" << "" << "" << "" << repeat("1", 20) << true << QStringList();
    QTest::newRow("phone 21") << "u" << "" << "" << "" << repeat("1", 21) << true << QStringList{"phone"};
    QTest::newRow("phone letters") << "u" << "" << "" << "" << "call me" << true << QStringList{"phone"};
    QTest::newRow("several") << "" << repeat(a, 65) << "" << "x" << "" << true
                             << QStringList{"userName", "displayName", "email"};
}

void TestDirectoryValidation::cloudIdentityUser()
{
    QFETCH(QString, userName);
    QFETCH(QString, displayName);
    QFETCH(QString, description);
    QFETCH(QString, email);
    QFETCH(QString, phone);
    QFETCH(bool, creating);
    QFETCH(QStringList, expected);
    UserDraft d;
    d.userName = userName;
    d.displayName = displayName;
    d.description = description;
    d.email = email;
    d.phone = phone;
    QCOMPARE(fields(DirectoryValidation::cloudIdentityUser(d, creating)), expected);
}

void TestDirectoryValidation::cloudSsoUser_data()
{
    QTest::addColumn<QString>("userName");
    QTest::addColumn<QString>("firstName");
    QTest::addColumn<QString>("displayName");
    QTest::addColumn<QString>("description");
    QTest::addColumn<QString>("email");
    QTest::addColumn<QString>("status");
    QTest::addColumn<bool>("creating");
    QTest::addColumn<QStringList>("expected");

    const QString a = QStringLiteral("a");
    QTest::newRow("minimal") << "alice" << "" << "" << "" << "" << "" << true << QStringList();
    QTest::newRow("allowed punctuation") << "a.b-c_d@corp" << "" << "" << "" << "" << "" << true << QStringList();
    QTest::newRow("space") << "alice smith" << "" << "" << "" << "" << "" << true << QStringList{"userName"};
    QTest::newRow("chinese") << QStringLiteral("张三") << "" << "" << "" << "" << "" << true << QStringList{"userName"};
    QTest::newRow("name 64") << repeat(a, 64) << "" << "" << "" << "" << "" << true << QStringList();
    QTest::newRow("name 65") << repeat(a, 65) << "" << "" << "" << "" << "" << true << QStringList{"userName"};
    QTest::newRow("name ignored on update") << "" << "" << "" << "" << "" << "" << false << QStringList();
    QTest::newRow("first 64") << "u" << repeat(a, 64) << "" << "" << "" << "" << true << QStringList();
    QTest::newRow("first 65") << "u" << repeat(a, 65) << "" << "" << "" << "" << true << QStringList{"firstName"};
    QTest::newRow("display 256") << "u" << "" << repeat(a, 256) << "" << "" << "" << true << QStringList();
    QTest::newRow("display 257") << "u" << "" << repeat(a, 257) << "" << "" << "" << true << QStringList{"displayName"};
    QTest::newRow("description 1024") << "u" << "" << "" << repeat(a, 1024) << "" << "" << true << QStringList();
    QTest::newRow("description 1025") << "u" << "" << "" << repeat(a, 1025) << "" << "" << true << QStringList{"description"};
    QTest::newRow("email bad") << "u" << "" << "" << "" << "a b@c.d" << "" << true << QStringList{"email"};
    QTest::newRow("status ok") << "u" << "" << "" << "" << "" << "Disabled" << true << QStringList();
    QTest::newRow("status bad") << "u" << "" << "" << "" << "" << "Off" << true << QStringList{"status"};
}

void TestDirectoryValidation::cloudSsoUser()
{
    QFETCH(QString, userName);
    QFETCH(QString, firstName);
    QFETCH(QString, displayName);
    QFETCH(QString, description);
    QFETCH(QString, email);
    QFETCH(QString, status);
    QFETCH(bool, creating);
    QFETCH(QStringList, expected);
    UserDraft d;
    d.userName = userName;
    d.firstName = firstName;
    d.displayName = displayName;
    d.description = description;
    d.email = email;
    d.status = status;
    QCOMPARE(fields(DirectoryValidation::cloudSsoUser(d, creating)), expected);
}

void TestDirectoryValidation::cloudIdentityGroup_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("displayName");
    QTest::addColumn<QString>("description");
    QTest::addColumn<QString>("joinType");
    QTest::addColumn<bool>("creating");
    QTest::addColumn<QStringList>("expected");
    const QString a = QStringLiteral("a");
    QTest::newRow("minimal") << "ops" << "" << "" << "" << true << QStringList();
    QTest::newRow("required") << "" << "" << "" << "Manual" << true << QStringList{"name"};
    QTest::newRow("name 63") << repeat(a, 63) << "" << "" << "Auto" << true << QStringList();
    QTest::newRow("name 64") << repeat(a, 64) << "" << "" << "Auto" << true << QStringList{"name"};
    QTest::newRow("name fixed on update") << repeat(a, 64) << "" << "" << "" << false << QStringList();
    QTest::newRow("display 65") << "g" << repeat(a, 65) << "" << "" << true << QStringList{"displayName"};
    QTest::newRow("description 128") << "g" << "" << repeat(a, 128) << "" << true << QStringList();
    QTest::newRow("description 129") << "g" << "" << repeat(a, 129) << "" << false << QStringList{"description"};
    QTest::newRow("join type bad") << "g" << "" << "" << "Sometimes" << true << QStringList{"joinType"};
}

void TestDirectoryValidation::cloudIdentityGroup()
{
    QFETCH(QString, name);
    QFETCH(QString, displayName);
    QFETCH(QString, description);
    QFETCH(QString, joinType);
    QFETCH(bool, creating);
    QFETCH(QStringList, expected);
    GroupDraft d{name, displayName, description, joinType};
    QCOMPARE(fields(DirectoryValidation::cloudIdentityGroup(d, creating)), expected);
}

void TestDirectoryValidation::cloudSsoGroup_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("description");
    QTest::addColumn<bool>("creating");
    QTest::addColumn<QStringList>("expected");
    const QString a = QStringLiteral("a");
    QTest::newRow("minimal") << "ops-team_1.x" << "" << true << QStringList();
    QTest::newRow("required") << "" << "" << true << QStringList{"name"};
    QTest::newRow("rename optional") << "" << "" << false << QStringList();
    QTest::newRow("at sign") << "ops@x" << "" << true << QStringList{"name"};
    QTest::newRow("rename checked") << "ops team" << "" << false << QStringList{"name"};
    QTest::newRow("name 128") << repeat(a, 128) << "" << true << QStringList();
    QTest::newRow("name 129") << repeat(a, 129) << "" << true << QStringList{"name"};
    QTest::newRow("description 1025") << "g" << repeat(a, 1025) << true << QStringList{"description"};
}

void TestDirectoryValidation::cloudSsoGroup()
{
    QFETCH(QString, name);
    QFETCH(QString, description);
    QFETCH(bool, creating);
    QFETCH(QStringList, expected);
    GroupDraft d;
    d.name = name;
    d.description = description;
    QCOMPARE(fields(DirectoryValidation::cloudSsoGroup(d, creating)), expected);
}

void TestDirectoryValidation::lengthCountsCharacters()
{
    QCOMPARE(DirectoryValidation::length(QStringLiteral("abc")), 3);
    QCOMPARE(DirectoryValidation::length(QStringLiteral("张三")), 2);
    const QString emoji = QString::fromUtf8("\xF0\x9F\x98\x80"); // one code point, two UTF-16 units
    QCOMPARE(emoji.size(), 2);
    QCOMPARE(DirectoryValidation::length(emoji.repeated(64)), 64);
    UserDraft d;
    d.userName = QStringLiteral("u");
    d.displayName = emoji.repeated(64);
    QVERIFY(DirectoryValidation::cloudIdentityUser(d, true).isEmpty());
    d.displayName += emoji;
    QCOMPARE(fields(DirectoryValidation::cloudIdentityUser(d, true)), QStringList{"displayName"});
}

void TestDirectoryValidation::password_data()
{
    QTest::addColumn<QString>("password");
    QTest::addColumn<bool>("valid");
    QTest::newRow("empty = generate") << "" << true;
    QTest::newRow("7") << "Abcde1!" << false;
    QTest::newRow("8") << "Abcdef1!" << true;
    QTest::newRow("32") << QString(32, QLatin1Char('x')) << true;
    QTest::newRow("33") << QString(33, QLatin1Char('x')) << false;
    QTest::newRow("control") << "Abcdef1!\x01" << false;
}

void TestDirectoryValidation::password()
{
    QFETCH(QString, password);
    QFETCH(bool, valid);
    const auto errors = DirectoryValidation::resetPassword(password);
    QCOMPARE(errors.isEmpty(), valid);
    if (!valid) {
        QCOMPARE(errors.first().field, QStringLiteral("password"));
        // The message never repeats the password itself.
        QVERIFY(!errors.first().message.contains(password));
    }
}

void TestDirectoryValidation::email_data()
{
    QTest::addColumn<QString>("email");
    QTest::addColumn<bool>("valid");
    QTest::newRow("plain") << "alice@example.com" << true;
    QTest::newRow("plus") << "alice+tag@sub.example.co" << true;
    QTest::newRow("idn") << QStringLiteral("张三@例子.中国") << true;
    QTest::newRow("no at") << "alice.example.com" << false;
    QTest::newRow("two at") << "a@b@example.com" << false;
    QTest::newRow("no tld") << "alice@localhost" << false;
    QTest::newRow("space") << "alice @example.com" << false;
    QTest::newRow("dot start") << ".alice@example.com" << false;
    QTest::newRow("double dot") << "al..ice@example.com" << false;
    QTest::newRow("empty label") << "alice@example..com" << false;
    QTest::newRow("angle") << "<alice@example.com>" << false;
}

void TestDirectoryValidation::email()
{
    QFETCH(QString, email);
    QFETCH(bool, valid);
    QCOMPARE(DirectoryValidation::isValidEmail(email), valid);
}

void TestDirectoryValidation::ssoFilters_data()
{
    QTest::addColumn<bool>("group");
    QTest::addColumn<QString>("search");
    QTest::addColumn<QString>("filter");
    QTest::addColumn<bool>("error");
    QTest::newRow("empty") << false << "" << "" << false;
    QTest::newRow("blank") << false << "   " << "" << false;
    QTest::newRow("user prefix") << false << " alice " << "UserName sw alice" << false;
    QTest::newRow("user punctuation") << false << "a.b-c_d@x" << "UserName sw a.b-c_d@x" << false;
    QTest::newRow("user space") << false << "alice smith" << "" << true;
    QTest::newRow("user injection") << false << "a or UserName sw b" << "" << true;
    QTest::newRow("user quote") << false << "a\"" << "" << true;
    QTest::newRow("user chinese") << false << QStringLiteral("张") << "" << true;
    QTest::newRow("user 65") << false << QString(65, QLatin1Char('a')) << "" << true;
    QTest::newRow("group prefix") << true << "ops" << "GroupName sw ops" << false;
    QTest::newRow("group at") << true << "ops@x" << "" << true;
}

void TestDirectoryValidation::ssoFilters()
{
    QFETCH(bool, group);
    QFETCH(QString, search);
    QFETCH(QString, filter);
    QFETCH(bool, error);
    QString message = QStringLiteral("untouched");
    const QString got = group ? DirectoryValidation::cloudSsoGroupFilter(search, &message)
                              : DirectoryValidation::cloudSsoUserFilter(search, &message);
    QCOMPARE(got, filter);
    QCOMPARE(!message.isEmpty(), error);
}

void TestDirectoryValidation::fieldForError_data()
{
    QTest::addColumn<int>("service");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("message");
    QTest::addColumn<QString>("action");
    QTest::addColumn<QString>("field");
    const int sso = int(Service::CloudSso);
    const int ci = int(Service::CloudIdentity);
    QTest::newRow("sso invalid user name") << sso << "InvalidParameter.UserName" << "The parameter UserName is invalid." << "CreateUser" << "userName";
    QTest::newRow("sso invalid new email") << sso << "InvalidParameter.NewEmail" << "" << "UpdateUser" << "email";
    QTest::newRow("sso missing group name") << sso << "MissingParameter.GroupName" << "" << "CreateGroup" << "name";
    QTest::newRow("sso new group name") << sso << "InvalidParameter.NewGroupName" << "" << "UpdateGroup" << "name";
    QTest::newRow("sso duplicate user") << sso << "EntityAlreadyExists.User" << "The user already exists." << "CreateUser" << "userName";
    QTest::newRow("sso duplicate email") << sso << "EntityAlreadyExists.User.Email" << "" << "CreateUser" << "email";
    QTest::newRow("sso duplicate group") << sso << "EntityAlreadyExists.Group" << "" << "UpdateGroup" << "name";
    QTest::newRow("sso duplicated suffix") << sso << "InvalidParameter.UserName.Duplicated" << "" << "CreateUser" << "userName";
    QTest::newRow("sso filter is no field") << sso << "InvalidParameter.Filter" << "The parameter Filter is invalid." << "ListUsers" << "";
    QTest::newRow("sso not found") << sso << "EntityNotExists.User" << "" << "UpdateUser" << "";
    QTest::newRow("ci invalid param email") << ci << "InvalidParam" << "The parameter Email[bob@] is invalid" << "CreateUser" << "email";
    QTest::newRow("ci invalid param phone") << ci << "InvalidParam" << "The parameter Phone[+1 (2)] is invalid" << "UpdateUser" << "phone";
    QTest::newRow("ci param missing") << ci << "ParamMissing" << "Missing parameter UserName" << "CreateUser" << "userName";
    QTest::newRow("ci group exists") << ci << "GroupAlreadyExists" << QStringLiteral("用户组 ops 已经存在") << "CreateGroup" << "name";
    QTest::newRow("ci user exists") << ci << "UserAlreadyExists" << "User alice already exists" << "CreateUser" << "userName";
    QTest::newRow("ci duplicated") << ci << "Duplicated" << "" << "CreateUser" << "userName";
    QTest::newRow("ci concurrent") << ci << "ConcurrentException" << "Concurrent request exception" << "CreateUser" << "";
    QTest::newRow("ci prose words") << ci << "InvalidParam" << "the name is invalid" << "CreateUser" << "";
    QTest::newRow("throttling") << sso << "Throttling.User" << "" << "CreateUser" << "";
    QTest::newRow("client refusal") << ci << "InvalidParameter.password" << "" << "ResetPassword" << "password";
}

void TestDirectoryValidation::fieldForError()
{
    QFETCH(int, service);
    QFETCH(QString, code);
    QFETCH(QString, message);
    QFETCH(QString, action);
    QFETCH(QString, field);
    QCOMPARE(DirectoryValidation::fieldForError(Service(service), apiError(code, message, action)), field);
    // Not an answer from the service: never a field.
    ApiError net = ApiError::make(ApiError::Kind::Network, code, message);
    QCOMPARE(DirectoryValidation::fieldForError(Service(service), net), QString());
}

void TestDirectoryValidation::requestBodies()
{
    UserDraft d;
    d.userName = QStringLiteral("  alice ");
    d.displayName = QStringLiteral("Alice");
    d.email = QStringLiteral(" alice@example.com ");
    // Create: unset optional fields are left out, names trimmed.
    const QJsonObject ci = CloudIdentityBackend::createUserParams(d);
    QCOMPARE(ci.value("UserName").toString(), QStringLiteral("alice"));
    QCOMPARE(ci.value("Email").toString(), QStringLiteral("alice@example.com"));
    QVERIFY(!ci.contains("Phone"));
    QVERIFY(!ci.contains("Description"));
    // Update: only the changed fields (UserDraft::changed), never the rest of the form (issue 13 item 2: the
    // whole form with blanks meaning "clear" is what the docs do not allow).
    d.changed = {QStringLiteral("displayName")};
    const QJsonObject ciUpdate = CloudIdentityBackend::updateUserParams(QStringLiteral("42"), d);
    QCOMPARE(ciUpdate.value("UserId").toString(), QStringLiteral("42"));
    QVERIFY(!ciUpdate.contains("Phone"));
    QCOMPARE(ciUpdate.value("DisplayName").toString(), QStringLiteral("Alice"));

    const QJsonObject pw = CloudIdentityBackend::resetPasswordParams(QStringLiteral("42"), QString(), true);
    QCOMPARE(pw.value("GenerateRandomPassword").toBool(), true);
    QCOMPARE(pw.value("PasswordResetRequired").toBool(), true);
    QVERIFY(!pw.contains("Password"));
    const QJsonObject typed = CloudIdentityBackend::resetPasswordParams(QStringLiteral("42"), QStringLiteral("Secret123!"), false);
    QCOMPARE(typed.value("GenerateRandomPassword").toBool(), false);
    QCOMPARE(typed.value("PasswordResetRequired").toBool(), false);
    QCOMPARE(typed.value("Password").toString(), QStringLiteral("Secret123!"));

    GroupDraft g;
    g.name = QStringLiteral("ops");
    QCOMPARE(CloudIdentityBackend::createGroupParams(g).value("JoinType").toString(), QStringLiteral("Manual"));
    g.joinType = QStringLiteral("Auto");
    QCOMPARE(CloudIdentityBackend::createGroupParams(g).value("JoinType").toString(), QStringLiteral("Auto"));
    QVERIFY(!CloudIdentityBackend::updateGroupParams(QStringLiteral("7"), g).contains("GroupName"));

    d.changed = {QStringLiteral("displayName")};
    const QJsonObject sso = CloudSsoBackend::updateUserParams(QStringLiteral("d-1"), QStringLiteral("u-1"), d);
    QCOMPARE(sso.value("DirectoryId").toString(), QStringLiteral("d-1"));
    QCOMPARE(sso.value("NewDisplayName").toString(), QStringLiteral("Alice"));
    QVERIFY(!sso.contains("UserName"));
    g.name = QStringLiteral("ops2");
    QCOMPARE(CloudSsoBackend::updateGroupParams(QStringLiteral("d-1"), QStringLiteral("g-1"), g).value("NewGroupName").toString(),
             QStringLiteral("ops2"));
    QCOMPARE(CloudSsoBackend::normalizedStrategy(QStringLiteral("Takeover")), QStringLiteral("TakeOver"));
    QCOMPARE(CloudSsoBackend::normalizedStrategy(QStringLiteral("keepboth")), QStringLiteral("KeepBoth"));
    QCOMPARE(CloudSsoBackend::normalizedStrategy(QStringLiteral("both")), QString());
}

void TestDirectoryValidation::updateSendsOnlyChangedFields()
{
    UserDraft d;
    d.userName = QStringLiteral("alice");
    d.displayName = QStringLiteral(" Alice Liu ");
    d.firstName = QStringLiteral("Alice");
    d.lastName = QStringLiteral("Liu");
    d.email = QStringLiteral("alice@example.com");
    d.phone = QStringLiteral("+86 138 0000 0000");
    d.description = QStringLiteral("ops");

    // Cloud Identity: exactly UserId plus the changed keys.
    d.changed = {QStringLiteral("email"), QStringLiteral("displayName")};
    QJsonObject ci = CloudIdentityBackend::updateUserParams(QStringLiteral("42"), d);
    QStringList keys = ci.keys();
    keys.sort();
    QCOMPARE(keys, (QStringList{"DisplayName", "Email", "UserId"}));
    QCOMPARE(ci.value("DisplayName").toString(), QStringLiteral("Alice Liu"));   // trimmed as sent
    d.changed = {QStringLiteral("userName"), QStringLiteral("phone"), QStringLiteral("description")};
    keys = CloudIdentityBackend::updateUserParams(QStringLiteral("42"), d).keys();
    keys.sort();
    QCOMPARE(keys, (QStringList{"Description", "Phone", "UserId", "UserName"}));
    // A field Cloud Identity does not have is never sent.
    d.changed = {QStringLiteral("firstName")};
    QCOMPARE(CloudIdentityBackend::updateUserParams(QStringLiteral("42"), d).keys(), QStringList{"UserId"});

    // CloudSSO: DirectoryId, UserId and the New* keys of the changed fields; never UserName or Phone.
    d.changed = {QStringLiteral("lastName"), QStringLiteral("userName"), QStringLiteral("phone")};
    QJsonObject sso = CloudSsoBackend::updateUserParams(QStringLiteral("d-1"), QStringLiteral("u-1"), d);
    keys = sso.keys();
    keys.sort();
    QCOMPARE(keys, (QStringList{"DirectoryId", "NewLastName", "UserId"}));
    d.changed = {QStringLiteral("firstName"), QStringLiteral("displayName"), QStringLiteral("email"),
                 QStringLiteral("description")};
    keys = CloudSsoBackend::updateUserParams(QStringLiteral("d-1"), QStringLiteral("u-1"), d).keys();
    keys.sort();
    QCOMPARE(keys, (QStringList{"DirectoryId", "NewDescription", "NewDisplayName", "NewEmail", "NewFirstName", "UserId"}));
    // Nothing changed: nothing but the ids.
    d.changed.clear();
    QCOMPARE(CloudSsoBackend::updateUserParams(QStringLiteral("d-1"), QStringLiteral("u-1"), d).size(), 2);
}

void TestDirectoryValidation::changedFields()
{
    DirectoryUser u;
    u.userName = QStringLiteral("alice");
    u.displayName = QStringLiteral("Alice");
    u.firstName = QStringLiteral("A");
    u.email = QStringLiteral("alice@example.com");
    u.phone = QStringLiteral("123");
    u.description = QStringLiteral("ops");
    UserDraft d;
    d.userName = u.userName;
    d.displayName = QStringLiteral(" Alice ");   // only white space around: not a change
    d.firstName = u.firstName;
    d.email = u.email;
    d.phone = u.phone;
    d.description = u.description;
    QCOMPARE(DirectoryValidation::changedUserFields(u, d, true, true, true), QSet<QString>());
    d.userName = QStringLiteral("alice2");
    d.lastName = QStringLiteral("Liu");
    d.email.clear();
    d.description = QStringLiteral("ops\n");
    QCOMPARE(DirectoryValidation::changedUserFields(u, d, true, true, true),
             (QSet<QString>{"userName", "lastName", "email", "description"}));
    // Fields the service does not have (or a fixed user name) never count.
    QCOMPARE(DirectoryValidation::changedUserFields(u, d, false, false, false), (QSet<QString>{"email", "description"}));
    d.phone = QStringLiteral("456");
    QVERIFY(!DirectoryValidation::changedUserFields(u, d, false, false, false).contains("phone"));
    QVERIFY(DirectoryValidation::changedUserFields(u, d, false, false, true).contains("phone"));
}

void TestDirectoryValidation::updateChecks()
{
    UserDraft d;
    d.userName = QStringLiteral("alice");
    d.email = QString();
    d.displayName = QStringLiteral("Alice");
    // Nothing changed: refused, nothing sent.
    QList<FieldError> e = DirectoryValidation::userUpdate(d, {}, {});
    QCOMPARE(e.size(), 1);
    QCOMPARE(e.first().field, QString());
    // An emptied field the API cannot clear: refused on that field.
    d.changed = {QStringLiteral("email"), QStringLiteral("displayName")};
    e = DirectoryValidation::userUpdate(d, {}, {});
    QCOMPARE(e.size(), 1);
    QCOMPARE(e.first().field, QStringLiteral("email"));
    QCOMPARE(e.first().message, DirectoryValidation::cannotClearText());
    // … unless the backend says the API clears it.
    QVERIFY(DirectoryValidation::userUpdate(d, {QStringLiteral("email")}, {}).isEmpty());
    // Field rules count only for the fields sent.
    const QList<FieldError> rules{{QStringLiteral("phone"), QStringLiteral("bad phone")},
                                  {QStringLiteral("displayName"), QStringLiteral("too long")}};
    e = DirectoryValidation::userUpdate(d, {QStringLiteral("email")}, rules);
    QCOMPARE(e.size(), 1);
    QCOMPARE(e.first().field, QStringLiteral("displayName"));
    // With the Cloud Identity rules (a blank e-mail passes them as "no e-mail"), the blank is still refused.
    d.changed = {QStringLiteral("email")};
    e = DirectoryValidation::userUpdate(d, {}, DirectoryValidation::cloudIdentityUser(d, false));
    QCOMPARE(e.size(), 1);
    QCOMPARE(e.first().field, QStringLiteral("email"));
}

QTEST_GUILESS_MAIN(TestDirectoryValidation)
#include "tst_directoryvalidation.moc"
