// SPDX-License-Identifier: GPL-3.0-or-later
#include "cloud/BulkSummary.h"


QString BulkSummary::itemLine(const Failure &f, const QStringList &labels)
{
    const QString item = f.index >= 0 && f.index < labels.size() ? labels.at(f.index) : QStringLiteral("#%1").arg(f.index);
    QString text = f.error.isError() ? f.error.localizedMessage() : f.message;
    if (text.isEmpty())
        text = f.message;
    QString line = QStringLiteral("%1: %2 — %3").arg(item, f.code.isEmpty() ? tr("Error") : f.code, text);
    if (!f.requestId.isEmpty())
        line += QLatin1Char(' ') + tr("(RequestId %1)").arg(f.requestId);
    if (f.ambiguous)
        line += QLatin1Char(' ') + tr("[outcome unknown: check before repeating it]");
    return line;
}

QStringList BulkSummary::appliedIds() const
{
    QStringList out;
    for (int i = 0; i < outcomes.size() && i < ids.size(); ++i)
        if (outcomes.at(i) == Outcome::Succeeded || outcomes.at(i) == Outcome::AlreadyDone)
            out << ids.at(i);
    return out;
}

QString BulkSummary::text(const QStringList &labels) const
{
    QStringList lines;
    lines << tr("%1 of %2 succeeded, %3 failed, %4 cancelled (%5 s).")
                 .arg(succeeded)
                 .arg(total)
                 .arg(failed)
                 .arg(cancelled)
                 .arg(elapsedMs / 1000.0, 0, 'f', 1);
    if (alreadyDone > 0)
        lines << tr("%n item(s) had already been done by someone else (for example already deleted).", nullptr, alreadyDone);
    if (alreadyUnderWay > 0)
        lines << tr("%n item(s) already under way: the service is already retrying them; this is not a failure.", nullptr, alreadyUnderWay);
    if (requeued > 0)
        lines << tr("The service throttled the batch; it slowed down and sent %n item(s) again.", nullptr, requeued);
    if (!failures.isEmpty()) {
        lines << QString() << tr("Failures:");
        for (const Failure &f : failures)
            lines << itemLine(f, labels);
    }
    QStringList doneLines, underWayLines;
    for (const Failure &f : notes)
        (outcome(f.index) == Outcome::AlreadyUnderWay ? underWayLines : doneLines) << itemLine(f, labels);
    if (!underWayLines.isEmpty())
        lines << QString() << tr("Already under way:") << underWayLines;
    if (!doneLines.isEmpty())
        lines << QString() << tr("Already done:") << doneLines;
    return lines.join(QLatin1Char('\n'));
}
