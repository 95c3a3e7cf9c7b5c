// SPDX-License-Identifier: GPL-3.0-or-later
// Benchmark: the pool users pane on a 1,000,000-user pool of the local emulator (--dataset large --pool-users N),
// offscreen, the whole pane (PoolUsersPane: sparse model, table view, detail panel) as a person uses it:
//   - time to first rows: openPool() until row 0 is loaded and painted,
//   - time to show rows after a jump to the middle (row N/2): jumpToRow() until that row is loaded and painted,
//     and the ListUsers requests that jump made (page-number paging: 1 expected),
//   - 200 random jumps (each waited for): latency median / p95, ListUsers requests, pages cached at the end,
//   - a fast scroll through 50 positions without waiting (the view moves on before pages answer): requests sent
//     and cancelled,
//   - resident memory of this process (VmRSS now, VmHWM peak) after all that; the emulator is another process.
// Prints one JSON object.   bench_pool_users [--users N] [--jumps J] [--seed S]
#include "BenchSupport.h"
#include "EmulatorFixture.h"
#include "cloud/Session.h"
#include "models/PoolUserSparseModel.h"
#include "pools/PoolUsersPane.h"

#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QJsonArray>
#include <QRandomGenerator>
#include <QTableView>

using namespace BenchSupport;

namespace {
double statusMb(const char *key)
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith(key)) {
            const QList<QByteArray> parts = line.simplified().split(' ');
            return round3(parts.value(1).toDouble() / 1024.0);
        }
    }
    return -1;
}

// Runs the event loop until `done` holds (checked after every event batch) or the timeout; returns elapsed ms.
double waitUntil(const std::function<bool()> &done, int timeoutMs, bool *ok)
{
    QElapsedTimer t;
    t.start();
    while (!done() && t.elapsed() < timeoutMs) {
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 5);
        // What the application's own event loop does between events (processEvents() alone never deletes).
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    }
    *ok = done();
    return t.nsecsElapsed() / 1e6;
}

double percentile(QList<double> v, double p)
{
    if (v.isEmpty())
        return 0;
    std::sort(v.begin(), v.end());
    return v.at(qMin(int(v.size()) - 1, int(p * v.size())));
}
} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", qgetenv("QT_QPA_PLATFORM").isEmpty() ? QByteArray("offscreen") : qgetenv("QT_QPA_PLATFORM"));
    QApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int users = intArg(args, QStringLiteral("--users"), 1000000);
    const int jumps = intArg(args, QStringLiteral("--jumps"), 200);
    QRandomGenerator rng(quint32(intArg(args, QStringLiteral("--seed"), 12345)));
    QJsonObject out{{QStringLiteral("users"), users}, {QStringLiteral("jumps"), jumps}};

    QElapsedTimer startup;
    startup.start();
    EmulatorFixture emu({QStringLiteral("--dataset"), QStringLiteral("large"), QStringLiteral("--pool-users"),
                         QString::number(users)});
    QString error;
    if (!emu.start(&error)) {
        out.insert(QStringLiteral("ok"), false);
        out.insert(QStringLiteral("error"), error);
        printJson(out);
        return 1;
    }
    out.insert(QStringLiteral("emulator_start_ms"), double(startup.elapsed()));
    Profile profile;
    profile.name = QStringLiteral("bench-pool-users");
    profile.provider = Profile::Provider::Volcengine;
    profile.accessKeyId = emu.accessKey();
    profile.endpoints.insert(QStringLiteral("id"), emu.endpoint().toString());
    profile.transient = true;
    Session session(profile, Credentials{emu.accessKey(), emu.secret(), QString()});
    int listUsers = 0;
    QHash<QString, QList<double>> exchangeMs;   // per action: the client's elapsed time of each exchange
    QObject::connect(&session, &Session::exchangeFinished, [&](const ExchangeRecord &r) {
        listUsers += r.action == QLatin1String("ListUsers") ? 1 : 0;
        exchangeMs[r.action] << double(r.elapsedMs);
    });

    PoolUsersPane pane;
    pane.resize(1280, 720);
    pane.show();
    pane.setSession(&session);
    bool ok = false;
    waitUntil([&] { return pane.poolCombo()->count() > 0 && !pane.model()->isLoading(); }, 60000, &ok);
    QString pool;
    for (int i = 0; i < pane.poolCombo()->count(); ++i)
        if (pane.poolCombo()->itemText(i) == QLatin1String("load-test"))
            pool = pane.poolCombo()->itemData(i).toString();
    if (pool.isEmpty()) {
        out.insert(QStringLiteral("ok"), false);
        out.insert(QStringLiteral("error"), QStringLiteral("no load-test pool"));
        printJson(out);
        return 1;
    }
    PoolUserSparseModel *model = pane.model();
    const double rssBefore = statusMb("VmRSS:");

    fprintf(stderr, "pools listed\n");
    // First rows.
    int before = listUsers;
    QElapsedTimer t;
    t.start();
    pane.openPool(pool, QStringLiteral("load-test"));
    waitUntil([&] { return model->userAt(0) != nullptr; }, 60000, &ok);
    QCoreApplication::processEvents();   // painted
    const double firstMs = t.nsecsElapsed() / 1e6;
    out.insert(QStringLiteral("time_to_first_rows_ms"), round3(firstMs));
    out.insert(QStringLiteral("first_rows_requests"), listUsers - before);
    out.insert(QStringLiteral("row_count"), model->rowCount());
    waitUntil([&] { return !model->isLoading(); }, 60000, &ok);

    fprintf(stderr, "first rows %.1f ms\n", firstMs);
    // Jump to the middle.
    const int middle = model->rowCount() / 2;
    before = listUsers;
    t.restart();
    pane.jumpToRow(middle);
    waitUntil([&] { return model->userAt(middle) != nullptr; }, 60000, &ok);
    QCoreApplication::processEvents();
    out.insert(QStringLiteral("time_to_rows_after_jump_ms"), round3(t.nsecsElapsed() / 1e6));
    out.insert(QStringLiteral("jump_row"), middle);
    out.insert(QStringLiteral("jump_page"), model->pageOfRow(middle));
    waitUntil([&] { return !model->isLoading(); }, 60000, &ok);
    out.insert(QStringLiteral("jump_requests"), listUsers - before);
    out.insert(QStringLiteral("jump_ok"), ok && model->userAt(middle) != nullptr);

    fprintf(stderr, "jumped\n");
    // Random jumps, each waited for.
    QList<double> latencies;
    before = listUsers;
    for (int i = 0; i < jumps; ++i) {
        const int row = int(rng.bounded(model->rowCount()));
        const int sent0 = model->requestsSent();
        t.restart();
        pane.jumpToRow(row);
        waitUntil([&] { return model->userAt(row) != nullptr; }, 10000, &ok);
        QCoreApplication::processEvents();
        latencies << t.nsecsElapsed() / 1e6;
        if (!ok || latencies.last() > 2000)
            fprintf(stderr, "jump %d to row %d: %.0f ms%s (sent %d, in flight %d, cached %d, visible page %d)\n", i, row,
                    latencies.last(), ok ? "" : " TIMEOUT", model->requestsSent() - sent0, int(model->pagesInFlight().size()),
                    int(model->cachedPages().size()), model->pageOfRow(pane.view()->rowAt(0)));
        waitUntil([&] { return !model->isLoading(); }, 60000, &ok);
    }
    out.insert(QStringLiteral("random_jumps"),
               QJsonObject{{QStringLiteral("median_ms"), round3(median(latencies))},
                           {QStringLiteral("p95_ms"), round3(percentile(latencies, 0.95))},
                           {QStringLiteral("max_ms"), round3(percentile(latencies, 1.0))},
                           {QStringLiteral("list_requests"), listUsers - before},
                           {QStringLiteral("pages_cached_after"), int(model->cachedPages().size())},
                           {QStringLiteral("pages_evicted"), model->pagesEvicted()}});

    fprintf(stderr, "random jumps done\n");
    // Fast scroll: 50 positions, one event-loop turn each (a dragged scroll bar), then settle.
    before = listUsers;
    const int cancelledBefore = model->requestsCancelled();
    const int sentBefore = model->requestsSent();
    int lastRow = 0;
    for (int i = 0; i < 50; ++i) {
        lastRow = int(rng.bounded(model->rowCount()));
        pane.view()->scrollTo(model->index(lastRow, 0), QAbstractItemView::PositionAtTop);
        QCoreApplication::processEvents();
        QElapsedTimer turn;
        turn.start();
        while (turn.elapsed() < 10)
            QCoreApplication::processEvents(QEventLoop::AllEvents, 2);
    }
    t.restart();
    waitUntil([&] { return model->userAt(lastRow) != nullptr && !model->isLoading(); }, 60000, &ok);
    out.insert(QStringLiteral("fast_scroll"),
               QJsonObject{{QStringLiteral("positions"), 50},
                           {QStringLiteral("requests_sent"), model->requestsSent() - sentBefore},
                           {QStringLiteral("requests_cancelled"), model->requestsCancelled() - cancelledBefore},
                           {QStringLiteral("list_exchanges_completed"), listUsers - before},
                           {QStringLiteral("settle_ms"), round3(t.nsecsElapsed() / 1e6)},
                           {QStringLiteral("last_row_loaded"), model->userAt(lastRow) != nullptr}});

    QJsonObject perAction;
    for (auto it = exchangeMs.cbegin(); it != exchangeMs.cend(); ++it)
        perAction.insert(it.key(), QJsonObject{{QStringLiteral("count"), int(it.value().size())},
                                               {QStringLiteral("median_ms"), median(it.value())},
                                               {QStringLiteral("max_ms"), percentile(it.value(), 1.0)}});
    out.insert(QStringLiteral("exchanges"), perAction);
    out.insert(QStringLiteral("pages_cached"), int(model->cachedPages().size()));
    out.insert(QStringLiteral("max_cached_pages"), model->maxCachedPages());
    out.insert(QStringLiteral("rss_before_open_mb"), rssBefore);
    out.insert(QStringLiteral("rss_after_scrolling_mb"), statusMb("VmRSS:"));
    out.insert(QStringLiteral("peak_rss_mb"), statusMb("VmHWM:"));
    out.insert(QStringLiteral("ok"), ok);
    printJson(out);
    return ok ? 0 : 1;
}
