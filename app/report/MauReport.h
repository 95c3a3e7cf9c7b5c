// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cloud/UserPool.h"
#include "models/MauDataSet.h"
#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <optional>

// The monthly MAU report as data: totals, changes, shares, thresholds, trends, movers and pool changes,
// computed once from a MauDataSet and worded in the report's own language (independent of the UI language).
// The PDF/PNG renderer (MauReportRenderer), the CSV and the JSON are all built from this one object, so every
// format — and the GUI and the CLI — say the same thing.
//
// Language: the report's strings come from a small bilingual table (MauReportText), not from a QTranslator.
// The language is picked per export (中文 or English) while the UI stays in its own language, and the CLI has
// no translator loaded at all; a second QTranslator would have to be installed globally (retranslating the
// whole UI behind the person's back) or be called by hand, which is what the table does more plainly.
class MauLoader;

class MauReport
{
public:
    enum class Language { English, Chinese };

    struct Trend
    {
        bool valid = false;     // at least 3 complete months with figures
        int monthsUsed = 0;
        double slope = 0;       // MAU per month
        double estimate = 0;    // next month after the last complete one, never below 0
        QDate estimateMonth;
    };

    struct PoolRow
    {
        MauPool pool;
        std::optional<double> latest;        // the latest complete month's figure
        std::optional<double> previous;      // the complete month before it
        std::optional<double> sharePercent;  // of the latest complete month's total
        std::optional<double> changePercent; // latest vs previous
        std::optional<double> threshold;     // plan allowance
        QList<QDate> monthsAbove;            // months above the threshold
        Trend trend;
    };

    struct Input
    {
        MauDataSet data;
        QList<UserPool> poolDetails;          // every pool listed now (create time, enabled)
        QStringList formerPoolUids;           // pools that had figures in earlier months but are no longer listed
        QHash<QString, double> thresholds;    // uid -> monthly allowance
        QString profile;
        QString region;
        QDateTime generated;                  // UTC
        Language language = Language::English;
    };

    static constexpr int kTrendMonths = 6;

    // What the GUI and the CLI both feed the report: the loaded data, the pool details of the loader, the pools the
    // cache knows from the period that are no longer listed, and the thresholds saved for the profile.
    static Input inputFor(const MauLoader &loader, const MauDataSet &data, const QString &profile, const QString &region,
                          Language language, const QDateTime &generatedUtc);
    static Language languageFromCode(const QString &code, bool *ok = nullptr);   // "zh"/"en" (also zh_CN, en_US)

    explicit MauReport(const Input &input);

    const Input &input() const { return m_in; }
    const MauDataSet &data() const { return m_in.data; }
    Language language() const { return m_in.language; }
    QLocale locale() const;
    QString tr(const char *key) const;   // the report's own bilingual table

    // Month indexes that are complete (not the running month) and loaded with every figure.
    int latestCompleteMonth() const { return m_latest; }
    int previousCompleteMonth() const { return m_previous; }
    std::optional<double> totalChange(int month) const { return m_in.data.changePercent(month); }
    std::optional<double> totalYearOverYear(int month) const;
    std::optional<double> poolYearOverYear(int month, int pool) const;
    bool monthAboveThreshold(int month, int pool) const;
    const Trend &totalTrend() const { return m_totalTrend; }
    const QList<PoolRow> &poolRows() const { return m_rows; }
    // Biggest absolute changes between the two latest complete months (up to 3 each, largest first).
    QList<int> moversUp() const { return m_up; }
    QList<int> moversDown() const { return m_down; }
    QList<UserPool> createdInPeriod() const { return m_created; }
    QList<UserPool> disabledPools() const { return m_disabled; }
    QStringList deletedPools() const { return m_in.formerPoolUids; }

    // Text pieces the renderer and tests share.
    QString title() const;
    QString periodText() const;
    QString generatedText() const;
    QString monthLabel(int month) const;     // with "(to date)" in the report's language
    QString number(double v) const { return MauDataSet::formatMau(v, locale()); }
    QString percent(double v) const { return MauDataSet::formatChange(v, locale()); }
    QString sharePercent(double v) const;    // "12.5%" (no sign)
    QString methodText() const;
    QString poolName(int pool) const { return m_in.data.pools().at(pool).displayName(); }

    // Months × (total, change, year-over-year, every pool) plus status; UTF-8 with BOM, CRLF.
    QByteArray toCsv() const;
    QJsonObject toJson() const;

    static QString trendMethod();   // English one-liner for code comments and the README

private:
    Trend computeTrend(int pool) const;   // pool -1: the total
    std::optional<double> figure(int month, int pool) const;

    Input m_in;
    int m_latest = -1;
    int m_previous = -1;
    Trend m_totalTrend;
    QList<PoolRow> m_rows;
    QList<int> m_up;
    QList<int> m_down;
    QList<UserPool> m_created;
    QList<UserPool> m_disabled;
};
