// SPDX-License-Identifier: GPL-3.0-or-later
// CredentialStore contract on MemoryCredentialStore (async, exactly once, context-guarded), copy/move,
// the keychain entry format, ProfileSaveOperation (ordering and rollback) and ProfileResolver.
#include "credentials/KeychainCredentialStore.h"
#include "credentials/MemoryCredentialStore.h"
#include "credentials/ProfileResolver.h"
#include "credentials/ProfileSaveOperation.h"
#include "credentials/ProfileStore.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

namespace {
// Runs one async operation and waits for its answer (test helper).
struct Waiter
{
    CredentialResult result;
    int calls = 0;
    CredentialStore::Callback callback()
    {
        return [this](const CredentialResult &r) {
            result = r;
            ++calls;
        };
    }
    bool wait(int ms = 5000)
    {
        return QTest::qWaitFor([this] { return calls > 0; }, ms);
    }
};

Profile volc(const QString &name)
{
    Profile p;
    p.name = name;
    p.accessKeyId = QStringLiteral("AKLT-%1").arg(name);
    p.region = QStringLiteral("cn-beijing");
    return p;
}
} // namespace

class TestCredentialStore : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void memoryReadWriteOverwriteRemove();
    void answersAreNeverSynchronous();
    void deadContextGetsNoAnswer();
    void unavailableIsReportedWithMessageAndHint();
    void copyAndMove();
    void moveOfMissingEntryChangesNothing();
    void keychainEntryFormat();
    void saveNewProfileStoresSecretFirst();
    void saveWithUnavailableKeychainSavesNothing();
    void editWithoutSecretKeepsStoredSecret();
    void renameCarriesTheSecret();
    void duplicateCopiesTheSecret();
    void failedProfileWriteRollsBackTheSecret();
    void resolverFillsProfileAndCredentials();
    void resolverStates();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString ini() const { return m_dir->filePath(QStringLiteral("p.ini")); }
};

void TestCredentialStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
}

void TestCredentialStore::memoryReadWriteOverwriteRemove()
{
    MemoryCredentialStore store;
    QSignalSpy changed(&store, &CredentialStore::changed);
    Waiter w1;
    store.read(QStringLiteral("p"), nullptr, w1.callback());
    QVERIFY(w1.wait());
    QCOMPARE(w1.result.status, CredentialResult::Status::NotFound);
    QVERIFY(!w1.result.message.isEmpty());

    Waiter w2;
    store.write(QStringLiteral("p"), QStringLiteral("s1"), QStringLiteral("t1"), nullptr, w2.callback());
    QVERIFY(w2.wait());
    QVERIFY(w2.result.ok());
    QVERIFY(w2.result.secretKey.isEmpty()); // a write never hands secrets back
    QCOMPARE(changed.count(), 1);

    Waiter w3;
    store.read(QStringLiteral("p"), nullptr, w3.callback());
    QVERIFY(w3.wait());
    QCOMPARE(w3.result.secretKey, QStringLiteral("s1"));
    QCOMPARE(w3.result.sessionToken, QStringLiteral("t1"));

    Waiter w4;
    store.write(QStringLiteral("p"), QStringLiteral("s2"), QString(), nullptr, w4.callback());
    QVERIFY(w4.wait());
    Waiter w5;
    store.read(QStringLiteral("p"), nullptr, w5.callback());
    QVERIFY(w5.wait());
    QCOMPARE(w5.result.secretKey, QStringLiteral("s2"));
    QVERIFY(w5.result.sessionToken.isEmpty());

    Waiter w6;
    store.remove(QStringLiteral("p"), nullptr, w6.callback());
    QVERIFY(w6.wait());
    QVERIFY(w6.result.ok());
    QVERIFY(!store.contains(QStringLiteral("p")));
    Waiter w7;
    store.remove(QStringLiteral("p"), nullptr, w7.callback()); // removing nothing succeeds
    QVERIFY(w7.wait());
    QVERIFY(w7.result.ok());
    QCOMPARE(w7.calls, 1);
}

void TestCredentialStore::answersAreNeverSynchronous()
{
    MemoryCredentialStore store;
    store.insert(QStringLiteral("p"), QStringLiteral("s"));
    Waiter w;
    store.read(QStringLiteral("p"), nullptr, w.callback());
    QCOMPARE(w.calls, 0);
    QVERIFY(w.wait());
    QTest::qWait(20);
    QCOMPARE(w.calls, 1); // exactly once
}

void TestCredentialStore::deadContextGetsNoAnswer()
{
    MemoryCredentialStore store;
    store.setLatency(30);
    int calls = 0;
    auto *context = new QObject;
    store.read(QStringLiteral("p"), context, [&calls](const CredentialResult &) { ++calls; });
    delete context;
    QTest::qWait(100);
    QCOMPARE(calls, 0);
}

void TestCredentialStore::unavailableIsReportedWithMessageAndHint()
{
    MemoryCredentialStore store;
    store.setUnavailable(QStringLiteral("Cannot autolaunch D-Bus"));
    for (int op = 0; op < 3; ++op) {
        Waiter w;
        if (op == 0)
            store.read(QStringLiteral("p"), nullptr, w.callback());
        else if (op == 1)
            store.write(QStringLiteral("p"), QStringLiteral("s"), {}, nullptr, w.callback());
        else
            store.remove(QStringLiteral("p"), nullptr, w.callback());
        QVERIFY(w.wait());
        QCOMPARE(w.result.status, CredentialResult::Status::Unavailable);
        QCOMPARE(w.result.message, QStringLiteral("Cannot autolaunch D-Bus"));
        QVERIFY(!w.result.hint.isEmpty());
        QVERIFY(w.result.fullMessage().contains(w.result.hint));
    }
    QCOMPARE(store.count(), 0);
}

void TestCredentialStore::copyAndMove()
{
    MemoryCredentialStore store;
    store.insert(QStringLiteral("a"), QStringLiteral("sa"), QStringLiteral("ta"));
    Waiter w1;
    store.copy(QStringLiteral("a"), QStringLiteral("b"), nullptr, w1.callback());
    QVERIFY(w1.wait());
    QVERIFY(w1.result.ok());
    QCOMPARE(store.peek(QStringLiteral("b"))->secretKey, QStringLiteral("sa"));
    QCOMPARE(store.peek(QStringLiteral("b"))->sessionToken, QStringLiteral("ta"));
    QVERIFY(store.contains(QStringLiteral("a")));
    Waiter w2;
    store.move(QStringLiteral("a"), QStringLiteral("c"), nullptr, w2.callback());
    QVERIFY(w2.wait());
    QVERIFY(w2.result.ok());
    QVERIFY(!store.contains(QStringLiteral("a")));
    QCOMPARE(store.peek(QStringLiteral("c"))->secretKey, QStringLiteral("sa"));
}

void TestCredentialStore::moveOfMissingEntryChangesNothing()
{
    MemoryCredentialStore store;
    store.insert(QStringLiteral("b"), QStringLiteral("keep"));
    Waiter w;
    store.move(QStringLiteral("a"), QStringLiteral("b"), nullptr, w.callback());
    QVERIFY(w.wait());
    QCOMPARE(w.result.status, CredentialResult::Status::NotFound);
    QCOMPARE(store.peek(QStringLiteral("b"))->secretKey, QStringLiteral("keep"));
}

void TestCredentialStore::keychainEntryFormat()
{
    const QByteArray data = KeychainCredentialStore::encode(QStringLiteral("sk/+=秘"), QStringLiteral("tok"));
    QString sk, st;
    QVERIFY(KeychainCredentialStore::decode(data, &sk, &st));
    QCOMPARE(sk, QStringLiteral("sk/+=秘"));
    QCOMPARE(st, QStringLiteral("tok"));
    QVERIFY(!KeychainCredentialStore::encode(QStringLiteral("x"), {}).contains("sessionToken"));
    // An entry holding just the key (written by hand) still works.
    QVERIFY(KeychainCredentialStore::decode("plainkey\n", &sk, &st));
    QCOMPARE(sk, QStringLiteral("plainkey"));
    QVERIFY(st.isEmpty());
    QVERIFY(!KeychainCredentialStore::decode("{\"v\":1}", &sk, &st));
    QVERIFY(!KeychainCredentialStore::decode("", &sk, &st));
    QVERIFY(!KeychainCredentialStore::decode("{broken", &sk, &st));
    QCOMPARE(KeychainCredentialStore::defaultService(), QStringLiteral("idconsole"));
}

void TestCredentialStore::saveNewProfileStoresSecretFirst()
{
    ProfileStore profiles(ini());
    MemoryCredentialStore secrets;
    // Record the order: the secret must be in the store when the profile appears.
    bool secretPresentWhenSaved = false;
    connect(&profiles, &ProfileStore::profileSaved, this,
            [&](const QString &name) { secretPresentWhenSaved = secrets.contains(name); });
    ProfileSaveOperation op(&profiles, &secrets);
    QSignalSpy done(&op, &ProfileSaveOperation::finished);
    op.setNewSecret(QStringLiteral("sk"), QStringLiteral("tk"));
    op.start(volc(QStringLiteral("new")));
    QVERIFY(done.wait());
    QVERIFY(done.first().at(0).toBool());
    QVERIFY(secretPresentWhenSaved);
    QVERIFY(profiles.contains(QStringLiteral("new")));
    QCOMPARE(secrets.peek(QStringLiteral("new"))->sessionToken, QStringLiteral("tk"));
}

void TestCredentialStore::saveWithUnavailableKeychainSavesNothing()
{
    ProfileStore profiles(ini());
    MemoryCredentialStore secrets;
    secrets.setUnavailable(QStringLiteral("The name org.freedesktop.secrets was not provided"));
    ProfileSaveOperation op(&profiles, &secrets);
    QSignalSpy done(&op, &ProfileSaveOperation::finished);
    op.setNewSecret(QStringLiteral("sk"), {});
    op.start(volc(QStringLiteral("new")));
    QVERIFY(done.wait());
    QVERIFY(!done.first().at(0).toBool());
    const auto r = done.first().at(2).value<CredentialResult>();
    QCOMPARE(r.status, CredentialResult::Status::Unavailable);
    QVERIFY(done.first().at(1).toString().contains(QStringLiteral("org.freedesktop.secrets")));
    QVERIFY(profiles.names().isEmpty());

    // The "this session only" path saves the profile without touching the store.
    ProfileSaveOperation skip(&profiles, &secrets);
    QSignalSpy done2(&skip, &ProfileSaveOperation::finished);
    skip.setSkipCredentialStore(true);
    const int before = secrets.operationCount();
    skip.start(volc(QStringLiteral("new")));
    QVERIFY(done2.wait());
    QVERIFY(done2.first().at(0).toBool());
    QCOMPARE(secrets.operationCount(), before);
    QVERIFY(profiles.contains(QStringLiteral("new")));
}

void TestCredentialStore::editWithoutSecretKeepsStoredSecret()
{
    ProfileStore profiles(ini());
    MemoryCredentialStore secrets;
    QVERIFY(profiles.save(volc(QStringLiteral("p"))));
    secrets.insert(QStringLiteral("p"), QStringLiteral("stored"));
    const int before = secrets.operationCount();
    Profile edited = volc(QStringLiteral("p"));
    edited.region = QStringLiteral("cn-shanghai");
    ProfileSaveOperation op(&profiles, &secrets);
    QSignalSpy done(&op, &ProfileSaveOperation::finished);
    op.start(edited, QStringLiteral("p"));
    QVERIFY(done.wait());
    QVERIFY(done.first().at(0).toBool());
    QCOMPARE(secrets.operationCount(), before); // keychain untouched
    QCOMPARE(secrets.peek(QStringLiteral("p"))->secretKey, QStringLiteral("stored"));
    QCOMPARE(profiles.profile(QStringLiteral("p"))->region, QStringLiteral("cn-shanghai"));
}

void TestCredentialStore::renameCarriesTheSecret()
{
    ProfileStore profiles(ini());
    MemoryCredentialStore secrets;
    QVERIFY(profiles.save(volc(QStringLiteral("old"))));
    secrets.insert(QStringLiteral("old"), QStringLiteral("stored"), QStringLiteral("tok"));
    ProfileSaveOperation op(&profiles, &secrets);
    QSignalSpy done(&op, &ProfileSaveOperation::finished);
    op.start(volc(QStringLiteral("new")), QStringLiteral("old"));
    QVERIFY(done.wait());
    QVERIFY(done.first().at(0).toBool());
    QVERIFY(done.first().at(3).toString().isEmpty());
    QCOMPARE(profiles.names(), QStringList{QStringLiteral("new")});
    QVERIFY(!secrets.contains(QStringLiteral("old")));
    QCOMPARE(secrets.peek(QStringLiteral("new"))->secretKey, QStringLiteral("stored"));
    QCOMPARE(secrets.peek(QStringLiteral("new"))->sessionToken, QStringLiteral("tok"));

    // Rename and a new secret at once: the new one lands under the new name, the old entry goes.
    secrets.insert(QStringLiteral("new"), QStringLiteral("stored"));
    ProfileSaveOperation op2(&profiles, &secrets);
    QSignalSpy done2(&op2, &ProfileSaveOperation::finished);
    op2.setNewSecret(QStringLiteral("fresh"), {});
    op2.start(volc(QStringLiteral("newer")), QStringLiteral("new"));
    QVERIFY(done2.wait());
    QVERIFY(done2.first().at(0).toBool());
    QCOMPARE(secrets.names(), QStringList{QStringLiteral("newer")});
    QCOMPARE(secrets.peek(QStringLiteral("newer"))->secretKey, QStringLiteral("fresh"));
}

void TestCredentialStore::duplicateCopiesTheSecret()
{
    ProfileStore profiles(ini());
    MemoryCredentialStore secrets;
    QVERIFY(profiles.save(volc(QStringLiteral("src"))));
    secrets.insert(QStringLiteral("src"), QStringLiteral("stored"));
    ProfileSaveOperation op(&profiles, &secrets);
    QSignalSpy done(&op, &ProfileSaveOperation::finished);
    op.setCopySecretFrom(QStringLiteral("src"));
    op.start(volc(QStringLiteral("src (copy)")));
    QVERIFY(done.wait());
    QVERIFY(done.first().at(0).toBool());
    QCOMPARE(secrets.peek(QStringLiteral("src (copy)"))->secretKey, QStringLiteral("stored"));
    QVERIFY(secrets.contains(QStringLiteral("src")));
    QCOMPARE(profiles.names().size(), 2);
}

void TestCredentialStore::failedProfileWriteRollsBackTheSecret()
{
    const QString blocked = m_dir->filePath(QStringLiteral("blocked.ini"));
    QVERIFY(QDir().mkpath(blocked)); // a directory where the settings file should be
    ProfileStore profiles(blocked);
    MemoryCredentialStore secrets;
    ProfileSaveOperation op(&profiles, &secrets);
    QSignalSpy done(&op, &ProfileSaveOperation::finished);
    op.setNewSecret(QStringLiteral("sk"), {});
    op.start(volc(QStringLiteral("p")));
    QVERIFY(done.wait());
    QVERIFY(!done.first().at(0).toBool());
    QVERIFY(!done.first().at(1).toString().isEmpty());
    QVERIFY(!secrets.contains(QStringLiteral("p")));
}

void TestCredentialStore::resolverFillsProfileAndCredentials()
{
    ProfileStore profiles(ini());
    MemoryCredentialStore secrets;
    Profile p = volc(QStringLiteral("prod"));
    p.endpoints.insert(QStringLiteral("id"), QStringLiteral("http://127.0.0.1:1234"));
    QVERIFY(profiles.save(p));
    secrets.insert(QStringLiteral("prod"), QStringLiteral("sk"), QStringLiteral("tk"));
    Profile out;
    Credentials c;
    QString error;
    CredentialResult::Status status = CredentialResult::Status::Error;
    QVERIFY(ProfileResolver::resolve(profiles, secrets, QStringLiteral("prod"), &out, &c, &error, &status));
    QCOMPARE(status, CredentialResult::Status::Ok);
    QCOMPARE(out, p);
    QCOMPARE(c.accessKeyId, p.accessKeyId);
    QCOMPARE(c.secret, QStringLiteral("sk"));
    QCOMPARE(c.sessionToken, QStringLiteral("tk"));
    QVERIFY(c.isComplete());
}

void TestCredentialStore::resolverStates()
{
    ProfileStore profiles(ini());
    MemoryCredentialStore secrets;
    QVERIFY(profiles.save(volc(QStringLiteral("Prod"))));
    Profile out;
    Credentials c;
    QString error;
    CredentialResult::Status status = CredentialResult::Status::Ok;

    QVERIFY(!ProfileResolver::resolve(profiles, secrets, QStringLiteral("nope"), &out, &c, &error, &status));
    QCOMPARE(status, CredentialResult::Status::NotFound);
    QVERIFY(out.name.isEmpty());
    QVERIFY(error.contains(QStringLiteral("profile list")));

    QVERIFY(!ProfileResolver::resolve(profiles, secrets, QStringLiteral("prod"), &out, &c, &error, &status));
    QVERIFY2(error.contains(QStringLiteral("did you mean “Prod”")), qPrintable(error));

    // The profile exists but holds no secret: the profile is still handed back.
    QVERIFY(!ProfileResolver::resolve(profiles, secrets, QStringLiteral("Prod"), &out, &c, &error, &status));
    QCOMPARE(status, CredentialResult::Status::NotFound);
    QCOMPARE(out.name, QStringLiteral("Prod"));
    QVERIFY(error.contains(QStringLiteral("--secret-stdin")));
    QVERIFY(c.secret.isEmpty());

    secrets.setUnavailable(QStringLiteral("Cannot autolaunch D-Bus without X11 $DISPLAY"));
    QVERIFY(!ProfileResolver::resolve(profiles, secrets, QStringLiteral("Prod"), &out, &c, &error, &status));
    QCOMPARE(status, CredentialResult::Status::Unavailable);
    QVERIFY(error.contains(QStringLiteral("Cannot autolaunch D-Bus")));

    // A keychain that never answers: the resolver gives up after its timeout.
    secrets.setUnavailable({});
    secrets.insert(QStringLiteral("Prod"), QStringLiteral("sk"));
    secrets.setLatency(5000);
    QElapsedTimer t;
    t.start();
    QVERIFY(!ProfileResolver::resolve(profiles, secrets, QStringLiteral("Prod"), &out, &c, &error, &status, 200));
    QVERIFY(t.elapsed() < 3000);
    QCOMPARE(status, CredentialResult::Status::Unavailable);
    QVERIFY(!error.isEmpty());
}

QTEST_GUILESS_MAIN(TestCredentialStore)
#include "tst_credentialstore.moc"
