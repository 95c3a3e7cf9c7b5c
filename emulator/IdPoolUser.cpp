// SPDX-License-Identifier: GPL-3.0-or-later
#include "IdPoolUser.h"

#include "JsonUtil.h"
#include "JsonWriter.h"
#include "TimeFormat.h"

namespace emu {

const QStringList &IdPoolUser::claimNames()
{
    static const QStringList names{
        QStringLiteral("PreferredUsername"), QStringLiteral("Email"),    QStringLiteral("PhoneNumber"),
        QStringLiteral("Name"),              QStringLiteral("GivenName"), QStringLiteral("FamilyName"),
        QStringLiteral("MiddleName"),        QStringLiteral("Nickname"), QStringLiteral("Gender"),
        QStringLiteral("Birthdate"),         QStringLiteral("Locale"),   QStringLiteral("Zoneinfo"),
        QStringLiteral("Picture"),           QStringLiteral("Profile"),  QStringLiteral("Website")};
    return names;
}

QString IdPoolUser::maskValue(const QString &value)
{
    if (value.isEmpty())
        return value;
    const qsizetype at = value.indexOf(QLatin1Char('@'));
    if (at > 0)
        return value.left(1) + QStringLiteral("***") + value.mid(at);
    if (value.size() <= 4)
        return QStringLiteral("****");
    return value.left(3) + QStringLiteral("****") + value.right(2);
}

void IdPoolUser::writeJson(JsonWriter &w, int flags) const
{
    w.beginObject().field("Uid", id).field("Sub", id);
    for (const QString &c : claimNames()) {
        const QByteArray key = c.toLatin1();
        QString v = claims.value(c);
        if ((flags & MaskEmail) && c == QLatin1String("Email"))
            v = maskValue(v);
        if ((flags & MaskPhoneNumber) && c == QLatin1String("PhoneNumber"))
            v = maskValue(v);
        w.key(key.constData()).value(v);
    }
    w.field("EmailVerified", emailVerified).field("PhoneNumberVerified", phoneNumberVerified);
    if (flags & NullUserMetadata)
        w.key("UserMetadata").null();
    else
        w.field("UserMetadata", userMetadata);
    w.field("UserState", userState).field("Connection", connection);
    w.key("CustomAttributes").beginArray();
    for (const auto &a : customAttributes)
        w.beginObject().field("Name", a.first).field("Value", a.second).endObject();
    w.endArray();
    w.key("ExternalIdentities").beginArray().endArray();
    w.key("GroupUids").beginArray();
    for (const QString &g : groupUids)
        w.value(g);
    w.endArray();
    w.key("DepartmentUids").beginArray();
    for (const QString &d : departmentUids)
        w.value(d);
    w.endArray();
    const bool loggedIn = latestLogin > 0;
    w.field("NumLogins", numLogins)
        .field("LatestLogin", loggedIn ? TimeFormat::utc(latestLogin) : QString())
        .field("LatestLoginMethod", latestLoginMethod)
        .field("LatestBrowser", latestBrowser)
        .field("LatestLoginConnectionName", loggedIn ? connection : QString())
        .field("LatestLoginConnectionProvider", loggedIn ? QStringLiteral("local") : QString())
        .field("LatestLoginConnectionType", loggedIn ? QStringLiteral("database") : QString())
        .field("CreateTime", TimeFormat::utc(createTime))
        .field("UpdateTime", TimeFormat::utc(updateTime));
    if (flags & State)
        w.field("_seq", seq);
    w.endObject();
}

QJsonObject IdPoolUser::toJson() const
{
    JsonWriter w;
    writeJson(w);
    return w.toObject();
}

QJsonObject IdPoolUser::toState() const
{
    JsonWriter w;
    writeJson(w, State);
    return w.toObject();
}

IdPoolUser IdPoolUser::fromState(const QJsonObject &o, const QString &poolUid)
{
    IdPoolUser u;
    u.id = o.value(QStringLiteral("Uid")).toString();
    u.poolUid = poolUid;
    for (const QString &c : claimNames()) {
        const QString v = o.value(c).toString();
        if (!v.isEmpty())
            u.claims.insert(c, v);
    }
    u.emailVerified = o.value(QStringLiteral("EmailVerified")).toBool();
    u.phoneNumberVerified = o.value(QStringLiteral("PhoneNumberVerified")).toBool();
    u.userMetadata = o.value(QStringLiteral("UserMetadata")).toString();
    u.userState = o.value(QStringLiteral("UserState")).toString();
    u.connection = o.value(QStringLiteral("Connection")).toString();
    for (const QJsonValue &v : o.value(QStringLiteral("CustomAttributes")).toArray()) {
        const QJsonObject a = v.toObject();
        u.customAttributes.append({a.value(QStringLiteral("Name")).toString(), a.value(QStringLiteral("Value")).toString()});
    }
    u.groupUids = JsonUtil::toStringList(o.value(QStringLiteral("GroupUids")));
    u.departmentUids = JsonUtil::toStringList(o.value(QStringLiteral("DepartmentUids")));
    u.numLogins = o.value(QStringLiteral("NumLogins")).toInt();
    u.latestLogin = JsonUtil::time(o, QStringLiteral("LatestLogin"));
    u.latestLoginMethod = o.value(QStringLiteral("LatestLoginMethod")).toString();
    u.latestBrowser = o.value(QStringLiteral("LatestBrowser")).toString();
    u.createTime = JsonUtil::time(o, QStringLiteral("CreateTime"));
    u.updateTime = JsonUtil::time(o, QStringLiteral("UpdateTime"));
    u.seq = qint64(o.value(QStringLiteral("_seq")).toDouble());
    return u;
}

} // namespace emu
