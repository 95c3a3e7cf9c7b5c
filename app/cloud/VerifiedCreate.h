// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cloud/DirectoryBackend.h"
#include "cloud/DirectoryRecords.h"
#include <QList>
#include <QObject>
#include <QPointer>
#include <functional>
#include <optional>

class QTimer;

// Creates a user or a group and makes sure the outcome is KNOWN, never repeating a create that may already have
// happened. User and group names are unique in both directory services, so the name identifies the object:
//
//   create ── ok ─────────────────────────────────────────────────────────────► Created
//     │
//     ├─ outcome unknown (ApiError::ambiguous: reset / timeout after sending; a 5xx other than 503;
//     │  an unreadable success answer) ── reported (unknownOutcome()) ── look the name up (every page):
//     │        found ─────────────────────────────────────────────────────────► Verified (it was created)
//     │        not found ── create again (bounded) ── ok ─────────────────────► Recreated
//     │                                           └─ any error, whatever its code ── look up again:
//     │                                                found ──────────────────────────► Verified
//     │                                                not found ──────────────────────► Failed (that error)
//     │        look-up failed 3 times ───────────────────────────────────────► Failed, unresolved (still unknown)
//     ├─ provably not acted on (RetryPolicy: Retry / RetryLater for a write: throttling, 503, connection never
//     │  made, OperationConflict.Task) ── sent again after a backoff (bounded)
//     └─ any other error (validation, conflict, auth...) ─────────────────────► Failed (the error as is)
//
// The callback runs once, on the event loop, unless `owner` was destroyed first (then never); cancel() ends it
// with Kind::Cancelled. The object deletes itself after finishing. Used by the create dialogs and by the fault
// soak test (tests/e2e/tst_faultsoak).
class VerifiedCreate : public QObject
{
    Q_OBJECT
public:
    enum class Resolution {
        Created,    // the create succeeded at the first answer
        Verified,   // an outcome was unknown; the look-up found the object: it was created
        Recreated,  // an outcome was unknown; the look-up found nothing; created again successfully
        Failed,     // a definite error, cancelled, or (unresolved) the outcome could not be checked
    };
    Q_ENUM(Resolution)

    struct Outcome
    {
        WriteResult write;              // ok: result is the created object (the answer, or the object listed)
        Resolution resolution = Resolution::Failed;
        QList<ApiError> unknownOutcomes;// every answer whose outcome was unknown, in order (each one was checked)
        int lookups = 0;                // list calls made to check
        int creates = 0;                // create requests sent
        bool unresolved = false;        // Failed because the check itself could not be done: outcome unknown
        QString name;                   // the user / group name

        bool ok() const { return write.ok(); }
        // Localized one-line account: "Created.", "The answer was lost (…); checked: the group exists." …
        QString report() const;
    };
    using Callback = std::function<void(const Outcome &)>;

    // Starts at once (asynchronously). Validation errors come back as Failed with the backend's InvalidInput.
    static VerifiedCreate *createUser(DirectoryBackend *backend, const UserDraft &draft, QObject *owner, Callback done);
    static VerifiedCreate *createGroup(DirectoryBackend *backend, const GroupDraft &draft, QObject *owner,
                                       Callback done);
    // Adapter for code written against DirectoryBackend::WriteCallback: only the WriteResult is passed on.
    static VerifiedCreate *createUser(DirectoryBackend *backend, const UserDraft &draft, QObject *owner,
                                      DirectoryBackend::WriteCallback done);
    static VerifiedCreate *createGroup(DirectoryBackend *backend, const GroupDraft &draft, QObject *owner,
                                       DirectoryBackend::WriteCallback done);

    // True when `error` (the final answer to a create) leaves open whether the object was created.
    static bool isUnknownOutcome(const ApiError &error);
    // True when the service provably did not act (safe to send the create again).
    static bool isProvablyNotActed(const ApiError &error);
    // A published "already exists" answer (ErrorClassification: GroupAlreadyExists, Duplicated). Informational:
    // after an unknown outcome the decision comes from the look-up, never from the code.
    static bool isAlreadyExists(const ApiError &error);

    void cancel();
    void setCheckDelay(int ms) { m_checkDelayMs = qMax(0, ms); }     // before each look-up (default 300 ms)
    void setMaxCreates(int n) { m_maxCreates = qMax(1, n); }          // default 4

signals:
    // An answer left the outcome unknown; a check follows (for activity logs and progress text).
    void unknownOutcome(const ApiError &error);
    void finished(const VerifiedCreate::Outcome &outcome);

private:
    enum class Kind { User, Group };
    VerifiedCreate(DirectoryBackend *backend, Kind kind, QObject *owner, Callback done);
    void start();
    void sendCreate();
    void onCreated(const WriteResult &result);
    void scheduleCheck();
    void lookupPage(const QString &cursor);
    template<class T>
    void onLookupPage(const Page<T> &page, const QString &cursor);
    void onFound(const QJsonObject &object);
    void onNotFound();
    void finish(Resolution resolution, const WriteResult &result, bool unresolved = false);
    void later(int ms, std::function<void()> fn);

    QPointer<DirectoryBackend> m_backend;
    Kind m_kind;
    UserDraft m_user;
    GroupDraft m_group;
    QPointer<QObject> m_owner;
    bool m_hasOwner = false;
    Callback m_done;
    Outcome m_outcome;
    ApiError m_lastUnknown;
    int m_checkDelayMs = 300;
    int m_maxCreates = 4;
    int m_lookupFailures = 0;
    int m_lookupPages = 0;
    int m_notActedResends = 0;
    bool m_finished = false;
    QTimer *m_timer = nullptr;
    QPointer<ApiCall> m_call;
    std::optional<WriteResult> m_refusal; // a repeat's error answer, decided by the look-up that follows it
};

Q_DECLARE_METATYPE(VerifiedCreate::Outcome)
