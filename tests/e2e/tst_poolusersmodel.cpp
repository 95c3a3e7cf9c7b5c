// SPDX-License-Identifier: GPL-3.0-or-later
// PoolUserSparseModel and pool-user deletes (BulkOperation::deletePoolUsers in the BulkRunner) against the real emulator's 1,000,000-user pool
// (--dataset large --pool-users 1000000): the first rows, a jump to the middle that sends exactly one ListUsers
// (page 5,001), a search that drops the old pages, and a batch delete whose per-item failure is reported.
#include "api/ApiClient.h"
#include "cloud/PoolDirectoryService.h"
#include "cloud/BulkOperation.h"
#include "cloud/BulkRunner.h"
#include "cloud/Session.h"
#include "cloud/UserPoolService.h"
#include "DirectoryBackendTestSupport.h"
#include "EmulatorFixture.h"
#include "models/PoolServicePageSource.h"
#include "models/PoolUserSparseModel.h"

#include <QSignalSpy>
#include <QtTest>
#include <memory>

class TestPoolUsersModel : public QObject, public DirectoryBackendTestSupport
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void firstRowsThenJumpToTheMiddle();
    void searchStartsANewGeneration();
    void deleteReportsEachFailure();

private:
    int listUsersSent() const;

    std::unique_ptr<EmulatorFixture> m_emu;
    std::unique_ptr<Session> m_session;
    std::unique_ptr<PoolDirectoryService> m_service;
    QString m_pool;
    QList<ExchangeRecord> m_exchanges;
};

void TestPoolUsersModel::initTestCase()
{
    m_emu = std::make_unique<EmulatorFixture>(QStringList{QStringLiteral("--dataset"), QStringLiteral("large"),
                                                          QStringLiteral("--pool-users"), QStringLiteral("1000000")});
    QString error;
    QVERIFY2(m_emu->start(&error), qPrintable(error));
    m_session = emulatorSession(*m_emu, QStringLiteral("e2e-pool-users"), Profile::Provider::Volcengine,
                                QStringLiteral("id"));
    connect(m_session.get(), &Session::exchangeFinished, this, [this](const ExchangeRecord &r) { m_exchanges << r; });
    m_service = std::make_unique<PoolDirectoryService>(m_session->client());
    UserPoolService pools(m_session->client());
    bool done = false;
    pools.listUserPools(this, [&](const QList<UserPool> &list, const ApiResult &r) {
        QVERIFY2(r.ok, qPrintable(r.error.message));
        for (const UserPool &p : list)
            if (p.name == QLatin1String("load-test"))
                m_pool = p.uid;
        done = true;
    });
    QTRY_VERIFY_WITH_TIMEOUT(done, 30000);
    QVERIFY(!m_pool.isEmpty());
}

void TestPoolUsersModel::cleanupTestCase()
{
    m_service.reset();
    m_session.reset();
    m_emu.reset();
}

int TestPoolUsersModel::listUsersSent() const
{
    int n = 0;
    for (const ExchangeRecord &r : m_exchanges)
        n += r.action == QLatin1String("ListUsers") ? 1 : 0;
    return n;
}

void TestPoolUsersModel::firstRowsThenJumpToTheMiddle()
{
    PoolServicePageSource source(m_service.get(), m_pool);
    PoolUserSparseModel model;
    model.setSource(&source);
    QSignalSpy first(&model, &PoolUserSparseModel::firstPageLoaded);
    QSignalSpy pages(&model, &PoolUserSparseModel::pageLoaded);
    const int before = listUsersSent();
    model.reload();
    QTRY_COMPARE_WITH_TIMEOUT(first.count(), 1, 30000);
    QCOMPARE(first.first().first().toBool(), true);
    QCOMPARE(model.rowCount(), 1000000);
    const QModelIndex top = model.index(0, PoolUserSparseModel::PreferredUsername);
    QCOMPARE(top.data(PoolUserSparseModel::PlaceholderRole).toBool(), false);
    QVERIFY(top.data().toString().endsWith(QLatin1String("1")));
    QVERIFY(model.index(99, PoolUserSparseModel::Email).data().toString().contains(QLatin1Char('@')));
    QCOMPARE(listUsersSent() - before, 1);

    // Jump: the rows a view shows around row 500,000.
    for (int row = 500000; row < 500040; ++row)
        for (int c = 0; c < PoolUserSparseModel::Uid; ++c)
            QVERIFY(model.index(row, c).data().isValid() || c > 0);
    QCOMPARE(model.index(500000, 0).data().toString(), PoolUserSparseModel::loadingText());
    QTRY_COMPARE_WITH_TIMEOUT(pages.count(), 2, 30000);
    QCOMPARE(pages.last().first().toInt(), 5001);
    QCOMPARE(listUsersSent() - before, 2);   // page 1 and page 5,001: nothing in between
    QCOMPARE(source.requestsSent(), 2);
    QCOMPARE(model.requestsSent(), 2);
    const QString name = model.index(500000, PoolUserSparseModel::PreferredUsername).data().toString();
    QVERIFY2(name.endsWith(QLatin1String("500001")), qPrintable(name));
    QCOMPARE(model.index(500000, 0).data(PoolUserSparseModel::PlaceholderRole).toBool(), false);
    QCOMPARE(model.cachedPages().size(), 2);
}

void TestPoolUsersModel::searchStartsANewGeneration()
{
    PoolServicePageSource source(m_service.get(), m_pool);
    PoolUserSparseModel model;
    model.setSource(&source);
    QSignalSpy first(&model, &PoolUserSparseModel::firstPageLoaded);
    model.reload();
    QTRY_COMPARE_WITH_TIMEOUT(first.count(), 1, 30000);
    model.index(300000, 0).data();
    model.flushRequests();
    QCOMPARE(model.pagesInFlight(), QList<int>{3001});
    // A filter on one exact user name while page 3,001 is on its way: the old page never lands.
    const QString wanted = model.index(7, PoolUserSparseModel::PreferredUsername).data().toString();
    PoolUserQuery q;
    q.filters.insert(QStringLiteral("PreferredUsername"), wanted);
    model.setQuery(q);
    model.reload();
    QTRY_COMPARE_WITH_TIMEOUT(first.count(), 2, 60000);   // a filter scans the pool on the emulator
    // The emulator matches string filters by substring (the docs do not say): "given.family8" also finds 80-89...
    QVERIFY2(model.rowCount() >= 1 && model.rowCount() < 1000, qPrintable(QString::number(model.rowCount())));
    for (int row = 0; row < qMin(model.rowCount(), 100); ++row)
        QVERIFY(model.index(row, PoolUserSparseModel::PreferredUsername).data().toString().contains(wanted));
    QVERIFY(model.requestsCancelled() >= 1);
    QCOMPARE(model.cachedPages(), QList<int>{1});
}

void TestPoolUsersModel::deleteReportsEachFailure()
{
    // Two real users of the generated pool and one that does not exist, with more ids than one batch holds.
    PoolServicePageSource source(m_service.get(), m_pool);
    PoolUserSparseModel model;
    model.setSource(&source);
    QSignalSpy first(&model, &PoolUserSparseModel::firstPageLoaded);
    model.reload();
    QTRY_COMPARE_WITH_TIMEOUT(first.count(), 1, 30000);
    QSignalSpy pages(&model, &PoolUserSparseModel::pageLoaded);
    model.index(100, 0).data();   // page 2
    model.flushRequests();
    QTRY_COMPARE_WITH_TIMEOUT(pages.count(), 1, 30000);
    QStringList uids;
    for (int row = 0; row < PoolDirectoryService::kMaxDeleteBatch + 5; ++row)
        uids << model.index(row, 0).data(PoolUserSparseModel::IdRole).toString();
    QCOMPARE(uids.size(), PoolDirectoryService::kMaxDeleteBatch + 5);
    QVERIFY(!uids.contains(QString()));
    uids.insert(50, QStringLiteral("ghost-user"));
    BulkRunner runner;
    QSignalSpy finished(&runner, &BulkRunner::finished);
    QSignalSpy itemDone(&runner, &BulkRunner::itemFinished);
    runner.start(BulkOperation::deletePoolUsers(m_pool, uids), m_service.get());
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 60000);
    const BulkSummary s = finished.first().first().value<BulkSummary>();
    QCOMPARE(runner.requestsSent(), 2);          // 106 uids: two DeleteUsers requests, not 106
    QCOMPARE(itemDone.count(), uids.size());     // but one outcome per user
    QCOMPARE(s.succeeded, uids.size() - 1);
    QCOMPARE(s.appliedIds().size(), uids.size() - 1);
    QCOMPARE(s.failed, 1);
    QCOMPARE(s.failures.size(), 1);
    QCOMPARE(s.ids.value(s.failures.first().index), QStringLiteral("ghost-user"));
    QCOMPARE(s.failures.first().index, 50);
    QVERIFY(!s.failures.first().message.isEmpty());
    QVERIFY(!s.appliedIds().contains(QStringLiteral("ghost-user")));
    // The pool shrank by what was deleted.
    model.invalidate();
    model.index(0, 0).data();
    model.flushRequests();
    QTRY_VERIFY_WITH_TIMEOUT(model.userAt(0) != nullptr, 30000);
    QCOMPARE(model.rowCount(), 1000000 - (uids.size() - 1));
}

QTEST_MAIN(TestPoolUsersModel)
#include "tst_poolusersmodel.moc"
