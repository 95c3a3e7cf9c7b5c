// SPDX-License-Identifier: GPL-3.0-or-later
// Four ways a connection can fail before any API answers, each with its own clear, localized message:
//   endpoint unreachable  - connection refused on a closed loopback port
//   DNS failure           - a host under .invalid (RFC 6761: never resolves)
//   TLS certificate       - a local TLS server with a self-signed certificate (tests/data/selfsigned-localhost.*,
//                           a throwaway key made for this test only)
//   keychain missing      - KeychainCredentialStore with no D-Bus session bus (DBUS_SESSION_BUS_ADDRESS points at
//                           a socket that does not exist)
// Through ApiClient (error code, localized message in English and Simplified Chinese), through the connection test
// of the profile dialog (ConnectionTester), and through idconsole-cli (exit code 3, the message on stderr).
#include "api/ApiCall.h"
#include "api/ApiClient.h"
#include "credentials/ConnectionTester.h"
#include "credentials/KeychainCredentialStore.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTranslator>
#include <QtTest>

namespace {
const Credentials kCreds{QStringLiteral("AKLTerrormessages"), QStringLiteral("not-a-real-secret"), QString()};

ApiResult callOnce(const QUrl &endpoint, Service service = Service::CloudIdentity)
{
    ApiClient client;
    client.setCredentials(kCreds);
    client.setEndpoint(service, endpoint);
    client.setMaxAttempts(1);
    client.setDefaultTimeout(15000);
    ApiCall *c = client.call(service, service == Service::CloudSso ? QStringLiteral("ListDirectories")
                                                                   : QStringLiteral("ListUsers"));
    ApiResult out;
    bool done = false;
    QObject::connect(c, &ApiCall::finished, [&](const ApiResult &r) {
        out = r;
        done = true;
    });
    if (!QTest::qWaitFor([&] { return done; }, 30000))
        out.error = ApiError::make(ApiError::Kind::Timeout, QStringLiteral("TestTimeout"), QStringLiteral("no answer"));
    return out;
}

int closedPort()
{
    QTcpServer s;
    s.listen(QHostAddress::LocalHost, 0);
    const int port = s.serverPort();
    s.close(); // nothing listens there any more: connection refused
    return port;
}
} // namespace

class TestErrorMessages : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void unreachableEndpoint();
    void dnsFailure();
    void invalidTlsCertificate();
    void keychainMissing();
    void allDifferentAndLocalized();
    void connectionTestSaysWhy();
    void cliSaysWhy();

private:
    QUrl refusedUrl() const { return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_closedPort)); }
    QUrl dnsUrl() const { return QUrl(QStringLiteral("https://open.identity-console-test.invalid")); }
    QUrl tlsUrl() const { return QUrl(QStringLiteral("https://localhost:%1").arg(m_tls.serverPort())); }

    int m_closedPort = 0;
    QSslServer m_tls;
    QMap<QString, ApiError> m_errors;   // case -> error
    QString m_keychainMessage;
};

void TestErrorMessages::initTestCase()
{
    QVERIFY(QSslSocket::supportsSsl());
    m_closedPort = closedPort();
    QFile certFile(QStringLiteral(IDCONSOLE_TEST_DATA_DIR "/selfsigned-localhost.pem"));
    QFile keyFile(QStringLiteral(IDCONSOLE_TEST_DATA_DIR "/selfsigned-localhost.key"));
    QVERIFY(certFile.open(QIODevice::ReadOnly));
    QVERIFY(keyFile.open(QIODevice::ReadOnly));
    QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
    ssl.setLocalCertificate(QSslCertificate(certFile.readAll(), QSsl::Pem));
    ssl.setPrivateKey(QSslKey(keyFile.readAll(), QSsl::Rsa, QSsl::Pem));
    QVERIFY(!ssl.localCertificate().isNull());
    QVERIFY(!ssl.privateKey().isNull());
    m_tls.setSslConfiguration(ssl);
    QVERIFY(m_tls.listen(QHostAddress::LocalHost, 0));
    // Accepted connections do the handshake; the client refuses the certificate, so nothing is ever answered.
    connect(&m_tls, &QSslServer::pendingConnectionAvailable, this, [this] {
        while (QTcpSocket *s = m_tls.nextPendingConnection())
            connect(s, &QTcpSocket::disconnected, s, &QObject::deleteLater);
    });
}

void TestErrorMessages::unreachableEndpoint()
{
    const ApiResult r = callOnce(refusedUrl());
    QVERIFY(!r.ok);
    QCOMPARE(r.error.kind, ApiError::Kind::Network);
    QCOMPARE(r.error.code, QStringLiteral("ConnectionRefused"));
    QVERIFY(!r.error.ambiguous); // nothing reached a server
    const QString text = r.error.localizedMessage();
    qInfo("unreachable: %s", qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("refused the connection")), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("endpoint")), qPrintable(text));
    m_errors.insert(QStringLiteral("unreachable"), r.error);
}

void TestErrorMessages::dnsFailure()
{
    const ApiResult r = callOnce(dnsUrl());
    QVERIFY(!r.ok);
    QCOMPARE(r.error.kind, ApiError::Kind::Network);
    QCOMPARE(r.error.code, QStringLiteral("HostNotFound"));
    const QString text = r.error.localizedMessage();
    qInfo("dns: %s", qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("DNS")), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("could not be resolved")), qPrintable(text));
    m_errors.insert(QStringLiteral("dns"), r.error);
}

void TestErrorMessages::invalidTlsCertificate()
{
    const ApiResult r = callOnce(tlsUrl());
    QVERIFY(!r.ok);
    QCOMPARE(r.error.kind, ApiError::Kind::Network);
    QCOMPARE(r.error.code, QStringLiteral("SslHandshakeFailed"));
    QVERIFY(!r.error.ambiguous); // refused before anything was sent
    const QString text = r.error.localizedMessage();
    qInfo("tls: %s", qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("TLS certificate")), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("not trusted")) || text.contains(QLatin1String("invalid")), qPrintable(text));
    // Qt's own detail names the actual problem (self-signed).
    QVERIFY2(text.contains(QLatin1String("self signed"), Qt::CaseInsensitive)
                 || text.contains(QLatin1String("self-signed"), Qt::CaseInsensitive),
             qPrintable(text));
    m_errors.insert(QStringLiteral("tls"), r.error);
}

void TestErrorMessages::keychainMissing()
{
    KeychainCredentialStore store(QStringLiteral("idconsole-errormessages-test"));
    CredentialResult result;
    bool done = false;
    store.read(QStringLiteral("some-profile"), this, [&](const CredentialResult &r) {
        result = r;
        done = true;
    });
    QVERIFY(QTest::qWaitFor([&] { return done; }, 30000));
    QCOMPARE(result.status, CredentialResult::Status::Unavailable);
    m_keychainMessage = result.fullMessage();
    qInfo("keychain: %s", qPrintable(m_keychainMessage.simplified()));
    QVERIFY2(m_keychainMessage.contains(QLatin1String("keychain")), qPrintable(m_keychainMessage));
    QVERIFY2(m_keychainMessage.contains(QLatin1String("Secret Service")), qPrintable(m_keychainMessage));
    QVERIFY2(m_keychainMessage.contains(QLatin1String("never stores secrets in plain text")), qPrintable(m_keychainMessage));
}

void TestErrorMessages::allDifferentAndLocalized()
{
    QCOMPARE(m_errors.size(), 3);
    QVERIFY(!m_keychainMessage.isEmpty());
    QStringList english;
    for (const ApiError &e : std::as_const(m_errors))
        english << e.localizedMessage();
    english << m_keychainMessage;
    QCOMPARE(QSet<QString>(english.begin(), english.end()).size(), 4);
    // Without the variable detail, the four leading sentences differ too (not just Qt's appended detail).
    QStringList leads;
    for (const QString &t : std::as_const(english))
        leads << t.section(QLatin1Char('.'), 0, 0);
    QCOMPARE(QSet<QString>(leads.begin(), leads.end()).size(), 4);

    // Simplified Chinese: the catalog lrelease builds (the GUI embeds the same file under :/i18n/).
    QTranslator zh;
    QVERIFY2(zh.load(QStringLiteral(IDCONSOLE_BUILD_DIR "/translations/idconsole_zh_CN.qm")),
             "build/translations/idconsole_zh_CN.qm is missing (build idconsole_ui_lrelease)");
    QCoreApplication::installTranslator(&zh);
    QStringList chinese;
    for (auto it = m_errors.cbegin(); it != m_errors.cend(); ++it) {
        const QString text = it.value().localizedMessage();
        qInfo("%s (zh_CN): %s", qPrintable(it.key()), qPrintable(text));
        QVERIFY2(!english.contains(text), qPrintable(text));
        bool hasHan = false;
        for (const QChar c : text)
            hasHan = hasHan || (c.unicode() >= 0x4E00 && c.unicode() <= 0x9FFF);
        QVERIFY2(hasHan, qPrintable(text));
        chinese << text;
    }
    QCoreApplication::removeTranslator(&zh);
    QCOMPARE(QSet<QString>(chinese.begin(), chinese.end()).size(), 3);
}

void TestErrorMessages::connectionTestSaysWhy()
{
    // The profile dialog's "Test connection" reports the same errors.
    const QList<std::pair<QString, QUrl>> cases{{QStringLiteral("unreachable"), refusedUrl()},
                                                {QStringLiteral("dns"), dnsUrl()},
                                                {QStringLiteral("tls"), tlsUrl()}};
    for (const auto &[name, url] : cases) {
        Profile p;
        p.name = name;
        p.provider = Profile::Provider::Aliyun;
        p.accessKeyId = kCreds.accessKeyId;
        p.endpoints.insert(QStringLiteral("cloudsso"), url.toString());
        ConnectionTester tester;
        QSignalSpy finished(&tester, SIGNAL(finished(bool)));
        tester.start(p, kCreds, 15000);
        QVERIFY(finished.wait(30000) || finished.size() == 1);
        QVERIFY(!tester.succeeded());
        QCOMPARE(tester.firstError().code, m_errors.value(name).code);
        // The dialog shows each failed check's localized message (ProfileManagerDialog::showTestResult).
        QCOMPARE(tester.checks().size(), 1);
        const QString shown = tester.checks().first().error.localizedMessage();
        qInfo("connection test, %s: %s", qPrintable(name), qPrintable(shown));
        QCOMPARE(shown.section(QLatin1Char('.'), 0, 0),
                 m_errors.value(name).localizedMessage().section(QLatin1Char('.'), 0, 0));
    }
}

void TestErrorMessages::cliSaysWhy()
{
    QStringList outputs;
    for (const QUrl &url : {refusedUrl(), dnsUrl(), tlsUrl()}) {
        QProcess cli;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("VOLCENGINE_ACCESS_KEY"), kCreds.accessKeyId);
        env.insert(QStringLiteral("VOLCENGINE_SECRET_KEY"), kCreds.secret);
        env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
        env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
        cli.setProcessEnvironment(env);
        cli.start(QStringLiteral(IDCONSOLE_CLI_PATH),
                  {QStringLiteral("--endpoint"), url.toString(), QStringLiteral("--timeout"), QStringLiteral("15"),
                   QStringLiteral("call"), QStringLiteral("cloudidentity"), QStringLiteral("ListUsers")});
        // Wait with the event loop running: the TLS server of this process must answer the handshake.
        QVERIFY(QTest::qWaitFor([&] { return cli.state() == QProcess::NotRunning; }, 60000));
        const QString err = QString::fromUtf8(cli.readAllStandardError()).trimmed();
        qInfo("cli %s -> exit %d: %s", qPrintable(url.toString()), cli.exitCode(), qPrintable(err));
        QCOMPARE(cli.exitCode(), 3); // network error
        QVERIFY(!err.isEmpty());
        outputs << err;
    }
    QVERIFY(outputs.at(0).contains(QLatin1String("ConnectionRefused")));
    QVERIFY(outputs.at(1).contains(QLatin1String("HostNotFound")));
    QVERIFY(outputs.at(2).contains(QLatin1String("SslHandshakeFailed")));
    QCOMPARE(QSet<QString>(outputs.begin(), outputs.end()).size(), 3);
}

int main(int argc, char *argv[])
{
    // Before any Qt object exists: no session bus (the keychain case) and a private HOME.
    QTemporaryDir sandbox;
    if (!sandbox.isValid())
        return 2;
    qputenv("HOME", sandbox.path().toUtf8());
    qputenv("XDG_CONFIG_HOME", sandbox.filePath(QStringLiteral("config")).toUtf8());
    qputenv("XDG_DATA_HOME", sandbox.filePath(QStringLiteral("data")).toUtf8());
    qputenv("DBUS_SESSION_BUS_ADDRESS", ("unix:path=" + sandbox.filePath(QStringLiteral("no-such-bus"))).toUtf8());
    for (const char *var : {"XDG_CURRENT_DESKTOP", "DESKTOP_SESSION", "KDE_FULL_SESSION", "KDE_SESSION_VERSION",
                            "GNOME_DESKTOP_SESSION_ID", "DISPLAY", "WAYLAND_DISPLAY", "http_proxy", "https_proxy",
                            "HTTP_PROXY", "HTTPS_PROXY", "all_proxy", "ALL_PROXY"})
        qunsetenv(var);
    QCoreApplication app(argc, argv);
    TestErrorMessages test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_errormessages.moc"
