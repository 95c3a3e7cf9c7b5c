// SPDX-License-Identifier: GPL-3.0-or-later
// ErrorClassification: one category (and resource) for every error code the three services document, and
// ApiError's questions (isNotFound, isAlreadyUnderway...) answered from it.
#include "api/ApiError.h"
#include "api/ErrorClassification.h"

#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

using Cat = ErrorClassification::Category;
using Res = ErrorClassification::Resource;

namespace {
ApiError apiError(const QString &service, const QString &code, int http, const QString &action = QString(),
                  const QString &message = QString())
{
    ApiError e = ApiError::make(ApiError::Kind::Api, code, message);
    e.service = service;
    e.httpStatus = http;
    e.action = action;
    return e;
}

// Codes as the docs write them: `InvalidParameter.{parameter}` / `MissingParameter.<Name>` are templates.
QString concreteCode(QString code)
{
    code.replace(QRegularExpression(QStringLiteral("\\{[^}]*\\}|<[^>]*>")), QStringLiteral("Sample"));
    return code;
}

struct DocCode
{
    QString service;
    QString code;
};

// Every code in the Code column of the tables (and the "- 400: `A`, `B`" lists) of tests/data/error-tables.
QList<DocCode> parseDocTables()
{
    const QList<QPair<QString, QString>> files = {
        {QStringLiteral("id"), QStringLiteral("volcengine-id.md")},
        {QStringLiteral("cloudidentity"), QStringLiteral("volcengine-cloudidentity.md")},
        {QStringLiteral("cloudsso"), QStringLiteral("aliyun-cloudsso.md")},
    };
    static const QRegularExpression tick(QStringLiteral("`([A-Za-z][A-Za-z0-9.{}<>]*)`"));
    static const QRegularExpression listLine(QStringLiteral("^- \\d{3}: (.*)$"));
    QList<DocCode> out;
    for (const auto &f : files) {
        QFile file(QStringLiteral(IDCONSOLE_TEST_DATA_DIR "/error-tables/") + f.second);
        if (!file.open(QIODevice::ReadOnly))
            return {};
        int codeColumn = -1;
        for (const QString &raw : QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'))) {
            const QString line = raw.trimmed();
            if (!line.startsWith(QLatin1Char('|'))) {
                codeColumn = -1;
                const auto m = listLine.match(line);
                if (m.hasMatch()) {
                    auto it = tick.globalMatch(m.captured(1));
                    while (it.hasNext())
                        out.append({f.first, it.next().captured(1)});
                }
                continue;
            }
            const QStringList cells = line.split(QLatin1Char('|'));
            if (codeColumn < 0) { // the header row
                for (int i = 0; i < cells.size(); ++i)
                    if (cells.at(i).trimmed() == QLatin1String("Code"))
                        codeColumn = i;
                continue;
            }
            if (codeColumn >= cells.size() || line.startsWith(QLatin1String("|---")))
                continue;
            auto it = tick.globalMatch(cells.at(codeColumn));
            while (it.hasNext())
                out.append({f.first, it.next().captured(1)});
        }
    }
    return out;
}
} // namespace

class TestErrorClassification : public QObject
{
    Q_OBJECT

private slots:
    void documentedCodes_data();
    void documentedCodes();
    void everyCodeInTheDocsIsClassified();
    void gateway404sAreNeverNotFound_data();
    void gateway404sAreNeverNotFound();
    void bare404IsNeverNotFound();
    void cloudIdentityGroup404IsTheGroup();
    void statusFallbacks_data();
    void statusFallbacks();
    void prefixRulesNameTheResource();
    void idNotFoundNamesThePoolOnPoolActions();
    void notFoundOfWhichResource();
    void alreadyUnderwayAndAlreadyExists();
    void otherKinds();
    void categoryCounts();
};

void TestErrorClassification::documentedCodes_data()
{
    QTest::addColumn<QString>("service");
    QTest::addColumn<QString>("code");
    QTest::addColumn<int>("http");
    QTest::addColumn<Cat>("category");
    QTest::addColumn<Res>("resource");

    const QString id = QStringLiteral("id"), ci = QStringLiteral("cloudidentity"), sso = QStringLiteral("cloudsso");
    auto row = [](const QString &service, const char *code, int http, Cat c, Res r = Res::None) {
        QTest::addRow("%s %s", qPrintable(service), code) << service << concreteCode(QString::fromLatin1(code)) << http << c << r;
    };
    // volcengine-id.md §9.1
    row(id, "InvalidParameter", 400, Cat::Validation);
    row(id, "InvalidParameter.{parameter}", 400, Cat::Validation);
    row(id, "InvalidRequest", 400, Cat::Validation);
    row(id, "MissingParameter.{parameter}", 400, Cat::Validation);
    row(id, "MissingAction", 400, Cat::Gateway);
    row(id, "InvalidAction", 400, Cat::Gateway);
    row(id, "SignatureNotMatch", 401, Cat::Authentication);
    row(id, "InvalidAccessKeyId", 403, Cat::Authentication);
    row(id, "AccessDenied", 403, Cat::Permission);
    row(id, "NotFound", 404, Cat::NotFound, Res::Unspecified);
    row(id, "StatusConflict", 409, Cat::Conflict);
    row(id, "Duplicated", 409, Cat::Conflict);
    row(id, "ParseFailed", 422, Cat::Validation);
    row(id, "QuotaExceeded", 429, Cat::Quota);
    row(id, "Throttling", 429, Cat::Throttled);
    row(id, "InternalError", 500, Cat::Server);
    row(id, "DownstreamServerError", 500, Cat::Server);
    row(id, "NotImplemented", 501, Cat::Server);
    row(id, "UpstreamUnreachable", 502, Cat::Gateway);
    row(id, "ServiceUnavailable", 503, Cat::Server);
    // volcengine-cloudidentity.md §7.1 (the per-action tables repeat these)
    row(ci, "ConcurrentException", 400, Cat::Conflict);
    row(ci, "OperateTooFrequentlyException", 400, Cat::Throttled);
    row(ci, "SensitiveWord", 400, Cat::Validation);
    row(ci, "ParamMissing", 400, Cat::Validation);
    row(ci, "InvalidParam", 400, Cat::Validation);
    row(ci, "PermissionError", 400, Cat::Permission);
    row(ci, "ServiceStatusException", 400, Cat::ServiceState);
    row(ci, "ErrDeleteSyncUserNotAllowed", 400, Cat::Conflict);
    row(ci, "UserHasProvision", 400, Cat::Conflict);
    row(ci, "UserProvisioningNotExists", 400, Cat::NotFound, Res::Provisioning);
    row(ci, "UserProvisionStatusException", 400, Cat::Conflict);
    row(ci, "UserProvisionEventStatusException", 400, Cat::Conflict);
    row(ci, "PermissionDenied", 403, Cat::Permission);
    row(ci, "UserNotFound", 404, Cat::NotFound, Res::User);
    row(ci, "UserProvisionNotFound", 404, Cat::NotFound, Res::Provisioning);
    row(ci, "UserProvisionEventNotFound", 404, Cat::NotFound, Res::ProvisioningEvent);
    row(ci, "UserProvisionPrincipalNotFound", 404, Cat::NotFound, Res::ProvisioningPrincipal);
    row(ci, "GroupMemberNotFound", 404, Cat::NotFound, Res::GroupMember);
    row(ci, "GroupAlreadyExists", 409, Cat::Conflict);
    row(ci, "UserProvisionEventRetryConflict", 409, Cat::Conflict);
    row(ci, "ReachedQuotaLimit", 429, Cat::Quota);
    row(ci, "InternalError", 500, Cat::Server);
    // volcengine-cloudidentity.md §7.2 (gateway, in front of id and cloudidentity)
    row(ci, "MissingParameter", 400, Cat::Validation);
    row(ci, "MissingAuthenticationToken", 401, Cat::Authentication);
    row(ci, "MissingRequestInfo", 400, Cat::Authentication);
    row(ci, "MissingSignature", 401, Cat::Authentication);
    row(ci, "InvalidTimestamp", 400, Cat::Authentication);
    row(ci, "ServiceNotFound", 404, Cat::Gateway);
    row(ci, "InvalidActionOrVersion", 404, Cat::Gateway);
    row(ci, "InvalidAccessKey", 401, Cat::Authentication);
    row(ci, "SignatureDoesNotMatch", 401, Cat::Authentication);
    row(ci, "LackPolicy", 403, Cat::Permission);
    row(ci, "AccessDenied", 403, Cat::Permission);
    row(id, "InvalidActionOrVersion", 404, Cat::Gateway);
    row(id, "ServiceNotFound", 404, Cat::Gateway);
    row(id, "SignatureDoesNotMatch", 401, Cat::Authentication);
    // aliyun-cloudsso.md §8.2
    row(sso, "EntityNotExists.Directory", 404, Cat::NotFound, Res::Directory);
    row(sso, "EntityNotExists.User", 404, Cat::NotFound, Res::User);
    row(sso, "EntityNotExists.Group", 404, Cat::NotFound, Res::Group);
    row(sso, "EntityNotExists.UserProvisioning", 404, Cat::NotFound, Res::Provisioning);
    row(sso, "DeletionConflict.User.AccessAssigment", 409, Cat::Conflict);
    row(sso, "DeletionConflict.Group.AccessAssigment", 409, Cat::Conflict);
    row(sso, "OperationConflict.Task", 409, Cat::Conflict);
    row(sso, "OperationConflict.UserProvisioning.Process.fail.ImsUserExists", 409, Cat::Conflict);
    // aliyun-cloudsso.md §8.3
    row(sso, "SignatureDoesNotMatch", 400, Cat::Authentication);
    row(sso, "IncompleteSignature", 400, Cat::Authentication);
    row(sso, "InvalidAccessKeyId.NotFound", 404, Cat::Authentication);
    row(sso, "InvalidAccessKeyId.Inactive", 400, Cat::Authentication);
    row(sso, "Forbidden.AccessKeyDisabled", 403, Cat::Authentication);
    row(sso, "SignatureNonceUsed", 400, Cat::Authentication);
    row(sso, "InvalidTimeStamp.Expired", 400, Cat::Authentication);
    row(sso, "InvalidTimeStamp.Format", 400, Cat::Authentication);
    row(sso, "MissingParameter", 400, Cat::Validation);
    row(sso, "MissingParameter.<Name>", 400, Cat::Validation);
    row(sso, "InvalidParameter", 400, Cat::Validation);
    row(sso, "InvalidParameter.<Name>", 400, Cat::Validation);
    row(sso, "InvalidVersion", 400, Cat::Gateway);
    row(sso, "InvalidAction.NotFound", 404, Cat::Gateway);
    row(sso, "Forbidden.RAM", 403, Cat::Permission);
    row(sso, "NoPermission", 403, Cat::Permission);
    row(sso, "Throttling", 400, Cat::Throttled);
    row(sso, "Throttling.User", 400, Cat::Throttled);
    row(sso, "Throttling.Api", 503, Cat::Throttled);
    row(sso, "InternalError", 500, Cat::Server);
    row(sso, "ServiceUnavailable", 503, Cat::Server);
}

void TestErrorClassification::documentedCodes()
{
    QFETCH(QString, service);
    QFETCH(QString, code);
    QFETCH(int, http);
    QFETCH(Cat, category);
    QFETCH(Res, resource);

    const auto byCode = ErrorClassification::classifyCode(service, code);
    QVERIFY2(byCode.known, qPrintable(code));
    QCOMPARE(ErrorClassification::categoryName(byCode.category), ErrorClassification::categoryName(category));

    const ApiError e = apiError(service, code, http, QStringLiteral("SomeAction"));
    QCOMPARE(ErrorClassification::categoryName(e.category()), ErrorClassification::categoryName(category));
    QCOMPARE(ErrorClassification::resourceName(e.notFoundResource()), ErrorClassification::resourceName(resource));
    QCOMPARE(e.isNotFound(), category == Cat::NotFound);
    QCOMPARE(e.isAuthProblem(), category == Cat::Authentication && code != QLatin1String("SignatureNonceUsed"));
    QCOMPARE(e.isThrottling(), category == Cat::Throttled);
    // The same code with another HTTP status (cloudsso Throttling comes as 400 or 503) means the same.
    QCOMPARE(ErrorClassification::categoryName(apiError(service, code, 200).category()),
             ErrorClassification::categoryName(category));
}

void TestErrorClassification::everyCodeInTheDocsIsClassified()
{
    const QList<DocCode> codes = parseDocTables();
    QVERIFY2(codes.size() >= 80, qPrintable(QStringLiteral("parsed only %1 codes").arg(codes.size())));
    QSet<QString> seen;
    for (const DocCode &c : codes) {
        const QString code = concreteCode(c.code);
        const auto r = ErrorClassification::classifyCode(c.service, code);
        QVERIFY2(r.known, qPrintable(QStringLiteral("%1 %2 is documented but not classified").arg(c.service, c.code)));
        QVERIFY2(r.category != Cat::Unknown && r.category != Cat::None, qPrintable(c.code));
        seen.insert(c.service + QLatin1Char(' ') + c.code);
    }
    // Spot checks that the parser reads each file.
    QVERIFY(seen.contains(QStringLiteral("id UpstreamUnreachable")));
    QVERIFY(seen.contains(QStringLiteral("cloudidentity UserProvisionEventRetryConflict")));
    QVERIFY(seen.contains(QStringLiteral("cloudidentity InvalidActionOrVersion")));
    QVERIFY(seen.contains(QStringLiteral("cloudsso InvalidAccessKeyId.NotFound")));
    QVERIFY(seen.contains(QStringLiteral("cloudsso Throttling.Api")));
    QVERIFY(seen.contains(QStringLiteral("cloudsso OperationConflict.Task")));
}

void TestErrorClassification::gateway404sAreNeverNotFound_data()
{
    QTest::addColumn<QString>("service");
    QTest::addColumn<QString>("code");
    QTest::addColumn<Cat>("category");
    QTest::newRow("revoked key") << "cloudsso" << "InvalidAccessKeyId.NotFound" << Cat::Authentication;
    QTest::newRow("unknown api") << "cloudsso" << "InvalidAction.NotFound" << Cat::Gateway;
    QTest::newRow("unknown service") << "cloudidentity" << "ServiceNotFound" << Cat::Gateway;
    QTest::newRow("unknown action or version") << "id" << "InvalidActionOrVersion" << Cat::Gateway;
}

void TestErrorClassification::gateway404sAreNeverNotFound()
{
    QFETCH(QString, service);
    QFETCH(QString, code);
    QFETCH(Cat, category);
    for (const char *action : {"DeleteUser", "DeleteGroup", "DeleteUserPool", "GetUser"}) {
        const ApiError e = apiError(service, code, 404, QString::fromLatin1(action));
        QVERIFY(!e.isNotFound());
        QVERIFY(!e.isNotFound(Res::User, QStringLiteral("u-1")));
        QVERIFY(!e.isNotFound(Res::Group, QStringLiteral("g-1")));
        QCOMPARE(ErrorClassification::categoryName(e.category()), ErrorClassification::categoryName(category));
    }
}

void TestErrorClassification::bare404IsNeverNotFound()
{
    for (const char *service : {"id", "cloudidentity", "cloudsso"}) {
        for (const char *code : {"HTTP404", "SomethingNotFound", "EntityNotExist", "NoSuchThing"}) {
            const ApiError e = apiError(QString::fromLatin1(service), QString::fromLatin1(code), 404, QStringLiteral("DeleteUser"));
            QVERIFY2(!e.isNotFound(), code);
            QCOMPARE(ErrorClassification::categoryName(e.category()), QStringLiteral("Unknown"));
        }
    }
}

void TestErrorClassification::cloudIdentityGroup404IsTheGroup()
{
    // volcengine-cloudidentity.md §7.1: no published "group not found" code; a 404 on a group action is the group.
    for (const char *action : {"GetGroup", "UpdateGroup", "DeleteGroup", "ListGroupMembers"}) {
        const ApiError e = apiError(QStringLiteral("cloudidentity"), QStringLiteral("UserGroupNotFound"), 404, QString::fromLatin1(action));
        QVERIFY2(e.isNotFound(Res::Group), action);
    }
    // ... but not where the user may be the missing one, nor with another status, nor on another service.
    QVERIFY(!apiError(QStringLiteral("cloudidentity"), QStringLiteral("UserGroupNotFound"), 404, QStringLiteral("AddUserToGroup")).isNotFound());
    QVERIFY(!apiError(QStringLiteral("cloudidentity"), QStringLiteral("UserGroupNotFound"), 400, QStringLiteral("DeleteGroup")).isNotFound());
    QVERIFY(!apiError(QStringLiteral("cloudsso"), QStringLiteral("UserGroupNotFound"), 404, QStringLiteral("DeleteGroup")).isNotFound());
    // A documented gateway code on a group action keeps its meaning.
    QVERIFY(!apiError(QStringLiteral("cloudidentity"), QStringLiteral("InvalidActionOrVersion"), 404, QStringLiteral("DeleteGroup")).isNotFound());
}

void TestErrorClassification::statusFallbacks_data()
{
    QTest::addColumn<int>("http");
    QTest::addColumn<int>("retryAfter");
    QTest::addColumn<Cat>("category");
    QTest::newRow("429") << 429 << 0 << Cat::Throttled;
    QTest::newRow("400 with Retry-After") << 400 << 3 << Cat::Throttled;
    QTest::newRow("401") << 401 << 0 << Cat::Authentication;
    QTest::newRow("403") << 403 << 0 << Cat::Permission;
    QTest::newRow("404") << 404 << 0 << Cat::Unknown;
    QTest::newRow("409") << 409 << 0 << Cat::Conflict;
    QTest::newRow("400") << 400 << 0 << Cat::Validation;
    QTest::newRow("500") << 500 << 0 << Cat::Server;
    QTest::newRow("501") << 501 << 0 << Cat::Server;
    QTest::newRow("502") << 502 << 0 << Cat::Gateway;
    QTest::newRow("503") << 503 << 0 << Cat::Server;
    QTest::newRow("418") << 418 << 0 << Cat::Unknown;
}

void TestErrorClassification::statusFallbacks()
{
    QFETCH(int, http);
    QFETCH(int, retryAfter);
    QFETCH(Cat, category);
    ApiError e = apiError(QStringLiteral("cloudsso"), QStringLiteral("UndocumentedCode"), http);
    e.retryAfterSeconds = retryAfter;
    const auto c = ErrorClassification::classify(e);
    QVERIFY(!c.known);
    QCOMPARE(ErrorClassification::categoryName(c.category), ErrorClassification::categoryName(category));
    QCOMPARE(c.has(ErrorClassification::Permanent), http == 501);
    QCOMPARE(c.has(ErrorClassification::NotActed), http == 503 || category == Cat::Throttled);
}

void TestErrorClassification::prefixRulesNameTheResource()
{
    // aliyun-cloudsso.md §8.2: branch on EntityNotExists. / DeletionConflict. / OperationConflict.
    const auto member = ErrorClassification::classifyCode(QStringLiteral("cloudsso"), QStringLiteral("EntityNotExists.GroupMember"));
    QCOMPARE(ErrorClassification::resourceName(member.resource), QStringLiteral("GroupMember"));
    const auto event = ErrorClassification::classifyCode(QStringLiteral("cloudsso"), QStringLiteral("EntityNotExists.UserProvisioningEvent"));
    QCOMPARE(ErrorClassification::resourceName(event.resource), QStringLiteral("ProvisioningEvent"));
    const auto other = ErrorClassification::classifyCode(QStringLiteral("cloudsso"), QStringLiteral("EntityNotExists.AccessConfiguration"));
    QCOMPARE(ErrorClassification::categoryName(other.category), QStringLiteral("NotFound"));
    QCOMPARE(ErrorClassification::resourceName(other.resource), QStringLiteral("Unspecified"));
    QCOMPARE(ErrorClassification::categoryName(
                 ErrorClassification::classifyCode(QStringLiteral("cloudsso"), QStringLiteral("DeletionConflict.Group.User")).category),
             QStringLiteral("Conflict"));
    QCOMPARE(ErrorClassification::categoryName(
                 ErrorClassification::classifyCode(QStringLiteral("cloudsso"), QStringLiteral("OperationConflict.SCIMSynchronized.User")).category),
             QStringLiteral("Conflict"));
    // The bare prefix is not a code.
    QVERIFY(!ErrorClassification::classifyCode(QStringLiteral("cloudsso"), QStringLiteral("EntityNotExists.")).known);
    // The longest prefix wins, and an exact row beats a prefix.
    QVERIFY(ErrorClassification::classifyCode(QStringLiteral("cloudsso"), QStringLiteral("OperationConflict.Task"))
                .has(ErrorClassification::RetryLater));
    QVERIFY(!ErrorClassification::classifyCode(QStringLiteral("cloudsso"), QStringLiteral("OperationConflict.Tasks"))
                 .has(ErrorClassification::RetryLater));
}

void TestErrorClassification::idNotFoundNamesThePoolOnPoolActions()
{
    const ApiError pool = apiError(QStringLiteral("id"), QStringLiteral("NotFound"), 404, QStringLiteral("DeleteUserPool"),
                                   QStringLiteral("Resource not found: UserPool p-1."));
    QCOMPARE(ErrorClassification::resourceName(pool.notFoundResource()), QStringLiteral("UserPool"));
    QVERIFY(pool.isNotFound(Res::UserPool));
    // UpdateUser may miss the pool or the user: the service does not say which.
    const ApiError user = apiError(QStringLiteral("id"), QStringLiteral("NotFound"), 404, QStringLiteral("UpdateUser"),
                                   QStringLiteral("Resource not found: User u-7."));
    QCOMPARE(ErrorClassification::resourceName(user.notFoundResource()), QStringLiteral("Unspecified"));
    QVERIFY(user.isNotFound());
    QVERIFY(user.isNotFound(Res::User, QStringLiteral("u-7")));      // the message names it
    QVERIFY(!user.isNotFound(Res::User, QStringLiteral("u-8")));
    QVERIFY(!user.isNotFound(Res::User));
}

void TestErrorClassification::notFoundOfWhichResource()
{
    // Deleting a user whose DIRECTORY is gone is not "the user was already deleted".
    const ApiError dir = apiError(QStringLiteral("cloudsso"), QStringLiteral("EntityNotExists.Directory"), 404, QStringLiteral("DeleteUser"));
    QVERIFY(dir.isNotFound());
    QVERIFY(dir.isNotFound(Res::Directory));
    QVERIFY(!dir.isNotFound(Res::User, QStringLiteral("u-1")));
    // Removing a member whose user is gone is not "the membership was already removed".
    const ApiError user = apiError(QStringLiteral("cloudidentity"), QStringLiteral("UserNotFound"), 404, QStringLiteral("RemoveUserFromGroup"));
    QVERIFY(!user.isNotFound(Res::GroupMember));
    QVERIFY(user.isNotFound(Res::User));
}

void TestErrorClassification::alreadyUnderwayAndAlreadyExists()
{
    const ApiError retry = apiError(QStringLiteral("cloudidentity"), QStringLiteral("UserProvisionEventRetryConflict"), 409,
                                    QStringLiteral("RetryUserProvisioningEvent"));
    QVERIFY(retry.isAlreadyUnderway());
    QVERIFY(!retry.isAlreadyExists());
    QVERIFY(!apiError(QStringLiteral("cloudidentity"), QStringLiteral("ConcurrentException"), 400).isAlreadyUnderway());
    QVERIFY(apiError(QStringLiteral("cloudidentity"), QStringLiteral("GroupAlreadyExists"), 409).isAlreadyExists());
    QVERIFY(apiError(QStringLiteral("id"), QStringLiteral("Duplicated"), 409).isAlreadyExists());
    QVERIFY(!apiError(QStringLiteral("cloudsso"), QStringLiteral("UndocumentedAlreadyExists"), 409).isAlreadyExists());
}

void TestErrorClassification::otherKinds()
{
    QCOMPARE(ErrorClassification::categoryName(ApiError().category()), QStringLiteral("None"));
    ApiError net = ApiError::make(ApiError::Kind::Network, QStringLiteral("RemoteHostClosed"), QString());
    net.httpStatus = 404; // never trusted without an API answer
    QCOMPARE(ErrorClassification::categoryName(net.category()), QStringLiteral("Transport"));
    QVERIFY(!net.isNotFound());
    QCOMPARE(ErrorClassification::categoryName(ApiError::make(ApiError::Kind::Timeout, QStringLiteral("Timeout"), {}).category()),
             QStringLiteral("Transport"));
    QCOMPARE(ErrorClassification::categoryName(ApiError::make(ApiError::Kind::Cancelled, QStringLiteral("Cancelled"), {}).category()),
             QStringLiteral("Local"));
}

void TestErrorClassification::categoryCounts()
{
    // Not an assertion on the numbers themselves: every row names a category and a source.
    QHash<QString, int> counts;
    for (const auto &row : ErrorClassification::rows()) {
        QVERIFY(row.code && *row.code);
        QVERIFY(row.source && *row.source);
        QVERIFY(row.category != Cat::None && row.category != Cat::Unknown);
        QCOMPARE(row.resource != Res::None, row.category == Cat::NotFound);
        ++counts[ErrorClassification::categoryName(row.category)];
    }
    QStringList summary;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        summary << it.key() + QLatin1Char('=') + QString::number(it.value());
    summary.sort();
    qInfo("table rows by category: %s", qPrintable(summary.join(QLatin1String(", "))));
}

QTEST_GUILESS_MAIN(TestErrorClassification)
#include "tst_errorclassification.moc"
