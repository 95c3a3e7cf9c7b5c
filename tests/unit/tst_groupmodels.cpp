// SPDX-License-Identifier: GPL-3.0-or-later
#include "FakeDirectoryBackend.h"
#include "models/GroupFilterProxy.h"
#include "models/GroupListModel.h"
#include "models/GroupMemberModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

class TestGroupModels : public QObject
{
    Q_OBJECT
private slots:
    void groupsLoadEveryPage();
    void groupSearchDiscardsStale();
    void groupUpsertAndRemove();
    void groupProxy();
    void membersLoadPerGroup();
    void memberAddRemove();
    void switchingGroupDiscardsOldMembers();
};

static DirectoryGroup makeGroup(int i)
{
    DirectoryGroup g;
    g.id = QStringLiteral("g-%1").arg(i, 4, 10, QLatin1Char('0'));
    g.name = QStringLiteral("group-%1").arg(i);
    g.displayName = QStringLiteral("Group %1").arg(i);
    g.joinType = i % 2 ? QStringLiteral("Auto") : QStringLiteral("Manual");
    g.source = QStringLiteral("Manual");
    g.created = QDateTime(QDate(2024, 3, 1), QTime(8, 0), Qt::UTC).addDays(i);
    return g;
}

static GroupMember makeMember(const QString &groupId, int i)
{
    GroupMember m;
    m.groupId = groupId;
    m.userId = QStringLiteral("u-%1").arg(i);
    m.userName = QStringLiteral("member%1").arg(i);
    m.status = QStringLiteral("Enabled");
    m.joined = QDateTime(QDate(2024, 4, 1), QTime(9, 0), Qt::UTC);
    return m;
}

void TestGroupModels::groupsLoadEveryPage()
{
    FakeDirectoryBackend backend;
    for (int i = 0; i < 230; ++i)
        backend.groups.append(makeGroup(i));
    GroupListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setBackend(&backend);
    QSignalSpy finished(&model, &PagedTableModel::loadFinished);
    model.reload();
    QVERIFY(finished.wait());
    QCOMPARE(model.rowCount(), 230);
    QCOMPARE(backend.listGroupsCalls, 3);
    QVERIFY(!model.canFetchMore());
    QCOMPARE(model.index(1, GroupListModel::JoinType).data().toString(), QStringLiteral("Automatic"));
    QCOMPARE(model.index(1, GroupListModel::JoinType).data(GroupListModel::RawValueRole).toString(), QStringLiteral("Auto"));
    QCOMPARE(model.group(5).name, QStringLiteral("group-5"));
}

void TestGroupModels::groupSearchDiscardsStale()
{
    FakeDirectoryBackend backend;
    for (int i = 0; i < 150; ++i)
        backend.groups.append(makeGroup(i));
    GroupListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setBackend(&backend);
    backend.listDelays = {150, 5};
    model.reload();
    model.setSearch(QStringLiteral("group-14"));   // group-14, group-140..149
    QTRY_COMPARE(model.rowCount(), 11);
    QTest::qWait(250);
    QCOMPARE(model.rowCount(), 11);
}

void TestGroupModels::groupUpsertAndRemove()
{
    GroupListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.appendGroups({makeGroup(1), makeGroup(2)});
    DirectoryGroup changed = makeGroup(2);
    changed.description = QStringLiteral("new text");
    changed.joinType.clear();   // UpdateGroup answers may omit it
    QCOMPARE(model.upsertGroup(changed), 1);
    QCOMPARE(model.group(1).description, QStringLiteral("new text"));
    QCOMPARE(model.group(1).joinType, QStringLiteral("Manual"));
    QCOMPARE(model.upsertGroup(makeGroup(3)), 0);
    QCOMPARE(model.rowCount(), 3);
    QVERIFY(model.removeGroup(makeGroup(1).id));
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.rowOfId(makeGroup(2).id), 1);
}

void TestGroupModels::groupProxy()
{
    GroupListModel model;
    GroupFilterProxy proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QList<DirectoryGroup> groups;
    for (int i = 0; i < 12; ++i)
        groups.append(makeGroup(i));
    groups[3].description = QStringLiteral("财务部");
    model.appendGroups(groups);
    proxy.setFilterText(QStringLiteral("财务"));
    QCOMPARE(proxy.rowCount(), 1);
    proxy.setFilterText(QString());
    proxy.setJoinTypeFilter(QStringLiteral("Auto"));
    QCOMPARE(proxy.rowCount(), 6);
    proxy.setJoinTypeFilter(QString());
    proxy.sort(GroupListModel::Created, Qt::DescendingOrder);
    QCOMPARE(proxy.index(0, GroupListModel::Name).data().toString(), QStringLiteral("group-11"));
    proxy.sort(GroupListModel::Name, Qt::AscendingOrder);
    QCOMPARE(proxy.index(0, GroupListModel::Name).data().toString(), QStringLiteral("group-0"));
}

void TestGroupModels::membersLoadPerGroup()
{
    FakeDirectoryBackend backend;
    for (int i = 0; i < 120; ++i)
        backend.members[QStringLiteral("g-a")].append(makeMember(QStringLiteral("g-a"), i));
    backend.members[QStringLiteral("g-b")].append(makeMember(QStringLiteral("g-b"), 1));
    GroupMemberModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setBackend(&backend);
    model.setGroupId(QStringLiteral("g-a"));
    QTRY_COMPARE(model.rowCount(), 120);
    QTRY_VERIFY(!model.isLoading());
    QCOMPARE(backend.listMembersCalls, 2);
    QVERIFY(model.contains(QStringLiteral("u-7")));
    QCOMPARE(model.index(0, GroupMemberModel::Status).data().toString(), QStringLiteral("Enabled"));
    model.setGroupId(QStringLiteral("g-b"));
    QTRY_COMPARE(model.rowCount(), 1);
    model.setGroupId(QString());
    QCOMPARE(model.rowCount(), 0);
}

void TestGroupModels::memberAddRemove()
{
    GroupMemberModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.appendMembers({makeMember(QStringLiteral("g"), 1), makeMember(QStringLiteral("g"), 2)});
    model.addMember(makeMember(QStringLiteral("g"), 3));
    model.addMember(makeMember(QStringLiteral("g"), 3));
    QCOMPARE(model.rowCount(), 3);
    QVERIFY(model.removeMember(QStringLiteral("u-1")));
    QVERIFY(!model.removeMember(QStringLiteral("u-1")));
    QCOMPARE(model.rowOfId(QStringLiteral("u-3")), 1);
    QCOMPARE(model.member(0).userName, QStringLiteral("member2"));
}

void TestGroupModels::switchingGroupDiscardsOldMembers()
{
    FakeDirectoryBackend backend;
    backend.members[QStringLiteral("slow")].append(makeMember(QStringLiteral("slow"), 1));
    backend.members[QStringLiteral("fast")].append(makeMember(QStringLiteral("fast"), 2));
    GroupMemberModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setBackend(&backend);
    backend.listDelays = {150, 5};
    model.setGroupId(QStringLiteral("slow"));
    model.setGroupId(QStringLiteral("fast"));
    QTRY_COMPARE(model.rowCount(), 1);
    QTest::qWait(250);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.member(0).userId, QStringLiteral("u-2"));
    QCOMPARE(model.member(0).groupId, QStringLiteral("fast"));
}

QTEST_GUILESS_MAIN(TestGroupModels)
#include "tst_groupmodels.moc"
