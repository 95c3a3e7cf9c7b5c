// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QString>
#include <QStringList>
#include <optional>

// Figures of past months (they no longer change) kept on disk so that reopening a long MAU view only asks the
// service for the current month. SQLite through Qt SQL; one file for every profile, rows keyed by a *scope*
// (profile, region and endpoint — never a secret), the month ("2025-12") and the pool UID. A pool the service
// left out of a month's answer is stored as NULL (known to be missing, not 0).
//
// A file that is not SQLite, fails SQLite's quick check, or is a SQLite database of something else (other
// tables, another format tag) is set aside — renamed "<file>.corrupt-<timestamp>" / "<file>.foreign-<timestamp>"
// — and a fresh cache is created; notice() says so. Nothing here throws or aborts: a cache that cannot be used
// at all just stays closed (every lookup misses, every store is dropped).
class MauCache
{
public:
    static constexpr int kFormatVersion = 1;
    static QString formatTag() { return QStringLiteral("idconsole-mau-cache"); }

    // fileName empty: defaultFileName().
    explicit MauCache(const QString &fileName = QString());
    ~MauCache();
    MauCache(const MauCache &) = delete;
    MauCache &operator=(const MauCache &) = delete;

    // <CacheLocation>/mau-cache.sqlite (QStandardPaths::CacheLocation: a cache, safe to delete).
    static QString defaultFileName();
    // "profile|region|endpoint": what one set of figures belongs to.
    static QString scope(const QString &profile, const QString &region, const QString &endpoint);

    bool isOpen() const { return m_open; }
    QString fileName() const { return m_fileName; }
    // Why an earlier file was set aside (empty when nothing happened), and where it went.
    QString notice() const { return m_notice; }
    QString setAsideFileName() const { return m_setAside; }

    // The cached figures among `uids` for one month: uid -> figure, or nullopt when the pool was not listed.
    // UIDs without a row are absent from the result.
    QHash<QString, std::optional<double>> lookup(const QString &scope, const QString &month,
                                                 const QStringList &uids) const;
    // Stores (replaces) figures of one month. Returns false when the cache is closed or the write failed.
    bool store(const QString &scope, const QString &month, const QHash<QString, std::optional<double>> &figures);
    // Pools with a figure (not NULL) in any month from..to (YYYY-MM, inclusive) of a scope.
    QStringList knownUids(const QString &scope, const QString &fromMonth, const QString &toMonth) const;
    // Forgets every month of a scope (e.g. before a full refresh). Returns the number of rows removed.
    int forget(const QString &scope);
    int rowCount() const;

private:
    enum class Check { Ok, Empty, Corrupt, Foreign };
    bool openDatabase();
    void closeDatabase();
    Check check();
    bool createSchema();
    void setAside(const QString &reason, const QString &why);

    QString m_fileName;
    QString m_connection;
    bool m_open = false;
    QString m_notice;
    QString m_setAside;
};
