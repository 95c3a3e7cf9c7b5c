// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cloud/DirectoryBackend.h"
#include "import/ImportTarget.h"
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QStringList>

class QTimer;

// Finds which of a list of user names already exist, read-only. Two ways, chosen by cost:
//  - the whole directory is listed (100 per page) when that takes no more calls than one search per name
//    (the first page's total tells; a CloudSSO listing without a total counts as large);
//  - otherwise each name is searched (Cloud Identity QueryString, CloudSSO "UserName sw <name>"), 4 at a time,
//    following pages until the exact name is found (case-insensitively for CloudSSO).
// A failed page is asked again (3 attempts, 1 s, 2 s apart); if it still fails the lookup ends with that error:
// the import must not guess what exists. finished() is emitted once.
class ExistingUserLookup : public QObject
{
    Q_OBJECT
public:
    ExistingUserLookup(DirectoryBackend *backend, const ImportTarget &target, QObject *parent = nullptr);

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

    QPointer<DirectoryBackend> m_backend;
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
