// SPDX-License-Identifier: GPL-3.0-or-later
// MAU report benchmark: a 36-month, 50-pool monthly report (load + PDF) against the real emulator, with a cold
// cache (every month asked) and a warm one (only the running month asked). Prints one JSON object on stdout.
//   bench_mau_report [--runs N] [--pools P] [--months M]
#include "api/ApiClient.h"
#include "cloud/MauCache.h"
#include "cloud/MauLoader.h"
#include "report/MauReport.h"
#include "report/MauReportRenderer.h"
#include "BenchSupport.h"
#include "EmulatorFixture.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QJsonArray>
#include <QTemporaryDir>

namespace {
struct Run
{
    double loadMs = 0;
    double renderMs = 0;
    int calls = 0;
    int monthsFromCache = 0;
    qint64 pdfBytes = 0;
    bool ok = false;
};

Run runOnce(ApiClient &client, MauCache &cache, const QString &scope, int months, const QString &pdf)
{
    Run r;
    MauLoader loader(&client);
    loader.setCache(&cache, scope);
    MauDataSet data;
    bool done = false;
    QObject::connect(&loader, &MauLoader::finished, [&](const MauDataSet &d) {
        data = d;
        done = true;
    });
    QObject::connect(&loader, &MauLoader::failed, [&](const ApiError &) { done = true; });
    QElapsedTimer t;
    t.start();
    loader.loadRecent(months);
    BenchSupport::waitForSignal(&loader, &MauLoader::finished, [&] { return done; }, 120000);
    r.loadMs = t.nsecsElapsed() / 1e6;
    if (data.monthCount() != months)
        return r;
    t.restart();
    const MauReport report(MauReport::inputFor(loader, data, QStringLiteral("bench"), client.region(Service::Id),
                                               MauReport::Language::Chinese, QDateTime::currentDateTimeUtc()));
    QString error;
    r.ok = MauReportRenderer(report).writePdf(pdf, &error) && data.failedCount() == 0;
    r.renderMs = t.nsecsElapsed() / 1e6;
    r.calls = loader.mauCallsMade();
    r.monthsFromCache = loader.monthsFromCache();
    r.pdfBytes = QFileInfo(pdf).size();
    return r;
}

QJsonObject summary(const QList<Run> &runs)
{
    QList<double> load, render, total;
    for (const Run &r : runs) {
        load << r.loadMs;
        render << r.renderMs;
        total << r.loadMs + r.renderMs;
    }
    return QJsonObject{{QStringLiteral("median_total_ms"), BenchSupport::round3(BenchSupport::median(total))},
                       {QStringLiteral("median_load_ms"), BenchSupport::round3(BenchSupport::median(load))},
                       {QStringLiteral("median_render_pdf_ms"), BenchSupport::round3(BenchSupport::median(render))},
                       {QStringLiteral("getuserpoolmaus_calls"), runs.isEmpty() ? 0 : runs.first().calls},
                       {QStringLiteral("months_from_cache"), runs.isEmpty() ? 0 : runs.first().monthsFromCache},
                       {QStringLiteral("pdf_bytes"), runs.isEmpty() ? 0 : double(runs.first().pdfBytes)},
                       {QStringLiteral("runs"), int(runs.size())}};
}
}

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    int runs = 3;
    int pools = 50;
    int months = 36;
    const QStringList args = app.arguments();
    for (int i = 1; i + 1 < args.size(); ++i) {
        if (args.at(i) == QLatin1String("--runs"))
            runs = qMax(1, args.at(++i).toInt());
        else if (args.at(i) == QLatin1String("--pools"))
            pools = qMax(4, args.at(++i).toInt());
        else if (args.at(i) == QLatin1String("--months"))
            months = qBound(1, args.at(++i).toInt(), int(MauLoader::kMaxMonths));
    }
    EmulatorFixture emu({QStringLiteral("--dataset"), QStringLiteral("demo")});
    QString error;
    if (!emu.start(&error)) {
        std::printf("{\"ok\": false, \"error\": \"emulator: %s\"}\n", qPrintable(error));
        return 1;
    }
    ApiClient client;
    client.setCredentials(Credentials{emu.accessKey(), emu.secret(), QString()});
    client.setEndpoint(Service::Id, emu.endpoint());
    // The demo dataset has 4 pools: create the rest.
    int pending = pools - 4;
    for (int i = 0; i < pools - 4; ++i) {
        ApiCall *c = client.call(Service::Id, QStringLiteral("CreateUserPool"),
                                 QJsonObject{{QStringLiteral("Name"), QStringLiteral("bench-%1").arg(i)}});
        QObject::connect(c, &ApiCall::finished, [&pending](const ApiResult &) { --pending; });
    }
    BenchSupport::waitForSignal(&client, &ApiClient::inFlightChanged, [&] { return pending == 0; }, 60000);
    while (pending > 0)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 100);

    QTemporaryDir dir;
    const QString cacheFile = dir.filePath(QStringLiteral("cache.sqlite"));
    const QString scope = MauCache::scope(QStringLiteral("bench"), client.region(Service::Id), emu.endpoint().toString());
    QList<Run> cold, warm;
    bool ok = true;
    for (int i = 0; i < runs; ++i) {
        QFile::remove(cacheFile);
        {
            MauCache cache(cacheFile);
            const Run c = runOnce(client, cache, scope, months, dir.filePath(QStringLiteral("cold.pdf")));
            ok = ok && c.ok;
            cold << c;
        }
        MauCache cache(cacheFile);   // reopened, as after a restart
        const Run w = runOnce(client, cache, scope, months, dir.filePath(QStringLiteral("warm.pdf")));
        ok = ok && w.ok;
        warm << w;
    }
    const QJsonObject out{{QStringLiteral("ok"), ok},
                          {QStringLiteral("months"), months},
                          {QStringLiteral("pools"), pools},
                          {QStringLiteral("language"), QStringLiteral("zh")},
                          {QStringLiteral("cold_cache"), summary(cold)},
                          {QStringLiteral("warm_cache"), summary(warm)}};
    std::printf("%s\n", QJsonDocument(out).toJson(QJsonDocument::Compact).constData());
    return ok ? 0 : 1;
}
