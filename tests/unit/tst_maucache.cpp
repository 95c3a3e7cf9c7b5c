// SPDX-License-Identifier: GPL-3.0-or-later
// MauCache: figures of past months survive a restart; a damaged or foreign file is set aside (renamed with a
// timestamp, a message says so), never crashes and never touches the person's settings.
#include "cloud/MauCache.h"
#include "models/MauThresholds.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSettings>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

class TestMauCache : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString path(const QString &name) const { return m_dir.filePath(name); }

    static QStringList setAsideFiles(const QString &file)
    {
        const QFileInfo info(file);
        return QDir(info.absolutePath()).entryList({info.fileName() + QStringLiteral(".*")}, QDir::Files);
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        QVERIFY(QSqlDatabase::isDriverAvailable(QStringLiteral("QSQLITE")));
    }

    void storesAndReadsBackAcrossInstances()
    {
        const QString file = path(QStringLiteral("roundtrip.sqlite"));
        const QString scope = MauCache::scope(QStringLiteral("prod"), QStringLiteral("cn-beijing"), QStringLiteral("https://x"));
        {
            MauCache cache(file);
            QVERIFY(cache.isOpen());
            QVERIFY(cache.notice().isEmpty());
            QHash<QString, std::optional<double>> figures{{QStringLiteral("a"), 51555.0},
                                                          {QStringLiteral("b"), std::nullopt},
                                                          {QStringLiteral("c"), 0.0}};
            QVERIFY(cache.store(scope, QStringLiteral("2025-11"), figures));
        }
        MauCache cache(file);
        QVERIFY(cache.isOpen());
        const auto got = cache.lookup(scope, QStringLiteral("2025-11"),
                                      {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c"), QStringLiteral("d")});
        QCOMPARE(got.size(), 3);
        QCOMPARE(*got.value(QStringLiteral("a")), 51555.0);
        QVERIFY(!got.value(QStringLiteral("b")).has_value());   // known to be missing, not 0
        QCOMPARE(*got.value(QStringLiteral("c")), 0.0);          // a real 0
        QVERIFY(!got.contains(QStringLiteral("d")));
        // Another scope (profile, region or endpoint) sees nothing.
        QVERIFY(cache.lookup(MauCache::scope(QStringLiteral("prod"), QStringLiteral("cn-shanghai"), QStringLiteral("https://x")),
                             QStringLiteral("2025-11"), {QStringLiteral("a")}).isEmpty());
        QCOMPARE(cache.knownUids(scope, QStringLiteral("2025-01"), QStringLiteral("2025-12")),
                 (QStringList{QStringLiteral("a"), QStringLiteral("c")}));
        QCOMPARE(cache.forget(scope), 3);
        QVERIFY(cache.lookup(scope, QStringLiteral("2025-11"), {QStringLiteral("a")}).isEmpty());
    }

    void corruptFileIsSetAside()
    {
        MauThresholds::save(QStringLiteral("keep-me"), QStringLiteral("pool-1"), 1234);
        const QString file = path(QStringLiteral("corrupt.sqlite"));
        QByteArray garbage("this is not a database at all\n");
        garbage = garbage.repeated(200);
        {
            QFile f(file);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(garbage);
        }
        MauCache cache(file);
        QVERIFY(cache.isOpen());
        QVERIFY2(cache.notice().contains(QStringLiteral("damaged")), qPrintable(cache.notice()));
        QVERIFY(cache.setAsideFileName().contains(QStringLiteral(".corrupt-")));
        QVERIFY(QFileInfo::exists(cache.setAsideFileName()));
        QFile moved(cache.setAsideFileName());
        QVERIFY(moved.open(QIODevice::ReadOnly));
        QCOMPARE(moved.readAll(), garbage);   // nothing lost: the old file is kept as it was
        // The new cache works.
        QVERIFY(cache.store(QStringLiteral("s"), QStringLiteral("2025-01"), {{QStringLiteral("u"), 7.0}}));
        QCOMPARE(*cache.lookup(QStringLiteral("s"), QStringLiteral("2025-01"), {QStringLiteral("u")}).value(QStringLiteral("u")), 7.0);
        // The person's settings are untouched.
        QCOMPARE(MauThresholds::load(QStringLiteral("keep-me")).value(QStringLiteral("pool-1")), 1234.0);
    }

    void truncatedDatabaseIsSetAside()
    {
        // A real cache cut short (half a page): SQLite reports it malformed.
        const QString file = path(QStringLiteral("truncated.sqlite"));
        {
            MauCache cache(file);
            QHash<QString, std::optional<double>> many;
            for (int i = 0; i < 2000; ++i)
                many.insert(QStringLiteral("uid-%1").arg(i), i);
            QVERIFY(cache.store(QStringLiteral("s"), QStringLiteral("2025-01"), many));
        }
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadWrite));
        const qint64 size = f.size();
        QVERIFY(size > 8192);
        // Scribble over the middle pages.
        f.seek(size / 2);
        f.write(QByteArray(4096, '\xff'));
        f.close();
        MauCache cache(file);
        QVERIFY(cache.isOpen());
        QVERIFY2(!cache.notice().isEmpty(), "a damaged database must be reported");
        QVERIFY(QFileInfo::exists(cache.setAsideFileName()));
        QCOMPARE(cache.rowCount(), 0);
    }

    void foreignSqliteFileIsSetAside()
    {
        const QString file = path(QStringLiteral("foreign.sqlite"));
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("foreign"));
            db.setDatabaseName(file);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("CREATE TABLE invoices (id INTEGER PRIMARY KEY, amount REAL)")));
            QVERIFY(q.exec(QStringLiteral("INSERT INTO invoices VALUES (1, 99.5)")));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("foreign"));
        MauCache cache(file);
        QVERIFY(cache.isOpen());
        QVERIFY2(cache.notice().contains(QStringLiteral("something else")), qPrintable(cache.notice()));
        QVERIFY(cache.setAsideFileName().contains(QStringLiteral(".foreign-")));
        // The other program's data is intact in the set-aside file.
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("check"));
            db.setDatabaseName(cache.setAsideFileName());
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("SELECT amount FROM invoices WHERE id = 1")));
            QVERIFY(q.next());
            QCOMPARE(q.value(0).toDouble(), 99.5);
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("check"));
        QCOMPARE(cache.rowCount(), 0);
    }

    void otherFormatTagIsForeign()
    {
        const QString file = path(QStringLiteral("tag.sqlite"));
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("tag"));
            db.setDatabaseName(file);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT)")));
            QVERIFY(q.exec(QStringLiteral("CREATE TABLE mau (scope TEXT, month TEXT, uid TEXT, mau REAL)")));
            QVERIFY(q.exec(QStringLiteral("INSERT INTO meta VALUES ('format', 'something-else'), ('version', '1')")));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("tag"));
        MauCache cache(file);
        QVERIFY(cache.isOpen());
        QVERIFY(!cache.notice().isEmpty());
        QCOMPARE(setAsideFiles(file).size(), 1);
    }

    void emptyFileIsANewCache()
    {
        const QString file = path(QStringLiteral("empty.sqlite"));
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.close();
        MauCache cache(file);
        QVERIFY(cache.isOpen());
        QVERIFY(cache.notice().isEmpty());
        QVERIFY(setAsideFiles(file).isEmpty());
    }

    void defaultLocationIsTheCacheDirectory()
    {
        QVERIFY(MauCache::defaultFileName().startsWith(QStandardPaths::writableLocation(QStandardPaths::CacheLocation)));
    }
};

QTEST_GUILESS_MAIN(TestMauCache)
#include "tst_maucache.moc"
