// SPDX-License-Identifier: GPL-3.0-or-later
#include "FakeDirectoryBackend.h"
#include "models/UserFilterProxy.h"
#include "models/UserListModel.h"

#include <QAbstractItemModelTester>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTest>

class TestUserListModel : public QObject
{
    Q_OBJECT
private slots:
    void firstPageOnReload();
    void fetchMorePagesUntilExhausted();
    void queryResetDiscardsStalePages();
    void failedPageStopsFetchingUntilRetry();
    void rawValuesAndRoles();
    void upsertRemoveStatus();
    void duplicatesAcrossPagesAreMerged();
    void proxyFilterAndSort();
    void proxyForwardsFetchMore();
    void rankedSortStaysConsistent_data();
    void rankedSortStaysConsistent();
    void retranslateEmitsHeaderChanged();
};

static FakeDirectoryBackend *backendWith(int users, QObject *parent)
{
    auto *b = new FakeDirectoryBackend(parent);
    for (int i = 0; i < users; ++i)
        b->users.append(FakeDirectoryBackend::makeUser(i));
    return b;
}

void TestUserListModel::firstPageOnReload()
{
    QObject owner;
    auto *backend = backendWith(250, &owner);
    UserListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setBackend(backend);
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(!model.canFetchMore());   // nothing until reload()
    QSignalSpy loaded(&model, &PagedTableModel::pageLoaded);
    model.reload();
    QVERIFY(model.isLoading());
    QVERIFY(!model.canFetchMore());   // one page at a time
    QVERIFY(loaded.wait());
    QCOMPARE(model.rowCount(), 100);
    QCOMPARE(model.totalCount(), 250);
    QCOMPARE(backend->listUsersCalls, 1);
    QCOMPARE(backend->userCursors.first(), QString());
    QVERIFY(model.canFetchMore());
    QCOMPARE(model.index(0, UserListModel::UserName).data().toString(), QStringLiteral("user0"));
}

void TestUserListModel::fetchMorePagesUntilExhausted()
{
    QObject owner;
    auto *backend = backendWith(250, &owner);
    UserListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setBackend(backend);
    QSignalSpy finished(&model, &PagedTableModel::loadFinished);
    model.reload();
    QTRY_COMPARE(model.rowCount(), 100);
    model.fetchMore();
    model.fetchMore();   // ignored while a page is in flight
    QTRY_COMPARE(model.rowCount(), 200);
    QCOMPARE(backend->listUsersCalls, 2);
    QCOMPARE(backend->userCursors.at(1), QStringLiteral("100"));
    model.fetchMore();
    QTRY_COMPARE(model.rowCount(), 250);
    QCOMPARE(finished.count(), 1);
    QVERIFY(!model.canFetchMore());
    QVERIFY(!model.hasMore());
    model.fetchMore();
    QTest::qWait(20);
    QCOMPARE(backend->listUsersCalls, 3);
}

void TestUserListModel::queryResetDiscardsStalePages()
{
    QObject owner;
    auto *backend = backendWith(300, &owner);
    for (int i = 0; i < 5; ++i)
        backend->users.append(FakeDirectoryBackend::makeUser(i, QStringLiteral("zed")));
    UserListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setBackend(backend);
    // The first (unfiltered) page is slow, the search answer fast: the slow one must not land afterwards.
    backend->listDelays = {200, 10};
    model.reload();
    DirectoryBackend::UserQuery q;
    q.search = QStringLiteral("zed");
    model.setQuery(q);
    QTRY_COMPARE(model.rowCount(), 5);
    QTest::qWait(300);   // the stale page arrives now and is discarded
    QCOMPARE(model.rowCount(), 5);
    for (int r = 0; r < model.rowCount(); ++r)
        QVERIFY(model.index(r, UserListModel::UserName).data().toString().startsWith(QLatin1String("zed")));
    QVERIFY(!model.canFetchMore());
    QCOMPARE(backend->userQueries.last().search, QStringLiteral("zed"));

    // Source / status filters travel to the backend.
    q.search.clear();
    q.status = QStringLiteral("Disabled");
    model.setQuery(q);
    QTRY_VERIFY(model.rowCount() > 0);
    for (int r = 0; r < model.rowCount(); ++r)
        QCOMPARE(model.index(r, 0).data(UserListModel::StatusRole).toString(), QStringLiteral("Disabled"));
}

void TestUserListModel::failedPageStopsFetchingUntilRetry()
{
    QObject owner;
    auto *backend = backendWith(150, &owner);
    UserListModel model;
    model.setBackend(backend);
    backend->failNextList = ApiError::make(ApiError::Kind::Api, QStringLiteral("Throttling.User"), QStringLiteral("slow down"));
    backend->failNextList.requestId = QStringLiteral("REQ-1");
    QSignalSpy failed(&model, &PagedTableModel::loadFailed);
    model.reload();
    QVERIFY(failed.wait());
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.lastError().code, QStringLiteral("Throttling.User"));
    QCOMPARE(failed.first().first().value<ApiError>().requestId, QStringLiteral("REQ-1"));
    QVERIFY(!model.canFetchMore());   // a view would otherwise hammer the failing page
    QVERIFY(model.hasAnswered());
    model.retry();
    QTRY_COMPARE(model.rowCount(), 100);
    QVERIFY(!model.lastError().isError());
    QVERIFY(model.canFetchMore());
}

void TestUserListModel::rawValuesAndRoles()
{
    UserListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    DirectoryUser u = FakeDirectoryBackend::makeUser(7);
    u.phone = QStringLiteral("+8613800000000");
    u.created = QDateTime::fromString(QStringLiteral("2024-07-22T21:53:54+08:00"), Qt::ISODate);
    model.appendUsers({u});
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.columnCount(), int(UserListModel::ColumnCount));
    const QModelIndex created = model.index(0, UserListModel::Created);
    QCOMPARE(created.data(UserListModel::RawValueRole).toDateTime(), u.created);
    QCOMPARE(created.data(UserListModel::RawValueRole).toDateTime().timeSpec(), Qt::UTC);   // compact
    QCOMPARE(model.index(0, UserListModel::Status).data(UserListModel::RawValueRole).toString(), QStringLiteral("Enabled"));
    QCOMPARE(model.index(0, UserListModel::Status).data().toString(), QStringLiteral("Enabled"));
    QCOMPARE(model.index(0, UserListModel::Source).data(UserListModel::RawValueRole).toString(), QStringLiteral("Manual"));
    QCOMPARE(model.index(0, UserListModel::Phone).data().toString(), u.phone);
    QCOMPARE(model.index(0, UserListModel::DisplayName).data(UserListModel::IdRole).toString(), u.id);
    QCOMPARE(model.user(0).userName, u.userName);
    QVERIFY(model.user(0).raw.isEmpty());   // list rows stay compact
    QCOMPARE(model.headerData(UserListModel::Email, Qt::Horizontal).toString(), QStringLiteral("Email"));
    QVERIFY(!model.index(0, 0).data(UserListModel::SearchTextRole).toString().isEmpty());
}

void TestUserListModel::upsertRemoveStatus()
{
    UserListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QList<DirectoryUser> users;
    for (int i = 0; i < 10; ++i)
        users.append(FakeDirectoryBackend::makeUser(i));
    model.appendUsers(users);
    DirectoryUser created = FakeDirectoryBackend::makeUser(99);
    QCOMPARE(model.upsertUser(created), 0);   // new users go to the top
    QCOMPARE(model.rowCount(), 11);
    QCOMPARE(model.rowOfId(users.at(0).id), 1);
    created.displayName = QStringLiteral("Renamed");
    QCOMPARE(model.upsertUser(created), 0);
    QCOMPARE(model.rowCount(), 11);
    QCOMPARE(model.index(0, UserListModel::DisplayName).data().toString(), QStringLiteral("Renamed"));
    QVERIFY(model.removeUser(users.at(3).id));
    QCOMPARE(model.rowCount(), 10);
    QCOMPARE(model.rowOfId(users.at(3).id), -1);
    QCOMPARE(model.rowOfId(users.at(9).id), 9);
    QVERIFY(!model.removeUser(QStringLiteral("nope")));
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QVERIFY(model.setUserStatus(users.at(1).id, QStringLiteral("Disabled")));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(model.index(model.rowOfId(users.at(1).id), UserListModel::Status).data(UserListModel::RawValueRole).toString(),
             QStringLiteral("Disabled"));
}

void TestUserListModel::duplicatesAcrossPagesAreMerged()
{
    UserListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QList<DirectoryUser> page1{FakeDirectoryBackend::makeUser(1), FakeDirectoryBackend::makeUser(2)};
    DirectoryUser again = FakeDirectoryBackend::makeUser(2);
    again.displayName = QStringLiteral("Newer");
    model.appendUsers(page1);
    model.appendUsers({again, FakeDirectoryBackend::makeUser(3), FakeDirectoryBackend::makeUser(3)});
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.index(1, UserListModel::DisplayName).data().toString(), QStringLiteral("Newer"));
}

void TestUserListModel::proxyFilterAndSort()
{
    UserListModel model;
    UserFilterProxy proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QList<DirectoryUser> users;
    for (int i = 0; i < 30; ++i)
        users.append(FakeDirectoryBackend::makeUser(i));
    users[4].displayName = QStringLiteral("张伟");
    model.appendUsers(users);
    proxy.setFilterText(QStringLiteral("USER2"));   // case-insensitive: user2, user20..user29
    QCOMPARE(proxy.rowCount(), 11);
    proxy.setFilterText(QStringLiteral("张"));
    QCOMPARE(proxy.rowCount(), 1);
    QCOMPARE(proxy.index(0, UserListModel::UserName).data().toString(), QStringLiteral("user4"));
    proxy.setFilterText(QStringLiteral("u-000017"));   // ids match too
    QCOMPARE(proxy.rowCount(), 1);
    proxy.setFilterText(QString());
    proxy.setStatusFilter(QStringLiteral("Disabled"));
    QCOMPARE(proxy.rowCount(), 6);   // 0, 5, 10, 15, 20, 25
    proxy.setStatusFilter(QString());
    QCOMPARE(proxy.rowCount(), 30);

    proxy.sort(UserListModel::UserName, Qt::DescendingOrder);
    QCOMPARE(proxy.index(0, UserListModel::UserName).data().toString(), QStringLiteral("user9"));
    proxy.sort(UserListModel::Created, Qt::DescendingOrder);
    QCOMPARE(proxy.index(0, UserListModel::UserName).data().toString(), QStringLiteral("user29"));
    proxy.sort(UserListModel::UserId, Qt::AscendingOrder);
    QCOMPARE(proxy.index(0, UserListModel::UserId).data().toString(), QStringLiteral("u-000000"));
    // Rows appended later land sorted (dynamic sort).
    model.appendUsers({FakeDirectoryBackend::makeUser(0)});   // already there: merged
    QCOMPARE(model.rowCount(), 30);
    DirectoryUser first;
    first.id = QStringLiteral("a-0");
    first.userName = QStringLiteral("aaa");
    model.appendUsers({first});
    QCOMPARE(proxy.index(0, UserListModel::UserId).data().toString(), QStringLiteral("a-0"));
}

void TestUserListModel::proxyForwardsFetchMore()
{
    QObject owner;
    auto *backend = backendWith(150, &owner);
    UserListModel model;
    UserFilterProxy proxy;
    proxy.setSourceModel(&model);
    model.setBackend(backend);
    model.reload();
    QTRY_COMPARE(proxy.rowCount(), 100);
    QVERIFY(proxy.canFetchMore(QModelIndex()));
    proxy.fetchMore(QModelIndex());
    QTRY_COMPARE(proxy.rowCount(), 150);
    QVERIFY(!proxy.canFetchMore(QModelIndex()));
}

void TestUserListModel::rankedSortStaysConsistent_data()
{
    QTest::addColumn<int>("column");
    QTest::newRow("user name") << int(UserListModel::UserName);
    QTest::newRow("display name") << int(UserListModel::DisplayName);
    QTest::newRow("email") << int(UserListModel::Email);
    QTest::newRow("created") << int(UserListModel::Created);
    QTest::newRow("status") << int(UserListModel::Status);
    QTest::newRow("user id") << int(UserListModel::UserId);
}

static QList<DirectoryUser> randomUsers(int from, int count, QRandomGenerator &rng)
{
    static const QStringList names{QStringLiteral("Zoe"), QStringLiteral("adam"), QStringLiteral("Émile"), QStringLiteral("张伟"),
                                   QStringLiteral("bob"), QStringLiteral("BOB"), QStringLiteral("carol")};
    QList<DirectoryUser> users;
    for (int i = from; i < from + count; ++i) {
        DirectoryUser u = FakeDirectoryBackend::makeUser(i);
        u.userName = names.at(int(rng.bounded(names.size()))) + QString::number(rng.bounded(50));
        u.displayName = names.at(int(rng.bounded(names.size())));
        u.email = u.userName.toUpper() + QStringLiteral("@x.com");
        u.created = u.created.addSecs(qint64(rng.bounded(1000)) * 3600);
        users << u;
    }
    return users;
}

void TestUserListModel::rankedSortStaysConsistent()
{
    QFETCH(int, column);
    QRandomGenerator rng(7);
    UserListModel model;
    UserFilterProxy proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.appendUsers(randomUsers(0, 400, rng));
    auto checkSorted = [&](Qt::SortOrder order) {
        for (int r = 1; r < proxy.rowCount(); ++r) {
            const int a = proxy.mapToSource(proxy.index(r - 1, 0)).row();
            const int b = proxy.mapToSource(proxy.index(r, 0)).row();
            const int c = model.compareRows(a, b, column);
            if (order == Qt::AscendingOrder ? c > 0 : c < 0)
                return false;
        }
        return true;
    };
    proxy.sort(column, Qt::AscendingOrder);
    QVERIFY(checkSorted(Qt::AscendingOrder));
    // Rows added after ranking (unranked) land in order.
    model.appendUsers(randomUsers(400, 60, rng));
    QVERIFY(checkSorted(Qt::AscendingOrder));
    // A changed row (rank dropped) and a status change.
    DirectoryUser changed = model.user(5);
    changed.userName = QStringLiteral("aaa-first");
    changed.displayName = QStringLiteral("AAA");
    changed.email = QStringLiteral("000@x.com");
    model.upsertUser(changed);
    model.setUserStatus(model.userId(7), QStringLiteral("Disabled"));
    model.upsertUser(randomUsers(999, 1, rng).first());   // prepended
    QVERIFY(model.removeUser(model.userId(20)));
    QVERIFY(checkSorted(Qt::AscendingOrder));
    // A filter keystroke re-ranks; descending too.
    proxy.setFilterText(QStringLiteral("o"));
    QVERIFY(proxy.rowCount() > 0);
    QVERIFY(checkSorted(Qt::AscendingOrder));
    proxy.sort(column, Qt::DescendingOrder);
    QVERIFY(checkSorted(Qt::DescendingOrder));
    proxy.setFilterText(QString());
    QCOMPARE(proxy.rowCount(), model.rowCount());
    QVERIFY(checkSorted(Qt::DescendingOrder));
}

void TestUserListModel::retranslateEmitsHeaderChanged()
{
    UserListModel model;
    model.appendUsers({FakeDirectoryBackend::makeUser(1)});
    QSignalSpy header(&model, &QAbstractItemModel::headerDataChanged);
    QSignalSpy data(&model, &QAbstractItemModel::dataChanged);
    model.retranslate();
    QCOMPARE(header.count(), 1);
    QCOMPARE(header.first().at(0).value<Qt::Orientation>(), Qt::Horizontal);
    QCOMPARE(header.first().at(2).toInt(), int(UserListModel::ColumnCount) - 1);
    QCOMPARE(data.count(), 1);
}

QTEST_GUILESS_MAIN(TestUserListModel)
#include "tst_userlistmodel.moc"
