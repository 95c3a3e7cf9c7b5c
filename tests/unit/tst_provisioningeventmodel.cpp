// SPDX-License-Identifier: GPL-3.0-or-later
#include "FakeDirectoryBackend.h"
#include "models/ProvisioningEventFilterProxy.h"
#include "models/ProvisioningEventModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

class TestProvisioningEventModel : public QObject
{
    Q_OBJECT
private slots:
    void loadsEveryPageWithQuery();
    void displayAndRaw();
    void removeAndLookup();
    void proxyFilterAndSort();
    void errorIsReported();
};

static ProvisioningEvent makeEvent(int i)
{
    ProvisioningEvent e;
    e.id = QStringLiteral("upe-%1").arg(i, 4, 10, QLatin1Char('0'));
    e.provisioningId = QStringLiteral("up-%1").arg(i % 7);
    e.principalId = QStringLiteral("u-%1").arg(i);
    e.principalName = i % 4 == 0 ? QStringLiteral("李娜%1").arg(i) : QStringLiteral("alice%1").arg(i);
    e.principalType = QStringLiteral("User");
    e.targetId = QStringLiteral("1000%1").arg(i % 3);
    e.targetName = QStringLiteral("account-%1").arg(i % 3);
    e.status = i % 3 == 0 ? QStringLiteral("DeleteProvisionFailed") : QStringLiteral("ProvisionFailed");
    e.failureReason = QStringLiteral("OperationConflict.UserProvisioning.Process.fail.ImsUserExists\nline2");
    e.duplicationStrategy = i % 2 ? QStringLiteral("TakeOver") : QStringLiteral("KeepBoth");
    e.created = QDateTime(QDate(2025, 1, 1), QTime(0, 0), Qt::UTC).addSecs(i * 3600);
    e.updated = e.created.addSecs(60);
    return e;
}

void TestProvisioningEventModel::loadsEveryPageWithQuery()
{
    FakeDirectoryBackend backend;
    for (int i = 0; i < 240; ++i)
        backend.events.append(makeEvent(i));
    ProvisioningEventModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setBackend(&backend);
    QSignalSpy finished(&model, &PagedTableModel::loadFinished);
    model.reload();
    QVERIFY(finished.wait());
    QCOMPARE(model.rowCount(), 240);
    QCOMPARE(backend.listEventsCalls, 3);

    DirectoryBackend::EventQuery q;
    q.status = QStringLiteral("DeleteProvisionFailed");
    model.setQuery(q);
    QVERIFY(finished.wait());
    QCOMPARE(model.rowCount(), 80);
    QCOMPARE(backend.eventQueries.last().status, QStringLiteral("DeleteProvisionFailed"));
    for (int r = 0; r < model.rowCount(); ++r)
        QCOMPARE(model.index(r, ProvisioningEventModel::Status).data(ProvisioningEventModel::RawValueRole).toString(),
                 QStringLiteral("DeleteProvisionFailed"));
}

void TestProvisioningEventModel::displayAndRaw()
{
    ProvisioningEventModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    ProvisioningEvent e = makeEvent(1);
    model.appendEvents({e});
    QCOMPARE(model.index(0, ProvisioningEventModel::Principal).data().toString(), e.principalName);
    QCOMPARE(model.index(0, ProvisioningEventModel::Target).data().toString(), e.targetName);
    QCOMPARE(model.index(0, ProvisioningEventModel::Status).data().toString(), QStringLiteral("Provisioning failed"));
    QVERIFY(!model.index(0, ProvisioningEventModel::FailureReason).data().toString().contains(QLatin1Char('\n')));
    QCOMPARE(model.index(0, ProvisioningEventModel::FailureReason).data(ProvisioningEventModel::RawValueRole).toString(),
             e.failureReason);
    QCOMPARE(model.index(0, ProvisioningEventModel::Time).data(ProvisioningEventModel::RawValueRole).toDateTime(), e.updated);
    QCOMPARE(model.index(0, 0).data(ProvisioningEventModel::StrategyRole).toString(), QStringLiteral("TakeOver"));
    QCOMPARE(model.index(0, 0).data(ProvisioningEventModel::IdRole).toString(), e.id);
    QVERIFY(model.index(0, ProvisioningEventModel::Target).data(Qt::ToolTipRole).toString().contains(e.targetId));
    // A principal without a name shows its id.
    ProvisioningEvent noName = makeEvent(2);
    noName.principalName.clear();
    model.appendEvents({noName});
    QCOMPARE(model.index(1, ProvisioningEventModel::Principal).data().toString(), noName.principalId);
}

void TestProvisioningEventModel::removeAndLookup()
{
    ProvisioningEventModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.appendEvents({makeEvent(1), makeEvent(2), makeEvent(3)});
    QCOMPARE(model.eventById(makeEvent(2).id).principalId, makeEvent(2).principalId);
    QVERIFY(model.removeEvent(makeEvent(2).id));
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.rowOfId(makeEvent(3).id), 1);
    QVERIFY(model.eventById(makeEvent(2).id).id.isEmpty());
}

void TestProvisioningEventModel::proxyFilterAndSort()
{
    ProvisioningEventModel model;
    ProvisioningEventFilterProxy proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QList<ProvisioningEvent> events;
    for (int i = 0; i < 12; ++i)
        events.append(makeEvent(i));
    model.appendEvents(events);
    proxy.setFilterText(QStringLiteral("李娜"));
    QCOMPARE(proxy.rowCount(), 3);   // 0, 4, 8
    proxy.setFilterText(QStringLiteral("account-2"));
    QCOMPARE(proxy.rowCount(), 4);
    proxy.setFilterText(QString());
    proxy.setStatusFilter(QStringLiteral("DeleteProvisionFailed"));
    QCOMPARE(proxy.rowCount(), 4);
    proxy.setStatusFilter(QString());
    proxy.sort(ProvisioningEventModel::Time, Qt::DescendingOrder);
    QCOMPARE(proxy.index(0, ProvisioningEventModel::EventId).data().toString(), makeEvent(11).id);
}

void TestProvisioningEventModel::errorIsReported()
{
    FakeDirectoryBackend backend;
    backend.events.append(makeEvent(1));
    backend.failNextList = ApiError::make(ApiError::Kind::Network, QStringLiteral("NetworkError"), QStringLiteral("refused"));
    ProvisioningEventModel model;
    model.setBackend(&backend);
    QSignalSpy failed(&model, &PagedTableModel::loadFailed);
    model.reload();
    QVERIFY(failed.wait());
    QCOMPARE(model.lastError().kind, ApiError::Kind::Network);
    model.retry();
    QTRY_COMPARE(model.rowCount(), 1);
}

QTEST_GUILESS_MAIN(TestProvisioningEventModel)
#include "tst_provisioningeventmodel.moc"
