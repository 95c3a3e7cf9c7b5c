// SPDX-License-Identifier: GPL-3.0-or-later
// The MAU pane against the real emulator: the chart shows what GetUserPoolMaus answers (checked with
// direct calls, not through MauLoader), failed months are marked while the others render, the theme
// follows the palette, month labels follow the locale, exports and remembered state work.
#include "api/ApiClient.h"
#include "EmulatorFixture.h"
#include "mau/MauChartView.h"
#include "mau/MauPane.h"
#include "mau/MauPoolPicker.h"
#include "models/MauTableModel.h"
#include "widgets/PaneStateWidget.h"
#include "shell/LanguageManager.h"
#include "MauReportTools.h"
#include "ScriptedPrompter.h"
#include "models/MauThresholds.h"
#include "cloud/Session.h"

#include <QAbstractBarSeries>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QCheckBox>
#include <QDir>
#include <QImage>
#include <QJsonArray>
#include <QLabel>
#include <QLineSeries>
#include <QListWidget>
#include <QMenu>
#include <QScatterSeries>
#include <QSettings>
#include <QSpinBox>
#include <QComboBox>
#include <QPalette>
#include <QProcess>
#include <QSignalSpy>
#include <QSplitter>
#include <QStandardPaths>
#include <QStackedBarSeries>
#include <QTableView>
#include <QTemporaryDir>
#include <QToolButton>
#include <QtTest>

namespace {
using MonthValues = QHash<QString, QHash<QString, double>>; // month key -> pool uid -> MAU

Profile emulatorProfile(const EmulatorFixture &emu)
{
    Profile p;
    p.name = QStringLiteral("emulator");
    p.provider = Profile::Provider::Volcengine;
    p.accessKeyId = emu.accessKey();
    p.endpoints.insert(QStringLiteral("id"), emu.endpoint().toString());
    p.endpoints.insert(QStringLiteral("cloudidentity"), emu.endpoint().toString());
    p.transient = true;
    return p;
}

QString screenshotPath(const QString &name)
{
    const QString dir = QStringLiteral(IDCONSOLE_BUILD_DIR "/screenshots");
    QDir().mkpath(dir);
    return dir + QLatin1Char('/') + name;
}

// A direct ApiClient (not MauLoader): every pool, then GetUserPoolMaus per month. Retries generously so
// that it sees the real numbers even when the emulator injects failures.
bool directMaus(const EmulatorFixture &emu, const QList<QDate> &months, QStringList *uids, MonthValues *values,
                QString *error)
{
    ApiClient client;
    client.setCredentials(Credentials{emu.accessKey(), emu.secret(), QString()});
    client.setEndpoint(Service::Id, emu.endpoint());
    client.setMaxAttempts(12);
    client.setRetryBaseDelay(5);
    ApiCall *list = client.listAll(Service::Id, QStringLiteral("ListUserPools"));
    QSignalSpy listDone(list, &ApiCall::finished);
    if (!listDone.wait(20000)) {
        *error = QStringLiteral("ListUserPools timed out");
        return false;
    }
    const ApiResult pools = listDone.at(0).at(0).value<ApiResult>();
    if (!pools.ok) {
        *error = pools.error.toString();
        return false;
    }
    uids->clear();
    for (const QJsonValue &item : pools.items)
        uids->append(item.toObject().value(QStringLiteral("Uid")).toString());
    for (const QDate &month : months) {
        const QString key = month.toString(QStringLiteral("yyyy-MM"));
        ApiCall *call = client.call(Service::Id, QStringLiteral("GetUserPoolMaus"),
                                    QJsonObject{{QStringLiteral("Month"), key},
                                                {QStringLiteral("UserPoolUids"), QJsonArray::fromStringList(*uids)}});
        QSignalSpy done(call, &ApiCall::finished);
        if (!done.wait(20000)) {
            *error = QStringLiteral("GetUserPoolMaus %1 timed out").arg(key);
            return false;
        }
        const ApiResult r = done.at(0).at(0).value<ApiResult>();
        if (!r.ok) {
            *error = r.error.toString();
            return false;
        }
        QHash<QString, double> perPool;
        for (const QString &uid : std::as_const(*uids))
            perPool.insert(uid, 0.0); // missing from the answer: 0
        for (const QJsonValue &v : r.result.value(QStringLiteral("UserPoolMaus")).toArray())
            perPool.insert(v.toObject().value(QStringLiteral("UserPoolUid")).toString(),
                           v.toObject().value(QStringLiteral("Mau")).toDouble());
        values->insert(key, perPool);
    }
    return true;
}

// What a person sees: pending layout (the chart lays out its legend in the event loop) first.
void saveScreenshot(QWidget *widget, const QString &name)
{
    QCoreApplication::processEvents();
    QTest::qWait(20);
    QVERIFY(widget->grab().save(screenshotPath(name)));
}

bool waitForLoad(MauPane *pane, int timeoutMs = 30000)
{
    QSignalSpy spy(pane, &MauPane::loadFinished);
    return spy.wait(timeoutMs);
}

QStringList categories(MauChartView *chart)
{
    return chart->categoryAxis()->categories();
}
}

class TestMauPane : public QObject
{
    Q_OBJECT

private:
    ScriptedPrompter m_prompter;

    // Every bar and the total line equal the direct answers, month by month; failed months are skipped.
    void compareChartWithDirect(MauPane *pane, const MonthValues &expected, int *comparedMonths)
    {
        MauChartView *chart = pane->chartView();
        const MauDataSet &data = chart->dataSet();
        QAbstractBarSeries *bars = chart->barSeries();
        QVERIFY(bars);
        QCOMPARE(bars->count(), data.poolCount());
        const QList<QBarSet *> sets = bars->barSets();
        const QList<QPointF> totals = chart->totalSeries()->points();
        int totalIndex = 0;
        *comparedMonths = 0;
        for (int m = 0; m < data.monthCount(); ++m) {
            const QString key = MauDataSet::monthKey(data.months().at(m));
            if (data.isFailed(m)) {
                for (QBarSet *set : sets)
                    QCOMPARE(set->at(m), 0.0); // no bar, no gap in the axis
                continue;
            }
            QVERIFY2(expected.contains(key), qPrintable(key));
            double sum = 0;
            for (int p = 0; p < sets.size(); ++p) {
                const QString uid = data.pools().at(p).uid;
                const double want = expected.value(key).value(uid);
                QCOMPARE(sets.at(p)->label(), data.pools().at(p).displayName());
                QVERIFY2(qFuzzyCompare(1.0 + sets.at(p)->at(m), 1.0 + want),
                         qPrintable(QStringLiteral("%1 %2: chart %3, service %4").arg(key, uid).arg(sets.at(p)->at(m)).arg(want)));
                // The table shows the same number.
                const QModelIndex cell = pane->tableModel()->index(m, pane->tableModel()->columnForPool(p));
                QVERIFY(qFuzzyCompare(1.0 + cell.data(MauTableModel::RawValueRole).toDouble(), 1.0 + want));
                sum += want;
            }
            QVERIFY(totalIndex < totals.size());
            QCOMPARE(int(totals.at(totalIndex).x()), m);
            QVERIFY(qFuzzyCompare(1.0 + totals.at(totalIndex).y(), 1.0 + sum));
            ++totalIndex;
            ++*comparedMonths;
        }
        QCOMPARE(totalIndex, totals.size());
    }

private slots:
    void initTestCase()
    {
        // LanguageManager remembers the language in QSettings: keep that away from the person's settings.
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("idconsole-tests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_maupane"));
        LanguageManager::instance()->setLanguage(QStringLiteral("en"));
        Prompter::setInstance(&m_prompter);
    }
    void cleanupTestCase()
    {
        Prompter::setInstance(nullptr);
        QSettings().remove(QStringLiteral("ui/language"));
    }
    void cleanup()
    {
        LanguageManager::instance()->setLanguage(QStringLiteral("en"));
        m_prompter.clear();
    }

    void supportsOnlyTheIdService()
    {
        MauPane pane;
        QString reason;
        QVERIFY(!pane.supports(nullptr, &reason));
        QVERIFY(!reason.isEmpty());
        Profile aliyun;
        aliyun.name = QStringLiteral("sso");
        aliyun.provider = Profile::Provider::Aliyun;
        aliyun.accessKeyId = QStringLiteral("LTAIxx");
        Session sso(aliyun, Credentials{QStringLiteral("LTAIxx"), QStringLiteral("s"), QString()});
        QVERIFY(!pane.supports(&sso, &reason));
        QVERIFY(reason.contains(QStringLiteral("Agent Identity")));
        Profile volc;
        volc.name = QStringLiteral("volc");
        volc.accessKeyId = QStringLiteral("AKLTxx");
        Session id(volc, Credentials{QStringLiteral("AKLTxx"), QStringLiteral("s"), QString()});
        QVERIFY(pane.supports(&id, nullptr));
        QCOMPARE(pane.paneId(), QStringLiteral("mau"));
        QCOMPARE(pane.months().size(), MauPane::kDefaultMonths); // default: the last 12 months
        // The service's month (China Standard Time, assumed), not the local date.
        QCOMPARE(pane.months().last(),
                 MauDataSet::firstOfMonth(MauDataSet::serviceToday(QDateTime::currentDateTimeUtc())));
    }

    void chartMatchesServiceAndScreenshots()
    {
        EmulatorFixture emu({QStringLiteral("--dataset"), QStringLiteral("demo")});
        QString error;
        QVERIFY2(emu.start(&error), qPrintable(error));
        Session session(emulatorProfile(emu), Credentials{emu.accessKey(), emu.secret(), QString()});

        MauPane pane;
        pane.resize(1280, 860);
        pane.show();
        QVERIFY(QTest::qWaitForWindowExposed(&pane));
        QSignalSpy finished(&pane, &MauPane::loadFinished);
        pane.setSession(&session);
        QVERIFY(finished.wait(30000));
        QCOMPARE(pane.stateWidget()->state(), PaneStateWidget::State::Content);

        const QList<QDate> months = pane.months();
        QCOMPARE(months.size(), 12);
        QStringList uids;
        MonthValues expected;
        QVERIFY2(directMaus(emu, months, &uids, &expected, &error), qPrintable(error));
        QCOMPARE(pane.chartView()->dataSet().poolCount(), int(uids.size())); // default: all pools
        QVERIFY(uids.size() >= 1);
        int compared = 0;
        compareChartWithDirect(&pane, expected, &compared);
        QCOMPARE(compared, 12);
        // Something to see: the demo data is not all zeros.
        QVERIFY(pane.chartView()->dataSet().grandTotal() > 0);
        QCOMPARE(pane.tableModel()->rowCount(), 13); // 12 months + totals
        QVERIFY(pane.chartView()->barSeries()->type() == QAbstractSeries::SeriesTypeBar);

        // English month labels, one per month, in order.
        QCOMPARE(categories(pane.chartView()).size(), 12);
        // The running month is labelled as incomplete.
        QCOMPARE(categories(pane.chartView()).last(),
                 QLocale().toString(months.last(), QStringLiteral("MMM yyyy")) + QStringLiteral(" (to date)"));
        QCOMPARE(categories(pane.chartView()).first(), QLocale().toString(months.first(), QStringLiteral("MMM yyyy")));
        saveScreenshot(&pane, QStringLiteral("maupane-en.png"));

        // Stacked: same numbers, stacked series.
        pane.setStacked(true);
        QVERIFY(qobject_cast<QStackedBarSeries *>(pane.chartView()->barSeries()));
        compareChartWithDirect(&pane, expected, &compared);
        QCOMPARE(compared, 12);
        // One bar series + the total line + the total's trend up to the running month's estimate.
        QCOMPARE(pane.chartView()->chart()->series().size(), 3);
        QVERIFY(pane.chartView()->trendSeries());
        QVERIFY(pane.chartView()->trendSeries()->name().contains(QStringLiteral("estimate")));
        saveScreenshot(&pane, QStringLiteral("maupane-en-stacked.png"));
        pane.setStacked(false);

        // Switching to Chinese (translators + default QLocale, as the Language menu does) relabels months and
        // retranslates the pane without reloading.
        QSignalSpy reloads(&pane, &MauPane::loadFinished);
        LanguageManager::instance()->setLanguage(QStringLiteral("zh_CN"));
        const QString zhLast = QStringLiteral("%1年%2月").arg(months.last().year()).arg(months.last().month());
        // The running month: "(to date)" in the UI language (translations/pending/mau.tsv: "%1（截至目前）").
        const QString zhLastToDate = QCoreApplication::translate("MauDataSet", "%1 (to date)").arg(zhLast);
        QTRY_COMPARE(categories(pane.chartView()).last(), zhLastToDate);
        QCOMPARE(pane.tableModel()->index(11, 0).data().toString(), zhLastToDate);
        QCOMPARE(pane.chartView()->chart()->locale().language(), QLocale::Chinese);
        QVERIFY(pane.statusLabel()->text().contains(zhLast));
        QCOMPARE(pane.chartView()->chart()->title(), QCoreApplication::translate("MauChartView", "Monthly active users"));
        QVERIFY2(pane.chartView()->chart()->title() != QLatin1String("Monthly active users"), "no Chinese chart title");
        QTest::qWait(400); // longer than the pane's reload debounce
        QVERIFY(!pane.isLoading());
        QCOMPARE(reloads.count(), 0);
        saveScreenshot(&pane, QStringLiteral("maupane-zh.png"));
        LanguageManager::instance()->setLanguage(QStringLiteral("en"));
        QTRY_COMPARE(categories(pane.chartView()).last(),
                     QLocale().toString(months.last(), QStringLiteral("MMM yyyy")) + QStringLiteral(" (to date)"));
        QCOMPARE(pane.chartView()->chart()->title(), QStringLiteral("Monthly active users"));

        // Dark palette -> dark chart theme, and back.
        QCOMPARE(pane.chartView()->chart()->theme(), QChart::ChartThemeLight);
        QPalette dark;
        dark.setColor(QPalette::Window, QColor(0x20, 0x22, 0x25));
        dark.setColor(QPalette::WindowText, QColor(0xE8, 0xE8, 0xE8));
        dark.setColor(QPalette::Base, QColor(0x18, 0x19, 0x1B));
        dark.setColor(QPalette::AlternateBase, QColor(0x25, 0x27, 0x2A));
        dark.setColor(QPalette::Text, QColor(0xE8, 0xE8, 0xE8));
        dark.setColor(QPalette::Button, QColor(0x30, 0x32, 0x35));
        dark.setColor(QPalette::ButtonText, QColor(0xE8, 0xE8, 0xE8));
        const QPalette light = pane.palette();
        pane.setPalette(dark);
        QTRY_VERIFY(pane.chartView()->isDarkTheme());
        QCOMPARE(pane.chartView()->chart()->theme(), QChart::ChartThemeDark);
        QCOMPARE(pane.chartView()->chart()->backgroundBrush().color(), dark.color(QPalette::Window));
        compareChartWithDirect(&pane, expected, &compared); // a theme change keeps the data
        saveScreenshot(&pane, QStringLiteral("maupane-dark.png"));
        pane.setPalette(light);
        QTRY_VERIFY(!pane.chartView()->isDarkTheme());

        // Tooltips: exact value and change from the previous month.
        const MauDataSet &data = pane.chartView()->dataSet();
        const QString tip = pane.chartView()->barToolTip(0, 11);
        QVERIFY2(tip.contains(MauDataSet::formatMau(data.value(11, 0))), qPrintable(tip));
        if (const auto change = data.changePercent(11, 0))
            QVERIFY2(tip.contains(MauDataSet::formatChange(*change)), qPrintable(tip));

        // Exports through the Prompter.
        QTemporaryDir tmp;
        m_prompter.answerSaveFile(tmp.filePath(QStringLiteral("chart")));
        pane.findChild<QToolButton *>(QStringLiteral("exportPngButton"))->click();
        QVERIFY2(m_prompter.warnings().isEmpty(), qPrintable(m_prompter.warnings().join(QLatin1Char('\n'))));
        QCOMPARE(m_prompter.last(QStringLiteral("saveFileName")).text,
                 QStringLiteral("mau-%1-to-%2.png").arg(MauDataSet::monthKey(months.first()), MauDataSet::monthKey(months.last())));
        QImage png(tmp.filePath(QStringLiteral("chart.png")));
        QVERIFY(!png.isNull());
        QVERIFY(png.width() > 300);
        m_prompter.answerSaveFile(tmp.filePath(QStringLiteral("table.csv")));
        pane.findChild<QToolButton *>(QStringLiteral("exportCsvButton"))->click();
        QFile csv(tmp.filePath(QStringLiteral("table.csv")));
        QVERIFY(csv.open(QIODevice::ReadOnly));
        const QString csvText = QString::fromUtf8(csv.readAll());
        QVERIFY(csvText.contains(MauDataSet::monthKey(months.first()) + QLatin1Char(',')));
        QCOMPARE(csvText.count(QStringLiteral("\r\n")), 14); // header + 12 months + totals
        m_prompter.answerSaveFile(QString()); // cancelled: nothing happens
        pane.findChild<QToolButton *>(QStringLiteral("exportCsvButton"))->click();
        QVERIFY(m_prompter.warnings().isEmpty());
        QVERIFY(m_prompter.unexpected().isEmpty());

        // Choosing one pool reloads only that pool.
        MauPoolPicker *picker = pane.poolPicker();
        QVERIFY(picker->allSelected());
        picker->menu()->popup(picker->mapToGlobal(QPoint(0, picker->height())));
        auto *list = picker->menu()->findChild<QListWidget *>(QStringLiteral("poolList"));
        QVERIFY(list);
        QCOMPARE(list->count(), int(uids.size()));
        for (int i = 1; i < list->count(); ++i)
            list->item(i)->setCheckState(Qt::Unchecked);
        QCOMPARE(picker->selectedUids(), QStringList{uids.first()});
        QSignalSpy reloaded(&pane, &MauPane::loadFinished);
        picker->menu()->hide(); // the choice is applied when the drop-down closes
        QVERIFY(reloaded.wait(30000));
        QCOMPARE(pane.chartView()->dataSet().poolCount(), 1);
        QCOMPARE(pane.chartView()->barSeries()->barSets().size(), 1);
        compareChartWithDirect(&pane, expected, &compared);
        QCOMPARE(compared, 12);
    }

    void rangeAndRememberedState()
    {
        EmulatorFixture emu({QStringLiteral("--dataset"), QStringLiteral("demo")});
        QString error;
        QVERIFY2(emu.start(&error), qPrintable(error));
        Session session(emulatorProfile(emu), Credentials{emu.accessKey(), emu.secret(), QString()});
        MauPane pane;
        pane.resize(1100, 760);
        pane.show();
        pane.setSession(&session);
        QVERIFY(waitForLoad(&pane));

        // A custom range of 3 months, and a too-long one clamped to 36.
        const QDate last = MauDataSet::firstOfMonth(QDate::currentDate());
        pane.setCustomRange(last.addMonths(-2), last);
        QVERIFY(waitForLoad(&pane));
        QCOMPARE(pane.chartView()->dataSet().monthCount(), 3);
        QStringList uids;
        MonthValues expected;
        QVERIFY2(directMaus(emu, pane.months(), &uids, &expected, &error), qPrintable(error));
        int compared = 0;
        compareChartWithDirect(&pane, expected, &compared);
        QCOMPARE(compared, 3);
        pane.setCustomRange(last.addMonths(-60), last);
        QCOMPARE(pane.months().size(), 36);
        QVERIFY(pane.statusLabel()->text().contains(QStringLiteral("36")));
        QVERIFY(waitForLoad(&pane));
        QCOMPARE(pane.chartView()->dataSet().monthCount(), 36);

        // saveState / restoreState: range, stacked, splitter.
        pane.setCustomRange(last.addMonths(-5), last.addMonths(-1));
        pane.setStacked(true);
        auto *splitter = pane.findChild<QSplitter *>(QStringLiteral("splitter"));
        splitter->setSizes({500, 200});
        const QList<int> sizes = splitter->sizes();
        QTemporaryDir tmp;
        QSettings settings(tmp.filePath(QStringLiteral("state.ini")), QSettings::IniFormat);
        settings.beginGroup(pane.paneId());
        pane.saveState(settings);
        settings.endGroup();

        MauPane restored;
        restored.resize(1100, 760);
        restored.show();
        settings.beginGroup(restored.paneId());
        restored.restoreState(settings);
        settings.endGroup();
        QCOMPARE(restored.rangePreset(), 0);
        QCOMPARE(restored.months(), pane.months());
        QCOMPARE(restored.months().size(), 5);
        QVERIFY(restored.isStacked());
        restored.setDataSet(pane.chartView()->dataSet()); // the splitter is laid out once there is content
        QTRY_COMPARE(restored.findChild<QSplitter *>(QStringLiteral("splitter"))->sizes(), sizes);

        // A preset is remembered as a preset.
        pane.setRangePreset(6);
        settings.beginGroup(pane.paneId());
        pane.saveState(settings);
        settings.endGroup();
        settings.beginGroup(restored.paneId());
        restored.restoreState(settings);
        settings.endGroup();
        QCOMPARE(restored.rangePreset(), 6);
        QCOMPARE(restored.months().size(), 6);
    }

    void failedMonthStillRendersTheOthers()
    {
        // The emulator fails a share of requests; with one attempt per call some months fail and the rest
        // must still render. Failures are random: reload until both kinds are present.
        EmulatorFixture emu({QStringLiteral("--dataset"), QStringLiteral("demo"), QStringLiteral("--fail-rate"),
                             QStringLiteral("0.35"), QStringLiteral("--seed"), QStringLiteral("7")});
        QString error;
        QVERIFY2(emu.start(&error), qPrintable(error));
        Session session(emulatorProfile(emu), Credentials{emu.accessKey(), emu.secret(), QString()});
        session.client()->setMaxAttempts(1);

        MauPane pane;
        pane.resize(1280, 860);
        pane.show();
        pane.setSession(&session);
        QVERIFY(waitForLoad(&pane));
        bool mixed = false;
        for (int attempt = 0; attempt < 25 && !mixed; ++attempt) {
            const MauDataSet &d = pane.chartView()->dataSet();
            mixed = pane.stateWidget()->state() == PaneStateWidget::State::Content && d.failedCount() > 0
                    && d.failedCount() < d.monthCount();
            if (!mixed) {
                pane.refresh();
                QVERIFY(waitForLoad(&pane));
            }
        }
        QVERIFY2(mixed, "no load had both failed and loaded months");

        const MauDataSet data = pane.chartView()->dataSet();
        int failed = -1;
        for (int m = 0; m < data.monthCount() && failed < 0; ++m)
            if (data.isFailed(m))
                failed = m;
        const ApiError e = data.error(failed);
        QVERIFY(!e.code.isEmpty());

        // Marker in the axis, a red marker series, a tooltip with code and RequestId, a marked table row.
        const QString label = categories(pane.chartView()).at(failed);
        QVERIFY2(label.startsWith(QStringLiteral("⚠")), qPrintable(label));
        QVERIFY(pane.chartView()->failedSeries());
        QCOMPARE(pane.chartView()->failedSeries()->count(), data.failedCount());
        const QString tip = pane.chartView()->monthToolTip(failed);
        QVERIFY2(tip.contains(e.code), qPrintable(tip));
        if (!e.requestId.isEmpty())
            QVERIFY2(tip.contains(e.requestId), qPrintable(tip));
        QVERIFY(pane.tableModel()->index(failed, 0).data(MauTableModel::FailedRole).toBool());
        QVERIFY(pane.tableModel()->index(failed, 0).data().toString().startsWith(QStringLiteral("⚠")));
        QVERIFY(pane.statusLabel()->text().contains(QStringLiteral("could not be loaded")));

        // The months that loaded show the service's numbers.
        QStringList uids;
        MonthValues expected;
        QVERIFY2(directMaus(emu, data.months(), &uids, &expected, &error), qPrintable(error));
        int compared = 0;
        compareChartWithDirect(&pane, expected, &compared);
        QCOMPARE(compared, data.monthCount() - data.failedCount());
        QVERIFY(compared > 0);
        saveScreenshot(&pane, QStringLiteral("maupane-failed-month.png"));
    }

    void noPoolsYet()
    {
        EmulatorFixture emu({QStringLiteral("--dataset"), QStringLiteral("empty")});
        QString error;
        QVERIFY2(emu.start(&error), qPrintable(error));
        Session session(emulatorProfile(emu), Credentials{emu.accessKey(), emu.secret(), QString()});
        MauPane pane;
        pane.resize(900, 600);
        pane.show();
        pane.setSession(&session);
        QVERIFY(waitForLoad(&pane));
        QCOMPARE(pane.stateWidget()->state(), PaneStateWidget::State::Empty);
        QCOMPARE(pane.stateWidget()->messageText(), QStringLiteral("No user pools yet"));
        QVERIFY(!pane.findChild<QToolButton *>(QStringLiteral("exportPngButton"))->isEnabled());
        QString exportError;
        QVERIFY(!pane.exportCsv(QDir::temp().filePath(QStringLiteral("never.csv")), &exportError));
        QVERIFY(!exportError.isEmpty());
    }

    void wrongSecretShowsError()
    {
        EmulatorFixture emu({QStringLiteral("--dataset"), QStringLiteral("demo")});
        QString error;
        QVERIFY2(emu.start(&error), qPrintable(error));
        Session session(emulatorProfile(emu), Credentials{emu.accessKey(), QStringLiteral("wrong-secret"), QString()});
        MauPane pane;
        pane.show();
        pane.setSession(&session);
        QVERIFY(waitForLoad(&pane));
        QCOMPARE(pane.stateWidget()->state(), PaneStateWidget::State::Error);
        QVERIFY(pane.stateWidget()->lastError().isAuthProblem());
        QVERIFY(!pane.stateWidget()->lastError().requestId.isEmpty());
    }

    // The pane's report (Export report…) is the same document as `idconsole-cli mau report` for the same inputs,
    // in both languages and whatever the UI palette; allowances and the share view show in table, chart and report.
    void reportEqualsCliAndShowsAllowances()
    {
        EmulatorFixture emu({QStringLiteral("--dataset"), QStringLiteral("demo")});
        QString error;
        QVERIFY2(emu.start(&error), qPrintable(error));
        Session session(emulatorProfile(emu), Credentials{emu.accessKey(), emu.secret(), QString()});
        QTemporaryDir tmp;
        MauPane pane;
        pane.resize(1280, 860);
        pane.show();
        QVERIFY(QTest::qWaitForWindowExposed(&pane));
        pane.setRangePreset(24);
        QSignalSpy finished(&pane, &MauPane::loadFinished);
        pane.setSession(&session);
        QVERIFY(finished.wait(30000));
        while (pane.isLoading())
            QVERIFY(finished.wait(30000));
        const MauDataSet data = pane.tableModel()->dataSet();
        QCOMPARE(data.monthCount(), 24);
        QCOMPARE(data.partialMonth(), 23);   // the running month, "to date"
        QVERIFY(pane.tableModel()->index(23, 0).data().toString().contains(QStringLiteral("to date")));

        // An allowance under the largest figure of the first pool: flagged months in the table, a line in the chart.
        const QString uid = data.pools().first().uid;
        double top = 0;
        for (int m = 0; m < data.monthCount(); ++m)
            top = std::max(top, data.value(m, 0));
        const double allowance = std::floor(top * 0.8);
        MauThresholds::save(QStringLiteral("emulator"), uid, 0);   // nothing left from earlier runs
        pane.setThreshold(uid, allowance);
        QCOMPARE(MauThresholds::load(QStringLiteral("emulator")).value(uid), allowance);   // remembered per profile+pool
        int flagged = 0, expectedFlagged = 0;
        for (int m = 0; m < data.monthCount(); ++m) {
            const QModelIndex cell = pane.tableModel()->index(m, pane.tableModel()->columnForPool(0));
            flagged += cell.data(MauTableModel::AboveThresholdRole).toBool() ? 1 : 0;
            expectedFlagged += data.hasValue(m, 0) && std::round(data.value(m, 0)) > allowance ? 1 : 0;
        }
        QVERIFY(expectedFlagged > 0);
        QCOMPARE(flagged, expectedFlagged);
        QCOMPARE(pane.chartView()->thresholdSeries().size(), 1);
        QCOMPARE(pane.chartView()->thresholdSeries().first()->at(0).y(), allowance);
        auto *spin = pane.findChild<QSpinBox *>(QStringLiteral("thresholdSpin"));
        QVERIFY(spin);
        QVERIFY(!spin->accessibleName().isEmpty());

        // Share view: the pools' cells are percents of the month's total and add up to 100.
        pane.setShowShare(true);
        const int row = data.monthCount() - 2;
        double sum = 0;
        for (int p = 0; p < data.poolCount(); ++p) {
            const QModelIndex cell = pane.tableModel()->index(row, pane.tableModel()->columnForPool(p));
            QVERIFY(cell.data().toString().endsWith(QLatin1Char('%')));
            sum += cell.data(MauTableModel::RawValueRole).toDouble();
        }
        QVERIFY(std::abs(sum - 100.0) < 0.001);
        pane.setShowShare(false);

        for (const QString &lang : {QStringLiteral("en"), QStringLiteral("zh")}) {
            // The GUI's export, with a dark palette on the application (the report stays on paper colours).
            const QPalette original = qApp->palette();
            QPalette dark = original;
            dark.setColor(QPalette::Window, QColor(0x20, 0x20, 0x20));
            dark.setColor(QPalette::WindowText, Qt::white);
            dark.setColor(QPalette::Base, QColor(0x18, 0x18, 0x18));
            dark.setColor(QPalette::Text, Qt::white);
            qApp->setPalette(dark);
            const QString guiPdf = tmp.filePath(QStringLiteral("gui-%1.pdf").arg(lang));
            QVERIFY2(pane.exportReport(guiPdf, lang, &error), qPrintable(error));
            qApp->setPalette(original);
            QDir().mkpath(screenshotPath(QString()));
            QFile::remove(screenshotPath(QStringLiteral("mau-report-%1.pdf").arg(lang)));
            QFile::copy(guiPdf, screenshotPath(QStringLiteral("mau-report-%1.pdf").arg(lang)));

            // The CLI with the same range and the same allowance (it reads the same settings).
            const QString cliPdf = tmp.filePath(QStringLiteral("cli-%1.pdf").arg(lang));
            const auto run = MauReportTools::runCliReport(
                emu,
                {QStringLiteral("--from"), MauDataSet::monthKey(data.months().first()), QStringLiteral("--to"),
                 MauDataSet::monthKey(data.months().last()), QStringLiteral("--format"), QStringLiteral("pdf"),
                 QStringLiteral("--lang"), lang, QStringLiteral("-o"), cliPdf},
                tmp.filePath(QStringLiteral("cli-cache")));
            QVERIFY2(run.exitCode == 0, qPrintable(run.err));
            const QString guiText = MauReportTools::pdfText(guiPdf, &error);
            QVERIFY2(!guiText.isEmpty(), qPrintable(error));
            const QString cliText = MauReportTools::pdfText(cliPdf, &error);
            QVERIFY2(!cliText.isEmpty(), qPrintable(error));
            // The CLI has no profile name here (environment credentials): the profile line differs, and so could
            // the generation minute; the allowance is the profile's, so only the GUI's report shows it.
            QStringList guiLines = MauReportTools::comparableText(guiText).split(QLatin1Char('\n'));
            QStringList cliLines = MauReportTools::comparableText(cliText).split(QLatin1Char('\n'));
            QCOMPARE(guiLines.size(), cliLines.size());
            int differing = 0;
            for (int i = 0; i < guiLines.size(); ++i)
                if (guiLines.at(i) != cliLines.at(i))
                    ++differing;
            QVERIFY2(guiText.contains(lang == QLatin1String("zh") ? QStringLiteral("超出额度") : QStringLiteral("above allowance")),
                     qPrintable(guiText.left(2000)));
            // Only the rows that carry the allowance may differ: months above it (⚑) and the pool's own row.
            const QString allowanceText = QLocale(QLocale::English, QLocale::UnitedStates).toString(qint64(allowance));
            for (int i = 0; i < guiLines.size(); ++i)
                if (guiLines.at(i) != cliLines.at(i))
                    QVERIFY2(guiLines.at(i).contains(QStringLiteral("⚑")) || guiLines.at(i).contains(allowanceText),
                             qPrintable(guiLines.at(i) + QStringLiteral("\n vs \n") + cliLines.at(i)));
            QVERIFY(differing >= expectedFlagged);
        }
        MauThresholds::save(QStringLiteral("emulator"), uid, 0);
        // Without the allowance, GUI and CLI are line for line the same document.
        {
            const QString guiPdf = tmp.filePath(QStringLiteral("gui-plain.pdf"));
            QVERIFY2(pane.exportReport(guiPdf, QStringLiteral("zh"), &error), qPrintable(error));
            const QString cliPdf = tmp.filePath(QStringLiteral("cli-plain.pdf"));
            const auto run = MauReportTools::runCliReport(
                emu,
                {QStringLiteral("--from"), MauDataSet::monthKey(data.months().first()), QStringLiteral("--to"),
                 MauDataSet::monthKey(data.months().last()), QStringLiteral("--lang"), QStringLiteral("zh"),
                 QStringLiteral("-o"), cliPdf},
                tmp.filePath(QStringLiteral("cli-cache")));
            QVERIFY2(run.exitCode == 0, qPrintable(run.err));
            QCOMPARE(MauReportTools::comparableText(MauReportTools::pdfText(guiPdf)),
                     MauReportTools::comparableText(MauReportTools::pdfText(cliPdf)));
        }

        // Export report… through the prompter: language first, then the file.
        const QString chosen = tmp.filePath(QStringLiteral("interactive"));
        m_prompter.answerChoice(QStringLiteral("中文"));
        m_prompter.answerSaveFile(chosen);
        pane.exportReportInteractively();
        QVERIFY(QFileInfo::exists(chosen + QStringLiteral(".pdf")));
        QVERIFY(MauReportTools::pdfText(chosen + QStringLiteral(".pdf")).contains(QStringLiteral("月活跃用户数")));
    }
};

QTEST_MAIN(TestMauPane)
#include "tst_maupane.moc"
