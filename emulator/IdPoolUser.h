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

// A user inside an Agent Identity user pool (volcengine-id.md §7.1).
struct IdPoolUser
{
    QString id; // Uid (also Sub)
    QString poolUid;
    QMap<QString, QString> claims; // PreferredUsername, Email, … (see claimNames())
    bool emailVerified = false;
    bool phoneNumberVerified = false;
    QString userMetadata;
    QString userState = QStringLiteral("Active");
    QString connection = QStringLiteral("Username-Password");
    QList<QPair<QString, QString>> customAttributes;
    QStringList groupUids;
    QStringList departmentUids;
    int numLogins = 0;
    qint64 latestLogin = 0;
    QString latestLoginMethod;
    QString latestBrowser;
    qint64 createTime = 0;
    qint64 updateTime = 0;
    qint64 seq = 0;

    static const QStringList &claimNames();
    QString claim(const QString &name) const { return claims.value(name); }
    enum Flag { State = 1, MaskEmail = 2, MaskPhoneNumber = 4, NullUserMetadata = 8 };
    void writeJson(JsonWriter &w, int flags = 0) const;
    QJsonObject toJson() const;
    static QString maskValue(const QString &value);
    QJsonObject toState() const;
    static IdPoolUser fromState(const QJsonObject &o, const QString &poolUid);
};

} // namespace emu
