// SPDX-License-Identifier: GPL-3.0-or-later
// The emulator's validators against the shared rules table tests/data/validation-rules.json, with values generated
// at each rule's edges (tests/unit/tst_validationrules drives the console's form checks with the same values). Each
// value is the only change to an otherwise valid request: accepted values must succeed (the emulator is no stricter
// than the references, including the form-only plausibility samples), rejected ones must fail with the service's
// parameter error naming the field.
#include "InProcessEmulator.h"
#include "ValidationRuleCases.h"

#include <QJsonArray>
#include <QtTest>

Q_DECLARE_METATYPE(ValidationRuleCase)

namespace {

using Params = QList<QPair<QString, QString>>;

struct Outcome
{
    int status = 0;
    QString code;
    QString message;
};

Outcome ciCall(InProcessEmulator &emu, const QString &action, const QJsonObject &body)
{
    const auto r = emu.ci(action, body);
    return {r.status, InProcessEmulator::volcErrorCode(r), InProcessEmulator::volcErrorMessage(r)};
}

Outcome ssoCall(InProcessEmulator &emu, const QString &action, const Params &params)
{
    const auto r = emu.sso(action, params);
    return {r.status, r.json.value(QStringLiteral("Code")).toString(), r.json.value(QStringLiteral("Message")).toString()};
}

Outcome run(const ValidationRuleCase &c)
{
    InProcessEmulator emu(QStringLiteral("empty"));
    if (c.service == QLatin1String("cloudidentity")) {
        if (c.action == QLatin1String("CreateUser")) {
            QJsonObject body{{QStringLiteral("UserName"), QStringLiteral("base.user")}};
            body.insert(c.field, c.value);
            return ciCall(emu, c.action, body);
        }
        if (c.action == QLatin1String("CreateGroup")) {
            QJsonObject body{{QStringLiteral("GroupName"), QStringLiteral("base-group")},
                             {QStringLiteral("JoinType"), QStringLiteral("Manual")}};
            body.insert(c.field, c.value);
            return ciCall(emu, c.action, body);
        }
        if (c.action == QLatin1String("UpdateUser") || c.action == QLatin1String("ResetPassword")) {
            const auto created = emu.ci(QStringLiteral("CreateUser"), {{QStringLiteral("UserName"), QStringLiteral("base.user")}});
            const QString id = InProcessEmulator::volcResult(created).value(QStringLiteral("UserId")).toString();
            QJsonObject body{{QStringLiteral("UserId"), id}};
            if (c.action == QLatin1String("ResetPassword")) {
                body.insert(QStringLiteral("GenerateRandomPassword"), false);
                body.insert(QStringLiteral("PasswordResetRequired"), false);
            }
            body.insert(c.field, c.value);
            return ciCall(emu, c.action, body);
        }
        if (c.action == QLatin1String("UpdateGroup")) {
            const auto created = emu.ci(QStringLiteral("CreateGroup"), {{QStringLiteral("GroupName"), QStringLiteral("base-group")},
                                                                       {QStringLiteral("JoinType"), QStringLiteral("Manual")}});
            QJsonObject body{{QStringLiteral("GroupId"), InProcessEmulator::volcResult(created).value(QStringLiteral("GroupId")).toString()}};
            body.insert(c.field, c.value);
            return ciCall(emu, c.action, body);
        }
    } else {
        if (c.action == QLatin1String("CreateUser")) {
            Params p;
            if (c.field != QLatin1String("UserName"))
                p.append({QStringLiteral("UserName"), QStringLiteral("base.user")});
            p.append({c.field, c.value});
            return ssoCall(emu, c.action, p);
        }
        if (c.action == QLatin1String("CreateGroup")) {
            Params p;
            if (c.field != QLatin1String("GroupName"))
                p.append({QStringLiteral("GroupName"), QStringLiteral("base-group")});
            p.append({c.field, c.value});
            return ssoCall(emu, c.action, p);
        }
        if (c.action == QLatin1String("UpdateUser")) {
            const auto created = emu.sso(QStringLiteral("CreateUser"), {{QStringLiteral("UserName"), QStringLiteral("base.user")}});
            const QString id = created.json.value(QStringLiteral("User")).toObject().value(QStringLiteral("UserId")).toString();
            return ssoCall(emu, c.action, {{QStringLiteral("UserId"), id}, {c.field, c.value}});
        }
        if (c.action == QLatin1String("UpdateGroup")) {
            const auto created = emu.sso(QStringLiteral("CreateGroup"), {{QStringLiteral("GroupName"), QStringLiteral("base-group")}});
            const QString id = created.json.value(QStringLiteral("Group")).toObject().value(QStringLiteral("GroupId")).toString();
            return ssoCall(emu, c.action, {{QStringLiteral("GroupId"), id}, {c.field, c.value}});
        }
    }
    return {-1, QStringLiteral("test has no request for %1 %2").arg(c.service, c.action), QString()};
}

} // namespace

class TestValidationRules : public QObject
{
    Q_OBJECT

private slots:
    void emulatorFollowsTheTable_data()
    {
        QTest::addColumn<ValidationRuleCase>("c");
        QString error;
        const QList<ValidationRuleCase> cases = ValidationRuleCases::load(&error);
        QVERIFY2(!cases.isEmpty(), qPrintable(error));
        for (const ValidationRuleCase &c : cases)
            QTest::newRow(qPrintable(QStringLiteral("%1 %2 %3: %4").arg(c.service, c.action, c.field, c.label))) << c;
    }

    void emulatorFollowsTheTable()
    {
        QFETCH(ValidationRuleCase, c);
        const Outcome o = run(c);
        const QString shown = QStringLiteral("value \"%1\" (%2 characters) -> %3 %4 %5")
                                  .arg(c.value.left(40)).arg(ValidationRuleCases::characters(c.value))
                                  .arg(o.status).arg(o.code, o.message.left(120));
        if (c.accepted) {
            QVERIFY2(o.status == 200, qPrintable(shown));
            return;
        }
        QVERIFY2(o.status == 400, qPrintable(shown));
        if (c.service == QLatin1String("cloudidentity")) {
            QVERIFY2(o.code == QLatin1String("InvalidParam") || o.code == QLatin1String("ParamMissing"), qPrintable(shown));
            QVERIFY2(o.message.contains(c.field), qPrintable(shown));
        } else {
            QVERIFY2(o.code == QStringLiteral("InvalidParameter.") + c.field
                         || o.code == QStringLiteral("MissingParameter.") + c.field,
                     qPrintable(shown));
        }
    }
};

QTEST_GUILESS_MAIN(TestValidationRules)
#include "tst_validationrules.moc"
