// SPDX-License-Identifier: GPL-3.0-or-later
#include "cloud/VerifiedCreate.h"

#include "api/ApiCall.h"
#include "api/RetryPolicy.h"
#include <QCoreApplication>
#include <QTimer>

namespace {
constexpr int MaxLookupFailures = 3;   // a look-up page that fails (after the client's own retries) is tried again
constexpr int MaxLookupPages = 200;    // 20,000 matches of a name search: give up (unresolved)
constexpr int MaxNotActedResends = 3;  // creates the service provably did not act on, sent again
}

VerifiedCreate::VerifiedCreate(DirectoryBackend *backend, Kind kind, QObject *owner, Callback done)
    : QObject(owner ? owner : static_cast<QObject *>(backend)), m_backend(backend), m_kind(kind), m_owner(owner),
      m_hasOwner(owner != nullptr), m_done(std::move(done))
{
    qRegisterMetaType<VerifiedCreate::Outcome>();
}

VerifiedCreate *VerifiedCreate::createUser(DirectoryBackend *backend, const UserDraft &draft, QObject *owner,
                                           Callback done)
{
    auto *v = new VerifiedCreate(backend, Kind::User, owner, std::move(done));
    v->m_user = draft;
    v->m_outcome.name = draft.userName.trimmed();
    v->start();
    return v;
}

VerifiedCreate *VerifiedCreate::createGroup(DirectoryBackend *backend, const GroupDraft &draft, QObject *owner,
                                            Callback done)
{
    auto *v = new VerifiedCreate(backend, Kind::Group, owner, std::move(done));
    v->m_group = draft;
    v->m_outcome.name = draft.name.trimmed();
    v->start();
    return v;
}

VerifiedCreate *VerifiedCreate::createUser(DirectoryBackend *backend, const UserDraft &draft, QObject *owner,
                                           DirectoryBackend::WriteCallback done)
{
    return createUser(backend, draft, owner, Callback([done](const Outcome &o) {
                          if (done)
                              done(o.write);
                      }));
}

VerifiedCreate *VerifiedCreate::createGroup(DirectoryBackend *backend, const GroupDraft &draft, QObject *owner,
                                            DirectoryBackend::WriteCallback done)
{
    return createGroup(backend, draft, owner, Callback([done](const Outcome &o) {
                           if (done)
                               done(o.write);
                       }));
}

bool VerifiedCreate::isProvablyNotActed(const ApiError &e)
{
    return RetryPolicy::classify(e, RetryPolicy::Request::Write) == RetryPolicy::Verdict::Retry
           || RetryPolicy::classify(e, RetryPolicy::Request::Write) == RetryPolicy::Verdict::RetryLater;
}

bool VerifiedCreate::isUnknownOutcome(const ApiError &e)
{
    // The person cancelled: the dialog says the change may have happened; nothing is re-checked silently.
    if (e.kind == ApiError::Kind::Cancelled)
        return false;
    return RetryPolicy::classify(e, RetryPolicy::Request::Write) == RetryPolicy::Verdict::Ambiguous;
}

bool VerifiedCreate::isAlreadyExists(const ApiError &e)
{
    return e.isAlreadyExists();
}

void VerifiedCreate::later(int ms, std::function<void()> fn)
{
    if (!m_timer) {
        m_timer = new QTimer(this);
        m_timer->setSingleShot(true);
    }
    m_timer->disconnect();
    connect(m_timer, &QTimer::timeout, this, std::move(fn));
    m_timer->start(ms);
}

void VerifiedCreate::start()
{
    // Asynchronous even when the backend refuses at once (its callback may run before we return).
    later(0, [this] { sendCreate(); });
}

void VerifiedCreate::sendCreate()
{
    if (m_finished)
        return;
    if (!m_backend) {
        WriteResult w;
        w.error = ApiError::make(ApiError::Kind::InvalidInput, QStringLiteral("NotConnected"), tr("Not connected."));
        finish(Resolution::Failed, w);
        return;
    }
    ++m_outcome.creates;
    auto done = [this](const WriteResult &r) { onCreated(r); };
    m_call = m_kind == Kind::User ? m_backend->createUser(m_user, this, done)
                                  : m_backend->createGroup(m_group, this, done);
}

void VerifiedCreate::onCreated(const WriteResult &r)
{
    m_call = nullptr;
    if (m_finished)
        return;
    const bool afterUnknown = !m_outcome.unknownOutcomes.isEmpty();
    if (r.ok()) {
        finish(afterUnknown ? Resolution::Recreated : Resolution::Created, r);
        return;
    }
    if (isUnknownOutcome(r.error)) {
        ApiError e = r.error;
        e.ambiguous = true;
        if (e.requestId.isEmpty())
            e.requestId = r.requestId;
        m_outcome.unknownOutcomes.append(e);
        m_lastUnknown = e;
        emit unknownOutcome(e);
        m_lookupFailures = 0;
        scheduleCheck();
        return;
    }
    if (isProvablyNotActed(r.error) && m_notActedResends < MaxNotActedResends && m_outcome.creates < m_maxCreates + MaxNotActedResends) {
        ++m_notActedResends;
        const bool taskRunning = RetryPolicy::classify(r.error, RetryPolicy::Request::Write) == RetryPolicy::Verdict::RetryLater;
        RetryPolicy::Settings s;
        s.baseMs = 500;
        s.capMs = 8000;
        // Without jitter: at least the server's Retry-After, 1 s, 2 s, 4 s (longer for RetryLater).
        const int delay = qMax(RetryPolicy::waitMs(r.error, m_notActedResends, taskRunning, s, [](int bound) { return bound; }),
                               500 << m_notActedResends);
        later(delay, [this] { sendCreate(); });
        return;
    }
    if (afterUnknown) {
        // A create sent again after a look-up that did not see the first one, refused. Whatever the code says
        // (only Cloud Identity's GroupAlreadyExists is published; users and CloudSSO publish none), the first
        // attempt may have been applied late: decide from what exists, not from the code.
        m_refusal = r;
        m_lookupFailures = 0;
        scheduleCheck();
        return;
    }
    // A definite answer to the first create: report it as is.
    finish(Resolution::Failed, r);
}

void VerifiedCreate::scheduleCheck()
{
    later(m_checkDelayMs, [this] {
        m_lookupPages = 0;
        lookupPage(QString());
    });
}

void VerifiedCreate::lookupPage(const QString &cursor)
{
    if (m_finished)
        return;
    if (!m_backend) {
        WriteResult w;
        w.error = m_lastUnknown;
        finish(Resolution::Failed, w, true);
        return;
    }
    ++m_outcome.lookups;
    ++m_lookupPages;
    if (m_kind == Kind::User) {
        DirectoryBackend::UserQuery q;
        q.search = m_outcome.name;
        m_call = m_backend->listUsers(q, cursor, 100, this, [this, cursor](const Page<DirectoryUser> &p) {
            onLookupPage(p, cursor);
        });
    } else {
        m_call = m_backend->listGroups(m_outcome.name, cursor, 100, this, [this, cursor](const Page<DirectoryGroup> &p) {
            onLookupPage(p, cursor);
        });
    }
}

namespace {
QString nameOf(const DirectoryUser &u) { return u.userName; }
QString nameOf(const DirectoryGroup &g) { return g.name; }
// The object as listed (what the dialogs map back into a record); id and name at least.
QJsonObject objectOf(const DirectoryUser &u)
{
    QJsonObject o = u.raw;
    if (!o.contains(QLatin1String("UserId")))
        o.insert(QStringLiteral("UserId"), u.id);
    if (!o.contains(QLatin1String("UserName")))
        o.insert(QStringLiteral("UserName"), u.userName);
    return o;
}
QJsonObject objectOf(const DirectoryGroup &g)
{
    QJsonObject o = g.raw;
    if (!o.contains(QLatin1String("GroupId")))
        o.insert(QStringLiteral("GroupId"), g.id);
    if (!o.contains(QLatin1String("GroupName")))
        o.insert(QStringLiteral("GroupName"), g.name);
    return o;
}
}

template<class T>
void VerifiedCreate::onLookupPage(const Page<T> &page, const QString &cursor)
{
    m_call = nullptr;
    if (m_finished)
        return;
    if (!page.ok()) {
        if (page.error.kind == ApiError::Kind::Cancelled) {
            WriteResult w;
            w.error = m_lastUnknown;
            finish(Resolution::Failed, w, true);
            return;
        }
        if (++m_lookupFailures < MaxLookupFailures) {
            later(m_checkDelayMs + 1000 * m_lookupFailures, [this, cursor] { lookupPage(cursor); });
            return;
        }
        WriteResult w;
        w.error = m_lastUnknown;
        w.error.message = VerifiedCreate::tr("%1 Checking whether it was created failed too: %2")
                              .arg(m_lastUnknown.message, page.error.localizedMessage());
        finish(Resolution::Failed, w, true);
        return;
    }
    m_lookupFailures = 0;
    // Names are unique; CloudSSO compares them case-insensitively. Prefer an exact match.
    const T *match = nullptr;
    for (const T &item : page.items) {
        if (nameOf(item) == m_outcome.name) {
            match = &item;
            break;
        }
        if (!match && nameOf(item).compare(m_outcome.name, Qt::CaseInsensitive) == 0)
            match = &item;
    }
    if (match) {
        onFound(objectOf(*match));
        return;
    }
    if (!page.nextCursor.isEmpty() && m_lookupPages < MaxLookupPages) {
        lookupPage(page.nextCursor);
        return;
    }
    if (page.nextCursor.isEmpty())
        onNotFound();
    else {
        WriteResult w;
        w.error = m_lastUnknown;
        finish(Resolution::Failed, w, true);
    }
}

void VerifiedCreate::onFound(const QJsonObject &object)
{
    WriteResult w;
    w.result = object;
    finish(Resolution::Verified, w);
}

void VerifiedCreate::onNotFound()
{
    if (m_refusal) {
        // Checked after the repeat was refused: nothing exists, so the refusal is the answer (definite).
        WriteResult w = *m_refusal;
        w.error.ambiguous = false;
        finish(Resolution::Failed, w, false);
        return;
    }
    // The unknown attempt did not happen: sending the create again cannot make a duplicate (the name is unique;
    // a late arrival of the earlier attempt answers "already exists", which is checked again).
    if (m_outcome.creates >= m_maxCreates) {
        WriteResult w;
        w.error = m_lastUnknown;
        w.error.ambiguous = false; // checked: it does not exist
        w.error.message = tr("%1 It was checked: it was not created. Gave up after %n attempt(s).", nullptr,
                             m_outcome.creates)
                              .arg(m_lastUnknown.message);
        finish(Resolution::Failed, w, false);
        return;
    }
    sendCreate();
}

void VerifiedCreate::finish(Resolution resolution, const WriteResult &result, bool unresolved)
{
    if (m_finished)
        return;
    m_finished = true;
    if (m_timer)
        m_timer->stop();
    m_outcome.write = result;
    m_outcome.resolution = resolution;
    m_outcome.unresolved = unresolved;
    if (unresolved)
        m_outcome.write.error.ambiguous = true;
    const Outcome out = m_outcome;
    const Callback done = m_done;
    const bool ownerGone = m_hasOwner && !m_owner;
    emit finished(out);
    if (done && !ownerGone)
        done(out);
    deleteLater();
}

void VerifiedCreate::cancel()
{
    if (m_finished)
        return;
    if (m_call) {
        m_call->cancel(); // the answer arrives as Cancelled (ambiguous if a create was on the wire)
        return;
    }
    WriteResult w;
    w.error = ApiError::make(ApiError::Kind::Cancelled, QStringLiteral("Cancelled"), tr("The request was cancelled."));
    w.error.ambiguous = !m_outcome.unknownOutcomes.isEmpty();
    finish(Resolution::Failed, w, w.error.ambiguous);
}

QString VerifiedCreate::Outcome::report() const
{
    const QString what = name;
    switch (resolution) {
    case Resolution::Created:
        return QCoreApplication::translate("VerifiedCreate", "“%1” was created.").arg(what);
    case Resolution::Verified:
        return QCoreApplication::translate("VerifiedCreate", "The answer to creating “%1” was lost (%2); checked: it exists, so it was created.")
            .arg(what, unknownOutcomes.isEmpty() ? QString() : unknownOutcomes.last().localizedMessage());
    case Resolution::Recreated:
        return QCoreApplication::translate("VerifiedCreate", "The answer to creating “%1” was lost (%2); checked: it did not exist, so it was created again.")
            .arg(what, unknownOutcomes.isEmpty() ? QString() : unknownOutcomes.last().localizedMessage());
    case Resolution::Failed:
        if (unresolved)
            return QCoreApplication::translate("VerifiedCreate", "Creating “%1” may or may not have happened (%2), and checking failed. Refresh the list "
                      "before trying again.")
                .arg(what, write.error.localizedMessage());
        return QCoreApplication::translate("VerifiedCreate", "Creating “%1” failed: %2").arg(what, write.error.localizedMessage());
    }
    return {};
}
