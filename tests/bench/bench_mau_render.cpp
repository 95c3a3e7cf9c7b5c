// SPDX-License-Identifier: GPL-3.0-or-later
// MAU pane render benchmark: how long from "data arrived" to "painted" for 12 months × 20 pools
// (the target is < 100 ms). Prints one JSON object on stdout. Not a ctest test.
//   bench_mau_render [--runs N] [--months M] [--pools P] [--grab FILE.png]
#include "mau/MauChartView.h"
#include "models/MauDataSet.h"
#include "mau/MauPane.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <algorithm>
#include <cmath>
#include <cstdio>

namespace {
MauDataSet makeData(int months, int pools, quint32 seed)
{
    QRandomGenerator rng(seed);
    QList<MauPool> list;
    for (int p = 0; p < pools; ++p)
        list.append(MauPool{QStringLiteral("pool-uid-%1").arg(p), QStringLiteral("Pool %1").arg(p + 1)});
    MauDataSet data(MauDataSet::lastMonths(months, QDate(2025, 12, 18)), list);
    for (int m = 0; m < months; ++m)
        for (int p = 0; p < pools; ++p)
            data.setValue(m, p, rng.bounded(200000) + rng.generateDouble());
    return data;
}

struct Stats
{
    QList<double> samples;
    QJsonObject toJson() const
    {
        QList<double> s = samples;
        std::sort(s.begin(), s.end());
        auto at = [&s](double q) { return s.isEmpty() ? 0.0 : s.at(std::min(int(s.size()) - 1, int(q * s.size()))); };
        double sum = 0;
        for (double v : s)
            sum += v;
        auto r = [](double v) { return std::round(v * 100.0) / 100.0; };
        return QJsonObject{{QStringLiteral("min_ms"), r(s.isEmpty() ? 0 : s.first())},
                           {QStringLiteral("median_ms"), r(at(0.5))},
                           {QStringLiteral("p95_ms"), r(at(0.95))},
                           {QStringLiteral("max_ms"), r(s.isEmpty() ? 0 : s.last())},
                           {QStringLiteral("mean_ms"), r(s.isEmpty() ? 0 : sum / s.size())}};
    }
};

// The machine's 1-minute load average (Linux), so noisy numbers can be told apart; -1 when unknown.
double loadAverage()
{
    QFile file(QStringLiteral("/proc/loadavg"));
    if (!file.open(QIODevice::ReadOnly))
        return -1;
    return file.readAll().split(' ').value(0).toDouble();
}

double elapsedMs(const QElapsedTimer &t)
{
    return t.nsecsElapsed() / 1e6;
}

// Data arrives -> set -> posted layout events handled -> painted into a pixmap (what a screen update does).
template<typename Widget, typename Apply>
void measure(Widget *widget, Apply apply, const QList<MauDataSet> &inputs, int runs, Stats *set, Stats *total)
{
    for (int i = 0; i < runs; ++i) {
        const MauDataSet &data = inputs.at(i % inputs.size());
        QElapsedTimer timer;
        timer.start();
        apply(data);
        set->samples.append(elapsedMs(timer));
        QCoreApplication::processEvents();
        const QPixmap frame = widget->grab();
        total->samples.append(elapsedMs(timer));
        if (frame.isNull())
            std::fprintf(stderr, "warning: empty frame\n");
    }
}
}

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    if (qEnvironmentVariableIsEmpty("QT_LOGGING_RULES"))
        qputenv("QT_LOGGING_RULES", "qt.qpa.*=false");
    QApplication app(argc, argv);
    int runs = 30, months = 12, pools = 20;
    QString grabFile;
    const QStringList args = app.arguments();
    for (int i = 1; i + 1 < args.size(); ++i) {
        if (args.at(i) == QLatin1String("--runs"))
            runs = std::max(1, args.at(i + 1).toInt());
        else if (args.at(i) == QLatin1String("--months"))
            months = std::clamp(args.at(i + 1).toInt(), 1, 36);
        else if (args.at(i) == QLatin1String("--pools"))
            pools = std::max(1, args.at(i + 1).toInt());
        else if (args.at(i) == QLatin1String("--grab"))
            grabFile = args.at(i + 1);
    }
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    // Different data every run (nothing cached between runs), with one failed month in half of them.
    QList<MauDataSet> inputs;
    for (quint32 seed = 1; seed <= 4; ++seed) {
        MauDataSet d = makeData(months, pools, seed);
        if (seed % 2 == 0)
            d.setError(months / 2, ApiError::make(ApiError::Kind::Api, QStringLiteral("Throttling"), QStringLiteral("x")));
        inputs.append(d);
    }

    MauChartView chart;
    chart.resize(1200, 520);
    chart.show();
    MauPane pane;
    pane.resize(1280, 860);
    pane.show();
    QCoreApplication::processEvents();

    // Warm-up (fonts, glyph caches, first layout) is reported separately.
    QElapsedTimer warm;
    warm.start();
    chart.setDataSet(inputs.first());
    QCoreApplication::processEvents();
    (void)chart.grab();
    const double firstChartMs = elapsedMs(warm);
    warm.restart();
    pane.setDataSet(inputs.first());
    QCoreApplication::processEvents();
    (void)pane.grab();
    const double firstPaneMs = elapsedMs(warm);

    Stats chartSet, chartTotal, stackedSet, stackedTotal, paneSet, paneTotal;
    measure(&chart, [&chart](const MauDataSet &d) { chart.setDataSet(d); }, inputs, runs, &chartSet, &chartTotal);
    chart.setStacked(true);
    measure(&chart, [&chart](const MauDataSet &d) { chart.setDataSet(d); }, inputs, runs, &stackedSet, &stackedTotal);
    measure(&pane, [&pane](const MauDataSet &d) { pane.setDataSet(d); }, inputs, runs, &paneSet, &paneTotal);

    // Painting alone (no new data), to tell layout and model work from pixels.
    Stats panePaint;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        (void)pane.grab();
        panePaint.samples.append(elapsedMs(timer));
    }

    if (!grabFile.isEmpty())
        pane.grab().save(grabFile);

    const QJsonObject out{
        {QStringLiteral("benchmark"), QStringLiteral("mau_render")},
        {QStringLiteral("months"), months},
        {QStringLiteral("pools"), pools},
        {QStringLiteral("runs"), runs},
        {QStringLiteral("budget_ms"), 100},
        {QStringLiteral("platform"), QGuiApplication::platformName()},
        {QStringLiteral("first_chart_render_ms"), std::round(firstChartMs * 100) / 100},
        {QStringLiteral("first_pane_render_ms"), std::round(firstPaneMs * 100) / 100},
        {QStringLiteral("chart_grouped_set_data"), chartSet.toJson()},
        {QStringLiteral("chart_grouped_render"), chartTotal.toJson()},
        {QStringLiteral("chart_stacked_set_data"), stackedSet.toJson()},
        {QStringLiteral("chart_stacked_render"), stackedTotal.toJson()},
        {QStringLiteral("pane_set_data"), paneSet.toJson()},
        {QStringLiteral("pane_render"), paneTotal.toJson()},
        {QStringLiteral("pane_paint_only"), panePaint.toJson()},
        {QStringLiteral("load_average"), loadAverage()},
        {QStringLiteral("within_budget"), paneTotal.toJson().value(QStringLiteral("p95_ms")).toDouble() < 100.0},
    };
    std::printf("%s\n", QJsonDocument(out).toJson(QJsonDocument::Indented).constData());
    return 0;
}
