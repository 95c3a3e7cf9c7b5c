// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cloud/DirectoryBackend.h"
#include "import/ImportTarget.h"
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QStringList>

class QTimer;
class PoolDirectoryService;

// Finds which of a list of user names already exist, read-only. Two ways, chosen by cost:
//  - the whole directory is listed (100 per page) when that takes no more calls than one search per name
//    (the first page's total tells; a CloudSSO listing without a total counts as large);
//  - otherwise each name is searched (Cloud Identity QueryString, CloudSSO "UserName sw <name>"), 4 at a time,
//    following pages until the exact name is found (case-insensitively for CloudSSO).
// A failed page is asked again (3 attempts, 1 s, 2 s apart); if it still fails the lookup ends with that error:
// the import must not guess what exists. finished() is emitted once.
//
// Agent Identity pool users (the second constructor): the same two ways over ListUsers (page numbers). A name
// is searched with Filter.PreferredUsername, an e-mail address (a user name cannot hold "@") with Filter.Email;
// the Filter takes one value per field, so searches cannot be batched further — listing the pool is the batch
// when it is the cheaper way. Matches compare exactly (case-insensitively): a filter may match substrings.
class ExistingUserLookup : public QObject
{
    Q_OBJECT
public:
    ExistingUserLookup(DirectoryBackend *backend, const ImportTarget &target, QObject *parent = nullptr);
    ExistingUserLookup(PoolDirectoryService *pool, const QString &poolUid, const ImportTarget &target,
                       QObject *parent = nullptr);

    void start(const QStringList &names);
    void cancel();
    bool isRunning() const { return m_running; }
    int calls() const { return m_calls; }
    bool listedAll() const { return m_listAll; }
    // normalizedKey(name) -> user, for the names asked about (or every user when the directory was listed).
    QHash<QString, DirectoryUser> found() const { return m_found; }

    static constexpr int PageSize = 100;
    static constexpr int SearchConcurrency = 4;

signals:
    void progress(int done, int total);
    void finished(bool ok, const ApiError &error);

private:
    void listPage(const QString &cursor, int attempt);
    void startSearches();
    void searchNext();
    void searchPage(int nameIndex, const QString &cursor, int attempt, int pageNo);
    void finish(bool ok, const ApiError &error);
    bool connected() const;
    // One page of users (search empty: every user), from whichever service this looks in.
    void fetch(const QString &search, const QString &cursor, QObject *owner,
               std::function<void(const Page<DirectoryUser> &)> done);
    bool matches(const DirectoryUser &user, const QString &key) const;

    QPointer<DirectoryBackend> m_backend;
    QPointer<PoolDirectoryService> m_pool;
    QString m_poolUid;
    ImportTarget m_target;
    QStringList m_names;
    QHash<QString, DirectoryUser> m_found;
    QObject *m_owner = nullptr;   // parent of the callbacks: deleting it drops late answers after cancel
    bool m_running = false;
    bool m_listAll = false;
    int m_calls = 0;
    int m_nextName = 0;
    int m_active = 0;
    int m_namesDone = 0;
    int m_listed = 0;
    qint64 m_total = -1;
    bool m_failed = false;
    QList<QPointer<ApiCall>> m_inFlight;
};
