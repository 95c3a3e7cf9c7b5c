// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/ApiResult.h"
#include "credentials/Profile.h"
#include "api/ServiceCatalog.h"
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QUrl>

class EmulatorFixture;
class QWidget;
class Session;

// Shared by the directory pane GUI tests (users, groups, events, activity log).
namespace DirectoryGuiSupport {
// Isolated QSettings (test mode) and an organisation name per test executable.
void initSettings(const QString &testName);
// A Volcengine profile (id + cloudidentity) or an Aliyun profile (cloudsso) pointing at the emulator.
Profile volcengineProfile(const EmulatorFixture &emu, const QString &name = QStringLiteral("volc-emulator"));
Profile aliyunProfile(const EmulatorFixture &emu, const QString &name = QStringLiteral("aliyun-emulator"));
Session *newSession(const EmulatorFixture &emu, const Profile &profile, QObject *parent = nullptr);
// One call straight to the emulator (not through the pane), waited for. Lists: every page (listAll).
ApiResult call(const EmulatorFixture &emu, Service service, const QString &action, const QJsonObject &params = {},
               bool all = false);
// A Cloud Identity principal of `principalType` ("User" / "Group") that has user provisionings: its id (the last
// such principal listed; empty when none) and the ids of its provisionings, sorted.
struct ProvisionedPrincipal
{
    bool listed = false;         // ListUserProvisionings answered
    QString id;
    QStringList provisioningIds;
};
ProvisionedPrincipal provisionedPrincipal(const EmulatorFixture &emu, const QString &principalType);
// The first CloudSSO directory of the emulator.
QString ssoDirectory(const EmulatorFixture &emu);
// build/screenshots/<name>.png; returns the path (empty on failure).
QString screenshot(QWidget *widget, const QString &name);
// Switches the UI language and waits until the LanguageChange events have been delivered.
void setLanguage(const QString &language);
}
