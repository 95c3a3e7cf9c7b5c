// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/ExistingUserLookup.h"

#include "api/ApiCall.h"
#include "cloud/PoolDirectoryService.h"
#include <QTimer>

namespace {
constexpr int MaxAttempts = 3;
constexpr int MaxSearchPages = 50; // a name search that matches 5,000 users: list the directory instead
}

ExistingUserLookup::ExistingUserLookup(DirectoryBackend *backend, const ImportTarget &target, QObject *parent)
    : QObject(parent), m_backend(backend), m_target(target)
{
}

ExistingUserLookup::ExistingUserLookup(PoolDirectoryService *pool, const QString &poolUid, const ImportTarget &target,
                                       QObject *parent)
    : QObject(parent), m_pool(pool), m_poolUid(poolUid), m_target(target)
{
}

bool ExistingUserLookup::connected() const
{
    return m_backend || m_pool;
}

bool ExistingUserLookup::matches(const DirectoryUser &u, const QString &key) const
{
    if (!u.userName.isEmpty() && m_target.normalizedKey(u.userName) == key)
        return true;
    return !m_target.altKeyHeader.isEmpty() && !u.email.isEmpty() && m_target.normalizedKey(u.email) == key;
}

void ExistingUserLookup::fetch(const QString &search, const QString &cursor, QObject *owner,
                               std::function<void(const Page<DirectoryUser> &)> done)
{
    if (m_backend) {
        DirectoryBackend::UserQuery q;
        q.search = search;
        m_backend->listUsers(q, cursor, PageSize, owner, std::move(done));
        return;
    }
    PoolUserQuery q;
    q.pageNumber = cursor.isEmpty() ? 1 : qMax(1, cursor.toInt());
    q.pageSize = PageSize;
    if (!search.isEmpty())
        q.filters.insert(search.contains(QLatin1Char('@')) ? QStringLiteral("Email") : QStringLiteral("PreferredUsername"),
                         search);
    const int pageNumber = q.pageNumber;
    m_pool->listUsers(m_poolUid, q, owner, [done, pageNumber](const PoolUserPage &page, const ApiResult &r) {
        Page<DirectoryUser> out;
        out.requestId = r.requestId;
        if (!r.ok) {
            out.error = r.error;
            done(out);
            return;
        }
        for (const PoolUser &u : page.users)
            out.items.append(ImportTarget::poolUserRecord(u));
        out.total = page.total;
        if (page.users.size() >= PageSize && qint64(pageNumber) * PageSize < page.total)
            out.nextCursor = QString::number(pageNumber + 1);
        done(out);
    });
}

void ExistingUserLookup::start(const QStringList &names)
{
    m_names = names;
    m_found.clear();
    m_running = true;
    m_failed = false;
    m_calls = 0;
    m_listed = 0;
    delete m_owner;
    m_owner = new QObject(this);
    if (m_names.isEmpty()) {
        QTimer::singleShot(0, this, [this] { finish(true, ApiError()); });
        return;
    }
    // The first page of the full listing tells the size; then decide.
    listPage(QString(), 1);
}

void ExistingUserLookup::listPage(const QString &cursor, int attempt)
{
    if (!m_running)
        return;
    if (!connected()) {
        finish(false, ApiError::make(ApiError::Kind::InvalidInput, QStringLiteral("NotConnected"), tr("Not connected.")));
        return;
    }
    ++m_calls;
    QObject *owner = m_owner;
    fetch(QString(), cursor, owner, [this, cursor, attempt, owner](const Page<DirectoryUser> &page) {
        if (!m_running || owner != m_owner)
            return;
        if (!page.ok()) {
            if (page.error.kind != ApiError::Kind::Cancelled && page.error.kind != ApiError::Kind::InvalidInput
                && attempt < MaxAttempts) {
                QTimer::singleShot(1000 * attempt, m_owner, [this, cursor, attempt] { listPage(cursor, attempt + 1); });
                return;
            }
            finish(false, page.error);
            return;
        }
        if (cursor.isEmpty()) {
            m_total = page.total;
            const qint64 pages = page.nextCursor.isEmpty() ? 1 : (page.total >= 0 ? (page.total + PageSize - 1) / PageSize : -1);
            m_listAll = pages >= 0 && pages <= qMax<qint64>(1, m_names.size());
            if (!m_listAll) {
                startSearches();
                return;
            }
        }
        for (const DirectoryUser &u : page.items) {
            if (!u.userName.isEmpty() || m_target.altKeyHeader.isEmpty())
                m_found.insert(m_target.normalizedKey(u.userName), u);
            if (!m_target.altKeyHeader.isEmpty() && !u.email.isEmpty() && !m_found.contains(m_target.normalizedKey(u.email)))
                m_found.insert(m_target.normalizedKey(u.email), u);
        }
        m_listed += int(page.items.size());
        emit progress(m_listed, int(qMax<qint64>(m_total, m_listed)));
        if (page.nextCursor.isEmpty()) {
            // Keep only what was asked about.
            QHash<QString, DirectoryUser> asked;
            for (const QString &n : std::as_const(m_names)) {
                const QString k = m_target.normalizedKey(n);
                const auto it = m_found.constFind(k);
                if (it != m_found.constEnd())
                    asked.insert(k, it.value());
            }
            m_found = asked;
            finish(true, ApiError());
            return;
        }
        listPage(page.nextCursor, 1);
    });
}

void ExistingUserLookup::startSearches()
{
    m_nextName = 0;
    m_active = 0;
    m_namesDone = 0;
    for (int i = 0; i < SearchConcurrency; ++i)
        searchNext();
}

void ExistingUserLookup::searchNext()
{
    if (!m_running || m_failed)
        return;
    if (m_nextName >= m_names.size()) {
        if (m_active == 0)
            finish(true, ApiError());
        return;
    }
    ++m_active;
    searchPage(m_nextName++, QString(), 1, 1);
}

void ExistingUserLookup::searchPage(int nameIndex, const QString &cursor, int attempt, int pageNo)
{
    if (!m_running)
        return;
    if (!connected()) {
        finish(false, ApiError::make(ApiError::Kind::InvalidInput, QStringLiteral("NotConnected"), tr("Not connected.")));
        return;
    }
    ++m_calls;
    const QString name = m_names.at(nameIndex);
    QObject *owner = m_owner;
    fetch(name, cursor, owner, [this, nameIndex, cursor, attempt, pageNo, owner, name](const Page<DirectoryUser> &page) {
        if (!m_running || owner != m_owner)
            return;
        if (!page.ok()) {
            if (page.error.kind != ApiError::Kind::Cancelled && page.error.kind != ApiError::Kind::InvalidInput
                && attempt < MaxAttempts) {
                QTimer::singleShot(1000 * attempt, m_owner, [this, nameIndex, cursor, attempt, pageNo] {
                    searchPage(nameIndex, cursor, attempt + 1, pageNo);
                });
                return;
            }
            m_failed = true;
            finish(false, page.error);
            return;
        }
        const QString key = m_target.normalizedKey(name);
        bool found = false;
        for (const DirectoryUser &u : page.items) {
            if (matches(u, key)) {
                m_found.insert(key, u);
                found = true;
                break;
            }
        }
        if (!found && !page.nextCursor.isEmpty() && pageNo < MaxSearchPages) {
            searchPage(nameIndex, page.nextCursor, 1, pageNo + 1);
            return;
        }
        if (!found && !page.nextCursor.isEmpty()) {
            m_failed = true;
            finish(false, ApiError::make(ApiError::Kind::InvalidInput, QStringLiteral("LookupTooLarge"),
                                         tr("Searching for “%1” matched too many users to check.").arg(name)));
            return;
        }
        --m_active;
        ++m_namesDone;
        emit progress(m_namesDone, int(m_names.size()));
        searchNext();
    });
}

void ExistingUserLookup::cancel()
{
    if (!m_running)
        return;
    finish(false, ApiError::make(ApiError::Kind::Cancelled, QStringLiteral("Cancelled"), tr("Cancelled.")));
}

void ExistingUserLookup::finish(bool ok, const ApiError &error)
{
    if (!m_running)
        return;
    m_running = false;
    // Late answers of other searches are dropped with their owner (reads only: nothing to wait for).
    if (m_owner) {
        m_owner->deleteLater();
        m_owner = nullptr;
    }
    emit finished(ok, error);
}
