// SPDX-License-Identifier: GPL-3.0-or-later
// PoolUserSparseModel against a scripted page source: random access by page number, placeholders, the bounded
// cache, request coalescing and cancellation, stale generations, failed pages and their retry.
#include "models/PoolUserPageSource.h"
#include "models/PoolUserSparseModel.h"

#include <QSignalSpy>
#include <QtTest>

namespace {
// Answers only when told (answer()/fail()), like a network; records every request and cancellation.
class FakeSource : public PoolUserPageSource
{
public:
    struct Request
    {
        int ticket = 0;
        PoolUserQuery query;
        Done done;
    };
    qint64 total = 1000000;
    QList<Request> pending;        // not answered, not cancelled
    QList<int> requestedPages;     // every fetch, in order
    QList<int> cancelledPages;

    int fetch(const PoolUserQuery &query, Done done) override
    {
        const int ticket = ++m_ticket;
        pending.append({ticket, query, done});
        requestedPages << query.pageNumber;
        return ticket;
    }
    void cancel(int ticket) override
    {
        for (int i = 0; i < pending.size(); ++i) {
            if (pending.at(i).ticket == ticket) {
                cancelledPages << pending.at(i).query.pageNumber;
                pending.removeAt(i);
                return;
            }
        }
    }
    static PoolUser user(qint64 i)
    {
        PoolUser u;
        u.uid = QStringLiteral("u%1").arg(i);
        u.claims.insert(QStringLiteral("PreferredUsername"), QStringLiteral("user%1").arg(i + 1));
        u.claims.insert(QStringLiteral("Email"), QStringLiteral("user%1@example.com").arg(i + 1));
        u.numLogins = int(i % 7);
        u.createTime = QStringLiteral("2025-01-02T03:04:05Z");
        return u;
    }
    PoolUserPage pageFor(const PoolUserQuery &q) const
    {
        PoolUserPage p;
        p.pageNumber = q.pageNumber;
        p.pageSize = q.pageSize;
        p.total = total;
        const qint64 first = qint64(q.pageNumber - 1) * q.pageSize;
        for (qint64 i = first; i < qMin(total, first + q.pageSize); ++i)
            p.users << user(i);
        return p;
    }
    // Answers the pending request for `page` (the oldest if several); false if there is none.
    bool answer(int page)
    {
        for (int i = 0; i < pending.size(); ++i) {
            if (pending.at(i).query.pageNumber == page) {
                const Request r = pending.takeAt(i);
                r.done(pageFor(r.query), ApiError());
                return true;
            }
        }
        return false;
    }
    bool fail(int page)
    {
        for (int i = 0; i < pending.size(); ++i) {
            if (pending.at(i).query.pageNumber == page) {
                const Request r = pending.takeAt(i);
                r.done(PoolUserPage(), ApiError::make(ApiError::Kind::Network, QStringLiteral("NetworkError"),
                                                      QStringLiteral("connection reset")));
                return true;
            }
        }
        return false;
    }
    void answerAll()
    {
        while (!pending.isEmpty())
            answer(pending.first().query.pageNumber);
    }

private:
    int m_ticket = 0;
};

QString cell(const QAbstractItemModel &m, int row, int column = 0, int role = Qt::DisplayRole)
{
    return m.data(m.index(row, column), role).toString();
}
} // namespace

class TestPoolUserSparseModel : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void firstPageSetsRowCount();
    void jumpToMiddleFetchesOnlyThatPage();
    void placeholderRoleAndText();
    void requestsAreCoalescedAndDeduplicated();
    void cacheStaysBounded();
    void staleGenerationDropped();
    void scrolledAwayRequestsCancelled();
    void failedPageShownAndRetried();
    void columnsReuseTheColumnSet();
    void invalidateKeepsPosition();

private:
    std::unique_ptr<FakeSource> m_source;
    std::unique_ptr<PoolUserSparseModel> m_model;
    void loadFirst();
};

void TestPoolUserSparseModel::init()
{
    m_model.reset();
    m_source = std::make_unique<FakeSource>();
    m_model = std::make_unique<PoolUserSparseModel>();
    m_model->setDebounceMs(0);
    m_model->setSource(m_source.get());
}

void TestPoolUserSparseModel::loadFirst()
{
    m_model->reload();
    QVERIFY(m_source->answer(1));
}

void TestPoolUserSparseModel::firstPageSetsRowCount()
{
    QSignalSpy first(m_model.get(), &PoolUserSparseModel::firstPageLoaded);
    m_model->reload();
    QCOMPARE(m_model->rowCount(), 0);
    QCOMPARE(m_source->requestedPages, QList<int>{1});
    QVERIFY(m_model->isLoading());
    QVERIFY(m_source->answer(1));
    QCOMPARE(first.count(), 1);
    QCOMPARE(first.first().first().toBool(), true);
    QCOMPARE(m_model->rowCount(), 1000000);
    QCOMPARE(cell(*m_model, 0), QStringLiteral("user1"));
    QCOMPARE(cell(*m_model, 99, PoolUserSparseModel::Email), QStringLiteral("user100@example.com"));
    QCOMPARE(m_model->data(m_model->index(5, 0), PoolUserSparseModel::IdRole).toString(), QStringLiteral("u5"));
    QVERIFY(!m_model->isLoading());
}

void TestPoolUserSparseModel::jumpToMiddleFetchesOnlyThatPage()
{
    loadFirst();
    // What a view does after scrollTo(row 500,000): it paints the rows around it.
    for (int row = 500000; row < 500030; ++row)
        for (int c = 0; c < m_model->columnCount(); ++c)
            m_model->data(m_model->index(row, c));
    m_model->flushRequests();
    QCOMPARE(m_source->requestedPages, (QList<int>{1, 5001}));
    QCOMPARE(m_model->requestsSent(), 2);
    QCOMPARE(m_model->pageOfRow(500000), 5001);
    QVERIFY(m_source->answer(5001));
    QCOMPARE(cell(*m_model, 500000), QStringLiteral("user500001"));
    QCOMPARE(cell(*m_model, 500029, PoolUserSparseModel::Uid), QStringLiteral("u500029"));
    QCOMPARE(m_model->cachedPages().size(), 2);
}

void TestPoolUserSparseModel::placeholderRoleAndText()
{
    loadFirst();
    const QModelIndex far = m_model->index(700000, 0);
    QCOMPARE(far.data().toString(), PoolUserSparseModel::loadingText());
    QCOMPARE(far.data().toString(), QStringLiteral("Loading…"));
    QCOMPARE(far.data(PoolUserSparseModel::PlaceholderRole).toBool(), true);
    QCOMPARE(far.data(PoolUserSparseModel::StateRole).toInt(), int(PoolUserSparseModel::RowState::Loading));
    QVERIFY(far.data(PoolUserSparseModel::IdRole).toString().isEmpty());
    QVERIFY(m_model->index(700000, 1).data().toString().isEmpty());
    const QModelIndex near = m_model->index(3, 0);
    QCOMPARE(near.data(PoolUserSparseModel::PlaceholderRole).toBool(), false);
    QCOMPARE(near.data(PoolUserSparseModel::StateRole).toInt(), int(PoolUserSparseModel::RowState::Loaded));
    m_model->flushRequests();
    QVERIFY(m_source->answer(7001));
    QCOMPARE(far.data(PoolUserSparseModel::PlaceholderRole).toBool(), false);
    QCOMPARE(far.data().toString(), QStringLiteral("user700001"));
}

void TestPoolUserSparseModel::requestsAreCoalescedAndDeduplicated()
{
    m_model->setDebounceMs(30);
    loadFirst();
    // Many cells of two pages, asked several times before the debounce fires: one request per page.
    for (int pass = 0; pass < 3; ++pass)
        for (int row = 250050; row < 250150; ++row)
            for (int c = 0; c < 4; ++c)
                m_model->data(m_model->index(row, c));
    QCOMPARE(m_source->requestedPages, QList<int>{1});   // debounced: nothing sent yet
    QTRY_COMPARE(m_source->requestedPages.size(), 3);
    // The most recently asked page first.
    QCOMPARE(m_source->requestedPages, (QList<int>{1, 2502, 2501}));
    // Asked again while in flight: not sent twice.
    for (int row = 250050; row < 250150; ++row)
        m_model->data(m_model->index(row, 0));
    m_model->flushRequests();
    QCOMPARE(m_source->requestedPages.size(), 3);
    m_source->answerAll();
    for (int row = 250050; row < 250150; ++row)
        m_model->data(m_model->index(row, 0));
    m_model->flushRequests();
    QCOMPARE(m_model->requestsSent(), 3);
}

void TestPoolUserSparseModel::cacheStaysBounded()
{
    m_model->setMaxCachedPages(10);
    loadFirst();
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    for (int i = 0; i < 60; ++i) {
        const int row = 1000 + i * 13577;
        m_model->data(m_model->index(row, 0));
        m_model->flushRequests();
        m_source->answerAll();
        QVERIFY2(m_model->cachedPages().size() <= 10, qPrintable(QString::number(m_model->cachedPages().size())));
        QVERIFY(m_model->userAt(row));   // the page just shown is never the one evicted
    }
    QCOMPARE(m_model->cachedPages().size(), 10);
    QVERIFY(m_model->pagesEvicted() >= 50);
    // An evicted page is a placeholder again and is fetched again when shown.
    const int evictedRow = 1000;
    QVERIFY(!m_model->userAt(evictedRow));
    const int before = m_model->requestsSent();
    QCOMPARE(cell(*m_model, evictedRow), PoolUserSparseModel::loadingText());
    m_model->flushRequests();
    QCOMPARE(m_model->requestsSent(), before + 1);
    QCOMPARE(m_source->requestedPages.last(), 11);
}

void TestPoolUserSparseModel::staleGenerationDropped()
{
    loadFirst();
    m_model->data(m_model->index(400000, 0));
    m_model->flushRequests();
    QCOMPARE(m_source->pending.size(), 1);
    const FakeSource::Request old = m_source->pending.first();
    // A new search: new generation; the old request is cancelled...
    PoolUserQuery q;
    q.search = QStringLiteral("alice");
    m_model->setQuery(q);
    QCOMPARE(m_model->rowCount(), 0);
    QVERIFY(m_source->cancelledPages.contains(4001));
    m_model->reload();
    QCOMPARE(m_source->pending.last().query.search, QStringLiteral("alice"));
    QCOMPARE(m_source->pending.last().query.pageNumber, 1);
    // ...and a source that answers it anyway (the answer was already on its way) is ignored.
    old.done(m_source->pageFor(old.query), ApiError());
    QCOMPARE(m_model->staleAnswersDropped(), 1);
    QCOMPARE(m_model->rowCount(), 0);
    QVERIFY(m_model->cachedPages().isEmpty());
    m_source->total = 3;
    QVERIFY(m_source->answer(1));
    QCOMPARE(m_model->rowCount(), 3);
}

void TestPoolUserSparseModel::scrolledAwayRequestsCancelled()
{
    m_model->setMaxInFlight(2);
    loadFirst();
    // The view at page 101..103: three pages wanted, two sent (the most recent first), one waits.
    for (int row = 10000; row < 10300; row += 50)
        m_model->data(m_model->index(row, 0));
    m_model->flushRequests();
    QCOMPARE(m_source->pending.size(), 2);
    // It moves far away before they answer: those requests are cancelled, the waiting one dropped.
    m_model->data(m_model->index(900000, 0));
    m_model->flushRequests();
    QCOMPARE(m_source->pending.size(), 1);
    QCOMPARE(m_source->pending.first().query.pageNumber, 9001);
    QCOMPARE(m_model->requestsCancelled(), 2);
    QVERIFY(!m_source->requestedPages.contains(101) || m_source->cancelledPages.contains(101));
    QCOMPARE(m_model->pagesInFlight(), QList<int>{9001});
    // With the view's rows given explicitly, a page outside them is cancelled too.
    m_model->setVisibleRows(0, 40);
    m_model->data(m_model->index(10, 0));
    m_model->flushRequests();
    QVERIFY(m_source->cancelledPages.contains(9001));
}

void TestPoolUserSparseModel::failedPageShownAndRetried()
{
    loadFirst();
    QSignalSpy failed(m_model.get(), &PoolUserSparseModel::pageFailed);
    m_model->data(m_model->index(12345, 0));
    m_model->flushRequests();
    QVERIFY(m_source->fail(124));
    QCOMPARE(failed.count(), 1);
    QCOMPARE(cell(*m_model, 12345), QStringLiteral("Failed — retry"));
    QCOMPARE(m_model->rowState(12345), PoolUserSparseModel::RowState::Failed);
    QVERIFY(cell(*m_model, 12345, 0, Qt::ToolTipRole).contains(QStringLiteral("124")));
    // Shown again: not re-sent on its own (no request storm against a failing service).
    const int before = m_model->requestsSent();
    cell(*m_model, 12345);
    m_model->flushRequests();
    QCOMPARE(m_model->requestsSent(), before);
    m_model->retryPage(124);
    QCOMPARE(m_model->requestsSent(), before + 1);
    QCOMPARE(cell(*m_model, 12345), PoolUserSparseModel::loadingText());
    QVERIFY(m_source->answer(124));
    QCOMPARE(cell(*m_model, 12345), QStringLiteral("user12346"));
    QVERIFY(m_model->failedPages().isEmpty());
}

void TestPoolUserSparseModel::columnsReuseTheColumnSet()
{
    loadFirst();
    QCOMPARE(m_model->columnCount(), int(PoolUserSparseModel::ColumnCount));
    QCOMPARE(PoolUserSparseModel::columns().count(), int(PoolUserSparseModel::ColumnCount));
    QCOMPARE(m_model->headerData(PoolUserSparseModel::PhoneNumber, Qt::Horizontal).toString(),
             QStringLiteral("Phone number"));
    const QModelIndex logins = m_model->index(6, PoolUserSparseModel::NumLogins);
    QCOMPARE(logins.data(PoolUserSparseModel::RawValueRole).toInt(), 6);
    const QVariant created = m_model->index(0, PoolUserSparseModel::Created).data(PoolUserSparseModel::RawValueRole);
    QCOMPARE(created.toDateTime(), QDateTime(QDate(2025, 1, 2), QTime(3, 4, 5), Qt::UTC));
    QVERIFY(!m_model->index(0, PoolUserSparseModel::Created).data().toString().isEmpty());
    QCOMPARE(m_model->index(0, PoolUserSparseModel::Uid).data(PoolUserSparseModel::RawValueRole).toString(),
             QStringLiteral("u0"));
}

void TestPoolUserSparseModel::invalidateKeepsPosition()
{
    loadFirst();
    m_model->data(m_model->index(300000, 0));
    m_model->flushRequests();
    QVERIFY(m_source->answer(3001));
    const int before = m_model->requestsSent();
    m_source->total = 999999;   // one user deleted
    m_model->invalidate();
    QCOMPARE(m_model->rowCount(), 1000000);   // kept until the service says otherwise
    QVERIFY(m_model->cachedPages().isEmpty());
    QCOMPARE(cell(*m_model, 300000), PoolUserSparseModel::loadingText());
    m_model->flushRequests();
    QCOMPARE(m_model->requestsSent(), before + 1);
    QVERIFY(m_source->answer(3001));
    QCOMPARE(m_model->rowCount(), 999999);
}

QTEST_GUILESS_MAIN(TestPoolUserSparseModel)
#include "tst_poolusersparsemodel.moc"
