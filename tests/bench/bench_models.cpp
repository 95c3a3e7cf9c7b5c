// SPDX-License-Identifier: GPL-3.0-or-later
// Directory list models at scale (targets from the issue: insert < 200 ms, sort < 300 ms, filter keystroke
// < 50 ms at 100,000 rows; a process holding 100,000 loaded user rows stays under 150 MB resident).
// Prints one JSON object on stdout. Not a ctest test: numbers are reported, not asserted.
//   bench_models [--users N]
#include "models/ActivityLogFilterProxy.h"
#include "models/ActivityLogModel.h"
#include "models/UserFilterProxy.h"
#include "models/UserListModel.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTableView>
#include <cstdio>
#include <ctime>

namespace {
// Wall-clock and thread CPU time of one measurement. The CPU time is what the work costs on an idle
// machine; the wall time also contains waiting for the CPU when the machine is busy.
struct Stopwatch
{
    QElapsedTimer wall;
    qint64 cpuStart = 0;
    static qint64 cpuNs()
    {
        timespec ts{};
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
        return qint64(ts.tv_sec) * 1000000000 + ts.tv_nsec;
    }
    void start()
    {
        cpuStart = cpuNs();
        wall.start();
    }
    double wallMs() const { return double(wall.nsecsElapsed()) / 1e6; }
    double cpuMs() const { return double(cpuNs() - cpuStart) / 1e6; }
};

// Best of several runs (the usual way to read through scheduling noise).
struct Best
{
    double wall = 1e18;
    double cpu = 1e18;
    void add(const Stopwatch &s)
    {
        wall = qMin(wall, s.wallMs());
        cpu = qMin(cpu, s.cpuMs());
    }
    QJsonObject json() const { return QJsonObject{{QStringLiteral("wall_ms"), wall}, {QStringLiteral("cpu_ms"), cpu}}; }
};

double residentMb()
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    const QList<QByteArray> lines = f.readAll().split('\n');
    for (const QByteArray &line : lines) {
        if (line.startsWith("VmRSS:")) {
            const QList<QByteArray> parts = line.simplified().split(' ');
            return parts.value(1).toDouble() / 1024.0;   // kB -> MB
        }
    }
    return -1;
}

const char *const kFirst[] = {"wei", "fang", "na", "min", "jing", "li", "qiang", "lei", "jun", "yang",
                              "alice", "bob", "carol", "david", "emma", "frank", "grace", "henry", "iris", "jack"};
const char *const kLast[] = {"wang", "li", "zhang", "liu", "chen", "yang", "zhao", "huang", "zhou", "wu",
                             "smith", "jones", "brown", "taylor", "wilson", "moore", "clark", "lewis", "young", "king"};
const char *const kDisplay[] = {"王伟", "李芳", "张娜", "刘敏", "陈静", "杨丽", "赵强", "黄磊", "周军", "吴洋",
                                "Alice Smith", "Bob Jones", "Carol Brown", "David Taylor", "Emma Wilson"};

// One page of users as the backend would map them (fresh strings per user, like a JSON parse).
QList<DirectoryUser> makePage(int first, int count, QRandomGenerator &rng)
{
    QList<DirectoryUser> page;
    page.reserve(count);
    static const QString alphabet = QStringLiteral("abcdefghijklmnopqrstuvwxyz0123456789");
    for (int i = first; i < first + count; ++i) {
        DirectoryUser u;
        QString id = QStringLiteral("u-00");
        for (int k = 0; k < 18; ++k)
            id += alphabet.at(int(rng.bounded(alphabet.size())));
        u.id = id;
        const QString first = QString::fromLatin1(kFirst[rng.bounded(20)]);
        const QString last = QString::fromLatin1(kLast[rng.bounded(20)]);
        u.userName = QStringLiteral("%1.%2%3").arg(first, last).arg(i);
        u.displayName = QString::fromUtf8(kDisplay[rng.bounded(15)]);
        u.email = u.userName + QStringLiteral("@example.com");
        u.source = rng.bounded(10) ? QStringLiteral("Manual") : QStringLiteral("Synchronized");
        u.status = rng.bounded(20) ? QStringLiteral("Enabled") : QStringLiteral("Disabled");
        u.created = QDateTime::fromString(QStringLiteral("2024-11-27T14:28:14Z"), Qt::ISODate).addSecs(i * 37);
        u.updated = u.created.addDays(3);
        page.append(u);
    }
    return page;
}

ExchangeRecord makeRecord(int i)
{
    ExchangeRecord r;
    r.time = QDateTime::currentDateTimeUtc().addMSecs(i);
    r.profile = QStringLiteral("prod");
    r.service = i % 2 ? QStringLiteral("cloudsso") : QStringLiteral("cloudidentity");
    r.action = i % 7 ? QStringLiteral("ListUsers") : QStringLiteral("UpdateUserStatus");
    r.httpStatus = i % 50 ? 200 : 429;
    r.errorCode = i % 50 ? QString() : QStringLiteral("Throttling.User");
    r.requestId = QStringLiteral("%1-AC67-56EF-B7CC-2927C30AA0A8").arg(i, 8, 16, QLatin1Char('0')).toUpper();
    r.elapsedMs = 20 + i % 300;
    return r;
}
}

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", qgetenv("QT_QPA_PLATFORM").isEmpty() ? QByteArray("offscreen") : qgetenv("QT_QPA_PLATFORM"));
    QApplication app(argc, argv);
    int users = 100000;
    const QStringList args = app.arguments();
    const int at = int(args.indexOf(QStringLiteral("--users")));
    if (at > 0 && at + 1 < args.size())
        users = qMax(1000, args.at(at + 1).toInt());

    QJsonObject out;
    out.insert(QStringLiteral("benchmark"), QStringLiteral("bench_models"));
    out.insert(QStringLiteral("rows"), users);
    const double rssStart = residentMb();
    QRandomGenerator rng(42);

    // --- insert, page by page ------------------------------------------------------------------------------
    // 100 rows per page, as the lazily paged list receives them, into a model + proxy + visible table view.
    UserListModel model;
    UserFilterProxy proxy;
    proxy.setSourceModel(&model);
    QTableView view;
    view.setModel(&proxy);
    view.setSortingEnabled(true);
    view.horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    view.resize(1200, 700);
    view.show();
    app.processEvents();
    double pagesWall = 0;
    double pagesCpu = 0;
    double worstPage = 0;
    for (int p = 0; p < users; p += 100) {
        const QList<DirectoryUser> page = makePage(p, qMin(100, users - p), rng);
        Stopwatch s;
        s.start();
        model.appendUsers(page);
        app.processEvents();
        pagesWall += s.wallMs();
        pagesCpu += s.cpuMs();
        worstPage = qMax(worstPage, s.wallMs());
    }
    out.insert(QStringLiteral("insert_pages_total"), QJsonObject{{QStringLiteral("wall_ms"), pagesWall}, {QStringLiteral("cpu_ms"), pagesCpu}});
    out.insert(QStringLiteral("insert_page_worst_wall_ms"), worstPage);
    out.insert(QStringLiteral("rss_start_mb"), rssStart);
    out.insert(QStringLiteral("rss_with_rows_mb"), residentMb());

    // --- sort: clicking column headers (each click ranks the rows on the new column, then sorts) ---------------
    const QList<std::pair<int, QString>> columns{{UserListModel::UserName, QStringLiteral("user_name")},
                                                 {UserListModel::DisplayName, QStringLiteral("display_name")},
                                                 {UserListModel::Created, QStringLiteral("created")},
                                                 {UserListModel::UserId, QStringLiteral("user_id")},
                                                 {UserListModel::Email, QStringLiteral("email")}};
    QHash<QString, Best> sortBest;
    for (int round = 0; round < 3; ++round) {
        for (const auto &col : columns) {
            Stopwatch s;
            s.start();
            view.sortByColumn(col.first, round % 2 ? Qt::DescendingOrder : Qt::AscendingOrder);
            app.processEvents();
            sortBest[col.second].add(s);
        }
    }
    QJsonObject sorts;
    double worstSort = 0;
    for (const auto &col : columns) {
        sorts.insert(col.second, sortBest.value(col.second).json());
        worstSort = qMax(worstSort, sortBest.value(col.second).cpu);
    }
    out.insert(QStringLiteral("sort"), sorts);
    out.insert(QStringLiteral("sort_worst_cpu_ms"), worstSort);
    view.sortByColumn(UserListModel::UserName, Qt::AscendingOrder);
    app.processEvents();

    // --- filter keystrokes (sorted by user name, as people usually have it) ------------------------------------
    const QString typed = QStringLiteral("wang.li12");
    QStringList steps;
    for (int i = 1; i <= typed.size(); ++i)
        steps << typed.left(i);
    for (int i = typed.size() - 1; i >= 0; --i)
        steps << typed.left(i);   // backspacing to empty
    QVector<Best> keyBest(steps.size());
    QVector<int> keyRows(steps.size());
    for (int round = 0; round < 3; ++round) {
        for (int i = 0; i < steps.size(); ++i) {
            Stopwatch s;
            s.start();
            proxy.setFilterText(steps.at(i));
            keyRows[i] = proxy.rowCount();   // the proxy maps lazily: include it
            app.processEvents();             // and the view's reaction
            keyBest[i].add(s);
        }
    }
    QJsonArray keystrokes;
    double worstKeyWall = 0;
    double worstKeyCpu = 0;
    for (int i = 0; i < steps.size(); ++i) {
        QJsonObject k = keyBest.at(i).json();
        k.insert(QStringLiteral("text"), steps.at(i));
        k.insert(QStringLiteral("rows"), keyRows.at(i));
        keystrokes.append(k);
        worstKeyWall = qMax(worstKeyWall, keyBest.at(i).wall);
        worstKeyCpu = qMax(worstKeyCpu, keyBest.at(i).cpu);
    }
    out.insert(QStringLiteral("filter_keystrokes"), keystrokes);
    out.insert(QStringLiteral("filter_keystroke_worst"),
               QJsonObject{{QStringLiteral("wall_ms"), worstKeyWall}, {QStringLiteral("cpu_ms"), worstKeyCpu}});
    out.insert(QStringLiteral("rss_after_sort_filter_mb"), residentMb());

    // --- activity log: 50,000 records (its cap), then a filter keystroke ---------------------------------------
    {
        ActivityLogModel log;
        ActivityLogFilterProxy logProxy;
        logProxy.setSourceModel(&log);
        Stopwatch s;
        // The records are made first: making them (formatting RequestIds, reading the clock) took ~40 % of the
        // time once measured here, and it is not the model's cost (the transport makes each record anyway).
        s.start();
        QVector<ExchangeRecord> records;
        records.reserve(ActivityLogModel::DefaultCapacity + 1000);
        for (int i = 0; i < ActivityLogModel::DefaultCapacity + 1000; ++i)
            records.append(makeRecord(i));
        out.insert(QStringLiteral("activity_make_51000_records_not_in_append"),
                   QJsonObject{{QStringLiteral("wall_ms"), s.wallMs()}, {QStringLiteral("cpu_ms"), s.cpuMs()}});
        s.start();
        for (int i = 0; i < ActivityLogModel::DefaultCapacity; ++i)
            log.append(records.at(i));
        out.insert(QStringLiteral("activity_append_50000"), QJsonObject{{QStringLiteral("wall_ms"), s.wallMs()}, {QStringLiteral("cpu_ms"), s.cpuMs()}});
        s.start();
        for (int i = 0; i < 1000; ++i)
            log.append(records.at(ActivityLogModel::DefaultCapacity + i));   // at the cap: oldest dropped
        out.insert(QStringLiteral("activity_append_1000_at_cap"), QJsonObject{{QStringLiteral("wall_ms"), s.wallMs()}, {QStringLiteral("cpu_ms"), s.cpuMs()}});
        Best filter;
        for (int round = 0; round < 3; ++round) {
            s.start();
            logProxy.setFilterText(round % 2 ? QStringLiteral("throttlin") : QStringLiteral("throttling"));
            logProxy.rowCount();
            filter.add(s);
        }
        out.insert(QStringLiteral("activity_filter_keystroke"), filter.json());
        out.insert(QStringLiteral("activity_rows"), log.rowCount());
    }

    // --- insert, all at once (after the memory measurements, which it would disturb) ------------------------
    {
        QList<DirectoryUser> all;
        for (int p = 0; p < users; p += 100)
            all += makePage(p, qMin(100, users - p), rng);
        Best insert;
        for (int round = 0; round < 3; ++round) {
            UserListModel m;
            UserFilterProxy px;
            px.setSourceModel(&m);
            Stopwatch s;
            s.start();
            m.appendUsers(all);
            px.rowCount();
            insert.add(s);
        }
        out.insert(QStringLiteral("insert_all"), insert.json());
    }
    out.insert(QStringLiteral("targets"), QJsonObject{{QStringLiteral("insert_ms"), 200},
                                                      {QStringLiteral("sort_ms"), 300},
                                                      {QStringLiteral("filter_keystroke_ms"), 50},
                                                      {QStringLiteral("rss_mb"), 150}});
    std::fputs(QJsonDocument(out).toJson(QJsonDocument::Indented).constData(), stdout);
    return 0;
}
