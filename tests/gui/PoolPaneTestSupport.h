// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/ApiClient.h"
#include "cloud/PoolDirectoryService.h"
#include "cloud/UserPoolService.h"
#include "credentials/Profile.h"
#include "EmulatorFixture.h"
#include <QDir>
#include <QString>
#include <QTest>
#include <QUrl>

// Shared by the pool-object pane tests (applications, identity providers, pool dialog): the emulator profile,
// screenshots, and independent reads straight from the emulator (their own client, not the pane's).
namespace PoolPaneTestSupport {

inline Profile volcProfile(const QUrl &endpoint, const QString &accessKey)
{
    Profile p;
    p.name = QStringLiteral("emulator");
    p.provider = Profile::Provider::Volcengine;
    p.accessKeyId = accessKey;
    p.endpoints.insert(QStringLiteral("id"), endpoint.toString());
    p.transient = true;
    return p;
}

inline QString screenshotPath(const QString &name)
{
    const QString dir = QStringLiteral(IDCONSOLE_BUILD_DIR "/screenshots");
    QDir().mkpath(dir);
    return dir + QLatin1Char('/') + name;
}

// A client of its own on the emulator.
struct ServerReader
{
    explicit ServerReader(const EmulatorFixture &emu)
    {
        client.setCredentials(Credentials{emu.accessKey(), emu.secret(), QString()});
        client.setEndpoint(Service::Id, emu.endpoint());
    }
    PoolClient getClient(const QString &pool, const QString &uid, ApiResult *out = nullptr)
    {
        PoolDirectoryService s(&client);
        PoolClient c;
        bool done = false;
        s.getClient(pool, uid, nullptr, [&](const PoolClient &x, const ApiResult &r) {
            c = x;
            if (out)
                *out = r;
            done = true;
        });
        QTest::qWaitFor([&] { return done; }, 15000);
        return c;
    }
    IdentityProvider getProvider(const QString &pool, const QString &uid, ApiResult *out = nullptr)
    {
        PoolDirectoryService s(&client);
        IdentityProvider p;
        bool done = false;
        s.getOidcProvider(pool, uid, nullptr, [&](const IdentityProvider &x, const ApiResult &r) {
            p = x;
            if (out)
                *out = r;
            done = true;
        });
        QTest::qWaitFor([&] { return done; }, 15000);
        return p;
    }
    QList<UserPool> pools()
    {
        UserPoolService s(&client);
        QList<UserPool> out;
        bool done = false;
        s.listUserPools(nullptr, [&](const QList<UserPool> &p, const ApiResult &) {
            out = p;
            done = true;
        });
        QTest::qWaitFor([&] { return done; }, 15000);
        return out;
    }
    UserPool pool(const QString &uid)
    {
        UserPoolService s(&client);
        UserPool out;
        bool done = false;
        s.getUserPool(uid, nullptr, [&](const UserPool &p, const ApiResult &) {
            out = p;
            done = true;
        });
        QTest::qWaitFor([&] { return done; }, 15000);
        return out;
    }
    ApiClient client;
};

} // namespace PoolPaneTestSupport
