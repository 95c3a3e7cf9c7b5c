// SPDX-License-Identifier: GPL-3.0-or-later
// After creating profiles (CLI and GUI dialog) and making calls with them against the emulator (CLI profile test,
// call --profile with -v and --all, --dry-run, the GUI's session and "Test connection"), no file under the test's
// HOME / XDG_* / TMPDIR, no output of the CLI, no log message of this process (every category at debug level)
// and nothing the emulator logged contains a secret key or session token, raw or encoded.
// Runs inside run-with-keyring.sh, so the secrets really go through the Secret Service.
#include "CliRunner.h"
#include "EmulatorFixture.h"
#include "credentials/KeychainCredentialStore.h"
#include "KeychainSandbox.h"
#include "credentials/MemoryCredentialStore.h"
#include "profiles/ProfileEditDialog.h"
#include "profiles/ProfileManagerDialog.h"
#include "credentials/ProfileStore.h"
#include "profiles/ProfileSwitcher.h"
#include "widgets/Prompter.h"
#include "cloud/Session.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QLoggingCategory>
#include <QMutex>
#include <QPushButton>
#include <QRandomGenerator>
#include <QSettings>
#include <QSignalSpy>
#include <QtTest>

#include <cstdio>

namespace {
QMutex g_logMutex;
QStringList g_log;
QtMessageHandler g_previousHandler = nullptr;

void captureMessages(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    {
        QMutexLocker lock(&g_logMutex);
        g_log << QStringLiteral("[%1] %2").arg(QString::fromLatin1(context.category ? context.category : "-"), message);
    }
    Q_UNUSED(type)
}

QString secret(const char *tag)
{
    return QStringLiteral("Leak%1x%2").arg(QLatin1String(tag)).arg(QRandomGenerator::global()->generate64(), 16, 16, QLatin1Char('0'));
}

// Answers every question "no" and records it (nothing modal may block the test).
class RecordingPrompter : public Prompter
{
public:
    QStringList asked;
    bool confirm(QWidget *, const QString &title, const QString &text, const QString &) override
    {
        asked << title + QLatin1Char(':') + text;
        return false;
    }
    bool confirmByTyping(QWidget *, const QString &title, const QString &, const QString &) override
    {
        asked << title;
        return false;
    }
    QString choose(QWidget *, const QString &title, const QString &, const QStringList &, int) override
    {
        asked << title;
        return {};
    }
    void inform(QWidget *, const QString &title, const QString &text) override { asked << title + QLatin1Char(':') + text; }
    void warn(QWidget *, const QString &title, const QString &text) override { asked << title + QLatin1Char(':') + text; }
    QString saveFileName(QWidget *, const QString &, const QString &, const QString &) override { return {}; }
};
} // namespace

class TestSecretsNotLeaked : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void detectorFindsEncodedSecrets();
    void cliProfilesAndCalls();
    void guiProfileAndCalls();
    void nothingLeaked();

private:
    CliRun cli(const QStringList &args, const QString &stdinText = {});

    EmulatorFixture m_emu{{QStringLiteral("--dataset"), QStringLiteral("demo"), QStringLiteral("--log")}};
    RecordingPrompter m_prompter;
    QStringList m_secrets;   // every secret and token that went into a profile
    QStringList m_outputs;   // every CLI stdout/stderr
    int m_cliRuns = 0;
};

CliRun TestSecretsNotLeaked::cli(const QStringList &args, const QString &stdinText)
{
    const CliRun r = runCli(args, stdinText);
    m_outputs << r.out << r.err;
    ++m_cliRuns;
    return r;
}

void TestSecretsNotLeaked::initTestCase()
{
    QString why;
    if (!KeychainSandbox::inSandbox(&why))
        QFAIL(qPrintable(why));
    QCoreApplication::setOrganizationName(QStringLiteral("idconsole"));
    QCoreApplication::setApplicationName(QStringLiteral("idconsole"));
    QLoggingCategory::setFilterRules(QStringLiteral("*.debug=true"));
    g_previousHandler = qInstallMessageHandler(captureMessages);
    Prompter::setInstance(&m_prompter);
    QString error;
    QVERIFY2(m_emu.start(&error), qPrintable(error));
    m_secrets << m_emu.secret();
}

void TestSecretsNotLeaked::cleanupTestCase()
{
    Prompter::setInstance(nullptr);
    qInstallMessageHandler(g_previousHandler);
    QLoggingCategory::setFilterRules(QString());
}

void TestSecretsNotLeaked::detectorFindsEncodedSecrets()
{
    // The scanner itself must be able to fail: it sees the secret raw, in base64 inside a JSON payload, in hex.
    const QString s = secret("Probe");
    QVERIFY(KeychainSandbox::containsSecret(s.toUtf8(), s));
    QVERIFY(KeychainSandbox::containsSecret(KeychainCredentialStore::encode(s, {}).toBase64(), s));
    QVERIFY(KeychainSandbox::containsSecret(("{\"a\":1,\"k\":\"" + s.toUtf8() + "\"}").toBase64(), s));
    QVERIFY(KeychainSandbox::containsSecret("xx" + s.toUtf8().toHex() + "yy", s));
    QVERIFY(!KeychainSandbox::containsSecret(QByteArray("nothing to see here"), s));
}

void TestSecretsNotLeaked::cliProfilesAndCalls()
{
    const QString endpoint = m_emu.endpoint().toString();
    // A Volcengine and a CloudSSO profile with the emulator's key, and an STS profile with a token.
    CliRun r = cli({QStringLiteral("profile"), QStringLiteral("add"), QStringLiteral("volc"), QStringLiteral("--provider"),
                    QStringLiteral("volcengine"), QStringLiteral("--access-key-id"), m_emu.accessKey(),
                    QStringLiteral("--endpoint"), QStringLiteral("id=") + endpoint, QStringLiteral("--endpoint"),
                    QStringLiteral("cloudidentity=") + endpoint},
                   m_emu.secret() + QLatin1Char('\n'));
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    r = cli({QStringLiteral("profile"), QStringLiteral("add"), QStringLiteral("sso"), QStringLiteral("--provider"),
             QStringLiteral("aliyun"), QStringLiteral("--access-key-id"), m_emu.accessKey(), QStringLiteral("--endpoint"),
             QStringLiteral("cloudsso=") + endpoint},
            m_emu.secret() + QLatin1Char('\n'));
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QString stsSecret = secret("StsSecret"), stsToken = secret("StsToken");
    m_secrets << stsSecret << stsToken;
    r = cli({QStringLiteral("profile"), QStringLiteral("add"), QStringLiteral("sts"), QStringLiteral("--provider"),
             QStringLiteral("volcengine"), QStringLiteral("--access-key-id"), QStringLiteral("AKLTsts"),
             QStringLiteral("--endpoint"), QStringLiteral("id=") + endpoint, QStringLiteral("--session-token-stdin")},
            stsSecret + QLatin1Char('\n') + stsToken + QLatin1Char('\n'));
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));

    QCOMPARE(cli({QStringLiteral("profile"), QStringLiteral("list")}).exitCode, 0);
    QCOMPARE(cli({QStringLiteral("profile"), QStringLiteral("list"), QStringLiteral("--json")}).exitCode, 0);
    for (const QString &name : {QStringLiteral("volc"), QStringLiteral("sso"), QStringLiteral("sts")})
        QCOMPARE(cli({QStringLiteral("profile"), QStringLiteral("show"), name}).exitCode, 0);
    r = cli({QStringLiteral("profile"), QStringLiteral("test"), QStringLiteral("volc")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
    r = cli({QStringLiteral("profile"), QStringLiteral("test"), QStringLiteral("sso")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
    // The STS profile's key is not the emulator's: an API error, which must not echo anything secret either.
    r = cli({QStringLiteral("profile"), QStringLiteral("test"), QStringLiteral("sts")});
    QVERIFY(r.exitCode != 0);
    r = cli({QStringLiteral("-v"), QStringLiteral("--profile"), QStringLiteral("volc"), QStringLiteral("call"), QStringLiteral("id"),
             QStringLiteral("ListUserPools"), QStringLiteral("{\"PageNumber\":1,\"PageSize\":10}")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    r = cli({QStringLiteral("-v"), QStringLiteral("--profile"), QStringLiteral("volc"), QStringLiteral("--all"), QStringLiteral("call"),
             QStringLiteral("cloudidentity"), QStringLiteral("ListUsers")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    r = cli({QStringLiteral("-v"), QStringLiteral("--profile"), QStringLiteral("sso"), QStringLiteral("call"),
             QStringLiteral("cloudsso"), QStringLiteral("ListDirectories")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    r = cli({QStringLiteral("--profile"), QStringLiteral("sts"), QStringLiteral("--dry-run"), QStringLiteral("call"),
             QStringLiteral("id"), QStringLiteral("ListUserPools")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    r = cli({QStringLiteral("profile"), QStringLiteral("edit"), QStringLiteral("volc"), QStringLiteral("--region"),
             QStringLiteral("cn-shanghai")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
}

void TestSecretsNotLeaked::guiProfileAndCalls()
{
    // The same through the GUI classes, with the real keychain and the real settings file.
    ProfileStore profiles;
    KeychainCredentialStore keychain;
    ProfileSwitcher switcher(&profiles, &keychain);
    const QString guiSecret = m_emu.secret(); // must be the emulator's to make calls
    {
        ProfileEditDialog dialog(&profiles, &keychain, switcher.sessionStore());
        dialog.setAddMode();
        dialog.findChild<QLineEdit *>(QStringLiteral("nameEdit"))->setText(QStringLiteral("gui-volc"));
        dialog.findChild<QLineEdit *>(QStringLiteral("accessKeyIdEdit"))->setText(m_emu.accessKey());
        dialog.findChild<QLineEdit *>(QStringLiteral("secretEdit"))->setText(guiSecret);
        dialog.findChild<QLineEdit *>(QStringLiteral("endpointEdit_id"))->setText(m_emu.endpoint().toString());
        dialog.findChild<QLineEdit *>(QStringLiteral("endpointEdit_cloudidentity"))->setText(m_emu.endpoint().toString());
        QSignalSpy saved(&dialog, &ProfileEditDialog::profileSaved);
        dialog.accept();
        QVERIFY2(saved.wait(20000), qPrintable(dialog.messageText() + m_prompter.asked.join(QLatin1Char('\n'))));
    }
    QVERIFY(profiles.contains(QStringLiteral("gui-volc")));
    QVERIFY2(!switcher.sessionStore()->contains(QStringLiteral("gui-volc")), "went to the keychain, not memory");

    QSignalSpy session(&switcher, &ProfileSwitcher::sessionRequested);
    QSignalSpy problem(&switcher, &ProfileSwitcher::credentialProblem);
    switcher.selectProfile(QStringLiteral("gui-volc"));
    QVERIFY2(session.wait(20000), qPrintable(problem.isEmpty() ? QString() : problem.first().at(1).toString()));
    const auto profile = session.first().at(0).value<Profile>();
    const auto credentials = session.first().at(1).value<Credentials>();
    QCOMPARE(credentials.secret, guiSecret);
    QCOMPARE(profiles.lastUsed(), QStringLiteral("gui-volc"));

    Session live(profile, credentials);
    QList<ApiResult> results;
    for (const auto &[service, action] : {std::pair{Service::Id, QStringLiteral("ListUserPools")},
                                          std::pair{Service::CloudIdentity, QStringLiteral("ListUsers")}}) {
        ApiCall *call = live.client()->call(service, action, {{QStringLiteral("PageNumber"), 1}, {QStringLiteral("PageSize"), 5}});
        QSignalSpy finished(call, &ApiCall::finished);
        QVERIFY(finished.wait(20000));
        results << finished.first().at(0).value<ApiResult>();
    }
    for (const ApiResult &r : results)
        QVERIFY2(r.ok, qPrintable(r.error.toString()));

    ProfileManagerDialog manager(&profiles, &keychain, switcher.sessionStore());
    manager.selectProfile(QStringLiteral("gui-volc"));
    QSignalSpy tested(&manager, &ProfileManagerDialog::testFinished);
    manager.testConnection();
    QVERIFY(tested.wait(20000));
    QVERIFY2(tested.first().at(0).toBool(), qPrintable(manager.testResultText()));
    m_outputs << manager.testResultText() << manager.secretStatusText();
}

void TestSecretsNotLeaked::nothingLeaked()
{
    QSettings().sync();
    QVERIFY(m_cliRuns >= 10);
    QString settingsFile = ProfileStore().fileName();
    QVERIFY2(QFile::exists(settingsFile), qPrintable(settingsFile));
    QVERIFY2(settingsFile.startsWith(KeychainSandbox::root()), qPrintable(settingsFile));
    QStringList log;
    {
        QMutexLocker lock(&g_logMutex);
        log = g_log;
    }
    QVERIFY2(!log.isEmpty(), "debug logging was not captured at all");
    const QString emulatorLog = m_emu.standardError();
    QVERIFY2(!emulatorLog.isEmpty(), "the emulator logged nothing with --log");

    for (const QString &s : std::as_const(m_secrets)) {
        QCOMPARE(KeychainSandbox::filesContaining(KeychainSandbox::root(), s), QStringList());
        for (int i = 0; i < m_outputs.size(); ++i)
            QVERIFY2(!KeychainSandbox::containsSecret(m_outputs.at(i).toUtf8(), s),
                     qPrintable(QStringLiteral("CLI output #%1 contains a secret:\n%2").arg(i).arg(m_outputs.at(i))));
        for (const QString &line : std::as_const(log))
            QVERIFY2(!KeychainSandbox::containsSecret(line.toUtf8(), s), qPrintable(QStringLiteral("log line: ") + line));
        QVERIFY2(!KeychainSandbox::containsSecret(emulatorLog.toUtf8(), s), "the emulator's log contains a secret");
    }
    // (stderr directly: qInfo would land in the capturing handler)
    fprintf(stderr, "scanned %d CLI outputs, %lld log lines, %lld bytes of emulator log and every file under %s for %d secrets\n",
            int(m_outputs.size()), qlonglong(log.size()), qlonglong(emulatorLog.size()), qPrintable(KeychainSandbox::root()),
            int(m_secrets.size()));
}

QTEST_MAIN(TestSecretsNotLeaked)
#include "tst_secretsnotleaked.moc"
