// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/BatchCommand.h"

#include "api/ApiClient.h"
#include "cloud/BulkRunner.h"
#include "cloud/RawCallTarget.h"
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTimer>

#include <csignal>

namespace {
volatile std::sig_atomic_t g_interrupted = 0;

extern "C" void onInterrupt(int)
{
    g_interrupted = 1;
    std::signal(SIGINT, SIG_DFL); // a second Ctrl-C quits at once
}

QString jsonValue(const QJsonValue &v)
{
    const QByteArray a = QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(a.mid(1, a.size() - 2));
}

// Compact JSON object with keys in the given order.
QString orderedObject(const QList<QPair<QString, QJsonValue>> &fields)
{
    QStringList parts;
    for (const auto &f : fields)
        parts << jsonValue(f.first) + QLatin1Char(':') + jsonValue(f.second);
    return QLatin1Char('{') + parts.join(QLatin1Char(',')) + QLatin1Char('}');
}
} // namespace

QString BatchCommand::help()
{
    return QStringLiteral(
        "batch SERVICE ACTION reads one JSON parameter object per line on stdin (blank lines are skipped) and\n"
        "runs them 4 at a time, slowing down when the service throttles. It prints one JSON line per item on\n"
        "stdout in input order: {\"index\":N,\"line\":L,\"ok\":true|false,\"code\":…,\"requestId\":…}, and a\n"
        "summary on stderr. A line that is not a JSON object fails with code InvalidJson and is not sent.\n"
        "Exit status 1 if any item failed.\n");
}

QList<BatchCommand::Line> BatchCommand::readLines(QTextStream &in)
{
    QList<Line> lines;
    int number = 0;
    while (!in.atEnd()) {
        const QString text = in.readLine();
        ++number;
        if (text.trimmed().isEmpty())
            continue;
        Line line;
        line.lineNumber = number;
        QJsonParseError perr;
        const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8(), &perr);
        if (perr.error != QJsonParseError::NoError)
            line.parseError = QStringLiteral("line %1 is not valid JSON: %2 at offset %3")
                                  .arg(number)
                                  .arg(perr.errorString())
                                  .arg(perr.offset);
        else if (!doc.isObject())
            line.parseError = QStringLiteral("line %1 is not a JSON object").arg(number);
        else
            line.params = doc.object();
        lines.append(line);
    }
    return lines;
}

QString BatchCommand::itemJson(int index, int lineNumber, const ApiResult &r)
{
    const QString requestId = r.requestId.isEmpty() ? r.error.requestId : r.requestId;
    QList<QPair<QString, QJsonValue>> f{
        {QStringLiteral("index"), index},
        {QStringLiteral("line"), lineNumber},
        {QStringLiteral("ok"), r.ok},
        {QStringLiteral("code"), r.ok ? QJsonValue() : QJsonValue(r.error.code)},
        {QStringLiteral("requestId"), requestId.isEmpty() ? QJsonValue() : QJsonValue(requestId)},
    };
    if (r.attempts > 0)
        f.append({QStringLiteral("attempts"), r.attempts});
    if (r.ok) {
        if (!r.result.isEmpty())
            f.append({QStringLiteral("result"), r.result});
    } else {
        f.append({QStringLiteral("message"), r.error.message});
        if (r.error.httpStatus)
            f.append({QStringLiteral("httpStatus"), r.error.httpStatus});
        if (r.error.ambiguous)
            f.append({QStringLiteral("ambiguous"), true});
    }
    return orderedObject(f);
}

int BatchCommand::run(ApiClient *client, Service service, const QString &action, QTextStream &in, QTextStream &out,
                      QTextStream &err)
{
    static const QRegularExpression actionRe(QStringLiteral("^[A-Z][A-Za-z0-9]*$"));
    if (!actionRe.match(action).hasMatch()) {
        err << "idconsole-cli: ACTION must be an API action name such as RetryUserProvisioningEvent\n";
        err.flush();
        return 2;
    }
    const QList<Line> lines = readLines(in);
    const int total = int(lines.size());

    // Items that parse go to the runner; runnerIndex -> item index.
    QList<QPair<QString, QJsonObject>> items;
    QList<int> itemOfRunnerIndex;
    QList<ApiResult> results(total);
    QList<bool> done(total, false);
    for (int i = 0; i < total; ++i) {
        const Line &l = lines.at(i);
        if (!l.parseError.isEmpty()) {
            ApiResult r;
            r.error = ApiError::make(ApiError::Kind::InvalidInput, QStringLiteral("InvalidJson"), l.parseError);
            r.error.service = ServiceCatalog::name(service);
            r.error.action = action;
            results[i] = r;
            done[i] = true;
            continue;
        }
        items.append({action, l.params});
        itemOfRunnerIndex.append(i);
    }

    int printed = 0;
    auto flushReady = [&] {
        while (printed < total && done.at(printed)) {
            out << itemJson(printed, lines.at(printed).lineNumber, results.at(printed)) << '\n';
            ++printed;
        }
        out.flush();
    };
    flushReady();

    // The one bulk runner, with the raw-call operation only this command uses.
    RawCallTarget target(client, service);
    const BulkOperation operation = BulkOperation::rawCalls(items);
    BulkRunner runner;
    QEventLoop loop;
    BulkSummary summary;
    QObject::connect(&runner, &BulkRunner::itemFinished, &loop, [&](int runnerIndex, const ApiResult &r) {
        const int i = itemOfRunnerIndex.at(runnerIndex);
        results[i] = r;
        done[i] = true;
        flushReady();
    });
    QObject::connect(&runner, &BulkRunner::itemRequeued, &loop, [&](int runnerIndex, int delayMs, const ApiError &e) {
        const int i = itemOfRunnerIndex.at(runnerIndex);
        err << "batch: item " << i << " (line " << lines.at(i).lineNumber << ") throttled (" << e.code
            << "), sending again in " << QString::number(delayMs / 1000.0, 'f', 1) << " s\n";
        err.flush();
    });
    QObject::connect(&runner, &BulkRunner::finished, &loop, [&](const BulkSummary &s) {
        summary = s;
        loop.quit();
    });

    g_interrupted = 0;
    auto previous = std::signal(SIGINT, onInterrupt);
    QTimer interruptPoll;
    interruptPoll.setInterval(100);
    QObject::connect(&interruptPoll, &QTimer::timeout, &loop, [&] {
        if (g_interrupted && !runner.isCancelling() && runner.isRunning()) {
            err << "batch: cancelling; waiting for " << runner.inFlight()
                << " request(s) already sent (Ctrl-C again to quit at once)\n";
            err.flush();
            runner.cancel();
        }
    });
    interruptPoll.start();

    runner.start(operation, &target);
    loop.exec();
    interruptPoll.stop();
    std::signal(SIGINT, previous == SIG_ERR ? SIG_DFL : previous);
    flushReady();

    // Summary (stderr): counts over every item, then each failure with code and RequestId.
    int succeeded = 0, failed = 0, cancelled = 0, underWay = 0;
    for (const ApiResult &r : std::as_const(results)) {
        switch (operation.outcomeOf(r)) {
        case BulkSummary::Outcome::Succeeded:
        case BulkSummary::Outcome::AlreadyDone:
            ++succeeded;
            break;
        case BulkSummary::Outcome::Cancelled:
            ++cancelled;
            break;
        case BulkSummary::Outcome::AlreadyUnderWay:
            ++underWay;
            break;
        default:
            ++failed;
            break;
        }
    }
    err << "batch " << ServiceCatalog::name(service) << ' ' << action << ": " << total << " item(s), " << succeeded
        << " succeeded, " << failed << " failed, " << cancelled << " cancelled in "
        << QString::number(summary.elapsedMs / 1000.0, 'f', 1) << " s";
    if (underWay > 0)
        err << ", " << underWay << " already under way (UserProvisionEventRetryConflict: not a failure)";
    if (summary.requeued > 0)
        err << " (throttled " << summary.requeued << " time(s), slowed down to " << summary.minConcurrency
            << " at a time, all sent again)";
    err << '\n';
    for (int i = 0; i < total; ++i) {
        const ApiResult &r = results.at(i);
        const BulkSummary::Outcome o = operation.outcomeOf(r);
        if (o == BulkSummary::Outcome::Succeeded || o == BulkSummary::Outcome::Cancelled)
            continue;
        err << (o == BulkSummary::Outcome::AlreadyUnderWay ? "  under way #" : "  #") << i << " (line " << lines.at(i).lineNumber << "): " << r.error.toString() << '\n';
    }
    err.flush();
    return failed > 0 || cancelled > 0 ? 1 : 0;
}
