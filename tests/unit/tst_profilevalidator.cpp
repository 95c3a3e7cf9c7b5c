// SPDX-License-Identifier: GPL-3.0-or-later
// ProfileValidator: names, regions, endpoints (https unless loopback, host:port), CA bundles.
#include "credentials/ProfileValidator.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

class TestProfileValidator : public QObject
{
    Q_OBJECT
private slots:
    void knownRegions();
    void names_data();
    void names();
    void regions_data();
    void regions();
    void endpoints_data();
    void endpoints();
    void loopback_data();
    void loopback();
    void endpointServiceMustBelongToProvider();
    void secretKeys();
    void caBundle();
    void normalizeTrimsAndCompletesEndpoints();
};

void TestProfileValidator::knownRegions()
{
    QCOMPARE(ProfileValidator::knownRegions(Profile::Provider::Volcengine),
             (QStringList{"cn-beijing", "cn-shanghai", "cn-guangzhou"}));
    QCOMPARE(ProfileValidator::knownRegions(Profile::Provider::Aliyun),
             (QStringList{"cn-shanghai", "cn-hongkong", "ap-northeast-2", "ap-southeast-1", "us-west-1", "eu-central-1"}));
}

void TestProfileValidator::names_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("original");
    QTest::addColumn<bool>("ok");
    QTest::newRow("fresh") << "staging" << "" << true;
    QTest::newRow("chinese") << "生产" << "" << true;
    QTest::newRow("empty") << "" << "" << false;
    QTest::newRow("blank") << "   " << "" << false;
    QTest::newRow("leading space") << " prod2" << "" << false;
    QTest::newRow("duplicate") << "prod" << "" << false;
    QTest::newRow("duplicate other case") << "PROD" << "" << false;
    QTest::newRow("keeping own name") << "prod" << "prod" << true;
    QTest::newRow("own name other case") << "Prod" << "prod" << true;
    QTest::newRow("renaming onto another") << "test" << "prod" << false;
    QTest::newRow("newline") << "a\nb" << "" << false;
    QTest::newRow("tab") << "a\tb" << "" << false;
    QTest::newRow("too long") << QString(65, QLatin1Char('x')) << "" << false;
}

void TestProfileValidator::names()
{
    QFETCH(QString, name);
    QFETCH(QString, original);
    QFETCH(bool, ok);
    const QString message = ProfileValidator::checkName(name, {"prod", "test"}, original);
    QCOMPARE(message.isEmpty(), ok);
}

void TestProfileValidator::regions_data()
{
    QTest::addColumn<QString>("region");
    QTest::addColumn<bool>("ok");
    QTest::newRow("known") << "cn-beijing" << true;
    QTest::newRow("free entry") << "ap-southeast-3" << true;
    QTest::newRow("empty means default") << "" << true;
    QTest::newRow("underscore") << "cn_beijing" << false;
    QTest::newRow("upper case") << "CN-BEIJING" << false;
    QTest::newRow("space") << "cn beijing" << false;
    QTest::newRow("trailing hyphen") << "cn-" << false;
}

void TestProfileValidator::regions()
{
    QFETCH(QString, region);
    QFETCH(bool, ok);
    QCOMPARE(ProfileValidator::checkRegion(region).isEmpty(), ok);
}

void TestProfileValidator::endpoints_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QString>("normalized");
    QTest::newRow("https") << "https://id.cn-beijing.volcengineapi.com" << true << "https://id.cn-beijing.volcengineapi.com";
    QTest::newRow("https trailing slash") << "https://open.volcengineapi.com/" << true << "https://open.volcengineapi.com";
    QTest::newRow("https port") << "https://gw.example.test:8443" << true << "https://gw.example.test:8443";
    QTest::newRow("bare host") << "cloudsso.cn-shanghai.aliyuncs.com" << true << "https://cloudsso.cn-shanghai.aliyuncs.com";
    QTest::newRow("bare host port") << "gw.example.test:8443" << true << "https://gw.example.test:8443";
    QTest::newRow("http loopback v4") << "http://127.0.0.1:8080" << true << "http://127.0.0.1:8080";
    QTest::newRow("http loopback 127/8") << "http://127.10.20.30:1" << true << "http://127.10.20.30:1";
    QTest::newRow("http localhost") << "http://localhost:9000" << true << "http://localhost:9000";
    QTest::newRow("http LOCALHOST") << "http://LOCALHOST:9000" << true << "http://localhost:9000";
    QTest::newRow("http ::1") << "http://[::1]:9000" << true << "http://[::1]:9000";
    QTest::newRow("http remote") << "http://id.example.test" << false << "";
    QTest::newRow("http private ip") << "http://192.168.1.10:8080" << false << "";
    QTest::newRow("http 128.0.0.1") << "http://128.0.0.1" << false << "";
    QTest::newRow("http localhost.evil") << "http://localhost.evil.test" << false << "";
    QTest::newRow("ftp") << "ftp://example.test" << false << "";
    QTest::newRow("user info") << "https://user:pw@example.test" << false << "";
    QTest::newRow("path") << "https://example.test/api" << false << "";
    QTest::newRow("query") << "https://example.test/?a=1" << false << "";
    QTest::newRow("port 0") << "https://example.test:0" << false << "";
    QTest::newRow("port too big") << "https://example.test:70000" << false << "";
    QTest::newRow("garbage") << "https://" << false << "";
    QTest::newRow("spaces") << "https://exa mple.test" << false << "";
}

void TestProfileValidator::endpoints()
{
    QFETCH(QString, input);
    QFETCH(bool, ok);
    QFETCH(QString, normalized);
    QString out;
    const QString message = ProfileValidator::checkEndpoint(input, &out);
    QVERIFY2(message.isEmpty() == ok, qPrintable(message));
    if (ok)
        QCOMPARE(out, normalized);
}

void TestProfileValidator::loopback_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<bool>("loopback");
    QTest::newRow("127.0.0.1") << "127.0.0.1" << true;
    QTest::newRow("127.255.255.254") << "127.255.255.254" << true;
    QTest::newRow("::1") << "::1" << true;
    QTest::newRow("[::1]") << "[::1]" << true;
    QTest::newRow("localhost") << "localhost" << true;
    QTest::newRow("0.0.0.0") << "0.0.0.0" << false;
    QTest::newRow("10.0.0.1") << "10.0.0.1" << false;
    QTest::newRow("::2") << "::2" << false;
    QTest::newRow("example") << "example.test" << false;
}

void TestProfileValidator::loopback()
{
    QFETCH(QString, host);
    QFETCH(bool, loopback);
    QCOMPARE(ProfileValidator::isLoopbackHost(host), loopback);
}

void TestProfileValidator::endpointServiceMustBelongToProvider()
{
    Profile p;
    p.name = QStringLiteral("v");
    p.accessKeyId = QStringLiteral("AK");
    p.endpoints.insert(QStringLiteral("cloudsso"), QStringLiteral("https://x.test"));
    auto issues = ProfileValidator::validate(p, {});
    QCOMPARE(issues.size(), 1);
    QCOMPARE(issues.first().field, ProfileValidator::Field::Endpoint);
    QCOMPARE(issues.first().service, QStringLiteral("cloudsso"));
    p.provider = Profile::Provider::Aliyun;
    QVERIFY(ProfileValidator::validate(p, {}).isEmpty());
    p.endpoints.insert(QStringLiteral("cloudsso"), QStringLiteral("http://10.1.1.1"));
    issues = ProfileValidator::validate(p, {});
    QCOMPARE(issues.size(), 1);
    QVERIFY(issues.first().message.contains(QStringLiteral("https")));
}

void TestProfileValidator::secretKeys()
{
    QVERIFY(ProfileValidator::checkSecretKey(QStringLiteral("abcDEF123+/=")).isEmpty());
    QVERIFY(!ProfileValidator::checkSecretKey(QString()).isEmpty());
    QVERIFY(!ProfileValidator::checkSecretKey(QStringLiteral("abc def")).isEmpty());
    QVERIFY(!ProfileValidator::checkSecretKey(QStringLiteral("abc\n")).isEmpty());
    Profile p;
    p.name = QStringLiteral("x");
    p.accessKeyId = QStringLiteral("AK");
    const QString empty;
    QCOMPARE(ProfileValidator::validate(p, {}, {}, &empty).size(), 1);
    QCOMPARE(ProfileValidator::validate(p, {}, {}, nullptr).size(), 0);
    p.accessKeyId = QStringLiteral("AK with space");
    QCOMPARE(ProfileValidator::validate(p, {}).first().field, ProfileValidator::Field::AccessKeyId);
}

void TestProfileValidator::caBundle()
{
    QTemporaryDir dir;
    QVERIFY(ProfileValidator::checkCaBundle(QString()).isEmpty());
    QVERIFY(!ProfileValidator::checkCaBundle(dir.filePath(QStringLiteral("missing.pem"))).isEmpty());
    QFile junk(dir.filePath(QStringLiteral("junk.pem")));
    QVERIFY(junk.open(QIODevice::WriteOnly));
    junk.write("not a certificate\n");
    junk.close();
    QVERIFY(!ProfileValidator::checkCaBundle(junk.fileName()).isEmpty());
    // A real self-signed certificate (tests/data/profile-test-ca.pem, made with openssl req -x509).
    const QString good = QStringLiteral(IDCONSOLE_TEST_DATA_DIR "/profile-test-ca.pem");
    QVERIFY2(ProfileValidator::checkCaBundle(good).isEmpty(), qPrintable(ProfileValidator::checkCaBundle(good)));
    QVERIFY(!ProfileValidator::checkCaBundle(dir.path()).isEmpty()); // a directory
}

void TestProfileValidator::normalizeTrimsAndCompletesEndpoints()
{
    Profile p;
    p.name = QStringLiteral("  x  ");
    p.region = QStringLiteral(" cn-beijing ");
    p.accessKeyId = QStringLiteral(" AK ");
    p.endpoints.insert(QStringLiteral("id"), QStringLiteral("gw.example.test:8443"));
    p.endpoints.insert(QStringLiteral("cloudidentity"), QStringLiteral("  "));
    p.caBundle = QStringLiteral("relative.pem");
    ProfileValidator::normalize(&p);
    QCOMPARE(p.name, QStringLiteral("x"));
    QCOMPARE(p.region, QStringLiteral("cn-beijing"));
    QCOMPARE(p.accessKeyId, QStringLiteral("AK"));
    QCOMPARE(p.endpoints.value(QStringLiteral("id")), QStringLiteral("https://gw.example.test:8443"));
    QVERIFY(!p.endpoints.contains(QStringLiteral("cloudidentity")));
    QVERIFY(QFileInfo(p.caBundle).isAbsolute());
}

QTEST_GUILESS_MAIN(TestProfileValidator)
#include "tst_profilevalidator.moc"
