// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/MauDataSet.h"
#include <QChartView>
#include <QColor>
#include <QHash>

class QAbstractBarSeries;
class QBarCategoryAxis;
class QBarSet;
class QLineSeries;
class QScatterSeries;
class QValueAxis;

// The MAU chart: one bar set per pool (grouped, or stacked), the month total as a line on the same axes,
// failed months marked (⚠ in the category label, a red marker, a tooltip with code and RequestId).
// Owns ONE QChart for its whole life: new data clears the series and adds new ones (setChart() would
// leak the old chart). The theme follows the palette (light / dark by the window colour's lightness).
class MauChartView : public QChartView
{
    Q_OBJECT
public:
    explicit MauChartView(QWidget *parent = nullptr);

    void setDataSet(const MauDataSet &data);
    const MauDataSet &dataSet() const { return m_data; }
    void clear();

    // Per-pool allowances (uid -> MAU), drawn as dashed lines in the pool's colour.
    void setThresholds(const QHash<QString, double> &thresholds);
    QList<QLineSeries *> thresholdSeries() const { return m_thresholdSeries; }
    // Least-squares trend of the total over the last six complete months up to its estimate (nullptr when there
    // are fewer than three complete months or the estimated month is not on the axis).
    QLineSeries *trendSeries() const { return m_trend; }

    void setStacked(bool stacked);
    bool isStacked() const { return m_stacked; }

    // Month labels, numbers, series names and title in the current language and default QLocale.
    void retranslate();
    // Light or dark chart theme from the palette's window lightness, and the palette's colours.
    void applyPaletteTheme();
    bool isDarkTheme() const { return m_dark; }

    // For tests and the table: what the chart shows.
    QAbstractBarSeries *barSeries() const { return m_bars; }
    QLineSeries *totalSeries() const { return m_total; }
    QScatterSeries *failedSeries() const { return m_failed; }
    QBarCategoryAxis *categoryAxis() const { return m_axisX; }
    QValueAxis *valueAxis() const { return m_axisY; }
    QString barToolTip(int pool, int month) const;
    QString monthToolTip(int month) const;   // total and its change, or the error of a failed month

    static QColor poolColor(int pool);

protected:
    void changeEvent(QEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void updateLabelAngle();
    void rebuild();
    void applySeriesStyle();
    void nameSeries();
    void applyLegendLayout();
    QStringList categories() const;
    int monthAt(const QPoint &viewPos) const;
    void showToolTip(const QString &text);

    QChart *m_chart = nullptr;
    QBarCategoryAxis *m_axisX = nullptr;
    QValueAxis *m_axisY = nullptr;
    QAbstractBarSeries *m_bars = nullptr;
    QLineSeries *m_total = nullptr;
    QScatterSeries *m_failed = nullptr;
    MauDataSet m_data;
    QHash<QString, double> m_thresholds;
    QList<QLineSeries *> m_thresholdSeries;
    QLineSeries *m_trend = nullptr;
    double m_estimate = 0;
    QDate m_estimateMonth;
    bool m_stacked = false;
    bool m_dark = false;
    bool m_barHovered = false;
};
