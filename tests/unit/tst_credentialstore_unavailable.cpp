// SPDX-License-Identifier: GPL-3.0-or-later
// KeychainCredentialStore with no Secret Service at all (DBUS_SESSION_BUS_ADDRESS points at a socket that does
// not exist): every operation reports Unavailable with the backend's message and a hint, quickly, and nothing
// is written in plain text anywhere under HOME / XDG (QtKeychain's insecure fallback stays off). The CLI gives
// the same clear state and exit code 4.
#include "credentials/KeychainCredentialStore.h"
#include "credentials/ProfileResolver.h"
#include "credentials/ProfileStore.h"

#include <QDirIterator>
#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

namespace {
QTemporaryDir *g_sandbox = nullptr;
const QString kSecret = QStringLiteral("UnavailablePathSecret-7f3a9c");
const QString kToken = QStringLiteral("UnavailablePathToken-55e1");

// Every file under the sandbox whose bytes contain `needle` (also base64 of it, as QtKeychain would store it).
QStringList filesContaining(const QString &needle)
{
    QStringList hits;
    const QByteArray raw = needle.toUtf8();
    const QByteArray b64 = raw.toBase64();
    QDirIterator it(g_sandbox->path(), QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile f(it.next());
        if (!f.open(QIODevice::ReadOnly))
            continue;
        const QByteArray data = f.readAll();
        if (data.contains(raw) || data.contains(b64.left(b64.size() - 4)))
            hits << f.fileName();
    }
    return hits;
}

CredentialResult waitFor(const std::function<void(CredentialStore::Callback)> &op)
{
    CredentialResult result;
    bool done = false;
    op([&](const CredentialResult &r) {
        result = r;
        done = true;
    });
    if (!QTest::qWaitFor([&] { return done; }, 20000))
        qFatal("keychain operation did not answer");
    return result;
}
} // namespace

class TestCredentialStoreUnavailable : public QObject
{
    Q_OBJECT
private slots:
    void writeReadRemoveAreUnavailable();
    void resolverReportsUnavailable();
    void cliAddFailsCleanly();
    void cliTestAndShowSayWhy();
    void kwalletPathHasNoPlainTextFallback();
    void nothingInPlainText();
};

void TestCredentialStoreUnavailable::writeReadRemoveAreUnavailable()
{
    KeychainCredentialStore store;
    QElapsedTimer t;
    t.start();
    const CredentialResult w = waitFor([&](CredentialStore::Callback cb) {
        store.write(QStringLiteral("prod"), kSecret, kToken, nullptr, cb);
    });
    QCOMPARE(w.status, CredentialResult::Status::Unavailable);
    QVERIFY(!w.message.isEmpty());
    QVERIFY(!w.hint.isEmpty());
    qInfo("backend message: %s", qPrintable(w.message));
    QVERIFY2(w.hint.contains(QStringLiteral("session only")), qPrintable(w.hint));

    // Not "no secret saved yet": the keychain cannot tell, and the UI must say so.
    const CredentialResult r = waitFor([&](CredentialStore::Callback cb) { store.read(QStringLiteral("prod"), nullptr, cb); });
    QCOMPARE(r.status, CredentialResult::Status::Unavailable);
    QVERIFY(r.secretKey.isEmpty());
    const CredentialResult d = waitFor([&](CredentialStore::Callback cb) { store.remove(QStringLiteral("prod"), nullptr, cb); });
    QCOMPARE(d.status, CredentialResult::Status::Unavailable);
    QVERIFY2(t.elapsed() < 15000, "an unavailable keychain must be reported promptly");
}

void TestCredentialStoreUnavailable::resolverReportsUnavailable()
{
    ProfileStore profiles;
    Profile p;
    p.name = QStringLiteral("resolver");
    p.accessKeyId = QStringLiteral("AKLTresolver");
    QVERIFY(profiles.save(p));
    Profile out;
    Credentials c;
    QString error;
    CredentialResult::Status status = CredentialResult::Status::Ok;
    QVERIFY(!ProfileResolver::resolve(QStringLiteral("resolver"), &out, &c, &error));
    KeychainCredentialStore keychain;
    QVERIFY(!ProfileResolver::resolve(profiles, keychain, QStringLiteral("resolver"), &out, &c, &error, &status));
    QCOMPARE(status, CredentialResult::Status::Unavailable);
    QCOMPARE(out.name, QStringLiteral("resolver"));
    QVERIFY2(error.contains(QStringLiteral("unavailable")), qPrintable(error));
    QVERIFY(profiles.remove(QStringLiteral("resolver")));
}

void TestCredentialStoreUnavailable::cliAddFailsCleanly()
{
    QProcess cli;
    cli.start(QStringLiteral(IDCONSOLE_CLI_PATH),
              {QStringLiteral("profile"), QStringLiteral("add"), QStringLiteral("cli-prod"), QStringLiteral("--provider"),
               QStringLiteral("volcengine"), QStringLiteral("--access-key-id"), QStringLiteral("AKLTcli"),
               QStringLiteral("--session-token-stdin")});
    QVERIFY(cli.waitForStarted());
    cli.write((kSecret + QLatin1Char('\n') + kToken + QLatin1Char('\n')).toUtf8());
    cli.closeWriteChannel();
    QVERIFY(cli.waitForFinished(30000));
    const QString err = QString::fromUtf8(cli.readAllStandardError());
    const QString out = QString::fromUtf8(cli.readAllStandardOutput());
    QCOMPARE(cli.exitCode(), 4);
    QVERIFY2(err.contains(QStringLiteral("keychain is unavailable")), qPrintable(err));
    QVERIFY2(err.contains(QStringLiteral("Nothing was changed")), qPrintable(err));
    QVERIFY(!err.contains(kSecret) && !out.contains(kSecret));
    QVERIFY(!err.contains(kToken) && !out.contains(kToken));
    QVERIFY(!ProfileStore().contains(QStringLiteral("cli-prod"))); // the profile was not saved without its secret
}

void TestCredentialStoreUnavailable::cliTestAndShowSayWhy()
{
    ProfileStore profiles;
    Profile p;
    p.name = QStringLiteral("saved-before");
    p.accessKeyId = QStringLiteral("AKLTsaved");
    QVERIFY(profiles.save(p));
    QProcess cli;
    cli.start(QStringLiteral(IDCONSOLE_CLI_PATH), {QStringLiteral("profile"), QStringLiteral("test"), p.name});
    QVERIFY(cli.waitForFinished(30000));
    QCOMPARE(cli.exitCode(), 4);
    const QString err = QString::fromUtf8(cli.readAllStandardError());
    QVERIFY2(err.contains(QStringLiteral("keychain is unavailable")), qPrintable(err));

    QProcess show;
    show.start(QStringLiteral(IDCONSOLE_CLI_PATH), {QStringLiteral("profile"), QStringLiteral("show"), p.name});
    QVERIFY(show.waitForFinished(30000));
    QCOMPARE(show.exitCode(), 0);
    const QString out = QString::fromUtf8(show.readAllStandardOutput());
    QVERIFY2(out.contains(QStringLiteral("keychain is unavailable")), qPrintable(out));
    QVERIFY(out.contains(QStringLiteral("AKLTsaved")));
}

void TestCredentialStoreUnavailable::kwalletPathHasNoPlainTextFallback()
{
    // On a KDE 4 session QtKeychain goes straight to KWallet over D-Bus, and with no bus it would write the
    // secret into a QSettings file if insecure fallback were on. It must refuse instead.
    QProcess cli;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_CURRENT_DESKTOP"), QStringLiteral("KDE"));
    env.insert(QStringLiteral("KDE_SESSION_VERSION"), QStringLiteral("4"));
    cli.setProcessEnvironment(env);
    cli.start(QStringLiteral(IDCONSOLE_CLI_PATH),
              {QStringLiteral("profile"), QStringLiteral("add"), QStringLiteral("kde-prod"), QStringLiteral("--provider"),
               QStringLiteral("aliyun"), QStringLiteral("--access-key-id"), QStringLiteral("LTAIkde")});
    QVERIFY(cli.waitForStarted());
    cli.write((kSecret + QLatin1Char('\n')).toUtf8());
    cli.closeWriteChannel();
    QVERIFY(cli.waitForFinished(30000));
    const QString err = QString::fromUtf8(cli.readAllStandardError());
    QCOMPARE(cli.exitCode(), 4);
    QVERIFY2(err.contains(QStringLiteral("keychain is unavailable")), qPrintable(err));
    QVERIFY(!ProfileStore().contains(QStringLiteral("kde-prod")));
}

void TestCredentialStoreUnavailable::nothingInPlainText()
{
    // Runs last: everything above tried to store kSecret / kToken.
    QCOMPARE(filesContaining(kSecret), QStringList());
    QCOMPARE(filesContaining(kToken), QStringList());
    // QtKeychain's plain-text fallback would use QSettings("idconsole") and the app's own settings.
    QVERIFY(!QFile::exists(g_sandbox->filePath(QStringLiteral("config/idconsole.conf"))));
    QSettings appSettings(QStringLiteral("idconsole"), QStringLiteral("idconsole"));
    for (const QString &key : appSettings.allKeys())
        QVERIFY2(!key.startsWith(QStringLiteral("idconsole/")) && !key.contains(QStringLiteral("prod/")), qPrintable(key));
}

int main(int argc, char *argv[])
{
    // Before any Qt object exists: no session bus, a private HOME, and no desktop hints that pick KWallet.
    QTemporaryDir sandbox;
    if (!sandbox.isValid())
        return 2;
    g_sandbox = &sandbox;
    for (const char *sub : {"home", "config", "data", "cache"})
        QDir().mkpath(sandbox.filePath(QString::fromLatin1(sub)));
    qputenv("HOME", sandbox.filePath(QStringLiteral("home")).toUtf8());
    qputenv("XDG_CONFIG_HOME", sandbox.filePath(QStringLiteral("config")).toUtf8());
    qputenv("XDG_DATA_HOME", sandbox.filePath(QStringLiteral("data")).toUtf8());
    qputenv("XDG_CACHE_HOME", sandbox.filePath(QStringLiteral("cache")).toUtf8());
    qputenv("DBUS_SESSION_BUS_ADDRESS", ("unix:path=" + sandbox.filePath(QStringLiteral("no-such-bus"))).toUtf8());
    for (const char *var : {"XDG_CURRENT_DESKTOP", "DESKTOP_SESSION", "KDE_FULL_SESSION", "KDE_SESSION_VERSION",
                            "GNOME_DESKTOP_SESSION_ID", "DISPLAY", "WAYLAND_DISPLAY"})
        qunsetenv(var);
    QCoreApplication app(argc, argv);
    TestCredentialStoreUnavailable test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_credentialstore_unavailable.moc"
