// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/ApiError.h"
#include <QCoreApplication>
#include <QList>
#include <QMetaType>
#include <QStringList>

// The outcome of a bulk operation (BulkRunner), the one summary every batch ends with: the panes' progress
// dialog shows it, `idconsole-cli batch` prints it.
struct BulkSummary
{
    Q_DECLARE_TR_FUNCTIONS(BulkSummary)
public:
    enum class Outcome {
        Pending,          // not finished yet
        Succeeded,
        AlreadyDone,      // a delete / remove whose target was already gone ("not found"): the change is in effect
        AlreadyUnderWay,  // UserProvisionEventRetryConflict: a retry of that event is already running
        Failed,
        Cancelled,        // never sent (cancel, or a connection that went away before sending)
    };
    // One item that did not simply succeed (a failure, or an item already done / under way).
    struct Failure
    {
        int index = -1;          // position in the operation
        QString action;
        QString code;            // ApiError::code, verbatim
        QString message;         // the server's message (or ours for non-API errors)
        QString requestId;       // of the last attempt; empty when nothing was answered
        int httpStatus = 0;
        bool ambiguous = false;  // a write that may or may not have happened: verify before repeating it
        ApiError error;          // the whole error, for localized rendering
    };
    int total = 0;
    int succeeded = 0;
    int failed = 0;
    int cancelled = 0;           // never started because of cancel() (or cancelled while only queued)
    int alreadyDone = 0;         // Outcome::AlreadyDone (not failures)
    int alreadyUnderWay = 0;     // Outcome::AlreadyUnderWay (not failures)
    int requeued = 0;            // times an item was throttled and sent again later (not failures)
    int minConcurrency = 0;      // lowest concurrency the runner slowed down to
    qint64 elapsedMs = 0;
    bool wasCancelled = false;
    QList<Failure> failures;     // Outcome::Failed items, in index order
    QList<Failure> notes;        // AlreadyDone / AlreadyUnderWay items with their code and RequestId, index order
    QList<Outcome> outcomes;     // per item
    QStringList ids;             // per item: the operation's target (event, user, group, member or pool id)

    Outcome outcome(int index) const { return outcomes.value(index, Outcome::Pending); }
    // Targets whose change is in effect now (Succeeded or AlreadyDone): the rows a pane updates or removes.
    QStringList appliedIds() const;
    // Localized multi-line text: counts, then one line per failure and per note, each with its code and
    // RequestId. `labels` name the items ("alice (u-123)"); without them an item is "#index".
    QString text(const QStringList &labels = QStringList()) const;
    // "label: CODE — message (RequestId …)" for one item.
    static QString itemLine(const Failure &f, const QStringList &labels);
};
Q_DECLARE_METATYPE(BulkSummary)
