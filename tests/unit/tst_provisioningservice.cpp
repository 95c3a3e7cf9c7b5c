// SPDX-License-Identifier: GPL-3.0-or-later
// ProvisioningService without a network: the documented parameters of Cloud Identity CreateUserProvisioning
// (volcengine-cloudidentity.md §3) and CloudSSO Create/UpdateUserProvisioning (aliyun-cloudsso.md §6), the
// validation the forms show (one problem per field, clear messages), the two spellings of "take over", and the
// refusals that send nothing (empty update, no directory, no client).
#include "cloud/ProvisioningService.h"

#include <QSignalSpy>
#include <QtTest>

namespace {
UserProvisioningDraft ciDraft()
{
    UserProvisioningDraft d;
    d.principalType = QStringLiteral("User");
    d.principalId = QStringLiteral(" 13947648 ");
    d.targetId = QStringLiteral("2100247160");
    d.identitySourceStrategy = QStringLiteral("Create");
    d.duplicationStrategy = QStringLiteral("KeepBoth");
    d.duplicationSuffix = QStringLiteral("-sso");
    d.deletionStrategy = QStringLiteral("Keep");
    return d;
}
UserProvisioningDraft ssoDraft()
{
    UserProvisioningDraft d;
    d.principalType = QStringLiteral("Group");
    d.principalId = QStringLiteral("g-00jqzghi2n3o5hkh");
    d.targetId = QStringLiteral("1234567890120001");
    d.duplicationStrategy = QStringLiteral("TakeOver");
    d.deletionStrategy = QStringLiteral("Delete");
    return d;
}
QStringList fields(const QList<ProvisioningService::FieldProblem> &problems)
{
    QStringList out;
    for (const auto &p : problems) {
        out << p.field;
        if (p.message.isEmpty())
            out << QStringLiteral("<empty message>");
    }
    return out;
}
} // namespace

class TestProvisioningService : public QObject
{
    Q_OBJECT
private slots:
    void cloudIdentityCreateParams()
    {
        const QJsonObject p = ProvisioningService::cloudIdentityCreateParams(ciDraft());
        QCOMPARE(p.value("PrincipalType").toString(), QStringLiteral("User"));
        QCOMPARE(p.value("PrincipalId").toString(), QStringLiteral("13947648"));   // trimmed
        QCOMPARE(p.value("TargetId").toString(), QStringLiteral("2100247160"));
        QCOMPARE(p.value("IdentitySourceStrategy").toString(), QStringLiteral("Create"));
        QCOMPARE(p.value("DuplicationStrategy").toString(), QStringLiteral("KeepBoth"));
        QCOMPARE(p.value("DuplicationSuffix").toString(), QStringLiteral("-sso"));
        QCOMPARE(p.value("DeletionStrategy").toString(), QStringLiteral("Keep"));
        QVERIFY(!p.contains("Description"));   // optional and empty: left out
        QVERIFY(!p.contains("TargetType"));    // CloudSSO only
        QVERIFY(!p.contains("DirectoryId"));
        UserProvisioningDraft d = ciDraft();
        d.duplicationStrategy = QStringLiteral("Takeover");
        d.duplicationSuffix.clear();
        d.description = QStringLiteral("sales team");
        const QJsonObject q = ProvisioningService::cloudIdentityCreateParams(d);
        QVERIFY(!q.contains("DuplicationSuffix"));
        QCOMPARE(q.value("Description").toString(), QStringLiteral("sales team"));
        QCOMPARE(q.value("DuplicationStrategy").toString(), QStringLiteral("Takeover"));
    }

    void cloudIdentityValidation()
    {
        QVERIFY(ProvisioningService::validateCloudIdentityDraft(ciDraft()).isEmpty());
        UserProvisioningDraft d = ciDraft();
        d.duplicationSuffix.clear();   // [doc] must be set with KeepBoth
        QCOMPARE(fields(ProvisioningService::validateCloudIdentityDraft(d)), QStringList{"DuplicationSuffix"});
        d = ciDraft();
        d.duplicationStrategy = QStringLiteral("TakeOver");   // CloudSSO's spelling
        QCOMPARE(fields(ProvisioningService::validateCloudIdentityDraft(d)), QStringList{"DuplicationStrategy"});
        QVERIFY(ProvisioningService::validateCloudIdentityDraft(d).first().message.contains("Takeover"));
        d = ciDraft();
        d.principalId = QStringLiteral("  ");
        d.targetId = QStringLiteral("21002x");
        d.identitySourceStrategy = QStringLiteral("Sometimes");
        d.deletionStrategy.clear();
        d.principalType = QStringLiteral("Role");
        const QStringList f = fields(ProvisioningService::validateCloudIdentityDraft(d));
        for (const char *field : {"PrincipalType", "PrincipalId", "TargetId", "DeletionStrategy", "IdentitySourceStrategy"})
            QVERIFY2(f.contains(QLatin1String(field)), field);
        QCOMPARE(f.size(), 5);
    }

    void cloudSsoCreateParams()
    {
        const QJsonObject p = ProvisioningService::cloudSsoCreateParams(QStringLiteral("d-00fc2p61"), ssoDraft());
        QCOMPARE(p.value("DirectoryId").toString(), QStringLiteral("d-00fc2p61"));
        QCOMPARE(p.value("PrincipalType").toString(), QStringLiteral("Group"));
        QCOMPARE(p.value("PrincipalId").toString(), QStringLiteral("g-00jqzghi2n3o5hkh"));
        QCOMPARE(p.value("TargetType").toString(), QStringLiteral("RD-Account"));
        QCOMPARE(p.value("TargetId").toString(), QStringLiteral("1234567890120001"));
        QCOMPARE(p.value("DeletionStrategy").toString(), QStringLiteral("Delete"));
        QCOMPARE(p.value("DuplicationStrategy").toString(), QStringLiteral("TakeOver"));
        QVERIFY(!p.contains("IdentitySourceStrategy"));   // Cloud Identity only
        QVERIFY(!p.contains("DuplicationSuffix"));
        QVERIFY(!p.contains("Description"));
    }

    void cloudSsoValidation()
    {
        QVERIFY(ProvisioningService::validateCloudSsoDraft(ssoDraft()).isEmpty());
        UserProvisioningDraft d = ssoDraft();
        d.duplicationStrategy = QStringLiteral("Takeover");   // Cloud Identity's spelling
        QCOMPARE(fields(ProvisioningService::validateCloudSsoDraft(d)), QStringList{"DuplicationStrategy"});
        d = ssoDraft();
        d.targetType = QStringLiteral("Account");
        QCOMPARE(fields(ProvisioningService::validateCloudSsoDraft(d)), QStringList{"TargetType"});
        d = ssoDraft();
        d.description = QString(1025, QLatin1Char('x'));
        QCOMPARE(fields(ProvisioningService::validateCloudSsoDraft(d)), QStringList{"Description"});
        d.description = QString(1024, QLatin1Char('x'));
        QVERIFY(ProvisioningService::validateCloudSsoDraft(d).isEmpty());
    }

    void cloudSsoUpdateSendsOnlyWhatChanged()
    {
        SsoProvisioningChanges c;
        QVERIFY(c.isEmpty());
        c.duplicationStrategy = QStringLiteral("KeepBoth");
        QJsonObject p = ProvisioningService::cloudSsoUpdateParams(QStringLiteral("d-1"), QStringLiteral("up-1"), c);
        QCOMPARE(p.value("DirectoryId").toString(), QStringLiteral("d-1"));
        QCOMPARE(p.value("UserProvisioningId").toString(), QStringLiteral("up-1"));
        QCOMPARE(p.value("NewDuplicationStrategy").toString(), QStringLiteral("KeepBoth"));
        QVERIFY(!p.contains("NewDeletionStrategy"));
        QVERIFY(!p.contains("NewDescription"));
        QCOMPARE(p.size(), 3);
        c.description = QString();   // cleared on purpose: sent empty
        c.deletionStrategy = QStringLiteral("Keep");
        p = ProvisioningService::cloudSsoUpdateParams(QStringLiteral("d-1"), QStringLiteral("up-1"), c);
        QVERIFY(p.contains("NewDescription"));
        QCOMPARE(p.value("NewDescription").toString(), QString());
        QCOMPARE(p.value("NewDeletionStrategy").toString(), QStringLiteral("Keep"));
        SsoProvisioningChanges bad;
        bad.deletionStrategy = QStringLiteral("Remove");
        bad.duplicationStrategy = QStringLiteral("Takeover");
        QCOMPARE(fields(ProvisioningService::validateCloudSsoChanges(bad)),
                 (QStringList{"NewDeletionStrategy", "NewDuplicationStrategy"}));
    }

    void refusalsSendNothing()
    {
        ProvisioningService service(nullptr);
        ApiResult got;
        int calls = 0;
        auto cb = [&](const UserProvisioningRecord &, const ApiResult &r) {
            got = r;
            ++calls;
        };
        // Nothing changed: refused, with a clear message.
        QVERIFY(!service.updateCloudSsoProvisioning(QStringLiteral("d-1"), QStringLiteral("up-1"), {}, this, cb));
        QTRY_COMPARE(calls, 1);
        QVERIFY(!got.ok);
        QCOMPARE(got.error.kind, ApiError::Kind::InvalidInput);
        QVERIFY2(got.error.message.contains(QLatin1String("Nothing was changed")), qPrintable(got.error.message));
        // No directory.
        QVERIFY(!service.createCloudSsoProvisioning(QString(), ssoDraft(), this, cb));
        QTRY_COMPARE(calls, 2);
        QCOMPARE(got.error.code, QStringLiteral("InvalidParameter.DirectoryId"));
        // An invalid draft: the code names the first field.
        UserProvisioningDraft d = ciDraft();
        d.duplicationSuffix.clear();
        QVERIFY(!service.createCloudIdentityProvisioning(d, this, cb));
        QTRY_COMPARE(calls, 3);
        QVERIFY(got.error.message.contains(QLatin1String("suffix")));
        // No client: refused, not crashed.
        QVERIFY(!service.createCloudIdentityProvisioning(ciDraft(), this, cb));
        QTRY_COMPARE(calls, 4);
        QVERIFY(got.error.message.contains(QLatin1String("Not connected")));
    }
};

QTEST_GUILESS_MAIN(TestProvisioningService)
#include "tst_provisioningservice.moc"
