// SPDX-License-Identifier: GPL-3.0-or-later
#include "DirectoryGuiSupport.h"

#include "api/ApiClient.h"
#include "EmulatorFixture.h"
#include "shell/LanguageManager.h"
#include "cloud/Session.h"
#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QJsonValue>
#include <QPixmap>
#include <QStandardPaths>
#include <QTest>
#include <QWidget>

namespace DirectoryGuiSupport {

void initSettings(const QString &testName)
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("idconsole-tests"));
    QCoreApplication::setApplicationName(testName);
}

Profile volcengineProfile(const EmulatorFixture &emu, const QString &name)
{
    Profile p;
    p.name = name;
    p.provider = Profile::Provider::Volcengine;
    p.accessKeyId = emu.accessKey();
    p.endpoints.insert(QStringLiteral("id"), emu.endpoint().toString());
    p.endpoints.insert(QStringLiteral("cloudidentity"), emu.endpoint().toString());
    p.transient = true;
    return p;
}

Profile aliyunProfile(const EmulatorFixture &emu, const QString &name)
{
    Profile p;
    p.name = name;
    p.provider = Profile::Provider::Aliyun;
    p.accessKeyId = emu.accessKey();
    p.endpoints.insert(QStringLiteral("cloudsso"), emu.endpoint().toString());
    p.transient = true;
    return p;
}

Session *newSession(const EmulatorFixture &emu, const Profile &profile, QObject *parent)
{
    auto *s = new Session(profile, Credentials{emu.accessKey(), emu.secret(), QString()}, parent);
    s->client()->setRetryBaseDelay(20);
    return s;
}

ApiResult call(const EmulatorFixture &emu, Service service, const QString &action, const QJsonObject &params, bool all)
{
    ApiClient client;
    client.setCredentials(Credentials{emu.accessKey(), emu.secret(), QString()});
    client.setEndpoint(service, emu.endpoint());
    client.setRetryBaseDelay(20);
    ApiCall *c = all ? client.listAll(service, action, params) : client.call(service, action, params);
    ApiResult result;
    bool done = false;
    QObject::connect(c, &ApiCall::finished, [&](const ApiResult &r) {
        result = r;
        done = true;
    });
    if (!QTest::qWaitFor([&] { return done; }, 20000))
        qWarning("%s did not answer", qPrintable(action));
    return result;
}

ProvisionedPrincipal provisionedPrincipal(const EmulatorFixture &emu, const QString &principalType)
{
    const ApiResult provs = call(emu, Service::CloudIdentity, QStringLiteral("ListUserProvisionings"), {}, true);
    ProvisionedPrincipal out;
    out.listed = provs.ok;
    for (const QJsonValue &v : provs.items)
        if (v.toObject().value(QStringLiteral("PrincipalType")).toString() == principalType)
            out.id = v.toObject().value(QStringLiteral("PrincipalId")).toString();
    for (const QJsonValue &v : provs.items)
        if (!out.id.isEmpty() && v.toObject().value(QStringLiteral("PrincipalId")).toString() == out.id)
            out.provisioningIds << v.toObject().value(QStringLiteral("UserProvisioningId")).toString();
    out.provisioningIds.sort();
    return out;
}

QString ssoDirectory(const EmulatorFixture &emu)
{
    const ApiResult r = call(emu, Service::CloudSso, QStringLiteral("ListDirectories"));
    return r.result.value(QStringLiteral("Directories")).toArray().first().toObject().value(QStringLiteral("DirectoryId")).toString();
}

QString screenshot(QWidget *widget, const QString &name)
{
    const QString dir = QStringLiteral(IDCONSOLE_BUILD_DIR "/screenshots");
    QDir().mkpath(dir);
    const QString path = dir + QLatin1Char('/') + name + QStringLiteral(".png");
    QCoreApplication::processEvents();
    if (!widget->grab().save(path))
        return {};
    return path;
}

void setLanguage(const QString &language)
{
    LanguageManager::instance()->setLanguage(language);
    QCoreApplication::sendPostedEvents();
    QCoreApplication::processEvents();
    QTest::qWait(50);
}

}
