// SPDX-License-Identifier: GPL-3.0-or-later
// The Provisioning events pane against the real emulator: list, status filter, search, detail panel; retry
// and delete in bulk (Cloud Identity and CloudSSO, which asks the duplication strategy once per batch with
// the events' own strategy pre-selected), partial failure (an event deleted meanwhile, a non-failed event),
// cancel, throttling, refresh afterwards; screenshots in English and Chinese.
#include "widgets/BulkProgressDialog.h"
#include "widgets/DetailView.h"
#include "DirectoryGuiSupport.h"
#include "EmulatorFixture.h"
#include "widgets/PaneStateWidget.h"
#include "models/ProvisioningEventFilterProxy.h"
#include "models/ProvisioningEventModel.h"
#include "directory/ProvisioningEventsPane.h"
#include "ScriptedPrompter.h"
#include "cloud/Session.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace DirectoryGuiSupport;

namespace {
bool waitLoaded(ProvisioningEventsPane &pane, int timeout = 20000)
{
    return QTest::qWaitFor([&] { return pane.model()->hasAnswered() && !pane.model()->isLoading(); }, timeout);
}
QStringList ids(const QList<ProvisioningEvent> &events)
{
    QStringList out;
    for (const ProvisioningEvent &e : events)
        out << e.id;
    return out;
}
}

class TestEventsPane : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();

    void cloudIdentityListFilterDetail();
    void cloudIdentityRetryBatchWithPartialFailure();
    void cloudIdentityDeleteBatch();
    void cloudSsoRetryAsksStrategyOnce();
    void cloudSsoDeleteAndCancel();
    void throttlingSlowsDownInsteadOfFailing();
    void screenshotsChinese();

private:
    EmulatorFixture m_emu{{QStringLiteral("--dataset"), QStringLiteral("demo")}};
    ScriptedPrompter m_prompter;
    Session *m_ci = nullptr;
    Session *m_sso = nullptr;
};

void TestEventsPane::initTestCase()
{
    initSettings(QStringLiteral("tst_eventspane"));
    qRegisterMetaType<BulkSummary>();
    QSettings().clear();
    Prompter::setInstance(&m_prompter);
    QString error;
    QVERIFY2(m_emu.start(&error), qPrintable(error));
    m_ci = newSession(m_emu, volcengineProfile(m_emu), this);
    m_sso = newSession(m_emu, aliyunProfile(m_emu), this);
}

void TestEventsPane::cleanupTestCase()
{
    Prompter::setInstance(nullptr);
    setLanguage(QStringLiteral("en"));
}

void TestEventsPane::init()
{
    m_prompter.clear();
}

void TestEventsPane::cloudIdentityListFilterDetail()
{
    ProvisioningEventsPane pane;
    pane.resize(1280, 720);
    pane.setSession(m_ci);
    pane.show();
    QVERIFY(waitLoaded(pane));
    const ApiResult all = call(m_emu, Service::CloudIdentity, QStringLiteral("ListUserProvisioningEvents"), {}, true);
    QVERIFY(all.ok);
    QCOMPARE(pane.model()->rowCount(), int(all.items.size()));
    QVERIFY(pane.model()->rowCount() > 5);
    QCOMPARE(pane.stateWidget()->state(), PaneStateWidget::State::Content);
    DirectoryGuiSupport::screenshot(&pane, QStringLiteral("events_cloudidentity_en"));

    // Status filter (server-side).
    pane.statusFilter()->setCurrentIndex(pane.statusFilter()->findData(QStringLiteral("DeleteProvisionFailed")));
    pane.applySearch();
    QCOMPARE(pane.model()->query().status, QStringLiteral("DeleteProvisionFailed"));
    QVERIFY(waitLoaded(pane));
    QVERIFY(pane.model()->rowCount() < int(all.items.size()));
    for (int r = 0; r < pane.model()->rowCount(); ++r)
        QCOMPARE(pane.model()->event(r).status, QStringLiteral("DeleteProvisionFailed"));
    pane.statusFilter()->setCurrentIndex(0);
    pane.applySearch();
    QVERIFY(waitLoaded(pane));

    // Search by user name (Cloud Identity QueryString), after the debounce.
    const QString name = pane.model()->event(0).principalName;
    QTest::keyClicks(pane.searchEdit(), name);
    QTRY_COMPARE_WITH_TIMEOUT(pane.model()->query().search, name, 3000);
    QVERIFY(waitLoaded(pane));
    QVERIFY(pane.model()->rowCount() >= 1);
    for (int r = 0; r < pane.model()->rowCount(); ++r)
        QVERIFY(pane.model()->event(r).principalName.contains(name));

    // Detail panel with copyable values.
    const ProvisioningEvent e = pane.model()->event(0);
    QVERIFY(pane.selectEvents({e.id}));
    QCOMPARE(pane.detailView()->value(QStringLiteral("Event ID")), e.id);
    QCOMPARE(pane.detailView()->value(QStringLiteral("Failure reason")), e.failureReason);
    QVERIFY(!pane.detailView()->value(QStringLiteral("Provisioning ID")).isEmpty());
    pane.copySelection();
    QCOMPARE(QApplication::clipboard()->text(), e.id);
    DirectoryGuiSupport::screenshot(&pane, QStringLiteral("events_detail_en"));

    QTemporaryDir dir;
    QString error;
    QVERIFY(pane.exportCsv(dir.filePath(QStringLiteral("events.csv")), &error));
    QFile f(dir.filePath(QStringLiteral("events.csv")));
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray csv = f.readAll();
    QVERIFY(csv.contains("Failure reason"));
    QVERIFY(csv.contains(name.toUtf8()));
}

void TestEventsPane::cloudIdentityRetryBatchWithPartialFailure()
{
    ProvisioningEventsPane pane;
    pane.resize(1280, 720);
    pane.setSession(m_ci);
    pane.show();
    QVERIFY(waitLoaded(pane));
    QVERIFY(pane.model()->rowCount() >= 5);
    QList<ProvisioningEvent> batch;
    for (int r = 0; r < 4; ++r)
        batch << pane.model()->event(r);
    // One of them is deleted meanwhile (by someone else).
    QVERIFY(call(m_emu, Service::CloudIdentity, QStringLiteral("DeleteUserProvisioningEvent"),
                 {{QStringLiteral("UserProvisioningEventId"), batch.at(1).id}})
                .ok);
    QVERIFY(pane.selectEvents(ids(batch)));
    QSignalSpy finished(&pane, &ProvisioningEventsPane::batchFinished);
    m_prompter.answerConfirm(true);
    pane.retrySelected();
    QCOMPARE(m_prompter.count(QStringLiteral("confirm")), 1);
    QCOMPARE(m_prompter.count(QStringLiteral("choose")), 0);   // Cloud Identity has no strategy
    BulkProgressDialog *bulk = pane.activeBulk();
    QVERIFY(bulk);
    QVERIFY(finished.wait(30000));
    const BulkSummary s = finished.first().first().value<BulkSummary>();
    QCOMPARE(s.total, 4);
    QCOMPARE(s.failed, 1);
    QCOMPARE(s.succeeded, 3);   // continues past the failure
    QCOMPARE(s.failures.first().index, 1);
    QCOMPARE(s.failures.first().code, QStringLiteral("UserProvisionEventNotFound"));
    QVERIFY(!s.failures.first().requestId.isEmpty());
    QVERIFY(bulk->summaryText().contains(batch.at(1).id));
    QVERIFY(bulk->summaryText().contains(s.failures.first().requestId));
    DirectoryGuiSupport::screenshot(bulk, QStringLiteral("events_retry_summary_en"));
    // The list refreshes after the batch: the deleted event is gone.
    QVERIFY(waitLoaded(pane));
    QCOMPARE(pane.model()->rowOfId(batch.at(1).id), -1);
    bulk->closeButton()->click();
    QTRY_VERIFY(!pane.activeBulk());

    // A retried event that is no longer failed (it was provisioned) is refused by the service.
    QString provisionedId;
    for (int i : {0, 2, 3}) {
        const ApiResult again = call(m_emu, Service::CloudIdentity, QStringLiteral("ListUserProvisioningEvents"), {}, true);
        bool stillFailed = false;
        for (const QJsonValue &v : again.items)
            stillFailed = stillFailed || v.toObject().value(QStringLiteral("UserProvisioningEventId")).toString() == batch.at(i).id;
        if (!stillFailed && provisionedId.isEmpty())
            provisionedId = batch.at(i).id;
    }
    if (!provisionedId.isEmpty()) {
        ProvisioningEvent stale = batch.first();
        stale.id = provisionedId;
        QList<ProvisioningEvent> second{stale, pane.model()->event(0)};
        m_prompter.answerConfirm(true);
        pane.retryEvents(second);
        QVERIFY(finished.wait(30000));
        const BulkSummary s2 = finished.last().first().value<BulkSummary>();
        QCOMPARE(s2.failed, 1);
        QVERIFY2(s2.failures.first().code.startsWith(QLatin1String("UserProvisionEvent")), qPrintable(s2.failures.first().code));
        pane.activeBulk()->closeButton()->click();
    }
}

void TestEventsPane::cloudIdentityDeleteBatch()
{
    ProvisioningEventsPane pane;
    pane.resize(1280, 720);
    pane.setSession(m_ci);
    pane.show();
    QVERIFY(waitLoaded(pane));
    const int before = pane.model()->rowCount();
    QVERIFY(before >= 3);
    const QList<ProvisioningEvent> batch{pane.model()->event(before - 1), pane.model()->event(before - 2)};
    QVERIFY(pane.selectEvents(ids(batch)));
    // Refused confirmation: nothing happens.
    m_prompter.answerConfirm(false);
    pane.deleteSelection();
    QVERIFY(!pane.activeBulk());
    QSignalSpy finished(&pane, &ProvisioningEventsPane::batchFinished);
    m_prompter.answerConfirm(true);
    pane.deleteSelection();
    QVERIFY(finished.wait(30000));
    const BulkSummary s = finished.first().first().value<BulkSummary>();
    QCOMPARE(s.succeeded, 2);
    QVERIFY(waitLoaded(pane));
    QCOMPARE(pane.model()->rowCount(), before - 2);
    for (const ProvisioningEvent &e : batch)
        QCOMPARE(pane.model()->rowOfId(e.id), -1);
    pane.activeBulk()->closeButton()->click();
}

void TestEventsPane::cloudSsoRetryAsksStrategyOnce()
{
    ProvisioningEventsPane pane;
    pane.resize(1280, 720);
    pane.setSession(m_sso);
    pane.show();
    QTRY_VERIFY_WITH_TIMEOUT(!m_sso->directoryId().isEmpty(), 15000);
    QVERIFY(waitLoaded(pane));
    QCOMPARE(pane.model()->rowCount(), 40);
    DirectoryGuiSupport::screenshot(&pane, QStringLiteral("events_cloudsso_en"));
    // Three events whose provisionings use TakeOver: TakeOver is pre-selected.
    QList<ProvisioningEvent> takeOver;
    for (int r = 0; r < pane.model()->rowCount() && takeOver.size() < 3; ++r)
        if (pane.model()->event(r).duplicationStrategy == QLatin1String("TakeOver"))
            takeOver << pane.model()->event(r);
    QCOMPARE(takeOver.size(), 3);
    QVERIFY(pane.selectEvents(ids(takeOver)));
    // Cancelling the question sends nothing.
    m_prompter.answerChoice(QString());
    pane.retrySelected();
    QVERIFY(!pane.activeBulk());
    QCOMPARE(m_prompter.last(QStringLiteral("choose")).current, 1);
    QVERIFY(m_prompter.last(QStringLiteral("choose")).items.value(1).startsWith(QLatin1String("TakeOver")));

    QSignalSpy finished(&pane, &ProvisioningEventsPane::batchFinished);
    m_prompter.answerChoice(QStringLiteral("KeepBoth"));
    pane.retrySelected();
    QCOMPARE(m_prompter.count(QStringLiteral("choose")), 2);   // once per batch, not per event
    QVERIFY(finished.wait(30000));
    const BulkSummary s = finished.first().first().value<BulkSummary>();
    QCOMPARE(s.total, 3);
    QCOMPARE(s.succeeded + s.failed, 3);
    QCOMPARE(s.failed, 0);
    pane.activeBulk()->closeButton()->click();
    QTRY_VERIFY(!pane.activeBulk());

    // Mostly KeepBoth: KeepBoth pre-selected.
    QVERIFY(waitLoaded(pane));
    QList<ProvisioningEvent> keepBoth;
    for (int r = 0; r < pane.model()->rowCount() && keepBoth.size() < 2; ++r)
        if (pane.model()->event(r).duplicationStrategy == QLatin1String("KeepBoth"))
            keepBoth << pane.model()->event(r);
    QCOMPARE(keepBoth.size(), 2);
    m_prompter.answerChoice(QString());
    pane.retryEvents(keepBoth);
    QCOMPARE(m_prompter.last(QStringLiteral("choose")).current, 0);
    QVERIFY(m_prompter.unexpected().isEmpty());
}

void TestEventsPane::cloudSsoDeleteAndCancel()
{
    // A slow service so that the batch can be cancelled midway.
    EmulatorFixture slow({QStringLiteral("--dataset"), QStringLiteral("demo"), QStringLiteral("--latency-ms"), QStringLiteral("200")});
    QString error;
    QVERIFY2(slow.start(&error), qPrintable(error));
    Session *session = newSession(slow, aliyunProfile(slow, QStringLiteral("aliyun-slow")), this);
    ProvisioningEventsPane pane;
    pane.resize(1280, 720);
    pane.setConcurrency(2);
    pane.setSession(session);
    pane.show();
    QTRY_VERIFY_WITH_TIMEOUT(!session->directoryId().isEmpty(), 20000);
    QVERIFY(waitLoaded(pane, 30000));
    const int before = pane.model()->rowCount();
    QList<ProvisioningEvent> batch;
    for (int r = 0; r < 10; ++r)
        batch << pane.model()->event(r);
    QSignalSpy finished(&pane, &ProvisioningEventsPane::batchFinished);
    m_prompter.answerConfirm(true);
    pane.deleteEvents(batch);
    BulkProgressDialog *bulk = pane.activeBulk();
    QVERIFY(bulk);
    QTRY_VERIFY_WITH_TIMEOUT(bulk->progressBar()->value() >= 1, 20000);
    bulk->cancel();
    QVERIFY(finished.wait(30000));
    const BulkSummary s = finished.first().first().value<BulkSummary>();
    QVERIFY(s.wasCancelled);
    QVERIFY(s.succeeded >= 1);
    QVERIFY2(s.cancelled >= 1, qPrintable(bulk->summaryText()));
    QCOMPARE(s.succeeded + s.failed + s.cancelled, 10);
    DirectoryGuiSupport::screenshot(bulk, QStringLiteral("events_delete_cancelled_en"));
    // The list refreshed: exactly the deleted events are gone.
    QVERIFY(waitLoaded(pane, 30000));
    QCOMPARE(pane.model()->rowCount(), before - s.succeeded);
    bulk->closeButton()->click();
    pane.setSession(nullptr);
    delete session;
}

void TestEventsPane::throttlingSlowsDownInsteadOfFailing()
{
    EmulatorFixture throttled({QStringLiteral("--dataset"), QStringLiteral("demo"), QStringLiteral("--throttle-qps"), QStringLiteral("4")});
    QString error;
    QVERIFY2(throttled.start(&error), qPrintable(error));
    Session *session = newSession(throttled, aliyunProfile(throttled, QStringLiteral("aliyun-throttled")), this);
    ProvisioningEventsPane pane;
    pane.resize(1280, 720);
    pane.setConcurrency(8);
    pane.setSession(session);
    pane.show();
    QTRY_VERIFY_WITH_TIMEOUT(!session->directoryId().isEmpty(), 20000);
    QVERIFY(waitLoaded(pane, 30000));
    QList<ProvisioningEvent> batch;
    for (int r = 0; r < 24; ++r)
        batch << pane.model()->event(r);
    QSignalSpy finished(&pane, &ProvisioningEventsPane::batchFinished);
    m_prompter.answerConfirm(true);
    QElapsedTimer t;
    t.start();
    pane.deleteEvents(batch);
    QVERIFY(finished.wait(120000));
    const BulkSummary s = finished.first().first().value<BulkSummary>();
    qInfo("24 deletes at 4 requests/s: %lld ms, requeued %d, lowest concurrency %d", t.elapsed(), s.requeued, s.minConcurrency);
    QCOMPARE(s.failed, 0);
    QCOMPARE(s.succeeded, 24);
    pane.activeBulk()->closeButton()->click();
    pane.setSession(nullptr);
    delete session;
}

void TestEventsPane::screenshotsChinese()
{
    ProvisioningEventsPane pane;
    pane.resize(1280, 720);
    pane.setSession(m_sso);
    pane.show();
    QTRY_VERIFY_WITH_TIMEOUT(!m_sso->directoryId().isEmpty(), 15000);
    QVERIFY(waitLoaded(pane));
    QVERIFY(pane.selectEvents({pane.model()->event(0).id}));
    setLanguage(QStringLiteral("zh_CN"));
    QCOMPARE(pane.model()->headerData(ProvisioningEventModel::FailureReason, Qt::Horizontal).toString(),
             ProvisioningEventModel::tr("Failure reason"));
    DirectoryGuiSupport::screenshot(&pane, QStringLiteral("events_cloudsso_zh_CN"));
    setLanguage(QStringLiteral("en"));
}

QTEST_MAIN(TestEventsPane)
#include "tst_eventspane.moc"
