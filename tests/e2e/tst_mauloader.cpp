// SPDX-License-Identifier: GPL-3.0-or-later
// MauLoader against the real emulator (signed requests, real answers): 36 months — the emulator keeps
// 24 months of history, so the oldest months leave every pool out of the answer: those figures are missing
// (hasValue() false, value() 0), never a real 0.
#include "api/ApiClient.h"
#include "EmulatorFixture.h"
#include "cloud/MauLoader.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QtTest>

class TestMauLoaderE2e : public QObject
{
    Q_OBJECT

private slots:
    void matchesDirectCalls()
    {
        EmulatorFixture emu({QStringLiteral("--dataset"), QStringLiteral("demo")});
        QString error;
        QVERIFY2(emu.start(&error), qPrintable(error));
        ApiClient client;
        client.setCredentials(Credentials{emu.accessKey(), emu.secret(), QString()});
        client.setEndpoint(Service::Id, emu.endpoint());

        const QList<QDate> months = MauDataSet::lastMonths(MauLoader::kMaxMonths);
        MauLoader loader(&client);
        QSignalSpy finished(&loader, &MauLoader::finished);
        QSignalSpy failed(&loader, &MauLoader::failed);
        loader.load(months);
        QVERIFY(finished.wait(30000));
        QCOMPARE(failed.count(), 0);
        const MauDataSet data = finished.at(0).at(0).value<MauDataSet>();
        QCOMPARE(data.monthCount(), 36);
        QCOMPARE(data.failedCount(), 0);
        QVERIFY(data.poolCount() >= 1);

        // The same months asked directly, one call each, the emulator choosing the pools (all of them).
        int zeroMonths = 0;
        for (int m = 0; m < months.size(); ++m) {
            const QString key = MauDataSet::monthKey(months.at(m));
            ApiCall *call = client.call(Service::Id, QStringLiteral("GetUserPoolMaus"),
                                        QJsonObject{{QStringLiteral("Month"), key}});
            QSignalSpy done(call, &ApiCall::finished);
            QVERIFY(done.wait(20000));
            const ApiResult r = done.at(0).at(0).value<ApiResult>();
            QVERIFY2(r.ok, qPrintable(r.error.toString()));
            QCOMPARE(r.result.value(QStringLiteral("Month")).toString(), key);
            QHash<QString, double> byUid;
            for (const QJsonValue &v : r.result.value(QStringLiteral("UserPoolMaus")).toArray())
                byUid.insert(v.toObject().value(QStringLiteral("UserPoolUid")).toString(),
                             v.toObject().value(QStringLiteral("Mau")).toDouble());
            for (int p = 0; p < data.poolCount(); ++p) {
                QCOMPARE(data.value(m, p), byUid.value(data.pools().at(p).uid, 0.0));
                QCOMPARE(data.hasValue(m, p), byUid.contains(data.pools().at(p).uid));
            }
            if (byUid.isEmpty())
                ++zeroMonths;
        }
        QVERIFY2(zeroMonths > 0, "expected months outside the emulator's history (all pools missing)");
        QVERIFY(data.grandTotal() > 0);
    }

    void wrongSecretFailsThePoolList()
    {
        EmulatorFixture emu({QStringLiteral("--dataset"), QStringLiteral("demo")});
        QString error;
        QVERIFY2(emu.start(&error), qPrintable(error));
        ApiClient client;
        client.setCredentials(Credentials{emu.accessKey(), QStringLiteral("not-the-secret"), QString()});
        client.setEndpoint(Service::Id, emu.endpoint());
        MauLoader loader(&client);
        QSignalSpy failed(&loader, &MauLoader::failed);
        loader.load(MauDataSet::lastMonths(3));
        QVERIFY(failed.wait(30000));
        const ApiError e = failed.at(0).at(0).value<ApiError>();
        QVERIFY2(e.isAuthProblem(), qPrintable(e.toString()));
        QVERIFY(!e.requestId.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestMauLoaderE2e)
#include "tst_mauloader.moc"
