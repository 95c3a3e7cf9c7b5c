// SPDX-License-Identifier: GPL-3.0-or-later
// `idconsole-cli batch` end to end: the real binary against the real emulator, credentials from the environment.
#include "api/ApiClient.h"
#include "EmulatorFixture.h"

#include <QJsonDocument>
#include <QProcess>
#include <QtTest>
#include <csignal>
#include <sys/types.h>
#include <memory>

namespace {
struct CliRun
{
    int exitCode = -1;
    QList<QJsonObject> lines;   // stdout, one JSON object per line
    QStringList rawLines;
    QString err;
};
} // namespace

class TestBatchCli : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void retryEventsWithBadLines();
    void allSucceedExitsZero();
    void missingDirectoryIdIsLeftToTheServer();
    void cloudIdentityBatch();
    void usageErrors();
    void ctrlCCancelsUnsentItems();
    void helpMentionsOrder();

private:
    CliRun run(const QStringList &args, const QByteArray &stdinData, Service service);
    ApiResult call(Service s, const QString &action, const QJsonObject &params, bool all = false);

    std::unique_ptr<EmulatorFixture> m_emu;
    std::unique_ptr<ApiClient> m_client;
    QString m_dir;
};

CliRun TestBatchCli::run(const QStringList &args, const QByteArray &stdinData, Service service)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char *k : {"VOLCENGINE_ACCESS_KEY", "VOLCENGINE_SECRET_KEY", "VOLCENGINE_SESSION_TOKEN",
                          "ALIBABA_CLOUD_ACCESS_KEY_ID", "ALIBABA_CLOUD_ACCESS_KEY_SECRET", "ALIBABA_CLOUD_SECURITY_TOKEN"})
        env.remove(QString::fromLatin1(k));
    if (service == Service::CloudSso) {
        env.insert(QStringLiteral("ALIBABA_CLOUD_ACCESS_KEY_ID"), m_emu->accessKey());
        env.insert(QStringLiteral("ALIBABA_CLOUD_ACCESS_KEY_SECRET"), m_emu->secret());
    } else {
        env.insert(QStringLiteral("VOLCENGINE_ACCESS_KEY"), m_emu->accessKey());
        env.insert(QStringLiteral("VOLCENGINE_SECRET_KEY"), m_emu->secret());
    }
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(IDCONSOLE_CLI_PATH), args);
    CliRun r;
    if (!p.waitForStarted(10000)) {
        r.err = p.errorString();
        return r;
    }
    p.write(stdinData);
    p.closeWriteChannel();
    if (!p.waitForFinished(180000)) {
        p.kill();
        p.waitForFinished();
        r.err = QStringLiteral("timeout");
        return r;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
    r.err = QString::fromUtf8(p.readAllStandardError());
    const QList<QByteArray> out = p.readAllStandardOutput().split('\n');
    for (const QByteArray &line : out) {
        if (line.trimmed().isEmpty())
            continue;
        r.rawLines << QString::fromUtf8(line);
        r.lines << QJsonDocument::fromJson(line).object();
    }
    return r;
}

ApiResult TestBatchCli::call(Service s, const QString &action, const QJsonObject &params, bool all)
{
    ApiResult out;
    bool done = false;
    ApiCall *c = all ? m_client->listAll(s, action, params) : m_client->call(s, action, params);
    connect(c, &ApiCall::finished, this, [&](const ApiResult &r) {
        out = r;
        done = true;
    });
    (void)QTest::qWaitFor([&] { return done; }, 30000);
    return out;
}

void TestBatchCli::initTestCase()
{
    m_emu = std::make_unique<EmulatorFixture>(QStringList{"--dataset", "demo"});
    QString error;
    QVERIFY2(m_emu->start(&error), qPrintable(error));
    m_client = std::make_unique<ApiClient>();
    m_client->setCredentials({m_emu->accessKey(), m_emu->secret(), QString()});
    for (Service s : ServiceCatalog::all())
        m_client->setEndpoint(s, m_emu->endpoint());
    const ApiResult dirs = call(Service::CloudSso, "ListDirectories", {});
    QVERIFY(dirs.ok);
    m_dir = dirs.result.value("Directories").toArray().first().toObject().value("DirectoryId").toString();
    QVERIFY(!m_dir.isEmpty());
}

void TestBatchCli::cleanupTestCase()
{
    m_client.reset();
    m_emu.reset();
}

void TestBatchCli::retryEventsWithBadLines()
{
    const ApiResult events = call(Service::CloudSso, "ListUserProvisioningEvents", {{"DirectoryId", m_dir}}, true);
    QVERIFY(events.ok);
    QVERIFY(events.items.size() >= 12);
    QByteArray input;
    QList<int> lineOfItem;
    int line = 0;
    auto add = [&](const QByteArray &text, bool item = true) {
        input += text + '\n';
        ++line;
        if (item)
            lineOfItem << line;
    };
    for (int i = 0; i < 12; ++i) {
        const QJsonObject e = events.items.at(i).toObject();
        add(QJsonDocument(QJsonObject{{"DirectoryId", m_dir}, {"EventId", e.value("EventId")},
                                      {"DuplicationStrategy", e.value("DuplicationStrategy")}})
                .toJson(QJsonDocument::Compact));
        if (i == 3)
            add("   ", false);                           // blank: skipped, not an item
        if (i == 6)
            add("{\"DirectoryId\": \"" + m_dir.toUtf8() + "\", oops"); // malformed: InvalidJson, not sent
    }
    add(QJsonDocument(QJsonObject{{"DirectoryId", m_dir}, {"EventId", "upe-doesnotexist"}, {"DuplicationStrategy", "KeepBoth"}})
            .toJson(QJsonDocument::Compact));
    add("[1,2]");

    const CliRun r = run({"--endpoint", m_emu->endpoint().toString(), "batch", "cloudsso", "RetryUserProvisioningEvent"},
                         input, Service::CloudSso);
    qInfo("stderr:\n%s", qPrintable(r.err));
    QCOMPARE(r.exitCode, 1);
    QCOMPARE(r.lines.size(), 15);
    for (int i = 0; i < r.lines.size(); ++i) {
        const QJsonObject o = r.lines.at(i);
        QCOMPARE(o.value("index").toInt(-1), i);                 // input order
        QCOMPARE(o.value("line").toInt(), lineOfItem.at(i));
        QVERIFY(o.contains("ok") && o.contains("code") && o.contains("requestId"));
        // Keys in the documented order.
        QVERIFY2(r.rawLines.at(i).startsWith(QStringLiteral("{\"index\":%1,\"line\":").arg(i)), qPrintable(r.rawLines.at(i)));
    }
    int ok = 0;
    for (const QJsonObject &o : r.lines) {
        if (!o.value("ok").toBool())
            continue;
        ++ok;
        QVERIFY(o.value("code").isNull());
        QVERIFY(!o.value("requestId").toString().isEmpty());
    }
    QCOMPARE(ok, 12);
    const QJsonObject malformed = r.lines.at(7);
    QCOMPARE(malformed.value("ok").toBool(true), false);
    QCOMPARE(malformed.value("code").toString(), QStringLiteral("InvalidJson"));
    QVERIFY(malformed.value("requestId").isNull());
    const QJsonObject missing = r.lines.at(13);
    QCOMPARE(missing.value("code").toString(), QStringLiteral("EntityNotExists.UserProvisioningEvent"));
    QVERIFY(!missing.value("requestId").toString().isEmpty());
    QCOMPARE(r.lines.at(14).value("code").toString(), QStringLiteral("InvalidJson"));
    // Summary on stderr with each failure's code and RequestId.
    QVERIFY2(r.err.contains(QStringLiteral("15 item(s), 12 succeeded, 3 failed")), qPrintable(r.err));
    QVERIFY(r.err.contains(missing.value("requestId").toString()));
    QVERIFY(r.err.contains(QStringLiteral("InvalidJson")));
}

void TestBatchCli::allSucceedExitsZero()
{
    const ApiResult users = call(Service::CloudSso, "ListUsers", {{"DirectoryId", m_dir}, {"ProvisionType", "Manual"}, {"MaxResults", 5}});
    QVERIFY(users.ok);
    QByteArray input;
    for (const QJsonValue &v : users.result.value("Users").toArray())
        input += QJsonDocument(QJsonObject{{"DirectoryId", m_dir}, {"UserId", v.toObject().value("UserId")}, {"NewStatus", "Enabled"}})
                     .toJson(QJsonDocument::Compact) + "\n\n";
    const CliRun r = run({"batch", "cloudsso", "UpdateUserStatus", "--endpoint", m_emu->endpoint().toString()}, input,
                         Service::CloudSso);
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.lines.size(), 5);
    for (const QJsonObject &o : r.lines)
        QVERIFY(o.value("ok").toBool());
    QVERIFY(r.err.contains(QStringLiteral("5 succeeded, 0 failed")));

    // Nothing on stdin: nothing to do, success.
    const CliRun empty = run({"--endpoint", m_emu->endpoint().toString(), "batch", "cloudsso", "UpdateUserStatus"}, "",
                             Service::CloudSso);
    QCOMPARE(empty.exitCode, 0);
    QVERIFY(empty.lines.isEmpty());
}

void TestBatchCli::missingDirectoryIdIsLeftToTheServer()
{
    const CliRun r = run({"--endpoint", m_emu->endpoint().toString(), "batch", "cloudsso", "GetUser"},
                         "{\"UserId\":\"u-1\"}\n", Service::CloudSso);
    QCOMPARE(r.exitCode, 1);
    QCOMPARE(r.lines.size(), 1);
    QVERIFY2(r.lines.first().value("code").toString().startsWith(QLatin1String("MissingParameter")), qPrintable(r.rawLines.first()));
    QVERIFY(!r.lines.first().value("requestId").toString().isEmpty());
}

void TestBatchCli::cloudIdentityBatch()
{
    QByteArray input;
    for (int i = 0; i < 4; ++i)
        input += QStringLiteral("{\"UserName\":\"batch.cli.%1\",\"DisplayName\":\"批量 %1\"}\n").arg(i).toUtf8();
    input += "{\"UserName\":\"batch.cli.0\"}\n"; // duplicate of the first
    const CliRun r = run({"--endpoint", m_emu->endpoint().toString(), "batch", "cloudidentity", "CreateUser"}, input,
                         Service::CloudIdentity);
    QCOMPARE(r.exitCode, 1);
    QCOMPARE(r.lines.size(), 5);
    for (int i = 0; i < 4; ++i) {
        QVERIFY2(r.lines.at(i).value("ok").toBool(), qPrintable(r.rawLines.at(i)));
        // The created user comes back, so its id can be used in the next batch.
        QVERIFY(!r.lines.at(i).value("result").toObject().value("UserId").toString().isEmpty());
    }
    QVERIFY(!r.lines.at(4).value("ok").toBool(true));
    QVERIFY(!r.lines.at(4).value("code").toString().isEmpty());
    QVERIFY(r.rawLines.at(1).contains(QStringLiteral("批量 1")));
}

void TestBatchCli::usageErrors()
{
    CliRun r = run({"--endpoint", m_emu->endpoint().toString(), "batch", "cloudsso", "not-an-action"}, "{}\n", Service::CloudSso);
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.lines.isEmpty());
    r = run({"--endpoint", m_emu->endpoint().toString(), "batch", "cloudsso"}, "{}\n", Service::CloudSso);
    QCOMPARE(r.exitCode, 2);
    r = run({"--endpoint", m_emu->endpoint().toString(), "batch", "nosuchservice", "GetUser"}, "{}\n", Service::CloudSso);
    QCOMPARE(r.exitCode, 2);
}

void TestBatchCli::ctrlCCancelsUnsentItems()
{
    EmulatorFixture slow({"--dataset", "demo", "--latency-ms", "300"});
    QString error;
    QVERIFY2(slow.start(&error), qPrintable(error));
    QByteArray input;
    for (int i = 0; i < 40; ++i)
        input += QStringLiteral("{\"UserName\":\"ctrlc.%1\"}\n").arg(i).toUtf8();
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("VOLCENGINE_ACCESS_KEY"), slow.accessKey());
    env.insert(QStringLiteral("VOLCENGINE_SECRET_KEY"), slow.secret());
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(IDCONSOLE_CLI_PATH), {"--endpoint", slow.endpoint().toString(), "batch", "cloudidentity", "CreateUser"});
    QVERIFY(p.waitForStarted());
    p.write(input);
    p.closeWriteChannel();
    // Wait for the first result line (Cloud Identity writes go one at a time: ~0.3 s each), then Ctrl-C.
    QByteArray out;
    QVERIFY(QTest::qWaitFor([&] { out += p.readAllStandardOutput(); return out.contains('\n'); }, 20000));
    ::kill(pid_t(p.processId()), SIGINT);
    QVERIFY(p.waitForFinished(20000));
    out += p.readAllStandardOutput();
    const QString err = QString::fromUtf8(p.readAllStandardError());
    QCOMPARE(p.exitStatus(), QProcess::NormalExit);
    QCOMPARE(p.exitCode(), 1);
    QVERIFY2(err.contains(QStringLiteral("cancelling")), qPrintable(err));
    int ok = 0, cancelled = 0;
    const QList<QByteArray> lines = out.trimmed().split('\n');
    QCOMPARE(lines.size(), 40); // every item is reported, sent or not
    for (const QByteArray &l : lines) {
        const QJsonObject o = QJsonDocument::fromJson(l).object();
        ok += o.value("ok").toBool();
        cancelled += o.value("code").toString() == QLatin1String("Cancelled");
    }
    QVERIFY2(ok >= 1 && ok <= 4, qPrintable(QString::number(ok)));
    QCOMPARE(ok + cancelled, 40);
    qInfo("Ctrl-C after the first result: %d created, %d cancelled", ok, cancelled);
}

void TestBatchCli::helpMentionsOrder()
{
    const CliRun r = run({"--help"}, "", Service::CloudSso);
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.rawLines.join('\n').contains(QStringLiteral("IN INPUT ORDER")));
}

QTEST_GUILESS_MAIN(TestBatchCli)
#include "tst_batchcli.moc"
