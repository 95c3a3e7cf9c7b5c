// SPDX-License-Identifier: GPL-3.0-or-later
// --state: round trip through the file, atomic saves, and refusal of corrupt files (in-process and via the binary).
#include "DatasetBuilder.h"
#include "InProcessEmulator.h"
#include "StatePersister.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace emu;

namespace {

QByteArray fileHash(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return QByteArray();
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

struct RunResult
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

RunResult runEmulator(const QStringList &args, int timeoutMs = 15000)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("IDCONSOLE_EMULATOR_SECRET"), QStringLiteral("s3cret"));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(IDCONSOLE_EMULATOR_PATH), args);
    RunResult r;
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

} // namespace

class TstState : public QObject
{
    Q_OBJECT

private slots:
    void roundTrip()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("state.json"));
        InProcessEmulator emu;
        StatePersister persister(path);
        emu.dispatcher().setPersister(&persister);
        QCOMPARE(persister.load(emu.store(), nullptr), StatePersister::LoadResult::Missing);

        // Writes through the API save the file each time.
        auto r = emu.ci(QStringLiteral("CreateGroup"), {{"GroupName", "persisted"}, {"JoinType", "Manual"}, {"DisplayName", "持久化"}});
        QCOMPARE(r.status, 200);
        QVERIFY(QFile::exists(path));
        const QString groupId = InProcessEmulator::volcResult(r)["GroupId"].toString();
        const QString userId = emu.store().ciUsers().items().front().id;
        QCOMPARE(emu.ci(QStringLiteral("AddUserToGroup"), {{"GroupId", groupId}, {"UserId", userId}}).status, 200);
        r = emu.sso(QStringLiteral("CreateUser"), {{QStringLiteral("UserName"), QStringLiteral("saved.user")},
                                                  {QStringLiteral("Tags.1.Key"), QStringLiteral("k")},
                                                  {QStringLiteral("Tags.1.Value"), QStringLiteral("v")}});
        QCOMPARE(r.status, 200);
        r = emu.id(QStringLiteral("CreateUserPool"), {{"Name", "saved-pool"}});
        QCOMPARE(r.status, 200);
        const QString poolUid = InProcessEmulator::volcResult(r)["Uid"].toString();
        QCOMPARE(emu.id(QStringLiteral("UpdateEnableUserPool"), {{"UserPoolUid", poolUid}, {"Enabled", "false"}}).status, 200);
        const QByteArray afterWrites = fileHash(path);
        // Reads do not rewrite the file.
        QCOMPARE(emu.ci(QStringLiteral("ListGroups")).status, 200);
        QCOMPARE(fileHash(path), afterWrites);

        DataStore loaded;
        QString error;
        QCOMPARE(persister.load(loaded, &error), StatePersister::LoadResult::Loaded);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(QJsonDocument(loaded.toState()).toJson(QJsonDocument::Compact),
                 QJsonDocument(emu.store().toState()).toJson(QJsonDocument::Compact));
        QVERIFY(loaded.ciGroupNames().contains(QStringLiteral("persisted")));
        QVERIFY(loaded.ciMembers().contains(groupId, userId));
        QCOMPARE(loaded.pools().find(poolUid)->enabled, false);
        QVERIFY(loaded.ssoDirectories().front().userNameIndex().contains(QStringLiteral("saved.user")));

        // New ids after a reload never collide with old ones.
        DataStore again;
        QCOMPARE(persister.load(again, nullptr), StatePersister::LoadResult::Loaded);
        const QString next = again.newCiId(DataStore::CiKind::Group);
        QVERIFY(!again.ciGroups().contains(next));
        QVERIFY(next.toLongLong() > groupId.toLongLong());
    }

    void corruptFilesAreRefused_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::newRow("truncated") << QByteArray(R"({"format":"idconsole-emulator-state","formatVersion":1,"id":{)");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("array") << QByteArray("[]");
        QTest::newRow("foreign") << QByteArray(R"({"hello":"world"})");
        QTest::newRow("version") << QByteArray(R"({"format":"idconsole-emulator-state","formatVersion":99,"id":{},"cloudidentity":{},"cloudsso":{}})");
        QTest::newRow("binary") << QByteArray("\x00\x01\x02garbage", 10);
    }
    void corruptFilesAreRefused()
    {
        QFETCH(QByteArray, content);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("state.json"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(content);
        f.close();
        const QByteArray before = fileHash(path);

        DataStore store;
        QString error;
        QCOMPARE(StatePersister(path).load(store, &error), StatePersister::LoadResult::Error);
        QVERIFY(error.contains(path));

        // The binary exits with code 2, explains on stderr, prints no LISTENING and leaves the file alone.
        const RunResult run = runEmulator({QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--access-key"),
                                           QStringLiteral("AK"), QStringLiteral("--state"), path});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains("state file"), run.err.constData());
        QVERIFY(!run.out.contains("LISTENING"));
        QCOMPARE(fileHash(path), before);
    }

    void binaryCreatesAndReloadsState()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("fresh.json"));
        // A missing file is created from the dataset at start ("--help"-free run that we stop right away).
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("IDCONSOLE_EMULATOR_SECRET"), QStringLiteral("s3cret"));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(IDCONSOLE_EMULATOR_PATH),
                {QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--access-key"), QStringLiteral("AK"),
                 QStringLiteral("--state"), path, QStringLiteral("--dataset"), QStringLiteral("empty")});
        QVERIFY(p.waitForStarted());
        QByteArray out;
        for (int i = 0; i < 100 && !out.contains('\n'); ++i) {
            p.waitForReadyRead(100);
            out += p.readAllStandardOutput();
        }
        QVERIFY2(out.startsWith("LISTENING "), out.constData());
        p.terminate();
        p.waitForFinished();
        QVERIFY(QFile::exists(path));
        DataStore store;
        QCOMPARE(StatePersister(path).load(store, nullptr), StatePersister::LoadResult::Loaded);
        QCOMPARE(int(store.ssoDirectories().size()), 1);
        QCOMPARE(store.ciUsers().size(), 0);
    }
};

QTEST_GUILESS_MAIN(TstState)
#include "tst_state.moc"
