// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/MauReport.h"

#include "cloud/MauCache.h"
#include "cloud/MauLoader.h"
#include "models/MauThresholds.h"

#include <QJsonArray>
#include <QSet>
#include <QStringList>
#include <algorithm>
#include <cmath>

namespace {
struct Pair
{
    const char *en;
    const char *zh;
};

// The report's strings, English and Chinese. The Chinese follows the Volcengine documentation's terms:
// 月活跃用户数 (MAU), 用户池.
const QHash<QString, Pair> &table()
{
    static const QHash<QString, Pair> t = {
        {QStringLiteral("title"), {"Monthly active users (MAU) report", "月活跃用户数（MAU）报告"}},
        {QStringLiteral("profile"), {"Profile", "配置"}},
        {QStringLiteral("region"), {"Region", "地域"}},
        {QStringLiteral("period"), {"Period", "统计周期"}},
        {QStringLiteral("generated"), {"Generated", "生成时间"}},
        {QStringLiteral("pools"), {"User pools", "用户池"}},
        {QStringLiteral("month"), {"Month", "月份"}},
        {QStringLiteral("total"), {"Total MAU", "MAU 合计"}},
        {QStringLiteral("mom"), {"Month over month", "环比"}},
        {QStringLiteral("yoy"), {"Year over year", "同比"}},
        {QStringLiteral("change"), {"Change", "环比"}},
        {QStringLiteral("status"), {"Status", "状态"}},
        {QStringLiteral("ok"), {"Loaded", "已加载"}},
        {QStringLiteral("failed"), {"Failed to load", "加载失败"}},
        {QStringLiteral("missing"), {"Some figures missing", "部分数据缺失"}},
        {QStringLiteral("noFigures"), {"No figures", "无数据"}},
        {QStringLiteral("toDate"), {"%1 (to date)", "%1（截至目前）"}},
        {QStringLiteral("aboveThreshold"), {"above allowance", "超出额度"}},
        {QStringLiteral("monthlyTotals"), {"Monthly totals", "月度合计"}},
        {QStringLiteral("byPool"), {"By user pool (%1)", "按用户池（%1）"}},
        {QStringLiteral("pool"), {"User pool", "用户池"}},
        {QStringLiteral("share"), {"Share", "占比"}},
        {QStringLiteral("allowance"), {"Allowance", "额度"}},
        {QStringLiteral("monthsAbove"), {"Months above", "超额月数"}},
        {QStringLiteral("estimate"), {"Estimate %1", "%1 预估"}},
        {QStringLiteral("estimateShort"), {"Estimate", "预估"}},
        {QStringLiteral("trend"), {"Trend", "趋势"}},
        {QStringLiteral("estimatesTitle"), {"Trend and estimate", "趋势与预估"}},
        {QStringLiteral("totalEstimate"), {"Estimated total MAU for %1: %2 (estimate, not a measured figure).",
                                           "%1 的 MAU 合计预估：%2（预估值，非实测数据）。"}},
        {QStringLiteral("noEstimate"), {"Too few complete months for an estimate (at least 3 are needed).",
                                        "完整月份不足（至少需要 3 个），无法预估。"}},
        {QStringLiteral("method"),
         {"Method: least-squares linear trend over the last %1 complete months with figures (the running month is "
          "left out because it is incomplete). Six months follow the current growth while evening out month-to-month "
          "noise; a longer window would lag behind changes, a shorter one would chase noise. Seasonal effects are not "
          "modelled.",
          "方法：对最近 %1 个有数据的完整月份做最小二乘线性趋势拟合（当月尚未结束，不计入）。六个月既能反映当前的增长，"
          "又能平滑逐月波动；窗口更长会滞后于变化，更短则易受波动影响。未考虑季节性因素。"}},
        {QStringLiteral("movers"), {"Largest changes (%1 vs %2)", "变化最大的用户池（%1 对比 %2）"}},
        {QStringLiteral("up"), {"Up", "上升"}},
        {QStringLiteral("down"), {"Down", "下降"}},
        {QStringLiteral("none"), {"None", "无"}},
        {QStringLiteral("poolChanges"), {"User pool changes in the period", "统计周期内的用户池变化"}},
        {QStringLiteral("created"), {"Created", "新建"}},
        {QStringLiteral("disabled"), {"Disabled (now)", "已禁用（当前）"}},
        {QStringLiteral("deleted"), {"No longer listed (deleted)", "已不存在（已删除）"}},
        {QStringLiteral("failedMonths"), {"Months that failed to load", "加载失败的月份"}},
        {QStringLiteral("failedNone"), {"Every month loaded.", "所有月份均已加载。"}},
        {QStringLiteral("notes"), {"Notes", "说明"}},
        {QStringLiteral("noteMissing"), {"— : no figure (the service did not report the pool for that month); never counted as 0.",
                                         "—：无数据（服务未返回该用户池当月的数据），不按 0 计。"}},
        {QStringLiteral("noteTimeZone"), {"Months follow the service's clock in China Standard Time (UTC+8, assumed); the running month is marked \"to date\".",
                                          "月份按服务端时钟的北京时间（UTC+8，假定）划分；当月标注为“截至目前”。"}},
        {QStringLiteral("noteTotals"), {"Totals add the figures that loaded; failed months are not counted.",
                                        "合计仅包含已加载的数据，加载失败的月份不计入。"}},
        {QStringLiteral("noteShare"), {"Share: a pool's percent of the month's total MAU.", "占比：用户池占当月 MAU 合计的百分比。"}},
        {QStringLiteral("page"), {"Page %1 of %2", "第 %1 页，共 %2 页"}},
        {QStringLiteral("chart"), {"MAU by user pool (stacked) and total", "各用户池 MAU（堆叠）与合计"}},
        {QStringLiteral("code"), {"Code", "错误码"}},
        {QStringLiteral("sum"), {"Sum", "总计"}},
        {QStringLiteral("otherPools"), {"%1 more pools", "另有 %1 个用户池"}},
    };
    return t;
}

double round1(double v)
{
    return std::round(v * 10.0) / 10.0;
}
}

MauReport::MauReport(const Input &input)
    : m_in(input)
{
    const MauDataSet &d = m_in.data;
    for (int m = d.monthCount() - 1; m >= 0; --m) {
        if (d.isPartial(m) || d.isFailed(m) || d.missingCount(m) > 0)
            continue;
        if (m_latest < 0)
            m_latest = m;
        else {
            m_previous = m;
            break;
        }
    }
    // The two months compared must be neighbours, otherwise "month over month" would be a lie.
    if (m_previous >= 0 && m_previous != m_latest - 1)
        m_previous = -1;

    m_totalTrend = computeTrend(-1);
    const double latestTotal = m_latest >= 0 ? d.monthTotal(m_latest) : 0.0;
    for (int p = 0; p < d.poolCount(); ++p) {
        PoolRow row;
        row.pool = d.pools().at(p);
        row.latest = figure(m_latest, p);
        row.previous = figure(m_previous, p);
        if (row.latest && latestTotal > 0)
            row.sharePercent = *row.latest / latestTotal * 100.0;
        if (m_previous >= 0)
            row.changePercent = d.changePercent(m_latest, p);
        if (m_in.thresholds.contains(row.pool.uid)) {
            row.threshold = m_in.thresholds.value(row.pool.uid);
            for (int m = 0; m < d.monthCount(); ++m)
                if (monthAboveThreshold(m, p))
                    row.monthsAbove.append(d.months().at(m));
        }
        row.trend = computeTrend(p);
        m_rows.append(row);
    }

    if (m_latest >= 0 && m_previous >= 0) {
        QList<QPair<double, int>> deltas;
        for (int p = 0; p < d.poolCount(); ++p)
            deltas.append({std::round(d.value(m_latest, p)) - std::round(d.value(m_previous, p)), p});
        std::stable_sort(deltas.begin(), deltas.end(), [](const auto &a, const auto &b) { return a.first > b.first; });
        for (const auto &x : deltas)
            if (x.first > 0 && m_up.size() < 3)
                m_up.append(x.second);
        std::stable_sort(deltas.begin(), deltas.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
        for (const auto &x : deltas)
            if (x.first < 0 && m_down.size() < 3)
                m_down.append(x.second);
    }

    if (d.monthCount() > 0) {
        const QDate from = d.months().first();
        const QDate end = d.months().last().addMonths(1);
        for (const UserPool &pool : m_in.poolDetails) {
            const QDateTime created = pool.created();
            if (created.isValid()) {
                const QDate serviceDate = MauDataSet::serviceToday(created);
                if (serviceDate >= from && serviceDate < end)
                    m_created.append(pool);
            }
            if (pool.enabled && !*pool.enabled)
                m_disabled.append(pool);
        }
    }
}

QLocale MauReport::locale() const
{
    return m_in.language == Language::Chinese ? QLocale(QLocale::Chinese, QLocale::China)
                                              : QLocale(QLocale::English, QLocale::UnitedStates);
}

QString MauReport::tr(const char *key) const
{
    const auto it = table().constFind(QLatin1String(key));
    if (it == table().cend())
        return QString::fromLatin1(key);
    return QString::fromUtf8(m_in.language == Language::Chinese ? it->zh : it->en);
}

std::optional<double> MauReport::figure(int month, int pool) const
{
    if (month < 0 || !m_in.data.hasValue(month, pool))
        return std::nullopt;
    return m_in.data.value(month, pool);
}

std::optional<double> MauReport::totalYearOverYear(int month) const
{
    const MauDataSet &d = m_in.data;
    const int prior = month - 12;
    if (prior < 0 || month >= d.monthCount() || d.isFailed(month) || d.isFailed(prior) || d.missingCount(month) > 0
        || d.missingCount(prior) > 0)
        return std::nullopt;
    const double cur = std::round(d.monthTotal(month));
    const double prev = std::round(d.monthTotal(prior));
    if (prev == 0.0)
        return cur == 0.0 ? std::optional<double>(0.0) : std::nullopt;
    return (cur - prev) / prev * 100.0;
}

std::optional<double> MauReport::poolYearOverYear(int month, int pool) const
{
    const auto cur = figure(month, pool);
    const auto prev = figure(month - 12, pool);
    if (!cur || !prev || std::round(*prev) == 0.0)
        return std::nullopt;
    return (std::round(*cur) - std::round(*prev)) / std::round(*prev) * 100.0;
}

bool MauReport::monthAboveThreshold(int month, int pool) const
{
    if (pool < 0 || pool >= m_in.data.poolCount())
        return false;
    const auto it = m_in.thresholds.constFind(m_in.data.pools().at(pool).uid);
    const auto v = figure(month, pool);
    return it != m_in.thresholds.cend() && v && std::round(*v) > it.value();
}

MauReport::Trend MauReport::computeTrend(int pool) const
{
    const MauDataSet &d = m_in.data;
    Trend t;
    if (m_latest < 0)
        return t;
    // The last kTrendMonths complete months with a figure, x = month index (gaps keep their distance).
    QList<QPair<double, double>> points;
    for (int m = m_latest; m >= 0 && points.size() < kTrendMonths; --m) {
        if (d.isPartial(m) || d.isFailed(m))
            continue;
        if (pool < 0) {
            if (d.missingCount(m) > 0)
                continue;
            points.prepend({double(m), d.monthTotal(m)});
        } else if (d.hasValue(m, pool)) {
            points.prepend({double(m), d.value(m, pool)});
        }
    }
    t.monthsUsed = int(points.size());
    if (points.size() < 3)
        return t;
    double sx = 0, sy = 0, sxx = 0, sxy = 0;
    for (const auto &pt : points) {
        sx += pt.first;
        sy += pt.second;
        sxx += pt.first * pt.first;
        sxy += pt.first * pt.second;
    }
    const double n = double(points.size());
    const double den = n * sxx - sx * sx;
    if (den == 0)
        return t;
    t.slope = (n * sxy - sx * sy) / den;
    const double intercept = (sy - t.slope * sx) / n;
    t.estimate = std::max(0.0, intercept + t.slope * double(m_latest + 1));
    t.estimateMonth = d.months().at(m_latest).addMonths(1);
    t.valid = true;
    return t;
}

QString MauReport::title() const
{
    return tr("title");
}

QString MauReport::monthLabel(int month) const
{
    const MauDataSet &d = m_in.data;
    if (month < 0 || month >= d.monthCount())
        return {};
    const QString label = MauDataSet::monthLabel(d.months().at(month), locale());
    return d.isPartial(month) ? tr("toDate").arg(label) : label;
}

QString MauReport::periodText() const
{
    const MauDataSet &d = m_in.data;
    if (d.monthCount() == 0)
        return {};
    return monthLabel(0) + QStringLiteral(" – ") + monthLabel(d.monthCount() - 1);
}

QString MauReport::generatedText() const
{
    return m_in.generated.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm")) + QStringLiteral(" UTC");
}

QString MauReport::sharePercent(double v) const
{
    return locale().toString(round1(v), 'f', 1) + locale().percent();
}

QString MauReport::methodText() const
{
    return tr("method").arg(kTrendMonths);
}

QString MauReport::trendMethod()
{
    return QStringLiteral("least-squares linear trend over the last six complete months");
}

QByteArray MauReport::toCsv() const
{
    const MauDataSet &d = m_in.data;
    auto quote = [](QString text) {
        if (!text.isEmpty() && QStringLiteral("=+-@\t\r").contains(text.front()))
            text.prepend(QLatin1Char('\''));
        if (text.contains(QLatin1Char(',')) || text.contains(QLatin1Char('"')) || text.contains(QLatin1Char('\n'))) {
            text.replace(QLatin1String("\""), QLatin1String("\"\""));
            text = QLatin1Char('"') + text + QLatin1Char('"');
        }
        return text;
    };
    auto num = [](const std::optional<double> &v) { return v ? QString::number(qint64(std::llround(*v))) : QString(); };
    auto pct = [](const std::optional<double> &v) { return v ? QString::number(round1(*v), 'f', 1) : QString(); };
    QStringList lines;
    QStringList header{quote(tr("month")), quote(tr("total")), quote(tr("mom") + QStringLiteral(" (%)")),
                       quote(tr("yoy") + QStringLiteral(" (%)"))};
    for (const MauPool &p : d.pools())
        header << quote(p.displayName());
    header << quote(tr("status"));
    lines << header.join(QLatin1Char(','));
    for (int m = 0; m < d.monthCount(); ++m) {
        QStringList cells{MauDataSet::monthKey(d.months().at(m))};
        if (d.isFailed(m)) {
            cells << QString() << QString() << QString();
            for (int p = 0; p < d.poolCount(); ++p)
                cells << QString();
            const ApiError e = d.error(m);
            cells << quote(tr("failed") + QStringLiteral(": ") + (e.code.isEmpty() ? e.message : e.code)
                           + (e.requestId.isEmpty() ? QString() : QStringLiteral(" RequestId ") + e.requestId));
        } else {
            cells << num(d.hasAnyValue(m) ? std::optional<double>(d.monthTotal(m)) : std::nullopt)
                  << pct(totalChange(m)) << pct(totalYearOverYear(m));
            for (int p = 0; p < d.poolCount(); ++p)
                cells << num(figure(m, p));
            QString status = !d.hasAnyValue(m) ? tr("noFigures") : d.missingCount(m) > 0 ? tr("missing") : tr("ok");
            if (d.isPartial(m))
                status = tr("toDate").arg(status);
            cells << quote(status);
        }
        lines << cells.join(QLatin1Char(','));
    }
    return QByteArray("\xEF\xBB\xBF") + lines.join(QLatin1String("\r\n")).toUtf8() + "\r\n";
}

QJsonObject MauReport::toJson() const
{
    const MauDataSet &d = m_in.data;
    auto opt = [](const std::optional<double> &v) { return v ? QJsonValue(*v) : QJsonValue(QJsonValue::Null); };
    QJsonArray months;
    for (int m = 0; m < d.monthCount(); ++m) {
        QJsonObject o{{QStringLiteral("month"), MauDataSet::monthKey(d.months().at(m))},
                      {QStringLiteral("partial"), d.isPartial(m)}};
        if (d.isFailed(m)) {
            const ApiError e = d.error(m);
            o.insert(QStringLiteral("error"), QJsonObject{{QStringLiteral("code"), e.code},
                                                          {QStringLiteral("message"), e.message},
                                                          {QStringLiteral("requestId"), e.requestId}});
        } else {
            o.insert(QStringLiteral("total"), d.hasAnyValue(m) ? QJsonValue(d.monthTotal(m)) : QJsonValue());
            o.insert(QStringLiteral("missing"), d.missingCount(m));
            o.insert(QStringLiteral("changePercent"), opt(totalChange(m)));
            o.insert(QStringLiteral("yearOverYearPercent"), opt(totalYearOverYear(m)));
            QJsonObject pools;
            for (int p = 0; p < d.poolCount(); ++p)
                pools.insert(d.pools().at(p).uid, opt(figure(m, p)));
            o.insert(QStringLiteral("pools"), pools);
        }
        months.append(o);
    }
    QJsonArray pools;
    for (const PoolRow &r : m_rows) {
        QJsonObject o{{QStringLiteral("uid"), r.pool.uid},
                      {QStringLiteral("name"), r.pool.name},
                      {QStringLiteral("latest"), opt(r.latest)},
                      {QStringLiteral("sharePercent"), opt(r.sharePercent)},
                      {QStringLiteral("changePercent"), opt(r.changePercent)},
                      {QStringLiteral("threshold"), opt(r.threshold)}};
        QJsonArray above;
        for (const QDate &m : r.monthsAbove)
            above.append(MauDataSet::monthKey(m));
        o.insert(QStringLiteral("monthsAboveThreshold"), above);
        if (r.trend.valid)
            o.insert(QStringLiteral("estimate"), QJsonObject{{QStringLiteral("month"), MauDataSet::monthKey(r.trend.estimateMonth)},
                                                             {QStringLiteral("value"), std::round(r.trend.estimate)},
                                                             {QStringLiteral("slopePerMonth"), r.trend.slope}});
        pools.append(o);
    }
    QJsonObject root{{QStringLiteral("profile"), m_in.profile},
                     {QStringLiteral("region"), m_in.region},
                     {QStringLiteral("generated"), m_in.generated.toUTC().toString(Qt::ISODate)},
                     {QStringLiteral("timeZone"), QStringLiteral("UTC+08:00 (assumed service time zone)")},
                     {QStringLiteral("months"), months},
                     {QStringLiteral("pools"), pools},
                     {QStringLiteral("trendMethod"), trendMethod()}};
    if (m_totalTrend.valid)
        root.insert(QStringLiteral("totalEstimate"),
                    QJsonObject{{QStringLiteral("month"), MauDataSet::monthKey(m_totalTrend.estimateMonth)},
                                {QStringLiteral("value"), std::round(m_totalTrend.estimate)}});
    QJsonArray created, disabled, deleted;
    for (const UserPool &p : m_created)
        created.append(p.uid);
    for (const UserPool &p : m_disabled)
        disabled.append(p.uid);
    for (const QString &uid : m_in.formerPoolUids)
        deleted.append(uid);
    root.insert(QStringLiteral("createdPools"), created);
    root.insert(QStringLiteral("disabledPools"), disabled);
    root.insert(QStringLiteral("deletedPools"), deleted);
    return root;
}

MauReport::Input MauReport::inputFor(const MauLoader &loader, const MauDataSet &data, const QString &profile,
                                     const QString &region, Language language, const QDateTime &generatedUtc)
{
    Input in;
    in.data = data;
    in.poolDetails = loader.poolDetails();
    in.profile = profile;
    in.region = region;
    in.language = language;
    in.generated = generatedUtc.toUTC();
    in.thresholds = MauThresholds::load(profile);
    if (MauCache *cache = loader.cache(); cache && data.monthCount() > 0) {
        QSet<QString> listed;
        for (const UserPool &p : in.poolDetails)
            listed.insert(p.uid);
        for (const QString &uid : cache->knownUids(loader.cacheScope(), MauDataSet::monthKey(data.months().first()),
                                                   MauDataSet::monthKey(data.months().last())))
            if (!listed.contains(uid))
                in.formerPoolUids << uid;
    }
    return in;
}

MauReport::Language MauReport::languageFromCode(const QString &code, bool *ok)
{
    const QString c = code.trimmed().toLower();
    const bool zh = c.startsWith(QLatin1String("zh")) || c == QStringLiteral("中文");
    if (ok)
        *ok = zh || c.startsWith(QLatin1String("en"));
    return zh ? Language::Chinese : Language::English;
}
