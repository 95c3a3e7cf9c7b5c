// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/ActivityLogFilterProxy.h"
#include "models/ActivityLogModel.h"
#include "models/CsvWriter.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

class TestActivityLogModel : public QObject
{
    Q_OBJECT
private slots:
    void columnsAndValues();
    void capDropsOldest();
    void proxyFilters();
    void urlIsNeverKept();
    void clearResets();
    void recordModelSortsAndTrims();
};

static ExchangeRecord makeRecord(int i, int status = 200, const QString &code = {})
{
    ExchangeRecord r;
    r.time = QDateTime(QDate(2025, 5, 1), QTime(10, 0), Qt::UTC).addMSecs(i * 250);
    r.profile = i % 2 ? QStringLiteral("prod") : QStringLiteral("测试");
    r.service = i % 3 ? QStringLiteral("cloudsso") : QStringLiteral("cloudidentity");
    r.action = QStringLiteral("ListUsers");
    r.method = QStringLiteral("POST");
    r.url = QStringLiteral("https://cloudsso.cn-shanghai.aliyuncs.com/?DirectoryId=d-1&MaxResults=100");
    r.httpStatus = status;
    r.errorCode = code;
    r.requestId = QStringLiteral("REQ-%1").arg(i);
    r.elapsedMs = 40 + i;
    r.attempt = 1;
    return r;
}

void TestActivityLogModel::columnsAndValues()
{
    ActivityLogModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.append(makeRecord(1));
    model.append(makeRecord(2, 0, QStringLiteral("NetworkError")));
    model.append(makeRecord(3, 429, QStringLiteral("Throttling.User")));
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.columnCount(), int(ActivityLogModel::ColumnCount));
    QCOMPARE(model.index(0, ActivityLogModel::Profile).data().toString(), QStringLiteral("prod"));
    QCOMPARE(model.index(0, ActivityLogModel::Service).data().toString(), QStringLiteral("cloudsso"));
    QCOMPARE(model.index(0, ActivityLogModel::Action).data().toString(), QStringLiteral("ListUsers"));
    QCOMPARE(model.index(0, ActivityLogModel::HttpStatus).data().toString(), QStringLiteral("200"));
    QCOMPARE(model.index(0, ActivityLogModel::HttpStatus).data(ActivityLogModel::RawValueRole).toInt(), 200);
    QCOMPARE(model.index(0, ActivityLogModel::RequestId).data().toString(), QStringLiteral("REQ-1"));
    QCOMPARE(model.index(0, ActivityLogModel::Latency).data(ActivityLogModel::RawValueRole).toLongLong(), 41);
    QVERIFY(model.index(0, ActivityLogModel::Latency).data().toString().contains(QLatin1String("41")));
    QCOMPARE(model.index(1, ActivityLogModel::HttpStatus).data().toString(), QStringLiteral("—"));
    QCOMPARE(model.index(2, ActivityLogModel::ErrorCode).data().toString(), QStringLiteral("Throttling.User"));
    QVERIFY(!model.index(0, 0).data(ActivityLogModel::IsErrorRole).toBool());
    QVERIFY(model.index(1, 0).data(ActivityLogModel::IsErrorRole).toBool());
    QVERIFY(model.index(2, 0).data(ActivityLogModel::IsErrorRole).toBool());
    QCOMPARE(model.headerData(ActivityLogModel::RequestId, Qt::Horizontal).toString(), QStringLiteral("RequestId"));
}

void TestActivityLogModel::capDropsOldest()
{
    ActivityLogModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.capacity(), 50000);
    model.setCapacity(100);
    for (int i = 0; i < 250; ++i) {
        model.append(makeRecord(i));
        QVERIFY(model.rowCount() <= 100);
    }
    QCOMPARE(model.rowCount(), 100);
    QCOMPARE(model.droppedCount(), 150);
    QCOMPARE(model.index(99, ActivityLogModel::RequestId).data().toString(), QStringLiteral("REQ-249"));
    QCOMPARE(model.index(0, ActivityLogModel::RequestId).data().toString(), QStringLiteral("REQ-150"));

    // A big log drops in chunks of 1% and never exceeds the cap.
    ActivityLogModel big;
    big.setCapacity(1000);
    for (int i = 0; i < 1001; ++i)
        big.append(makeRecord(i));
    QCOMPARE(big.rowCount(), 991);
    QCOMPARE(big.index(big.rowCount() - 1, ActivityLogModel::RequestId).data().toString(), QStringLiteral("REQ-1000"));
    big.setCapacity(500);
    QVERIFY(big.rowCount() <= 500);
}

void TestActivityLogModel::proxyFilters()
{
    ActivityLogModel model;
    ActivityLogFilterProxy proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    for (int i = 0; i < 30; ++i)
        model.append(i % 10 == 0 ? makeRecord(i, 404, QStringLiteral("EntityNotExists.User")) : makeRecord(i));
    proxy.setErrorsOnly(true);
    QCOMPARE(proxy.rowCount(), 3);
    proxy.setErrorsOnly(false);
    proxy.setServiceFilter(QStringLiteral("cloudidentity"));
    QCOMPARE(proxy.rowCount(), 10);
    proxy.setServiceFilter(QString());
    proxy.setFilterText(QStringLiteral("req-2"));
    QCOMPARE(proxy.rowCount(), 11);   // REQ-2, REQ-20..29
    proxy.setFilterText(QStringLiteral("entitynotexists"));
    QCOMPARE(proxy.rowCount(), 3);
    proxy.setFilterText(QStringLiteral("404"));
    QCOMPARE(proxy.rowCount(), 3);
    proxy.setFilterText(QStringLiteral("测试"));
    QCOMPARE(proxy.rowCount(), 15);
    proxy.setFilterText(QString());
    // New records pass through the filter as they arrive.
    proxy.setErrorsOnly(true);
    model.append(makeRecord(100, 500, QStringLiteral("InternalError")));
    QCOMPARE(proxy.rowCount(), 4);
    proxy.sort(ActivityLogModel::Latency, Qt::DescendingOrder);
    QCOMPARE(proxy.index(0, ActivityLogModel::RequestId).data().toString(), QStringLiteral("REQ-100"));
}

void TestActivityLogModel::urlIsNeverKept()
{
    ActivityLogModel model;
    ExchangeRecord r = makeRecord(1);
    r.url = QStringLiteral("https://host/?Secret=TOPSECRET");
    model.append(r);
    QVERIFY(model.record(0).url.isEmpty());
    const QByteArray csv = CsvWriter::toCsv(&model);
    QVERIFY(!csv.contains("TOPSECRET"));
    QVERIFY(!csv.contains("aliyuncs.com"));
    QVERIFY(csv.contains("REQ-1"));
}

void TestActivityLogModel::clearResets()
{
    ActivityLogModel model;
    model.setCapacity(5);
    for (int i = 0; i < 8; ++i)
        model.append(makeRecord(i));
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.clear();
    QCOMPARE(reset.count(), 1);
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.droppedCount(), 0);
}

// On the shared record model: ties keep the log order, ranks survive trimming at the cap, the status filter is
// exact (a quick filter "40" does not match 404), a service filter combines with errors only.
void TestActivityLogModel::recordModelSortsAndTrims()
{
    ActivityLogModel model;
    model.setCapacity(200);
    ActivityLogFilterProxy proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    for (int i = 0; i < 150; ++i) {
        ExchangeRecord r = makeRecord(i, i % 10 == 0 ? 404 : 200);
        r.elapsedMs = i % 4;   // many equal latencies
        model.append(r);
    }
    proxy.sort(ActivityLogModel::Latency, Qt::AscendingOrder);
    // Equal latencies in log order.
    QCOMPARE(proxy.index(0, ActivityLogModel::RequestId).data().toString(), QStringLiteral("REQ-0"));
    QCOMPARE(proxy.index(1, ActivityLogModel::RequestId).data().toString(), QStringLiteral("REQ-4"));
    QCOMPARE(proxy.index(37, ActivityLogModel::RequestId).data().toString(), QStringLiteral("REQ-148"));
    QCOMPARE(proxy.index(38, ActivityLogModel::RequestId).data().toString(), QStringLiteral("REQ-1"));
    // Past the cap: the oldest go (2 = 1% of 200 at a time), the sort stays.
    for (int i = 150; i < 260; ++i) {
        ExchangeRecord r = makeRecord(i);
        r.elapsedMs = i % 4;
        model.append(r);
    }
    QVERIFY(model.rowCount() <= 200);
    QCOMPARE(model.droppedCount(), 260 - model.rowCount());
    QCOMPARE(proxy.rowCount(), model.rowCount());
    const QString oldest = model.index(0, ActivityLogModel::RequestId).data().toString();
    QCOMPARE(oldest, QStringLiteral("REQ-%1").arg(260 - model.rowCount()));
    int previous = -1;
    int previousSeq = -1;
    for (int r = 0; r < proxy.rowCount(); ++r) {
        const int latency = proxy.index(r, ActivityLogModel::Latency).data(ActivityLogModel::RawValueRole).toInt();
        const int seq = proxy.index(r, ActivityLogModel::RequestId).data().toString().mid(4).toInt();
        QVERIFY(latency >= previous);
        if (latency == previous)
            QVERIFY2(seq > previousSeq, qPrintable(QStringLiteral("row %1").arg(r)));
        previous = latency;
        previousSeq = seq;
    }
    QCOMPARE(model.rowCount(), 200);
    QCOMPARE(oldest, QStringLiteral("REQ-60"));
    // The HTTP status matches exactly: "40" finds REQ-140 and REQ-240 only, not the 404s of REQ-60..130.
    proxy.setFilterText(QStringLiteral("40"));
    QCOMPARE(proxy.rowCount(), 2);
    proxy.setFilterText(QStringLiteral("404"));
    QCOMPARE(proxy.rowCount(), 9);   // REQ-60, 70 ... 140
    proxy.setFilterText(QString());
    proxy.setServiceFilter(QStringLiteral("cloudidentity"));
    QCOMPARE(proxy.serviceFilter(), QStringLiteral("cloudidentity"));
    proxy.setErrorsOnly(true);
    for (int r = 0; r < proxy.rowCount(); ++r) {
        const int seq = proxy.index(r, ActivityLogModel::RequestId).data().toString().mid(4).toInt();
        QCOMPARE(seq % 3, 0);    // cloudidentity
        QCOMPARE(seq % 10, 0);   // 404
    }
    QCOMPARE(proxy.rowCount(), 3);   // REQ-60, REQ-90, REQ-120
}

QTEST_GUILESS_MAIN(TestActivityLogModel)
#include "tst_activitylogmodel.moc"
