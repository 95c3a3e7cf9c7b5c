// SPDX-License-Identifier: GPL-3.0-or-later
// MauReport's numbers: trend and estimate (least squares over the last six complete months, the running month
// left out), year-over-year, shares, allowances, movers, created pools, CSV/JSON with missing figures.
#include "report/MauReport.h"

#include <QJsonArray>
#include <QtTest>

namespace {
MauDataSet linearData(int months, int pools, double base, double slope)
{
    QList<MauPool> list;
    for (int p = 0; p < pools; ++p)
        list.append(MauPool{QStringLiteral("u%1").arg(p), QStringLiteral("Pool %1").arg(p)});
    MauDataSet d(MauDataSet::lastMonths(months, QDate(2025, 12, 1)), list);
    for (int m = 0; m < months; ++m)
        for (int p = 0; p < pools; ++p)
            d.setValue(m, p, (base + slope * m) * (p + 1));
    return d;
}
}

class TestMauReport : public QObject
{
    Q_OBJECT

private slots:
    void trendIsLeastSquaresOverSixCompleteMonths()
    {
        MauDataSet d = linearData(12, 2, 1000, 50);
        // Noise in an old month must not matter (outside the six-month window).
        d.setValue(2, 0, 999999);
        // The running month is partial: far below the line, and it must be left out.
        d.setPartialMonth(11);
        d.setValue(11, 0, 10);
        d.setValue(11, 1, 10);
        MauReport::Input in;
        in.data = d;
        const MauReport r(in);
        QCOMPARE(r.latestCompleteMonth(), 10);
        QCOMPARE(r.previousCompleteMonth(), 9);
        const auto &t = r.totalTrend();
        QVERIFY(t.valid);
        QCOMPARE(t.monthsUsed, 6);
        // Total = 3 * (1000 + 50 m): slope 150 per month, estimate for month 11 = 3 * (1000 + 550).
        QCOMPARE(std::round(t.slope * 1000) / 1000, 150.0);
        QCOMPARE(std::round(t.estimate), 4650.0);
        QCOMPARE(t.estimateMonth, QDate(2025, 12, 1));
        QCOMPARE(std::round(r.poolRows().at(1).trend.estimate), 3100.0);
        // Shares of the latest complete month: 1/3 and 2/3.
        QCOMPARE(std::round(*r.poolRows().at(0).sharePercent * 10) / 10, 33.3);
        QCOMPARE(r.sharePercent(*r.poolRows().at(1).sharePercent), QStringLiteral("66.7%"));
        QVERIFY(r.methodText().contains(QStringLiteral("least-squares")));
    }

    void tooFewMonthsGiveNoEstimate()
    {
        MauReport::Input in;
        in.data = linearData(3, 1, 100, 10);
        in.data.setPartialMonth(2);
        const MauReport r(in);
        QVERIFY(!r.totalTrend().valid);   // two complete months only
    }

    void failedAndMissingMonthsAreLeftOutOfTheTrend()
    {
        MauDataSet d = linearData(10, 1, 1000, 100);
        ApiError e = ApiError::make(ApiError::Kind::Api, QStringLiteral("InternalError"), QStringLiteral("boom"));
        d.setError(8, e);
        d.setMissing(7, 0);
        MauReport::Input in;
        in.data = d;
        const MauReport r(in);
        QCOMPARE(r.latestCompleteMonth(), 9);
        QCOMPARE(r.previousCompleteMonth(), -1);   // month 8 failed: no month-over-month for the pools
        QCOMPARE(r.totalTrend().monthsUsed, 6);    // 9, 6, 5, 4, 3, 2
        QCOMPARE(std::round(r.totalTrend().estimate), 2000.0);
        const QByteArray csv = r.toCsv();
        QVERIFY(csv.contains("2025-10,,,,,")); // month 7 (Oct) has no figure: empty cells, not 0
        QVERIFY(csv.contains("InternalError"));
        const QJsonArray months = r.toJson().value(QStringLiteral("months")).toArray();
        QVERIFY(months.at(7).toObject().value(QStringLiteral("total")).isNull());
        QCOMPARE(months.at(8).toObject().value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString(),
                 QStringLiteral("InternalError"));
    }

    void yearOverYearAllowancesMoversAndCreatedPools()
    {
        MauDataSet d = linearData(14, 3, 1000, 100);
        d.setValue(13, 2, 100);   // pool 2 drops in the latest month
        MauReport::Input in;
        in.data = d;
        in.thresholds.insert(QStringLiteral("u0"), 2000);
        UserPool created;
        created.uid = QStringLiteral("u1");
        created.createTime = QStringLiteral("2025-03-31T17:00:00Z");   // 1 April in China: inside the period
        UserPool old;
        old.uid = QStringLiteral("u0");
        old.createTime = QStringLiteral("2020-01-01T00:00:00Z");
        in.poolDetails = {created, old};
        in.language = MauReport::Language::Chinese;
        const MauReport r(in);
        // Year over year: month 13 against month 1, on the rounded totals.
        const double cur = std::round(d.monthTotal(13));
        const double prev = std::round(d.monthTotal(1));
        QCOMPARE(*r.totalYearOverYear(13), (cur - prev) / prev * 100.0);
        QVERIFY(!r.totalYearOverYear(11).has_value());   // no month 12 before it
        // Allowance 2000 for pool 0: months with 1000 + 100 m > 2000, i.e. m >= 11.
        QCOMPARE(r.poolRows().at(0).monthsAbove.size(), 3);
        QVERIFY(r.monthAboveThreshold(11, 0));
        QVERIFY(!r.monthAboveThreshold(10, 0));
        QCOMPARE(r.moversDown(), QList<int>{2});
        QCOMPARE(r.moversUp().first(), 1);
        QCOMPARE(r.createdInPeriod().size(), 1);
        QCOMPARE(r.createdInPeriod().first().uid, QStringLiteral("u1"));
        QCOMPARE(r.title(), QStringLiteral("月活跃用户数（MAU）报告"));
        QCOMPARE(r.monthLabel(0), QStringLiteral("2024年11月"));
    }
};

QTEST_GUILESS_MAIN(TestMauReport)
#include "tst_maureport.moc"
