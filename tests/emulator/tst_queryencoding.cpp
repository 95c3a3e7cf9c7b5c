// SPDX-License-Identifier: GPL-3.0-or-later
// Query strings as the gateways read them: '+' is a space (form encoding: the official Python SDKs of both clouds
// send a space as '+' while signing it as %20), %20 is a space, %2B is a literal plus. Signatures verify over the
// decoded values, and the stored value holds a space (never a literal '+') or a real plus.
#include "InProcessEmulator.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest>

using namespace emu;

namespace {

// The same request with every %20 in its target rewritten as '+' (what a form-encoding SDK sends). The signature
// was computed over the canonical form (%20), exactly as those SDKs do.
HttpRequest withPlusForSpace(HttpRequest r)
{
    QByteArray target = r.target();
    target.replace("%20", "+");
    r.setTarget(target);
    return r;
}

// The same request with its target left as the factory encoded it (RFC 3986: space -> %20, '+' -> %2B).
HttpRequest asIs(HttpRequest r)
{
    return r;
}

} // namespace

class TestQueryEncoding : public QObject
{
    Q_OBJECT

private slots:
    void spaceAsPlusOrPercent20_data()
    {
        QTest::addColumn<bool>("plus");
        QTest::newRow("+ (form encoding, Python SDKs)") << true;
        QTest::newRow("%20 (RFC 3986)") << false;
    }

    void spaceAsPlusOrPercent20()
    {
        QFETCH(bool, plus);
        InProcessEmulator emu;
        const auto encode = plus ? withPlusForSpace : asIs;

        // CloudSSO: a display name with a space, stored with a space.
        const QString name = plus ? QStringLiteral("jane.doe") : QStringLiteral("jane.doe2");
        HttpRequest r = emu.signer().acs(QStringLiteral("CreateUser"),
                                         {{QStringLiteral("DirectoryId"), emu.directoryId()},
                                          {QStringLiteral("UserName"), name},
                                          {QStringLiteral("DisplayName"), QStringLiteral("Jane Doe")}},
                                         emu.clock().now());
        if (plus)
            QVERIFY(r.target().contains("%20"));
        auto reply = emu.send(encode(r));
        QVERIFY2(reply.status == 200, reply.raw.body().constData());
        QCOMPARE(reply.json.value(QStringLiteral("User")).toObject().value(QStringLiteral("DisplayName")).toString(),
                 QStringLiteral("Jane Doe"));

        // CloudSSO: the documented filter syntax has spaces ("UserName eq x").
        r = emu.signer().acs(QStringLiteral("ListUsers"),
                             {{QStringLiteral("DirectoryId"), emu.directoryId()},
                              {QStringLiteral("Filter"), QStringLiteral("UserName eq ") + name}},
                             emu.clock().now());
        reply = emu.send(encode(r));
        QVERIFY2(reply.status == 200, reply.raw.body().constData());
        const QJsonArray users = reply.json.value(QStringLiteral("Users")).toArray();
        QCOMPARE(users.size(), 1);
        QCOMPARE(users.first().toObject().value(QStringLiteral("DisplayName")).toString(), QStringLiteral("Jane Doe"));

        // Volcengine (the gateway's GET form reads business parameters from the query): Cloud Identity CreateUser.
        r = emu.signer().volcGet(QStringLiteral("CreateUser"), QStringLiteral("2023-01-01"),
                                 QStringLiteral("cloudidentity"),
                                 {{QStringLiteral("UserName"), name}, {QStringLiteral("DisplayName"), QStringLiteral("Jane Doe")}},
                                 emu.clock().now());
        reply = emu.send(encode(r));
        QVERIFY2(reply.status == 200, reply.raw.body().constData());
        const QJsonObject result = InProcessEmulator::volcResult(reply);
        QCOMPARE(result.value(QStringLiteral("DisplayName")).toString(), QStringLiteral("Jane Doe"));
        QCOMPARE(result.value(QStringLiteral("UserName")).toString(), name);
    }

    void percent2BIsALiteralPlus()
    {
        InProcessEmulator emu;
        HttpRequest r = emu.signer().acs(QStringLiteral("CreateUser"),
                                         {{QStringLiteral("DirectoryId"), emu.directoryId()},
                                          {QStringLiteral("UserName"), QStringLiteral("plus.user")},
                                          {QStringLiteral("DisplayName"), QStringLiteral("C++ team")}},
                                         emu.clock().now());
        QVERIFY(r.target().contains("C%2B%2B"));
        auto reply = emu.send(r);
        QVERIFY2(reply.status == 200, reply.raw.body().constData());
        QCOMPARE(reply.json.value(QStringLiteral("User")).toObject().value(QStringLiteral("DisplayName")).toString(),
                 QStringLiteral("C++ team"));

        r = emu.signer().volcGet(QStringLiteral("CreateUser"), QStringLiteral("2023-01-01"),
                                 QStringLiteral("cloudidentity"),
                                 {{QStringLiteral("UserName"), QStringLiteral("plus.user")},
                                  {QStringLiteral("Phone"), QStringLiteral("+8613800000000")}},
                                 emu.clock().now());
        QVERIFY(r.target().contains("%2B86"));
        reply = emu.send(r);
        QVERIFY2(reply.status == 200, reply.raw.body().constData());
        QCOMPARE(InProcessEmulator::volcResult(reply).value(QStringLiteral("Phone")).toString(),
                 QStringLiteral("+8613800000000"));
    }

    // A '+' that was signed as a literal plus (%2B) but sent raw is read as a space: the signature no longer matches,
    // as on the real gateways.
    void rawPlusSignedAsPlusFails()
    {
        InProcessEmulator emu;
        HttpRequest r = emu.signer().acs(QStringLiteral("ListUsers"),
                                         {{QStringLiteral("DirectoryId"), emu.directoryId()},
                                          {QStringLiteral("Filter"), QStringLiteral("UserName sw a+b")}},
                                         emu.clock().now());
        QByteArray target = r.target();
        QVERIFY(target.contains("%2B"));
        target.replace("%2B", "+");
        r.setTarget(target);
        const auto reply = emu.send(r);
        QCOMPARE(reply.status, 400);
        QCOMPARE(reply.json.value(QStringLiteral("Code")).toString(), QStringLiteral("SignatureDoesNotMatch"));
    }
};

QTEST_GUILESS_MAIN(TestQueryEncoding)
#include "tst_queryencoding.moc"
