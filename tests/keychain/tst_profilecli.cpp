// SPDX-License-Identifier: GPL-3.0-or-later
// idconsole-cli profile add/list/show/edit/remove/test end to end: the real keychain (private gnome-keyring,
// see run-with-keyring.sh), the real settings file, and the emulator for `profile test` and `call --profile`.
#include "CliRunner.h"
#include "EmulatorFixture.h"
#include "credentials/KeychainCredentialStore.h"
#include "KeychainSandbox.h"
#include "credentials/ProfileStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTcpServer>
#include <QtTest>

using KeychainSandbox::wait;

class TestProfileCli : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanup();
    void addListShowRemove();
    void addReadsTheTokenFromTheSecondLine();
    void validationErrorsSaveNothing_data();
    void validationErrorsSaveNothing();
    void secretsOnTheCommandLineAreRefused();
    void emptyStdinIsRefused();
    void editKeepsTheSecretUnlessAsked();
    void editRenameMovesTheKeychainEntry();
    void testSucceedsAgainstTheEmulator();
    void testAliyunProfile();
    void testWithWrongSecretIsAnApiError();
    void testWithUnreachableEndpointIsANetworkError();
    void testWithoutSecretSaysSo();
    void callUsesTheProfile();

private:
    void addVolc(const QString &name, const QString &secret, const QString &endpoint);
    EmulatorFixture m_emu{{QStringLiteral("--dataset"), QStringLiteral("demo")}};
};

void TestProfileCli::initTestCase()
{
    QString why;
    if (!KeychainSandbox::inSandbox(&why))
        QFAIL(qPrintable(why));
    QString error;
    QVERIFY2(m_emu.start(&error), qPrintable(error));
}

void TestProfileCli::cleanup()
{
    ProfileStore profiles;
    KeychainCredentialStore keychain;
    for (const QString &name : profiles.names()) {
        wait([&](auto cb) { keychain.remove(name, nullptr, cb); });
        profiles.remove(name);
    }
}

void TestProfileCli::addVolc(const QString &name, const QString &secret, const QString &endpoint)
{
    const CliRun r = runCli({QStringLiteral("profile"), QStringLiteral("add"), name, QStringLiteral("--provider"),
                             QStringLiteral("volcengine"), QStringLiteral("--region"), QStringLiteral("cn-beijing"),
                             QStringLiteral("--access-key-id"), m_emu.accessKey(), QStringLiteral("--endpoint"),
                             QStringLiteral("id=") + endpoint, QStringLiteral("--endpoint"),
                             QStringLiteral("cloudidentity=") + endpoint},
                            secret + QLatin1Char('\n'));
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
}

void TestProfileCli::addListShowRemove()
{
    const QString secret = QStringLiteral("cli-secret-0123456789abcdef");
    CliRun r = runCli({QStringLiteral("profile"), QStringLiteral("add"), QStringLiteral("prod"), QStringLiteral("--provider"),
                       QStringLiteral("volcengine"), QStringLiteral("--region"), QStringLiteral("cn-shanghai"),
                       QStringLiteral("--access-key-id"), QStringLiteral("AKLTprod"), QStringLiteral("--endpoint"),
                       QStringLiteral("id=gw.example.test:8443")},
                      secret + QLatin1Char('\n'));
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY(!r.out.contains(secret) && !r.err.contains(secret));

    r = runCli({QStringLiteral("profile"), QStringLiteral("list")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(QStringLiteral("prod")) && r.out.contains(QStringLiteral("cn-shanghai"))
                 && r.out.contains(QStringLiteral("AKLTprod")) && r.out.contains(QStringLiteral("id=https://gw.example.test:8443")),
             qPrintable(r.out));
    QVERIFY(!r.out.contains(secret));

    r = runCli({QStringLiteral("profile"), QStringLiteral("list"), QStringLiteral("--json")});
    QCOMPARE(r.exitCode, 0);
    const QJsonArray list = QJsonDocument::fromJson(r.out.toUtf8()).array();
    QCOMPARE(list.size(), 1);
    const QJsonObject o = list.first().toObject();
    QCOMPARE(o.value(QStringLiteral("name")).toString(), QStringLiteral("prod"));
    QCOMPARE(o.value(QStringLiteral("provider")).toString(), QStringLiteral("volcengine"));
    QCOMPARE(o.value(QStringLiteral("endpoints")).toObject().value(QStringLiteral("id")).toString(),
             QStringLiteral("https://gw.example.test:8443"));
    QVERIFY(!r.out.contains(secret));

    r = runCli({QStringLiteral("profile"), QStringLiteral("show"), QStringLiteral("prod")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(QStringLiteral("saved in the keychain")), qPrintable(r.out));

    // The secret really is in the keychain under service "idconsole", key = profile name.
    KeychainCredentialStore keychain;
    const CredentialResult stored = wait([&](auto cb) { keychain.read(QStringLiteral("prod"), nullptr, cb); });
    QCOMPARE(stored.secretKey, secret);

    r = runCli({QStringLiteral("profile"), QStringLiteral("remove"), QStringLiteral("prod")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY(!ProfileStore().contains(QStringLiteral("prod")));
    QCOMPARE(wait([&](auto cb) { keychain.read(QStringLiteral("prod"), nullptr, cb); }).status,
             CredentialResult::Status::NotFound);
    r = runCli({QStringLiteral("profile"), QStringLiteral("remove"), QStringLiteral("prod")});
    QCOMPARE(r.exitCode, 2);
}

void TestProfileCli::addReadsTheTokenFromTheSecondLine()
{
    const CliRun r = runCli({QStringLiteral("profile"), QStringLiteral("add"), QStringLiteral("sts"), QStringLiteral("--provider"),
                             QStringLiteral("aliyun"), QStringLiteral("--access-key-id"), QStringLiteral("STS.abc"),
                             QStringLiteral("--session-token-stdin")},
                            QStringLiteral("sts-secret-xyz\r\nsts-token-123\n"));
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    KeychainCredentialStore keychain;
    const CredentialResult stored = wait([&](auto cb) { keychain.read(QStringLiteral("sts"), nullptr, cb); });
    QCOMPARE(stored.secretKey, QStringLiteral("sts-secret-xyz")); // CR LF from Windows clipboards is stripped
    QCOMPARE(stored.sessionToken, QStringLiteral("sts-token-123"));
    QCOMPARE(ProfileStore().profile(QStringLiteral("sts"))->region, QStringLiteral("cn-shanghai"));
}

void TestProfileCli::validationErrorsSaveNothing_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("message");
    const QStringList base{QStringLiteral("profile"), QStringLiteral("add"), QStringLiteral("bad")};
    QTest::newRow("no provider") << base + QStringList{"--access-key-id", "AK"} << "--provider";
    QTest::newRow("unknown provider") << base + QStringList{"--provider", "aws", "--access-key-id", "AK"} << "--provider";
    QTest::newRow("no access key") << base + QStringList{"--provider", "aliyun"} << "--access-key-id";
    QTest::newRow("http endpoint") << base + QStringList{"--provider", "volcengine", "--access-key-id", "AK", "--endpoint", "id=http://id.example.test"} << "https";
    QTest::newRow("other provider's service") << base + QStringList{"--provider", "volcengine", "--access-key-id", "AK", "--endpoint", "cloudsso=https://x.test"} << "cloudsso";
    QTest::newRow("unknown service") << base + QStringList{"--provider", "volcengine", "--access-key-id", "AK", "--endpoint", "s3=https://x.test"} << "s3";
    QTest::newRow("bad region") << base + QStringList{"--provider", "volcengine", "--access-key-id", "AK", "--region", "Beijing 1"} << "region";
    QTest::newRow("missing ca bundle") << base + QStringList{"--provider", "volcengine", "--access-key-id", "AK", "--ca-bundle", "/nonexistent/ca.pem"} << "CA bundle";
    QTest::newRow("unknown option") << base + QStringList{"--provider", "volcengine", "--access-key-id", "AK", "--frobnicate"} << "unknown option";
    QTest::newRow("two names") << QStringList{"profile", "add", "a", "b", "--provider", "aliyun", "--access-key-id", "AK"} << "exactly one NAME";
}

void TestProfileCli::validationErrorsSaveNothing()
{
    QFETCH(QStringList, args);
    QFETCH(QString, message);
    const CliRun r = runCli(args, QStringLiteral("validation-secret-abc\n"));
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
    QVERIFY(ProfileStore().names().isEmpty());
    KeychainCredentialStore keychain;
    QCOMPARE(wait([&](auto cb) { keychain.read(QStringLiteral("bad"), nullptr, cb); }).status,
             CredentialResult::Status::NotFound);
}

void TestProfileCli::secretsOnTheCommandLineAreRefused()
{
    for (const QString &opt : {QStringLiteral("--secret"), QStringLiteral("--secret-key=abc"), QStringLiteral("--session-token")}) {
        const CliRun r = runCli({QStringLiteral("profile"), QStringLiteral("add"), QStringLiteral("x"), QStringLiteral("--provider"),
                                 QStringLiteral("aliyun"), QStringLiteral("--access-key-id"), QStringLiteral("AK"), opt,
                                 QStringLiteral("abc")},
                                QStringLiteral("s\n"));
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("never accepted on the command line")), qPrintable(r.err));
    }
    QVERIFY(ProfileStore().names().isEmpty());
}

void TestProfileCli::emptyStdinIsRefused()
{
    const CliRun r = runCli({QStringLiteral("profile"), QStringLiteral("add"), QStringLiteral("x"), QStringLiteral("--provider"),
                             QStringLiteral("aliyun"), QStringLiteral("--access-key-id"), QStringLiteral("AK")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(QStringLiteral("no secret access key")), qPrintable(r.err));
    QVERIFY(ProfileStore().names().isEmpty());
}

void TestProfileCli::editKeepsTheSecretUnlessAsked()
{
    addVolc(QStringLiteral("e"), QStringLiteral("original-secret-1"), QStringLiteral("https://a.example.test"));
    KeychainCredentialStore keychain;
    // Piped input without --secret-stdin is ignored: editing does not touch the secret.
    CliRun r = runCli({QStringLiteral("profile"), QStringLiteral("edit"), QStringLiteral("e"), QStringLiteral("--region"),
                       QStringLiteral("cn-guangzhou"), QStringLiteral("--endpoint"), QStringLiteral("cloudidentity=")},
                      QStringLiteral("ignored-secret\n"));
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    std::optional<Profile> p = ProfileStore().profile(QStringLiteral("e"));
    QCOMPARE(p->region, QStringLiteral("cn-guangzhou"));
    QVERIFY(!p->endpoints.contains(QStringLiteral("cloudidentity")));
    QCOMPARE(p->endpoints.value(QStringLiteral("id")), QStringLiteral("https://a.example.test"));
    QCOMPARE(wait([&](auto cb) { keychain.read(QStringLiteral("e"), nullptr, cb); }).secretKey,
             QStringLiteral("original-secret-1"));

    // --session-token-stdin alone keeps the key and adds a token; --clear-session-token drops it again.
    r = runCli({QStringLiteral("profile"), QStringLiteral("edit"), QStringLiteral("e"), QStringLiteral("--session-token-stdin")},
               QStringLiteral("new-token\n"));
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    CredentialResult stored = wait([&](auto cb) { keychain.read(QStringLiteral("e"), nullptr, cb); });
    QCOMPARE(stored.secretKey, QStringLiteral("original-secret-1"));
    QCOMPARE(stored.sessionToken, QStringLiteral("new-token"));
    r = runCli({QStringLiteral("profile"), QStringLiteral("edit"), QStringLiteral("e"), QStringLiteral("--clear-session-token")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    stored = wait([&](auto cb) { keychain.read(QStringLiteral("e"), nullptr, cb); });
    QVERIFY(stored.sessionToken.isEmpty());

    r = runCli({QStringLiteral("profile"), QStringLiteral("edit"), QStringLiteral("e"), QStringLiteral("--secret-stdin")},
               QStringLiteral("replaced-secret-2\n"));
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QCOMPARE(wait([&](auto cb) { keychain.read(QStringLiteral("e"), nullptr, cb); }).secretKey,
             QStringLiteral("replaced-secret-2"));

    r = runCli({QStringLiteral("profile"), QStringLiteral("edit"), QStringLiteral("nope"), QStringLiteral("--region"),
                QStringLiteral("cn-beijing")});
    QCOMPARE(r.exitCode, 2);
}

void TestProfileCli::editRenameMovesTheKeychainEntry()
{
    addVolc(QStringLiteral("old"), QStringLiteral("rename-secret-1"), QStringLiteral("https://a.example.test"));
    addVolc(QStringLiteral("taken"), QStringLiteral("rename-secret-2"), QStringLiteral("https://a.example.test"));
    CliRun r = runCli({QStringLiteral("profile"), QStringLiteral("edit"), QStringLiteral("old"), QStringLiteral("--rename"),
                       QStringLiteral("TAKEN")});
    QCOMPARE(r.exitCode, 2); // unique names, case-insensitively
    r = runCli({QStringLiteral("profile"), QStringLiteral("edit"), QStringLiteral("old"), QStringLiteral("--rename"),
                QStringLiteral("new")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    KeychainCredentialStore keychain;
    QCOMPARE(wait([&](auto cb) { keychain.read(QStringLiteral("new"), nullptr, cb); }).secretKey,
             QStringLiteral("rename-secret-1"));
    QCOMPARE(wait([&](auto cb) { keychain.read(QStringLiteral("old"), nullptr, cb); }).status,
             CredentialResult::Status::NotFound);
    QCOMPARE(ProfileStore().names(), (QStringList{QStringLiteral("new"), QStringLiteral("taken")}));
}

void TestProfileCli::testSucceedsAgainstTheEmulator()
{
    addVolc(QStringLiteral("emu"), m_emu.secret(), m_emu.endpoint().toString());
    const CliRun r = runCli({QStringLiteral("profile"), QStringLiteral("test"), QStringLiteral("emu")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
    QVERIFY2(r.out.contains(QStringLiteral("ListUserPools")) && r.out.contains(QStringLiteral("ListUsers")), qPrintable(r.out));
    QVERIFY2(QRegularExpression(QStringLiteral("Connected in \\d+ ms")).match(r.out).hasMatch(), qPrintable(r.out));
    QVERIFY(!r.out.contains(m_emu.secret()) && !r.err.contains(m_emu.secret()));
}

void TestProfileCli::testAliyunProfile()
{
    CliRun r = runCli({QStringLiteral("profile"), QStringLiteral("add"), QStringLiteral("sso"), QStringLiteral("--provider"),
                       QStringLiteral("aliyun"), QStringLiteral("--access-key-id"), m_emu.accessKey(), QStringLiteral("--endpoint"),
                       QStringLiteral("cloudsso=") + m_emu.endpoint().toString()},
                      m_emu.secret() + QLatin1Char('\n'));
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    r = runCli({QStringLiteral("profile"), QStringLiteral("test"), QStringLiteral("sso")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
    QVERIFY2(r.out.contains(QStringLiteral("ListDirectories")), qPrintable(r.out));
}

void TestProfileCli::testWithWrongSecretIsAnApiError()
{
    addVolc(QStringLiteral("wrong"), QStringLiteral("definitely-not-the-secret"), m_emu.endpoint().toString());
    const CliRun r = runCli({QStringLiteral("profile"), QStringLiteral("test"), QStringLiteral("wrong")});
    QCOMPARE(r.exitCode, 1);
    // CODE: message (HTTP n, RequestId …)
    static const QRegularExpression line(QStringLiteral("^[A-Za-z.]+: .+ \\(HTTP \\d{3}, RequestId \\S+\\)$"),
                                         QRegularExpression::MultilineOption);
    QVERIFY2(line.match(r.err).hasMatch(), qPrintable(r.err));
    QVERIFY2(r.out.contains(QStringLiteral("FAILED")), qPrintable(r.out));
}

void TestProfileCli::testWithUnreachableEndpointIsANetworkError()
{
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost));
    const quint16 port = probe.serverPort();
    probe.close(); // nothing listens there now
    addVolc(QStringLiteral("down"), QStringLiteral("some-secret-123"), QStringLiteral("http://127.0.0.1:%1").arg(port));
    const CliRun r = runCli({QStringLiteral("profile"), QStringLiteral("test"), QStringLiteral("down"), QStringLiteral("--timeout"),
                             QStringLiteral("5")});
    QCOMPARE(r.exitCode, 3);
    QVERIFY(!r.err.isEmpty());
}

void TestProfileCli::testWithoutSecretSaysSo()
{
    Profile p;
    p.name = QStringLiteral("nosecret");
    p.accessKeyId = QStringLiteral("AKLTx");
    QVERIFY(ProfileStore().save(p));
    CliRun r = runCli({QStringLiteral("profile"), QStringLiteral("test"), QStringLiteral("nosecret")});
    QCOMPARE(r.exitCode, 4);
    QVERIFY2(r.err.contains(QStringLiteral("No secret key is saved")), qPrintable(r.err));
    r = runCli({QStringLiteral("profile"), QStringLiteral("show"), QStringLiteral("nosecret")});
    QVERIFY2(r.out.contains(QStringLiteral("not saved yet")), qPrintable(r.out));
    r = runCli({QStringLiteral("profile"), QStringLiteral("test"), QStringLiteral("missing")});
    QCOMPARE(r.exitCode, 2);
}

void TestProfileCli::callUsesTheProfile()
{
    addVolc(QStringLiteral("caller"), m_emu.secret(), m_emu.endpoint().toString());
    const CliRun r = runCli({QStringLiteral("--profile"), QStringLiteral("caller"), QStringLiteral("call"), QStringLiteral("id"),
                             QStringLiteral("ListUserPools"), QStringLiteral("{\"PageNumber\":1,\"PageSize\":2}")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QJsonObject result = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QVERIFY2(result.value(QStringLiteral("Data")).isArray(), qPrintable(r.out));
}

QTEST_GUILESS_MAIN(TestProfileCli)
#include "tst_profilecli.moc"
