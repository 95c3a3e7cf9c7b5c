// SPDX-License-Identifier: GPL-3.0-or-later
// The built idconsole-cli (IDCONSOLE_CLI_PATH) run with QProcess against a scripted local server: `call` output
// (pretty JSON, CSV, --all), error lines and exit codes, option placement, -v, --dry-run, credentials from the
// environment, and that no secret is ever printed.
#include "api/Credentials.h"
#include "api/Crypto.h"
#include "Envelopes.h"
#include "ScriptedHttpServer.h"
#include "SignatureVerifier.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

using Server = ScriptedHttpServer;
using Resp = ScriptedHttpServer::Response;

namespace {
const QString VolcAk = QStringLiteral("AKLTclivolcaccesskey01");
const QString VolcSecret = QStringLiteral("VOLC-SECRET-d2hhdGV2ZXI=");
const QString AliAk = QStringLiteral("LTAIcliali0000000001");
const QString AliSecret = QStringLiteral("ALI-SECRET-x9y8z7w6v5u4");
const QString SessionToken = QStringLiteral("STS-SESSION-TOKEN-c2Vzc2lvbg");

struct CliRun
{
    bool finished = false;
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    qint64 elapsedMs = 0;
};
} // namespace

class TestCli : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();

    void callVolcenginePrintsResult();
    void callAlibabaPrintsBodyWithoutRequestId();
    void apiErrorLineAndExit1_data();
    void apiErrorLineAndExit1();
    void usageErrorsExit2_data();
    void usageErrorsExit2();
    void connectionRefusedExit3();
    void timeoutExit3_data();
    void timeoutExit3();
    void optionsBeforeOrAfterCommand_data();
    void optionsBeforeOrAfterCommand();
    void allMergesPages_data();
    void allMergesPages();
    void csvOutput();
    void csvOutputWithAll();
    void verboseOneLinePerExchange();
    void allStreamsJsonl();
    void allFailureHalfWayIsVisiblyIncomplete_data();
    void allFailureHalfWayIsVisiblyIncomplete();
    void csvColumnAfterHeaderWarns();
    void dryRunSendsNothing_data();
    void dryRunSendsNothing();
    void dryRunHidesSecretFields();
    void environmentCredentials_data();
    void environmentCredentials();
    void missingCredentials_data();
    void missingCredentials();
    void helpAndVersion();

private:
    QProcessEnvironment baseEnvironment() const;
    QProcessEnvironment volcEnvironment() const;
    QProcessEnvironment aliEnvironment() const;
    CliRun run(const QStringList &args, const QProcessEnvironment &env, int timeoutMs = 30000);
    QString url() const { return m_server->url().toString(); }

    std::unique_ptr<QTemporaryDir> m_home;
    std::unique_ptr<Server> m_server;
};

void TestCli::initTestCase()
{
    QVERIFY2(QFileInfo(QStringLiteral(IDCONSOLE_CLI_PATH)).isExecutable(), IDCONSOLE_CLI_PATH);
    m_home = std::make_unique<QTemporaryDir>();
    QVERIFY(m_home->isValid());
}

void TestCli::init()
{
    m_server = std::make_unique<Server>();
    QVERIFY(m_server->listen());
}

void TestCli::cleanup()
{
    m_server.reset();
}

QProcessEnvironment TestCli::baseEnvironment() const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const QString &key : env.keys()) {
        if (key.startsWith(QLatin1String("VOLCENGINE_")) || key.startsWith(QLatin1String("ALIBABA_CLOUD_"))
            || key.compare(QLatin1String("http_proxy"), Qt::CaseInsensitive) == 0
            || key.compare(QLatin1String("https_proxy"), Qt::CaseInsensitive) == 0
            || key.compare(QLatin1String("all_proxy"), Qt::CaseInsensitive) == 0)
            env.remove(key);
    }
    // Never the tester's own profiles, settings or keychain.
    env.insert(QStringLiteral("HOME"), m_home->path());
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home->path() + QStringLiteral("/config"));
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_home->path() + QStringLiteral("/data"));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    return env;
}

QProcessEnvironment TestCli::volcEnvironment() const
{
    QProcessEnvironment env = baseEnvironment();
    env.insert(QStringLiteral("VOLCENGINE_ACCESS_KEY"), VolcAk);
    env.insert(QStringLiteral("VOLCENGINE_SECRET_KEY"), VolcSecret);
    return env;
}

QProcessEnvironment TestCli::aliEnvironment() const
{
    QProcessEnvironment env = baseEnvironment();
    env.insert(QStringLiteral("ALIBABA_CLOUD_ACCESS_KEY_ID"), AliAk);
    env.insert(QStringLiteral("ALIBABA_CLOUD_ACCESS_KEY_SECRET"), AliSecret);
    return env;
}

// Runs the CLI without blocking the event loop (the scripted server lives in this thread).
CliRun TestCli::run(const QStringList &args, const QProcessEnvironment &env, int timeoutMs)
{
    CliRun r;
    QProcess p;
    p.setProgram(QStringLiteral(IDCONSOLE_CLI_PATH));
    p.setArguments(args);
    p.setProcessEnvironment(env);
    QEventLoop loop;
    QTimer timer;
    timer.setSingleShot(true);
    connect(&p, &QProcess::finished, &loop, &QEventLoop::quit);
    connect(&p, &QProcess::errorOccurred, &loop, [&loop](QProcess::ProcessError e) {
        if (e == QProcess::FailedToStart)
            loop.quit();
    });
    connect(&timer, &QTimer::timeout, &loop, &QEventLoop::quit);
    QElapsedTimer clock;
    clock.start();
    timer.start(timeoutMs);
    p.start();
    loop.exec();
    r.elapsedMs = clock.elapsed();
    if (p.state() != QProcess::NotRunning) {
        p.kill();
        p.waitForFinished(2000);
        r.out = p.readAllStandardOutput();
        r.err = p.readAllStandardError();
        return r;
    }
    r.finished = p.exitStatus() == QProcess::NormalExit;
    r.exitCode = p.exitCode();
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

#define CHECK_NO_SECRETS(r)                                                                                            \
    do {                                                                                                               \
        for (const QString &secret_ : {VolcSecret, AliSecret, SessionToken}) {                                         \
            QVERIFY2(!(r).out.contains(secret_.toUtf8()), "secret on stdout");                                         \
            QVERIFY2(!(r).err.contains(secret_.toUtf8()), "secret on stderr");                                         \
        }                                                                                                              \
    } while (false)

// ---- call -----------------------------------------------------------------------------------------------

void TestCli::callVolcenginePrintsResult()
{
    const QJsonObject result{{QStringLiteral("Data"), QJsonArray{QJsonObject{{QStringLiteral("Uid"), QStringLiteral("pool-1")},
                                                                             {QStringLiteral("Name"), QStringLiteral("用户池")}}}},
                             {QStringLiteral("TotalCount"), 1}};
    m_server->enqueue(Resp::json(200, Envelopes::volcOk(result, QStringLiteral("REQ-CLI-1"))));
    const CliRun r = run({QStringLiteral("call"), QStringLiteral("id"), QStringLiteral("ListUserPools"),
                          QStringLiteral(R"({"PageSize":10,"PageNumber":1})"), QStringLiteral("--endpoint"), url()},
                         volcEnvironment());
    QVERIFY2(r.finished, r.err.constData());
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.err.isEmpty(), r.err.constData());
    const QJsonDocument doc = QJsonDocument::fromJson(r.out);
    QVERIFY2(doc.isObject(), r.out.constData());
    QCOMPARE(doc.object(), result);   // the Result object, not the envelope
    QCOMPARE(r.out, QJsonDocument(result).toJson(QJsonDocument::Indented)); // pretty-printed
    QVERIFY(r.out.contains("\n    \"Data\": ["));
    CHECK_NO_SECRETS(r);

    QCOMPARE(m_server->requestCount(), 1);
    const Server::Request req = m_server->request(0);
    QCOMPARE(req.target, QByteArray("/?Action=ListUserPools&Version=2025-10-30"));
    QCOMPARE(req.jsonBody(), (QJsonObject{{QStringLiteral("PageSize"), 10}, {QStringLiteral("PageNumber"), 1}}));
    const QString sig = SignatureVerifier::check(req, Credentials{VolcAk, VolcSecret, QString()}, Service::Id);
    QVERIFY2(sig.isEmpty(), qPrintable(sig));
}

void TestCli::callAlibabaPrintsBodyWithoutRequestId()
{
    const QJsonObject user{{QStringLiteral("UserId"), QStringLiteral("u-00q8wbq42wiltcrk****")},
                           {QStringLiteral("UserName"), QStringLiteral("张三")},
                           {QStringLiteral("Status"), QStringLiteral("Enabled")}};
    m_server->enqueue(Resp::json(200, Envelopes::acsOk({{QStringLiteral("User"), user}}, QStringLiteral("RID-CLI"))));
    const CliRun r = run({QStringLiteral("--endpoint"), url(), QStringLiteral("call"), QStringLiteral("cloudsso"),
                          QStringLiteral("GetUser"),
                          QStringLiteral(R"({"DirectoryId":"d-1","UserId":"u-00q8wbq42wiltcrk****"})")},
                         aliEnvironment());
    QCOMPARE(r.exitCode, 0);
    const QJsonObject printed = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(printed, (QJsonObject{{QStringLiteral("User"), user}}));
    QVERIFY(!r.out.contains("RequestId"));
    QVERIFY(r.out.contains("张三")); // UTF-8, not \u escapes
    CHECK_NO_SECRETS(r);
    const Server::Request req = m_server->request(0);
    QCOMPARE(req.queryValue(QStringLiteral("UserId")), QStringLiteral("u-00q8wbq42wiltcrk****"));
    QVERIFY(req.rawQuery().contains("UserId=u-00q8wbq42wiltcrk%2A%2A%2A%2A"));
    const QString sig = SignatureVerifier::check(req, Credentials{AliAk, AliSecret, QString()}, Service::CloudSso);
    QVERIFY2(sig.isEmpty(), qPrintable(sig));
}

void TestCli::apiErrorLineAndExit1_data()
{
    QTest::addColumn<QString>("service");
    QTest::addColumn<QString>("action");
    QTest::addColumn<Resp>("answer");
    QTest::addColumn<QString>("line");

    QTest::newRow("volcengine") << "cloudidentity" << "GetUser"
                                << Resp::json(404, Envelopes::volcError(QStringLiteral("EntityNotExists.User"), QStringLiteral("用户不存在"),
                                                                        QStringLiteral("20250310192038239127213129F4BF2D")))
                                << "EntityNotExists.User: 用户不存在 (HTTP 404, RequestId 20250310192038239127213129F4BF2D)";
    QTest::newRow("volcengine HTTP 200 error")
        << "id" << "GetUserPool"
        << Resp::json(200, Envelopes::volcError(QStringLiteral("InvalidParameter"), QStringLiteral("UserPoolUid is invalid"), QStringLiteral("R-200")))
        << "InvalidParameter: UserPoolUid is invalid (HTTP 200, RequestId R-200)";
    QTest::newRow("alibaba") << "cloudsso" << "DeleteUser"
                             << Resp::json(409, Envelopes::acsError(QStringLiteral("DeletionConflict.User.AccessAssigment"),
                                                                    QStringLiteral("The user has access assignments."),
                                                                    QStringLiteral("6B1B0C4B-7F5C")))
                             << "DeletionConflict.User.AccessAssigment: The user has access assignments. (HTTP 409, RequestId 6B1B0C4B-7F5C)";
    QTest::newRow("HTML from a proxy") << "cloudsso" << "GetUser"
                                       << Resp::raw(403, "text/html", "<html><body>Forbidden by proxy</body></html>")
                                       << "MalformedResponse: HTTP 403: the response is not the expected JSON: \"<html><body>Forbidden by proxy</body></html>\" (HTTP 403)";
}

void TestCli::apiErrorLineAndExit1()
{
    QFETCH(QString, service);
    QFETCH(QString, action);
    QFETCH(Resp, answer);
    QFETCH(QString, line);
    m_server->enqueue(answer);
    QProcessEnvironment env = service == QLatin1String("cloudsso") ? aliEnvironment() : volcEnvironment();
    const CliRun r = run({QStringLiteral("call"), service, action, QStringLiteral(R"({"UserId":"42"})"),
                          QStringLiteral("--endpoint"), url()},
                         env);
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.out.isEmpty());
    QCOMPARE(QString::fromUtf8(r.err), line + QLatin1Char('\n'));
    QCOMPARE(m_server->requestCount(), 1);
    CHECK_NO_SECRETS(r);
}

void TestCli::usageErrorsExit2_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("message");

    QTest::newRow("bad JSON") << QStringList{"call", "id", "ListUserPools", R"({"PageSize":)"} << "JSON-PARAMS must be a JSON object";
    QTest::newRow("JSON array") << QStringList{"call", "id", "ListUserPools", "[1,2]"} << "JSON-PARAMS must be a JSON object";
    QTest::newRow("unknown service") << QStringList{"call", "iam", "ListUsers"} << "unknown service iam";
    QTest::newRow("--secret") << QStringList{"--secret", VolcSecret, "call", "id", "ListUserPools"} << "never accepted on the command line";
    QTest::newRow("--secret after") << QStringList{"call", "id", "ListUserPools", "--secret", VolcSecret} << "never accepted on the command line";
    QTest::newRow("--secret-key=") << QStringList{"call", "id", "ListUserPools", "--secret-key=" + VolcSecret} << "never accepted";
    QTest::newRow("--access-key-secret") << QStringList{"call", "cloudsso", "ListUsers", "--access-key-secret", AliSecret} << "never accepted";
    QTest::newRow("--session-token") << QStringList{"--session-token=" + SessionToken, "call", "id", "ListUserPools"} << "never accepted";
    QTest::newRow("missing action") << QStringList{"call", "id"} << "call needs SERVICE ACTION";
    QTest::newRow("too many arguments") << QStringList{"call", "id", "ListUserPools", "{}", "extra"} << "call needs SERVICE ACTION";
    QTest::newRow("lower-case action") << QStringList{"call", "id", "listUserPools"} << "ACTION must be an API action name";
    QTest::newRow("unknown option") << QStringList{"call", "id", "ListUserPools", "--frobnicate"} << "unknown option --frobnicate";
    QTest::newRow("--output xml") << QStringList{"--output", "xml", "call", "id", "ListUserPools"} << "--output must be json, jsonl or csv";
    QTest::newRow("--timeout abc") << QStringList{"call", "id", "ListUserPools", "--timeout", "abc"} << "--timeout must be a positive number";
    QTest::newRow("--timeout without value") << QStringList{"call", "id", "ListUserPools", "--timeout"} << "option --timeout needs a value";
    QTest::newRow("--all on a Get") << QStringList{"--all", "call", "id", "GetUserPool"} << "--all applies to List* actions only";
    // A list whose shape the catalog does not know fails clearly instead of printing [].
    QTest::newRow("--all on an unknown list") << QStringList{"--all", "call", "id", "ListIdentityProvidersOIDC"}
                                              << "--all does not know how id ListIdentityProvidersOIDC pages; list actions it knows for id: "
                                                 "ListUserPools, ListUsers, ListUserPoolClients, ListIdentityProviders";
    QTest::newRow("--all on an unknown cloudsso list") << QStringList{"--all", "call", "cloudsso", "ListAccessConfigurations", R"({"DirectoryId":"d-1"})"}
                                                       << "list actions it knows for cloudsso: ListDirectories, ListUsers, ListGroups";
    QTest::newRow("--all without its scope") << QStringList{"--all", "call", "id", "ListIdentityProviders", R"({"UserPoolUid":"p-1"})"}
                                             << "id ListIdentityProviders --all needs UserPoolUID in JSON-PARAMS";
    QTest::newRow("--all without the directory") << QStringList{"--all", "call", "cloudsso", "ListGroupMembers", R"({"DirectoryId":"d-1"})"}
                                                 << "cloudsso ListGroupMembers --all needs GroupId";
    QTest::newRow("bad endpoint") << QStringList{"call", "id", "ListUserPools", "--endpoint", "ftp://example.com"} << "--endpoint must be an http(s) URL";
    QTest::newRow("no command") << QStringList{} << "Usage: idconsole-cli";
    QTest::newRow("unknown command") << QStringList{"frob"} << "unknown command frob";
}

void TestCli::usageErrorsExit2()
{
    QFETCH(QStringList, args);
    QFETCH(QString, message);
    m_server->setHandler([](const Server::Request &) { return Envelopes::ok(Service::Id); });
    QStringList full = args;
    if (!args.contains(QStringLiteral("--endpoint")))
        full.prepend(QStringLiteral("--endpoint=") + url());
    QProcessEnvironment env = volcEnvironment();
    env.insert(QStringLiteral("ALIBABA_CLOUD_ACCESS_KEY_ID"), AliAk);
    env.insert(QStringLiteral("ALIBABA_CLOUD_ACCESS_KEY_SECRET"), AliSecret);
    const CliRun r = run(full, env);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(QString::fromUtf8(r.err).contains(message), r.err.constData());
    QVERIFY(r.out.isEmpty());
    CHECK_NO_SECRETS(r);
    QTest::qWait(50);
    QCOMPARE(m_server->requestCount(), 0);
}

void TestCli::connectionRefusedExit3()
{
    quint16 closedPort = 0;
    {
        Server tmp;
        QVERIFY(tmp.listen());
        closedPort = tmp.port();
    }
    const CliRun r = run({QStringLiteral("call"), QStringLiteral("cloudidentity"), QStringLiteral("ListUsers"),
                          QStringLiteral("--endpoint"), QStringLiteral("http://127.0.0.1:%1").arg(closedPort)},
                         volcEnvironment());
    QCOMPARE(r.exitCode, 3);
    QVERIFY2(r.err.startsWith("ConnectionRefused: "), r.err.constData());
    QVERIFY(r.out.isEmpty());
    CHECK_NO_SECRETS(r);
}

void TestCli::timeoutExit3_data()
{
    QTest::addColumn<QString>("action");
    QTest::addColumn<int>("requests");
    QTest::addColumn<bool>("ambiguous");
    QTest::newRow("write: one attempt, outcome unknown") << "CreateGroup" << 1 << true;
    QTest::newRow("read: retried") << "ListGroups" << 4 << false;
}

void TestCli::timeoutExit3()
{
    QFETCH(QString, action);
    QFETCH(int, requests);
    QFETCH(bool, ambiguous);
    m_server->setHandler([](const Server::Request &) { return Resp::hang(); });
    const CliRun r = run({QStringLiteral("call"), QStringLiteral("cloudidentity"), action, QStringLiteral(R"({"GroupName":"ops"})"),
                          QStringLiteral("--timeout"), QStringLiteral("0.4"), QStringLiteral("--endpoint"), url()},
                         volcEnvironment());
    QCOMPARE(r.exitCode, 3);
    QVERIFY2(r.err.startsWith("Timeout: "), r.err.constData());
    QCOMPARE(r.err.contains("outcome unknown"), ambiguous);
    QTest::qWait(100);
    QCOMPARE(m_server->requestCount(), requests);
}

void TestCli::optionsBeforeOrAfterCommand_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QByteArray>("scopeRegion");
    const QString u = QStringLiteral("URL");
    QTest::newRow("options first") << QStringList{"--endpoint", u, "--region", "cn-shanghai", "call", "id", "ListUserPools", "{}"}
                                   << QByteArray("/cn-shanghai/id/request");
    QTest::newRow("options between") << QStringList{"call", "--endpoint", u, "id", "--region=cn-guangzhou", "ListUserPools"}
                                     << QByteArray("/cn-guangzhou/id/request");
    QTest::newRow("options last") << QStringList{"call", "id", "ListUserPools", "{}", "--endpoint=" + u, "--timeout", "5"}
                                  << QByteArray("/cn-beijing/id/request");
    QTest::newRow("options mixed") << QStringList{"--timeout=5", "call", "id", "--output", "json", "ListUserPools", "--endpoint", u}
                                   << QByteArray("/cn-beijing/id/request");
}

void TestCli::optionsBeforeOrAfterCommand()
{
    QFETCH(QStringList, args);
    QFETCH(QByteArray, scopeRegion);
    for (QString &a : args)
        a.replace(QStringLiteral("URL"), url());
    m_server->enqueue(Resp::json(200, Envelopes::volcOk({{QStringLiteral("TotalCount"), 0}})));
    const CliRun r = run(args, volcEnvironment());
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(QJsonDocument::fromJson(r.out).object(), (QJsonObject{{QStringLiteral("TotalCount"), 0}}));
    QCOMPARE(m_server->requestCount(), 1);
    QVERIFY2(m_server->request(0).header("Authorization").contains(scopeRegion), m_server->request(0).header("Authorization").constData());
}

void TestCli::allMergesPages_data()
{
    QTest::addColumn<QString>("service");
    QTest::addColumn<int>("total");
    QTest::newRow("cloudidentity 250 (page numbers)") << "cloudidentity" << 250;
    QTest::newRow("cloudsso 230 (tokens)") << "cloudsso" << 230;
}

void TestCli::allMergesPages()
{
    QFETCH(QString, service);
    QFETCH(int, total);
    const bool ali = service == QLatin1String("cloudsso");
    m_server->setHandler([=](const Server::Request &req) {
        int page = 1;
        if (ali) {
            const QString token = req.queryValue(QStringLiteral("NextToken"));
            page = token.isEmpty() ? 1 : token.mid(1).toInt();
        } else {
            page = req.jsonBody().value(QStringLiteral("PageNumber")).toInt();
        }
        QJsonArray users;
        for (int i = (page - 1) * 100; i < qMin(total, page * 100); ++i)
            users.append(QJsonObject{{QStringLiteral("UserId"), QStringLiteral("u-%1").arg(i)}, {QStringLiteral("N"), i}});
        if (ali) {
            const bool more = page * 100 < total;
            QJsonObject body{{QStringLiteral("Users"), users}, {QStringLiteral("IsTruncated"), more}};
            if (more)
                body.insert(QStringLiteral("NextToken"), QStringLiteral("t%1").arg(page + 1));
            return Resp::json(200, Envelopes::acsOk(body));
        }
        return Resp::json(200, Envelopes::volcOk({{QStringLiteral("Users"), users}, {QStringLiteral("Total"), total}}));
    });
    const CliRun r = run({QStringLiteral("call"), service, QStringLiteral("ListUsers"), QStringLiteral(R"({"DirectoryId":"d-1"})"),
                          QStringLiteral("--all"), QStringLiteral("--endpoint"), url()},
                         ali ? aliEnvironment() : volcEnvironment());
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QJsonDocument doc = QJsonDocument::fromJson(r.out);
    QVERIFY2(doc.isArray(), r.out.left(200).constData());
    const QJsonArray items = doc.array();
    QCOMPARE(items.size(), total);
    for (int i = 0; i < total; ++i)
        QCOMPARE(items.at(i).toObject().value(QStringLiteral("N")).toInt(), i);
    QCOMPARE(m_server->requestCount(), (total + 99) / 100);
}

void TestCli::csvOutput()
{
    const QJsonArray users{
        QJsonObject{{QStringLiteral("UserId"), QStringLiteral("1")}, {QStringLiteral("UserName"), QStringLiteral("alice")},
                    {QStringLiteral("DisplayName"), QStringLiteral("Alice, A.")}},
        QJsonObject{{QStringLiteral("UserId"), QStringLiteral("2")}, {QStringLiteral("UserName"), QStringLiteral("张三")},
                    {QStringLiteral("DisplayName"), QStringLiteral("say \"hi\"\nbye")},
                    {QStringLiteral("Tags"), QJsonArray{QStringLiteral("a"), QStringLiteral("b")}},
                    {QStringLiteral("Enabled"), true}}};
    m_server->enqueue(Resp::json(200, Envelopes::volcOk({{QStringLiteral("Users"), users}, {QStringLiteral("Total"), 2}})));
    const CliRun r = run({QStringLiteral("call"), QStringLiteral("cloudidentity"), QStringLiteral("ListUsers"),
                          QStringLiteral("--output"), QStringLiteral("csv"), QStringLiteral("--endpoint"), url()},
                         volcEnvironment());
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QByteArray expected = "DisplayName,UserId,UserName,Enabled,Tags\r\n"
                                "\"Alice, A.\",1,alice,,\r\n"
                                "\"say \"\"hi\"\"\nbye\",2,张三,true,\"[\"\"a\"\",\"\"b\"\"]\"\r\n";
    QCOMPARE(r.out, expected);
}

void TestCli::csvOutputWithAll()
{
    m_server->setHandler([](const Server::Request &req) {
        const QString token = req.queryValue(QStringLiteral("NextToken"));
        if (token.isEmpty())
            return Resp::json(200, Envelopes::acsOk({{QStringLiteral("Groups"), QJsonArray{QJsonObject{{QStringLiteral("GroupId"), QStringLiteral("g-1")},
                                                                                                      {QStringLiteral("GroupName"), QStringLiteral("ops")}}}},
                                                     {QStringLiteral("IsTruncated"), true}, {QStringLiteral("NextToken"), QStringLiteral("n2")}}));
        return Resp::json(200, Envelopes::acsOk({{QStringLiteral("Groups"), QJsonArray{QJsonObject{{QStringLiteral("GroupId"), QStringLiteral("g-2")},
                                                                                                  {QStringLiteral("GroupName"), QStringLiteral("运维")}}}},
                                                 {QStringLiteral("IsTruncated"), false}}));
    });
    const CliRun r = run({QStringLiteral("call"), QStringLiteral("cloudsso"), QStringLiteral("ListGroups"), QStringLiteral(R"({"DirectoryId":"d-1"})"),
                          QStringLiteral("--all"), QStringLiteral("--output=csv"), QStringLiteral("--endpoint"), url()},
                         aliEnvironment());
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(r.out, QByteArray("GroupId,GroupName\r\ng-1,ops\r\ng-2,运维\r\n"));
    QCOMPARE(m_server->requestCount(), 2);
}

namespace {
// Cloud Identity ListUsers of `total` users in pages of 100; page `failing` (if any) fails with a 400 after 300 ms,
// so that the pages before it have been written by then.
ScriptedHttpServer::Handler usersPages(int total, int failing = 0)
{
    return [=](const Server::Request &req) {
        const int page = req.jsonBody().value(QStringLiteral("PageNumber")).toInt();
        if (page == failing)
            return Resp::json(400, Envelopes::volcError(QStringLiteral("InvalidParameter"), QStringLiteral("page failed"),
                                                        QStringLiteral("RID-FAIL")))
                .delayed(300);
        QJsonArray users;
        for (int i = (page - 1) * 100; i < qMin(total, page * 100); ++i)
            users.append(QJsonObject{{QStringLiteral("UserId"), QStringLiteral("u-%1").arg(i)}, {QStringLiteral("N"), i}});
        return Resp::json(200, Envelopes::volcOk({{QStringLiteral("Users"), users}, {QStringLiteral("Total"), total}}));
    };
}
} // namespace

void TestCli::allStreamsJsonl()
{
    m_server->setHandler(usersPages(250));
    const CliRun r = run({QStringLiteral("call"), QStringLiteral("cloudidentity"), QStringLiteral("ListUsers"), QStringLiteral("--all"),
                          QStringLiteral("--output"), QStringLiteral("jsonl"), QStringLiteral("--endpoint"), url()},
                         volcEnvironment());
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY(r.out.endsWith('\n'));
    const QList<QByteArray> lines = r.out.trimmed().split('\n');
    QCOMPARE(lines.size(), 250);
    for (int i = 0; i < lines.size(); ++i) {
        const QJsonDocument doc = QJsonDocument::fromJson(lines.at(i));
        QVERIFY2(doc.isObject(), lines.at(i).constData());
        QCOMPARE(doc.object().value(QStringLiteral("N")).toInt(), i);
    }
}

void TestCli::allFailureHalfWayIsVisiblyIncomplete_data()
{
    QTest::addColumn<QString>("format");
    QTest::newRow("json") << "json";
    QTest::newRow("jsonl") << "jsonl";
    QTest::newRow("csv") << "csv";
}

void TestCli::allFailureHalfWayIsVisiblyIncomplete()
{
    // Page 3 of 5 fails: the pages before it may already be on stdout, but the output must not pass for a
    // complete (short) list, and the exit status is not 0.
    QFETCH(QString, format);
    m_server->setHandler(usersPages(500, 3));
    const CliRun r = run({QStringLiteral("call"), QStringLiteral("cloudidentity"), QStringLiteral("ListUsers"), QStringLiteral("--all"),
                          QStringLiteral("--output"), format, QStringLiteral("--endpoint"), url()},
                         volcEnvironment());
    QCOMPARE(r.exitCode, 1);
    const QString err = QString::fromUtf8(r.err);
    QVERIFY2(err.contains(QStringLiteral("listing incomplete: the 200 items written above (2 pages) are NOT the whole list")), r.err.constData());
    QVERIFY2(err.trimmed().endsWith(QStringLiteral("(RequestId: RID-FAIL)")) || err.contains(QStringLiteral("RID-FAIL")), r.err.constData());
    if (format == QLatin1String("json")) {
        QVERIFY2(r.out.startsWith("[\n"), r.out.left(40).constData());
        QVERIFY2(!r.out.trimmed().endsWith(']'), "the array is left open");
        QJsonParseError perr;
        QJsonDocument::fromJson(r.out, &perr);
        QVERIFY(perr.error != QJsonParseError::NoError);
        QCOMPARE(r.out.count('\n'), 200); // "[" and 199 ",\n" separators: items 0..199
    } else if (format == QLatin1String("jsonl")) {
        const QList<QByteArray> lines = r.out.trimmed().split('\n');
        QCOMPARE(lines.size(), 200);
        QCOMPARE(QJsonDocument::fromJson(lines.last()).object().value(QStringLiteral("N")).toInt(), 199);
    } else {
        QCOMPARE(r.out.count("\r\n"), 201); // header + 200 rows
        QVERIFY(r.out.startsWith("N,UserId\r\n"));
    }
}

void TestCli::csvColumnAfterHeaderWarns()
{
    m_server->setHandler([](const Server::Request &req) {
        const QString token = req.queryValue(QStringLiteral("NextToken"));
        QJsonObject user{{QStringLiteral("UserId"), token.isEmpty() ? QStringLiteral("u-1") : QStringLiteral("u-2")}};
        if (!token.isEmpty())
            user.insert(QStringLiteral("Email"), QStringLiteral("b@example.com"));
        QJsonObject body{{QStringLiteral("Users"), QJsonArray{user}}, {QStringLiteral("IsTruncated"), token.isEmpty()}};
        if (token.isEmpty())
            body.insert(QStringLiteral("NextToken"), QStringLiteral("n2"));
        return Resp::json(200, Envelopes::acsOk(body));
    });
    const CliRun r = run({QStringLiteral("call"), QStringLiteral("cloudsso"), QStringLiteral("ListUsers"), QStringLiteral(R"({"DirectoryId":"d-1"})"),
                          QStringLiteral("--all"), QStringLiteral("--output=csv"), QStringLiteral("--endpoint"), url()},
                         aliEnvironment());
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(r.out, QByteArray("UserId\r\nu-1\r\nu-2\r\n"));
    QVERIFY2(r.err.contains("warning: column Email first appeared after the CSV header was written"), r.err.constData());
}

void TestCli::verboseOneLinePerExchange()
{
    QProcessEnvironment env = volcEnvironment();
    env.insert(QStringLiteral("VOLCENGINE_SESSION_TOKEN"), SessionToken);
    m_server->enqueue({Resp::json(503, Envelopes::volcError(QStringLiteral("ServiceUnavailable"), QStringLiteral("busy"), QStringLiteral("REQ-A"))),
                       Resp::json(200, Envelopes::volcOk({{QStringLiteral("Users"), QJsonArray()}}, QStringLiteral("REQ-B")))});
    const CliRun r = run({QStringLiteral("-v"), QStringLiteral("call"), QStringLiteral("cloudidentity"), QStringLiteral("ListUsers"),
                          QStringLiteral("--endpoint"), url()},
                         env);
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QStringList lines = QString::fromUtf8(r.err).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 2);
    const QString prefix = QStringLiteral("^POST http://127\\.0\\.0\\.1:%1/\\?Action=ListUsers&Version=2023-01-01 ").arg(m_server->port());
    QVERIFY2(QRegularExpression(prefix + QStringLiteral("503 \\d+ms RequestId=REQ-A ServiceUnavailable$")).match(lines.at(0)).hasMatch(),
             qPrintable(lines.at(0)));
    QVERIFY2(QRegularExpression(prefix + QStringLiteral("200 \\d+ms RequestId=REQ-B attempt=2$")).match(lines.at(1)).hasMatch(),
             qPrintable(lines.at(1)));
    QCOMPARE(QJsonDocument::fromJson(r.out).object(), (QJsonObject{{QStringLiteral("Users"), QJsonArray()}}));
    CHECK_NO_SECRETS(r);
    QCOMPARE(m_server->request(0).header("X-Security-Token"), SessionToken.toUtf8());
}

void TestCli::dryRunSendsNothing_data()
{
    QTest::addColumn<QString>("service");
    QTest::addColumn<QString>("credentials"); // none, keys, sts
    QTest::newRow("volcengine keys") << "cloudidentity" << "keys";
    QTest::newRow("volcengine STS") << "id" << "sts";
    QTest::newRow("volcengine no credentials") << "cloudidentity" << "none";
    QTest::newRow("alibaba keys") << "cloudsso" << "keys";
    QTest::newRow("alibaba STS") << "cloudsso" << "sts";
    QTest::newRow("alibaba no credentials") << "cloudsso" << "none";
}

void TestCli::dryRunSendsNothing()
{
    QFETCH(QString, service);
    QFETCH(QString, credentials);
    const bool ali = service == QLatin1String("cloudsso");
    QProcessEnvironment env = credentials == QLatin1String("none") ? baseEnvironment() : ali ? aliEnvironment() : volcEnvironment();
    if (credentials == QLatin1String("sts"))
        env.insert(ali ? QStringLiteral("ALIBABA_CLOUD_SECURITY_TOKEN") : QStringLiteral("VOLCENGINE_SESSION_TOKEN"), SessionToken);
    m_server->setHandler([](const Server::Request &) { return Envelopes::ok(Service::Id); });
    const CliRun r = run({QStringLiteral("call"), service, QStringLiteral("CreateUser"),
                          QStringLiteral(R"({"UserName":"张 三","DisplayName":"a*b"})"), QStringLiteral("--dry-run"),
                          QStringLiteral("--endpoint"), url()},
                         env);
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QString out = QString::fromUtf8(r.out);
    const bool sts = credentials == QLatin1String("sts");
    QVERIFY(out.contains(sts ? QStringLiteral("# Canonical request (security token redacted; the hash below covers it)\nPOST\n/\n")
                             : QStringLiteral("# Canonical request\nPOST\n/\n")));
    QVERIFY(out.contains(QStringLiteral("# String to sign\n") + (ali ? QStringLiteral("ACS3-HMAC-SHA256\n") : QStringLiteral("HMAC-SHA256\n"))));
    QVERIFY(out.contains(QStringLiteral("# Request\nPOST http://127.0.0.1:")));
    QVERIFY(out.contains(QStringLiteral("Authorization: ")));
    if (ali) {
        QVERIFY(out.contains(QStringLiteral("UserName=%E5%BC%A0%20%E4%B8%89")));
        QVERIFY(out.contains(QStringLiteral("x-acs-signature-nonce: ")));
    } else {
        QVERIFY(out.contains(QStringLiteral("X-Date: ")));
        QVERIFY(out.contains(QStringLiteral(R"({"DisplayName":"a*b","UserName":"张 三"})")));
    }
    // The string to sign ends with the SHA-256 of the canonical request printed above it (unless a token was
    // blanked out of it).
    const int cr = out.indexOf(QLatin1Char('\n'), out.indexOf(QStringLiteral("# Canonical request"))) + 1;
    const QString canonical = out.mid(cr, out.indexOf(QStringLiteral("\n\n# String to sign")) - cr);
    const int stsStart = out.indexOf(QStringLiteral("# String to sign\n")) + 17;
    const QString stringToSign = out.mid(stsStart, out.indexOf(QStringLiteral("\n\n# Request")) - stsStart);
    QCOMPARE(stringToSign.endsWith(QString::fromLatin1(Crypto::sha256Hex(canonical.toUtf8()))), !sts);
    if (sts) {
        QVERIFY(canonical.contains(ali ? QStringLiteral("\nx-acs-security-token:<redacted>\n") : QStringLiteral("\nx-security-token:<redacted>\n")));
        QVERIFY(out.contains(ali ? QStringLiteral("\nx-acs-security-token: <redacted>\n") : QStringLiteral("\nX-Security-Token: <redacted>\n")));
    }
    CHECK_NO_SECRETS(r);
    QVERIFY(!out.contains(QStringLiteral("dry-run-placeholder")));
    QTest::qWait(300);
    QCOMPARE(m_server->requestCount(), 0);
    QCOMPARE(m_server->connectionCount(), 0);
}

void TestCli::dryRunHidesSecretFields()
{
    m_server->setHandler([](const Server::Request &) { return Envelopes::ok(Service::Id); });
    const CliRun r = run({QStringLiteral("call"), QStringLiteral("id"), QStringLiteral("CreateIdentityProviderOIDC"),
                          QStringLiteral(R"({"UserPoolUid":"p","Name":"okta","ClientSecret":"idp-secret-9f3a"})"),
                          QStringLiteral("--dry-run"), QStringLiteral("--endpoint"), url()},
                         volcEnvironment());
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QString out = QString::fromUtf8(r.out);
    QVERIFY(!out.contains(QStringLiteral("idp-secret-9f3a")));
    QVERIFY(out.contains(QStringLiteral(R"("ClientSecret":"<redacted>")")));
    QVERIFY(out.contains(QStringLiteral(R"("Name":"okta")")));
    QCOMPARE(m_server->requestCount(), 0);
}

void TestCli::environmentCredentials_data()
{
    QTest::addColumn<QString>("service");
    QTest::newRow("id") << "id";
    QTest::newRow("cloudidentity") << "cloudidentity";
    QTest::newRow("cloudsso") << "cloudsso";
}

void TestCli::environmentCredentials()
{
    QFETCH(QString, service);
    const Service s = *ServiceCatalog::fromName(service);
    // Both clouds' keys set: each service must use its own cloud's pair.
    QProcessEnvironment env = volcEnvironment();
    env.insert(QStringLiteral("ALIBABA_CLOUD_ACCESS_KEY_ID"), AliAk);
    env.insert(QStringLiteral("ALIBABA_CLOUD_ACCESS_KEY_SECRET"), AliSecret);
    m_server->enqueue(Envelopes::ok(s));
    const CliRun r = run({QStringLiteral("call"), service, QStringLiteral("ListUsers"), QStringLiteral("--endpoint"), url()}, env);
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(m_server->requestCount(), 1);
    const Credentials expected = s == Service::CloudSso ? Credentials{AliAk, AliSecret, QString()}
                                                        : Credentials{VolcAk, VolcSecret, QString()};
    const QString sig = SignatureVerifier::check(m_server->request(0), expected, s);
    QVERIFY2(sig.isEmpty(), qPrintable(sig));
    CHECK_NO_SECRETS(r);
}

void TestCli::missingCredentials_data()
{
    QTest::addColumn<QString>("service");
    QTest::addColumn<QString>("env"); // which cloud's keys are set
    QTest::addColumn<QString>("message");
    QTest::newRow("id, nothing set") << "id" << "" << "VOLCENGINE_ACCESS_KEY and VOLCENGINE_SECRET_KEY";
    QTest::newRow("cloudidentity, only Alibaba keys") << "cloudidentity" << "ali" << "VOLCENGINE_ACCESS_KEY and VOLCENGINE_SECRET_KEY";
    QTest::newRow("cloudidentity, access key without secret") << "cloudidentity" << "volc-ak-only" << "VOLCENGINE_SECRET_KEY";
    QTest::newRow("cloudsso, only Volcengine keys") << "cloudsso" << "volc" << "ALIBABA_CLOUD_ACCESS_KEY_ID and ALIBABA_CLOUD_ACCESS_KEY_SECRET";
}

void TestCli::missingCredentials()
{
    QFETCH(QString, service);
    QFETCH(QString, env);
    QFETCH(QString, message);
    QProcessEnvironment e = env == QLatin1String("ali") ? aliEnvironment() : env == QLatin1String("volc") ? volcEnvironment() : baseEnvironment();
    if (env == QLatin1String("volc-ak-only"))
        e.insert(QStringLiteral("VOLCENGINE_ACCESS_KEY"), VolcAk);
    m_server->setHandler([](const Server::Request &) { return Envelopes::ok(Service::Id); });
    const CliRun r = run({QStringLiteral("call"), service, QStringLiteral("ListUsers"), QStringLiteral("--endpoint"), url()}, e);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.startsWith("idconsole-cli: no credentials"), r.err.constData());
    QVERIFY2(QString::fromUtf8(r.err).contains(message), r.err.constData());
    QVERIFY(r.err.contains("--profile"));
    QTest::qWait(50);
    QCOMPARE(m_server->requestCount(), 0);
    CHECK_NO_SECRETS(r);
}

void TestCli::helpAndVersion()
{
    const CliRun h = run({QStringLiteral("--help")}, baseEnvironment());
    QCOMPARE(h.exitCode, 0);
    QVERIFY(h.out.startsWith("Usage: idconsole-cli"));
    QVERIFY(h.out.contains("Exit codes: 0 success, 1 API error, 2 usage error, 3 network error or timeout"));
    const CliRun v = run({QStringLiteral("--version")}, baseEnvironment());
    QCOMPARE(v.exitCode, 0);
    QVERIFY2(QRegularExpression(QStringLiteral("^idconsole-cli \\d+\\.\\d+\\.\\d+\n$")).match(QString::fromUtf8(v.out)).hasMatch(), v.out.constData());
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
