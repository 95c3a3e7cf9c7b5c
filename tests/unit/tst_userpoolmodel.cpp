// SPDX-License-Identifier: GPL-3.0-or-later
// UserPool parsing, UserPoolModel (checked by QAbstractItemModelTester), UserPoolFilterProxy and the request
// bodies / validation of UserPoolService.
#include "cloud/UserPool.h"
#include "models/UserPoolFilterProxy.h"
#include "models/UserPoolModel.h"
#include "models/CsvWriter.h"
#include "cloud/UserPoolService.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>

namespace {
QJsonObject listItem(const QString &uid, const QString &name, int users = 0, const QString &created = {})
{
    return QJsonObject{
        {QStringLiteral("Uid"), uid},
        {QStringLiteral("Name"), name},
        {QStringLiteral("Description"), QStringLiteral("about ") + name},
        {QStringLiteral("Domain"), uid + QStringLiteral(".userpool.example")},
        {QStringLiteral("ProjectName"), QStringLiteral("default")},
        {QStringLiteral("TotalUsers"), users},
        {QStringLiteral("TotalClients"), 2},
        {QStringLiteral("TotalConnections"), 1},
        {QStringLiteral("CreateTime"), created.isEmpty() ? QStringLiteral("2025-09-15T07:59:24Z") : created},
        {QStringLiteral("UpdateTime"), QStringLiteral("2025-10-01T00:00:00Z")},
    };
}

UserPool item(const QString &uid, const QString &name, int users = 0, const QString &created = {})
{
    return UserPool::fromJson(listItem(uid, name, users, created), false);
}

UserPool full(const QString &uid, const QString &name, bool enabled)
{
    QJsonObject o = listItem(uid, name, 5);
    o.insert(QStringLiteral("Enabled"), enabled);
    o.insert(QStringLiteral("IssuerUrl"), QStringLiteral("https://%1.userpool.example/oidc").arg(uid));
    o.insert(QStringLiteral("PasswordSignInEnabled"), true);
    o.insert(QStringLiteral("SelfSignUpEnabled"), false);
    return UserPool::fromJson(o, true);
}
}

class TestUserPoolModel : public QObject
{
    Q_OBJECT

private slots:
    void parsesFullObject();
    void parsesCustomAttributesLeniently_data();
    void parsesCustomAttributesLeniently();
    void mergeKeepsDetailFields();
    void modelTesterOnEveryOperation();
    void enabledCellStates();
    void mauDisplayAndMissingPools();
    void proxyFiltersAndSortsOnRawValues();
    void retranslateEmitsHeaderChange();
    void filterProxyConfigurationAndExportRole();
    void requestBodies();
    void validation_data();
    void validation();
    void creationOnlyFields();
    void monthFormat_data();
    void monthFormat();
};

void TestUserPoolModel::parsesFullObject()
{
    const QByteArray json = R"({
      "Uid":"a95b65a4-5396-417a-a40f-79b266db0108","Trn":"trn:id::123:userpool/a95b","Name":"客户门户",
      "Description":"d","ProjectName":"default","Tags":[{"Key":"env","Value":"prod"}],"Enabled":false,
      "Domain":"a95b.userpool.auth.id.cn-beijing.volces.com","CustomDomain":"login.example.com",
      "IssuerUrl":"https://a95b/oidc","DiscoveryUrl":"https://a95b/.well-known/openid-configuration",
      "TokenUrl":"https://a95b/oauth2/token","TokenSigningKeyUrl":"https://a95b/jwks",
      "OidcLoginCallbackUrl":"https://a95b/cb/oidc","SamlSignUpCallbackUrl":"https://a95b/cb/saml-up",
      "TotalUsers":42,"TotalClients":3,"TotalConnections":1,"Brand":{"Name":"ACME","LogoUri":"https://logo"},
      "SignInAttributes":["preferred_username","email"],"RequiredSignUpAttributes":["email"],
      "AuthenticationMethodOrder":["password","sms"],"SelfAccountRecoveryVerificationAttributes":["email"],
      "PasswordSignInEnabled":true,"SelfSignUpEnabled":false,"SmsAnonymousSignUpEnabled":true,
      "CustomAttributes":[{"Uid":"ca1","Name":"dept","DataType":"String","Mutability":"Mutable","Minimum":1,"Maximum":64}],
      "CreateTime":"2025-09-15T07:59:24Z","UpdateTime":"2025-09-16T08:00:00Z","FutureField":"x"})";
    const UserPool p = UserPool::fromJson(QJsonDocument::fromJson(json).object(), true);
    QCOMPARE(p.uid, QStringLiteral("a95b65a4-5396-417a-a40f-79b266db0108"));
    QCOMPARE(p.name, QStringLiteral("客户门户"));
    QVERIFY(p.enabled.has_value());
    QCOMPARE(*p.enabled, false);
    QCOMPARE(p.tags.size(), 1);
    QCOMPARE(p.tags.first().first, QStringLiteral("env"));
    QCOMPARE(p.totalUsers, 42);
    QCOMPARE(p.brandName, QStringLiteral("ACME"));
    QCOMPARE(p.signInAttributes, QStringList({QStringLiteral("preferred_username"), QStringLiteral("email")}));
    QCOMPARE(p.passwordSignInEnabled, std::optional<bool>(true));
    QCOMPARE(p.selfSignUpEnabled, std::optional<bool>(false));
    QCOMPARE(p.smsAnonymousSignUpEnabled, std::optional<bool>(true));
    QVERIFY(!p.emailAnonymousSignUpEnabled.has_value());
    QCOMPARE(p.switchValue(QStringLiteral("SmsAnonymousSignUpEnabled")), std::optional<bool>(true));
    QCOMPARE(p.customAttributes.size(), 1);
    QCOMPARE(p.customAttributes.first().maximum, std::optional<int>(64));
    QCOMPARE(p.created(), QDateTime(QDate(2025, 9, 15), QTime(7, 59, 24), Qt::UTC));
    QCOMPARE(p.raw.value(QStringLiteral("FutureField")).toString(), QStringLiteral("x"));
    QCOMPARE(UserPool::switchFields().size(), 9);
}

void TestUserPoolModel::parsesCustomAttributesLeniently_data()
{
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<int>("count");
    QTest::addColumn<QString>("text");
    QTest::newRow("array") << QJsonValue(QJsonArray{QJsonObject{{QStringLiteral("Name"), QStringLiteral("a")}}}) << 1
                           << QString();
    QTest::newRow("string holding an array")
        << QJsonValue(QStringLiteral(R"([{"Name":"a"},{"Name":"b"}])")) << 2 << QString();
    QTest::newRow("plain string") << QJsonValue(QStringLiteral("none")) << 0 << QStringLiteral("none");
    QTest::newRow("null") << QJsonValue(QJsonValue::Null) << 0 << QString();
}

void TestUserPoolModel::parsesCustomAttributesLeniently()
{
    QFETCH(QJsonValue, value);
    QFETCH(int, count);
    QFETCH(QString, text);
    QJsonObject o = listItem(QStringLiteral("u1"), QStringLiteral("n"));
    o.insert(QStringLiteral("CustomAttributes"), value);
    o.insert(QStringLiteral("Enabled"), QStringLiteral("true"));   // stringified booleans are accepted too
    const UserPool p = UserPool::fromJson(o, true);
    QCOMPARE(p.customAttributes.size(), count);
    QCOMPARE(p.customAttributesText, text);
    QCOMPARE(p.enabled, std::optional<bool>(true));
}

void TestUserPoolModel::mergeKeepsDetailFields()
{
    UserPool p = full(QStringLiteral("u1"), QStringLiteral("Old"), false);
    UserPool newer = item(QStringLiteral("u1"), QStringLiteral("New name"), 99);
    p.mergeListItem(newer);
    QCOMPARE(p.name, QStringLiteral("New name"));
    QCOMPARE(p.totalUsers, 99);
    QCOMPARE(p.enabled, std::optional<bool>(false));   // list items have no Enabled: kept
    QVERIFY(p.complete);
    QVERIFY(!p.issuerUrl.isEmpty());

    UserPool partial = item(QStringLiteral("u2"), QStringLiteral("A"));
    partial.enabled = true;
    partial.mergeListItem(item(QStringLiteral("u2"), QStringLiteral("B")));
    QCOMPARE(partial.name, QStringLiteral("B"));
    QCOMPARE(partial.enabled, std::optional<bool>(true));
}

void TestUserPoolModel::modelTesterOnEveryOperation()
{
    UserPoolModel model;
    UserPoolFilterProxy proxy;
    proxy.setSourceModel(&model);
    proxy.sort(UserPoolModel::Name);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);

    model.upsertListItems({item(QStringLiteral("u1"), QStringLiteral("Beta")), item(QStringLiteral("u2"), QStringLiteral("Alpha"))});
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.columnCount(), int(UserPoolModel::ColumnCount));
    // A second page with a duplicate and a new pool.
    model.upsertListItems({item(QStringLiteral("u2"), QStringLiteral("Alpha 2")), item(QStringLiteral("u3"), QStringLiteral("Gamma"))});
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.pool(model.rowOfUid(QStringLiteral("u2"))).name, QStringLiteral("Alpha 2"));
    QCOMPARE(proxy.index(0, UserPoolModel::Name).data().toString(), QStringLiteral("Alpha 2"));

    QCOMPARE(model.upsertPool(full(QStringLiteral("u1"), QStringLiteral("Beta"), true)), 0);
    QCOMPARE(model.upsertPool(full(QStringLiteral("u4"), QStringLiteral("Delta"), false)), 3);
    QCOMPARE(model.rowCount(), 4);
    model.setMaus({{QStringLiteral("u1"), 10.4}, {QStringLiteral("u3"), 3}}, QStringLiteral("2025-11"));
    model.setDetailError(QStringLiteral("u3"), QStringLiteral("boom"));

    // Rows u2 and u3 vanish from the server's list (non-contiguous removal).
    model.retainOnly({QStringLiteral("u1"), QStringLiteral("u4")});
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.uids(), QStringList({QStringLiteral("u1"), QStringLiteral("u4")}));
    QCOMPARE(model.rowOfUid(QStringLiteral("u4")), 1);
    QCOMPARE(model.rowOfUid(QStringLiteral("u3")), -1);

    QVERIFY(model.removePool(QStringLiteral("u1")));
    QVERIFY(!model.removePool(QStringLiteral("u1")));
    QCOMPARE(model.rowOfUid(QStringLiteral("u4")), 0);
    model.clearMaus();
    model.clear();
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(proxy.rowCount(), 0);
    QVERIFY(model.upsertPool(UserPool()) < 0);   // no uid: refused
    QCOMPARE(model.rowCount(), 0);
}

void TestUserPoolModel::enabledCellStates()
{
    UserPoolModel model;
    model.upsertListItems({item(QStringLiteral("u1"), QStringLiteral("A")), item(QStringLiteral("u2"), QStringLiteral("B"))});
    const QModelIndex e1 = model.index(0, UserPoolModel::Enabled);
    QCOMPARE(e1.data(UserPoolModel::EnabledStateRole).toInt(), -1);
    QCOMPARE(e1.data().toString(), QStringLiteral("…"));
    QCOMPARE(model.uidsWithoutDetail(), QStringList({QStringLiteral("u1"), QStringLiteral("u2")}));

    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.upsertPool(full(QStringLiteral("u1"), QStringLiteral("A"), false));
    QVERIFY(!changed.isEmpty());
    QCOMPARE(e1.data().toString(), QStringLiteral("Disabled"));
    QCOMPARE(e1.data(UserPoolModel::RawValueRole).toInt(), 0);
    model.upsertPool(full(QStringLiteral("u1"), QStringLiteral("A"), true));
    QCOMPARE(e1.data().toString(), QStringLiteral("Enabled"));

    model.setDetailError(QStringLiteral("u2"), QStringLiteral("Throttling"));
    const QModelIndex e2 = model.index(1, UserPoolModel::Enabled);
    QCOMPARE(e2.data().toString(), QStringLiteral("Unknown"));
    QVERIFY(e2.data(Qt::ToolTipRole).toString().contains(QStringLiteral("Throttling")));
    QCOMPARE(model.uidsWithoutDetail(), QStringList({QStringLiteral("u2")}));

    // A later full object without Enabled keeps what was known.
    UserPool noEnabled = full(QStringLiteral("u1"), QStringLiteral("A2"), true);
    noEnabled.enabled.reset();
    model.upsertPool(noEnabled);
    QCOMPARE(model.pool(0).enabled, std::optional<bool>(true));
    QCOMPARE(model.index(0, UserPoolModel::Name).data().toString(), QStringLiteral("A2"));
    QCOMPARE(model.index(0, UserPoolModel::Uid).data(UserPoolModel::UidRole).toString(), QStringLiteral("u1"));
}

void TestUserPoolModel::mauDisplayAndMissingPools()
{
    UserPoolModel model;
    model.upsertListItems({item(QStringLiteral("u1"), QStringLiteral("A")), item(QStringLiteral("u2"), QStringLiteral("B")),
                           item(QStringLiteral("u3"), QStringLiteral("C"))});
    QCOMPARE(model.index(0, UserPoolModel::Mau).data().toString(), QStringLiteral("—"));
    QVERIFY(!model.index(0, UserPoolModel::Mau).data(UserPoolModel::RawValueRole).isValid());

    // The answer lists u1 (float) only; u2 was asked for and is missing -> 0; u3 was not asked for.
    const QJsonObject result{{QStringLiteral("Month"), QStringLiteral("2025-12")},
                             {QStringLiteral("UserPoolMaus"),
                              QJsonArray{QJsonObject{{QStringLiteral("UserPoolUid"), QStringLiteral("u1")},
                                                     {QStringLiteral("Mau"), 51555.6}}}}};
    const QHash<QString, double> maus =
        UserPoolService::parseMaus(result, {QStringLiteral("u1"), QStringLiteral("u2")});
    QCOMPARE(maus.value(QStringLiteral("u1")), 51555.6);
    QVERIFY(maus.contains(QStringLiteral("u2")));
    QCOMPARE(maus.value(QStringLiteral("u2")), 0.0);
    QSignalSpy header(&model, &QAbstractItemModel::headerDataChanged);
    model.setMaus(maus, QStringLiteral("2025-12"));
    QCOMPARE(header.count(), 1);
    QCOMPARE(model.mauMonth(), QStringLiteral("2025-12"));
    QCOMPARE(model.index(0, UserPoolModel::Mau).data(UserPoolModel::RawValueRole).toDouble(), 51555.6);
    QCOMPARE(model.index(0, UserPoolModel::Mau).data().toString(), QLocale().toString(51556));
    QCOMPARE(model.index(1, UserPoolModel::Mau).data().toString(), QStringLiteral("0"));
    QCOMPARE(model.index(2, UserPoolModel::Mau).data().toString(), QStringLiteral("—"));
    QVERIFY(model.headerData(UserPoolModel::Mau, Qt::Horizontal, Qt::ToolTipRole).toString().contains(QStringLiteral("2025-12")));
    QCOMPARE(int(model.index(0, UserPoolModel::Mau).data(Qt::TextAlignmentRole).toInt() & Qt::AlignRight), int(Qt::AlignRight));
}

void TestUserPoolModel::proxyFiltersAndSortsOnRawValues()
{
    UserPoolModel model;
    UserPoolFilterProxy proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.upsertListItems({item(QStringLiteral("u1"), QStringLiteral("Nine"), 9, QStringLiteral("2025-03-01T00:00:00Z")),
                           item(QStringLiteral("u2"), QStringLiteral("Ten"), 10, QStringLiteral("2024-12-31T23:00:00Z")),
                           item(QStringLiteral("u3"), QStringLiteral("客户门户"), 100, QStringLiteral("2025-01-01T00:00:00Z"))});

    // Numbers sort numerically (a string sort would put "10" and "100" before "9").
    proxy.sort(UserPoolModel::Users, Qt::AscendingOrder);
    QCOMPARE(proxy.index(0, UserPoolModel::Name).data().toString(), QStringLiteral("Nine"));
    QCOMPARE(proxy.index(1, UserPoolModel::Name).data().toString(), QStringLiteral("Ten"));
    QCOMPARE(proxy.index(2, UserPoolModel::Name).data().toString(), QStringLiteral("客户门户"));
    // Dates sort chronologically.
    proxy.sort(UserPoolModel::Created, Qt::DescendingOrder);
    QCOMPARE(proxy.index(0, UserPoolModel::Uid).data().toString(), QStringLiteral("u1"));
    QCOMPARE(proxy.index(2, UserPoolModel::Uid).data().toString(), QStringLiteral("u2"));
    // Unknown Enabled sorts before known values.
    model.upsertPool(full(QStringLiteral("u2"), QStringLiteral("Ten"), true));
    model.upsertPool(full(QStringLiteral("u3"), QStringLiteral("客户门户"), false));
    proxy.sort(UserPoolModel::Enabled, Qt::AscendingOrder);
    QCOMPARE(proxy.index(0, UserPoolModel::Uid).data().toString(), QStringLiteral("u1"));
    QCOMPARE(proxy.index(1, UserPoolModel::Uid).data().toString(), QStringLiteral("u3"));
    QCOMPARE(proxy.index(2, UserPoolModel::Uid).data().toString(), QStringLiteral("u2"));

    // Quick filter: case-insensitive, on name, uid, domain, project and description.
    proxy.setFilterText(QStringLiteral("  nInE "));
    QCOMPARE(proxy.rowCount(), 1);
    proxy.setFilterText(QStringLiteral("U2.USERPOOL"));
    QCOMPARE(proxy.rowCount(), 1);
    QCOMPARE(proxy.index(0, UserPoolModel::Uid).data().toString(), QStringLiteral("u2"));
    proxy.setFilterText(QStringLiteral("门户"));
    QCOMPARE(proxy.rowCount(), 1);
    proxy.setFilterText(QStringLiteral("about"));
    QCOMPARE(proxy.rowCount(), 3);
    proxy.setFilterText(QStringLiteral("nothing like this"));
    QCOMPARE(proxy.rowCount(), 0);
    proxy.setFilterText(QString());
    proxy.setEnabledFilter(UserPoolFilterProxy::EnabledFilter::DisabledOnly);
    QCOMPARE(proxy.rowCount(), 1);
    QCOMPARE(proxy.index(0, UserPoolModel::Uid).data().toString(), QStringLiteral("u3"));
    proxy.setEnabledFilter(UserPoolFilterProxy::EnabledFilter::EnabledOnly);
    QCOMPARE(proxy.rowCount(), 1);
    QCOMPARE(proxy.index(0, UserPoolModel::Uid).data().toString(), QStringLiteral("u2"));
    // The filter follows data changes (dynamic filter).
    model.upsertPool(full(QStringLiteral("u1"), QStringLiteral("Nine"), true));
    QCOMPARE(proxy.rowCount(), 2);
    proxy.setEnabledFilter(UserPoolFilterProxy::EnabledFilter::All);
    QCOMPARE(proxy.rowCount(), 3);
}

// UserPoolFilterProxy is a RecordFilterProxy configuration: the Enabled filter is an exact filter on the Enabled
// column (unknown pools match neither state); MAU sorts unknown first; the export role carries data, not display.
void TestUserPoolModel::filterProxyConfigurationAndExportRole()
{
    UserPoolModel model;
    UserPoolFilterProxy proxy;
    proxy.setSourceModel(&model);
    model.upsertListItems({item(QStringLiteral("u1"), QStringLiteral("=SUM(A1)"), 1234567, QStringLiteral("2025-03-01T00:00:00Z")),
                           item(QStringLiteral("u2"), QStringLiteral("b"), 5), item(QStringLiteral("u3"), QStringLiteral("c"), 7)});
    model.upsertPool(full(QStringLiteral("u2"), QStringLiteral("b"), false));
    QCOMPARE(proxy.enabledFilter(), UserPoolFilterProxy::EnabledFilter::All);
    proxy.setEnabledFilter(UserPoolFilterProxy::EnabledFilter::DisabledOnly);
    QCOMPARE(proxy.enabledFilter(), UserPoolFilterProxy::EnabledFilter::DisabledOnly);
    QCOMPARE(proxy.columnFilter(UserPoolModel::Enabled), QStringLiteral("0"));
    QCOMPARE(proxy.rowCount(), 1);
    proxy.setEnabledFilter(UserPoolFilterProxy::EnabledFilter::EnabledOnly);
    QCOMPARE(proxy.rowCount(), 0);   // u1 and u3 are not known yet
    proxy.setEnabledFilter(UserPoolFilterProxy::EnabledFilter::All);
    QCOMPARE(proxy.columnFilter(UserPoolModel::Enabled), QString());
    QCOMPARE(proxy.rowCount(), 3);

    model.setMaus({{QStringLiteral("u1"), 10.6}, {QStringLiteral("u3"), 2}}, QStringLiteral("2025-11"));
    proxy.sort(UserPoolModel::Mau, Qt::AscendingOrder);
    QCOMPARE(proxy.index(0, UserPoolModel::Uid).data().toString(), QStringLiteral("u2"));   // unknown first
    QCOMPARE(proxy.index(1, UserPoolModel::Uid).data().toString(), QStringLiteral("u3"));
    QCOMPARE(proxy.index(2, UserPoolModel::Uid).data().toString(), QStringLiteral("u1"));

    const int r1 = model.rowOfUid(QStringLiteral("u1"));
    const int r2 = model.rowOfUid(QStringLiteral("u2"));
    auto exported = [&](int row, int column) { return model.index(row, column).data(UserPoolModel::ExportRole); };
    QCOMPARE(exported(r1, UserPoolModel::Users).toInt(), 1234567);   // a number, not "1,234,567"
    QCOMPARE(exported(r1, UserPoolModel::Enabled).toString(), QString());   // not known: empty, not "…"
    QCOMPARE(exported(r2, UserPoolModel::Enabled).toString(), QStringLiteral("false"));
    QCOMPARE(exported(r1, UserPoolModel::Created).toString(), QStringLiteral("2025-03-01T00:00:00Z"));   // as sent
    QCOMPARE(exported(r1, UserPoolModel::Mau).toLongLong(), 11);
    QCOMPARE(exported(r2, UserPoolModel::Mau).toString(), QString());   // not "—"
    QCOMPARE(model.headerData(UserPoolModel::Mau, Qt::Horizontal, UserPoolModel::ExportRole).toString(),
             QStringLiteral("MAU (2025-11)"));
    QCOMPARE(model.headerData(UserPoolModel::Name, Qt::Horizontal, UserPoolModel::ExportRole).toString(),
             QStringLiteral("Name"));
    CsvWriter::Options options;
    options.role = UserPoolModel::ExportRole;
    options.headerRole = UserPoolModel::ExportRole;
    const QString csv = QString::fromUtf8(CsvWriter::toCsv(&proxy, options).mid(3));
    QVERIFY2(csv.startsWith(QStringLiteral("Name,Uid,Enabled,Domain,Users,Clients,Project,Created,Updated,MAU (2025-11)\r\n")),
             qPrintable(csv));
    QVERIFY2(csv.contains(QStringLiteral("'=SUM(A1),u1,,")), qPrintable(csv));   // formulas neutralized
    QVERIFY2(csv.contains(QStringLiteral(",1234567,")), qPrintable(csv));
}

void TestUserPoolModel::retranslateEmitsHeaderChange()
{
    UserPoolModel model;
    model.upsertListItems({item(QStringLiteral("u1"), QStringLiteral("A"))});
    QSignalSpy header(&model, &QAbstractItemModel::headerDataChanged);
    QSignalSpy data(&model, &QAbstractItemModel::dataChanged);
    model.retranslate();
    QCOMPARE(header.count(), 1);
    QCOMPARE(header.first().at(1).toInt(), 0);
    QCOMPARE(header.first().at(2).toInt(), int(UserPoolModel::ColumnCount) - 1);
    QCOMPARE(data.count(), 1);
    for (int c = 0; c < UserPoolModel::ColumnCount; ++c)
        QVERIFY(!model.headerData(c, Qt::Horizontal).toString().isEmpty());
}

void TestUserPoolModel::requestBodies()
{
    // UpdateEnableUserPool: Enabled is the JSON *string* "true" / "false".
    const QJsonObject on = UserPoolService::enableParams(QStringLiteral("u1"), true);
    QVERIFY(on.value(QStringLiteral("Enabled")).isString());
    QCOMPARE(on.value(QStringLiteral("Enabled")).toString(), QStringLiteral("true"));
    QCOMPARE(on.value(QStringLiteral("UserPoolUid")).toString(), QStringLiteral("u1"));
    QCOMPARE(UserPoolService::enableParams(QStringLiteral("u1"), false).value(QStringLiteral("Enabled")).toString(),
             QStringLiteral("false"));

    UserPoolService::Draft draft{QStringLiteral("  Portal  "), QString(), QStringLiteral(" ")};
    QCOMPARE(UserPoolService::createParams(draft), QJsonObject({{QStringLiteral("Name"), QStringLiteral("Portal")}}));
    draft.description = QStringLiteral("d");
    draft.projectName = QStringLiteral("proj");
    QCOMPARE(UserPoolService::createParams(draft).size(), 3);

    // Partial update: only what changed, switches as real booleans.
    UserPoolService::Changes changes;
    QVERIFY(changes.isEmpty());
    QCOMPARE(UserPoolService::updateParams(QStringLiteral("u1"), changes),
             QJsonObject({{QStringLiteral("UserPoolUid"), QStringLiteral("u1")}}));
    changes.description = QString();   // clearing the description is a change
    changes.switches.insert(QStringLiteral("SelfSignUpEnabled"), true);
    changes.switches.insert(QStringLiteral("NotASwitch"), true);
    const QJsonObject update = UserPoolService::updateParams(QStringLiteral("u1"), changes);
    QCOMPARE(update.size(), 3);
    QVERIFY(update.value(QStringLiteral("SelfSignUpEnabled")).isBool());
    QVERIFY(update.contains(QStringLiteral("Description")));
    QVERIFY(!update.contains(QStringLiteral("Name")));
    QVERIFY(!update.contains(QStringLiteral("NotASwitch")));

    const QJsonObject maus = UserPoolService::mausParams({QStringLiteral("a"), QStringLiteral("b")}, QStringLiteral("2025-12"));
    QCOMPARE(maus.value(QStringLiteral("Month")).toString(), QStringLiteral("2025-12"));
    QCOMPARE(maus.value(QStringLiteral("UserPoolUids")).toArray().size(), 2);
}

void TestUserPoolModel::validation_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("project");
    QTest::addColumn<QString>("problemField");
    QTest::newRow("ok") << QStringLiteral("Portal 门户") << QString() << QString();
    QTest::newRow("empty") << QString() << QString() << QStringLiteral("Name");
    QTest::newRow("blank") << QStringLiteral("   ") << QString() << QStringLiteral("Name");
    QTest::newRow("too long") << QString(UserPoolService::kMaxNameLength + 1, QLatin1Char('x')) << QString()
                              << QStringLiteral("Name");
    QTest::newRow("longest") << QString(UserPoolService::kMaxNameLength, QLatin1Char('x')) << QString() << QString();
    QTest::newRow("line break") << QStringLiteral("a\nb") << QString() << QStringLiteral("Name");
    QTest::newRow("project too long") << QStringLiteral("ok") << QString(256, QLatin1Char('p'))
                                      << QStringLiteral("ProjectName");
}

void TestUserPoolModel::validation()
{
    QFETCH(QString, name);
    QFETCH(QString, project);
    QFETCH(QString, problemField);
    const auto problems = UserPoolService::validateDraft({name, QString(), project});
    if (problemField.isEmpty()) {
        QVERIFY2(problems.isEmpty(), qPrintable(problems.value(0).message));
    } else {
        QCOMPARE(problems.size(), 1);
        QCOMPARE(problems.first().field, problemField);
        QVERIFY(!problems.first().message.isEmpty());
    }
    UserPoolService::Changes changes;
    changes.name = name;
    QCOMPARE(UserPoolService::validateChanges(changes).isEmpty(),
             problemField.isEmpty() || problemField == QLatin1String("ProjectName"));
}

// SignInAttributes, RequiredSignUpAttributes and Tags: sent by CreateUserPool only, checked before sending.
void TestUserPoolModel::creationOnlyFields()
{
    UserPoolService::Draft d;
    d.name = QStringLiteral("portal");
    d.signInAttributes = {QStringLiteral("phone_number"), QStringLiteral("email")};
    d.requiredSignUpAttributes = {QStringLiteral("email")};
    d.tags = {{QStringLiteral("env"), QStringLiteral("prod")}, {QStringLiteral("team"), QString()}};
    QVERIFY(UserPoolService::validateDraft(d).isEmpty());
    const QJsonObject body = UserPoolService::createParams(d);
    QCOMPARE(body.value(QStringLiteral("SignInAttributes")).toArray(),
             QJsonArray({QStringLiteral("phone_number"), QStringLiteral("email")}));
    QCOMPARE(body.value(QStringLiteral("RequiredSignUpAttributes")).toArray(), QJsonArray({QStringLiteral("email")}));
    const QJsonArray tags = body.value(QStringLiteral("Tags")).toArray();
    QCOMPARE(tags.size(), 2);
    QCOMPARE(tags.at(0).toObject().value(QStringLiteral("Key")).toString(), QStringLiteral("env"));
    QCOMPARE(tags.at(0).toObject().value(QStringLiteral("Value")).toString(), QStringLiteral("prod"));
    // Not chosen: not sent (the service's defaults apply).
    UserPoolService::Draft bare;
    bare.name = QStringLiteral("bare");
    const QJsonObject bareBody = UserPoolService::createParams(bare);
    QVERIFY(!bareBody.contains(QStringLiteral("SignInAttributes")));
    QVERIFY(!bareBody.contains(QStringLiteral("RequiredSignUpAttributes")));
    QVERIFY(!bareBody.contains(QStringLiteral("Tags")));
    // Refused before sending.
    UserPoolService::Draft dup = d;
    dup.tags.append({QStringLiteral(" env "), QStringLiteral("dev")});
    auto problems = UserPoolService::validateDraft(dup);
    QCOMPARE(problems.size(), 1);
    QCOMPARE(problems.first().field, QStringLiteral("Tags"));
    QVERIFY(problems.first().message.contains(QLatin1String("env")));
    UserPoolService::Draft noKey = d;
    noKey.tags.append({QString(), QStringLiteral("x")});
    QCOMPARE(UserPoolService::validateDraft(noKey).value(0).field, QStringLiteral("Tags"));
    UserPoolService::Draft badAttr = d;
    badAttr.requiredSignUpAttributes << QStringLiteral("nickname");
    QCOMPARE(UserPoolService::validateDraft(badAttr).value(0).field, QStringLiteral("RequiredSignUpAttributes"));
    // UpdateUserPool never carries them.
    UserPoolService::Changes c;
    c.name = QStringLiteral("renamed");
    const QJsonObject update = UserPoolService::updateParams(QStringLiteral("uid"), c);
    QVERIFY(!update.contains(QStringLiteral("SignInAttributes")));
    QVERIFY(!update.contains(QStringLiteral("Tags")));
}

void TestUserPoolModel::monthFormat_data()
{
    QTest::addColumn<QString>("month");
    QTest::addColumn<bool>("valid");
    QTest::newRow("ok") << QStringLiteral("2025-12") << true;
    QTest::newRow("january") << QStringLiteral("2026-01") << true;
    QTest::newRow("month 13") << QStringLiteral("2025-13") << false;
    QTest::newRow("month 00") << QStringLiteral("2025-00") << false;
    QTest::newRow("no dash") << QStringLiteral("202512") << false;
    QTest::newRow("day") << QStringLiteral("2025-12-01") << false;
    QTest::newRow("empty") << QString() << false;
}

void TestUserPoolModel::monthFormat()
{
    QFETCH(QString, month);
    QFETCH(bool, valid);
    QCOMPARE(UserPoolService::isValidMonth(month), valid);
    QVERIFY(UserPoolService::isValidMonth(UserPoolService::currentMonth()));
}

QTEST_GUILESS_MAIN(TestUserPoolModel)
#include "tst_userpoolmodel.moc"
