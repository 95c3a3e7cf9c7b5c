// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/MauDataSet.h"
#include "models/MauTableModel.h"
#include "models/MauTableProxyModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QtTest>

namespace {
// Column numbers of the sample's table: Month | Total | Change | Pool A | Pool B.
constexpr int colTotal = 1;
constexpr int colChange = 2;
constexpr int colA = 3;
constexpr int colB = 4;

QDate month(int y, int m)
{
    return QDate(y, m, 1);
}

// Jan..Apr 2025 × pools A, B:
//   Jan: 100, 50   (total 150)
//   Feb: 150, 0    (total 150, 0%)
//   Mar: 0, 0      (total 0, -100%)
//   Apr: 51555.6, 10.4 (total 51566 -> new since 0: no percent)
MauDataSet sample()
{
    MauDataSet d({month(2025, 1), month(2025, 2), month(2025, 3), month(2025, 4)},
                 {{QStringLiteral("uid-a"), QStringLiteral("Pool A")}, {QStringLiteral("uid-b"), QStringLiteral("Pool B")}});
    d.setValue(0, 0, 100);
    d.setValue(0, 1, 50);
    d.setValue(1, 0, 150);
    d.setValue(3, 0, 51555.6);
    d.setValue(3, 1, 10.4);
    return d;
}

ApiError throttled()
{
    ApiError e = ApiError::make(ApiError::Kind::Api, QStringLiteral("Throttling"),
                                QStringLiteral("The request is denied due to request throttling."));
    e.httpStatus = 429;
    e.requestId = QStringLiteral("20251218141517055145009245REQ");
    e.service = QStringLiteral("id");
    e.action = QStringLiteral("GetUserPoolMaus");
    return e;
}
}

class TestMauTableModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }
    void cleanup()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }

    void modelTester()
    {
        MauTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        MauTableProxyModel proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.sort(MauTableModel::MonthColumn);

        model.setDataSet(sample());
        MauDataSet failed = sample();
        failed.setError(2, throttled());
        model.setDataSet(failed);
        proxy.sort(model.totalColumn(), Qt::DescendingOrder);
        model.relabel();
        model.setDataSet(MauDataSet({month(2025, 1)}, {}));   // months but no pools
        model.clear();
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.columnCount(), 0);
    }

    void shapeAndHeaders()
    {
        MauTableModel model;
        model.setDataSet(sample());
        QCOMPARE(model.rowCount(), 5);        // 4 months + totals
        QCOMPARE(model.columnCount(), 5);     // Month, Total, Change, A, B
        QCOMPARE(model.columnKind(0), MauTableModel::MonthColumn);
        QCOMPARE(model.columnKind(1), MauTableModel::TotalColumn);
        QCOMPARE(model.columnKind(2), MauTableModel::ChangeColumn);
        QCOMPARE(model.columnKind(3), MauTableModel::PoolColumn);
        QCOMPARE(model.columnKind(4), MauTableModel::PoolColumn);
        QCOMPARE(model.poolForColumn(4), 1);
        QCOMPARE(model.poolForColumn(2), -1);
        QCOMPARE(model.poolForColumn(5), -1);
        QCOMPARE(model.columnForPool(1), 4);
        QCOMPARE(model.headerData(0, Qt::Horizontal).toString(), QStringLiteral("Month"));
        QCOMPARE(model.headerData(1, Qt::Horizontal).toString(), QStringLiteral("Total"));
        QCOMPARE(model.headerData(2, Qt::Horizontal).toString(), QStringLiteral("Change"));
        QCOMPARE(model.headerData(3, Qt::Horizontal).toString(), QStringLiteral("Pool A"));
        QCOMPARE(model.headerData(4, Qt::Horizontal).toString(), QStringLiteral("Pool B"));
        QVERIFY(model.headerData(4, Qt::Horizontal, Qt::ToolTipRole).toString().contains(QStringLiteral("uid-b")));
        QCOMPARE(model.headerData(3, Qt::Horizontal, MauTableModel::RawValueRole).toString(), QStringLiteral("uid-a"));
    }

    void valuesRoundedAndGrouped()
    {
        MauTableModel model;
        model.setDataSet(sample());
        QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("Jan 2025"));
        QCOMPARE(model.index(0, 0).data(MauTableModel::RawValueRole).toDate(), month(2025, 1));
        QCOMPARE(model.index(0, 0).data(MauTableModel::MonthKeyRole).toString(), QStringLiteral("2025-01"));
        QCOMPARE(model.index(3, colA).data().toString(), QStringLiteral("51,556"));   // 51555.6 shown rounded
        QCOMPARE(model.index(3, colA).data(MauTableModel::RawValueRole).toDouble(), 51555.6);
        QCOMPARE(model.index(3, colB).data().toString(), QStringLiteral("10"));
        QCOMPARE(model.index(3, colTotal).data().toString(), QStringLiteral("51,566"));
    }

    void zeroMonthsShowZero()
    {
        MauTableModel model;
        model.setDataSet(sample());
        // March has no active users: 0 in every cell, not an empty cell.
        QCOMPARE(model.index(2, colA).data().toString(), QStringLiteral("0"));
        QCOMPARE(model.index(2, colB).data().toString(), QStringLiteral("0"));
        QCOMPARE(model.index(2, colTotal).data().toString(), QStringLiteral("0"));
        QCOMPARE(model.index(2, colA).data(MauTableModel::RawValueRole).toDouble(), 0.0);
        QVERIFY(model.index(2, colA).data(MauTableModel::RawValueRole).isValid());
        QVERIFY(!model.index(2, 0).data(MauTableModel::FailedRole).toBool());
    }

    void totalsRow()
    {
        MauTableModel model;
        model.setDataSet(sample());
        const int totals = model.totalsRow();
        QCOMPARE(totals, 4);
        QVERIFY(model.index(totals, 0).data(MauTableModel::TotalsRowRole).toBool());
        QVERIFY(!model.index(0, 0).data(MauTableModel::TotalsRowRole).toBool());
        QCOMPARE(model.index(totals, 0).data().toString(), QStringLiteral("Total"));
        QCOMPARE(model.index(totals, colA).data(MauTableModel::RawValueRole).toDouble(), 100 + 150 + 51555.6);
        QCOMPARE(model.index(totals, colB).data(MauTableModel::RawValueRole).toDouble(), 50 + 10.4);
        QCOMPARE(model.index(totals, colTotal).data(MauTableModel::RawValueRole).toDouble(), 100 + 50 + 150 + 51555.6 + 10.4);
        QCOMPARE(model.index(totals, colA).data().toString(), QStringLiteral("51,806"));
        QCOMPARE(model.index(totals, colChange).data().toString(), QString());
        QVERIFY(!model.index(totals, colChange).data(MauTableModel::RawValueRole).isValid());
    }

    void monthOverMonthChange_data()
    {
        QTest::addColumn<int>("row");
        QTest::addColumn<QVariant>("raw");
        QTest::addColumn<QString>("text");
        QTest::newRow("first month has no previous") << 0 << QVariant() << QStringLiteral("—");
        QTest::newRow("150 -> 150") << 1 << QVariant(0.0) << QStringLiteral("0.0%");
        QTest::newRow("150 -> 0") << 2 << QVariant(-100.0) << QStringLiteral("-100.0%");
        QTest::newRow("0 -> 51566: no percent") << 3 << QVariant() << QStringLiteral("—");
    }
    void monthOverMonthChange()
    {
        QFETCH(int, row);
        QFETCH(QVariant, raw);
        QFETCH(QString, text);
        MauTableModel model;
        model.setDataSet(sample());
        const QModelIndex index = model.index(row, model.changeColumn());
        QCOMPARE(index.data().toString(), text);
        QCOMPARE(index.data(MauTableModel::RawValueRole).isValid(), raw.isValid());
        if (raw.isValid())
            QCOMPARE(index.data(MauTableModel::RawValueRole).toDouble(), raw.toDouble());
    }

    void changePercentPerPoolAndSign()
    {
        MauDataSet d({month(2025, 1), month(2025, 2), month(2025, 3)}, {{QStringLiteral("a"), QStringLiteral("A")}});
        d.setValue(0, 0, 80);
        d.setValue(1, 0, 90);
        d.setValue(2, 0, 87.3); // shown as 87
        QCOMPARE(d.changePercent(1, 0).value(), 12.5);
        QVERIFY(qFuzzyCompare(d.changePercent(2).value(), (87.0 - 90.0) / 90.0 * 100.0));
        const QLocale en(QLocale::English, QLocale::UnitedStates);
        QCOMPARE(MauDataSet::formatChange(12.5, en), QStringLiteral("+12.5%"));
        QCOMPARE(MauDataSet::formatChange(-3.333, en), QStringLiteral("-3.3%"));
        QCOMPARE(MauDataSet::formatChange(-0.04, en), QStringLiteral("0.0%"));
        QCOMPARE(MauDataSet::formatChange(1234.5, en), QStringLiteral("+1,234.5%"));
        MauTableModel model;
        model.setDataSet(d);
        QCOMPARE(model.index(1, model.changeColumn()).data().toString(), QStringLiteral("+12.5%"));
        QVERIFY(model.index(1, colA).data(Qt::ToolTipRole).toString().contains(QStringLiteral("+12.5%")));
    }

    void failedMonth()
    {
        MauDataSet d = sample();
        d.setValue(1, 0, 150);
        d.setError(1, throttled()); // February failed
        MauTableModel model;
        model.setDataSet(d);
        QCOMPARE(model.rowCount(), 5);   // still a row for the failed month
        const QModelIndex monthCell = model.index(1, 0);
        QVERIFY(monthCell.data(MauTableModel::FailedRole).toBool());
        QVERIFY(!model.index(0, 0).data(MauTableModel::FailedRole).toBool());
        QCOMPARE(monthCell.data().toString(), QStringLiteral("⚠ Feb 2025"));
        QCOMPARE(model.index(1, colA).data().toString(), QStringLiteral("—"));
        QVERIFY(!model.index(1, colA).data(MauTableModel::RawValueRole).isValid());
        QCOMPARE(model.index(1, model.changeColumn()).data().toString(), QStringLiteral("Failed"));
        QCOMPARE(model.index(1, colB).data(MauTableModel::RequestIdRole).toString(), throttled().requestId);
        const QString tip = model.index(1, colB).data(Qt::ToolTipRole).toString();
        QVERIFY2(tip.contains(QStringLiteral("Throttling")), qPrintable(tip));
        QVERIFY2(tip.contains(throttled().requestId), qPrintable(tip));
        // Neighbours of a failed month have no change; totals leave it out.
        QCOMPARE(model.index(2, model.changeColumn()).data().toString(), QStringLiteral("—"));
        QCOMPARE(model.index(model.totalsRow(), colA).data(MauTableModel::RawValueRole).toDouble(), 100 + 51555.6);
        QVERIFY(model.index(model.totalsRow(), 0).data(Qt::ToolTipRole).toString().contains(QStringLiteral("(1)")));
        // The other months are untouched.
        QCOMPARE(model.index(0, colA).data().toString(), QStringLiteral("100"));
        QCOMPARE(model.index(3, colTotal).data().toString(), QStringLiteral("51,566"));
    }

    void proxyKeepsTotalsLast()
    {
        MauDataSet d = sample();
        d.setError(2, throttled());
        MauTableModel model;
        model.setDataSet(d);
        MauTableProxyModel proxy;
        proxy.setSourceModel(&model);
        const int last = proxy.rowCount() - 1;
        for (Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
            for (int column = 0; column < model.columnCount(); ++column) {
                proxy.sort(column, order);
                QVERIFY2(proxy.index(last, 0).data(MauTableModel::TotalsRowRole).toBool(),
                         qPrintable(QStringLiteral("column %1 order %2").arg(column).arg(order)));
            }
        }
        proxy.sort(model.totalColumn(), Qt::DescendingOrder);
        QCOMPARE(proxy.index(0, 0).data(MauTableModel::MonthKeyRole).toString(), QStringLiteral("2025-04"));
        QCOMPARE(proxy.index(last - 1, 0).data(MauTableModel::MonthKeyRole).toString(), QStringLiteral("2025-03")); // failed: no value
        proxy.sort(0, Qt::DescendingOrder);
        QCOMPARE(proxy.index(0, 0).data(MauTableModel::MonthKeyRole).toString(), QStringLiteral("2025-04"));
        QCOMPARE(proxy.index(last - 1, 0).data(MauTableModel::MonthKeyRole).toString(), QStringLiteral("2025-01"));
    }

    void relabelOnLocaleChange()
    {
        MauTableModel model;
        model.setDataSet(sample());
        QSignalSpy headers(&model, &QAbstractItemModel::headerDataChanged);
        QSignalSpy data(&model, &QAbstractItemModel::dataChanged);
        QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
        model.relabel();
        QCOMPARE(headers.count(), 1);
        QCOMPARE(data.count(), 1);
        QCOMPARE(model.index(3, 0).data().toString(), QStringLiteral("2025年4月"));
        QCOMPARE(model.index(3, colA).data().toString(), QStringLiteral("51,556"));
    }

    void monthHelpers()
    {
        const QLocale en(QLocale::English, QLocale::UnitedStates);
        const QLocale zh(QLocale::Chinese, QLocale::China);
        QCOMPARE(MauDataSet::monthLabel(month(2025, 12), en), QStringLiteral("Dec 2025"));
        QCOMPARE(MauDataSet::monthLabel(month(2025, 12), zh), QStringLiteral("2025年12月"));
        QCOMPARE(MauDataSet::formatMau(1234567.49, en), QStringLiteral("1,234,567"));
        QCOMPARE(MauDataSet::formatMau(0.5, en), QStringLiteral("1"));
        QCOMPARE(MauDataSet::monthKey(month(2025, 3)), QStringLiteral("2025-03"));
        QCOMPARE(MauDataSet::monthKey(QDate(10000, 1, 1)), QStringLiteral("10000-01")); // refused later, not hidden
        QCOMPARE(MauDataSet::monthFromKey(QStringLiteral("2025-12")), month(2025, 12));
        QVERIFY(!MauDataSet::monthFromKey(QStringLiteral("2025-13")).isValid());
        QVERIFY(!MauDataSet::monthFromKey(QStringLiteral("2025-1")).isValid());

        const QList<QDate> last12 = MauDataSet::lastMonths(12, QDate(2025, 12, 18));
        QCOMPARE(last12.size(), 12);
        QCOMPARE(last12.first(), month(2025, 1));
        QCOMPARE(last12.last(), month(2025, 12));
        const QList<QDate> across = MauDataSet::lastMonths(3, QDate(2026, 1, 31));
        QCOMPARE(across, (QList<QDate>{month(2025, 11), month(2025, 12), month(2026, 1)}));
        QCOMPARE(MauDataSet::monthsBetween(month(2023, 1), month(2025, 12)), 36);
        QCOMPARE(MauDataSet::monthsBetween(month(2025, 2), month(2025, 1)), 0);
        QVERIFY(MauDataSet::monthRange(month(2025, 2), month(2025, 1)).isEmpty());
    }

    void csvExport()
    {
        MauDataSet named({month(2025, 1), month(2025, 2), month(2025, 3), month(2025, 4)},
                         {{QStringLiteral("u1"), QStringLiteral("=SUM(A1), \"x\"")}, {QStringLiteral("u2"), QString()}});
        named.setValue(0, 0, 1234.6);
        named.setValue(0, 1, 2);
        named.setError(1, throttled());
        named.setValue(2, 0, 1400);
        named.setValue(2, 1, 80);
        named.setValue(3, 0, 1500);
        named.setValue(3, 1, 80);
        MauTableModel model;
        model.setDataSet(named);
        const QByteArray csv = model.toCsv();
        QVERIFY(csv.startsWith("\xEF\xBB\xBF"));
        const QStringList lines = QString::fromUtf8(csv.mid(3)).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 6);
        QCOMPARE(lines.at(0), QStringLiteral("Month,Total,Change (%),\"'=SUM(A1), \"\"x\"\"\",u2,Status"));
        QCOMPARE(lines.at(1), QStringLiteral("2025-01,1237,,1235,2,OK"));
        QCOMPARE(lines.at(2), QStringLiteral("2025-02,,,,,Failed: Throttling (RequestId 20251218141517055145009245REQ)"));
        QCOMPARE(lines.at(3), QStringLiteral("2025-03,1480,,1400,80,OK"));   // previous month failed: no change
        QCOMPARE(lines.at(4), QStringLiteral("2025-04,1580,6.8,1500,80,OK"));
        QCOMPARE(lines.at(5), QStringLiteral("Total,4297,,4135,162,"));
    }
};

QTEST_GUILESS_MAIN(TestMauTableModel)
#include "tst_mautablemodel.moc"
