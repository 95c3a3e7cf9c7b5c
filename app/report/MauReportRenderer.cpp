// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/MauReportRenderer.h"

#include <QFile>
#include <QFontDatabase>
#include <QFontMetricsF>
#include <QImage>
#include <QPageLayout>
#include <QPageSize>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPainterPath>
#include <QPdfWriter>
#include <cmath>

namespace {
constexpr double kPageW = 595.0;   // A4 in points
constexpr double kPageH = 842.0;
constexpr double kMargin = 42.0;
constexpr double kContentW = kPageW - 2 * kMargin;
constexpr double kBottom = kPageH - kMargin - 18.0;   // room for the footer
constexpr int kMaxChartSeries = 9;                     // more pools: the rest as one "N more pools" series

const QColor kText(0x20, 0x20, 0x20);
const QColor kMuted(0x60, 0x60, 0x60);
const QColor kGrid(0xdd, 0xdd, 0xdd);
const QColor kHeaderBg(0xee, 0xf1, 0xf5);
const QColor kFail(0xc6, 0x28, 0x28);
const QColor kWarn(0xfd, 0xec, 0xea);

QFont font(double px, bool bold = false)
{
    QFont f(MauReportRenderer::fontFamily());
    f.setPixelSize(qMax(1, int(std::lround(px))));
    f.setBold(bold);
    f.setHintingPreference(QFont::PreferNoHinting);
    f.setStyleStrategy(QFont::PreferOutline);
    return f;
}

double niceStep(double max, int ticks)
{
    if (max <= 0)
        return 1;
    const double raw = max / ticks;
    const double mag = std::pow(10.0, std::floor(std::log10(raw)));
    for (double m : {1.0, 2.0, 2.5, 5.0, 10.0})
        if (raw <= m * mag)
            return m * mag;
    return 10 * mag;
}

// A flowing layout: a y cursor, page breaks, a footer on each page.
struct Flow
{
    QPainter *p;
    const MauReport &r;
    const std::function<void()> &newPageFn;
    int totalPages;
    int page = 1;
    double y = kMargin;

    void footer()
    {
        p->setFont(font(7));
        p->setPen(kMuted);
        const QString text = r.title() + QStringLiteral(" · ")
                             + r.tr("page").arg(page).arg(totalPages > 0 ? totalPages : page);
        p->drawText(QRectF(kMargin, kPageH - kMargin, kContentW, 14), Qt::AlignRight | Qt::AlignVCenter, text);
    }
    void breakPage()
    {
        footer();
        newPageFn();
        ++page;
        y = kMargin;
    }
    void ensure(double h)
    {
        if (y + h > kBottom && y > kMargin)
            breakPage();
    }
    double textHeight(const QString &text, const QFont &f, double w) const
    {
        const QFontMetricsF fm(f);
        return fm.boundingRect(QRectF(0, 0, w, 10000), Qt::TextWordWrap, text).height();
    }
    void paragraph(const QString &text, const QFont &f, const QColor &color = kText, double gapAfter = 4)
    {
        const double h = textHeight(text, f, kContentW);
        ensure(h);
        p->setFont(f);
        p->setPen(color);
        p->drawText(QRectF(kMargin, y, kContentW, h + 2), Qt::TextWordWrap, text);
        y += h + gapAfter;
    }
    void heading(const QString &text)
    {
        y += 6;
        ensure(40);   // never a heading alone at the bottom
        paragraph(text, font(11, true), kText, 4);
    }
};

struct Column
{
    QString title;
    double width;
    Qt::Alignment align;
};

void tableRow(Flow &f, const QList<Column> &cols, const QStringList &cells, bool header, const QColor &bg = QColor(),
              const QList<QColor> &colors = {})
{
    const double h = header ? 14 : 12;
    f.p->save();
    if (bg.isValid())
        f.p->fillRect(QRectF(kMargin, f.y, kContentW, h), bg);
    f.p->setFont(font(header ? 7.5 : 7.5, header));
    double x = kMargin;
    for (int i = 0; i < cols.size(); ++i) {
        f.p->setPen(i < colors.size() && colors.at(i).isValid() ? colors.at(i) : kText);
        const QRectF cell(x + 3, f.y, cols.at(i).width - 6, h);
        const QString text = QFontMetricsF(f.p->font()).elidedText(cells.value(i), Qt::ElideRight, cell.width());
        f.p->drawText(cell, int(cols.at(i).align | Qt::AlignVCenter), text);
        x += cols.at(i).width;
    }
    f.p->setPen(QPen(kGrid, 0.5));
    f.p->drawLine(QPointF(kMargin, f.y + h), QPointF(kMargin + kContentW, f.y + h));
    f.p->restore();
    f.y += h;
}

void table(Flow &f, const QList<Column> &cols, const QList<QStringList> &rows, const QList<QColor> &rowBg = {},
           const QList<QList<QColor>> &cellColors = {})
{
    QStringList titles;
    for (const Column &c : cols)
        titles << c.title;
    f.ensure(14 + 12 * qMin(3, int(rows.size())));
    tableRow(f, cols, titles, true, kHeaderBg);
    for (int i = 0; i < rows.size(); ++i) {
        if (f.y + 12 > kBottom) {
            f.breakPage();
            tableRow(f, cols, titles, true, kHeaderBg);
        }
        tableRow(f, cols, rows.at(i), false, rowBg.value(i), cellColors.value(i));
    }
    f.y += 6;
}

void drawChart(Flow &f)
{
    const MauReport &r = f.r;
    const MauDataSet &d = r.data();
    const double chartH = 230;
    const int n = d.monthCount();
    f.ensure(chartH + 40);
    QPainter *p = f.p;
    p->save();
    const MauReport::Trend &trend = r.totalTrend();
    const bool extraSlot = trend.valid && n > 0 && trend.estimateMonth > d.months().last();
    const int slotCount = qMax(1, n + (extraSlot ? 1 : 0));

    // Which pools get their own colour: the largest in the latest month with figures.
    QList<int> order;
    for (int i = 0; i < d.poolCount(); ++i)
        order << i;
    int ref = r.latestCompleteMonth();
    if (ref < 0)
        ref = n - 1;
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) { return d.value(ref, a) > d.value(ref, b); });
    const bool grouped = d.poolCount() > kMaxChartSeries;
    const QList<int> shown = grouped ? order.mid(0, kMaxChartSeries - 1) : order;

    double maxV = 0;
    for (int m = 0; m < n; ++m)
        maxV = std::max(maxV, d.monthTotal(m));
    if (trend.valid)
        maxV = std::max(maxV, trend.estimate);
    const double step = niceStep(maxV * 1.05, 5);
    const double top = std::max(step, std::ceil(maxV * 1.05 / step) * step);

    const QFont axisFont = font(6.5);
    const QFontMetricsF fm(axisFont);
    const double yLabelW = fm.horizontalAdvance(r.number(top)) + 6;
    const QRectF plot(kMargin + yLabelW, f.y + 4, kContentW - yLabelW, chartH - 40);
    p->setFont(axisFont);
    for (double v = 0; v <= top + step / 2; v += step) {
        const double yy = plot.bottom() - v / top * plot.height();
        p->setPen(QPen(kGrid, 0.4));
        p->drawLine(QPointF(plot.left(), yy), QPointF(plot.right(), yy));
        p->setPen(kMuted);
        p->drawText(QRectF(kMargin, yy - 5, yLabelW - 4, 10), Qt::AlignRight | Qt::AlignVCenter, r.number(v));
    }
    const double slotW = plot.width() / slotCount;
    const double barW = slotW * 0.7;
    auto xCenter = [&](int slot) { return plot.left() + slotW * (slot + 0.5); };
    auto yOf = [&](double v) { return plot.bottom() - v / top * plot.height(); };

    // Stacked bars (the running month lighter: its figures are to date).
    for (int m = 0; m < n; ++m) {
        if (d.isFailed(m)) {
            const QPointF c(xCenter(m), plot.bottom() - 6);
            QPainterPath tri;
            tri.moveTo(c + QPointF(0, -5));
            tri.lineTo(c + QPointF(5, 4));
            tri.lineTo(c + QPointF(-5, 4));
            tri.closeSubpath();
            p->fillPath(tri, kFail);
            continue;
        }
        double base = 0;
        auto bar = [&](double v, QColor color) {
            if (v <= 0)
                return;
            if (d.isPartial(m))
                color.setAlphaF(0.45);
            p->fillRect(QRectF(xCenter(m) - barW / 2, yOf(base + v), barW, yOf(base) - yOf(base + v)), color);
            base += v;
        };
        for (int i = 0; i < shown.size(); ++i)
            bar(d.value(m, shown.at(i)), MauReportRenderer::seriesColor(i));
        if (grouped) {
            double rest = 0;
            for (int i = int(shown.size()); i < order.size(); ++i)
                rest += d.value(m, order.at(i));
            bar(rest, QColor(0xa0, 0xa0, 0xa0));
        }
    }
    // Total line (broken where a month failed or has no figures).
    p->setPen(QPen(kText, 1.2));
    QPointF last;
    bool haveLast = false;
    for (int m = 0; m < n; ++m) {
        if (!d.hasAnyValue(m)) {
            haveLast = false;
            continue;
        }
        const QPointF pt(xCenter(m), yOf(d.monthTotal(m)));
        if (haveLast)
            p->drawLine(last, pt);
        p->setBrush(kText);
        p->drawEllipse(pt, 1.6, 1.6);
        last = pt;
        haveLast = true;
    }
    // Trend (dashed) over the months it used, extended to the estimate; the estimate as a hollow diamond.
    if (trend.valid) {
        const int estSlot = int(d.months().indexOf(trend.estimateMonth)) >= 0 ? int(d.months().indexOf(trend.estimateMonth)) : n;
        const int firstSlot = qMax(0, r.latestCompleteMonth() - MauReport::kTrendMonths + 1);
        const double intercept = trend.estimate - trend.slope * double(r.latestCompleteMonth() + 1);
        QPen dash(QColor(0xe6, 0x7e, 0x22), 1.2, Qt::DashLine);
        p->setPen(dash);
        p->drawLine(QPointF(xCenter(firstSlot), yOf(std::max(0.0, intercept + trend.slope * firstSlot))),
                    QPointF(xCenter(estSlot), yOf(trend.estimate)));
        const QPointF e(xCenter(estSlot), yOf(trend.estimate));
        QPainterPath dia;
        dia.moveTo(e + QPointF(0, -4));
        dia.lineTo(e + QPointF(4, 0));
        dia.lineTo(e + QPointF(0, 4));
        dia.lineTo(e + QPointF(-4, 0));
        dia.closeSubpath();
        p->setPen(QPen(QColor(0xe6, 0x7e, 0x22), 1.2));
        p->setBrush(Qt::white);
        p->drawPath(dia);
        p->setFont(font(6.5, true));
        p->setPen(QColor(0xb3, 0x5a, 0x10));
        const QString label = r.tr("estimateShort") + QStringLiteral(" ") + r.number(trend.estimate);
        const double lw = QFontMetricsF(p->font()).horizontalAdvance(label) + 4;
        const double lx = std::min(e.x() - lw / 2, plot.right() - lw);
        p->drawText(QRectF(lx, e.y() - 16, lw, 10), Qt::AlignCenter, label);
    }
    p->setBrush(Qt::NoBrush);
    p->setPen(QPen(kMuted, 0.6));
    p->drawLine(plot.bottomLeft(), plot.bottomRight());

    // Month labels, thinned to fit.
    p->setFont(axisFont);
    double labelW = 0;
    for (int m = 0; m < n; ++m)
        labelW = std::max(labelW, fm.horizontalAdvance(MauDataSet::monthLabel(d.months().at(m), r.locale())));
    const int every = std::max(1, int(std::ceil((labelW + 6) / slotW)));
    for (int s = 0; s < slotCount; ++s) {
        if ((n - 1 - s) % every != 0 && s < n)
            continue;
        const QString label = s < n ? MauDataSet::monthLabel(d.months().at(s), r.locale())
                                    : MauDataSet::monthLabel(trend.estimateMonth, r.locale());
        p->setPen(s < n && d.isFailed(s) ? kFail : kMuted);
        p->drawText(QRectF(xCenter(s) - (labelW + 6) / 2, plot.bottom() + 2, labelW + 6, 10), Qt::AlignCenter, label);
    }
    // Legend.
    double lx = plot.left();
    double ly = plot.bottom() + 16;
    p->setFont(font(6.5));
    auto legend = [&](const QString &name, const QColor &color, int kind) {
        const double w = 12 + QFontMetricsF(p->font()).horizontalAdvance(name) + 10;
        if (lx + w > plot.right()) {
            lx = plot.left();
            ly += 10;
        }
        if (kind == 0)
            p->fillRect(QRectF(lx, ly + 2, 8, 6), color);
        else {
            p->setPen(QPen(color, 1.2, kind == 2 ? Qt::DashLine : Qt::SolidLine));
            p->drawLine(QPointF(lx, ly + 5), QPointF(lx + 8, ly + 5));
        }
        p->setPen(kText);
        p->drawText(QRectF(lx + 11, ly, w, 10), Qt::AlignLeft | Qt::AlignVCenter, name);
        lx += w;
    };
    for (int i = 0; i < shown.size(); ++i)
        legend(r.poolName(shown.at(i)), MauReportRenderer::seriesColor(i), 0);
    if (grouped)
        legend(r.tr("otherPools").arg(order.size() - shown.size()), QColor(0xa0, 0xa0, 0xa0), 0);
    legend(r.tr("total"), kText, 1);
    if (trend.valid)
        legend(r.tr("trend") + QStringLiteral(" / ") + r.tr("estimateShort"), QColor(0xe6, 0x7e, 0x22), 2);
    p->restore();
    f.y = ly + 16;
}
}

MauReportRenderer::MauReportRenderer(const MauReport &report)
    : m_report(report)
{
}

QString MauReportRenderer::fontFamily()
{
    static QString family;
    if (family.isEmpty()) {
        const QString wanted = QStringLiteral("WenQuanYi Micro Hei");
        if (!QFontDatabase::families().contains(wanted)) {
            // Not known to fontconfig (e.g. a minimal container): load the Debian package's file directly.
            for (const QString &path : {QStringLiteral("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc")})
                if (QFile::exists(path))
                    QFontDatabase::addApplicationFont(path);
        }
        family = QFontDatabase::families().contains(wanted) ? wanted : QFont().defaultFamily();
    }
    return family;
}

QColor MauReportRenderer::seriesColor(int index)
{
    static const QList<QColor> colors{QColor(0x1f, 0x77, 0xb4), QColor(0x2c, 0xa0, 0x2c), QColor(0x94, 0x67, 0xbd),
                                      QColor(0x17, 0xbe, 0xcf), QColor(0xd6, 0x27, 0x28), QColor(0x8c, 0x56, 0x4b),
                                      QColor(0xe3, 0x77, 0xc2), QColor(0xbc, 0xbd, 0x22), QColor(0x7f, 0x7f, 0x7f)};
    return colors.at(index % colors.size());
}

int MauReportRenderer::render(QPainter *p, const std::function<void()> &newPage, int totalPages) const
{
    const MauReport &r = m_report;
    const MauDataSet &d = r.data();
    Flow f{p, r, newPage, totalPages};
    p->setRenderHint(QPainter::Antialiasing);
    p->setRenderHint(QPainter::TextAntialiasing);

    f.paragraph(r.title(), font(18, true), kText, 8);
    QStringList meta;
    meta << r.tr("profile") + QStringLiteral(": ") + (r.input().profile.isEmpty() ? QStringLiteral("—") : r.input().profile)
         << r.tr("region") + QStringLiteral(": ") + (r.input().region.isEmpty() ? QStringLiteral("—") : r.input().region);
    f.paragraph(meta.join(QStringLiteral("    ")), font(9), kText, 2);
    f.paragraph(r.tr("period") + QStringLiteral(": ") + r.periodText(), font(9), kText, 2);
    f.paragraph(r.tr("generated") + QStringLiteral(": ") + r.generatedText(), font(9), kText, 2);
    f.paragraph(r.tr("pools") + QStringLiteral(": ") + r.locale().toString(d.poolCount()), font(9), kText, 6);

    f.heading(r.tr("chart"));
    drawChart(f);

    // Monthly totals.
    f.heading(r.tr("monthlyTotals"));
    const bool yoy = d.monthCount() >= 13;
    QList<Column> cols{{r.tr("month"), 100, Qt::AlignLeft}, {r.tr("total"), 70, Qt::AlignRight},
                       {r.tr("mom"), 78, Qt::AlignRight}};
    if (yoy)
        cols.append({r.tr("yoy"), 72, Qt::AlignRight});
    double used = 0;
    for (const Column &c : cols)
        used += c.width;
    cols.append({r.tr("status"), kContentW - used, Qt::AlignLeft});
    QList<QStringList> rows;
    QList<QColor> bgs;
    QList<QList<QColor>> colors;
    for (int m = 0; m < d.monthCount(); ++m) {
        QStringList cells{r.monthLabel(m)};
        QList<QColor> cc;
        if (d.isFailed(m)) {
            cells << QStringLiteral("—") << QStringLiteral("—");
            if (yoy)
                cells << QStringLiteral("—");
            const ApiError e = d.error(m);
            cells << r.tr("failed") + QStringLiteral(" · ") + r.tr("code") + QStringLiteral(" ") + e.code
                         + (e.requestId.isEmpty() ? QString() : QStringLiteral(" · RequestId ") + e.requestId);
            cc = QList<QColor>(cells.size(), kFail);
            bgs << kWarn;
        } else {
            cells << (d.hasAnyValue(m) ? r.number(d.monthTotal(m)) : QStringLiteral("—"));
            const auto ch = r.totalChange(m);
            cells << (ch ? r.percent(*ch) : QStringLiteral("—"));
            if (yoy) {
                const auto y = r.totalYearOverYear(m);
                cells << (y ? r.percent(*y) : QStringLiteral("—"));
            }
            QStringList status;
            status << (d.missingCount(m) == 0 ? r.tr("ok")
                       : !d.hasAnyValue(m)   ? r.tr("noFigures")
                                             : r.tr("missing") + QStringLiteral(" (%1)").arg(d.missingCount(m)));
            QStringList above;
            for (int pool = 0; pool < d.poolCount(); ++pool)
                if (r.monthAboveThreshold(m, pool))
                    above << r.poolName(pool);
            if (!above.isEmpty())
                status << QStringLiteral("⚑ ") + r.tr("aboveThreshold") + QStringLiteral(": ") + above.join(QStringLiteral(", "));
            cells << status.join(QStringLiteral(" · "));
            bgs << (above.isEmpty() ? QColor() : QColor(0xff, 0xf4, 0xe0));
        }
        rows << cells;
        colors << cc;
    }
    table(f, cols, rows, bgs, colors);

    // By pool, for the latest complete month.
    const int latest = r.latestCompleteMonth();
    f.heading(r.tr("byPool").arg(latest >= 0 ? r.monthLabel(latest) : QStringLiteral("—")));
    QList<Column> pc{{r.tr("pool"), 135, Qt::AlignLeft}, {QStringLiteral("MAU"), 60, Qt::AlignRight},
                     {r.tr("share"), 48, Qt::AlignRight}, {r.tr("change"), 55, Qt::AlignRight},
                     {r.tr("estimate").arg(r.totalTrend().valid ? MauDataSet::monthLabel(r.totalTrend().estimateMonth, r.locale()) : QString()).trimmed(), 100, Qt::AlignRight},
                     {r.tr("allowance"), 55, Qt::AlignRight}};
    used = 0;
    for (const Column &c : pc)
        used += c.width;
    pc.append({r.tr("monthsAbove"), kContentW - used, Qt::AlignRight});
    QList<QStringList> prow;
    QList<QColor> pbg;
    for (const MauReport::PoolRow &row : r.poolRows()) {
        prow << QStringList{row.pool.displayName(),
                            row.latest ? r.number(*row.latest) : QStringLiteral("—"),
                            row.sharePercent ? r.sharePercent(*row.sharePercent) : QStringLiteral("—"),
                            row.changePercent ? r.percent(*row.changePercent) : QStringLiteral("—"),
                            row.trend.valid ? r.number(row.trend.estimate) : QStringLiteral("—"),
                            row.threshold ? r.number(*row.threshold) : QStringLiteral("—"),
                            row.threshold ? r.locale().toString(int(row.monthsAbove.size())) : QStringLiteral("—")};
        pbg << (row.monthsAbove.isEmpty() ? QColor() : QColor(0xff, 0xf4, 0xe0));
    }
    table(f, pc, prow, pbg);

    // Trend and estimate.
    f.heading(r.tr("estimatesTitle"));
    const MauReport::Trend &t = r.totalTrend();
    if (t.valid)
        f.paragraph(r.tr("totalEstimate").arg(MauDataSet::monthLabel(t.estimateMonth, r.locale()), r.number(t.estimate)),
                    font(8.5, true));
    else
        f.paragraph(r.tr("noEstimate"), font(8.5));
    f.paragraph(r.methodText(), font(8), kMuted);

    // Movers.
    if (latest >= 0 && r.previousCompleteMonth() >= 0) {
        f.heading(r.tr("movers").arg(r.monthLabel(latest), r.monthLabel(r.previousCompleteMonth())));
        auto mover = [&](int pool) {
            const double delta = std::round(d.value(latest, pool)) - std::round(d.value(r.previousCompleteMonth(), pool));
            QString text = r.poolName(pool) + QStringLiteral(": ") + (delta > 0 ? QStringLiteral("+") : QString())
                           + r.number(delta);
            if (const auto ch = d.changePercent(latest, pool))
                text += QStringLiteral(" (") + r.percent(*ch) + QStringLiteral(")");
            return text;
        };
        QStringList up, down;
        for (int pool : r.moversUp())
            up << mover(pool);
        for (int pool : r.moversDown())
            down << mover(pool);
        f.paragraph(r.tr("up") + QStringLiteral(": ") + (up.isEmpty() ? r.tr("none") : up.join(QStringLiteral("; "))), font(8.5));
        f.paragraph(r.tr("down") + QStringLiteral(": ") + (down.isEmpty() ? r.tr("none") : down.join(QStringLiteral("; "))), font(8.5));
    }

    // Pool changes.
    f.heading(r.tr("poolChanges"));
    auto names = [&](const QList<UserPool> &pools) {
        QStringList out;
        for (const UserPool &pool : pools) {
            QString s = pool.name.isEmpty() ? pool.uid : pool.name;
            if (pool.created().isValid())
                s += QStringLiteral(" (") + MauDataSet::serviceToday(pool.created()).toString(Qt::ISODate) + QStringLiteral(")");
            out << s;
        }
        return out.isEmpty() ? r.tr("none") : out.join(QStringLiteral("; "));
    };
    f.paragraph(r.tr("created") + QStringLiteral(": ") + names(r.createdInPeriod()), font(8.5));
    f.paragraph(r.tr("disabled") + QStringLiteral(": ") + names(r.disabledPools()), font(8.5));
    f.paragraph(r.tr("deleted") + QStringLiteral(": ")
                    + (r.deletedPools().isEmpty() ? r.tr("none") : r.deletedPools().join(QStringLiteral("; "))),
                font(8.5));

    // Failed months.
    f.heading(r.tr("failedMonths"));
    QStringList failed;
    for (int m = 0; m < d.monthCount(); ++m)
        if (d.isFailed(m)) {
            const ApiError e = d.error(m);
            failed << r.monthLabel(m) + QStringLiteral(": ") + e.code
                          + (e.requestId.isEmpty() ? QString() : QStringLiteral(" · RequestId ") + e.requestId);
        }
    if (failed.isEmpty())
        f.paragraph(r.tr("failedNone"), font(8.5));
    for (const QString &line : failed)
        f.paragraph(line, font(8.5), kFail);

    f.heading(r.tr("notes"));
    for (const char *k : {"noteTotals", "noteMissing", "noteShare", "noteTimeZone"})
        f.paragraph(r.tr(k), font(8), kMuted);
    f.footer();
    return f.page;
}

int MauReportRenderer::pageCount() const
{
    QImage scratch(8, 8, QImage::Format_ARGB32_Premultiplied);
    QPainter p(&scratch);
    int pages = 1;
    render(&p, [&pages] { ++pages; }, 0);
    return pages;
}

void MauReportRenderer::paint(QPagedPaintDevice *device) const
{
    const int total = pageCount();
    device->setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(0, 0, 0, 0)));
    QPainter p(device);
    // Points: the device's resolution over 72.
    const QRect paintRect = device->pageLayout().paintRectPixels(device->logicalDpiX());
    const double scale = paintRect.width() / kPageW;
    p.scale(scale, scale);
    render(&p, [device] { device->newPage(); }, total);
}

bool MauReportRenderer::writePdf(const QString &fileName, QString *error) const
{
    QPdfWriter writer(fileName);
    writer.setResolution(288);
    writer.setTitle(m_report.title());
    writer.setCreator(QStringLiteral("Identity Console"));
    writer.setPdfVersion(QPagedPaintDevice::PdfVersion_1_6);
    paint(&writer);
    QFile check(fileName);
    if (!check.exists() || check.size() == 0) {
        if (error)
            *error = QStringLiteral("Cannot write %1.").arg(fileName);
        return false;
    }
    return true;
}

bool MauReportRenderer::writePng(const QString &fileName, QString *error, int dpi) const
{
    const int total = pageCount();
    const double scale = dpi / 72.0;
    const int w = int(std::ceil(kPageW * scale));
    const int h = int(std::ceil(kPageH * scale));
    QImage image(w, h * total, QImage::Format_RGB32);
    image.fill(Qt::white);
    image.setDotsPerMeterX(int(dpi / 0.0254));
    image.setDotsPerMeterY(int(dpi / 0.0254));
    {
        QPainter p(&image);
        p.scale(scale, scale);
        int page = 0;
        render(&p, [&] {
            ++page;
            p.resetTransform();
            p.translate(0, double(h) * page);
            p.scale(scale, scale);
            p.setPen(QPen(QColor(0xbb, 0xbb, 0xbb), 1));
            p.drawLine(QPointF(0, 0), QPointF(kPageW, 0));
        }, total);
    }
    if (!image.save(fileName, "PNG")) {
        if (error)
            *error = QStringLiteral("Cannot write %1.").arg(fileName);
        return false;
    }
    return true;
}
