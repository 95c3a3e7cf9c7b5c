// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QPair>
#include <QString>
#include <QStringList>

namespace emu {

class JsonWriter;

// A Volcengine Agent Identity user pool (volcengine-id.md §2).
struct IdUserPool
{
    QString id; // Uid
    QString trn;
    QString name;
    QString description;
    QString projectName = QStringLiteral("default");
    QList<QPair<QString, QString>> tags;
    bool enabled = true;
    QString domain;
    QString customDomain;
    QString brandLogoUri;
    QString brandName;
    QStringList signInAttributes;
    QStringList requiredSignUpAttributes;
    QStringList authenticationMethodOrder;
    QStringList selfAccountRecoveryVerificationAttributes;
    QMap<QString, bool> switches; // the nine …Enabled flags
    int totalClients = 0;
    int totalConnections = 0;
    qint64 createTime = 0;
    qint64 updateTime = 0;
    qint64 seq = 0;

    // The account the emulator's pools belong to (part of every Trn).
    static constexpr const char *AccountId = "2108000001";

    static const QStringList &switchNames();
    // Domain and Trn of a pool whose id is set, in `region`.
    void assignAddress(const QString &region);
    // The sign-in settings of a pool created without any: user name or e-mail, password only.
    void applyDefaultSignIn();
    enum Flag { Full = 1, State = 2 };
    // Without Full: the ListUserPools Data[] item (no Enabled); with Full: GetUserPool etc.
    void writeJson(JsonWriter &w, int totalUsers, int flags) const;
    QJsonObject toJson(int totalUsers) const;
    QJsonObject toState() const;
    static IdUserPool fromState(const QJsonObject &o);
};

} // namespace emu
