// SPDX-License-Identifier: GPL-3.0-or-later
// The console's form checks (DirectoryValidation) against the shared rules table tests/data/validation-rules.json,
// with values generated at each rule's edges (tests/emulator/tst_validationrules drives the emulator with the same
// values): what the service accepts, the form accepts, except the listed form-only plausibility checks.
#include "cloud/DirectoryValidation.h"
#include "ValidationRuleCases.h"

#include <QtTest>

Q_DECLARE_METATYPE(ValidationRuleCase)

namespace {

bool setUserField(UserDraft *d, const QString &field, const QString &value)
{
    QString *target = nullptr;
    if (field == QLatin1String("userName")) target = &d->userName;
    else if (field == QLatin1String("displayName")) target = &d->displayName;
    else if (field == QLatin1String("firstName")) target = &d->firstName;
    else if (field == QLatin1String("lastName")) target = &d->lastName;
    else if (field == QLatin1String("email")) target = &d->email;
    else if (field == QLatin1String("phone")) target = &d->phone;
    else if (field == QLatin1String("description")) target = &d->description;
    else if (field == QLatin1String("status")) target = &d->status;
    if (!target)
        return false;
    *target = value;
    return true;
}

bool setGroupField(GroupDraft *d, const QString &field, const QString &value)
{
    QString *target = nullptr;
    if (field == QLatin1String("name")) target = &d->name;
    else if (field == QLatin1String("displayName")) target = &d->displayName;
    else if (field == QLatin1String("description")) target = &d->description;
    else if (field == QLatin1String("joinType")) target = &d->joinType;
    if (!target)
        return false;
    *target = value;
    return true;
}

} // namespace

class TestValidationRules : public QObject
{
    Q_OBJECT

private slots:
    void tableLoads()
    {
        QString error;
        const QList<ValidationRuleCase> cases = ValidationRuleCases::load(&error);
        QVERIFY2(!cases.isEmpty(), qPrintable(error));
        // Every documented limit of the forms is in the table (a rule removed from the file would fail here).
        int maxEdges = 0;
        for (const ValidationRuleCase &c : cases)
            maxEdges += c.label.startsWith(QLatin1String("maxLength")) && c.accepted;
        QVERIFY2(maxEdges >= 25, qPrintable(QString::number(maxEdges)));
    }

    void formFollowsTheTable_data()
    {
        QTest::addColumn<ValidationRuleCase>("c");
        QString error;
        const QList<ValidationRuleCase> cases = ValidationRuleCases::load(&error);
        for (const ValidationRuleCase &c : cases)
            QTest::newRow(qPrintable(QStringLiteral("%1 %2 %3: %4").arg(c.service, c.action, c.field, c.label))) << c;
    }

    void formFollowsTheTable()
    {
        QFETCH(ValidationRuleCase, c);
        const bool creating = c.action.startsWith(QLatin1String("Create"));
        QList<FieldError> errors;
        if (c.action == QLatin1String("ResetPassword")) {
            // An empty password means "let the server generate one" in the form: not the Password parameter.
            QVERIFY(!c.value.isEmpty());
            errors = DirectoryValidation::resetPassword(c.value);
        } else if (c.action.endsWith(QLatin1String("User"))) {
            UserDraft d;
            d.userName = QStringLiteral("base.user");
            QVERIFY2(setUserField(&d, c.clientField, c.value), qPrintable(c.clientField));
            errors = c.service == QLatin1String("cloudidentity") ? DirectoryValidation::cloudIdentityUser(d, creating)
                                                                : DirectoryValidation::cloudSsoUser(d, creating);
        } else {
            GroupDraft d;
            d.name = QStringLiteral("base-group");
            if (c.service == QLatin1String("cloudidentity") && creating)
                d.joinType = QStringLiteral("Manual");
            QVERIFY2(setGroupField(&d, c.clientField, c.value), qPrintable(c.clientField));
            errors = c.service == QLatin1String("cloudidentity") ? DirectoryValidation::cloudIdentityGroup(d, creating)
                                                                : DirectoryValidation::cloudSsoGroup(d, creating);
        }
        QStringList fields;
        for (const FieldError &e : errors)
            fields << e.field;
        const bool formAccepts = !fields.contains(c.clientField);
        const bool expected = c.accepted && !c.clientRejects;
        QVERIFY2(formAccepts == expected,
                 qPrintable(QStringLiteral("value \"%1\" (%2 characters): form %3, table says %4; errors: %5")
                                .arg(c.value.left(40)).arg(ValidationRuleCases::characters(c.value))
                                .arg(formAccepts ? QStringLiteral("accepts") : QStringLiteral("rejects"),
                                     expected ? QStringLiteral("accept") : QStringLiteral("reject"),
                                     fields.join(QLatin1Char(',')))));
        // Nothing else in the otherwise valid draft is blamed.
        for (const QString &f : fields)
            QCOMPARE(f, c.clientField);
    }
};

QTEST_GUILESS_MAIN(TestValidationRules)
#include "tst_validationrules.moc"
