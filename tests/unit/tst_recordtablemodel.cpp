// SPDX-License-Identifier: GPL-3.0-or-later
// The shared list machinery: RecordTableModel<R> (paging through a Lister, unique-by-id merge, upsert, removal,
// retainOnly, ranked sorting that agrees with compareRows, search fields) and RecordFilterProxy (quick filter,
// exact column filters, sorting, fallback over other models), shown on the user provisionings list; the
// provisioning mapping of both clouds and the three backend calls of each (request shapes on a scripted server).
#include "Envelopes.h"
#include "FakeDirectoryBackend.h"
#include "ScriptedHttpServer.h"
#include "cloud/CloudIdentityBackend.h"
#include "cloud/CloudSsoBackend.h"
#include "cloud/RecordMapping.h"
#include "cloud/Session.h"
#include "models/RecordFilterProxy.h"
#include "models/UserProvisioningColumns.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QAbstractTableModel>
#include <QAbstractItemModelTester>
#include <QRandomGenerator>
#include <QtTest>
#include <limits>
#include <numeric>

using Columns = UserProvisioningColumns;
using Resp = ScriptedHttpServer::Response;

class TestRecordTableModel : public QObject
{
    Q_OBJECT

private slots:
    void pagesThroughTheLister();
    void rowsAppearBeforeTheListingCompletes();
    void staleGenerationIsDiscarded();
    void mergeUpsertRemoveRetain();
    void rolesAndHeaders();
    void rankedSortAgreesWithCompareRows_data();
    void rankedSortAgreesWithCompareRows();
    void multikeyTextSortMatchesQStringCompare_data();
    void multikeyTextSortMatchesQStringCompare();
    void numberAndTimeColumnsRankWithTies();
    void removeFirstRecordsKeepsTheIndex();
    void sequentialIdsFindRowsAndFallBack();
    void proxyFiltersAndSorts();
    void proxyFallsBackToRoles();
    void mapsProvisioningsOfBothClouds();
    void cloudIdentityProvisioningCalls();
    void cloudSsoProvisioningCalls();
};

namespace {
// Not a RecordTableModel: the proxy reads RawValueRole / SearchTextRole.
class PlainModel : public QAbstractTableModel
{
public:
    QList<QPair<QString, QString>> rows;
    int rowCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : int(rows.size()); }
    int columnCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : 2; }
    QVariant data(const QModelIndex &index, int role) const override
    {
        const auto &r = rows.at(index.row());
        if (role == RecordTableModelBase::RawValueRole || role == Qt::DisplayRole)
            return index.column() == 0 ? r.first : r.second;
        if (role == RecordTableModelBase::SearchTextRole)
            return r.first;
        return {};
    }
};

// A record with a text, a number (NaN: unknown) and a time column, for the sort tests.
struct Sample
{
    QString id;
    QString name;
    double value = 0;
    QDateTime when;
};

RecordColumnSet<Sample> sampleColumns()
{
    RecordColumnSet<Sample> s;
    s.setId([](const Sample &r) -> const QString & { return r.id; });
    s.text([] { return QStringLiteral("Name"); }, [](const Sample &r) -> const QString & { return r.name; });
    s.number([] { return QStringLiteral("Value"); }, [](const Sample &r) { return QVariant(r.value); },
             [](const Sample &r) { return r.value == r.value ? QVariant(r.value) : QVariant(); },
             [](const Sample &r) { return r.value; });
    s.time([] { return QStringLiteral("When"); }, [](const Sample &r) { return r.when; });
    s.setTieBreak(0);
    return s;
}

QList<UserProvisioning> some(int n, int first = 0)
{
    QList<UserProvisioning> out;
    for (int i = first; i < first + n; ++i)
        out << FakeDirectoryBackend::makeProvisioning(i, i % 2 ? QStringLiteral("2100000001") : QStringLiteral("2100000002"));
    return out;
}

Profile profile(Profile::Provider provider, const QUrl &url)
{
    Profile p;
    p.name = QStringLiteral("scripted");
    p.provider = provider;
    p.accessKeyId = QStringLiteral("AKLTtest");
    p.endpoints.insert(provider == Profile::Provider::Aliyun ? QStringLiteral("cloudsso") : QStringLiteral("cloudidentity"),
                       url.toString());
    p.transient = true;
    return p;
}
}

void TestRecordTableModel::pagesThroughTheLister()
{
    FakeDirectoryBackend backend;
    backend.provisionings = some(250);
    DirectoryBackend::ProvisioningQuery query;
    std::unique_ptr<Columns::Model> model(Columns::createModel(&query, nullptr));
    QSignalSpy finished(model.get(), &PagedTableModel::loadFinished);
    model->setBackend(&backend);
    QCOMPARE(model->rowCount(), 0);
    model->reload();
    QVERIFY(finished.wait());
    QCOMPARE(model->rowCount(), 250);   // FetchPolicy::All: every page
    QCOMPARE(backend.listProvisioningsCalls, 3);
    QCOMPARE(model->totalCount(), 250);

    query.targetId = QStringLiteral("2100000002");   // the lister reads the query at each page
    model->reload();
    QVERIFY(finished.wait());
    QCOMPARE(model->rowCount(), 125);
    QCOMPARE(backend.provisioningQueries.last().targetId, QStringLiteral("2100000002"));

    backend.failNextList = ApiError::make(ApiError::Kind::Api, QStringLiteral("InternalError"), QStringLiteral("x"));
    QSignalSpy failed(model.get(), &PagedTableModel::loadFailed);
    model->reload();
    QVERIFY(failed.wait());
    QCOMPARE(model->rowCount(), 0);
    QCOMPARE(model->lastError().code, QStringLiteral("InternalError"));
    model->retry();
    QVERIFY(finished.wait());
    QCOMPARE(model->rowCount(), 125);

    // No lister (e.g. a list fed by hand): an empty, final page.
    Columns::Model bare(Columns::columnSet(), PagedTableModel::FetchPolicy::All);
    QSignalSpy bareFinished(&bare, &PagedTableModel::loadFinished);
    bare.setBackend(&backend);
    bare.reload();
    QCOMPARE(bareFinished.count(), 1);
    QCOMPARE(bare.rowCount(), 0);
}

// A whole listing (FetchPolicy::All) shows each page's rows as soon as that page has answered: the first 100
// rows are there while the next pages are still on their way (issue 14: the GUI takes records straight from
// parsed pages).
void TestRecordTableModel::rowsAppearBeforeTheListingCompletes()
{
    FakeDirectoryBackend backend;
    backend.provisionings = some(250);
    backend.listDelays = {0, 1500, 0};   // the second page is slow
    DirectoryBackend::ProvisioningQuery query;
    std::unique_ptr<Columns::Model> model(Columns::createModel(&query, nullptr));
    QSignalSpy pages(model.get(), &PagedTableModel::pageLoaded);
    QSignalSpy finished(model.get(), &PagedTableModel::loadFinished);
    model->setBackend(&backend);
    model->reload();
    QVERIFY(pages.wait());
    QCOMPARE(model->rowCount(), 100);
    QCOMPARE(pages.first().at(0).toInt(), 100);
    QVERIFY(model->isLoading());
    QCOMPARE(finished.count(), 0);
    QCOMPARE(model->recordId(0), backend.provisionings.first().id);
    QTest::qWait(300);   // still waiting for page 2: the rows of page 1 stay, nothing else arrives
    QCOMPARE(model->rowCount(), 100);
    QCOMPARE(finished.count(), 0);
    QVERIFY(finished.wait(5000));
    QCOMPARE(model->rowCount(), 250);
    QCOMPARE(pages.count(), 3);
}

void TestRecordTableModel::staleGenerationIsDiscarded()
{
    FakeDirectoryBackend backend;
    backend.provisionings = some(30);
    backend.listDelays = {200, 0};   // the first (old) answer arrives after the second
    DirectoryBackend::ProvisioningQuery query;
    std::unique_ptr<Columns::Model> model(Columns::createModel(&query, nullptr));
    model->setBackend(&backend);
    model->reload();
    query.targetId = QStringLiteral("2100000001");
    model->reload();
    QTRY_COMPARE(model->rowCount(), 15);
    QTest::qWait(300);
    QCOMPARE(model->rowCount(), 15);   // the old, unfiltered page never landed
    for (const UserProvisioning &p : model->records())
        QCOMPARE(p.targetId, QStringLiteral("2100000001"));
}

void TestRecordTableModel::mergeUpsertRemoveRetain()
{
    Columns::Model model(Columns::columnSet(), PagedTableModel::FetchPolicy::All);
    QList<UserProvisioning> page = some(5);
    UserProvisioning dup = page.at(1);
    dup.description = QStringLiteral("later in the same page");
    page << dup;
    UserProvisioning noId;
    page << noId;   // dropped
    model.appendRecords(page);
    QCOMPARE(model.rowCount(), 5);
    QCOMPARE(model.recordById(dup.id).description, dup.description);

    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    UserProvisioning again = page.at(3);
    again.status = QStringLiteral("Failed");
    model.appendRecords(QList<UserProvisioning>{again, FakeDirectoryBackend::makeProvisioning(9)});
    QCOMPARE(model.rowCount(), 6);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(model.record(3).status, QStringLiteral("Failed"));
    QCOMPARE(model.rowOfId(FakeDirectoryBackend::makeProvisioning(9).id), 5);

    const UserProvisioning fresh = FakeDirectoryBackend::makeProvisioning(20);
    QCOMPARE(model.upsertRecord(fresh), 0);   // new: at the top
    QCOMPARE(model.rowOfId(page.at(0).id), 1);
    QCOMPARE(model.upsertRecord(FakeDirectoryBackend::makeProvisioning(21), Columns::Model::InsertAt::Bottom), 7);
    QCOMPARE(model.upsertRecord(fresh), 0);   // existing: replaced in place
    QCOMPARE(model.rowCount(), 8);

    QVERIFY(model.removeRecord(page.at(2).id));
    QVERIFY(!model.removeRecord(QStringLiteral("nope")));
    QCOMPARE(model.rowCount(), 7);
    for (int r = 0; r < model.rowCount(); ++r)
        QCOMPARE(model.rowOfId(model.recordId(r)), r);   // the index follows every row

    QVERIFY(model.updateRecord(fresh.id, [](UserProvisioning &p) { p.description = QStringLiteral("edited"); }));
    QCOMPARE(model.recordById(fresh.id).description, QStringLiteral("edited"));

    model.retainOnly({page.at(0).id, fresh.id, page.at(4).id});
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.recordId(0), fresh.id);
    QCOMPARE(model.recordId(1), page.at(0).id);
    QCOMPARE(model.recordId(2), page.at(4).id);
    QCOMPARE(model.rowOfId(page.at(4).id), 2);
    QCOMPARE(model.rowOfId(page.at(1).id), -1);
}

void TestRecordTableModel::rolesAndHeaders()
{
    Columns::Model model(Columns::columnSet(), PagedTableModel::FetchPolicy::All);
    UserProvisioning p = FakeDirectoryBackend::makeProvisioning(1);
    p.duplicationStrategy = QStringLiteral("Takeover");   // Cloud Identity spelling
    model.appendRecords(QList<UserProvisioning>{p});
    QCOMPARE(model.columnCount(), int(Columns::ColumnCount));
    QCOMPARE(model.headerData(Columns::ProvisioningId, Qt::Horizontal).toString(), QStringLiteral("Provisioning ID"));
    QVERIFY(model.headerData(Columns::Target, Qt::Horizontal, Qt::ToolTipRole).toString().contains(QStringLiteral("member account")));
    const auto cell = [&](int column, int role) { return model.index(0, column).data(role); };
    QCOMPARE(cell(Columns::Principal, Qt::DisplayRole).toString(), p.principalName);
    QCOMPARE(cell(Columns::Principal, Qt::ToolTipRole).toString(), QStringLiteral("%1 (%2)").arg(p.principalName, p.principalId));
    QCOMPARE(cell(Columns::DuplicationStrategy, Qt::DisplayRole).toString(), QStringLiteral("Take over"));
    QCOMPARE(cell(Columns::DuplicationStrategy, RecordTableModelBase::RawValueRole).toString(), QStringLiteral("Takeover"));
    QCOMPARE(cell(Columns::DeletionStrategy, Qt::DisplayRole).toString(), QStringLiteral("Keep users"));
    QCOMPARE(cell(Columns::Created, RecordTableModelBase::RawValueRole).toDateTime(), p.created);
    QCOMPARE(cell(Columns::Status, Qt::DisplayRole).toString(), QStringLiteral("Provisioned"));
    QCOMPARE(cell(Columns::Target, RecordTableModelBase::IdRole).toString(), p.id);
    QVERIFY(cell(0, RecordTableModelBase::SearchTextRole).toString().contains(p.targetId));
    QCOMPARE(cell(Columns::Principal, Qt::TextAlignmentRole).toInt(), int(Qt::AlignLeft | Qt::AlignVCenter));
    QCOMPARE(model.columnText(0, Columns::Status), p.status);
    QCOMPARE(model.columnText(0, Columns::Created), p.created.toString(Qt::ISODateWithMs));   // non-text: the raw value as text
    QVERIFY(model.rowContains(0, QStringLiteral("PRINCIPAL1")));
    QVERIFY(!model.rowContains(0, QStringLiteral("nothing like it")));
    p.status = QStringLiteral("SomethingNew");   // not enumerated: shown verbatim
    model.upsertRecord(p);
    QCOMPARE(cell(Columns::Status, Qt::DisplayRole).toString(), QStringLiteral("SomethingNew"));
    QSignalSpy header(&model, &QAbstractItemModel::headerDataChanged);
    model.retranslate();
    QCOMPARE(header.count(), 1);
}

void TestRecordTableModel::rankedSortAgreesWithCompareRows_data()
{
    QTest::addColumn<int>("column");
    for (int c = 0; c < Columns::ColumnCount; ++c)
        QTest::addRow("%s", qPrintable(Columns::columnTitle(c))) << c;
}

void TestRecordTableModel::rankedSortAgreesWithCompareRows()
{
    QFETCH(int, column);
    Columns::Model model(Columns::columnSet(), PagedTableModel::FetchPolicy::All);
    QList<UserProvisioning> rows = some(200);
    for (int i = 0; i < rows.size(); ++i) {   // ties, case differences, empty values, ids of different lengths
        rows[i].principalName = i % 7 ? QStringLiteral("P%1").arg(i % 13) : QStringLiteral("p%1").arg(i % 13);
        if (i % 11 == 0)
            rows[i].created = QDateTime();
        if (i % 17 == 0)
            rows[i].id = QString::number(i);
    }
    model.appendRecords(rows);
    model.prepareSort(column);
    for (int a = 0; a < model.rowCount(); a += 3) {
        for (int b = 0; b < model.rowCount(); b += 5) {
            const int ranked = model.compareForSort(a, b, column);
            const int direct = model.compareRows(a, b, column);
            if (direct != 0)
                QCOMPARE(ranked < 0, direct < 0);
        }
    }
    // A row changed after ranking falls back to compareRows and stays consistent.
    model.updateRecord(model.recordId(0), [](UserProvisioning &p) { p.principalName = QStringLiteral("zzz"); });
    if (column == Columns::Principal)
        QVERIFY(model.compareForSort(0, 1, column) > 0);
}

void TestRecordTableModel::multikeyTextSortMatchesQStringCompare_data()
{
    QTest::addColumn<int>("rows");
    QTest::addColumn<int>("alphabet");
    QTest::newRow("few, short, many ties") << 300 << 3;
    QTest::newRow("many, long shared prefixes") << 5000 << 4;
    QTest::newRow("many, wide alphabet") << 5000 << 40;
}

// The chunked multikey sort orders exactly like QString::compare (code units, a prefix first, U+0000 after the
// end of a shorter key), then the second level, then the final tie, then the row.
void TestRecordTableModel::multikeyTextSortMatchesQStringCompare()
{
    QFETCH(int, rows);
    QFETCH(int, alphabet);
    QRandomGenerator rng(7);
    const QString units = QStringLiteral("a\u0000bB\u00e9\u4e2d\uffffzZ0123456789abcdefghijklmnopqrstuvwxyz-_.@");
    auto word = [&](int maxLength) {
        QString w = QStringLiteral("prefix-shared/");   // longer than a chunk: the sort must go deeper
        w.truncate(int(rng.bounded(15)));
        const int length = int(rng.bounded(maxLength + 1));
        for (int k = 0; k < length; ++k)
            w += units.at(int(rng.bounded(qMin(alphabet, int(units.size())))));
        return w;
    };
    QVector<QString> first(rows), second(rows);
    QVector<int> third(rows);
    for (int i = 0; i < rows; ++i) {
        first[i] = word(8);
        second[i] = word(3);
        third[i] = int(rng.bounded(3));
    }
    RecordTableModelBase::TextKeys k1(rows), k2(rows);
    for (int i = 0; i < rows; ++i) {
        k1[i] = first[i];
        k2[i] = second[i];
    }
    const std::function<int(int, int)> tie = [&](int a, int b) { return third[a] - third[b]; };
    QVector<int> order(rows);
    std::iota(order.begin(), order.end(), 0);
    QVector<int> expected = order;
    RecordTableModelBase::sortRowsByText(order.data(), order.data() + rows, {&k1, &k2}, tie);
    std::sort(expected.begin(), expected.end(), [&](int a, int b) {
        int c = first[a].compare(first[b]);
        if (c == 0)
            c = second[a].compare(second[b]);
        if (c == 0)
            c = tie(a, b);
        return c != 0 ? c < 0 : a < b;
    });
    QCOMPARE(order, expected);

    // One level, no final tie: equal keys keep the row order.
    std::iota(order.begin(), order.end(), 0);
    RecordTableModelBase::sortRowsByText(order.data(), order.data() + rows, {&k1}, {});
    std::iota(expected.begin(), expected.end(), 0);
    std::sort(expected.begin(), expected.end(), [&](int a, int b) {
        const int c = first[a].compare(first[b]);
        return c != 0 ? c < 0 : a < b;
    });
    QCOMPARE(order, expected);
}

// Number columns sort unknown (NaN) first, then ascending, ties on the tie-break column; time columns put
// invalid times first; ranks agree with compareRows; the proxy shows that order.
void TestRecordTableModel::numberAndTimeColumnsRankWithTies()
{
    RecordTableModel<Sample> model(sampleColumns(), PagedTableModel::FetchPolicy::All);
    QVector<Sample> rows;
    const double nan = std::numeric_limits<double>::quiet_NaN();
    const QDateTime t0 = QDateTime(QDate(2025, 1, 1), QTime(0, 0), Qt::UTC);
    const QList<double> values{3, nan, 1, 3, -2, nan, 1e9, 0};
    for (int i = 0; i < values.size(); ++i)
        rows.append(Sample{QStringLiteral("id%1").arg(i), QStringLiteral("n%1").arg(9 - i), values.at(i),
                           i % 3 == 0 ? QDateTime() : t0.addSecs(100 - i)});
    model.appendRecords(rows);
    RecordFilterProxy proxy;
    proxy.setSourceModel(&model);
    proxy.sort(1, Qt::AscendingOrder);
    QStringList ids;
    for (int r = 0; r < proxy.rowCount(); ++r)
        ids << proxy.index(r, 0).data(RecordTableModelBase::IdRole).toString();
    // NaN rows (id1 "n8", id5 "n4") first, tie on name: n4 before n8; then -2, 0, 1, 3 (id3 "n6" before id0 "n9"), 1e9.
    QCOMPARE(ids, QStringList({"id5", "id1", "id4", "id7", "id2", "id3", "id0", "id6"}));
    QVERIFY(!proxy.index(0, 1).data(RecordTableModelBase::RawValueRole).isValid());
    QCOMPARE(proxy.index(0, 1).data(Qt::TextAlignmentRole).toInt() & Qt::AlignRight, int(Qt::AlignRight));
    for (int column = 0; column < 3; ++column) {
        model.prepareSort(column);
        for (int a = 0; a < model.rowCount(); ++a)
            for (int b = 0; b < model.rowCount(); ++b) {
                const int direct = model.compareRows(a, b, column);
                const int ranked = model.compareForSort(a, b, column);
                if (direct != 0)
                    QCOMPARE(ranked < 0, direct < 0);
                else
                    QCOMPARE(ranked == 0, a == b);
            }
    }
    proxy.sort(2, Qt::AscendingOrder);
    // Invalid times first (id0 "n9", id3 "n6", id6 "n3": tie on name n3, n6, n9), then the latest last... ascending.
    ids.clear();
    for (int r = 0; r < proxy.rowCount(); ++r)
        ids << proxy.index(r, 0).data(RecordTableModelBase::IdRole).toString();
    QCOMPARE(ids, QStringList({"id6", "id3", "id0", "id7", "id5", "id4", "id2", "id1"}));
}

// Dropping the oldest rows (the activity log at its cap) keeps the id index and the ranks consistent.
// setSequentialIds: ids "1", "2", ... appended in order are found by arithmetic; anything else falls back to the
// index with the same answers.
void TestRecordTableModel::sequentialIdsFindRowsAndFallBack()
{
    RecordTableModel<Sample> model(sampleColumns(), PagedTableModel::FetchPolicy::All);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setSequentialIds(true);
    QVERIFY(model.sequentialIds());
    auto sample = [](const QString &id) { return Sample{id, QStringLiteral("n") + id, 1, QDateTime()}; };
    for (int i = 5; i <= 104; ++i)
        model.appendRecord(sample(QString::number(i)));
    QVERIFY(model.sequentialIds());
    QCOMPARE(model.rowCount(), 100);
    QCOMPARE(model.rowOfId(QStringLiteral("5")), 0);
    QCOMPARE(model.rowOfId(QStringLiteral("104")), 99);
    QCOMPARE(model.rowOfId(QStringLiteral("4")), -1);
    QCOMPARE(model.rowOfId(QStringLiteral("105")), -1);
    QCOMPARE(model.rowOfId(QStringLiteral("007")), -1);   // not the id "7"
    QCOMPARE(model.rowOfId(QStringLiteral("x")), -1);
    QVERIFY(model.containsId(QStringLiteral("50")));
    model.removeFirstRecords(10);
    QVERIFY(model.sequentialIds());
    QCOMPARE(model.rowOfId(QStringLiteral("14")), -1);
    QCOMPARE(model.rowOfId(QStringLiteral("15")), 0);
    model.appendRecord(sample(QStringLiteral("105")));
    QCOMPARE(model.rowOfId(QStringLiteral("105")), 90);
    // The same id again: an update in place (and the index from now on).
    model.appendRecord(Sample{QStringLiteral("20"), QStringLiteral("changed"), 2, QDateTime()});
    QVERIFY(!model.sequentialIds());
    QCOMPARE(model.rowCount(), 91);
    QCOMPARE(model.record(5).name, QStringLiteral("changed"));
    for (int row = 0; row < model.rowCount(); ++row)
        QCOMPARE(model.rowOfId(model.recordId(row)), row);
    // After a clear the mode is back; an id out of sequence falls back with the right rows.
    model.clear();
    QVERIFY(model.sequentialIds());
    model.appendRecord(sample(QStringLiteral("1")));
    model.appendRecord(sample(QStringLiteral("2")));
    model.appendRecord(sample(QStringLiteral("9")));
    QVERIFY(!model.sequentialIds());
    QCOMPARE(model.rowOfId(QStringLiteral("9")), 2);
    QCOMPARE(model.rowOfId(QStringLiteral("2")), 1);
    // An insert at the top or a removal falls back too.
    model.clear();
    for (int i = 1; i <= 3; ++i)
        model.appendRecord(sample(QString::number(i)));
    QVERIFY(model.removeRecord(QStringLiteral("2")));
    QVERIFY(!model.sequentialIds());
    QCOMPARE(model.rowOfId(QStringLiteral("3")), 1);
    model.clear();
    for (int i = 1; i <= 3; ++i)
        model.appendRecord(sample(QString::number(i)));
    model.upsertRecord(sample(QStringLiteral("top")));
    QCOMPARE(model.rowOfId(QStringLiteral("top")), 0);
    QCOMPARE(model.rowOfId(QStringLiteral("3")), 3);
    model.setSequentialIds(false);
    model.clear();
    model.appendRecord(sample(QStringLiteral("1")));
    QVERIFY(!model.sequentialIds());
}

void TestRecordTableModel::removeFirstRecordsKeepsTheIndex()
{
    RecordTableModel<Sample> model(sampleColumns(), PagedTableModel::FetchPolicy::All);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVector<Sample> rows;
    for (int i = 0; i < 50; ++i)
        rows.append(Sample{QStringLiteral("id%1").arg(i), QStringLiteral("n%1").arg(i % 7), double(i % 5), QDateTime()});
    model.appendRecords(rows);
    model.prepareSort(1);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    model.removeFirstRecords(20);
    QCOMPARE(removed.size(), 1);
    QCOMPARE(removed.first().at(1).toInt(), 0);
    QCOMPARE(removed.first().at(2).toInt(), 19);
    QCOMPARE(model.rowCount(), 30);
    QCOMPARE(model.rowOfId(QStringLiteral("id19")), -1);
    QCOMPARE(model.rowOfId(QStringLiteral("id20")), 0);
    QCOMPARE(model.rowOfId(QStringLiteral("id49")), 29);
    for (int a = 0; a < model.rowCount(); ++a)
        for (int b = 0; b < model.rowCount(); ++b) {
            const int direct = model.compareRows(a, b, 1);
            if (direct != 0)
                QCOMPARE(model.compareForSort(a, b, 1) < 0, direct < 0);
        }
    // Later changes keep every id at its row: appends, an insert at the top, a removal, another trim.
    model.appendRecord(Sample{QStringLiteral("id50"), QStringLiteral("x"), 1, QDateTime()});
    model.appendRecords({Sample{QStringLiteral("id51"), QStringLiteral("y"), 2, QDateTime()},
                         Sample{QStringLiteral("id20"), QStringLiteral("renamed"), 3, QDateTime()}});   // an update
    QCOMPARE(model.rowCount(), 32);
    QCOMPARE(model.record(0).name, QStringLiteral("renamed"));
    model.upsertRecord(Sample{QStringLiteral("top"), QStringLiteral("t"), 0, QDateTime()});
    QVERIFY(model.removeRecord(QStringLiteral("id30")));
    model.removeFirstRecords(2);
    for (int row = 0; row < model.rowCount(); ++row)
        QCOMPARE(model.rowOfId(model.recordId(row)), row);
    QCOMPARE(model.rowOfId(QStringLiteral("top")), -1);
    QCOMPARE(model.rowOfId(QStringLiteral("id20")), -1);
    QCOMPARE(model.rowOfId(QStringLiteral("id51")), model.rowCount() - 1);
    model.removeFirstRecords(100);   // more than there are
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.rowOfId(QStringLiteral("id49")), -1);
    model.removeFirstRecords(1);     // nothing to drop
    QCOMPARE(removed.size(), 4);
    model.appendRecord(Sample{QStringLiteral("again"), QStringLiteral("a"), 0, QDateTime()});
    QCOMPARE(model.rowOfId(QStringLiteral("again")), 0);
}

void TestRecordTableModel::proxyFiltersAndSorts()
{
    Columns::Model model(Columns::columnSet(), PagedTableModel::FetchPolicy::All);
    model.appendRecords(some(40));
    RecordFilterProxy proxy;
    proxy.setSourceModel(&model);
    QCOMPARE(proxy.rowCount(), 40);
    proxy.setFilterText(QStringLiteral("  PRINCIPAL3 "));   // trimmed, case-insensitive
    QCOMPARE(proxy.rowCount(), 11);                        // 3, 30..39
    proxy.setColumnFilter(Columns::Target, QStringLiteral("2100000001"));
    QCOMPARE(proxy.rowCount(), 6);                         // odd ones: 3, 31, 33, 35, 37, 39
    QCOMPARE(proxy.columnFilter(Columns::Target), QStringLiteral("2100000001"));
    proxy.setColumnFilter(Columns::Target, QString());
    proxy.setFilterText(QString());
    QCOMPARE(proxy.rowCount(), 40);

    proxy.sort(Columns::Created, Qt::DescendingOrder);
    QCOMPARE(proxy.index(0, Columns::ProvisioningId).data().toString(), FakeDirectoryBackend::makeProvisioning(39).id);
    proxy.sort(Columns::Principal, Qt::AscendingOrder);
    QCOMPARE(proxy.index(0, Columns::Principal).data().toString(), QStringLiteral("principal0"));
    QCOMPARE(proxy.index(1, Columns::Principal).data().toString(), QStringLiteral("principal1"));
    QCOMPARE(proxy.index(2, Columns::Principal).data().toString(), QStringLiteral("principal10"));
    // Rows added while sorted land in order (dynamic sort, unranked rows compared directly).
    UserProvisioning early = FakeDirectoryBackend::makeProvisioning(100);
    early.principalName = QStringLiteral("aaa");
    model.appendRecords(QList<UserProvisioning>{early});
    QCOMPARE(proxy.index(0, Columns::Principal).data().toString(), QStringLiteral("aaa"));
}

void TestRecordTableModel::proxyFallsBackToRoles()
{
    PlainModel plain;
    plain.rows = {{QStringLiteral("beta"), QStringLiteral("Off")},
                  {QStringLiteral("Alpha"), QStringLiteral("On")},
                  {QStringLiteral("gamma"), QStringLiteral("Off")}};
    RecordFilterProxy proxy;
    proxy.setSourceModel(&plain);
    proxy.sort(0);
    QCOMPARE(proxy.index(0, 0).data(RecordTableModelBase::RawValueRole).toString(), QStringLiteral("Alpha"));
    proxy.setFilterText(QStringLiteral("MM"));
    QCOMPARE(proxy.rowCount(), 1);
    proxy.setFilterText(QString());
    proxy.setColumnFilter(1, QStringLiteral("Off"));
    QCOMPARE(proxy.rowCount(), 2);
}

void TestRecordTableModel::mapsProvisioningsOfBothClouds()
{
    const QJsonObject ci{{QStringLiteral("UserProvisioningId"), QStringLiteral("13877504")},
                         {QStringLiteral("PrincipalType"), QStringLiteral("User")},
                         {QStringLiteral("PrincipalId"), QStringLiteral("13947648")},
                         {QStringLiteral("PrincipalName"), QStringLiteral("alice")},
                         {QStringLiteral("TargetId"), QStringLiteral("2100247160")},
                         {QStringLiteral("IdentitySourceStrategy"), QStringLiteral("Create")},
                         {QStringLiteral("DuplicationStrategy"), QStringLiteral("KeepBoth")},
                         {QStringLiteral("DuplicationSuffix"), QStringLiteral("-sso")},
                         {QStringLiteral("DeletionStrategy"), QStringLiteral("Keep")},
                         {QStringLiteral("ProvisionStatus"), QStringLiteral("Provisioned")},
                         {QStringLiteral("CreatedTime"), QStringLiteral("2024-07-22T21:53:54+08:00")},
                         {QStringLiteral("UpdatedTime"), 12}};   // wrong type: empty, no crash
    const UserProvisioning a = RecordMapping::cloudIdentityProvisioning(ci);
    QCOMPARE(a.id, QStringLiteral("13877504"));
    QCOMPARE(a.principalName, QStringLiteral("alice"));
    QCOMPARE(a.targetId, QStringLiteral("2100247160"));
    QCOMPARE(a.identitySourceStrategy, QStringLiteral("Create"));
    QCOMPARE(a.duplicationSuffix, QStringLiteral("-sso"));
    QCOMPARE(a.status, QStringLiteral("Provisioned"));
    QCOMPARE(a.created.toUTC(), QDateTime(QDate(2024, 7, 22), QTime(13, 53, 54), Qt::UTC));
    QVERIFY(!a.updated.isValid());
    QCOMPARE(a.raw, ci);

    const QJsonObject sso{{QStringLiteral("UserProvisioningId"), QStringLiteral("up-00abc")},
                          {QStringLiteral("PrincipalType"), QStringLiteral("Group")},
                          {QStringLiteral("PrincipalName"), QStringLiteral("ops")},
                          {QStringLiteral("TargetId"), QStringLiteral("1234")},
                          {QStringLiteral("TargetName"), QStringLiteral("prod-account")},
                          {QStringLiteral("TargetType"), QStringLiteral("RD-Account")},
                          {QStringLiteral("DuplicationStrategy"), QStringLiteral("TakeOver")},
                          {QStringLiteral("Status"), QStringLiteral("Enabled")},
                          {QStringLiteral("CreateTime"), QStringLiteral("2021-10-26T03:03:42Z")}};
    const UserProvisioning b = RecordMapping::cloudSsoProvisioning(sso);
    QCOMPARE(b.id, QStringLiteral("up-00abc"));
    QCOMPARE(b.targetName, QStringLiteral("prod-account"));
    QCOMPARE(b.targetType, QStringLiteral("RD-Account"));
    QCOMPARE(b.status, QStringLiteral("Enabled"));
    QCOMPARE(b.created, QDateTime(QDate(2021, 10, 26), QTime(3, 3, 42), Qt::UTC));
    QVERIFY(b.duplicationSuffix.isEmpty());
}

void TestRecordTableModel::cloudIdentityProvisioningCalls()
{
    ScriptedHttpServer server;
    QVERIFY(server.listen());
    Session session(profile(Profile::Provider::Volcengine, server.url()), {QStringLiteral("AKLTtest"), QStringLiteral("secret"), QString()});
    CloudIdentityBackend backend(&session);
    QVERIFY(backend.capabilities().userProvisionings);

    QJsonArray items;
    for (int i = 0; i < 100; ++i)
        items.append(FakeDirectoryBackend::makeProvisioning(i).raw);
    server.enqueue(Envelopes::ok(Service::CloudIdentity, {{QStringLiteral("PageNumber"), 1}, {QStringLiteral("PageSize"), 100},
                                                          {QStringLiteral("Total"), 150}, {QStringLiteral("UserProvisionings"), items}}));
    Page<UserProvisioning> page;
    bool done = false;
    DirectoryBackend::ProvisioningQuery q;
    q.targetId = QStringLiteral(" 2100247160 ");
    backend.listProvisionings(q, QString(), 100, this, [&](const Page<UserProvisioning> &p) { page = p; done = true; });
    QTRY_VERIFY(done);
    QVERIFY2(page.ok(), qPrintable(page.error.toString()));
    QCOMPARE(page.items.size(), 100);
    QCOMPARE(page.total, 150);
    QCOMPARE(page.nextCursor, QStringLiteral("2"));
    QCOMPARE(server.request(0).queryValue(QStringLiteral("Action")), QStringLiteral("ListUserProvisionings"));
    const QJsonObject body = server.request(0).jsonBody();
    QCOMPARE(body.value(QStringLiteral("AccountId")).toString(), QStringLiteral("2100247160"));
    QCOMPARE(body.value(QStringLiteral("PageNumber")).toInt(), 1);
    QCOMPARE(body.value(QStringLiteral("PageSize")).toInt(), 100);

    server.enqueue(Envelopes::ok(Service::CloudIdentity, FakeDirectoryBackend::makeProvisioning(7).raw));
    WriteResult got;
    done = false;
    backend.getProvisioning(QStringLiteral("13800007"), this, [&](const WriteResult &r) { got = r; done = true; });
    QTRY_VERIFY(done);
    QVERIFY(got.ok());
    QCOMPARE(backend.provisioningFromResult(got.result).principalName, QStringLiteral("principal7"));
    QCOMPARE(server.request(1).queryValue(QStringLiteral("Action")), QStringLiteral("GetUserProvisioning"));
    QCOMPARE(server.request(1).jsonBody().value(QStringLiteral("UserProvisioningId")).toString(), QStringLiteral("13800007"));

    server.enqueue(Envelopes::ok(Service::CloudIdentity, {}));
    done = false;
    backend.deleteProvisioning(QStringLiteral("13800007"), this, [&](const WriteResult &r) { got = r; done = true; });
    QTRY_VERIFY(done);
    QVERIFY(got.ok());
    QCOMPARE(server.request(2).queryValue(QStringLiteral("Action")), QStringLiteral("DeleteUserProvisioning"));
    QCOMPARE(server.request(2).jsonBody(), QJsonObject({{QStringLiteral("UserProvisioningId"), QStringLiteral("13800007")}}));

    // An empty id is refused before sending.
    done = false;
    backend.deleteProvisioning(QString(), this, [&](const WriteResult &r) { got = r; done = true; });
    QTRY_VERIFY(done);
    QCOMPARE(got.error.kind, ApiError::Kind::InvalidInput);
    QCOMPARE(server.requestCount(), 3);
}

void TestRecordTableModel::cloudSsoProvisioningCalls()
{
    ScriptedHttpServer server;
    QVERIFY(server.listen());
    Session session(profile(Profile::Provider::Aliyun, server.url()), {QStringLiteral("LTAItest"), QStringLiteral("secret"), QString()});
    CloudSsoBackend backend(&session);
    QVERIFY(backend.capabilities().userProvisionings);

    // No directory chosen: refused, nothing sent.
    Page<UserProvisioning> page;
    bool done = false;
    backend.listProvisionings({}, QString(), 50, this, [&](const Page<UserProvisioning> &p) { page = p; done = true; });
    QTRY_VERIFY(done);
    QCOMPARE(page.error.code, QStringLiteral("NoDirectory"));
    QCOMPARE(server.requestCount(), 0);

    session.setDirectoryId(QStringLiteral("d-00fc2p61pmmt"));
    QJsonObject item{{QStringLiteral("UserProvisioningId"), QStringLiteral("up-1")},
                     {QStringLiteral("TargetName"), QStringLiteral("prod")},
                     {QStringLiteral("Status"), QStringLiteral("Enabled")}};
    server.enqueue(Envelopes::ok(Service::CloudSso, {{QStringLiteral("UserProvisionings"), QJsonArray{item}},
                                                     {QStringLiteral("IsTruncated"), true},
                                                     {QStringLiteral("NextToken"), QStringLiteral("tok-2")},
                                                     {QStringLiteral("TotalCounts"), 2}}));
    DirectoryBackend::ProvisioningQuery q;
    q.targetId = QStringLiteral("1234");
    done = false;
    backend.listProvisionings(q, QStringLiteral("tok-1"), 50, this, [&](const Page<UserProvisioning> &p) { page = p; done = true; });
    QTRY_VERIFY(done);
    QVERIFY2(page.ok(), qPrintable(page.error.toString()));
    QCOMPARE(page.items.size(), 1);
    QCOMPARE(page.items.first().targetName, QStringLiteral("prod"));
    QCOMPARE(page.nextCursor, QStringLiteral("tok-2"));
    const ScriptedHttpServer::Request r = server.request(0);
    const auto param = [&r](const QString &key) {
        const QString q = r.queryValue(key);
        return q.isEmpty() ? QUrlQuery(QString::fromUtf8(r.body)).queryItemValue(key, QUrl::FullyDecoded) : q;
    };
    QCOMPARE(QString::fromLatin1(r.header("x-acs-action")), QStringLiteral("ListUserProvisionings"));
    QCOMPARE(param(QStringLiteral("DirectoryId")), QStringLiteral("d-00fc2p61pmmt"));
    QCOMPARE(param(QStringLiteral("TargetId")), QStringLiteral("1234"));
    QCOMPARE(param(QStringLiteral("TargetType")), QStringLiteral("RD-Account"));
    QCOMPARE(param(QStringLiteral("NextToken")), QStringLiteral("tok-1"));
    QCOMPARE(param(QStringLiteral("MaxResults")), QStringLiteral("50"));

    server.enqueue(Envelopes::ok(Service::CloudSso, {{QStringLiteral("UserProvisioning"), item}}));
    WriteResult got;
    done = false;
    backend.getProvisioning(QStringLiteral("up-1"), this, [&](const WriteResult &w) { got = w; done = true; });
    QTRY_VERIFY(done);
    QVERIFY(got.ok());
    QCOMPARE(backend.provisioningFromResult(got.result).id, QStringLiteral("up-1"));   // unwrapped "UserProvisioning"

    server.enqueue(Envelopes::ok(Service::CloudSso, {}));
    done = false;
    backend.deleteProvisioning(QStringLiteral("up-1"), this, [&](const WriteResult &w) { got = w; done = true; });
    QTRY_VERIFY(done);
    QVERIFY(got.ok());
    const ScriptedHttpServer::Request d = server.request(2);
    QCOMPARE(QString::fromLatin1(d.header("x-acs-action")), QStringLiteral("DeleteUserProvisioning"));
    QCOMPARE(d.queryValue(QStringLiteral("UserProvisioningId")), QStringLiteral("up-1"));
}

QTEST_MAIN(TestRecordTableModel)
#include "tst_recordtablemodel.moc"
