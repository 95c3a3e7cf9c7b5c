// SPDX-License-Identifier: GPL-3.0-or-later
// ErrorCatalog: API errors rendered in English and Simplified Chinese from the services' published tables.
#include "api/ApiError.h"
#include "api/ErrorCatalog.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTest>
#include <QTranslator>

namespace {
ApiError apiError(const QString &service, const QString &code, const QString &message, int http = 400,
                  const QString &requestId = QStringLiteral("REQ-7f3a9c21"))
{
    ApiError e = ApiError::make(ApiError::Kind::Api, code, message);
    e.service = service;
    e.httpStatus = http;
    e.requestId = requestId;
    return e;
}

bool hasHan(const QString &s)
{
    static const QRegularExpression han(QStringLiteral("\\p{Han}"));
    return han.match(s).hasMatch();
}
} // namespace

class TestErrorCatalog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();

    void english_data();
    void english();
    void chinese_data();
    void chinese();
    void knownCodesAreTranslated_data();
    void knownCodesAreTranslated();
    void prefixMatching();
    void argumentsAreRecoveredFromTheServerMessage();
    void templateMismatchKeepsServerWords();
    void unknownCodeShowsServerMessage();
    void unknownCodeWithoutMessageUsesHttpStatus();
    void codeAndRequestIdVerbatim();
    void placeholderInjectionIsHarmless();
    void networkErrorsAreDistinguished();
    void timeoutNamesTheSeconds();
    void throttlingNamesRetryAfter();
    void ambiguousWritesWarn();
    void otherKinds();

private:
    void useChinese();
    void useEnglish();
    QTranslator *m_zh = nullptr;
    QTranslator *m_en = nullptr; // the English catalog carries the plural forms, as in the application
};

void TestErrorCatalog::initTestCase()
{
    // The catalogs built from translations/*.ts by lrelease (part of every build).
    const QString dir = QStringLiteral(IDCONSOLE_BUILD_DIR "/translations/");
    for (const char *name : {"idconsole_zh_CN.qm", "idconsole_en.qm"})
        QVERIFY2(QFileInfo::exists(dir + QLatin1String(name)),
                 qPrintable(dir + QLatin1String(name) + QStringLiteral(" is missing: build idconsole_ui_lrelease")));
    m_zh = new QTranslator(this);
    QVERIFY(m_zh->load(dir + QStringLiteral("idconsole_zh_CN.qm")));
    m_en = new QTranslator(this);
    QVERIFY(m_en->load(dir + QStringLiteral("idconsole_en.qm")));
    useEnglish();
}

void TestErrorCatalog::cleanup()
{
    useEnglish();
}

void TestErrorCatalog::useChinese()
{
    QCoreApplication::removeTranslator(m_en);
    QCoreApplication::installTranslator(m_zh);
}

void TestErrorCatalog::useEnglish()
{
    QCoreApplication::removeTranslator(m_zh);
    QCoreApplication::installTranslator(m_en);
}

void TestErrorCatalog::english_data()
{
    QTest::addColumn<QString>("service");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("message");
    QTest::addColumn<QString>("expected");

    QTest::newRow("id NotFound") << "id" << "NotFound" << "Resource not found: userpool 7c1e."
                                 << "Resource not found: userpool 7c1e.";
    QTest::newRow("id Throttling") << "id" << "Throttling" << "The request is denied due to request throttling."
                                   << "The request is denied due to request throttling.";
    QTest::newRow("id QuotaExceeded") << "id" << "QuotaExceeded" << "Quota exceeded: user pools."
                                      << "Quota exceeded: user pools.";
    QTest::newRow("ci UserProvisionStatusException")
        << "cloudidentity" << "UserProvisionStatusException"
        << "Can not perform action[RetryUserProvisioningEvent] when user provison status is Running"
        << "Cannot perform action RetryUserProvisioningEvent while the user provisioning is in status Running.";
    QTest::newRow("ci GroupMemberNotFound") << "cloudidentity" << "GroupMemberNotFound" << "Group member is not found"
                                            << "The group member was not found.";
    QTest::newRow("sso EntityNotExists.User") << "cloudsso" << "EntityNotExists.User" << "The user does not exist."
                                              << "The user does not exist.";
    QTest::newRow("gateway AccessDenied")
        << "cloudidentity" << "AccessDenied" << "User is not authorized to perform: cloudidentity:ListUsers on resource: trn:x"
        << "You are not authorized to perform cloudidentity:ListUsers on resource trn:x.";
}

void TestErrorCatalog::english()
{
    QFETCH(QString, service);
    QFETCH(QString, code);
    QFETCH(QString, message);
    QFETCH(QString, expected);
    QCOMPARE(ErrorCatalog::describe(apiError(service, code, message)), expected);
    QCOMPARE(apiError(service, code, message).localizedMessage(), expected);
}

void TestErrorCatalog::chinese_data()
{
    QTest::addColumn<QString>("service");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("message");
    QTest::addColumn<QString>("expected");

    // The services' own Chinese descriptions (volcengine-id.md §9.1, volcengine-cloudidentity.md §7.1).
    QTest::newRow("id NotFound") << "id" << "NotFound" << "Resource not found: userpool 7c1e."
                                 << QStringLiteral("资源 userpool 7c1e 不存在");
    QTest::newRow("id Throttling") << "id" << "Throttling" << "The request is denied due to request throttling."
                                   << QStringLiteral("请求被限流");
    QTest::newRow("id QuotaExceeded") << "id" << "QuotaExceeded" << "Quota exceeded: user pools."
                                      << QStringLiteral("配额 user pools 已达上限");
    QTest::newRow("id ServiceUnavailable") << "id" << "ServiceUnavailable" << "whatever the server says"
                                           << QStringLiteral("服务不可用");
    QTest::newRow("id SignatureNotMatch") << "id" << "SignatureNotMatch" << "The request signature provided is incorrect."
                                          << QStringLiteral("签名缺失或错误");
    // Values in the other order: the Chinese text names the status first.
    QTest::newRow("ci UserProvisionStatusException")
        << "cloudidentity" << "UserProvisionStatusException"
        << "Can not perform action[RetryUserProvisioningEvent] when user provison status is Running"
        << QStringLiteral("用户授权任务处于 [Running] 状态，不可调用 [RetryUserProvisioningEvent] 方法来操作");
    QTest::newRow("ci UserProvisionEventNotFound") << "cloudidentity" << "UserProvisionEventNotFound"
                                                   << "User provision event is not found" << QStringLiteral("授权记录不存在");
    QTest::newRow("ci GroupMemberNotFound") << "cloudidentity" << "GroupMemberNotFound" << "Group member is not found"
                                            << QStringLiteral("用户组成员不存在");
    QTest::newRow("ci ConcurrentException") << "cloudidentity" << "ConcurrentException" << "Concurrent request exception"
                                            << QStringLiteral("存在请求并发冲突");
    QTest::newRow("ci InternalError") << "cloudidentity" << "InternalError" << "Unknown internal error: db timeout"
                                      << QStringLiteral("服务内部错误：db timeout");
    QTest::newRow("sso EntityNotExists.Directory") << "cloudsso" << "EntityNotExists.Directory" << "x"
                                                   << QStringLiteral("目录不存在。");
}

void TestErrorCatalog::chinese()
{
    QFETCH(QString, service);
    QFETCH(QString, code);
    QFETCH(QString, message);
    QFETCH(QString, expected);
    useChinese();
    QCOMPARE(ErrorCatalog::describe(apiError(service, code, message)), expected);
    useEnglish();
    QVERIFY(!hasHan(ErrorCatalog::describe(apiError(service, code, message))));
}

void TestErrorCatalog::knownCodesAreTranslated_data()
{
    QTest::addColumn<QString>("service");
    QTest::addColumn<QString>("code");
    const QList<QPair<const char *, QStringList>> tables = {
        {"id", {"InvalidParameter", "InvalidParameter.Month", "InvalidRequest", "MissingParameter.UserPoolUid",
                "MissingAction", "InvalidAction", "SignatureNotMatch", "InvalidAccessKeyId", "AccessDenied", "NotFound",
                "StatusConflict", "Duplicated", "ParseFailed", "QuotaExceeded", "Throttling", "InternalError",
                "DownstreamServerError", "NotImplemented", "UpstreamUnreachable", "ServiceUnavailable"}},
        {"cloudidentity", {"ConcurrentException", "OperateTooFrequentlyException", "SensitiveWord", "ParamMissing",
                           "InvalidParam", "PermissionError", "ServiceStatusException", "ErrDeleteSyncUserNotAllowed",
                           "UserHasProvision", "UserProvisioningNotExists", "UserProvisionStatusException",
                           "UserProvisionEventStatusException", "PermissionDenied", "UserNotFound",
                           "UserProvisionNotFound", "UserProvisionEventNotFound", "UserProvisionPrincipalNotFound",
                           "GroupMemberNotFound", "GroupAlreadyExists", "UserProvisionEventRetryConflict",
                           "ReachedQuotaLimit", "InternalError", "MissingParameter", "MissingAuthenticationToken",
                           "MissingRequestInfo", "MissingSignature", "InvalidTimestamp", "ServiceNotFound",
                           "InvalidActionOrVersion", "InvalidAccessKey", "SignatureDoesNotMatch", "LackPolicy",
                           "AccessDenied"}},
        {"cloudsso", {"EntityNotExists.Directory", "EntityNotExists.User", "EntityNotExists.Group",
                      "EntityNotExists.UserProvisioning", "DeletionConflict.User.AccessAssigment",
                      "DeletionConflict.Group.AccessAssigment", "OperationConflict.Task",
                      "OperationConflict.UserProvisioning.Process.fail.ImsUserExists", "SignatureDoesNotMatch",
                      "IncompleteSignature", "InvalidAccessKeyId.NotFound", "InvalidAccessKeyId.Inactive",
                      "Forbidden.AccessKeyDisabled", "SignatureNonceUsed", "InvalidTimeStamp.Expired",
                      "InvalidTimeStamp.Format", "MissingParameter", "MissingParameter.DirectoryId",
                      "InvalidParameter", "InvalidParameter.UserName", "InvalidVersion", "InvalidAction.NotFound",
                      "Forbidden.RAM", "NoPermission", "Throttling", "Throttling.User", "Throttling.Api",
                      "InternalError", "ServiceUnavailable"}},
    };
    for (const auto &table : tables) {
        for (const QString &code : table.second)
            QTest::newRow(qPrintable(QStringLiteral("%1 %2").arg(QLatin1String(table.first), code)))
                << QString::fromLatin1(table.first) << code;
    }
}

void TestErrorCatalog::knownCodesAreTranslated()
{
    QFETCH(QString, service);
    QFETCH(QString, code);
    QVERIFY(ErrorCatalog::knows(service, code));
    const ApiError e = apiError(service, code, QStringLiteral("no template here"));
    const QString english = ErrorCatalog::describe(e);
    useChinese();
    const QString chinese = ErrorCatalog::describe(e);
    useEnglish();
    QVERIFY(!english.isEmpty());
    QVERIFY2(hasHan(chinese), qPrintable(chinese));
    QVERIFY(english != chinese);
    QVERIFY2(!english.contains(code), qPrintable(english)); // the code is the caller's to show
}

void TestErrorCatalog::prefixMatching()
{
    const ApiError month = apiError(QStringLiteral("id"), QStringLiteral("InvalidParameter.Month"),
                                    QStringLiteral("The parameter Month is invalid."));
    QCOMPARE(ErrorCatalog::describe(month),
             QStringLiteral("The parameter Month is invalid: wrong type, length, enumeration value or format."));
    const ApiError missing = apiError(QStringLiteral("id"), QStringLiteral("MissingParameter.UserPoolUid"), {});
    QCOMPARE(ErrorCatalog::describe(missing), QStringLiteral("The required parameter UserPoolUid is missing."));
    const ApiError entity = apiError(QStringLiteral("cloudsso"), QStringLiteral("EntityNotExists.AccessConfiguration"), {});
    QCOMPARE(ErrorCatalog::describe(entity), QStringLiteral("The specified AccessConfiguration does not exist."));
    // An exact row beats the prefix row.
    const ApiError user = apiError(QStringLiteral("cloudsso"), QStringLiteral("EntityNotExists.User"), {});
    QCOMPARE(ErrorCatalog::describe(user), QStringLiteral("The user does not exist."));
    // The bare prefix is not a templated code.
    QVERIFY(!ErrorCatalog::knows(QStringLiteral("cloudsso"), QStringLiteral("EntityNotExists.")));

    useChinese();
    QCOMPARE(ErrorCatalog::describe(month),
             QStringLiteral("参数 Month 无效（包括参数类型错误、长度不合法、枚举值不合法、不满足正则规则等）"));
    QCOMPARE(ErrorCatalog::describe(missing), QStringLiteral("必填参数 UserPoolUid 缺失"));
    QCOMPARE(ErrorCatalog::describe(entity), QStringLiteral("指定的 AccessConfiguration 不存在。"));
    QCOMPARE(ErrorCatalog::describe(apiError(QStringLiteral("cloudsso"), QStringLiteral("Throttling.User"), {})),
             QStringLiteral("请求被限流"));
}

void TestErrorCatalog::argumentsAreRecoveredFromTheServerMessage()
{
    QCOMPARE(ErrorCatalog::messageArguments(QStringLiteral("id"), QStringLiteral("NotFound"),
                                            QStringLiteral("Resource not found: pool-1.")),
             QStringList{QStringLiteral("pool-1")});
    // Case and the final full stop do not matter; white space is trimmed.
    QCOMPARE(ErrorCatalog::messageArguments(QStringLiteral("id"), QStringLiteral("NotFound"),
                                            QStringLiteral("resource not found:   pool-1  ")),
             QStringList{QStringLiteral("pool-1")});
    QCOMPARE(ErrorCatalog::messageArguments(QStringLiteral("cloudidentity"), QStringLiteral("PermissionError"),
                                            QStringLiteral("No permission to perform action[DeleteUser] on resource user/42")),
             (QStringList{QStringLiteral("DeleteUser"), QStringLiteral("user/42")}));
    QCOMPARE(ErrorCatalog::messageArguments(QStringLiteral("cloudsso"), QStringLiteral("MissingParameter"),
                                            QStringLiteral("The input parameter \"DirectoryId\" that is mandatory for "
                                                           "processing this request is not supplied.")),
             QStringList{QStringLiteral("DirectoryId")});
    QVERIFY(ErrorCatalog::messageArguments(QStringLiteral("id"), QStringLiteral("NotFound"),
                                           QStringLiteral("Something else entirely")).isEmpty());
}

void TestErrorCatalog::templateMismatchKeepsServerWords()
{
    const ApiError e = apiError(QStringLiteral("id"), QStringLiteral("NotFound"), QStringLiteral("pool gone away"), 404);
    QCOMPARE(ErrorCatalog::describe(e), QStringLiteral("The resource was not found. (Server message: pool gone away)"));
    useChinese();
    QCOMPARE(ErrorCatalog::describe(e), QStringLiteral("资源不存在（服务端消息：pool gone away）"));
    // No message at all: just the plain text.
    useEnglish();
    QCOMPARE(ErrorCatalog::describe(apiError(QStringLiteral("id"), QStringLiteral("NotFound"), {}, 404)),
             QStringLiteral("The resource was not found."));
}

void TestErrorCatalog::unknownCodeShowsServerMessage()
{
    const ApiError e = apiError(QStringLiteral("cloudsso"), QStringLiteral("Brand.NewCode"),
                                QStringLiteral("  The server says something new.  "));
    QVERIFY(!ErrorCatalog::knows(e.service, e.code));
    QCOMPARE(ErrorCatalog::describe(e), QStringLiteral("The server says something new."));
    useChinese();
    QCOMPARE(ErrorCatalog::describe(e), QStringLiteral("The server says something new."));
}

void TestErrorCatalog::unknownCodeWithoutMessageUsesHttpStatus()
{
    const ApiError e = apiError(QStringLiteral("id"), QStringLiteral("Mystery"), {}, 404);
    QCOMPARE(ErrorCatalog::describe(e), QStringLiteral("The requested object was not found."));
    useChinese();
    QCOMPARE(ErrorCatalog::describe(e), QStringLiteral("请求的对象不存在。"));
    QVERIFY(hasHan(ErrorCatalog::describe(apiError(QStringLiteral("id"), QStringLiteral("Mystery"), {}, 502))));
}

void TestErrorCatalog::codeAndRequestIdVerbatim()
{
    ApiError e = apiError(QStringLiteral("cloudsso"), QStringLiteral("EntityNotExists.User"),
                          QStringLiteral("The specified user does not exist."), 404,
                          QStringLiteral("6BE56E05-AC67-56EF-B7CC-2927C30AA0A8"));
    useChinese();
    const QString text = ErrorCatalog::describe(e);
    QVERIFY(!text.contains(e.code));
    QVERIFY(!text.contains(e.requestId));
    // The CLI line and the details the panes show keep both exactly as the server sent them.
    const QString line = e.toString();
    QVERIFY2(line.contains(QStringLiteral("EntityNotExists.User")), qPrintable(line));
    QVERIFY2(line.contains(QStringLiteral("6BE56E05-AC67-56EF-B7CC-2927C30AA0A8")), qPrintable(line));
    QVERIFY(!hasHan(line));
}

void TestErrorCatalog::placeholderInjectionIsHarmless()
{
    // A server-provided value that looks like a placeholder must not pull in the other values.
    const ApiError e = apiError(QStringLiteral("cloudidentity"), QStringLiteral("PermissionError"),
                                QStringLiteral("No permission to perform action[%2%1] on resource r"));
    QCOMPARE(ErrorCatalog::describe(e), QStringLiteral("No permission to perform action %2%1 on resource r."));
}

void TestErrorCatalog::networkErrorsAreDistinguished()
{
    const QStringList codes = {QStringLiteral("ConnectionRefused"), QStringLiteral("HostNotFound"),
                               QStringLiteral("SslHandshakeFailed"), QStringLiteral("RemoteHostClosed"),
                               QStringLiteral("NetworkUnavailable"), QStringLiteral("ProxyError"),
                               QStringLiteral("NetworkError")};
    for (const bool chinese : {false, true}) {
        if (chinese)
            useChinese();
        QSet<QString> texts;
        for (const QString &code : codes) {
            const QString text = ErrorCatalog::describe(ApiError::make(ApiError::Kind::Network, code, {}));
            QVERIFY2(!text.isEmpty(), qPrintable(code));
            QCOMPARE(hasHan(text), chinese);
            texts.insert(text);
        }
        QCOMPARE(texts.size(), codes.size());
        useEnglish();
    }
    QVERIFY(ErrorCatalog::describe(ApiError::make(ApiError::Kind::Network, QStringLiteral("HostNotFound"), {}))
                .contains(QLatin1String("DNS")));
    QVERIFY(ErrorCatalog::describe(ApiError::make(ApiError::Kind::Network, QStringLiteral("SslHandshakeFailed"), {}))
                .contains(QLatin1String("certificate")));
    // Qt's own explanation is kept as the detail.
    const QString refused = ErrorCatalog::describe(
        ApiError::make(ApiError::Kind::Network, QStringLiteral("ConnectionRefused"), QStringLiteral("Connection refused")));
    QVERIFY(refused.endsWith(QLatin1String("Details: Connection refused")));
}

void TestErrorCatalog::timeoutNamesTheSeconds()
{
    // The message ApiClient writes for a timeout.
    const ApiError e = ApiError::make(ApiError::Kind::Timeout, QStringLiteral("Timeout"),
                                      QStringLiteral("No answer within 30 seconds."));
    QCOMPARE(ErrorCatalog::describe(e), QStringLiteral("The server did not answer within 30 seconds."));
    QCOMPARE(ErrorCatalog::describe(ApiError::make(ApiError::Kind::Timeout, QStringLiteral("Timeout"),
                                                   QStringLiteral("No answer within 1 seconds."))),
             QStringLiteral("The server did not answer within 1 second."));
    QCOMPARE(ErrorCatalog::describe(ApiError::make(ApiError::Kind::Timeout, QStringLiteral("Timeout"),
                                                   QStringLiteral("after 45000 ms"))),
             QStringLiteral("The server did not answer within 45 seconds."));
    QCOMPARE(ErrorCatalog::describe(ApiError::make(ApiError::Kind::Timeout, QStringLiteral("Timeout"), {})),
             QStringLiteral("The server did not answer in time."));
    // "0.5 seconds" is not "5 seconds".
    QCOMPARE(ErrorCatalog::describe(ApiError::make(ApiError::Kind::Timeout, QStringLiteral("Timeout"),
                                                   QStringLiteral("No answer within 0.5 seconds."))),
             QStringLiteral("The server did not answer in time."));
    useChinese();
    QCOMPARE(ErrorCatalog::describe(e), QStringLiteral("服务器在 30 秒内没有响应。"));
}

void TestErrorCatalog::throttlingNamesRetryAfter()
{
    ApiError e = apiError(QStringLiteral("cloudsso"), QStringLiteral("Throttling.User"), QStringLiteral("Request was denied"), 400);
    e.retryAfterSeconds = 5;
    QCOMPARE(ErrorCatalog::describe(e),
             QStringLiteral("The request is denied due to request throttling. Try again in 5 seconds."));
    useChinese();
    QCOMPARE(ErrorCatalog::describe(e), QStringLiteral("请求被限流。请在 5 秒后重试。"));
}

void TestErrorCatalog::ambiguousWritesWarn()
{
    ApiError e = ApiError::make(ApiError::Kind::Timeout, QStringLiteral("Timeout"), QStringLiteral("No answer within 30 seconds."));
    e.ambiguous = true;
    QVERIFY(ErrorCatalog::describe(e).endsWith(
        QLatin1String("The change may or may not have been made: check before repeating it.")));
    useChinese();
    QVERIFY(ErrorCatalog::describe(e).endsWith(QStringLiteral("重复操作前请先核实。")));
}

void TestErrorCatalog::otherKinds()
{
    QCOMPARE(ErrorCatalog::describe(ApiError()), QString());
    QCOMPARE(ErrorCatalog::describe(ApiError::make(ApiError::Kind::Cancelled, QStringLiteral("Cancelled"), {})),
             QStringLiteral("The request was cancelled."));
    QVERIFY(ErrorCatalog::describe(ApiError::make(ApiError::Kind::MalformedResponse, QStringLiteral("MalformedResponse"),
                                                  QStringLiteral("HTTP 200: <html>")))
                .contains(QLatin1String("JSON")));
    QCOMPARE(ErrorCatalog::describe(ApiError::make(ApiError::Kind::InvalidInput, QStringLiteral("MissingCredentials"), {})),
             QStringLiteral("No access key is set for this profile."));
    QCOMPARE(ErrorCatalog::describe(ApiError::make(ApiError::Kind::InvalidInput, QStringLiteral("Validation"),
                                                   QStringLiteral("Enter a name."))),
             QStringLiteral("Enter a name."));
    useChinese();
    for (const auto kind : {ApiError::Kind::Cancelled, ApiError::Kind::MalformedResponse, ApiError::Kind::Timeout}) {
        const QString text = ErrorCatalog::describe(ApiError::make(kind, QStringLiteral("X"), {}));
        QVERIFY2(hasHan(text), qPrintable(text));
    }
}

QTEST_GUILESS_MAIN(TestErrorCatalog)
#include "tst_errorcatalog.moc"
