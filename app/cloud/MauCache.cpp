// SPDX-License-Identifier: GPL-3.0-or-later
#include "cloud/MauCache.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QVariant>
#include <atomic>

namespace {
std::atomic<int> s_connections{0};
}

MauCache::MauCache(const QString &fileName)
    : m_fileName(fileName.isEmpty() ? defaultFileName() : fileName),
      m_connection(QStringLiteral("idconsole-mau-cache-%1").arg(++s_connections))
{
    QDir().mkpath(QFileInfo(m_fileName).absolutePath());
    if (!openDatabase())
        return;
    Check c = check();
    if (c == Check::Corrupt || c == Check::Foreign) {
        const bool corrupt = c == Check::Corrupt;
        setAside(corrupt ? QStringLiteral("corrupt") : QStringLiteral("foreign"),
                 corrupt ? QCoreApplication::translate("MauCache", "The MAU cache file was damaged")
                         : QCoreApplication::translate("MauCache", "The MAU cache file belonged to something else"));
        if (!openDatabase())
            return;
        c = check();
    }
    if (c == Check::Empty && !createSchema()) {
        closeDatabase();
        return;
    }
    m_open = c == Check::Ok || c == Check::Empty;
    if (!m_open)
        closeDatabase();
}

MauCache::~MauCache()
{
    closeDatabase();
}

QString MauCache::defaultFileName()
{
    QString dir = QStandardPaths::writableLocation(QStandardPaths::CacheLocation);
    if (dir.isEmpty())
        dir = QDir::tempPath();
    return dir + QStringLiteral("/mau-cache.sqlite");
}

QString MauCache::scope(const QString &profile, const QString &region, const QString &endpoint)
{
    return profile + QLatin1Char('|') + region + QLatin1Char('|') + endpoint;
}

bool MauCache::openDatabase()
{
    if (m_fileName.isEmpty())
        return false;
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QSQLITE"))) {
        m_notice = QCoreApplication::translate("MauCache", "The Qt SQLite driver is not installed; MAU figures are not cached.");
        return false;
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    db.setDatabaseName(m_fileName);
    if (!db.open()) {
        m_notice = QCoreApplication::translate("MauCache", "The MAU cache cannot be opened: %1").arg(db.lastError().text());
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_connection);
        return false;
    }
    return true;
}

void MauCache::closeDatabase()
{
    m_open = false;
    if (!QSqlDatabase::contains(m_connection))
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
}

MauCache::Check MauCache::check()
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    QSqlQuery q(db);
    // Not a database at all ("file is not a database") fails here; damaged pages fail the quick check.
    if (!q.exec(QStringLiteral("PRAGMA quick_check")) || !q.next() || q.value(0).toString() != QLatin1String("ok"))
        return Check::Corrupt;
    QStringList tables;
    if (!q.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table'")))
        return Check::Corrupt;
    while (q.next())
        tables << q.value(0).toString();
    if (tables.isEmpty())
        return Check::Empty;
    if (!tables.contains(QLatin1String("meta")) || !tables.contains(QLatin1String("mau")))
        return Check::Foreign;
    if (!q.exec(QStringLiteral("SELECT key, value FROM meta")))
        return Check::Foreign;
    QString format;
    int version = 0;
    while (q.next()) {
        if (q.value(0).toString() == QLatin1String("format"))
            format = q.value(1).toString();
        else if (q.value(0).toString() == QLatin1String("version"))
            version = q.value(1).toInt();
    }
    if (format != formatTag() || version != kFormatVersion)
        return Check::Foreign;
    // The columns we read must be there.
    if (!q.exec(QStringLiteral("SELECT scope, month, uid, mau FROM mau LIMIT 0")))
        return Check::Foreign;
    return Check::Ok;
}

bool MauCache::createSchema()
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    QSqlQuery q(db);
    const bool ok = db.transaction()
                    && q.exec(QStringLiteral("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT)"))
                    && q.exec(QStringLiteral("CREATE TABLE mau (scope TEXT NOT NULL, month TEXT NOT NULL, "
                                             "uid TEXT NOT NULL, mau REAL, PRIMARY KEY (scope, month, uid))"))
                    && q.exec(QStringLiteral("INSERT INTO meta VALUES ('format', '%1'), ('version', '%2')")
                                  .arg(formatTag())
                                  .arg(kFormatVersion))
                    && db.commit();
    if (!ok) {
        m_notice = QCoreApplication::translate("MauCache", "The MAU cache cannot be created: %1").arg(q.lastError().text());
        db.rollback();
    }
    return ok;
}

void MauCache::setAside(const QString &reason, const QString &why)
{
    closeDatabase();
    const QString target = QStringLiteral("%1.%2-%3").arg(m_fileName, reason,
                                                          QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss")));
    QString moved = target;
    for (int n = 2; QFileInfo::exists(moved); ++n)
        moved = target + QStringLiteral("-%1").arg(n);
    if (QFile::rename(m_fileName, moved)) {
        m_setAside = moved;
        // A journal SQLite may have left belongs to the old file: it must not be applied to the new one.
        if (QFileInfo::exists(m_fileName + QStringLiteral("-journal")))
            QFile::rename(m_fileName + QStringLiteral("-journal"), moved + QStringLiteral("-journal"));
        m_notice = QCoreApplication::translate("MauCache", "%1 and was set aside as %2; a new cache was started.")
                       .arg(why, QDir::toNativeSeparators(moved));
    } else {
        // Cannot move it: leave it alone and run without a cache rather than overwrite someone's file.
        m_notice = QCoreApplication::translate("MauCache", "%1 and could not be set aside; MAU figures are not cached.")
                       .arg(why);
        m_fileName.clear();
    }
}

QHash<QString, std::optional<double>> MauCache::lookup(const QString &scope, const QString &month,
                                                       const QStringList &uids) const
{
    QHash<QString, std::optional<double>> out;
    if (!m_open || uids.isEmpty())
        return out;
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT uid, mau FROM mau WHERE scope = ? AND month = ?"));
    q.addBindValue(scope);
    q.addBindValue(month);
    if (!q.exec())
        return out;
    QHash<QString, std::optional<double>> all;
    while (q.next()) {
        const QVariant v = q.value(1);
        all.insert(q.value(0).toString(), v.isNull() ? std::nullopt : std::optional<double>(v.toDouble()));
    }
    for (const QString &uid : uids) {
        const auto it = all.constFind(uid);
        if (it != all.cend())
            out.insert(uid, it.value());
    }
    return out;
}

bool MauCache::store(const QString &scope, const QString &month, const QHash<QString, std::optional<double>> &figures)
{
    if (!m_open)
        return false;
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    if (!db.transaction())
        return false;
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO mau (scope, month, uid, mau) VALUES (?, ?, ?, ?)"));
    for (auto it = figures.cbegin(); it != figures.cend(); ++it) {
        q.addBindValue(scope);
        q.addBindValue(month);
        q.addBindValue(it.key());
        q.addBindValue(it.value() ? QVariant(*it.value()) : QVariant(QMetaType(QMetaType::Double)));
        if (!q.exec()) {
            db.rollback();
            return false;
        }
    }
    return db.commit();
}

int MauCache::forget(const QString &scope)
{
    if (!m_open)
        return 0;
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral("DELETE FROM mau WHERE scope = ?"));
    q.addBindValue(scope);
    return q.exec() ? q.numRowsAffected() : 0;
}

int MauCache::rowCount() const
{
    if (!m_open)
        return 0;
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    return q.exec(QStringLiteral("SELECT COUNT(*) FROM mau")) && q.next() ? q.value(0).toInt() : 0;
}

QStringList MauCache::knownUids(const QString &scope, const QString &fromMonth, const QString &toMonth) const
{
    QStringList out;
    if (!m_open)
        return out;
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral("SELECT DISTINCT uid FROM mau WHERE scope = ? AND month >= ? AND month <= ? "
                             "AND mau IS NOT NULL ORDER BY uid"));
    q.addBindValue(scope);
    q.addBindValue(fromMonth);
    q.addBindValue(toMonth);
    if (q.exec())
        while (q.next())
            out << q.value(0).toString();
    return out;
}
