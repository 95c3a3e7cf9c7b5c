// SPDX-License-Identifier: GPL-3.0-or-later
// Fault soak against the real emulator at --fail-rate 0.2 --reset-rate 0.05 --latency-ms 0-300 (injected 500/503,
// dropped connections - for writes before OR after the change -, random latency):
//  - listing 10,000 users (Cloud Identity page numbers, CloudSSO NextToken) yields exactly 10,000 unique users;
//  - creating 100 groups (Cloud Identity through its write queue, CloudSSO concurrently) through VerifiedCreate
//    yields exactly those groups: none missing, no duplicates, and every create whose outcome was unknown is
//    reported and resolved by looking the name up.
#include "api/ApiCall.h"
#include "api/ApiClient.h"
#include "cloud/CloudIdentityBackend.h"
#include "cloud/CloudSsoBackend.h"
#include "EmulatorFixture.h"
#include "cloud/Session.h"
#include "cloud/VerifiedCreate.h"

#include <QElapsedTimer>
#include <QSet>
#include <QtTest>
#include <memory>

namespace {
constexpr int kUsers = 10000;
constexpr int kGroups = 100;

const QStringList kFaults{QStringLiteral("--fail-rate"), QStringLiteral("0.2"), QStringLiteral("--reset-rate"),
                          QStringLiteral("0.05"), QStringLiteral("--latency-ms"), QStringLiteral("0-300")};

ApiResult waitCall(ApiCall *call, int timeoutMs = 300000)
{
    ApiResult out;
    bool done = false;
    QObject::connect(call, &ApiCall::finished, [&](const ApiResult &r) {
        out = r;
        done = true;
    });
    if (!QTest::qWaitFor([&] { return done; }, timeoutMs))
        out.error = ApiError::make(ApiError::Kind::Timeout, QStringLiteral("TestTimeout"), QStringLiteral("no answer"));
    return out;
}

QString resolutionName(VerifiedCreate::Resolution r)
{
    return QString::fromLatin1(QMetaEnum::fromType<VerifiedCreate::Resolution>().valueToKey(int(r)));
}
} // namespace

class TestFaultSoak : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void unknownOutcomeClassification();
    void listTenThousandUsersCloudIdentity();
    void listTenThousandUsersCloudSso();
    void createHundredGroupsCloudIdentity();
    void createHundredGroupsCloudSso();

private:
    void createHundredGroups(DirectoryBackend *backend, Service service, const QJsonObject &scope);

    std::unique_ptr<EmulatorFixture> m_emu;
    std::unique_ptr<Session> m_ci;
    std::unique_ptr<Session> m_sso;
    QString m_directory;
};

void TestFaultSoak::initTestCase()
{
    QStringList args{QStringLiteral("--dataset"), QStringLiteral("large"), QStringLiteral("--users"),
                     QString::number(kUsers), QStringLiteral("--seed"), QStringLiteral("8")};
    m_emu = std::make_unique<EmulatorFixture>(args + kFaults);
    QString error;
    QVERIFY2(m_emu->start(&error), qPrintable(error));
    const Credentials creds{m_emu->accessKey(), m_emu->secret(), QString()};

    Profile ci;
    ci.name = QStringLiteral("soak-ci");
    ci.provider = Profile::Provider::Volcengine;
    ci.accessKeyId = m_emu->accessKey();
    ci.endpoints.insert(QStringLiteral("cloudidentity"), m_emu->endpoint().toString());
    ci.endpoints.insert(QStringLiteral("id"), m_emu->endpoint().toString());
    m_ci = std::make_unique<Session>(ci, creds);

    Profile sso;
    sso.name = QStringLiteral("soak-sso");
    sso.provider = Profile::Provider::Aliyun;
    sso.accessKeyId = m_emu->accessKey();
    sso.endpoints.insert(QStringLiteral("cloudsso"), m_emu->endpoint().toString());
    m_sso = std::make_unique<Session>(sso, creds);

    const ApiResult dirs = waitCall(m_sso->client()->listAll(Service::CloudSso, QStringLiteral("ListDirectories")));
    QVERIFY2(dirs.ok, qPrintable(dirs.error.toString()));
    QVERIFY(!dirs.items.isEmpty());
    m_directory = dirs.items.first().toObject().value(QStringLiteral("DirectoryId")).toString();
    QVERIFY(!m_directory.isEmpty());
    m_sso->setDirectoryId(m_directory);
}

void TestFaultSoak::cleanupTestCase()
{
    m_ci.reset();
    m_sso.reset();
    m_emu.reset();
}

void TestFaultSoak::unknownOutcomeClassification()
{
    ApiError reset = ApiError::make(ApiError::Kind::Network, QStringLiteral("RemoteHostClosed"), QStringLiteral("x"));
    reset.ambiguous = true;
    QVERIFY(VerifiedCreate::isUnknownOutcome(reset));
    ApiError refused = ApiError::make(ApiError::Kind::Network, QStringLiteral("ConnectionRefused"), QStringLiteral("x"));
    QVERIFY(!VerifiedCreate::isUnknownOutcome(refused));
    QVERIFY(VerifiedCreate::isProvablyNotActed(refused));
    ApiError internal = ApiError::make(ApiError::Kind::Api, QStringLiteral("InternalError"), QStringLiteral("x"));
    internal.httpStatus = 500;
    QVERIFY(VerifiedCreate::isUnknownOutcome(internal));
    ApiError unavailable = ApiError::make(ApiError::Kind::Api, QStringLiteral("ServiceUnavailable"), QStringLiteral("x"));
    unavailable.httpStatus = 503;
    QVERIFY(!VerifiedCreate::isUnknownOutcome(unavailable));
    QVERIFY(VerifiedCreate::isProvablyNotActed(unavailable));
    ApiError timeout = ApiError::make(ApiError::Kind::Timeout, QStringLiteral("Timeout"), QStringLiteral("x"));
    QVERIFY(VerifiedCreate::isUnknownOutcome(timeout));
    ApiError conflict = ApiError::make(ApiError::Kind::Api, QStringLiteral("GroupAlreadyExists"), QStringLiteral("x"));
    conflict.httpStatus = 409;
    QVERIFY(!VerifiedCreate::isUnknownOutcome(conflict));
    QVERIFY(VerifiedCreate::isAlreadyExists(conflict));
    ApiError cancelled = ApiError::make(ApiError::Kind::Cancelled, QStringLiteral("Cancelled"), QStringLiteral("x"));
    cancelled.ambiguous = true;
    QVERIFY(!VerifiedCreate::isUnknownOutcome(cancelled)); // the person chose to stop: not re-checked silently
}

void TestFaultSoak::listTenThousandUsersCloudIdentity()
{
    QElapsedTimer t;
    t.start();
    const ApiResult r = waitCall(m_ci->client()->listAll(Service::CloudIdentity, QStringLiteral("ListUsers")));
    QVERIFY2(r.ok, qPrintable(r.error.toString()));
    QSet<QString> ids;
    for (const QJsonValue &v : r.items)
        ids.insert(v.toObject().value(QStringLiteral("UserId")).toString());
    ids.remove(QString());
    qInfo("Cloud Identity under faults: %lld items, %lld unique users, %d HTTP attempts, %lld ms",
          qint64(r.items.size()), qint64(ids.size()), r.attempts, t.elapsed());
    QCOMPARE(r.items.size(), kUsers);
    QCOMPARE(ids.size(), kUsers);
    QVERIFY2(r.attempts > kUsers / 100, "no page was retried: were the faults injected?");
}

void TestFaultSoak::listTenThousandUsersCloudSso()
{
    QElapsedTimer t;
    t.start();
    const ApiResult r = waitCall(m_sso->client()->listAll(Service::CloudSso, QStringLiteral("ListUsers"),
                                                          {{QStringLiteral("DirectoryId"), m_directory}}));
    QVERIFY2(r.ok, qPrintable(r.error.toString()));
    QSet<QString> ids;
    for (const QJsonValue &v : r.items)
        ids.insert(v.toObject().value(QStringLiteral("UserId")).toString());
    ids.remove(QString());
    qInfo("CloudSSO under faults: %lld items, %lld unique users, %d HTTP attempts, %lld ms",
          qint64(r.items.size()), qint64(ids.size()), r.attempts, t.elapsed());
    QCOMPARE(r.items.size(), kUsers);
    QCOMPARE(ids.size(), kUsers);
    QVERIFY2(r.attempts > kUsers / 100, "no page was retried: were the faults injected?");
}

void TestFaultSoak::createHundredGroups(DirectoryBackend *backend, Service service, const QJsonObject &scope)
{
    const QString prefix = QStringLiteral("soak-%1-%2-").arg(backend->serviceName()).arg(QDateTime::currentMSecsSinceEpoch() % 1000000);
    QHash<QString, VerifiedCreate::Outcome> outcomes;
    int reportedUnknown = 0;
    QElapsedTimer t;
    t.start();
    for (int i = 0; i < kGroups; ++i) {
        GroupDraft d;
        d.name = prefix + QString::number(i).rightJustified(3, QLatin1Char('0'));
        d.description = QStringLiteral("fault soak");
        auto *v = VerifiedCreate::createGroup(backend, d, this, [&outcomes](const VerifiedCreate::Outcome &o) {
            outcomes.insert(o.name, o);
        });
        connect(v, &VerifiedCreate::unknownOutcome, this, [&reportedUnknown](const ApiError &) { ++reportedUnknown; });
    }
    QVERIFY(QTest::qWaitFor([&] { return outcomes.size() == kGroups; }, 540000));

    QHash<QString, int> byResolution;
    int unknown = 0;
    for (const VerifiedCreate::Outcome &o : std::as_const(outcomes)) {
        byResolution[resolutionName(o.resolution)]++;
        unknown += int(o.unknownOutcomes.size());
        QVERIFY2(o.ok(), qPrintable(o.name + QLatin1String(": ") + o.report() + QLatin1String(" / ") + o.write.error.toString()));
        QVERIFY2(!o.unresolved, qPrintable(o.report()));
        if (!o.unknownOutcomes.isEmpty()) {
            // Reported, then resolved by checking: never a blind "created".
            QVERIFY(o.resolution == VerifiedCreate::Resolution::Verified
                    || o.resolution == VerifiedCreate::Resolution::Recreated);
            QVERIFY(o.lookups >= 1);
            qInfo("  %s", qPrintable(o.report()));
        } else {
            QCOMPARE(o.resolution, VerifiedCreate::Resolution::Created);
        }
    }
    qInfo("%s: %d groups in %lld ms; unknown outcomes %d (all checked): created %d, verified %d, re-created %d",
          qPrintable(backend->serviceName()), kGroups, t.elapsed(), unknown, byResolution.value(QStringLiteral("Created")),
          byResolution.value(QStringLiteral("Verified")), byResolution.value(QStringLiteral("Recreated")));
    QCOMPARE(reportedUnknown, unknown);
    QVERIFY2(unknown > 0, "no create had an unknown outcome: were the faults injected?");

    // What the service holds now: every group, listed under the same faults.
    const ApiResult all = waitCall(backend->session()->client()->listAll(service, QStringLiteral("ListGroups"), scope));
    QVERIFY2(all.ok, qPrintable(all.error.toString()));
    QHash<QString, int> count;
    for (const QJsonValue &v : all.items) {
        const QString name = v.toObject().value(QStringLiteral("GroupName")).toString();
        if (name.startsWith(prefix))
            count[name]++;
    }
    QCOMPARE(count.size(), kGroups);                       // none missing
    for (auto it = count.cbegin(); it != count.cend(); ++it)
        QVERIFY2(it.value() == 1, qPrintable(QStringLiteral("duplicate group %1 (x%2)").arg(it.key()).arg(it.value())));
    for (int i = 0; i < kGroups; ++i)
        QVERIFY(count.contains(prefix + QString::number(i).rightJustified(3, QLatin1Char('0'))));
}

void TestFaultSoak::createHundredGroupsCloudIdentity()
{
    std::unique_ptr<DirectoryBackend> backend(DirectoryBackend::create(m_ci.get()));
    QVERIFY(qobject_cast<CloudIdentityBackend *>(backend.get()));
    createHundredGroups(backend.get(), Service::CloudIdentity, {});
}

void TestFaultSoak::createHundredGroupsCloudSso()
{
    std::unique_ptr<DirectoryBackend> backend(DirectoryBackend::create(m_sso.get()));
    QVERIFY(qobject_cast<CloudSsoBackend *>(backend.get()));
    createHundredGroups(backend.get(), Service::CloudSso, {{QStringLiteral("DirectoryId"), m_directory}});
}

QTEST_GUILESS_MAIN(TestFaultSoak)
#include "tst_faultsoak.moc"
