// SPDX-License-Identifier: GPL-3.0-or-later
#include "mau/MauChartView.h"

#include "report/MauReport.h"

#include "models/MauTableModel.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QCursor>
#include <QEvent>
#include <QFontMetrics>
#include <QLegend>
#include <QLineSeries>
#include <QMouseEvent>
#include <QScatterSeries>
#include <QStackedBarSeries>
#include <QToolTip>
#include <QValueAxis>
#include <algorithm>
#include <cmath>

namespace {
const QString kWarning = QStringLiteral("⚠");

// Tableau 20: twenty colours that stay apart on light and dark backgrounds.
constexpr QRgb kPoolColors[] = {0x4E79A7, 0xF28E2B, 0xE15759, 0x76B7B2, 0x59A14F, 0xEDC948, 0xB07AA1,
                                0xFF9DA7, 0x9C755F, 0xBAB0AC, 0xA0CBE8, 0xFFBE7D, 0xFF9D9A, 0x86BCB6,
                                0x8CD17D, 0xF1CE63, 0xD4A6C8, 0xFABFD2, 0xD7B5A6, 0x79706E};
constexpr int kPoolColorCount = int(sizeof(kPoolColors) / sizeof(kPoolColors[0]));
constexpr int kPoolsInBottomLegend = 6;
constexpr qreal kSideLegendMaxWidth = 240;
constexpr int kMinimumChartHeight = 220;

QColor failureColor(bool dark)
{
    return dark ? QColor(0xEF5350) : QColor(0xC62828);
}
}

MauChartView::MauChartView(QWidget *parent)
    : QChartView(new QChart, parent)
{
    m_chart = chart();
    m_chart->setAnimationOptions(QChart::NoAnimation);
    m_chart->setLocalizeNumbers(true);
    m_chart->legend()->setAlignment(Qt::AlignBottom);
    m_chart->legend()->setShowToolTips(true); // elided pool names show in full on hover
    m_chart->setBackgroundRoundness(0);
    m_axisX = new QBarCategoryAxis(m_chart);
    m_axisY = new QValueAxis(m_chart);
    m_axisY->setLabelFormat(QStringLiteral("%.0f")); // localized: grouping separators of the locale
    m_axisY->setMin(0);
    m_chart->addAxis(m_axisX, Qt::AlignBottom);
    m_chart->addAxis(m_axisY, Qt::AlignLeft);
    setRenderHint(QPainter::Antialiasing);
    setMouseTracking(true);
    applyPaletteTheme();
    retranslate();
}

QColor MauChartView::poolColor(int pool)
{
    if (pool < kPoolColorCount)
        return QColor(kPoolColors[pool]);
    // Beyond twenty pools: golden-ratio hues, distinct enough and stable per index.
    const double hue = std::fmod(0.11 + pool * 0.618033988749895, 1.0);
    return QColor::fromHsvF(float(hue), 0.55f, 0.85f);
}

void MauChartView::setDataSet(const MauDataSet &data)
{
    m_data = data;
    rebuild();
}

void MauChartView::clear()
{
    setDataSet(MauDataSet());
}

void MauChartView::setStacked(bool stacked)
{
    if (stacked == m_stacked)
        return;
    m_stacked = stacked;
    rebuild();
}

QStringList MauChartView::categories() const
{
    const QLocale locale;
    QStringList labels;
    labels.reserve(m_data.monthCount());
    for (int m = 0; m < m_data.monthCount(); ++m) {
        const QString label = m_data.displayMonthLabel(m, locale);   // "(to date)" for the running month
        labels << (m_data.isFailed(m) ? kWarning + QLatin1Char(' ') + label : label);
    }
    return labels;
}

void MauChartView::rebuild()
{
    m_chart->removeAllSeries(); // deletes the series and their bar sets
    m_bars = nullptr;
    m_total = nullptr;
    m_thresholdSeries.clear();
    m_trend = nullptr;
    m_failed = nullptr;
    m_axisX->clear();
    if (m_data.isEmpty()) {
        m_axisY->setRange(0, 1);
        return;
    }

    // Everything is built detached from the chart, then added: the chart lays out once per series.
    const int months = m_data.monthCount();
    QList<QBarSet *> sets;
    sets.reserve(m_data.poolCount());
    for (int p = 0; p < m_data.poolCount(); ++p) {
        auto *set = new QBarSet(m_data.pools().at(p).displayName());
        QList<qreal> values;
        values.reserve(months);
        for (int m = 0; m < months; ++m)
            values.append(m_data.value(m, p)); // a month without data is 0, not a gap
        set->append(values);
        sets.append(set);
    }
    QAbstractBarSeries *bars = m_stacked ? static_cast<QAbstractBarSeries *>(new QStackedBarSeries)
                                         : static_cast<QAbstractBarSeries *>(new QBarSeries);
    bars->append(sets);
    bars->setBarWidth(m_stacked ? 0.6 : 0.85);
    connect(bars, &QAbstractBarSeries::hovered, this, [this](bool status, int index, QBarSet *set) {
        m_barHovered = status;
        if (!status || !m_bars) {
            QToolTip::hideText();
            return;
        }
        showToolTip(barToolTip(int(m_bars->barSets().indexOf(set)), index));
    });

    auto *total = new QLineSeries;
    QList<QPointF> totals;
    totals.reserve(months);
    QList<QPointF> failures;
    for (int m = 0; m < months; ++m) {
        if (m_data.isFailed(m))
            failures.append(QPointF(m, 0));
        else if (m_data.hasAnyValue(m))   // a month without any figure has no total (not 0)
            totals.append(QPointF(m, m_data.monthTotal(m)));
    }
    total->append(totals);
    total->setPointsVisible(true);
    connect(total, &QLineSeries::hovered, this, [this](const QPointF &point, bool state) {
        if (state)
            showToolTip(monthToolTip(int(std::lround(point.x()))));
        else
            QToolTip::hideText();
    });

    QScatterSeries *failed = nullptr;
    if (!failures.isEmpty()) {
        failed = new QScatterSeries;
        failed->append(failures);
        failed->setMarkerShape(QScatterSeries::MarkerShapeTriangle);
        failed->setMarkerSize(14);
    }

    m_axisX->setCategories(categories());
    updateLabelAngle();
    // A row of many legend entries elides every name: from a handful of pools on, list them at the side.
    const double top = std::max(m_data.maxMonthTotal(), m_data.maxValue());
    m_axisY->setRange(0, top > 0 ? top * 1.05 : 1);
    m_axisY->applyNiceNumbers();

    // The total's trend (least squares over the last six complete months, as in the report) up to the estimate
    // for the month after the last complete one, when that month is on the axis. Labelled as an estimate.
    QLineSeries *trend = nullptr;
    {
        MauReport::Input in;
        in.data = m_data;
        const MauReport report(in);
        const MauReport::Trend &t = report.totalTrend();
        const int estimateIndex = int(m_data.months().indexOf(t.estimateMonth));
        if (t.valid && estimateIndex >= 0) {
            const int first = std::max(0, report.latestCompleteMonth() - MauReport::kTrendMonths + 1);
            const double intercept = t.estimate - t.slope * estimateIndex;
            trend = new QLineSeries;
            trend->setObjectName(QStringLiteral("trend"));
            trend->append(QPointF(first, std::max(0.0, intercept + t.slope * first)));
            trend->append(QPointF(estimateIndex, t.estimate));
            trend->setPointsVisible(true);
            m_estimate = t.estimate;
            m_estimateMonth = t.estimateMonth;
        }
    }

    // Allowances: one dashed line per pool that has one, in the pool's colour.
    QList<QLineSeries *> limits;
    for (int p = 0; p < m_data.poolCount(); ++p) {
        const auto it = m_thresholds.constFind(m_data.pools().at(p).uid);
        if (it == m_thresholds.cend())
            continue;
        auto *line = new QLineSeries;
        line->setObjectName(QStringLiteral("threshold:") + m_data.pools().at(p).uid);
        line->append(QPointF(-0.5, it.value()));
        line->append(QPointF(months - 0.5, it.value()));
        QPen pen(poolColor(p), 1.5, Qt::DashLine);
        line->setPen(pen);
        limits.append(line);
        m_axisY->setRange(0, std::max(m_axisY->max(), it.value() * 1.05));
    }
    if (!limits.isEmpty())
        m_axisY->applyNiceNumbers();

    m_bars = bars;
    m_total = total;
    m_failed = failed;
    m_thresholdSeries = limits;
    m_trend = trend;
    nameSeries();
    applySeriesStyle();
    applyLegendLayout();
    for (QAbstractSeries *series : {static_cast<QAbstractSeries *>(bars), static_cast<QAbstractSeries *>(total),
                                    static_cast<QAbstractSeries *>(failed)}) {
        if (!series)
            continue;
        m_chart->addSeries(series);
        series->attachAxis(m_axisX);
        series->attachAxis(m_axisY);
    }
    if (trend) {
        m_chart->addSeries(trend);
        trend->attachAxis(m_axisX);
        trend->attachAxis(m_axisY);
        QPen pen(QColor(0xE6, 0x7E, 0x22), 2, Qt::DashLine);
        trend->setPen(pen);
    }
    for (QLineSeries *line : std::as_const(limits)) {
        m_chart->addSeries(line);
        line->attachAxis(m_axisX);
        line->attachAxis(m_axisY);
    }
}

void MauChartView::setThresholds(const QHash<QString, double> &thresholds)
{
    if (thresholds == m_thresholds)
        return;
    m_thresholds = thresholds;
    rebuild();
}

void MauChartView::applySeriesStyle()
{
    const QPalette pal = palette();
    if (m_bars) {
        const QList<QBarSet *> sets = m_bars->barSets();
        for (int p = 0; p < sets.size(); ++p) {
            const QColor c = poolColor(p);
            sets.at(p)->setColor(c);
            sets.at(p)->setBorderColor(m_dark ? c.lighter(115) : c.darker(115));
        }
    }
    if (m_total) {
        QPen pen(pal.color(QPalette::WindowText));
        pen.setWidthF(2.0);
        m_total->setPen(pen);
        m_total->setBrush(pal.color(QPalette::WindowText));
    }
    if (m_failed) {
        m_failed->setColor(failureColor(m_dark));
        m_failed->setBorderColor(failureColor(m_dark).darker(130));
    }
}

void MauChartView::retranslate()
{
    m_chart->setLocale(QLocale());
    m_chart->setTitle(tr("Monthly active users"));
    m_axisY->setTitleText(tr("Active users"));
    nameSeries();
    if (!m_data.isEmpty()) {
        m_axisX->setCategories(categories()); // month names of the new locale
        updateLabelAngle();
    }
}

void MauChartView::updateLabelAngle()
{
    // Tilt the month labels when they would not fit side by side (Chinese "2025年12月" is wider than "Dec 2025").
    const QStringList labels = m_axisX->categories();
    if (labels.isEmpty())
        return;
    const QFontMetrics fm(m_axisX->labelsFont());
    int widest = 0;
    for (const QString &label : labels)
        widest = std::max(widest, fm.horizontalAdvance(label));
    const qreal available = m_chart->plotArea().width() > 0 ? m_chart->plotArea().width() : width() * 0.85;
    const bool tilt = (widest + fm.averageCharWidth() * 2) * labels.size() > available;
    m_axisX->setLabelsAngle(tilt ? -45 : 0);
}

void MauChartView::resizeEvent(QResizeEvent *event)
{
    QChartView::resizeEvent(event);
    if (m_axisX)
        updateLabelAngle();
}

void MauChartView::applyLegendLayout()
{
    // A row of many legend entries elides every name: from a handful of pools on, list them at the side,
    // a little smaller, and keep the chart tall enough for the whole list.
    QLegend *legend = m_chart->legend();
    const bool side = m_data.poolCount() > kPoolsInBottomLegend;
    legend->setAlignment(side ? Qt::AlignRight : Qt::AlignBottom);
    legend->setMaximumWidth(side ? kSideLegendMaxWidth : QWIDGETSIZE_MAX);
    QFont legendFont = font();
    if (side)
        legendFont.setPointSizeF(legendFont.pointSizeF() * 0.9);
    legend->setFont(legendFont);
    int minimum = kMinimumChartHeight;
    if (side) {
        const int entries = m_data.poolCount() + (m_total ? 1 : 0) + (m_failed ? 1 : 0);
        minimum = std::max(minimum, entries * (QFontMetrics(legendFont).height() + 9) + 110);
    }
    setMinimumHeight(minimum);
}

void MauChartView::nameSeries()
{
    if (m_total)
        m_total->setName(tr("Total"));
    if (m_failed)
        m_failed->setName(tr("Failed month"));
    if (m_trend)
        m_trend->setName(tr("Trend (estimate for %1: %2)")
                             .arg(MauDataSet::monthLabel(m_estimateMonth), MauDataSet::formatMau(m_estimate)));
    for (QLineSeries *line : std::as_const(m_thresholdSeries)) {
        const QString uid = line->objectName().mid(int(qstrlen("threshold:")));
        QString name = uid;
        for (const MauPool &pool : m_data.pools())
            if (pool.uid == uid)
                name = pool.displayName();
        line->setName(tr("%1 allowance").arg(name));
    }
}

void MauChartView::applyPaletteTheme()
{
    const QPalette pal = palette();
    m_dark = pal.color(QPalette::Window).lightness() < 128;
    m_chart->setTheme(m_dark ? QChart::ChartThemeDark : QChart::ChartThemeLight); // no-op when unchanged
    // The theme's own backgrounds would clash with the window: take the palette's colours.
    m_chart->setBackgroundBrush(pal.color(QPalette::Window));
    m_chart->setBackgroundPen(Qt::NoPen);
    m_chart->setPlotAreaBackgroundVisible(false);
    m_chart->setTitleBrush(pal.color(QPalette::WindowText));
    m_chart->legend()->setLabelColor(pal.color(QPalette::WindowText));
    QColor grid = pal.color(QPalette::WindowText);
    grid.setAlphaF(0.15f);
    for (QAbstractAxis *axis : {static_cast<QAbstractAxis *>(m_axisX), static_cast<QAbstractAxis *>(m_axisY)}) {
        axis->setLabelsColor(pal.color(QPalette::WindowText));
        axis->setTitleBrush(pal.color(QPalette::WindowText));
        axis->setGridLineColor(grid);
        axis->setLinePenColor(pal.color(QPalette::Mid));
    }
    setBackgroundBrush(pal.color(QPalette::Window));
    applySeriesStyle(); // setTheme() recolours every series and resets the legend font
    applyLegendLayout();
}

QString MauChartView::barToolTip(int pool, int month) const
{
    if (pool < 0 || pool >= m_data.poolCount() || month < 0 || month >= m_data.monthCount())
        return {};
    if (m_data.isFailed(month))
        return monthToolTip(month);
    const QLocale locale;
    QString text = tr("%1 · %2").arg(m_data.pools().at(pool).displayName(), m_data.displayMonthLabel(month, locale));
    if (!m_data.hasValue(month, pool))
        return text + QLatin1Char('\n') + tr("No figure: the service did not report this pool for this month.");
    text += QLatin1Char('\n') + tr("%1 monthly active users").arg(MauDataSet::formatMau(m_data.value(month, pool), locale));
    if (const auto change = m_data.changePercent(month, pool))
        text += QLatin1Char('\n')
                + tr("%1 from %2").arg(MauDataSet::formatChange(*change, locale),
                                       MauDataSet::monthLabel(m_data.months().at(month - 1), locale));
    else if (month > 0 && !m_data.isFailed(month - 1))
        text += QLatin1Char('\n') + tr("New since %1").arg(MauDataSet::monthLabel(m_data.months().at(month - 1), locale));
    return text;
}

QString MauChartView::monthToolTip(int month) const
{
    if (month < 0 || month >= m_data.monthCount())
        return {};
    const QLocale locale;
    const QString label = m_data.displayMonthLabel(month, locale);
    if (m_data.isFailed(month))
        return tr("%1 could not be loaded.").arg(label) + QLatin1Char('\n') + MauTableModel::failureText(m_data.error(month));
    QString text = tr("%1 · total of the pools shown").arg(label);
    text += QLatin1Char('\n') + tr("%1 monthly active users").arg(MauDataSet::formatMau(m_data.monthTotal(month), locale));
    if (const auto change = m_data.changePercent(month))
        text += QLatin1Char('\n')
                + tr("%1 from %2").arg(MauDataSet::formatChange(*change, locale),
                                       MauDataSet::monthLabel(m_data.months().at(month - 1), locale));
    return text;
}

void MauChartView::showToolTip(const QString &text)
{
    if (!text.isEmpty())
        QToolTip::showText(QCursor::pos(), text, this);
}

int MauChartView::monthAt(const QPoint &viewPos) const
{
    if (m_data.isEmpty() || !m_bars)
        return -1;
    const QPointF chartPos = m_chart->mapFromScene(mapToScene(viewPos));
    if (!m_chart->plotArea().contains(chartPos))
        return -1;
    const QPointF value = m_chart->mapToValue(chartPos, m_bars);
    const int month = int(std::lround(value.x()));
    return month >= 0 && month < m_data.monthCount() ? month : -1;
}

void MauChartView::mouseMoveEvent(QMouseEvent *event)
{
    QChartView::mouseMoveEvent(event);
    // A failed month has no bars to hover: anywhere in its column shows what went wrong.
    if (m_barHovered)
        return;
    const int month = monthAt(event->position().toPoint());
    if (month >= 0 && m_data.isFailed(month))
        QToolTip::showText(event->globalPosition().toPoint(), monthToolTip(month), this);
}

void MauChartView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        applyPaletteTheme();
    else if (event->type() == QEvent::LanguageChange)
        retranslate();
    QChartView::changeEvent(event);
}
