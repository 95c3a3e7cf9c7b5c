// SPDX-License-Identifier: GPL-3.0-or-later
// The MAU report end to end against the real emulator, with more than 100 pools (106 created here + the 4 of
// the demo dataset): the loader's figures equal direct GetUserPoolMaus answers, UserPoolUids goes in chunks,
// the cache saves every past month's calls (counted on the wire), and `idconsole-cli mau report` writes a PDF
// whose every total, month-over-month change and pool share — read back with pdftotext — equals what the
// emulator serves, in English and in Chinese.
#include "api/ApiClient.h"
#include "cloud/MauCache.h"
#include "cloud/MauLoader.h"
#include "EmulatorFixture.h"
#include "MauReportTools.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>
#include <cmath>

namespace {
constexpr int kCreated = 106;

struct Served
{
    QList<QDate> months;
    QStringList poolOrder;                            // ListUserPools order
    QHash<QString, QString> names;                    // uid -> name
    QList<QHash<QString, double>> perMonth;           // listed pools only
};

ApiResult callAndWait(ApiClient &client, const QString &action, const QJsonObject &params, bool list = false)
{
    ApiCall *call = list ? client.listAll(Service::Id, action, params) : client.call(Service::Id, action, params);
    QSignalSpy done(call, &ApiCall::finished);
    if (!done.wait(30000))
        return {};
    return done.at(0).at(0).value<ApiResult>();
}

QString en(double v)
{
    return QLocale(QLocale::English, QLocale::UnitedStates).toString(qint64(std::llround(v)));
}

QString pct(double v, const QLocale &locale)
{
    const double r = std::round(v * 10.0) / 10.0;
    QString s = locale.toString(r == 0.0 ? 0.0 : r, 'f', 1);
    if (r > 0)
        s.prepend(QLatin1Char('+'));
    return s + QLatin1Char('%');
}

QString monthLabel(const QDate &m, bool zh)
{
    return zh ? QStringLiteral("%1年%2月").arg(m.year()).arg(m.month())
              : QLocale(QLocale::English, QLocale::UnitedStates).toString(m, QStringLiteral("MMM yyyy"));
}

// The line of a layout text table whose first cell is `label` (not a longer label that starts the same). The
// last such line: the chart's axis labels and legend come before the tables.
QString rowOf(const QString &text, const QString &label)
{
    const QRegularExpression re(QStringLiteral("^\\s*") + QRegularExpression::escape(label) + QStringLiteral("(\\s\\s|\\s\\(|（|$)"));
    QString found;
    for (const QString &line : text.split(QLatin1Char('\n')))
        if (re.match(line).hasMatch())
            found = line;
    return found;
}
}

class TestMauReportE2e : public QObject
{
    Q_OBJECT

private:
    EmulatorFixture *m_emu = nullptr;
    QTemporaryDir m_tmp;
    Served m_served;

    void setUpClient(ApiClient &client)
    {
        client.setCredentials(Credentials{m_emu->accessKey(), m_emu->secret(), QString()});
        client.setEndpoint(Service::Id, m_emu->endpoint());
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_tmp.isValid());
        m_emu = new EmulatorFixture({QStringLiteral("--dataset"), QStringLiteral("demo")});
        QString error;
        QVERIFY2(m_emu->start(&error), qPrintable(error));
        ApiClient client;
        setUpClient(client);
        // More than 100 pools.
        int pending = kCreated;
        QStringList failures;
        for (int i = 0; i < kCreated; ++i) {
            ApiCall *c = client.call(Service::Id, QStringLiteral("CreateUserPool"),
                                     QJsonObject{{QStringLiteral("Name"), QStringLiteral("bulk-%1").arg(i, 3, 10, QLatin1Char('0'))}});
            connect(c, &ApiCall::finished, this, [&pending, &failures](const ApiResult &r) {
                --pending;
                if (!r.ok)
                    failures << r.error.toString();
            });
        }
        QTRY_VERIFY_WITH_TIMEOUT(pending == 0, 60000);
        QVERIFY2(failures.isEmpty(), qPrintable(failures.join(QLatin1Char('\n'))));
        const ApiResult pools = callAndWait(client, QStringLiteral("ListUserPools"), {}, true);
        QVERIFY(pools.ok);
        for (const QJsonValue &v : pools.items) {
            const QString uid = v.toObject().value(QStringLiteral("Uid")).toString();
            m_served.poolOrder << uid;
            m_served.names.insert(uid, v.toObject().value(QStringLiteral("Name")).toString());
        }
        QCOMPARE(m_served.poolOrder.size(), kCreated + 4);
        // The emulator keeps 24 months ending with its current month; ask for those by the service's clock.
        const QDate current = MauDataSet::firstOfMonth(MauDataSet::serviceToday(client.serverNow()));
        m_served.months = MauDataSet::lastMonths(24, current);
        // Direct answers: no UserPoolUids (the emulator counts every pool), one call per month.
        for (const QDate &m : std::as_const(m_served.months)) {
            const ApiResult r = callAndWait(client, QStringLiteral("GetUserPoolMaus"),
                                            QJsonObject{{QStringLiteral("Month"), MauDataSet::monthKey(m)}});
            QVERIFY2(r.ok, qPrintable(r.error.toString()));
            QHash<QString, double> listed;
            for (const QJsonValue &v : r.result.value(QStringLiteral("UserPoolMaus")).toArray())
                listed.insert(v.toObject().value(QStringLiteral("UserPoolUid")).toString(),
                              v.toObject().value(QStringLiteral("Mau")).toDouble());
            m_served.perMonth << listed;
        }
    }

    void cleanupTestCase()
    {
        delete m_emu;
    }

    // Loader = direct answers, >100 pools in chunks; then a warm cache costs only the current month's calls.
    void loaderMatchesServiceAndCacheSavesCalls()
    {
        ApiClient client;
        setUpClient(client);
        int mausOnWire = 0;
        connect(&client, &ApiClient::exchangeFinished, this, [&mausOnWire](const ExchangeRecord &r) {
            if (r.action == QLatin1String("GetUserPoolMaus"))
                ++mausOnWire;
        });
        MauCache cache(m_tmp.filePath(QStringLiteral("e2e-cache.sqlite")));
        QVERIFY(cache.isOpen());
        const QString scope = MauCache::scope(QStringLiteral("e2e"), client.region(Service::Id), m_emu->endpoint().toString());
        const int chunks = int(std::ceil((kCreated + 4) / 100.0));

        for (int round = 0; round < 3; ++round) {
            MauLoader loader(&client);
            loader.setCache(&cache, scope);
            if (round == 2)
                loader.setRefresh(true);
            QSignalSpy finished(&loader, &MauLoader::finished);
            mausOnWire = 0;
            loader.load(m_served.months);
            QVERIFY(finished.wait(60000));
            const MauDataSet data = finished.at(0).at(0).value<MauDataSet>();
            QCOMPARE(data.poolCount(), kCreated + 4);
            QCOMPARE(data.failedCount(), 0);
            for (int m = 0; m < data.monthCount(); ++m) {
                const QHash<QString, double> &listed = m_served.perMonth.at(m);
                for (int p = 0; p < data.poolCount(); ++p) {
                    const QString uid = data.pools().at(p).uid;
                    QCOMPARE(data.hasValue(m, p), listed.contains(uid));   // missing stays missing, never 0
                    QCOMPARE(data.value(m, p), listed.value(uid, 0.0));
                }
            }
            QCOMPARE(data.partialMonth(), data.monthCount() - 1);
            if (round == 1) {
                // Warm: only the running month is asked for (in chunks); 23 months come from the cache.
                QCOMPARE(loader.mauCallsMade(), chunks);
                QCOMPARE(loader.monthsFromCache(), 23);
            } else {
                // Cold, and "Refresh": every month, every chunk.
                QCOMPARE(loader.mauCallsMade(), 24 * chunks);
                QCOMPARE(loader.monthsFromCache(), 0);
            }
            QCOMPARE(mausOnWire, loader.mauCallsMade());
        }
    }

    void cliPdfMatchesServiceInBothLanguages_data()
    {
        QTest::addColumn<QString>("lang");
        QTest::newRow("en") << QStringLiteral("en");
        QTest::newRow("zh") << QStringLiteral("zh");
    }
    void cliPdfMatchesServiceInBothLanguages()
    {
        QFETCH(QString, lang);
        const bool zh = lang == QLatin1String("zh");
        const QLocale locale = zh ? QLocale(QLocale::Chinese, QLocale::China) : QLocale(QLocale::English, QLocale::UnitedStates);
        const QString pdf = m_tmp.filePath(QStringLiteral("report-%1.pdf").arg(lang));
        const auto run = MauReportTools::runCliReport(
            *m_emu,
            {QStringLiteral("--from"), MauDataSet::monthKey(m_served.months.first()), QStringLiteral("--to"),
             MauDataSet::monthKey(m_served.months.last()), QStringLiteral("--format"), QStringLiteral("pdf"),
             QStringLiteral("--lang"), lang, QStringLiteral("-o"), pdf},
            m_tmp.filePath(QStringLiteral("cli-cache")));
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QString error;
        const QString text = MauReportTools::pdfText(pdf, &error);
        QVERIFY2(!text.isEmpty(), qPrintable(error));
        QVERIFY(text.contains(zh ? QStringLiteral("月活跃用户数（MAU）报告") : QStringLiteral("Monthly active users (MAU) report")));
        QVERIFY(text.contains(zh ? QStringLiteral("用户池") : QStringLiteral("User pools")));

        // Every month's total and month-over-month change, on that month's row.
        int checkedChanges = 0;
        QList<double> totals;
        for (int m = 0; m < m_served.months.size(); ++m) {
            const QHash<QString, double> &listed = m_served.perMonth.at(m);
            double total = 0;
            for (double v : listed)
                total += v;
            totals << total;
            const QString row = rowOf(text, monthLabel(m_served.months.at(m), zh));
            QVERIFY2(!row.isEmpty(), qPrintable(monthLabel(m_served.months.at(m), zh)));
            const bool complete = listed.size() == m_served.poolOrder.size();
            QVERIFY2(row.contains(complete || !listed.isEmpty() ? en(total) : QStringLiteral("—")), qPrintable(row));
            if (m > 0 && complete && m_served.perMonth.at(m - 1).size() == m_served.poolOrder.size()
                && std::round(totals.at(m - 1)) > 0) {
                const double prev = std::round(totals.at(m - 1));
                const QString change = pct((std::round(total) - prev) / prev * 100.0, locale);
                QVERIFY2(row.contains(change), qPrintable(row + QStringLiteral(" lacks ") + change));
                ++checkedChanges;
            }
            if (m == m_served.months.size() - 1)
                QVERIFY2(row.contains(zh ? QStringLiteral("截至目前") : QStringLiteral("to date")), qPrintable(row));
        }
        QVERIFY(checkedChanges >= 20);

        // The pool table: each pool's figure and share of the latest complete month.
        const int latest = m_served.months.size() - 2;
        const QHash<QString, double> &last = m_served.perMonth.at(latest);
        double latestTotal = 0;
        for (double v : last)
            latestTotal += v;
        QVERIFY(latestTotal > 0);
        int checkedShares = 0;
        for (const QString &uid : std::as_const(m_served.poolOrder)) {
            const QString row = rowOf(text, m_served.names.value(uid));
            QVERIFY2(!row.isEmpty(), qPrintable(m_served.names.value(uid)));
            const QString share = locale.toString(std::round(last.value(uid) / latestTotal * 1000.0) / 10.0, 'f', 1)
                                  + QLatin1Char('%');
            QVERIFY2(row.contains(en(last.value(uid))) && row.contains(share), qPrintable(row + QStringLiteral(" / ") + share));
            ++checkedShares;
        }
        QCOMPARE(checkedShares, kCreated + 4);
        QVERIFY(text.contains(zh ? QStringLiteral("预估") : QStringLiteral("estimate")));
    }

    void cliJsonAndCsvCarryTheSameTotals()
    {
        const QString json = m_tmp.filePath(QStringLiteral("report.json"));
        const auto run = MauReportTools::runCliReport(
            *m_emu,
            {QStringLiteral("--from"), MauDataSet::monthKey(m_served.months.first()), QStringLiteral("--to"),
             MauDataSet::monthKey(m_served.months.last()), QStringLiteral("--format"), QStringLiteral("json"),
             QStringLiteral("-o"), json},
            m_tmp.filePath(QStringLiteral("cli-cache")));
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QFile f(json);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QJsonArray months = QJsonDocument::fromJson(f.readAll()).object().value(QStringLiteral("months")).toArray();
        QCOMPARE(months.size(), m_served.months.size());
        for (int m = 0; m < months.size(); ++m) {
            double total = 0;
            for (double v : m_served.perMonth.at(m))
                total += v;
            QCOMPARE(months.at(m).toObject().value(QStringLiteral("total")).toDouble(), total);
        }
        QVERIFY(months.last().toObject().value(QStringLiteral("partial")).toBool());
    }

    void cliExitCodes()
    {
        // Nothing listens there: network error, exit 3.
        const auto network = MauReportTools::runCliReport(*m_emu, {QStringLiteral("--format"), QStringLiteral("csv"),
                                                                   QStringLiteral("-o"), m_tmp.filePath(QStringLiteral("x.csv"))},
                                                          m_tmp.filePath(QStringLiteral("cli-cache")),
                                                          QStringLiteral("http://127.0.0.1:9"));
        QCOMPARE(network.exitCode, 3);
        const auto usage = MauReportTools::runCliReport(*m_emu, {QStringLiteral("--format"), QStringLiteral("doc"),
                                                                 QStringLiteral("-o"), m_tmp.filePath(QStringLiteral("x.doc"))},
                                                        m_tmp.filePath(QStringLiteral("cli-cache")));
        QCOMPARE(usage.exitCode, 2);
        const auto tooMany = MauReportTools::runCliReport(*m_emu, {QStringLiteral("--from"), QStringLiteral("2020-01"),
                                                                   QStringLiteral("--to"), QStringLiteral("2023-12"),
                                                                   QStringLiteral("-o"), m_tmp.filePath(QStringLiteral("x.pdf"))},
                                                          m_tmp.filePath(QStringLiteral("cli-cache")));
        QCOMPARE(tooMany.exitCode, 2);
    }

    // Runs last (it deletes a pool): a pool that had figures in the cached months but is no longer listed is
    // reported as deleted.
    void deletedPoolIsReported()
    {
        const QString cacheHome = m_tmp.filePath(QStringLiteral("cli-cache"));
        const QString gone = m_served.poolOrder.last();
        ApiClient client;
        setUpClient(client);
        const ApiResult del = callAndWait(client, QStringLiteral("DeleteUserPool"), QJsonObject{{QStringLiteral("UserPoolUid"), gone}});
        QVERIFY2(del.ok, qPrintable(del.error.toString()));
        const QString json = m_tmp.filePath(QStringLiteral("after-delete.json"));
        const auto run = MauReportTools::runCliReport(
            *m_emu,
            {QStringLiteral("--from"), MauDataSet::monthKey(m_served.months.first()), QStringLiteral("--to"),
             MauDataSet::monthKey(m_served.months.last()), QStringLiteral("--format"), QStringLiteral("json"),
             QStringLiteral("-o"), json},
            cacheHome);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(run.out.contains(QStringLiteral("23 months from cache")), qPrintable(run.out));
        QFile f(json);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QJsonObject root = QJsonDocument::fromJson(f.readAll()).object();
        QCOMPARE(root.value(QStringLiteral("deletedPools")).toArray(), QJsonArray{gone});
        QCOMPARE(root.value(QStringLiteral("pools")).toArray().size(), kCreated + 3);
    }
};

QTEST_GUILESS_MAIN(TestMauReportE2e)
#include "tst_maureport.moc"
