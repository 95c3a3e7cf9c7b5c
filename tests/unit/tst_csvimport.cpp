// SPDX-License-Identifier: GPL-3.0-or-later
// CSV import without the network: RFC 4180 parsing edge cases, encodings (UTF-8 with / without BOM, GB18030 as
// Chinese Excel writes it - produced here by iconv -, UTF-16), header checks, the forms' validation of rows,
// duplicate rows, planning against existing users, and the failed-rows export read back in.
#include "import/CsvReader.h"
#include "import/ImportPlanner.h"
#include "import/ImportTarget.h"
#include "cloud/DirectoryValidation.h"
#include "cloud/BulkOperation.h"
#include "cloud/PoolDirectoryService.h"
#include "import/BulkImportExecutor.h"
#include "import/ImportBulkTarget.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

class TestCsvImport : public QObject
{
    Q_OBJECT
private slots:
    void rfc4180();
    void rfc4180Errors();
    void blankRowsSkipped();
    void encodingUtf8Bom();
    void encodingGb18030FromIconv();
    void encodingUtf16();
    void notText();
    void templates();
    void headerErrors();
    void headersCaseInsensitiveAndErrorColumnIgnored();
    void rowValidationUsesFormValidators();
    void duplicateRows();
    void extraCells();
    void planAgainstExisting();
    void refusedUpdateIsJudgedAgainAndReworded();
    void failedRowsRoundTrip();
    void poolTemplate();
    void poolRowValidation();
    void poolPlanAgainstExisting();
    void poolBulkRequests();
};

void TestCsvImport::rfc4180()
{
    const QString text = QStringLiteral("a,b,c\r\n\"x, y\",\"say \"\"hi\"\"\",\"line1\r\nline2\"\r\nplain,,last\n\"\",q,\"\"\r\n");
    const CsvReader::Result r = CsvReader::parse(text);
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(r.records.size(), 4);
    QCOMPARE(r.records.at(0).fields, (QStringList{"a", "b", "c"}));
    QCOMPARE(r.records.at(1).fields, (QStringList{"x, y", "say \"hi\"", "line1\nline2"}));
    QCOMPARE(r.records.at(1).line, 2);
    QCOMPARE(r.records.at(2).line, 4); // the record before spans lines 2-3
    QCOMPARE(r.records.at(2).fields, (QStringList{"plain", "", "last"}));
    QCOMPARE(r.records.at(3).fields, (QStringList{"", "q", ""}));
    // No final line break, trailing empty field, lone CR line ends.
    const CsvReader::Result r2 = CsvReader::parse(QStringLiteral("a,b\rc,"));
    QVERIFY(r2.ok());
    QCOMPARE(r2.records.size(), 2);
    QCOMPARE(r2.records.at(1).fields, (QStringList{"c", ""}));
    // A quote inside an unquoted field is kept as is.
    QCOMPARE(CsvReader::parse(QStringLiteral("ab\"c,d")).records.at(0).fields, (QStringList{"ab\"c", "d"}));
}

void TestCsvImport::rfc4180Errors()
{
    const CsvReader::Result open = CsvReader::parse(QStringLiteral("a,b\r\n1,\"never closed\r\n2,3\r\n"));
    QVERIFY(!open.ok());
    QCOMPARE(open.errorLine, 2);
    QVERIFY2(open.error.contains(QStringLiteral("Line 2")), qPrintable(open.error));
    const CsvReader::Result after = CsvReader::parse(QStringLiteral("a,b\n\"x\"y,2\n"));
    QVERIFY(!after.ok());
    QCOMPARE(after.errorLine, 2);
}

void TestCsvImport::blankRowsSkipped()
{
    const CsvReader::Result r = CsvReader::parse(QStringLiteral("a,b\r\n\r\n,,\r\n  \r\n1,2\r\n\r\n"));
    QVERIFY(r.ok());
    QCOMPARE(r.records.size(), 2);
    QCOMPARE(r.records.at(1).fields, (QStringList{"1", "2"}));
    QCOMPARE(r.records.at(1).line, 5);
}

void TestCsvImport::encodingUtf8Bom()
{
    const QByteArray utf8 = QStringLiteral("UserName,DisplayName\r\nfang.wang,王芳\r\n").toUtf8();
    CsvReader::Result r = CsvReader::read(QByteArray("\xEF\xBB\xBF") + utf8);
    QVERIFY(r.ok());
    QCOMPARE(r.encoding, CsvReader::Encoding::Utf8Bom);
    QCOMPARE(r.records.at(0).fields.at(0), QStringLiteral("UserName")); // the BOM is not part of the header
    QCOMPARE(r.records.at(1).fields.at(1), QStringLiteral("王芳"));
    r = CsvReader::read(utf8);
    QVERIFY(r.ok());
    QCOMPARE(r.encoding, CsvReader::Encoding::Utf8);
    QCOMPARE(r.records.at(1).fields.at(1), QStringLiteral("王芳"));
}

void TestCsvImport::encodingGb18030FromIconv()
{
    // A real GB18030 file, made by iconv (not by Qt, which reads it): what "Save as CSV" writes in Chinese Excel.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString utf8File = dir.filePath(QStringLiteral("utf8.csv"));
    const QString gbFile = dir.filePath(QStringLiteral("gb.csv"));
    {
        QFile f(utf8File);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QStringLiteral("UserName,DisplayName,Description\r\nfang.wang,王芳,\"研发部, 北京\"\r\nli.na,李娜,𠀀字\r\n").toUtf8());
    }
    QProcess iconv;
    iconv.setStandardOutputFile(gbFile);
    iconv.start(QStringLiteral("iconv"), {QStringLiteral("-f"), QStringLiteral("UTF-8"), QStringLiteral("-t"),
                                           QStringLiteral("GB18030"), utf8File});
    QVERIFY2(iconv.waitForFinished(10000), "iconv did not run (Debian package libc-bin provides it)");
    QCOMPARE(iconv.exitCode(), 0);
    QFile gb(gbFile);
    QVERIFY(gb.open(QIODevice::ReadOnly));
    const QByteArray bytes = gb.readAll();
    QVERIFY(bytes.contains("\xCD\xF5\xB7\xBC")); // 王芳 in GB18030: really not UTF-8
    const CsvReader::Result r = CsvReader::readFile(gbFile);
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(r.encoding, CsvReader::Encoding::Gb18030);
    QCOMPARE(r.records.size(), 3);
    QCOMPARE(r.records.at(1).fields, (QStringList{"fang.wang", "王芳", "研发部, 北京"}));
    QCOMPARE(r.records.at(2).fields.at(2), QStringLiteral("𠀀字")); // a 4-byte GB18030 sequence
    const ImportPlanner::Parsed p = ImportPlanner::parseFile(ImportTarget::cloudIdentity(), gbFile);
    QVERIFY2(p.ok(), qPrintable(p.error));
    QCOMPARE(p.rows.at(0).values.value(QStringLiteral("DisplayName")), QStringLiteral("王芳"));
}

void TestCsvImport::encodingUtf16()
{
    QByteArray bytes("\xFF\xFE");
    const QString text = QStringLiteral("UserName\r\n王\r\n");
    bytes.append(reinterpret_cast<const char *>(text.utf16()), text.size() * 2);
    const CsvReader::Result r = CsvReader::read(bytes);
    QVERIFY(r.ok());
    QCOMPARE(r.encoding, CsvReader::Encoding::Utf16);
    QCOMPARE(r.records.at(1).fields.at(0), QStringLiteral("王"));
}

void TestCsvImport::notText()
{
    const CsvReader::Result r = CsvReader::read(QByteArray("PK\x03\x04\x00\x00binary", 12));
    QVERIFY(!r.ok());
    QVERIFY(!r.error.isEmpty());
    QVERIFY(!ImportPlanner::parseFile(ImportTarget::cloudSso(), QStringLiteral("/nonexistent/users.csv")).ok());
}

void TestCsvImport::templates()
{
    QCOMPARE(ImportTarget::cloudIdentity().templateCsv(false), QByteArray("UserName,DisplayName,Description,Email,Phone\r\n"));
    QCOMPARE(ImportTarget::cloudSso().templateCsv(false),
             QByteArray("UserName,FirstName,LastName,DisplayName,Description,Email\r\n"));
    QVERIFY(ImportTarget::cloudSso().templateCsv().startsWith("\xEF\xBB\xBFUserName,"));
    QVERIFY(ImportTarget::forService(QStringLiteral("id")));     // Agent Identity pool users (poolTemplate)
    QVERIFY(!ImportTarget::forService(QStringLiteral("iam")));
    // The template parses as a header with no rows: a clear error, not a crash.
    const ImportPlanner::Parsed p = ImportPlanner::parseBytes(ImportTarget::cloudSso(), ImportTarget::cloudSso().templateCsv());
    QVERIFY(!p.ok());
    QCOMPARE(p.fileHeaders, ImportTarget::cloudSso().headers());
}

void TestCsvImport::headerErrors()
{
    const ImportTarget ci = ImportTarget::cloudIdentity();
    ImportPlanner::Parsed p = ImportPlanner::parseBytes(ci, "UserName,Mail,Department\r\na,b,c\r\n");
    QVERIFY(!p.ok());
    QVERIFY2(p.error.contains(QStringLiteral("Mail")) && p.error.contains(QStringLiteral("Department")), qPrintable(p.error));
    p = ImportPlanner::parseBytes(ci, "DisplayName,Email\r\nA,a@example.com\r\n");
    QVERIFY(!p.ok());
    QVERIFY2(p.error.contains(QStringLiteral("UserName")), qPrintable(p.error));
    p = ImportPlanner::parseBytes(ci, "UserName,Email,email\r\na,a@example.com,b@example.com\r\n");
    QVERIFY(!p.ok());
    // CloudSSO columns are not Cloud Identity columns.
    p = ImportPlanner::parseBytes(ci, "UserName,FirstName\r\na,b\r\n");
    QVERIFY(!p.ok());
    QVERIFY(p.error.contains(QStringLiteral("FirstName")));
    QVERIFY(!ImportPlanner::parseBytes(ci, "").ok());
}

void TestCsvImport::headersCaseInsensitiveAndErrorColumnIgnored()
{
    const ImportPlanner::Parsed p = ImportPlanner::parseBytes(
        ImportTarget::cloudIdentity(), " email ,USERNAME,Error\r\n a@example.com , alice ,Row 2: something\r\n");
    QVERIFY2(p.ok(), qPrintable(p.error));
    QCOMPARE(p.rows.size(), 1);
    QCOMPARE(p.rows.at(0).values.value(QStringLiteral("UserName")), QStringLiteral("alice"));
    QCOMPARE(p.rows.at(0).values.value(QStringLiteral("Email")), QStringLiteral("a@example.com"));
    QVERIFY(!p.rows.at(0).values.contains(QStringLiteral("Error")));
    QVERIFY(p.rows.at(0).isValid());
    QCOMPARE(p.rows.at(0).row, 2);
}

void TestCsvImport::rowValidationUsesFormValidators()
{
    // Cloud Identity: UserName 1-54, e-mail checked, phone characters.
    const QByteArray ci = "UserName,Email,Phone,DisplayName\r\n"
                          "ok.user,ok@example.com,+86 138 0000 0000,OK\r\n"
                          ",x@example.com,,\r\n"
                          + QByteArray(55, 'a') + ",,,\r\n"
                          "bad.mail,not-an-address,,\r\n"
                          "bad.phone,,abc,\r\n";
    const ImportPlanner::Parsed p = ImportPlanner::parseBytes(ImportTarget::cloudIdentity(), ci);
    QVERIFY2(p.ok(), qPrintable(p.error));
    QCOMPARE(p.rows.size(), 5);
    QVERIFY(p.rows.at(0).isValid());
    for (int i = 1; i < 5; ++i)
        QVERIFY2(!p.rows.at(i).isValid(), qPrintable(QString::number(i)));
    QCOMPARE(p.rows.at(1).errors.first().field, QStringLiteral("userName"));
    QCOMPARE(p.rows.at(3).errors.first().field, QStringLiteral("email"));
    QCOMPARE(p.rows.at(4).errors.first().field, QStringLiteral("phone"));
    // The same answers as the form's validator.
    for (const ImportRow &r : p.rows)
        QCOMPARE(r.errors.size(), DirectoryValidation::cloudIdentityUser(ImportTarget::cloudIdentity().toDraft(r.values), true).size());
    QVERIFY(p.rows.at(3).errorText(ImportTarget::cloudIdentity()).startsWith(QStringLiteral("Email: ")));

    // CloudSSO: user names only letters, digits and @ _ - .
    const ImportPlanner::Parsed s = ImportPlanner::parseBytes(ImportTarget::cloudSso(),
                                                              "UserName,FirstName\r\nwang fang,芳\r\nfang.wang,芳\r\n");
    QVERIFY(s.ok());
    QVERIFY(!s.rows.at(0).isValid());
    QVERIFY(s.rows.at(1).isValid());
}

void TestCsvImport::duplicateRows()
{
    const QByteArray csv = "UserName\r\nalice\r\nbob\r\nAlice\r\nalice\r\n";
    ImportPlanner::Parsed p = ImportPlanner::parseBytes(ImportTarget::cloudIdentity(), csv);
    QVERIFY(p.ok());
    QVERIFY(p.rows.at(0).isValid());
    QVERIFY(p.rows.at(2).isValid());        // Cloud Identity: exact names
    QVERIFY(!p.rows.at(3).isValid());       // the second "alice"
    QVERIFY(p.rows.at(3).errors.first().message.contains(QStringLiteral("row 2")));
    p = ImportPlanner::parseBytes(ImportTarget::cloudSso(), csv);
    QVERIFY(!p.rows.at(2).isValid());       // CloudSSO: names compare case-insensitively
    QVERIFY(!p.rows.at(3).isValid());
    QCOMPARE(ImportPlanner::namesToLookUp(ImportTarget::cloudSso(), p.rows), (QStringList{"alice", "bob"}));
}

void TestCsvImport::extraCells()
{
    const ImportPlanner::Parsed p = ImportPlanner::parseBytes(ImportTarget::cloudIdentity(),
                                                              "UserName,Email\r\na,a@example.com,surplus\r\nb\r\nc,,,\r\n");
    QVERIFY(p.ok());
    QVERIFY(!p.rows.at(0).isValid());
    QVERIFY(p.rows.at(1).isValid());        // missing trailing cells are empty
    QCOMPARE(p.rows.at(1).values.value(QStringLiteral("Email")), QString());
    QVERIFY(p.rows.at(2).isValid());        // empty surplus cells are harmless
}

void TestCsvImport::planAgainstExisting()
{
    const ImportTarget t = ImportTarget::cloudSso();
    ImportPlanner::Parsed p = ImportPlanner::parseBytes(t, "UserName,DisplayName,Email,FirstName\r\n"
                                                           "new.user,New,new@example.com,\r\n"
                                                           "Same.User,Same,same@example.com,\r\n"
                                                           "changed.user,Changed Name,,Li\r\n"
                                                           "bad row,,,\r\n");
    QVERIFY(p.ok());
    QHash<QString, DirectoryUser> existing;
    DirectoryUser same;
    same.id = QStringLiteral("u-1");
    same.userName = QStringLiteral("same.user");
    same.displayName = QStringLiteral("Same");
    same.email = QStringLiteral("same@example.com");
    existing.insert(t.normalizedKey(same.userName), same);
    DirectoryUser changed;
    changed.id = QStringLiteral("u-2");
    changed.userName = QStringLiteral("changed.user");
    changed.displayName = QStringLiteral("Old Name");
    changed.email = QStringLiteral("keep@example.com");
    changed.description = QStringLiteral("kept");
    existing.insert(t.normalizedKey(changed.userName), changed);

    QList<ImportRow> rows = p.rows;
    ImportPlanner::plan(t, &rows, existing, false);
    QCOMPARE(rows.at(0).plan, ImportRow::Plan::Create);
    QCOMPARE(rows.at(1).plan, ImportRow::Plan::Skip);
    QCOMPARE(rows.at(1).existingId, QStringLiteral("u-1"));
    QCOMPARE(rows.at(2).plan, ImportRow::Plan::Skip);   // differs, but updating is off
    QCOMPARE(rows.at(3).plan, ImportRow::Plan::Invalid);

    rows = p.rows;
    ImportPlanner::plan(t, &rows, existing, true);
    QCOMPARE(rows.at(1).plan, ImportRow::Plan::Skip);   // unchanged
    QCOMPARE(rows.at(2).plan, ImportRow::Plan::Update);
    QCOMPARE(rows.at(2).changedHeaders, (QStringList{"FirstName", "DisplayName"}));
    const UserDraft d = ImportPlanner::updateDraft(t, rows.at(2), changed);
    QCOMPARE(d.displayName, QStringLiteral("Changed Name"));
    QCOMPARE(d.firstName, QStringLiteral("Li"));
    QCOMPARE(d.email, QStringLiteral("keep@example.com"));  // an empty cell never clears
    QCOMPARE(d.description, QStringLiteral("kept"));
    const ImportPlanner::Counts c = ImportPlanner::count(rows);
    QCOMPARE(c.create, 1);
    QCOMPARE(c.update, 1);
    QCOMPARE(c.skip, 1);
    QCOMPARE(c.invalid, 1);
}

void TestCsvImport::refusedUpdateIsJudgedAgainAndReworded()
{
    // The directory holds a user whose stored e-mail address the form would refuse: an update merged with it is
    // refused; planned again without "update existing", the same row is a plain skip (not invalid forever).
    const ImportTarget t = ImportTarget::cloudSso();
    ImportPlanner::Parsed p = ImportPlanner::parseBytes(t, "UserName,DisplayName\r\nlegacy.user,New Display\r\n");
    QVERIFY(p.ok());
    DirectoryUser legacy;
    legacy.id = QStringLiteral("u-9");
    legacy.userName = QStringLiteral("legacy.user");
    legacy.displayName = QStringLiteral("Old");
    legacy.email = QStringLiteral("not-an-address");
    const QHash<QString, DirectoryUser> existing{{t.normalizedKey(legacy.userName), legacy}};
    QList<ImportRow> rows = p.rows;
    ImportPlanner::plan(t, &rows, existing, true);
    QCOMPARE(rows.at(0).plan, ImportRow::Plan::Invalid);
    QVERIFY(rows.at(0).updateRefused);
    const QList<FieldError> refused = rows.at(0).errors;
    QVERIFY(!refused.isEmpty());
    QCOMPARE(refused.first().field, QStringLiteral("email"));
    // Worded again from what they came from: the same problems.
    ImportPlanner::rewordErrors(t, &rows);
    QCOMPARE(rows.at(0).errors.size(), refused.size());
    QCOMPARE(rows.at(0).errors.first().message, refused.first().message);
    ImportPlanner::plan(t, &rows, existing, false);
    QCOMPARE(rows.at(0).plan, ImportRow::Plan::Skip);
    QVERIFY(rows.at(0).errors.isEmpty());
}

void TestCsvImport::failedRowsRoundTrip()
{
    const ImportTarget t = ImportTarget::cloudIdentity();
    ImportPlanner::Parsed p = ImportPlanner::parseBytes(t, "UserName,Email,Description,Phone\r\n"
                                                           "ok,ok@example.com,,\r\n"
                                                           "bad,bad-mail,\"multi\r\nline, \"\"quoted\"\"\",+86 10 1234\r\n"
                                                           "net,net@example.com,,\r\n");
    QVERIFY(p.ok());
    QList<ImportRow> rows = p.rows;
    rows[0].outcome = ImportRow::Outcome::Created;
    rows[1].outcome = ImportRow::Outcome::Invalid;
    rows[2].outcome = ImportRow::Outcome::Failed;
    rows[2].code = QStringLiteral("InternalError");
    rows[2].message = QStringLiteral("boom");
    const QByteArray csv = ImportPlanner::failedRowsCsv(t, rows);
    QVERIFY(csv.startsWith("\xEF\xBB\xBFUserName,DisplayName,Description,Email,Phone,Error\r\n"));
    QVERIFY(!csv.contains("ok@example.com"));
    QVERIFY(csv.contains("InternalError: boom"));
    // Read back: same values, Error ignored.
    const ImportPlanner::Parsed again = ImportPlanner::parseBytes(t, csv);
    QVERIFY2(again.ok(), qPrintable(again.error));
    QCOMPARE(again.rows.size(), 2);
    QCOMPARE(again.rows.at(0).values.value(QStringLiteral("Description")), QStringLiteral("multi\nline, \"quoted\""));
    QCOMPARE(again.rows.at(0).values.value(QStringLiteral("Phone")), QStringLiteral("+86 10 1234"));
    QCOMPARE(again.rows.at(1).values.value(QStringLiteral("UserName")), QStringLiteral("net"));
    QVERIFY(again.rows.at(1).isValid());
}

namespace {
const QByteArray kPoolHeader = "PreferredUsername,Email,PhoneNumber,Name,GivenName,FamilyName,MiddleName,Nickname,"
                               "Gender,Birthdate,Locale,Zoneinfo,Picture,Profile,Website,EmailVerified,"
                               "PhoneNumberVerified,UserMetadata";
}

void TestCsvImport::poolTemplate()
{
    const ImportTarget t = ImportTarget::poolUsers();
    QCOMPARE(t.service, QStringLiteral("id"));
    // Exactly CreateUser's parameter names (volcengine-id.md §7.3), no Password (a secret on disk).
    QCOMPARE(t.templateCsv(false), kPoolHeader + "\r\n");
    QVERIFY(t.templateCsv().startsWith("\xEF\xBB\xBFPreferredUsername,"));
    QCOMPARE(ImportTarget::forService(QStringLiteral("id"))->headers(), t.headers());
    QVERIFY(!t.headers().contains(QStringLiteral("Password")));
    for (const QString &claim : PoolUser::profileFields())
        QVERIFY2(t.column(claim), qPrintable(claim));
    // Directory columns are not pool columns.
    const ImportPlanner::Parsed p = ImportPlanner::parseBytes(t, "UserName,Email\r\na,a@example.com\r\n");
    QVERIFY(!p.ok());
    QVERIFY2(p.error.contains(QStringLiteral("UserName")), qPrintable(p.error));
}

void TestCsvImport::poolRowValidation()
{
    const ImportTarget t = ImportTarget::poolUsers();
    const ImportPlanner::Parsed p = ImportPlanner::parseBytes(
        t, "PreferredUsername,Email,PhoneNumber,Name,EmailVerified,UserMetadata\r\n"
           "alice,alice@example.com,,Alice,true,\r\n"           // 2 ok
           "bad name,,,,,\r\n"                                 // 3 user name pattern (PoolDirectoryService)
           ",,+8613800000000,Phone Only,,\r\n"                 // 4 neither PreferredUsername nor Email
           "bob,bob@example.com,,,yes,\r\n"                    // 5 EmailVerified not a boolean
           "carol,,,,,{not json\r\n"                           // 6 UserMetadata not JSON
           ",Only@Example.com,,Mail Only,FALSE,\r\n"           // 7 ok (keyed by Email)
           ",only@example.com,,Again,,\r\n"                    // 8 same e-mail as row 7 (case-insensitive)
           "ALICE,,,,,\r\n");                                  // 9 same user name as row 2
    QVERIFY2(p.ok(), qPrintable(p.error));
    QCOMPARE(p.rows.size(), 8);
    QVERIFY2(p.rows.at(0).isValid(), qPrintable(p.rows.at(0).errorText(t)));
    QVERIFY(!p.rows.at(1).isValid());
    QCOMPARE(p.rows.at(1).errors.first().field, QStringLiteral("PreferredUsername"));
    QVERIFY(!p.rows.at(2).isValid());
    QVERIFY(p.rows.at(2).errorText(t).contains(QStringLiteral("PreferredUsername")));
    QVERIFY(!p.rows.at(3).isValid());
    QCOMPARE(p.rows.at(3).errors.first().field, QStringLiteral("EmailVerified"));
    QVERIFY(!p.rows.at(4).isValid());
    QCOMPARE(p.rows.at(4).errors.first().field, QStringLiteral("UserMetadata"));
    QVERIFY2(p.rows.at(5).isValid(), qPrintable(p.rows.at(5).errorText(t)));
    QCOMPARE(t.key(p.rows.at(5).values), QStringLiteral("Only@Example.com"));
    QCOMPARE(t.keyHeaderOf(p.rows.at(5).values), QStringLiteral("Email"));
    QVERIFY(!p.rows.at(6).isValid());
    QCOMPARE(p.rows.at(6).errors.last().field, QStringLiteral("Email"));
    QVERIFY(!p.rows.at(7).isValid());
    QCOMPARE(p.rows.at(7).errors.last().field, QStringLiteral("PreferredUsername"));
    QCOMPARE(ImportPlanner::namesToLookUp(t, p.rows), (QStringList{"alice", "Only@Example.com"}));
}

void TestCsvImport::poolPlanAgainstExisting()
{
    const ImportTarget t = ImportTarget::poolUsers();
    ImportPlanner::Parsed p = ImportPlanner::parseBytes(
        t, "PreferredUsername,Email,Name,Nickname,EmailVerified\r\n"
           "new.user,new@example.com,New,,\r\n"
           "Same.User,,Same,,TRUE\r\n"                     // equal (user name and boolean case-insensitively)
           "changed.user,,Changed Name,nick,\r\n"
           ",mail@example.com,Mail Changed,,\r\n");        // found by e-mail
    QVERIFY2(p.ok(), qPrintable(p.error));
    auto poolUser = [](const QString &uid, const QString &username, const QString &email, const QString &name) {
        PoolUser u;
        u.uid = uid;
        if (!username.isEmpty())
            u.claims.insert(QStringLiteral("PreferredUsername"), username);
        if (!email.isEmpty())
            u.claims.insert(QStringLiteral("Email"), email);
        u.claims.insert(QStringLiteral("Name"), name);
        u.emailVerified = true;
        return ImportTarget::poolUserRecord(u);
    };
    QHash<QString, DirectoryUser> existing;
    const DirectoryUser same = poolUser(QStringLiteral("u-1"), QStringLiteral("same.user"), QString(), QStringLiteral("Same"));
    const DirectoryUser changed = poolUser(QStringLiteral("u-2"), QStringLiteral("changed.user"), QStringLiteral("keep@example.com"), QStringLiteral("Old"));
    const DirectoryUser byMail = poolUser(QStringLiteral("u-3"), QString(), QStringLiteral("Mail@Example.com"), QStringLiteral("Mail"));
    existing.insert(t.normalizedKey(same.userName), same);
    existing.insert(t.normalizedKey(changed.userName), changed);
    existing.insert(t.normalizedKey(byMail.email), byMail);

    QList<ImportRow> rows = p.rows;
    ImportPlanner::plan(t, &rows, existing, true);
    QCOMPARE(rows.at(0).plan, ImportRow::Plan::Create);
    QCOMPARE(rows.at(1).plan, ImportRow::Plan::Skip);
    QCOMPARE(rows.at(1).existingId, QStringLiteral("u-1"));
    QCOMPARE(rows.at(2).plan, ImportRow::Plan::Update);
    QCOMPARE(rows.at(2).changedHeaders, (QStringList{"Name", "Nickname"}));
    // Changed fields only: the e-mail address the row leaves empty is not sent (nor cleared).
    const ImportTarget::Values changes = ImportPlanner::changedValues(rows.at(2));
    QCOMPARE(changes.keys(), (QStringList{"Name", "Nickname"}));
    QCOMPARE(rows.at(3).plan, ImportRow::Plan::Update);
    QCOMPARE(rows.at(3).existingId, QStringLiteral("u-3"));
    QCOMPARE(rows.at(3).changedHeaders, (QStringList{"Name"}));
}

void TestCsvImport::poolBulkRequests()
{
    const ImportTarget t = ImportTarget::poolUsers();
    PoolDirectoryService service(nullptr);
    ImportBulkTarget target(&service, QStringLiteral("pool-1"), t);
    QCOMPARE(target.bulkService(), Service::Id);
    QList<ImportTask> tasks;
    ImportTask create;
    create.row = 0;
    create.key = QStringLiteral("alice");
    create.fields = {{"PreferredUsername", "alice"}, {"Email", "alice@example.com"}, {"EmailVerified", "true"}, {"Name", ""}};
    tasks << create;
    ImportTask update;
    update.kind = ImportTask::Kind::Update;
    update.row = 1;
    update.userId = QStringLiteral("u-2");
    update.key = QStringLiteral("bob");
    update.fields = {{"Nickname", "bobby"}};
    tasks << update;
    ImportTask bad = create;
    bad.row = 2;
    bad.fields = {{"PreferredUsername", "bad name"}};
    tasks << bad;
    ImportTask nothing = update;
    nothing.row = 3;
    nothing.fields.clear();
    tasks << nothing;
    const BulkOperation op = BulkImportExecutor::operation(tasks);
    QCOMPARE(op.kind(), BulkOperation::Kind::ImportUsers);
    QCOMPARE(op.size(), 4);
    QCOMPARE(op.targetIds(), (QStringList{"alice", "u-2", "alice", "u-2"}));

    const BulkTarget::Request c = target.bulkRequest(op, 0);
    QVERIFY(!c.refused());
    QCOMPARE(c.action, QStringLiteral("CreateUser"));
    QCOMPARE(c.params, (QJsonObject{{"UserPoolUid", "pool-1"}, {"PreferredUsername", "alice"},
                                    {"Email", "alice@example.com"}, {"EmailVerified", true}}));
    QVERIFY(c.verify);   // an unknown outcome is settled by looking "alice" up
    const BulkTarget::Request u = target.bulkRequest(op, 1);
    QVERIFY(!u.refused());
    QCOMPARE(u.action, QStringLiteral("UpdateUser"));
    QCOMPARE(u.params, (QJsonObject{{"UserPoolUid", "pool-1"}, {"UserUid", "u-2"}, {"Nickname", "bobby"}}));
    QVERIFY(!u.verify);  // an ambiguous update is reported, never looked up and re-sent
    const BulkTarget::Request b = target.bulkRequest(op, 2);
    QVERIFY(b.refused());
    QCOMPARE(b.refusal.code, QStringLiteral("InvalidParameter.PreferredUsername"));
    QVERIFY(target.bulkRequest(op, 3).refused());
    // Another kind of operation is refused, not misread.
    QVERIFY(target.bulkRequest(BulkOperation::deleteUsers({QStringLiteral("u-1")}), 0).refused());
    QCOMPARE(ImportBulkTarget::userIdOf(QStringLiteral("id"), QJsonObject{{"Uid", "u-9"}}), QStringLiteral("u-9"));
    QCOMPARE(ImportBulkTarget::userIdOf(QStringLiteral("cloudsso"), QJsonObject{{"User", QJsonObject{{"UserId", "u-8"}}}}),
             QStringLiteral("u-8"));
}

QTEST_GUILESS_MAIN(TestCsvImport)
#include "tst_csvimport.moc"
