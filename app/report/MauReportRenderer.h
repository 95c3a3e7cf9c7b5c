// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "report/MauReport.h"
#include <QColor>
#include <QFont>
#include <QSizeF>
#include <functional>

class QPagedPaintDevice;
class QPainter;

// Lays a MauReport out on A4 pages with QPainter — text, tables and the chart are all vector drawing, so the PDF
// stays sharp at any zoom and its text can be searched and extracted. The same code paints onto a QPdfWriter
// (export, the CLI), a QPrinter (print and print preview) and a QImage (PNG).
//
// The chart is drawn here with QPainter rather than by rendering a Qt Charts QChart: a QChart is a QGraphicsWidget
// and needs QtWidgets and a QApplication, which the headless CLI should not have to create. The report chart shows
// the same things as the pane's chart (bars per pool, stacked; the total as a line; failed months marked) plus the
// trend line and the estimate.
//
// Always light (paper) colours, whatever the UI palette. Text uses WenQuanYi Micro Hei (fonts-wqy-microhei), a
// TrueType font that covers Latin and CJK; QPdfWriter embeds the subset used, so the PDF reads the same on a
// machine without the font.
class MauReportRenderer
{
public:
    explicit MauReportRenderer(const MauReport &report);

    bool writePdf(const QString &fileName, QString *error) const;
    // Every page, one under the other, in one PNG at `dpi`.
    bool writePng(const QString &fileName, QString *error, int dpi = 110) const;
    // Paints every page on a paged device already set up (QPrinter from the print preview, QPdfWriter).
    void paint(QPagedPaintDevice *device) const;
    int pageCount() const;

    static QString fontFamily();
    static QColor seriesColor(int index);

private:
    // Paints in points (1/72 in) on A4; newPage() is called between pages. Returns the number of pages.
    int render(QPainter *painter, const std::function<void()> &newPage, int totalPages) const;

    const MauReport &m_report;
};
